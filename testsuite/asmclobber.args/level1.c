/* level=1 is the default level: a nearby store is reported, a lone asm is not.  */
/* { dg-options "-fplugin-arg-asmclobber-level=1" } */

struct desc_struct { unsigned short a, b, c, d; };
extern struct desc_struct gdt[16];

void load_tr (unsigned short v)
{
  gdt[8].a = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-warning {warning: 'asm' executing 'ltr' has no '"memory"' clobber; the store to descriptor-table memory at level1\.c:9 may be moved after it \[asmclobber:descriptor\]} } */
  /* { dg-fixit 38 { : "memory"} .-1 } */
}

void clear_task_switched (void)
{
  asm volatile ("clts" ::: "cc"); /* { dg-bogus "asmclobber" } */
}
