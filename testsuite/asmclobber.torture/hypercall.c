/* Hypercall class: the hypervisor reads the arguments the guest stored
   and writes results the guest then loads, for vmcall, vmmcall, tdcall
   and writes of paravirtual MSRs.  */

struct pvclock { unsigned int version; unsigned long long system_time; };
extern struct pvclock pvclock_page;
extern long hypercall_arg[4];

long kvm_hypercall (long nr)
{
  long ret;
  hypercall_arg[0] = 1; /* { dg-message "note: the store to memory is here" } */
  asm volatile ("vmcall" : "=a" (ret) : "a" (nr), "b" (hypercall_arg)); /* { dg-warning "executing 'vmcall' has no .* the store to memory at hypercall.c:\[0-9\]+ may be moved after it .asmclobber:hypercall." } */
  return ret;
}

long amd_hypercall_encoded (long nr)
{
  long ret;
  asm volatile (".byte 0x0f,0x01,0xd9" : "=a" (ret) : "a" (nr)); /* { dg-warning "executing 'vmmcall' has no .* the load from memory at hypercall.c:\[0-9\]+ may be moved before it" } */
  return ret + hypercall_arg[1]; /* { dg-message "note: the load from memory is here" } */
}

long tdx_call (long leaf)
{
  long ret;
  hypercall_arg[2] = leaf; /* { dg-message "note: the store" } */
  asm volatile ("tdcall" : "=a" (ret) : "a" (leaf)); /* { dg-warning "executing 'tdcall' has no .*asmclobber:hypercall" } */
  return ret;
}

/* Registering kvmclock: KVM fills the pvclock structure the guest loads
   right after.  */
unsigned long long kvmclock_register (unsigned long pa)
{
  asm volatile ("wrmsr" :: "c" (0x4b564d01), "a" ((unsigned int) pa), "d" ((unsigned int) (pa >> 32))); /* { dg-warning "executing 'wrmsr' has no .* the load from memory at hypercall.c:\[0-9\]+ may be moved before it .asmclobber:hypercall." } */
  return pvclock_page.system_time; /* { dg-message "note: the load from memory is here" } */
}

/* A Hyper-V synthetic MSR.  */
void hyperv_guest_id (unsigned long long id)
{
  hypercall_arg[3] = 0; /* { dg-message "note: the store" } */
  asm volatile ("wrmsr" :: "c" (0x40000000), "a" ((unsigned int) id), "d" ((unsigned int) (id >> 32))); /* { dg-warning "executing 'wrmsr' has no .*asmclobber:hypercall" } */
}

/* Just past the ranges: another MSR, level 2 only.  */
void other_msr (void)
{
  hypercall_arg[3] = 0;
  asm volatile ("wrmsr" :: "c" (0x4b564e00), "a" (0), "d" (0)); /* { dg-bogus "asmclobber" } */
  asm volatile ("wrmsr" :: "c" (0x40000100), "a" (0), "d" (0)); /* { dg-bogus "asmclobber" } */
}

long with_memory (long nr)
{
  long ret;
  hypercall_arg[0] = 1;
  asm volatile ("vmcall" : "=a" (ret) : "a" (nr) : "memory"); /* { dg-bogus "asmclobber" } */
  return ret;
}
