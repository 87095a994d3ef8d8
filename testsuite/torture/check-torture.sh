#!/bin/bash
# check-torture.sh - "never break a build": run asmclobber at level 2 over
# GCC's own C tests (and the C++ tests that contain asm) and check that the
# plugin changes nothing but its own diagnostics.
#
# For every selected file the same compile (-S) is run twice, without and
# with -fplugin=$PLUGIN -fplugin-arg-asmclobber-level=2, and compared:
#   - no internal compiler error, crash or hang with the plugin ("crash");
#   - the same exit status, and the same messages once asmclobber's own
#     warnings and notes are removed ("changed" otherwise; see
#     diag-filter.awk for what is removed and normalized);
#   - when both compiles succeed, byte-identical assembly ("asm-diff").
# Any crash, changed outcome or assembly difference fails the check.
# Not failures, but listed: GCC's own ICE with the same message both ways
# ("ice-both"), a timeout both ways, and assembly that differs from run to
# run without the plugin too ("asm-unstable": __TIME__, -x c-header, and
# -gbtf/-gctf, which order records by address).
#
# Usage (normally from `make check-torture`):
#   PLUGIN=/path/asmclobber.so CC=gcc-12 WORK=/tmp/torture JOBS=2 \
#       bash testsuite/torture/check-torture.sh
#
# Environment:
#   PLUGIN      path to asmclobber.so (required)
#   CC          the C compiler the plugin was built for (default gcc-12)
#   CXX         its C++ compiler (default: CC with gcc replaced by g++)
#   WORK        scratch directory (default ./torture-work); the tests are
#               unpacked once per WORK and tarball
#   JOBS        parallel workers (default: number of CPUs)
#   GCC_TARBALL GCC source tarball (default /usr/src/gcc-12/gcc-*.tar.*,
#               Debian package gcc-12-source)
#   MAX_FILES   how many files to check at -O2 (default 6000; 0 = all
#               26,823); see "Selection"
#   O0_FILES    which of them to check at -O0 too: "asm-all" (default:
#               every selected file with "asm" in it, about 1,680), "asm"
#               (the same outside gcc.target/i386), N (the first N), 0
#   TIMEOUT     seconds per compile (default 60); a timeout both ways is
#               listed, one with the plugin only is a failure (a hang)
#   KEEP=1      keep the scratch files
#
# Options: each test's own first dg-options and its dg-additional-options
# are used, after -O2 (so a test asking for -O0 or -O3 gets it) or before
# -O0 for the -O0 run, less -Werror (the plugin's warnings would become
# errors), -fdiagnostics-* (other output formats), -fdump-*, -save-temps,
# -ftime-report, -fmem-report, -fstats, -v, -###, -Q, --help, -fplugin*.
# Appended to every compile: -frandom-seed=asmclobber -fno-verbose-asm
# -gno-record-gcc-switches -fno-record-gcc-switches, so that the command
# line, which names the plugin, does not reach the assembly; -flto still
# records it in .gnu.lto_.opts, which the comparison leaves out.
#
# Selection (deterministic: byte-sorted lists of the 12.2 testsuite):
#   tier 1: every file of gcc.c-torture/compile, and every file with "asm"
#           in it from gcc.c-torture/execute, gcc.dg, gcc.target/i386 and
#           g++.dg (the C++ tests: only these) - about 3,530 files;
#   tier 2: the other files of gcc.c-torture/execute and gcc.dg;
#   tier 3: the other files of gcc.target/i386 (each costs four times as
#           much: they parse the intrinsics headers; no asm of their own).
# The first MAX_FILES files of tier 1, then tier 2, then tier 3 are taken;
# of a tier taken only in part, files spread evenly over its sorted list.
# slow-files.txt beside this script lists files left out (one compile of
# them takes 10 s and more, or never ends at -O0).
#
# Cost with the defaults: about 600-650 CPU seconds, so about 5.5 minutes
# on 2 idle cores (measured from an empty WORK: 5.5 minutes, and 9.5
# minutes on a machine shared with two kernel builds); the summary gives
# the CPU time.  All 26,823 files at -O2: about an hour.
#
# Output: in $WORK/results/: results.tsv (level, file, verdict, the
# asmclobber classes reported, wall ms, CPU ms, one line per compile pair)
# and failures/ (the commands and both outputs of each failure); a
# summary; a line
#   check-torture: PASS|FAIL files=N compiles=N ok=N fail-same=N crashes=0 changed=0 asm-diff=0 ...
# and last "check-torture: N passed, N failed" (compile pairs).
# Exit status: 0 pass, 1 check failed, 2 setup error.
set -uo pipefail
export LC_ALL=C LANG=C

