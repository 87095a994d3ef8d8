/* User-access class: stac/clac open and close the window in which the
   kernel may touch user memory; accesses must stay inside it.  */

extern int user_word;
extern int kernel_word;

int get_user_word (void)
{
  int v;
  asm volatile ("stac" ::: "cc"); /* { dg-warning "executing 'stac' has no .* the load from memory at user-access.c:11 may be moved before it .asmclobber:user-access." } */
  v = user_word; /* { dg-message "note: the load from memory is here" } */
  /* { dg-evidence "note: in this build GCC moved the load at user-access.c:11 after the 'asm' \\(pass expand\\)" "" { target *-*-* } .-1 } */
  asm volatile ("clac" ::: "cc"); /* { dg-warning "executing 'clac' has no .* the load from memory at user-access.c:11 may be moved after it" } */
  return v;
}

void put_user_word (int v)
{
  asm volatile ("stac" ::: "memory"); /* { dg-bogus "asmclobber" } */
  user_word = v;
  asm volatile ("clac" ::: "memory"); /* { dg-bogus "asmclobber" } */
}

void alternative_clac (void)
{
  kernel_word = 1; /* { dg-message "note: the store" } */
  /* The kernel's ALTERNATIVE: the replacement instruction counts.  */
  asm volatile ("661:\n\t.skip 3, 0x90\n662:\n"
		".pushsection .altinstructions,\"a\"\n"
		" .long 661b - .\n .long 663f - .\n .4byte 0x1234\n"
		" .byte 662b-661b\n .byte 664f-663f\n"
		".popsection\n"
		".pushsection .altinstr_replacement, \"ax\"\n"
		"663:\n\tclac\n664:\n"
		".popsection\n" : : : "cc"); /* { dg-warning "executing 'clac' has no .*asmclobber:user-access" "" { target *-*-* } .-7 } */
}

void byte_encoded_stac (void)
{
  asm volatile (".byte 0x0f,0x01,0xcb" ::: "cc"); /* { dg-warning "executing 'stac' has no" } */
  kernel_word = 2; /* { dg-message "note: the store" } */
}
