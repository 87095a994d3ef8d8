/* Watching reported accesses through the GIMPLE passes.  A watch holds
   statement pointers only to compare them with the statements found in
   its function's IL, so a statement a pass freed is never read: before
   each pass of a function with open watches, the IL is walked once and
   each watch is judged against what the last pass left.  */
#include "gcc-compat.h"
#include "basic-block.h"
#include "function.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "ssa.h"
#include "dominance.h"
#include "tree-pass.h"
#include "cfgloop.h"
#include "kept-trees.h"
#include "evidence-rtl.h"
#include "evidence.h"

/* Where a statement is: its block, and its place in it (phis first).  */
struct stmt_place
{
  basic_block bb;
  unsigned index;
};

/* How an access and an asm are ordered: one comes before the other on
   every path to it, or neither does.  */
enum order
{
  ORDER_NONE,
  ORDER_ACCESS_FIRST,
  ORDER_ASM_FIRST
};

/* One watched access.  */
struct watch
{
  unsigned id;			/* the report it is for */
  gimple *asm_stmt, *access;	/* compared; read only once found */
  location_t asm_loc, access_loc;
  bool before;			/* ACCESS comes before the asm */
  bool store;			/* ACCESS writes memory */
  enum order order;		/* how ACCESS and the asm were ordered when
				   the watch began */
  gimple *user;			/* a load's: a statement using its value as
				   operand USER_OP (a phi: argument) */
  unsigned user_op;
  tree expanded_load;		/* the memory of a load before the asm that
				   expansion may fold into a user after it */
  bool open;
  struct evidence ev;
};

/* A function with watches and the last pass seen running on it.  */
struct watched_function
{
  const char *last_pass;
  vec<unsigned> watches;	/* indices in WATCHES */
  unsigned open;
};

static vec<watch> watches;
static vec<watched_function> functions;
static hash_map<tree, unsigned> *function_index;

/* Passes that delete dead stores, that replace a load's value with an
   equal value available earlier, and that move statements across
   others; what another pass did is not claimed.  */
static const char *const deleting_passes[] = { "dse", "dce", "cddce", NULL };
static const char *const reusing_passes[] = { "fre", "pre", "dom", NULL };
static const char *const moving_passes[] = { "lim", "sink", "slp",
					     "store-merging", NULL };

/* True when NAME is one of LIST.  */
static bool
pass_in (const char *name, const char *const *list)
{
  for (; name && *list; list++)
    if (strcmp (name, *list) == 0)
      return true;
  return false;
}

/* True when evidence is claimed for what the pass NAME does.  */
static bool
of_interest_p (const char *name)
{
  return pass_in (name, deleting_passes) || pass_in (name, reusing_passes)
	 || pass_in (name, moving_passes);
}

/* The place of STMT, a statement in the IL.  */
static struct stmt_place
place_of (gimple *stmt)
{
  struct stmt_place p = { gimple_bb (stmt), 0 };
  for (gphi_iterator gsi = gsi_start_phis (p.bb); !gsi_end_p (gsi);
       gsi_next (&gsi), p.index++)
    if (gsi.phi () == stmt)
      return p;
  for (gimple_stmt_iterator gsi = gsi_start_bb (p.bb); !gsi_end_p (gsi);
       gsi_next (&gsi), p.index++)
    if (gsi_stmt (gsi) == stmt)
      return p;
  return p;
}

/* Whether this observation computed the dominators (to free them).  */
static bool computed_dominators;

/* True when the statement at A comes before the one at B on every path
   to B: the same block earlier, or A's block dominating B's.  */
static bool
precedes_p (struct stmt_place a, struct stmt_place b)
{
  if (a.bb == b.bb)
    return a.index < b.index;
  if (!dom_info_available_p (CDI_DOMINATORS))
    {
      calculate_dominance_info (CDI_DOMINATORS);
      computed_dominators = true;
    }
  return dominated_by_p (CDI_DOMINATORS, b.bb, a.bb);
}

