// C++: the rules that relieve an instruction (a counter fence, flags
// saved and restored, a CR0 write of the FPU bit only) hold in member
// functions and templates; an asm they do not cover is still reported.

extern int counter;

struct tsc_clock
{
  static unsigned int now ()
  {
    unsigned int lo, hi;
    asm volatile ("lfence; rdtsc" : "=a" (lo), "=d" (hi)); // { dg-bogus "asmclobber" }
    return lo;
  }
};

unsigned int timed ()
{
  counter = 1;
  unsigned int t = tsc_clock::now ();
  counter = 2;
  return t;
}

template <unsigned long Flag>
bool changeable ()
{
  unsigned long f1, f2;
  asm volatile ("pushfq\n\tpushfq\n\tpopq %0\n\tmovq %0, %1\n\txorq %2, %0\n\tpushq %0\n\tpopfq\n\tpushfq\n\tpopq %0\n\tpopfq" // { dg-bogus "asmclobber" }
		: "=&r" (f1), "=&r" (f2) : "ir" (Flag));
  return ((f1 ^ f2) & Flag) != 0;
}

bool have_cpuid ()
{
  counter = 1;
  bool r = changeable<0x200000ul> ();
  counter = 2;
  return r;
}

struct cr0
{
  __attribute__ ((always_inline)) static void set_ts ()
  {
    unsigned long c;
    asm volatile ("mov %%cr0,%0" : "=r" (c));
    asm volatile ("mov %0,%%cr0" :: "r" (c | 8)); // { dg-bogus "asmclobber" }
  }
  __attribute__ ((always_inline)) static void set_wp ()
  {
    unsigned long c;
    asm volatile ("mov %%cr0,%0" : "=r" (c));
    asm volatile ("mov %0,%%cr0" :: "r" (c | 0x10000)); // { dg-warning "executing 'mov to %cr0' has no" }
  }
};

void fpu_off ()
{
  counter = 1;
  cr0::set_ts ();
  counter = 2;
}

void write_protect ()
{
  counter = 1; // { dg-message "note: the store to memory is here" }
  cr0::set_wp ();
}
