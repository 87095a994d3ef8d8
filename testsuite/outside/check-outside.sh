#!/bin/bash
# check-outside.sh - run the asmclobber plugin over real x86 system software
# other than Linux, each code base built from its Debian 12 source package
# with its own build system, and check what check-kernel checks:
#
#   1. the build with the plugin succeeds, as it does without it;
#   2. no compiler crash (ICE, segfault, plugin load failure);
#   3. no object that compiles without the plugin fails with it; objects
#      that -Werror stops only because of the plugin's warnings are recorded
#      (results/werror-CODEBASE.txt) and compiled again with -Wno-error;
#   4. every object is byte-identical with and without the plugin, at
#      level 1 and level 2;
#   5. every level-1 finding is also reported at level 2;
#   6. the findings equal the reviewed expectations (expected-findings.tsv
#      beside this script), each with a verdict: "hazard: <reason>",
#      "latent: <reason>" or "false-alarm: <reason>".
#
# The code bases are the files in codebases/: each names a source package
# and version (CB_PACKAGE, CB_VERSION), the Debian packages its build needs
# (CB_NEEDS) and cb_build CC PLUGIN-FLAGS, its build command, which adds
# PLUGIN-FLAGS (-fplugin=... -fplugin-arg-asmclobber-level=1) through the
# build system's own CFLAGS hook.  CC is cc-thrice.sh, which runs each C
# compile that carries the plugin three times (as given; without the plugin;
# at level 2) and compares the objects, so one build gives the reference
# and both levels for exactly the same commands; see its header.
#
# Sources are fetched with apt-get source through a private apt
# configuration under WORK (lib/private-apt.sh: deb-src entries made from
# the machine's own apt sources; the system's apt state is untouched).
# Nothing is cached between runs: WORK is emptied first.
#
# Usage (normally from `make check-outside`):
#   PLUGIN=/path/asmclobber.so CC=gcc-12 WORK=/tmp/owork \
#       bash testsuite/outside/check-outside.sh
#
# Environment:
#   PLUGIN      path to asmclobber.so (required)
#   CC          compiler the plugin was built for (default gcc-12)
#   HOSTCC      compiler for the code bases' host tools (default $CC)
#   WORK        scratch directory (default ./outside-work), emptied first
#   EXPECT      expectations file (default expected-findings.tsv here)
#   CODEBASES   names of codebases/*.sh to build (default: all); with a
#               subset only their expectations are compared (and rewritten)
#   JOBS        make -j value (default: number of CPUs)
#   UPDATE=1    rewrite $EXPECT from what was found, as check-kernel does:
#               verdicts kept, carried to findings that only moved, new
#               findings get "TODO: review".  Checks 1-5 still apply.
#
# Output: per code base its counts, then
#   check-outside: level 1: H hazard, L latent, F false-alarm
# and last "N passed, N failed" (six checks per code base, and two for the
# expectations: findings equal, every verdict given).
# Exit status: 0 pass, 1 check failed, 2 setup/infrastructure error.
set -euo pipefail
export LANG=C LC_ALL=C LC_CTYPE=C LC_MESSAGES=C
unset CFLAGS CPPFLAGS KCFLAGS EXTRA_CFLAGS_XEN_CORE ARCH CROSS_COMPILE 2>/dev/null || true

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PLUGIN=${PLUGIN:-}
CC=${CC:-gcc-12}
HOSTCC=${HOSTCC:-$CC}
WORK=${WORK:-$PWD/outside-work}
EXPECT=${EXPECT:-$here/expected-findings.tsv}
CODEBASES=${CODEBASES:-$(cd "$here/codebases" && ls *.sh | sed 's/\.sh$//' | tr '\n' ' ')}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
UPDATE=${UPDATE:-0}
TAB=$'\t'
export HOSTCC JOBS

t_start=$(date +%s)
say()  { printf 'check-outside: %s\n' "$*"; }
die()  { printf 'check-outside: ERROR: %s\n' "$*" >&2; exit 2; }
. "$here/../lib/findings.sh"
. "$here/../lib/private-apt.sh"

[ -n "$PLUGIN" ] || die "PLUGIN is not set (path to asmclobber.so)"
[ -f "$PLUGIN" ] || die "PLUGIN $PLUGIN does not exist"
PLUGIN=$(cd "$(dirname "$PLUGIN")" && pwd)/$(basename "$PLUGIN")
command -v "$CC" >/dev/null || die "compiler $CC not found"
case $UPDATE in 0|1) ;; *) die "UPDATE must be 0 or 1";; esac
[ "$UPDATE" = 1 ] || [ -f "$EXPECT" ] || die "expectations file $EXPECT not found (create it with UPDATE=1)"
for cb in $CODEBASES; do
    [ -f "$here/codebases/$cb.sh" ] || die "no code base $cb (codebases/$cb.sh)"
