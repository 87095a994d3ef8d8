/* Interrupt class: cli/sti/popf change the interrupt state that guards
   shared data; accesses must stay inside the critical section.  */

extern int counter;

void critical (void)
{
  asm volatile ("cli" ::: "cc"); /* { dg-warning "executing 'cli' has no .* may be moved before it .asmclobber:interrupt." } */
  counter++; /* { dg-message "note: the load from memory is here" } */
  /* { dg-message "note: the store to memory is here" "" { target *-*-* } .-1 } */
  asm volatile ("sti" ::: "cc"); /* { dg-warning "executing 'sti' has no .* may be moved after it" } */
}

void restore (unsigned long flags)
{
  counter = 0; /* { dg-message "note: the store" } */
  asm volatile ("push %0 ; popfq" :: "g" (flags) : "cc"); /* { dg-warning "executing 'popf' has no" } */
}

void correct (void)
{
  asm volatile ("cli" ::: "memory"); /* { dg-bogus "asmclobber" } */
  counter++;
  asm volatile ("sti" ::: "memory"); /* { dg-bogus "asmclobber" } */
}
