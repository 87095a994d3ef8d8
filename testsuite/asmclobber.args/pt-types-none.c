/* Without page-table-types=, a store to my_pte before invlpg is not reported (one to pte_t is).  */

typedef struct { unsigned long v; } my_pte;
typedef struct { unsigned long pte; } pte_t;

void clear_my_pte (my_pte *p, unsigned long addr)
{
  p->v = 0;
  asm volatile ("invlpg (%0)" :: "r" (addr)); /* { dg-bogus "asmclobber" } */
}

void clear_pte (pte_t *p, unsigned long addr)
{
  p->pte = 0; /* { dg-message "note: the store to page-table memory is here" } */
  asm volatile ("invlpg (%0)" :: "r" (addr)); /* { dg-warning {warning: 'asm' executing 'invlpg' has no .* \[asmclobber:tlb\]} } */
  /* { dg-fixit 44 { : "memory"} .-1 } */
}
