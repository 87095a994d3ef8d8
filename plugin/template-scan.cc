/* Reading an asm template as the assembler sees it: the AT&T alternative of
   {att|intel} groups, %% as %, comments removed, statements split at ';'
   and newlines, labels and prefixes skipped, sections tracked so that
   .byte encodings count only in code (an ALTERNATIVE's replacement counts,
   its .altinstructions metadata does not).  */
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "template-scan.h"

#define IGNORE_MARKER "asmclobber:ignore"
#define SECTION_DEPTH 16
#define BYTE_STREAM_MAX 64

/* The assembler's view while walking the statements.  */
struct scan_state
{
  struct template_scan *out;
  bool code[SECTION_DEPTH];	/* section stack: true for code */
  bool previous_code;		/* for .previous */
  int depth;
  unsigned char bytes[BYTE_STREAM_MAX]; /* consecutive .byte values */
  size_t nbytes;
};

/* Records INSN in the result unless it only reads state or is known.  */
static void
note_insn (struct scan_state *st, const struct insn_info *insn)
{
  struct template_scan *out = st->out;
  if (!insn || insn->cls == IC_READ_ONLY)
    return;
  for (unsigned i = 0; i < out->ninsns; i++)
    if (out->insns[i] == insn)
      return;
  if (out->ninsns < TEMPLATE_MAX_INSNS)
    out->insns[out->ninsns++] = insn;
}

/* Copies the comment starting at *P (at '#' or "/ *") out of the text,
   noting the ignore marker; returns the position after it.  The newline
   ending a '#' comment is kept.  */
static const char *
skip_comment (const char *p, struct template_scan *out)
{
  const char *end;
  if (*p == '#')
    {
      end = strchr (p, '\n');
      if (!end)
	end = p + strlen (p);
    }
  else
    {
      end = strstr (p + 2, "*/");
      end = end ? end + 2 : p + strlen (p);
    }
  size_t mlen = strlen (IGNORE_MARKER);
  for (const char *q = p; q + mlen <= end; q++)
    if (memcmp (q, IGNORE_MARKER, mlen) == 0)
      out->ignore_marker = true;
  return end;
}

/* Writes the AT&T text of TMPL into BUF (as large as TMPL): the first
   alternative of each dialect group, %% as %, no comments.  */
static void
normalize (const char *tmpl, char *buf, struct template_scan *out)
{
  int dialect = 0;		/* 0 outside, 1 first alternative, 2 others */
  bool in_string = false;
  char *w = buf;
  const char *p = tmpl;
  while (*p)
    {
      char c = *p;
      if (c == '%' && p[1] && strchr ("%{}|", p[1]))
	{
	  if (dialect != 2)
	    *w++ = p[1];
	  p += 2;
	  continue;
	}
      if (c == '%' && p[1])
	{
	  if (dialect != 2)
	    {
	      *w++ = p[0];
	      *w++ = p[1];
	    }
	  p += 2;
	  continue;
	}
      if (!in_string && c == '{')
	dialect = 1;
      else if (!in_string && c == '|' && dialect == 1)
	dialect = 2;
      else if (!in_string && c == '}' && dialect)
	dialect = 0;
      else if (!in_string && (c == '#' || (c == '/' && p[1] == '*')))
	{
	  p = skip_comment (p, out);
	  if (dialect != 2)
	    *w++ = ' ';
	  continue;
	}
      else if (dialect != 2)
	{
	  if (c == '"' && (p == tmpl || p[-1] != '\\'))
	    in_string = !in_string;
	  if (c == '\n')
	    in_string = false;
	  *w++ = c;
	}
      p++;
    }
  *w = '\0';
}

/* Returns S with leading white space skipped.  */
static char *
skip_space (char *s)
{
  while (*s && isspace ((unsigned char) *s))
    s++;
  return s;
}

/* Returns the length of the word (letters, digits, '_', '.', '$') at S.  */
static size_t
word_len (const char *s)
{
  size_t n = 0;
  while (s[n] && (isalnum ((unsigned char) s[n]) || strchr ("_.$", s[n])))
    n++;
  return n;
}

