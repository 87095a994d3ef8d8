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
  template_insn_fn fn;		/* called for each instruction */
  void *data;
  bool code[SECTION_DEPTH];	/* section stack: true for code */
  bool previous_code;		/* for .previous */
  bool main;			/* in the asm's own section */
  bool previous_main;
  int depth;
  unsigned char bytes[BYTE_STREAM_MAX]; /* consecutive .byte values */
  size_t nbytes;
};

/* Hands the instruction MNEM (OPERANDS its text, or NULL for one given in
   .byte directives) to the walker's function.  */
static void
walk_insn (struct scan_state *st, const char *mnem, char *operands,
	   char reg)
{
  struct template_insn ti;
  ti.mnem = mnem;
  ti.operands = operands;
  ti.reg = reg;
  ti.main_section = st->main && st->depth == 0;
  ti.encoded = operands == NULL;
  st->fn (&ti, st->data);
}

/* Copies the comment starting at *P (at '#' or "/ *") out of the text,
   noting the ignore marker; returns the position after it.  The newline
   ending a '#' comment is kept.  */
static const char *
skip_comment (const char *p, bool *ignore_marker)
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
      *ignore_marker = true;
  return end;
}

/* Writes the AT&T text of TMPL into BUF (as large as TMPL): the first
   alternative of each dialect group, %% as %, no comments.  */
static void
normalize (const char *tmpl, char *buf, bool *ignore_marker)
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
	  p = skip_comment (p, ignore_marker);
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

/* Decodes the collected .byte stream and empties it: each known encoding
   is walked as its instruction, each run of other bytes as one
   instruction with the empty name.  */
