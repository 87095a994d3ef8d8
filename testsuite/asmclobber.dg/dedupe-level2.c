/* { dg-options "-O2 -fplugin-arg-asmclobber-level=2" } */
/* Level 2 shows everything level 1 shows: an inline asm first reported
   without a nearby access is reported once more where an access is found
   next to it, and then only counted.  */

extern int __seg_gs cpu_word;

static inline void swapgs (void)
{
  asm volatile ("swapgs" ::: "cc"); /* { dg-warning "executing 'swapgs' has no .* the compiler may move memory accesses across it" } */
  /* { dg-warning "executing 'swapgs' has no .* the load from %gs-based \\(__seg_gs\\) memory at dedupe-level2.c:\[0-9\]+ may be moved before it" "" { target *-*-* } .-1 } */
  /* { dg-message "note: the 'asm' executing 'swapgs' reported above was found in 2 more places of this translation unit: 'again' .dedupe-level2.c:18. and .no_access_again. .dedupe-level2.c:19." "" { target *-*-* } .-2 } */
  /* { dg-message "note: the fix-it for this 'asm' is on its first warning above" "the level-1 report repeats no edit" { target *-*-* } .-3 } */
}

int no_access (int x) { swapgs (); return x; }
int with_access (void) { swapgs (); return cpu_word; } /* { dg-message "note: the load" } */
int again (void) { swapgs (); return cpu_word + 1; }
int no_access_again (int x) { swapgs (); return x + 1; }