/* Skips any number of labels ("1:", ".Lfoo:") at the start of S.  */
static char *
skip_labels (char *s)
{
  for (;;)
    {
      s = skip_space (s);
      size_t n = word_len (s);
      if (n == 0 || s[n] != ':')
	return s;
      s += n + 1;
    }
}

/* True for instruction prefixes written as separate words.  */
static bool
is_prefix_word (const char *w, size_t n)
{
  static const char *const prefixes[] = {
    "lock", "rep", "repe", "repz", "repne", "repnz", "cs", "ds", "es", "fs",
    "gs", "ss", "data16", "data32", "addr16", "addr32", "notrack",
    "xacquire", "xrelease", "bnd", "rex", "rex64"
  };
  for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
    if (strlen (prefixes[i]) == n && strncmp (w, prefixes[i], n) == 0)
      return true;
  return n > 4 && strncmp (w, "rex.", 4) == 0;
}

/* True for legacy and REX prefix bytes.  */
static bool
is_prefix_byte (unsigned char b)
{
  return (b >= 0x40 && b <= 0x4f) || b == 0x66 || b == 0x67 || b == 0xf0
	 || b == 0xf2 || b == 0xf3 || b == 0x2e || b == 0x36 || b == 0x3e
	 || b == 0x26 || b == 0x64 || b == 0x65;
}

/* Decodes the collected .byte stream and empties it.  */
static void
flush_bytes (struct scan_state *st)
{
  size_t p = 0;
  while (p < st->nbytes)
    {
      size_t q = p, len = 0;
      while (q < st->nbytes && is_prefix_byte (st->bytes[q]))
	q++;
      const struct insn_info *insn
	= insn_lookup_bytes (st->bytes + q, st->nbytes - q, &len);
      if (insn)
	{
	  note_insn (st, insn);
	  p = q + len;
	}
      else
	p++;
    }
  st->nbytes = 0;
}

/* Appends the values of ".byte ARGS" to the stream; a value that is not a
   plain number (an expression such as 773b-771b) ends the stream.  */
static void
collect_bytes (struct scan_state *st, char *args)
{
  while (*args)
    {
      char *end;
      unsigned long v = strtoul (args, &end, 0);
      end = skip_space (end);
      if (end == args || v > 0xff || (*end && *end != ','))
	{
	  flush_bytes (st);
	  return;
	}
      if (st->nbytes == BYTE_STREAM_MAX)
	flush_bytes (st);
      st->bytes[st->nbytes++] = (unsigned char) v;
      args = skip_space (*end ? end + 1 : end);
    }
}

/* True when a section named NAME (with FLAGS text following) holds code.  */
static bool
section_is_code (const char *name, size_t n, const char *flags)
{
  if (n >= 5 && memcmp (name, ".text", 5) == 0)
    return true;
  for (size_t i = 0; i + 4 <= n; i++)
    if (memcmp (name + i, "text", 4) == 0)
      return true;
  if ((n == 21 && memcmp (name, ".altinstr_replacement", 21) == 0)
      || (n == 6 && memcmp (name, ".fixup", 6) == 0))
    return true;
  const char *q = strchr (flags, '"');
  if (q)
    {
      const char *e = strchr (q + 1, '"');
      for (const char *f = q + 1; e && f < e; f++)
	if (*f == 'x')
	  return true;
    }
  return false;
}

/* Parses the section name at ARGS and says whether it holds code.  */
static bool
section_arg_is_code (char *args)
{
  args = skip_space (args);
  bool quoted = *args == '"';
  char *name = quoted ? args + 1 : args;
  size_t n = 0;
  while (name[n] && name[n] != ',' && !isspace ((unsigned char) name[n])
	 && !(quoted && name[n] == '"'))
    n++;
  return section_is_code (name, n, name + n);
}

/* Sets the current section's kind, keeping the old one for .previous.  */
static void
set_section (struct scan_state *st, bool code)
{
  st->previous_code = st->code[st->depth];
  st->code[st->depth] = code;
}

