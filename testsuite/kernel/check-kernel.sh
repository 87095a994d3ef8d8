#!/bin/bash
# check-kernel.sh - run the asmclobber plugin over part of real Linux 6.12
# and 7.2 kernel builds (x86_64 and i386 defconfig) and check, for each
# kernel, four things:
#
#   1. robustness: no compiler crash (ICE, segfault, plugin load failure) and
#      no object that compiles without the plugin fails to compile with it;
#   2. transparency: every object is byte-identical with and without the
#      plugin, at every level (the plugin only diagnoses, it never changes
#      code);
#   3. findings: the warnings at -fplugin-arg-asmclobber-level=1 and =2 match
#      the reviewed expectations file, finding for finding;
#   4. kernel integration: contrib/kernel/gcc-plugin-asmclobber-KERNEL.patch
#      (CONFIG_GCC_PLUGIN_ASMCLOBBER) applies and works: see below.
#
# Usage (normally from `make check-kernel`):
#   PLUGIN=/path/asmclobber.so CC=gcc-12 WORK=/tmp/kwork \
#       bash testsuite/kernel/check-kernel.sh
#
# Kernels: KERNEL lists them (default "6.12 7.2"); with more than one the
# script runs itself once per kernel, one after the other, and exits with
# the worst status.  Each kernel has its own work directory WORK/KERNEL,
# expectations (expected-findings-KERNEL.tsv next to this script) and
# integration patch, and its source is Debian's linux-source-KERNEL:
#   6.12  installed on the machine (Debian 12: apt-get install
#         linux-source-6.12), /usr/src/linux-source-6.12.tar.xz;
#   7.2   fetched from Debian unstable (KERNEL_SUITE) through a private apt
#         configuration in WORK/7.2/apt made from the machine's own apt
#         sources (testsuite/lib/private-apt.sh): the .deb is downloaded
#         into WORK/7.2/pkg, checked against the signed index's SHA256,
#         kept while it is the version wanted, and unpacked with
#         dpkg-deb -x (~10 s, 160 MB; apt-get update of unstable ~5 s).
#
# Environment:
#   PLUGIN          path to asmclobber.so (required)
#   CC              compiler the plugin was built for (default gcc-12)
#   HOSTCC          compiler for kernel host tools (default $CC)
#   WORK            scratch directory (default ./kernel-work), one
#                   subdirectory per kernel; the tarball is unpacked only
#                   once per WORK/KERNEL, the configured trees are reused as
#                   long as CC and the tarball do not change
#   KERNEL          kernel series, default "6.12 7.2"; the variables below
#                   up to KERNEL_PKG_VERSION are for a single one
#   EXPECT          expectations file (default expected-findings-KERNEL.tsv
#                   next to this script)
#   KERNEL_TARBALL  the kernel's source tarball; default
#                   /usr/src/linux-source-KERNEL.tar.xz when KERNEL_SUITE is
#                   empty, else the one in the package fetched from there
#   KERNEL_SUITE    Debian suite to fetch linux-source-KERNEL from (7.2:
#                   unstable; 6.12: empty, the installed package)
#   KERNEL_PKG_VERSION  the package version to fetch (default: the suite's)
#   ARCHES          default "x86_64 i386"; a subset compares (and with
#                   UPDATE=1 rewrites) only the entries of those arches
#   LEVELS          default "1 2" (anything else is for debugging only: the
#                   level field of level-2 findings is then not comparable)
#   JOBS            make -j value (default: number of CPUs)
#   INTEGRATION     1 (default): also run the kernel integration stage after
#                   the builds; 0: skip it; only: run only that stage (no
#                   reference/level builds, no expectations; ~20 s when its
#                   tree is already prepared, ~55 s otherwise, plus the
#                   unpacking if WORK is empty)
#   KERNEL_PATCH    default contrib/kernel/gcc-plugin-asmclobber-KERNEL.patch
#                   of this source tree
#   UPDATE=1        rewrite $EXPECT from what was found: verdicts of
#                   unchanged findings are kept, verdicts of findings that only
#                   moved (same arch/file/function/insn/class, other line or
#                   level) are carried over, new findings get "TODO: review".
#                   The robustness and transparency checks still apply.
#
# What is compiled: the C objects that the configuration builds under
# arch/x86/kernel/ (with cpu/, apic/, ...), arch/x86/mm/, arch/x86/entry/
# (with vdso/), arch/x86/xen/ when CONFIG_XEN=y, and kernel/sched/core.o.
# One O= tree per arch is built three times (no plugin, level 1, level 2);
# before each build exactly the listed objects are deleted so that they and
# only they are recompiled (kbuild also recompiles asm-offsets, bounds and
# devicetable-offsets because KCFLAGS changed; their diagnostics count too).
# make runs with -Otarget so one compiler's diagnostics stay together.
# Cost on 2 cores, per kernel: 6.12 ~70 s per build round for both arches
# on an idle host (~7.5 CPU-minutes per run), 4.3 minutes in total from an
# empty WORK (unpack 10 s, configure+prepare 25 s); 7.2 ~9.5 CPU-minutes
# (fetch 3-6 s, unpack 26 s, configure+prepare ~65 s).  Both kernels took
# 18.5 minutes (17.4 CPU-minutes) with configured trees on a host shared
# with other builds; see README.
#
# Kernel integration (stage 4): the patch is applied to $WORK/src-kint, a
# hard-linked copy of $WORK/src whose patched files are private copies, so
# $WORK/src and the out-$arch trees (and their objects) are never touched.
# Whether an existing src-kint is patched is tested with patch -R --dry-run.
# A separate O= tree, $WORK/out-kint, is configured for x86_64 (defconfig +
# GCC_PLUGINS + GCC_PLUGIN_ASMCLOBBER, WERROR off) and prepared once; then
# arch/x86/kernel/ldt.o (the known lldt finding in load_mm_ldt()) is built
# four times, with the compile command read from kbuild's .ldt.o.cmd:
#   make W=1 ASMCLOBBER_PLUGIN=$PLUGIN: -fplugin=$PLUGIN,
#       -fplugin-arg-asmclobber-level=2 and -DASMCLOBBER_PLUGIN, and more
#       lldt warnings than at W=0 (level 2 adds the selector-0 lldt);
#   make ASMCLOBBER_PLUGIN=$PLUGIN: level=1, the lldt warning;
#   the same with "ccflags-y += $(DISABLE_ASMCLOBBER_PLUGIN)" appended to the
#       tree's arch/x86/kernel/Makefile (a private copy, restored right
#       after): -fplugin-arg-asmclobber-disable after level=1, no warning;
#   make without ASMCLOBBER_PLUGIN, KCFLAGS=-iplugindir=DIR (DIR holds an
#       asmclobber.so link and stands in for GCC's plugin directory):
#       -fplugin=asmclobber, the lldt warning.
# ldt.o must be the same in all four builds and, in a full run, the same as
# in the reference build of out-x86_64, whose configuration may differ only
# by CONFIG_GCC_PLUGIN_ASMCLOBBER.  Cost on 2 cores: ~18 s for the four
# builds, plus ~35 s the first time (copy 2 s, configure, prepare); the
# copy takes ~25 MB (directories and the few private files).
#
# Findings file format (results/findings.tsv, and $EXPECT): as described in
# testsuite/lib/findings.sh, with the arch (x86_64 or i386) as the scope.
# For header code the location is the header line (asm/desc.h:205); the
# function is the out-of-line caller the asm was inlined into, because
# that is what a verdict is about (the same lldt in native_set_ldt() can be
# a hazard in one caller and harmless in another).  Identical findings
# from several objects (same static inline in several files) are listed
# once.
#
# Exit status: 0 pass, 1 check failed, 2 setup/infrastructure error.
set -euo pipefail

