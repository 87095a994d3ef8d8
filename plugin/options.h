/* The plugin's arguments (-fplugin-arg-asmclobber-KEY[=VALUE]) and the
   settings they produce.  */
#ifndef ASMCLOBBER_OPTIONS_H
#define ASMCLOBBER_OPTIONS_H

#include "insn-table.h"

struct plugin_argument;

/* How much to report.  */
enum report_level
{
  LEVEL_OFF = 0,	/* nothing */
  LEVEL_NEARBY = 1,	/* asm with a relevant access nearby (default) */
  LEVEL_ALL = 2		/* every state-changing asm without "memory" */
};

#define MAX_TYPE_NAMES 32
#define MAX_SELECTIONS 64

/* One ignore=/check= entry: a class or an instruction, turned off or on.  */
struct selection
{
  enum insn_class cls;		/* IC_COUNT when it names an instruction */
  const struct insn_info *insn;	/* NULL when it names a class */
  bool enabled;
};

struct asmclobber_options
{
  enum report_level level;
  bool help;
  bool main_file_only;
  bool evidence_only;		/* report only findings with evidence */
  /* ignore= and check= entries in command-line order; the last one that
     names an instruction, else its class, decides.  */
  struct selection selections[MAX_SELECTIONS];
  unsigned nselections;
  /* Extra type names from descriptor-types= and page-table-types=.  */
  const char *desc_types[MAX_TYPE_NAMES];
  unsigned ndesc_types;
  const char *pt_types[MAX_TYPE_NAMES];
  unsigned npt_types;
};

extern struct asmclobber_options asmclobber_options;

/* Parses ARGC arguments ARGV into asmclobber_options; reports each bad
   one with error () and returns false if there was any.  */
bool options_parse (int argc, const struct plugin_argument *argv);

/* The help text listing every argument.  */
extern const char options_help[];

/* True when INSN (of class CLS) is to be checked.  */
bool options_insn_enabled (const struct insn_info *insn, enum insn_class cls);

/* True when class CLS is to be checked, as far as the class selections
   say (check=CLASS, ignore=CLASS).  */
bool options_class_enabled (enum insn_class cls);

#endif
