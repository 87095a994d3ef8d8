/* A source text held in memory, read line by line as asm_edit_compute
   reads a file, for the tests of plugin/asm-edit.cc (the unit test and
   the fuzz harness).  Each line the reader hands out is a fresh heap copy
   of exactly its length, freed at the next read, so that
   -fsanitize=address catches reads past a line or through a stale line
   pointer.  */
#ifndef ASMCLOBBER_SOURCE_TEXT_H
#define ASMCLOBBER_SOURCE_TEXT_H

#include <stddef.h>
#include "asm-edit.h"

struct text_source
{
  const char *text;
  size_t size;
  char *held;			/* the line last handed out */
  int reads;
};

/* Finds line LINE (1-based) of SRC: stores its offset and length (without
   the newline) and returns true, or returns false past the end.  */
bool find_line (const struct text_source *src, int line, size_t *start,
		size_t *len);

/* The asm_edit_line_reader over a text_source; the caller frees
   SRC->held when done.  */
const char *read_text_line (void *ctx, int line, int *len);

/* Runs asm_edit_compute on the SIZE bytes of TEXT.  */
bool compute (const char *text, size_t size, int line, int col,
	      const struct asm_edit_shape *shape, struct asm_edit *out);

/* Runs asm_edit_sections on the SIZE bytes of TEXT.  */
bool read_sections (const char *text, size_t size, int line, int col,
		    struct asm_edit_sections *out);

/* Returns the SIZE bytes of TEXT with EDIT applied (malloc'd, with a NUL
   after its SIZE + strlen (EDIT->text) bytes), or NULL when the edit is
   not inside the text.  */
char *apply_edit (const char *text, size_t size, const struct asm_edit *edit);

/* Returns true when EDIT, if any, is a place inside the SIZE bytes of TEXT
   just after a non-blank byte, and OK agrees with it.  */
bool edit_is_sane (const char *text, size_t size, bool ok,
		   const struct asm_edit *edit);

/* Finds the first asm keyword (a whole identifier) in the SIZE bytes of
   TEXT: its line and column in *LINE and *COL.  */
bool find_keyword (const char *text, size_t size, int *line, int *col);

#endif
