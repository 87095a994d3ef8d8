/* ignore=mov-cr3,mov-gs names special mov destinations: those are silenced, mov to %cr4 and %fs are not.  */
/* { dg-options "-fplugin-arg-asmclobber-ignore=mov-cr3,mov-gs" } */

extern int shared;
extern int __seg_gs percpu_var;
extern int __seg_fs tls_var;

void write_cr3 (unsigned long v)
{
  shared = 1;
  asm volatile ("mov %0,%%cr3" :: "r" (v)); /* { dg-bogus "asmclobber" } */
}

void write_cr4 (unsigned long v)
{
  shared = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mov %0,%%cr4" :: "r" (v)); /* { dg-warning {warning: 'asm' executing 'mov to %cr4' has no .* \[asmclobber:control-register\]} } */
  /* { dg-fixit 42 { : "memory"} .-1 } */
}

int load_gs (unsigned short sel)
{
  asm volatile ("mov %0,%%gs" :: "r" (sel)); /* { dg-bogus "asmclobber" } */
  return percpu_var;
}

int load_fs (unsigned short sel)
{
  asm volatile ("mov %0,%%fs" :: "r" (sel)); /* { dg-warning {warning: 'asm' executing 'mov to %fs' has no .* \[asmclobber:segment-base\]} } */
  /* { dg-fixit 43 { : "memory"} .-1 } */
  return tls_var; /* { dg-message "note: the load from %fs-based \\(__seg_fs\\) memory is here" } */
}