here=$(cd "$(dirname "$0")" && pwd)

# ---------------------------------------------------------------- worker
# check-torture.sh --worker CHUNK: checks the manifest lines of CHUNK
# (level TAB file TAB options), appends verdict lines to CHUNK.out.
if [ "${1:-}" = --worker ]; then
	chunk=$2
	tmp=$WORK/tmp/$$
	# Both compiles run in $tmp/run with the same output name: the
	# directory and the name can reach the assembly (DW_AT_comp_dir,
	# -gsplit-dwarf's .dwo name).  Few processes per file: this loop
	# costs as much as a small test's compile.
	mkdir -p "$tmp/run" && cd "$tmp/run" || exit 2
	shopt -s nullglob dotglob
	ticks=$(getconf CLK_TCK)
	force=(-frandom-seed=asmclobber -fno-verbose-asm
	       -gno-record-gcc-switches -fno-record-gcc-switches)
	plug=(-fplugin="$PLUGIN" -fplugin-arg-asmclobber-level=2)
	# The assembly less the section in which -flto (and offloading)
	# record the command line, which names the plugin.
	lto_opts_out() {
		awk '/^\t\.section\t\.gnu\.(offload_)?lto_\.opts,/ { skip = 1; next }
		     skip && /^\t\.(text|data|section|previous)/ { skip = 0 }
		     !skip' "$1"
	}
	while IFS=$'\t' read -r level rel opts; do
		src=$SRC/$rel
		case $rel in
		*.C) cc=$CXX ;;
		*) cc=$CC ;;
		esac
		read -r -a o <<<"$opts"
		if [ "$level" = O0 ]; then
			args=("${o[@]}" -O0)
		else
			args=(-O2 "${o[@]}")
		fi
		args+=("${force[@]}" -S "$src" -o out.s)
		stray=(*)
		[ ${#stray[@]} = 0 ] || rm -rf -- "${stray[@]}"
		t0=${EPOCHREALTIME/./}
		read -r -a st </proc/$BASHPID/stat
		c0=$((st[15] + st[16]))
		timeout -k 5 "$TIMEOUT" "$cc" "${args[@]}" >../a.msgs 2>&1 </dev/null
		ra=$?
		[ -f out.s ] && mv -f out.s ../a.s
		timeout -k 5 "$TIMEOUT" "$cc" "${plug[@]}" "${args[@]}" >../b.msgs 2>&1 </dev/null
		rb=$?
		ms=$(( (${EPOCHREALTIME/./} - t0) / 1000 ))
		read -r cmp icea iceb icesame classes < <(awk -v DIFF=../diff \
			-f "$here/diag-filter.awk" ../a.msgs ../b.msgs)
		# (a compile killed by a signal without a message is a crash too)
		[ "$ra" -ge 128 ] && [ "$ra" -ne 124 ] && icea=1
		[ "$rb" -ge 128 ] && [ "$rb" -ne 124 ] && iceb=1
		why=
		if [ "$iceb" = 1 ] && [ "$icea" = 0 ]; then
			verdict=crash why="crash with the plugin only"
		elif [ "$icea" = 1 ] && [ "$iceb" = 1 ] && [ "$icesame" = 1 ] \
			&& [ "$ra" = "$rb" ]; then
			# GCC's own ICE: with a plugin GCC adds a list of the
			# plugins, and the backtraces' addresses differ.
			verdict=ice-both
		elif [ "$ra" = 124 ] && [ "$rb" = 124 ]; then
			verdict=timeout-both
		elif [ "$rb" = 124 ]; then
			verdict=crash why="timed out (${TIMEOUT}s) with the plugin only"
		elif [ "$ra" != "$rb" ]; then
			verdict=changed why="exit status $ra without, $rb with the plugin"
		elif [ "$cmp" != same ]; then
			verdict=changed why="messages differ"
		elif [ "$ra" != 0 ]; then
			verdict=fail-same
		elif [ ! -f ../a.s ] && [ ! -f out.s ]; then
			verdict=ok	# (no output file either way, e.g. -fsyntax-only)
		elif [ ! -f ../a.s ] || [ ! -f out.s ]; then
			verdict=asm-diff why="an output file only one way"
		elif cmp -s ../a.s out.s \
			|| cmp -s <(lto_opts_out ../a.s) <(lto_opts_out out.s); then
			verdict=ok
		elif [[ " ${o[*]} " = *" -g"[bc]tf* ]] \
			&& cmp -s <(sort ../a.s) <(sort out.s); then
			# -gbtf and -gctf order records by address: the same
			# lines in another order.
			verdict=asm-unstable
		else
			# GCC's own output may vary from run to run: compile
			# twice more without the plugin.
			mv -f out.s ../b.s
			verdict=asm-diff why="assembly differs"
			for i in 1 2; do
				timeout -k 5 "$TIMEOUT" "$cc" "${args[@]}" >/dev/null 2>&1 </dev/null
				if ! cmp -s ../a.s out.s; then
					verdict=asm-unstable why=
					break
				fi
			done
			mv -f ../b.s out.s
		fi
		read -r -a st </proc/$BASHPID/stat
		cpu=$(( (st[15] + st[16] - c0) * 1000 / ticks ))
		printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$level" "$rel" "$verdict" "$classes" "$ms" "$cpu" \
			>>"$chunk.out"
		if [ -n "$why" ]; then
			f=$WORK/results/failures/$level-${rel//\//_}.txt
			{
				echo "file: $SRC/$rel"
				echo "verdict: $verdict: $why"
				echo "without: (cd DIR && $cc ${args[*]})  -> exit $ra"
				echo "with:    (cd DIR && $cc ${plug[*]} ${args[*]})  -> exit $rb"
				echo "=== messages without the plugin"
				cat ../a.msgs
				echo "=== messages with the plugin"
				cat ../b.msgs
				[ -f ../diff ] && { echo "=== normalized"; cat ../diff; }
				if [ "$verdict" = asm-diff ]; then
					echo "=== diff of the assembly"
					diff ../a.s out.s | head -50
				fi
			} >"$f"
		fi
		rm -f ../diff ../a.s
	done <"$chunk"
	cd / && [ -n "${KEEP:-}" ] || rm -rf "$tmp"
	exit 0
fi

# ------------------------------------------------------------------ main
: "${PLUGIN:?PLUGIN must name the built asmclobber.so}"
CC=${CC:-gcc-12}
CXX=${CXX:-${CC/gcc/g++}}
WORK=${WORK:-$PWD/torture-work}
JOBS=${JOBS:-$(nproc)}
MAX_FILES=${MAX_FILES:-6000}
O0_FILES=${O0_FILES:-asm-all}
TIMEOUT=${TIMEOUT:-60}
if [ -z "${GCC_TARBALL:-}" ]; then
	GCC_TARBALL=$(ls /usr/src/gcc-12/gcc-*.tar.* 2>/dev/null | grep -v /gm2- | head -1)
fi
mkdir -p "$WORK" && WORK=$(cd "$WORK" && pwd) || exit 2
case $PLUGIN in /*) ;; *) PLUGIN=$PWD/$PLUGIN ;; esac
export PLUGIN CC CXX WORK TIMEOUT KEEP

[ -f "$PLUGIN" ] || { echo "check-torture: no plugin at $PLUGIN" >&2; exit 2; }
command -v "$CC" >/dev/null || { echo "check-torture: no $CC" >&2; exit 2; }
command -v "$CXX" >/dev/null || { echo "check-torture: no $CXX" >&2; exit 2; }
[ -f "${GCC_TARBALL:-}" ] || {
	echo "check-torture: no GCC source tarball (apt-get install gcc-12-source, or set GCC_TARBALL)" >&2
	exit 2
}
start=$(date +%s)

# Unpack the test directories once per WORK and tarball.
dirs="gcc.c-torture/compile gcc.c-torture/execute gcc.dg gcc.target/i386 g++.dg"
stamp=$WORK/src/.unpacked
if [ "$(cat "$stamp" 2>/dev/null)" != "$GCC_TARBALL" ]; then
	echo "check-torture: unpacking $dirs from $GCC_TARBALL"
	rm -rf "$WORK/src" && mkdir -p "$WORK/src" || exit 2
	top=$(set +o pipefail; tar -tf "$GCC_TARBALL" 2>/dev/null | head -1)
	top=${top%%/*}
	members=()
	for d in $dirs; do members+=("$top/gcc/testsuite/$d"); done
	tar -xf "$GCC_TARBALL" -C "$WORK/src" --strip-components=3 "${members[@]}" \
		|| { echo "check-torture: cannot unpack $GCC_TARBALL" >&2; exit 2; }
	echo "$GCC_TARBALL" >"$stamp"
fi
SRC=$WORK/src
export SRC

# The selection.
rm -rf "$WORK/results" "$WORK/tmp" "$WORK/chunks"
mkdir -p "$WORK/results/failures" "$WORK/tmp" "$WORK/chunks" || exit 2
cd "$SRC" || exit 2
slow=$here/slow-files.txt
# exclude LEVEL: the file list on stdin less the files slow-files.txt
# lists for all levels (a bare path) or for LEVEL ("-O0 path").
exclude() {
	grep -v -x -F -f <(awk -v l="${1:--O2}" \
		'!/^#/ && NF == 1 { print $1 } !/^#/ && NF == 2 && $1 == l { print $2 }' \
		"$slow" 2>/dev/null; echo /)
}
# Tier 1: every file with "asm" in it, and gcc.c-torture/compile.
# Tier 2: the other files of gcc.c-torture/execute and gcc.dg.
# Tier 3: the other files of gcc.target/i386 (four times as costly: they
# parse the intrinsics headers; and without asm of their own).
{
	find gcc.c-torture/compile -name '*.c'
	find g++.dg -name '*.C' -print0 | xargs -0 grep -l -a asm
	find gcc.c-torture/execute gcc.dg gcc.target/i386 -name '*.c' -print0 \
		| xargs -0 grep -l -a asm
} | sort -u | exclude >"$WORK/tier1.list"
find gcc.c-torture/execute gcc.dg -name '*.c' | sort | exclude \
	| comm -23 - "$WORK/tier1.list" >"$WORK/tier2.list"
find gcc.target/i386 -name '*.c' | sort | exclude \
	| comm -23 - "$WORK/tier1.list" >"$WORK/tier3.list"
# The first N lines of the tiers' concatenation, except that a tier of
# which only part is taken gives lines spread evenly over its list.
left=$MAX_FILES
[ "$left" = 0 ] && left=$(cat "$WORK"/tier[123].list | wc -l)
n1=$(wc -l <"$WORK/tier1.list")
for t in 1 2 3; do
	n=$(wc -l <"$WORK/tier$t.list")
	take=$(( left < n ? left : n ))
	awk -v need="$take" -v n="$n" \
		'int(NR * need / n) > int((NR - 1) * need / n)' "$WORK/tier$t.list"
	left=$((left - take))
done | sort >"$WORK/selected.list"
nsel=$(wc -l <"$WORK/selected.list")
case $O0_FILES in
asm) grep -v '^gcc.target/i386/' "$WORK/tier1.list" \
	| tr '\n' '\0' | xargs -0 -r grep -l -a asm \
	| comm -12 - "$WORK/selected.list" ;;
asm-all) comm -12 "$WORK/tier1.list" "$WORK/selected.list" \
	| tr '\n' '\0' | xargs -0 -r grep -l -a asm ;;
0) ;;
*) head -n "$O0_FILES" "$WORK/selected.list" ;;
esac | exclude -O0 >"$WORK/o0.list"
no0=$(wc -l <"$WORK/o0.list")

# The manifest: level TAB file TAB the test's own options: its first
# dg-options and its dg-additional-options, less the options above.
manifest() {
	local lvl=$1 list=$2
	tr '\n' '\0' <"$list" \
		| xargs -0 -r grep -H -a -e 'dg-options "' -e 'dg-additional-options "' \
		>"$WORK/dg-options.txt"
	awk -v lvl="$lvl" '
	function quoted(s) {
		s = substr(s, index(s, "\"") + 1)
		return substr(s, 1, index(s, "\"") - 1)
	}
	function clean(s,   n, w, i, r) {
		n = split(s, w, /[ \t]+/)
		r = ""
		for (i = 1; i <= n; i++) {
			if (w[i] == "" || w[i] == "-Werror" || w[i] ~ /^-fdiagnostics-/ \
			    || w[i] ~ /^-fdump-/ || w[i] ~ /^-save-temps/ \
			    || w[i] ~ /^-f(time|mem)-report/ || w[i] == "-v" \
			    || w[i] == "-###" || w[i] ~ /^-fplugin/ || w[i] ~ /^--help/ \
			    || w[i] == "-Q" || w[i] == "-fstats")
				continue
			r = r (r == "" ? "" : " ") w[i]
		}
		return r
	}
	phase == 2 {
		printf "%s\t%s\t%s\n", lvl, $0, clean(opt[$0] " " add[$0])
		next
	}
	{
		f = substr($0, 1, index($0, ":") - 1)
		l = substr($0, index($0, ":") + 1)
		if (l ~ /dg-additional-options "/)
			add[f] = add[f] " " quoted(substr(l, index(l, "dg-additional-options")))
		else if (!(f in opt))
			opt[f] = quoted(substr(l, index(l, "dg-options")))
	}' phase=1 "$WORK/dg-options.txt" phase=2 "$list"
}
{
	manifest O2 "$WORK/selected.list"
	manifest O0 "$WORK/o0.list"
} >"$WORK/manifest.tsv"
echo "check-torture: $nsel files at -O2 (tiers of $n1, $(wc -l <"$WORK/tier2.list"), $(wc -l <"$WORK/tier3.list") files), $no0 at -O0; $JOBS jobs"

# Chunks of 40 lines, handed out to JOBS workers as they finish; the big
# files' chunks are interleaved by the round-robin split.
nchunks=$(( ( $(wc -l <"$WORK/manifest.tsv") + 39) / 40 ))
awk -v n="$nchunks" -v d="$WORK/chunks" \
	'{ printf "%s\n", $0 > sprintf("%s/c%05d", d, (NR - 1) % n) }' "$WORK/manifest.tsv"
ls "$WORK"/chunks/c* | xargs -P "$JOBS" -n 1 bash "$here/check-torture.sh" --worker
cat "$WORK"/chunks/c*.out | sort -t $'\t' -k2,2 -k1,1 >"$WORK/results/results.tsv"
end=$(date +%s)

# The summary.
awk -F '\t' -v secs=$((end - start)) -v nsel="$nsel" -v no0="$no0" -v jobs="$JOBS" \
	-v fails="$WORK/results/failures" '
	{ n++; v[$3]++; lv[$1 " " $3]++; cpu += $6
	  if ($4 != "") { nw = split($4, c, " "); for (i = 1; i <= nw; i++) { cls[c[i]]++; warns++ }; wfiles[$1 " " $2] = 1 } }
	$3 == "crash" || $3 == "changed" || $3 == "asm-diff" { printf "  %s -%s %s\n", $3, $1, $2 }
	$3 == "asm-unstable" || $3 == "ice-both" || $3 == "timeout-both" { notes = notes sprintf("  (%s -%s %s)\n", $3, $1, $2) }
	END {
		for (k in wfiles) nwf++
		printf "check-torture: %d compiles compared (%d files at -O2, %d at -O0)\n", n, nsel, no0
		for (l = 0; l < 2; l++) {
			L = l ? "O0" : "O2"
			printf "  -%s: compiled ok %d (same assembly), failed identically both ways %d, gcc ICE both ways %d, timed out both ways %d, assembly unstable without the plugin too %d\n", \
				L, lv[L " ok"], lv[L " fail-same"], lv[L " ice-both"], lv[L " timeout-both"], lv[L " asm-unstable"]
		}
		printf "%s", notes
		printf "  time: %d s; CPU time of the compiles and checks %d s, so about %d s with %d jobs on an otherwise idle machine\n", \
			secs, cpu / 1000, cpu / 1000 / jobs, jobs
		printf "  asmclobber warnings: %d in %d compiles:", warns, nwf
		for (k in cls) printf " %s=%d", k, cls[k]
		printf "\n"
		bad = v["crash"] + v["changed"] + v["asm-diff"]
		if (bad) printf "  details of each failure: %s/\n", fails
		printf "check-torture: %s files=%d compiles=%d ok=%d fail-same=%d crashes=%d changed=%d asm-diff=%d warnings=%d time=%ds\n", \
			bad ? "FAIL" : "PASS", nsel, n, v["ok"], v["fail-same"], v["crash"] + 0, v["changed"] + 0, v["asm-diff"] + 0, warns, secs
		exit bad ? 1 : 0
	}' "$WORK/results/results.tsv"
status=$?
expected=$(wc -l <"$WORK/manifest.tsv")
got=$(wc -l <"$WORK/results/results.tsv")
bad=$(awk -F '\t' '$3 == "crash" || $3 == "changed" || $3 == "asm-diff"' \
	"$WORK/results/results.tsv" | wc -l)
if [ "$got" != "$expected" ]; then
	echo "check-torture: FAIL: $got results for $expected compiles (a worker died)"
	bad=$((bad + expected - got))
	status=1
fi
echo "check-torture: $((got - bad < 0 ? 0 : got - bad)) passed, $bad failed"
[ -n "${KEEP:-}" ] || rm -rf "$WORK/chunks" "$WORK/tmp"
exit $status
