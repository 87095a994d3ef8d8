# findings.sh - asmclobber's findings as TAB-separated records, and their
# comparison with a reviewed expectations file.  Sourced by check-kernel.sh
# and check-outside.sh, which define say() and die() and set TAB.
#
# A finding:  scope  level  file  line  function  instruction  class
#   - scope: what was built (the kernel's arch, or the outside code base)
#   - level: 1 if reported at level 1, 2 if reported only at level 2
#   - file, line: the warning's location, relative to the source tree
#   - function: the function the code was compiled into, i.e. the LAST
#     "inlined from 'F'" of GCC's inlining context, or the function of the
#     "In function 'F'" line when nothing was inlined; GCC clone suffixes
#     (.constprop.0, .isra.0, .part.0, .cold) removed; "<toplevel>" for
#     diagnostics outside any function
#   - instruction: the text of "executing 'INSN'" in the message, or of
#     "('INSN')" for undeclared memory ("?" if none)
#   - class: CLASS of the trailing "[asmclobber:CLASS]"
# An expectation is a finding and a verdict: "hazard: <reason>",
# "latent: <reason>" or "false-alarm: <reason>" (a "TODO: ..." written by
# UPDATE=1 fails a normal run).  In the file, lines starting with '#' and
# blank lines are ignored.

VERDICT_RE='^(hazard|latent|false-alarm): .'

