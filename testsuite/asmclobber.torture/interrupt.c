/* Interrupt class: cli/sti/popf change the interrupt state that guards
   shared data; accesses must stay inside the critical section.  */

extern int counter;

void critical (void)
{
  asm volatile ("cli" ::: "cc"); /* { dg-warning "executing 'cli' has no .* may be moved before it .asmclobber:interrupt." } */
  counter++; /* { dg-message "note: the store to memory is here; 1 more access may move across the 'asm' too" "the cli's and the sti's note" } */
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

/* Only the side the instruction opens matters: an access rising above
   sti, or sinking below cli, moves into the region where interrupts are
   off, which is harmless.  */
void harmless_sides (void)
{
  counter = 1;
  asm volatile ("cli" ::: "cc"); /* { dg-bogus "asmclobber" "the store before cli may sink into the protected region" } */
}

int harmless_after_sti (void)
{
  asm volatile ("sti" ::: "cc"); /* { dg-bogus "asmclobber" "the load after sti may rise into the protected region" } */
  return counter;
}

int harmless_after_popf (unsigned long flags)
{
  asm volatile ("push %0 ; popfq" :: "g" (flags) : "cc"); /* { dg-bogus "asmclobber" "the load after popf may rise into the protected region" } */
  return counter;
}
