// Evidence in C++ at every -O level: a deleted descriptor store and a
// store sunk out of a loop, each with a twin where nothing moves.

struct desc_struct { unsigned short limit0, base0, flags0, flags1; };
struct gdt_page { desc_struct gdt[16]; };
extern gdt_page the_gdt_page;
extern void opaque (int);
int cnt;

void dse_ltr (unsigned short a, unsigned short b)
{
  the_gdt_page.gdt[8].limit0 = a; // { dg-message "note: the store to descriptor-table memory is here" }
  // { dg-evidence "note: in this build GCC deleted the store at evidence.C:\[0-9\]+ \\(pass dse\\)" "" { target *-*-* } .-1 }
  asm volatile ("ltr %w0" :: "q" (8 * 8)); // { dg-warning "executing 'ltr' has no" }
  the_gdt_page.gdt[8].limit0 = b;
}

void dse_ltr_kept (unsigned short a)
{
  the_gdt_page.gdt[8].limit0 = a; // { dg-message "note: the store to descriptor-table memory is here" }
  asm volatile ("ltr %w0" :: "q" (8 * 8)); // { dg-warning "executing 'ltr' has no" }
}

void store_motion (int n)
{
  for (int i = 0; i < n; i++)
    {
      cnt = i; // { dg-message "note: the store to memory is here" }
      // { dg-evidence "note: in this build GCC moved the store at evidence.C:\[0-9\]+ after the 'asm' \\(pass lim\\)" "" { target *-*-* } .-1 }
      asm volatile ("sti; hlt; cli" ::: "cc"); // { dg-warning "executing 'sti' has no" }
    }
}

void store_kept (int n)
{
  for (int i = 0; i < n; i++)
    {
      cnt = i; // { dg-message "note: the store to memory is here" }
      asm volatile ("sti; hlt; cli" ::: "cc"); // { dg-warning "executing 'sti' has no" }
      opaque (i);
    }
}
