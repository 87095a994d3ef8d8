/* Segment-base class: swapgs, wrgsbase, wrmsr to a base MSR and mov to
   %gs/%fs change what every __seg_gs/__seg_fs access means, so such
   accesses on either side must stay there.  */

extern int __seg_gs gs_var;
extern int __seg_fs fs_var;
extern int plain_var;
extern void opaque_call (void);

int swapgs_then_load (void)
{
  asm volatile ("swapgs" ::: "cc"); /* { dg-warning "executing 'swapgs' has no .* the load from %gs-based \\(__seg_gs\\) memory at segment-base.c:13 may be moved before it .asmclobber:segment-base" } */
  return gs_var; /* { dg-message "note: the load from %gs-based \\(__seg_gs\\) memory is here" } */
}

void store_then_swapgs (int v)
{
  gs_var = v; /* { dg-message "note: the store to %gs-based \\(__seg_gs\\) memory is here" } */
  asm volatile ("swapgs" : : ); /* { dg-warning "executing 'swapgs' has no .* the store to %gs-based \\(__seg_gs\\) memory at segment-base.c:18 may be moved after it" } */
}

void basic_asm_is_ordered (int v)
{
  gs_var = v;
  asm volatile ("swapgs"); /* GCC treats basic asm as a memory clobber: { dg-bogus "asmclobber" } */
}

int swapgs_ignores_fs (void)
{
  asm volatile ("swapgs" ::: "cc"); /* { dg-bogus "asmclobber" } */
  return fs_var + plain_var;
}

int wrgsbase_then_load (unsigned long base)
{
  asm volatile ("wrgsbase %0" :: "r" (base)); /* { dg-warning "executing 'wrgsbase' has no .*asmclobber:segment-base" } */
  return gs_var; /* { dg-message "note: the load" } */
}

int wrfsbase_then_fs_load (unsigned long base)
{
  asm volatile ("wrfsbase %q0" :: "r" (base)); /* { dg-warning "executing 'wrfsbase' has no .* the load from %fs-based \\(__seg_fs\\) memory" } */
  return fs_var; /* { dg-message "note: the load from %fs-based" } */
}

int wrmsr_gs_base (unsigned lo, unsigned hi)
{
  asm volatile ("wrmsr" :: "c" (0xc0000101), "a" (lo), "d" (hi)); /* { dg-warning "executing 'wrmsr' has no .*asmclobber:segment-base" } */
  return gs_var; /* { dg-message "note: the load" } */
}

int wrmsr_kernel_gs_base (unsigned lo, unsigned hi)
{
  asm volatile ("1: wrmsr\n2:\n" :: "c" (0xc0000102), "a" (lo), "d" (hi)); /* { dg-warning "executing 'wrmsr' has no" } */
  return gs_var; /* { dg-message "note: the load" } */
}

int wrmsr_fs_base_with_gs_access (unsigned lo, unsigned hi)
{
  asm volatile ("wrmsr" :: "c" (0xc0000100), "a" (lo), "d" (hi)); /* { dg-bogus "asmclobber" } */
  return gs_var;
}

int wrmsr_unknown_msr (unsigned msr, unsigned lo, unsigned hi)
{
  gs_var = 1; /* { dg-message "note: the store" } */
  asm volatile ("wrmsr" :: "c" (msr), "a" (lo), "d" (hi)); /* { dg-warning "executing 'wrmsr' to an MSR not known at compile time .it may be FS_BASE, GS_BASE or KERNEL_GS_BASE. has no .*may be moved after it" } */
  return 0;
}

int wrmsr_other_msr (unsigned lo, unsigned hi)
{
  /* IA32_TSC_DEADLINE changes no segment base: level 2 only.  */
  asm volatile ("wrmsr" :: "c" (0x6e0), "a" (lo), "d" (hi)); /* { dg-bogus "asmclobber" } */
  return gs_var;
}

int mov_to_gs (unsigned short sel)
{
  asm volatile ("movw %0, %%gs" :: "r" (sel)); /* { dg-warning "executing 'mov to %gs' has no" } */
  return gs_var; /* { dg-message "note: the load" } */
}

int mov_from_gs (void)
{
  unsigned short sel;
  asm volatile ("movw %%gs, %0" : "=r" (sel)); /* { dg-bogus "asmclobber" } */
  return sel + gs_var;
}

int with_memory_clobber (void)
{
  asm volatile ("swapgs" ::: "memory"); /* { dg-bogus "asmclobber" } */
  return gs_var;
}

int call_between (void)
{
  asm volatile ("swapgs" ::: "cc"); /* { dg-bogus "asmclobber" } */
  opaque_call ();
  return gs_var;
}

int memory_asm_between (void)
{
  asm volatile ("swapgs" ::: "cc"); /* { dg-bogus "asmclobber" } */
  asm volatile ("" ::: "memory");
  return gs_var;
}

int operand_names_the_access (void)
{
  asm volatile ("swapgs" : "+m" (plain_var)); /* { dg-bogus "asmclobber" } */
  return plain_var;
}

/* FRED's lkgs loads the inactive GS base (the user's, in the kernel):
   no %gs access of the running code depends on it (level 2 only).  */
int gs_load_index (unsigned short sel)
{
  asm volatile (".byte 0xf2,0x0f,0x00,0xf7" : "+D" (sel)); /* { dg-bogus "asmclobber" } */
  return sel + gs_var;
}
