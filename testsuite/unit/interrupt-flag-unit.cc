/* Unit test for plugin/interrupt-flag.cc: what a template does to the
   interrupt flag.  Prints "PASS: name" or "FAIL: name (details)" per
   case; exits 1 on any failure.  */
#include <stdio.h>
#include <string.h>
#include "interrupt-flag.h"

struct test_case
{
  const char *name;
  const char *tmpl;
  unsigned word;
  struct if_operand ops[5];
  unsigned nops;
  enum if_effect want;
};

#define UNK { IFB_UNKNOWN, 0 }
#define ZERO { IFB_ZERO, 0 }
#define ONE { IFB_ONE, 0 }

/* Xen's x86_emulate: _PRE_EFLAGS("0","4","2"), the operation,
   _POST_EFLAGS("0","4","2"), as gimple_asm_string gives it (x86-64).  */
#define XEN_PRE_POST \
  "movl %k0,%k2; push %2; push %2; movl %4,%k2; andl %k2,(%%rsp); " \
  "pushf; notl %k2; andl %k2,(%%rsp); andl %k2,2*8(%%rsp); pop  %2; " \
  "orl  %k2,(%%rsp); popf; pop  %2; movl %k2,%k0; " \
  "addw %w3,%w1; " \
  "pushf; pop  %2; andl %4,%k2; orl  %k2,%k0; "

/* Linux's flag_is_changeable_p (i386).  */
#define LINUX_FLAG_CHANGEABLE \
  "pushfl\n\tpushfl\n\tpopl %0\n\tmovl %0, %1\n\txorl %2, %0\n\t" \
  "pushl %0\n\tpopfl\n\tpushfl\n\tpopl %0\n\tpopfl\n\t"

/* Xen's local_irq_restore(x).  */
#define XEN_IRQ_RESTORE \
  "pushfq\n\tandq %0, (%%rsp)\n\torq  %1, (%%rsp)\n\tpopfq"

