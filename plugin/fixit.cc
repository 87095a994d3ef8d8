/* Turning the source-text edit computed by asm-edit into a GCC fix-it.
   GIMPLE only knows the asm keyword's location; the edit's line and
   column are mapped back to a location in the keyword's line map or one
   of the next ones, and checked to expand to exactly that place.  */
#include "gcc-compat.h"
#include "basic-block.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "asm-edit.h"
#include "fixit.h"

/* The line reader asm-edit uses: CTX is the file name.  */
static const char *
read_source_line (void *ctx, int line, int *len)
{
  return compat_source_line ((const char *) ctx, line, len);
}

location_t
fixit_spelling_location (gimple *stmt)
{
  location_t loc = LOCATION_LOCUS (gimple_location (stmt));
  return linemap_resolve_location (line_table, loc, LRK_SPELLING_LOCATION,
				   NULL);
}

/* How many line maps after the one holding the asm keyword are tried:
   GCC starts a new map within a line once columns pass 128 or so, and
   the insertion point may be a few such lines further on.  */
#define MAPS_TRIED 64

/* Returns LINE:COL encoded in MAP, or UNKNOWN_LOCATION when MAP cannot
   express it; the result is checked to expand to FILE:LINE:COL.  */
static location_t
location_in_map (const line_map_ordinary *map, const char *file, int line,
		 int col)
{
  if (line < (int) ORDINARY_MAP_STARTING_LINE_NUMBER (map))
    return UNKNOWN_LOCATION;
  unsigned col_bits = map->m_column_and_range_bits - map->m_range_bits;
  if (col_bits >= 31 || (unsigned) col >= (1u << col_bits))
    return UNKNOWN_LOCATION;
  location_t loc
    = linemap_position_for_line_and_column (line_table, map, line, col);
  expanded_location got = expand_location (loc);
  if (!got.file || strcmp (got.file, file) != 0 || got.line != line
      || got.column != col)
    return UNKNOWN_LOCATION;
  return loc;
}

/* Returns the location of FILE:LINE:COL from the ordinary map holding
   NEAR (a location in FILE) or one of the next ones, or UNKNOWN_LOCATION.  */
static location_t
location_near (location_t near, const char *file, int line, int col)
{
  const line_map_ordinary *first
    = linemap_check_ordinary (linemap_lookup (line_table, near));
  unsigned begin = first - LINEMAPS_ORDINARY_MAP_AT (line_table, 0);
  unsigned end = MIN (LINEMAPS_ORDINARY_USED (line_table), begin + MAPS_TRIED);
  for (unsigned i = begin; i < end; i++)
    {
      location_t loc
	= location_in_map (LINEMAPS_ORDINARY_MAP_AT (line_table, i), file,
			   line, col);
      if (loc != UNKNOWN_LOCATION)
	return loc;
    }
  return UNKNOWN_LOCATION;
}

const char *
fixit_memory_clobber (gasm *stmt, location_t *at, const char **text)
{
  location_t spelling = fixit_spelling_location (stmt);
  expanded_location xloc = expand_location (spelling);
  if (!xloc.file || xloc.line <= 0 || xloc.column <= 0)
    return "the asm statement's source location is unknown";
  int len;
  if (!compat_source_line (xloc.file, xloc.line, &len))
    return "the source file cannot be read";
  struct asm_edit_shape shape;
  shape.noutputs = gimple_asm_noutputs (stmt);
  shape.ninputs = gimple_asm_ninputs (stmt);
  shape.nclobbers = gimple_asm_nclobbers (stmt);
  shape.nlabels = gimple_asm_nlabels (stmt);
  shape.is_goto = gimple_asm_nlabels (stmt) > 0;
  shape.basic = compat_asm_basic_p (stmt);
  struct asm_edit edit;
  if (!asm_edit_compute (read_source_line, (void *) xloc.file, xloc.line,
			 xloc.column, &shape, &edit))
    return edit.no_edit_reason;
  *at = location_near (spelling, xloc.file, edit.line, edit.col);
  if (*at == UNKNOWN_LOCATION)
    return "the insertion point has no representable location";
  *text = edit.text;
  return NULL;
}
