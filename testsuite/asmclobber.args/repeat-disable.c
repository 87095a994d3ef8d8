/* disable given twice is an error.  */
/* { dg-options "-fplugin-arg-asmclobber-disable -fplugin-arg-asmclobber-disable" } */
/* { dg-error {error: '-fplugin-arg-asmclobber-disable' given more than once} "" { target *-*-* } 0 } */

int unused;
