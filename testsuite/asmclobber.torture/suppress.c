/* Suppression written in source: an "asmclobber:ignore" assembler comment
   for one asm, the asmclobber_ignore attribute for a function.  */

struct desc_struct { unsigned int a, b; };
extern struct desc_struct gdt[16];
extern int __seg_gs gs_word;

void marker_in_template (unsigned int v)
{
  gdt[8].a = v;
  asm volatile ("ltr %w0 # asmclobber:ignore ordered by the caller" :: "q" (64)); /* { dg-bogus "asmclobber" } */
}

void marker_in_block_comment (unsigned int v)
{
  gdt[8].a = v;
  asm volatile ("/* asmclobber:ignore */ ltr %w0" :: "q" (64)); /* { dg-bogus "asmclobber" } */
}

void marker_outside_a_comment_does_not_count (unsigned int v)
{
  gdt[8].a = v; /* { dg-message "note: the store" } */
  asm volatile ("ltr %w0\n.ascii \"asmclobber:ignore\"" :: "q" (64)); /* { dg-warning "executing 'ltr'" } */
}

__attribute__ ((asmclobber_ignore)) int attribute_on_function (void)
{
  asm volatile ("swapgs" ::: "cc"); /* { dg-bogus "asmclobber" } */
  return gs_word;
}

#if __has_attribute (asmclobber_ignore)
#define ASMCLOBBER_IGNORE __attribute__ ((asmclobber_ignore))
#else
/* Without the plugin (codegen.exp builds this file without it too).  */
#define ASMCLOBBER_IGNORE
#warning "asmclobber_ignore is not registered"
#endif

ASMCLOBBER_IGNORE void guarded_attribute (unsigned int v)
{
  gdt[3].b = v;
  asm volatile ("lldt %w0" :: "q" (24)); /* { dg-bogus "asmclobber" } */
}

int attribute_on_variable __attribute__ ((asmclobber_ignore)); /* { dg-warning "'asmclobber_ignore' attribute applies only to functions" } */
