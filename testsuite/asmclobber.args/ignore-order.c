/* For one instruction the later of ignore=/check= wins: ltr is checked, lldt ignored.  */
/* { dg-options "-fplugin-arg-asmclobber-ignore=ltr -fplugin-arg-asmclobber-check=ltr,lldt -fplugin-arg-asmclobber-ignore=lldt" } */

struct desc_struct { unsigned short a, b, c, d; };
extern struct desc_struct gdt[16];

void load_tr (unsigned short v)
{
  gdt[8].a = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-warning {warning: 'asm' executing 'ltr' has no .* \[asmclobber:descriptor\]} } */
  /* { dg-fixit 38 { : "memory"} .-1 } */
}

void load_ldt (unsigned short v)
{
  gdt[10].a = v;
  asm volatile ("lldt %w0" :: "q" (80)); /* { dg-bogus "asmclobber" } */
}
