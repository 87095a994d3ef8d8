# Turns a reviewed expectations file (scope, level, file, line, function,
# instruction, class, verdict; TAB separated, '#' comments; see
# testsuite/lib/findings.sh) into a part of the manual: the source
# versions, a table of counts per scope, level and verdict, and one entry
# per asm location and verdict, listing where it was found: hazards first,
# then latent hazards, then false alarms.
# Usage: awk -v scope=Arch -f findings2texi.awk expected-findings.tsv > out.texi
# (scope: the heading of the table's first column).

BEGIN { FS = "\t"; nkinds = split("hazard latent false-alarm", kinds, " ") }

# Escapes the Texinfo special characters of S.
function tx(s) {
	gsub(/@/, "@@", s)
	gsub(/{/, "@{", s)
	gsub(/}/, "@}", s)
	return s
}

/^# (kernel|source)-version:/ {
	v = $0; sub(/^# [a-z]+-version: */, "", v)
	if ($0 ~ /^# kernel/) v = "Linux " v
	versions = versions (versions == "" ? "" : ", ") tx(v)
}
/^#/ || NF < 8 { next }
{
	verdict = $8
	kind = verdict; sub(/:.*/, "", kind)
	if (!($1 in seen)) { seen[$1] = 1; scopes[++nscopes] = $1 }
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
	src = FILENAME; sub(/^.*testsuite\//, "testsuite/", src)
	print "@c Generated from " src " by doc/findings2texi.awk;"
	print "@c edit the expectations, not this file."
	print "Sources: " versions ".  " total " findings in all:"
	print ""
	print "@multitable @columnfractions .16 .14 .14 .14 .14 .14 .14"
	print "@headitem " scope " @tab L1 hazard @tab L1 latent @tab L1 false alarm @tab L2 hazard @tab L2 latent @tab L2 false alarm"
	for (i = 1; i <= nscopes; i++) {
		s = scopes[i]
		line = "@item " tx(s)
		for (l = 1; l <= 2; l++)
			for (j = 1; j <= nkinds; j++)
				line = line " @tab " (count[s " " l " " kinds[j]] + 0)
		print line
	}
	print "@end multitable"
	print ""
	print "The findings by asm location (@var{" tolower(scope) "} L@var{level} @var{function}):"
	print ""
	print "@table @asis"
	for (j = 1; j <= nkinds; j++)
	for (k = 1; k <= nkeys; k++) {
		split(order[k], f, "\t")
		if (index(f[4], kinds[j] ":") != 1)
			continue
		printf "@item @file{%s} @code{%s} [asmclobber:%s]\n", tx(f[1]), tx(f[2]), tx(f[3])
		print tx(f[4])
		print ""
		print "Found in: " tx(where[order[k]]) "."
		print ""
	}
	print "@end table"
}
