/* { dg-options "-O2 -fplugin-arg-asmclobber-level=2" } */
/* A volatile access stays in place only because GCC does not move volatile
   accesses across volatile asm: a latent ordering, reported at level 2 and
   said so; level 1 is silent (volatile-latent-l1.c).  */

extern volatile int mmio;
extern volatile unsigned long thread_flags;
extern int plain;

void mmio_then_sti (void)
{
  mmio = 1; /* { dg-message "note: the 'volatile' store to memory is here" } */
  asm volatile ("sti" ::: "cc"); /* { dg-warning "executing 'sti' has no '\"memory\"' clobber; the 'volatile' store to memory at volatile-latent.c:\[0-9\]+ stays before it only because GCC does not move 'volatile' accesses across 'asm volatile' .asmclobber:interrupt." } */
}

/* After the asm: a volatile load that may not rise above it.  */
int cli_then_mmio (void)
{
  asm volatile ("cli" ::: "cc"); /* { dg-warning "the 'volatile' load from memory at volatile-latent.c:\[0-9\]+ stays after it only because" } */
  return mmio; /* { dg-message "note: the 'volatile' load from memory is here" } */
}

/* __sti_mwait(): the need_resched() flag load decides whether the asm
   runs, so it cannot move below it at all: no access is named.  */
void idle (unsigned long eax, unsigned long ecx)
{
  if (!(thread_flags & 8))
    asm volatile ("sti; mwait" :: "a" (eax), "c" (ecx)); /* { dg-warning "executing 'sti' has no '\"memory\"' clobber; the compiler may move memory accesses across it" } */
}

/* A plain access next to a volatile one is a level-1 finding.  */
void both (void)
{
  mmio = 2;
  plain = 3; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("sti" ::: "cc"); /* { dg-warning "the store to memory at volatile-latent.c:\[0-9\]+ may be moved after it" } */
}
