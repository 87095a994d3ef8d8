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
