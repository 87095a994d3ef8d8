/* level=2 before disable is a contradiction too, whatever the order.  */
/* { dg-options "-fplugin-arg-asmclobber-level=2 -fplugin-arg-asmclobber-disable" } */
/* { dg-error {error: '-fplugin-arg-asmclobber-disable' contradicts '-fplugin-arg-asmclobber-level=2'} "" { target *-*-* } 0 } */

int unused;
