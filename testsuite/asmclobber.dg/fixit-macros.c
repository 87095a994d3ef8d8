/* Asm written in a macro definition: one warning, and the edit goes into
   the definition.  When the edit cannot be made safely, a note says why.  */

extern int word;
extern int __seg_gs gs_word;

#define load_tr(sel) asm volatile ("ltr %w0" :: "q" (sel))
#define SWAPGS asm volatile ("swapgs" ::: "cc")
#define FENCE_WITH(clob) asm volatile ("mfence" ::: clob)

struct desc_struct { unsigned int a, b; };
extern struct desc_struct gdt[16];

void first (unsigned int v)
{
  gdt[8].a = v; /* { dg-message "note: the store to descriptor" } */
  load_tr (64); /* { dg-message "in expansion of macro 'load_tr'" } */
}
/* { dg-warning "warning: 'asm' executing 'ltr' .* at fixit-macros.c:16 " "" { target *-*-* } 7 } */
/* { dg-fixit 58 { : "memory"} 7 } */

/* Another expansion is another asm statement: warned about on its own,
   without a second copy of the edit.  */
void second (unsigned int v)
{
  gdt[9].a = v; /* { dg-message "note: the store to descriptor" } */
  load_tr (72); /* { dg-message "in expansion of macro 'load_tr'" } */
}
/* { dg-warning "warning: 'asm' executing 'ltr' .* at fixit-macros.c:26 may be moved after it" "" { target *-*-* } 7 } */
/* { dg-message "note: the fix-it for this 'asm' is on its first warning above" "second and third" { target *-*-* } 7 } */

/* Inlined copies of one expansion are one asm statement.  */
static inline void load_tr_inline (void)
{
  load_tr (80); /* { dg-message "in expansion of macro 'load_tr'" } */
}
void third (unsigned int v) { gdt[10].a = v; load_tr_inline (); } /* { dg-message "note: the store to descriptor" } */
/* { dg-warning "warning: 'asm' executing 'ltr' .* at fixit-macros.c:37 may be moved after it" "" { target *-*-* } 7 } */
void fourth (unsigned int v) { gdt[11].a = v; load_tr_inline (); }
/* { dg-message "note: the 'asm' executing 'ltr' reported above was found in 1 more place of this translation unit: 'fourth' .fixit-macros.c:39." "" { target *-*-* } 7 } */

int object_like (void)
{
  SWAPGS; /* { dg-message "in expansion of macro 'SWAPGS'" } */
  return gs_word; /* { dg-message "note: the load" } */
}
/* { dg-warning "executing 'swapgs'" "" { target *-*-* } 8 } */
/* { dg-fixit 47 {, "memory"} 8 } */

void clobber_from_argument (void)
{
  word = 1; /* { dg-message "note: the store" } */
  FENCE_WITH ("cc"); /* { dg-message "in expansion of macro 'FENCE_WITH'" } */
}
/* { dg-warning "executing 'mfence'" "" { target *-*-* } 9 } */
/* { dg-message "no fix-it: the clobber list comes from a macro" "" { target *-*-* } 9 } */

/* A keyword made by token pasting is not spelled where GCC says the
   statement is: no edit is guessed.  */
#define PASTE(a, b) a##b

void pasted_keyword (void)
{
  word = 2; /* { dg-message "note: the store" } */
  PASTE (__as, m__) volatile ("mfence" ::: "cc"); /* { dg-warning "executing 'mfence'" } */
  /* { dg-message "no fix-it: no asm keyword at the statement's location" "" { target *-*-* } .-1 } */
}
/* { dg-message "in definition of macro 'PASTE'" "" { target *-*-* } 60 } */
