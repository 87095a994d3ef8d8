/* More than 64 ignore=/check= items is an error, not an overflow (fence 65 times).  */
/* { dg-options "-fplugin-arg-asmclobber-ignore=fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence,fence" } */
/* { dg-error {error: too many items in '-fplugin-arg-asmclobber-ignore' \(at most 64\)} "" { target *-*-* } 0 } */

int unused;
