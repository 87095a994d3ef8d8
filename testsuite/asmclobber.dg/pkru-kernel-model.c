/* { dg-options "-O2 -fno-pic -mcmodel=kernel" } */
/* The kernel code model is supervisor code too: wrpkru governs only user
   pages there.  */

extern int protected_word;

void write_pkru (unsigned int pkru)
{
  protected_word = 1;
  asm volatile ("wrpkru" :: "a" (pkru), "c" (0), "d" (0)); /* { dg-bogus "asmclobber" } */
  protected_word = 2;
}
