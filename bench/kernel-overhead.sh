#!/bin/bash
# Compile-time overhead of the plugin on real kernel objects, as ratios
# against plain GCC measured in the same run.
#
# Replays kbuild's own compile commands (the .o.cmd files) of the objects
# that `make check-kernel` builds, from its work directory, in three modes:
# plain, level 1 and level 2.  Rounds interleave the modes so that drift of
# the machine hits them alike.  Reports per mode the total wall and CPU
# (user+sys) seconds and the largest cc1 peak RSS, and the ratios against
# plain as a median over the rounds with the min-max spread.
#
# Usage: bench/kernel-overhead.sh PLUGIN WORK [ARCH] [ROUNDS]
#   PLUGIN  asmclobber.so;  WORK  check-kernel's work directory of one kernel
#   (after one run), e.g. kernel-work/6.12;
#   ARCH    x86_64 (default) or i386;  ROUNDS  default 5.
#   LIMIT=N in the environment uses only the first N objects.
set -euo pipefail
plugin=${1:?usage: kernel-overhead.sh PLUGIN WORK [ARCH] [ROUNDS]}
work=${2:?usage: kernel-overhead.sh PLUGIN WORK [ARCH] [ROUNDS]}
arch=${3:-x86_64}
rounds=${4:-5}
tree=$work/out-$arch
objects=$work/results/objects-$arch.txt
[ -d "$tree" ] && [ -f "$objects" ] || {
	echo "kernel-overhead: run make check-kernel first (no $tree or $objects)" >&2
	exit 2
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One script per mode holding every object's compile command: kbuild's
# command without its dependency output, its object path and any plugin
# flags of the last check-kernel build, compiling to a scratch object.
for mode in plain 1 2; do
	case $mode in
	plain) extra= ;;
	*) extra="-fplugin=$plugin -fplugin-arg-asmclobber-level=$mode -w" ;;
	esac
	while read -r obj; do
		cmdfile=$tree/$(dirname "$obj")/.$(basename "$obj").cmd
		sed -n "s|^savedcmd_[^ ]* := ||p" "$cmdfile" | sed 's/;.*//' |
		sed -e 's/ -Wp,-MMD,[^ ]*//' -e 's/ -fplugin[^ ]*//g' \
		    -e "s| -o $obj | -o $tmp/out.o |" -e "s|\$| $extra|"
	done < <(head -n "${LIMIT:-1000000}" "$objects") > "$tmp/compile-$mode.sh"
done

# Runs one mode; prints "wall cpu maxrss_kB".
run_mode() {
	local mode=$1 start end cpu=0 rss=0 line
	start=$(date +%s.%N)
	while read -r line; do
		(cd "$tree" && /usr/bin/time -o "$tmp/time" -f '%U %S %M' \
			sh -c "$line" >/dev/null 2>&1)
		read -r u s m < "$tmp/time"
		cpu=$(awk -v a="$cpu" -v b="$u" -v c="$s" 'BEGIN { print a + b + c }')
		[ "$m" -gt "$rss" ] && rss=$m
	done < "$tmp/compile-$mode.sh"
	end=$(date +%s.%N)
	awk -v a="$start" -v b="$end" -v c="$cpu" -v r="$rss" 'BEGIN { printf "%.2f %.2f %d\n", b - a, c, r }'
}

n=$(wc -l < "$tmp/compile-plain.sh")
echo "kernel-overhead: $arch, $n objects, $rounds rounds, $(gcc --version | head -1)"
for r in $(seq "$rounds"); do
	for mode in plain 1 2; do
		echo "$r $mode $(run_mode "$mode")"
	done
done > "$tmp/results"

awk '
	{ wall[$1, $2] = $3; cpu[$1, $2] = $4; rss[$1, $2] = $5; rounds = $1 }
	function median(v, n,   i, j, t) {
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
			if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
		return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
	}
	function report(name, what, mode,   r, v, lo, hi) {
		lo = 1e9; hi = 0
		for (r = 1; r <= rounds; r++) {
			v[r] = what == "wall" ? wall[r, mode] / wall[r, "plain"] \
			     : what == "cpu" ? cpu[r, mode] / cpu[r, "plain"] \
			     : rss[r, mode] / rss[r, "plain"]
			if (v[r] < lo) lo = v[r]
			if (v[r] > hi) hi = v[r]
		}
		printf "  %-8s %-10s median %.4f  (min %.4f, max %.4f)\n", name, what, median(v, rounds), lo, hi
	}
	END {
		for (r = 1; r <= rounds; r++)
			printf "  round %d: plain %.1fs wall %.1fs cpu; level 1 %.1fs %.1fs; level 2 %.1fs %.1fs\n", r, wall[r, "plain"], cpu[r, "plain"], wall[r, 1], cpu[r, 1], wall[r, 2], cpu[r, 2]
		print "ratios against plain GCC:"
		report("level 1", "wall", 1); report("level 1", "cpu", 1); report("level 1", "peak RSS", 1)
		report("level 2", "wall", 2); report("level 2", "cpu", 2); report("level 2", "peak RSS", 2)
	}' "$tmp/results"