# GCC quotes with U+2018/U+2019 in a UTF-8 locale; kbuild unexports LC_ALL,
# so set the individual variables too.
export LANG=C LC_ALL=C LC_CTYPE=C LC_MESSAGES=C
unset KCFLAGS KCPPFLAGS KAFLAGS KBUILD_OUTPUT ARCH CROSS_COMPILE 2>/dev/null || true

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PLUGIN=${PLUGIN:-}
CC=${CC:-gcc-12}
HOSTCC=${HOSTCC:-$CC}
WORK=${WORK:-$PWD/kernel-work}
KERNEL=${KERNEL:-6.12 7.2}
ARCHES=${ARCHES:-x86_64 i386}
LEVELS=${LEVELS:-1 2}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
UPDATE=${UPDATE:-0}
INTEGRATION=${INTEGRATION:-1}
TAB=$'\t'

# Where each kernel's source comes from: Debian's linux-source-KERNEL,
# installed on the machine (empty) or fetched from this suite.
declare -A kernel_suite=([6.12]="" [7.2]=unstable)

t_start=$(date +%s)
say()  { printf 'check-kernel%s: %s\n' "${ck_kernel:+ $ck_kernel}" "$*"; }
die()  { printf 'check-kernel%s: ERROR: %s\n' "${ck_kernel:+ $ck_kernel}" "$*" >&2; exit 2; }
step() { local t0=$1; shift; say "$* ($(( $(date +%s) - t0 )) s)"; }

# parse_findings, merge_levels, compare_expectations (the findings format)
. "$here/../lib/findings.sh"

# Parser self-test entry: check-kernel.sh --parse ARCH LEVEL < gcc-stderr
# (SRC= the kernel tree prefix to strip, default $WORK/src).
if [ "${1:-}" = --parse ]; then
    parse_findings "$2" "$3" "" "${SRC:-$WORK/src}" "$WORK/out-$2"
    exit 0
fi

# ------------------------------------------------------- several kernels
# One run of this script per kernel, each in WORK/KERNEL; the status is the
# worst of theirs (a setup error in one does not skip the others).
if [ "$(wc -w <<< "$KERNEL")" -gt 1 ]; then
    for v in EXPECT KERNEL_TARBALL KERNEL_PATCH KERNEL_SUITE KERNEL_PKG_VERSION; do
        [ -z "${!v:-}" ] || die "$v is for one kernel: set KERNEL to one of $KERNEL"
    done
    worst=0 summary=""
    for k in $KERNEL; do
        t0=$(date +%s) rc=0
        KERNEL=$k bash "${BASH_SOURCE[0]}" || rc=$?
        case $rc in 0) st=PASS;; 1) st=FAIL;; *) st="ERROR (exit $rc)";; esac
        summary="$summary${summary:+, }$k $st ($(( $(date +%s) - t0 )) s)"
        [ "$rc" -le "$worst" ] || worst=$rc
    done
    st=PASS; [ "$worst" = 0 ] || st=FAIL
    say "$st: $summary; total $(( $(date +%s) - t_start )) s"
    exit "$worst"
