/* The x86 instruction table: which instructions change system state, and how.
   The data lives in insn-table.cc; another architecture is another table.  */
#ifndef ASMCLOBBER_INSN_TABLE_H
#define ASMCLOBBER_INSN_TABLE_H

#include <stddef.h>

/* What an instruction changes, which decides the memory accesses that must
   stay on their side of it.  */
enum insn_class
{
  IC_DESCRIPTOR,	/* ltr, lldt, lgdt, lidt: the CPU reads descriptor tables */
  IC_TLB,		/* invlpg, invpcid: the CPU re-walks page tables */
  IC_CONTROL_REG,	/* writes to %cr0..%cr8: the address space itself */
  IC_SEGMENT_BASE,	/* swapgs, wrgsbase, wrmsr GS_BASE: what %gs:/%fs: mean */
  IC_USER_ACCESS,	/* stac, clac: the user-access window */
  IC_PKRU,		/* wrpkru: protection keys */
  IC_INTERRUPT,		/* cli, sti, popf: interrupt state */
  IC_FENCE,		/* mfence, lfence, sfence, serialize */
  IC_WAIT,		/* hlt, mwait, umwait, tpause, monitor: sleeping until
			   another CPU writes */
  IC_CACHE,		/* clflush, clflushopt, clwb, wbinvd, invd: write-back
			   and invalidation of cached memory */
  IC_VM_STRUCTURE,	/* vmxon, vmptrld, vmlaunch, vmrun, ...: the CPU reads
			   and writes the VMXON region, VMCS or VMCB */
  IC_HYPERCALL,		/* vmcall, vmmcall, tdcall, paravirtual MSRs: the
			   hypervisor reads and writes guest memory */
  IC_SYSTEM_STATE,	/* other system state: wbinvd, hlt, other MSRs, ... */
  IC_UNDECLARED_MEMORY,	/* memory an asm reads or writes through an address
			   in a register, which its operands do not name */
  IC_COUNT,
  IC_READ_ONLY = IC_COUNT /* reads system state only: never reported */
};

/* Kinds of memory access the analysis tracks, as bits.  */
enum access_kind
{
  AK_SEG_GS = 1u << 0,		/* load or store through %gs: (__seg_gs) */
  AK_SEG_FS = 1u << 1,		/* load or store through %fs: (__seg_fs) */
  AK_DESC_STORE = 1u << 2,	/* store to descriptor-table memory */
  AK_PT_STORE = 1u << 3,	/* store to page-table memory */
  AK_MEMORY = 1u << 4		/* any access to memory other code can see */
};

/* How an instruction of a class conflicts with nearby accesses.  */
struct insn_class_info
{
  const char *name;		/* as in the warning's [asmclobber:NAME] tag */
  unsigned before;		/* AK_* bits that must not sink below the asm */
  unsigned after;		/* AK_* bits that must not rise above the asm */
  bool before_stores;		/* before it, only stores count */
  bool after_loads;		/* after it, only loads count */
};

enum insn_flags
{
  IF_SUFFIX = 1u << 0,		/* takes an AT&T size suffix b/w/l/q */
  IF_MSR = 1u << 1,		/* wrmsr: the class depends on %ecx */
  IF_DEST_OPERAND = 1u << 2,	/* mov/pop: only with a special destination */
  /* Which side of the instruction its class's accesses matter on, when
     only one does: an instruction that enables interrupts lets a handler
     run after it, so only accesses before it must not sink below it (one
     rising above it moves into the protected region); one that disables
     them, the mirror image.  */
  IF_ONLY_BEFORE = 1u << 3,
  IF_ONLY_AFTER = 1u << 4,
  /* Reads a time-stamp or performance counter: a fence in the same asm
     orders that read against execution, not memory against memory.  */
  IF_COUNTER = 1u << 5,
  /* Governs only accesses to user-mode pages (protection keys), which
     supervisor code makes through uaccess helpers, not plain accesses.  */
  IF_USER_PAGES = 1u << 6,
  /* Changes the interrupt flag; what it sets it to is read from the
     template (interrupt-flag.h).  */
  IF_SETS_IF = 1u << 7,
  /* Loads only a table register (lgdt, lidt): the CPU reads the table
     later, at the table reads of TR_* (insn_table_reads) given by
     IF_READ_AT_SEGMENT and IF_READ_AT_INTERRUPT.  */
  IF_READ_AT_SEGMENT = 1u << 8,
  IF_READ_AT_INTERRUPT = 1u << 9,
  /* Arms a watch on the line at an address, in the register of
     insn_implicit_register (monitor: %rax) or in its one register operand
     (umonitor): only accesses to that memory matter to it.  */
  IF_WATCH = 1u << 10
};

