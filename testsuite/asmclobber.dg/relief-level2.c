/* { dg-options "-O2 -mno-red-zone -fplugin-arg-asmclobber-level=2" } */
/* At level 2 an asm whose instruction no nearby access depends on, by a
   rule about the CPU, is reported with that rule.  -mno-red-zone makes
   this supervisor code (an interrupt taken in ring 0 would overwrite the
   red zone).  */

extern int counter;

unsigned int tsc (void)
{
  unsigned int lo, hi;
  counter = 1;
  asm volatile ("lfence; rdtsc" : "=a" (lo), "=d" (hi)); /* { dg-warning "'asm' executing 'lfence' has no '\"memory\"' clobber; the compiler may move memory accesses across it, but none is known to depend on it here: the fence orders the counter read in this asm against execution, not memory accesses .asmclobber:fence." } */
  return lo;
}

void pkru (unsigned int v)
{
  counter = 1;
  asm volatile ("wrpkru" :: "a" (v), "c" (0), "d" (0)); /* { dg-warning "executing 'wrpkru' has no .* but none is known to depend on it here: in supervisor code protection keys govern only user pages, which plain accesses do not reach .asmclobber:pkru." } */
  counter = 2;
}

void keep_flags (void)
{
  counter = 1;
  asm volatile ("pushfq; cli; nop; popfq" ::: "cc"); /* { dg-warning "executing 'cli' has no .* but none is known to depend on it here: the asm leaves the interrupt flag as it found it .asmclobber:interrupt." } */
  counter = 2;
}

void task_switched (void)
{
  unsigned long c;
  counter = 1;
  asm volatile ("mov %%cr0,%0" : "=r" (c));
  asm volatile ("mov %0,%%cr0" :: "r" (c | 8)); /* { dg-warning "executing 'mov to %cr0' has no .* but none is known to depend on it here: the write changes only bits that no data access depends on .asmclobber:control-register." } */
  counter = 2;
}

/* With an instruction that is not relieved in the same asm, that one is
   reported, with its access.  */
void fence_and_cli (void)
{
  unsigned int lo, hi;
  counter = 1;
  asm volatile ("lfence; rdtsc; cli" : "=a" (lo), "=d" (hi)); /* { dg-warning "executing 'cli' has no .* the store to memory at relief-level2.c:\[0-9\]+ may be moved before it .asmclobber:interrupt." } */
  counter = 3; /* { dg-message "note: the store to memory is here" } */
}
