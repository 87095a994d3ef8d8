/* Suppressions a user writes in source: the asmclobber_ignore function
   attribute, and an "asmclobber:ignore" assembler comment in a template.  */
#ifndef ASMCLOBBER_SUPPRESS_H
#define ASMCLOBBER_SUPPRESS_H

/* Registers the asmclobber_ignore attribute (PLUGIN_ATTRIBUTES callback).  */
void suppress_register_attribute (void *gcc_data, void *user_data);

/* True when STMT is written in, or inlined into, a function that carries
   the asmclobber_ignore attribute.  */
bool suppress_by_attribute_p (gimple *stmt);

#endif
