/* VM-structure class: the CPU reads a VMCB or VMCS that code filled with
   plain stores, writes back what code then loads, and VM entry runs the
   guest, which reads and writes guest memory.  */

struct vmcb { unsigned long rip; unsigned int exit_code; };
extern struct vmcb guest_vmcb;
extern unsigned long guest_vmcb_pa, vmcs_pa;
extern int shared;

unsigned int svm_run (unsigned long rip)
{
  guest_vmcb.rip = rip; /* { dg-message "note: the store to memory is here; 1 more access may move across the 'asm' too" } */
  asm volatile ("vmrun %%rax" :: "a" (guest_vmcb_pa)); /* { dg-warning "executing 'vmrun' has no .* the store to memory at vm-structure.c:\[0-9\]+ may be moved after it .asmclobber:vm-structure." } */
  return guest_vmcb.exit_code;
}

unsigned int svm_save_encoded (void)
{
  asm volatile (".byte 0x0f,0x01,0xdb" :: "a" (guest_vmcb_pa)); /* { dg-warning "executing 'vmsave' has no .* the load from memory at vm-structure.c:\[0-9\]+ may be moved before it" } */
  return guest_vmcb.exit_code; /* { dg-message "note: the load from memory is here" } */
}

void vmx_load (void)
{
  shared = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("vmptrld %0" :: "m" (vmcs_pa) : "cc"); /* { dg-warning "executing 'vmptrld' has no .*asmclobber:vm-structure" } */
}

void vmx_with_memory (void)
{
  shared = 1;
  asm volatile ("vmptrld %0" :: "m" (vmcs_pa) : "cc", "memory"); /* { dg-bogus "asmclobber" } */
  shared = 2;
}

/* vmwrite and vmread act on the current VMCS, which software may not
   access as memory: vmwrite is level 2 only, vmread never reported.  */
unsigned long vmx_fields (unsigned long field, unsigned long v)
{
  unsigned long r;
  shared = 1;
  asm volatile ("vmwrite %1, %0" :: "r" (field), "rm" (v) : "cc"); /* { dg-bogus "asmclobber" } */
  asm volatile ("vmread %1, %0" : "=rm" (r) : "r" (field) : "cc"); /* { dg-bogus "asmclobber" } */
  shared = 2;
  return r;
}

/* EPT and VPID invalidations are the TLB class: a page-table store before
   them matters, other accesses do not.  */
typedef struct { unsigned long pte; } pte_t;
extern pte_t ept_entry;

struct inv_desc { unsigned long a, b; };

void ept_update (unsigned long eptp)
{
  struct inv_desc desc = { eptp, 0 };
  ept_entry.pte = 0; /* { dg-message "note: the store to page-table memory is here" } */
  asm volatile ("invept %0, %1" :: "m" (desc), "r" (1ul) : "cc"); /* { dg-warning "executing 'invept' has no .* the store to page-table memory at vm-structure.c:\[0-9\]+ may be moved after it .asmclobber:tlb." } */
}

void vpid_flush (unsigned long vpid)
{
  struct inv_desc desc = { vpid, 0 };
  shared = 1;
  asm volatile ("invvpid %0, %1" :: "m" (desc), "r" (1ul) : "cc"); /* { dg-bogus "asmclobber" } */
}

/* The global interrupt flag: clgi acts as cli, stgi as sti.  */
void gif_section (void)
{
  asm volatile ("clgi" ::: "cc"); /* { dg-warning "executing 'clgi' has no .* may be moved before it .asmclobber:interrupt." } */
  shared++; /* { dg-message "note: the store to memory is here; 1 more access may move across the 'asm' too" } */
  asm volatile ("stgi" ::: "cc"); /* { dg-warning "executing 'stgi' has no .* may be moved after it .asmclobber:interrupt." } */
}

void gif_harmless_sides (void)
{
  shared = 1;
  asm volatile ("clgi" ::: "cc"); /* { dg-bogus "asmclobber" "the store before clgi may sink into the protected region" } */
}

/* SGX: encls reads the PAGEINFO the code filled.  */
struct pageinfo { unsigned long linaddr, srcpge, secinfo, secs; };
extern struct pageinfo sgx_pginfo;

int sgx_add_page (unsigned long src)
{
  int ret;
  sgx_pginfo.srcpge = src; /* { dg-message "note: the store to memory is here" } */
  asm volatile (".byte 0x0f, 0x01, 0xcf" : "=a" (ret) : "a" (1), "b" (&sgx_pginfo)); /* { dg-warning "executing 'encls' has no .*asmclobber:vm-structure" } */
  return ret;
}

/* verw as the CPU buffer clear is never reported; setssbsy (f3 0f 01 e8)
   is not serialize, and is level 2 only.  */
