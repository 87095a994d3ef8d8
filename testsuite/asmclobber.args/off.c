/* Switched off (args.exp runs this with level=0, with disable, and with
   disable next to a level, which disable overrides): nothing is checked,
   but the asmclobber_ignore attribute stays known (no -Wattributes
   warning).  */

struct desc_struct { unsigned short a, b, c, d; };
extern struct desc_struct gdt[16];

#if !__has_attribute (asmclobber_ignore)
#error "asmclobber_ignore is not known"
#endif

void load_tr (unsigned short v)
{
  gdt[8].a = v;
  asm volatile ("ltr %w0" :: "q" (64)); /* { dg-bogus "asmclobber" } */
}

void clear_task_switched (void)
{
  asm volatile ("clts" ::: "cc"); /* { dg-bogus "asmclobber" } */
}

__attribute__ ((asmclobber_ignore)) void ignored_fn (void) /* { dg-bogus "attribute" } */
{
  asm volatile ("ltr %w0" :: "q" (64));
}

int not_a_function __attribute__ ((asmclobber_ignore)); /* { dg-warning {warning: .asmclobber_ignore. attribute applies only to functions \[-Wattributes\]} } */

