/* { dg-options "-O2" } */
/* Evidence where -O2 moves accesses in ways no note claims (not
   determined): store merging and jump threading.  The assembly checks
   show the move; only the finding and its access note appear.  */

extern __seg_gs int pcpu;
extern void opaque (int);
unsigned char flags[4];

/* Store merging makes one wide store after cli of all four: a move no
   evidence is claimed for (not determined).  */
void merged_stores (void)
{
  flags[0] = 1;
  flags[1] = 2;
  asm volatile ("cli" ::: "cc"); /* { dg-warning "executing 'cli' has no" } */
  flags[2] = 3; /* { dg-message "note: the store to memory is here; 1 more access" } */
  flags[3] = 4;
}
/* { dg-final { asm-order merged_stores {cli} {flags} "the stores are merged after cli" } } */

/* Jump threading copies the asm into both paths and the load goes below
   one copy: a move that is not determined, so no note claims it.  */
extern int flag;
void threaded (int c, unsigned lo)
{
  if (c)
    flag = 1;
  int v = pcpu; /* { dg-message "note: the load from %gs-based .__seg_gs. memory is here" } */
  asm volatile ("wrmsr" :: "c" (0xc0000101), "a" (lo), "d" (0)); /* { dg-warning "executing 'wrmsr' has no" } */
  if (c)
    opaque (v);
}
/* { dg-final { asm-order threaded {wrmsr} {%gs:pcpu} "the load is below a copy of wrmsr" } } */
