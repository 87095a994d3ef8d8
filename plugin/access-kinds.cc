/* Classifying the memory accesses of GIMPLE statements: address spaces
   (__seg_gs, __seg_fs), descriptor and page-table memory by type name, and
   compiler barriers.  */
#include "gcc-compat.h"
#include "options.h"
#include "tm_p.h"
#include "basic-block.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "stringpool.h"
#include "ssa.h"
#include "builtins.h"
#include "gimple-iterator.h"
#include "tree-dfa.h"
#include "access-kinds.h"

/* Built-in type names of descriptor-table memory (Linux, x86).  Not
   struct desc_ptr: lgdt/lidt read it through their own "m" operand.  */
static const char *const builtin_desc_types[] = {
  "desc_struct", "gate_struct", "gate_desc", "ldttss_desc", "ldt_desc",
  "tss_desc", "x86_hw_tss", "tss_struct", "gdt_page"
};

static const char *const builtin_pt_types[] = {
  "pte_t", "pmd_t", "pud_t", "p4d_t", "pgd_t"
};

#define MAX_IDS (MAX_TYPE_NAMES + 16)
#define CHASE_DEPTH 6

/* Identifiers of the type names, compared by pointer.  */
static tree desc_ids[MAX_IDS], pt_ids[MAX_IDS];
static unsigned ndesc_ids, npt_ids;

/* Fills IDS with identifiers for the names of BUILTIN and EXTRA.  */
static unsigned
make_ids (tree *ids, const char *const *builtin, unsigned nbuiltin,
	  const char *const *extra, unsigned nextra)
{
  unsigned n = 0;
  for (unsigned i = 0; i < nbuiltin; i++)
    ids[n++] = get_identifier (builtin[i]);
  for (unsigned i = 0; i < nextra; i++)
    ids[n++] = get_identifier (extra[i]);
  return n;
}

void
access_kinds_init (void)
{
  const struct asmclobber_options *o = &asmclobber_options;
  ndesc_ids = make_ids (desc_ids, builtin_desc_types,
			ARRAY_SIZE (builtin_desc_types), o->desc_types,
			o->ndesc_types);
  npt_ids = make_ids (pt_ids, builtin_pt_types, ARRAY_SIZE (builtin_pt_types),
		      o->pt_types, o->npt_types);
}

/* Returns the identifier naming TYPE (struct tag or typedef), or NULL.  */
static tree
type_identifier (tree type)
{
  tree name = TYPE_NAME (type);
  if (name && TREE_CODE (name) == TYPE_DECL)
    name = DECL_NAME (name);
  return name && TREE_CODE (name) == IDENTIFIER_NODE ? name : NULL_TREE;
}

/* True when ID is one of the N identifiers IDS.  */
static bool
id_in (tree id, const tree *ids, unsigned n)
{
  for (unsigned i = 0; id && i < n; i++)
    if (ids[i] == id)
      return true;
  return false;
}

/* True when the record or union TYPE has a bit-field of WIDTH bits at bit
   BIT (counted from the start of TYPE's outermost enclosing record, which
   starts at bit START), looking into nested records.  */
static bool
has_bit_field (tree type, unsigned HOST_WIDE_INT start, unsigned bit,
	       unsigned width, int depth)
{
  if (depth > 3 || !RECORD_OR_UNION_TYPE_P (type))
    return false;
  for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
    {
      if (TREE_CODE (f) != FIELD_DECL || !tree_fits_uhwi_p (bit_position (f))
	  || !DECL_SIZE (f) || !tree_fits_uhwi_p (DECL_SIZE (f)))
	continue;
      unsigned HOST_WIDE_INT pos = start + tree_to_uhwi (bit_position (f));
      if (DECL_BIT_FIELD (f) && pos == bit
	  && tree_to_uhwi (DECL_SIZE (f)) == width)
	return true;
      if (has_bit_field (TREE_TYPE (f), pos, bit, width, depth + 1))
	return true;
    }
  return false;
}

