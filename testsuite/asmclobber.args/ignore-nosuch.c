/* ignore= naming no class or instruction is an error naming the item.  */
/* { dg-options "-fplugin-arg-asmclobber-ignore=nosuch" } */
/* { dg-error {error: unknown class or instruction 'nosuch' in '-fplugin-arg-asmclobber-ignore'} "" { target *-*-* } 0 } */

int unused;
