/* The x86 instruction table (x86-64 and i386, AT&T mnemonics).
   Which instructions asmclobber knows, the class of each, and the byte
   encodings it recognises in .byte directives.  Data only.  */
#include <string.h>
#include "insn-table.h"

#define NEAR_ANY (AK_MEMORY | AK_SEG_GS | AK_SEG_FS)

/* Control register bits that change how data accesses are translated or
   checked (Intel SDM vol. 3, 2.5).  The others change the FPU (TS, EM,
   MP, NE), caching but not the values read or written (CD, NW), machine
   checks, VMX/SMX, XSAVE, CET, instruction availability (TSD, PCE, UMIP,
   FSGSBASE, OSFXSR) or instruction fetch (SMEP).  */
#define CR0_DATA_BITS \
  ((1ull << 0)	/* PE */ \
   | (1ull << 16)	/* WP */ \
   | (1ull << 18)	/* AM */ \
   | (1ull << 31))	/* PG */
#define CR4_DATA_BITS \
  ((1ull << 4)	/* PSE */ \
   | (1ull << 5)	/* PAE */ \
   | (1ull << 7)	/* PGE: also flushes global translations */ \
   | (1ull << 12)	/* LA57 */ \
   | (1ull << 17)	/* PCIDE */ \
   | (1ull << 21)	/* SMAP */ \
   | (1ull << 22)	/* PKE */ \
   | (1ull << 24))	/* PKS */

static const struct insn_class_info class_info[IC_COUNT] = {
  /* A store to a descriptor or page table must reach memory before the
     instruction makes the CPU read it; later accesses are not affected.  */
  { "descriptor", AK_DESC_STORE, 0, false, false },
  { "tlb", AK_PT_STORE, 0, false, false },
  /* These change what every access (or every %gs:/%fs: access) means; a
     write to %cr3 or %cr4 also makes the CPU walk the page tables again,
     so a page-table store before it is the access that matters most.  */
  { "control-register", NEAR_ANY | AK_PT_STORE, NEAR_ANY, false, false },
  { "segment-base", AK_SEG_GS | AK_SEG_FS, AK_SEG_GS | AK_SEG_FS, false,
    false },
  { "user-access", NEAR_ANY, NEAR_ANY, false, false },
  { "pkru", NEAR_ANY, NEAR_ANY, false, false },
  { "interrupt", NEAR_ANY, NEAR_ANY, false, false },
  { "fence", NEAR_ANY, NEAR_ANY, false, false },
  /* The CPU that wakes this one must see the stores made before it
     sleeps; after monitor, the load that decides whether to sleep must
     read the watched line after the watch is armed.  */
  { "wait", NEAR_ANY, NEAR_ANY, true, true },
  /* A write-back or invalidation acts on the data stored before it: a
     store that sinks below it is not written back (or, with invd, is
     still lost).  */
  { "cache", NEAR_ANY, 0, true, false },
  /* The structure is plain memory that code fills before the instruction
     reads it (a VMCB, a region's revision id) or reads after the
     instruction wrote it (vmclear, vmsave); VM entry also runs the guest,
     which reads and writes guest memory.  */
  { "vm-structure", NEAR_ANY, NEAR_ANY, false, false },
  /* The hypervisor reads the arguments the guest stored and writes
     results the guest then loads.  */
  { "hypercall", NEAR_ANY, NEAR_ANY, false, false },
  /* Reported at level 2 only: no access class is known to depend on it.  */
  { "system-state", 0, 0, false, false },
  /* Judged by undeclared.cc against the accesses to the object the
     address points into: stores before a read, loads after a write.  */
  { "undeclared-memory", AK_MEMORY, AK_MEMORY, true, true },
};

