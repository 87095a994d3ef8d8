/* The diagnostics.  The fix-it goes on the warning itself: adding a
   "memory" clobber only forbids the compiler to move memory accesses
   across the asm, so it can make no correct program wrong, and it is the
   one fix the warning asks for; an IDE then offers it as the warning's
   quick fix.  When no safe edit exists a note says why.  */
#include "gcc-compat.h"
#include "basic-block.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "diagnostic.h"
#include "langhooks.h"
#include "intl.h"
#include "fixit.h"
#include "access-kinds.h"
#include "report.h"

/* A reported asm location and the other places it was found at.  */
struct reported
{
  location_t where;
  char *key;		/* its place, "FILE:LINE:COLUMN[@FILE:LINE:COLUMN]" */
  char *what;		/* what the asm does, as asm_phrase says */
  unsigned again;	/* how many more places */
  vec<char *> places;	/* the first few distinct ones, "'F' (FILE:LINE)" */
  bool shown;		/* the warning was issued (not silenced by -w) */
};

/* At most this many other places are listed in the end-of-unit note
   (inlined copies in one function at one line are one place).  */
#define PLACES_LISTED 16

/* Keyed by "FILE:LINE:COLUMN" of the spelling location, and for an asm
   written in a macro, "@FILE:LINE:COLUMN" of the point where the
   outermost macro holding it is expanded (two asm statements that one
   macro definition spells, like a hypervisor's asm_inline, are different
   asm statements; so are two uses of a macro holding an asm): two location_t
   values can name the same place (GCC starts new line maps inside long
   lines), and one value's pure location can differ from another's.  */
typedef hash_map<nofree_string_hash, unsigned> index_map;

/* Reported locations of this unit and their index in REPORTS: those
   reported with an access that may move (level 1), and those reported
   without one or with a latent one (level 2).  A location of the second
   kind is reported again the first time a level-1 access is found next to
   it, so that level 2 shows everything level 1 shows.  */
static index_map *with_access, *without_access;
static vec<reported> reports;

/* Spelling locations that already carry a fix-it in this unit: a macro
   expanded at several places, or an asm reported again at level 2, gets
   its edit once (-fdiagnostics-generate-patch would apply it twice).  */
static hash_set<nofree_string_hash> *fixed;

/* Returns "FILE:LINE:COLUMN" of WHERE, to be freed by the caller.  */
static char *
location_key (location_t where)
{
  expanded_location x = expand_location (where);
  return xasprintf ("%s:%d:%d", x.file ? x.file : "", x.line, x.column);
}

/* Returns the key of the asm STMT, to be freed by the caller.  */
static char *
place_key (gimple *stmt)
{
  char *spelling = location_key (fixit_spelling_location (stmt));
  location_t loc = LOCATION_LOCUS (gimple_location (stmt));
  if (!linemap_location_from_macro_expansion_p (line_table, loc))
    return spelling;
  location_t exp = linemap_resolve_location (line_table, loc,
					     LRK_MACRO_EXPANSION_POINT, NULL);
  char *expansion = location_key (exp);
  char *key = xasprintf ("%s@%s", spelling, expansion);
  free (spelling);
  free (expansion);
  return key;
}

/* Returns where the current function holds STMT, for the end-of-unit
   note: "'F' (FILE:LINE)", F the function and LINE the call that inlined
   the asm into it (the outermost one), or the asm's own line (where the
   outermost macro holding it is expanded).  */
static char *
copy_place (gimple *stmt)
{
  location_t loc = gimple_location (stmt);
  for (tree b = gimple_block (stmt); b && TREE_CODE (b) == BLOCK;
       b = BLOCK_SUPERCONTEXT (b))
    if (inlined_function_outer_scope_p (b))
      loc = BLOCK_SOURCE_LOCATION (b);
  expanded_location x
    = expand_location (linemap_resolve_location (line_table, loc,
						 LRK_MACRO_EXPANSION_POINT,
						 NULL));
  return xasprintf ("%s%s%s (%s:%d)", open_quote,
		    lang_hooks.decl_printable_name (current_function_decl, 2),
		    close_quote, x.file ? lbasename (x.file) : "?", x.line);
}

/* Counts the finding of STMT at KEY again when MAP has it; true if so.  */
static bool
count_again (index_map *map, const char *key, gimple *stmt)
{
  unsigned *slot = map->get (key);
  if (!slot)
    return false;
  reported *r = &reports[*slot];
  r->again++;
  if (r->places.length () < PLACES_LISTED)
    {
      char *place = copy_place (stmt);
      for (unsigned i = 0; i < r->places.length (); i++)
	if (strcmp (r->places[i], place) == 0)
	  {
	    free (place);
	    return true;
	  }
      r->places.safe_push (place);
    }
  return true;
}

