/* Accesses that cannot move across an asm because of what it computes:
   those its operands or its execution depend on, and those that depend on
   its outputs.  */
#ifndef ASMCLOBBER_DEPENDENCE_H
#define ASMCLOBBER_DEPENDENCE_H

/* The statements tied to one asm by SSA data flow or control flow.  */
struct asm_dependences
{
  hash_set<gimple *> feeding;	/* loads before it: their values flow into
				   its inputs (or the addresses of its
				   memory operands), or decide whether it
				   runs; none can sink below it */
  hash_set<gimple *> fed;	/* accesses after it whose address or value
				   comes from its outputs; none can rise
				   above it */
};

/* Computes the dependences of ASM_STMT into *DEPS.  Needs dominators and
   post-dominators of the current function (see dependence_begin).  */
void dependence_compute (gasm *asm_stmt, struct asm_dependences *deps);

/* True when the value of LOAD (before ASM_STMT) decides a branch that
   every path from LOAD to ASM_STMT passes and that stays a branch, since
   an arm holds a store, a call or an asm volatile: LOAD executes before
   the branch, hence before the asm (Xen's pre_flush() tests the clock it
   loaded before a cmpxchg).  Needs what dependence_begin computes.  */
bool dependence_pinned_load_p (gimple *load, gasm *asm_stmt);

/* Adds to FEEDING the loads whose values flow into the operands of
   OTHER, a statement that stays before the checked asm (an asm volatile,
   which GCC keeps in order with it, or an access its memory operands
   order): what OTHER consumes stays before both.  */
void dependence_add_feeding (gimple *other, hash_set<gimple *> *feeding);

/* Adds to FED the accesses that use the results of OTHER, a statement
   that stays after the checked asm (an asm volatile, or an access its
   memory operands order): what uses them stays after both.  */
void dependence_add_fed (gimple *other, hash_set<gimple *> *fed);

/* Makes the dominance information dependence_compute needs available for
   the current function; dependence_end frees what this computed.  */
void dependence_begin (void);
void dependence_end (void);

#endif
