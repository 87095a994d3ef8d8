/* disable together with level=1 is a contradiction: an error.  */
/* { dg-options "-fplugin-arg-asmclobber-disable -fplugin-arg-asmclobber-level=1" } */
/* { dg-error {error: '-fplugin-arg-asmclobber-disable' contradicts '-fplugin-arg-asmclobber-level=1'} "" { target *-*-* } 0 } */

int unused;
