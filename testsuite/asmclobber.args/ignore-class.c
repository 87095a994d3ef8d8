/* ignore=CLASS silences every instruction of that class and no other class.  */
/* { dg-options "-fplugin-arg-asmclobber-ignore=descriptor" } */

struct desc_struct { unsigned short a, b, c, d; };
extern struct desc_struct gdt[16];
extern int shared;

void load_tr (unsigned short v)
{
  gdt[8].a = v;
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-bogus "asmclobber" } */
}

void load_ldt (unsigned short v)
{
  gdt[10].a = v;
  asm volatile ("lldt %w0" :: "q" (80)); /* { dg-bogus "asmclobber" } */
}

void publish (void)
{
  shared = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mfence" ::: "cc"); /* { dg-warning {warning: 'asm' executing 'mfence' has no .* \[asmclobber:fence\]} } */
  /* { dg-fixit 34 {, "memory"} .-1 } */
}
