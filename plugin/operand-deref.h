/* Which asm operands a template uses as memory addresses, and whether its
   instructions read or write the memory there: "(%0)", "8(%0,%1,4)",
   "%a0", registers an operand fixes ("(%%rsi)" with an "S" input) and the
   fixed registers of string instructions.  Pure code: no GCC headers.  */
#ifndef ASMCLOBBER_OPERAND_DEREF_H
#define ASMCLOBBER_OPERAND_DEREF_H

/* At most this many addresses are kept per template.  */
#define DEREF_MAX 8
#define DEREF_MNEM_MAX 16

/* One address the template accesses memory at.  */
struct operand_deref
{
  int operand;		/* the asm operand holding it ("%N"), or -1 */
  char reg;		/* else the constraint letter of its register */
  unsigned access;	/* MA_READ and MA_WRITE bits, over all its uses */
  char mnem[DEREF_MNEM_MAX]; /* the first instruction using it */
};

struct deref_scan
{
  struct operand_deref derefs[DEREF_MAX];
  unsigned n;
  bool ignore_marker;	/* a comment says "asmclobber:ignore" */
};

/* Scans the template TMPL (as gimple_asm_string gives it) into *OUT: one
   entry per operand or register used as an address with an access through
   it, in template order.  Segment-relative addresses ("%%gs:(%0)") are
   not plain pointers and are left out, as are .byte encodings.  */
void deref_scan (const char *tmpl, struct deref_scan *out);

#endif
