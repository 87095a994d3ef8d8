/* ignore= applies at level 2 too; wrmsr takes its class from the MSR: GS_BASE is segment-base, MSR 0x10 system-state.  */
/* { dg-options "-fplugin-arg-asmclobber-level=2 -fplugin-arg-asmclobber-ignore=segment-base" } */

void swap_gs (void)
{
  asm volatile ("swapgs" ::: "cc"); /* { dg-bogus "asmclobber" } */
}

void write_gs_base (unsigned lo, unsigned hi)
{
  asm volatile ("wrmsr" :: "a" (lo), "d" (hi), "c" (0xc0000101)); /* { dg-bogus "asmclobber" } */
}

void write_other_msr (unsigned lo, unsigned hi)
{
  asm volatile ("wrmsr" :: "a" (lo), "d" (hi), "c" (0x10)); /* { dg-warning {warning: 'asm' executing 'wrmsr' has no .* the compiler may move memory accesses across it \[asmclobber:system-state\]} } */
  /* { dg-fixit 58 { : "memory"} .-1 } */
}

void clear_task_switched (void)
{
  asm volatile ("clts" ::: "cc"); /* { dg-warning {warning: 'asm' executing 'clts' has no .* \[asmclobber:system-state\]} } */
  /* { dg-fixit 32 {, "memory"} .-1 } */
}