fi
ck_kernel=$KERNEL
[[ $KERNEL =~ ^[0-9]+\.[0-9]+$ ]] || die "KERNEL must be a kernel series such as 6.12, not '$KERNEL'"
EXPECT=${EXPECT:-$here/expected-findings-$KERNEL.tsv}
KERNEL_PATCH=${KERNEL_PATCH:-$here/../../contrib/kernel/gcc-plugin-asmclobber-$KERNEL.patch}
KERNEL_SUITE=${KERNEL_SUITE-${kernel_suite[$KERNEL]:-}}
KERNEL_PKG_VERSION=${KERNEL_PKG_VERSION:-}
KERNEL_PACKAGE=linux-source-$KERNEL
if [ -z "${KERNEL_TARBALL:-}" ] && [ -z "$KERNEL_SUITE" ]; then
    KERNEL_TARBALL=/usr/src/$KERNEL_PACKAGE.tar.xz
fi

[ -n "$PLUGIN" ] || die "PLUGIN is not set (path to asmclobber.so)"
[ -f "$PLUGIN" ] || die "PLUGIN $PLUGIN does not exist"
PLUGIN=$(cd "$(dirname "$PLUGIN")" && pwd)/$(basename "$PLUGIN")
command -v "$CC" >/dev/null || die "compiler $CC not found"
if [ -n "${KERNEL_TARBALL:-}" ]; then
    [ -f "$KERNEL_TARBALL" ] || die "kernel tarball $KERNEL_TARBALL not found (apt-get install $KERNEL_PACKAGE)"
else
    for t in apt-get curl sha256sum dpkg-deb; do
        command -v "$t" >/dev/null || die "$t not found (apt-get install curl, to fetch $KERNEL_PACKAGE from $KERNEL_SUITE)"
    done
fi
case $UPDATE in 0|1) ;; *) die "UPDATE must be 0 or 1";; esac
case $INTEGRATION in 0|1|only) ;; *) die "INTEGRATION must be 0, 1 or only";; esac
if [ "$INTEGRATION" != 0 ]; then
    [ -f "$KERNEL_PATCH" ] || die "kernel patch $KERNEL_PATCH not found"
    KERNEL_PATCH=$(cd "$(dirname "$KERNEL_PATCH")" && pwd)/$(basename "$KERNEL_PATCH")
fi
if [ "$UPDATE" = 0 ] && [ "$INTEGRATION" != only ] && [ ! -f "$EXPECT" ]; then
    die "expectations file $EXPECT not found (create it with UPDATE=1)"
fi

WORK=$WORK/$KERNEL
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
SRC=$WORK/src
LOGS=$WORK/logs
RES=$WORK/results
rm -rf "$LOGS" "$RES"
mkdir -p "$LOGS" "$RES"

# The plugin must load at all before we spend minutes on the kernel.
if ! echo 'int x;' | "$CC" -fplugin="$PLUGIN" -fplugin-arg-asmclobber-level=1 \
        -x c -c -o /dev/null - 2>"$LOGS/plugin-smoke.log"; then
    cat "$LOGS/plugin-smoke.log" >&2
    die "$CC cannot load $PLUGIN"
fi

# ----------------------------------------------------------------- fetch
# From KERNEL_SUITE: linux-source-KERNEL's .deb into WORK/pkg (checked
# against the signed index; kept, and not fetched again, while it is the
# version wanted), unpacked with dpkg-deb -x into WORK/pkg/root.
if [ -z "${KERNEL_TARBALL:-}" ]; then
    . "$here/../lib/private-apt.sh"
    t0=$(date +%s)
    private_apt_init "$WORK/apt" deb "$KERNEL_SUITE" > "$LOGS/apt-update.log" 2>&1 ||
        { tail -n 20 "$LOGS/apt-update.log" >&2; die "apt-get update with the private configuration ($KERNEL_SUITE) failed, see $LOGS/apt-update.log"; }
    deb=$(papt_download "$KERNEL_PACKAGE" "$KERNEL_PKG_VERSION" "$WORK/pkg" 2> "$LOGS/fetch.log") ||
        { cat "$LOGS/fetch.log" >&2; die "cannot fetch $KERNEL_PACKAGE${KERNEL_PKG_VERSION:+=$KERNEL_PKG_VERSION} from $KERNEL_SUITE"; }
    find "$WORK/pkg" -maxdepth 1 -name "${KERNEL_PACKAGE}_*.deb" ! -name "$(basename "$deb")" -delete
    KERNEL_TARBALL=$WORK/pkg/root/usr/src/$KERNEL_PACKAGE.tar.xz
    if [ ! -f "$WORK/pkg/root/.asmclobber-unpacked" ] || \
       [ "$(cat "$WORK/pkg/root/.asmclobber-unpacked")" != "$(basename "$deb")" ]; then
        rm -rf "$WORK/pkg/root"
        dpkg-deb -x "$deb" "$WORK/pkg/root" || die "dpkg-deb -x $deb failed"
        [ -f "$KERNEL_TARBALL" ] || die "$(basename "$deb") has no $KERNEL_TARBALL"
        basename "$deb" > "$WORK/pkg/root/.asmclobber-unpacked"
    fi
    step "$t0" "$(basename "$deb") from $KERNEL_SUITE"
