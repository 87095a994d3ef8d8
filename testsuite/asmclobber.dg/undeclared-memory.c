/* { dg-options "-O2" } */
/* Memory an asm reads or writes through an address in a register, which
   no memory operand names: GCC deletes the stores that fill it (the
   assembly below proves it for this GCC) or moves accesses across it.  */

struct dtr { unsigned short limit; unsigned long base; } __attribute__ ((packed));
extern char idt[4096];
extern int word;

/* The stores to d are deleted: lidt loads garbage.  */
void lidt_through_register (void)
{
  struct dtr d;
  d.limit = 0x1234;
  d.base = (unsigned long) idt; /* { dg-message "note: the store to memory is here; 1 more access may move across the 'asm' too" } */
  /* { dg-evidence "in this build GCC deleted the store at undeclared-memory.c:\[0-9\]+ \\(pass dse\\)" "" { target *-*-* } .-1 } */
  asm volatile ("lidt (%0)" :: "r" (&d)); /* { dg-warning "'asm' reads memory through '%0' \\('lidt'\\) that it does not declare; the store to 'd' at undeclared-memory.c:\[0-9\]+ may be deleted or moved after it .asmclobber:undeclared-memory." } */
  /* { dg-message "or declare just that memory: add '\"m\" \\(d\\)' to the inputs" "" { target *-*-* } .-1 } */
}
/* { dg-final { asm-lacks lidt_through_register {\$4660|\$0x1234|\$idt} "the stores to d are deleted" } } */

/* The buffer rep movsb copies is never initialised.  */
void copy_through_registers (char *dst, unsigned long n)
{
  char buf[64];
  for (int i = 0; i < 64; i++)
    buf[i] = (char) i; /* { dg-message "note: the store to memory is here" } */
    /* { dg-evidence "in this build GCC deleted the store at undeclared-memory.c:\[0-9\]+ \\(pass cddce\\)" "" { target *-*-* } .-1 } */
  char *src = buf;
  asm volatile ("rep movsb" : "+D" (dst), "+S" (src), "+c" (n)); /* { dg-warning "'asm' reads memory through its '\"S\"' register \\('movsb'\\) that it does not declare; the store to 'buf' at undeclared-memory.c:\[0-9\]+ may be deleted or moved after it" } */
  /* { dg-message "add '\"m\" \\(buf\\)' to the inputs" "" { target *-*-* } .-1 } */
}
/* { dg-final { asm-lacks copy_through_registers {^[ \t]*mov[a-z]*[ \t]+[^,]+,[ \t]*-?[0-9]*\(%rsp\)} "the buffer is never stored" } } */

/* A register an operand fixes, and the %a modifier.  */
void lidt_rax (void)
{
  struct dtr d;
  d.limit = 0x10; /* { dg-message "note: the store to memory is here" } */
  /* { dg-evidence "in this build GCC deleted the store at undeclared-memory.c:\[0-9\]+ \\(pass dse\\)" "" { target *-*-* } .-1 } */
  asm volatile ("lidt (%%rax)" :: "a" (&d)); /* { dg-warning "'asm' reads memory through its '\"a\"' register \\('lidt'\\)" } */
  /* { dg-message "add '\"m\" \\(d\\)' to the inputs" "" { target *-*-* } .-1 } */
}

void lidt_address_modifier (void)
{
  struct dtr d;
  d.limit = 0x20; /* { dg-message "note: the store to memory is here" } */
  /* { dg-evidence "in this build GCC deleted the store at undeclared-memory.c:\[0-9\]+ \\(pass dse\\)" "" { target *-*-* } .-1 } */
  asm volatile ("lidt %a0" :: "p" (&d)); /* { dg-warning "'asm' reads memory through '%0' \\('lidt'\\)" } */
  /* { dg-message "add '\"m\" \\(d\\)' to the inputs" "" { target *-*-* } .-1 } */
}

/* The AT&T alternative of a dialect group is what is read ("[%0]" is the
   Intel one); a base, index and scale address names the base's object.  */