static const struct test_case cases[] = {
  { "xen emulator flags: kept", XEN_PRE_POST, 8,
    { UNK, UNK, UNK, UNK, ZERO }, 5, IFE_KEPT },
  { "xen emulator flags, mask with IF: unknown", XEN_PRE_POST, 8,
    { UNK, UNK, UNK, UNK, ONE }, 5, IFE_UNKNOWN },
  { "linux flag_is_changeable_p(ID): kept", LINUX_FLAG_CHANGEABLE, 4,
    { UNK, UNK, ZERO }, 3, IFE_KEPT },
  { "linux flag_is_changeable_p(IF): unknown", LINUX_FLAG_CHANGEABLE, 4,
    { UNK, UNK, ONE }, 3, IFE_UNKNOWN },
  { "linux flag_is_changeable_p(unknown): unknown", LINUX_FLAG_CHANGEABLE, 4,
    { UNK, UNK, UNK }, 3, IFE_UNKNOWN },
  { "xen local_irq_restore(x): unknown", XEN_IRQ_RESTORE, 8,
    { ZERO, UNK }, 2, IFE_UNKNOWN },
  { "xen local_irq_restore(0): cleared", XEN_IRQ_RESTORE, 8,
    { ZERO, ZERO }, 2, IFE_CLEARED },
  { "save, cli, restore: kept", "pushf; cli; nop; popf", 8, {}, 0,
    IFE_KEPT },
  { "sti then cli: opened", "sti; nop; cli", 8, {}, 0, IFE_UNKNOWN },
  { "push 0, popf: cleared", "pushq $0; popfq", 8, {}, 0, IFE_CLEARED },
  { "pushf, popf: kept", "pushf; popf", 8, {}, 0, IFE_KEPT },
  { "popf alone: unknown", "popf", 8, {}, 0, IFE_UNKNOWN },
  { "popf of an operand: unknown", "push %0; popf", 8, { UNK }, 1,
    IFE_UNKNOWN },
  { "jump: unknown", "pushf; jmp 1f; 1: popf", 8, {}, 0, IFE_UNKNOWN },
  { "other section: unknown",
    "pushf; .pushsection .text.other; nop; .popsection; popf", 8, {}, 0,
    IFE_UNKNOWN },
  { "data section, then back: kept",
    "pushf; .pushsection .data; .long 1; .popsection; popf", 8, {}, 0,
    IFE_KEPT },
  { "bytes: unknown", "pushf; .byte 0x9d; popf", 8, {}, 0, IFE_UNKNOWN },
  { "or IF: unknown", "pushf; orl $0x200,(%%rsp); popf", 8, {}, 0,
    IFE_UNKNOWN },
  { "xor IF: unknown", "pushf; xorl $0x200,(%%rsp); popf", 8, {}, 0,
    IFE_UNKNOWN },
  { "btr 9: cleared", "pushf; btrl $9,(%%rsp); popf", 8, {}, 0,
    IFE_CLEARED },
  { "bts 9: unknown", "pushf; btsq $9,(%%rsp); popf", 8, {}, 0,
    IFE_UNKNOWN },
  { "bts 21: kept", "pushf; btsl $21,(%%rsp); popf", 8, {}, 0, IFE_KEPT },
  { "and ~IF: cleared", "pushfq; andq $~0x200,(%%rsp); popfq", 8, {}, 0,
    IFE_CLEARED },
  { "through a register: kept", "pushf; pop %%rax; push %%rax; popf", 8,
    {}, 0, IFE_KEPT },
  { "register clobbered by cpuid: unknown",
    "pushf; pop %%rax; cpuid; push %%rax; popf", 8, {}, 0, IFE_UNKNOWN },
  { "through an operand: kept", "pushf; pop %0; push %0; popf", 8,
    { UNK }, 1, IFE_KEPT },
  { "through an \"a\" operand and %%eax: kept",
    "pushf; pop %0; push %%rax; popf", 8, { { IFB_UNKNOWN, 'a' } }, 1,
    IFE_KEPT },
  { "stack adjusted: kept", "pushf; sub $16,%%rsp; add $16,%%rsp; popf", 8,
    {}, 0, IFE_KEPT },
  { "stack popped too far: unknown", "pushf; add $8,%%rsp; popf", 8, {}, 0,
    IFE_UNKNOWN },
  { "stack pointer set: unknown", "pushf; mov %%rax,%%rsp; popf", 8, {}, 0,
    IFE_UNKNOWN },
  { "byte inside a slot: unknown", "pushf; movb $0,1(%%rsp); popf", 8, {},
    0, IFE_UNKNOWN },
  { "low byte written: kept", "pushf; movb $0,(%%rsp); popf", 8, {}, 0,
    IFE_KEPT },
  { "dialects: first alternative", "{pushfq; popfq|pushfq; sti}", 8, {}, 0,
    IFE_KEPT },
  { "i386 words: kept", "pushfl; pushl $0; popl %%eax; popfl", 4, {}, 0,
    IFE_KEPT },
  { "mixed sizes: unknown", "pushfq; popw %%ax; popfq", 8, {}, 0,
    IFE_UNKNOWN },
  { "operand out of range: unknown", "pushf; pop %3; push %3; popf", 8,
    { UNK }, 1, IFE_UNKNOWN },
  { "slot address expression: cleared",
    "pushf; pushq $0; andl $~0x200,1*8(%%rsp); popq %%rax; popf", 8, {},
    0, IFE_CLEARED },
  { "other slot by expression: kept",
    "pushf; pushq $0; orl $0x200,0*8(%%rsp); popq %%rax; popf", 8, {},
    0, IFE_KEPT },
  /* Found by check-fuzz (signed overflow, caught with UBSan): values
     wrap at 64 bits as the assembler's do.  */
  { "product past 64 bits: cleared", "pushq $0x4000000000000000*4; popfq",
    8, {}, 0, IFE_CLEARED },
  { "sum past 64 bits: cleared",
    "pushq $0x7fffffffffffffff+0x7fffffffffffffff+2; popfq", 8, {}, 0,
    IFE_CLEARED },
  { "negated 1 << 63: cleared", "pushq $-0x8000000000000000; popfq", 8, {},
    0, IFE_CLEARED },
};

int
main (void)
{
  int failures = 0;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      const struct test_case *c = &cases[i];
      enum if_effect got
	= interrupt_flag_effect (c->tmpl, c->ops, c->nops, c->word);
      if (got == c->want)
	printf ("PASS: %s\n", c->name);
      else
	{
	  printf ("FAIL: %s (got %d, want %d)\n", c->name, got, c->want);
	  failures++;
	}
    }
  return failures ? 1 : 0;
}
