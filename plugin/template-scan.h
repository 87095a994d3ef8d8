/* Reading an asm template as the assembler sees it (AT&T dialect) and
   finding the system-state instructions it executes.  */
#ifndef ASMCLOBBER_TEMPLATE_SCAN_H
#define ASMCLOBBER_TEMPLATE_SCAN_H

#include "insn-table.h"

/* At most this many distinct instructions are kept per template; the
   first ones are the ones reported.  */
#define TEMPLATE_MAX_INSNS 16

struct template_scan
{
  /* Distinct state-changing instructions, in template order.  */
  const struct insn_info *insns[TEMPLATE_MAX_INSNS];
  unsigned ninsns;
  /* An assembler comment in the template says "asmclobber:ignore".  */
  bool ignore_marker;
};

/* Scans the template TMPL (as gimple_asm_string gives it: operands are
   %N references, %% is a literal %) into *OUT.  Never fails: text it does
   not understand executes no known instruction.  */
void template_scan (const char *tmpl, struct template_scan *out);

#endif