/* Instructions known by mnemonic.  */
static const struct insn_info mnemonics[] = {
  /* lgdt and lidt load only the table register: the CPU reads the GDT
     at the next segment register load or far transfer, the IDT at the
     next interrupt or exception.  */
  { "lgdt", "lgdt", IC_DESCRIPTOR, 0, IF_SUFFIX | IF_READ_AT_SEGMENT, 0 },
  { "lidt", "lidt", IC_DESCRIPTOR, 0, IF_SUFFIX | IF_READ_AT_INTERRUPT, 0 },
  { "lldt", "lldt", IC_DESCRIPTOR, 0, IF_SUFFIX, 0 },
  { "ltr", "ltr", IC_DESCRIPTOR, 0, IF_SUFFIX, 0 },
  { "invlpg", "invlpg", IC_TLB, 0, 0, 0 },
  { "invlpga", "invlpga", IC_TLB, 0, 0, 0 },
  { "invlpgb", "invlpgb", IC_TLB, 0, 0, 0 },
  { "invpcid", "invpcid", IC_TLB, 0, 0, 0 },
  { "tlbsync", "tlbsync", IC_TLB, 0, 0, 0 },
  { "lmsw", "lmsw", IC_CONTROL_REG, 0, IF_SUFFIX, 0 },
  { "swapgs", "swapgs", IC_SEGMENT_BASE, AK_SEG_GS, 0, 0 },
  { "wrgsbase", "wrgsbase", IC_SEGMENT_BASE, AK_SEG_GS, IF_SUFFIX, 0 },
  { "wrfsbase", "wrfsbase", IC_SEGMENT_BASE, AK_SEG_FS, IF_SUFFIX, 0 },
  { "lgs", "lgs", IC_SEGMENT_BASE, AK_SEG_GS, IF_SUFFIX, 0 },
  { "lfs", "lfs", IC_SEGMENT_BASE, AK_SEG_FS, IF_SUFFIX, 0 },
  { "wrmsr", "wrmsr", IC_SEGMENT_BASE, AK_SEG_GS | AK_SEG_FS, IF_MSR, 0 },
  { "wrmsrns", "wrmsrns", IC_SEGMENT_BASE, AK_SEG_GS | AK_SEG_FS, IF_MSR, 0 },
  { "stac", "stac", IC_USER_ACCESS, 0, 0, 0 },
  { "clac", "clac", IC_USER_ACCESS, 0, 0, 0 },
  { "wrpkru", "wrpkru", IC_PKRU, 0, IF_USER_PAGES, 0 },
  /* cli disables interrupts; sti enables them, and popf restores the
     interrupt flag that local_irq_save() saved, enabling them again.
     What the template really sets the flag to is read from it
     (interrupt-flag.h): pushf ... popf may keep it as it was.  */
  { "cli", "cli", IC_INTERRUPT, 0, IF_ONLY_AFTER | IF_SETS_IF, 0 },
  { "sti", "sti", IC_INTERRUPT, 0, IF_ONLY_BEFORE | IF_SETS_IF, 0 },
  { "popf", "popf", IC_INTERRUPT, 0,
    IF_SUFFIX | IF_ONLY_BEFORE | IF_SETS_IF, 0 },
  { "mfence", "mfence", IC_FENCE, 0, 0, 0 },
  { "lfence", "lfence", IC_FENCE, 0, 0, 0 },
  { "sfence", "sfence", IC_FENCE, 0, 0, 0 },
  { "serialize", "serialize", IC_FENCE, 0, 0, 0 },
  { "vmxon", "vmxon", IC_VM_STRUCTURE, 0, 0, 0 },
  { "vmptrld", "vmptrld", IC_VM_STRUCTURE, 0, 0, 0 },
  { "vmclear", "vmclear", IC_VM_STRUCTURE, 0, 0, 0 },
  { "vmlaunch", "vmlaunch", IC_VM_STRUCTURE, 0, 0, 0 },
  { "vmresume", "vmresume", IC_VM_STRUCTURE, 0, 0, 0 },
  { "vmrun", "vmrun", IC_VM_STRUCTURE, 0, IF_SUFFIX, 0 },
  { "vmload", "vmload", IC_VM_STRUCTURE, 0, IF_SUFFIX, 0 },
  { "vmsave", "vmsave", IC_VM_STRUCTURE, 0, IF_SUFFIX, 0 },
  { "skinit", "skinit", IC_VM_STRUCTURE, 0, 0, 0 },
  /* SGX leaf functions read and write enclave structures (SECS, PAGEINFO,
     SIGSTRUCT, ...) named by registers.  */
  { "encls", "encls", IC_VM_STRUCTURE, 0, 0, 0 },
  { "enclu", "enclu", IC_VM_STRUCTURE, 0, 0, 0 },
  { "enclv", "enclv", IC_VM_STRUCTURE, 0, 0, 0 },
  /* EPT and VPID translations: the TLB class, like invpcid.  */
  { "invept", "invept", IC_TLB, 0, 0, 0 },
  { "invvpid", "invvpid", IC_TLB, 0, 0, 0 },
  /* The global interrupt flag (SVM): clgi holds off interrupts and NMIs
     like cli, stgi lets them in like sti.  */
  { "clgi", "clgi", IC_INTERRUPT, 0, IF_ONLY_AFTER, 0 },
  { "stgi", "stgi", IC_INTERRUPT, 0, IF_ONLY_BEFORE, 0 },
  /* FRED's returns restore RFLAGS, and so may enable interrupts.  */
  { "erets", "erets", IC_INTERRUPT, 0, IF_ONLY_BEFORE, 0 },
  { "eretu", "eretu", IC_INTERRUPT, 0, IF_ONLY_BEFORE, 0 },
  { "vmcall", "vmcall", IC_HYPERCALL, 0, 0, 0 },
  { "vmmcall", "vmmcall", IC_HYPERCALL, 0, 0, 0 },
  { "tdcall", "tdcall", IC_HYPERCALL, 0, 0, 0 },
  /* The current VMCS is not memory software may access.  */
  { "vmwrite", "vmwrite", IC_SYSTEM_STATE, 0, IF_SUFFIX, 0 },
  { "vmxoff", "vmxoff", IC_SYSTEM_STATE, 0, 0, 0 },
  { "pconfig", "pconfig", IC_SYSTEM_STATE, 0, 0, 0 },
  /* FRED's lkgs loads the inactive GS base (the user's, in the kernel):
     no %gs access of the running code uses it.  */
  { "lkgs", "lkgs", IC_SYSTEM_STATE, 0, 0, 0 },
  /* Shadow stacks (CET): the shadow stack pointer and its tokens.  */
  { "wrss", "wrss", IC_SYSTEM_STATE, 0, IF_SUFFIX, 0 },
  { "wrssd", "wrssd", IC_SYSTEM_STATE, 0, 0, 0 },
  { "wrssq", "wrssq", IC_SYSTEM_STATE, 0, 0, 0 },
  { "wrussd", "wrussd", IC_SYSTEM_STATE, 0, 0, 0 },
  { "wrussq", "wrussq", IC_SYSTEM_STATE, 0, 0, 0 },
  { "setssbsy", "setssbsy", IC_SYSTEM_STATE, 0, 0, 0 },
  { "clrssbsy", "clrssbsy", IC_SYSTEM_STATE, 0, 0, 0 },
  { "rstorssp", "rstorssp", IC_SYSTEM_STATE, 0, 0, 0 },
  { "saveprevssp", "saveprevssp", IC_SYSTEM_STATE, 0, 0, 0 },
  { "incssp", "incssp", IC_SYSTEM_STATE, 0, IF_SUFFIX, 0 },
  /* Stores before a sleep must be visible to the CPU that wakes this one;
     what matters after the wake is the watched line, which the monitor
     before it names.  */
  { "hlt", "hlt", IC_WAIT, 0, IF_ONLY_BEFORE, 0 },
  { "mwait", "mwait", IC_WAIT, 0, IF_ONLY_BEFORE, 0 },
  { "mwaitx", "mwaitx", IC_WAIT, 0, IF_ONLY_BEFORE, 0 },
  { "umwait", "umwait", IC_WAIT, 0, IF_ONLY_BEFORE, 0 },
  { "tpause", "tpause", IC_WAIT, 0, IF_ONLY_BEFORE, 0 },
  { "monitor", "monitor", IC_WAIT, 0, IF_ONLY_AFTER | IF_WATCH, 0 },
  { "monitorx", "monitorx", IC_WAIT, 0, IF_ONLY_AFTER | IF_WATCH, 0 },
  { "umonitor", "umonitor", IC_WAIT, 0, IF_ONLY_AFTER | IF_WATCH, 0 },
  { "clflush", "clflush", IC_CACHE, 0, 0, 0 },
  { "clflushopt", "clflushopt", IC_CACHE, 0, 0, 0 },
  { "clwb", "clwb", IC_CACHE, 0, 0, 0 },
  { "wbinvd", "wbinvd", IC_CACHE, 0, 0, 0 },
  { "wbnoinvd", "wbnoinvd", IC_CACHE, 0, 0, 0 },
  { "invd", "invd", IC_CACHE, 0, 0, 0 },
  { "clts", "clts", IC_SYSTEM_STATE, 0, 0, 0 },
  { "xsetbv", "xsetbv", IC_SYSTEM_STATE, 0, 0, 0 },
  /* Special destinations are looked up in dest_regs.  */
  { "mov", "mov", IC_READ_ONLY, 0, IF_SUFFIX | IF_DEST_OPERAND, 0 },
  { "pop", "pop", IC_READ_ONLY, 0, IF_SUFFIX | IF_DEST_OPERAND, 0 },
  /* Reads of system state change nothing: listed so that they are known,
     never reported.  A mov from %crN is a mov without special destination.  */
  { "rdmsr", "rdmsr", IC_READ_ONLY, 0, 0, 0 },
  { "rdtsc", "rdtsc", IC_READ_ONLY, 0, IF_COUNTER, 0 },
  { "rdtscp", "rdtscp", IC_READ_ONLY, 0, IF_COUNTER, 0 },
  { "rdpmc", "rdpmc", IC_READ_ONLY, 0, IF_COUNTER, 0 },
  { "rdpid", "rdpid", IC_READ_ONLY, 0, 0, 0 },
  { "rdpkru", "rdpkru", IC_READ_ONLY, 0, 0, 0 },
  { "rdgsbase", "rdgsbase", IC_READ_ONLY, 0, IF_SUFFIX, 0 },
  { "rdfsbase", "rdfsbase", IC_READ_ONLY, 0, IF_SUFFIX, 0 },
  { "sgdt", "sgdt", IC_READ_ONLY, 0, IF_SUFFIX, 0 },
  { "sidt", "sidt", IC_READ_ONLY, 0, IF_SUFFIX, 0 },
  { "sldt", "sldt", IC_READ_ONLY, 0, IF_SUFFIX, 0 },
  { "str", "str", IC_READ_ONLY, 0, IF_SUFFIX, 0 },
  { "smsw", "smsw", IC_READ_ONLY, 0, IF_SUFFIX, 0 },
  { "cpuid", "cpuid", IC_READ_ONLY, 0, 0, 0 },
  { "vmread", "vmread", IC_READ_ONLY, 0, IF_SUFFIX, 0 },
  /* verw as the CPU buffer clear (MDS) acts on execution only.  */
  { "verw", "verw", IC_READ_ONLY, 0, 0, 0 },
  { "rdssp", "rdssp", IC_READ_ONLY, 0, IF_SUFFIX, 0 },
  { "xsusldtrk", "xsusldtrk", IC_READ_ONLY, 0, 0, 0 },
};

