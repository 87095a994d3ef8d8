/* Cache class: a write-back or invalidation acts on the data stored
   before it; a store that sinks below it is not written back (with invd,
   it is still lost).  Later accesses do not matter.  */

extern int buffer[64];

void flush_line (void)
{
  buffer[0] = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("clflush %0" :: "m" (buffer[8])); /* { dg-warning "executing 'clflush' has no .* the store to memory at cache.c:\[0-9\]+ may be moved after it .asmclobber:cache." } */
}

/* The line's own store is covered by the operand ("+m").  */
void flush_operand_line (void)
{
  buffer[8] = 1;
  asm volatile ("clflushopt %0" : "+m" (buffer[8])); /* { dg-bogus "asmclobber" } */
}

void write_back_all (void)
{
  buffer[1] = 2; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("wbinvd" ::: "cc"); /* { dg-warning "executing 'wbinvd' has no .*asmclobber:cache" } */
}

int load_before_and_after (void)
{
  int v = buffer[2];
  asm volatile ("clwb %0" :: "m" (buffer[16])); /* { dg-bogus "asmclobber" "loads and later accesses do not matter" } */
  buffer[3] = v;
  return buffer[4];
}

void invalidate (void)
{
  buffer[5] = 3; /* { dg-message "note: the store to memory is here" } */
  asm volatile (".byte 0x0f, 0x08" ::: "cc"); /* { dg-warning "executing 'invd' has no .*asmclobber:cache" } */
}

/* wbnoinvd writes back like wbinvd; encoded, it is wbinvd's bytes after
   an f3 prefix, and is named as itself.  */
void write_back_keep (void)
{
  buffer[6] = 4; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("wbnoinvd" ::: "cc"); /* { dg-warning "executing 'wbnoinvd' has no .* the store to memory at cache.c:\[0-9\]+ may be moved after it .asmclobber:cache." } */
}

void write_back_keep_encoded (void)
{
  buffer[7] = 5; /* { dg-message "note: the store to memory is here" } */
  asm volatile (".byte 0xf3, 0x0f, 0x09" ::: "cc"); /* { dg-warning "executing 'wbnoinvd' has no .*asmclobber:cache" } */
}

void write_back_keep_with_memory (void)
{
  buffer[9] = 6;
  asm volatile ("wbnoinvd" ::: "cc", "memory"); /* { dg-bogus "asmclobber" } */
}