fi

# ---------------------------------------------------------------- unpack
tarball_id="$(readlink -f "$KERNEL_TARBALL") $(stat -c '%s %Y' "$KERNEL_TARBALL")"
if [ ! -f "$SRC/.asmclobber-unpacked" ] || \
   [ "$(cat "$SRC/.asmclobber-unpacked")" != "$tarball_id" ]; then
    t0=$(date +%s)
    rm -rf "$SRC" "$WORK"/out-*
    mkdir -p "$SRC"
    tar -xf "$KERNEL_TARBALL" -C "$SRC" --strip-components=1
    echo "$tarball_id" > "$SRC/.asmclobber-unpacked"
    step "$t0" "unpacked $(basename "$KERNEL_TARBALL")"
fi
kver=$(make -s -C "$SRC" kernelversion 2>/dev/null | tail -n1)
say "kernel $kver, compiler $("$CC" --version | head -n1), plugin $PLUGIN"

kmake() {   # kmake ARCH make-args...
    local arch=$1; shift
    make -C "$SRC" O="$WORK/out-$arch" ARCH="$arch" CC="$CC" HOSTCC="$HOSTCC" "$@"
}

cc_id="$("$CC" --version | head -n1) $(command -v "$CC") $HOSTCC $tarball_id"

crash_re='internal compiler error|Segmentation fault|failed to initialize plugin|cannot load plugin|signal terminated program|Killed signal|is not licensed under a GPL-compatible license|plugin .* was not found'

# ------------------------------------------------------ kernel integration
# Stage 4 (see the header): contrib/kernel's patch in a tree of its own.
# $WORK/src and the out-$arch trees are never touched: the patch goes into
# src-kint, a hard-linked copy of $WORK/src in which the files the patch
# changes (and, for the opt-out build, arch/x86/kernel/Makefile) are private
# copies, and out-kint is a separate O= tree.
kint_crash_re="$crash_re|inaccessible plugin file"
kint_mk=arch/x86/kernel/Makefile
kint_obj=arch/x86/kernel/ldt.o

kimake() {   # kimake make-args...: make in the patched x86_64 tree
    make -C "$WORK/src-kint" O="$WORK/out-kint" ARCH=x86_64 CC="$CC" HOSTCC="$HOSTCC" "$@" </dev/null
}

kint_fail() { say "FAIL kernel integration: $*"; failures=$((failures + 1)); }

# kint_build TAG DESCRIPTION make-args...: rebuild ldt.o; sets kint_cmd (the
# compile command from kbuild's .ldt.o.cmd, padded with blanks), kint_nw
# (asmclobber warnings) and kint_nl (those about lldt); false if make failed
kint_build() {
    local tag=$1 desc=$2 t0 rc=0 err=$LOGS/kint-$1.err; shift 2
    t0=$(date +%s)
    rm -f "$WORK/out-kint/$kint_obj"
    kimake -j"$JOBS" -Otarget "$@" "$kint_obj" > "$LOGS/kint-$tag.out" 2> "$err" || rc=$?
    kint_cmd=" $(head -n1 "$WORK/out-kint/arch/x86/kernel/.ldt.o.cmd" 2>/dev/null | sed 's/^[^=]*:= //') "
    kint_nw=$(grep -c 'warning: .*\[asmclobber:' "$err" || true)
    kint_nl=$(grep -c "warning: 'asm' executing 'lldt'.*\[asmclobber:" "$err" || true)
    if grep -Eq "$kint_crash_re" "$err"; then
        kint_fail "$desc: compiler crash or plugin load failure:"
        grep -E -m 10 "$kint_crash_re" "$err" | sed 's/^/    /'
        rc=1
    elif [ "$rc" != 0 ] || [ ! -f "$WORK/out-kint/$kint_obj" ]; then
        kint_fail "$desc: make exit $rc, see $err"
        grep -E -m 10 ': (error|fatal error): |\*\*\*' "$err" | sed 's/^/    /' || true
        rc=1
    fi
    cp "$WORK/out-kint/$kint_obj" "$RES/kint-$tag-ldt.o" 2>/dev/null || true
    step "$t0" "kernel integration: $desc: $(tr ' ' '\n' <<< "$kint_cmd" | grep -E -- '^-(fplugin|DASMCLOBBER|iplugindir)' | tr '\n' ' ')-> $kint_nw asmclobber warnings ($kint_nl about lldt)"
    [ "$rc" = 0 ]
}
has_flag() { [[ $kint_cmd == *" $1 "* ]]; }
need_flag() {   # need_flag DESC FLAG...: each FLAG must be in kint_cmd
    local desc=$1 f; shift
    for f; do has_flag "$f" || kint_fail "$desc: '$f' is not in the compile command"; done
}
refuse_flag() {  # refuse_flag DESC FLAG...: no FLAG may be in kint_cmd
    local desc=$1 f; shift
    for f; do has_flag "$f" && kint_fail "$desc: '$f' is in the compile command"; done
    return 0
}