/* Frees the dominators if this observation computed them, so that the
   passes find the state they left.  */
static void
end_dominators (void)
{
  if (computed_dominators)
    free_dominance_info (CDI_DOMINATORS);
  computed_dominators = false;
}

/* How the access at X and the asm at A are ordered.  */
static enum order
order_of (struct stmt_place x, struct stmt_place a)
{
  return precedes_p (x, a) ? ORDER_ACCESS_FIRST
	 : precedes_p (a, x) ? ORDER_ASM_FIRST : ORDER_NONE;
}

/* Records in W a statement that uses the value LOADED, a loaded SSA
   name, as a direct operand, or clears it when none does.  */
static void
record_user (struct watch *w, tree loaded)
{
  w->user = NULL;
  if (!loaded || TREE_CODE (loaded) != SSA_NAME)
    return;
  imm_use_iterator it;
  use_operand_p use;
  FOR_EACH_IMM_USE_FAST (use, it, loaded)
    {
      gimple *u = USE_STMT (use);
      if (is_gimple_debug (u))
	continue;
      if (gimple_code (u) == GIMPLE_PHI)
	{
	  w->user = u;
	  w->user_op = PHI_ARG_INDEX_FROM_USE (use);
	  return;
	}
      for (unsigned i = 0; i < gimple_num_ops (u); i++)
	if (gimple_op (u, i) == loaded)
	  {
	    w->user = u;
	    w->user_op = i;
	    return;
	  }
    }
}

/* The value operand W->user_op of W->user holds now (the user is in the
   IL), or NULL_TREE.  */
static tree
user_value (const struct watch *w)
{
  if (gphi *phi = dyn_cast <gphi *> (w->user))
    return w->user_op < gimple_phi_num_args (phi)
	   ? gimple_phi_arg_def (phi, w->user_op) : NULL_TREE;
  return w->user_op < gimple_num_ops (w->user)
	 ? gimple_op (w->user, w->user_op) : NULL_TREE;
}

void
evidence_watch (unsigned id, gasm *asm_stmt, gimple *access, bool before,
		const char *what)
{
  if (!function_index)
    function_index = new hash_map<tree, unsigned>;
  bool existed;
  unsigned *slot = &function_index->get_or_insert (cfun->decl, &existed);
  if (!existed)
    {
      *slot = functions.length ();
      struct watched_function wf = { NULL, vNULL, 0 };
      functions.safe_push (wf);
      keep_tree (cfun->decl);
    }
  struct watch w;
  memset (&w, 0, sizeof w);
  w.id = id;
  w.asm_stmt = asm_stmt;
  w.access = access;
  w.asm_loc = gimple_location (asm_stmt);
  w.access_loc = gimple_location (access);
  w.before = before;
  w.store = w.ev.store = gimple_vdef (access) != NULL_TREE;
  w.ev.access_at = w.access_loc;
  w.ev.what = what;
  w.ev.before = before;
  w.order = order_of (place_of (access), place_of (asm_stmt));
  end_dominators ();
  if (!w.store)
    record_user (&w, gimple_get_lhs (access));
  w.open = true;
  watched_function *wf = &functions[*slot];
  wf->watches.safe_push (watches.length ());
  wf->open++;
  watches.safe_push (w);
}

/* What a statement found at a location does: stores (an assignment or
   a builtin call such as memcpy), loads (an assignment from memory), or
   writes only a register.  */
enum stmt_shape
{
  SHAPE_STORE,
  SHAPE_LOAD,
  SHAPE_REGISTER_WRITE
};

/* True when the statement S has SHAPE.  */
static bool
shape_p (gimple *s, enum stmt_shape shape)
{
  switch (shape)
    {
    case SHAPE_STORE:
      return gimple_vdef (s)
	     && (is_gimple_assign (s)
		 || gimple_call_builtin_p (s, BUILT_IN_NORMAL));
    case SHAPE_LOAD:
      return gimple_assign_single_p (s) && gimple_vuse (s)
	     && !gimple_vdef (s);
    default:
      return !gimple_vdef (s) && is_gimple_assign (s)
	     && TREE_CODE (gimple_assign_lhs (s)) == SSA_NAME;
    }
}

