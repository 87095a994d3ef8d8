/* What an asm template does to the x86 interrupt flag (EFLAGS.IF), found
   by following the flag's bit through the template's pushes, pops,
   moves and bitwise operations.  */
#ifndef ASMCLOBBER_INTERRUPT_FLAG_H
#define ASMCLOBBER_INTERRUPT_FLAG_H

/* The interrupt flag's bit in EFLAGS.  */
#define EFLAGS_IF (1ull << 9)

/* What is known of the interrupt flag's bit of a value.  */
enum if_bit
{
  IFB_UNKNOWN,
  IFB_ZERO,
  IFB_ONE,
  IFB_ENTRY,		/* the interrupt flag as it was when the asm began */
  IFB_NOT_ENTRY		/* its complement */
};

/* One asm operand as the template sees it.  */
struct if_operand
{
  enum if_bit bit;	/* of its value when the asm begins */
  char reg;		/* the register its constraint fixes ('a', 'b', 'c',
			   'd', 'S', 'D'), or 0 */
};

/* What a template does to the interrupt flag, as far as it can be told.  */
enum if_effect
{
  IFE_UNKNOWN,		/* it may enable interrupts, or it cannot be told */
  IFE_KEPT,		/* at the end as it was when the asm began */
  IFE_CLEARED		/* at the end 0 (interrupts disabled) */
};

/* What the template TMPL, with operands OPS[0..NOPS-1], does to the
   interrupt flag.  KEPT and CLEARED also mean that on the way the flag is
   only ever set to 0 or to its value at the start, so that no interrupt
   can be taken inside the asm that could not have been taken before it.
   WORD is the size of a stack slot in bytes (8 for x86-64, 4 for i386).
   Anything this reading does not follow (a jump, code in other sections,
   .byte encodings, a change of the stack pointer it cannot track) gives
   IFE_UNKNOWN.  */
enum if_effect interrupt_flag_effect (const char *tmpl,
				      const struct if_operand *ops,
				      unsigned nops, unsigned word);

#endif