done
missing=$(for cb in $CODEBASES; do (. "$here/codebases/$cb.sh"; echo $CB_NEEDS); done |
          tr ' ' '\n' | sort -u | while read -r p; do
              if [ -n "$p" ] && ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q ' installed$'; then
                  echo "$p"
              fi
          done | tr '\n' ' ')
[ -z "$missing" ] || die "the builds need Debian packages that are not installed: apt-get install $missing"
for t in dpkg-source curl sha256sum; do command -v "$t" >/dev/null || die "$t not found (apt-get install dpkg-dev curl)"; done

rm -rf "$WORK"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
RES=$WORK/results
LOGS=$WORK/logs
mkdir -p "$RES" "$LOGS"

if ! echo 'int x;' | "$CC" -fplugin="$PLUGIN" -x c -c -o /dev/null - 2>"$LOGS/plugin-smoke.log"; then
    cat "$LOGS/plugin-smoke.log" >&2
    die "$CC cannot load $PLUGIN"
fi
say "compiler $("$CC" --version | head -n1), plugin $PLUGIN, code bases: $CODEBASES"
private_apt_init "$WORK/apt" deb-src bookworm > "$LOGS/apt-update.log" 2>&1 ||
    { tail -n 20 "$LOGS/apt-update.log" >&2; die "apt-get update with the private configuration failed"; }

crash_re='internal compiler error|Segmentation fault|failed to initialize plugin|cannot load plugin|signal terminated program|Killed signal|plugin .* was not found'
passed=0 failed=0 failures=0
# check CODEBASE DESCRIPTION LIST-FILE: passes if LIST-FILE is empty, else
# prints the description and the first entries
check() {
    if [ -s "$3" ]; then
        say "FAIL $1: $2 ($(wc -l < "$3")):"
        head -n 20 "$3" | sed 's/^/    /'
        failed=$((failed + 1))
    else
        passed=$((passed + 1))
    fi
}

# records_with STATUS-REGEX DIR: "object (record)" of the compiles whose
# status matches: the object relative to WORK/src, the record's directory
# under DIR
records_with() {
    local r
    for r in "$2"/c.*; do
        grep -Eq "$1" "$r/status" 2>/dev/null || continue
        awk -F"$TAB" -v r="${r##*/}" -v root="$WORK/src/" '
            { d = $1; if (index(d, root) == 1) d = substr(d, length(root) + 1); print d "/" $2 " (" r ")" }' "$r/cmd"
    done
}

