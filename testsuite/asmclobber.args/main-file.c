/* Without main-file-only, asm written in a header is reported as well as asm in the main file.  */
/* { dg-options "-O2" } */
#include "main-file.h"

struct desc_struct { unsigned short a, b, c, d; };
extern struct desc_struct gdt[16];

void via_header (unsigned short v)
{
  gdt[8].a = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  load_tr_from_header ();
}
/* { dg-warning {main-file\.h:4:[0-9]+: warning: 'asm' executing 'ltr' has no .* at main-file\.c:10 may be moved after it \[asmclobber:descriptor\]} "header asm reported" { target *-*-* } 0 } */
/* { dg-fixit 38 { : "memory"} 4 } */

void in_main_file (unsigned short v)
{
  gdt[9].a = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %w0" :: "q" (72)); /* { dg-warning {warning: 'asm' executing 'ltr' has no .* \[asmclobber:descriptor\]} } */
  /* { dg-fixit 38 { : "memory"} .-1 } */
}
