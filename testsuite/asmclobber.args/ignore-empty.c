/* ignore= with an empty list is an error.  */
/* { dg-options "-fplugin-arg-asmclobber-ignore=" } */
/* { dg-error {error: '-fplugin-arg-asmclobber-ignore' needs a comma-separated list} "" { target *-*-* } 0 } */

int unused;
