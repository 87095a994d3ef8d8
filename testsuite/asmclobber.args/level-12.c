/* level=12 (a valid first digit) is still an error.  */
/* { dg-options "-fplugin-arg-asmclobber-level=12" } */
/* { dg-error {error: '-fplugin-arg-asmclobber-level' takes 0, 1 or 2 \(got '12'\)} "" { target *-*-* } 0 } */

int unused;