/* True when TYPE is shaped like an x86 descriptor: 8 or 16 bytes, with
   the DPL and present bit-fields where the CPU reads them (a struct
   segdesc, a gdt_entry_t, a hypervisor's own TSS descriptor type).  */
static bool
descriptor_shaped_p (tree type)
{
  if (!RECORD_OR_UNION_TYPE_P (type) || !TYPE_SIZE_UNIT (type)
      || !tree_fits_uhwi_p (TYPE_SIZE_UNIT (type)))
    return false;
  unsigned HOST_WIDE_INT size = tree_to_uhwi (TYPE_SIZE_UNIT (type));
  return (size == 8 || size == 16)
	 && has_bit_field (type, 0, DESC_DPL_BIT, DESC_DPL_WIDTH, 0)
	 && has_bit_field (type, 0, DESC_P_BIT, 1, 0);
}

/* Returns AK_DESC_STORE and/or AK_PT_STORE when TYPE (an element of it,
   a typedef it goes through, or its main variant) has a listed name, or
   is shaped like a descriptor.  */
static unsigned
type_kinds (tree type)
{
  while (type && TREE_CODE (type) == ARRAY_TYPE)
    type = TREE_TYPE (type);
  unsigned kinds = type && descriptor_shaped_p (TYPE_MAIN_VARIANT (type))
		   ? AK_DESC_STORE : 0;
  for (int i = 0; type && i < CHASE_DEPTH; i++)
    {
      tree id = type_identifier (type);
      if (id_in (id, desc_ids, ndesc_ids))
	kinds |= AK_DESC_STORE;
      if (id_in (id, pt_ids, npt_ids))
	kinds |= AK_PT_STORE;
      tree name = TYPE_NAME (type);
      tree next = name && TREE_CODE (name) == TYPE_DECL
		  ? DECL_ORIGINAL_TYPE (name) : NULL_TREE;
      if (!next && TYPE_MAIN_VARIANT (type) != type)
	next = TYPE_MAIN_VARIANT (type);
      type = next;
    }
  return kinds;
}

/* Returns AK_SEG_GS/AK_SEG_FS for TYPE's named address space.  */
static unsigned
type_segment (tree type)
{
  if (!type)
    return 0;
  addr_space_t as = TYPE_ADDR_SPACE (type);
  if (as == ADDR_SPACE_SEG_GS)
    return AK_SEG_GS;
  if (as == ADDR_SPACE_SEG_FS)
    return AK_SEG_FS;
  return ADDR_SPACE_GENERIC_P (as) ? 0 : AK_SEG_GS | AK_SEG_FS;
}

static unsigned ref_kinds_walk (tree ref, int depth);

/* Returns the kinds of the object that pointer PTR points to, following
   SSA copies, conversions and offsets (a folded memcpy's char * pointer
   still leads to the struct desc_struct * it came from).  */
static unsigned
pointee_kinds (tree ptr, int depth)
{
  if (!ptr || depth > CHASE_DEPTH)
    return 0;
  if (TREE_CODE (ptr) == ADDR_EXPR)
    return ref_kinds_walk (TREE_OPERAND (ptr, 0), depth + 1);
  tree type = TREE_TYPE (ptr);
  if (!POINTER_TYPE_P (type))
    return 0;
  unsigned kinds = type_kinds (TREE_TYPE (type))
		   | type_segment (TREE_TYPE (type));
  if (kinds & (AK_DESC_STORE | AK_PT_STORE) || TREE_CODE (ptr) != SSA_NAME)
    return kinds;
  gimple *def = SSA_NAME_DEF_STMT (ptr);
  if (!is_gimple_assign (def))
    return kinds;
  enum tree_code code = gimple_assign_rhs_code (def);
  if (gimple_assign_single_p (def) || CONVERT_EXPR_CODE_P (code)
      || code == POINTER_PLUS_EXPR)
    kinds |= pointee_kinds (gimple_assign_rhs1 (def), depth + 1);
  return kinds;
}

