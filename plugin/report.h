/* Reporting findings: the warning, its notes and fix-it, and one report
   per asm source location per translation unit.  */
#ifndef ASMCLOBBER_REPORT_H
#define ASMCLOBBER_REPORT_H

#include "insn-table.h"
#include "relief.h"
#include "operand-deref.h"

/* At most this many other instructions of one asm are named in notes.  */
#define FINDING_MAX_ALSO 3

/* One asm that lacks a "memory" clobber it needs.  */
struct finding
{
  gasm *stmt;
  const struct insn_info *insn;	/* the instruction reported; NULL for
				   IC_UNDECLARED_MEMORY */
  enum insn_class cls;		/* its class (wrmsr's depends on the MSR) */
  bool msr_unknown;		/* a wrmsr to an MSR not known at compile time */
  gimple *access;		/* the access that may move, or NULL */
  unsigned kind;		/* its AK_* bit */
  bool access_before;		/* it comes before the asm */
  bool latent;			/* no access of a kind that matters may move
				   now, but ACCESS would if GCC changed
				   (level 2): */
  bool volatile_p;		/* ACCESS is volatile */
  gimple *via_call;		/* the out-of-line call ordering ACCESS */
  unsigned others;		/* how many more plain accesses may move */
  enum relief relief;		/* why no access matters to INSN here */
  /* Other instructions of the asm with an access that may move, each
     with its best witness (level 1 findings only).  */
  struct
  {
    const struct insn_info *insn;
    gimple *access;
    unsigned kind;
    bool access_before;
  } also[FINDING_MAX_ALSO];
  unsigned nalso;
  /* For IC_UNDECLARED_MEMORY: the address the asm dereferences and the
     object it points into (NULL when not known).  */
  struct operand_deref deref;
  tree object;
};

/* Records F to be warned about at the end of the translation unit, with
   the evidence of what the passes did to its access, unless this asm's
   location was already reported in this unit (then it is only
   counted).  */
void report_finding (const struct finding *f);

/* Records F, found before the optimizers ran, to be warned about only if
   the accesses watched for the returned id (evidence_watch) were seen
   moved or deleted and its asm has no report of its own; otherwise what
   was seen is added to that report.  */
unsigned report_provisional (const struct finding *f);

/* At the end of a translation unit: issues the findings in the order they
   were found, then a note for each reported asm that was found again
   elsewhere (inlined copies, other expansions of a macro); then forgets
   them.  */
void report_unit_end (void *gcc_data, void *user_data);

#endif
