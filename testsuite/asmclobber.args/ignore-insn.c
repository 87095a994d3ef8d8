/* ignore=INSN silences that instruction only, not the rest of its class.  */
/* { dg-options "-fplugin-arg-asmclobber-ignore=ltr" } */

struct desc_struct { unsigned short a, b, c, d; };
extern struct desc_struct gdt[16];

void load_tr (unsigned short v)
{
  gdt[8].a = v;
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-bogus "asmclobber" } */
}

void load_tr_suffixed (unsigned short v)
{
  gdt[9].a = v;
  asm volatile ("ltrw %w0" :: "q" (72)); /* { dg-bogus "asmclobber" } */
}

void load_ldt (unsigned short v)
{
  gdt[10].a = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("lldt %w0" :: "q" (80)); /* { dg-warning {warning: 'asm' executing 'lldt' has no .* \[asmclobber:descriptor\]} } */
  /* { dg-fixit 39 { : "memory"} .-1 } */
}
