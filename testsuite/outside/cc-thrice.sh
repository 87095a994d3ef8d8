#!/bin/bash
# cc-thrice.sh - the compiler a code base is built with in check-outside:
# each C compile that carries the plugin (put there by the code base's own
# CFLAGS hook) runs three times, so that one build gives the reference
# object and both levels' findings for exactly the same command:
#
#   1. the command as the build gave it (level 1, the real outputs);
#   2. the command without the plugin's options, to a scratch object: the
#      reference;
#   3. the command at level 2, with -Wno-error, to a scratch object.
#
# 1 and 3 must be byte-identical to 2.  GCC writes its command line,
# -fplugin= included, into DW_AT_producer with -g and into the comment
# header of -fverbose-asm output, so the scratch compiles get
# -gno-record-gcc-switches -fno-verbose-asm (they change nothing else),
# and with -g or -fverbose-asm 1 is compared by a fourth compile, 1 with
# those options to a scratch object.  Scratch compiles write no
# dependency files.
#
# When 1 fails and 2 does not, the object is one the plugin would stop:
# either -Werror turned the plugin's warnings into errors (status
# "werror"; 1 is run again with -Wno-error so the build goes on and its
# findings are counted) or the plugin broke the compile ("plugin-fail"; 1
# is run again without the plugin).  The build therefore always goes on as
# it would without the plugin.
#
# Environment: OUTSIDE_CC the real compiler; OUTSIDE_RECORD a directory
# that gets one subdirectory per compile (files: cmd: directory, output
# and source; args: the command, quoted for the shell; status; L1.err,
# L2.err; the objects that differ).  Without OUTSIDE_RECORD (configure
# runs) the compiler is run unchanged.  A C compile without -fplugin= is
# run unchanged and recorded with status "no-plugin": the hook missed it.
set -u
cc=${OUTSIDE_CC:?OUTSIDE_CC is not set}
[ -n "${OUTSIDE_RECORD:-}" ] || exec "$cc" "$@"

out="" src="" compile=0 plugin=0 records=0 lang="" prev=""
for a in "$@"; do
    case $prev in
        -o) out=$a; prev=""; continue;;
        -x) lang=$a; prev=""; continue;;
        ?*) prev=""; continue;;
    esac
    case $a in
        -o|-x|-MF|-MT|-MQ|-include|-imacros|-isystem|-I|-D|-U|-idirafter|-iquote) prev=$a;;
        -o*) out=${a#-o};;
        -c|-S) compile=1;;
        -fplugin=*) plugin=1;;
        -g0) ;;
        -g*|-fverbose-asm) records=1;;
        @*) exec "$cc" "$@";;       # response files: not looked into
        -*) ;;
        *.c) src=$a;;
        *) [ "$lang" = c ] && src=$a;;
    esac
done
if [ "$compile" = 0 ] || [ -z "$src" ] || [ "$src" = - ] || [ "$src" = /dev/null ] ||
   [ "$out" = - ] || [ "$out" = /dev/null ]; then
    exec "$cc" "$@"
fi
rec=$(mktemp -d "$OUTSIDE_RECORD/c.XXXXXX")
printf '%s\t%s\t%s\n' "$PWD" "$out" "$src" > "$rec/cmd"
printf '%q ' "$cc" "$@" > "$rec/args"
if [ "$plugin" = 0 ]; then
    echo no-plugin > "$rec/status"
    exec "$cc" "$@"
fi
if [ -z "$out" ]; then
    out=$(basename "$src"); out=${out%.c}.o
    for a; do [ "$a" = -S ] && out=${out%.o}.s; done
    set -- "$@" -o "$out"
fi

# The command without the plugin, and without its level option.
plain=() unleveled=()
for a; do
    case $a in
        -fplugin=*|-fplugin-arg-asmclobber-*) ;;
        *) plain+=("$a");;
    esac
    case $a in
        -fplugin-arg-asmclobber-level=*) ;;
        *) unleveled+=("$a");;
    esac
done
# scratch OUTPUT ARGS...: run ARGS to OUTPUT, without dependency files and
# without writing the command line into debug information or assembly
scratch() {
    local o=$1 skip="" a args=(); shift
    for a; do
        if [ -n "$skip" ]; then skip=""; continue; fi
        case $a in
            -o|-MF|-MT|-MQ) skip=1;;
            -o*|-MD|-MMD|-MP|-MF*|-MT*|-MQ*|-Wp,-MD,*|-Wp,-MMD,*) ;;
            *) args+=("$a");;
        esac
    done
    "$cc" "${args[@]}" -gno-record-gcc-switches -fno-verbose-asm -o "$o"
}

ref=$out.ref-$$ l1=$out.L1-$$ l2=$out.L2-$$
status=ok
"$cc" "$@" 2> "$rec/L1.err"; rc=$?
scratch "$ref" "${plain[@]}" 2> "$rec/ref.err"; rc_ref=$?
if [ "$rc" != 0 ] && [ "$rc_ref" = 0 ]; then
    if grep -q ': error: .*\[asmclobber:' "$rec/L1.err"; then
        status=werror
        mv "$rec/L1.err" "$rec/L1-werror.err"
        set -- "$@" -Wno-error
    else
        status=plugin-fail
        mv "$rec/L1.err" "$rec/L1-fail.err"
        set -- "${plain[@]}"
    fi
    "$cc" "$@" 2> "$rec/L1.err"; rc=$?
fi
cat "$rec/L1.err" >&2
if [ "$rc_ref" != 0 ]; then
    status=ref-fail
else
    scratch "$l2" "${unleveled[@]}" -fplugin-arg-asmclobber-level=2 -Wno-error 2> "$rec/L2.err" ||
        [ "$status" != ok ] || status=plugin-fail-L2
    if [ "$status" = ok ] || [ "$status" = werror ]; then
        if [ "$records" = 1 ]; then
            scratch "$l1" "$@" 2>/dev/null
        else
            cp "$out" "$l1"
        fi
        cmp -s "$l1" "$ref" || status="$status differ-L1"
        cmp -s "$l2" "$ref" || status="$status differ-L2"
        case $status in    # keep the objects that differ, for the report
            *differ*) cp "$l1" "$rec/L1.obj"; cp "$ref" "$rec/ref.obj"; cp "$l2" "$rec/L2.obj";;
        esac
    fi
fi
rm -f "$ref" "$l1" "$l2"
echo "$status" > "$rec/status"
exit "$rc"
