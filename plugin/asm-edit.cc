/* Computes where a "memory" clobber goes in an inline asm statement, from
   the source text (see asm-edit.h).  The text is read as a stream of
   characters with backslash-newline splices removed, then as a stream of
   rough C/C++ tokens: enough to find the statement's parentheses, its
   top-level colons and the strings of its clobber list.  */
#include <limits.h>
#include <string.h>
#include "asm-edit.h"

#define AE_EOF (-1)		/* end of file, or past ASM_EDIT_MAX_LINES */
#define AE_NL '\n'		/* a line end that is not a splice */
#define AE_MAX_RAW_DELIM 16	/* longest raw string delimiter (C++) */
#define AE_STR(x) AE_STR2 (x)
#define AE_STR2(x) #x

static const char reason_end[] = "the statement's end could not be found";
static const char reason_long[]
  = "the statement spans more than " AE_STR (ASM_EDIT_MAX_LINES) " lines";
static const char reason_mismatch[]
  = "the source text does not match the asm statement";

/* The source as a character stream, from the asm keyword on.  */
struct ae_stream
{
  asm_edit_line_reader read;
  void *ctx;
  const char *buf;		/* the current line, NULL at the end */
  int end;			/* its length, less a continuation backslash */
  bool spliced;			/* the line ends with a continuation */
  int line, pos;		/* current line, byte index into it */
  int first_line;
  bool at_eof;
  bool too_long;		/* at_eof because of ASM_EDIT_MAX_LINES */
  bool line_start;		/* nothing but blanks since the last AE_NL */
  int last_line, last_col;	/* just after the last byte taken */
};

/* A token, roughly as the preprocessor would see it.  */
enum ae_kind
{
  TK_EOF, TK_ERROR, TK_STRING, TK_CHAR, TK_IDENT, TK_OPEN, TK_CLOSE_PAREN,
  TK_CLOSE_OTHER, TK_COLON, TK_COMMA, TK_OTHER
};

struct ae_token
{
  enum ae_kind kind;
  int ch;			/* the character of a punctuator */
  char name[16];		/* identifier text, NUL-terminated, when short */
  bool is_memory;		/* the string literal "memory" */
};

/* What the text between two top-level colons holds.  */
struct ae_section
{
  int commas;			/* top-level commas */
  bool nonempty;		/* any top-level token other than a comma */
  bool item_open;		/* one since the last top-level comma */
  bool empty_item;		/* a comma with no token before it */
  bool has_ident;		/* a bare top-level identifier: a macro */
  bool only_strings;		/* nothing but string literals and commas */
  bool has_memory;		/* a "memory" string literal */
  int str_line, str_col;	/* just after its last string literal */
  int tok_line, tok_col;	/* its first token's first byte, or 0, 0 */
  int end_line, end_col;	/* just after its last token */
};

/* The statement between its parentheses.  */
struct ae_body
{
  int colons;			/* top-level colons, "::" counting two */
  struct ae_section sec[ASM_EDIT_SECTIONS];
  int colon_line[ASM_EDIT_SECTIONS];
  int colon_col[ASM_EDIT_SECTIONS];	/* just after each colon */
  bool labels_adjacent;		/* the 4th colon follows the 3rd at once */
  bool has_last;
  int last_line, last_col;	/* just after the last token before ')' */
};

/* ---- Characters ------------------------------------------------------ */

