#!/bin/bash
# csmith-check.sh - random programs with planted system-state asm: asmclobber
# must report exactly the planted asm it is meant to report, and must not
# change how anything compiles.
#
# For each seed: csmith --seed N writes a program, csmith-plant (built here
# from csmith-plant.c with $CC) plants blocks of system-state asm next to
# %gs (__seg_gs) accesses, descriptor and page-table stores, plain
# accesses and opaque calls, and lists for each block whether the asm
# must be reported at level 1 and at level 2 (see csmith-plant.c for why
# each expectation is certain).  The planted program is compiled at -O0 and
# -O2 three times: without the plugin, with it at level 1 (the default),
# with it at level 2; and once more at level 1 with
# -fdiagnostics-generate-patch, whose patch is applied (patch(1)) and the
# result compiled again.  Checked (csmith-expect.awk, diag-filter.awk):
#   - no crash; with the plugin the same exit status, the same messages
#     apart from asmclobber's own, the same assembly as without it;
#   - at both levels: every "warn" block whose asm is in the generated code
#     is reported once, at its line, with its instruction and class; no
#     "quiet" block is reported; nothing else is reported;
#   - the fix-its apply, the fixed program compiles, and level 1 reports
#     none of the asm that got a fix-it again.
#
# Usage (normally from `make check-torture`):
#   PLUGIN=/path/asmclobber.so CC=gcc-12 WORK=/tmp/csmith JOBS=2 \
#       bash testsuite/torture/csmith-check.sh
#
# Environment:
#   PLUGIN      path to asmclobber.so (required)
#   CC          the compiler the plugin was built for (default gcc-12)
#   WORK        scratch directory (default ./csmith-work)
#   JOBS        seeds checked in parallel (default: number of CPUs)
#   SEEDS       the csmith seeds (default: 1 to 50), e.g. "$(seq 1 200)"
#   MAXMID      planted blocks per program besides one per function (30)
#   OPTS        optimization levels (default "-O0 -O2")
#   CSMITH      the csmith program (default csmith; Debian package csmith)
#   CSMITH_INC  csmith's headers (default /usr/include/csmith; Debian
#               package libcsmith-dev)
#   TIMEOUT     seconds per compile (default 300)
#
# Output: $WORK/SEED/ holds each program (prog.c, planted.c,
# plantings.tsv) and, for a failed seed, the compilers' output; the
# failures are listed, then comes a line
#   csmith-check: PASS|FAIL seeds=50 programs=100 plantings=... mismatches=0 ...
# and last "csmith-check: N passed, N failed" (the planted asm judged at
# both levels; the failures).
# Exit status: 0 pass, 1 check failed, 2 setup error.
set -uo pipefail
export LC_ALL=C LANG=C

here=$(cd "$(dirname "$0")" && pwd)

