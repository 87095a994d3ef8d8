/* The plugin's GIMPLE passes: each runs one check over every function.  */
#ifndef ASMCLOBBER_PASSES_H
#define ASMCLOBBER_PASSES_H

/* A check of the current function FUN; returns TODO flags (none).  */
typedef unsigned int (*function_check) (function *fun);

/* Registers, for the plugin PLUGIN_NAME, a GIMPLE pass named NAME that
   runs CHECK on each function, placed at POS of the first instance of the
   pass REFERENCE.  Under -ftime-report its time shows as the client item
   "asmclobber" (GCC's timevars are a fixed list plugins cannot add to).  */
void passes_register (const char *plugin_name, const char *name,
		      function_check check, const char *reference,
		      enum pass_positioning_ops pos);

#endif
