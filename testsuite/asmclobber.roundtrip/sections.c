/* Every shape of operand list, written the way people write them.  */
extern int word;
extern long lword;

void fences (unsigned long v, int *a, int i)
{
	unsigned long out;

	word = 1;
	asm volatile ("mfence" : "=r" (out));
	word = (int) out;
	__asm__ __volatile__ ("mov %0, %%cr3" : : "r" (v));
	word = 2;
	asm volatile ("sfence" ::: "cc", "eax");
	word = 3;
	asm volatile ("lfence" :::);
	word = 4;
	lword = 4;
	asm inline volatile ("mov %[v], %%cr4"
			     :: [v] "r" ((unsigned long) a[(i)]),
				"m" (a[i + (1)]) /* ) : */
			    );
	word = 5;
}

void jumps (void)
{
	word = 1;
	asm goto ("mfence; jmp %l0" : : : "cc" : out);
	word = 2;
	asm goto ("sfence; jmp %l0"
		  : : : : out);
out:
	word = 3;
}
