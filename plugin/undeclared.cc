/* Memory an asm accesses through an address it receives in a register
   ("lidt (%0)" with "r" (&d), "rep movsb" with "+S" (src)) is invisible
   to GCC unless a memory operand or a "memory" clobber names it: GCC
   deletes the stores that fill it, sinks them below the asm, or reuses
   values loaded before the asm wrote it.  For each such address the check
   finds the object it points into and the accesses to that object that
   may move across the asm: stores before a read, loads after a write.
   Level 1 reports the asm when one exists, level 2 every undeclared
   address.  */
#include "gcc-compat.h"
#include "basic-block.h"
#include "function.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "options.h"
#include "operand-deref.h"
#include "access-kinds.h"
#include "dependence.h"
#include "ordering.h"
#include "suppress.h"
#include "report.h"
#include "undeclared.h"

/* The value STMT puts into the register its constraint letter REG fixes:
   that of the operand with that constraint which has one (an input, or
   an output with a matching input).  */
static tree
register_value (gasm *stmt, char reg)
{
  unsigned n = gimple_asm_noutputs (stmt) + gimple_asm_ninputs (stmt);
  for (unsigned i = 0; i < n; i++)
    {
      tree op = asm_operand (stmt, i);
      tree v;
      if (asm_constraint_reg (TREE_STRING_POINTER
			       (TREE_VALUE (TREE_PURPOSE (op)))) == reg
	  && (v = asm_operand_value (stmt, i)))
	return v;
    }
  return NULL_TREE;
}

/* True when a memory operand of STMT may cover OBJECT (NULL when not
   known): the same object, or one of them reached through a pointer,
   which may point to the other (before alias analysis, two calls
   computing the same address are two SSA names: Xen's get_unsafe()
   evaluates its pointer twice).  Then the memory may be declared.  */
static bool
declared_p (gasm *stmt, tree object)
{
  unsigned n = gimple_asm_noutputs (stmt) + gimple_asm_ninputs (stmt);
  for (unsigned i = 0; i < n; i++)
    {
      tree op = asm_operand (stmt, i);
      if (!asm_memory_operand_p (op))
	continue;
      tree root = access_ref_root (TREE_VALUE (op));
      if (!root || !object || root == object || !DECL_P (root)
	  || !DECL_P (object))
	return true;
    }
  return false;
}

/* Looks through ACCESSES (one side of the asm, nearest first) for the
   stores (STORES) or loads of OBJECT; keeps the first plain one in F, else
   the first latent one, and counts the plain ones into F->others.  */
static void
find_access (const vec<reaching_access> &accesses, tree object, bool stores,
	     bool before, struct finding *f, unsigned *nplain)
{
  for (unsigned i = 0; i < accesses.length (); i++)
    {
      const struct reaching_access *a = &accesses[i];
      if (!(stores ? a->stores : a->loads)
	  || (stores ? access_store_root (a->stmt)
	      : access_load_root (a->stmt)) != object)
	continue;
      bool latent = a->volatile_p || a->via_call;
      if (!latent)
	++*nplain;
      if (f->access && (latent || !f->latent))
	continue;
      f->access = a->stmt;
      f->access_before = before;
      f->kind = AK_MEMORY;
      f->latent = latent;
      f->volatile_p = a->volatile_p;
      f->via_call = a->via_call;
    }
}

/* Whether dependence_begin and ordering_begin ran for the current
   function: only when an address's object is known.  */
static bool begun;

/* The accesses that may move across one asm, collected once for all its
   addresses: before it when one of them is read, after it when one is
   written.  */
struct asm_nearby
{
  bool collected;
  struct nearby_accesses accesses;
};

/* Collects N for STMT, whose template accesses memory as ACCESS (MA_*
   bits over all its addresses), unless done already.  */
