/* The fuzz harnesses' property check: a violated property prints what is
   wrong and aborts, so that libFuzzer reports the input as a crash and
   saves it.  */
#ifndef ASMCLOBBER_FUZZ_CHECK_H
#define ASMCLOBBER_FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>

/* Aborts with WHAT (at FILE:LINE) unless COND holds.  */
#define FUZZ_CHECK(cond, what) \
  ((cond) ? (void) 0 : fuzz_fail (what, __FILE__, __LINE__))

/* Prints the violated property WHAT, found at FILE:LINE, and aborts.  */
static inline void
fuzz_fail (const char *what, const char *file, int line)
{
  fprintf (stderr, "asmclobber fuzz: property violated: %s (%s:%d)\n", what,
	   file, line);
  abort ();
}

#endif
