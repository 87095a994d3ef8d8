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
#include "kept-trees.h"
#include "options.h"
#include "evidence.h"
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

/* The key of F's asm (see index_map), to be freed by the caller.  */
static char *
finding_key (const struct finding *f)
{
  char *key = place_key (f->stmt);
  /* Undeclared memory is another finding than the asm's instruction's.  */
  if (f->cls == IC_UNDECLARED_MEMORY)
    {
      char *k = concat (key, "#undeclared", NULL);
      free (key);
      key = k;
    }
  return key;
}

/* Makes the maps of this unit.  */
static void
begin_maps (void)
{
  if (!with_access)
    {
      with_access = new index_map;
      without_access = new index_map;
      fixed = new hash_set<nofree_string_hash>;
    }
}

/* Records the asm at KEY (which REPORTS takes over), spelled at WHERE and
   doing WHAT (freed with it), as reported: with a level-1 access when
   LEVEL1.  */
static void
add_report (char *key, location_t where, char *what, bool level1)
{
  reported r = { where, key, what, 0, vNULL, false };
  (level1 ? with_access : without_access)->put (key, reports.length ());
  reports.safe_push (r);
}

/* Records F's asm as reported, or counts it again; true when it is to be
   reported.  */
static bool
remember (const struct finding *f)
{
  char *key = finding_key (f);
  begin_maps ();
  bool level1 = f->access && !f->latent;
  if (count_again (with_access, key, f->stmt)
      || (!level1 && count_again (without_access, key, f->stmt)))
    {
      free (key);
      return false;
    }
  add_report (key, fixit_spelling_location (f->stmt), asm_phrase (f), level1);
  return true;
}

/* True when the asm spelled at SPELLING (a location_key) has no fix-it
   yet in this unit; then it has from now on.  */
static bool
first_fixit_p (const char *spelling)
{
  if (fixed->contains (spelling))
    return false;
  fixed->add (xstrdup (spelling));  /* freed with the set */
  return true;
}

/* A finding frozen when it is found, to be issued at the end of the unit,
   once the passes that give its evidence have run: the statements it
   names may be gone by then, so it holds their locations and what the
   messages say of them.  */
struct pending
{
  struct finding f;		/* its statement pointers are not used */
  bool provisional;		/* found before the optimizers ran: issued
				   only with evidence, when the asm has no
				   report of its own */
  unsigned report;		/* its entry in REPORTS (not provisional) */
  char *key;			/* the asm's key (see index_map) */
  char *spelling;		/* the location_key of its spelling */
  location_t spelling_loc;
  int borrowed;			/* the provisional finding of the same asm
				   whose evidence this one shows, or -1 */
  tree fndecl;			/* the function it was found in */
  location_t asm_loc;
  location_t access_loc;	/* when F.access: its location */
  const char *what;		/* and what access_describe says of it */
  location_t also_loc[FINDING_MAX_ALSO];
  const char *also_what[FINDING_MAX_ALSO];
  tree call_fn;			/* when F.via_call: the function called */
  location_t call_loc;
  tree object;			/* the undeclared object's declaration */
  bool object_pointer;		/* OBJECT is the pointer reaching it */
  const char *no_fixit;		/* why the asm has no fix-it, or NULL */
  location_t fixit_at;		/* where the fix-it inserts FIXIT_TEXT */
  const char *fixit_text;
};

static vec<pending> pendings;

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

/* True when P names an access that has a place to point a note at.  */
static bool
access_has_place (const struct pending *p)
{
  return p->what && expand_location (p->access_loc).file;
}

/* The level-2 warning for the latent finding P (see warn).  */
static bool
warn_latent (const struct pending *p, rich_location *richloc,
	     const char *insn, const char *more, const char *cls)
{
  const char *side = p->f.access_before ? "before" : "after";
  expanded_location at = expand_location (p->access_loc);
  char *where = at.file ? xasprintf (" at %s:%d", lbasename (at.file), at.line)
		: xstrdup ("");
  bool shown;
  if (p->f.via_call)
    shown = warning_at (richloc, 0,
			"%<asm%> executing %qs%s has no %<\"memory\"%> "
			"clobber; the %s%s stays %s it only because of the "
			"call to %qD between them, which inlining or LTO may "
			"remove [asmclobber:%s]",
			insn, more, p->what, where, side, p->call_fn, cls);
  else
    shown = warning_at (richloc, 0,
			"%<asm%> executing %qs%s has no %<\"memory\"%> "
			"clobber; the %<volatile%> %s%s stays %s it only "
			"because GCC does not move %<volatile%> accesses across "
			"%<asm volatile%> [asmclobber:%s]",
			insn, more, p->what, where, side, cls);
  free (where);
  return shown;
}

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