/* mov/pop destinations that change system state.  */
struct dest_reg
{
  const char *mnem;
  const char *reg;
  struct insn_info info;
};

static const struct dest_reg dest_regs[] = {
  { "mov", "cr0",
    { "mov-cr0", "mov to %cr0", IC_CONTROL_REG, 0, 0, CR0_DATA_BITS } },
  { "mov", "cr2", { "mov-cr2", "mov to %cr2", IC_SYSTEM_STATE, 0, 0, 0 } },
  { "mov", "cr3", { "mov-cr3", "mov to %cr3", IC_CONTROL_REG, 0, 0, 0 } },
  { "mov", "cr4",
    { "mov-cr4", "mov to %cr4", IC_CONTROL_REG, 0, 0, CR4_DATA_BITS } },
  { "mov", "cr8", { "mov-cr8", "mov to %cr8", IC_INTERRUPT, 0, 0, 0 } },
  { "mov", "gs", { "mov-gs", "mov to %gs", IC_SEGMENT_BASE, AK_SEG_GS, 0, 0 } },
  { "mov", "fs", { "mov-fs", "mov to %fs", IC_SEGMENT_BASE, AK_SEG_FS, 0, 0 } },
  { "pop", "gs", { "pop-gs", "pop to %gs", IC_SEGMENT_BASE, AK_SEG_GS, 0, 0 } },
  { "pop", "fs", { "pop-fs", "pop to %fs", IC_SEGMENT_BASE, AK_SEG_FS, 0, 0 } },
  { "mov", "db0", { "mov-db0", "mov to %db0", IC_SYSTEM_STATE, 0, 0, 0 } },
  { "mov", "db1", { "mov-db1", "mov to %db1", IC_SYSTEM_STATE, 0, 0, 0 } },
  { "mov", "db2", { "mov-db2", "mov to %db2", IC_SYSTEM_STATE, 0, 0, 0 } },
  { "mov", "db3", { "mov-db3", "mov to %db3", IC_SYSTEM_STATE, 0, 0, 0 } },
  { "mov", "db6", { "mov-db6", "mov to %db6", IC_SYSTEM_STATE, 0, 0, 0 } },
  { "mov", "db7", { "mov-db7", "mov to %db7", IC_SYSTEM_STATE, 0, 0, 0 } },
};

