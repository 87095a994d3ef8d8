#!/bin/bash
# Deterministic overhead: instructions executed by cc1 (valgrind's
# callgrind, which counts instructions, not time) compiling a few kernel
# objects plain, at level 1 and at level 2, and the ratios.  Wall time on
# a shared machine varies by ~8% from run to run; instruction counts do
# not, so this is the measure for ratios close to 1.
#
# Usage: bench/kernel-instructions.sh PLUGIN WORK [ARCH] [OBJECT...]
#   WORK as for kernel-overhead.sh; default objects: a few with system asm.
set -euo pipefail
plugin=${1:?usage: kernel-instructions.sh PLUGIN WORK [ARCH] [OBJECT...]}
work=${2:?usage: kernel-instructions.sh PLUGIN WORK [ARCH] [OBJECT...]}
arch=${3:-x86_64}
shift $(( $# < 3 ? $# : 3 ))
objects=("$@")
[ ${#objects[@]} -gt 0 ] || objects=(arch/x86/kernel/ldt.o arch/x86/kernel/process.o \
	arch/x86/kernel/cpu/common.o arch/x86/mm/tlb.o kernel/sched/core.o)
tree=$work/out-$arch
command -v valgrind >/dev/null || { echo "kernel-instructions: needs valgrind" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Prints the instructions cc1 executes for OBJ with the EXTRA flags.
count() {
	local obj=$1 extra=$2 cmd
	cmd=$(sed -n "s|^savedcmd_[^ ]* := ||p" "$tree/$(dirname "$obj")/.$(basename "$obj").cmd" |
	      sed -e 's/;.*//' -e 's/ -Wp,-MMD,[^ ]*//' -e 's/ -fplugin[^ ]*//g' \
		  -e "s| -o $obj | -o $tmp/out.o |")
	rm -f "$tmp"/cg.*
	(cd "$tree" && valgrind --tool=callgrind --trace-children=yes \
		--callgrind-out-file="$tmp/cg.%p" sh -c "$cmd $extra" >/dev/null 2>&1)
	# The largest profile is cc1's.
	local f
	f=$(ls -S "$tmp"/cg.* | head -1)
	sed -n 's/^summary: //p' "$f"
}

printf '%-32s %15s %15s %15s %8s %8s\n' object plain 'level 1' 'level 2' ratio1 ratio2
for obj in "${objects[@]}"; do
	p=$(count "$obj" "")
	l1=$(count "$obj" "-fplugin=$plugin -fplugin-arg-asmclobber-level=1 -w")
	l2=$(count "$obj" "-fplugin=$plugin -fplugin-arg-asmclobber-level=2 -w")
	awk -v o="$obj" -v p="$p" -v a="$l1" -v b="$l2" \
		'BEGIN { printf "%-32s %15.0f %15.0f %15.0f %8.5f %8.5f\n", o, p, a, b, a / p, b / p }'
done
