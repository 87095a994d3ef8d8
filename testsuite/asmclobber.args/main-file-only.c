/* main-file-only: asm written in a header is not reported, asm in the main file still is.  */
/* { dg-options "-O2 -fplugin-arg-asmclobber-main-file-only" } */
#include "main-file.h"

struct desc_struct { unsigned short a, b, c, d; };
extern struct desc_struct gdt[16];

void via_header (unsigned short v)
{
  gdt[8].a = v;
  load_tr_from_header ();
}
/* { dg-bogus {main-file\.h:.*asmclobber} "header asm not reported" { target *-*-* } 0 } */

void in_main_file (unsigned short v)
{
  gdt[9].a = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %w0" :: "q" (72)); /* { dg-warning {warning: 'asm' executing 'ltr' has no .* \[asmclobber:descriptor\]} } */
  /* { dg-fixit 38 { : "memory"} .-1 } */
}
