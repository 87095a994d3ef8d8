/* level= with an empty value is an error.  */
/* { dg-options "-fplugin-arg-asmclobber-level=" } */
/* { dg-error {error: '-fplugin-arg-asmclobber-level' takes 0, 1 or 2 \(got ''\)} "" { target *-*-* } 0 } */

int unused;
