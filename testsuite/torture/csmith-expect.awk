# csmith-expect.awk - check asmclobber's warnings on a planted csmith program.
#
#   awk -v LEVEL=1 -v SRC=planted.c -f csmith-expect.awk \
#       plantings.tsv plain.s messages
#
# plantings.tsv is what csmith-plant wrote (LINE ID LEVEL1 LEVEL2 INSN
# CLASS WHERE KIND), plain.s the assembly compiled without the plugin,
# messages the compiler's messages with the plugin at level LEVEL.
#
# A planted asm counts as compiled when its "# plant ID" comment is in the
# assembly: then it was there when the plugin looked, as nothing brings
# deleted code back.  Checks:
#   - a "warn" planting that was compiled has a warning at its line,
#     naming its instruction and class: one at level 1; at level 2 one, or
#     two when the first was issued without a nearby access (level 2
#     reports the location again when a later copy has one);
#   - an "entry" planting (first statement of a kept function) was compiled;
#   - a "quiet" planting has no warning, compiled or not;
#   - no asmclobber warning is anywhere else.
# A "warn" planting that the optimizers deleted is not judged (counted as
# "eliminated"; "reported" too when a warning came before the deletion).
#
# Prints one "MISMATCH ..." line per failed check, then
#   counts LEVEL planted=N warned=N quiet=N eliminated=N mismatches=N

BEGIN { FS = "\t" }

FILENAME == ARGV[1] {
	n++
	line[n] = $1; id[n] = $2
	expect[n] = LEVEL == 1 ? $3 : $4
	insn[n] = $5; cls[n] = $6; where[n] = $7; kind[n] = $8
	at[$1] = n
	next
}

FILENAME == ARGV[2] {
	if (index($0, "# plant ")) {
		s = $0
		sub(/.*# plant /, "", s)
		sub(/[^0-9].*/, "", s)
		compiled[s] = 1
	}
	next
}

# The messages: "FILE:LINE:COL: warning: 'asm' executing 'INSN'[ to an MSR ...] has no
# '"memory"' clobber; ... [asmclobber:CLASS]".
/\[asmclobber:[a-z-]+\]$/ {
	file = $0; sub(/:.*/, "", file)
	l = $0; sub(/^[^:]*:/, "", l); sub(/:.*/, "", l)
	i = $0; sub(/.* executing '/, "", i); sub(/'.*/, "", i)
	c = $0; sub(/.*\[asmclobber:/, "", c); sub(/\]$/, "", c)
	if (file != SRC || !(l in at)) {
		printf "MISMATCH level %s: unexpected warning: %s\n", LEVEL, $0
		bad++
		next
	}
	nwarn[l]++
	if (l in winsn && (winsn[l] != i || wcls[l] != c))
		wother[l] = 1
	winsn[l] = i
	wcls[l] = c
}

END {
	for (k = 1; k <= n; k++) {
		l = line[k]
		what = sprintf("level %s: line %s (plant %s, %s, %s)", LEVEL, l, id[k], kind[k], where[k])
		if (expect[k] == "quiet") {
			if (nwarn[l]) {
				printf "MISMATCH %s: must not be reported, but is ('%s', %s)\n", what, winsn[l], wcls[l]
				bad++
			} else
				quiet++
			continue
		}
		if (!(id[k] in compiled)) {
			if (where[k] == "entry") {
				printf "MISMATCH %s: the asm is not in the assembly\n", what
				bad++
			} else {
				eliminated++
				if (nwarn[l])
					reported_eliminated++
			}
			continue
		}
		if (!nwarn[l]) {
			printf "MISMATCH %s: must be reported ('%s', %s), but is not\n", what, insn[k], cls[k]
			bad++
		} else if (nwarn[l] > LEVEL) {
			printf "MISMATCH %s: reported %d times\n", what, nwarn[l]
			bad++
		} else if (winsn[l] != insn[k] || wcls[l] != cls[k] || wother[l]) {
			printf "MISMATCH %s: reported as '%s' %s, not '%s' %s\n", what, winsn[l], wcls[l], insn[k], cls[k]
			bad++
		} else
			warned++
	}
	printf "counts %s planted=%d warned=%d quiet=%d eliminated=%d reported-then-eliminated=%d mismatches=%d\n", \
		LEVEL, n, warned, quiet, eliminated, reported_eliminated, bad
}
