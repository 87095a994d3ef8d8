/* One warning per asm source location per translation unit, however many
   inlined copies have the problem, and a note that counts the others.  */

extern int __seg_gs cpu_word;

static inline void swapgs (void)
{
  asm volatile ("swapgs" ::: "cc"); /* { dg-warning "executing 'swapgs' has no" } */
  /* { dg-message "note: the 'asm' executing 'swapgs' reported above was found in 2 more places of this translation unit" "" { target *-*-* } .-1 } */
}

int one (void) { swapgs (); return cpu_word; } /* { dg-message "note: the load" } */
int two (void) { swapgs (); return cpu_word + 1; }
int three (void) { swapgs (); return cpu_word + 2; }
int no_hazard (int x) { swapgs (); return x; }
