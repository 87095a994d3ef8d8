/* help, main-file-only and evidence-only given twice are errors too (and no help is printed).  */
/* { dg-options "-fplugin-arg-asmclobber-help -fplugin-arg-asmclobber-main-file-only -fplugin-arg-asmclobber-evidence-only -fplugin-arg-asmclobber-help -fplugin-arg-asmclobber-main-file-only -fplugin-arg-asmclobber-evidence-only" } */
/* { dg-error {error: '-fplugin-arg-asmclobber-help' given more than once} "help twice" { target *-*-* } 0 } */
/* { dg-error {error: '-fplugin-arg-asmclobber-main-file-only' given more than once} "main-file-only twice" { target *-*-* } 0 } */
/* { dg-error {error: '-fplugin-arg-asmclobber-evidence-only' given more than once} "evidence-only twice" { target *-*-* } 0 } */
/* { dg-bogus {-fplugin-arg-asmclobber-level=N} "no help" { target *-*-* } 0 } */

int unused;
