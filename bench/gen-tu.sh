#!/bin/sh
# Writes a generated C translation unit to stdout, for the benchmarks.
#   gen-tu.sh functions N   N functions, each with one swapgs asm (a
#                           hazard), 10 memory accesses and a __seg_gs load
#   gen-tu.sh huge N        one function of 10*N statements and N asms
set -eu
shape=$1
n=$2
cat <<'HDR'
extern int __seg_gs gs_word;
extern int word[64];
HDR
case $shape in
functions)
	awk -v n="$n" 'BEGIN {
		for (i = 0; i < n; i++) {
			printf "int f%d (int v)\n{\n", i
			for (j = 0; j < 10; j++)
				printf "  word[%d] = v + %d;\n", (i + j) % 64, j
			printf "  asm volatile (\"swapgs\" ::: \"cc\");\n"
			printf "  return gs_word;\n}\n"
		}
	}'
	;;
huge)
	awk -v n="$n" 'BEGIN {
		printf "void huge (int v)\n{\n"
		for (i = 0; i < n; i++) {
			for (j = 0; j < 9; j++)
				printf "  word[%d] = v + %d;\n", (i + j) % 64, i
			printf "  asm volatile (\"swapgs\" ::: \"cc\");\n"
			printf "  gs_word = v + %d;\n", i
		}
		printf "}\n"
	}'
	;;
*)
	echo "usage: gen-tu.sh functions|huge N" >&2
	exit 2
	;;
esac
