/* The CPU rules by which an instruction's class does not apply in one
   asm: no nearby access depends on the instruction there, so the asm is
   reported at level 2 only, with the rule that relieves it.  */
#ifndef ASMCLOBBER_RELIEF_H
#define ASMCLOBBER_RELIEF_H

#include "insn-table.h"
#include "template-scan.h"

enum relief
{
  RELIEF_NONE,
  RELIEF_COUNTER_FENCE,	/* a fence ordering a counter read in the asm */
  RELIEF_USER_PAGES,	/* protection keys, in supervisor code */
  RELIEF_IF_KEPT,	/* the interrupt flag is as it was at the start */
  RELIEF_CR_BITS,	/* the write changes no bit data accesses depend on */
  RELIEF_TABLE_NOT_READ	/* lgdt/lidt: nothing reads the table before the
			   next compiler barrier */
};

/* How instruction INSN of the asm STMT (scanned into SCAN, SOURCE the
   operand its written value comes from or -1) acts there: the rule that
   relieves it, or RELIEF_NONE; *SIDES receives the IF_ONLY_BEFORE or
   IF_ONLY_AFTER flag that says on which side accesses matter to it, or 0
   for both (an asm that only ever clears the interrupt flag acts as cli,
   whatever its instruction).  */
enum relief relief_of (gasm *stmt, const struct template_scan *scan,
		       const struct insn_info *insn, int source,
		       unsigned *sides);

#endif