/* How the undeclared-memory finding F names the address: "'%0'" or
   "its \"S\" register"; to be freed by the caller.  */
static char *
address_phrase (const struct finding *f)
{
  if (f->deref.operand >= 0)
    return xasprintf ("%s%%%d%s", open_quote, f->deref.operand, close_quote);
  return xasprintf ("its %s\"%c\"%s register", open_quote, f->deref.reg,
		    close_quote);
}

/* What F's asm does, for the end-of-unit note: "executing 'ltr'" or
   "reading memory through '%0'"; to be freed by the caller.  */
static char *
asm_phrase (const struct finding *f)
{
  if (f->cls != IC_UNDECLARED_MEMORY)
    return xasprintf ("executing %s%s%s", open_quote, f->insn->display,
		      close_quote);
  char *through = address_phrase (f);
  char *phrase = concat ("accessing memory through ", through, NULL);
  free (through);
  return phrase;
}

/* Records F's asm as reported, or counts it again; true when it is to be
   reported.  */
static bool
remember (const struct finding *f)
{
  char *key = place_key (f->stmt);
  /* Undeclared memory is another finding than the asm's instruction's.  */
  if (f->cls == IC_UNDECLARED_MEMORY)
    {
      char *k = concat (key, "#undeclared", NULL);
      free (key);
      key = k;
    }
  if (!with_access)
    {
      with_access = new index_map;
      without_access = new index_map;
      fixed = new hash_set<nofree_string_hash>;
    }
  bool level1 = f->access && !f->latent;
  if (count_again (with_access, key, f->stmt)
      || (!level1 && count_again (without_access, key, f->stmt)))
    {
      free (key);
      return false;
    }
  reported r = { fixit_spelling_location (f->stmt), key, asm_phrase (f), 0,
		 vNULL, false };
  (level1 ? with_access : without_access)->put (key, reports.length ());
  reports.safe_push (r);
  return true;
}

/* True when the spelling location of STMT has no fix-it yet in this unit;
   then it has from now on.  */
static bool
first_fixit_p (gimple *stmt)
{
  char *key = location_key (fixit_spelling_location (stmt));
  if (fixed->contains (key))
    {
      free (key);
      return false;
    }
  fixed->add (key);	/* freed with the set at the end of the unit */
  return true;
}

/* The instruction as the message names it: a wrmsr whose MSR number is
   not a compile-time constant says so, and that it may be a base MSR.  */
static const char *
insn_phrase (const struct finding *f)
{
  if (f->msr_unknown)
    return " to an MSR not known at compile time (it may be FS_BASE, "
	   "GS_BASE or KERNEL_GS_BASE)";
  return "";
}

/* Why no access is known to depend on F's instruction in its asm, or
   NULL when nothing relieves it.  */
static const char *
relief_phrase (const struct finding *f)
{
  switch (f->relief)
    {
    case RELIEF_COUNTER_FENCE:
      return "the fence orders the counter read in this asm against "
	     "execution, not memory accesses";
    case RELIEF_USER_PAGES:
      return "in supervisor code protection keys govern only user pages, "
	     "which plain accesses do not reach";
    case RELIEF_IF_KEPT:
      return "the asm leaves the interrupt flag as it found it";
    case RELIEF_CR_BITS:
      return "the write changes only bits that no data access depends on";
    case RELIEF_TABLE_NOT_READ:
      return "it loads only the table register, and nothing makes the CPU "
	     "read the table before the next compiler barrier";
    default:
      return NULL;
    }
}

/* True when the access F names has a place to point a note at.  */
static bool
access_has_place (const struct finding *f)
{
  return f->access && expand_location (gimple_location (f->access)).file;
}

/* The level-2 warning for the latent finding F (see warn).  */
static bool
warn_latent (const struct finding *f, rich_location *richloc,
	     const char *insn, const char *more, const char *cls)
{
  const char *what = access_describe (f->access, f->kind);
  const char *side = f->access_before ? "before" : "after";
  expanded_location at = expand_location (gimple_location (f->access));
  char *where = at.file ? xasprintf (" at %s:%d", lbasename (at.file), at.line)
		: xstrdup ("");
  bool shown;
  if (f->via_call)
    {
      tree fn = gimple_call_fndecl (f->via_call);
      shown = warning_at (richloc, 0,
			  "%<asm%> executing %qs%s has no %<\"memory\"%> "
			  "clobber; the %s%s stays %s it only because of the "
			  "call to %qD between them, which inlining or LTO may "
			  "remove [asmclobber:%s]",
			  insn, more, what, where, side, fn, cls);
    }
  else
    shown = warning_at (richloc, 0,
			"%<asm%> executing %qs%s has no %<\"memory\"%> "
			"clobber; the %<volatile%> %s%s stays %s it only "
			"because GCC does not move %<volatile%> accesses across "
			"%<asm volatile%> [asmclobber:%s]",
			insn, more, what, where, side, cls);
  free (where);
  return shown;
}

