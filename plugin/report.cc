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
#include "fixit.h"
#include "access-kinds.h"
#include "report.h"

/* A reported asm location and how often it was found after that.  */
struct reported
{
  location_t where;
  char *key;		/* its place, "FILE:LINE:COLUMN" */
  const char *insn;
  unsigned again;
  bool shown;		/* the warning was issued (not silenced by -w) */
};

/* Keyed by "FILE:LINE:COLUMN" of the spelling location: two location_t
   values can name the same place (GCC starts new line maps inside long
   lines), and one value's pure location can differ from another's.  */
typedef hash_map<nofree_string_hash, unsigned> index_map;

/* Reported locations of this unit and their index in REPORTS: those
   reported with a nearby access, and those reported without (level 2).
   A location reported without an access is reported again the first
   time an access is found next to it, so that level 2 shows everything
   level 1 shows.  */
static index_map *with_access, *without_access;
static vec<reported> reports;

/* Returns the key of the place WHERE, to be freed by the caller.  */
static char *
place_key (location_t where)
{
  expanded_location x = expand_location (where);
  return xasprintf ("%s:%d:%d", x.file ? x.file : "", x.line, x.column);
}

/* Counts the finding at KEY again when MAP has it; true if so.  */
static bool
count_again (index_map *map, const char *key)
{
  unsigned *slot = map->get (key);
  if (slot)
    reports[*slot].again++;
  return slot != NULL;
}

/* Records F's asm as reported, or counts it again; true when it is to be
   reported.  */
static bool
remember (const struct finding *f)
{
  location_t where = fixit_spelling_location (f->stmt);
  char *key = place_key (where);
  if (!with_access)
    {
      with_access = new index_map;
      without_access = new index_map;
    }
  if (count_again (with_access, key)
      || (!f->access && count_again (without_access, key)))
    {
      free (key);
      return false;
    }
  reported r = { where, key, f->insn->display, 0, false };
  (f->access ? with_access : without_access)->put (key, reports.length ());
  reports.safe_push (r);
  return true;
}

/* Issues the warning for F with RICHLOC; false when it was suppressed
   (-w, or a diagnostic pragma on the location).  */
static bool
warn (const struct finding *f, rich_location *richloc)
{
  const char *cls = insn_class_info_of (f->cls)->name;
  if (!f->access)
    return warning_at (richloc, 0,
		       "%<asm%> executing %qs has no %<\"memory\"%> clobber; "
		       "the compiler may move memory accesses across it "
		       "[asmclobber:%s]", f->insn->display, cls);
  const char *what = access_describe (f->access, f->kind);
  const char *dir = f->access_before ? "after" : "before";
  expanded_location at = expand_location (gimple_location (f->access));
  if (!at.file)
    return warning_at (richloc, 0,
		       "%<asm%> executing %qs has no %<\"memory\"%> clobber; "
		       "a %s may be moved %s it [asmclobber:%s]",
		       f->insn->display, what, dir, cls);
  return warning_at (richloc, 0,
		     "%<asm%> executing %qs has no %<\"memory\"%> clobber; "
		     "the %s at %s:%d may be moved %s it [asmclobber:%s]",
		     f->insn->display, what, lbasename (at.file), at.line, dir,
		     cls);
}

void
report_finding (const struct finding *f)
{
  if (!remember (f))
    return;
  auto_diagnostic_group group;
  rich_location richloc (line_table, gimple_location (f->stmt));
  const char *no_fixit = fixit_add_memory_clobber (&richloc, f->stmt);
  if (!warn (f, &richloc))
    return;
  reports.last ().shown = true;
  if (f->access)
    inform (gimple_location (f->access), "the %s is here",
	    access_describe (f->access, f->kind));
  if (no_fixit)
    inform (gimple_location (f->stmt),
	    "no fix-it: %s; add %<\"memory\"%> to the clobbers by hand",
	    no_fixit);
}

void
report_unit_end (void *, void *)
{
  for (unsigned i = 0; i < reports.length (); i++)
    if (reports[i].again && reports[i].shown)
      inform (reports[i].where,
	      "the %<asm%> executing %qs reported above was found in %u more "
	      "place%s of this translation unit",
	      reports[i].insn, reports[i].again,
	      reports[i].again == 1 ? "" : "s");
  for (unsigned i = 0; i < reports.length (); i++)
    free (reports[i].key);
  reports.release ();
  delete with_access;
  delete without_access;
  with_access = without_access = NULL;
}
