/* disable takes no value: disable=1 is an error.  */
/* { dg-options "-fplugin-arg-asmclobber-disable=1" } */
/* { dg-error {error: '-fplugin-arg-asmclobber-disable' takes no value \(got '1'\)} "" { target *-*-* } 0 } */

int unused;
