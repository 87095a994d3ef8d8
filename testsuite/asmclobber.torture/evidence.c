/* Evidence: what GCC did in this build to the access a finding names,
   each way it moves one, with a twin where nothing moves and no evidence
   note appears, at every -O level; the assembly checks show that the
   note is true (at -O0 nothing moves and no note appears).  */

struct desc_struct { unsigned short limit0, base0, flags0, flags1; };
struct gdt_page { struct desc_struct gdt[16]; };
extern struct gdt_page gdt_page;
extern __seg_gs int pcpu;
extern __seg_gs int pcpu_array[16];
extern __seg_gs int pcpu_other;
extern void opaque (int);
int cnt;
unsigned char flags[4];

/* Early DSE deletes the first store before the check sees the function:
   it is reported from what was watched after early inlining.  */
void dse_ltr (unsigned short a, unsigned short b)
{
  gdt_page.gdt[8].limit0 = a; /* { dg-message "note: the store to descriptor-table memory is here" } */
  /* { dg-evidence "note: in this build GCC deleted the store at evidence.c:\[0-9\]+ \\(pass dse\\)" "" { target *-*-* } .-1 } */
  asm volatile ("ltr %w0" :: "q" (8 * 8)); /* { dg-warning "executing 'ltr' has no '\"memory\"' clobber; the store to descriptor-table memory at evidence.c:\[0-9\]+ may be moved after it" } */
  gdt_page.gdt[8].limit0 = b;
}
/* { dg-final { asm-lacks dse_ltr {%di,} "the store of a is deleted" } } */

void dse_ltr_kept (unsigned short a)
{
  gdt_page.gdt[8].limit0 = a; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %w0" :: "q" (8 * 8)); /* { dg-warning "executing 'ltr' has no" } */
}
/* { dg-final { asm-order dse_ltr_kept {gdt_page} {ltr} "the store stays before ltr" } } */

/* Loop-invariant motion hoists the per-CPU load above the GS_BASE write.  */
int lim_hoist (int n)
{
  int sum = 0;
  for (int i = 0; i < n; i++)
    {
      asm volatile ("wrmsr" :: "c" (0xc0000101), "a" (i), "d" (0)); /* { dg-warning "executing 'wrmsr' has no" } */
      sum += pcpu; /* { dg-message "note: the load from %gs-based .__seg_gs. memory is here" } */
      /* { dg-evidence "note: in this build GCC moved the load at evidence.c:\[0-9\]+ before the 'asm' \\(pass lim\\)" "" { target *-*-* } .-1 } */
    }
  return sum;
}
/* { dg-final { asm-order lim_hoist {%gs:pcpu} {wrmsr} "the load is hoisted above wrmsr" } } */

int lim_hoist_variant (int n)
{
  int sum = 0;
  for (int i = 0; i < n; i++)
    {
      asm volatile ("wrmsr" :: "c" (0xc0000101), "a" (i), "d" (0)); /* { dg-warning "executing 'wrmsr' has no" } */
      sum += pcpu_array[i & 15]; /* { dg-message "note: the load from %gs-based .__seg_gs. memory is here" } */
    }
  return sum;
}
/* { dg-final { asm-order lim_hoist_variant {wrmsr} {%gs:} "the load stays after wrmsr" } } */

/* Store motion sinks the store out of the loop, below sti; hlt.  */
void lim_store_motion (int n)
{
  for (int i = 0; i < n; i++)
    {
      cnt = i; /* { dg-message "note: the store to memory is here" } */
      /* { dg-evidence "note: in this build GCC moved the store at evidence.c:\[0-9\]+ after the 'asm' \\(pass lim\\)" "" { target *-*-* } .-1 } */
      asm volatile ("sti; hlt; cli" ::: "cc"); /* { dg-warning "executing 'sti' has no" } */
    }
}
/* { dg-final { asm-order lim_store_motion {sti} {cnt\(%rip\)} "the store is sunk below sti" } } */

void lim_store_kept (int n)
{
  for (int i = 0; i < n; i++)
    {
      cnt = i; /* { dg-message "note: the store to memory is here" } */
      asm volatile ("sti; hlt; cli" ::: "cc"); /* { dg-warning "executing 'sti' has no" } */
      opaque (i);
    }
}
/* { dg-final { asm-order lim_store_kept {cnt\(%rip\)} {sti} "the store stays before sti" } } */

