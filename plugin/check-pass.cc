/* The check: each asm volatile without a "memory" clobber whose template
   executes state-changing instructions is a candidate; at level 1 it is
   reported when an access of a kind its class depends on can move across
   it, at level 2 always.  */
#include "gcc-compat.h"
#include "basic-block.h"
#include "function.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "options.h"
#include "template-scan.h"
#include "access-kinds.h"
#include "dependence.h"
#include "relief.h"
#include "ordering.h"
#include "suppress.h"
#include "fixit.h"
#include "report.h"
#include "evidence.h"
#include "check-pass.h"

/* The value of STMT's input that fixes the register of constraint letter
   REG, or NULL_TREE (also when REG is 0).  */
static tree
register_input_value (gasm *stmt, char reg)
{
  char constraint[2] = { reg, '\0' };
  return reg ? asm_input_value (stmt, constraint) : NULL_TREE;
}

/* For wrmsr: the class of the write, from the asm's input that fixes the
   register REG holding the MSR number; SEG receives the segment bits it
   affects, *KNOWN whether the MSR number is a compile-time constant.  */
static enum insn_class
msr_write_class (gasm *stmt, char reg, unsigned *seg, bool *known)
{
  tree val = register_input_value (stmt, reg);
  *known = val && TREE_CODE (val) == INTEGER_CST && tree_fits_uhwi_p (val);
  return insn_msr_class (*known, *known ? tree_to_uhwi (val) : 0, seg);
}

/* The class of INSN in STMT (REG the register holding its number, as
   the template scan gives it) and, in *SEG, its segment bits;
   *MSR_UNKNOWN tells a wrmsr whose MSR number is not a compile-time
   constant.  */
static enum insn_class
class_in_asm (const struct insn_info *insn, gasm *stmt, char reg,
	      unsigned *seg, bool *msr_unknown)
{
  *msr_unknown = false;
  if (insn->flags & IF_MSR)
    {
      bool known;
      enum insn_class cls = msr_write_class (stmt, reg, seg, &known);
      *msr_unknown = !known;
      return cls;
    }
  *seg = insn->seg;
  return insn->cls;
}

/* One instruction of an asm to check, with its class in that asm.  */
struct checked_insn
{
  const struct insn_info *insn;
  enum insn_class cls;
  unsigned seg;			/* segment bits, for IC_SEGMENT_BASE */
  bool msr_unknown;		/* a wrmsr to an MSR not known here */
  enum relief relief;		/* why its class does not apply here */
  unsigned sides;		/* IF_ONLY_BEFORE/IF_ONLY_AFTER, or 0 */
  tree watched;			/* for IF_WATCH: the watched object */
};

/* One asm to check and its enabled instructions, in template order.  */
struct candidate
{
  gasm *stmt;
  struct checked_insn insns[TEMPLATE_MAX_INSNS];
  unsigned ninsns;
};

/* The object whose line a monitor in STMT watches: what the address in
   its register points into (the asm operand SOURCE of "umonitor %N",
   else the input fixing its register REG), or NULL when that is not
   known.  */
static tree
watched_object (gasm *stmt, int source, char reg)
{
  tree addr = source >= 0 ? asm_operand_value (stmt, source)
	      : register_input_value (stmt, reg);
  return addr ? access_pointer_root (addr) : NULL_TREE;
}

/* Fills C's instructions from the template scan SCAN: those whose class
   in this asm is not ignored, with what relieves them here.  */
static void
classify_insns (const struct template_scan *scan, struct candidate *c)
{
  c->ninsns = 0;
  for (unsigned i = 0; i < scan->ninsns; i++)
    {
      struct checked_insn *ci = &c->insns[c->ninsns];
      ci->insn = scan->insns[i];
      ci->cls = class_in_asm (ci->insn, c->stmt, scan->reg[i], &ci->seg,
			      &ci->msr_unknown);
      if (!options_insn_enabled (ci->insn, ci->cls))
	continue;
      ci->relief = relief_of (c->stmt, scan, ci->insn, scan->source[i],
			      &ci->sides);
      ci->watched = ci->insn->flags & IF_WATCH
		    ? watched_object (c->stmt, scan->source[i], scan->reg[i])
		    : NULL_TREE;
      c->ninsns++;
    }
}

/* True when the asm STMT could need a "memory" clobber it lacks: a
   volatile extended asm with a state-changing instruction whose class is
   not ignored, not suppressed and, with main-file-only, written in the
   main file.  */
static bool
candidate_of (gasm *stmt, struct candidate *c)
{
  if (compat_asm_basic_p (stmt) || !asm_volatile_p (stmt)
      || gimple_asm_clobbers_memory_p (stmt))
    return false;
  struct template_scan scan;
  template_scan (gimple_asm_string (stmt), &scan);
  if (scan.ninsns == 0 || scan.ignore_marker || suppress_asm_p (stmt))
    return false;
  c->stmt = stmt;
  classify_insns (&scan, c);
  return c->ninsns > 0;
}