/* The access of the undeclared-memory finding P, naming its object when
   it has a name: "store to 'd'", "load from '*p'", else as
   access_describe says; to be freed by the caller.  */
static char *
object_access_phrase (const struct pending *p)
{
  if (!p->object)
    return xstrdup (p->what);
  return xasprintf ("%s %s%s%s%s",
		    p->f.access_before ? "store to" : "load from", open_quote,
		    p->object_pointer ? "*" : "",
		    IDENTIFIER_POINTER (DECL_NAME (p->object)), close_quote);
}

/* The warning for the undeclared-memory finding P (see warn).  */
static bool
warn_undeclared (const struct pending *p, rich_location *richloc)
{
  const struct finding *f = &p->f;
  const char *verb = f->deref.access == (MA_READ | MA_WRITE)
		     ? "reads and writes"
		     : f->deref.access & MA_WRITE ? "writes" : "reads";
  char *through = address_phrase (f);
  bool shown;
  if (p->what && !f->latent && access_has_place (p))
    {
      expanded_location at = expand_location (p->access_loc);
      char *access = object_access_phrase (p);
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

/* After the undeclared-memory warning for P: the operand that would
   declare just that memory, which costs less optimisation than the
   "memory" clobber of the fix-it.  */
static void
note_declaration (const struct pending *p)
{
  const char *kind = p->f.deref.access & MA_WRITE ? "+m" : "m";
  const char *list = p->f.deref.access & MA_WRITE ? "outputs" : "inputs";
  if (p->object && !p->object_pointer)
    inform (p->asm_loc,
	    "or declare just that memory: add %<\"%s\" (%E)%> to the %s",
	    kind, p->object, list);
  else if (p->object)
    inform (p->asm_loc,
	    "or declare just that memory: add %<\"%s\" (*(char (*)[N]) "
	    "%E)%> to the %s, N the number of bytes it accesses",
	    kind, p->object, list);
}

/* Issues the warning for P with RICHLOC; false when it was suppressed
   (-w, or a diagnostic pragma on the location).  Level 1 says that an
   access may be moved; level 2 says that a volatile access stays in place
   only by GCC's handling of volatile, or that accesses in general may
   move.  */
static bool
warn (const struct pending *p, rich_location *richloc)
{
  const struct finding *f = &p->f;
  if (f->cls == IC_UNDECLARED_MEMORY)
    return warn_undeclared (p, richloc);
  const char *cls = insn_class_info_of (f->cls)->name;
  const char *insn = f->insn->display, *more = insn_phrase (f);
  const char *relief = relief_phrase (f);
  if (!p->what && relief)
    return warning_at (richloc, 0,
		       "%<asm%> executing %qs%s has no %<\"memory\"%> clobber; "
		       "the compiler may move memory accesses across it, but "
		       "none is known to depend on it here: %s [asmclobber:%s]",
		       insn, more, relief, cls);
  if (!p->what)
    return warning_at (richloc, 0,
		       "%<asm%> executing %qs%s has no %<\"memory\"%> clobber; "
		       "the compiler may move memory accesses across it "
		       "[asmclobber:%s]", insn, more, cls);
  const char *dir = f->access_before ? "after" : "before";
  if (f->latent)
    return warn_latent (p, richloc, insn, more, cls);
  if (!access_has_place (p))
    return warning_at (richloc, 0,
		       "%<asm%> executing %qs%s has no %<\"memory\"%> clobber; "
		       "a %s may be moved %s it [asmclobber:%s]",
		       insn, more, p->what, dir, cls);
  expanded_location at = expand_location (p->access_loc);
  return warning_at (richloc, 0,
		     "%<asm%> executing %qs%s has no %<\"memory\"%> clobber; "
		     "the %s at %s:%d may be moved %s it [asmclobber:%s]",
		     insn, more, p->what, lbasename (at.file), at.line, dir,
		     cls);
}

/* Keeps LOC's scope and returns LOC.  */
static location_t
kept_location (location_t loc)
{
  keep_location (loc);
  return loc;
}

/* Freezes F into a new pending entry and returns its index.  */
static unsigned
freeze (const struct finding *f)
{
  struct pending p;
  memset (&p, 0, sizeof p);
  p.f = *f;
  p.borrowed = -1;
  p.key = finding_key (f);
  p.spelling_loc = fixit_spelling_location (f->stmt);
  p.spelling = location_key (p.spelling_loc);
  p.fndecl = current_function_decl;
  keep_tree (p.fndecl);
  p.asm_loc = kept_location (gimple_location (f->stmt));
  if (f->access)
    {
      p.access_loc = kept_location (gimple_location (f->access));
      p.what = access_describe (f->access, f->kind);
    }
  for (unsigned i = 0; i < f->nalso; i++)
    {
      p.also_loc[i] = kept_location (gimple_location (f->also[i].access));
      p.also_what[i] = access_describe (f->also[i].access, f->also[i].kind);
    }
  if (f->via_call)
    {
      p.call_fn = gimple_call_fndecl (f->via_call);
      p.call_loc = kept_location (gimple_location (f->via_call));
      keep_tree (p.call_fn);
    }
  p.object = object_decl (f, &p.object_pointer);
  keep_tree (p.object);
  p.no_fixit = fixit_memory_clobber (f->stmt, &p.fixit_at, &p.fixit_text);
  pendings.safe_push (p);
  return pendings.length () - 1;
}

void
report_finding (const struct finding *f)
{
  if (!remember (f))
    return;
  unsigned id = freeze (f);
  pendings[id].report = reports.length () - 1;
  if (f->access && access_has_place (&pendings[id]))
    evidence_watch (id, f->stmt, f->access, f->access_before,
		    pendings[id].what);
}

unsigned
report_provisional (const struct finding *f)
{
  begin_maps ();
  unsigned id = freeze (f);
  pendings[id].provisional = true;
  return id;
}

/* The note saying what evidence EV shows was done to an access.  */
static void
note_evidence (const struct evidence *ev)
{
  expanded_location at = expand_location (ev->access_at);
  const char *base = lbasename (at.file);
  const char *access = ev->store ? "store" : "load";
  if (ev->kind == EV_DELETED)
    inform (ev->access_at, "in this build GCC deleted the store at %s:%d "
	    "(pass %s)", base, at.line, ev->pass);
  else if (ev->kind == EV_MOVED)
    inform (ev->access_at, "in this build GCC moved the %s at %s:%d %s the "
	    "%<asm%> (pass %s)", access, base, at.line,
	    ev->now_before ? "before" : "after", ev->pass);
  else if (ev->kind == EV_REPLACED && expand_location (ev->value_at).file)
    {
      expanded_location v = expand_location (ev->value_at);
      inform (ev->access_at, "in this build GCC replaced the load at %s:%d "
	      "with the value loaded at %s:%d before the %<asm%> (pass %s)",
	      base, at.line, lbasename (v.file), v.line, ev->pass);
    }
  else if (ev->kind == EV_REPLACED)
    inform (ev->access_at, "in this build GCC replaced the load at %s:%d "
	    "with a value computed before the %<asm%> (pass %s)",
	    base, at.line, ev->pass);
}

/* Issues the pending finding P, under its function's name, with the
   evidence EV on its access and BORROWED on another (kinds EV_NONE when
   there is none).  */
static void
issue (const struct pending *p, const struct evidence *ev,
       const struct evidence *borrowed)
{
  const struct finding *f = &p->f;
  tree saved = current_function_decl;
  current_function_decl = p->fndecl;
  auto_diagnostic_group group;
  rich_location richloc (line_table, p->asm_loc);
  bool first_fixit = first_fixit_p (p->spelling);
  const char *no_fixit = p->no_fixit;
  if (first_fixit && !no_fixit)
    {
      richloc.add_fixit_insert_before (p->fixit_at, p->fixit_text);
      if (richloc.seen_impossible_fixit_p ())
	no_fixit = "GCC cannot express the edit as a fix-it";
    }
  if (warn (p, &richloc))
    {
      reports[p->report].shown = true;
      if (access_has_place (p))
	{
	  if (f->volatile_p)
	    inform (p->access_loc, "the %<volatile%> %s is here", p->what);
	  else if (f->others && !f->latent)
	    inform (p->access_loc,
		    "the %s is here; %u more access%s may move across the "
		    "%<asm%> too", p->what, f->others,
		    f->others == 1 ? "" : "es");
	  else
	    inform (p->access_loc, "the %s is here", p->what);
	}
      if (ev->kind != EV_NONE)
	note_evidence (ev);
      if (borrowed->kind != EV_NONE)
	note_evidence (borrowed);
      if (f->cls == IC_UNDECLARED_MEMORY)
	note_declaration (p);
      for (unsigned i = 0; i < f->nalso; i++)
	if (expand_location (p->also_loc[i]).file)
	  inform (p->also_loc[i],
		  "the %s here may also be moved %s the %qs of this %<asm%>",
		  p->also_what[i], f->also[i].access_before ? "after" : "before",
		  f->also[i].insn->display);
      if (f->via_call && expand_location (p->call_loc).file)
	inform (p->call_loc, "the call to %qD is here", p->call_fn);
      if (first_fixit && no_fixit)
	inform (p->asm_loc,
		"no fix-it: %s; add %<\"memory\"%> to the clobbers by hand",
		no_fixit);
      else if (!first_fixit)
	inform (p->asm_loc,
		"the fix-it for this %<asm%> is on its first warning above");
    }
  current_function_decl = saved;
}

/* Makes the provisional finding P a level-1 one about the access of its
   evidence EV, and records it as reported.  */
static void
promote (struct pending *p, const struct evidence *ev)
{
  p->access_loc = ev->access_at;
  p->what = ev->what;
  p->f.access_before = ev->before;
  p->f.latent = p->f.volatile_p = false;
  p->f.via_call = NULL;
  p->f.others = p->f.nalso = 0;
  p->provisional = false;
  p->report = reports.length ();
  add_report (xstrdup (p->key), p->spelling_loc, asm_phrase (&p->f), true);
}

/* Issues the pending findings in the order they were found.  A
   provisional one with evidence lends it to the report of its asm, or is
   issued itself when the asm has none (its access was gone before the
   asm was judged).  */
static void
issue_pending (void)
{
  hash_map<nofree_string_hash, unsigned> by_key;
  for (unsigned i = 0; i < pendings.length (); i++)
    if (!pendings[i].provisional)
      by_key.put (pendings[i].key, i);
  for (unsigned i = 0; i < pendings.length (); i++)
    {
      struct pending *p = &pendings[i];
      if (!p->provisional)
	continue;
      unsigned *r = by_key.get (p->key);
      if (!r)
	{
	  struct evidence ev = evidence_of (i, UNKNOWN_LOCATION);
	  if (ev.kind == EV_NONE)
	    continue;
	  promote (p, &ev);
	  by_key.put (p->key, i);
	}
      else if (pendings[*r].borrowed < 0
	       && evidence_of (i, pendings[*r].access_loc).kind != EV_NONE)
	pendings[*r].borrowed = i;
    }
  struct evidence none;
  memset (&none, 0, sizeof none);
  for (unsigned i = 0; i < pendings.length (); i++)
    {
      struct pending *p = &pendings[i];
      if (p->provisional)
	continue;
      struct evidence ev = evidence_of (i, UNKNOWN_LOCATION);
      struct evidence lent = p->borrowed >= 0
			     ? evidence_of (p->borrowed, p->access_loc) : none;
      if (asmclobber_options.evidence_only && ev.kind == EV_NONE
	  && lent.kind == EV_NONE)
	continue;
      /* What GCC did is no latent ordering.  */
      if (ev.kind != EV_NONE)
	p->f.latent = false;
      issue (p, &ev, &lent);
    }
  for (unsigned i = 0; i < pendings.length (); i++)
    {
      free (pendings[i].key);
      free (pendings[i].spelling);
    }
  pendings.release ();
  evidence_release ();
  kept_trees_release ();
}

void
report_unit_end (void *, void *)
{
  issue_pending ();
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
