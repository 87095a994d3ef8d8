/* { dg-options "-O2 -fplugin-arg-asmclobber-level=2" } */
/* Xen keeps CR4's shadow in the per-CPU area at the top of the stack,
   found from %rsp by each inlined get_cpu_info (); read_cr4 () and
   write_cr4 () compute its address apart.  A write that only sets
   CR4.MCE in the shadowed value changes no data access (level 2, with
   the rule); one from another register's area is no shadow.  */

struct cpu_info { unsigned long pad[28]; unsigned long cr4; };
extern unsigned long features;

static inline struct cpu_info *get_cpu_info (void)
{
  register unsigned long sp asm ("rsp");
  return (struct cpu_info *) ((sp | 0x7fff) + 1) - 1;
}

static inline struct cpu_info *get_frame_info (void)
{
  register unsigned long fp asm ("rbp");
  return (struct cpu_info *) ((fp | 0x7fff) + 1) - 1;
}

static inline void write_cr4 (unsigned long val)
{
  struct cpu_info *info = get_cpu_info ();
  info->cr4 = val;
  asm volatile ("mov %[val], %%cr4" : "+m" (info->cr4) : [val] "r" (info->cr4)); /* { dg-warning "executing 'mov to %cr4' has no '\"memory\"' clobber; the compiler may move memory accesses across it, but none is known to depend on it here: the write changes only bits that no data access depends on .asmclobber:control-register." "from the shadow" } */
  /* { dg-warning "executing 'mov to %cr4' has no '\"memory\"' clobber; the store to memory at cr-shadow-stack.c:\[0-9\]+ may be moved after it .asmclobber:control-register." "not from the shadow" { target *-*-* } .-1 } */
  /* { dg-message "note: the fix-it for this 'asm' is on its first warning above" "one fix-it" { target *-*-* } .-2 } */
}

void mcheck_init (void)
{
  features |= 0x40;
  write_cr4 (get_cpu_info ()->cr4 | 0x40);
}

void not_the_shadow (void)
{
  features |= 0x40; /* { dg-message "note: the store to memory is here" } */
  write_cr4 (get_frame_info ()->cr4 | 0x40);
}
