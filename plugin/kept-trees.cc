/* One collector root for the trees the plugin keeps.  The root's own
   pointer stays NULL, so that a precompiled header written in this unit
   records nothing of it; its marking function marks the kept trees.  */
#include "gcc-compat.h"
#include "ggc.h"
#include "kept-trees.h"

static vec<tree> kept;
static void *root_anchor;

/* Marks every kept tree (the collector calls it with the anchor).  */
static void
mark_kept (void *)
{
  for (unsigned i = 0; i < kept.length (); i++)
    gt_ggc_m_9tree_node (kept[i]);
}

/* Writing a precompiled header: nothing of ours goes into it.  */
static void
note_kept_for_pch (void *)
{
}

static const struct ggc_root_tab kept_root[] = {
  { &root_anchor, 1, sizeof (root_anchor), &mark_kept, &note_kept_for_pch },
  LAST_GGC_ROOT_TAB
};

void
kept_trees_register (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_REGISTER_GGC_ROOTS, NULL,
		     const_cast<ggc_root_tab *> (kept_root));
}

void
keep_tree (tree t)
{
  if (t)
    kept.safe_push (t);
}

void
keep_location (location_t loc)
{
  keep_tree (LOCATION_BLOCK (loc));
}

void
kept_trees_release (void)
{
  kept.release ();
}
