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
     means: its value is the register's, read from it or from the shadow
     copy the code stores the written value to, changed in those bits;
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

/* A control register write, the register it writes and the value it
   writes there.  */
struct cr_write
{
  gasm *stmt;
  int reg;
  tree value;
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

/* At most this many definitions are followed to tell that two
   addresses are computed alike.  */
#define SAME_ADDRESS_DEPTH 8

/* True when A and B are hard register variables of the same register
   (each inlined copy of a helper has its own "register long sp
   asm ("rsp")").  */
static bool
same_hard_register_p (tree a, tree b)
{
  return TREE_CODE (a) == VAR_DECL && TREE_CODE (b) == VAR_DECL
	 && DECL_HARD_REGISTER (a) && DECL_HARD_REGISTER (b)
	 && DECL_ASSEMBLER_NAME_SET_P (a) && DECL_ASSEMBLER_NAME_SET_P (b)
	 && DECL_ASSEMBLER_NAME (a) == DECL_ASSEMBLER_NAME (b);
}

/* True when the assignment X reads a hard register variable.  */
static bool
hard_register_read_p (gassign *x)
{
  tree r = gimple_assign_rhs1 (x);
  return TREE_CODE (r) == VAR_DECL && DECL_HARD_REGISTER (r);
}

/* True when the values A and B are computed alike: the same SSA name or
   constant, reads of the same hard register (%rsp in a per-CPU area's
   address), or the same operation on operands computed alike, following
   DEPTH definitions.  */
static bool
computed_alike_p (tree a, tree b, int depth)
{
  if (TREE_CODE (a) == VAR_DECL || TREE_CODE (b) == VAR_DECL)
    return same_hard_register_p (a, b);
  if (operand_equal_p (a, b, 0))
    return true;
  if (depth == 0 || TREE_CODE (a) != SSA_NAME || TREE_CODE (b) != SSA_NAME
      || SSA_NAME_IS_DEFAULT_DEF (a) || SSA_NAME_IS_DEFAULT_DEF (b))
    return false;
  gassign *x = dyn_cast <gassign *> (SSA_NAME_DEF_STMT (a));
  gassign *y = dyn_cast <gassign *> (SSA_NAME_DEF_STMT (b));
  if (!x || !y || gimple_assign_rhs_code (x) != gimple_assign_rhs_code (y)
      || gimple_num_ops (x) != gimple_num_ops (y)
      || (gimple_vuse (x) && !hard_register_read_p (x))
      || (gimple_vuse (y) && !hard_register_read_p (y)))
    return false;
  for (unsigned i = 1; i < gimple_num_ops (x); i++)
    if (!computed_alike_p (gimple_op (x, i), gimple_op (y, i), depth - 1))
      return false;
  return true;
}

/* True when the memory references A and B name the same memory: the same
   fields and offsets from addresses computed alike.  */
static bool
same_memory_p (tree a, tree b)
{
  while (TREE_CODE (a) == COMPONENT_REF && TREE_CODE (b) == COMPONENT_REF
	 && TREE_OPERAND (a, 1) == TREE_OPERAND (b, 1))
    {
      a = TREE_OPERAND (a, 0);
      b = TREE_OPERAND (b, 0);
    }
  if (operand_equal_p (a, b, 0))
    return true;
  return TREE_CODE (a) == MEM_REF && TREE_CODE (b) == MEM_REF
	 && operand_equal_p (TREE_OPERAND (a, 1), TREE_OPERAND (b, 1), 0)
	 && computed_alike_p (TREE_OPERAND (a, 0), TREE_OPERAND (b, 0),
			      SAME_ADDRESS_DEPTH);
}

/* True when LOAD reads the register's shadow for the write W: nothing
   between LOAD and the write can change the register, and the code
   stores W's value to the memory LOAD reads, before the write or after
   it before any call or other asm (Linux's cpu_tlbstate.cr4,
   Xen's cpu_info cr4), so that memory holds the register's value.  */
static bool
shadow_load_p (gimple *load, const struct cr_write *w)
{
  if (!gimple_assign_load_p (load) || !nothing_between_p (load, w->stmt))
    return false;
  tree shadow = gimple_assign_rhs1 (load);
  bool after = false;
  gimple_stmt_iterator gsi = gsi_for_stmt (load);
  for (gsi_next (&gsi); !gsi_end_p (gsi); gsi_next (&gsi))
    {
      gimple *s = gsi_stmt (gsi);
      if (s == w->stmt)
	after = true;
      else if (after && (is_gimple_call (s) || is_a <gasm *> (s)))
	return false;
      else if (gimple_assign_single_p (s) && gimple_vdef (s)
	       && gimple_assign_rhs1 (s) == w->value
	       && same_memory_p (gimple_assign_lhs (s), shadow))
	return true;
    }
  return false;
}

/* The value_base_fn of a control register write (DATA): NAME holds the
   register's value, being an output of an asm reading that register
   ("mov %cr0,%0") or a load of its shadow, with nothing between it and
   the write that could change the register.  */
static bool
cr_read_base_p (tree name, void *data)
{
  const struct cr_write *w = (const struct cr_write *) data;
  gimple *stmt = SSA_NAME_DEF_STMT (name);
  gasm *def = dyn_cast <gasm *> (stmt);
  if (!def)
    return shadow_load_p (stmt, w);
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
   the value is one read from that register (or its shadow) just before,
   changed only in other bits.  */
static bool
cr_write_keeps_data_bits_p (gasm *stmt, const struct insn_info *insn,
			    int source)
{
  tree v = source >= 0 ? asm_operand_value (stmt, source) : NULL_TREE;
  struct cr_write w = { stmt, -1, v };
  for (int k = 0; k < 10 && w.reg < 0; k++)
    if (insn_lookup_control_register (k) == insn)
      w.reg = k;
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
