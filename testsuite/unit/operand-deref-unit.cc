/* Unit test for plugin/operand-deref.cc and the instruction table's
   memory rules: which operands or registers a template dereferences, and
   whether it reads or writes through them.  Prints "PASS: name" or
   "FAIL: name (details)" per case; exits 1 on any failure.  */
#include <stdio.h>
#include <string.h>
#include "insn-table.h"
#include "operand-deref.h"

struct test_case
{
  const char *name;
  const char *tmpl;
  const char *derefs;	/* "0:r S:r D:w": operand or register, access */
};

static const struct test_case cases[] = {
  { "lidt through an operand", "lidt (%0)", "0:r" },
  { "sgdt writes", "sgdt (%1)", "1:w" },
  { "displacement, index and scale", "movl %1, 8(%0,%2,4)", "0:w" },
  { "a load through a modified operand", "movq (%q1), %0", "1:r" },
  { "read-modify-write", "incl (%0)", "0:rw" },
  { "compare reads only", "cmpl $0, (%0)", "0:r" },
  { "address operand modifier", "lidt %a0", "0:r" },
  { "a register an operand fixes", "lidt (%%rax)", "a:r" },
  { "rep movsb", "rep movsb", "S:r D:w" },
  { "rep stosl with a size suffix", "rep; stosl", "D:w" },
  { "cmpsb reads both", "repe cmpsb", "S:r D:r" },
  { "xlat", "xlatb", "b:r" },
  { "xsave writes, xrstor reads", "xsave (%0); xrstor (%1)", "0:w 1:r" },
  { "cmpxchg16b", "lock cmpxchg16b (%2)", "2:rw" },
  { "movdir64b writes at its register destination",
    "movdir64b (%1), %0", "1:r 0:w" },
  { "lea only computes", "lea 8(%1), %0", "" },
  { "invlpg and prefetch name no data", "invlpg (%0); prefetcht0 (%1)", "" },
  { "cache-line flushes", "clflush (%0); clflushopt (%0); clwb (%0)", "" },
  { "segment-relative is no pointer", "movl %%gs:(%1), %0", "" },
  { "a literal stack register is no operand", "pushq (%%rsp)", "" },
  { "a direct operand is no dereference", "lidt %0", "" },
  { "sign-extending move with operands", "movsbl (%1), %0", "1:r" },
  { "indirect call", "call *(%0)", "0:r" },
  { "merged uses", "movl (%0), %%eax; movl %%eax, 4(%0)", "0:rw" },
  { "pushed section left out",
    ".pushsection .fixup, \"ax\"\nmovl $0, (%0)\n.popsection", "" },
  { "encoded instruction left out", ".byte 0x0f, 0x01, 0x18", "" },
  { "unterminated parenthesis", "movl $1, (%0", "0:w" },
  { "empty parentheses", "movl $1, ()", "" },
  { "empty", "", "" },
};

/* Writes the scan's dereferences into BUF in the form of test_case.  */
static void
describe (const struct deref_scan *scan, char *buf, size_t size)
{
  buf[0] = '\0';
  for (unsigned i = 0; i < scan->n; i++)
    {
      const struct operand_deref *d = &scan->derefs[i];
      char one[32];
      char who[8];
      if (d->operand >= 0)
	snprintf (who, sizeof who, "%d", d->operand);
      else
	snprintf (who, sizeof who, "%c", d->reg);
      snprintf (one, sizeof one, "%s%s:%s%s", i ? " " : "", who,
		d->access & MA_READ ? "r" : "", d->access & MA_WRITE ? "w" : "");
      strncat (buf, one, size - strlen (buf) - 1);
    }
}

int
main (void)
{
  int failures = 0;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      const struct test_case *c = &cases[i];
      struct deref_scan scan;
      char got[256];
      deref_scan (c->tmpl, &scan);
      describe (&scan, got, sizeof got);
      if (strcmp (got, c->derefs) == 0)
	printf ("PASS: %s\n", c->name);
      else
	{
	  printf ("FAIL: %s (got '%s', want '%s')\n", c->name, got, c->derefs);
	  failures++;
	}
    }
  return failures ? 1 : 0;
}
