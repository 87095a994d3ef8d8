/* Data and control dependences between an asm and the memory accesses
   around it, from SSA def-use chains and the dominator trees.  A load
   whose value reaches an input of the asm (directly or through address
   arithmetic), or reaches a branch on every path to the asm (one that
   decides whether the asm runs, or that guards a call or a store and so
   stays a branch), must execute before it; an access that uses an output
   of the asm must execute after it.  The same holds through another asm
   volatile, which GCC keeps in order with the checked one, and through an
   access the asm's memory operands order.  The walks are
   bounded so that a huge function costs no more than a few hundred
   statements per asm.  */
#include "gcc-compat.h"
#include "basic-block.h"
#include "function.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "ssa.h"
#include "dominance.h"
#include "dependence.h"

/* At most this many statements are visited per slice.  */
#define SLICE_LIMIT 512

/* Which dominance information dependence_begin computed.  */
static bool computed_dom, computed_postdom;

void
dependence_begin (void)
{
  computed_dom = !dom_info_available_p (CDI_DOMINATORS);
  if (computed_dom)
    calculate_dominance_info (CDI_DOMINATORS);
  computed_postdom = !dom_info_available_p (CDI_POST_DOMINATORS);
  if (computed_postdom)
    calculate_dominance_info (CDI_POST_DOMINATORS);
}

void
dependence_end (void)
{
  if (computed_dom)
    free_dominance_info (CDI_DOMINATORS);
  if (computed_postdom)
    free_dominance_info (CDI_POST_DOMINATORS);
  computed_dom = computed_postdom = false;
}

/* Adds to FEEDING the loads among the statements that compute the SSA
   names of WORK (and what they use, transitively); VISITED bounds it.  */
static void
backward_slice (auto_vec<tree> &work, hash_set<gimple *> &visited,
		hash_set<gimple *> &feeding)
{
  while (!work.is_empty () && visited.elements () < SLICE_LIMIT)
    {
      tree name = work.pop ();
      if (TREE_CODE (name) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (name))
	continue;
      gimple *def = SSA_NAME_DEF_STMT (name);
      if (visited.add (def))
	continue;
      if (gphi *phi = dyn_cast <gphi *> (def))
	{
	  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	    work.safe_push (gimple_phi_arg_def (phi, i));
	  continue;
	}
      /* A load is tied, and so is an asm reading memory through its
	 operands; an asm's or a call's result depends on its inputs
	 (RELOC_HIDE's empty asm sits in every per-CPU address).  */
      if ((is_gimple_assign (def) && gimple_assign_load_p (def))
	  || (is_a <gasm *> (def) && gimple_vuse (def)))
	feeding.add (def);
      else if (!is_gimple_assign (def) && !is_a <gasm *> (def)
	       && !is_gimple_call (def))
	continue;
      ssa_op_iter it;
      tree use;
      FOR_EACH_SSA_TREE_OPERAND (use, def, it, SSA_OP_USE)
	work.safe_push (use);
    }
}

/* Pushes onto WORK the SSA names STMT uses (for an asm: in its inputs,
   and in the addresses of its memory outputs).  */
static void
push_uses (gimple *stmt, auto_vec<tree> &work)
{
  ssa_op_iter it;
  tree use;
  FOR_EACH_SSA_TREE_OPERAND (use, stmt, it, SSA_OP_USE)
    work.safe_push (use);
}

/* At most this many statements of the arms of a branch are looked at,
   and this many statements using a load's value; at most this many blocks
   on the paths from a load to an asm.  */
#define ARM_LIMIT 64
#define PATH_LIMIT 512

/* True when the branch ending block D stays a branch: an arm of it (the
   blocks between D and its immediate post-dominator) holds what GCC
   cannot execute on both paths, a store, a call or an asm volatile.  */
static bool
branch_pinned_p (basic_block d)
{
  basic_block join = get_immediate_dominator (CDI_POST_DOMINATORS, d);
  auto_sbitmap seen (last_basic_block_for_fn (cfun));
  bitmap_clear (seen);
  auto_vec<basic_block> queue;
  queue.safe_push (d);
  unsigned n = 0;
  for (unsigned i = 0; i < queue.length () && n < ARM_LIMIT; i++)
    {
      basic_block bb = queue[i];
      if (bb != d)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb);
	     !gsi_end_p (gsi) && n < ARM_LIMIT; gsi_next (&gsi))
	  {
	    gimple *stmt = gsi_stmt (gsi);
	    if (is_gimple_debug (stmt))
	      continue;
	    n++;
	    if (gimple_vdef (stmt) || gimple_has_side_effects (stmt))
	      return true;
	  }
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (e->dest != join && e->dest->index >= NUM_FIXED_BLOCKS
	    && !bitmap_bit_p (seen, e->dest->index))
	  {
	    bitmap_set_bit (seen, e->dest->index);
	    queue.safe_push (e->dest);
	  }
    }
  return false;
}

/* Pushes onto WORK the SSA names used by the conditions that decide
   whether block BB runs: those ending a dominator of BB that BB does not
   post-dominate.  */
static void
push_controlling_conditions (basic_block bb, auto_vec<tree> &work)
{
  for (basic_block d = get_immediate_dominator (CDI_DOMINATORS, bb);
       d && d != ENTRY_BLOCK_PTR_FOR_FN (cfun);
       d = get_immediate_dominator (CDI_DOMINATORS, d))
    {
      gimple *last = gsi_stmt (gsi_last_bb (d));
      if (!last || (gimple_code (last) != GIMPLE_COND
		    && gimple_code (last) != GIMPLE_SWITCH))
	continue;
      if (!dominated_by_p (CDI_POST_DOMINATORS, d, bb))
	push_uses (last, work);
    }
}

