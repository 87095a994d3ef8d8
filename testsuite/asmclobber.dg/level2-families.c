/* { dg-options "-O2 -fplugin-arg-asmclobber-level=2" } */
/* State-changing instructions whose state no plain access depends on are
   reported at level 2 only, with no access named: the shadow-stack
   instructions, pconfig and vmxoff.  rstorssp and wrss also reach memory
   through a register operand the asm does not declare.  At level 1 they
   are silent (asmclobber.torture/vm-structure.c's vmx_off).  */

extern int shared, other;

void shadow_stack_pop (unsigned long n)
{
  shared = 1; /* { dg-bogus "note" "no access depends on the shadow stack pointer" } */
  asm volatile ("incsspq %0" :: "r" (n)); /* { dg-warning "'asm' executing 'incssp' has no '\"memory\"' clobber; the compiler may move memory accesses across it .asmclobber:system-state." } */
  other = 2;
}

void shadow_stack_restore (void *token)
{
  shared = 1;
  asm volatile ("rstorssp (%0)" :: "r" (token)); /* { dg-warning "executing 'rstorssp' has no '\"memory\"' clobber; the compiler may move memory accesses across it .asmclobber:system-state." } */
  /* { dg-warning "reads and writes memory through '%0' .'rstorssp'. that it does not declare" "the token" { target *-*-* } .-1 } */
  /* { dg-message "note: the fix-it for this 'asm' is on its first warning above" "one fix-it" { target *-*-* } .-2 } */
  /* { dg-message "note: or declare just that memory: add .* token\\)' to the outputs" "the operand to declare" { target *-*-* } .-3 } */
  other = 2;
}

void shadow_stack_write (unsigned long v, unsigned long *slot)
{
  asm volatile ("wrssq %0, (%1)" :: "r" (v), "r" (slot)); /* { dg-warning "executing 'wrssq' has no '\"memory\"' clobber; the compiler may move memory accesses across it .asmclobber:system-state." } */
  /* { dg-warning "reads and writes memory through '%1' .'wrssq'. that it does not declare" "the slot" { target *-*-* } .-1 } */
  /* { dg-message "note: the fix-it for this 'asm' is on its first warning above" "one fix-it" { target *-*-* } .-2 } */
  /* { dg-message "note: or declare just that memory: add .* slot\\)' to the outputs" "the operand to declare" { target *-*-* } .-3 } */
}

void key_program (void)
{
  asm volatile ("pconfig" :: "a" (0)); /* { dg-warning "executing 'pconfig' has no '\"memory\"' clobber; the compiler may move memory accesses across it .asmclobber:system-state." } */
}

void vmx_off (void)
{
  shared = 5;
  asm volatile ("vmxoff" ::: "cc"); /* { dg-warning "executing 'vmxoff' has no '\"memory\"' clobber; the compiler may move memory accesses across it .asmclobber:system-state." } */
  shared = 6;
}

void with_memory (unsigned long n)
{
  asm volatile ("incsspq %0" :: "r" (n) : "memory"); /* { dg-bogus "asmclobber" } */
  asm volatile ("pconfig" :: "a" (0) : "memory"); /* { dg-bogus "asmclobber" } */
  asm volatile ("vmxoff" ::: "cc", "memory"); /* { dg-bogus "asmclobber" } */
}
