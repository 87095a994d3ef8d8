/* The rules that relieve an instruction in one asm, each a fact about the
   CPU:
   - a fence next to a counter read (lfence; rdtsc) orders when the
     counter is read against execution, not memory accesses;
   - protection keys (wrpkru) govern only user-mode pages, which
     supervisor code reaches through uaccess helpers, not plain accesses;
   - an asm that leaves the interrupt flag as it was, or only clears it,
     opens no window for an interrupt (pushf ... popf);
   - a control register write that changes only bits no data access
     depends on (CR0.TS, CR0.CD, CR4.MCE ...) changes what no access
     means;
   - lgdt and lidt load only the table register: a table store sunk below
     them is too late only if the CPU reads the table (a segment load,
     far transfer, interrupt) before the next compiler barrier, where the
     store must have landed.  */
#include "gcc-compat.h"
#include "basic-block.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "ssa.h"
#include "access-kinds.h"
#include "interrupt-flag.h"
#include "value-bits.h"
#include "relief.h"

/* True when the options say the code runs in supervisor mode: x86-64
   code without the red zone, which an interrupt or exception taken on
   the same stack (only in ring 0) would overwrite, or for the kernel code
   model.  */
static bool
supervisor_code_p (void)
{
  return TARGET_64BIT && (!TARGET_RED_ZONE || ix86_cmodel == CM_KERNEL);
}

/* The interrupt flag bit of the integer operand V, as far as known.  */
static enum if_bit
operand_if_bit (tree v)
{
  if (!INTEGRAL_TYPE_P (TREE_TYPE (v)))
    return IFB_UNKNOWN;
  unsigned long long nonzero = value_nonzero_bits (v);
  if (!(nonzero & EFLAGS_IF))
    return IFB_ZERO;
  if (TREE_CODE (v) == INTEGER_CST)
    return IFB_ONE;
  return IFB_UNKNOWN;
}

/* What the template of STMT does to the interrupt flag.  */
static enum if_effect
asm_if_effect (gasm *stmt)
{
  struct if_operand ops[30];
  unsigned nout = gimple_asm_noutputs (stmt);
  unsigned n = nout + gimple_asm_ninputs (stmt);
  if (n > 30)
    return IFE_UNKNOWN;
  for (unsigned i = 0; i < n; i++)
    {
      tree op = asm_operand (stmt, i);
      ops[i].reg = asm_constraint_reg
	(TREE_STRING_POINTER (TREE_VALUE (TREE_PURPOSE (op))));
      tree v = asm_operand_value (stmt, i);
      ops[i].bit = v ? operand_if_bit (v) : IFB_UNKNOWN;
    }
  return interrupt_flag_effect (gimple_asm_string (stmt), ops, n,
				UNITS_PER_WORD);
}

/* A control register write and the register it writes.  */
struct cr_write
{
  gasm *stmt;
  int reg;
};

/* True when nothing between FROM and TO (in one block, FROM first) can
   change system state: no asm volatile and no call.  */
static bool
nothing_between_p (gimple *from, gimple *to)
{
  if (gimple_bb (from) != gimple_bb (to))
    return false;
  gimple_stmt_iterator gsi = gsi_for_stmt (from);
  for (gsi_next (&gsi); !gsi_end_p (gsi); gsi_next (&gsi))
    {
      gimple *stmt = gsi_stmt (gsi);
      if (stmt == to)
	return true;
      if (is_gimple_call (stmt))
	return false;
      if (gasm *a = dyn_cast <gasm *> (stmt))
	if (gimple_asm_volatile_p (a))
	  return false;
    }
  return false;
}

/* The value_base_fn of a control register write (DATA): NAME is an
   output of an asm reading that register ("mov %cr0,%0") with nothing
   between it and the write that could change the register.  */
static bool
cr_read_base_p (tree name, void *data)
{
  const struct cr_write *w = (const struct cr_write *) data;
  gasm *def = dyn_cast <gasm *> (SSA_NAME_DEF_STMT (name));
  if (!def)
    return false;
  struct template_scan scan;
  template_scan (gimple_asm_string (def), &scan);
  if (scan.cr_read != w->reg || scan.cr_read_operand < 0
      || (unsigned) scan.cr_read_operand >= gimple_asm_noutputs (def)
      || TREE_VALUE (gimple_asm_output_op (def, scan.cr_read_operand)) != name)
    return false;
  return nothing_between_p (def, w->stmt);
}

