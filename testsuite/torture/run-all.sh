#!/bin/bash
# run-all.sh - both torture checks, for `make check-torture`: GCC's own
# tests (check-torture.sh) and csmith programs (csmith-check.sh).  Both
# always run.  Prints their output and, last, "N passed, N failed" summed
# from their own count lines; exits 1 if either check failed, 2 if either
# could not run (and none failed).
#
# Environment: PLUGIN, CC, CXX, JOBS as for the two scripts; WORK (default
# ./torture-work) gets the subdirectories gcc-tests/ and csmith/.  Other
# settings (MAX_FILES, O0_FILES, SEEDS, ...) pass through.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
WORK=${WORK:-$PWD/torture-work}
mkdir -p "$WORK" || exit 2
status=0
passed=0
failed=0
for check in check-torture csmith-check; do
	case $check in
	check-torture) sub=gcc-tests ;;
	csmith-check) sub=csmith ;;
	esac
	WORK=$WORK/$sub bash "$here/$check.sh" 2>&1 | tee "$WORK/$check.log"
	rc=${PIPESTATUS[0]}
	counts=$(grep -E "^$check: [0-9]+ passed, [0-9]+ failed\$" "$WORK/$check.log" | tail -n 1)
	if [ -n "$counts" ]; then
		counts=${counts#*: }
		passed=$((passed + ${counts%% *}))
		counts=${counts#*, }
		failed=$((failed + ${counts%% *}))
	else
		failed=$((failed + 1))
	fi
	if [ "$rc" = 1 ] || { [ "$rc" != 0 ] && [ "$status" = 0 ]; }; then
		status=$rc
	fi
done
[ "$status" != 0 ] && [ "$failed" = 0 ] && failed=1
echo "$passed passed, $failed failed"
exit "$status"
