/* ignore=fence check=mfence: mfence is checked again, lfence and sfence stay ignored.  */
/* { dg-options "-fplugin-arg-asmclobber-ignore=fence -fplugin-arg-asmclobber-check=mfence" } */

extern int shared;

void full_fence (void)
{
  shared = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mfence" ::: "cc"); /* { dg-warning {warning: 'asm' executing 'mfence' has no .* \[asmclobber:fence\]} } */
  /* { dg-fixit 34 {, "memory"} .-1 } */
}

void load_fence (void)
{
  shared = 2;
  asm volatile ("lfence" ::: "cc"); /* { dg-bogus "asmclobber" } */
}

void store_fence (void)
{
  shared = 3;
  asm volatile ("sfence" ::: "cc"); /* { dg-bogus "asmclobber" } */
}
