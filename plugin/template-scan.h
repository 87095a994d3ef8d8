/* Reading an asm template as the assembler sees it (AT&T dialect) and
   finding the system-state instructions it executes.  */
#ifndef ASMCLOBBER_TEMPLATE_SCAN_H
#define ASMCLOBBER_TEMPLATE_SCAN_H

#include <stddef.h>
#include "insn-table.h"

/* At most this many distinct instructions are kept per template; the
   first ones are the ones reported.  */
#define TEMPLATE_MAX_INSNS 16

struct template_scan
{
  /* Distinct state-changing instructions, in template order.  */
  const struct insn_info *insns[TEMPLATE_MAX_INSNS];
  /* For each, the asm operand its value comes from (the N of "%N" in
     mov %N,%cr4, or of an only operand, umonitor %N), or -1.  */
  int source[TEMPLATE_MAX_INSNS];
  /* For each, the asm constraint letter of the register holding its
     address or number when no asm operand gives it: the one its only
     operand names (umonitor %%rdi) or its .byte encoding's ModRM.rm does,
     else the one it reads implicitly (insn_implicit_register), or 0.  */
  char reg[TEMPLATE_MAX_INSNS];
  unsigned ninsns;
  /* The IF_* flags of the read-only instructions (IF_COUNTER: a counter
     is read).  */
  unsigned read_flags;
  /* The TR_* events its instructions cause (descriptor table reads).  */
  unsigned table_reads;
  /* The first "mov %crK, %N": K and N, or -1.  */
  int cr_read, cr_read_operand;
  /* An assembler comment in the template says "asmclobber:ignore".  */
  bool ignore_marker;
};

/* Scans the template TMPL (as gimple_asm_string gives it: operands are
   %N references, %% is a literal %) into *OUT.  Never fails: text it does
   not understand executes no known instruction.  */
void template_scan (const char *tmpl, struct template_scan *out);

/* One instruction of a template, as template_walk hands it out.  */
struct template_insn
{
  const char *mnem;	/* lower case, prefixes skipped; "" if unknown */
  char *operands;	/* its operand text; NULL when ENCODED */
  bool encoded;		/* written as .byte values (MNEM the table's name) */
  char reg;		/* ENCODED: the register its ModRM.rm names, as an
			   asm constraint letter, or 0 */
  bool main_section;	/* in the asm's own section, not pushed or switched */
};

typedef void (*template_insn_fn) (const struct template_insn *, void *);

/* Calls FN (with DATA) for each instruction of TMPL, in order, as the
   assembler sees them: the AT&T alternative, comments removed, labels
   skipped; and sets *IGNORE_MARKER (when not NULL) if a comment says
   "asmclobber:ignore".  */
void template_walk (const char *tmpl, template_insn_fn fn, void *data,
		    bool *ignore_marker);

/* Splits the operand text OPS at its top-level commas (not inside
   parentheses) into at most MAX pieces, trimmed: their starts and lengths
   in START and LEN.  Returns the number of pieces (0 when there is no
   operand), or -1 when there are more than MAX.  */
int template_split_operands (const char *ops, const char **start,
			     size_t *len, int max);

/* The operand number N of "%N" or "%kN" (an operand reference with an
   optional one-letter modifier) in the LEN characters at S, or -1.  */
int template_operand_number (const char *s, size_t len);

/* The register the LEN characters at S name, an operand reference "%N"
   (with a modifier, "%qN") or a register "%rsi": stores the operand
   number in *OPERAND (else -1) or the asm constraint letter that fixes
   the register in *REG (else 0); false when it is neither.  */
bool template_register_operand (const char *s, size_t len, int *operand,
				char *reg);

#endif
