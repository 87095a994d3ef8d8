/* The GCC headers every asmclobber file needs, first, and the small
   differences between the supported GCC versions (11 and 12).  */
#ifndef ASMCLOBBER_GCC_COMPAT_H
#define ASMCLOBBER_GCC_COMPAT_H

#include "gcc-plugin.h"
#include "tree.h"
#include "diagnostic-core.h"

#if BUILDING_GCC_VERSION < 11000
#error "asmclobber needs GCC 11 or later"
#endif

/* Returns the text of line LINE of FILE (not NUL-terminated) and its
   length in *LEN, or NULL when it cannot be read.  */
static inline const char *
compat_source_line (const char *file, int line, int *len)
{
#if BUILDING_GCC_VERSION >= 15000
  char_span span = global_dc->get_file_cache ().get_source_line (file, line);
#else
  char_span span = location_get_source_line (file, line);
#endif
  if (!span)
    return NULL;
  *len = (int) span.length ();
  return span.get_buffer ();
}

#endif