# ---------------------------------------------------------------- worker
# csmith-check.sh --worker SEED: checks one seed, writes $WORK/SEED/result.
if [ "${1:-}" = --worker ]; then
	seed=$2
	d=$WORK/$seed
	rm -rf "$d" && mkdir -p "$d" && cd "$d" || exit 2
	res=$d/result
	: >"$res"
	if ! "$CSMITH" --seed "$seed" >prog.c 2>csmith.err; then
		echo "SETUP seed $seed: csmith failed" >>"$res"
		exit 0
	fi
	if ! "$WORK/csmith-plant" "$seed" "$MAXMID" <prog.c >planted.c 3>plantings.tsv; then
		echo "SETUP seed $seed: csmith-plant failed" >>"$res"
		exit 0
	fi
	plug=(-fplugin="$PLUGIN")
	ice_re='internal compiler error|Segmentation fault|Please submit a full bug report|[Kk]illed signal|cannot load plugin|Aborted|core dumped'
	for opt in $OPTS; do
		o=${opt#-}
		base=("$opt" -I"$CSMITH_INC" -S planted.c -o out.s)
		for v in plain l1 l2; do
			case $v in
			plain) extra=() ;;
			l1) extra=("${plug[@]}") ;;
			l2) extra=("${plug[@]}" -fplugin-arg-asmclobber-level=2) ;;
			esac
			timeout -k 5 "$TIMEOUT" "$CC" "${extra[@]}" "${base[@]}" \
				>"$o-$v.msgs" 2>&1 </dev/null
			echo $? >"$o-$v.rc"
			if [ -f out.s ]; then mv out.s "$o-$v.s"; fi
		done
		ra=$(cat "$o-plain.rc")
		if [ "$ra" != 0 ]; then
			echo "SETUP seed $seed $opt: the planted program does not compile without the plugin (exit $ra, see $d/$o-plain.msgs)" >>"$res"
			continue
		fi
		for v in l1 l2; do
			rb=$(cat "$o-$v.rc")
			lvl=${v#l}
			if grep -Eq "$ice_re" "$o-$v.msgs" || { [ "$rb" -ge 128 ] && [ "$rb" != 124 ]; }; then
				echo "CRASH seed $seed $opt level $lvl: exit $rb, see $d/$o-$v.msgs" >>"$res"
				continue
			fi
			if [ "$rb" = 124 ]; then
				echo "CRASH seed $seed $opt level $lvl: timed out (${TIMEOUT}s) with the plugin" >>"$res"
				continue
			fi
			if [ "$rb" != "$ra" ]; then
				echo "CHANGED seed $seed $opt level $lvl: exit $ra without the plugin, $rb with it" >>"$res"
				continue
			fi
			same=$(awk -v DIFF="$o-$v.diff" -f "$here/diag-filter.awk" "$o-plain.msgs" "$o-$v.msgs")
			if [ "${same%% *}" != same ]; then
				echo "CHANGED seed $seed $opt level $lvl: other messages with the plugin, see $d/$o-$v.diff" >>"$res"
			fi
			if ! cmp -s "$o-plain.s" "$o-$v.s"; then
				echo "CHANGED seed $seed $opt level $lvl: other assembly with the plugin" >>"$res"
			fi
			awk -v LEVEL="$lvl" -v SRC=planted.c -f "$here/csmith-expect.awk" \
				plantings.tsv "$o-plain.s" "$o-$v.msgs" \
				| sed "s/^/$seed $opt /" >>"$res"
		done
		# The fix-its: applied (-fdiagnostics-generate-patch, patch),
		# they must give a program that compiles and in which level 1
		# reports nothing but the asm that had no fix-it.
		timeout -k 5 "$TIMEOUT" "$CC" "${plug[@]}" -fdiagnostics-generate-patch \
			"${base[@]}" >"$o-fix.msgs" 2>&1 </dev/null
		rm -f out.s
		awk '/^--- planted\.c$/ { p = 1 } p' "$o-fix.msgs" >"$o-fix.patch"
		nofix=$(grep -c 'note: no fix-it' "$o-fix.msgs")
		nwarn=$(grep -c '\[asmclobber:' "$o-fix.msgs")
		if [ "$nwarn" = 0 ]; then
			echo "$seed $opt fixits warnings=0 fixed=0 nofixit=0" >>"$res"
		elif ! patch -s -o "$o-fixed.c" planted.c <"$o-fix.patch" >"$o-patch.out" 2>&1; then
			echo "MISMATCH seed $seed $opt: the fix-it patch does not apply, see $d/$o-fix.patch" >>"$res"
		else
			timeout -k 5 "$TIMEOUT" "$CC" "${plug[@]}" "$opt" -I"$CSMITH_INC" \
				-S "$o-fixed.c" -o /dev/null >"$o-fixed.msgs" 2>&1 </dev/null
			rf=$?
			# The lines whose asm got a fix-it must have no warning
			# left.  (Elsewhere a warning may appear: with the new
			# clobbers the optimizers may keep asm they deleted.)
			left=$(awk '
				FNR == 1 { f++ }
				f == 1 && / warning: .*\[asmclobber:/ { split($0, a, ":"); w[a[2]] = 1 }
				f == 1 && / note: no fix-it/ { split($0, a, ":"); delete w[a[2]] }
				f == 2 && / warning: .*\[asmclobber:/ { split($0, a, ":"); if (a[2] in w) n++ }
				END { print n + 0 }' "$o-fix.msgs" "$o-fixed.msgs")
			if [ "$rf" != 0 ]; then
				echo "MISMATCH seed $seed $opt: the program with the fix-its applied does not compile (exit $rf), see $d/$o-fixed.msgs" >>"$res"
			elif [ "$left" != 0 ]; then
				echo "MISMATCH seed $seed $opt: with the fix-its applied, $left asm are still reported, see $d/$o-fixed.msgs" >>"$res"
			fi
			echo "$seed $opt fixits warnings=$nwarn fixed=$((nwarn - nofix - left)) nofixit=$nofix" >>"$res"
		fi
	done
	# Keep the compilers' output only when something is wrong.
	if ! grep -q -E '^(SETUP|CRASH|CHANGED)|MISMATCH' "$res"; then
		rm -f ./*.s ./*.msgs ./*.rc ./*.diff ./*.patch ./*-fixed.c ./*.out
	fi
	exit 0
fi

# ------------------------------------------------------------------ main
: "${PLUGIN:?PLUGIN must name the built asmclobber.so}"
CC=${CC:-gcc-12}
WORK=${WORK:-$PWD/csmith-work}
JOBS=${JOBS:-$(nproc)}
SEEDS=${SEEDS:-$(seq 1 50)}
MAXMID=${MAXMID:-30}
OPTS=${OPTS:--O0 -O2}
CSMITH=${CSMITH:-csmith}
CSMITH_INC=${CSMITH_INC:-/usr/include/csmith}
TIMEOUT=${TIMEOUT:-300}
case $PLUGIN in /*) ;; *) PLUGIN=$PWD/$PLUGIN ;; esac
mkdir -p "$WORK" && WORK=$(cd "$WORK" && pwd) || exit 2
export PLUGIN CC WORK MAXMID OPTS CSMITH CSMITH_INC TIMEOUT

[ -f "$PLUGIN" ] || { echo "csmith-check: no plugin at $PLUGIN" >&2; exit 2; }
command -v "$CC" >/dev/null || { echo "csmith-check: no $CC" >&2; exit 2; }
command -v "$CSMITH" >/dev/null || { echo "csmith-check: no $CSMITH (apt-get install csmith)" >&2; exit 2; }
[ -f "$CSMITH_INC/csmith.h" ] || {
	echo "csmith-check: no $CSMITH_INC/csmith.h (apt-get install libcsmith-dev)" >&2
	exit 2
}
start=$(date +%s)
"$CC" -O2 -o "$WORK/csmith-plant" "$here/csmith-plant.c" || exit 2

nseeds=$(echo $SEEDS | wc -w)
echo "csmith-check: $nseeds seeds, $OPTS, $JOBS jobs"
for s in $SEEDS; do rm -f "$WORK/$s/result"; done
echo $SEEDS | tr ' ' '\n' | xargs -P "$JOBS" -n 1 bash "$here/csmith-check.sh" --worker
end=$(date +%s)

for s in $SEEDS; do
	if [ -f "$WORK/$s/result" ]; then
		cat "$WORK/$s/result"
	else
		echo "SETUP seed $s: no result (the worker died)"
	fi
done >"$WORK/results.txt"
grep -E '^(SETUP|CRASH|CHANGED)|MISMATCH' "$WORK/results.txt"
nopts=$(echo $OPTS | wc -w)
awk -v secs=$((end - start)) -v nseeds="$nseeds" -v nopts="$nopts" '
	/^(SETUP|CRASH|CHANGED)/ { v[$1]++ }
	/MISMATCH/ { mism++ }
	/ fixits / {
		for (i = 4; i <= NF; i++)
			if (split($i, kv, "=") == 2)
				fx[kv[1]] += kv[2]
	}
	/ counts / {
		for (i = 1; i <= NF; i++)
			if (split($i, kv, "=") == 2)
				c[$4 " " kv[1]] += kv[2]
		lv[$4] = 1
	}
	END {
		for (l = 1; l <= 2; l++)
			printf "  level %d: %d planted asm checked over all programs: %d reported as required, %d quiet as required, %d deleted by the optimizers (not judged; %d of them reported first), %d mismatches\n", \
				l, c[l " planted"], c[l " warned"], c[l " quiet"], c[l " eliminated"], c[l " reported-then-eliminated"], c[l " mismatches"]
		printf "  fix-its: %d level-1 warnings, %d gone once -fdiagnostics-generate-patch'"'"'s patch is applied, %d with \"no fix-it\"\n", \
			fx["warnings"], fx["fixed"], fx["nofixit"]
		bad = v["SETUP"] + v["CRASH"] + v["CHANGED"] + mism
		printf "csmith-check: %s seeds=%d programs=%d plantings=%d warned=%d quiet=%d eliminated=%d mismatches=%d crashes=%d changed=%d setup-errors=%d time=%ds\n", \
			bad ? "FAIL" : "PASS", nseeds, nseeds * nopts, c["1 planted"], c["1 warned"], c["1 quiet"], c["1 eliminated"], \
			mism + 0, v["CRASH"] + 0, v["CHANGED"] + 0, v["SETUP"] + 0, secs
		printf "csmith-check: %d passed, %d failed\n", \
			c["1 warned"] + c["1 quiet"] + c["2 warned"] + c["2 quiet"], bad
		exit bad ? 1 : 0
	}' "$WORK/results.txt"
