/* Level 1 reports only accesses GCC may legally move across the asm: not
   the loads whose values it consumes or that decide whether it runs, not
   the accesses that use its outputs, not end-of-scope markers; and it
   names the access that matters most.  */

typedef struct { unsigned long pte; } pte_t;
extern unsigned long kpgdir;
extern pte_t ptes[512];
extern int flag, word;
extern long lword;
extern void use (int *);

/* lcr3(kpgdir - OFFSET): the load feeds the operand.  */
void load_cr3 (void)
{
  asm volatile ("mov %0, %%cr3" :: "r" (kpgdir - 0x1000UL)); /* { dg-bogus "asmclobber" "the load of kpgdir feeds the input" } */
}

/* The address of a memory operand counts as what the asm consumes.  */
void address_operand (int **pp)
{
  asm volatile ("lidt %0" :: "m" (**pp)); /* { dg-bogus "asmclobber" "the load of *pp is the operand's address" } */
}

/* A load deciding whether the asm runs cannot sink below it.  */
void guarded (void)
{
  if (flag)
    asm volatile ("cli" ::: "cc"); /* { dg-bogus "asmclobber" "the load of flag decides whether it runs" } */
}

/* Accesses that use the asm's outputs cannot rise above it.  */
int *outputs (void)
{
  int *p;
  unsigned long v;
  asm volatile ("mov %%cr2, %0; clac" : "=r" (v), "=r" (p)); /* { dg-bogus "asmclobber" "the accesses use its outputs" } */
  lword = (long) v;
  return p + *p;
}

/* A CR3 reload: the page-table store is named, not the load feeding the
   operand nor the nearer plain store.  */
void cr3_ranked (void)
{
  ptes[3].pte = 0x1003; /* { dg-message "note: the store to page-table memory is here; 1 more access may move across the 'asm' too" } */
  word = 1;
  asm volatile ("mov %0, %%cr3" :: "r" (kpgdir)); /* { dg-warning "executing 'mov to %cr3' has no .*the store to page-table memory at dependences.c:\[0-9\]+ may be moved after it .asmclobber:control-register." } */
}

/* invlpg counts only the page-table stores.  */
void invlpg_ranked (unsigned long addr)
{
  ptes[8].pte = 0;
  word = 1;
  ptes[7].pte = 0; /* { dg-message "note: the store to page-table memory is here; 1 more access may move across the 'asm' too" } */
  asm volatile ("invlpg (%0)" :: "r" (addr)); /* { dg-warning "the store to page-table memory at dependences.c:\[0-9\]+ may be moved after it .asmclobber:tlb." } */
}

/* A store before a load for a class that cares about any access.  */
int store_first (void)
{
  word = 2; /* { dg-message "note: the store to memory is here; 1 more access may move across the 'asm' too" } */
  int v = flag;
  /* { dg-evidence "note: in this build GCC moved the load at dependences.c:\[0-9\]+ after the 'asm' \\(pass expand\\)" "" { target *-*-* } .-1 } */
  asm volatile ("clac" ::: "cc"); /* { dg-warning "the store to memory at dependences.c:\[0-9\]+ may be moved after it .asmclobber:user-access." } */
  return v;
}

/* An escaped local's end of scope ({CLOBBER}) is no access.  */
void scope_end (void)
{
  {
    int buf[4];
    use (buf);
  }
  asm volatile ("cli" ::: "cc"); /* { dg-bogus "asmclobber" "an end-of-scope marker accesses nothing" } */
}

/* What another asm volatile consumes stays before it, and GCC keeps the
   two asm statements in order: mwait_idle_with_hints() loads current to
   give __monitor() its address.  */
struct task { unsigned long flags; };
extern struct task *cur;

void monitor_then_mwait (void)
{
  const void *addr = &cur->flags;
  asm volatile ("monitor" :: "a" (addr), "c" (0), "d" (0));
  asm volatile ("sti; mwait" :: "a" (0), "c" (0)); /* { dg-bogus "asmclobber" "the load of cur feeds the monitor before it" } */
}

void monitor_then_mwait_store (void)
{
  const void *addr = &cur->flags;
  word = 5; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("monitor" :: "a" (addr), "c" (0), "d" (0));
  asm volatile ("sti; mwait" :: "a" (0), "c" (0)); /* { dg-warning "executing 'sti' has no .*the store to memory at dependences.c:\[0-9\]+ may be moved after it" } */
}

/* What uses another asm volatile's outputs stays after it.  */
int after_rdtsc (void)
{
  unsigned lo, hi;
  asm volatile ("cli" ::: "cc"); /* { dg-bogus "asmclobber" "the store uses the output of a later asm volatile" } */
  asm volatile ("rdtsc" : "=a" (lo), "=d" (hi));
  word = (int) lo;
  return hi;
}

/* Through an asm's result: per_cpu_ptr()'s RELOC_HIDE is an empty asm
   between the per-CPU offset and the address of the hints.  */
