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

/* An asm that saves the flags and restores them leaves the interrupt
   flag as it found it: no interrupt can come in that could not before,
   so no access depends on it (Linux's flag_is_changeable_p, here probing
   the ID flag; level 2 only).  */
int probe_id_flag (void)
{
  unsigned long f1, f2;
  counter = 1;
  asm volatile ("pushfq\n\tpushfq\n\tpopq %0\n\tmovq %0, %1\n\txorq %2, %0\n\t" /* { dg-bogus "asmclobber" } */
		"pushq %0\n\tpopfq\n\tpushfq\n\tpopq %0\n\tpopfq"
		: "=&r" (f1), "=&r" (f2) : "ir" (0x200000ul));
  counter = 2;
  return ((f1 ^ f2) & 0x200000) != 0;
}

/* Probing the interrupt flag itself toggles it inside the asm.  */
int probe_interrupt_flag (void)
{
  unsigned long f1, f2;
  counter = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("pushfq\n\tpushfq\n\tpopq %0\n\tmovq %0, %1\n\txorq %2, %0\n\t" /* { dg-warning "executing 'popf' has no .* may be moved after it .asmclobber:interrupt." } */
		"pushq %0\n\tpopfq\n\tpushfq\n\tpopq %0\n\tpopfq"
		: "=&r" (f1), "=&r" (f2) : "ir" (0x200ul));
  return ((f1 ^ f2) & 0x200) != 0;
}

void save_cli_restore (void)
{
  counter = 1;
  asm volatile ("pushfq; cli; nop; popfq" ::: "cc"); /* { dg-bogus "asmclobber" } */
  counter = 2;
}

/* Restoring the interrupt flag from a value (Xen's local_irq_restore)
   may enable interrupts.  */
void restore_masked (unsigned long flags)
{
  counter = 0; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("pushfq\n\tandq %0, (%%rsp)\n\torq  %1, (%%rsp)\n\tpopfq" /* { dg-warning "executing 'popf' has no .* may be moved after it" } */
		:: "i" (~0x200ul), "ri" (flags & 0x200));
}

/* A popf of a value whose interrupt flag is 0 acts as cli: the access
   after it matters, the one before does not.  */
void popf_clears (void)
{
  counter = 0;
  asm volatile ("pushq $0; popfq" ::: "cc"); /* { dg-warning "executing 'popf' has no .* the store to memory at interrupt.c:\[0-9\]+ may be moved before it" } */
  counter = 1; /* { dg-message "note: the store to memory is here" } */
}

/* Every state-changing instruction of a template is judged: the warning
   names the first with an access that may move, a note each other one
   with its own.  */
extern int pending;

void sti_hlt_cli (void)
{
  counter = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("sti; hlt; cli" ::: "cc"); /* { dg-warning "executing 'sti' has no .* the store to memory at interrupt.c:\[0-9\]+ may be moved after it" } */
  pending = 2; /* { dg-message "note: the store to memory here may also be moved before the 'cli' of this 'asm'" } */
}

/* One access that matters to both instructions is named once.  */
void cli_sti_same_access (void)
{
  asm volatile ("cli; nop; sti; nop; cli" ::: "cc"); /* { dg-warning "executing 'cli' has no .* the store to memory at interrupt.c:\[0-9\]+ may be moved before it" } */
  counter = 3; /* { dg-message "note: the store to memory is here" } */
}

/* FRED's erets (f2 0f 01 ca) restores RFLAGS like popf; the bytes are not
   clac's.  */
void fred_return (void)
{
  counter = 4; /* { dg-message "note: the store to memory is here" } */
  asm volatile (".byte 0xf2, 0x0f, 0x01, 0xca" ::: "cc"); /* { dg-warning "executing 'erets' has no .* may be moved after it .asmclobber:interrupt." } */
}

/* eretu returns to user mode, restoring RFLAGS too: a store before it
   must land while the kernel's interrupt state still holds; a load after
   it does not matter.  */
void fred_user_return (void)
{
  counter = 5; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("eretu" ::: "cc"); /* { dg-warning "executing 'eretu' has no .* the store to memory at interrupt.c:\[0-9\]+ may be moved after it .asmclobber:interrupt." } */
}

void fred_user_return_encoded (void)
{
  counter = 6; /* { dg-message "note: the store to memory is here" } */
  asm volatile (".byte 0xf3, 0x0f, 0x01, 0xca" ::: "cc"); /* { dg-warning "executing 'eretu' has no .*asmclobber:interrupt" } */
}

int fred_user_return_load_after (void)
{
  asm volatile ("eretu" ::: "cc"); /* { dg-bogus "asmclobber" "a load after it may rise above it" } */
  return counter;
}

void fred_user_return_with_memory (void)
{
  counter = 7;
  asm volatile ("eretu" ::: "cc", "memory"); /* { dg-bogus "asmclobber" } */
}