/* How many statements of the current function at LOC have SHAPE;
   *PLACE is the last one's place and *STMT (when STMT is not NULL) the
   last one.  */
static unsigned
statements_at (location_t loc, enum stmt_shape shape,
	       struct stmt_place *place, gimple **stmt = NULL)
{
  unsigned n = 0;
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    {
      struct stmt_place p = { bb, 0 };
      for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	p.index++;
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi), p.index++)
	if (gimple_location (gsi_stmt (gsi)) == loc
	    && shape_p (gsi_stmt (gsi), shape))
	  {
	    n++;
	    *place = p;
	    if (stmt)
	      *stmt = gsi_stmt (gsi);
	  }
    }
  return n;
}

/* Records in W that PASS moved its access when it now is at X, ordered
   otherwise than it was with the asm at A; true if so.  */
static bool
judge_order (struct watch *w, const char *pass, struct stmt_place x,
	     struct stmt_place a)
{
  enum order now = order_of (x, a);
  if (now == w->order || now == ORDER_NONE)
    return false;
  w->ev.kind = EV_MOVED;
  w->ev.pass = pass;
  w->ev.now_before = now == ORDER_ACCESS_FIRST;
  return true;
}

/* Records in W that PASS (lim) moved its store out of the loop holding
   it and the asm at A, after which it came: the statement at X, where the
   store was, now writes a register, and the store is made on the loop's
   exits, after the asm; true if so.  */
static bool
judge_store_motion (struct watch *w, const char *pass, struct stmt_place x,
		    struct stmt_place a)
{
  if (!w->store || w->order != ORDER_ACCESS_FIRST || !current_loops)
    return false;
  struct loop *loop = x.bb->loop_father;
  if (!loop || loop_outer (loop) == NULL || !flow_bb_inside_loop_p (loop, a.bb))
    return false;
  w->ev.kind = EV_MOVED;
  w->ev.pass = pass;
  w->ev.now_before = false;
  return true;
}

/* Judges W, whose access PASS removed from the IL, with the asm at A;
   true when W goes on watching the one statement that took the access's
   place (same location, same kind of access: a vector or merged store,
   say) because nothing is claimed yet.  */
static bool
judge_removed (struct watch *w, const char *pass, struct stmt_place a,
	       hash_map<gimple *, stmt_place> *found)
{
  struct stmt_place x = { NULL, 0 };
  gimple *heir = NULL;
  unsigned copies = statements_at (w->access_loc,
				   w->store ? SHAPE_STORE : SHAPE_LOAD, &x,
				   &heir);
  if (w->store && w->before && pass_in (pass, deleting_passes)
      && copies == 0)
    {
      w->ev.kind = EV_DELETED;
      w->ev.pass = pass;
      return false;
    }
  if (copies == 1)
    {
      if (pass_in (pass, moving_passes) && judge_order (w, pass, x, a))
	return false;
      w->access = heir;
      w->order = order_of (x, a);
      if (!w->store)
	record_user (w, gimple_get_lhs (heir));
      return true;
    }
  /* Moving a store out of a loop leaves a register write in its place
     and stores on the exits.  */
  if (copies == 0 && pass_in (pass, moving_passes)
      && statements_at (w->access_loc, SHAPE_REGISTER_WRITE, &x) == 1)
    {
      judge_store_motion (w, pass, x, a);
      return false;
    }
  if (w->store || w->before || !w->user || !pass_in (pass, reusing_passes)
      || !found->get (w->user))
    return false;
  tree value = user_value (w);
  if (!value || TREE_CODE (value) != SSA_NAME
      || SSA_NAME_IS_DEFAULT_DEF (value))
    return false;
  gimple *def = SSA_NAME_DEF_STMT (value);
  if (!gimple_bb (def) || !precedes_p (place_of (def), a))
    return false;
  w->ev.kind = EV_REPLACED;
  w->ev.pass = pass;
  w->ev.value_at = UNKNOWN_LOCATION;
  if (gimple_assign_single_p (def) && gimple_vuse (def)
      && TREE_CODE (gimple_assign_lhs (def)) == SSA_NAME)
    w->ev.value_at = gimple_location (def);
  return false;
}

