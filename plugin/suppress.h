/* Suppressions a user asks for: the asmclobber_ignore function attribute,
   and main-file-only (an "asmclobber:ignore" assembler comment in a
   template is found by the template scans).  */
#ifndef ASMCLOBBER_SUPPRESS_H
#define ASMCLOBBER_SUPPRESS_H

/* Registers the asmclobber_ignore attribute (PLUGIN_ATTRIBUTES callback).  */
void suppress_register_attribute (void *gcc_data, void *user_data);

/* True when the asm STMT is not to be checked: it is written in, or
   inlined into, a function that carries the asmclobber_ignore attribute,
   or main-file-only is given and it is not written in the main file.  */
bool suppress_asm_p (gimple *stmt);

#endif