/* The relevant AK_* bits of instruction CI in one direction (BEFORE or
   after): its class's, narrowed to the segments it affects for
   segment-base instructions, and to the side that matters for those that
   have one; none when a rule relieves it.  */
static unsigned
relevant_kinds (const struct checked_insn *ci, bool before)
{
  /* A watch whose object is not known: no access is known to touch it.  */
  if ((ci->insn->flags & IF_WATCH) && !ci->watched)
    return 0;
  const struct insn_class_info *info = insn_class_info_of (ci->cls);
  unsigned kinds = before ? info->before : info->after;
  if (ci->cls == IC_SEGMENT_BASE)
    kinds &= ci->seg;
  if (ci->sides & (before ? IF_ONLY_AFTER : IF_ONLY_BEFORE))
    kinds = 0;
  if (ci->relief != RELIEF_NONE)
    kinds = 0;
  return kinds;
}

/* The AK_* bits that matter to some instruction of candidate C, before
   and after it.  */
static void
candidate_kinds (const struct candidate *c, unsigned *before, unsigned *after)
{
  *before = *after = 0;
  for (unsigned i = 0; i < c->ninsns; i++)
    {
      const struct checked_insn *ci = &c->insns[i];
      *before |= relevant_kinds (ci, true);
      *after |= relevant_kinds (ci, false);
    }
}

/* True when access A may move across the asm only if GCC changes what
   it does today: a volatile access, or one ordered only by an
   out-of-line call (level 2).  */
static bool
latent_p (const struct reaching_access *a)
{
  return a->volatile_p || a->via_call;
}

/* The witness rank of access A for the KINDS that matter (lower is
   better): a plain access before a volatile one, and that before one
   ordered by a call; one with a place before one without; an access of a
   kind-specific kind (descriptor, page table, segment) before one that is
   only "memory"; a store before a load.  */
static unsigned
witness_rank (const struct reaching_access *a, unsigned kinds)
{
  unsigned rank = 0;
  if (a->via_call)
    rank += 16;
  if (a->volatile_p)
    rank += 8;
  if (LOCATION_LOCUS (gimple_location (a->stmt)) == UNKNOWN_LOCATION)
    rank += 4;
  if (!((a->loads | a->stores) & kinds & ~AK_MEMORY))
    rank += 2;
  if (!(a->stores & kinds))
    rank += 1;
  return rank;
}

/* The AK_* bits of access A (BEFORE the asm or after it) that matter to
   instruction CI: of the kinds its class depends on on that side, only
   stores where the class cares only about stores before, only loads (of
   the object it watches, if any) where it cares only about loads after.  */
static unsigned
access_matters (const struct checked_insn *ci,
		const struct reaching_access *a, bool before)
{
  const struct insn_class_info *info = insn_class_info_of (ci->cls);
  unsigned kinds = relevant_kinds (ci, before);
  bool stores_only = before && info->before_stores;
  bool loads_only = !before && info->after_loads;
  unsigned match = (stores_only ? a->stores
		    : loads_only ? a->loads : a->loads | a->stores) & kinds;
  if (!before && ci->watched && access_load_root (a->stmt) != ci->watched)
    return 0;
  return match;
}

/* The kind named in a message for the matching AK_* bits MATCH: the
   most specific one.  */
static unsigned
named_kind (unsigned match)
{
  unsigned named = match & ~AK_MEMORY ? match & ~AK_MEMORY : match;
  return named & -named;
}

/* Looks through ACCESSES (one direction, BEFORE the asm or after it,
   nearest first) for those that matter to instruction CI: counts the
   level-1 ones into *NPLAIN and keeps the best witness in F (comparing
   with the one F has) by witness_rank.  */
static void
rank_accesses (const vec<reaching_access> &accesses,
	       const struct checked_insn *ci, bool before,
	       struct finding *f, unsigned *best_rank, unsigned *nplain)
{
  unsigned kinds = relevant_kinds (ci, before);
  for (unsigned i = 0; i < accesses.length (); i++)
    {
      const struct reaching_access *a = &accesses[i];
      unsigned match = access_matters (ci, a, before);
      if (!match)
	continue;
      if (!latent_p (a))
	++*nplain;
      unsigned rank = witness_rank (a, kinds);
      if (f->access && rank >= *best_rank)
	continue;
      *best_rank = rank;
      f->access = a->stmt;
      f->access_before = before;
      f->latent = latent_p (a);
      f->volatile_p = a->volatile_p;
      f->via_call = a->via_call;
      f->kind = named_kind (match);
    }
}

/* Adds instruction G's witness to F's other instructions, unless it is
   the same access as F's (then the first note says it all) or there is
   no room.  */
static void
add_also (struct finding *f, const struct finding *g)
{
  if (g->access == f->access || f->nalso == FINDING_MAX_ALSO)
    return;
  f->also[f->nalso].insn = g->insn;
  f->also[f->nalso].access = g->access;
  f->also[f->nalso].kind = g->kind;
  f->also[f->nalso].access_before = g->access_before;
  f->nalso++;
}

