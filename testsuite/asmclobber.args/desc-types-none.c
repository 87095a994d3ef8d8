/* Without descriptor-types=, a store to struct my_desc is not descriptor-table memory (struct desc_struct still is).  */

struct my_desc { unsigned short a, b, c, d; };
struct desc_struct { unsigned short a, b, c, d; };
extern struct my_desc my_gdt[16];
extern struct desc_struct gdt[16];

void load_tr (unsigned short v)
{
  my_gdt[8].a = v;
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-bogus "asmclobber" } */
}

void load_tr_builtin (unsigned short v)
{
  gdt[8].a = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-warning {warning: 'asm' executing 'ltr' has no .* \[asmclobber:descriptor\]} } */
  /* { dg-fixit 38 { : "memory"} .-1 } */
}
