/* help prints the argument list on stdout, then compiling and checking go on as usual.  */
/* { dg-options "-fplugin-arg-asmclobber-help" } */
/* { dg-output-line {^asmclobber: warns about system-state inline asm lacking a "memory" clobber$} } */
/* { dg-output-line {^  -fplugin-arg-asmclobber-level=N +0: off, 1: only with a nearby access$} } */
/* { dg-output-line {^ +the compiler may move \(default\),$} } */
/* { dg-output-line {^ +2: every state-changing asm$} } */
/* { dg-output-line {^  -fplugin-arg-asmclobber-disable +same as level=0$} } */
/* { dg-output-line {^  -fplugin-arg-asmclobber-ignore=LIST +do not check these classes or$} } */
/* { dg-output-line {^ +instructions \(comma-separated\)$} } */
/* { dg-output-line {^  -fplugin-arg-asmclobber-check=LIST +check them again \(later wins\)$} } */
/* { dg-output-line {^  -fplugin-arg-asmclobber-descriptor-types=LIST$} } */
/* { dg-output-line {^ +more struct/typedef names of$} } */
/* { dg-output-line {^ +descriptor-table memory$} } */
/* { dg-output-line {^  -fplugin-arg-asmclobber-page-table-types=LIST$} } */
/* { dg-output-line {^ +more type names of page tables$} } */
/* { dg-output-line {^  -fplugin-arg-asmclobber-main-file-only$} } */
/* { dg-output-line {^ +report only asm written in the$} } */
/* { dg-output-line {^ +main source file$} } */
/* { dg-output-line {^  -fplugin-arg-asmclobber-evidence-only$} } */
/* { dg-output-line {^ +report only findings whose access$} } */
/* { dg-output-line {^ +this build was seen to move, merge$} } */
/* { dg-output-line {^ +or delete$} } */
/* { dg-output-line {^  -fplugin-arg-asmclobber-help +print this text$} } */
/* { dg-output-line {^Classes: descriptor tlb control-register segment-base user-access pkru$} } */
/* { dg-output-line {^ +interrupt fence wait cache vm-structure hypercall$} } */
/* { dg-output-line {^ +system-state$} } */

struct desc_struct { unsigned short a, b, c, d; };
extern struct desc_struct gdt[16];

void load_tr (unsigned short v)
{
  gdt[8].a = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-warning {warning: 'asm' executing 'ltr' has no .* \[asmclobber:descriptor\]} } */
  /* { dg-fixit 38 { : "memory"} .-1 } */
}