kernel_integration() {
    local t_int ksrc=$WORK/src-kint kout=$WORK/out-kint t0 f kid fails0=$failures
    local lvl1=-fplugin-arg-asmclobber-level=1 lvl2=-fplugin-arg-asmclobber-level=2
    local dis=-fplugin-arg-asmclobber-disable
    t_int=$(date +%s)
    [ -f "$KERNEL_PATCH" ] || die "kernel patch $KERNEL_PATCH not found"
    kid="$cc_id $(sha256sum < "$KERNEL_PATCH" | cut -d' ' -f1)"
    # an interrupted run may have left the opt-out line in the Makefile
    [ -f "$ksrc/$kint_mk" ] && ln -f "$SRC/$kint_mk" "$ksrc/$kint_mk"
    if [ ! -f "$kout/.asmclobber-configured" ] || \
       [ "$(cat "$kout/.asmclobber-configured")" != "$kid" ] || \
       ! (cd "$ksrc" && patch -p1 -R -s -f --dry-run < "$KERNEL_PATCH") > /dev/null 2>&1; then
        t0=$(date +%s)
        rm -rf "$ksrc" "$kout"
        cp -al "$SRC" "$ksrc" 2>/dev/null || { rm -rf "$ksrc"; cp -a "$SRC" "$ksrc"; }
        for f in $(sed -n 's,^+++ b/\([^[:space:]]*\).*,\1,p' "$KERNEL_PATCH"); do
            [ -f "$ksrc/$f" ] || continue
            cp "$ksrc/$f" "$ksrc/$f.kint" && mv -f "$ksrc/$f.kint" "$ksrc/$f"
        done
        if ! (cd "$ksrc" && patch -p1 -f --no-backup-if-mismatch < "$KERNEL_PATCH") > "$LOGS/kint-patch.log" 2>&1; then
            kint_fail "$(basename "$KERNEL_PATCH") does not apply to $kver:"
            sed 's/^/    /' "$LOGS/kint-patch.log"
            rm -rf "$ksrc"
            return
        fi
        grep -E 'offset|fuzz' "$LOGS/kint-patch.log" | sed 's/^/check-kernel: note: /' || true
        mkdir -p "$kout"
        kimake defconfig > "$LOGS/kint-config.log" 2>&1 || die "kernel integration: defconfig failed, see $LOGS/kint-config.log"
        "$ksrc/scripts/config" --file "$kout/.config" --disable WERROR \
            --enable GCC_PLUGINS --enable GCC_PLUGIN_ASMCLOBBER
        kimake olddefconfig >> "$LOGS/kint-config.log" 2>&1 || die "kernel integration: olddefconfig failed, see $LOGS/kint-config.log"
        grep -qx 'CONFIG_GCC_PLUGINS=y' "$kout/.config" || \
            die "kernel integration: CONFIG_GCC_PLUGINS cannot be enabled (it needs the plugin headers of $CC: apt-get install gcc-12-plugin-dev)"
        if ! grep -qx 'CONFIG_GCC_PLUGIN_ASMCLOBBER=y' "$kout/.config"; then
            kint_fail "CONFIG_GCC_PLUGIN_ASMCLOBBER cannot be enabled in the patched tree, see $LOGS/kint-config.log"
            return
        fi
        kimake -j"$JOBS" ASMCLOBBER_PLUGIN="$PLUGIN" prepare > "$LOGS/kint-prepare.log" 2>&1 || {
            kint_fail "make prepare failed in the patched tree, see $LOGS/kint-prepare.log"
            tail -n 10 "$LOGS/kint-prepare.log" | sed 's/^/    /'
            return
        }
        echo "$kid" > "$kout/.asmclobber-configured"
        step "$t0" "kernel integration: $(basename "$KERNEL_PATCH") applied to a copy of the tree, x86_64 configured (defconfig, GCC_PLUGINS, GCC_PLUGIN_ASMCLOBBER, WERROR off) and prepared"
    fi

    # W=1: level 2.  In ldt.o level 2 adds the lldt of load_mm_ldt() with
    # selector 0 to the level-1 finding, so the plugin really ran at level 2.
    local d1="make W=1 $kint_obj" n1=-1
    if kint_build W1 "$d1" W=1 ASMCLOBBER_PLUGIN="$PLUGIN"; then
        need_flag "$d1" "-fplugin=$PLUGIN" "$lvl2" -DASMCLOBBER_PLUGIN
        refuse_flag "$d1" "$lvl1" "$dis"
        n1=$kint_nl
    fi
    # W=0: level 1, the known lldt hazard in load_mm_ldt() (asm/desc.h)
    local d0="make $kint_obj" n0=-1
    if kint_build W0 "$d0" ASMCLOBBER_PLUGIN="$PLUGIN"; then
        need_flag "$d0" "-fplugin=$PLUGIN" "$lvl1" -DASMCLOBBER_PLUGIN
        refuse_flag "$d0" "$lvl2" "$dis"
        [ "$kint_nl" -ge 1 ] || kint_fail "$d0: no warning about lldt (the level-1 finding in load_mm_ldt()); see $LOGS/kint-W0.err"
        n0=$kint_nl
        [ "$n1" -lt 0 ] || [ "$n1" -gt "$n0" ] || \
            kint_fail "W=1 gave $n1 lldt warnings, W=0 $n0: level 2 should report more in ldt.o"
    fi
    # opt-out: what a directory Makefile does, in a private copy of
    # arch/x86/kernel/Makefile, taken back right after the build
    local dd="ccflags-y += \$(DISABLE_ASMCLOBBER_PLUGIN) in $kint_mk, make $kint_obj"
    cp "$ksrc/$kint_mk" "$ksrc/$kint_mk.kint" && mv -f "$ksrc/$kint_mk.kint" "$ksrc/$kint_mk"
    printf '\n# check-kernel.sh: opt-out test\nccflags-y += $(DISABLE_ASMCLOBBER_PLUGIN)\n' >> "$ksrc/$kint_mk"
    if kint_build optout "$dd" ASMCLOBBER_PLUGIN="$PLUGIN"; then
        need_flag "$dd" "-fplugin=$PLUGIN" "$lvl1" "$dis"
        [[ $kint_cmd == *" $lvl1 "*" $dis "* ]] || kint_fail "$dd: '$dis' does not come after '$lvl1'"
        [ "$kint_nw" = 0 ] || kint_fail "$dd: $kint_nw asmclobber warnings, expected none; see $LOGS/kint-optout.err"
    fi
    ln -f "$SRC/$kint_mk" "$ksrc/$kint_mk"
    # no ASMCLOBBER_PLUGIN: the short name, found in the plugin directory
    # (-iplugindir= stands in for GCC's own, where `make install` puts it)
    local dn="make $kint_obj (default ASMCLOBBER_PLUGIN, plugin directory with asmclobber.so)"
    mkdir -p "$WORK/kint-plugindir"
    ln -sf "$PLUGIN" "$WORK/kint-plugindir/asmclobber.so"
    if kint_build name "$dn" KCFLAGS="-iplugindir=$WORK/kint-plugindir"; then
        need_flag "$dn" -fplugin=asmclobber "$lvl1"
        [ "$kint_nl" -ge 1 ] || kint_fail "$dn: no warning about lldt; see $LOGS/kint-name.err"
    fi

    # the plugin never changes code: every build gives the same ldt.o, and
    # (with x86_64 built above) so does the reference build without the
    # patch and the plugin, from a configuration that differs only by
    # CONFIG_GCC_PLUGIN_ASMCLOBBER
    local ref=$WORK/objs/x86_64/$kint_obj tag differ=""
    for tag in W1 W0 optout name; do
        [ -f "$RES/kint-$tag-ldt.o" ] || continue
        cmp -s "$RES/kint-$tag-ldt.o" "$RES/kint-W0-ldt.o" || differ="$differ $tag"
    done
    [ -z "$differ" ] || kint_fail "ldt.o differs between the builds:$differ (W0 is the reference)"
    if [ "$INTEGRATION" = 1 ] && [[ " $ARCHES " == *" x86_64 "* ]] && [ -f "$ref" ]; then
        local cdiff
        cdiff=$(diff <(grep -v '^#' "$WORK/out-x86_64/.config" | grep .) \
                     <(grep -v '^#' "$kout/.config" | grep . | grep -vx 'CONFIG_GCC_PLUGIN_ASMCLOBBER=y') || true)
        [ -z "$cdiff" ] || { kint_fail "the configuration differs from out-x86_64 by more than CONFIG_GCC_PLUGIN_ASMCLOBBER:"; printf '%s\n' "$cdiff" | head -n 20 | sed 's/^/    /'; }
        if [ -f "$RES/kint-W0-ldt.o" ] && ! cmp -s "$RES/kint-W0-ldt.o" "$ref"; then
            kint_fail "ldt.o of the patched tree (W=0) differs from the reference build of out-x86_64"
        fi
        say "kernel integration: ldt.o identical in all builds and to the reference build without the patch and the plugin"
    elif [ -z "$differ" ]; then
        say "kernel integration: ldt.o identical in all builds (no x86_64 reference build in this run to compare with)"
    fi
    local st=PASS; [ "$failures" = "$fails0" ] || st=FAIL
    step "$t_int" "kernel integration: $st"
}

