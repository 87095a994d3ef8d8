/* level given twice is an error, even with valid values.  */
/* { dg-options "-fplugin-arg-asmclobber-level=1 -fplugin-arg-asmclobber-level=2" } */
/* { dg-error {error: '-fplugin-arg-asmclobber-level' given more than once} "" { target *-*-* } 0 } */

int unused;
