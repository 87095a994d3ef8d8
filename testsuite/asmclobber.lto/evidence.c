/* Evidence with -flto: early DSE runs at compile time, loop-invariant
   motion at link time; each is reported where it is seen.  */
struct desc_struct { unsigned short limit0, base0, flags0, flags1; };
struct gdt_page { struct desc_struct gdt[16]; };
extern struct gdt_page gdt_page;
extern __seg_gs int pcpu;

void dse_ltr (unsigned short a, unsigned short b)
{
  gdt_page.gdt[8].limit0 = a;
  asm volatile ("ltr %w0" :: "q" (8 * 8));
  gdt_page.gdt[8].limit0 = b;
}

int lim_hoist (int n)
{
  int sum = 0;
  for (int i = 0; i < n; i++)
    {
      asm volatile ("wrmsr" :: "c" (0xc0000101), "a" (i), "d" (0));
      sum += pcpu;
    }
  return sum;
}
