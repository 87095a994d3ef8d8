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


/* An asm's own memory output is an access too: SeaBIOS's SET_SEG(ES)
   writes the dummy __segment_ES, which the checked asm reads and writes
   ("+m"), so the two stay in order.  */
extern unsigned short segment_es;

void set_es_then_copy (unsigned short seg, int *count)
{
  asm ("movw %w1, %%es" : "=m" (segment_es) : "rm" (seg));
  asm volatile ("movl %%cr0, %%eax; orl $1, %%eax; movl %%eax, %%cr0" : "+m" (segment_es), "+c" (*count) :: "eax", "cc"); /* { dg-bogus "asmclobber" } */
}

/* One to other memory is not ordered by the operand.  */
extern unsigned short segment_ds;

void set_ds_then_copy (unsigned short seg, int *count)
{
  asm ("movw %w1, %%ds" : "=m" (segment_ds) : "rm" (seg)); /* { dg-message "note: the store to memory is here" } */
  asm volatile ("movl %%cr0, %%eax; orl $1, %%eax; movl %%eax, %%cr0" : "+m" (segment_es), "+c" (*count) :: "eax", "cc"); /* { dg-warning "executing 'mov to %cr0' has no" } */
}
