/* Trees the plugin holds past the passes that made them: the garbage
   collector keeps them (and what they point to) until the end of the
   translation unit.  */
#ifndef ASMCLOBBER_KEPT_TREES_H
#define ASMCLOBBER_KEPT_TREES_H

/* Registers the collector root for the plugin PLUGIN_NAME.  */
void kept_trees_register (const char *plugin_name);

/* Keeps T (may be NULL_TREE) alive until kept_trees_release.  */
void keep_tree (tree t);

/* Keeps the scope block of LOC alive, so that a diagnostic issued at LOC
   later can still name the functions it was inlined from.  */
void keep_location (location_t loc);

/* Lets go of every kept tree (at the end of the unit).  */
void kept_trees_release (void);

#endif
