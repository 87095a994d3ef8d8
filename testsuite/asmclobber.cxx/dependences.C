// C++: loads feeding the asm, or deciding whether it runs, and accesses
// using its outputs are not reported; the independent one is.

extern unsigned long kpgdir;
extern int flag, word;

struct mm
{
  unsigned long pgd;
  void switch_to () const
  {
    asm volatile ("mov %0, %%cr3" :: "r" (pgd)); // { dg-bogus "asmclobber" "the load of pgd feeds the input" }
  }
};

void use_mm (const mm *m)
{
  m->switch_to ();
}

template <typename T>
void guarded (T *p)
{
  if (*p)
    asm volatile ("cli" ::: "cc"); // { dg-bogus "asmclobber" "the load of *p decides whether it runs" }
}
template void guarded<int> (int *);

void independent ()
{
  word = 1; // { dg-message "note: the store to memory is here" }
  asm volatile ("mov %0, %%cr3" :: "r" (kpgdir)); // { dg-warning "executing 'mov to %cr3' has no .*may be moved after it" }
}
