/* Unit test for plugin/template-scan.cc: which instructions a template
   executes, and the facts the rules read from it (the operand a control
   register's value or an only operand comes from, a control register
   read, the register holding an address or number, counter reads,
   descriptor table reads).  Prints "PASS: name" or "FAIL: name (details)" per case;
   exits 1 on any failure.  */
#include <stdio.h>
#include <string.h>
#include "template-scan.h"

struct test_case
{
  const char *name;
  const char *tmpl;
  const char *insns;		/* the instructions' names, space-separated */
  int source0;			/* source operand of the first, or -1 */
  int cr_read, cr_read_operand;
  unsigned read_flags;		/* IF_COUNTER or 0 */
  unsigned table_reads;		/* TR_* */
};

static const struct test_case cases[] = {
  { "cr4 write from an operand", "mov %0,%%cr4", "mov-cr4", 0, -1, -1, 0, 0 },
  { "cr0 write from a modified operand", "movl %k1, %%cr0", "mov-cr0", 1, -1,
    -1, 0, 0 },
  { "cr0 read", "mov %%cr0,%0", "", -1, 0, 0, 0, 0 },
  { "fence and counter", "lfence; rdtsc", "lfence", -1, -1, -1, IF_COUNTER,
    0 },
  { "rdtscp bytes", ".byte 0x0f,0x01,0xf9", "", -1, -1, -1, IF_COUNTER, 0 },
  { "lgdt, far jump", "lgdt %0\n\tljmp $8, $1f\n1:", "lgdt", 0, -1, -1, 0,
    TR_SEGMENT },
  { "segment load", "movw %w0, %%ds", "", -1, -1, -1, 0, TR_SEGMENT },
  { "sti lets an interrupt in", "lidt %0; sti", "lidt sti", 0, -1, -1, 0,
    TR_INTERRUPT },
  { "umonitor's address operand", "umonitor %q0", "umonitor", 0, -1, -1, 0,
    0 },
  { "monitor reads %rax", "monitor %%rax, %%ecx, %%edx", "monitor", -1, -1,
    -1, 0, 0 },
  { "wbnoinvd is not wbinvd", ".byte 0xf3, 0x0f, 0x09", "wbnoinvd", -1, -1,
    -1, 0, 0 },
  { "umwait is not mfence", ".byte 0xf2, 0x0f, 0xae, 0xf1", "umwait", -1, -1,
    -1, 0, 0 },
  { "erets is not clac", ".byte 0xf2, 0x0f, 0x01, 0xca", "erets", -1, -1, -1,
    0, 0 },
  { "clac", ".byte 0x0f, 0x01, 0xca", "clac", -1, -1, -1, 0, 0 },
  { "prefix and REX before an opcode", ".byte 0x66, 0x48, 0x0f, 0xae, 0xf0",
    "tpause", -1, -1, -1, 0, 0 },
  { "alternative replacement counts", "661: nop\n.pushsection .altinstr_replacement, \"ax\"\n"
    ".byte 0x0f,0x01,0xcb\n.popsection", "stac", -1, -1, -1, 0, 0 },
  { "no operands", "", "", -1, -1, -1, 0, 0 },
};

/* The register holding the first instruction's address or number, as a
   constraint letter: named by its operand or ModRM byte, else implicit.  */
static const struct
{
  const char *name;
  const char *tmpl;
  char reg0;
} reg_cases[] = {
  { "umonitor names %rdi", "umonitor %%rdi", 'D' },
  { "umonitor bytes name %rdi", ".byte 0xf3, 0x0f, 0xae, 0xf7", 'D' },
  { "umonitor bytes with REX.B name %r15",
    ".byte 0xf3, 0x41, 0x0f, 0xae, 0xf7", 0 },
  { "umonitor through an operand", "umonitor %0", 0 },
  { "monitor reads %rax", "monitor", 'a' },
  { "monitor bytes read %rax", ".byte 0x0f, 0x01, 0xc8", 'a' },
  { "wrmsr reads %ecx", "wrmsr", 'c' },
  { "clflush names no register", "clflush %0", 0 },
};

/* Writes the scan's instruction names, space-separated, into BUF.  */
static void
names_of (const struct template_scan *scan, char *buf, size_t size)
{
  buf[0] = '\0';
  for (unsigned i = 0; i < scan->ninsns; i++)
    {
      if (i)
	strncat (buf, " ", size - strlen (buf) - 1);
      strncat (buf, scan->insns[i]->name, size - strlen (buf) - 1);
    }
}

int
main (void)
{
  int failures = 0;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      const struct test_case *c = &cases[i];
      struct template_scan scan;
      char names[256];
      template_scan (c->tmpl, &scan);
      names_of (&scan, names, sizeof names);
      int source0 = scan.ninsns ? scan.source[0] : -1;
      if (strcmp (names, c->insns) == 0 && source0 == c->source0
	  && scan.cr_read == c->cr_read
	  && scan.cr_read_operand == c->cr_read_operand
	  && (scan.read_flags & IF_COUNTER) == c->read_flags
	  && scan.table_reads == c->table_reads)
	printf ("PASS: %s\n", c->name);
      else
	{
	  printf ("FAIL: %s (insns '%s' source %d cr_read %d/%d flags %#x "
		  "tables %#x)\n", c->name, names, source0, scan.cr_read,
		  scan.cr_read_operand, scan.read_flags, scan.table_reads);
	  failures++;
	}
    }
  for (size_t i = 0; i < sizeof reg_cases / sizeof reg_cases[0]; i++)
    {
      struct template_scan scan;
      template_scan (reg_cases[i].tmpl, &scan);
      char reg0 = scan.ninsns ? scan.reg[0] : 0;
      if (scan.ninsns && reg0 == reg_cases[i].reg0)
	printf ("PASS: %s\n", reg_cases[i].name);
      else
	{
	  printf ("FAIL: %s (%u insns, register '%c')\n", reg_cases[i].name,
		  scan.ninsns, reg0 ? reg0 : '-');
	  failures++;
	}
    }
  return failures ? 1 : 0;
}