/* Judges W against the IL the last pass PASS left (NULL: no pass of
   interest), whose interesting statements are in FOUND; closes W when its
   access or asm is gone or evidence was found, else records where they
   stand for the next pass.  */
static void
judge_watch (struct watch *w, const char *pass,
	     hash_map<gimple *, stmt_place> *found)
{
  stmt_place *a = found->get (w->asm_stmt);
  if (!a)
    {
      w->open = false;
      return;
    }
  stmt_place *x = found->get (w->access);
  if (!x)
    {
      w->open = judge_removed (w, pass, *a, found);
      return;
    }
  if (pass_in (pass, moving_passes)
      && (judge_order (w, pass, *x, *a)
	  || (!gimple_vdef (w->access) && judge_store_motion (w, pass, *x, *a))))
    {
      w->open = false;
      return;
    }
  if (w->store && !gimple_vdef (w->access))
    {
      /* No longer a store: what made it so is not claimed.  */
      w->open = false;
      return;
    }
  w->order = order_of (*x, *a);
  if (!w->store)
    record_user (w, gimple_get_lhs (w->access));
}

/* Walks the current function's IL for the statements WF's open watches
   name, and judges each of them after the pass PASS (or NULL).  */
static void
observe_function (watched_function *wf, const char *pass)
{
  hash_set<gimple *> wanted;
  for (unsigned i = 0; i < wf->watches.length (); i++)
    {
      struct watch *w = &watches[wf->watches[i]];
      if (!w->open)
	continue;
      wanted.add (w->asm_stmt);
      wanted.add (w->access);
      if (w->user)
	wanted.add (w->user);
    }
  hash_map<gimple *, stmt_place> found;
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    {
      struct stmt_place p = { bb, 0 };
      for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi), p.index++)
	if (wanted.contains (gsi.phi ()))
	  found.put (gsi.phi (), p);
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi), p.index++)
	if (wanted.contains (gsi_stmt (gsi)))
	  found.put (gsi_stmt (gsi), p);
    }
  for (unsigned i = 0; i < wf->watches.length (); i++)
    {
      struct watch *w = &watches[wf->watches[i]];
      if (!w->open)
	continue;
      judge_watch (w, pass, &found);
      if (!w->open)
	wf->open--;
    }
  end_dominators ();
}

/* The memory W's access loads when expansion may fold it into a user
   after the asm at A (TER): a non-volatile load before the asm in its
   block whose one use comes after the asm there, with no other load of
   that memory after the asm in the block; else NULL_TREE.  */
static tree
foldable_load (const struct watch *w, struct stmt_place x, struct stmt_place a)
{
  if (w->store || w->order != ORDER_ACCESS_FIRST || x.bb != a.bb
      || !gimple_assign_single_p (w->access)
      || gimple_has_volatile_ops (w->access))
    return NULL_TREE;
  tree lhs = gimple_assign_lhs (w->access);
  tree mem = gimple_assign_rhs1 (w->access);
  use_operand_p use;
  gimple *user;
  if (TREE_CODE (lhs) != SSA_NAME || !single_imm_use (lhs, &use, &user)
      || gimple_bb (user) != a.bb || place_of (user).index < a.index)
    return NULL_TREE;
  gimple_stmt_iterator gsi = gsi_for_stmt (w->asm_stmt);
  for (gsi_next (&gsi); !gsi_end_p (gsi); gsi_next (&gsi))
    {
      gimple *s = gsi_stmt (gsi);
      if (gimple_assign_single_p (s) && gimple_vuse (s)
	  && operand_equal_p (gimple_assign_rhs1 (s), mem, 0))
	return NULL_TREE;
    }
  return mem;
}

