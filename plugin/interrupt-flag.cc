/* Following the x86 interrupt flag through an asm template (AT&T syntax).
   Each value the template handles (general registers, asm operands, the
   slots it pushes on the stack, the flags register) is known only by the
   interrupt flag's bit, 9: 0, 1, the flag at the start, its complement,
   or unknown.  pushf/popf move the flag to and from the stack, cli/sti
   set it; mov, push, pop, and, or, xor, not and bts/btr/btc follow the
   bit; every other instruction makes what it names and every register
   unknown.  Data only, no GCC.  */
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "template-scan.h"
#include "interrupt-flag.h"

#define NREGS 16
#define MAX_OPERANDS 30
#define MAX_SLOTS 32
#define MAX_OPS_PER_INSN 3

/* A stack slot the template pushed.  */
struct slot
{
  unsigned size;
  enum if_bit bit;
};

/* The reading so far.  */
struct if_state
{
  const struct if_operand *ops;
  unsigned nops;
  unsigned word;
  enum if_bit reg[NREGS];
  enum if_bit operand[MAX_OPERANDS];
  struct slot stack[MAX_SLOTS];	/* stack[depth - 1] is the top */
  unsigned depth;
  enum if_bit flag;
  bool failed;			/* something was not followed */
  bool opened;			/* the flag was set to 1 or unknown */
};

/* Where an instruction operand is.  */
enum loc_kind
{
  LOC_NONE,			/* memory or a register not followed */
  LOC_IMM,			/* an immediate */
  LOC_REG,			/* general register INDEX */
  LOC_OPERAND,			/* asm operand INDEX without a fixed register */
  LOC_STACK,			/* stack slot INDEX */
  LOC_SP			/* the stack pointer itself */
};

struct loc
{
  enum loc_kind kind;
  unsigned index;
  enum if_bit bit;		/* of an immediate */
  bool value_known;		/* an immediate's VALUE is known */
  long long value;
  unsigned width;		/* bytes named (1, 2, 4, 8), 0 if not told */
  bool high_byte;		/* %ah.. or a %hN operand */
};

/* General registers by name: index (x86 encoding order), width.  */
static const struct
{
  const char *name;
  unsigned char index, width;
  bool high;
} reg_names[] = {
  { "rax", 0, 8, false }, { "eax", 0, 4, false }, { "ax", 0, 2, false },
  { "al", 0, 1, false }, { "ah", 0, 1, true },
  { "rcx", 1, 8, false }, { "ecx", 1, 4, false }, { "cx", 1, 2, false },
  { "cl", 1, 1, false }, { "ch", 1, 1, true },
  { "rdx", 2, 8, false }, { "edx", 2, 4, false }, { "dx", 2, 2, false },
  { "dl", 2, 1, false }, { "dh", 2, 1, true },
  { "rbx", 3, 8, false }, { "ebx", 3, 4, false }, { "bx", 3, 2, false },
  { "bl", 3, 1, false }, { "bh", 3, 1, true },
  { "rsp", 4, 8, false }, { "esp", 4, 4, false }, { "sp", 4, 2, false },
  { "spl", 4, 1, false },
  { "rbp", 5, 8, false }, { "ebp", 5, 4, false }, { "bp", 5, 2, false },
  { "bpl", 5, 1, false },
  { "rsi", 6, 8, false }, { "esi", 6, 4, false }, { "si", 6, 2, false },
  { "sil", 6, 1, false },
  { "rdi", 7, 8, false }, { "edi", 7, 4, false }, { "di", 7, 2, false },
  { "dil", 7, 1, false },
};

#define SP_INDEX 4

/* The register index of a constraint letter that fixes one, or -1.  */
static int
constraint_reg_index (char c)
{
  switch (c)
    {
    case 'a': return 0;
    case 'c': return 1;
    case 'd': return 2;
    case 'b': return 3;
    case 'S': return 6;
    case 'D': return 7;
    default: return -1;
    }
}

