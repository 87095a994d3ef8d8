/* TLB class: invlpg/invpcid make the CPU walk the page tables again, so a
   store to a page table must not sink below them.  */

typedef struct { unsigned long pte; } pte_t;
typedef struct { unsigned long pmd; } pmd_t;
extern pte_t *kernel_ptes;
extern unsigned long other_word;

void set_pte_and_flush (unsigned long addr, pte_t v)
{
  kernel_ptes[addr >> 12] = v; /* { dg-message "note: the store to page-table memory is here" } */
  asm volatile ("invlpg (%0)" :: "r" (addr)); /* { dg-warning "executing 'invlpg' has no .* the store to page-table memory at tlb.c:11 may be moved after it .asmclobber:tlb." } */
}

void set_pmd_field_and_flush (pmd_t *pmd, unsigned long addr)
{
  pmd->pmd = addr | 1; /* { dg-message "note: the store to page-table memory is here" } */
  asm volatile ("invlpg (%0)" :: "r" (addr)); /* { dg-warning "executing 'invlpg'" } */
}

void other_store_is_fine (unsigned long addr)
{
  other_word = addr;
  asm volatile ("invlpg (%0)" :: "r" (addr)); /* { dg-bogus "asmclobber" } */
}

void store_after_is_fine (unsigned long addr, pte_t v)
{
  asm volatile ("invlpg (%0)" :: "r" (addr)); /* { dg-bogus "asmclobber" } */
  kernel_ptes[0] = v;
}

void operand_may_alias_the_store (unsigned long type, void *desc, pte_t v)
{
  /* The "m" operand is char memory: it may alias the page table, so GCC
     keeps the store before the asm.  */
  kernel_ptes[1] = v;
  asm volatile ("invpcid %1, %0" :: "r" (type), "m" (*(char *) desc)); /* { dg-bogus "asmclobber" } */
}
