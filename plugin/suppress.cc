/* The asmclobber_ignore function attribute.  Source that must also build
   without the plugin guards it with __has_attribute (asmclobber_ignore).  */
#include "gcc-compat.h"
#include "basic-block.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "stringpool.h"
#include "attribs.h"
#include "options.h"
#include "fixit.h"
#include "suppress.h"

#define ATTRIBUTE_NAME "asmclobber_ignore"

/* Accepts the attribute on functions only.  */
static tree
handle_ignore_attribute (tree *node, tree name, tree, int, bool *no_add_attrs)
{
  if (TREE_CODE (*node) != FUNCTION_DECL)
    {
      warning (OPT_Wattributes, "%qE attribute applies only to functions",
	       name);
      *no_add_attrs = true;
    }
  return NULL_TREE;
}

static const struct attribute_spec ignore_attribute = {
  ATTRIBUTE_NAME, 0, 0, true, false, false, false, handle_ignore_attribute,
  NULL
};

void
suppress_register_attribute (void *, void *)
{
  register_attribute (&ignore_attribute);
}

/* True when FNDECL carries the attribute.  */
static bool
ignored_function_p (tree fndecl)
{
  return fndecl && TREE_CODE (fndecl) == FUNCTION_DECL
	 && lookup_attribute (ATTRIBUTE_NAME, DECL_ATTRIBUTES (fndecl));
}

/* True when STMT is written in, or inlined into, a function that carries
   the attribute.  */
static bool
suppress_by_attribute_p (gimple *stmt)
{
  if (ignored_function_p (current_function_decl))
    return true;
  for (tree block = gimple_block (stmt); block && TREE_CODE (block) == BLOCK;
       block = BLOCK_SUPERCONTEXT (block))
    if (inlined_function_outer_scope_p (block)
	&& ignored_function_p (block_ultimate_origin (block)))
      return true;
  return false;
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

bool
suppress_asm_p (gimple *stmt)
{
  return suppress_by_attribute_p (stmt)
	 || (asmclobber_options.main_file_only && !in_main_file_p (stmt));
}