/* Looks up the register named by the LEN characters at S (without '%'):
   stores its index, width and whether it is a high byte; false if S names
   no general register.  */
static bool
lookup_reg (const char *s, size_t len, unsigned *index, unsigned *width,
	    bool *high)
{
  char name[8];
  if (len == 0 || len >= sizeof name)
    return false;
  for (size_t i = 0; i < len; i++)
    name[i] = (char) tolower ((unsigned char) s[i]);
  name[len] = '\0';
  for (size_t i = 0; i < sizeof reg_names / sizeof reg_names[0]; i++)
    if (strcmp (reg_names[i].name, name) == 0)
      {
	*index = reg_names[i].index;
	*width = reg_names[i].width;
	*high = reg_names[i].high;
	return true;
      }
  /* %r8 .. %r15, with the d/w/b suffixes.  */
  if (name[0] != 'r' || !isdigit ((unsigned char) name[1]))
    return false;
  char *end;
  long n = strtol (name + 1, &end, 10);
  if (n < 8 || n > 15)
    return false;
  *index = (unsigned) n;
  *high = false;
  if (*end == '\0')
    *width = 8;
  else if (strcmp (end, "d") == 0)
    *width = 4;
  else if (strcmp (end, "w") == 0)
    *width = 2;
  else if (strcmp (end, "b") == 0)
    *width = 1;
  else
    return false;
  return true;
}

/* Evaluates the integer expression of the LEN characters at S (numbers
   joined by +, - and *, an optional leading - or ~) into *V, in 64-bit
   arithmetic that wraps as the assembler's; false when it is anything
   else.  */
static bool
eval_expr (const char *s, size_t len, long long *v)
{
  unsigned long long sum = 0, product = 1;
  int sign = 1;
  bool complement = false, have_number = false;
  size_t i = 0;
  while (i < len && isspace ((unsigned char) s[i]))
    i++;
  if (i < len && s[i] == '~')
    {
      complement = true;
      i++;
    }
  while (i < len)
    {
      char c = s[i];
      if (isspace ((unsigned char) c))
	i++;
      else if (c == '-' && !have_number)
	{
	  sign = -sign;
	  i++;
	}
      else if (isdigit ((unsigned char) c))
	{
	  char buf[32];
	  size_t n = 0;
	  while (i < len && isalnum ((unsigned char) s[i]) && n + 1 < sizeof buf)
	    buf[n++] = s[i++];
	  buf[n] = '\0';
	  char *end;
	  unsigned long long x = strtoull (buf, &end, 0);
	  if (*end)
	    return false;
	  product *= x;
	  have_number = true;
	}
      else if (c == '*' && have_number)
	{
	  have_number = false;
	  i++;
	}
      else if ((c == '+' || c == '-') && have_number)
	{
	  sum += sign < 0 ? -product : product;
	  product = 1;
	  sign = c == '-' ? -1 : 1;
	  have_number = false;
	  i++;
	}
      else
	return false;
    }
  if (!have_number)
    return false;
  sum += sign < 0 ? -product : product;
  *v = (long long) (complement ? ~sum : sum);
  return true;
}

/* The bit IF of the number V.  */
static enum if_bit
bit_of (long long v)
{
  return v & EFLAGS_IF ? IFB_ONE : IFB_ZERO;
}

/* The index of the slot at byte offset OFF from the top of the stack, or
   -1 (past the slots the template pushed, or inside one).  */
static int
slot_at (const struct if_state *st, long long off)
{
  long long at = 0;
  for (unsigned i = st->depth; i > 0; i--)
    {
      if (at == off)
	return (int) i - 1;
      at += st->stack[i - 1].size;
      if (at > off)
	return -1;
    }
  return -1;
}

