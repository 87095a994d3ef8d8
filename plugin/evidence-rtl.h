/* Evidence read off the RTL of the current function just after
   expansion.  */
#ifndef ASMCLOBBER_EVIDENCE_RTL_H
#define ASMCLOBBER_EVIDENCE_RTL_H

/* True when, in the block of the one asm insn at ASM_LOC, memory that MEM
   (a GIMPLE memory reference) names is read after the asm and not before
   it.  */
bool rtl_load_after_asm_p (location_t asm_loc, tree mem);

#endif
