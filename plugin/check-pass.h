/* The check of system-state instructions (check-pass.cc).  */
#ifndef ASMCLOBBER_CHECK_PASS_H
#define ASMCLOBBER_CHECK_PASS_H

/* Checks the asm statements of the current function FUN for the classes
   of the instructions they execute; runs after IPA inlining (see
   plugin-entry.cc for the place).  Returns no TODO flags.  */
unsigned int check_pass_run (function *fun);

#endif