/* Parses the memory operand of the LEN characters at S into *L.  */
static void
parse_memory (struct if_state *st, const char *s, size_t len, struct loc *l)
{
  l->kind = LOC_NONE;
  const char *open = (const char *) memchr (s, '(', len);
  if (!open || memchr (s, ':', len))
    return;
  const char *close = (const char *) memchr (open, ')', len - (open - s));
  if (!close)
    return;
  const char *base = open + 1;
  size_t blen = close - base;
  while (blen && isspace ((unsigned char) *base))
    base++, blen--;
  while (blen && isspace ((unsigned char) base[blen - 1]))
    blen--;
  unsigned index, width;
  bool high;
  if (blen < 2 || base[0] != '%' || memchr (base, ',', blen)
      || !lookup_reg (base + 1, blen - 1, &index, &width, &high)
      || index != SP_INDEX)
    return;
  long long off = 0;
  if (open > s && !eval_expr (s, open - s, &off))
    {
      st->failed = true;
      return;
    }
  int slot = slot_at (st, off);
  if (slot < 0)
    {
      /* Below the slots: the caller's frame, not followed, unless it is
	 inside a slot.  */
      long long total = 0;
      for (unsigned i = 0; i < st->depth; i++)
	total += st->stack[i].size;
      if (off < total)
	st->failed = true;
      return;
    }
  l->kind = LOC_STACK;
  l->index = (unsigned) slot;
}

/* Parses the instruction operand of the LEN characters at S into *L.  */
static void
parse_loc (struct if_state *st, const char *s, size_t len, struct loc *l)
{
  memset (l, 0, sizeof *l);
  while (len && isspace ((unsigned char) *s))
    s++, len--;
  while (len && isspace ((unsigned char) s[len - 1]))
    len--;
  if (len == 0)
    {
      st->failed = true;
      return;
    }
  if (s[0] == '$')
    {
      l->kind = LOC_IMM;
      l->value_known = eval_expr (s + 1, len - 1, &l->value);
      l->bit = l->value_known ? bit_of (l->value) : IFB_UNKNOWN;
      return;
    }
  if (s[0] == '%' && !memchr (s, '(', len) && !memchr (s, ':', len))
    {
      int n = template_operand_number (s, len);
      if (n >= 0)
	{
	  if ((unsigned) n >= st->nops || n >= MAX_OPERANDS)
	    {
	      st->failed = true;
	      return;
	    }
	  char mod = isalpha ((unsigned char) s[1]) ? s[1] : 0;
	  l->width = mod == 'b' || mod == 'h' ? 1 : mod == 'w' ? 2
		     : mod == 'k' ? 4 : mod == 'q' ? 8 : 0;
	  l->high_byte = mod == 'h';
	  int r = constraint_reg_index (st->ops[n].reg);
	  l->kind = r >= 0 ? LOC_REG : LOC_OPERAND;
	  l->index = r >= 0 ? (unsigned) r : (unsigned) n;
	  return;
	}
      unsigned index, width;
      bool high;
      if (lookup_reg (s + 1, len - 1, &index, &width, &high))
	{
	  l->kind = index == SP_INDEX ? LOC_SP : LOC_REG;
	  l->index = index;
	  l->width = width;
	  l->high_byte = high;
	}
      return;
    }
  parse_memory (st, s, len, l);
}

/* The value at L.  */
static enum if_bit
read_loc (const struct if_state *st, const struct loc *l)
{
  switch (l->kind)
    {
    case LOC_IMM: return l->bit;
    case LOC_REG: return st->reg[l->index];
    case LOC_OPERAND: return st->operand[l->index];
    case LOC_STACK: return st->stack[l->index].bit;
    default: return IFB_UNKNOWN;
    }
}

/* Stores V at L; BYTE tells a one-byte write, which changes bit IF only
   in a high-byte register.  */
static void
write_loc (struct if_state *st, const struct loc *l, enum if_bit v,
	   bool byte)
{
  if (byte || l->width == 1)
    {
      if (!l->high_byte)
	return;
      v = IFB_UNKNOWN;
    }
  switch (l->kind)
    {
    case LOC_REG: st->reg[l->index] = v; break;
    case LOC_OPERAND: st->operand[l->index] = v; break;
    case LOC_STACK: st->stack[l->index].bit = v; break;
    case LOC_SP:
    case LOC_IMM: st->failed = true; break;
    default: break;
    }
}

