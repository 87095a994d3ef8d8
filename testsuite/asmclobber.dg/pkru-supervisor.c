/* { dg-options "-O2 -mno-red-zone" } */
/* In supervisor code (-mno-red-zone: ring 0, where interrupts use the
   same stack) protection keys govern only user pages, which the kernel
   reaches through uaccess helpers, not plain accesses: no level-1
   finding.  */

extern int protected_word;

void write_pkru (unsigned int pkru)
{
  protected_word = 1;
  asm volatile ("wrpkru" :: "a" (pkru), "c" (0), "d" (0)); /* { dg-bogus "asmclobber" } */
  protected_word = 2;
}

int write_pkru_bytes (unsigned int pkru)
{
  asm volatile (".byte 0x0f,0x01,0xef\n\t" :: "a" (pkru), "c" (0), "d" (0)); /* { dg-bogus "asmclobber" } */
  return protected_word;
}

/* The rule is about protection keys only: other classes still apply.  */
void write_cr3 (unsigned long pgd)
{
  protected_word = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mov %0, %%cr3" :: "r" (pgd)); /* { dg-warning "executing 'mov to %cr3' has no" } */
}
