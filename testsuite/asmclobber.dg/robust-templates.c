/* Odd templates never crash the plugin: empty, huge, junk characters,
   unbalanced quotes and braces, 30 operands, asm goto with outputs.  */

extern int word;

#define X10(s) s s s s s s s s s s
#define NOPS X10 (X10 (X10 (X10 ("nop ; nop\n"))))

void empty (int x)
{
  word = 1;
  asm volatile ("" : : "r" (x)); /* { dg-bogus "asmclobber" } */
}

void huge (void)
{
  word = 1; /* { dg-message "note: the store" } */
  /* 100 KB of nops, then a fence: still found.  */
  asm volatile (NOPS "mfence" ::: "cc"); /* { dg-warning "executing 'mfence'" } */
}

void junk (void)
{
  word = 2;
  asm volatile ("\x01\x7f\xff %{ %} %| ||| %%%% ; ;; \n\n\t : : #" ::: "cc"); /* { dg-bogus "asmclobber" } */
  asm volatile ("\"mfence ; ' \" \" \" .byte 0x0f, 0xae," ::: "cc"); /* { dg-bogus "asmclobber" } */
  asm volatile (".byte 0x0f ; .byte 0xae ; .byte" ::: "cc"); /* { dg-bogus "asmclobber" } */
  asm volatile ("mov ,,,,," ::: "cc"); /* { dg-bogus "asmclobber" } */
  asm volatile ("pop" ::: "cc"); /* { dg-bogus "asmclobber" } */
  asm volatile ("averyveryveryveryveryveryverylongmnemonicthatisnotinthetable %0" :: "r" (0)); /* { dg-bogus "asmclobber" } */
}

/* Templates GCC itself rejects when it prints them: its errors, the same
   with and without the plugin, and nothing from the plugin.  */
void rejected_by_gcc (void)
{
  word = 3;
  asm volatile ("{{{ nop" ::: "cc"); /* { dg-error "nested assembly dialect alternatives" } */
  asm volatile ("{" ::: "cc"); /* { dg-error "unterminated assembly dialect alternative" } */
  asm volatile ("%" ::: "cc"); /* { dg-error "invalid %-code" } */
  asm volatile ("mov %0, %%" :: "r" (0)); /* { dg-bogus "asmclobber" } */
}

void thirty_operands (void)
{
  int a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14;
  word = 3; /* { dg-message "note: the store" } */
  asm volatile ("lfence" /* { dg-warning "executing 'lfence'" } */
		: "=m" (a0), "=m" (a1), "=m" (a2), "=m" (a3), "=m" (a4),
		  "=m" (a5), "=m" (a6), "=m" (a7), "=m" (a8), "=m" (a9),
		  "=m" (a10), "=m" (a11), "=m" (a12), "=m" (a13), "=m" (a14)
		: "m" (a0), "m" (a1), "m" (a2), "m" (a3), "m" (a4),
		  "m" (a5), "m" (a6), "m" (a7), "m" (a8), "m" (a9),
		  "m" (a10), "m" (a11), "m" (a12), "m" (a13), "m" (a14));
  word = a0 + a14;
}

int goto_with_outputs (int x)
{
  int out;
  word = 4; /* { dg-message "note: the store" } */
  asm goto ("mfence ; mov %1, %0 ; jmp %l2" : "=r" (out) : "r" (x) : : fail); /* { dg-warning "executing 'mfence'" } */
  return out;
fail:
  return -1;
}

/* Basic asm at file scope is not in any function.  */
asm (".pushsection .text\n\tmfence\n.popsection");

int nested_functions (int x)
{
  int inner (int y)
  {
    word = y; /* { dg-message "note: the store" } */
    asm volatile ("sfence" ::: "cc"); /* { dg-warning "executing 'sfence'" } */
    return y;
  }
  return inner (x);
}
