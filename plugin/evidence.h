/* Evidence: what the optimizers of this very build did to the access a
   finding names.  The access is watched from the report on, between
   each two GIMPLE passes of its function, until the function is
   expanded to RTL.  Only what a pass was seen doing is claimed: the
   store was deleted, the access was moved to the asm's other side (or,
   when neither came first, to one side), or
   the load's value was replaced by one computed before the asm.  */
#ifndef ASMCLOBBER_EVIDENCE_H
#define ASMCLOBBER_EVIDENCE_H

enum evidence_kind
{
  EV_NONE,
  EV_DELETED,	/* the store was deleted */
  EV_MOVED,	/* the access now is on the asm's other side */
  EV_REPLACED	/* the load's value is one computed before the asm */
};

struct evidence
{
  enum evidence_kind kind;
  const char *pass;	/* the pass that did it */
  location_t access_at;	/* the access */
  const char *what;	/* what the report says of it ("store to memory") */
  bool before;		/* it came before the asm */
  bool store;		/* it writes memory (else reads it) */
  bool now_before;	/* EV_MOVED: the access now comes before the asm
			   (else after it) */
  location_t value_at;	/* EV_REPLACED: where the value reused was
			   loaded, or UNKNOWN_LOCATION when it was not a
			   load */
};

/* Registers the pass observer for the plugin PLUGIN_NAME.  */
void evidence_register (const char *plugin_name);

/* Watches ACCESS, which comes BEFORE (or after) ASM_STMT in the current
   function and which the report calls WHAT (a static string), for report
   ID; IDs do not decrease from one call to the next.  */
void evidence_watch (unsigned id, gasm *asm_stmt, gimple *access,
		     bool before, const char *what);

/* What was seen done to the first access watched for report ID, other
   than the one at OTHER_THAN, that something was seen done to (kind
   EV_NONE when nothing was).  */
struct evidence evidence_of (unsigned id, location_t other_than);

/* Forgets every watch (at the end of the unit).  */
void evidence_release (void);

#endif