static enum if_bit
bit_not (enum if_bit a)
{
  switch (a)
    {
    case IFB_ZERO: return IFB_ONE;
    case IFB_ONE: return IFB_ZERO;
    case IFB_ENTRY: return IFB_NOT_ENTRY;
    case IFB_NOT_ENTRY: return IFB_ENTRY;
    default: return IFB_UNKNOWN;
    }
}

/* A and B, and of the two bits (OP '&', '|' or '^').  */
static enum if_bit
bit_op (char op, enum if_bit a, enum if_bit b)
{
  bool complementary = (a == IFB_ENTRY && b == IFB_NOT_ENTRY)
		       || (a == IFB_NOT_ENTRY && b == IFB_ENTRY);
  switch (op)
    {
    case '&':
      if (a == IFB_ZERO || b == IFB_ZERO || complementary)
	return IFB_ZERO;
      if (a == IFB_ONE || a == b)
	return b;
      return b == IFB_ONE ? a : IFB_UNKNOWN;
    case '|':
      if (a == IFB_ONE || b == IFB_ONE || complementary)
	return IFB_ONE;
      if (a == IFB_ZERO || a == b)
	return b;
      return b == IFB_ZERO ? a : IFB_UNKNOWN;
    default:
      if (a == IFB_UNKNOWN || b == IFB_UNKNOWN)
	return IFB_UNKNOWN;
      if (a == b)
	return IFB_ZERO;
      if (complementary)
	return IFB_ONE;
      if (a == IFB_ZERO)
	return b;
      if (b == IFB_ZERO)
	return a;
      return bit_not (a == IFB_ONE ? b : a);
    }
}

/* Sets the interrupt flag to V.  */
static void
set_flag (struct if_state *st, enum if_bit v)
{
  st->flag = v;
  if (v != IFB_ZERO && v != IFB_ENTRY)
    st->opened = true;
}

static void
push (struct if_state *st, unsigned size, enum if_bit v)
{
  if (st->depth == MAX_SLOTS)
    {
      st->failed = true;
      return;
    }
  st->stack[st->depth].size = size;
  st->stack[st->depth].bit = v;
  st->depth++;
}

static enum if_bit
pop (struct if_state *st, unsigned size)
{
  if (st->depth == 0 || st->stack[st->depth - 1].size != size)
    {
      st->failed = true;
      return IFB_UNKNOWN;
    }
  return st->stack[--st->depth].bit;
}

/* Moves the stack pointer up by BYTES (down when negative): drops the
   slots it passes, or pushes one unknown slot.  */
static void
adjust_sp (struct if_state *st, long long bytes)
{
  if (bytes < 0)
    {
      if (bytes < -4096)
	st->failed = true;
      else
	push (st, (unsigned) -bytes, IFB_UNKNOWN);
      return;
    }
  while (bytes > 0 && st->depth > 0)
    {
      long long size = st->stack[st->depth - 1].size;
      if (size > bytes)
	break;
      bytes -= size;
      st->depth--;
    }
  if (bytes != 0)
    st->failed = true;
}

/* The operation of mnemonic MNEM: stores its base name's index in the
   table below and its size suffix ('b', 'w', 'l', 'q', 'd' or 0) in
   *SUFFIX, or returns -1.  */
static const char *const known_ops[] = {
  "pushf", "popf", "push", "pop", "mov", "and", "or", "xor", "not",
  "bts", "btr", "btc", "bt", "test", "cmp", "add", "sub", "lea", "cli",
  "sti", "nop", "lfence", "mfence", "sfence", "pause", "clc", "stc",
  "cmc", "cld", "std"
};

