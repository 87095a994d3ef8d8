/* { dg-options "-O2" } */
/* Descriptor memory recognised by what the code does and by its layout,
   not by Linux's type names: the table whose address goes into the
   pseudo-descriptor an lgdt or lidt reads, and types shaped like a
   descriptor (8 or 16 bytes, DPL in bits 45-46, present bit 47).  At -O0
   GCC has no points-to information, so the u64 table's store may alias
   the pseudo-descriptor operand and counts as ordered by it.  */

typedef unsigned long long u64;
struct gdt_ptr { unsigned short len; unsigned long ptr; } __attribute__ ((packed));

/* U-Boot's arch_setup_gd(): a plain u64 array, then lgdt and a segment
   load with no barrier between.  */
static inline __attribute__ ((always_inline)) void
load_gdt (const u64 *boot_gdt, unsigned short n)
{
  struct gdt_ptr gdt;
  gdt.len = n * 8 - 1;
  gdt.ptr = (unsigned long) boot_gdt;
  asm volatile ("lgdt %0" :: "m" (gdt)); /* { dg-warning "executing 'lgdt' has no .* the store to descriptor-table memory at descriptor-found.c:\[0-9\]+ may be moved after it" } */
}

struct global_data { u64 gdt[16]; int other; };

void setup_gdt (struct global_data *gd)
{
  u64 *gdt_addr = gd->gdt;
  gdt_addr[1] = 0x00cf9b000000ffffull; /* { dg-message "note: the store to descriptor-table memory is here" } */
  load_gdt (gdt_addr, 16);
  asm volatile ("movl %0, %%ds" :: "r" (2 * 8));
}

/* The same table loaded, but only another array written: not a table.  */
extern u64 boot_gdt[8], scratch[8];

void other_array (void)
{
  struct gdt_ptr gdt = { 8 * 8 - 1, (unsigned long) boot_gdt };
  scratch[1] = 5;
  asm volatile ("lgdt %0\n\tljmp $8, $1f\n1:" :: "m" (gdt)); /* { dg-bogus "asmclobber" } */
}

void global_table (void)
{
  struct gdt_ptr gdt = { 8 * 8 - 1, (unsigned long) &boot_gdt[0] };
  boot_gdt[2] = 0x00cf93000000ffffull; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("lgdt %0\n\tljmp $8, $1f\n1:" :: "m" (gdt)); /* { dg-warning "executing 'lgdt' has no .* the store to descriptor-table memory" } */
}

/* xv6's struct segdesc, with ltr.  */
struct segdesc
{
  unsigned int lim_15_0 : 16, base_15_0 : 16;
  unsigned int base_23_16 : 8, type : 4, s : 1, dpl : 2, p : 1, lim_19_16 : 4,
    avl : 1, rsv1 : 1, db : 1, g : 1, base_31_24 : 8;
};
extern struct segdesc xv6_gdt[8];

void xv6_switch_tss (unsigned int base)
{
  xv6_gdt[5].base_15_0 = base; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %0" :: "r" ((unsigned short) (5 << 3))); /* { dg-warning "executing 'ltr' has no .* the store to descriptor-table memory" } */
}

/* A hypervisor's own 16-byte TSS descriptor, its bits in a nested
   struct.  */
struct sys_bits { unsigned short base1 : 8, type : 5, dpl : 2, p : 1; };
struct tss_desc16 { unsigned short limit0, base0; struct sys_bits bits; unsigned short base2; unsigned int base3, zero; };
extern struct tss_desc16 per_cpu_gdt[4];

void hv_load_tr (unsigned short b)
{
  per_cpu_gdt[2].base0 = b; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %w0" :: "q" (2 * 16)); /* { dg-warning "executing 'ltr' has no .* the store to descriptor-table memory" } */
}

/* Eight bytes with other bit-fields: not a descriptor.  */
struct not_desc { unsigned int a : 16, b : 16, c : 8, d : 8, e : 16; };
extern struct not_desc table_like[4];

void not_a_descriptor (unsigned short v)
{
  table_like[2].a = v;
  asm volatile ("ltr %w0" :: "q" (2 * 8)); /* { dg-bogus "asmclobber" } */
}
