/* ignore= given twice is no repeat error: the lists add up (fence and descriptor ignored, interrupt still checked).  */
/* { dg-options "-fplugin-arg-asmclobber-ignore=fence -fplugin-arg-asmclobber-ignore=descriptor" } */

struct desc_struct { unsigned short a, b, c, d; };
extern struct desc_struct gdt[16];
extern int shared;

void publish (void)
{
  shared = 1;
  asm volatile ("mfence" ::: "cc"); /* { dg-bogus "asmclobber" } */
}

void load_tr (unsigned short v)
{
  gdt[8].a = v;
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-bogus "asmclobber" } */
}

void irq_off (void)
{
  asm volatile ("cli" ::: "cc"); /* { dg-warning {warning: 'asm' executing 'cli' has no .* \[asmclobber:interrupt\]} } */
  /* { dg-fixit 31 {, "memory"} .-1 } */
  shared = 2; /* { dg-message "note: the store to memory is here" } */
}
