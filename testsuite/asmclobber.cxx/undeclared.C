// C++: undeclared memory in member functions and templates; declared
// memory is silent.

struct dtr { unsigned short limit; unsigned long base; } __attribute__ ((packed));

struct idt_loader
{
  dtr d;
  __attribute__ ((noinline)) void load (unsigned long base)
  {
    d.limit = 0xfff;
    d.base = base; // { dg-message "note: the store to memory is here" }
    asm volatile ("lidt (%0)" :: "r" (&d)); // { dg-warning "'asm' reads memory through '%0' \\('lidt'\\) that it does not declare; the store to .\\*this. at undeclared.C:\[0-9\]+ may be deleted or moved after it .asmclobber:undeclared-memory." }
    // { dg-message "or declare just that memory" "" { target *-*-* } .-1 }
  }
  __attribute__ ((noinline)) void load_declared (unsigned long base)
  {
    d.limit = 0xfff;
    d.base = base;
    asm volatile ("lidt (%0)" :: "r" (&d), "m" (d)); // { dg-bogus "asmclobber:undeclared-memory" }
  }
};

template <int N>
void fill_and_copy (char *dst)
{
  char buf[N];
  for (int i = 0; i < N; i++) buf[i] = 1; // { dg-message "note: the store to memory is here" }
  // { dg-evidence "in this build GCC deleted the store at undeclared.C:\[0-9\]+ \\(pass cddce\\)" "" { target *-*-* } .-1 }
  char *src = buf;
  unsigned long n = N;
  asm volatile ("rep movsb" : "+D" (dst), "+S" (src), "+c" (n)); // { dg-warning "'asm' reads memory through its '\"S\"' register \\('movsb'\\)" }
  // { dg-message "or declare just that memory" "" { target *-*-* } .-1 }
}

void use (idt_loader *l, char *dst)
{
  l->load (1);
  l->load_declared (2);
  fill_and_copy<16> (dst);
}