void buffers_and_tokens (unsigned short ds)
{
  shared = 3;
  asm volatile ("verw %0" :: "m" (ds) : "cc"); /* { dg-bogus "asmclobber" } */
  asm volatile (".byte 0xf3, 0x0f, 0x01, 0xe8" ::: "cc"); /* { dg-bogus "asmclobber" } */
  shared = 4;
}

/* vmxon reads the revision id at the start of the VMXON region, which
   code writes with a plain store just before it.  (Through a pointer,
   the store may alias the "m" operand unless -fstrict-aliasing, and then
   GCC keeps it before the asm.)  */
struct vmx_region { unsigned int revision_id; unsigned int abort; };
extern struct vmx_region vmxon_page;
extern unsigned long vmxon_pa;
extern unsigned int vmx_revision;

void vmx_on (void)
{
  vmxon_page.revision_id = vmx_revision; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("vmxon %0" :: "m" (vmxon_pa) : "cc"); /* { dg-warning "executing 'vmxon' has no .* the store to memory at vm-structure.c:\[0-9\]+ may be moved after it .asmclobber:vm-structure." } */
}

void vmx_on_with_memory (void)
{
  vmxon_page.revision_id = vmx_revision;
  asm volatile ("vmxon %0" :: "m" (vmxon_pa) : "cc", "memory"); /* { dg-bogus "asmclobber" } */
}

/* vmclear writes the VMCS back to its region: a load after it may not
   rise above it.  */
unsigned int vmx_clear_then_read (void)
{
  asm volatile ("vmclear %0" :: "m" (vmcs_pa) : "cc"); /* { dg-warning "executing 'vmclear' has no .* the load from memory at vm-structure.c:\[0-9\]+ may be moved before it .asmclobber:vm-structure." } */
  return vmxon_page.abort; /* { dg-message "note: the load from memory is here" } */
}

/* VM entry runs the guest, which reads the memory the host stored to
   before it; the exit's state is loaded after it.  */
extern unsigned long guest_regs[16];

void vmx_launch (unsigned long rax)
{
  guest_regs[0] = rax; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("vmlaunch" ::: "cc"); /* { dg-warning "executing 'vmlaunch' has no .* the store to memory at vm-structure.c:\[0-9\]+ may be moved after it .asmclobber:vm-structure." } */
}

unsigned long vmx_resume (void)
{
  asm volatile ("vmresume" ::: "cc"); /* { dg-warning "executing 'vmresume' has no .* the load from memory at vm-structure.c:\[0-9\]+ may be moved before it .asmclobber:vm-structure." } */
  return guest_regs[1]; /* { dg-message "note: the load from memory is here" } */
}

void vmx_resume_with_memory (void)
{
  guest_regs[2] = 1;
  asm volatile ("vmresume" ::: "cc", "memory"); /* { dg-bogus "asmclobber" } */
  guest_regs[3] = guest_regs[4];
}

/* vmload loads guest state from the VMCB at rAX; skinit reads the secure
   loader block at eAX.  Encoded, vmload is 0f 01 da, skinit 0f 01 de.  */
void svm_load (void)
{
  guest_vmcb.rip = 0; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("vmload %%rax" :: "a" (guest_vmcb_pa)); /* { dg-warning "executing 'vmload' has no .* the store to memory at vm-structure.c:\[0-9\]+ may be moved after it .asmclobber:vm-structure." } */
}

void svm_load_encoded (void)
{
  guest_vmcb.exit_code = 0; /* { dg-message "note: the store to memory is here" } */
  asm volatile (".byte 0x0f,0x01,0xda" :: "a" (guest_vmcb_pa)); /* { dg-warning "executing 'vmload' has no .*asmclobber:vm-structure" } */
}

extern unsigned int slb_header[4];

void secure_init (unsigned long slb_pa)
{
  slb_header[0] = 0x1000; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("skinit" :: "a" (slb_pa)); /* { dg-warning "executing 'skinit' has no .* the store to memory at vm-structure.c:\[0-9\]+ may be moved after it .asmclobber:vm-structure." } */
}

void secure_init_encoded_with_memory (unsigned long slb_pa)
{
  slb_header[1] = 1;
  asm volatile (".byte 0x0f,0x01,0xde" :: "a" (slb_pa) : "memory"); /* { dg-bogus "asmclobber" } */
}

/* vmxoff leaves VMX operation: no memory the code accesses depends on
   it, so it is level 2 only (asmclobber.dg/level2-families.c).  */
void vmx_off (void)
{
  shared = 5;
  asm volatile ("vmxoff" ::: "cc"); /* { dg-bogus "asmclobber" "level 2 only" } */
  shared = 6;
}