/* Closes every watch of WF.  */
static void
close_watches (watched_function *wf)
{
  for (unsigned i = 0; i < wf->watches.length (); i++)
    watches[wf->watches[i]].open = false;
  wf->open = 0;
}

/* Before expansion, just after observe_function: keeps open the
   watches of WF (whose statements it found) whose load expansion may fold
   across their asm, closes the others.  */
static void
prepare_expansion (watched_function *wf)
{
  wf->open = 0;
  for (unsigned i = 0; i < wf->watches.length (); i++)
    {
      struct watch *w = &watches[wf->watches[i]];
      if (!w->open)
	continue;
      w->expanded_load = foldable_load (w, place_of (w->access),
					place_of (w->asm_stmt));
      keep_tree (w->expanded_load);
      w->open = w->expanded_load != NULL_TREE;
      wf->open += w->open;
    }
}

/* After expansion: judges the watches prepare_expansion kept open by
   where the RTL reads their memory, and closes them.  */
static void
judge_expanded (watched_function *wf)
{
  for (unsigned i = 0; i < wf->watches.length (); i++)
    {
      struct watch *w = &watches[wf->watches[i]];
      if (w->open && rtl_load_after_asm_p (w->asm_loc, w->expanded_load))
	{
	  w->ev.kind = EV_MOVED;
	  w->ev.pass = "expand";
	  w->ev.now_before = false;
	}
    }
  close_watches (wf);
}

/* Before each pass (PLUGIN_PASS_EXECUTION): judges the open watches of
   the current function against what the last pass left.  Before
   expansion, the loads it may move are prepared; the first RTL pass after
   it judges them and ends the watches.  */
static void
observe (void *gcc_data, void *)
{
  opt_pass *pass = (opt_pass *) gcc_data;
  if (!cfun || !function_index)
    return;
  unsigned *slot = function_index->get (cfun->decl);
  if (!slot)
    return;
  watched_function *wf = &functions[*slot];
  if (!wf->open)
    return;
  /* The IL is looked at only around the passes evidence is claimed for:
     before one, to see where the watched statements stand, and after it,
     to see what it did (and before expansion).  An access gone when one
     of those passes is about to run was removed by another pass.  */
  bool after = of_interest_p (wf->last_pass);
  const unsigned want = PROP_cfg | PROP_ssa;
  bool looked = (after || of_interest_p (pass->name)
		 || pass->type == RTL_PASS)
		&& (cfun->curr_properties & want) == want && cfun->cfg;
  if (looked)
    observe_function (wf, after ? wf->last_pass : NULL);
  bool expanded = wf->last_pass && strcmp (wf->last_pass, "expand") == 0;
  wf->last_pass = pass->name;
  if (pass->type != RTL_PASS)
    return;
  if (expanded)
    judge_expanded (wf);
  else if (looked && strcmp (pass->name, "expand") == 0)
    prepare_expansion (wf);
  else
    close_watches (wf);
}

void
evidence_register (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_PASS_EXECUTION, observe, NULL);
}

struct evidence
evidence_of (unsigned id, location_t other_than)
{
  /* Watches are made in report order: a binary search finds the
     first one for ID.  */
  unsigned lo = 0, hi = watches.length ();
  while (lo < hi)
    {
      unsigned mid = (lo + hi) / 2;
      if (watches[mid].id < id)
	lo = mid + 1;
      else
	hi = mid;
    }
  for (; lo < watches.length () && watches[lo].id == id; lo++)
    if (watches[lo].ev.kind != EV_NONE
	&& watches[lo].access_loc != other_than)
      return watches[lo].ev;
  struct evidence none;
  memset (&none, 0, sizeof none);
  return none;
}

void
evidence_release (void)
{
  for (unsigned i = 0; i < functions.length (); i++)
    functions[i].watches.release ();
  functions.release ();
  watches.release ();
  delete function_index;
  function_index = NULL;
}
