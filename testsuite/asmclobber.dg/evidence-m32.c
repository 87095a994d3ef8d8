/* { dg-options "-O2 -m32" } */
/* Evidence on i386: the deleted descriptor store and the per-CPU load
   expanded after the GS_BASE write, as the -O levels' tests see them on
   x86_64 (asmclobber.torture/evidence.c).  */

struct desc_struct { unsigned short limit0, base0, flags0, flags1; };
struct gdt_page { struct desc_struct gdt[16]; };
extern struct gdt_page gdt_page;
extern __seg_gs int pcpu;

void dse_ltr (unsigned short a, unsigned short b)
{
  gdt_page.gdt[8].limit0 = a; /* { dg-message "note: the store to descriptor-table memory is here" } */
  /* { dg-message "note: in this build GCC deleted the store at evidence-m32.c:\[0-9\]+ \\(pass dse\\)" "" { target *-*-* } .-1 } */
  asm volatile ("ltr %w0" :: "q" (8 * 8)); /* { dg-warning "executing 'ltr' has no" } */
  gdt_page.gdt[8].limit0 = b;
}

int ter_moved (unsigned lo)
{
  int x = pcpu; /* { dg-message "note: the load from %gs-based .__seg_gs. memory is here" } */
  /* { dg-message "note: in this build GCC moved the load at evidence-m32.c:\[0-9\]+ after the 'asm' \\(pass expand\\)" "" { target *-*-* } .-1 } */
  asm volatile ("wrmsr" :: "c" (0xc0000101), "a" (lo), "d" (0)); /* { dg-warning "executing 'wrmsr' has no" } */
  return x * 3;
}
/* { dg-final { asm-order ter_moved {wrmsr} {%gs:} "the load is expanded after wrmsr" } } */
