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

/* GCC starts new line maps within lines past column 128 or so: the edit
   is still expressed, here and after such a line.  (Distinct stores keep
   identical code folding from merging these functions with others.)  */
void long_line (void)
{
  word = 41;                                                                                                                                                      asm volatile ("mfence" ::: "cc"); /* { dg-warning "executing 'mfence'" } */
  /* { dg-fixit 194 {, "memory"} .-1 } */
  /* { dg-message "note: the store" "" { target *-*-* } .-2 } */
}

void after_a_long_line (void)
{
  word = 42; /* { dg-message "note: the store" } */
  asm volatile ("mfence" /* { dg-warning "executing 'mfence'" } */
                                                                                                                                                                      
                ::: "cc");
  /* { dg-fixit 25 {, "memory"} .-1 } */
}