/* Issues the warning for F with RICHLOC; false when it was suppressed
   (-w, or a diagnostic pragma on the location).  Level 1 says that an
   access may be moved; level 2 says that a volatile access stays in place
   only by GCC's handling of volatile, or that accesses in general may
   move.  */
/* The declaration naming the object of the undeclared-memory finding F:
   the object itself, or the pointer it is reached through (then *POINTER
   is set); NULL when the object has no name.  */
static tree
object_decl (const struct finding *f, bool *pointer)
{
  tree obj = f->object;
  *pointer = obj && TREE_CODE (obj) == SSA_NAME;
  if (*pointer)
    obj = SSA_NAME_VAR (obj);
  return obj && DECL_P (obj) && DECL_NAME (obj) ? obj : NULL_TREE;
}

/* The access of the undeclared-memory finding F, naming its object when
   it has a name: "store to 'd'", "load from '*p'", else as
   access_describe says; to be freed by the caller.  */
static char *
object_access_phrase (const struct finding *f)
{
  bool pointer;
  tree obj = object_decl (f, &pointer);
  if (!obj)
    return xstrdup (access_describe (f->access, f->kind));
  return xasprintf ("%s %s%s%s%s", f->access_before ? "store to" : "load from",
		    open_quote, pointer ? "*" : "",
		    IDENTIFIER_POINTER (DECL_NAME (obj)), close_quote);
}

/* The warning for the undeclared-memory finding F (see warn).  */
static bool
warn_undeclared (const struct finding *f, rich_location *richloc)
{
  const char *verb = f->deref.access == (MA_READ | MA_WRITE)
		     ? "reads and writes"
		     : f->deref.access & MA_WRITE ? "writes" : "reads";
  char *through = address_phrase (f);
  bool shown;
  if (f->access && !f->latent && access_has_place (f))
    {
      expanded_location at = expand_location (gimple_location (f->access));
      char *access = object_access_phrase (f);
      shown = warning_at (richloc, 0,
			  "%<asm%> %s memory through %s (%qs) that it does "
			  "not declare; the %s at %s:%d may be deleted or "
			  "moved %s it [asmclobber:undeclared-memory]",
			  verb, through, f->deref.mnem, access,
			  lbasename (at.file), at.line,
			  f->access_before ? "after" : "before");
      free (access);
    }
  else
    shown = warning_at (richloc, 0,
			"%<asm%> %s memory through %s (%qs) that it does not "
			"declare; the compiler may delete or move the accesses "
			"to that memory around it "
			"[asmclobber:undeclared-memory]",
			verb, through, f->deref.mnem);
  free (through);
  return shown;
}

/* After the undeclared-memory warning for F: the operand that would
   declare just that memory, which costs less optimisation than the
   "memory" clobber of the fix-it.  */
static void
note_declaration (const struct finding *f)
{
  const char *kind = f->deref.access & MA_WRITE ? "+m" : "m";
  const char *list = f->deref.access & MA_WRITE ? "outputs" : "inputs";
  bool pointer;
  tree obj = object_decl (f, &pointer);
  if (obj && !pointer)
    inform (gimple_location (f->stmt),
	    "or declare just that memory: add %<\"%s\" (%E)%> to the %s",
	    kind, obj, list);
  else if (obj)
    inform (gimple_location (f->stmt),
	    "or declare just that memory: add %<\"%s\" (*(char (*)[N]) "
	    "%E)%> to the %s, N the number of bytes it accesses",
	    kind, obj, list);
}

