/* page-table-types=my_pte makes a store to my_pte one that invlpg depends on.  */
/* { dg-options "-fplugin-arg-asmclobber-page-table-types=my_pte" } */

typedef struct { unsigned long v; } my_pte;

void clear_pte (my_pte *p, unsigned long addr)
{
  p->v = 0; /* { dg-message "note: the store to page-table memory is here" } */
  asm volatile ("invlpg (%0)" :: "r" (addr)); /* { dg-warning {warning: 'asm' executing 'invlpg' has no .* the store to page-table memory at pt-types\.c:8 may be moved after it \[asmclobber:tlb\]} } */
  /* { dg-fixit 44 { : "memory"} .-1 } */
}