/* Encodings recognised in .byte directives, after legacy and REX
   prefixes.  One-byte instructions (cli, sti) are too ambiguous to find
   in a byte stream and are only recognised by mnemonic.  */
struct encoding
{
  unsigned char bytes[4];
  unsigned char len;
  const char *name;
  unsigned char last_mask;	/* bits of the last byte compared (0: all) */
};

static const struct encoding encodings[] = {
  /* With a mandatory prefix, tried before prefixes are skipped: the
     register form of umwait, umonitor and tpause (f2/f3/66 0f ae /6)
     is not mfence.  */
  { { 0xf2, 0x0f, 0xae, 0xf0 }, 4, "umwait", 0xf8 },
  { { 0xf3, 0x0f, 0xae, 0xf0 }, 4, "umonitor", 0xf8 },
  { { 0x66, 0x0f, 0xae, 0xf0 }, 4, "tpause", 0xf8 },
  { { 0x66, 0x0f, 0x01, 0xcc }, 4, "tdcall", 0 },
  /* Not clac (0f 01 ca) or serialize (0f 01 e8) with a prefix.  */
  { { 0xf2, 0x0f, 0x01, 0xca }, 4, "erets", 0 },
  { { 0xf3, 0x0f, 0x01, 0xca }, 4, "eretu", 0 },
  { { 0xf3, 0x0f, 0x01, 0xe8 }, 4, "setssbsy", 0 },
  { { 0xf2, 0x0f, 0x01, 0xe8 }, 4, "xsusldtrk", 0 },
  { { 0xf3, 0x0f, 0x01, 0xea }, 4, "saveprevssp", 0 },
  { { 0xf2, 0x0f, 0x00, 0xf0 }, 4, "lkgs", 0xf8 },
  /* Not wbinvd (0f 09) with a prefix.  */
  { { 0xf3, 0x0f, 0x09 }, 3, "wbnoinvd", 0 },
  { { 0x0f, 0x01, 0xcf }, 3, "encls", 0 },
  { { 0x0f, 0x01, 0xd7 }, 3, "enclu", 0 },
  { { 0x0f, 0x01, 0xc0 }, 3, "enclv", 0 },
  { { 0x0f, 0x01, 0xc5 }, 3, "pconfig", 0 },
  { { 0x0f, 0x01, 0xc8 }, 3, "monitor", 0 },
  { { 0x0f, 0x01, 0xc9 }, 3, "mwait", 0 },
  { { 0x0f, 0x01, 0xfa }, 3, "monitorx", 0 },
  { { 0x0f, 0x01, 0xfb }, 3, "mwaitx", 0 },
  { { 0x0f, 0x01, 0xca }, 3, "clac", 0 },
  { { 0x0f, 0x01, 0xcb }, 3, "stac", 0 },
  { { 0x0f, 0x01, 0xef }, 3, "wrpkru", 0 },
  { { 0x0f, 0x01, 0xee }, 3, "rdpkru", 0 },
  { { 0x0f, 0x01, 0xc6 }, 3, "wrmsrns", 0 },
  { { 0x0f, 0x01, 0xf8 }, 3, "swapgs", 0 },
  { { 0x0f, 0x01, 0xe8 }, 3, "serialize", 0 },
  { { 0x0f, 0x01, 0xd1 }, 3, "xsetbv", 0 },
  { { 0x0f, 0xae, 0xf0 }, 3, "mfence", 0 },
  { { 0x0f, 0xae, 0xe8 }, 3, "lfence", 0 },
  { { 0x0f, 0xae, 0xf8 }, 3, "sfence", 0 },
  { { 0x0f, 0x38, 0x82 }, 3, "invpcid", 0 },
  { { 0x0f, 0x38, 0x80 }, 3, "invept", 0 },
  { { 0x0f, 0x38, 0x81 }, 3, "invvpid", 0 },
  { { 0x0f, 0x01, 0xc1 }, 3, "vmcall", 0 },
  { { 0x0f, 0x01, 0xc2 }, 3, "vmlaunch", 0 },
  { { 0x0f, 0x01, 0xc3 }, 3, "vmresume", 0 },
  { { 0x0f, 0x01, 0xc4 }, 3, "vmxoff", 0 },
  { { 0x0f, 0x01, 0xd8 }, 3, "vmrun", 0 },
  { { 0x0f, 0x01, 0xd9 }, 3, "vmmcall", 0 },
  { { 0x0f, 0x01, 0xda }, 3, "vmload", 0 },
  { { 0x0f, 0x01, 0xdb }, 3, "vmsave", 0 },
  { { 0x0f, 0x01, 0xdc }, 3, "stgi", 0 },
  { { 0x0f, 0x01, 0xdd }, 3, "clgi", 0 },
  { { 0x0f, 0x01, 0xde }, 3, "skinit", 0 },
  { { 0x0f, 0x01, 0xdf }, 3, "invlpga", 0 },
  { { 0x0f, 0x09 }, 2, "wbinvd", 0 },
  { { 0x0f, 0x08 }, 2, "invd", 0 },
  { { 0x0f, 0x06 }, 2, "clts", 0 },
  { { 0x0f, 0x30 }, 2, "wrmsr", 0 },
  { { 0x0f, 0x32 }, 2, "rdmsr", 0 },
  { { 0x0f, 0x31 }, 2, "rdtsc", 0 },
  { { 0x0f, 0x01, 0xf9 }, 3, "rdtscp", 0 },
  { { 0x0f, 0x33 }, 2, "rdpmc", 0 },
};

