/* { dg-options "-O2" } */
/* The asm's own memory operands order the accesses GCC's alias oracle
   says they may touch; with type-based alias analysis (-O2) an operand of
   another type orders nothing.  */

typedef struct { unsigned long pte; } pte_t;
extern pte_t *kernel_ptes;

struct invpcid_desc { unsigned long pcid, addr; };

void invpcid_after_store (unsigned long type, unsigned long addr, pte_t v)
{
  struct invpcid_desc desc = { 0, addr };
  kernel_ptes[1] = v; /* { dg-message "note: the store to page-table memory" } */
  asm volatile ("invpcid %1, %0" :: "r" (type), "m" (desc)); /* { dg-warning "executing 'invpcid'" } */
}

