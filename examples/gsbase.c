/* Per-CPU data on the __seg_gs address space (CONFIG_USE_X86_SEG_SUPPORT)
   next to writes of the GS base: the __seg_gs load must stay on its side
   of the wrmsr and of the swapgs.  */

#define MSR_GS_BASE 0xc0000101

extern int __seg_gs cpu_number;

static inline void wrmsr(unsigned int msr, unsigned int low, unsigned int high)
{
	asm volatile("wrmsr" : : "c" (msr), "a" (low), "d" (high));
}

int switch_gs_base(unsigned long base)
{
	wrmsr(MSR_GS_BASE, (unsigned int)base, (unsigned int)(base >> 32));
	return cpu_number;
}

int kernel_entry_cpu(void)
{
	asm volatile("swapgs" ::: "cc");
	return cpu_number;
}
