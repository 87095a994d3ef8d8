/* Template scanning: what the assembler would execute, in AT&T syntax.  */

extern int word;

void several_instructions_and_labels (void)
{
  word = 1; /* { dg-message "note: the store" } */
  asm volatile ("nop\n1:\tmovl $1, %%eax ; 2: mfence\n" ::: "eax"); /* { dg-warning "executing 'mfence'" } */
}

void prefixes_and_suffixes (unsigned short sel)
{
  word = 2; /* { dg-message "note: the store" } */
  asm volatile ("lock; ds ltrw %0" :: "r" (sel)); /* { dg-bogus "asmclobber" "ltr depends on descriptor stores only" } */
  asm volatile ("rep; lfence" ::: "cc"); /* { dg-warning "executing 'lfence'" } */
}

void comments_are_not_code (void)
{
  word = 3;
  asm volatile ("nop # mfence\n\t/* sfence */ nop" ::: "cc"); /* { dg-bogus "asmclobber" } */
}

void dialects_take_att (void)
{
  word = 4; /* { dg-message "note: the store" } */
  asm volatile ("{mfence|nop}" ::: "cc"); /* { dg-warning "executing 'mfence'" } */
  asm volatile ("{nop|mfence}" ::: "cc"); /* { dg-bogus "asmclobber" } */
}

void percent_escapes (unsigned long v)
{
  word = 5; /* { dg-message "note: the store" } */
  asm volatile ("movq %0, %%cr3" :: "r" (v)); /* { dg-warning "executing 'mov to %cr3'" } */
}

void named_operands (unsigned long v)
{
  word = 6; /* { dg-message "note: the store" } */
  asm volatile ("mov %[val], %%cr4" :: [val] "r" (v)); /* { dg-warning "executing 'mov to %cr4'" } */
}

void upper_case (void)
{
  word = 7; /* { dg-message "note: the store" } */
  asm volatile ("MFENCE" ::: "cc"); /* { dg-warning "executing 'mfence'" } */
}

void byte_encodings (void)
{
  word = 8; /* { dg-message "note: the store" } */
  asm volatile (".byte 0x0f, 0xae, 0xf0" ::: "cc"); /* { dg-warning "executing 'mfence'" } */
}

void byte_expressions_in_data_sections (void)
{
  word = 9;
  asm volatile (".pushsection .data\n.byte 0x0f,0x01,0xca\n.popsection\n"
		".byte 1f-0f\n0: nop\n1:" ::: "cc"); /* { dg-bogus "asmclobber" } */
}

void first_of_several (void)
{
  word = 10; /* { dg-message "note: the store" } */
  asm volatile ("stac\n\tmfence\n\tclac" ::: "cc"); /* { dg-warning "executing 'stac'" } */
}

void read_only_instructions (unsigned long *out)
{
  unsigned int lo, hi;
  word = 11;
  asm volatile ("rdmsr" : "=a" (lo), "=d" (hi) : "c" (0x10)); /* { dg-bogus "asmclobber" } */
  asm volatile ("rdtsc" : "=a" (lo), "=d" (hi)); /* { dg-bogus "asmclobber" } */
  asm volatile ("str %0" : "=r" (lo)); /* { dg-bogus "asmclobber" } */
  asm volatile ("sgdt %0" : "=m" (*out)); /* { dg-bogus "asmclobber" } */
  word = lo + hi;
}

void odd_templates (void)
{
  word = 12;
  asm volatile ("" ::: "cc"); /* { dg-bogus "asmclobber" } */
  asm volatile ("\"unbalanced ; {mfence" ::: "cc"); /* { dg-bogus "asmclobber" } */
  asm volatile ("%%%%%%" ::: "cc"); /* { dg-bogus "asmclobber" } */
  asm volatile ("/* unterminated" ::: "cc"); /* { dg-bogus "asmclobber" } */
}
