# Turns testsuite/kernel/expected-findings.tsv (arch, level, file, line,
# function, instruction, class, verdict; TAB separated, '#' comments) into
# the manual's node "Findings in Linux 6.12": a summary of the counts and
# one entry per asm location and verdict, listing where it was found,
# hazards first.
# Usage: awk -f findings2texi.awk expected-findings.tsv > findings.texi

BEGIN { FS = "\t" }

# Escapes the Texinfo special characters of S.
function tx(s) {
	gsub(/@/, "@@", s)
	gsub(/{/, "@{", s)
	gsub(/}/, "@}", s)
	return s
}

/^# kernel-version:/ { version = $0; sub(/^# kernel-version: */, "", version) }
/^#/ || NF < 8 { next }
{
	verdict = $8
	kind = verdict; sub(/:.*/, "", kind)
	count[$1 " " $2 " " kind]++
	total++
	key = $3 ":" $4 "\t" $6 "\t" $7 "\t" verdict
	if (!(key in where)) {
		order[++nkeys] = key
		where[key] = ""
	}
	where[key] = where[key] (where[key] == "" ? "" : ", ") $1 " L" $2 " " $5
}

END {
	print "@c Generated from testsuite/kernel/expected-findings.tsv by"
	print "@c doc/findings2texi.awk; edit the expectations, not this file."
	print "@node Findings in Linux 6.12"
	print "@chapter Findings in Linux 6.12"
	print "@cindex Linux 6.12, findings"
	print "@cindex findings in the kernel"
	print ""
	print "@command{make check-kernel} builds every C object of"
	print "@file{arch/x86/kernel/}, @file{arch/x86/mm/}, @file{arch/x86/entry/}"
	print "and @file{kernel/sched/core.o} of Linux " tx(version) " (x86_64 and"
	print "i386 @code{defconfig}, GCC 12, per-CPU data on @code{__seg_gs} and"
	print "@code{__seg_fs}) at level 1 and level 2, and compares the findings with"
	print "a reviewed list.  Each finding carries a verdict: a real ordering"
	print "hazard, or a false alarm and why.  A finding is one asm location in"
	print "one function (the out-of-line function its code ends up in); level 2"
	print "means found at level 2 only.  " total " findings in all:"
	print ""
	print "@multitable @columnfractions .16 .21 .21 .21 .21"
	print "@headitem Arch @tab Level 1 hazards @tab Level 1 false alarms @tab Level 2 hazards @tab Level 2 false alarms"
	n = split("x86_64 i386", arches, " ")
	for (i = 1; i <= n; i++) {
		a = arches[i]
		printf "@item %s @tab %d @tab %d @tab %d @tab %d\n", a,
			count[a " 1 hazard"], count[a " 1 false-alarm"],
			count[a " 2 hazard"], count[a " 2 false-alarm"]
	}
	print "@end multitable"
	print ""
	print "The findings by asm location (@var{arch} L@var{level} @var{function}):"
	print ""
	print "@table @asis"
	for (pass = 1; pass <= 2; pass++)
	for (k = 1; k <= nkeys; k++) {
		split(order[k], f, "\t")
		if ((f[4] ~ /^hazard/) != (pass == 1))
			continue
		printf "@item @file{%s} @code{%s} [asmclobber:%s]\n", tx(f[1]), tx(f[2]), tx(f[3])
		print tx(f[4])
		print ""
		print "Found in: " tx(where[order[k]]) "."
		print ""
	}
	print "@end table"
}
