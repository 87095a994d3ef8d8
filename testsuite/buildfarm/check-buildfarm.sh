#!/bin/bash
# check-buildfarm.sh - the asmclobber plugin under ccache and distcc, the
# way kernel developers build: what comes back through each, and what the
# manual ("Build farms: ccache and distcc") says about them.
#
# Usage (normally from `make check-buildfarm`):
#   PLUGIN=/abs/path/asmclobber.so CC=gcc-12 WORK=/tmp/bf-work \
#       bash testsuite/buildfarm/check-buildfarm.sh
#
# Environment:
#   PLUGIN         absolute path to asmclobber.so (required)
#   CC             the compiler the plugin was built for (default gcc)
#   WORK           scratch directory (default ./buildfarm-work); the
#                  subdirectories this script makes are removed first.
#                  Run as root, distccd works as an unprivileged user: if
#                  that user cannot reach WORK, the sources and the farm's
#                  wrapper go to a directory under TMPDIR, removed at exit
#   SERVER_PLUGIN  the plugin the distcc server's compiler wrapper loads
#                  (default: a copy of PLUGIN); another one makes the
#                  "identical to a local compile" checks fail.  Its file
#                  name must be asmclobber.so: GCC names a plugin after its
#                  file, and -fplugin-arg-asmclobber-* needs that name
#
# distcc: two distccd daemons are started on 127.0.0.1 only (--listen and
# --allow 127.0.0.1, free ports in 20000-39999), each under `timeout`, and
# stopped when the script exits.  Plain distcc mode throughout (pump mode is
# not used: it is not needed, and Debian 12's include server crashes).
#   - "stock": Debian's compiler whitelist (/usr/lib/distcc).  distccd 3.4
#     refuses every job whose command line has -fplugin= (src/serve.c,
#     unconditionally); the client then compiles locally or, with
#     DISTCC_FALLBACK=0, fails.
#   - "farm": DISTCC_CMDLIST names a compiler wrapper that adds
#     -fplugin=SERVER_PLUGIN on the server: how a farm's administrator lets
#     distributed jobs run the plugin.  The client calls the wrapper by name
#     and passes no -fplugin= itself.
# Whether a job ran remotely is read from the client's DISTCC_LOG ("compile
# FILE on 127.0.0.1:PORT/2 completed ok") and the server's log (COMPILE_OK).
#
# ccache: a private CCACHE_DIR and CCACHE_CONFIGPATH under WORK; hits and
# misses are read from `ccache --print-stats`.  Plugin "versions" A and B
# are PLUGIN and a copy with two message strings changed in place (same
# size; B prints "THE store ..." where A prints "the store ...").
#
# Output: one PASS/FAIL line per assertion, then "N passed, N failed".
# Checks marked "limitation:" assert a documented shortcoming of ccache or
# distcc; if one fails, the tools changed and the manual needs updating.
# Exit status: 0 pass, 1 an assertion failed, 2 setup error, 77 skipped
# (ccache, distcc or distccd missing).
set -uo pipefail

export LC_ALL=C LANG=C
for v in $(compgen -e); do
	case $v in CCACHE_* | DISTCC_*) unset "$v" ;; esac
done
unset GCC_COLORS

for tool in ccache distcc distccd; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "SKIP: $tool is not installed (Debian: apt-get install ccache distcc)"
		exit 77
	fi
done

start_time=$(date +%s.%N)
srcdir=$(cd "$(dirname "$0")" && pwd)

: "${PLUGIN:?PLUGIN must name asmclobber.so}"
CC=${CC:-gcc}
WORK=${WORK:-$PWD/buildfarm-work}

setup_error() {
	echo "ERROR: $*"
	exit 2
}