/* Instructions at which the CPU reads a descriptor table (Intel SDM vol.
   3, 3.4.3 and 6.10): segment register loads and far transfers read the
   GDT or LDT, interrupt and exception delivery the IDT; an instruction
   that enables interrupts lets the next one in.  A fault raised by an
   ordinary access is not counted.  syscall and sysret load fixed
   descriptors without reading the GDT.  */
static const struct
{
  const char *mnem;
  unsigned reads;
} table_readers[] = {
  { "ljmp", TR_SEGMENT }, { "lcall", TR_SEGMENT }, { "lret", TR_SEGMENT },
  { "iret", TR_SEGMENT | TR_INTERRUPT }, { "lss", TR_SEGMENT },
  { "lds", TR_SEGMENT }, { "les", TR_SEGMENT }, { "lfs", TR_SEGMENT },
  { "lgs", TR_SEGMENT }, { "int", TR_INTERRUPT }, { "int3", TR_INTERRUPT },
  { "into", TR_INTERRUPT }, { "ud2", TR_INTERRUPT }, { "sti", TR_INTERRUPT },
  { "popf", TR_INTERRUPT }, { "stgi", TR_INTERRUPT },
};

/* Segment registers whose load reads a descriptor.  */
static const char *const segment_regs[] = { "cs", "ds", "es", "fs", "gs",
					    "ss" };

/* MSR ranges that paravirtual interfaces give to the hypervisor, which
   reads and writes guest memory when they are written (a kvmclock MSR
   write makes KVM fill the pvclock structure the guest then loads).  */
