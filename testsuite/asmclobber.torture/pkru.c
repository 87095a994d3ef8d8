/* PKRU class: wrpkru changes which pages may be accessed.  */

extern int protected_word;

void write_pkru (unsigned int pkru)
{
  /* The read below is dead code: nothing is near, nothing to report.  */
  asm volatile ("wrpkru" :: "a" (pkru), "c" (0), "d" (0)); /* { dg-bogus "asmclobber" } */
  (void) protected_word;
}

int write_pkru_bytes (unsigned int pkru)
{
  asm volatile (".byte 0x0f,0x01,0xef\n\t" :: "a" (pkru), "c" (0), "d" (0)); /* { dg-warning "executing 'wrpkru' has no .* the load from memory at pkru.c:15 may be moved before it .asmclobber:pkru." } */
  return protected_word; /* { dg-message "note: the load" } */
}

unsigned int read_pkru_only (void)
{
  unsigned int pkru, edx;
  asm volatile (".byte 0x0f,0x01,0xee\n\t" : "=a" (pkru), "=d" (edx) : "c" (0)); /* { dg-bogus "asmclobber" } */
  return pkru + protected_word;
}

/* Without -mno-red-zone the code may be user code, where PKRU governs
   the pages plain accesses reach (see pkru-supervisor.c).  */
void write_pkru_user (unsigned int pkru)
{
  protected_word = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("wrpkru" :: "a" (pkru), "c" (0), "d" (0)); /* { dg-warning "executing 'wrpkru' has no .* may be moved after it .asmclobber:pkru." } */
}
