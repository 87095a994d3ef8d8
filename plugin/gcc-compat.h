/* The GCC headers every asmclobber file needs, first, and the small
   differences between the supported GCC versions (11 to 16), each wrapped
   in a static inline helper keyed on BUILDING_GCC_VERSION:
     - GCC 14 removed location_get_source_line (the diagnostic context's
       file cache reads lines) and moved rich_location to rich-location.h;
     - GCC 15 renamed gimple_asm_input_p (a basic asm) gimple_asm_basic_p;
     - GCC 16 moved char_span and file_cache into namespace diagnostics
       (diagnostics/file-cache.h, which diagnostic.h does not include).
   GCC 15's 64-bit location_t and the diagnostic_option_id that
   warning_at takes (an int converts to it) need no helper.  */
#ifndef ASMCLOBBER_GCC_COMPAT_H
#define ASMCLOBBER_GCC_COMPAT_H

#include "gcc-plugin.h"
#include "tree.h"
#include "diagnostic-core.h"

#if BUILDING_GCC_VERSION < 11000 || BUILDING_GCC_VERSION >= 17000
#error "asmclobber supports GCC 11 to 16"
#endif

#if BUILDING_GCC_VERSION >= 14000
#include "rich-location.h"
#include "diagnostic.h"
#endif
#if BUILDING_GCC_VERSION >= 16000
#include "diagnostics/file-cache.h"
#endif

/* compat_asm_basic_p needs the gimple accessors.  */
#include "basic-block.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"

/* Returns the text of line LINE of FILE (not NUL-terminated) and its
   length in *LEN, or NULL when it cannot be read.  */
static inline const char *
compat_source_line (const char *file, int line, int *len)
{
#if BUILDING_GCC_VERSION >= 16000
  diagnostics::char_span span
    = global_dc->get_file_cache ().get_source_line (file, line);
#elif BUILDING_GCC_VERSION >= 14000
  char_span span = global_dc->get_file_cache ().get_source_line (file, line);
#else
  char_span span = location_get_source_line (file, line);
#endif
  if (!span)
    return NULL;
  *len = (int) span.length ();
  return span.get_buffer ();
}

/* True when STMT is a basic asm (one without operands or clobbers, not
   even a ':').  */
static inline bool
compat_asm_basic_p (const gasm *stmt)
{
#if BUILDING_GCC_VERSION >= 15000
  return gimple_asm_basic_p (stmt);
#else
  return gimple_asm_input_p (stmt);
#endif
}

#endif
