/* The check: each asm volatile without a "memory" clobber whose template
   executes state-changing instructions is a candidate; at level 1 it is
   reported when an access of a kind its class depends on can move across
   it, at level 2 always.  */
#include "gcc-compat.h"
#include "basic-block.h"
#include "function.h"
#include "tree-pass.h"
#include "timevar.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "options.h"
#include "template-scan.h"
#include "access-kinds.h"
#include "ordering.h"
#include "suppress.h"
#include "fixit.h"
#include "report.h"
#include "check-pass.h"

/* True when STMT lists "memory" among its clobbers.  */
static bool
has_memory_clobber (gasm *stmt)
{
  for (unsigned i = 0; i < gimple_asm_nclobbers (stmt); i++)
    {
      tree clobber = TREE_VALUE (gimple_asm_clobber_op (stmt, i));
      if (strcmp (TREE_STRING_POINTER (clobber), "memory") == 0)
	return true;
    }
  return false;
}

/* For wrmsr: the class of the write, from the asm's "c" input (%ecx holds
   the MSR number); SEG receives the segment bits it affects.  */
static enum insn_class
msr_write_class (gasm *stmt, unsigned *seg)
{
  for (unsigned i = 0; i < gimple_asm_ninputs (stmt); i++)
    {
      tree op = gimple_asm_input_op (stmt, i);
      const char *constraint
	= TREE_STRING_POINTER (TREE_VALUE (TREE_PURPOSE (op)));
      if (strcmp (constraint, "c") != 0)
	continue;
      tree val = TREE_VALUE (op);
      bool known = TREE_CODE (val) == INTEGER_CST && tree_fits_uhwi_p (val);
      return insn_msr_class (known, known ? tree_to_uhwi (val) : 0, seg);
    }
  return insn_msr_class (false, 0, seg);
}

/* The class of INSN in STMT and, in *SEG, its segment bits.  */
static enum insn_class
class_in_asm (const struct insn_info *insn, gasm *stmt, unsigned *seg)
{
  if (insn->flags & IF_MSR)
    return msr_write_class (stmt, seg);
  *seg = insn->seg;
  return insn->cls;
}

/* True when STMT is written in the main source file of its translation
   unit.  The unit's name is that of the function's TRANSLATION_UNIT_DECL,
   which, unlike main_input_filename, survives into lto1.  */
static bool
in_main_file_p (gimple *stmt)
{
  const_tree unit = get_ultimate_context (current_function_decl);
  const char *main_file = unit && DECL_NAME (unit)
			  ? IDENTIFIER_POINTER (DECL_NAME (unit))
			  : main_input_filename;
  expanded_location x = expand_location (fixit_spelling_location (stmt));
  return x.file && main_file && strcmp (x.file, main_file) == 0;
}

/* One asm to check and its instructions, as found by the template scan.  */
struct candidate
{
  gasm *stmt;
  struct template_scan scan;
};

/* True when the asm STMT could need a "memory" clobber it lacks: a
   volatile extended asm with a state-changing instruction, not suppressed
   and, with main-file-only, written in the main file.  */
static bool
candidate_of (gasm *stmt, struct candidate *c)
{
  if (gimple_asm_input_p (stmt) || !asm_volatile_p (stmt)
      || has_memory_clobber (stmt))
    return false;
  template_scan (gimple_asm_string (stmt), &c->scan);
  if (c->scan.ninsns == 0 || c->scan.ignore_marker
      || suppress_by_attribute_p (stmt))
    return false;
  if (asmclobber_options.main_file_only && !in_main_file_p (stmt))
    return false;
  c->stmt = stmt;
  return true;
}

/* Looks among the nearest accesses WITNESS (one per kind) for one of the
   kinds KINDS that the asm's own operands do not order; fills F.  */
static bool
find_access (gimple *const *witness, unsigned kinds, bool before,
	     struct finding *f)
{
  for (int k = 0; k < AK_NKINDS; k++)
    if ((kinds & (1u << k)) && witness[k]
	&& !access_ordered_by_operands (witness[k], f->stmt))
      {
	f->access = witness[k];
	f->kind = 1u << k;
	f->access_before = before;
	return true;
      }
  return false;
}

/* The relevant AK_* bits of class CLS in one direction (BEFORE or after),
   narrowed to the segments SEG for segment-base instructions.  */
static unsigned
relevant_kinds (enum insn_class cls, bool before, unsigned seg)
{
  const struct insn_class_info *info = insn_class_info_of (cls);
  unsigned kinds = before ? info->before : info->after;
  if (cls == IC_SEGMENT_BASE)
    kinds &= seg;
  return kinds;
}

/* Decides about candidate C with its nearby accesses N: fills F and
   returns true when it is to be reported at the current level.  */
static bool
judge (const struct candidate *c, const struct nearby_accesses *n,
       struct finding *f)
{
  memset (f, 0, sizeof *f);
  f->stmt = c->stmt;
  for (unsigned i = 0; i < c->scan.ninsns; i++)
    {
      const struct insn_info *insn = c->scan.insns[i];
      unsigned seg;
      enum insn_class cls = class_in_asm (insn, c->stmt, &seg);
      if (!options_insn_enabled (insn, cls))
	continue;
      if (!f->insn)
	{
	  f->insn = insn;
	  f->cls = cls;
	}
      if (find_access (n->before, relevant_kinds (cls, true, seg), true, f)
	  || find_access (n->after, relevant_kinds (cls, false, seg), false,
			  f))
	{
	  f->insn = insn;
	  f->cls = cls;
	  return true;
	}
    }
  return f->insn && asmclobber_options.level >= LEVEL_ALL;
}

/* Checks the current function.  */
static unsigned int
check_function (function *fun)
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
    return 0;

  auto_vec<gasm *> asms (candidates.length ());
  for (unsigned i = 0; i < candidates.length (); i++)
    asms.quick_push (candidates[i].stmt);
  struct nearby_accesses *nearby
    = XCNEWVEC (struct nearby_accesses, candidates.length ());
  ordering_compute (asms, nearby);
  for (unsigned i = 0; i < candidates.length (); i++)
    {
      struct finding f;
      if (judge (&candidates[i], &nearby[i], &f))
	report_finding (&f);
    }
  XDELETEVEC (nearby);
  return 0;
}

/* Runs after IPA inlining, so that a store in a caller and the asm of an
   inline helper are seen together (see plugin-entry.cc for the place).  */
static const pass_data check_pass_data = {
  GIMPLE_PASS,
  "asmclobber",
  OPTGROUP_NONE,
  TV_PLUGIN_RUN,
  PROP_cfg | PROP_ssa,
  0, 0, 0, 0
};

class check_pass : public gimple_opt_pass
{
public:
  check_pass (gcc::context *ctx) : gimple_opt_pass (check_pass_data, ctx) {}
  /* Under -ftime-report the pass's own time shows as the client item
     "asmclobber" (GCC's timevars are a fixed list plugins cannot add to).  */
  unsigned int execute (function *fun) final override
  {
    if (g_timer)
      g_timer->push_client_item ("asmclobber");
    unsigned int todo = check_function (fun);
    if (g_timer)
      g_timer->pop_client_item ();
    return todo;
  }
};

opt_pass *
make_check_pass (gcc::context *ctx)
{
  return new check_pass (ctx);
}
