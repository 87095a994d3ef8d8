/* Kernel-shaped reproductions (Linux 6.12, x86): the store sits in one
   inline function and the asm in another; after inlining they meet.  */

struct desc_struct { unsigned short limit0, base0, flags0, flags1; };
typedef struct { unsigned short limit0, base0, flags0, flags1; unsigned int base3, zero1; } tss_desc;
struct x86_hw_tss { unsigned int reserved1; unsigned long sp0; };
struct gdt_page { struct desc_struct gdt[32]; };
extern struct gdt_page gdt_page;
extern int __seg_gs pcpu_hot_cpu_number;

#define GDT_ENTRY_TSS 16
#define GDT_ENTRY_LDT 18
#define MSR_GS_BASE 0xc0000101

static inline struct desc_struct *get_cpu_gdt_rw (unsigned int cpu)
{
  return gdt_page.gdt;
}

static inline void native_write_gdt_entry (struct desc_struct *gdt, int entry,
					   const void *desc, int type)
{
  __builtin_memcpy (&gdt[entry], desc, type == 9 ? sizeof (tss_desc) : 8); /* { dg-message "note: the store to descriptor-table memory is here" } */
}

static inline void set_tss_desc (unsigned int cpu, struct x86_hw_tss *addr)
{
  tss_desc tss = { 0x67, (unsigned long) addr & 0xffff, 0x8900, 0,
		   (unsigned long) addr >> 32, 0 };
  native_write_gdt_entry (get_cpu_gdt_rw (cpu), GDT_ENTRY_TSS, &tss, 9);
}

static inline void native_load_tr_desc (void)
{
  asm volatile ("ltr %w0"::"q" (GDT_ENTRY_TSS*8)); /* { dg-warning "executing 'ltr' has no .* the store to descriptor-table memory at kernel-shapes.c:23 may be moved after it .asmclobber:descriptor." } */
}

/* arch/x86/kernel/cpu/common.c on i386.  */
void cpu_init_exception_handling (unsigned int cpu, struct x86_hw_tss *tss)
{
  set_tss_desc (cpu, tss);
  native_load_tr_desc ();
}

/* arch/x86/include/asm/desc.h: native_set_ldt() in load_mm_ldt().  */
static inline void native_set_ldt (const void *addr, unsigned int entries)
{
  tss_desc ldt = { entries * 8 - 1, (unsigned long) addr & 0xffff, 0x8200, 0,
		   (unsigned long) addr >> 32, 0 };
  native_write_gdt_entry (get_cpu_gdt_rw (0), GDT_ENTRY_LDT, &ldt, 9);
  asm volatile ("lldt %w0"::"q" (GDT_ENTRY_LDT*8)); /* { dg-warning "executing 'lldt' has no .*asmclobber:descriptor" } */
}

void load_mm_ldt (const void *ldt, unsigned int n)
{
  native_set_ldt (ldt, n);
}

/* wrmsr(MSR_GS_BASE) and then a per-CPU read.  */
static inline void native_wrmsr (unsigned int msr, unsigned int lo, unsigned int hi)
{
  asm volatile ("1: wrmsr\n2:\n" : : "c" (msr), "a" (lo), "d" (hi)); /* { dg-warning "executing 'wrmsr' has no .* the load from %gs-based \\(__seg_gs\\) memory at kernel-shapes.c:68 may be moved before it" } */
}

int switch_gs_base (unsigned long base)
{
  native_wrmsr (MSR_GS_BASE, (unsigned int) base, (unsigned int) (base >> 32));
  return pcpu_hot_cpu_number; /* { dg-message "note: the load from %gs-based" } */
}

/* swapgs between two per-CPU accesses.  */
static inline void native_swapgs (void)
{
  asm volatile ("swapgs" ::: "cc"); /* { dg-warning "executing 'swapgs' has no .* the store to %gs-based \\(__seg_gs\\) memory at kernel-shapes.c:79 may be moved after it" } */
}

int entry_swapgs (int v)
{
  pcpu_hot_cpu_number = v; /* { dg-message "note: the store to %gs-based" } */
  native_swapgs ();
  return pcpu_hot_cpu_number;
}

/* A write to an MSR that holds no segment base is fine at level 1.  */
void write_tsc_deadline (unsigned long v)
{
  native_wrmsr (0x6e0, (unsigned int) v, (unsigned int) (v >> 32));
  pcpu_hot_cpu_number = 0;
}