/* Returns the type-derived kinds (descriptor, page table, segment) of the
   memory reference REF: its own type, each enclosing component's, and what
   its base pointer points to.  */
static unsigned
ref_kinds_walk (tree ref, int depth)
{
  unsigned kinds = 0;
  tree t = ref;
  for (;;)
    {
      kinds |= type_kinds (TREE_TYPE (t)) | type_segment (TREE_TYPE (t));
      if (!handled_component_p (t))
	break;
      t = TREE_OPERAND (t, 0);
    }
  if (TREE_CODE (t) == MEM_REF || TREE_CODE (t) == TARGET_MEM_REF)
    kinds |= pointee_kinds (TREE_OPERAND (t, 0), depth + 1)
	     | type_segment (TREE_TYPE (TREE_TYPE (TREE_OPERAND (t, 1))));
  return kinds;
}

/* The descriptor tables of the current function found by what its code
   does (access_kinds_begin_function): declarations, or the SSA pointers
   they are reached through.  */
static vec<tree> tables;

/* The object that pointer or address value V is computed from: the
   declaration whose address it takes, or the SSA name it starts from,
   following copies, conversions and constant offsets; NULL if none.  */
static tree
address_root (tree v, int depth)
{
  if (depth > CHASE_DEPTH)
    return NULL_TREE;
  if (TREE_CODE (v) == ADDR_EXPR)
    {
      tree base = get_base_address (TREE_OPERAND (v, 0));
      if (base && DECL_P (base))
	return base;
      if (base && TREE_CODE (base) == MEM_REF)
	return address_root (TREE_OPERAND (base, 0), depth + 1);
      return NULL_TREE;
    }
  if (TREE_CODE (v) != SSA_NAME)
    return NULL_TREE;
  gimple *def = SSA_NAME_DEF_STMT (v);
  if (is_gimple_assign (def))
    {
      enum tree_code code = gimple_assign_rhs_code (def);
      if (gimple_assign_single_p (def) && (TREE_CODE (gimple_assign_rhs1 (def)) == SSA_NAME
					   || TREE_CODE (gimple_assign_rhs1 (def)) == ADDR_EXPR))
	return address_root (gimple_assign_rhs1 (def), depth + 1);
      if (CONVERT_EXPR_CODE_P (code) || code == POINTER_PLUS_EXPR
	  || (code == PLUS_EXPR
	      && TREE_CODE (gimple_assign_rhs2 (def)) == INTEGER_CST))
	return address_root (gimple_assign_rhs1 (def), depth + 1);
    }
  return v;
}

