/* Bits of integer values, from the SSA statements computing them: which
   may be 1, and in which a value may differ from another it is computed
   from.  Both follow constants, bitwise operations, conversions and
   shifts by constants through at most VALUE_DEPTH definitions and give
   every bit for anything else, so they never claim a bit is fixed that
   is not.  */
#include "gcc-compat.h"
#include "basic-block.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "ssa.h"
#include "value-bits.h"

#define VALUE_DEPTH 8
#define ALL_BITS (~0ull)

/* The bits a value of type TYPE can have.  */
static unsigned long long
type_mask (tree type)
{
  unsigned prec = INTEGRAL_TYPE_P (type) || POINTER_TYPE_P (type)
		  ? TYPE_PRECISION (type) : 64;
  return prec >= 64 ? ALL_BITS : (1ull << prec) - 1;
}

/* True when a conversion from FROM to TO keeps the low bits and adds
   only zeros (or nothing) above them.  */
static bool
conversion_keeps_bits_p (tree to, tree from)
{
  if (!INTEGRAL_TYPE_P (to) || !(INTEGRAL_TYPE_P (from)
				  || POINTER_TYPE_P (from)))
    return false;
  return TYPE_PRECISION (to) <= TYPE_PRECISION (from)
	 || TYPE_UNSIGNED (from);
}

/* The assignment defining the SSA name V, or NULL.  */
static gassign *
defining_assign (tree v)
{
  if (TREE_CODE (v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (v))
    return NULL;
  return dyn_cast <gassign *> (SSA_NAME_DEF_STMT (v));
}

/* V itself when it is an integer constant, or the constant an SSA name V
   is a copy of (before constant propagation, "_8 = 0xffff; x & _8");
   NULL otherwise.  */
static tree
constant_of (tree v)
{
  if (TREE_CODE (v) == INTEGER_CST)
    return v;
  gassign *def = defining_assign (v);
  if (def && gimple_assign_single_p (def)
      && TREE_CODE (gimple_assign_rhs1 (def)) == INTEGER_CST)
    return gimple_assign_rhs1 (def);
  return NULL_TREE;
}

/* value_nonzero_bits with DEPTH definitions left to follow.  */
static unsigned long long
nonzero_bits (tree v, int depth)
{
  if (TREE_CODE (v) == INTEGER_CST)
    return (unsigned long long) TREE_INT_CST_LOW (v) & type_mask (TREE_TYPE (v));
  gassign *def = defining_assign (v);
  if (!def || depth == 0)
    return ALL_BITS & type_mask (TREE_TYPE (v));
  unsigned long long mask = type_mask (TREE_TYPE (v));
  tree a = gimple_assign_rhs1 (def);
  enum tree_code code = gimple_assign_rhs_code (def);
  switch (code)
    {
    case INTEGER_CST:
    case SSA_NAME:
      return nonzero_bits (a, depth - 1) & mask;
    CASE_CONVERT:
      if (conversion_keeps_bits_p (TREE_TYPE (v), TREE_TYPE (a)))
	return nonzero_bits (a, depth - 1) & mask;
      return mask;
    case BIT_AND_EXPR:
      return nonzero_bits (a, depth - 1)
	     & nonzero_bits (gimple_assign_rhs2 (def), depth - 1);
    case BIT_IOR_EXPR:
    case BIT_XOR_EXPR:
      return (nonzero_bits (a, depth - 1)
	      | nonzero_bits (gimple_assign_rhs2 (def), depth - 1)) & mask;
    case LSHIFT_EXPR:
    case RSHIFT_EXPR:
      {
	tree b = gimple_assign_rhs2 (def);
	if (TREE_CODE (b) != INTEGER_CST || !tree_fits_uhwi_p (b)
	    || tree_to_uhwi (b) >= 64
	    || (code == RSHIFT_EXPR && !TYPE_UNSIGNED (TREE_TYPE (a))))
	  return mask;
	unsigned n = tree_to_uhwi (b);
	unsigned long long x = nonzero_bits (a, depth - 1);
	return (code == LSHIFT_EXPR ? x << n : x >> n) & mask;
      }
    default:
      return mask;
    }
}

unsigned long long
value_nonzero_bits (tree v)
{
  return nonzero_bits (v, VALUE_DEPTH);
}

/* Of two sound answers, the one claiming fewer changed bits.  */
static unsigned long long
fewer_bits (unsigned long long x, unsigned long long y)
{
  return __builtin_popcountll (x) <= __builtin_popcountll (y) ? x : y;
}

/* value_changed_bits with DEPTH definitions left to follow.  */
static unsigned long long
changed_bits (tree v, value_base_fn is_base, void *data, int depth)
{
  if (TREE_CODE (v) == SSA_NAME && is_base (v, data))
    return 0;
  if (depth == 0 || TREE_CODE (v) != SSA_NAME)
    return ALL_BITS;
  gimple *stmt = SSA_NAME_DEF_STMT (v);
  if (gphi *phi = dyn_cast <gphi *> (stmt))
    {
      unsigned long long bits = 0;
      for (unsigned i = 0; i < gimple_phi_num_args (phi) && bits != ALL_BITS;
	   i++)
	bits |= changed_bits (gimple_phi_arg_def (phi, i), is_base, data,
			      depth - 1);
      return bits;
    }
  gassign *def = defining_assign (v);
  if (!def)
    return ALL_BITS;
  tree a = gimple_assign_rhs1 (def);
  switch (gimple_assign_rhs_code (def))
    {
    case SSA_NAME:
      return changed_bits (a, is_base, data, depth - 1);
    CASE_CONVERT:
      if (conversion_keeps_bits_p (TREE_TYPE (v), TREE_TYPE (a))
	  && TYPE_PRECISION (TREE_TYPE (v)) >= TYPE_PRECISION (TREE_TYPE (a)))
	return changed_bits (a, is_base, data, depth - 1);
      return ALL_BITS;
    case BIT_IOR_EXPR:
    case BIT_XOR_EXPR:
      {
	/* a | b differs from a at most where b may be 1.  */
	tree b = gimple_assign_rhs2 (def);
	return fewer_bits (changed_bits (a, is_base, data, depth - 1)
			   | nonzero_bits (b, VALUE_DEPTH),
			   changed_bits (b, is_base, data, depth - 1)
			   | nonzero_bits (a, VALUE_DEPTH));
      }
    case BIT_AND_EXPR:
      {
	/* a & C differs from a at most where C is 0.  */
	tree b = gimple_assign_rhs2 (def);
	tree cst = constant_of (b);
	if (!cst && (cst = constant_of (a)))
	  a = b;
	if (!cst)
	  return ALL_BITS;
	unsigned long long c = (unsigned long long) TREE_INT_CST_LOW (cst)
			       | ~type_mask (TREE_TYPE (cst));
	return changed_bits (a, is_base, data, depth - 1) | ~c;
      }
    default:
      return ALL_BITS;
    }
}

unsigned long long
value_changed_bits (tree v, value_base_fn is_base, void *data)
{
  return changed_bits (v, is_base, data, VALUE_DEPTH);
}
