#!/bin/bash
# Scaling of the plugin's own time with the size of the input, from GCC's
# -ftime-report (the pass reports its time as the client item
# "asmclobber"):
#   - N functions with one asm and 10 accesses each, N = 1k, 10k, 100k;
#   - one function with 10*N statements and N asms, N = 1k, 10k.
# Linear growth shows as a constant time per statement.
# Usage: bench/scaling.sh PLUGIN [CC]   (run from anywhere)
set -euo pipefail
plugin=${1:?usage: scaling.sh PLUGIN [CC]}
cc=${2:-gcc}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Prints the user+sys seconds of the check pass (the "asmclobber" client
# item of -ftime-report) and of the whole compile ("TOTAL") for FILE,
# compiled at -O1 with the plugin.
plugin_time() {
	LC_ALL=C "$cc" -O1 -S -o /dev/null -w -ftime-report \
		-fplugin="$plugin" "$1" 2>&1 |
	awk '{ line = $0; gsub(/\([^)]*\)/, "", line); split(line, a, ":") }
	     /^ asmclobber / { split(a[2], b, " "); p = b[1] + b[2] }
	     /^ TOTAL/ { split(a[2], b, " "); t = b[1] + b[2] }
	     END { printf "%.2f %.2f\n", p, t }'
}

printf '%-10s %8s %10s %12s %12s %14s\n' shape N statements 'plugin s' 'total s' 'plugin us/stmt'
run() {
	local shape=$1 n=$2 stmts=$3
	"$here/gen-tu.sh" "$shape" "$n" > "$work/$shape-$n.c"
	read -r p t < <(plugin_time "$work/$shape-$n.c")
	awk -v s="$shape" -v n="$n" -v st="$stmts" -v p="$p" -v t="$t" 'BEGIN {
		printf "%-10s %8d %10d %12.2f %12.2f %14.3f\n", s, n, st, p, t, p * 1e6 / st }'
}
for n in 1000 10000 100000; do
	run functions "$n" $((n * 12))
done
for n in 1000 10000; do
	run huge "$n" $((n * 11))
done
