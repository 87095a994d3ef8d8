/* Plain mov is no instruction name (only mov-cr3, mov-gs, ... are).  */
/* { dg-options "-fplugin-arg-asmclobber-ignore=mov" } */
/* { dg-error {error: unknown class or instruction 'mov' in '-fplugin-arg-asmclobber-ignore'} "" { target *-*-* } 0 } */

int unused;
