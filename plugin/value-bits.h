/* What GIMPLE's computation of an integer value tells about its bits.  */
#ifndef ASMCLOBBER_VALUE_BITS_H
#define ASMCLOBBER_VALUE_BITS_H

/* The bits of the integer operand V (its low 64) that may be 1.  */
unsigned long long value_nonzero_bits (tree v);

/* Says whether the SSA name NAME holds the base value (DATA as given to
   value_changed_bits).  */
typedef bool (*value_base_fn) (tree name, void *data);

/* The bits (of the low 64) in which the integer operand V may differ
   from a base value, V being computed from one by and, or and xor with
   other values; all bits when V is computed otherwise.  IS_BASE tells
   the SSA names that hold the base value.  */
unsigned long long value_changed_bits (tree v, value_base_fn is_base,
				       void *data);

#endif
