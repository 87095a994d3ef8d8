/* An unknown argument is an error naming the key.  */
/* { dg-options "-fplugin-arg-asmclobber-bogus" } */
/* { dg-error {error: unknown argument '-fplugin-arg-asmclobber-bogus'; '-fplugin-arg-asmclobber-help' lists them} "" { target *-*-* } 0 } */

int unused;
