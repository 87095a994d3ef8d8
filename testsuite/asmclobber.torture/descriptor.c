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

/* lgdt and lidt load only the table register: the CPU reads the GDT at
   the next segment load or far transfer, the IDT at the next interrupt or
   exception.  A table store sunk below them is too late only if such a
   read comes before the next compiler barrier, where the store must have
   landed (the function's return is one).  */
extern struct desc_ptr gdt_descr, idt_descr;
extern struct desc_struct idt_table[256];

void gdt_then_return (unsigned short v)
{
  gdt_page.gdt[2].limit0 = v;
  asm volatile ("lgdt %0" :: "m" (gdt_descr)); /* { dg-bogus "asmclobber" } */
}

void gdt_then_far_jump (unsigned short v)
{
  gdt_page.gdt[2].limit0 = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("lgdt %0\n\tljmp $0x10, $1f\n1:" :: "m" (gdt_descr)); /* { dg-warning "executing 'lgdt' has no .* the store to descriptor-table memory at descriptor.c:\[0-9\]+ may be moved after it" } */
  /* { dg-fixit 68 { : "memory"} .-1 } */
}

void gdt_then_segment_load (unsigned short v)
{
  gdt_page.gdt[3].limit0 = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("lgdt %0" :: "m" (gdt_descr)); /* { dg-warning "executing 'lgdt' has no .*asmclobber:descriptor" } */
  /* { dg-fixit 45 { : "memory"} .-1 } */
  asm volatile ("movw %w0, %%ds" :: "r" (0x18));
}

void gdt_barrier_then_segment_load (unsigned short v)
{
  gdt_page.gdt[3].limit0 = v;
  asm volatile ("lgdt %0" :: "m" (gdt_descr)); /* { dg-bogus "asmclobber" } */
  asm volatile ("" ::: "memory");
  asm volatile ("movw %w0, %%ds" :: "r" (0x18));
}

void idt_then_return (unsigned short v)
{
  idt_table[14].limit0 = v;
  asm volatile ("lidt %0" :: "m" (idt_descr)); /* { dg-bogus "asmclobber" } */
}

void idt_then_sti_on_one_path (unsigned short v, int on)
{
  idt_table[14].limit0 = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  /* { dg-message "note: the store to memory is here" "the sti's note" { target *-*-* } .-1 } */
  asm volatile ("lidt %0" :: "m" (idt_descr)); /* { dg-warning "executing 'lidt' has no .*asmclobber:descriptor" } */
  /* { dg-fixit 45 { : "memory"} .-1 } */
  if (on)
    asm volatile ("sti" ::: "cc"); /* { dg-warning "executing .sti. has no .* the store to memory at descriptor.c:\[0-9\]+ may be moved after it" } */
    /* { dg-fixit 33 {, "memory"} .-1 } */
}

void idt_then_segment_load (unsigned short v)
{
  idt_table[14].limit0 = v;
  asm volatile ("lidt %0" :: "m" (idt_descr)); /* { dg-bogus "asmclobber" "a segment load reads the GDT, not the IDT" } */
  asm volatile ("movw %w0, %%ds" :: "r" (0x18));
}
