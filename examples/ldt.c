/* The shape of Linux 6.12's native_set_ldt() (arch/x86/include/asm/desc.h)
   inlined into load_mm_ldt(): the LDT descriptor is copied into the GDT,
   then lldt makes the CPU read it.  Without a "memory" clobber GCC may
   sink the copy below the lldt.  */

struct desc_struct {
	unsigned short limit0, base0;
	unsigned short base1 : 8, type : 4, s : 1, dpl : 2, p : 1;
	unsigned short limit1 : 4, avl : 1, l : 1, d : 1, g : 1, base2 : 8;
} __attribute__((packed));

struct gdt_page {
	struct desc_struct gdt[16];
} __attribute__((aligned(4096)));

extern struct gdt_page gdt_page;

#define GDT_ENTRY_LDT 10

static inline void native_write_gdt_entry(struct desc_struct *gdt, int entry,
					  const void *desc, int type)
{
	__builtin_memcpy(&gdt[entry], desc, sizeof(struct desc_struct));
}

static inline void native_set_ldt(const void *addr, unsigned int entries)
{
	struct desc_struct ldt = { 0 };

	ldt.limit0 = entries * 8 - 1;
	ldt.base0 = (unsigned long)addr & 0xffff;
	ldt.type = 2;
	ldt.p = 1;
	native_write_gdt_entry(gdt_page.gdt, GDT_ENTRY_LDT, &ldt, 2);
	asm volatile("lldt %w0"::"q" (GDT_ENTRY_LDT*8));
}

void load_mm_ldt(const void *ldt, unsigned int nr_entries)
{
	native_set_ldt(ldt, nr_entries);
}
