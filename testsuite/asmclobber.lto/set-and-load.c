/* Compiled with -flto by lto.exp: the check runs in lto1 at link time,
   after inlining across the unit.  */
struct desc_struct { unsigned int a, b; };
extern struct desc_struct gdt[16];
static inline void load_tr (void) { asm volatile ("ltr %w0" :: "q" (64)); }
void set_and_load (unsigned int v) { gdt[8].a = v; load_tr (); }
