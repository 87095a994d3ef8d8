/* Control-register class: a write to %cr0/%cr3/%cr4 changes the address
   space itself, so every memory access must stay on its side.  */

extern unsigned long shared_word;
extern void opaque_call (void);

void store_then_cr3 (unsigned long pgd)
{
  shared_word = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mov %0, %%cr3" :: "r" (pgd)); /* { dg-warning "'asm' executing 'mov to %cr3' has no '\"memory\"' clobber; the store to memory at control-register.c:9 may be moved after it .asmclobber:control-register." } */
}

unsigned long cr4_then_load (unsigned long v)
{
  asm volatile ("movq %0,%%cr4" :: "r" (v)); /* { dg-warning "executing 'mov to %cr4' has no .* the load from memory at control-register.c:16 may be moved before it" } */
  return shared_word; /* { dg-message "note: the load from memory is here" } */
}

void cr0_with_pointer_store (unsigned long v, int *p)
{
  *p = 0; /* { dg-message "note: the store to memory" } */
  asm volatile ("mov %0, %%cr0" :: "r" (v)); /* { dg-warning "executing 'mov to %cr0'" } */
}

unsigned long read_cr3_is_not_reported (void)
{
  unsigned long v;
  shared_word = 2;
  asm volatile ("mov %%cr3, %0" : "=r" (v)); /* { dg-bogus "asmclobber" } */
  return v + shared_word;
}

void with_memory (unsigned long pgd)
{
  shared_word = 1;
  asm volatile ("mov %0, %%cr3" :: "r" (pgd) : "memory"); /* { dg-bogus "asmclobber" } */
}

void call_between (unsigned long pgd)
{
  shared_word = 1;
  opaque_call ();
  asm volatile ("mov %0, %%cr3" :: "r" (pgd)); /* { dg-bogus "asmclobber" } */
  opaque_call ();
  shared_word = 2;
}

void private_locals_do_not_count (unsigned long pgd)
{
  unsigned long local = pgd * 2;
  asm volatile ("mov %0, %%cr3" :: "r" (local)); /* { dg-bogus "asmclobber" } */
}

/* A write that changes only bits no data access depends on (CR0.TS, the
   FPU; CR0.CD/NW, caching; CR4.MCE, machine checks) changes the meaning of
   no access: level 2 only.  The value must come from a read of the same
   register just before it.  */
void set_task_switched (void)
{
  unsigned long c;
  shared_word = 1;
  asm volatile ("mov %%cr0,%0" : "=r" (c));
  asm volatile ("mov %0,%%cr0" :: "r" (c | 8)); /* { dg-bogus "asmclobber" } */
  shared_word = 2;
}

void cache_disable (unsigned long on)
{
  unsigned long c;
  shared_word = 1;
  asm volatile ("mov %%cr0,%0" : "=r" (c));
  asm volatile ("mov %0,%%cr0" :: "r" ((c & ~0x60000000ul) | (on & 0x60000000ul))); /* { dg-bogus "asmclobber" } */
  shared_word = 2;
}

void enable_machine_check (void)
{
  unsigned long c;
  shared_word = 1;
  asm volatile ("mov %%cr4,%0" : "=r" (c));
  asm volatile ("mov %0,%%cr4" :: "r" (c | 0x40)); /* { dg-bogus "asmclobber" } */
  shared_word = 2;
}

/* CR0.WP decides whether supervisor stores to read-only pages fault.  */
void set_write_protect (void)
{
  unsigned long c;
  shared_word = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mov %%cr0,%0" : "=r" (c));
  asm volatile ("mov %0,%%cr0" :: "r" (c | 0x10000)); /* { dg-warning "executing 'mov to %cr0' has no .* may be moved after it" } */
}

/* Toggling CR4.PGE flushes the global translations.  */
void toggle_global_pages (void)
{
  unsigned long c;
  shared_word = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mov %%cr4,%0" : "=r" (c));
  asm volatile ("mov %0,%%cr4" :: "r" (c ^ 0x80)); /* { dg-warning "executing 'mov to %cr4' has no .* may be moved after it" } */
}

/* Another asm between the read and the write may have changed the
   register: writing back the value read turns paging on again here.  */
void read_write_apart (void)
{
  unsigned long c;
  shared_word = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mov %%cr0,%0" : "=r" (c));
  asm volatile ("mov %0,%%cr0" :: "r" (c & ~0x80000000ul)); /* { dg-warning "executing 'mov to %cr0' has no" } */
  asm volatile ("mov %0,%%cr0" :: "r" (c)); /* { dg-warning "executing 'mov to %cr0' has no" } */
}

/* A value not read from the register (a shadow copy in memory).  */
void from_a_shadow (unsigned long *shadow)
{
  shared_word = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mov %0,%%cr4" :: "r" (*shadow | 0x40)); /* { dg-warning "executing 'mov to %cr4' has no" } */
}

/* SeaBIOS's cr0_mask(): a read by a non-volatile asm, the write of CD/NW
   bits loaded from memory and masked.  */
struct call16_data { unsigned long cr0; };
extern struct call16_data call16_data;

static inline unsigned long cr0_read (void)
{
  unsigned long cr0;
  asm ("mov %%cr0, %0" : "=r" (cr0));
  return cr0;
}

static inline void cr0_mask (unsigned long off, unsigned long on)
{
  asm volatile ("mov %0, %%cr0" :: "r" ((cr0_read () & ~off) | on)); /* { dg-bogus "asmclobber" } */
}

void call32_post (void)
{
  shared_word = 1;
  unsigned long caching = call16_data.cr0 & 0x60000000ul;
  if (caching)
    cr0_mask (0x60000000ul, caching);
  shared_word = 2;
}
