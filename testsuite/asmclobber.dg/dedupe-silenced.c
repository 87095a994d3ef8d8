/* { dg-options "-O2 -w" } */
/* -w silences the warnings and with them the end-of-unit note counting
   the other places.  */

extern int __seg_gs cpu_word;

static inline void swapgs (void)
{
  asm volatile ("swapgs" ::: "cc"); /* { dg-bogus "asmclobber|executing|found in" } */
}

int one (void) { swapgs (); return cpu_word; }
int two (void) { swapgs (); return cpu_word + 1; }
