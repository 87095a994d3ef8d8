/* Descriptor class: ltr/lldt/lgdt/lidt make the CPU read descriptor
   tables, so a store to one must not sink below the asm.  */

struct desc_struct { unsigned short limit0, base0, flags0, flags1; };
struct gdt_page { struct desc_struct gdt[16]; };
struct desc_ptr { unsigned short size; unsigned long address; } __attribute__((packed));
extern struct gdt_page gdt_page;
extern void opaque_call (void);

void tr_after_store (unsigned short v)
{
  gdt_page.gdt[8].limit0 = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %w0" :: "q" (8 * 8)); /* { dg-warning "'asm' executing 'ltr' has no '\"memory\"' clobber; the store to descriptor-table memory at descriptor.c:12 may be moved after it \\\[asmclobber:descriptor\\\]" } */
  /* { dg-fixit 41 { : "memory"} .-1 } */
}

void ldt_after_memcpy (const struct desc_struct *d)
{
  __builtin_memcpy (&gdt_page.gdt[10], d, sizeof *d); /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("lldtw %w0" :: "q" (10 * 8)); /* { dg-warning "executing 'lldt' has no .* \\\[asmclobber:descriptor\\\]" } */
  /* { dg-fixit 44 { : "memory"} .-1 } */
}

void with_memory_clobber (unsigned short v)
{
  gdt_page.gdt[8].limit0 = v;
  asm volatile ("ltr %w0" :: "q" (8 * 8) : "memory"); /* { dg-bogus "asmclobber" } */
}

void call_between (unsigned short v)
{
  gdt_page.gdt[8].limit0 = v;
  opaque_call ();
  asm volatile ("ltr %w0" :: "q" (8 * 8)); /* { dg-bogus "asmclobber" } */
}

void memory_asm_between (unsigned short v)
{
  gdt_page.gdt[8].limit0 = v;
  asm volatile ("" ::: "memory");
  asm volatile ("ltr %w0" :: "q" (8 * 8)); /* { dg-bogus "asmclobber" } */
}

void store_after_only (unsigned short v)
{
  asm volatile ("ltr %w0" :: "q" (8 * 8)); /* { dg-bogus "asmclobber" } */
  gdt_page.gdt[8].limit0 = v;
}

int other_memory_only (int *p)
{
  *p = 1;
  asm volatile ("lidt %0" :: "m" (*(struct desc_ptr *) p)); /* { dg-bogus "asmclobber" } */
  return *p;
}

void pseudo_descriptor_not_counted (struct desc_ptr *dp, unsigned long a)
{
  dp->address = a;
  asm volatile ("ltr %w0" :: "q" (8 * 8)); /* { dg-bogus "asmclobber" } */
}

void operand_names_the_store (struct desc_struct *d)
{
  d->limit0 = 5;
  asm volatile ("lgdt %0" :: "m" (*d)); /* { dg-bogus "asmclobber" } */
}
