/* { dg-options "-O2" } */
/* The CPU's state saves access the area their operand names: xrstor
   reads it, xsave writes it.  Through a register and without a memory
   operand, the area is undeclared memory.  */

struct xsave_area { unsigned char legacy[512]; unsigned long long xstate_bv, xcomp_bv; unsigned char rest[48]; } __attribute__ ((aligned (64)));

void restore_init_state (void)
{
  struct xsave_area a;
  __builtin_memset (&a, 0, sizeof a);
  a.xstate_bv = 3; /* { dg-message "note: the store to memory is here" } */
  /* { dg-evidence "in this build GCC deleted the store at undeclared-xstate.c:\[0-9\]+ \\(pass dse\\)" "" { target *-*-* } .-1 } */
  asm volatile ("xrstor64 (%0)" :: "r" (&a), "a" (-1), "d" (-1)); /* { dg-warning "'asm' reads memory through '%0' \\('xrstor64'\\) that it does not declare" } */
  /* { dg-message "or declare just that memory: add '\"m\" \\(a\\)' to the inputs" "" { target *-*-* } .-1 } */
}

unsigned long long saved_features (void)
{
  struct xsave_area a;
  asm volatile ("xsave64 (%0)" :: "r" (&a), "a" (-1), "d" (-1)); /* { dg-warning "'asm' writes memory through '%0' \\('xsave64'\\) that it does not declare; the load from 'a' at undeclared-xstate.c:\[0-9\]+ may be deleted or moved before it" } */
  /* { dg-message "add '\"\\+m\" \\(a\\)' to the outputs" "" { target *-*-* } .-1 } */
  return a.xstate_bv; /* { dg-message "note: the load from memory is here" } */
}

/* Declared: the area is a memory operand.  */
void restore_declared (struct xsave_area *a)
{
  a->xstate_bv = 3;
  asm volatile ("xrstor64 %0" :: "m" (*a), "a" (-1), "d" (-1)); /* { dg-bogus "asmclobber" } */
}

unsigned long long save_declared (struct xsave_area *a)
{
  asm volatile ("xsaveopt64 %0" : "=m" (*a) : "a" (-1), "d" (-1)); /* { dg-bogus "asmclobber" } */
  return a->xstate_bv;
}

/* xsetbv writes XCR0 from registers: no memory.  */
void set_xcr0 (unsigned long long v)
{
  struct xsave_area a;
  a.xstate_bv = v;
  asm volatile ("xsetbv" :: "c" (0), "a" ((unsigned) v), "d" ((unsigned) (v >> 32))); /* { dg-bogus "undeclared" } */
  (void) a;
}