enum
{
  OP_PUSHF, OP_POPF, OP_PUSH, OP_POP, OP_MOV, OP_AND, OP_OR, OP_XOR, OP_NOT,
  OP_BTS, OP_BTR, OP_BTC, OP_BT, OP_TEST, OP_CMP, OP_ADD, OP_SUB, OP_LEA,
  OP_CLI, OP_STI, OP_FIRST_NOP
};

static int
lookup_op (const char *mnem, char *suffix)
{
  size_t len = strlen (mnem);
  for (size_t i = 0; i < sizeof known_ops / sizeof known_ops[0]; i++)
    {
      size_t n = strlen (known_ops[i]);
      if (n == len && memcmp (mnem, known_ops[i], n) == 0)
	{
	  *suffix = 0;
	  return (int) i;
	}
      if (i < OP_CLI && n + 1 == len && memcmp (mnem, known_ops[i], n) == 0
	  && strchr ("bwlq", mnem[n]))
	{
	  *suffix = mnem[n];
	  return (int) i;
	}
    }
  if (len == 6 && memcmp (mnem, "pushfd", 6) == 0)
    return *suffix = 'l', OP_PUSHF;
  if (len == 5 && memcmp (mnem, "popfd", 5) == 0)
    return *suffix = 'l', OP_POPF;
  return -1;
}

/* True for instructions that transfer control or change the stack in
   ways not followed.  */
static bool
control_transfer_p (const char *mnem)
{
  static const char *const names[] = {
    "call", "ret", "iret", "lret", "loop", "int", "syscall", "sysret",
    "sysenter", "sysexit", "enter", "leave", "pusha", "popa", "ud2",
    "rsm", "hlt", "mwait"
  };
  if (mnem[0] == 'j' || mnem[0] == '\0')
    return true;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strncmp (mnem, names[i], strlen (names[i])) == 0)
      return true;
  return false;
}

/* An instruction not followed: what it names and every register become
   unknown; naming the stack pointer cannot be followed.  */
static void
unknown_insn (struct if_state *st, struct loc *locs, int n)
{
  for (int i = 0; i < n; i++)
    {
      if (locs[i].kind == LOC_SP)
	st->failed = true;
      else if (locs[i].kind != LOC_IMM)
	write_loc (st, &locs[i], IFB_UNKNOWN, false);
    }
  for (unsigned r = 0; r < NREGS; r++)
    st->reg[r] = IFB_UNKNOWN;
}

/* The size in bytes of a push or pop with SUFFIX.  */
static unsigned
push_size (const struct if_state *st, char suffix)
{
  return suffix == 'w' ? 2 : suffix == 'l' ? 4 : suffix == 'q' ? 8
	 : st->word;
}

