/* { dg-options "-O2 -m32" } */
/* i386: undeclared memory through 32-bit registers.  */

struct dtr { unsigned short limit; unsigned long base; } __attribute__ ((packed));
extern char gdt[256];

void lgdt_through_register (void)
{
  struct dtr d;
  d.limit = 255;
  d.base = (unsigned long) gdt; /* { dg-message "note: the store to memory is here" } */
  /* { dg-evidence "in this build GCC deleted the store at undeclared-memory-m32.c:\[0-9\]+ \\(pass dse\\)" "" { target *-*-* } .-1 } */
  asm volatile ("lgdt (%%eax)" :: "a" (&d)); /* { dg-warning "'asm' reads memory through its '\"a\"' register \\('lgdt'\\) that it does not declare" } */
  /* { dg-message "or declare just that memory: add '\"m\" \\(d\\)' to the inputs" "" { target *-*-* } .-1 } */
}
/* { dg-final { asm-lacks lgdt_through_register {\$255|\$gdt} "the stores to d are deleted" } } */

void stos_fill (unsigned int *dst, unsigned int n)
{
  unsigned int buf[8];
  asm volatile ("rep stosl" : "+D" (dst), "+c" (n) : "a" (0)); /* { dg-bogus "asmclobber" "buf is not what it writes" } */
  buf[0] = 1;
  (void) buf;
}

unsigned int stos_then_load (unsigned int n)
{
  unsigned int buf[8];
  unsigned int *dst = buf;
  asm volatile ("rep stosl" : "+D" (dst), "+c" (n) : "a" (0)); /* { dg-warning "'asm' writes memory through its '\"D\"' register \\('stosl'\\) that it does not declare; the load from 'buf' at undeclared-memory-m32.c:\[0-9\]+ may be deleted or moved before it" } */
  /* { dg-message "add '\"\\+m\" \\(buf\\)' to the outputs" "" { target *-*-* } .-1 } */
  return buf[0]; /* { dg-message "note: the load from memory is here" } */
}
