/* Where to insert a "memory" clobber into an inline asm statement.
   GIMPLE knows only where the asm keyword is; this module reads the source
   text from there, finds the statement's sections and computes the place of
   the fix-it.  Pure code: no GCC headers, no allocation.  */
#ifndef ASMCLOBBER_ASM_EDIT_H
#define ASMCLOBBER_ASM_EDIT_H

/* How many source lines a statement may span, keyword line included,
   before asm_edit_compute gives up.  */
#define ASM_EDIT_MAX_LINES 200

/* Reads source line LINE (1-based) of the file being edited: returns a
   pointer to its text (not NUL-terminated, without the newline) and stores
   its length in *LEN, or returns NULL past the end of the file.  The text
   need only stay valid until the next call: asm_edit_compute never keeps
   a pointer to an earlier line.  */
typedef const char *(*asm_edit_line_reader) (void *ctx, int line, int *len);

/* What the GIMPLE statement says about the asm, to cross-check the source
   text.  NINPUTS may exceed the inputs written in the source by up to
   NOUTPUTS: gimplification splits each "+" output into an output and a
   matching input.  Set IS_GOTO for any asm goto.  */
struct asm_edit_shape
{
  int noutputs, ninputs, nclobbers, nlabels; /* counts from the gasm */
  bool is_goto;
  bool basic;		/* a basic asm (no operands at all); an extended
			   asm written with no ':' has them from a macro */
};

/* Where to insert text so the statement gets a "memory" clobber.  */
struct asm_edit
{
  int line, col;		/* 1-based byte column; the text goes just
				   before it.  COL - 1 is always the last
				   byte of a token on LINE (a quote, colon,
				   parenthesis, ...), so COL may be one past
				   the end of the line's text, and inserting
				   after LINE:COL-1 is the same edit */
  const char *text;		/* static string, e.g. " ::: \"memory\"" */
  const char *no_edit_reason;	/* NULL when an edit was found; else a short
				   English phrase such as "the clobber list
				   comes from a macro" */
};

/* Scans the asm statement whose asm keyword (asm, __asm__ or __asm) starts
   at LINE:COL (1-based, COL in bytes, a tab counting as one) and fills
   *OUT.  Returns true when an edit was computed; otherwise OUT->text is
   NULL, OUT->line and OUT->col are 0 and OUT->no_edit_reason says why.  */
bool asm_edit_compute (asm_edit_line_reader read_line, void *ctx,
		       int line, int col, const struct asm_edit_shape *shape,
		       struct asm_edit *out);

/* An asm statement's sections: template, outputs, inputs, clobbers,
   labels.  */
#define ASM_EDIT_SECTIONS 5

/* One section as asm_edit_sections reads it.  */
struct asm_edit_section
{
  int line, col;		/* its first token's first byte; 0, 0 when
				   it has no token */
  int end_line, end_col;	/* just after its last token; 0, 0 likewise */
  int items;			/* comma-separated items at its top level */
  bool macro;			/* a bare identifier at its top level, so
				   ITEMS need not count its operands */
};

struct asm_edit_sections
{
  int count;			/* top-level ':' separators + 1 */
  struct asm_edit_section sec[ASM_EDIT_SECTIONS];
};

/* Reads the sections of the asm statement at LINE:COL as asm_edit_compute
   reads them, into *OUT: how an edit is checked (its statement, read
   again, has the same tokens in each section but the clobbers).  Returns
   false, with OUT->count 0, when the statement's parentheses are not
   found or it has more than four ':'.  */
bool asm_edit_sections (asm_edit_line_reader read_line, void *ctx,
			int line, int col, struct asm_edit_sections *out);

#endif