static const struct
{
  unsigned long first, last;
} hypercall_msrs[] = {
  { 0x4b564d00ul, 0x4b564dfful },	/* KVM (MSR_KVM_SYSTEM_TIME_NEW, ...) */
  { 0x40000000ul, 0x400000fful },	/* Hyper-V synthetic MSRs, Xen's */
};

/* MSRs that hold segment bases (from the Intel SDM, vol. 4).  */
static const struct
{
  unsigned long msr;
  unsigned seg;
} segment_msrs[] = {
  { 0xc0000100ul, AK_SEG_FS },	/* IA32_FS_BASE */
  { 0xc0000101ul, AK_SEG_GS },	/* IA32_GS_BASE */
  { 0xc0000102ul, AK_SEG_GS },	/* IA32_KERNEL_GS_BASE */
};

/* How instructions access the memory their explicit operands address
   (Intel SDM vol. 2), for the forms asm templates use.  An entry matches
   its name exactly, with a size suffix (MR_SUFFIX) or as a prefix
   (MR_PREFIX); the first match wins.  ONLY is the access through the sole
   operand, DEST through the last of several, SOURCE through the others.
   An instruction not listed reads and writes its destination (an ALU
   operation) and reads its sources.  */
enum { MR_EXACT, MR_SUFFIX, MR_PREFIX };
#define R MA_READ
#define W MA_WRITE
#define RW (MA_READ | MA_WRITE)
static const struct
{
  const char *name;
  unsigned char match, only, dest, source;
} memory_rules[] = {
  /* Only an address: nothing is read or written through it (a cache-line
     flush writes back data, but the data the program sees is unchanged).  */
  { "lea", MR_SUFFIX, 0, 0, 0 }, { "invlpg", MR_PREFIX, 0, 0, 0 },
  { "prefetch", MR_PREFIX, 0, 0, 0 }, { "clflush", MR_PREFIX, 0, 0, 0 },
  { "clwb", MR_EXACT, 0, 0, 0 }, { "cldemote", MR_EXACT, 0, 0, 0 },
  { "nop", MR_PREFIX, 0, 0, 0 }, { "monitor", MR_PREFIX, 0, 0, 0 },
  { "umonitor", MR_EXACT, 0, 0, 0 },
  /* The 64-byte source is read; the destination is in a register.  */
  { "movdir64b", MR_EXACT, R, 0, R }, { "enqcmd", MR_PREFIX, R, 0, R },
  { "cmpxchg", MR_PREFIX, RW, RW, R },
  /* Read only.  */
  { "cmp", MR_PREFIX, R, R, R }, { "test", MR_SUFFIX, R, R, R },
  { "bt", MR_SUFFIX, R, R, R }, { "lgdt", MR_SUFFIX, R, R, R },
  { "lidt", MR_SUFFIX, R, R, R }, { "lldt", MR_SUFFIX, R, R, R },
  { "ltr", MR_SUFFIX, R, R, R }, { "lmsw", MR_SUFFIX, R, R, R },
  { "verr", MR_EXACT, R, R, R }, { "verw", MR_EXACT, R, R, R },
  { "fxrstor", MR_PREFIX, R, R, R }, { "xrstor", MR_PREFIX, R, R, R },
  { "frstor", MR_EXACT, R, R, R }, { "fldenv", MR_EXACT, R, R, R },
  { "fldcw", MR_EXACT, R, R, R }, { "fld", MR_PREFIX, R, R, R },
  { "fild", MR_PREFIX, R, R, R }, { "ldmxcsr", MR_EXACT, R, R, R },
  { "vldmxcsr", MR_EXACT, R, R, R }, { "push", MR_SUFFIX, R, R, R },
  { "call", MR_SUFFIX, R, R, R }, { "jmp", MR_SUFFIX, R, R, R },
  { "ptwrite", MR_SUFFIX, R, R, R }, { "vmptrld", MR_EXACT, R, R, R },
  { "vmxon", MR_EXACT, R, R, R }, { "vmclear", MR_EXACT, R, R, R },
  { "invept", MR_EXACT, R, R, R }, { "invvpid", MR_EXACT, R, R, R },
  { "invpcid", MR_EXACT, R, R, R },
  /* Write only.  */
  { "mov", MR_PREFIX, W, W, R }, { "sgdt", MR_SUFFIX, W, W, R },
  { "sidt", MR_SUFFIX, W, W, R }, { "sldt", MR_SUFFIX, W, W, R },
  { "str", MR_SUFFIX, W, W, R }, { "smsw", MR_SUFFIX, W, W, R },
  { "vmptrst", MR_EXACT, W, W, R }, { "fxsave", MR_PREFIX, W, W, R },
  { "xsave", MR_PREFIX, W, W, R }, { "fnsave", MR_EXACT, W, W, R },
  { "fsave", MR_EXACT, W, W, R }, { "fnstenv", MR_EXACT, W, W, R },
  { "fstenv", MR_EXACT, W, W, R }, { "fnstcw", MR_EXACT, W, W, R },
  { "fstcw", MR_EXACT, W, W, R }, { "fnstsw", MR_EXACT, W, W, R },
  { "fstsw", MR_EXACT, W, W, R }, { "stmxcsr", MR_EXACT, W, W, R },
  { "vstmxcsr", MR_EXACT, W, W, R }, { "fst", MR_PREFIX, W, W, R },
  { "fist", MR_PREFIX, W, W, R }, { "pop", MR_SUFFIX, W, W, R },
  { "set", MR_PREFIX, W, W, R },
  { "xchg", MR_SUFFIX, RW, RW, RW },
};

