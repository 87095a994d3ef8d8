/* Compiled by check-buildfarm.sh: one finding whose asm is written in a
   macro.  Compiled from its source, the warning points into the macro
   definition, an "in expansion of macro" note follows and the fix-it edits
   the definition; compiled from preprocessed text (distcc's server, ccache
   with run_second_cpp = false) the macro locations are gone.  Keep exactly
   this one finding and no other diagnostic.  */

struct desc_struct { unsigned int a, b; };

extern struct desc_struct gdt_table[16];

#define load_ldt_selector(sel) asm volatile("lldt %w0" :: "q" (sel))

void set_ldt_desc(unsigned int word)
{
	gdt_table[10].a = word;
	load_ldt_selector(10 * 8);
}