/* The root (address_root) of the object memory reference REF is in.  */
static tree
ref_root (tree ref)
{
  tree base = get_base_address (ref);
  if (!base)
    return NULL_TREE;
  if (DECL_P (base))
    return base;
  if (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
    return address_root (TREE_OPERAND (base, 0), 0);
  return NULL_TREE;
}

tree
access_pointer_root (tree ptr)
{
  return address_root (ptr, 0);
}

tree
access_ref_root (tree ref)
{
  return ref_root (ref);
}

tree
access_store_root (gimple *stmt)
{
  if (is_gimple_assign (stmt) && gimple_store_p (stmt))
    return ref_root (gimple_assign_lhs (stmt));
  if (is_gimple_call (stmt) && gimple_call_num_args (stmt) >= 1
      && gimple_vdef (stmt))
    return address_root (gimple_call_arg (stmt, 0), 0);
  return NULL_TREE;
}

tree
access_load_root (gimple *stmt)
{
  if (is_gimple_assign (stmt) && gimple_assign_load_p (stmt))
    return ref_root (gimple_assign_rhs1 (stmt));
  if (is_gimple_call (stmt) && gimple_call_num_args (stmt) >= 2)
    return address_root (gimple_call_arg (stmt, 1), 0);
  return NULL_TREE;
}

/* True when REF is in one of the current function's found tables.  */
static bool
in_found_table_p (tree ref)
{
  if (tables.is_empty ())
    return false;
  tree root = ref_root (ref);
  for (unsigned i = 0; root && i < tables.length (); i++)
    if (tables[i] == root)
      return true;
  return false;
}

/* Records the table whose address the store STMT writes into the base
   field of the pseudo-descriptor DESC (a memory operand of an lgdt or
   lidt), if it does.  */
static void
note_table_store (gimple *stmt, tree desc)
{
  if (!gimple_store_p (stmt) || !is_gimple_assign (stmt))
    return;
  poly_int64 dpos, dsize, dmax, pos, size, max;
  bool dreverse, reverse;
  tree dbase = get_ref_base_and_extent (desc, &dpos, &dsize, &dmax, &dreverse);
  tree lhs = gimple_assign_lhs (stmt);
  tree base = get_ref_base_and_extent (lhs, &pos, &size, &max, &reverse);
  if (!operand_equal_p (dbase, base, 0)
      || maybe_ne (pos, dpos + PSEUDO_DESC_BASE_BYTE * BITS_PER_UNIT))
    return;
  tree root = address_root (gimple_assign_rhs1 (stmt), 0);
  if (root && !tables.contains (root))
    tables.safe_push (root);
}

void
access_kinds_begin_function (gasm *const *loads, unsigned n)
{
  tables.truncate (0);
  basic_block bb;
  for (unsigned i = 0; i < n; i++)
    for (unsigned j = 0; j < gimple_asm_ninputs (loads[i]); j++)
      {
	tree op = gimple_asm_input_op (loads[i], j);
	if (!asm_memory_operand_p (op))
	  continue;
	FOR_EACH_BB_FN (bb, cfun)
	  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	       gsi_next (&gsi))
	    note_table_store (gsi_stmt (gsi), TREE_VALUE (op));
      }
}

void
access_kinds_end_function (void)
{
  tables.release ();
}

/* True when REF's base is a local variable of the current function.  */
static bool
local_base_p (tree ref)
{
  tree base = get_base_address (ref);
  return base && DECL_P (base) && auto_var_in_fn_p (base, current_function_decl);
}

/* Returns the AK_* bits of the memory reference REF, a store if STORE.
   Accesses to locals no other code can see count for nothing; the
   descriptor and page-table kinds by type only for stores outside the
   stack.  */
static unsigned
ref_kinds (tree ref, bool store)
{
  tree base = get_base_address (ref);
  if (!base || is_gimple_reg (ref)
      || (DECL_P (base) && !is_global_var (base) && !may_be_aliased (base)))
    return 0;
  unsigned kinds = AK_MEMORY | ref_kinds_walk (ref, 0);
  if (!store || local_base_p (ref))
    kinds &= ~(AK_DESC_STORE | AK_PT_STORE);
  /* A table the code loads into GDTR or IDTR is one, even on the stack.  */
  if (store && in_found_table_p (ref))
    kinds |= AK_DESC_STORE;
  return kinds;
}

/* Like ref_kinds for the memory POINTER points to.  */
static unsigned
pointer_kinds (tree pointer, bool store)
{
  if (TREE_CODE (pointer) == ADDR_EXPR)
    return ref_kinds (TREE_OPERAND (pointer, 0), store);
  unsigned kinds = AK_MEMORY | pointee_kinds (pointer, 0);
  tree root = tables.is_empty () ? NULL_TREE : address_root (pointer, 0);
  if (root && tables.contains (root))
    kinds |= AK_DESC_STORE;
  return store ? kinds : kinds & ~(AK_DESC_STORE | AK_PT_STORE);
}

bool
asm_memory_operand_p (tree op)
{
  tree val = TREE_VALUE (op);
  return !is_gimple_reg (val) && !is_gimple_min_invariant (val)
	 && TREE_CODE (val) != SSA_NAME && get_base_address (val);
}

/* Fills *OUT for a call.  Calls GCC models precisely (memcpy, memmove,
   memset) are accesses; any other call that may write memory, atomic and
   __sync builtins and fences among them, is a barrier.  */
