#!/bin/bash
# check-fuzz.sh - for `make check-fuzz`: builds the libFuzzer harnesses
# (fuzz-template.cc, fuzz-edit.cc) with clang under AddressSanitizer and
# UBSan, UBSan fatal, and runs each for FUZZ_TIME seconds on a copy of its
# committed corpus (corpus-NAME/), all at once (one core each).  A harness
# passes when it builds and its run ends with no sanitizer report, no
# violated property, no input slower than 10 s and no leak.  Prints, last, "N passed, N failed" (one
# test per harness); exits 1 if one failed, 2 if the check cannot run (no
# clang or no libFuzzer runtime).
#
# Environment: CLANGXX (default clang++-14), FUZZ_TIME (default 60),
# HARNESSES (default "template edit"), WORK (default ./fuzz-work: the
# harnesses, the corpus copies, logs and any crash input).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
CLANGXX=${CLANGXX:-clang++-14}
FUZZ_TIME=${FUZZ_TIME:-60}
HARNESSES=${HARNESSES:-template edit}
WORK=${WORK:-$PWD/fuzz-work}
FLAGS="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all"
mkdir -p "$WORK" || exit 2

command -v "$CLANGXX" >/dev/null || {
	echo "check-fuzz: no $CLANGXX (apt-get install clang-14 libclang-rt-14-dev)" >&2
	exit 2
}
echo 'extern "C" int LLVMFuzzerTestOneInput (const unsigned char *, unsigned long) { return 0; }' \
	>"$WORK/probe.cc"
$CLANGXX $FLAGS "$WORK/probe.cc" -o "$WORK/probe" >"$WORK/probe.log" 2>&1 || {
	cat "$WORK/probe.log" >&2
	echo "check-fuzz: $CLANGXX cannot link -fsanitize=fuzzer (apt-get install libclang-rt-14-dev)" >&2
	exit 2
}

# The plugin sources that harness $1 links.
sources() {
	case $1 in
	template) echo plugin/template-scan.cc plugin/insn-table.cc plugin/interrupt-flag.cc ;;
	edit) echo testsuite/unit/source-text.cc plugin/asm-edit.cc ;;
	esac
}

# Builds harness $1 and runs it on a copy of its corpus; prints its log's
# findings if any and, last, its "check-fuzz: NAME: PASS|FAIL" line.
# True when it passed.
fuzz_one() {
	local h=$1 start=$SECONDS exe=$WORK/fuzz-$1 corpus=$WORK/corpus-$1 log=$WORK/fuzz-$1.log rc a
	if ! (cd "$top" && $CLANGXX $FLAGS -Wall -Wextra -Iplugin -Itestsuite/unit \
		"testsuite/fuzz/fuzz-$h.cc" $(sources "$h") -o "$exe") >"$log" 2>&1; then
		cat "$log"
		echo "check-fuzz: $h: FAIL (does not build)"
		return 1
	fi
	rm -rf "$corpus" "$WORK/$h-"*-*
	cp -r "$here/corpus-$h" "$corpus" || { echo "check-fuzz: $h: FAIL (no corpus copy)"; return 1; }
	"$exe" -max_total_time="$FUZZ_TIME" -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix="$WORK/$h-" "$corpus" >>"$log" 2>&1
	rc=$?
	if [ $rc -eq 0 ] && grep -q '^Done [0-9]* runs' "$log"; then
		echo "check-fuzz: $h: PASS ($(grep -o '^Done [0-9]* runs' "$log" | tail -n 1 | cut -d' ' -f2) runs in $((SECONDS - start)) s)"
		return 0
	fi
	grep -a -E 'property violated|ERROR:|runtime error|SUMMARY' "$log" | head -n 20
	echo "check-fuzz: $h: FAIL (exit $rc; log $log)"
	for a in "$WORK/$h-"*-*; do
		[ -f "$a" ] && echo "check-fuzz: $h: input $a; rerun: $exe $a"
	done
	return 1
}

# The harnesses run at the same time (one core each), their output shown
# in order once all have ended.
for h in $HARNESSES; do
	fuzz_one "$h" >"$WORK/result-$h.txt" 2>&1 &
done
wait
passed=0
failed=0
for h in $HARNESSES; do
	cat "$WORK/result-$h.txt"
	if tail -n 1 "$WORK/result-$h.txt" | grep -q ": PASS "; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
	fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
