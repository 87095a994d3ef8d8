/* level=x is not a number: an error quoting the value.  */
/* { dg-options "-fplugin-arg-asmclobber-level=x" } */
/* { dg-error {error: '-fplugin-arg-asmclobber-level' takes 0, 1 or 2 \(got 'x'\)} "" { target *-*-* } 0 } */

int unused;