/* Decides about candidate C with its movable accesses N: fills F and
   returns true when it is to be reported at the current level.  Level 1:
   a plain access of a kind the instruction's class depends on may move;
   level 2 also a latent one (kept in place only by GCC's handling of
   volatile, or by an out-of-line call), and every candidate.  The first
   instruction with a plain access wins, and the others with one are
   noted with theirs; else the first with a latent one, else the
   first.  */
static bool
judge (const struct candidate *c, const struct nearby_accesses *n,
       struct finding *f)
{
  memset (f, 0, sizeof *f);
  f->stmt = c->stmt;
  struct finding latent = *f;
  bool plain = false;
  for (unsigned i = 0; i < c->ninsns; i++)
    {
      const struct checked_insn *ci = &c->insns[i];
      struct finding g;
      memset (&g, 0, sizeof g);
      g.stmt = c->stmt;
      g.insn = ci->insn;
      g.cls = ci->cls;
      g.msr_unknown = ci->msr_unknown;
      g.relief = ci->relief;
      unsigned best = 0, nplain = 0;
      rank_accesses (n->before, ci, true, &g, &best, &nplain);
      rank_accesses (n->after, ci, false, &g, &best, &nplain);
      if (g.access && !g.latent)
	{
	  g.others = nplain - 1;
	  if (!plain)
	    {
	      *f = g;
	      plain = true;
	    }
	  else
	    add_also (f, &g);
	  continue;
	}
      if (plain)
	continue;
      if (!f->insn)
	*f = g;
      if (g.access && !latent.access)
	latent = g;
    }
  if (plain)
    return true;
  if (latent.access)
    *f = latent;
  return f->insn && asmclobber_options.level >= LEVEL_ALL;
}

/* Watches, for the provisional finding ID of candidate C, each plain
   access of ACCESSES (BEFORE it or after it) that matters to one of its
   instructions.  */
static void
watch_accesses (unsigned id, const struct candidate *c,
		const vec<reaching_access> &accesses, bool before)
{
  for (unsigned i = 0; i < accesses.length (); i++)
    {
      const struct reaching_access *a = &accesses[i];
      if (latent_p (a)
	  || LOCATION_LOCUS (gimple_location (a->stmt)) == UNKNOWN_LOCATION)
	continue;
      for (unsigned j = 0; j < c->ninsns; j++)
	if (unsigned match = access_matters (&c->insns[j], a, before))
	  {
	    evidence_watch (id, c->stmt, a->stmt, before,
			    access_describe (a->stmt, named_kind (match)));
	    break;
	  }
    }
}

/* Runs the check over FUN: judges each candidate with the accesses that
   may move across it; reports the findings, or, when PROVISIONAL, records
   them to be reported only if the optimizers are seen moving or deleting
   one of those accesses.  */
static void
check_function (function *fun, bool provisional)
{
  auto_vec<candidate> candidates;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gasm *stmt = dyn_cast <gasm *> (gsi_stmt (gsi));
	struct candidate c;
	if (stmt && candidate_of (stmt, &c))
	  candidates.safe_push (c);
      }
  if (candidates.is_empty ())
    return;

  auto_vec<gasm *> table_loads;
  for (unsigned i = 0; i < candidates.length (); i++)
    for (unsigned j = 0; j < candidates[i].ninsns; j++)
      if (candidates[i].insns[j].insn->flags
	  & (IF_READ_AT_SEGMENT | IF_READ_AT_INTERRUPT))
	{
	  table_loads.safe_push (candidates[i].stmt);
	  break;
	}
  access_kinds_begin_function (table_loads.address (), table_loads.length ());
  dependence_begin ();
  ordering_begin ();
  for (unsigned i = 0; i < candidates.length (); i++)
    {
      struct asm_dependences deps;
      struct nearby_accesses nearby;
      struct finding f;
      unsigned before, after;
      candidate_kinds (&candidates[i], &before, &after);
      if (before | after)
	{
	  dependence_compute (candidates[i].stmt, &deps);
	  ordering_collect (candidates[i].stmt, &deps, before, after, &nearby);
	}
      bool reported = judge (&candidates[i], &nearby, &f);
      if (!provisional)
	{
	  if (reported)
	    report_finding (&f);
	  continue;
	}
      if (nearby.before.is_empty () && nearby.after.is_empty ())
	continue;
      unsigned id = report_provisional (&f);
      watch_accesses (id, &candidates[i], nearby.before, true);
      watch_accesses (id, &candidates[i], nearby.after, false);
    }
  ordering_end ();
  dependence_end ();
  access_kinds_end_function ();
}

unsigned int
check_pass_run (function *fun)
{
  check_function (fun, false);
  return 0;
}

unsigned int
check_pass_early (function *fun)
{
  check_function (fun, true);
  return 0;
}
