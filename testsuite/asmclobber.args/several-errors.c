/* Every bad argument of one command line is reported, not just the first.  */
/* { dg-options "-fplugin-arg-asmclobber-help=1 -fplugin-arg-asmclobber-main-file-only=yes -fplugin-arg-asmclobber-page-table-types= -fplugin-arg-asmclobber-check=fence, -fplugin-arg-asmclobber-descriptor-types=ok_name,x.y -fplugin-arg-asmclobber-nosuch=1" } */
/* { dg-error {error: '-fplugin-arg-asmclobber-help' takes no value \(got '1'\)} "help=1" { target *-*-* } 0 } */
/* { dg-error {error: '-fplugin-arg-asmclobber-main-file-only' takes no value \(got 'yes'\)} "main-file-only=yes" { target *-*-* } 0 } */
/* { dg-error {error: '-fplugin-arg-asmclobber-page-table-types' needs a comma-separated list} "page-table-types=" { target *-*-* } 0 } */
/* { dg-error {error: empty item in '-fplugin-arg-asmclobber-check=fence,'} "check=fence," { target *-*-* } 0 } */
/* { dg-error {error: 'x\.y' in '-fplugin-arg-asmclobber-descriptor-types' is not a type name} "x.y" { target *-*-* } 0 } */
/* { dg-error {error: unknown argument '-fplugin-arg-asmclobber-nosuch'} "nosuch=1" { target *-*-* } 0 } */
/* { dg-bogus {-fplugin-arg-asmclobber-level=N} "no help" { target *-*-* } 0 } */

int unused;