/* String instructions and xlat: the memory they access through fixed
   registers when written without operands (a suffix b/w/l/q/d gives the
   size); REGS holds the constraint letter of each register.  */
static const struct
{
  const char *name;
  const char *regs;
  unsigned char access[2];
} string_insns[] = {
  { "movs", "SD", { R, W } }, { "stos", "D", { W, 0 } },
  { "lods", "S", { R, 0 } }, { "cmps", "SD", { R, R } },
  { "scas", "D", { R, 0 } }, { "ins", "D", { W, 0 } },
  { "outs", "S", { R, 0 } }, { "xlat", "b", { R, 0 } },
};
#undef R
#undef W
#undef RW

/* The general registers that an asm constraint letter fixes, by the
   last two letters of their names (rsi, esi, si).  */
static const struct
{
  const char *reg;
  char constraint;
} fixed_regs[] = {
  { "ax", 'a' }, { "bx", 'b' }, { "cx", 'c' }, { "dx", 'd' },
  { "si", 'S' }, { "di", 'D' },
};

/* Instructions that read what their class depends on from a fixed
   register, by the asm constraint letter of that register: the MSR number
   of wrmsr (%ecx), the address monitor watches (%rax).  */
static const struct
{
  const char *name;
  char constraint;
} implicit_regs[] = {
  { "wrmsr", 'c' }, { "wrmsrns", 'c' }, { "monitor", 'a' },
  { "monitorx", 'a' },
};

#define COUNT(a) (sizeof (a) / sizeof ((a)[0]))

const struct insn_class_info *
insn_class_info_of (enum insn_class cls)
{
  return &class_info[cls];
}

enum insn_class
insn_class_by_name (const char *name)
{
  for (int c = 0; c < IC_COUNT; c++)
    if (strcmp (class_info[c].name, name) == 0)
      return (enum insn_class) c;
  return IC_COUNT;
}

/* True when the LEN characters at S spell exactly NAME.  */
static bool
spells (const char *s, size_t len, const char *name)
{
  return strlen (name) == len && memcmp (s, name, len) == 0;
}

/* True when the LEN characters at S spell NAME followed by one of the
   size suffixes in SUFFIXES.  */
static bool
spells_with_suffix (const char *s, size_t len, const char *name,
		    const char *suffixes)
{
  return len > 1 && strchr (suffixes, s[len - 1])
	 && strlen (name) == len - 1 && memcmp (s, name, len - 1) == 0;
}

const struct insn_info *
insn_lookup_mnemonic (const char *mnem, size_t len)
{
  for (size_t i = 0; i < COUNT (mnemonics); i++)
    if (spells (mnem, len, mnemonics[i].name))
      return &mnemonics[i];
  for (size_t i = 0; i < COUNT (mnemonics); i++)
    if ((mnemonics[i].flags & IF_SUFFIX)
	&& spells_with_suffix (mnem, len, mnemonics[i].name, "bwlq"))
      return &mnemonics[i];
  return NULL;
}

const struct insn_info *
insn_lookup_dest (const struct insn_info *mnem, const char *reg, size_t len)
{
  for (size_t i = 0; i < COUNT (dest_regs); i++)
    if (strcmp (dest_regs[i].mnem, mnem->name) == 0
	&& spells (reg, len, dest_regs[i].reg))
      return &dest_regs[i].info;
  return NULL;
}

unsigned
insn_table_reads (const char *mnem, size_t len, const char *dest,
		  size_t dlen)
{
  if ((spells (mnem, len, "mov") || spells (mnem, len - 1, "mov")
       || spells (mnem, len, "pop") || spells (mnem, len - 1, "pop"))
      && dest)
    {
      for (size_t i = 0; i < COUNT (segment_regs); i++)
	if (spells (dest, dlen, segment_regs[i]))
	  return TR_SEGMENT;
      return 0;
    }
  for (size_t i = 0; i < COUNT (table_readers); i++)
    if (spells (mnem, len, table_readers[i].mnem)
	|| spells_with_suffix (mnem, len, table_readers[i].mnem, "wlqd"))
      return table_readers[i].reads;
  return 0;
}

const struct insn_info *
insn_lookup_control_register (int n)
{
  char reg[4] = { 'c', 'r', (char) ('0' + n), '\0' };
  if (n < 0 || n > 9)
    return NULL;
  for (size_t i = 0; i < COUNT (dest_regs); i++)
    if (strcmp (dest_regs[i].mnem, "mov") == 0
	&& strcmp (dest_regs[i].reg, reg) == 0)
      return &dest_regs[i].info;
  return NULL;
}

