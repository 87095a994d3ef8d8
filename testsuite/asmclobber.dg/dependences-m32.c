/* { dg-options "-O2 -m32" } */
/* i386: the dependences hold with 32-bit operands and __seg_fs.  */

extern unsigned long kpgdir;
extern int __seg_fs cpu_number;

void load_cr3 (void)
{
  asm volatile ("mov %0, %%cr3" :: "r" (kpgdir - 0x1000UL)); /* { dg-bogus "asmclobber" "the load of kpgdir feeds the input" } */
}

int load_fs (unsigned short sel)
{
  if (cpu_number)
    asm volatile ("movl %k0, %%fs" :: "r" (sel)); /* { dg-bogus "asmclobber" "the %fs load decides whether it runs" } */
  return 0;
}

int fs_after (unsigned short sel)
{
  asm volatile ("movl %k0, %%fs" :: "r" (sel)); /* { dg-warning "the load from %fs-based \\(__seg_fs\\) memory at dependences-m32.c:\[0-9\]+ may be moved before it" } */
  return cpu_number; /* { dg-message "note: the load from %fs-based" } */
}
