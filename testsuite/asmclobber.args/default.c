/* Without arguments the level is 1: a nearby store is reported, a lone asm is not.  */

struct desc_struct { unsigned short a, b, c, d; };
extern struct desc_struct gdt[16];

void load_tr (unsigned short v)
{
  gdt[8].a = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-warning {warning: 'asm' executing 'ltr' has no '"memory"' clobber; the store to descriptor-table memory at default\.c:8 may be moved after it \[asmclobber:descriptor\]} } */
  /* { dg-fixit 38 { : "memory"} .-1 } */
}

void clear_task_switched (void)
{
  asm volatile ("clts" ::: "cc"); /* { dg-bogus "asmclobber" } */
}
