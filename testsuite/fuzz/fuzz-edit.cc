/* libFuzzer harness for the fix-it editor (plugin/asm-edit.cc).  The input
   is a source text; the statement is the one at its first asm keyword (or
   at 1:1), with the shape its own sections give (asm_edit_sections), so
   that most inputs reach the edit.  Each line is read as a heap copy of
   exactly its length (testsuite/unit/source-text.h).  Checked, beyond no
   sanitizer report: the result keeps asm-edit.h's contract; an edit,
   applied, gives a statement that reads back with the same tokens in its
   template, outputs, inputs and labels, its old clobbers followed by
   "memory"; and a second run on the edited text proposes nothing, since
   the statement already has a "memory" clobber.  A second shape, drawn
   from the input's last byte, is run for the contract alone.  */
#include <stdint.h>
#include <string.h>
#include "source-text.h"
#include "fuzz-check.h"

#define CLOBBERS 3		/* the clobbers' index among the sections */
#define ALREADY "the statement already has a \"memory\" clobber"

/* The shape of a statement whose sections are SECS.  */
static struct asm_edit_shape
shape_of (const struct asm_edit_sections *secs)
{
  struct asm_edit_shape shape;
  shape.noutputs = secs->sec[1].items;
  shape.ninputs = secs->sec[2].items;
  shape.nclobbers = secs->sec[3].items;
  shape.nlabels = secs->sec[4].items;
  shape.is_goto = secs->count == ASM_EDIT_SECTIONS;
  shape.basic = secs->count == 1;
  return shape;
}

/* The shape drawn from the byte B.  */
static struct asm_edit_shape
shape_from_byte (unsigned b)
{
  struct asm_edit_shape shape;
  shape.noutputs = b & 3;
  shape.ninputs = (b >> 2) & 3;
  shape.nclobbers = (b >> 4) & 3;
  shape.nlabels = (b >> 6) & 1;
  shape.is_goto = (b >> 7) & 1;
  shape.basic = (b & 0x7f) == 0;
  return shape;
}

/* The offset in the SIZE bytes of TEXT of LINE:COL (1-based), a place
   on a line of the text or just after its last byte.  */
static size_t
offset_of (const char *text, size_t size, int line, int col)
{
  struct text_source src = { text, size, NULL, 0 };
  size_t start = 0, len = 0;
  FUZZ_CHECK (find_line (&src, line, &start, &len) && col >= 1
	      && (size_t) col - 1 <= len, "a section outside the text");
  return start + col - 1;
}

/* The tokens of the section SEC of TEXT (SIZE bytes): their start in
   *START, and their length.  */
static size_t
section_text (const char *text, size_t size,
	      const struct asm_edit_section *sec, const char **start)
{
  *start = text;
  if (!sec->line)
    return 0;
  size_t a = offset_of (text, size, sec->line, sec->col);
  size_t b = offset_of (text, size, sec->end_line, sec->end_col);
  FUZZ_CHECK (a < b, "a section that ends before it starts");
  *start = text + a;
  return b - a;
}

/* Returns true when section I of TEXT (SECS) and of EDITED (ESECS) hold the
   same tokens; a section TEXT does not have holds none.  */
static bool
same_section (const char *text, size_t size,
	      const struct asm_edit_sections *secs, const char *edited,
	      size_t esize, const struct asm_edit_sections *esecs, int i)
{
  static const struct asm_edit_section none = { 0, 0, 0, 0, 0, false };
  const char *a, *b;
  size_t alen = section_text (text, size, i < secs->count ? &secs->sec[i]
			      : &none, &a);
  size_t blen = section_text (edited, esize, &esecs->sec[i], &b);
  return alen == blen && memcmp (a, b, alen) == 0;
}

/* Returns true when the clobbers of EDITED (ESECS) are those of TEXT
   (SECS), then "memory".  */
static bool
memory_appended (const char *text, size_t size,
		 const struct asm_edit_sections *secs, const char *edited,
		 size_t esize, const struct asm_edit_sections *esecs)
{
  static const char memory[] = "\"memory\"";
  const char *a, *b;
  size_t alen = 0;
  if (secs->count > CLOBBERS)
    alen = section_text (text, size, &secs->sec[CLOBBERS], &a);
  size_t blen = section_text (edited, esize, &esecs->sec[CLOBBERS], &b);
  size_t sep = alen ? 2 : 0;	/* ", " */
  return blen == alen + sep + strlen (memory)
	 && (!alen || memcmp (a, b, alen) == 0)
	 && (!sep || memcmp (b + alen, ", ", 2) == 0)
	 && memcmp (b + alen + sep, memory, strlen (memory)) == 0;
}

/* Checks the edit E of the statement at LINE:COL of TEXT (SIZE bytes),
   whose sections are SECS and shape SHAPE.  */
static void
check_edit (const char *text, size_t size, int line, int col,
	    const struct asm_edit_sections *secs,
	    const struct asm_edit_shape *shape, const struct asm_edit *e)
{
  char *edited = apply_edit (text, size, e);
  FUZZ_CHECK (edited != NULL, "an edit outside the text");
  size_t esize = size + strlen (e->text);
  struct asm_edit_sections esecs;
  FUZZ_CHECK (read_sections (edited, esize, line, col, &esecs),
	      "the edited statement does not read back");
  int want = secs->count > CLOBBERS ? secs->count : CLOBBERS + 1;
  FUZZ_CHECK (esecs.count == want, "the edit changed the sections' count");
  for (int i = 0; i < esecs.count; i++)
    if (i != CLOBBERS)
      FUZZ_CHECK (same_section (text, size, secs, edited, esize, &esecs, i),
		  "the edit changed the template, an operand or a label");
  FUZZ_CHECK (memory_appended (text, size, secs, edited, esize, &esecs),
	      "the clobbers are not the old ones followed by \"memory\"");
  struct asm_edit_shape again_shape = *shape;
  again_shape.nclobbers = esecs.sec[CLOBBERS].items;
  again_shape.basic = false;
  FUZZ_CHECK (again_shape.nclobbers == shape->nclobbers + 1,
	      "the edit did not add one clobber");
  struct asm_edit again;
  bool ok = compute (edited, esize, line, col, &again_shape, &again);
  FUZZ_CHECK (edit_is_sane (edited, esize, ok, &again),
	      "an incoherent result on the edited text");
  FUZZ_CHECK (!ok && strcmp (again.no_edit_reason, ALREADY) == 0,
	      "the edited statement is not seen as having \"memory\"");
  free (edited);
}

extern "C" int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const char *text = (const char *) data;
  int line = 1, col = 1;
  find_keyword (text, size, &line, &col);
  struct asm_edit_sections secs;
  bool have = read_sections (text, size, line, col, &secs);
  FUZZ_CHECK (have == (secs.count > 0), "a section count without sections");
  struct asm_edit_shape shape = shape_of (&secs);
  struct asm_edit e;
  bool ok = compute (text, size, line, col, &shape, &e);
  FUZZ_CHECK (edit_is_sane (text, size, ok, &e), "an incoherent result");
  FUZZ_CHECK (!ok || have, "an edit of a statement with no sections");
  FUZZ_CHECK (!ok || e.line > line || (e.line == line && e.col > col),
	      "an edit before the asm keyword");
  if (ok)
    check_edit (text, size, line, col, &secs, &shape, &e);
  if (size > 0)
    {
      shape = shape_from_byte (data[size - 1]);
      ok = compute (text, size, line, col, &shape, &e);
      FUZZ_CHECK (edit_is_sane (text, size, ok, &e),
		  "an incoherent result for a drawn shape");
    }
  return 0;
}
