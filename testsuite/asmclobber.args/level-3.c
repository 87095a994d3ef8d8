/* level=3 is out of range: an error quoting the value.  */
/* { dg-options "-fplugin-arg-asmclobber-level=3" } */
/* { dg-error {error: '-fplugin-arg-asmclobber-level' takes 0, 1 or 2 \(got '3'\)} "" { target *-*-* } 0 } */

int unused;