struct cstate { unsigned long eax, ecx; };
extern struct cstate cstates[64];
extern int __seg_gs cpu_number;

void cstate_enter (void)
{
  struct cstate *p = &cstates[cpu_number];
  __asm__ ("" : "=r" (p) : "0" (p));
  asm volatile ("sti; mwait" :: "a" (p->eax), "c" (p->ecx)); /* { dg-bogus "asmclobber" "the loads feed its inputs through the empty asm" } */
}

/* A load tested by a branch on every path to the asm executes before it
   when the branch stays a branch because an arm holds a call (Xen's
   __sync_local_execstate()) or an asm volatile (its pre_flush()).  */
extern void switch_now (void);
extern int cur_vcpu, cur_task, clock_word;

int guards_call (unsigned long flags)
{
  int switched = 0;
  if (cur_vcpu != cur_task)
    {
      switch_now ();
      switched = 1;
    }
  asm volatile ("push %0; popf" :: "g" (flags) : "cc"); /* { dg-bogus "asmclobber" "the loads decide whether the call runs before it" } */
  return switched;
}

int guards_asm (unsigned long cr4)
{
  int t = clock_word;
  if (t != 0)
    asm volatile ("lock; incl %0" : "+m" (cur_task));
  asm volatile ("mov %0, %%cr4" :: "r" (cr4)); /* { dg-bogus "asmclobber" "the load decides whether the asm volatile before it runs" } */
  return t;
}

/* Also when only some paths to the asm pass the load, and through
   unlikely(): Xen's switch_cr3_cr4() calls pre_flush() only when the clock
   is enabled.  */
extern int clock_enabled;

int guards_on_its_path (unsigned long cr4)
{
  int t = 0;
  if (clock_enabled)
    {
      t = clock_word;
      if (__builtin_expect (t != 0, 1))
	asm volatile ("lock; incl %0" : "+m" (cur_task));
    }
  asm volatile ("mov %0, %%cr4" :: "r" (cr4)); /* { dg-bogus "asmclobber" "the loads decide branches on their paths to it" } */
  return t;
}

/* A branch GCC may turn into a select pins nothing.  */
int guards_nothing (unsigned long flags)
{
  int v = cur_vcpu; /* { dg-message "note: the load from memory is here" } */
  int r = 5;
  if (v)
    r = 3;
  asm volatile ("push %0; popf" :: "g" (flags) : "cc"); /* { dg-warning "the load from memory at dependences.c:\[0-9\]+ may be moved after it" } */
  return r;
}

/* An access the asm's memory operands order stays on its side, and so do
   the loads feeding it (before) and the accesses using its value (after).
   SeaBIOS's handle_1587(): the SS segment read by a non-volatile asm
   feeds a descriptor write that reads the ES the mode switch writes.  */
extern unsigned short seg_es, seg_ss;
extern unsigned int gdt_words[8];

static inline unsigned short get_ss (void)
{
  unsigned short res;
  __asm__ ("movw %%ss, %w0" : "=rm" (res) : "m" (seg_ss));
  return res;
}

void feeds_an_ordered_write (unsigned count)
{
  unsigned int loc = (unsigned int) get_ss () << 4;
  __asm__ ("movl %1, %%es:%0" : "=m" (gdt_words[5]) : "r" (loc), "m" (seg_es));
  asm volatile ("mov %%cr0, %%eax; orl $1, %%eax; mov %%eax, %%cr0" : "+c" (count), "+m" (seg_es) :: "eax"); /* { dg-bogus "asmclobber" "the SS read feeds a write ordered by the ES operand" } */
}

/* The twin: the write does not read ES, nothing orders it, and it may
   sink with the SS read.  */
void feeds_a_free_write (unsigned count)
{
  unsigned int loc = (unsigned int) get_ss () << 4;
  __asm__ ("movl %1, %%es:%0" : "=m" (gdt_words[5]) : "r" (loc)); /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mov %%cr0, %%eax; orl $1, %%eax; mov %%eax, %%cr0" : "+c" (count), "+m" (seg_es) :: "eax"); /* { dg-warning "executing 'mov to %cr0' has no .* may be moved after it" } */
}

/* After: the load of what the asm writes stays after it, and so does the
   store of its value.  */
int uses_an_ordered_load (void)
{
  asm volatile ("mov %%eax, %%cr3; movl $1, %0" : "=m" (word) :: "eax"); /* { dg-bogus "asmclobber" "the store uses a load ordered by the output" } */
  int v = word;
  flag = v;
  return v;
}

int stores_an_unordered_value (void)
{
  asm volatile ("mov %%eax, %%cr3; movl $1, %0" : "=m" (word) :: "eax"); /* { dg-warning "executing 'mov to %cr3' has no .* may be moved before it" } */
  flag = (int) lword; /* { dg-message "note: the store to memory is here" } */
  return word;
}
