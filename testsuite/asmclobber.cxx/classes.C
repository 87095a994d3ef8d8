// C++: the check works on member functions, templates and namespaces;
// there are no named address spaces, the other classes apply.

struct desc_struct { unsigned short limit0, base0, flags0, flags1; };

namespace arch {
extern desc_struct gdt[32];
extern int shared;

struct cpu
{
  void load_tr (unsigned short v)
  {
    gdt[16].limit0 = v; // { dg-message "note: the store to descriptor-table memory is here" }
    asm volatile ("ltr %w0" :: "q" (16 * 8)); // { dg-warning "executing 'ltr' has no .*asmclobber:descriptor" }
  }
  void fenced (int v)
  {
    shared = v;
    asm volatile ("mfence" ::: "memory"); // { dg-bogus "asmclobber" }
  }
};

template <typename T>
T read_after_clac (T *p)
{
  asm volatile ("clac" ::: "cc"); // { dg-warning "executing 'clac' has no .*asmclobber:user-access" }
  return *p; // { dg-message "note: the load from memory is here" }
}

int instantiate (cpu &c, int *p)
{
  c.load_tr (3);
  c.fenced (4);
  return read_after_clac (p);
}
}

extern "C" void c_linkage (int *p)
{
  *p = 1; // { dg-message "note: the store" }
  __asm__ __volatile__ ("sfence" : : : "cc"); // { dg-warning "executing 'sfence'" }
}

[[gnu::asmclobber_ignore]] void ignored (int *p)
{
  *p = 1;
  asm volatile ("sfence" ::: "cc"); // { dg-bogus "asmclobber" }
}
