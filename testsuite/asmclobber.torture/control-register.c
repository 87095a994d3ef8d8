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
