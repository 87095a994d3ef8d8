/* descriptor-types= with a name that is no identifier is an error.  */
/* { dg-options "-fplugin-arg-asmclobber-descriptor-types=bad-name!" } */
/* { dg-error {error: 'bad-name!' in '-fplugin-arg-asmclobber-descriptor-types' is not a type name} "" { target *-*-* } 0 } */

int unused;