void lidt_dialects (void)
{
  struct dtr d;
  d.limit = 0x70; /* { dg-message "note: the store to memory is here" } */
  /* { dg-evidence "in this build GCC deleted the store at undeclared-memory.c:\[0-9\]+ \\(pass dse\\)" "" { target *-*-* } .-1 } */
  asm volatile ("lidt{ (%0)| [%0]}" :: "r" (&d)); /* { dg-warning "'asm' reads memory through '%0' \\('lidt'\\) that it does not declare; the store to 'd'" } */
  /* { dg-message "add '\"m\" \\(d\\)' to the inputs" "" { target *-*-* } .-1 } */
}

int indexed_store (unsigned long i)
{
  int table[16];
  asm volatile ("movl $1, 4(%0,%1,4)" :: "r" (table), "r" (i)); /* { dg-warning "'asm' writes memory through '%0' \\('movl'\\) that it does not declare; the load from 'table' at undeclared-memory.c:\[0-9\]+ may be deleted or moved before it" } */
  /* { dg-message "add '\"\\+m\" \\(table\\)' to the outputs" "" { target *-*-* } .-1 } */
  return table[i + 1]; /* { dg-message "note: the load from memory is here" } */
}

/* A write: the load of what sgdt stored may be moved before it.  */
unsigned short sgdt_through_register (void)
{
  struct dtr d;
  asm volatile ("sgdt (%0)" :: "r" (&d)); /* { dg-warning "'asm' writes memory through '%0' \\('sgdt'\\) that it does not declare; the load from 'd' at undeclared-memory.c:\[0-9\]+ may be deleted or moved before it" } */
  /* { dg-message "add '\"\\+m\" \\(d\\)' to the outputs" "" { target *-*-* } .-1 } */
  return d.limit; /* { dg-message "note: the load from memory is here" } */
}

/* Through a pointer the function received.  */
void fill_then_load (struct dtr *p)
{
  p->limit = 0x30; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("lidt (%0)" :: "r" (p)); /* { dg-warning "'asm' reads memory through '%0'" } */
  /* { dg-message "add '\"m\" \\(\\*\\(char \\(\\*\\)\\\[N\\\]\\) p\\)' to the inputs, N the number of bytes it accesses" "" { target *-*-* } .-1 } */
}

/* Through a helper GCC inlines: reported in its caller.  */
static inline void load_idt_helper (const struct dtr *p)
{
  asm volatile ("lidt (%0)" :: "r" (p)); /* { dg-warning "'asm' reads memory through '%0'" } */
  /* { dg-message "or declare just that memory" "" { target *-*-* } .-1 } */
}

void set_idt_helper (struct dtr *p)
{
  p->limit = 1; /* { dg-message "note: the store to memory is here" } */
  load_idt_helper (p);
}

/* Declared memory, a "memory" clobber: silent.  */
void declared (void)
{
  struct dtr d;
  d.limit = 0x40;
  d.base = 0;
  asm volatile ("lidt (%0)" :: "r" (&d), "m" (d)); /* { dg-bogus "asmclobber:undeclared-memory" "d is an input" } */
}

void clobbered (void)
{
  struct dtr d;
  d.limit = 0x50;
  d.base = 0;
  asm volatile ("lidt (%0)" :: "r" (&d) : "memory"); /* { dg-bogus "asmclobber" "a memory clobber" } */
}

/* Addresses that are not dereferenced, and other objects.  */
void not_accessed (char *p)
{
  word = 1;
  asm volatile ("prefetcht0 (%0); lea 8(%0), %%rax" :: "r" (p) : "rax"); /* { dg-bogus "asmclobber:undeclared-memory" "no data access through the address" } */
}

void other_object (int *p)
{
  word = 2;
  asm volatile ("incl (%0)" :: "r" (p)); /* { dg-bogus "asmclobber" "the store is to another object, the pointer is not known to alias it" } */
}

/* Segment-relative: a per-CPU offset, not a pointer.  */
int seg_relative (unsigned long off)
{
  int v;
  asm volatile ("movl %%gs:(%1), %0" : "=r" (v) : "r" (off)); /* { dg-bogus "asmclobber:undeclared-memory" "a segment-relative address" } */
  return v;
}

/* A load after a read only: nothing depends on the order.  */
unsigned short read_then_load (void)
{
  struct dtr d = { 0x60, 0 };
  asm volatile ("" ::: "memory");
  asm volatile ("lidt (%0)" :: "r" (&d)); /* { dg-bogus "asmclobber:undeclared-memory" "the stores are before a barrier, the load after a read is harmless" } */
  return d.limit;
}
