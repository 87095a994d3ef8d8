/* libFuzzer harness for the template scanner (plugin/template-scan.cc with
   the instruction table) and the interrupt-flag reading that walks
   templates too (plugin/interrupt-flag.cc).  The input, up to its first
   NUL, is an asm template; it is handed over in a heap block of exactly
   its length plus the NUL the API reads, so that AddressSanitizer catches
   any read past the template's end.  Checked: no sanitizer report, the
   template left unchanged, and the outputs within their contracts
   (template-scan.h, interrupt-flag.h).  */
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include "template-scan.h"
#include "interrupt-flag.h"
#include "fuzz-check.h"

#define SPLIT_MAX 4
#define IF_MAX_OPERANDS 10

/* Checks one piece of template_split_operands: inside OPS (of OPS_LEN
   characters) and trimmed.  */
static void
check_piece (const char *ops, size_t ops_len, const char *start, size_t len)
{
  FUZZ_CHECK (start >= ops && start + len <= ops + ops_len,
	      "an operand piece outside its operand text");
  FUZZ_CHECK (len == 0 || (!isspace ((unsigned char) start[0])
			   && !isspace ((unsigned char) start[len - 1])),
	      "an operand piece not trimmed");
  int n = template_operand_number (start, len);
  FUZZ_CHECK (n >= -1, "a negative operand number");
}

/* The template_walk function: checks each instruction handed out and
   splits its operands.  */
static void
check_insn (const struct template_insn *ti, void *data)
{
  (void) data;
  FUZZ_CHECK (ti->mnem != NULL, "an instruction without a mnemonic");
  FUZZ_CHECK (strlen (ti->mnem) < 24, "a mnemonic longer than any");
  FUZZ_CHECK (ti->encoded == (ti->operands == NULL),
	      "operand text and .byte encoding disagree");
  if (!ti->operands)
    return;
  size_t ops_len = strlen (ti->operands);
  const char *start[SPLIT_MAX];
  size_t len[SPLIT_MAX];
  int n = template_split_operands (ti->operands, start, len, SPLIT_MAX);
  FUZZ_CHECK (n >= -1 && n <= SPLIT_MAX, "a piece count out of range");
  for (int i = 0; i < n; i++)
    check_piece (ti->operands, ops_len, start[i], len[i]);
}

/* Checks the result of template_scan on TMPL.  */
static void
check_scan (const char *tmpl, const struct template_scan *scan)
{
  FUZZ_CHECK (scan->ninsns <= TEMPLATE_MAX_INSNS, "too many instructions");
  for (unsigned i = 0; i < scan->ninsns; i++)
    {
      const struct insn_info *insn = scan->insns[i];
      FUZZ_CHECK (insn && insn->name && insn->cls < IC_COUNT,
		  "a kept instruction that is not a state-changing entry");
      FUZZ_CHECK (scan->source[i] >= -1, "a negative source operand");
      for (unsigned j = 0; j < i; j++)
	FUZZ_CHECK (scan->insns[j] != insn, "an instruction kept twice");
    }
  FUZZ_CHECK ((scan->cr_read < 0) == (scan->cr_read_operand < 0)
	      && scan->cr_read >= -1 && scan->cr_read <= 9,
	      "a control register read without its operand");
  FUZZ_CHECK (!scan->ignore_marker || strstr (tmpl, "asmclobber:ignore"),
	      "an ignore marker the template does not hold");
}

/* A hash of the SIZE bytes at DATA, to draw interrupt-flag operands from.  */
static uint64_t
hash_bytes (const uint8_t *data, size_t size)
{
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < size; i++)
    h = (h ^ data[i]) * 1099511628211ull;
  return h;
}

/* Runs interrupt_flag_effect on TMPL with operands drawn from H.  */
static void
check_interrupt_flag (const char *tmpl, uint64_t h)
{
  static const char regs[] = { 0, 'a', 'b', 'c', 'd', 'S', 'D' };
  struct if_operand ops[IF_MAX_OPERANDS];
  unsigned nops = h % (IF_MAX_OPERANDS + 1);
  h /= IF_MAX_OPERANDS + 1;
  for (unsigned i = 0; i < nops; i++)
    {
      ops[i].bit = (enum if_bit) (h % 5);
      ops[i].reg = regs[(h / 5) % sizeof regs];
      h = h * 6364136223846793005ull + 1442695040888963407ull;
    }
  enum if_effect e = interrupt_flag_effect (tmpl, ops, nops, h & 1 ? 8 : 4);
  FUZZ_CHECK (e == IFE_UNKNOWN || e == IFE_KEPT || e == IFE_CLEARED,
	      "an interrupt-flag effect out of range");
}

extern "C" int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  size_t n = strnlen ((const char *) data, size);
  char *tmpl = (char *) malloc (n + 1);
  memcpy (tmpl, data, n);
  tmpl[n] = '\0';
  struct template_scan scan;
  template_scan (tmpl, &scan);
  check_scan (tmpl, &scan);
  bool marker = false;
  template_walk (tmpl, check_insn, NULL, &marker);
  FUZZ_CHECK (marker == scan.ignore_marker, "the walk and the scan disagree "
	      "on the ignore marker");
  check_interrupt_flag (tmpl, hash_bytes (data, size));
  FUZZ_CHECK (memcmp (tmpl, data, n) == 0 && tmpl[n] == '\0',
	      "the template was written to");
  free (tmpl);
  return 0;
}
