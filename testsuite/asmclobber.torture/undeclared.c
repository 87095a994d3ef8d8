/* Undeclared memory at every -O level: the stores that fill what an asm
   reads through a register are reported (GCC deletes them from -O1 on),
   declared or clobbered memory is not.  */

struct dtr { unsigned short limit; unsigned long base; } __attribute__ ((packed));
extern char idt[4096];

void lidt_through_register (void)
{
  struct dtr d;
  d.limit = 4095;
  d.base = (unsigned long) idt; /* { dg-message "note: the store to memory is here" } */
  /* { dg-evidence "in this build GCC deleted the store at undeclared.c:\[0-9\]+ \\(pass dse\\)" "" { target *-*-* } .-1 } */
  asm volatile ("lidt (%0)" :: "r" (&d)); /* { dg-warning "'asm' reads memory through '%0' \\('lidt'\\) that it does not declare; the store to 'd' at undeclared.c:\[0-9\]+ may be deleted or moved after it .asmclobber:undeclared-memory." } */
  /* { dg-message "or declare just that memory" "" { target *-*-* } .-1 } */
}

/* Through an inlined helper (always_inline reaches it at -O0 too).  */
static inline __attribute__ ((always_inline)) void
load_idt_always (const struct dtr *p)
{
  asm volatile ("lidt (%0)" :: "r" (p)); /* { dg-warning "'asm' reads memory through '%0'" } */
  /* { dg-message "or declare just that memory" "" { target *-*-* } .-1 } */
}

void set_idt (void)
{
  struct dtr d;
  d.limit = 4095;
  d.base = (unsigned long) idt; /* { dg-message "note: the store to memory is here" } */
  /* { dg-evidence "in this build GCC deleted the store at undeclared.c:\[0-9\]+ \\(pass dse\\)" "" { target *-*-* } .-1 } */
  load_idt_always (&d);
}

void zero_fill (char *dst, unsigned long n)
{
  char buf[32];
  for (int i = 0; i < 32; i++) buf[i] = 0; /* { dg-message "note: the store to memory is here" } */
  /* { dg-evidence "in this build GCC deleted the store at undeclared.c:\[0-9\]+ \\(pass cddce\\)" "" { target *-*-* } .-1 } */
  char *src = buf;
  asm volatile ("rep movsb" : "+D" (dst), "+S" (src), "+c" (n)); /* { dg-warning "'asm' reads memory through its '\"S\"' register \\('movsb'\\)" } */
  /* { dg-message "or declare just that memory" "" { target *-*-* } .-1 } */
}

void declared (void)
{
  struct dtr d;
  d.limit = 4095;
  d.base = (unsigned long) idt;
  asm volatile ("lidt (%0)" :: "r" (&d), "m" (d)); /* { dg-bogus "asmclobber" "d is an input, and lidt's table is not read" } */
}

void clobbered (char *dst, unsigned long n)
{
  char buf[32];
  for (int i = 0; i < 32; i++)
    buf[i] = 0;
  char *src = buf;
  asm volatile ("rep movsb" : "+D" (dst), "+S" (src), "+c" (n) :: "memory"); /* { dg-bogus "asmclobber" "a memory clobber" } */
}
