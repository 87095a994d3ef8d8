#include "shared.h"

void set_and_load_tr (unsigned int v)
{
	gdt[8].a = v;
	load_tr (64);
}

int entry (void)
{
	swapgs ();
	return gs_word;
}
