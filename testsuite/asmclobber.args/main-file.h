/* Included by main-file.c and main-file-only.c: the asm is written here.  */
static inline void load_tr_from_header (void)
{
  asm volatile ("ltr %w0" :: "q" (64));
}
