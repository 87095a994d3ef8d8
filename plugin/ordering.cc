/* Collecting, for one asm, the accesses that reach it with no compiler
   barrier between: a walk over the statements before it (backwards,
   through its block and then its predecessors, breadth first) and after
   it (forwards, through its successors), each path ending at a barrier.
   A loop brings the asm's own block back: coming to it again from its
   end (backwards) or start (forwards), the walk covers the part on the
   other side of the asm.  When the walk in the asm's own block ends at an
   out-of-line call, a second walk starts past the call: what it finds is
   ordered only by that call.  */
#include "gcc-compat.h"
#include "basic-block.h"
#include "function.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "sbitmap.h"
#include "access-kinds.h"
#include "dependence.h"
#include "ordering.h"

/* The state of one walk.  */
struct walk
{
  gasm *asm_stmt;
  bool forward;			/* after the asm (true) or before */
  unsigned kinds;		/* the AK_* bits collected */
  hash_set<gimple *> *tied;	/* accesses that cannot move */
  vec<reaching_access> *out;
  unsigned visits;		/* statements looked at so far */
  gimple *via_call;		/* the call this walk started past, or NULL */
  gimple *barrier;		/* the barrier that ended the last block walk */
  unsigned pinned;		/* statements staying on their side whose
				   dependences were followed so far */
};

/* The effects of the statements of the current function looked at so
   far: the walks of several asm statements cross the same statements.  */
static hash_map<gimple *, stmt_effect> *effects;

void
ordering_begin (void)
{
  effects = new hash_map<gimple *, stmt_effect>;
}

void
ordering_end (void)
{
  delete effects;
  effects = NULL;
}

/* Fills *E with the effect of STMT, computed once per function.  */
static void
effect_of (gimple *stmt, struct stmt_effect *e)
{
  bool existed;
  stmt_effect &slot = effects->get_or_insert (stmt, &existed);
  if (!existed)
    access_effect_of (stmt, &slot);
  *e = slot;
}

/* True when the walk W has collected or looked at all it may.  */
static bool
walk_full (const struct walk *w)
{
  return w->out->length () >= ORDERING_LIMIT || w->visits >= ORDERING_VISITS;
}

/* Looks at STMT: false when it is a barrier (the path ends); records it
   when it is an access that may move.  */
static bool
visit (struct walk *w, gimple *stmt)
{
  struct stmt_effect e;
  w->visits++;
  /* Only statements with a virtual operand touch memory, and an asm
     volatile with register operands has none, but matters.  */
  if (!gimple_vuse (stmt) && gimple_code (stmt) != GIMPLE_ASM)
    return true;
  effect_of (stmt, &e);
  if (e.barrier)
    {
      w->barrier = stmt;
      return false;
    }
  /* An asm volatile on the way stays in order with the checked one, and
     so does an access the checked asm's memory operands order; so do the
     accesses each depends on (before) or that depend on it (after): they
     come further along the walk.  */
  gasm *other = dyn_cast <gasm *> (stmt);
  bool ordered = access_ordered_by_operands (stmt, w->asm_stmt);
  if ((other && asm_volatile_p (other)) || ordered)
    if (w->pinned++ < ORDERING_PINNED)
      {
	if (w->forward)
	  dependence_add_fed (stmt, w->tied);
	else
	  dependence_add_feeding (stmt, w->tied);
      }
  if (!((e.loads | e.stores) & w->kinds) || w->tied->contains (stmt)
      || ordered)
    return true;
  if (!w->forward && !e.stores
      && dependence_pinned_load_p (stmt, w->asm_stmt))
    return true;
  reaching_access a = { stmt, e.loads, e.stores,
			gimple_has_volatile_ops (stmt), w->via_call };
  w->out->safe_push (a);
  return true;
}

/* Walks block BB from GSI in the walk's direction, up to the asm when
   UNTIL_ASM; true when the block's end was reached with no barrier.  */
static bool
walk_block (struct walk *w, gimple_stmt_iterator gsi, bool until_asm)
{
  while (!gsi_end_p (gsi) && !walk_full (w))
    {
      gimple *stmt = gsi_stmt (gsi);
      if (stmt == w->asm_stmt)
	return !until_asm;
      if (!visit (w, stmt))
	return false;
      if (w->forward)
	gsi_next (&gsi);
      else
	gsi_prev (&gsi);
    }
  return !walk_full (w);
}

/* Pushes the blocks next to BB in the walk's direction not yet SEEN.  */
static void
push_next (struct walk *w, basic_block bb, auto_vec<basic_block> &queue,
	   sbitmap seen)
{
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, w->forward ? bb->succs : bb->preds)
    {
      basic_block next = w->forward ? e->dest : e->src;
      if (next->index >= NUM_FIXED_BLOCKS && !bitmap_bit_p (seen, next->index))
	{
	  bitmap_set_bit (seen, next->index);
	  queue.safe_push (next);
	}
    }
}

/* True when STMT is a barrier only because GCC cannot see into the
   function it calls: a direct call to a function that is not a builtin,
   which inlining (or LTO) may bring into the caller.  */
static bool
removable_call_p (gimple *stmt)
{
  if (!stmt || !is_gimple_call (stmt))
    return false;
  tree fn = gimple_call_fndecl (stmt);
  return fn && !fndecl_built_in_p (fn);
}

/* One direction of ordering_collect, from statement FROM (the asm, or a
   call in its block) on.  */
static void
collect (struct walk *w, gimple *from)
{
  basic_block home = gimple_bb (w->asm_stmt);
  gimple_stmt_iterator gsi = gsi_for_stmt (from);
  if (w->forward)
    gsi_next (&gsi);
  else
    gsi_prev (&gsi);
  w->barrier = NULL;
  if (!walk_block (w, gsi, false))
    {
      gimple *call = w->barrier;
      if (!w->via_call && removable_call_p (call) && !walk_full (w))
	{
	  w->via_call = call;
	  collect (w, call);
	}
      return;
    }
  auto_sbitmap seen (last_basic_block_for_fn (cfun));
  bitmap_clear (seen);
  auto_vec<basic_block> queue;
  push_next (w, home, queue, seen);
  /* Breadth first: QUEUE is consumed from its front.  */
  for (unsigned i = 0; i < queue.length (); i++)
    {
      basic_block bb = queue[i];
      gsi = w->forward ? gsi_start_bb (bb) : gsi_last_bb (bb);
      if (walk_block (w, gsi, bb == home) && bb != home)
	push_next (w, bb, queue, seen);
      if (walk_full (w))
	return;
    }
}

void
ordering_collect (gasm *asm_stmt, struct asm_dependences *deps,
		  unsigned before_kinds, unsigned after_kinds,
		  struct nearby_accesses *n)
{
  struct walk before = { asm_stmt, false, before_kinds, &deps->feeding,
			 &n->before, 0, NULL, NULL, 0 };
  struct walk after = { asm_stmt, true, after_kinds, &deps->fed, &n->after,
			0, NULL, NULL, 0 };
  if (before_kinds)
    collect (&before, asm_stmt);
  if (after_kinds)
    collect (&after, asm_stmt);
}
