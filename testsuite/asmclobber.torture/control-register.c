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

/* A shadow copy the code keeps (Linux's cpu_tlbstate.cr4, Xen's
   cpu_info): the value written is also stored to the memory it was
   computed from, so that memory holds the register's value and only the
   bits changed from it count.  */
struct cpu_area { unsigned long pad[3]; unsigned long cr4; };
extern struct cpu_area cpu_area;

void shadowed_machine_check (void)
{
  shared_word = 1;
  unsigned long v = cpu_area.cr4 | 0x40;
  cpu_area.cr4 = v;
  asm volatile ("mov %0,%%cr4" :: "r" (v)); /* { dg-bogus "asmclobber" } */
  shared_word = 2;
}

/* The shadow reached through its address computed twice, as Xen's
   read_cr4 () and write_cr4 () each call get_cpu_info ().  */
#define CPU_AREA(base) ((struct cpu_area *) (((base) | 0xfff) - 0xfff))

void shadowed_cet_off (unsigned long base)
{
  shared_word = 1;
  unsigned long v = CPU_AREA (base)->cr4 & ~0x800000ul;
  CPU_AREA (base)->cr4 = v;
  asm volatile ("mov %0,%%cr4" :: "r" (v)); /* { dg-bogus "asmclobber" } */
  shared_word = 2;
}

/* Xen 4.17's write_cr4 (): the shadow gets the written value only after
   the write (before it, a value with fewer bits).  */
void shadowed_after_the_write (unsigned long base)
{
  shared_word = 1;
  unsigned long v = CPU_AREA (base)->cr4 | 0x2000;
  CPU_AREA (base)->cr4 = v & (CPU_AREA (base)->cr4 | ~0x10000ul);
  asm volatile ("mov %1,%%cr4" : "+m" (CPU_AREA (base)->cr4) : "r" (v)); /* { dg-bogus "asmclobber" } */
  CPU_AREA (base)->cr4 = v;
  shared_word = 2;
}

/* After the write, the value stored past a call proves no shadow.  */
void stored_after_a_call (void)
{
  unsigned long v = cpu_area.cr4 | 0x40;
  shared_word = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mov %0,%%cr4" :: "r" (v)); /* { dg-warning "executing 'mov to %cr4' has no .* may be moved after it" } */
  opaque_call ();
  cpu_area.cr4 = v;
}

/* No shadow: another value is stored there, or the value is stored
   elsewhere.  */
void shadow_gets_another_value (void)
{
  shared_word = 1;
  unsigned long v = cpu_area.cr4 | 0x40;
  cpu_area.cr4 = v | 0x80; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mov %0,%%cr4" :: "r" (v)); /* { dg-warning "executing 'mov to %cr4' has no" } */
}

void value_stored_elsewhere (struct cpu_area *other)
{
  shared_word = 1;
  unsigned long v = cpu_area.cr4 | 0x40;
  other->cr4 = v; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mov %0,%%cr4" :: "r" (v)); /* { dg-warning "executing 'mov to %cr4' has no" } */
}

/* A shadow does not hide a data bit: toggling PGE.  */
void shadowed_global_pages (void)
{
  shared_word = 1;
  unsigned long v = cpu_area.cr4 ^ 0x80;
  cpu_area.cr4 = v; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mov %0,%%cr4" :: "r" (v)); /* { dg-warning "executing 'mov to %cr4' has no .* may be moved after it" } */
}

/* A call between the shadow's load and the write may have changed the
   register.  */
void shadow_then_call (void)
{
  unsigned long v = cpu_area.cr4 | 0x40;
  cpu_area.cr4 = v;
  opaque_call ();
  asm volatile ("mov %0,%%cr4" :: "r" (v)); /* { dg-warning "executing 'mov to %cr4' has no .* may be moved before it" } */
  shared_word = 2; /* { dg-message "note: the store to memory is here" } */
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
