/* { dg-options "-O2" } */
/* Level 1 does not report accesses that only GCC's handling of volatile,
   or an out-of-line call, keeps in place (see volatile-latent.c and
   level2.c for level 2).  */

extern volatile int mmio;
extern volatile unsigned long thread_flags;
extern int plain;

void mmio_then_sti (void)
{
  mmio = 1;
  asm volatile ("sti" ::: "cc"); /* { dg-bogus "asmclobber" "only a volatile access is near" } */
}

int cli_then_mmio (void)
{
  asm volatile ("cli" ::: "cc"); /* { dg-bogus "asmclobber" "only a volatile access is near" } */
  return mmio;
}

void idle (unsigned long eax, unsigned long ecx)
{
  if (!(thread_flags & 8))
    asm volatile ("sti; mwait" :: "a" (eax), "c" (ecx)); /* { dg-bogus "asmclobber" "the flag load is volatile" } */
}

void both (void)
{
  mmio = 2;
  plain = 3; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("sti" ::: "cc"); /* { dg-warning "the store to memory at volatile-latent-l1.c:\[0-9\]+ may be moved after it" } */
}

/* An access ordered only by an out-of-line call is level 2 (level2.c).  */
struct desc_struct { unsigned int a, b; };
extern struct desc_struct gdt[16];
extern void get_cpu_entry_area (void);

void x86_64_load_tr (unsigned int v)
{
  gdt[8].a = v;
  get_cpu_entry_area ();
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-bogus "asmclobber" "ordered by the call" } */
}