/* True when block TO can be reached from the end of block FROM without
   passing block AVOID (or when that cannot be told within the bound).  */
static bool
reaches_avoiding_p (basic_block from, basic_block to, basic_block avoid)
{
  if (from == avoid)
    return false;
  auto_sbitmap seen (last_basic_block_for_fn (cfun));
  bitmap_clear (seen);
  auto_vec<basic_block> queue;
  queue.safe_push (from);
  for (unsigned i = 0; i < queue.length (); i++)
    {
      if (i == PATH_LIMIT)
	return true;
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, queue[i]->succs)
	{
	  basic_block next = e->dest;
	  if (next == to)
	    return true;
	  if (next == avoid || bitmap_bit_p (seen, next->index))
	    continue;
	  bitmap_set_bit (seen, next->index);
	  queue.safe_push (next);
	}
    }
  return false;
}

/* Calls FN (with DATA) for each statement that uses, directly or through
   computations (calls too: unlikely() is __builtin_expect), the SSA names
   of WORK, at most LIMIT of them, until FN returns true; returns whether
   it did.  */
static bool
for_each_user (auto_vec<tree> &work, unsigned limit,
	       bool (*fn) (gimple *, void *), void *data)
{
  hash_set<gimple *> visited;
  while (!work.is_empty () && visited.elements () < limit)
    {
      tree name = work.pop ();
      imm_use_iterator it;
      use_operand_p use_p;
      FOR_EACH_IMM_USE_FAST (use_p, it, name)
	{
	  gimple *user = USE_STMT (use_p);
	  if (is_gimple_debug (user) || visited.add (user))
	    continue;
	  if (fn (user, data))
	    return true;
	  if (gimple_code (user) == GIMPLE_PHI)
	    work.safe_push (gimple_phi_result (user));
	  else if ((is_gimple_assign (user) || is_gimple_call (user))
		   && gimple_get_lhs (user)
		   && TREE_CODE (gimple_get_lhs (user)) == SSA_NAME)
	    work.safe_push (gimple_get_lhs (user));
	}
    }
  return false;
}

/* A load and the asm after it, for pinning_branch_p.  */
struct load_and_asm
{
  basic_block from, to;
};

/* for_each_user's function for dependence_pinned_load_p: true when USER
   is a branch that stays one and that every path from the load to the
   asm of DATA passes.  */
static bool
pinning_branch_p (gimple *user, void *data)
{
  const struct load_and_asm *la = (const struct load_and_asm *) data;
  return (gimple_code (user) == GIMPLE_COND
	  || gimple_code (user) == GIMPLE_SWITCH)
	 && branch_pinned_p (gimple_bb (user))
	 && !reaches_avoiding_p (la->from, la->to, gimple_bb (user));
}

bool
dependence_pinned_load_p (gimple *load, gasm *asm_stmt)
{
  tree lhs = gimple_get_lhs (load);
  struct load_and_asm la = { gimple_bb (load), gimple_bb (asm_stmt) };
  if (!lhs || TREE_CODE (lhs) != SSA_NAME || la.from == la.to)
    return false;
  auto_vec<tree> work;
  work.safe_push (lhs);
  return for_each_user (work, ARM_LIMIT, pinning_branch_p, &la);
}

/* for_each_user's function for forward_slice: adds USER to the set DATA
   when it accesses memory.  */
static bool
add_memory_user (gimple *user, void *data)
{
  if (gimple_vuse (user) || gimple_vdef (user))
    ((hash_set<gimple *> *) data)->add (user);
  return false;
}

/* Adds to FED the memory accesses that use, directly or through
   computations, the SSA names of WORK.  */
static void
forward_slice (auto_vec<tree> &work, hash_set<gimple *> &fed)
{
  for_each_user (work, SLICE_LIMIT, add_memory_user, &fed);
}

/* Pushes onto WORK the SSA names STMT computes: an asm's outputs, or the
   left-hand side of an assignment or a call.  */
static void
push_results (gimple *stmt, auto_vec<tree> &work)
{
  if (gasm *a = dyn_cast <gasm *> (stmt))
    {
      for (unsigned i = 0; i < gimple_asm_noutputs (a); i++)
	{
	  tree out = TREE_VALUE (gimple_asm_output_op (a, i));
	  if (TREE_CODE (out) == SSA_NAME)
	    work.safe_push (out);
	}
      return;
    }
  tree lhs = gimple_get_lhs (stmt);
  if (lhs && TREE_CODE (lhs) == SSA_NAME)
    work.safe_push (lhs);
}

void
dependence_compute (gasm *asm_stmt, struct asm_dependences *deps)
{
  auto_vec<tree> work;
  hash_set<gimple *> visited;
  push_uses (asm_stmt, work);
  push_controlling_conditions (gimple_bb (asm_stmt), work);
  backward_slice (work, visited, deps->feeding);

  work.truncate (0);
  push_results (asm_stmt, work);
  forward_slice (work, deps->fed);
}

void
dependence_add_feeding (gimple *other, hash_set<gimple *> *feeding)
{
  auto_vec<tree> work;
  hash_set<gimple *> visited;
  push_uses (other, work);
  backward_slice (work, visited, *feeding);
}

void
dependence_add_fed (gimple *other, hash_set<gimple *> *fed)
{
  auto_vec<tree> work;
  push_results (other, work);
  forward_slice (work, *fed);
}