const struct insn_info *
insn_lookup_name (const char *name)
{
  for (size_t i = 0; i < COUNT (mnemonics); i++)
    if (!(mnemonics[i].flags & IF_DEST_OPERAND)
	&& strcmp (mnemonics[i].name, name) == 0)
      return &mnemonics[i];
  for (size_t i = 0; i < COUNT (dest_regs); i++)
    if (strcmp (dest_regs[i].info.name, name) == 0)
      return &dest_regs[i].info;
  return NULL;
}

/* True when the N bytes at BYTES start with encoding E.  */
static bool
encoding_matches (const struct encoding *e, const unsigned char *bytes,
		  size_t n)
{
  if (e->len > n || memcmp (bytes, e->bytes, e->len - 1) != 0)
    return false;
  unsigned char mask = e->last_mask ? e->last_mask : 0xff;
  return (bytes[e->len - 1] & mask) == e->bytes[e->len - 1];
}

/* The asm constraint letters of the general registers by their number
   in a ModRM byte's rm field (without REX.B): %rsp and %rbp have none.  */
static const char modrm_regs[8] = { 'a', 'c', 'd', 'b', 0, 0, 'S', 'D' };

const struct insn_info *
insn_lookup_bytes (const unsigned char *bytes, size_t n, size_t *len,
		   char *reg)
{
  for (size_t i = 0; i < COUNT (encodings); i++)
    if (encoding_matches (&encodings[i], bytes, n))
      {
	const struct encoding *e = &encodings[i];
	unsigned char last = bytes[e->len - 1];
	*len = e->len;
	/* A masked last byte with mod 11 is a register-form ModRM.  */
	*reg = e->last_mask && (last & 0xc0) == 0xc0 ? modrm_regs[last & 7]
	       : 0;
	return insn_lookup_name (e->name);
      }
  return NULL;
}

enum insn_class
insn_msr_class (bool known, unsigned long msr, unsigned *seg)
{
  *seg = AK_SEG_GS | AK_SEG_FS;
  if (!known)
    return IC_SEGMENT_BASE;
  for (size_t i = 0; i < COUNT (segment_msrs); i++)
    if (segment_msrs[i].msr == msr)
      {
	*seg = segment_msrs[i].seg;
	return IC_SEGMENT_BASE;
      }
  *seg = 0;
  for (size_t i = 0; i < COUNT (hypercall_msrs); i++)
    if (msr >= hypercall_msrs[i].first && msr <= hypercall_msrs[i].last)
      return IC_HYPERCALL;
  return IC_SYSTEM_STATE;
}

unsigned
insn_memory_access (const char *mnem, size_t len, int pos, int nops)
{
  for (size_t i = 0; i < COUNT (memory_rules); i++)
    {
      const char *name = memory_rules[i].name;
      size_t n = strlen (name);
      bool match;
      switch (memory_rules[i].match)
	{
	case MR_PREFIX:
	  match = len >= n && memcmp (mnem, name, n) == 0;
	  break;
	case MR_SUFFIX:
	  match = spells (mnem, len, name)
		  || spells_with_suffix (mnem, len, name, "bwlq");
	  break;
	default:
	  match = spells (mnem, len, name);
	}
      if (match)
	return nops == 1 ? memory_rules[i].only
	       : pos == nops - 1 ? memory_rules[i].dest
	       : memory_rules[i].source;
    }
  return nops == 1 || pos == nops - 1 ? MA_READ | MA_WRITE : MA_READ;
}

bool
insn_register_destination_p (const char *mnem, size_t len)
{
  return spells (mnem, len, "movdir64b") || spells (mnem, len, "enqcmd")
	 || spells (mnem, len, "enqcmds");
}

unsigned
insn_implicit_memory (const char *mnem, size_t len, char *regs,
		      unsigned *access, unsigned max)
{
  for (size_t i = 0; i < COUNT (string_insns); i++)
    if (spells (mnem, len, string_insns[i].name)
	|| spells_with_suffix (mnem, len, string_insns[i].name, "bwlqd"))
      {
	unsigned n = 0;
	for (; string_insns[i].regs[n] && n < max && n < 2; n++)
	  {
	    regs[n] = string_insns[i].regs[n];
	    access[n] = string_insns[i].access[n];
	  }
	return n;
      }
  return 0;
}

char
insn_implicit_register (const struct insn_info *insn)
{
  for (size_t i = 0; i < COUNT (implicit_regs); i++)
    if (strcmp (implicit_regs[i].name, insn->name) == 0)
      return implicit_regs[i].constraint;
  return 0;
}

char
insn_register_constraint (const char *reg, size_t len)
{
  /* rsi, esi, si; not sil, the low byte, nor r8-r15.  */
  if (len == 3 && (reg[0] == 'r' || reg[0] == 'e'))
    reg++, len--;
  for (size_t i = 0; i < COUNT (fixed_regs); i++)
    if (spells (reg, len, fixed_regs[i].reg))
      return fixed_regs[i].constraint;
  return 0;
}
