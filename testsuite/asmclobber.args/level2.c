/* level=2 reports every state-changing asm without "memory", nearby access or not.  */
/* { dg-options "-fplugin-arg-asmclobber-level=2" } */

struct desc_struct { unsigned short a, b, c, d; };
extern struct desc_struct gdt[16];

void clear_task_switched (void)
{
  asm volatile ("clts" ::: "cc"); /* { dg-warning {warning: 'asm' executing 'clts' has no '"memory"' clobber; the compiler may move memory accesses across it \[asmclobber:system-state\]} } */
  /* { dg-fixit 32 {, "memory"} .-1 } */
}

void load_tr_alone (void)
{
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-warning {warning: 'asm' executing 'ltr' has no '"memory"' clobber; the compiler may move memory accesses across it \[asmclobber:descriptor\]} } */
  /* { dg-fixit 38 { : "memory"} .-1 } */
}

void load_tr (unsigned short v)
{
  gdt[8].a = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-warning {the store to descriptor-table memory at level2\.c:21 may be moved after it \[asmclobber:descriptor\]} } */
  /* { dg-fixit 38 { : "memory"} .-1 } */
}

void flush_with_clobber (void)
{
  asm volatile ("clts" ::: "memory"); /* { dg-bogus "asmclobber" } */
}

unsigned read_msr (void)
{
  unsigned lo, hi;
  asm volatile ("rdmsr" : "=a" (lo), "=d" (hi) : "c" (0x10)); /* { dg-bogus "asmclobber" } */
  return lo ^ hi;
}
