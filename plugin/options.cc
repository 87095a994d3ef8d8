/* Parsing the plugin's arguments.  Every argument is checked: an unknown
   key, a bad value or a repeated scalar is an error naming it.  */
#include "gcc-compat.h"
#include "options.h"

struct asmclobber_options asmclobber_options;

const char options_help[] =
  "asmclobber: warns about system-state inline asm lacking a \"memory\" clobber\n"
  "  -fplugin-arg-asmclobber-level=N       0: off, 1: only with a nearby access\n"
  "                                        the compiler may move (default),\n"
  "                                        2: every state-changing asm\n"
  "  -fplugin-arg-asmclobber-disable       same as level=0\n"
  "  -fplugin-arg-asmclobber-ignore=LIST   do not check these classes or\n"
  "                                        instructions (comma-separated)\n"
  "  -fplugin-arg-asmclobber-check=LIST    check them again (later wins)\n"
  "  -fplugin-arg-asmclobber-descriptor-types=LIST\n"
  "                                        more struct/typedef names of\n"
  "                                        descriptor-table memory\n"
  "  -fplugin-arg-asmclobber-page-table-types=LIST\n"
  "                                        more type names of page tables\n"
  "  -fplugin-arg-asmclobber-main-file-only\n"
  "                                        report only asm written in the\n"
  "                                        main source file\n"
  "  -fplugin-arg-asmclobber-evidence-only\n"
  "                                        report only findings whose access\n"
  "                                        this build was seen to move, merge\n"
  "                                        or delete\n"
  "  -fplugin-arg-asmclobber-help          print this text\n"
  "Classes: descriptor tlb control-register segment-base user-access pkru\n"
  "         interrupt fence wait cache vm-structure hypercall\n"
  "         system-state\n";

/* Which scalar keys were seen, to refuse repeats.  */
static bool seen_level, seen_disable, seen_help, seen_main_file_only;
static bool seen_evidence_only;

/* Reports KEY given twice; returns false.  */
static bool
repeated (const char *key)
{
  error ("%<-fplugin-arg-asmclobber-%s%> given more than once", key);
  return false;
}

/* Requires ARG to carry no value.  */
static bool
no_value (const struct plugin_argument *arg)
{
  if (!arg->value)
    return true;
  error ("%<-fplugin-arg-asmclobber-%s%> takes no value (got %qs)",
	 arg->key, arg->value);
  return false;
}

/* Handles level=N.  */
static bool
parse_level (const struct plugin_argument *arg)
{
  if (seen_level)
    return repeated (arg->key);
  seen_level = true;
  const char *v = arg->value;
  if (!v || !v[0] || v[1] || v[0] < '0' || v[0] > '2')
    {
      error ("%<-fplugin-arg-asmclobber-level%> takes 0, 1 or 2 (got %qs)",
	     v ? v : "");
      return false;
    }
  asmclobber_options.level = (enum report_level) (v[0] - '0');
  return true;
}

/* Calls ITEM (KEY, NAME, DATA) for each item of the comma-separated VALUE
   of KEY; an empty list or item is an error.  Returns false on any.  */
static bool
for_each_item (const char *key, const char *value,
	       bool (*item) (const char *key, const char *name, void *data),
	       void *data)
{
  if (!value || !*value)
    {
      error ("%<-fplugin-arg-asmclobber-%s%> needs a comma-separated list",
	     key);
      return false;
    }
  bool ok = true;
  const char *p = value;
  for (;;)
    {
      const char *comma = strchr (p, ',');
      size_t n = comma ? (size_t) (comma - p) : strlen (p);
      if (n == 0)
	{
	  error ("empty item in %<-fplugin-arg-asmclobber-%s=%s%>", key, value);
	  return false;
	}
      char *name = xstrndup (p, n);
      ok &= item (key, name, data);
      if (!comma)
	return ok;
      p = comma + 1;
    }
}

