/* Undeclared memory: the fix-it's "memory" clobber declares it, after an
   input list and after an output list.  */
struct dtr { unsigned short limit; unsigned long base; } __attribute__ ((packed));
extern char idt[4096];

void load_idt (void)
{
	struct dtr d;
	d.limit = 4095;
	d.base = (unsigned long) idt;
	asm volatile ("lidt (%0)" :: "r" (&d));
}

void copy (char *dst, unsigned long n)
{
	char buf[16];
	for (int i = 0; i < 16; i++)
		buf[i] = (char) i;
	char *src = buf;
	asm volatile ("rep movsb" : "+D" (dst), "+S" (src), "+c" (n));
}
