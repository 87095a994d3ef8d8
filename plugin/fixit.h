/* The fix-it that adds a "memory" clobber to an asm statement.  */
#ifndef ASMCLOBBER_FIXIT_H
#define ASMCLOBBER_FIXIT_H

/* Adds to RICHLOC the insertion that gives STMT a "memory" clobber, at
   the place in the source where the asm is spelled (inside a macro
   definition when it is written there).  Returns NULL on success, else
   why no safe edit could be computed.  */
const char *fixit_add_memory_clobber (rich_location *richloc, gasm *stmt);

/* Returns the location where STMT's asm keyword is spelled, at the same
   place for every inlined copy and every expansion of a macro holding it
   (compare places by their expanded file, line and column).  */
location_t fixit_spelling_location (gimple *stmt);

#endif