case $PLUGIN in /*) ;; *) setup_error "PLUGIN must be an absolute path: $PLUGIN" ;; esac
[ -f "$PLUGIN" ] || setup_error "no plugin at $PLUGIN"
command -v "$CC" >/dev/null 2>&1 || setup_error "no compiler $CC"
mkdir -p "$WORK" || setup_error "cannot make $WORK"
WORK=$(cd "$WORK" && pwd)

for d in src out plugins inst gcc-prefix farm distcc ccache logs; do
	rm -rf "${WORK:?}/$d"
done
for d in out plugins inst gcc-prefix distcc ccache logs; do
	mkdir -p "$WORK/$d"
done

DISTCCD_PIDS=()
stop_daemons() {
	local p
	for p in "${DISTCCD_PIDS[@]}"; do
		kill "$p" 2>/dev/null
		wait "$p" 2>/dev/null
	done
	DISTCCD_PIDS=()
}
SHARED=$WORK
cleanup() {
	stop_daemons
	[ "$SHARED" = "$WORK" ] || rm -rf "$SHARED"
}
trap cleanup EXIT

# distccd started by root drops its privileges (to user distccd, or
# nobody): the compiler wrapper, the server's plugin and the sources must
# be reachable by any user.  When WORK is not, they go to a directory of
# their own under TMPDIR, removed at exit.
reachable() {
	local d=$1 perm
	while [ "$d" != / ]; do
		perm=$(stat -c %A "$d") || return 1
		case ${perm:9:1} in x | t) ;; *) return 1 ;; esac
		d=$(dirname "$d")
	done
}
if [ "$(id -u)" = 0 ] && ! reachable "$WORK"; then
	SHARED=$(mktemp -d "${TMPDIR:-/tmp}/asmclobber-buildfarm.XXXXXX") ||
		setup_error "cannot make a directory under ${TMPDIR:-/tmp}"
	chmod 755 "$SHARED"
	reachable "$SHARED" || setup_error "distccd's unprivileged user cannot reach $SHARED either"
	echo "note: distccd's unprivileged user cannot reach $WORK: sources and the farm's wrapper are in $SHARED"
fi
SRC=$SHARED/src
FARM=$SHARED/farm
mkdir -p "$SRC" "$FARM/bin"
chmod 755 "$WORK" "$WORK"/* "$SRC" "$FARM" "$FARM/bin"

npass=0
nfail=0
pass() {
	echo "PASS: $*"
	npass=$((npass + 1))
}
fail() {
	echo "FAIL: $*"
	nfail=$((nfail + 1))
}
# Shows a file under a FAIL line.
show() {
	sed -e 's/^/    | /' "$1" | head -n 40
}

# ---- Inputs ----------------------------------------------------------------

# Old timestamps: ccache's direct mode ignores files modified in the last
# seconds.
cp "$srcdir/farm.c" "$srcdir/farm-macro.c" "$SRC/"
touch -d '2020-01-01 00:00:00' "$SRC/farm.c" "$SRC/farm-macro.c"
chmod 644 "$SRC/"*.c

cp "$PLUGIN" "$WORK/plugins/A.so"
perl -0777 -pe 'BEGIN { binmode STDIN; binmode STDOUT }
	$n += s/the %s is here/THE %s is here/;
	$n += s/clobber; the %s at/clobber; THE %s at/;
	END { exit($n == 2 ? 0 : 1) }' <"$PLUGIN" >"$WORK/plugins/B.so" ||
	setup_error "cannot make plugin B: message strings not found in $PLUGIN"
[ "$(stat -c %s "$WORK/plugins/A.so")" = "$(stat -c %s "$WORK/plugins/B.so")" ] ||
	setup_error "plugin B differs in size from A"
cmp -s "$WORK/plugins/A.so" "$WORK/plugins/B.so" && setup_error "plugin B equals A"

# The options of every compile: the fix-its are printed machine-readably.
OPTS=(-O2 -fdiagnostics-parseable-fixits)

# Direct compiles, the reference.
"$CC" "${OPTS[@]}" -fplugin="$PLUGIN" -c "$SRC/farm.c" -o "$WORK/out/ref.o" \
	2>"$WORK/logs/ref.err" || setup_error "direct compile of farm.c failed"
"$CC" "${OPTS[@]}" -fplugin="$PLUGIN" -c "$SRC/farm-macro.c" -o "$WORK/out/ref-macro.o" \
	2>"$WORK/logs/ref-macro.err" || setup_error "direct compile of farm-macro.c failed"
(cd "$SRC" && "$CC" "${OPTS[@]}" -fplugin="$PLUGIN" -c farm.c -o "$WORK/out/ref-rel.o") \
	2>"$WORK/logs/ref-rel.err" || setup_error "direct compile of farm.c (relative) failed"
"$CC" "${OPTS[@]}" -fplugin="$WORK/plugins/B.so" -c "$SRC/farm.c" -o "$WORK/out/ref-b.o" \
	2>"$WORK/logs/ref-b.err" || setup_error "direct compile with plugin B failed"
for f in ref ref-macro ref-rel; do
	if [ "$(grep -c ': warning: ' "$WORK/logs/$f.err")" != 1 ] ||
		[ "$(grep -c '^fix-it:' "$WORK/logs/$f.err")" != 1 ]; then
		show "$WORK/logs/$f.err"
		setup_error "$f: expected one warning and one fix-it"
	fi
done
grep -q 'note: THE store' "$WORK/logs/ref-b.err" ||
	{ show "$WORK/logs/ref-b.err"; setup_error "plugin B does not print its marker"; }
grep -q 'note: the store' "$WORK/logs/ref.err" ||
	setup_error "plugin A does not print 'the store'"

# ---- distcc ------------------------------------------------------------------

SERVER_PLUGIN=${SERVER_PLUGIN:-$FARM/asmclobber.so}
if [ "$SERVER_PLUGIN" = "$FARM/asmclobber.so" ]; then
	cp "$PLUGIN" "$SERVER_PLUGIN"
	chmod 644 "$SERVER_PLUGIN"
fi
# The compiler wrapper a farm installs on its servers (and its clients).
cat >"$FARM/bin/asmclobber-cc" <<EOF
#!/bin/sh
exec $(command -v "$CC") -fplugin=$SERVER_PLUGIN "\$@"
EOF
chmod 755 "$FARM/bin/asmclobber-cc"
echo "$FARM/bin/asmclobber-cc" >"$FARM/cmdlist"

# start_distccd LOG [VAR=VALUE...]: starts a distccd on 127.0.0.1 with
# the environment additions; sets DAEMON_PORT.
start_distccd() {
	local log=$1 _ port pid
	shift
	for _ in 1 2 3 4 5; do
		port=$((20000 + RANDOM % 20000))
		: >"$log"
		env "$@" timeout 120 distccd --daemon --no-detach \
			--listen 127.0.0.1 --allow 127.0.0.1 --port "$port" \
			--jobs 2 --log-stderr --log-level debug 2>"$log" &
		pid=$!
		for _ in $(seq 50); do
			if grep -q "listening on 127.0.0.1:$port" "$log"; then
				DISTCCD_PIDS+=("$pid")
				DAEMON_PORT=$port
				return 0
			fi
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		kill "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
	done
	return 1
}

start_distccd "$WORK/logs/distccd-stock.log" ||
	{ show "$WORK/logs/distccd-stock.log"; setup_error "cannot start distccd (stock)"; }
STOCK_PORT=$DAEMON_PORT
start_distccd "$WORK/logs/distccd-farm.log" DISTCC_CMDLIST="$FARM/cmdlist" ||
	{ show "$WORK/logs/distccd-farm.log"; setup_error "cannot start distccd (farm)"; }
FARM_PORT=$DAEMON_PORT
echo "distccd: stock on 127.0.0.1:$STOCK_PORT, farm on 127.0.0.1:$FARM_PORT"

# dcc NAME PORT [VAR=VALUE...] -- COMMAND...: runs distcc with a fresh
# DISTCC_DIR, stderr to logs/NAME.err, the verbose client log to
# logs/NAME.client (unless VERBOSE=0 is among the additions); sets RC.
dcc() {
	local name=$1 port=$2 verbose=1
	shift 2
	local envs=()
	while [ "$1" != -- ]; do
		case $1 in VERBOSE=0) verbose=0 ;; *) envs+=("$1") ;; esac
		shift
	done
	shift
	rm -rf "$WORK/distcc/$name"
	mkdir -p "$WORK/distcc/$name"
	local logging=()
	[ $verbose = 1 ] && logging=(DISTCC_VERBOSE=1 DISTCC_LOG="$WORK/logs/$name.client")
	env DISTCC_DIR="$WORK/distcc/$name" DISTCC_HOSTS="127.0.0.1:$port/2" \
		"${logging[@]}" "${envs[@]}" distcc "$@" 2>"$WORK/logs/$name.err"
	RC=$?
}
# Counts the lines of a log matching a regex (0 when there is no log).
count() {
	grep -c -E "$2" "$1" 2>/dev/null || true
}
# grew LOG REGEX N: true when LOG has more than N lines matching REGEX,
# waiting up to 5 s: distccd logs a job's summary (COMPILE_OK) after it has
# sent the result, so possibly after the client has exited.
grew() {
	local _
	for _ in $(seq 50); do
		[ "$(count "$1" "$2")" -gt "$3" ] && return 0
		sleep 0.1
	done
	return 1
}
# "compiled on HOST" is also logged for a job the server refused; this
# line only for a job that came back.
ran_remotely() {
	grep -q -E ' on 127\.0\.0\.1:[0-9]+/[0-9]+ completed ok' "$WORK/logs/$1.client" 2>/dev/null
}
# Removes distcc's own messages from the client's stderr.
strip_distcc() {
	grep -v -E '^distcc\[[0-9]+\] ' "$1"
}

STOCK_LOG=$WORK/logs/distccd-stock.log
FARM_LOG=$WORK/logs/distccd-farm.log

# D1: the harness distributes a job without the plugin.
ok0=$(count "$STOCK_LOG" 'COMPILE_OK')
dcc d1-control "$STOCK_PORT" DISTCC_FALLBACK=0 -- "$CC" -O2 -c "$SRC/farm.c" -o "$WORK/out/d1.o"
if [ $RC = 0 ] && ran_remotely d1-control && grew "$STOCK_LOG" 'COMPILE_OK' "$ok0"; then
	pass "distcc: a compile without -fplugin is distributed to 127.0.0.1:$STOCK_PORT (client log and server log agree)"
else
	fail "distcc: a compile without -fplugin was not distributed (rc $RC)"
	show "$WORK/logs/d1-control.err"
fi

# D2: the stock server refuses -fplugin=.
dcc d2-refused "$STOCK_PORT" DISTCC_FALLBACK=0 -- "$CC" "${OPTS[@]}" -fplugin="$PLUGIN" \
	-c "$SRC/farm.c" -o "$WORK/out/d2.o"
if [ $RC != 0 ] && ! ran_remotely d2-refused &&
	grep -q -E 'fplugin=.*insecure and not supported' "$STOCK_LOG"; then
	pass "distcc: distccd refuses a job with -fplugin= (server log: \"$(grep -o -E -e '-fplugin=.*not supported' "$STOCK_LOG" | head -n 1)\"); with DISTCC_FALLBACK=0 the compile fails (exit $RC)"
else
	fail "distcc: expected distccd to refuse -fplugin= (rc $RC)"
	show "$WORK/logs/d2-refused.err"
fi

# D3: by default the client falls back to a local compile: the diagnostics
# are intact, after distcc's own messages.
refused0=$(count "$STOCK_LOG" 'fplugin=.*insecure')
dcc d3-fallback "$STOCK_PORT" VERBOSE=0 -- "$CC" "${OPTS[@]}" -fplugin="$PLUGIN" \
	-c "$SRC/farm.c" -o "$WORK/out/d3.o"
strip_distcc "$WORK/logs/d3-fallback.err" >"$WORK/logs/d3-fallback.diag"
if [ $RC = 0 ] && grep -q 'running locally instead' "$WORK/logs/d3-fallback.err" &&
	grew "$STOCK_LOG" 'fplugin=.*insecure' "$refused0" &&
	cmp -s "$WORK/logs/ref.err" "$WORK/logs/d3-fallback.diag"; then
	pass "distcc: by default the refused job is compiled locally (\"$(grep -o 'failed to distribute.*' "$WORK/logs/d3-fallback.err" | head -n 1)\"); warning, note and fix-it identical to a direct compile"
else
	fail "distcc: fallback compile (rc $RC) did not give the direct compile's diagnostics"
	diff "$WORK/logs/ref.err" "$WORK/logs/d3-fallback.err" | head -n 30
fi

# D4: and the refusal puts the server into backoff: the next job of the
# same client, even one without the plugin, is not sent.
rm -f "$WORK/logs/d4-backoff.client"
env DISTCC_DIR="$WORK/distcc/d3-fallback" DISTCC_HOSTS="127.0.0.1:$STOCK_PORT/2" \
	DISTCC_VERBOSE=1 DISTCC_LOG="$WORK/logs/d4-backoff.client" \
	distcc "$CC" -O2 -c "$SRC/farm.c" -o "$WORK/out/d4.o" 2>"$WORK/logs/d4-backoff.err"
RC=$?
if [ $RC = 0 ] && ! ran_remotely d4-backoff &&
	grep -q 'still in backoff period' "$WORK/logs/d4-backoff.client"; then
	pass "distcc: limitation: after the refusal the host is in backoff (DISTCC_BACKOFF_PERIOD): the next job without the plugin also runs locally"
else
	fail "distcc: expected the refused host to be in backoff for the next job (rc $RC)"
	show "$WORK/logs/d4-backoff.client"
fi

# D5: the farm's wrapper: the job runs remotely, with the plugin, and its
# diagnostics are those of a local compile.
ok0=$(count "$FARM_LOG" 'COMPILE_OK.*asmclobber-cc')
dcc d5-farm "$FARM_PORT" PATH="$FARM/bin:$PATH" DISTCC_FALLBACK=0 -- \
	asmclobber-cc "${OPTS[@]}" -c "$SRC/farm.c" -o "$WORK/out/d5.o"
if [ $RC = 0 ] && ran_remotely d5-farm && grew "$FARM_LOG" 'COMPILE_OK.*asmclobber-cc' "$ok0"; then
	pass "distcc: with the server's wrapper (DISTCC_CMDLIST) the job runs remotely, plain mode, no pump (client: \"$(grep -o -E 'on 127\.0\.0\.1:[0-9]+/[0-9]+ completed ok' "$WORK/logs/d5-farm.client" | head -n 1)\", server: COMPILE_OK)"
else
	fail "distcc: the wrapper's job did not run remotely (rc $RC)"
	show "$WORK/logs/d5-farm.err"
	grep -E 'WARNING|ERROR|CRITICAL|warning|crit' "$FARM_LOG" | head -n 10
fi
if [ $RC = 0 ] && cmp -s "$WORK/logs/ref.err" "$WORK/logs/d5-farm.err"; then
	pass "distcc: the remote compile's warning, note, source lines and fix-it (absolute source path) are identical to a direct compile"
else
	fail "distcc: the remote compile's diagnostics differ from a direct compile"
	diff "$WORK/logs/ref.err" "$WORK/logs/d5-farm.err" | head -n 30
fi

# D6: plugin arguments given on the client reach the server's plugin (the
# same compile without the argument, D5, warned).
dcc d6-args "$FARM_PORT" PATH="$FARM/bin:$PATH" DISTCC_FALLBACK=0 -- \
	asmclobber-cc "${OPTS[@]}" -fplugin-arg-asmclobber-ignore=descriptor \
	-c "$SRC/farm.c" -o "$WORK/out/d6.o"
if [ $RC = 0 ] && ran_remotely d6-args && [ ! -s "$WORK/logs/d6-args.err" ] &&
	grep -q ': warning: ' "$WORK/logs/d5-farm.err"; then
	pass "distcc: -fplugin-arg-asmclobber-ignore=descriptor from the client silences the remote plugin"
else
	fail "distcc: the remote compile did not apply the client's plugin argument (rc $RC)"
	show "$WORK/logs/d6-args.err"
fi

# D7: a relative source path: the server compiles the preprocessed text in
# its own directory and cannot read the source file.
cd "$SRC" || setup_error "cannot enter $SRC"
dcc d7-relative "$FARM_PORT" PATH="$FARM/bin:$PATH" DISTCC_FALLBACK=0 -- \
	asmclobber-cc "${OPTS[@]}" -c farm.c -o "$WORK/out/d7.o"
cd - >/dev/null || setup_error "cannot return from $SRC"
nocol() {
	grep -E ': (warning|note): ' "$1" | grep -v 'note: no fix-it' |
		sed -E 's/^([^:]*:[0-9]+):[0-9]+:/\1:/'
}
if [ $RC = 0 ] && ran_remotely d7-relative && [ "$(nocol "$WORK/logs/ref-rel.err")" = "$(nocol "$WORK/logs/d7-relative.err")" ]; then
	pass "distcc: relative source path: the remote warning and note have the direct compile's text and lines"
else
	fail "distcc: relative source path: remote warning/note lines differ from a direct compile (rc $RC)"
	diff <(nocol "$WORK/logs/ref-rel.err") <(nocol "$WORK/logs/d7-relative.err")
fi
if [ $RC = 0 ] && ran_remotely d7-relative && [ "$(count "$WORK/logs/d7-relative.err" '^fix-it:')" = 0 ] &&
	grep -q 'note: no fix-it: the source file cannot be read' "$WORK/logs/d7-relative.err" &&
	[ "$(count "$WORK/logs/d7-relative.err" '^ +[0-9]+ \| ')" = 0 ]; then
	pass "distcc: limitation: relative source path: no fix-it (note \"no fix-it: the source file cannot be read\") and no source lines"
else
	fail "distcc: relative source path: expected the fix-it and the source lines to be missing"
	show "$WORK/logs/d7-relative.err"
fi

# D8: asm written in a macro, absolute path: the preprocessed text has no
# macro locations.
dcc d8-macro "$FARM_PORT" PATH="$FARM/bin:$PATH" DISTCC_FALLBACK=0 -- \
	asmclobber-cc "${OPTS[@]}" -c "$SRC/farm-macro.c" -o "$WORK/out/d8.o"
if [ $RC = 0 ] && ran_remotely d8-macro &&
	grep -q 'farm-macro.c:17:[0-9]*: warning: .*executing .lldt.' "$WORK/logs/d8-macro.err" &&
	! grep -q 'in expansion of macro' "$WORK/logs/d8-macro.err" &&
	[ "$(count "$WORK/logs/d8-macro.err" '^fix-it:')" = 0 ] &&
	grep -q 'farm-macro.c:12:[0-9]*: warning: ' "$WORK/logs/ref-macro.err"; then
	pass "distcc: limitation: asm in a macro: the remote warning points at the macro's use (line 17, not the definition at 12), without 'in expansion of macro' and without fix-it"
else
	fail "distcc: asm in a macro: expected the remote warning at the macro's use without fix-it (rc $RC)"
	show "$WORK/logs/d8-macro.err"
fi

started=("${DISTCCD_PIDS[@]}")
stop_daemons
# distccd's preforked children close their listening sockets as they
# exit, a moment after the parent: poll for up to 5 s.
for _ in $(seq 50); do
	listening=
	for port in "$STOCK_PORT" "$FARM_PORT"; do
		(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && listening+=" $port"
	done
	alive=
	for p in "${started[@]}"; do
		kill -0 "$p" 2>/dev/null && alive+=" $p"
	done
	[ -z "$listening$alive" ] && break
	sleep 0.1
done
if [ -z "$listening$alive" ]; then
	pass "distcc: both distccd daemons stopped, their ports closed"
else
	fail "distcc: still running:${alive:- none}; still listening:${listening:- none}"
fi

# ---- ccache ------------------------------------------------------------------

export CCACHE_DIR=$WORK/ccache
export CCACHE_CONFIGPATH=$WORK/ccache/ccache.conf
: >"$CCACHE_CONFIGPATH"

# cc_cache NAME [VAR=VALUE...] -- ARGS...: compiles through ccache,
# stderr to logs/NAME.err; sets RC and RESULT (hit, miss or other).
cc_cache() {
	local name=$1
	shift
	local envs=()
	while [ "$1" != -- ]; do
		envs+=("$1")
		shift
	done
	shift
	ccache -z >/dev/null
	env "${envs[@]}" ccache "$CC" "$@" 2>"$WORK/logs/$name.err"
	RC=$?
	local stats hits misses
	stats=$(ccache --print-stats)
	hits=$(awk '$1 == "direct_cache_hit" || $1 == "preprocessed_cache_hit" { n += $2 } END { print n + 0 }' <<<"$stats")
	misses=$(awk '$1 == "cache_miss" { print $2 }' <<<"$stats")
	if [ "$hits" = 1 ] && [ "$misses" = 0 ]; then
		RESULT=hit
	elif [ "$hits" = 0 ] && [ "$misses" = 1 ]; then
		RESULT=miss
	else
		RESULT="other (hits $hits, misses $misses)"
	fi
}
# plugin_says NAME: A or B, from the diagnostics in logs/NAME.err.
plugin_says() {
	if grep -q 'note: THE store' "$WORK/logs/$1.err"; then
		echo B
	elif grep -q 'note: the store' "$WORK/logs/$1.err"; then
		echo A
	else
		echo none
	fi
}
# install_plugin A|B DIR TIME: copies plugin A or B to DIR/asmclobber.so
# with modification time TIME (seconds since the epoch).
install_plugin() {
	cp "$WORK/plugins/$1.so" "$2/asmclobber.so"
	touch -d "@$3" "$2/asmclobber.so"
}
# expect NAME WANT_RESULT WANT_PLUGIN MESSAGE
expect() {
	local got
	got=$(plugin_says "$1")
	if [ "$RC" = 0 ] && [ "$RESULT" = "$2" ] && [ "$got" = "$3" ]; then
		pass "ccache: $4 ($2, plugin $3's diagnostics)"
	else
		fail "ccache: $4: expected $2 with plugin $3's diagnostics, got $RESULT with plugin $got's (rc $RC)"
		show "$WORK/logs/$1.err"
	fi
}

T0=$(date -d '2024-01-01 00:00:00' +%s)
T1=$((T0 + 3600))
INST=$WORK/inst
FILE_ARGS=("${OPTS[@]}" -fplugin="$INST/asmclobber.so" -c "$SRC/farm.c" -o "$WORK/out/c.o")

# C1, C2: the stored stderr is replayed.
install_plugin A "$INST" "$T0"
cc_cache c1-first -- "${FILE_ARGS[@]}"
cp "$WORK/out/c.o" "$WORK/out/c1.o"
if [ $RC = 0 ] && [ "$RESULT" = miss ] && cmp -s "$WORK/logs/ref.err" "$WORK/logs/c1-first.err"; then
	pass "ccache: first compile is a miss; diagnostics identical to a direct compile"
else
	fail "ccache: first compile: $RESULT, rc $RC, or diagnostics differ from a direct compile"
	diff "$WORK/logs/ref.err" "$WORK/logs/c1-first.err" | head -n 30
fi
rm -f "$WORK/out/c.o"
cc_cache c2-replay -- "${FILE_ARGS[@]}"
if [ $RC = 0 ] && [ "$RESULT" = hit ] && cmp -s "$WORK/logs/c1-first.err" "$WORK/logs/c2-replay.err" &&
	cmp -s "$WORK/out/c1.o" "$WORK/out/c.o"; then
	pass "ccache: second compile is a hit and replays the warning, note, source lines and fix-it byte for byte (object identical)"
else
	fail "ccache: second compile: $RESULT, rc $RC, or replayed diagnostics/object differ"
	diff "$WORK/logs/c1-first.err" "$WORK/logs/c2-replay.err" | head -n 30
fi

# C3: plugin arguments are part of the hash.
cc_cache c3-args -- "${FILE_ARGS[@]}" -fplugin-arg-asmclobber-level=2
if [ $RC = 0 ] && [ "$RESULT" = miss ]; then
	pass "ccache: another -fplugin-arg-asmclobber-* value is a miss"
else
	fail "ccache: another plugin argument: expected a miss, got $RESULT (rc $RC)"
fi

# C4: a rebuilt plugin (new content, new modification time) at the same
# path: ccache hashes -fplugin=FILE itself (size and mtime by default).
install_plugin B "$INST" "$T1"
cc_cache c4-rebuilt -- "${FILE_ARGS[@]}"
expect c4-rebuilt miss B "-fplugin=/abs/path: a rebuilt plugin at the same path is not served from the cache"

# C5: the plugin replaced by one of the same size and modification time
# (cp -p, rsync -t, tar, a package): by default ccache cannot tell.
install_plugin A "$INST" "$T1"
cc_cache c5-same-stat -- "${FILE_ARGS[@]}"
expect c5-same-stat hit B "limitation: -fplugin=/abs/path, plugin replaced keeping size and mtime: the previous plugin's warnings are replayed"

# C6, C7: compiler_check = content, or extra_files_to_hash: the plugin's
# content is hashed.
for how in COMPILERCHECK=content EXTRAFILES="$INST/asmclobber.so"; do
	label=${how%%=*}
	setting="CCACHE_$how"
	install_plugin A "$INST" "$T1"
	cc_cache "c-$label-a" "$setting" -- "${FILE_ARGS[@]}"
	install_plugin B "$INST" "$T1"
	cc_cache "c-$label-b" "$setting" -- "${FILE_ARGS[@]}"
	expect "c-$label-b" miss B "CCACHE_$label: plugin replaced keeping size and mtime is seen"
	install_plugin A "$INST" "$T1"
	cc_cache "c-$label-a2" "$setting" -- "${FILE_ARGS[@]}"
	expect "c-$label-a2" hit A "CCACHE_$label: the first plugin back again hits its own entry"
done

# C8: the plugin named by its short name (-fplugin=asmclobber, installed in
# GCC's plugin directory; here -B makes WORK/gcc-prefix/plugin that
# directory): ccache cannot find the file and does not hash it.
PFX=$WORK/gcc-prefix
mkdir -p "$PFX/plugin"
NAME_ARGS=(-B"$PFX/" "${OPTS[@]}" -fplugin=asmclobber -c "$SRC/farm.c" -o "$WORK/out/c.o")
[ "$("$CC" -B"$PFX/" -print-file-name=plugin)" = "$PFX/plugin" ] ||
	setup_error "$CC -B$PFX/ does not look for plugins in $PFX/plugin"
install_plugin A "$PFX/plugin" "$T0"
cc_cache c8-name-a -- "${NAME_ARGS[@]}"
expect c8-name-a miss A "-fplugin=asmclobber: first compile"
install_plugin B "$PFX/plugin" "$T1"
cc_cache c8-name-b -- "${NAME_ARGS[@]}"
expect c8-name-b hit A "limitation: -fplugin=asmclobber (short name): a rebuilt plugin is not seen, the previous plugin's warnings are replayed"
install_plugin A "$PFX/plugin" "$T0"
setting=CCACHE_EXTRAFILES=$PFX/plugin/asmclobber.so
cc_cache c8-extra-a "$setting" -- "${NAME_ARGS[@]}"
install_plugin B "$PFX/plugin" "$T1"
cc_cache c8-extra-b "$setting" -- "${NAME_ARGS[@]}"
expect c8-extra-b miss B "-fplugin=asmclobber with CCACHE_EXTRAFILES=<plugin dir>/asmclobber.so: a rebuilt plugin is seen"
install_plugin A "$PFX/plugin" "$T0"
cc_cache c8-extra-a2 "$setting" -- "${NAME_ARGS[@]}"
expect c8-extra-a2 hit A "-fplugin=asmclobber with CCACHE_EXTRAFILES: the first plugin back again hits its own entry"

# C9: CC="ccache WRAPPER", a wrapper script that adds -fplugin=: ccache
# hashes the wrapper (size and mtime), not the plugin it adds.
mkdir -p "$WORK/inst/bin"
cat >"$WORK/inst/bin/asmclobber-gcc" <<EOF
#!/bin/sh
exec $(command -v "$CC") -fplugin=$INST/asmclobber.so "\$@"
EOF
chmod 755 "$WORK/inst/bin/asmclobber-gcc"
touch -d "@$T0" "$WORK/inst/bin/asmclobber-gcc"
WRAP_ARGS=("${OPTS[@]}" -c "$SRC/farm.c" -o "$WORK/out/c.o")
saved_cc=$CC
CC=$WORK/inst/bin/asmclobber-gcc
install_plugin A "$INST" "$T0"
cc_cache c9-wrap-a -- "${WRAP_ARGS[@]}"
expect c9-wrap-a miss A "CC=\"ccache asmclobber-gcc\" (wrapper adding -fplugin=): first compile"
install_plugin B "$INST" "$T1"
cc_cache c9-wrap-b -- "${WRAP_ARGS[@]}"
expect c9-wrap-b hit A "limitation: CC=\"ccache asmclobber-gcc\": the plugin the wrapper adds is not hashed, a rebuilt plugin is not seen"
setting=CCACHE_EXTRAFILES=$INST/asmclobber.so
cc_cache c9-wrap-extra-b "$setting" -- "${WRAP_ARGS[@]}"
expect c9-wrap-extra-b miss B "CC=\"ccache asmclobber-gcc\" with CCACHE_EXTRAFILES: a rebuilt plugin is seen"
CC=$saved_cc

# C10: run_second_cpp = false compiles the preprocessed text, as distcc's
# server does.
install_plugin A "$INST" "$T0"
cc_cache c10-nocpp2 CCACHE_NOCPP2=1 -- "${OPTS[@]}" -fplugin="$INST/asmclobber.so" \
	-c "$SRC/farm-macro.c" -o "$WORK/out/c10.o"
if [ $RC = 0 ] && grep -q 'farm-macro.c:17:[0-9]*: warning: ' "$WORK/logs/c10-nocpp2.err" &&
	[ "$(count "$WORK/logs/c10-nocpp2.err" '^fix-it:')" = 0 ]; then
	pass "ccache: limitation: CCACHE_NOCPP2 (run_second_cpp = false): asm in a macro is reported at the macro's use, without fix-it"
else
	fail "ccache: CCACHE_NOCPP2: expected the macro finding at its use without fix-it (rc $RC)"
	show "$WORK/logs/c10-nocpp2.err"
fi
cc_cache c10-cpp2 -- "${OPTS[@]}" -fplugin="$INST/asmclobber.so" \
	-c "$SRC/farm-macro.c" -o "$WORK/out/c10.o"
if [ $RC = 0 ] && cmp -s "$WORK/logs/ref-macro.err" "$WORK/logs/c10-cpp2.err"; then
	pass "ccache: default run_second_cpp = true: asm in a macro keeps its macro locations and fix-it"
else
	fail "ccache: default settings: macro finding differs from a direct compile (rc $RC)"
	diff "$WORK/logs/ref-macro.err" "$WORK/logs/c10-cpp2.err" | head -n 30
fi

end_time=$(date +%s.%N)
printf 'time: %s s (%s, %s, %s)\n' "$(awk -v a="$start_time" -v b="$end_time" 'BEGIN { printf "%.1f", b - a }')" \
	"$(ccache --version | head -n 1)" "$(distcc --version | head -n 1)" "$("$CC" --version | head -n 1)"
echo "$npass passed, $nfail failed"
[ "$nfail" = 0 ]
