/* { dg-options "-O2 -fplugin-arg-asmclobber-level=2" } */
/* Level 2 reports every state-changing asm without "memory", nearby access
   or not; one with a nearby access still names it.  */

struct desc_struct { unsigned int a, b; };
extern struct desc_struct gdt[16];
extern void get_cpu_entry_area (void);

void alone (void)
{
  asm volatile ("clts" ::: "cc"); /* { dg-warning "'asm' executing 'clts' has no '\"memory\"' clobber; the compiler may move memory accesses across it .asmclobber:system-state." } */
}

void other_msr (unsigned int lo)
{
  asm volatile ("wrmsr" :: "c" (0x6e0), "a" (lo), "d" (0)); /* { dg-warning "executing 'wrmsr' has no .*asmclobber:system-state" } */
}

/* The x86-64 shape of native_load_tr_desc(): an out-of-line call orders
   the GDT store, so this is a level-2 finding only, which names the store
   and the call.  */
void x86_64_load_tr (unsigned int v)
{
  gdt[8].a = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  get_cpu_entry_area (); /* { dg-message "note: the call to 'get_cpu_entry_area' is here" } */
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-warning "executing 'ltr' has no '\"memory\"' clobber; the store to descriptor-table memory at level2.c:\[0-9\]+ stays before it only because of the call to 'get_cpu_entry_area' between them, which inlining or LTO may remove .asmclobber:descriptor." } */
}

/* A call to a builtin is no such call: nothing past it is named.  */
void past_builtin (unsigned int v)
{
  gdt[9].a = v; /* { dg-bogus "note" "ordered by a builtin call GCC knows" } */
  __atomic_thread_fence (__ATOMIC_SEQ_CST);
  asm volatile ("ltr %w0" :: "q" (72)); /* { dg-warning "executing 'ltr' has no .* the compiler may move memory accesses across it .asmclobber:descriptor." } */
}

void nearby_still_named (unsigned int v)
{
  gdt[8].a = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-warning "executing 'ltr' has no .* at level2.c:\[0-9\]+ may be moved after it" } */
}

void with_memory (void)
{
  asm volatile ("clts" ::: "memory"); /* { dg-bogus "asmclobber" } */
}

void read_only (void)
{
  unsigned long cr3;
  asm volatile ("mov %%cr3, %0" : "=r" (cr3)); /* { dg-bogus "asmclobber" } */
  (void) cr3;
}

static inline void never_called (void)
{
  /* Not reported: unused inline functions never reach the check.  */
  asm volatile ("hlt" ::: "cc"); /* { dg-bogus "asmclobber" } */
}