static void
call_effect (gcall *call, struct stmt_effect *out)
{
  if (gimple_call_builtin_p (call, BUILT_IN_NORMAL))
    switch (DECL_FUNCTION_CODE (gimple_call_fndecl (call)))
      {
      case BUILT_IN_MEMCPY:
      case BUILT_IN_MEMMOVE:
      case BUILT_IN_MEMPCPY:
	out->loads = pointer_kinds (gimple_call_arg (call, 1), false);
	/* Fall through.  */
      case BUILT_IN_MEMSET:
	out->stores = pointer_kinds (gimple_call_arg (call, 0), true);
	return;
      default:
	break;
      }
  out->barrier = gimple_vdef (call) != NULL_TREE;
}

tree
asm_input_value (gasm *stmt, const char *constraint)
{
  for (unsigned i = 0; i < gimple_asm_ninputs (stmt); i++)
    {
      tree op = gimple_asm_input_op (stmt, i);
      if (strcmp (TREE_STRING_POINTER (TREE_VALUE (TREE_PURPOSE (op))),
		  constraint) == 0)
	return TREE_VALUE (op);
    }
  return NULL_TREE;
}

tree
asm_operand (gasm *stmt, unsigned n)
{
  unsigned nout = gimple_asm_noutputs (stmt);
  return n < nout ? gimple_asm_output_op (stmt, n)
	 : gimple_asm_input_op (stmt, n - nout);
}

char
asm_constraint_reg (const char *constraint)
{
  char reg = 0;
  for (const char *p = constraint; *p; p++)
    {
      if (strchr ("=+&%*", *p))
	continue;
      if (reg || !strchr ("abcdSD", *p))
	return 0;
      reg = *p;
    }
  return reg;
}

tree
asm_operand_value (gasm *stmt, unsigned n)
{
  unsigned nout = gimple_asm_noutputs (stmt);
  if (n >= nout)
    return n - nout < gimple_asm_ninputs (stmt)
	   ? TREE_VALUE (gimple_asm_input_op (stmt, n - nout)) : NULL_TREE;
  char matching[12];
  snprintf (matching, sizeof matching, "%u", n);
  return asm_input_value (stmt, matching);
}

bool
asm_volatile_p (gasm *stmt)
{
  return gimple_asm_volatile_p (stmt) || gimple_asm_nlabels (stmt) > 0;
}

/* Fills *OUT for an asm statement other than the one being checked.
   A volatile asm never moves across another, so only a memory clobber
   (or a basic asm, which GCC treats as one) or the operands of a
   non-volatile asm matter.  */
static void
asm_effect (gasm *stmt, struct stmt_effect *out)
{
  if (gimple_asm_clobbers_memory_p (stmt))
    {
      out->barrier = true;
      return;
    }
  if (asm_volatile_p (stmt))
    return;
  for (unsigned i = 0; i < gimple_asm_noutputs (stmt); i++)
    if (asm_memory_operand_p (gimple_asm_output_op (stmt, i)))
      out->stores |= ref_kinds (TREE_VALUE (gimple_asm_output_op (stmt, i)),
				true);
  for (unsigned i = 0; i < gimple_asm_ninputs (stmt); i++)
    if (asm_memory_operand_p (gimple_asm_input_op (stmt, i)))
      out->loads |= ref_kinds (TREE_VALUE (gimple_asm_input_op (stmt, i)),
			       false);
}

void
access_effect_of (gimple *stmt, struct stmt_effect *out)
{
  memset (out, 0, sizeof *out);
  switch (gimple_code (stmt))
    {
    case GIMPLE_ASSIGN:
      /* An end-of-scope marker (x ={v} {CLOBBER}) accesses nothing.  */
      if (gimple_clobber_p (stmt))
	break;
      if (gimple_store_p (stmt))
	out->stores = ref_kinds (gimple_assign_lhs (stmt), true);
      if (gimple_assign_load_p (stmt))
	out->loads = ref_kinds (gimple_assign_rhs1 (stmt), false);
      break;
    case GIMPLE_CALL:
      call_effect (as_a <gcall *> (stmt), out);
      break;
    case GIMPLE_ASM:
      asm_effect (as_a <gasm *> (stmt), out);
      break;
    default:
      break;
    }
}

