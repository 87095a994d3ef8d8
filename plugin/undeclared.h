/* The undeclared-memory check: memory an asm reads or writes through an
   address in a register that no memory operand and no "memory" clobber
   declares.  */
#ifndef ASMCLOBBER_UNDECLARED_H
#define ASMCLOBBER_UNDECLARED_H

/* The pass that runs the check, after early inlining and before early
   dead-store elimination deletes the very stores such an asm reads (see
   plugin-entry.cc for the place).  */
opt_pass *make_undeclared_pass (gcc::context *ctx);

#endif
