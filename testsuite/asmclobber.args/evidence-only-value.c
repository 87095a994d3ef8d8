/* evidence-only takes no value.  */
/* { dg-options "-fplugin-arg-asmclobber-evidence-only=yes" } */
/* { dg-error {error: '-fplugin-arg-asmclobber-evidence-only' takes no value \(got 'yes'\)} "evidence-only=yes" { target *-*-* } 0 } */

int unused;