/* True when the write of INSN (to a control register) in STMT, with its
   value from operand SOURCE, changes no bit in the register's data bits:
   the value is one read from that register just before, changed only in
   other bits.  */
static bool
cr_write_keeps_data_bits_p (gasm *stmt, const struct insn_info *insn,
			    int source)
{
  struct cr_write w = { stmt, -1 };
  for (int k = 0; k < 10 && w.reg < 0; k++)
    if (insn_lookup_control_register (k) == insn)
      w.reg = k;
  tree v = source >= 0 ? asm_operand_value (stmt, source) : NULL_TREE;
  if (w.reg < 0 || !v || !INTEGRAL_TYPE_P (TREE_TYPE (v)))
    return false;
  return !(value_changed_bits (v, cr_read_base_p, &w) & insn->data_bits);
}

/* At most this many statements are looked at after an lgdt or lidt;
   beyond, a table read is assumed.  */
#define TABLE_READ_VISITS 512

/* True when one of the table reads NEEDED (TR_*) may happen after the
   asm STMT before a compiler barrier on some path: an asm volatile
   causing it, reached from STMT with no barrier between.  A path ends at
   a barrier (where every store has landed) and at the function's
   exit.  */
static bool
later_table_read_p (gasm *stmt, unsigned needed)
{
  auto_vec<basic_block> work;
  auto_sbitmap seen (last_basic_block_for_fn (cfun));
  bitmap_clear (seen);
  unsigned visits = 0;
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  gsi_next (&gsi);
  basic_block bb = gimple_bb (stmt);
  for (;;)
    {
      bool stopped = false;
      for (; !gsi_end_p (gsi) && !stopped; gsi_next (&gsi))
	{
	  gimple *s = gsi_stmt (gsi);
	  if (++visits > TABLE_READ_VISITS)
	    return true;
	  struct stmt_effect effect;
	  access_effect_of (s, &effect);
	  if (effect.barrier)
	    stopped = true;
	  else if (gasm *a = dyn_cast <gasm *> (s))
	    {
	      struct template_scan scan;
	      template_scan (gimple_asm_string (a), &scan);
	      if (scan.table_reads & needed)
		return true;
	    }
	}
      if (!stopped)
	{
	  edge e;
	  edge_iterator ei;
	  FOR_EACH_EDGE (e, ei, bb->succs)
	    if (e->dest != EXIT_BLOCK_PTR_FOR_FN (cfun)
		&& !bitmap_bit_p (seen, e->dest->index))
	      {
		bitmap_set_bit (seen, e->dest->index);
		work.safe_push (e->dest);
	      }
	}
      if (work.is_empty ())
	return false;
      bb = work.pop ();
      gsi = gsi_start_bb (bb);
    }
}

enum relief
relief_of (gasm *stmt, const struct template_scan *scan,
	   const struct insn_info *insn, int source, unsigned *sides)
{
  *sides = insn->flags & (IF_ONLY_BEFORE | IF_ONLY_AFTER);
  if (insn->cls == IC_FENCE && (scan->read_flags & IF_COUNTER))
    return RELIEF_COUNTER_FENCE;
  if ((insn->flags & IF_USER_PAGES) && supervisor_code_p ())
    return RELIEF_USER_PAGES;
  if (insn->flags & IF_SETS_IF)
    {
      enum if_effect effect = asm_if_effect (stmt);
      if (effect == IFE_KEPT)
	return RELIEF_IF_KEPT;
      if (effect == IFE_CLEARED)
	*sides = IF_ONLY_AFTER;
      return RELIEF_NONE;
    }
  if (insn->data_bits && cr_write_keeps_data_bits_p (stmt, insn, source))
    return RELIEF_CR_BITS;
  unsigned needed = (insn->flags & IF_READ_AT_SEGMENT ? TR_SEGMENT : 0)
		    | (insn->flags & IF_READ_AT_INTERRUPT ? TR_INTERRUPT : 0);
  if (needed && !(scan->table_reads & needed)
      && !later_table_read_p (stmt, needed))
    return RELIEF_TABLE_NOT_READ;
  return RELIEF_NONE;
}
