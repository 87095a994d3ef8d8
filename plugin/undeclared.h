/* The undeclared-memory check: memory an asm reads or writes through an
   address in a register that no memory operand and no "memory" clobber
   declares.  */
#ifndef ASMCLOBBER_UNDECLARED_H
#define ASMCLOBBER_UNDECLARED_H

/* Checks the asm statements of the current function FUN; runs after early
   inlining and before early dead-store elimination deletes the very
   stores such an asm reads (see plugin-entry.cc for the place).  Returns
   no TODO flags.  */
unsigned int undeclared_run (function *fun);

#endif
