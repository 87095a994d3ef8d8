/* { dg-options "-O2 -m32" } */
/* i386: the rules that relieve an instruction hold with 32-bit stack
   slots and operands (Linux's flag_is_changeable_p, an i386 stts()).  */

extern int counter;

static inline int flag_is_changeable_p (unsigned int flag)
{
  unsigned int f1, f2;
  asm volatile ("pushfl\n\tpushfl\n\tpopl %0\n\tmovl %0, %1\n\txorl %2, %0\n\t" /* { dg-bogus "asmclobber" } */
		"pushl %0\n\tpopfl\n\tpushfl\n\tpopl %0\n\tpopfl\n\t"
		: "=&r" (f1), "=&r" (f2) : "ir" (flag));
  return ((f1 ^ f2) & flag) != 0;
}

int have_cpuid_p (void)
{
  counter = 1;
  int r = flag_is_changeable_p (0x00200000);
  counter = 2;
  return r;
}

void stts (void)
{
  unsigned long c;
  counter = 1;
  asm volatile ("movl %%cr0,%0" : "=r" (c));
  asm volatile ("movl %0,%%cr0" :: "r" (c | 8)); /* { dg-bogus "asmclobber" } */
  counter = 2;
}

/* Not supervisor code by its options: wrpkru's class applies.  */
void pkru (unsigned int v)
{
  counter = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("wrpkru" :: "a" (v), "c" (0), "d" (0)); /* { dg-warning "executing 'wrpkru' has no .*asmclobber:pkru" } */
}
