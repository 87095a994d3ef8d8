/* descriptor-types= adds type names (struct tags and typedefs; repeated lists add up) whose stores ltr depends on.  */
/* { dg-options "-fplugin-arg-asmclobber-descriptor-types=my_desc -fplugin-arg-asmclobber-descriptor-types=other,my_desc_t" } */

struct my_desc { unsigned short a, b, c, d; };
typedef struct { unsigned long v; } my_desc_t;
struct unlisted_desc { unsigned short a, b, c, d; };
extern struct my_desc my_gdt[16];
extern my_desc_t my_gdt2[16];
extern struct unlisted_desc other_gdt[16];

void load_tr (unsigned short v)
{
  my_gdt[8].a = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-warning {warning: 'asm' executing 'ltr' has no .* the store to descriptor-table memory at desc-types\.c:13 may be moved after it \[asmclobber:descriptor\]} } */
  /* { dg-fixit 38 { : "memory"} .-1 } */
}

void load_tr_typedef (unsigned long v)
{
  my_gdt2[8].v = v; /* { dg-message "note: the store to descriptor-table memory is here" } */
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-warning {warning: 'asm' executing 'ltr' has no .* \[asmclobber:descriptor\]} } */
  /* { dg-fixit 38 { : "memory"} .-1 } */
}

void load_tr_unlisted (unsigned short v)
{
  other_gdt[8].a = v;
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-bogus "asmclobber" } */
}
