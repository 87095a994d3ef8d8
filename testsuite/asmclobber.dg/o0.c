/* { dg-options "-O0" } */
/* At -O0 nothing is inlined: a call to the helper orders the accesses
   around it; always_inline helpers are still inlined and checked.  */

extern int __seg_gs cpu_word;

static inline void swapgs_helper (void)
{
  asm volatile ("swapgs" ::: "cc"); /* { dg-bogus "asmclobber" } */
}

int through_a_call (void)
{
  swapgs_helper ();
  return cpu_word;
}

static inline __attribute__ ((always_inline)) void swapgs_always (void)
{
  asm volatile ("swapgs" : : : "cc", "cc"); /* { dg-warning "executing 'swapgs' has no" } */
}

int always_inlined (void)
{
  swapgs_always ();
  return cpu_word; /* { dg-message "note: the load" } */
}
