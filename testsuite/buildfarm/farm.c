/* Compiled by check-buildfarm.sh through distcc and ccache: one finding
   (the shape of Linux's native_load_tr_desc() after a GDT write), with a
   note and a fix-it.  The test compares diagnostics line for line and
   counts them: keep exactly this one finding and no other diagnostic.  */

struct desc_struct {
	unsigned short limit0, base0;
	unsigned short base1 : 8, type : 4, s : 1, dpl : 2, p : 1;
	unsigned short limit1 : 4, avl : 1, l : 1, d : 1, g : 1, base2 : 8;
} __attribute__((packed));

extern struct desc_struct gdt_table[16];

static inline void write_gdt_entry(int entry, const struct desc_struct *desc)
{
	__builtin_memcpy(&gdt_table[entry], desc, sizeof(*desc));
}

static inline void load_tr_desc(void)
{
	asm volatile("ltr %w0" :: "q" (8 * 8));
}

void set_tss_desc(const struct desc_struct *desc)
{
	write_gdt_entry(8, desc);
	load_tr_desc();
}