static void
collect_nearby (gasm *stmt, unsigned access, struct asm_nearby *n)
{
  if (n->collected)
    return;
  if (!begun)
    {
      dependence_begin ();
      ordering_begin ();
      begun = true;
    }
  struct asm_dependences deps;
  dependence_compute (stmt, &deps);
  ordering_collect (stmt, &deps, access & MA_READ ? AK_MEMORY : 0,
		    access & MA_WRITE ? AK_MEMORY : 0, &n->accesses);
  n->collected = true;
}

/* Judges the address D of STMT, whose template accesses memory as ACCESS
   (over all its addresses), with the accesses N near it: fills F (with an
   access only when one may move now) and returns true when it is to be
   reported at the current level; *LATENT tells that an access is kept in
   place only by GCC's handling of volatile or by an out-of-line call.  */
static bool
judge_deref (gasm *stmt, const struct operand_deref *d, unsigned access,
	     struct asm_nearby *n, struct finding *f, bool *latent)
{
  *latent = false;
  memset (f, 0, sizeof *f);
  f->stmt = stmt;
  f->cls = IC_UNDECLARED_MEMORY;
  f->deref = *d;
  tree addr = d->operand >= 0 ? asm_operand_value (stmt, d->operand)
	      : register_value (stmt, d->reg);
  /* An address the template computes itself names no object of the
     program's (enable_nmis() writes the shadow stack at rdssp's).  */
  if (!addr)
    return false;
  f->object = access_pointer_root (addr);
  if (declared_p (stmt, f->object))
    return false;
  if (f->object)
    {
      unsigned nplain = 0;
      collect_nearby (stmt, access, n);
      if (d->access & MA_READ)
	find_access (n->accesses.before, f->object, true, true, f, &nplain);
      if (d->access & MA_WRITE)
	find_access (n->accesses.after, f->object, false, false, f, &nplain);
      f->others = nplain ? nplain - 1 : 0;
    }
  if (f->access && !f->latent)
    return true;
  /* A latent access is reported as undeclared memory in general.  */
  *latent = f->access != NULL;
  f->access = NULL;
  f->latent = f->volatile_p = false;
  f->via_call = NULL;
  return asmclobber_options.level >= LEVEL_ALL;
}

/* The level-2 rank of the undeclared-memory finding F (lower is
   better): one with a latent access, then one whose object is known.  */
static unsigned
level2_rank (const struct finding *f, bool latent)
{
  return latent ? 0 : f->object ? 1 : 2;
}

/* Checks the asm STMT: reports its first address with an access that may
   move at level 1, else (level 2) its best undeclared address by
   level2_rank.  */
static void
check_asm (gasm *stmt)
{
  struct deref_scan scan;
  deref_scan (gimple_asm_string (stmt), &scan);
  if (scan.n == 0 || scan.ignore_marker || suppress_asm_p (stmt))
    return;
  unsigned access = 0;
  for (unsigned i = 0; i < scan.n; i++)
    access |= scan.derefs[i].access;
  struct asm_nearby nearby;
  nearby.collected = false;
  struct finding f, best;
  unsigned best_rank = UINT_MAX;
  for (unsigned i = 0; i < scan.n; i++)
    {
      bool latent;
      if (!judge_deref (stmt, &scan.derefs[i], access, &nearby, &f, &latent))
	continue;
      if (f.access)
	{
	  report_finding (&f);
	  return;
	}
      unsigned rank = level2_rank (&f, latent);
      if (rank < best_rank)
	{
	  best = f;
	  best_rank = rank;
	}
    }
  if (best_rank != UINT_MAX)
    report_finding (&best);
}

unsigned int
undeclared_run (function *fun)
{
  if (!options_class_enabled (IC_UNDECLARED_MEMORY))
    return 0;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gasm *stmt = dyn_cast <gasm *> (gsi_stmt (gsi));
	if (stmt && !compat_asm_basic_p (stmt)
	    && !gimple_asm_clobbers_memory_p (stmt))
	  check_asm (stmt);
      }
  if (begun)
    {
      ordering_end ();
      dependence_end ();
      begun = false;
    }
  return 0;
}
