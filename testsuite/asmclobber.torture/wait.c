/* Wait class: a CPU that sleeps until another writes must have its own
   stores visible before it sleeps, and must load what the other wrote
   only after it wakes; after monitor, the load that decides whether to
   sleep must come after the watch is armed.  */

extern int idle_flag, wake_data, need_resched_flag;

void halt_after_store (void)
{
  idle_flag = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("hlt" ::: "cc"); /* { dg-warning "executing 'hlt' has no .* the store to memory at wait.c:\[0-9\]+ may be moved after it .asmclobber:wait." } */
}

/* A load before it (it sinks to after the wake) and a store after it (it
   rises into the time before the sleep) do not matter.  */
int harmless_sides (void)
{
  int v = wake_data;
  asm volatile ("mwait" :: "a" (0), "c" (0)); /* { dg-bogus "asmclobber" } */
  idle_flag = 0;
  return v;
}

/* After the wake, the line the monitor watched is what matters (below);
   other loads may come before or after the wake alike.  */
int mwait_then_load (void)
{
  asm volatile (".byte 0x0f, 0x01, 0xc9" :: "a" (0), "c" (0)); /* { dg-bogus "asmclobber" } */
  return wake_data;
}

/* The load that decides whether to sleep must read the watched line
   after the watch is armed.  */
int monitor_then_check (void)
{
  asm volatile (".byte 0x0f, 0x01, 0xc8" :: "a" (&need_resched_flag), "c" (0), "d" (0)); /* { dg-warning "executing 'monitor' has no .* the load from memory at wait.c:\[0-9\]+ may be moved before it .asmclobber:wait." } */
  return need_resched_flag; /* { dg-message "note: the load from memory is here" } */
}

struct thread_info { unsigned long flags; };

int monitor_struct_field (struct thread_info *ti)
{
  asm volatile ("monitor" :: "a" (&ti->flags), "c" (0), "d" (0)); /* { dg-warning "executing 'monitor' has no .*asmclobber:wait" } */
  return ti->flags & 8; /* { dg-message "note: the load from memory is here" } */
}

/* A load of other memory than the watched line does not matter.  */
int monitor_then_other (void)
{
  asm volatile ("monitor" :: "a" (&need_resched_flag), "c" (0), "d" (0)); /* { dg-bogus "asmclobber" } */
  return wake_data;
}

void monitor_after_store (const void *addr)
{
  idle_flag = 2;
  asm volatile ("monitor" :: "a" (addr), "c" (0), "d" (0)); /* { dg-bogus "asmclobber" "only what comes after monitor matters" } */
}

/* umwait's register form is f2 0f ae /6, not mfence.  */
int umwait_bytes (void)
{
  idle_flag = 3; /* { dg-message "note: the store to memory is here" } */
  asm volatile (".byte 0xf2, 0x0f, 0xae, 0xf1" :: "a" (0), "d" (0), "c" (0)); /* { dg-warning "executing 'umwait' has no .*asmclobber:wait" } */
  return 0;
}

void tpause_insn (unsigned int ctl)
{
  idle_flag = 4; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("tpause %0" :: "r" (ctl), "a" (0), "d" (0)); /* { dg-warning "executing 'tpause' has no .*asmclobber:wait" } */
}

void with_memory (void)
{
  idle_flag = 1;
  asm volatile ("hlt" ::: "memory"); /* { dg-bogus "asmclobber" } */
}

/* umonitor takes the watched address in its register operand, not in
   %rax: the load of the watched line after it matters, others do not.  */
int umonitor_then_check (void)
{
  asm volatile ("umonitor %0" :: "r" (&need_resched_flag)); /* { dg-warning "executing 'umonitor' has no .* the load from memory at wait.c:\[0-9\]+ may be moved before it .asmclobber:wait." } */
  return need_resched_flag; /* { dg-message "note: the load from memory is here" } */
}

int umonitor_then_other (void)
{
  asm volatile ("umonitor %0" :: "r" (&need_resched_flag)); /* { dg-bogus "asmclobber" } */
  return wake_data;
}

int umonitor_with_memory (void)
{
  asm volatile ("umonitor %0" :: "r" (&need_resched_flag) : "memory"); /* { dg-bogus "asmclobber" } */
  return need_resched_flag;
}

/* AMD's monitorx and mwaitx act as monitor and mwait.  */
int monitorx_then_check (void)
{
  asm volatile ("monitorx" :: "a" (&need_resched_flag), "c" (0), "d" (0)); /* { dg-warning "executing 'monitorx' has no .* the load from memory at wait.c:\[0-9\]+ may be moved before it .asmclobber:wait." } */
  return need_resched_flag; /* { dg-message "note: the load from memory is here" } */
}

void mwaitx_after_store (void)
{
  idle_flag = 5; /* { dg-message "note: the store to memory is here" } */
  asm volatile (".byte 0x0f, 0x01, 0xfb" :: "a" (0), "c" (0), "b" (0)); /* { dg-warning "executing 'mwaitx' has no .* the store to memory at wait.c:\[0-9\]+ may be moved after it .asmclobber:wait." } */
}

/* Encoded, umonitor names its address register in the ModRM byte's rm
   field (f3 0f ae f7: %rdi, as DPDK writes it); spelled out, in its
   operand.  Either way the watched line is what that register points
   into.  */
int umonitor_bytes_then_check (void)
{
  asm volatile (".byte 0xf3, 0x0f, 0xae, 0xf7" :: "D" (&need_resched_flag)); /* { dg-warning "executing 'umonitor' has no .* the load from memory at wait.c:\[0-9\]+ may be moved before it .asmclobber:wait." } */
  return need_resched_flag; /* { dg-message "note: the load from memory is here" } */
}

int umonitor_bytes_then_other (void)
{
  asm volatile (".byte 0xf3, 0x0f, 0xae, 0xf7" :: "D" (&need_resched_flag)); /* { dg-bogus "asmclobber" } */
  return wake_data;
}

int umonitor_register_then_check (void)
{
  asm volatile ("umonitor %%rdi" :: "D" (&need_resched_flag)); /* { dg-warning "executing 'umonitor' has no .*asmclobber:wait" } */
  return need_resched_flag; /* { dg-message "note: the load from memory is here" } */
}