failures=0
if [ "$INTEGRATION" = only ]; then
    kernel_integration
    status=PASS; [ "$failures" -eq 0 ] || status=FAIL
    say "$status: kernel integration only (INTEGRATION=only), kernel $kver, failed checks $failures, total $(( $(date +%s) - t_start ))s; logs in $LOGS"
    exit $(( failures == 0 ? 0 : 1 ))
fi

# ------------------------------------------------------- configure+prepare
for arch in $ARCHES; do
    out=$WORK/out-$arch
    if [ -f "$out/.asmclobber-configured" ] && \
       [ "$(cat "$out/.asmclobber-configured")" = "$cc_id" ]; then
        continue
    fi
    t0=$(date +%s)
    rm -rf "$out"; mkdir -p "$out"
    kmake "$arch" defconfig > "$LOGS/config-$arch.log" 2>&1 || die "defconfig failed for $arch, see $LOGS/config-$arch.log"
    "$SRC/scripts/config" --file "$out/.config" --disable WERROR
    kmake "$arch" olddefconfig >> "$LOGS/config-$arch.log" 2>&1 || die "olddefconfig failed for $arch"
    grep -qx 'CONFIG_USE_X86_SEG_SUPPORT=y' "$out/.config" || \
        die "$arch: CONFIG_USE_X86_SEG_SUPPORT is not y (needs CC_HAS_NAMED_AS: GCC >= 6 with __seg_gs, and CONFIG_SMP); findings would not be comparable"
    grep -qx 'CONFIG_WERROR=y' "$out/.config" && die "$arch: CONFIG_WERROR still set"
    kmake "$arch" -j"$JOBS" prepare > "$LOGS/prepare-$arch.log" 2>&1 || die "make prepare failed for $arch, see $LOGS/prepare-$arch.log"
    echo "$cc_id" > "$out/.asmclobber-configured"
    step "$t0" "$arch: configured (defconfig, WERROR off) and prepared"