static void
flush_bytes (struct scan_state *st)
{
  size_t p = 0;
  bool unknown = false;
  while (p < st->nbytes)
    {
      size_t q = p, len = 0;
      unsigned char mandatory = 0;	/* the last of f2, f3, 66 */
      bool rex_b = false;		/* rm names %r8-%r15 */
      char reg = 0;
      while (q < st->nbytes && is_prefix_byte (st->bytes[q]))
	{
	  if (st->bytes[q] == 0xf2 || st->bytes[q] == 0xf3
	      || st->bytes[q] == 0x66)
	    mandatory = st->bytes[q];
	  if ((st->bytes[q] & 0xf0) == 0x40)
	    rex_b = st->bytes[q] & 1;
	  q++;
	}
      const struct insn_info *insn = NULL;
      if (mandatory)
	{
	  /* An encoding whose prefix is part of it (umwait is f2 0f ae /6,
	     not mfence), the prefix then counted as one byte of it.  */
	  unsigned char with[5] = { mandatory };
	  size_t n = st->nbytes - q < 4 ? st->nbytes - q : 4;
	  memcpy (with + 1, st->bytes + q, n);
	  insn = insn_lookup_bytes (with, n + 1, &len, &reg);
	  if (insn)
	    len--;
	}
      if (!insn)
	insn = insn_lookup_bytes (st->bytes + q, st->nbytes - q, &len, &reg);
      if (insn)
	{
	  if (unknown)
	    walk_insn (st, "", NULL, 0);
	  unknown = false;
	  walk_insn (st, insn->name, NULL, rex_b ? 0 : reg);
	  p = q + len;
	}
      else
	{
	  unknown = true;
	  p++;
	}
    }
  if (unknown)
    walk_insn (st, "", NULL, 0);
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

/* Sets the current section's kind, keeping the old one for .previous;
   MAIN tells the asm's own section.  */
static void
set_section (struct scan_state *st, bool code, bool main)
{
  st->previous_code = st->code[st->depth];
  st->code[st->depth] = code;
  if (st->depth == 0)
    {
      st->previous_main = st->main;
      st->main = main;
    }
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
    set_section (st, section_arg_is_code (args), false);
  else if (IS (".previous"))
    set_section (st, st->previous_code, st->previous_main);
  else if (IS (".text"))
    set_section (st, true, false);
  else if (IS (".data") || IS (".bss") || IS (".rodata"))
    set_section (st, false, false);
#undef IS
}

/* Hands the instruction statement S to the walker: its mnemonic in lower
   case, after prefixes and {pseudo} prefixes, and its operand text (a
   mnemonic too long for any instruction is walked as the empty name).  */
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
	{
	  walk_insn (st, "", s + n, 0);
	  return;
	}
      for (size_t i = 0; i < n; i++)
	mnem[i] = (char) tolower ((unsigned char) s[i]);
      mnem[n] = '\0';
      if (is_prefix_word (mnem, n))
	{
	  s += n;
	  continue;
	}
      walk_insn (st, mnem, s + n, 0);
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
template_walk (const char *tmpl, template_insn_fn fn, void *data,
	       bool *ignore_marker)
{
  bool marker = false;
  char *buf = (char *) malloc (strlen (tmpl) + 1);
  if (buf)
    {
      struct scan_state st;
      memset (&st, 0, sizeof st);
      st.fn = fn;
      st.data = data;
      st.code[0] = true;
      st.main = st.previous_main = true;
      normalize (tmpl, buf, &marker);
      scan_statements (&st, buf);
      free (buf);
    }
  if (ignore_marker)
    *ignore_marker = marker;
}

int
template_split_operands (const char *ops, const char **start, size_t *len,
			 int max)
{
  int n = 0, depth = 0;
  const char *piece = ops;
  for (const char *p = ops;; p++)
    {
      if (*p == '(')
	depth++;
      else if (*p == ')')
	depth--;
      if (!((*p == ',' && depth == 0) || *p == '\0'))
	continue;
      const char *a = piece, *b = p;
      while (a < b && isspace ((unsigned char) *a))
	a++;
      while (b > a && isspace ((unsigned char) b[-1]))
	b--;
      if (a < b || *p == ',' || n > 0)
	{
	  if (n == max)
	    return -1;
	  start[n] = a;
	  len[n] = b - a;
	  n++;
	}
      if (*p == '\0')
	return n;
      piece = p + 1;
    }
}

/* Returns the last operand of OPS, trimmed, with its length in *LEN (0
   when there is none).  */
static const char *
last_operand (const char *ops, size_t *len)
{
  const char *start[8];
  size_t lens[8];
  int n = template_split_operands (ops, start, lens, 8);
  if (n <= 0)
    {
      *len = 0;
      return ops;
    }
  *len = lens[n - 1];
  return start[n - 1];
}

int
template_operand_number (const char *s, size_t len)
{
  if (len < 2 || s[0] != '%')
    return -1;
  size_t i = 1;
  while (i < len && isalpha ((unsigned char) s[i]))
    i++;
  if (i == len || i > 2)
    return -1;
  int n = 0;
  for (; i < len; i++)
    {
      if (!isdigit ((unsigned char) s[i]) || n > 1000)
	return -1;
      n = n * 10 + (s[i] - '0');
    }
  return n;
}

bool
template_register_operand (const char *s, size_t len, int *operand,
			   char *reg)
{
  *operand = template_operand_number (s, len);
  *reg = 0;
  if (*operand >= 0)
    return true;
  if (len < 3 || s[0] != '%')
    return false;
  *reg = insn_register_constraint (s + 1, len - 1);
  return *reg != 0;
}

/* The control register number that the LEN characters at S name
   ("%cr4"), or -1.  */
static int
control_register (const char *s, size_t len)
{
  if (len != 4 || s[0] != '%' || tolower ((unsigned char) s[1]) != 'c'
      || tolower ((unsigned char) s[2]) != 'r'
      || !isdigit ((unsigned char) s[3]))
    return -1;
  return s[3] - '0';
}

/* For "mov SRC, %crK" or "mov %crK, DST": the operand numbers of SRC and
   DST in *SRC and *DST (-1 when not an asm operand) and, when the
   destination is a control register, its number in *WRITTEN, else
   the one read in *READ.  */
static void
mov_operands (const char *ops, int *src, int *dst, int *written, int *read)
{
  *src = *dst = *written = *read = -1;
  const char *start[2];
  size_t len[2];
  if (template_split_operands (ops, start, len, 2) != 2)
    return;
  *src = template_operand_number (start[0], len[0]);
  *dst = template_operand_number (start[1], len[1]);
  *written = control_register (start[1], len[1]);
  if (*written < 0)
    *read = control_register (start[0], len[0]);
}

/* When the operand text OPS is one operand naming a register: its asm
   operand number N ("%N") in *SOURCE, else -1, and the constraint letter
   of the register it names ("%rdi") in *REG, else 0.  */
static void
only_operand (const char *ops, int *source, char *reg)
{
  const char *start[1];
  size_t len[1];
  *source = -1;
  *reg = 0;
  if (template_split_operands (ops, start, len, 1) == 1)
    template_register_operand (start[0], len[0], source, reg);
}

/* Records INSN (with the operand SOURCE its value comes from, the
   register REG its only operand or encoding names) in OUT unless it only
   reads state or is already there.  */
static void
note_insn (struct template_scan *out, const struct insn_info *insn,
	   int source, char reg)
{
  if (insn->cls == IC_READ_ONLY)
    {
      out->read_flags |= insn->flags;
      return;
    }
  for (unsigned i = 0; i < out->ninsns; i++)
    if (out->insns[i] == insn)
      return;
  if (out->ninsns < TEMPLATE_MAX_INSNS)
    {
      out->source[out->ninsns] = source;
      out->reg[out->ninsns] = reg ? reg : insn_implicit_register (insn);
      out->insns[out->ninsns++] = insn;
    }
}

/* The template_walk function of template_scan: looks INSN up in the
   instruction table (a mov or pop by its destination) and records it.  */
static void
scan_insn (const struct template_insn *ti, void *data)
{
  struct template_scan *out = (struct template_scan *) data;
  if (ti->encoded)
    {
      const struct insn_info *insn = insn_lookup_name (ti->mnem);
      if (insn)
	note_insn (out, insn, -1, ti->reg);
      return;
    }
  size_t mlen = strlen (ti->mnem), len;
  const char *dest = last_operand (ti->operands, &len);
  char reg[8];
  bool is_reg = len >= 2 && len <= sizeof reg && dest[0] == '%';
  for (size_t i = 1; is_reg && i < len; i++)
    reg[i - 1] = (char) tolower ((unsigned char) dest[i]);
  out->table_reads |= insn_table_reads (ti->mnem, mlen, is_reg ? reg : NULL,
					is_reg ? len - 1 : 0);
  const struct insn_info *insn = insn_lookup_mnemonic (ti->mnem, mlen);
  if (!insn)
    return;
  int source = -1;
  char only_reg = 0;
  if (insn->flags & IF_DEST_OPERAND)
    {
      if (!is_reg)
	return;
      int dst, written, read;
      mov_operands (ti->operands, &source, &dst, &written, &read);
      if (read >= 0 && dst >= 0 && out->cr_read < 0)
	{
	  out->cr_read = read;
	  out->cr_read_operand = dst;
	}
      insn = insn_lookup_dest (insn, reg, len - 1);
      if (!insn)
	return;
    }
  else
    only_operand (ti->operands, &source, &only_reg);
  note_insn (out, insn, source, only_reg);
}

void
template_scan (const char *tmpl, struct template_scan *out)
{
  memset (out, 0, sizeof *out);
  out->cr_read = out->cr_read_operand = -1;
  template_walk (tmpl, scan_insn, out, &out->ignore_marker);
}