/* Returns true for a blank other than a line end.  */
static bool
is_hblank (int c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Returns true for a character that may be part of an identifier.  */
static bool
is_ident_char (int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
	 || (c >= '0' && c <= '9') || c == '_' || c == '$' || c >= 0x80;
}

/* Makes LINE the current line of S, or sets S->at_eof past the end of the
   file or of the line budget.  A line whose last non-blank character is a
   backslash continues on the next line.  */
static void
stream_load (struct ae_stream *s, int line)
{
  int len = 0;
  const char *buf = NULL;
  if (line - s->first_line < ASM_EDIT_MAX_LINES)
    buf = s->read (s->ctx, line, &len);
  else
    s->too_long = true;
  s->line = line;
  s->pos = 0;
  s->buf = buf;
  s->at_eof = buf == NULL;
  if (!buf || len < 0)
    len = 0;
  if (len > INT_MAX - 2)
    len = INT_MAX - 2;		/* keeps every column an int */
  int e = len;
  while (e > 0 && is_hblank ((unsigned char) buf[e - 1]))
    e--;
  s->spliced = e > 0 && buf[e - 1] == '\\';
  s->end = s->spliced ? e - 1 : len;
}

/* Moves S past any splices, onto a real character, an AE_NL or the end.  */
static void
stream_settle (struct ae_stream *s)
{
  while (!s->at_eof && s->pos >= s->end && s->spliced)
    stream_load (s, s->line + 1);
}

/* Returns the current character of S (a byte, AE_NL or AE_EOF).  */
static int
peek (struct ae_stream *s)
{
  stream_settle (s);
  if (s->at_eof)
    return AE_EOF;
  return s->pos < s->end ? (unsigned char) s->buf[s->pos] : AE_NL;
}

/* Returns the character after the current one when it is on the same line
   (AE_NL after the last character of an unspliced line); otherwise ' ', so
   that no two-character token spans a splice.  */
static int
peek2 (struct ae_stream *s)
{
  stream_settle (s);
  if (s->at_eof || s->pos >= s->end)
    return ' ';
  if (s->pos + 1 < s->end)
    return (unsigned char) s->buf[s->pos + 1];
  return s->spliced ? ' ' : AE_NL;
}

/* Consumes the current character of S, noting where a byte ends.  */
static void
take (struct ae_stream *s)
{
  stream_settle (s);
  if (s->at_eof)
    return;
  if (s->pos < s->end)
    {
      s->last_line = s->line;
      s->last_col = s->pos + 2;
      s->pos++;
      return;
    }
  stream_load (s, s->line + 1);
  s->line_start = true;
}

/* ---- Blanks and comments ----------------------------------------------- */

/* Skips a block comment at S; returns false when it does not end.  */
static bool
skip_block_comment (struct ae_stream *s)
{
  take (s);
  take (s);
  for (;;)
    {
      int c = peek (s);
      if (c == AE_EOF)
	return false;
      if (c == '*' && peek2 (s) == '/')
	{
	  take (s);
	  take (s);
	  return true;
	}
      take (s);
    }
}

/* Skips a line comment at S, up to (not including) its line end.  */
static void
skip_line_comment (struct ae_stream *s)
{
  while (peek (s) != AE_NL && peek (s) != AE_EOF)
    take (s);
}

/* Skips blanks, line ends and comments.  Returns NULL, or the reason to
   give up: an unterminated comment or a preprocessor directive.  */
static const char *
skip_blank (struct ae_stream *s)
{
  for (;;)
    {
      int c = peek (s);
      if (is_hblank (c) || c == AE_NL)
	take (s);
      else if (c == '/' && peek2 (s) == '*')
	{
	  if (!skip_block_comment (s))
	    return s->too_long ? reason_long : reason_end;
	}
      else if (c == '/' && peek2 (s) == '/')
	skip_line_comment (s);
      else if (c == '#' && s->line_start)
	return "the statement contains preprocessor directives";
      else
	return NULL;
    }
}

/* ---- Tokens ------------------------------------------------------------ */

/* Scans a string or character literal quoted by Q at S.  Returns false
   when it does not end on its line.  Sets *IS_MEMORY when it is "memory".  */
static bool
scan_quoted (struct ae_stream *s, int q, bool *is_memory)
{
  static const char memory[] = "memory";
  int matched = 0;
  bool same = true;
  take (s);
  for (;;)
    {
      int c = peek (s);
      if (c == AE_EOF || c == AE_NL)
	return false;
      take (s);
      if (c == q)
	break;
      if (c == '\\')
	{
	  c = peek (s);
	  if (c == AE_EOF || c == AE_NL)
	    return false;
	  take (s);
	  same = false;
	}
      else if (matched < 6 && c == memory[matched])
	matched++;
      else
	same = false;
    }
  *is_memory = q == '"' && same && matched == 6;
  return true;
}

/* Scans a C++ raw string literal R"delim(...)delim" from its opening quote
   at S.  Returns false when it is malformed or does not end.  */
static bool
scan_raw_string (struct ae_stream *s)
{
  char close[AE_MAX_RAW_DELIM + 2];
  int n = 0;
  take (s);
  close[n++] = ')';
  for (;;)
    {
      int c = peek (s);
      take (s);
      if (c == '(')
	break;
      if (c == AE_EOF || c == AE_NL || c == ')' || c == '\\' || c == '"'
	  || is_hblank (c) || n > AE_MAX_RAW_DELIM)
	return false;
      close[n++] = (char) c;
    }
  close[n++] = '"';
  int matched = 0;
  while (matched < n)
    {
      int c = peek (s);
      if (c == AE_EOF)
	return false;
      take (s);
      if (c == (unsigned char) close[matched])
	matched++;
      else
	matched = c == ')' ? 1 : 0;
    }
  return true;
}

/* Returns true when NAME may prefix a string literal; sets *RAW when it
   makes a raw string.  */
static bool
is_string_prefix (const char *name, bool *raw)
{
  static const char *const prefixes[]
    = { "L", "u", "U", "u8", "R", "LR", "uR", "UR", "u8R" };
  for (unsigned i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
    if (strcmp (name, prefixes[i]) == 0)
      {
	*raw = i >= 4;
	return true;
      }
  return false;
}

/* Scans an identifier at S into T, then the literal it may prefix.  */
static void
scan_ident (struct ae_stream *s, struct ae_token *t)
{
  int n = 0;
  bool long_name = false;
  while (is_ident_char (peek (s)))
    {
      if (n + 1 < (int) sizeof t->name)
	t->name[n++] = (char) peek (s);
      else
	long_name = true;
      take (s);
    }
  t->name[n] = '\0';
  t->kind = TK_IDENT;
  bool raw = false;
  if (long_name || !is_string_prefix (t->name, &raw))
    return;
  if (peek (s) == '"')
    {
      bool ok = raw ? scan_raw_string (s) : scan_quoted (s, '"', &t->is_memory);
      t->kind = ok ? TK_STRING : TK_ERROR;
    }
  else if (peek (s) == '\'' && !raw)
    t->kind = scan_quoted (s, '\'', &t->is_memory) ? TK_CHAR : TK_ERROR;
}

/* Scans a preprocessing number at S (digits, letters, '.', exponent signs
   and C++14 digit separators).  */
static void
scan_number (struct ae_stream *s)
{
  int prev = 0;
  for (;;)
    {
      int c = peek (s);
      bool sign = (c == '+' || c == '-')
		  && (prev == 'e' || prev == 'E' || prev == 'p' || prev == 'P');
      bool sep = c == '\'' && is_ident_char (peek2 (s));
      if (!is_ident_char (c) && c != '.' && !sign && !sep)
	return;
      take (s);
      prev = c;
    }
}

/* Scans the token at S (blanks already skipped) into T.  */
static void
scan_token (struct ae_stream *s, struct ae_token *t)
{
  int c = peek (s);
  t->name[0] = '\0';
  t->ch = c;
  t->is_memory = false;
  t->kind = TK_OTHER;
  if (c == AE_EOF)
    t->kind = TK_EOF;
  else if (c == '"')
    t->kind = scan_quoted (s, '"', &t->is_memory) ? TK_STRING : TK_ERROR;
  else if (c == '\'')
    t->kind = scan_quoted (s, '\'', &t->is_memory) ? TK_CHAR : TK_ERROR;
  else if ((c >= '0' && c <= '9') || (c == '.' && peek2 (s) >= '0'
				      && peek2 (s) <= '9'))
    scan_number (s);
  else if (is_ident_char (c))
    scan_ident (s, t);
  else
    {
      take (s);
      if (c == '(' || c == '[' || c == '{')
	t->kind = TK_OPEN;
      else if (c == ')')
	t->kind = TK_CLOSE_PAREN;
      else if (c == ']' || c == '}')
	t->kind = TK_CLOSE_OTHER;
      else if (c == ':')
	t->kind = TK_COLON;
      else if (c == ',')
	t->kind = TK_COMMA;
    }
  s->line_start = false;
}

/* ---- The statement ----------------------------------------------------- */

/* Returns true when NAME is an asm keyword.  */
static bool
is_asm_keyword (const char *name)
{
  return strcmp (name, "asm") == 0 || strcmp (name, "__asm__") == 0
	 || strcmp (name, "__asm") == 0;
}

/* Returns true when NAME is an asm qualifier.  */
static bool
is_asm_qualifier (const char *name)
{
  static const char *const quals[]
    = { "volatile", "__volatile__", "__volatile", "inline", "__inline__",
	"__inline", "goto" };
  for (unsigned i = 0; i < sizeof quals / sizeof quals[0]; i++)
    if (strcmp (name, quals[i]) == 0)
      return true;
  return false;
}

/* Starts S at LINE:COL, which must begin an asm keyword, and consumes the
   keyword.  Returns NULL or the reason it is not there.  */
static const char *
start_at_keyword (struct ae_stream *s, int line, int col)
{
  static const char reason[] = "no asm keyword at the statement's location";
  if (line < 1 || col < 1 || line > INT_MAX - ASM_EDIT_MAX_LINES - 1)
    return reason;
  s->first_line = line;
  stream_load (s, line);
  if (s->at_eof || col - 1 >= s->end)
    return reason;
  if (col > 1 && is_ident_char ((unsigned char) s->buf[col - 2]))
    return reason;
  s->pos = col - 1;
  struct ae_token t;
  scan_token (s, &t);
  return t.kind == TK_IDENT && is_asm_keyword (t.name) ? NULL : reason;
}

/* Skips the qualifiers after the keyword and consumes the opening
   parenthesis.  Returns NULL or the reason to give up.  */
static const char *
skip_qualifiers (struct ae_stream *s)
{
  for (;;)
    {
      const char *err = skip_blank (s);
      if (err)
	return err;
      struct ae_token t;
      scan_token (s, &t);
      if (t.kind == TK_OPEN && t.ch == '(')
	return NULL;
      if (t.kind != TK_IDENT || !is_asm_qualifier (t.name))
	return "no '(' follows the asm keyword and its qualifiers";
    }
}

/* Notes in B a top-level colon that ends at LINE:COL.  */
static void
note_colon (struct ae_body *b, int line, int col)
{
  b->colons++;
  if (b->colons >= ASM_EDIT_SECTIONS)
    return;
  b->colon_line[b->colons - 1] = line;
  b->colon_col[b->colons - 1] = col;
  if (b->colons == 4)
    b->labels_adjacent = line == b->colon_line[2] && col == b->colon_col[2] + 1;
}

/* Returns the section of B that the next token belongs to (the last one
   takes everything past a fifth ':').  */
static struct ae_section *
current_section (struct ae_body *b)
{
  int i = b->colons < ASM_EDIT_SECTIONS ? b->colons : ASM_EDIT_SECTIONS - 1;
  return &b->sec[i];
}

/* Notes in the current section of B a token (at any depth) from LINE:COL
   to just before END_LINE:END_COL.  */
static void
note_token_span (struct ae_body *b, int line, int col, int end_line,
		 int end_col)
{
  struct ae_section *sec = current_section (b);
  if (!sec->tok_line)
    {
      sec->tok_line = line;
      sec->tok_col = col;
    }
  sec->end_line = end_line;
  sec->end_col = end_col;
}

/* Notes in the current section of B the top-level token T that ends at
   LINE:COL.  */
static void
note_top_token (struct ae_body *b, const struct ae_token *t, int line,
		int col)
{
  struct ae_section *sec = current_section (b);
  if (t->kind == TK_COMMA)
    {
      sec->empty_item |= !sec->item_open;
      sec->item_open = false;
      sec->commas++;
      return;
    }
  sec->nonempty = true;
  sec->item_open = true;
  if (t->kind == TK_STRING)
    {
      sec->str_line = line;
      sec->str_col = col;
      sec->has_memory |= t->is_memory;
      return;
    }
  sec->only_strings = false;
  if (t->kind == TK_IDENT)
    sec->has_ident = true;
}

/* Scans from just after the statement's '(' to its matching ')', filling
   *B.  Returns NULL or the reason to give up.  */
static const char *
scan_body (struct ae_stream *s, struct ae_body *b)
{
  int depth = 0;
  memset (b, 0, sizeof *b);
  for (int i = 0; i < ASM_EDIT_SECTIONS; i++)
    b->sec[i].only_strings = true;
  for (;;)
    {
      const char *err = skip_blank (s);
      if (err)
	return err;
      struct ae_token t;
      int tok_line = s->line, tok_col = s->pos + 1;
      scan_token (s, &t);
      if (t.kind == TK_EOF || t.kind == TK_ERROR)
	return s->too_long ? reason_long : reason_end;
      if (depth == 0 && t.kind == TK_CLOSE_PAREN)
	return NULL;
      if (depth == 0 && t.kind == TK_CLOSE_OTHER)
	return reason_end;
      if (depth == 0 && t.kind == TK_COLON)
	note_colon (b, s->last_line, s->last_col);
      else
	{
	  note_token_span (b, tok_line, tok_col, s->last_line, s->last_col);
	  if (depth == 0)
	    note_top_token (b, &t, s->last_line, s->last_col);
	}
      if (t.kind == TK_OPEN)
	depth++;
      else if (t.kind == TK_CLOSE_PAREN || t.kind == TK_CLOSE_OTHER)
	depth--;
      b->has_last = true;
      b->last_line = s->last_line;
      b->last_col = s->last_col;
    }
}

/* Returns how many comma-separated items SEC holds.  */
static int
section_items (const struct ae_section *sec)
{
  return sec->nonempty || sec->commas ? sec->commas + 1 : 0;
}

/* Checks the sections of B against SHAPE.  Returns NULL when they agree,
   else the reason not to edit.  */
static const char *
check_shape (const struct ae_body *b, const struct asm_edit_shape *shape)
{
  bool is_goto = shape->is_goto || shape->nlabels > 0;
  const struct ae_section *sec = b->sec;
  if (b->colons > 4)
    return "the statement has more than four ':' separators";
  if (b->colons == 4 && !is_goto)
    return "the statement has a labels section but is not asm goto";
  if (!sec[0].nonempty)
    return "the asm template could not be found";
  if ((b->colons == 0 && !shape->basic)
      || (b->colons == 1 && shape->ninputs > shape->noutputs))
    return "the operands come from a macro";
  if (shape->nclobbers > 0 && b->colons < 3)
    return "the clobber list comes from a macro";
  if (is_goto && b->colons < 4)
    return "the labels come from a macro";
  if (b->colons >= 1 && !sec[1].has_ident
      && section_items (&sec[1]) != shape->noutputs)
    return reason_mismatch;
  if (b->colons >= 2 && !sec[2].has_ident
      && (section_items (&sec[2]) > shape->ninputs
	  || shape->ninputs > section_items (&sec[2]) + shape->noutputs))
    return reason_mismatch;
  if (b->colons < 3)
    return NULL;
  if (sec[3].has_ident)
    return "the clobber list comes from a macro";
  if (!sec[3].only_strings)
    return "the clobber list holds something other than string literals";
  if (sec[3].commas && (sec[3].empty_item || !sec[3].item_open))
    return "the clobber list has an empty item";
  if (sec[3].has_memory)
    return "the statement already has a \"memory\" clobber";
  if (section_items (&sec[3]) != shape->nclobbers)
    return reason_mismatch;
  return NULL;
}

/* Fills *OUT with the edit for the statement B (already checked).  Returns
   false, with a reason, when there is nothing to insert after.  */
static bool
place_edit (const struct ae_body *b, struct asm_edit *out)
{
  static const char *const after_last[3]
    = { " ::: \"memory\"", " :: \"memory\"", " : \"memory\"" };
  const struct ae_section *clob = &b->sec[3];
  if (b->colons < 3 && b->has_last)
    {
      out->line = b->last_line;
      out->col = b->last_col;
      out->text = after_last[b->colons];
    }
  else if (b->colons >= 3 && clob->nonempty)
    {
      out->line = clob->str_line;
      out->col = clob->str_col;
      out->text = ", \"memory\"";
    }
  else if (b->colons >= 3)
    {
      out->line = b->colon_line[2];
      out->col = b->colon_col[2];
      out->text = b->labels_adjacent ? " \"memory\" " : " \"memory\"";
    }
  else
    {
      out->no_edit_reason = "the asm template could not be found";
      return false;
    }
  return true;
}

/* Reads the statement whose keyword starts at LINE:COL, through READ_LINE
   with CTX, into *B.  Returns NULL or the reason to give up.  */
static const char *
read_statement (asm_edit_line_reader read_line, void *ctx, int line, int col,
		struct ae_body *b)
{
  struct ae_stream s;
  memset (&s, 0, sizeof s);
  s.read = read_line;
  s.ctx = ctx;
  const char *err = start_at_keyword (&s, line, col);
  if (!err)
    err = skip_qualifiers (&s);
  if (!err)
    err = scan_body (&s, b);
  return err;
}

/* See asm-edit.h.  */
bool
asm_edit_compute (asm_edit_line_reader read_line, void *ctx, int line,
		  int col, const struct asm_edit_shape *shape,
		  struct asm_edit *out)
{
  if (!out)
    return false;
  out->line = out->col = 0;
  out->text = NULL;
  out->no_edit_reason = "no source text or statement shape";
  if (!read_line || !shape)
    return false;
  struct ae_body b;
  const char *err = read_statement (read_line, ctx, line, col, &b);
  if (!err)
    err = check_shape (&b, shape);
  out->no_edit_reason = err;
  if (err || !place_edit (&b, out))
    {
      out->line = out->col = 0;
      out->text = NULL;
      return false;
    }
  return true;
}

/* See asm-edit.h.  */
bool
asm_edit_sections (asm_edit_line_reader read_line, void *ctx, int line,
		   int col, struct asm_edit_sections *out)
{
  struct ae_body b;
  memset (out, 0, sizeof *out);
  if (!read_line || read_statement (read_line, ctx, line, col, &b)
      || b.colons >= ASM_EDIT_SECTIONS)
    return false;
  out->count = b.colons + 1;
  for (int i = 0; i < out->count; i++)
    {
      const struct ae_section *sec = &b.sec[i];
      struct asm_edit_section *o = &out->sec[i];
      o->line = sec->tok_line;
      o->col = sec->tok_col;
      o->end_line = sec->tok_line ? sec->end_line : 0;
      o->end_col = sec->tok_line ? sec->end_col : 0;
      o->items = section_items (sec);
      o->macro = sec->has_ident;
    }
  return true;
}
