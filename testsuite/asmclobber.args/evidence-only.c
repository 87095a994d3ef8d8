/* evidence-only: of two level-1 findings, only the one whose access this
   build was seen to move is reported.  */
/* { dg-options "-O2 -fplugin-arg-asmclobber-evidence-only" } */

struct desc_struct { unsigned short limit0, base0, flags0, flags1; };
struct gdt_page { struct desc_struct gdt[16]; };
extern struct gdt_page gdt_page;

void deleted (unsigned short a, unsigned short b)
{
  gdt_page.gdt[8].limit0 = a; /* { dg-message "note: the store to descriptor-table memory is here" } */
  /* { dg-message "note: in this build GCC deleted the store at evidence-only.c:\[0-9\]+ \\(pass dse\\)" "" { target *-*-* } .-1 } */
  asm volatile ("ltr %w0" :: "q" (8 * 8)); /* { dg-warning "executing 'ltr' has no" } */
  gdt_page.gdt[8].limit0 = b;
}

void kept (unsigned short a)
{
  gdt_page.gdt[8].limit0 = a;
  asm volatile ("ltr %w0" :: "q" (9 * 8)); /* { dg-bogus "asmclobber" "no evidence, not reported" } */
}
