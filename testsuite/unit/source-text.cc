/* A source text held in memory, read as asm_edit_compute reads a file (see
   source-text.h).  */
#include <stdlib.h>
#include <string.h>
#include "source-text.h"

/* See source-text.h.  */
bool
find_line (const struct text_source *src, int line, size_t *start,
	   size_t *len)
{
  size_t pos = 0;
  if (line < 1)
    return false;
  for (int l = 1; l < line; l++)
    {
      const char *nl = (const char *) memchr (src->text + pos, '\n',
					      src->size - pos);
      if (!nl)
	return false;
      pos = nl - src->text + 1;
    }
  if (pos >= src->size)
    return false;
  const char *nl = (const char *) memchr (src->text + pos, '\n',
					  src->size - pos);
  *start = pos;
  *len = (nl ? (size_t) (nl - src->text) : src->size) - pos;
  return true;
}

/* See source-text.h.  */
const char *
read_text_line (void *ctx, int line, int *len)
{
  struct text_source *src = (struct text_source *) ctx;
  size_t start, n;
  free (src->held);
  src->held = NULL;
  src->reads++;
  if (!find_line (src, line, &start, &n))
    return NULL;
  src->held = (char *) malloc (n ? n : 1);
  memcpy (src->held, src->text + start, n);
  *len = (int) n;
  /* An empty line points just past a 1-byte block: reading it is caught.  */
  return n ? src->held : src->held + 1;
}

/* See source-text.h.  */
bool
compute (const char *text, size_t size, int line, int col,
	 const struct asm_edit_shape *shape, struct asm_edit *out)
{
  struct text_source src = { text, size, NULL, 0 };
  bool ok = asm_edit_compute (read_text_line, &src, line, col, shape, out);
  free (src.held);
  return ok;
}

/* See source-text.h.  */
bool
read_sections (const char *text, size_t size, int line, int col,
	       struct asm_edit_sections *out)
{
  struct text_source src = { text, size, NULL, 0 };
  bool ok = asm_edit_sections (read_text_line, &src, line, col, out);
  free (src.held);
  return ok;
}

/* See source-text.h.  */
char *
apply_edit (const char *text, size_t size, const struct asm_edit *edit)
{
  struct text_source src = { text, size, NULL, 0 };
  size_t start, n;
  if (!edit->text || !find_line (&src, edit->line, &start, &n)
      || edit->col < 1 || (size_t) edit->col - 1 > n)
    return NULL;
  size_t at = start + edit->col - 1, ins = strlen (edit->text);
  char *res = (char *) malloc (size + ins + 1);
  memcpy (res, text, at);
  memcpy (res + at, edit->text, ins);
  memcpy (res + at + ins, text + at, size - at);
  res[size + ins] = '\0';
  return res;
}

/* See source-text.h.  */
bool
edit_is_sane (const char *text, size_t size, bool ok,
	      const struct asm_edit *edit)
{
  struct text_source src = { text, size, NULL, 0 };
  size_t start, n;
  if (!ok)
    return !edit->text && edit->no_edit_reason && !edit->line && !edit->col;
  if (!edit->text || edit->no_edit_reason
      || !find_line (&src, edit->line, &start, &n) || edit->col < 2
      || (size_t) edit->col - 1 > n)
    return false;
  char before = text[start + edit->col - 2];
  return before != ' ' && before != '\t' && before != '\r';
}

/* Returns true for a byte of an ASCII identifier.  */
static bool
is_word (char c)
{
  return c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a'
						&& (c | 0x20) <= 'z');
}

/* See source-text.h.  */
bool
find_keyword (const char *text, size_t size, int *line, int *col)
{
  static const char *const kws[] = { "__asm__", "__asm", "asm" };
  int l = 1, c = 1;
  for (size_t p = 0; p < size; p++)
    {
      for (unsigned i = 0; i < 3 && (p == 0 || !is_word (text[p - 1])); i++)
	{
	  size_t n = strlen (kws[i]);
	  if (p + n <= size && memcmp (text + p, kws[i], n) == 0
	      && (p + n == size || !is_word (text[p + n])))
	    {
	      *line = l;
	      *col = c;
	      return true;
	    }
	}
      if (text[p] == '\n')
	l++, c = 1;
      else
	c++;
    }
  return false;
}
