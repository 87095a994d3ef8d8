/* The fix-it that adds a "memory" clobber to an asm statement.  */
#ifndef ASMCLOBBER_FIXIT_H
#define ASMCLOBBER_FIXIT_H

/* Computes the insertion that gives STMT a "memory" clobber, at the
   place in the source where the asm is spelled (inside a macro definition
   when it is written there): the text *TEXT (a static string) goes just
   before *AT.  Returns NULL on success, else why no safe edit could be
   computed.  */
const char *fixit_memory_clobber (gasm *stmt, location_t *at,
				  const char **text);

/* Returns the location where STMT's asm keyword is spelled, at the same
   place for every inlined copy and every expansion of a macro holding it
   (compare places by their expanded file, line and column).  */
location_t fixit_spelling_location (gimple *stmt);

#endif
