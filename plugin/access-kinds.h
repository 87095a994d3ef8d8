/* What one GIMPLE statement does to memory, as far as the check cares:
   which kinds of access it makes and whether it is a compiler barrier.  */
#ifndef ASMCLOBBER_ACCESS_KINDS_H
#define ASMCLOBBER_ACCESS_KINDS_H

#include "insn-table.h"

struct stmt_effect
{
  unsigned loads;	/* AK_* bits of what it reads */
  unsigned stores;	/* AK_* bits of what it writes */
  bool barrier;		/* no memory access moves across it */
};

/* Makes the type names (built-in and from the arguments) ready; call once
   per translation unit before access_effect_of.  */
void access_kinds_init (void);

/* Finds the descriptor tables of the current function by what its code
   does: the objects whose address it stores into the base of a
   pseudo-descriptor that the lgdt or lidt LOADS[0..N-1] read.  Stores to
   them are descriptor-table stores until access_kinds_end_function.  */
void access_kinds_begin_function (gasm *const *loads, unsigned n);
void access_kinds_end_function (void);

/* The object the pointer value PTR points into: the declaration whose
   address it takes or the SSA pointer it is computed from (copies,
   conversions, constant offsets); NULL if none.  */
tree access_pointer_root (tree ptr);

/* The object (as access_pointer_root) that the load of STMT reads, or
   NULL.  */
tree access_load_root (gimple *stmt);

/* The object (as access_pointer_root) that the memory reference REF is
   in, or NULL.  */
tree access_ref_root (tree ref);

/* The object (as access_pointer_root) that the store of STMT (an
   assignment, memcpy or memset) writes, or NULL.  */
tree access_store_root (gimple *stmt);

/* True when the operand OP of an asm (a TREE_LIST of gimple_asm_input_op
   or gimple_asm_output_op) is a memory reference.  */
bool asm_memory_operand_p (tree op);

/* The value of the first input of the asm STMT whose constraint is
   exactly CONSTRAINT ("c", "a", or "0" for a matching input), or NULL.  */
tree asm_input_value (gasm *stmt, const char *constraint);

/* Operand N of the asm STMT, outputs first as the template numbers them
   (a TREE_LIST: constraint in TREE_PURPOSE, value in TREE_VALUE); N must
   be below the number of operands.  */
tree asm_operand (gasm *stmt, unsigned n);

/* The register letter a constraint fixes ("a", "=a", "+D"), or 0.  */
char asm_constraint_reg (const char *constraint);

/* The value operand N of the asm STMT (outputs first, as the template
   numbers them) has when the asm begins: an input's value, or for an
   output the input matching it ("+r" outputs have one); NULL when it has
   none or there is no operand N.  */
tree asm_operand_value (gasm *stmt, unsigned n);

/* True when the asm STMT is volatile: declared so, or an asm goto, which
   is volatile even when GIMPLE does not say so (one with outputs).  */
bool asm_volatile_p (gasm *stmt);

/* Fills *OUT with the effect of STMT.  */
void access_effect_of (gimple *stmt, struct stmt_effect *out);

/* True when ACCESS (a statement with an effect) is kept on its side of
   ASM by one of ASM's own memory operands, as GCC's alias oracle sees it:
   an output operand orders every access that may alias it, an input
   operand every store that may alias it.  */
bool access_ordered_by_operands (gimple *access, gasm *asm_stmt);

/* Describes the KIND access of ACCESS for a message, e.g. "store to
   descriptor memory".  */
const char *access_describe (gimple *access, unsigned kind);

#endif
