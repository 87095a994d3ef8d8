/* Fence class: a fence orders every memory access, so a fence without
   "memory" next to any access is a bug.  */

extern int flag, data;
extern void opaque_call (void);

void publish (int v)
{
  data = v; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("sfence" ::: ); /* { dg-warning "executing 'sfence' has no .* the store to memory at fence.c:9 may be moved after it .asmclobber:fence." } */
  flag = 1;
}

int consume (void)
{
  asm volatile ("lfence" : : : "cc"); /* { dg-warning "executing 'lfence' has no .* the load from memory at fence.c:17 may be moved before it" } */
  return data; /* { dg-message "note: the load from memory is here" } */
}

void full (int *p)
{
  *p = 1; /* { dg-message "note: the store" } */
  asm volatile ("mfence" : : : "cc"); /* { dg-warning "executing 'mfence' has no" } */
}

void serialize_insn (void)
{
  data = 3; /* { dg-message "note: the store" } */
  asm volatile ("serialize" : : : "cc"); /* { dg-warning "executing 'serialize' has no" } */
}

void with_memory (int v)
{
  data = v;
  asm volatile ("mfence" ::: "memory"); /* { dg-bogus "asmclobber" } */
}

void atomic_builtins_are_barriers (int v)
{
  data = v;
  __atomic_thread_fence (__ATOMIC_SEQ_CST);
  asm volatile ("mfence" ::: "cc"); /* { dg-bogus "asmclobber" } */
  __sync_synchronize ();
  flag = 1;
}

void signal_fence_is_a_barrier (int v)
{
  data = v;
  __atomic_signal_fence (__ATOMIC_SEQ_CST);
  asm volatile ("mfence" ::: "cc"); /* { dg-bogus "asmclobber" } */
  __atomic_store_n (&flag, 1, __ATOMIC_RELAXED);
}

int nothing_nearby (int x)
{
  asm volatile ("mfence" ::: "cc"); /* { dg-bogus "asmclobber" } */
  return x + 1;
}

void operand_orders_it (void)
{
  asm volatile ("mfence" : "+m" (data)); /* { dg-bogus "asmclobber" } */
}

/* A fence in the asm that reads a time-stamp or performance counter
   orders that read against the instructions around it (rdtsc_ordered),
   not memory accesses against each other: no access depends on it, so
   these are level 2 only.  */
unsigned long long tsc_after_lfence (void)
{
  unsigned int lo, hi;
  data = 1;
  asm volatile ("lfence; rdtsc" : "=a" (lo), "=d" (hi)); /* { dg-bogus "asmclobber" } */
  flag = 2;
  return ((unsigned long long) hi << 32) | lo;
}

unsigned long long tsc_fenced_both_sides (void)
{
  unsigned int lo, hi;
  data = 1;
  asm volatile ("mfence; lfence; rdtsc; lfence" : "=a" (lo), "=d" (hi)); /* { dg-bogus "asmclobber" } */
  return ((unsigned long long) hi << 32) | lo | flag;
}

unsigned int tscp_then_lfence (void)
{
  unsigned int lo, hi, aux;
  data = 1;
  asm volatile ("rdtscp; lfence" : "=a" (lo), "=d" (hi), "=c" (aux)); /* { dg-bogus "asmclobber" } */
  return lo + flag;
}

unsigned int pmc_encoded (void)
{
  unsigned int lo, hi;
  data = 1;
  asm volatile (".byte 0x0f,0xae,0xe8\n\t.byte 0x0f,0x33" : "=a" (lo), "=d" (hi) : "c" (0)); /* { dg-bogus "asmclobber" } */
  return lo + flag;
}

/* A fence with no counter read in its asm still orders memory.  */
unsigned int fence_then_separate_tsc (void)
{
  unsigned int lo, hi;
  data = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("lfence" ::: "cc"); /* { dg-warning "executing 'lfence' has no .* the store to memory at fence.c:\[0-9\]+ may be moved after it .asmclobber:fence." } */
  asm volatile ("rdtsc" : "=a" (lo), "=d" (hi));
  return lo;
}