static bool
warn (const struct finding *f, rich_location *richloc)
{
  if (f->cls == IC_UNDECLARED_MEMORY)
    return warn_undeclared (f, richloc);
  const char *cls = insn_class_info_of (f->cls)->name;
  const char *insn = f->insn->display, *more = insn_phrase (f);
  const char *relief = relief_phrase (f);
  if (!f->access && relief)
    return warning_at (richloc, 0,
		       "%<asm%> executing %qs%s has no %<\"memory\"%> clobber; "
		       "the compiler may move memory accesses across it, but "
		       "none is known to depend on it here: %s [asmclobber:%s]",
		       insn, more, relief, cls);
  if (!f->access)
    return warning_at (richloc, 0,
		       "%<asm%> executing %qs%s has no %<\"memory\"%> clobber; "
		       "the compiler may move memory accesses across it "
		       "[asmclobber:%s]", insn, more, cls);
  const char *what = access_describe (f->access, f->kind);
  const char *dir = f->access_before ? "after" : "before";
  if (f->latent)
    return warn_latent (f, richloc, insn, more, cls);
  if (!access_has_place (f))
    return warning_at (richloc, 0,
		       "%<asm%> executing %qs%s has no %<\"memory\"%> clobber; "
		       "a %s may be moved %s it [asmclobber:%s]",
		       insn, more, what, dir, cls);
  expanded_location at = expand_location (gimple_location (f->access));
  return warning_at (richloc, 0,
		     "%<asm%> executing %qs%s has no %<\"memory\"%> clobber; "
		     "the %s at %s:%d may be moved %s it [asmclobber:%s]",
		     insn, more, what, lbasename (at.file), at.line, dir, cls);
}

void
report_finding (const struct finding *f)
{
  if (!remember (f))
    return;
  auto_diagnostic_group group;
  rich_location richloc (line_table, gimple_location (f->stmt));
  const char *no_fixit = NULL;
  bool first_fixit = first_fixit_p (f->stmt);
  if (first_fixit)
    no_fixit = fixit_add_memory_clobber (&richloc, f->stmt);
  if (!warn (f, &richloc))
    return;
  reports.last ().shown = true;
  if (access_has_place (f))
    {
      const char *what = access_describe (f->access, f->kind);
      if (f->volatile_p)
	inform (gimple_location (f->access), "the %<volatile%> %s is here",
		what);
      else if (f->others && !f->latent)
	inform (gimple_location (f->access),
		"the %s is here; %u more access%s may move across the "
		"%<asm%> too", what, f->others, f->others == 1 ? "" : "es");
      else
	inform (gimple_location (f->access), "the %s is here", what);
    }
  if (f->cls == IC_UNDECLARED_MEMORY)
    note_declaration (f);
  for (unsigned i = 0; i < f->nalso; i++)
    if (expand_location (gimple_location (f->also[i].access)).file)
      inform (gimple_location (f->also[i].access),
	      "the %s here may also be moved %s the %qs of this %<asm%>",
	      access_describe (f->also[i].access, f->also[i].kind),
	      f->also[i].access_before ? "after" : "before",
	      f->also[i].insn->display);
  if (f->via_call && expand_location (gimple_location (f->via_call)).file)
    inform (gimple_location (f->via_call), "the call to %qD is here",
	    gimple_call_fndecl (f->via_call));
  if (no_fixit)
    inform (gimple_location (f->stmt),
	    "no fix-it: %s; add %<\"memory\"%> to the clobbers by hand",
	    no_fixit);
  else if (!first_fixit)
    inform (gimple_location (f->stmt),
	    "the fix-it for this %<asm%> is on its first warning above");
}

void
report_unit_end (void *, void *)
{
  for (unsigned i = 0; i < reports.length (); i++)
    {
      reported *r = &reports[i];
      if (r->again && r->shown)
	{
	  /* "'f' (a.c:3), 'g' (a.c:9) and 2 more" */
	  char *list = xstrdup ("");
	  unsigned n = r->places.length ();
	  bool all = r->again == n || n < PLACES_LISTED;
	  for (unsigned j = 0; j < n; j++)
	    {
	      const char *sep = j == 0 ? "" : j + 1 == n && all ? " and " : ", ";
	      char *l = concat (list, sep, r->places[j], NULL);
	      free (list);
	      list = l;
	    }
	  if (!all)
	    {
	      char *l = concat (list, " and others", NULL);
	      free (list);
	      list = l;
	    }
	  inform (r->where,
		  "the %<asm%> %s reported above was found in %u more "
		  "place%s of this translation unit: %s",
		  r->what, r->again, r->again == 1 ? "" : "s", list);
	  free (list);
	}
      for (unsigned j = 0; j < r->places.length (); j++)
	free (r->places[j]);
      r->places.release ();
      free (r->key);
      free (r->what);
    }
  reports.release ();
  if (fixed)
    for (hash_set<nofree_string_hash>::iterator it = fixed->begin ();
	 it != fixed->end (); ++it)
      free (const_cast<char *> (*it));
  delete with_access;
  delete without_access;
  delete fixed;
  with_access = without_access = NULL;
  fixed = NULL;
}
