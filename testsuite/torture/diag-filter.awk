# diag-filter.awk - compare a compiler's messages with and without asmclobber.
#
#   awk -f diag-filter.awk PLAIN WITH
#
# PLAIN holds the messages (stdout and stderr) of the compile without the
# plugin, WITH those of the same compile with it.  Both are normalized:
#
#   - asmclobber's own diagnostics are removed: every warning (or error)
#     carrying an "[asmclobber:CLASS]" tag, the notes that follow it
#     ("note: the ... is here[; N more accesses may move ...]", "note: the
#     ... here may also be moved before the 'I' of this 'asm'", "note: the
#     call to 'F' is here", "note: the fix-it for this 'asm' is on its first
#     warning above", "note: no fix-it: ...", "note: or declare just that
#     memory: add ...", "note: in this build GCC ... (pass P)"), the
#     unit-end note
#     "the 'asm' executing ... reported above was found in N more places ...",
#     and the source/caret/fix-it lines printed under each of them;
#   - context lines ("f.c: In function 'f':", "In function 'g',",
#     "    inlined from ...", "f.c: At top level:", "In file included from",
#     "                 from ...") are removed from both outputs: GCC prints
#     them only when the context changes since the previous diagnostic, so
#     an asmclobber warning changes which of them the later diagnostics get.
#
#   - GCC's "<Uxxxx>" names of anonymous VLA bounds (bits of an address,
#     which the plugin's own allocations shift) become "<U>".
#
# Prints one line: "same" or "differ"; 1 or 0: whether PLAIN, then WITH,
# shows a crash (internal compiler error, a signal, a plugin that does not
# load); 1 or 0: whether their first "internal compiler error" lines are
# the same; then the asmclobber classes found in WITH, one per warning
# ("descriptor fence ...").  With the variable
# DIFF=FILE set, also writes both normalized outputs to FILE when they
# differ.

function context_line(l)
{
	return l ~ /^([^ ].*: )?In ([a-z]+ )*(function|constructor|destructor|instantiation)( .*)?[,:]$/ \
	    || l ~ /^([^ ].*: )?In lambda function:$/ \
	    || l ~ /^([^ ].*: )?At (top level|global scope):$/ \
	    || l ~ /^ +inlined from .*[,:]$/ \
	    || l ~ /^In file included from .*[,:]$/ \
	    || l ~ /^ +from .*[,:]$/
}

# A diagnostic's first line: "file:line:col: kind: text" or "cc1: kind: text".
function header_line(l)
{
	return l ~ /^[^ ].*: (fatal error|error|warning|note|sorry, unimplemented): /
}

# The notes asmclobber prints after its warning.
function asmclobber_note(l)
{
	return l ~ /: note: the (store|load|'volatile' store|'volatile' load) .* is here(; [0-9]+ more access(es)? may move across the 'asm' too)?$/ \
	    || l ~ /: note: the .* here may also be moved (before|after) the '[^']*' of this 'asm'$/ \
	    || l ~ /: note: the call to '[^']*' is here$/ \
	    || l ~ /: note: the fix-it for this 'asm' is on its first warning above$/ \
	    || l ~ /: note: no fix-it: .*; add '"memory"' to the clobbers by hand$/ \
	    || l ~ /: note: or declare just that memory: add '.*' to the (inputs|outputs)(, N the number of bytes it accesses)?$/ \
	    || l ~ /: note: in this build GCC (deleted|moved|replaced) the (store|load) at .* \(pass [a-z0-9_-]+\)$/
}

function unit_end_note(l)
{
	return l ~ /: note: the 'asm' (executing|accessing memory through) .* reported above was found in [0-9]+ more place/
}

FNR == 1 { skip = 0 }

{
	file = FILENAME == ARGV[1] ? 1 : 2
	line = $0
	if (line ~ /internal compiler error|Segmentation fault|Please submit a full bug report|[Kk]illed signal|cannot load plugin|core dumped/)
		ice[file] = 1
	if (line ~ /internal compiler error/ && !(file in icemsg))
		icemsg[file] = line
	# GCC names an anonymous VLA bound by bits of its address.
	gsub(/<U *[0-9a-f]+>/, "<U>", line)
	if (context_line(line))
		next
	if (header_line(line)) {
		if (line ~ /\[asmclobber:[a-z-]+\]$/) {
			if (file == 2) {
				cls = line
				sub(/.*\[asmclobber:/, "", cls)
				sub(/\]$/, "", cls)
				classes = classes " " cls
			}
			skip = 1
			next
		}
		if (unit_end_note(line) || (skip && asmclobber_note(line))) {
			skip = 1
			next
		}
		skip = 0
	} else if (skip)
		next
	out[file] = out[file] line "\n"
}

END {
	same = out[1] == out[2]
	if (!same && DIFF != "") {
		printf "--- without the plugin (normalized)\n%s", out[1] > DIFF
		printf "--- with the plugin (normalized)\n%s", out[2] > DIFF
	}
	print (same ? "same" : "differ") " " (ice[1] + 0) " " (ice[2] + 0) " " \
		(icemsg[1] == icemsg[2]) classes
}
