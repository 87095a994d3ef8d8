/* The same operations written correctly: no warnings.  */

#define MSR_GS_BASE 0xc0000101

extern int __seg_gs cpu_number;
extern unsigned long pkru_shadow;

static inline void wrmsr(unsigned int msr, unsigned int low, unsigned int high)
{
	asm volatile("wrmsr" : : "c" (msr), "a" (low), "d" (high) : "memory");
}

int switch_gs_base(unsigned long base)
{
	wrmsr(MSR_GS_BASE, (unsigned int)base, (unsigned int)(base >> 32));
	return cpu_number;
}

void write_pkru(unsigned int pkru)
{
	pkru_shadow = pkru;
	asm volatile(".byte 0x0f,0x01,0xef" : : "a" (pkru), "c" (0), "d" (0) : "memory");
}