/* Early FRE reuses the value loaded before the GS_BASE write, and
   expansion (TER) moves that load below it: one load, after wrmsr.  */
int fre_reuse (unsigned lo)
{
  int x = pcpu; /* { dg-message "note: the load from %gs-based .__seg_gs. memory is here" } */
  /* { dg-evidence "note: in this build GCC moved the load at evidence.c:\[0-9\]+ after the 'asm' \\(pass expand\\)" "" { target *-*-* } .-1 } */
  asm volatile ("wrmsr" :: "c" (0xc0000101), "a" (lo), "d" (0)); /* { dg-warning "executing 'wrmsr' has no" } */
  return x + pcpu; /* { dg-evidence "note: in this build GCC replaced the load at evidence.c:\[0-9\]+ with the value loaded at evidence.c:\[0-9\]+ before the 'asm' \\(pass fre\\)" } */
}
/* { dg-final { asm-order fre_reuse {wrmsr} {%gs:pcpu} "the one load is after wrmsr" } } */

/* TER alone: the single-use load is expanded at its use.  */
int ter_moved (unsigned lo)
{
  int x = pcpu; /* { dg-message "note: the load from %gs-based .__seg_gs. memory is here" } */
  /* { dg-evidence "note: in this build GCC moved the load at evidence.c:\[0-9\]+ after the 'asm' \\(pass expand\\)" "" { target *-*-* } .-1 } */
  asm volatile ("wrmsr" :: "c" (0xc0000101), "a" (lo), "d" (0)); /* { dg-warning "executing 'wrmsr' has no" } */
  return x * 3;
}
/* { dg-final { asm-order ter_moved {wrmsr} {%gs:pcpu} "the load is expanded after wrmsr" } } */

/* Two uses: not folded; the other load is not the same memory.  */
int ter_kept (unsigned lo)
{
  int x = pcpu; /* { dg-message "note: the load from %gs-based .__seg_gs. memory is here; 1 more access" } */
  asm volatile ("wrmsr" :: "c" (0xc0000101), "a" (lo), "d" (0)); /* { dg-warning "executing 'wrmsr' has no" } */
  return x * pcpu_other + x;
}
/* { dg-final { asm-order ter_kept {%gs:pcpu\(} {wrmsr} "the load stays before wrmsr" } } */

/* A helper inlined twice: the first copy's store is deleted, early, so
   only the second copy is reported, with what was seen of the first.  */
static inline void set_tr (unsigned short a)
{
  gdt_page.gdt[8].limit0 = a; /* { dg-message "note: the store to descriptor-table memory is here" } */
  /* { dg-evidence "note: in this build GCC deleted the store at evidence.c:\[0-9\]+ \\(pass dse\\)" "" { target *-*-* } .-1 } */
  asm volatile ("ltr %w0" :: "q" (8 * 8)); /* { dg-warning "executing 'ltr' has no" } */
}

void twice (unsigned short a, unsigned short b)
{
  set_tr (a);
  set_tr (b);
}
/* { dg-final { asm-lacks twice {%di,} "the first store is deleted" } } */

/* Code sinking moves the load into the branch that uses it, after the
   GS_BASE write.  */
void sink_gs (int c, unsigned lo)
{
  int v = pcpu; /* { dg-message "note: the load from %gs-based .__seg_gs. memory is here" } */
  /* { dg-evidence "note: in this build GCC moved the load at evidence.c:\[0-9\]+ after the 'asm' \\(pass sink\\)" "" { target *-*-* } .-1 } */
  asm volatile ("wrmsr" :: "c" (0xc0000101), "a" (lo), "d" (0)); /* { dg-warning "executing 'wrmsr' has no" } */
  if (c)
    opaque (v);
}
/* { dg-final { asm-order sink_gs {wrmsr} {%gs:pcpu} "the load is sunk below wrmsr" } } */

/* Unrolling copies the asm and the load; each copy keeps its order, and
   no evidence is claimed.  */
void unrolled (void)
{
#pragma GCC unroll 4
  for (int i = 0; i < 4; i++)
    {
      asm volatile ("wrmsr" :: "c" (0xc0000101), "a" (i), "d" (0)); /* { dg-warning "executing 'wrmsr' has no" } */
      opaque (pcpu); /* { dg-message "note: the load from %gs-based .__seg_gs. memory is here" } */
    }
}
/* { dg-final { asm-order unrolled {wrmsr} {%gs:pcpu} "each load stays after its wrmsr" } } */
