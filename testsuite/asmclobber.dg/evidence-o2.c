/* { dg-options "-O2" } */
/* Evidence of what -O2 does beyond -O1: store merging, which a note
   claims when the store that matters to the class comes out on the
   asm's other side, and jump threading, which copies the asm (what moves
   across a copy is not determined; here nothing does).  The assembly
   checks show where the accesses are.  */

extern __seg_gs int pcpu;
extern void opaque (int);
unsigned char flags[4];

/* Store merging makes one wide store of all four after sti: the stores
   before sti, which must stay before it, are now after it.  */
void merged_sti (void)
{
  flags[0] = 1; /* { dg-message "note: in this build GCC moved the store at evidence-o2.c:\[0-9\]+ after the 'asm' \\(pass store-merging\\)" } */
  flags[1] = 2; /* { dg-message "note: the store to memory is here; 1 more access" } */
  asm volatile ("sti" ::: "cc"); /* { dg-warning "executing 'sti' has no" } */
  flags[2] = 3;
  flags[3] = 4;
}
/* { dg-final { asm-order merged_sti {sti} {flags} "the stores are merged after sti" } } */

/* The same after cli: the stores after it, which matter, stay after it,
   and no note claims anything.  */
void merged_stores (void)
{
  flags[0] = 1;
  flags[1] = 2;
  asm volatile ("cli" ::: "cc"); /* { dg-warning "executing 'cli' has no" } */
  flags[2] = 3; /* { dg-message "note: the store to memory is here; 1 more access" } */
  flags[3] = 4;
}
/* { dg-final { asm-order merged_stores {cli} {flags} "the stores are merged after cli" } } */

/* Jump threading copies the asm into both paths (GCC 12 and later); the
   load, used on both, stays before each copy and nothing is claimed.  */
extern int flag;
extern void other (int);
void threaded (int c, unsigned lo)
{
  if (c)
    flag = 1;
  int v = pcpu; /* { dg-message "note: the load from %gs-based .__seg_gs. memory is here" } */
  asm volatile ("wrmsr" :: "c" (0xc0000101), "a" (lo), "d" (0)); /* { dg-warning "executing 'wrmsr' has no" } */
  if (c)
    opaque (v);
  else
    other (v);
}
/* { dg-final { asm-order threaded {%gs:pcpu} {wrmsr} "the load stays before the copies of wrmsr" } } */