/* Adds class-or-instruction NAME as ignored or checked (*DATA).  */
static bool
add_selection (const char *key, const char *name, void *data)
{
  struct asmclobber_options *o = &asmclobber_options;
  struct selection sel;
  sel.cls = insn_class_by_name (name);
  sel.insn = sel.cls == IC_COUNT ? insn_lookup_name (name) : NULL;
  sel.enabled = *(bool *) data;
  if (sel.cls == IC_COUNT && !sel.insn)
    {
      error ("unknown class or instruction %qs in "
	     "%<-fplugin-arg-asmclobber-%s%>", name, key);
      return false;
    }
  if (o->nselections == MAX_SELECTIONS)
    {
      error ("too many items in %<-fplugin-arg-asmclobber-%s%> (at most %d)",
	     key, MAX_SELECTIONS);
      return false;
    }
  o->selections[o->nselections++] = sel;
  return true;
}

/* Adds the type name NAME to the list *DATA (a type_list).  */
struct type_list
{
  const char **names;
  unsigned *count;
};

static bool
add_type_name (const char *key, const char *name, void *data)
{
  struct type_list *list = (struct type_list *) data;
  for (const char *c = name; *c; c++)
    if (!ISIDNUM (*c) || (c == name && ISDIGIT (*c)))
      {
	error ("%qs in %<-fplugin-arg-asmclobber-%s%> is not a type name",
	       name, key);
	return false;
      }
  if (*list->count == MAX_TYPE_NAMES)
    {
      error ("too many items in %<-fplugin-arg-asmclobber-%s%> (at most %d)",
	     key, MAX_TYPE_NAMES);
      return false;
    }
  list->names[(*list->count)++] = name;
  return true;
}

/* Handles one argument; false when it is bad.  */
static bool
parse_one (const struct plugin_argument *arg)
{
  struct asmclobber_options *o = &asmclobber_options;
  const char *key = arg->key;
  if (strcmp (key, "level") == 0)
    return parse_level (arg);
  if (strcmp (key, "disable") == 0)
    {
      if (seen_disable)
	return repeated (key);
      seen_disable = true;
      return no_value (arg);
    }
  if (strcmp (key, "help") == 0)
    {
      if (seen_help)
	return repeated (key);
      seen_help = o->help = true;
      return no_value (arg);
    }
  if (strcmp (key, "main-file-only") == 0)
    {
      if (seen_main_file_only)
	return repeated (key);
      seen_main_file_only = o->main_file_only = true;
      return no_value (arg);
    }
  if (strcmp (key, "evidence-only") == 0)
    {
      if (seen_evidence_only)
	return repeated (key);
      seen_evidence_only = o->evidence_only = true;
      return no_value (arg);
    }
  if (strcmp (key, "ignore") == 0 || strcmp (key, "check") == 0)
    {
      bool enabled = key[0] == 'c';
      return for_each_item (key, arg->value, add_selection, &enabled);
    }
  if (strcmp (key, "descriptor-types") == 0)
    {
      struct type_list list = { o->desc_types, &o->ndesc_types };
      return for_each_item (key, arg->value, add_type_name, &list);
    }
  if (strcmp (key, "page-table-types") == 0)
    {
      struct type_list list = { o->pt_types, &o->npt_types };
      return for_each_item (key, arg->value, add_type_name, &list);
    }
  error ("unknown argument %<-fplugin-arg-asmclobber-%s%>; "
	 "%<-fplugin-arg-asmclobber-help%> lists them", key);
  return false;
}

bool
options_parse (int argc, const struct plugin_argument *argv)
{
  bool ok = true;
  asmclobber_options.level = LEVEL_NEARBY;
  for (int i = 0; i < argc; i++)
    ok &= parse_one (&argv[i]);
  /* disable wins over any level, whatever the order: a kernel directory
     opts out by adding it to flags that already select a level.  */
  if (seen_disable)
    asmclobber_options.level = LEVEL_OFF;
  return ok;
}

bool
options_insn_enabled (const struct insn_info *insn, enum insn_class cls)
{
  const struct asmclobber_options *o = &asmclobber_options;
  for (unsigned i = o->nselections; i-- > 0;)
    if (o->selections[i].insn == insn)
      return o->selections[i].enabled;
  return options_class_enabled (cls);
}

bool
options_class_enabled (enum insn_class cls)
{
  const struct asmclobber_options *o = &asmclobber_options;
  for (unsigned i = o->nselections; i-- > 0;)
    if (!o->selections[i].insn && o->selections[i].cls == cls)
      return o->selections[i].enabled;
  return true;
}