declare -A version
for cb in $CODEBASES; do
    t0=$(date +%s)
    unset -f cb_build
    . "$here/codebases/$cb.sh"
    version[$cb]=$CB_VERSION
    papt_source "$CB_PACKAGE" "$CB_VERSION" "$WORK/src" > "$LOGS/source-$cb.log" 2>&1 ||
        { tail -n 20 "$LOGS/source-$cb.log" >&2; die "$cb: cannot fetch source package $CB_PACKAGE=$CB_VERSION"; }
    root=$WORK/src/$CB_PACKAGE
    rec=$WORK/records/$cb
    mkdir -p "$rec"
    rc=0
    (cd "$root" && OUTSIDE_CC="$CC" OUTSIDE_RECORD="$rec" SOURCE_DATE_EPOCH=$t_start \
        cb_build "$here/cc-thrice.sh" "-fplugin=$PLUGIN -fplugin-arg-asmclobber-level=1") \
        > "$LOGS/build-$cb.log" 2>&1 </dev/null || rc=$?

    [ "$rc" = 0 ] && : > "$RES/build-$cb.txt" ||
        { echo "make exit $rc, see $LOGS/build-$cb.log"; grep -E -m 10 ': (error|fatal error): |\*\*\*' "$LOGS/build-$cb.log"; } > "$RES/build-$cb.txt" || true
    check "$cb" "the build failed" "$RES/build-$cb.txt"
    for r in "$rec"/c.*; do
        grep -El "$crash_re" "$r"/*.err 2>/dev/null | sed 's/$/: crash/' || true
    done > "$RES/crash-$cb.txt"
    check "$cb" "compiler crashes or plugin load failures" "$RES/crash-$cb.txt"
    records_with '^plugin-fail' "$rec" > "$RES/plugin-fail-$cb.txt"
    check "$cb" "objects that build without the plugin and fail with it" "$RES/plugin-fail-$cb.txt"
    records_with 'differ' "$rec" > "$RES/differ-$cb.txt"
    check "$cb" "objects that differ from the build without the plugin" "$RES/differ-$cb.txt"
    records_with '^werror' "$rec" > "$RES/werror-$cb.txt"
    records_with '^no-plugin' "$rec" > "$RES/no-plugin-$cb.txt"

    : > "$RES/findings-$cb-L1.raw"; : > "$RES/findings-$cb-L2.raw"
    for r in "$rec"/c.*; do
        [ -f "$r/L2.err" ] || continue
        dir=$(cut -f1 "$r/cmd")
        parse_findings "$cb" 1 "$dir" "$root" < "$r/L1.err" >> "$RES/findings-$cb-L1.raw"
        parse_findings "$cb" 2 "$dir" "$root" < "$r/L2.err" >> "$RES/findings-$cb-L2.raw"
    done
    nw=$(count_warnings "$rec"/c.*/L[12].err)
    np=$(cat "$RES/findings-$cb-L1.raw" "$RES/findings-$cb-L2.raw" | wc -l)
    { lost_findings "$RES/findings-$cb-L1.raw" "$RES/findings-$cb-L2.raw"
      [ "$nw" = "$np" ] || echo "$nw asmclobber diagnostics but $np parsed"; } > "$RES/lost-$cb.txt"
    check "$cb" "level-1 findings not reported at level 2, or diagnostics not parsed" "$RES/lost-$cb.txt"

    nc=$(cat "$rec"/c.*/status /dev/null | grep -c -v -E '^(no-plugin|ref-fail)' || true)
    say "$cb $CB_VERSION: $nc C compiles with the plugin, $(wc -l < "$RES/werror-$cb.txt") stopped by -Werror at level 1, $(wc -l < "$RES/no-plugin-$cb.txt") C compiles the hook did not reach, $nw diagnostics ($(( $(date +%s) - t0 )) s)"
    sed 's/^/    stopped by -Werror: /' "$RES/werror-$cb.txt"
    sed 's/^/    not reached by the hook: /' "$RES/no-plugin-$cb.txt"
done

found=$RES/findings.tsv
merge_levels "$RES"/findings-*-L*.raw > "$found"
exp_header='# asmclobber findings on system software outside Linux, checked by
# testsuite/outside/check-outside.sh (code bases: codebases/*.sh).
# codebase<TAB>level<TAB>file<TAB>line<TAB>function<TAB>instruction<TAB>class<TAB>verdict
# verdict: "hazard: <reason>", "latent: <reason>" or "false-alarm: <reason>"
# (what moves, and why it matters or why it cannot); regenerate with
# UPDATE=1 after a change, then give every new finding a verdict.'
versions=$(for cb in $CODEBASES; do echo "# source-version: $cb ${version[$cb]}"; done)
f0=$failures
compare_expectations "$EXPECT" "$found" "$RES" "$CODEBASES" "$exp_header" "$versions"
failed=$((failed + failures - f0)); passed=$((passed + 2 - (failures - f0)))

# level_counts FILE LEVEL: "N (H hazard, L latent, F false-alarm)" for
# the expectations FILE has at LEVEL
level_counts() {
    printf '%s (%s hazard, %s latent, %s false-alarm)' \
        "$(awk -F"$TAB" -v l="$2" '$2 == l' "$1" | wc -l)" \
        "$(verdict_count "$1" hazard "$2")" "$(verdict_count "$1" latent "$2")" \
        "$(verdict_count "$1" false-alarm "$2")"
}
if [ "$UPDATE" = 0 ]; then
    exp=$RES/expected.tsv
    for cb in $CODEBASES; do
        awk -F"$TAB" -v c="$cb" '$1 == c' "$exp" > "$RES/expected-$cb.tsv"
        say "$cb: level 1: $(level_counts "$RES/expected-$cb.tsv" 1); level 2 only: $(level_counts "$RES/expected-$cb.tsv" 2)"
    done
    say "level 1: $(verdict_count "$exp" hazard 1) hazard, $(verdict_count "$exp" latent 1) latent, $(verdict_count "$exp" false-alarm 1) false-alarm"
fi
for cb in $CODEBASES; do
    evidence_notes "$WORK/records/$cb"/c.*/L[12].err | sed "s|^|$cb: |"
done > "$RES/evidence.txt"
say "evidence: $(wc -l < "$RES/evidence.txt") notes on what these builds moved, merged or deleted"
sed 's/^/    /' "$RES/evidence.txt"
say "total $(( $(date +%s) - t_start )) s; results in $RES"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