/* Handles the directive DIR (starting with '.').  */
static void
scan_directive (struct scan_state *st, char *dir)
{
  size_t n = word_len (dir);
  char *args = skip_space (dir + n);
#define IS(s) (n == strlen (s) && memcmp (dir, s, n) == 0)
  if (IS (".byte"))
    {
      if (st->code[st->depth])
	collect_bytes (st, args);
      return;
    }
  flush_bytes (st);
  if (IS (".pushsection"))
    {
      if (st->depth + 1 < SECTION_DEPTH)
	st->depth++;
      st->code[st->depth] = section_arg_is_code (args);
    }
  else if (IS (".popsection"))
    {
      if (st->depth > 0)
	st->depth--;
    }
  else if (IS (".section"))
    set_section (st, section_arg_is_code (args));
  else if (IS (".previous"))
    set_section (st, st->previous_code);
  else if (IS (".text"))
    set_section (st, true);
  else if (IS (".data") || IS (".bss") || IS (".rodata"))
    set_section (st, false);
#undef IS
}

/* Returns the last comma-separated operand of OPS, trimmed, with its
   length in *LEN.  */
static const char *
last_operand (const char *ops, size_t *len)
{
  const char *start = ops;
  int depth = 0;
  for (const char *p = ops; *p; p++)
    if (*p == '(')
      depth++;
    else if (*p == ')')
      depth--;
    else if (*p == ',' && depth == 0)
      start = p + 1;
  while (isspace ((unsigned char) *start))
    start++;
  size_t n = strlen (start);
  while (n && isspace ((unsigned char) start[n - 1]))
    n--;
  *len = n;
  return start;
}

/* Handles one instruction statement S.  */
static void
scan_instruction (struct scan_state *st, char *s)
{
  flush_bytes (st);
  for (;;)
    {
      s = skip_space (s);
      if (*s == '{')
	{
	  char *close = strchr (s, '}');	/* pseudo prefix {vex} */
	  if (!close)
	    return;
	  s = close + 1;
	  continue;
	}
      size_t n = word_len (s);
      if (n == 0)
	return;
      char mnem[24];
      if (n >= sizeof mnem)
	return;
      for (size_t i = 0; i < n; i++)
	mnem[i] = (char) tolower ((unsigned char) s[i]);
      if (is_prefix_word (mnem, n))
	{
	  s += n;
	  continue;
	}
      const struct insn_info *insn = insn_lookup_mnemonic (mnem, n);
      if (insn && (insn->flags & IF_DEST_OPERAND))
	{
	  size_t len;
	  const char *dest = last_operand (s + n, &len);
	  char reg[8];
	  if (len < 2 || len > sizeof reg || dest[0] != '%')
	    return;
	  for (size_t i = 1; i < len; i++)
	    reg[i - 1] = (char) tolower ((unsigned char) dest[i]);
	  insn = insn_lookup_dest (insn, reg, len - 1);
	}
      note_insn (st, insn);
      return;
    }
}

/* Splits the normalized text BUF into statements and scans each.  */
static void
scan_statements (struct scan_state *st, char *buf)
{
  char *p = buf;
  while (*p)
    {
      char *end = p;
      bool in_string = false;
      while (*end && *end != '\n' && (in_string || *end != ';'))
	{
	  if (*end == '"')
	    in_string = !in_string;
	  end++;
	}
      char saved = *end;
      *end = '\0';
      char *s = skip_labels (p);
      if (*s == '.')
	scan_directive (st, s);
      else if (*s)
	scan_instruction (st, s);
      if (!saved)
	break;
      p = end + 1;
    }
  flush_bytes (st);
}

void
template_scan (const char *tmpl, struct template_scan *out)
{
  memset (out, 0, sizeof *out);
  char *buf = (char *) malloc (strlen (tmpl) + 1);
  if (!buf)
    return;
  struct scan_state st;
  memset (&st, 0, sizeof st);
  st.out = out;
  st.code[0] = true;
  normalize (tmpl, buf, out);
  scan_statements (&st, buf);
  free (buf);
}
