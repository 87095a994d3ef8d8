/* Fix-its for every spelling of the statement, over several lines.  */

extern int word;

void underscores (void)
{
  word = 1; /* { dg-message "note: the store" } */
  __asm__ __volatile__ ("mfence" : : : "cc"); /* { dg-warning "executing 'mfence'" } */
  /* { dg-fixit 44 {, "memory"} .-1 } */
}

void short_underscores (void)
{
  word = 1; /* { dg-message "note: the store" } */
  __asm __volatile ("sfence" ::: "cc"); /* { dg-warning "executing 'sfence'" } */
  /* { dg-fixit 38 {, "memory"} .-1 } */
}

void inline_qualifier (void)
{
  word = 1; /* { dg-message "note: the store" } */
  asm inline volatile ("lfence" ::: "cc"); /* { dg-warning "executing 'lfence'" } */
  /* { dg-fixit 41 {, "memory"} .-1 } */
}

void multi_line (unsigned long v)
{
  word = 1; /* { dg-message "note: the store" } */
  asm volatile ("mov %0, " /* { dg-warning "executing 'mov to %cr3'" } */
		"%%cr3"
		: /* no outputs */
		: "r" (v) /* the new pgd */
		);
  /* { dg-fixit 12 { : "memory"} .-2 } */
}
