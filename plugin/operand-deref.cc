/* The addresses a template dereferences, from its AT&T operand text and
   the instruction table's rules for what each instruction reads and
   writes.  */
#include <string.h>
#include <ctype.h>
#include "template-scan.h"
#include "operand-deref.h"

#define OPERANDS_MAX 8

/* Adds (or merges) the access ACCESS through operand OPERAND or register
   REG by instruction MNEM to OUT.  */
static void
add_deref (struct deref_scan *out, int operand, char reg, unsigned access,
	   const char *mnem)
{
  if (access == MA_NONE || (operand < 0 && !reg))
    return;
  for (unsigned i = 0; i < out->n; i++)
    if (out->derefs[i].operand == operand && out->derefs[i].reg == reg)
      {
	out->derefs[i].access |= access;
	return;
      }
  if (out->n == DEREF_MAX)
    return;
  struct operand_deref *d = &out->derefs[out->n++];
  d->operand = operand;
  d->reg = reg;
  d->access = access;
  strncpy (d->mnem, mnem, DEREF_MNEM_MAX - 1);
  d->mnem[DEREF_MNEM_MAX - 1] = '\0';
}

/* For the operand text S (LEN characters): when it is a memory reference
   through a base register, stores that register as template_register_operand does
   and returns true.  "%aN" addresses operand N's value.  */
static bool
memory_base (const char *s, size_t len, int *operand, char *reg)
{
  if (len && *s == '*')
    s++, len--;
  if (len > 2 && s[0] == '%' && s[1] == 'a' && isdigit ((unsigned char) s[2]))
    {
      *operand = template_operand_number (s, len);
      *reg = 0;
      return *operand >= 0;
    }
  const char *open = (const char *) memchr (s, '(', len);
  if (!open || memchr (s, ':', open - s))
    return false;
  const char *end = s + len, *b = open + 1, *e = b;
  while (e < end && *e != ',' && *e != ')')
    e++;
  while (b < e && isspace ((unsigned char) *b))
    b++;
  while (e > b && isspace ((unsigned char) e[-1]))
    e--;
  return template_register_operand (b, e - b, operand, reg);
}

/* template_walk's function: records the addresses instruction TI
   dereferences.  */
static void
scan_insn (const struct template_insn *ti, void *data)
{
  struct deref_scan *out = (struct deref_scan *) data;
  if (ti->encoded || !ti->main_section || !*ti->mnem)
    return;
  size_t mlen = strlen (ti->mnem);
  const char *start[OPERANDS_MAX];
  size_t len[OPERANDS_MAX];
  int nops = template_split_operands (ti->operands, start, len,
				      OPERANDS_MAX);
  if (nops < 0)
    return;
  if (nops == 0)
    {
      char regs[2];
      unsigned access[2];
      unsigned n = insn_implicit_memory (ti->mnem, mlen, regs, access, 2);
      for (unsigned i = 0; i < n; i++)
	add_deref (out, -1, regs[i], access[i], ti->mnem);
      return;
    }
  for (int i = 0; i < nops; i++)
    {
      int operand;
      char reg;
      if (memory_base (start[i], len[i], &operand, &reg))
	add_deref (out, operand, reg,
		   insn_memory_access (ti->mnem, mlen, i, nops), ti->mnem);
    }
  if (nops > 1 && insn_register_destination_p (ti->mnem, mlen))
    {
      int operand;
      char reg;
      if (template_register_operand (start[nops - 1], len[nops - 1], &operand, &reg))
	add_deref (out, operand, reg, MA_WRITE, ti->mnem);
    }
}

void
deref_scan (const char *tmpl, struct deref_scan *out)
{
  memset (out, 0, sizeof *out);
  template_walk (tmpl, scan_insn, out, &out->ignore_marker);
}