# parse_findings SCOPE LEVEL DIR ROOT... < gcc-stderr: the findings of one
# compiler's diagnostics; a relative file name is taken relative to DIR
# (none if DIR is empty), then the first ROOT/ it starts with is removed.
parse_findings() {
    local scope=$1 level=$2 dir=$3; shift 3
    sed -e "s/\xe2\x80[\x98\x99]/'/g" -e 's/\x1b\[[0-9;]*[mK]//g' |
    awk -v scope="$scope" -v level="$level" -v dir="$dir" -v roots="$*" '
    function rel(p,   n, r, i) {
        if (dir != "" && substr(p, 1, 1) != "/") p = dir "/" p
        while (gsub(/\/\.\//, "/", p)) ;
        while (sub(/\/[^\/.][^\/]*\/\.\.\//, "/", p)) ;
        n = split(roots, r, " ")
        for (i = 1; i <= n; i++)
            if (index(p, r[i] "/") == 1) { p = substr(p, length(r[i]) + 2); break }
        while (substr(p, 1, 2) == "./") p = substr(p, 3)
        return p
    }
    function quoted(s, pre,   i, r) {   # text between pre and the next quote
        i = index(s, pre); if (!i) return ""
        r = substr(s, i + length(pre)); i = index(r, "'\''")
        return i ? substr(r, 1, i - 1) : ""
    }
    function base(f) {   # drop GCC clone suffixes: foo.constprop.0 -> foo
        while (match(f, /\.(constprop|isra|part|cold|localalias|lto_priv|clone|specialized)(\.[0-9]+)?$/))
            f = substr(f, 1, RSTART - 1)
        return f
    }
    /^In function '\''/               { fn = base(quoted($0, "In function '\''")); next }
    /^[ \t]+inlined from '\''/        { fn = base(quoted($0, "inlined from '\''")); next }
    /: In function '\''[^'\'']*'\'':$/ { fn = base(quoted($0, ": In function '\''")); next }
    /: At top level:$/                { fn = "<toplevel>"; next }
    /^[^ \t].*:[0-9]+:[0-9]+: (warning|error): / && /\[asmclobber:[A-Za-z0-9_.+-]+\]( \[-W[^]]*\])?[ \t\r]*$/ {
        n = index($0, ": warning: "); if (!n) n = index($0, ": error: ")
        loc = substr($0, 1, n - 1)
        # loc is FILE:LINE:COL, FILE may contain ":" in theory
        c = loc; sub(/:[0-9]+$/, "", c); ln = c; sub(/^.*:/, "", ln); f = c; sub(/:[0-9]+$/, "", f)
        cls = $0; sub(/^.*\[asmclobber:/, "", cls); sub(/\].*$/, "", cls)
        ins = quoted($0, "executing '\''")
        if (ins == "") ins = quoted($0, "('\''")   # undeclared memory
        if (ins == "") ins = "?"
        printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", scope, level, rel(f), ln, (fn == "" ? "<toplevel>" : fn), ins, cls
    }'
}

# count_warnings FILE...: the number of asmclobber diagnostics in FILEs
count_warnings() {
    cat "$@" /dev/null | grep -c -E ': (warning|error): .*\[asmclobber:' || true
}

# evidence_notes FILE...: the evidence notes in FILEs ("in this build GCC
# moved/replaced/deleted ..."), each once, as "FILE:LINE: TEXT" with the
# file's base name, sorted
evidence_notes() {
    cat "$@" /dev/null |
        sed -n 's|^\([^ :]*/\)\{0,1\}\([^/ :]*\):\([0-9]*\):[0-9]*: note: \(in this build GCC .*\)$|\2:\3: \4|p' |
        sort -u
}

# merge_levels RAW... : the findings of all levels, each once, with the
# lowest level that reported it, sorted
merge_levels() {
    cat "$@" /dev/null |
    awk -F"$TAB" -v OFS="$TAB" '
        { k = $1 OFS $3 OFS $4 OFS $5 OFS $6 OFS $7
          if (!(k in lv) || $2 + 0 < lv[k] + 0) lv[k] = $2 }
        END { for (k in lv) { split(k, f, OFS); print f[1], lv[k], f[2], f[3], f[4], f[5], f[6] } }' |
    sort -t "$TAB" -k1,1 -k3,3 -k4,4n -k5,5 -k6,6 -k7,7 -k2,2n
}

# lost_findings L1-RAW L2-RAW: findings reported at level 1 but not at 2
lost_findings() {
    comm -23 <(cut -f1,3- "$1" | sort -u) <(cut -f1,3- "$2" | sort -u)
}

# compare_expectations EXPECT FOUND RES "SCOPE..." HEADER VERSION-LINES
# Compares the findings FOUND with the expectations of SCOPEs in EXPECT
# (those of other scopes are kept as they are).  Writes RES/expected.tsv
# (this run's expectations), RES/new.tsv, RES/vanished.tsv; sets n_new,
# n_gone and n_todo and adds to failures.  With UPDATE=1 it rewrites
# EXPECT instead: its comment header is kept (HEADER, a text, starts a new
# file), VERSION-LINES replace the comment lines that equal one of them
# but for the last word (its version), verdicts of unchanged findings are kept, those of
# findings that only moved (same scope/file/function/instruction/class,
# other line or level) are carried over, and new ones get "TODO: review".
compare_expectations() {
    local expect=$1 found=$2 res=$3 scopes=" $4 " header=$5 versions=$6
    local exp_norm=$res/expected.tsv
    if [ -f "$expect" ]; then
        awk -F"$TAB" -v OFS="$TAB" '
            /^[ \t]*(#|$)/ { next }
            NF < 8 { printf "%s:%d: expected 8 TAB-separated fields, got %d\n", FILENAME, FNR, NF > "/dev/stderr"; bad = 1; next }
            { v = $8; for (i = 9; i <= NF; i++) v = v OFS $i; print $1, $2, $3, $4, $5, $6, $7, v }
            END { exit bad }' "$expect" > "$res/expected-all.tsv" || die "malformed $expect"
    else
        : > "$res/expected-all.tsv"
    fi
    awk -F"$TAB" -v s="$scopes" 'index(s, " " $1 " ")' "$res/expected-all.tsv" > "$exp_norm"
    awk -F"$TAB" -v s="$scopes" '!index(s, " " $1 " ")' "$res/expected-all.tsv" > "$res/expected-other.tsv"
    cut -f1-7 "$exp_norm" | sort > "$res/expected.keys"
    sort "$found" > "$res/found.keys"
    local dups
    dups=$(uniq -d "$res/expected.keys")
    [ -z "$dups" ] || die "duplicate entries in $expect: $dups"
    comm -13 "$res/expected.keys" "$res/found.keys" > "$res/new.tsv"
    comm -23 "$res/expected.keys" "$res/found.keys" > "$res/vanished.tsv"
    n_new=$(wc -l < "$res/new.tsv"); n_gone=$(wc -l < "$res/vanished.tsv")

    if [ "${UPDATE:-0}" = 1 ]; then
        local tmp
        tmp=$(mktemp "$expect.XXXXXX")
        {
            if [ -f "$expect" ] && grep -q '^#' "$expect"; then
                awk -v versions="$versions" '
                    BEGIN { n = split(versions, v, "\n"); for (i = 1; i <= n; i++) { sub(/[^ ]*$/, "", v[i]); old[v[i]] = 1 } }
                    /^#/ { p = $0; sub(/[^ ]*$/, "", p); if (!(p in old)) print; next }
                    { exit }' "$expect"
            else
                printf '%s\n' "$header"
            fi
            printf '%s\n' "$versions"
            awk -F"$TAB" -v OFS="$TAB" '
                FILENAME == ARGV[1] { k = $1 OFS $2 OFS $3 OFS $4 OFS $5 OFS $6 OFS $7; v[k] = $8
                            m = $1 OFS $3 OFS $5 OFS $6 OFS $7; moved[m] = $8; next }
                { k = $0; m = $1 OFS $3 OFS $5 OFS $6 OFS $7
                  if (k in v) print k, v[k]
                  else if (m in moved) { print k, moved[m]; printf "carried verdict to moved finding: %s\n", k > "/dev/stderr" }
                  else print k, "TODO: review" }' "$exp_norm" "$found"
            cat "$res/expected-other.tsv"
        } > "$tmp"
        mv "$tmp" "$expect"
        n_todo=$(grep -c $'\tTODO' "$expect" || true)
        say "UPDATE=1: wrote $(wc -l < "$found") findings to $expect ($n_new new, $n_gone removed, $n_todo need a verdict)"
        return 0
    fi
    if [ "$n_new" -gt 0 ] || [ "$n_gone" -gt 0 ]; then
        say "FAIL findings differ from $expect ($n_new not expected, $n_gone no longer found):"
        show_changes "$res/vanished.tsv" "$res/new.tsv"
        say "review, then regenerate with UPDATE=1 and fill in the TODO verdicts"
        failures=$((failures + 1))
    fi
    n_todo=$(awk -F"$TAB" -v re="$VERDICT_RE" '$8 !~ re' "$exp_norm" | wc -l)
    if [ "$n_todo" -gt 0 ]; then
        say "FAIL $n_todo expectations without a verdict (\"hazard: ...\", \"latent: ...\" or \"false-alarm: ...\"):"
        awk -F"$TAB" -v re="$VERDICT_RE" '$8 !~ re { print "    " $0 }' "$exp_norm"
        failures=$((failures + 1))
    fi
}

# show_changes VANISHED NEW: the differences, a vanished and a new finding
# with the same scope/file/function/instruction/class shown as a change
show_changes() {
    awk -F"$TAB" -v OFS="$TAB" '
        FILENAME == ARGV[1] { k = $1 OFS $3 OFS $5 OFS $6 OFS $7; old[k] = old[k] $0 "\n"; next }
        { k = $1 OFS $3 OFS $5 OFS $6 OFS $7
          if (k in old && old[k] != "") {
              o = old[k]; i = index(o, "\n"); one = substr(o, 1, i - 1); old[k] = substr(o, i + 1)
              ch = ch "  ~ changed:  " one "\n" "          to: " $0 "\n"
          } else nw = nw "  + new:      " $0 "\n" }
        END { printf "%s%s", ch, nw
              for (k in old) { n = split(old[k], l, "\n"); for (i = 1; i < n; i++) print "  - vanished: " l[i] | "sort" } }
    ' "$1" "$2"
}

# verdict_count EXPECTED KIND [LEVEL]: expectations with verdict KIND
# (hazard, latent, false-alarm), at LEVEL if given
verdict_count() {
    awk -F"$TAB" -v k="$2" -v l="${3:-}" 'index($8, k ":") == 1 && (l == "" || $2 == l)' "$1" | wc -l
}
