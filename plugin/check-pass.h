/* The check of system-state instructions (check-pass.cc).  */
#ifndef ASMCLOBBER_CHECK_PASS_H
#define ASMCLOBBER_CHECK_PASS_H

/* Checks the asm statements of the current function FUN for the classes
   of the instructions they execute; runs after IPA inlining (see
   plugin-entry.cc for the place).  Returns no TODO flags.  */
unsigned int check_pass_run (function *fun);

/* The same check run early (after early inlining, before the first
   optimizers): its findings are provisional, reported only when what
   the optimizers then do to the accesses near an asm is seen
   (report_provisional).  Returns no TODO flags.  */
unsigned int check_pass_early (function *fun);

#endif
