/* Included from first.c and second.c: the edits to it must apply once.  */
struct desc_struct { unsigned int a, b; };
extern struct desc_struct gdt[16];
extern int __seg_gs gs_word;

#define load_tr(sel) asm volatile ("ltr %w0" :: "q" (sel))

static inline void swapgs (void)
{
	asm volatile ("swapgs"
		      : /* no outputs */
		      : /* no inputs */
		      : "cc");
}
