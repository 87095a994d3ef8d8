/* Which memory accesses may the compiler move across an asm: those that
   reach it along some control-flow path with no compiler barrier between.  */
#ifndef ASMCLOBBER_ORDERING_H
#define ASMCLOBBER_ORDERING_H

#include "insn-table.h"

/* For one asm: for each access kind (bit K of AK_*, index K), the nearest
   access of that kind reaching it from before and from after, or NULL.  */
struct nearby_accesses
{
  gimple *before[AK_NKINDS];
  gimple *after[AK_NKINDS];
};

/* Fills NEARBY[i] for each statement ASMS[i] of the current function.
   Linear in the size of the function (a forward and a backward dataflow
   problem over basic blocks), whatever the number of asms.  */
void ordering_compute (const vec<gasm *> &asms, struct nearby_accesses *nearby);

/* Returns the index K of the access kind bit KIND.  */
static inline int
access_kind_index (unsigned kind)
{
  return ctz_hwi (kind);
}

#endif