done

targets_for() {   # make goals for one arch
    local out=$WORK/out-$1
    local t="arch/x86/kernel/ arch/x86/mm/ arch/x86/entry/ kernel/sched/core.o"
    grep -qx 'CONFIG_XEN=y' "$out/.config" && t="$t arch/x86/xen/"
    echo "$t"
}

list_objects() {  # C objects built by $(CC) for the kernel, from kbuild's .cmd files
    local out=$WORK/out-$1
    (
        cd "$out"
        {
            for d in arch/x86/kernel arch/x86/mm arch/x86/entry arch/x86/xen; do
                [ -d "$d" ] && find "$d" -name '.*.o.cmd'
            done
            [ -f kernel/sched/.core.o.cmd ] && echo kernel/sched/.core.o.cmd
        } | sort | while read -r c; do
            first=$(head -n1 "$c")
            case $first in
                *' -D__ASSEMBLY__ '*) continue;;
                *' -D__KERNEL__ '*) ;;
                *) continue;;
            esac
            [[ $first =~ \.c[[:space:]]*$ ]] || continue
            o=${first#savedcmd_}; o=${o%% :=*}
            [ -f "$o" ] && echo "$o"
        done
    )
}

# build ARCH TAG KCFLAGS: delete the listed objects, rebuild, report status
build_round() {
    local arch=$1 tag=$2 kcflags=$3 out=$WORK/out-$arch rc=0
    local list=$RES/objects-$arch.txt
    if [ -f "$list" ]; then (cd "$out" && xargs -r rm -f < "$list"); fi
    touch "$out/.asmclobber-marker"
    sleep 0.01
    kmake "$arch" -j"$JOBS" -Otarget -k KCFLAGS="$kcflags" $(targets_for "$arch") \
        > "$LOGS/build-$arch-$tag.out" 2> "$LOGS/build-$arch-$tag.err" || rc=$?
    echo "$rc"
}


