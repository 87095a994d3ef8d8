/* Which memory accesses may the compiler move across an asm: those that
   reach it along some control-flow path with no compiler barrier between,
   that its operands do not name and that no dependence ties to it.  */
#ifndef ASMCLOBBER_ORDERING_H
#define ASMCLOBBER_ORDERING_H

#include "insn-table.h"

struct asm_dependences;

/* One access that may move across the asm.  */
struct reaching_access
{
  gimple *stmt;
  unsigned loads;	/* AK_* bits of what it reads */
  unsigned stores;	/* AK_* bits of what it writes */
  bool volatile_p;	/* a volatile access: GCC keeps it in place, but
			   does not promise to */
  gimple *via_call;	/* or NULL: the out-of-line call between it and
			   the asm, the only barrier, which inlining or LTO
			   may remove */
};

/* At most this many accesses are collected in each direction, nearest
   first: enough to rank the witness and count the others.  */
#define ORDERING_LIMIT 8

/* At most this many statements are looked at in each direction: an
   access further away along every path is not "nearby".  It bounds the
   cost of a huge function with many asms.  */
#define ORDERING_VISITS 1024

/* The dependences of at most this many statements met on the way that
   stay on their side (another asm volatile, an access the asm's memory
   operands order) are followed in each direction (the nearest ones).  */
#define ORDERING_PINNED 8

/* The accesses that may move across one asm: BEFORE may sink below it,
   AFTER may rise above it; nearest first.  */
struct nearby_accesses
{
  auto_vec<reaching_access> before;
  auto_vec<reaching_access> after;
};

/* Start and end the collection for the current function: the effects of
   its statements are kept in between.  */
void ordering_begin (void);
void ordering_end (void);

/* Fills *N for ASM_STMT of the current function with the accesses of
   the kinds BEFORE_KINDS before it and AFTER_KINDS after it (AK_* bits),
   leaving out those DEPS ties to it and those its own memory operands
   order.  The walk stops at barriers, after ORDERING_LIMIT accesses and
   after ORDERING_VISITS statements each way.  When the first barrier on
   the asm's own block is a direct call to a function (not a builtin), the
   accesses just past it are collected too, with VIA_CALL set.  */
void ordering_collect (gasm *asm_stmt, struct asm_dependences *deps,
		       unsigned before_kinds, unsigned after_kinds,
		       struct nearby_accesses *n);

#endif
