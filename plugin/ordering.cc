/* Finding, for each asm, the nearest accesses of each kind that reach it
   with no barrier in between, in time linear in the function's size.
   Forward problem: an access reaches a point from before when a path from
   the access to the point crosses no barrier; the backward problem is the
   mirror image.  A block's state per kind is one witness access or NULL;
   states only go from NULL to a witness, so the iteration ends after at
   most AK_NKINDS changes per block.  */
#include "gcc-compat.h"
#include "basic-block.h"
#include "function.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "sbitmap.h"
#include "access-kinds.h"
#include "ordering.h"

/* One basic block's summary and dataflow state.  */
struct block_flow
{
  gimple *first[AK_NKINDS];	/* first access before any barrier */
  gimple *last[AK_NKINDS];	/* last access after every barrier */
  bool barrier;			/* the block has a barrier */
  gimple *in[AK_NKINDS];	/* reaching the block's start from before */
  gimple *out[AK_NKINDS];	/* reaching the block's end from after */
};

/* Updates the running witnesses STATE across STMT.  */
static void
apply_effect (gimple *stmt, gimple **state)
{
  struct stmt_effect e;
  access_effect_of (stmt, &e);
  if (e.barrier)
    memset (state, 0, AK_NKINDS * sizeof *state);
  unsigned kinds = e.loads | e.stores;
  for (int k = 0; k < AK_NKINDS; k++)
    if (kinds & (1u << k))
      state[k] = stmt;
}

/* Fills the summary fields of F for block BB.  */
static void
summarize_block (basic_block bb, struct block_flow *f)
{
  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gimple *stmt = gsi_stmt (gsi);
      struct stmt_effect e;
      access_effect_of (stmt, &e);
      if (e.barrier)
	{
	  f->barrier = true;
	  memset (f->last, 0, sizeof f->last);
	}
      unsigned kinds = e.loads | e.stores;
      for (int k = 0; k < AK_NKINDS; k++)
	if (kinds & (1u << k))
	  {
	    f->last[k] = stmt;
	    if (!f->barrier && !f->first[k])
	      f->first[k] = stmt;
	  }
    }
}

/* Merges the witnesses FROM into TO where TO has none; true on a change.  */
static bool
merge (gimple **to, gimple *const *from)
{
  bool changed = false;
  for (int k = 0; k < AK_NKINDS; k++)
    if (!to[k] && from[k])
      {
	to[k] = from[k];
	changed = true;
      }
  return changed;
}

/* Stores into STATE what leaves block F in the direction FORWARD, given
   what enters it.  */
static void
transfer (const struct block_flow *f, bool forward, gimple **state)
{
  const gimple *const *entering = forward ? f->in : f->out;
  gimple *const *gen = forward ? f->last : f->first;
  for (int k = 0; k < AK_NKINDS; k++)
    state[k] = gen[k] ? gen[k] : f->barrier ? NULL : (gimple *) entering[k];
}

/* Solves the problem in direction FORWARD over FLOW (indexed by block
   index).  */
static void
solve (struct block_flow *flow, bool forward)
{
  auto_vec<basic_block> work;
  auto_sbitmap queued (last_basic_block_for_fn (cfun));
  bitmap_clear (queued);
  basic_block bb;
  FOR_ALL_BB_FN (bb, cfun)
    {
      work.safe_push (bb);
      bitmap_set_bit (queued, bb->index);
    }
  while (!work.is_empty ())
    {
      bb = work.pop ();
      bitmap_clear_bit (queued, bb->index);
      gimple *leaving[AK_NKINDS];
      transfer (&flow[bb->index], forward, leaving);
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, forward ? bb->succs : bb->preds)
	{
	  basic_block next = forward ? e->dest : e->src;
	  struct block_flow *nf = &flow[next->index];
	  if (merge (forward ? nf->in : nf->out, leaving)
	      && !bitmap_bit_p (queued, next->index))
	    {
	      work.safe_push (next);
	      bitmap_set_bit (queued, next->index);
	    }
	}
    }
}

/* Records the state at each of the ASMS in block BB into NEARBY, walking
   from the block's start (FORWARD) or end.  INDEX maps asms to slots.  */
static void
record_block (basic_block bb, const struct block_flow *f, bool forward,
	      hash_map<gimple *, unsigned> &index,
	      struct nearby_accesses *nearby)
{
  gimple *state[AK_NKINDS];
  memcpy (state, forward ? f->in : f->out, sizeof state);
  gimple_stmt_iterator gsi = forward ? gsi_start_bb (bb) : gsi_last_bb (bb);
  while (!gsi_end_p (gsi))
    {
      gimple *stmt = gsi_stmt (gsi);
      unsigned *slot = index.get (stmt);
      if (slot)
	memcpy (forward ? nearby[*slot].before : nearby[*slot].after, state,
		sizeof state);
      apply_effect (stmt, state);
      if (forward)
	gsi_next (&gsi);
      else
	gsi_prev (&gsi);
    }
}

void
ordering_compute (const vec<gasm *> &asms, struct nearby_accesses *nearby)
{
  struct block_flow *flow
    = XCNEWVEC (struct block_flow, last_basic_block_for_fn (cfun));
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    summarize_block (bb, &flow[bb->index]);
  solve (flow, true);
  solve (flow, false);

  hash_map<gimple *, unsigned> index;
  auto_bitmap blocks;
  for (unsigned i = 0; i < asms.length (); i++)
    {
      index.put (asms[i], i);
      bitmap_set_bit (blocks, gimple_bb (asms[i])->index);
    }
  unsigned b;
  bitmap_iterator bi;
  EXECUTE_IF_SET_IN_BITMAP (blocks, 0, b, bi)
    {
      bb = BASIC_BLOCK_FOR_FN (cfun, b);
      record_block (bb, &flow[b], true, index, nearby);
      record_block (bb, &flow[b], false, index, nearby);
    }
  XDELETEVEC (flow);
}
