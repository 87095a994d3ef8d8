/* An empty item inside an ignore= list is an error.  */
/* { dg-options "-fplugin-arg-asmclobber-ignore=fence,,ltr" } */
/* { dg-error {error: empty item in '-fplugin-arg-asmclobber-ignore=fence,,ltr'} "" { target *-*-* } 0 } */

int unused;
