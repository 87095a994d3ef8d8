/* Evidence in the RTL just expanded: where the loads of an object stand
   relative to an asm.  Expansion folds a single-use load into its user
   (TER), which may stand after an asm the load came before; the load's
   insn then carries its user's location, so it is found by the memory
   it reads.  */
#include "gcc-compat.h"
#include "function.h"
#include "basic-block.h"
#include "rtl.h"
#include "rtl-iter.h"
#include "insn-config.h"
#include "recog.h"
#include "memmodel.h"
#include "emit-rtl.h"
#include "evidence-rtl.h"

/* True when the insn INSN reads the memory MEM names (its MEM_EXPR is
   equal to MEM), other than as the place it stores to.  */
static bool
reads_memory_p (rtx_insn *insn, tree mem)
{
  rtx pat = PATTERN (insn);
  rtx dest = GET_CODE (pat) == SET ? SET_DEST (pat) : NULL_RTX;
  subrtx_iterator::array_type array;
  FOR_EACH_SUBRTX (iter, array, pat, NONCONST)
    {
      const_rtx x = *iter;
      if (MEM_P (x) && x != dest && MEM_EXPR (x)
	  && operand_equal_p (MEM_EXPR (x), mem, 0))
	return true;
    }
  return false;
}

/* The one asm insn of the current function at ASM_LOC, or NULL.  */
static rtx_insn *
asm_insn_at (location_t asm_loc)
{
  rtx_insn *found = NULL;
  for (rtx_insn *insn = get_insns (); insn; insn = NEXT_INSN (insn))
    if (NONDEBUG_INSN_P (insn) && INSN_LOCATION (insn) == asm_loc
	&& extract_asm_operands (PATTERN (insn)))
      {
	if (found)
	  return NULL;
	found = insn;
      }
  return found;
}

bool
rtl_load_after_asm_p (location_t asm_loc, tree mem)
{
  rtx_insn *asm_insn = asm_insn_at (asm_loc);
  if (!asm_insn || !BLOCK_FOR_INSN (asm_insn))
    return false;
  basic_block bb = BLOCK_FOR_INSN (asm_insn);
  bool after = false, seen = false;
  rtx_insn *insn;
  FOR_BB_INSNS (bb, insn)
    {
      if (insn == asm_insn)
	{
	  after = true;
	  continue;
	}
      if (!NONDEBUG_INSN_P (insn) || !reads_memory_p (insn, mem))
	continue;
      if (!after)
	return false;
      seen = true;
    }
  return seen;
}