/* Events at which the CPU reads a descriptor table.  */
enum table_read
{
  TR_SEGMENT = 1u << 0,		/* a segment register load, far transfer */
  TR_INTERRUPT = 1u << 1	/* interrupt or exception delivery */
};

/* One instruction (or one special-register destination of mov/pop).  */
struct insn_info
{
  const char *name;		/* for arguments (ignore=NAME) */
  const char *display;		/* as shown in warnings */
  enum insn_class cls;
  unsigned seg;			/* for IC_SEGMENT_BASE: AK_SEG_GS/AK_SEG_FS */
  unsigned flags;		/* IF_* */
  /* For a register write: the bits whose change affects how data
     accesses are translated or checked (0: every bit does).  A write that
     changes no such bit leaves every access's meaning as it was.  */
  unsigned long long data_bits;
};

/* The x86 descriptor layout (Intel SDM vol. 3, 3.4.5 and 6.11): every
   segment, system and gate descriptor is 8 or 16 bytes and has its DPL in
   bits 45-46 and its present bit in bit 47; the pseudo-descriptor that
   lgdt and lidt read holds the table's base address at byte 2.  */
#define DESC_DPL_BIT 45
#define DESC_DPL_WIDTH 2
#define DESC_P_BIT 47
#define PSEUDO_DESC_BASE_BYTE 2

/* What an instruction does to the memory at an address it is given.  */
enum memory_access
{
  MA_NONE = 0,			/* it only computes or names the address */
  MA_READ = 1u << 0,
  MA_WRITE = 1u << 1
};

/* How the instruction MNEM (LEN characters, lower case) with NOPS
   explicit operands accesses the memory its operand POS (0-based, AT&T
   order: the last one is the destination) addresses: MA_* bits.  */
unsigned insn_memory_access (const char *mnem, size_t len, int pos,
			     int nops);

/* True when the last operand of MNEM (LEN characters) is a register
   holding the address of the memory it writes (movdir64b, enqcmd).  */
bool insn_register_destination_p (const char *mnem, size_t len);

/* The memory the instruction MNEM (LEN characters) accesses through fixed
   registers when written without operands (string instructions, xlat):
   stores up to MAX of them into REGS (the asm constraint letter of the
   register: 'S' for %rsi, 'D' for %rdi, 'b' for %rbx) and ACCESS (MA_*
   bits); returns how many.  */
unsigned insn_implicit_memory (const char *mnem, size_t len, char *regs,
			       unsigned *access, unsigned max);

/* The asm constraint letter of the register from which INSN reads what
   its class depends on when the asm names no operand for it: the MSR
   number (IF_MSR) or the watched address (IF_WATCH); 0 when none.  */
char insn_implicit_register (const struct insn_info *insn);

/* The asm constraint letter that fixes the general register REG (LEN
   characters, without '%', any width: "rsi", "esi", "si"), or 0.  */
char insn_register_constraint (const char *reg, size_t len);

/* Returns the class description of CLS.  */
const struct insn_class_info *insn_class_info_of (enum insn_class cls);

/* Returns the class named NAME, or IC_COUNT.  */
enum insn_class insn_class_by_name (const char *name);

/* Returns the entry for the mnemonic MNEM of LEN characters (lower case,
   with or without a size suffix), or NULL when it is not in the table.  */
const struct insn_info *insn_lookup_mnemonic (const char *mnem, size_t len);

/* The TR_* events the instruction MNEM (LEN characters, lower case)
   causes; DEST (DLEN characters, without '%') is its last operand when
   that is a register, else NULL.  */
unsigned insn_table_reads (const char *mnem, size_t len, const char *dest,
			   size_t dlen);

/* Returns the entry for writes to control register N (mov to %crN), or
   NULL.  */
const struct insn_info *insn_lookup_control_register (int n);

/* Returns the entry for "MNEM to register REG" (mov %0,%%cr3 gives
   MNEM "mov", REG "cr3"), or NULL when the destination is not special.  */
const struct insn_info *insn_lookup_dest (const struct insn_info *mnem,
					  const char *reg, size_t len);

/* Returns the entry whose argument name is NAME, or NULL.  */
const struct insn_info *insn_lookup_name (const char *name);

/* Returns the entry whose encoding starts BYTES (N bytes available) and
   stores its length in *LEN and, when its last byte is a register-form
   ModRM byte, the asm constraint letter of the register its rm field
   names in *REG (0 when there is none, or no letter fixes it), or
   returns NULL.  */
const struct insn_info *insn_lookup_bytes (const unsigned char *bytes,
					   size_t n, size_t *len, char *reg);

/* For wrmsr: the class and segment bits for a write to MSR (KNOWN false
   when the MSR number is not a compile-time constant).  */
enum insn_class insn_msr_class (bool known, unsigned long msr, unsigned *seg);

#endif
