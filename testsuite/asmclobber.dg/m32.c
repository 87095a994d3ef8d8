/* { dg-options "-O2 -m32" } */
/* i386: per-CPU data lives on %fs (__seg_fs); the set_tss_desc()/ltr pair
   of cpu_init_exception_handling() meets after inlining.  */

struct desc_struct { unsigned short limit0, base0, flags0, flags1; };
extern struct desc_struct gdt[32];
extern int __seg_fs cpu_number;

static inline void set_tss_desc (unsigned long addr)
{
  struct desc_struct d = { 0x67, addr & 0xffff, 0x8900, 0 };
  __builtin_memcpy (&gdt[16], &d, sizeof d); /* { dg-message "note: the store to descriptor-table memory" } */
}

static inline void load_tr_desc (void)
{
  asm volatile ("ltr %w0" :: "q" (16 * 8)); /* { dg-warning "executing 'ltr' has no .*asmclobber:descriptor" } */
}

void cpu_init_exception_handling (unsigned long tss)
{
  set_tss_desc (tss);
  load_tr_desc ();
}

int load_fs (unsigned short sel)
{
  asm volatile ("movl %k0, %%fs" :: "r" (sel)); /* { dg-warning "executing 'mov to %fs' has no .* the load from %fs-based \\(__seg_fs\\) memory" } */
  return cpu_number; /* { dg-message "note: the load from %fs-based" } */
}

int pushf_popf (unsigned long flags)
{
  cpu_number = 1; /* { dg-message "note: the store" } */
  asm volatile ("pushl %0 ; popfl" :: "g" (flags) : "cc"); /* { dg-warning "executing 'popf'" } */
  return 0;
}
