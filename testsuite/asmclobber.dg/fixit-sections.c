/* Fix-its by the shape of the operand list: the missing ':' sections are
   added, or "memory" joins the clobbers.  */

extern int word;
extern long lword;	/* cannot alias the int operands (-fstrict-aliasing) */

void one_colon (void)
{
  unsigned long out;
  asm volatile ("mfence" : "=r" (out)); /* { dg-warning "executing 'mfence'" } */
  /* { dg-fixit 38 { :: "memory"} .-1 } */
  word = 1; /* { dg-message "note: the store" } */
  lword = (long) out; /* { dg-bogus "note" "its value comes from the asm: it cannot rise above it" } */
}

void two_colons (unsigned long v)
{
  word = 1; /* { dg-message "note: the store" } */
  asm volatile ("mov %0, %%cr3" : : "r" (v)); /* { dg-warning "executing 'mov to %cr3'" } */
  /* { dg-fixit 44 { : "memory"} .-1 } */
}

void three_colons_with_clobbers (void)
{
  word = 1; /* { dg-message "note: the store" } */
  asm volatile ("mfence" : : : "cc", "eax"); /* { dg-warning "executing 'mfence'" } */
  /* { dg-fixit 43 {, "memory"} .-1 } */
}

void three_colons_empty (void)
{
  word = 1; /* { dg-message "note: the store" } */
  asm volatile ("mfence" :::); /* { dg-warning "executing 'mfence'" } */
  /* { dg-fixit 29 { "memory"} .-1 } */
}

void goto_with_clobbers (void)
{
  word = 1; /* { dg-message "note: the store" } */
  asm goto ("mfence; jmp %l0" : : : "cc" : out); /* { dg-warning "executing 'mfence'" } */
  /* { dg-fixit 41 {, "memory"} .-1 } */
out:
  return;
}

void goto_without_clobbers (void)
{
  word = 1; /* { dg-message "note: the store" } */
  asm goto ("mfence; jmp %l0" : : : : out); /* { dg-warning "executing 'mfence'" } */
  /* { dg-fixit 36 { "memory"} .-1 } */
out:
  return;
}

void nested_operands (int *a, int i)
{
  word = 1; /* { dg-bogus "note" "the int store may alias the \"m\" operand, which orders it" } */
  lword = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("mov %[v], %%cr4" :: [v] "r" ((unsigned long) a[(i)]), "m" (a[i + (1)])); /* { dg-warning "executing 'mov to %cr4'" } */
  /* { dg-bogus "note: the load" "the load of a\[i\] feeds the input: it cannot sink below the asm" { target *-*-* } .-1 } */
  /* { dg-fixit 88 { : "memory"} .-2 } */
}