/* Follows one instruction of the template.  */
static void
follow_insn (const struct template_insn *ti, void *data)
{
  struct if_state *st = (struct if_state *) data;
  if (st->failed)
    return;
  if (!ti->main_section || (ti->encoded && ti->mnem[0] == '\0'))
    {
      st->failed = true;
      return;
    }
  if (ti->encoded)
    {
      unknown_insn (st, NULL, 0);
      return;
    }
  char suffix = 0;
  int op = lookup_op (ti->mnem, &suffix);
  if (op < 0 && control_transfer_p (ti->mnem))
    {
      st->failed = true;
      return;
    }
  const char *start[MAX_OPS_PER_INSN];
  size_t len[MAX_OPS_PER_INSN];
  struct loc locs[MAX_OPS_PER_INSN];
  int n = template_split_operands (ti->operands, start, len,
				   MAX_OPS_PER_INSN);
  if (n < 0)
    {
      st->failed = true;
      return;
    }
  for (int i = 0; i < n; i++)
    parse_loc (st, start[i], len[i], &locs[i]);
  if (st->failed)
    return;
  bool byte = suffix == 'b';
  for (int i = 0; i < n; i++)
    byte |= locs[i].width == 1 && locs[i].kind != LOC_IMM;
  struct loc *src = n == 2 ? &locs[0] : NULL;
  struct loc *dst = n >= 1 ? &locs[n - 1] : NULL;
  switch (op)
    {
    case OP_PUSHF:
      if (n == 0)
	push (st, push_size (st, suffix), st->flag);
      else
	st->failed = true;
      return;
    case OP_POPF:
      if (n == 0)
	set_flag (st, pop (st, push_size (st, suffix)));
      else
	st->failed = true;
      return;
    case OP_CLI:
      set_flag (st, IFB_ZERO);
      return;
    case OP_STI:
      set_flag (st, IFB_ONE);
      return;
    case OP_PUSH:
      if (n == 1 && dst->kind != LOC_SP)
	push (st, push_size (st, suffix), read_loc (st, dst));
      else
	st->failed = true;
      return;
    case OP_POP:
      if (n == 1)
	write_loc (st, dst, pop (st, push_size (st, suffix)), false);
      else
	st->failed = true;
      return;
    case OP_MOV:
      if (n == 2)
	write_loc (st, dst, read_loc (st, src), byte);
      else
	st->failed = true;
      return;
    case OP_AND:
    case OP_OR:
    case OP_XOR:
      if (n != 2)
	break;
      write_loc (st, dst,
		 bit_op (op == OP_AND ? '&' : op == OP_OR ? '|' : '^',
			 read_loc (st, src), read_loc (st, dst)), byte);
      return;
    case OP_NOT:
      if (n != 1)
	break;
      write_loc (st, dst, bit_not (read_loc (st, dst)), byte);
      return;
    case OP_BTS:
    case OP_BTR:
    case OP_BTC:
      {
	if (n != 2 || src->kind != LOC_IMM || !src->value_known)
	  break;
	unsigned bits = suffix == 'w' ? 16 : suffix == 'l' ? 32 : 64;
	if (1ull << ((unsigned long long) src->value % bits) != EFLAGS_IF)
	  return;
	enum if_bit v = read_loc (st, dst);
	write_loc (st, dst, op == OP_BTS ? IFB_ONE : op == OP_BTR ? IFB_ZERO
			    : bit_not (v), false);
	return;
      }
    case OP_BT:
    case OP_TEST:
    case OP_CMP:
      return;
    case OP_ADD:
    case OP_SUB:
      if (n == 2 && dst->kind == LOC_SP)
	{
	  if (src->kind == LOC_IMM && src->value_known)
	    adjust_sp (st, op == OP_ADD ? src->value : -src->value);
	  else
	    st->failed = true;
	  return;
	}
      break;
    case OP_LEA:
      if (n == 2 && dst->kind == LOC_SP)
	{
	  /* lea K(%rsp),%rsp moves the stack pointer by K.  */
	  long long off;
	  const char *open = (const char *) memchr (start[0], '(', len[0]);
	  if (open && eval_expr (start[0], open - start[0], &off)
	      && strstr (open, "sp)"))
	    adjust_sp (st, off);
	  else
	    st->failed = true;
	  return;
	}
      break;
    default:
      if (op >= OP_FIRST_NOP)
	return;
      break;
    }
  unknown_insn (st, locs, n);
}

enum if_effect
interrupt_flag_effect (const char *tmpl, const struct if_operand *ops,
		       unsigned nops, unsigned word)
{
  struct if_state st;
  memset (&st, 0, sizeof st);
  st.ops = ops;
  st.nops = nops;
  st.word = word;
  st.flag = IFB_ENTRY;
  for (unsigned i = 0; i < nops && i < MAX_OPERANDS; i++)
    {
      st.operand[i] = ops[i].bit;
      int r = constraint_reg_index (ops[i].reg);
      if (r >= 0)
	st.reg[r] = ops[i].bit;
    }
  template_walk (tmpl, follow_insn, &st, NULL);
  if (st.failed || st.opened)
    return IFE_UNKNOWN;
  if (st.flag == IFB_ENTRY)
    return IFE_KEPT;
  return st.flag == IFB_ZERO ? IFE_CLEARED : IFE_UNKNOWN;
}
