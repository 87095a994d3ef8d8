/* check= naming no class or instruction is an error naming the item.  */
/* { dg-options "-fplugin-arg-asmclobber-check=nosuch" } */
/* { dg-error {error: unknown class or instruction 'nosuch' in '-fplugin-arg-asmclobber-check'} "" { target *-*-* } 0 } */

int unused;
