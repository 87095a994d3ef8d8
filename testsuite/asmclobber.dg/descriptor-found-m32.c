/* { dg-options "-O2 -m32" } */
/* i386 (U-Boot's SPL): the table found through the pseudo-descriptor.  */

typedef unsigned long long u64;
struct gdt_ptr { unsigned short len; unsigned int ptr; } __attribute__ ((packed));

static inline void
load_gdt (const u64 *boot_gdt, unsigned short n)
{
  struct gdt_ptr gdt;
  gdt.len = n * 8 - 1;
  gdt.ptr = (unsigned long) boot_gdt;
  asm volatile ("lgdtl %0" :: "m" (gdt)); /* { dg-warning "executing 'lgdt' has no .* the store to descriptor-table memory at descriptor-found-m32.c:\[0-9\]+ may be moved after it" } */
}

struct global_data { u64 gdt[16]; };

void arch_setup_gd (struct global_data *gd)
{
  u64 *gdt_addr = gd->gdt;
  gdt_addr[2] = 0x00cf93000000ffffull; /* { dg-message "note: the store to descriptor-table memory is here" } */
  load_gdt (gdt_addr, 16);
  asm volatile ("movl %0, %%ds" :: "r" (2 * 8));
}

/* Loaded, then only a call: the store lands before anything reads the
   table (level 2 only).  */
extern void later (void);

void setup_then_call (struct global_data *gd)
{
  gd->gdt[3] = 0x00cf9b000000ffffull;
  load_gdt (gd->gdt, 16);
  later ();
}