/* Initializes *REF for the memory STMT accesses (its store if STORE):
   false when it has none of that direction.  */
static bool
access_ao_ref (gimple *stmt, bool store, ao_ref *ref)
{
  if (is_gimple_assign (stmt))
    {
      if (store ? !gimple_store_p (stmt) : !gimple_assign_load_p (stmt))
	return false;
      ao_ref_init (ref, store ? gimple_assign_lhs (stmt)
			      : gimple_assign_rhs1 (stmt));
      return true;
    }
  if (is_gimple_call (stmt) && gimple_call_num_args (stmt) >= 3
      && (store || !gimple_call_builtin_p (stmt, BUILT_IN_MEMSET)))
    {
      ao_ref_init_from_ptr_and_size (ref, gimple_call_arg (stmt, store ? 0 : 1),
				     gimple_call_arg (stmt, 2));
      return true;
    }
  return false;
}

/* True when OPREF may alias a memory operand of the asm ACCESS: one of
   its outputs, or (unless ONLY_STORES) one of its inputs.  */
static bool
asm_operands_alias_p (ao_ref *opref, gasm *access, bool only_stores)
{
  ao_ref ref;
  unsigned nout = gimple_asm_noutputs (access);
  unsigned n = only_stores ? nout : nout + gimple_asm_ninputs (access);
  for (unsigned i = 0; i < n; i++)
    {
      tree op = i < nout ? gimple_asm_output_op (access, i)
		: gimple_asm_input_op (access, i - nout);
      if (!asm_memory_operand_p (op))
	continue;
      ao_ref_init (&ref, TREE_VALUE (op));
      if (refs_may_alias_p_1 (opref, &ref, true))
	return true;
    }
  return false;
}

/* True when operand OP of the checked asm may alias what ACCESS reads or
   writes (only its writes when ONLY_STORES); ACCESS may itself be an asm
   with memory operands.  */
static bool
operand_orders (tree op, gimple *access, bool only_stores)
{
  if (!asm_memory_operand_p (op))
    return false;
  ao_ref opref, ref;
  ao_ref_init (&opref, TREE_VALUE (op));
  if (gasm *a = dyn_cast <gasm *> (access))
    return asm_operands_alias_p (&opref, a, only_stores);
  if (access_ao_ref (access, true, &ref) && refs_may_alias_p_1 (&opref, &ref, true))
    return true;
  return !only_stores && access_ao_ref (access, false, &ref)
	 && refs_may_alias_p_1 (&opref, &ref, true);
}

bool
access_ordered_by_operands (gimple *access, gasm *asm_stmt)
{
  for (unsigned i = 0; i < gimple_asm_noutputs (asm_stmt); i++)
    if (operand_orders (gimple_asm_output_op (asm_stmt, i), access, false))
      return true;
  for (unsigned i = 0; i < gimple_asm_ninputs (asm_stmt); i++)
    if (operand_orders (gimple_asm_input_op (asm_stmt, i), access, true))
      return true;
  return false;
}

const char *
access_describe (gimple *access, unsigned kind)
{
  struct stmt_effect effect;
  access_effect_of (access, &effect);
  bool store = (effect.stores & kind) != 0;
  switch (kind)
    {
    case AK_SEG_GS:
      return store ? "store to %gs-based (__seg_gs) memory"
		   : "load from %gs-based (__seg_gs) memory";
    case AK_SEG_FS:
      return store ? "store to %fs-based (__seg_fs) memory"
		   : "load from %fs-based (__seg_fs) memory";
    case AK_DESC_STORE:
      return "store to descriptor-table memory";
    case AK_PT_STORE:
      return "store to page-table memory";
    default:
      return store ? "store to memory" : "load from memory";
    }
}
