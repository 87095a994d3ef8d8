/* Findings of several classes, with their notes and fix-its, and asms
   that must stay silent.  formats.exp checks them as text (the
   directives below), as SARIF (GCC 13 and later) and as JSON (GCC 11 to
   15): each result's line, class, notes and fix-it.  */

struct desc_struct { unsigned long lo, hi; };
extern struct desc_struct gdt[16];
extern int word, flag;

void load_ldt (struct desc_struct d)
{
  gdt[10] = d; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("lldt %w0" :: "q" (80)); /* { dg-warning "warning: 'asm' executing 'lldt' has no .* may be moved after it .asmclobber:descriptor." } */
  /* { dg-fixit 39 { : "memory"} .-1 } */
}

/* The first store is deleted: the evidence note is the warning's too.  */
void reload_ldt (unsigned long a, unsigned long b)
{
  gdt[11].lo = a; /* { dg-message "note: the store to descriptor-table memory is here" } */
  /* { dg-message "note: in this build GCC deleted the store at findings.c:\[0-9\]+ \\(pass dse\\)" "" { target *-*-* } .-1 } */
  asm volatile ("lldt %w0" :: "q" (88)); /* { dg-warning "warning: 'asm' executing 'lldt' has no .* may be moved after it .asmclobber:descriptor." } */
  /* { dg-fixit 39 { : "memory"} .-1 } */
  gdt[11].lo = b;
}

void publish (int v)
{
  word = v; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("sfence" ::: "cc"); /* { dg-warning "warning: 'asm' executing 'sfence' has no .* may be moved after it .asmclobber:fence." } */
  /* { dg-fixit 34 {, "memory"} .-1 } */
}

int user_read (const int *p)
{
  int v;
  asm volatile ("stac" :); /* { dg-warning "warning: 'asm' executing 'stac' has no .* may be moved before it .asmclobber:user-access." } */
  /* { dg-fixit 25 { :: "memory"} .-1 } */
  v = *p; /* { dg-message "note: the load from memory is here" } */
  asm volatile ("clac" ::: "memory"); /* { dg-bogus "asmclobber" } */
  return v;
}

void with_memory (int v)
{
  flag = v;
  asm volatile ("mfence" ::: "memory"); /* { dg-bogus "asmclobber" } */
}

int nothing_nearby (int x)
{
  asm volatile ("mfence" ::: "cc"); /* { dg-bogus "asmclobber" } */
  return x + 1;
}
