/* Code with errors never reaches GIMPLE: only the compiler's own errors.  */

extern int word;

void broken (void)
{
  word = 1;
  asm volatile ("mfence" ::: "cc"); /* { dg-bogus "asmclobber" } */
  undeclared_identifier = 2; /* { dg-error "undeclared" } */
}