failures=0
declare -A nobj
t_builds=$(date +%s)
for arch in $ARCHES; do
    out=$WORK/out-$arch
    # ---- reference build without the plugin
    t0=$(date +%s)
    [ -f "$out/arch/x86/kernel/.ldt.o.cmd" ] && list_objects "$arch" > "$RES/objects-$arch.txt"
    rc=$(build_round "$arch" base "")
    if [ "$rc" != 0 ]; then
        tail -n 30 "$LOGS/build-$arch-base.err" >&2
        die "$arch: build without the plugin failed (exit $rc), see $LOGS/build-$arch-base.err"
    fi
    list_objects "$arch" > "$RES/objects-$arch.txt"
    nobj[$arch]=$(wc -l < "$RES/objects-$arch.txt")
    [ "${nobj[$arch]}" -gt 50 ] || die "$arch: only ${nobj[$arch]} objects found, object list extraction is broken"
    stale=$(cd "$out" && while read -r o; do [ "$o" -nt .asmclobber-marker ] || echo "$o"; done < "$RES/objects-$arch.txt")
    [ -z "$stale" ] || die "$arch: objects not rebuilt by the reference build: $stale"
    rm -rf "$WORK/objs/$arch"; mkdir -p "$WORK/objs/$arch"
    (cd "$out" && xargs cp --parents -t "$WORK/objs/$arch" < "$RES/objects-$arch.txt")
    step "$t0" "$arch: reference build, ${nobj[$arch]} C objects"

    for lvl in $LEVELS; do
        t0=$(date +%s)
        tag=L$lvl
        rc=$(build_round "$arch" "$tag" "-fplugin=$PLUGIN -fplugin-arg-asmclobber-level=$lvl -fdiagnostics-color=never")
        err=$LOGS/build-$arch-$tag.err
        if grep -Eq "$crash_re" "$err"; then
            say "FAIL $arch level $lvl: compiler crash or plugin load failure:"
            grep -E -m 20 "$crash_re" "$err" | sed 's/^/    /'
            failures=$((failures + 1))
        fi
        # every object must have been rebuilt and be identical to the reference
        missing=() differ=()
        while read -r o; do
            if [ ! -f "$out/$o" ] || ! [ "$out/$o" -nt "$out/.asmclobber-marker" ]; then
                missing+=("$o")
            elif ! cmp -s "$out/$o" "$WORK/objs/$arch/$o"; then
                differ+=("$o")
            fi
        done < "$RES/objects-$arch.txt"
        if [ ${#missing[@]} -gt 0 ] || [ "$rc" != 0 ]; then
            say "FAIL $arch level $lvl: make exit $rc, ${#missing[@]} objects that build without the plugin failed with it:"
            printf '    %s\n' "${missing[@]:0:20}"
            grep -E -m 10 ': (error|fatal error): ' "$err" | sed 's/^/    /' || true
            failures=$((failures + 1))
        fi
        if [ ${#differ[@]} -gt 0 ]; then
            say "FAIL $arch level $lvl: ${#differ[@]} objects differ from the build without the plugin:"
            printf '    %s\n' "${differ[@]:0:20}"
            failures=$((failures + 1))
        fi
        parse_findings "$arch" "$lvl" "" "$SRC" "$out" < "$err" > "$RES/findings-$arch-$tag.raw"
        nw=$(count_warnings "$err")
        np=$(wc -l < "$RES/findings-$arch-$tag.raw")
        [ "$nw" = "$np" ] || { say "FAIL $arch level $lvl: $nw asmclobber warnings but $np parsed; see $err"; failures=$((failures + 1)); }
        step "$t0" "$arch: level $lvl build, $nw warnings, ${#missing[@]} failed, ${#differ[@]} differ"
    done
done
t_builds=$(( $(date +%s) - t_builds ))

# ------------------------------------------------------ merge the levels
found=$RES/findings.tsv
merge_levels "$RES"/findings-*-L*.raw > "$found"
if [ -n "$(echo $LEVELS | tr -d ' 1')" ] && [[ " $LEVELS " == *" 1 "* ]]; then
    # a level-1 finding must still be reported at higher levels
    for lvl in $LEVELS; do
        [ "$lvl" = 1 ] && continue
        for arch in $ARCHES; do
            lost=$(lost_findings "$RES/findings-$arch-L1.raw" "$RES/findings-$arch-L$lvl.raw")
            [ -z "$lost" ] && continue
            say "FAIL $arch: findings reported at level 1 but not at level $lvl:"
            printf '%s\n' "$lost" | sed 's/^/    /'
            failures=$((failures + 1))
        done
    done
fi

# ------------------------------------------------ compare with expectations
# Only the arches built in this run are compared (ARCHES=i386 for a quick
# run); UPDATE=1 keeps the entries of the other arches unchanged.
exp_header="# asmclobber findings on Linux $KERNEL defconfig builds, checked by check-kernel.sh."
exp_header=$exp_header'
# arch<TAB>level<TAB>file<TAB>line<TAB>function<TAB>instruction<TAB>class<TAB>verdict
# verdict: "hazard: <reason>", "latent: <reason>" or "false-alarm: <reason>"'
ev=$( { sed -n 's/^# kernel-version: *//p' "$EXPECT" 2>/dev/null || true; } | head -n1)
compare_expectations "$EXPECT" "$found" "$RES" "$ARCHES" "$exp_header" "# kernel-version: $kver"
exp_norm=$RES/expected.tsv
if [ "$UPDATE" = 0 ] && [ $((n_new + n_gone)) -gt 0 ] && [ -n "$ev" ] && [ "$ev" != "$kver" ]; then
    say "note: $EXPECT was written for kernel $ev, this is $kver (line numbers move between versions)"
fi

[ "$INTEGRATION" = 0 ] || kernel_integration

# ----------------------------------------------------------------- summary
evidence_notes "$LOGS"/build-*-L[12].err > "$RES/evidence.txt"
say "evidence: $(wc -l < "$RES/evidence.txt") notes on what this build moved, merged or deleted"
sed 's/^/    /' "$RES/evidence.txt"
n_l1=$(awk -F"$TAB" '$2 == 1' "$found" | wc -l)
n_all=$(wc -l < "$found")
n_haz=$(verdict_count "$exp_norm" hazard)
n_lat=$(verdict_count "$exp_norm" latent)
n_fa=$(verdict_count "$exp_norm" false-alarm)
objs=""; for arch in $ARCHES; do objs="$objs${objs:+ }$arch=${nobj[$arch]}"; done
status=PASS; [ "$failures" -eq 0 ] || status=FAIL
say "$status: kernel $kver, objects $objs, findings $n_all (level 1: $n_l1, level 2 only: $((n_all - n_l1))), expected: $n_haz hazard / $n_lat latent / $n_fa false-alarm, new $n_new, vanished $n_gone, failed checks $failures, builds ${t_builds}s, total $(( $(date +%s) - t_start ))s; results in $RES"
[ "$failures" -eq 0 ]
