/* asmclobber: a GCC plugin that warns about system-state inline asm
   lacking a "memory" clobber.

   An asm volatile without a "memory" clobber is no compiler barrier: GCC
   may move ordinary loads and stores across it.  When the asm changes
   system state (ltr, lgdt, wrmsr to GS_BASE, swapgs, mov to %cr3, stac,
   cli, fences, ...) such a move changes what the program does.  The
   plugin finds these asms and, at level 1, reports the ones with a nearby
   access the compiler may move across them, with a fix-it adding the
   clobber.  Findings are issued at the end of the translation unit,
   with notes saying what the optimizers of this build were seen doing
   to the accesses (evidence.cc).

   Usage: gcc -fplugin=asmclobber [-fplugin-arg-asmclobber-KEY[=VALUE]]...
   Arguments (see also -fplugin-arg-asmclobber-help and doc/):
     level=0|1|2, disable, ignore=LIST, check=LIST, descriptor-types=LIST,
     page-table-types=LIST, main-file-only, evidence-only, help.
   Limits: x86 AT&T templates only; see the manual's "Known limits".  */
#include "gcc-compat.h"
#include "plugin-version.h"
#include "context.h"
#include "tree-pass.h"
#include "options.h"
#include "access-kinds.h"
#include "suppress.h"
#include "report.h"
#include "check-pass.h"
#include "undeclared.h"
#include "passes.h"
#include "evidence.h"
#include "kept-trees.h"

int plugin_is_GPL_compatible;

static struct plugin_info asmclobber_info = { ASMCLOBBER_VERSION, options_help };

/* Prepares per-unit state (PLUGIN_START_UNIT).  */
static void
start_unit (void *, void *)
{
  access_kinds_init ();
}

int
plugin_init (struct plugin_name_args *plugin_info,
	     struct plugin_gcc_version *version)
{
  const char *name = plugin_info->base_name;
  if (!plugin_default_version_check (version, &gcc_version))
    {
      error ("asmclobber was built for GCC %s but is loaded by GCC %s; "
	     "rebuild it with that compiler", gcc_version.basever,
	     version->basever);
      return 0;
    }
  register_callback (name, PLUGIN_INFO, NULL, &asmclobber_info);
  if (!options_parse (plugin_info->argc, plugin_info->argv))
    return 0;
  /* To stderr: stdout may be the compiler's output (-E, -S -o -).  */
  if (asmclobber_options.help)
    fputs (options_help, stderr);
  /* The attribute is known even when checking is off, so that code using
     it builds the same way under level=0.  */
  register_callback (name, PLUGIN_ATTRIBUTES, suppress_register_attribute,
		     NULL);
  if (asmclobber_options.level == LEVEL_OFF)
    return 0;

  /* Before the first instance of all_optimizations: after IPA inlining,
     so inline helpers' asm is seen in its callers, before the main
     optimizers (what the early ones did is seen by the early run below),
     and at every -O level (at -O0 too).  */
  passes_register (name, "asmclobber", check_pass_run, "*all_optimizations",
		   PASS_POS_INSERT_BEFORE);
  /* Undeclared memory: after early inlining, which puts most asm helpers
     into their callers, and before early dead-store elimination deletes
     the stores such an asm reads (with LTO, at compile time).  */
  passes_register (name, "asmclobber-undeclared", undeclared_run, "einline",
		   PASS_POS_INSERT_AFTER);
  /* Evidence: the accesses near each asm are watched from there too, as
     early FRE and DSE may merge or delete them before the check above.  */
  passes_register (name, "asmclobber-early", check_pass_early, "einline",
		   PASS_POS_INSERT_AFTER);
  /* Findings are issued at the end of the unit, with what the passes
     were seen doing to their accesses in between.  */
  evidence_register (name);
  kept_trees_register (name);
  register_callback (name, PLUGIN_START_UNIT, start_unit, NULL);
  /* At PLUGIN_FINISH, which runs even when an error (say another
     warning under -Werror) made GCC skip PLUGIN_FINISH_UNIT.  */
  register_callback (name, PLUGIN_FINISH, report_unit_end, NULL);
  return 0;
}
