/* csmith-plant - plant system-state asm into a csmith program.

   Usage: csmith-plant SEED MAXMID < prog.c > planted.c 3> plantings.tsv

   Reads a program written by csmith and writes it back with blocks of
   x86 system-state asm planted in its functions, each block on one line
   of its own, and writes to descriptor 3 one line per planted block:

     LINE  ID  LEVEL1  LEVEL2  INSN  CLASS  WHERE  KIND

   LINE is the line of the block's asm in the output: the block's own
   line, or, for a quarter of the blocks whose asm uses none of the
   block's locals, the line of an always_inline helper holding the asm
   (asmclobber_helper_ID, written before the first function; the block
   calls it where the asm would be, and it is inlined before the plugin
   runs, at -O0 too).  KIND ends in "+inline" then.  LEVEL1 is "warn" when asmclobber
   must report the block's asm at level 1, "quiet" when it must not;
   LEVEL2 the same at level 2.  A "warn" holds when the asm is still in the
   generated code (so it was there when the plugin looked: it runs before
   the optimizers); the check finds each asm in the assembly by the comment
   "# plant ID" in its template.  A "quiet" holds whatever the compiler
   does.  INSN and CLASS are what the warning must name; WHERE is "entry"
   (first statement of a function: always kept, see below) or "mid".

   Where: one block at the start of every function body, and blocks at up
   to MAXMID other statement boundaries of the function bodies (lines
   after a line ending in ';', '{' or '}', not before an "else"), chosen
   with a pseudo-random generator seeded with SEED.  So that the entry
   blocks are always compiled, a table of the functions' addresses
   (asmclobber_keep) is appended: no function body can be dropped.
   Values stored are constants or the program's integer globals.

   Why the expectations are certain:
   - every access a block makes is to its own element (index ID) of the
     planted arrays, so no other statement kills, merges or reuses it,
     and it sits in the same basic block as the asm, next to it; a
     "warn" block ends with an opaque call, which may read what the
     block wrote: without it GCC deletes the block's stores when an
     endless loop follows (nothing could read them);
   - csmith code never touches %gs memory, descriptor or page-table
     memory, so for the classes that only care about those (descriptor,
     tlb, segment-base) a block's own accesses decide; for the classes
     that care about any memory access (control-register, user-access,
     pkru, interrupt, fence) a "quiet" block has an opaque call
     (asmclobber_barrier, an external function that may write memory) on
     both sides of its asm with nothing in between, or a "memory" clobber;
   - asm with a "memory" clobber, with asmclobber:ignore in its template,
     reading state only (rdmsr, mov from %cr3), and the level-2-only class
     (clts, wrmsr to an MSR that is no segment base) are never reported
     at level 1.  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

#define MAXLINE (1 << 20)
#define MAXFUNCS 4096

/* One kind of planted block.  In TEXT, @ stands for the block's ID and
   $ for a value (a constant or one of the program's integer globals).  */
struct kind
{
  const char *name;
  const char *level1, *level2;	/* "warn" or "quiet" */
  const char *insn, *cls;
  const char *text;
};

static const struct kind kinds[] = {
  /* Reported at level 1: an access the class depends on is next to it.  */
  { "ltr-after-desc-store", "warn", "warn", "ltr", "descriptor",
    "asmclobber_gdt[@].a = $; __asm__ volatile (\"ltr %w0 # plant @\" : : \"q\" ((unsigned short) 0x40)); asmclobber_barrier ();" },
  { "lldt-after-desc-memcpy", "warn", "warn", "lldt", "descriptor",
    "struct desc_struct d_@ = { $, 0x8200 }; __builtin_memcpy (&asmclobber_gdt[@], &d_@, sizeof d_@); __asm__ volatile (\"lldt %w0 # plant @\" : : \"q\" ((unsigned short) 0x50)); asmclobber_barrier ();" },
  { "swapgs-before-gs-load", "warn", "warn", "swapgs", "segment-base",
    "__asm__ volatile (\"swapgs # plant @\" : : : \"cc\"); asmclobber_sink[@] = asmclobber_gs[@]; asmclobber_barrier ();" },
  { "wrmsr-gsbase-before-gs-load", "warn", "warn", "wrmsr", "segment-base",
    "__asm__ volatile (\"wrmsr # plant @\" : : \"c\" (0xc0000101), \"a\" ((unsigned int) $), \"d\" (0u)); asmclobber_sink[@] = asmclobber_gs[@]; asmclobber_barrier ();" },
  { "wrgsbase-after-gs-store", "warn", "warn", "wrgsbase", "segment-base",
    "asmclobber_gs[@] = $; __asm__ volatile (\"wrgsbase %0 # plant @\" : : \"r\" (0x1000ul)); asmclobber_barrier ();" },
  { "mov-cr3-after-store", "warn", "warn", "mov to %cr3", "control-register",
    "asmclobber_sink[@] = $; __asm__ volatile (\"mov %0, %%cr3 # plant @\" : : \"r\" (0x2000ul)); asmclobber_barrier ();" },
  { "stac-before-store", "warn", "warn", "stac", "user-access",
    "__asm__ volatile (\"stac # plant @\" : : : \"cc\"); asmclobber_sink[@] = $; asmclobber_barrier ();" },
  { "mfence-after-store", "warn", "warn", "mfence", "fence",
    "asmclobber_sink[@] = $; __asm__ volatile (\"mfence # plant @\" : :); asmclobber_barrier ();" },
  { "wrpkru-before-store", "warn", "warn", "wrpkru", "pkru",
    "__asm__ volatile (\"wrpkru # plant @\" : : \"a\" (0u), \"c\" (0u), \"d\" (0u)); asmclobber_sink[@] = $; asmclobber_barrier ();" },
  { "cli-before-load", "warn", "warn", "cli", "interrupt",
    "__asm__ volatile (\"cli # plant @\" : : : \"cc\"); asmclobber_sink[@] = asmclobber_src[@]; asmclobber_barrier ();" },
  { "invlpg-after-pte-store", "warn", "warn", "invlpg", "tlb",
    "asmclobber_pt[@].pte = $; __asm__ volatile (\"invlpg (%0) # plant @\" : : \"r\" (&asmclobber_pt[@])); asmclobber_barrier ();" },

  { "ltr-after-desc-store-via-pointer", "warn", "warn", "ltr", "descriptor",
    "gate_desc *p_@ = &asmclobber_gdt[@]; p_@->b = $; __asm__ volatile (\"ltr %w0 # plant @\" : : \"q\" ((unsigned short) 0x40)); asmclobber_barrier ();" },
  { "lidt-sti-after-desc-memset", "warn", "warn", "lidt", "descriptor",
    "__builtin_memset (&asmclobber_gdt[@], 0, sizeof asmclobber_gdt[@]); __asm__ volatile (\"lidt %0\\n\\tsti # plant @\" : : \"m\" (asmclobber_idtr)); asmclobber_barrier ();" },
  /* lidt loads only the register, and the call after it is a barrier
     before any interrupt: level 2 only.  */
  { "lidt-after-desc-memset", "quiet", "warn", "lidt", "descriptor",
    "__builtin_memset (&asmclobber_gdt[@], 0, sizeof asmclobber_gdt[@]); __asm__ volatile (\"lidt %0 # plant @\" : : \"m\" (asmclobber_idtr)); asmclobber_barrier ();" },
  { "wrmsr-variable-msr-before-gs-load", "warn", "warn", "wrmsr", "segment-base",
    "unsigned int msr_@ = 0xc0000101; __asm__ volatile (\"wrmsr # plant @\" : : \"c\" (msr_@), \"a\" (0u), \"d\" (0u)); asmclobber_sink[@] = asmclobber_gs[@]; asmclobber_barrier ();" },
  { "swapgs-before-gs-load-via-pointer", "warn", "warn", "swapgs", "segment-base",
    "int __seg_gs *p_@ = &asmclobber_gs[@]; __asm__ volatile (\"swapgs # plant @\" : : : \"cc\"); asmclobber_sink[@] = *p_@; asmclobber_barrier ();" },
  { "swapgs-then-mfence-plain-store", "warn", "warn", "mfence", "fence",
    "asmclobber_barrier (); __asm__ volatile (\"swapgs\\n\\tmfence # plant @\" : : : \"cc\"); asmclobber_sink[@] = $; asmclobber_barrier ();" },

  /* Never reported: a "memory" clobber, the ignore marker, reading only.  */
  { "ltr-memory-clobber", "quiet", "quiet", "ltr", "descriptor",
    "asmclobber_gdt[@].a = $; __asm__ volatile (\"ltr %w0 # plant @\" : : \"q\" ((unsigned short) 0x40) : \"memory\");" },
  { "swapgs-memory-clobber", "quiet", "quiet", "swapgs", "segment-base",
    "__asm__ volatile (\"swapgs # plant @\" : : : \"memory\"); asmclobber_sink[@] = asmclobber_gs[@];" },
  { "mfence-memory-clobber", "quiet", "quiet", "mfence", "fence",
    "asmclobber_sink[@] = $; __asm__ volatile (\"mfence # plant @\" : : : \"memory\"); asmclobber_sink2[@] = $;" },
  { "ltr-ignore-marker", "quiet", "quiet", "ltr", "descriptor",
    "asmclobber_gdt[@].a = $; __asm__ volatile (\"ltr %w0 # plant @ asmclobber:ignore planted\" : : \"q\" ((unsigned short) 0x40));" },
  { "rdmsr-reads-only", "quiet", "quiet", "rdmsr", "-",
    "unsigned int lo_@, hi_@; asmclobber_sink[@] = $; __asm__ volatile (\"rdmsr # plant @\" : \"=a\" (lo_@), \"=d\" (hi_@) : \"c\" (0xc0000101)); asmclobber_sink2[@] = lo_@ ^ hi_@;" },
  { "mov-from-cr3-reads-only", "quiet", "quiet", "mov", "-",
    "unsigned long cr3_@; asmclobber_sink[@] = $; __asm__ volatile (\"mov %%cr3, %0 # plant @\" : \"=r\" (cr3_@)); asmclobber_sink2[@] = (unsigned int) cr3_@;" },

  /* Quiet at level 1, reported at level 2: nothing the class depends on
     can move across it.  */
  { "ltr-desc-store-behind-barrier", "quiet", "warn", "ltr", "descriptor",
    "asmclobber_gdt[@].a = $; asmclobber_barrier (); __asm__ volatile (\"ltr %w0 # plant @\" : : \"q\" ((unsigned short) 0x40)); asmclobber_barrier ();" },
  { "ltr-plain-store-and-later-desc-store", "quiet", "warn", "ltr", "descriptor",
    "asmclobber_barrier (); asmclobber_sink[@] = $; __asm__ volatile (\"ltr %w0 # plant @\" : : \"q\" ((unsigned short) 0x40)); asmclobber_gdt[@].a = $;" },
  { "swapgs-gs-load-behind-barrier", "quiet", "warn", "swapgs", "segment-base",
    "asmclobber_barrier (); __asm__ volatile (\"swapgs # plant @\" : : : \"cc\"); asmclobber_barrier (); asmclobber_sink[@] = asmclobber_gs[@];" },
  { "swapgs-plain-accesses-only", "quiet", "warn", "swapgs", "segment-base",
    "asmclobber_barrier (); asmclobber_sink[@] = $; __asm__ volatile (\"swapgs # plant @\" : : : \"cc\"); asmclobber_sink2[@] = asmclobber_src[@]; asmclobber_barrier ();" },
  { "wrmsr-fsbase-gs-load", "quiet", "warn", "wrmsr", "segment-base",
    "asmclobber_barrier (); __asm__ volatile (\"wrmsr # plant @\" : : \"c\" (0xc0000100), \"a\" (0u), \"d\" (0u)); asmclobber_sink[@] = asmclobber_gs[@]; asmclobber_barrier ();" },
  { "wrmsr-other-msr", "quiet", "warn", "wrmsr", "system-state",
    "asmclobber_sink[@] = asmclobber_gs[@]; __asm__ volatile (\"wrmsr # plant @\" : : \"c\" (0x10), \"a\" (0u), \"d\" (0u)); asmclobber_sink2[@] = asmclobber_gs[@];" },
  { "clts-system-state", "quiet", "warn", "clts", "system-state",
    "asmclobber_sink[@] = $; __asm__ volatile (\"clts # plant @\" : :); asmclobber_sink2[@] = $;" },
  { "wbinvd-after-store", "warn", "warn", "wbinvd", "cache",
    "asmclobber_sink[@] = $; __asm__ volatile (\"wbinvd # plant @\" : :); asmclobber_barrier ();" },
  { "stac-between-barriers", "quiet", "warn", "stac", "user-access",
    "asmclobber_sink[@] = $; asmclobber_barrier (); __asm__ volatile (\"stac # plant @\" : : : \"cc\"); asmclobber_barrier (); asmclobber_sink2[@] = $;" },
  { "mov-cr3-between-barriers", "quiet", "warn", "mov to %cr3", "control-register",
    "asmclobber_barrier (); __asm__ volatile (\"mov %0, %%cr3 # plant @\" : : \"r\" (0x2000ul)); asmclobber_barrier ();" },
  { "invlpg-plain-store", "quiet", "warn", "invlpg", "tlb",
    "asmclobber_barrier (); asmclobber_sink[@] = $; __asm__ volatile (\"invlpg (%0) # plant @\" : : \"r\" (&asmclobber_pt[@])); asmclobber_pt[@].pte = $;" },
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

static unsigned long long rng_state;

static unsigned
rng (unsigned n)
{
  /* xorshift64* */
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (unsigned) ((rng_state * 2685821657736338717ull) >> 33) % n;
}

static char **lines;
static size_t nlines;
static char *globals[MAXFUNCS];	/* integer scalar globals, for $ */
static size_t nglobals;
static char *funcs[MAXFUNCS];
static size_t nfuncs;
static unsigned long out_line = 1;
static unsigned nplanted;
static FILE *table;

static void
emit (const char *s)
{
  fputs (s, stdout);
  for (; *s; s++)
    if (*s == '\n')
      out_line++;
}

/* The last character of LINE that is not blank, ignoring a trailing
   comment.  */
static char
last_char (const char *line)
{
  size_t n = strlen (line);
  const char *c = strstr (line, "/*");
  if (c && strstr (c, "*/"))
    n = c - line;
  while (n > 0 && isspace ((unsigned char) line[n - 1]))
    n--;
  return n ? line[n - 1] : 0;
}

static const char *
skip_blanks (const char *s)
{
  while (*s == ' ' || *s == '\t')
    s++;
  return s;
}

/* A growing string.  */
struct str
{
  char *s;
  size_t len, cap;
};

static void
str_add (struct str *b, const char *s, size_t n)
{
  if (b->len + n + 1 > b->cap)
    {
      b->cap = 2 * (b->len + n + 1);
      b->s = realloc (b->s, b->cap);
    }
  memcpy (b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = 0;
}

static void
str_cat (struct str *b, const char *s)
{
  str_add (b, s, strlen (s));
}

/* Appends a value for $: a constant or one of the program's globals.  */
static void
add_value (struct str *b)
{
  char buf[128];
  if (nglobals && rng (2))
    snprintf (buf, sizeof buf, "(unsigned int) %s", globals[rng (nglobals)]);
  else
    snprintf (buf, sizeof buf, "%uu", rng (100000));
  str_cat (b, buf);
}

/* One planted block: its text, and the always_inline helper holding its
   asm when the asm is planted through one (then the warning is at the
   helper's line, inlined into the block's function).  */
struct planting
{
  unsigned id;
  const struct kind *k;
  const char *where;
  int inlined;
  struct str block, helper;
};

static struct planting *plans;
static size_t nplans, cap_plans;

/* Plans a block of a kind chosen at random.  */
static struct planting *
make_planting (const char *where)
{
  if (nplans == cap_plans)
    {
      cap_plans = cap_plans ? 2 * cap_plans : 256;
      plans = realloc (plans, cap_plans * sizeof *plans);
    }
  struct planting *p = &plans[nplans++];
  memset (p, 0, sizeof *p);
  p->id = nplanted++;
  p->k = &kinds[rng (NKINDS)];
  p->where = where;
  char id[32];
  snprintf (id, sizeof id, "%u", p->id);
  struct str text = { 0 };
  for (const char *c = p->k->text; *c; c++)
    if (*c == '@')
      str_cat (&text, id);
    else if (*c == '$')
      add_value (&text);
    else
      str_add (&text, c, 1);
  /* A quarter of the blocks whose asm uses no local of the block have it
     in a helper.  */
  const char *asm_start = strstr (text.s, "__asm__ volatile (");
  const char *asm_end = asm_start ? strstr (asm_start, ");") : NULL;
  /* (the block's locals are named NAME_@) */
  const char *raw_start = strstr (p->k->text, "__asm__ volatile (");
  const char *raw_end = raw_start ? strstr (raw_start, ");") : NULL;
  int uses_local = 0;
  for (const char *c = raw_start; c && c < raw_end; c++)
    if (c[0] == '_' && c[1] == '@')
      uses_local = 1;
  str_cat (&p->block, "{ ");
  if (asm_end && !uses_local && rng (4) == 0)
    {
      asm_end += 2;
      p->inlined = 1;
      str_add (&p->block, text.s, asm_start - text.s);
      str_cat (&p->block, "asmclobber_helper_");
      str_cat (&p->block, id);
      str_cat (&p->block, " ();");
      str_cat (&p->block, asm_end);
      str_cat (&p->helper, "static inline __attribute__ ((always_inline)) void asmclobber_helper_");
      str_cat (&p->helper, id);
      str_cat (&p->helper, " (void) { ");
      str_add (&p->helper, asm_start, asm_end - asm_start);
      str_cat (&p->helper, " }\n");
    }
  else
    str_cat (&p->block, text.s);
  str_cat (&p->block, " }\n");
  free (text.s);
  return p;
}

/* Writes P's line in the table: the line of its asm, just written.  */
static void
table_row (const struct planting *p)
{
  fprintf (table, "%lu\t%u\t%s\t%s\t%s\t%s\t%s\t%s%s\n", out_line - 1, p->id,
	   p->k->level1, p->k->level2, p->k->insn, p->k->cls, p->where,
	   p->k->name, p->inlined ? "+inline" : "");
}

/* Writes P's block at the current line, indented like INDENT_OF.  */
static void
emit_block (const struct planting *p, const char *indent_of)
{
  const char *body = skip_blanks (indent_of);
  fwrite (indent_of, 1, body - indent_of, stdout);
  emit (p->block.s);
  if (!p->inlined)
    table_row (p);
}

/* True when LINE defines a function: "static T func_N(...)" or main.  */
static int
function_header (const char *line, char *name, size_t size)
{
  const char *p = strstr (line, "func_");
  if (strncmp (line, "int main (", 10) == 0)
    {
      snprintf (name, size, "main");
      return 1;
    }
  if (strncmp (line, "static ", 7) != 0 || !p || strchr (line, ';'))
    return 0;
  size_t n = strspn (p, "func_0123456789");
  if (p[n] != '(')
    return 0;
  snprintf (name, size, "%.*s", (int) n, p);
  return 1;
}

/* Records LINE's global when it is an integer scalar: "static [volatile]
   [u]intN_t g_N = ...;".  Volatile ones too: a read of one is just a load.  */
static void
note_global (const char *line)
{
  const char *p = line;
  if (strncmp (p, "static ", 7) != 0)
    return;
  p += 7;
  if (strncmp (p, "const ", 6) == 0)
    p += 6;
  if (strncmp (p, "volatile ", 9) == 0)
    p += 9;
  if (strncmp (p, "int", 3) != 0 && strncmp (p, "uint", 4) != 0)
    return;
  p = strchr (p, ' ');
  if (!p || strncmp (p, " g_", 3) != 0)
    return;
  p++;
  size_t n = strspn (p, "g_0123456789");
  if (strncmp (p + n, " = ", 3) != 0 || nglobals == MAXFUNCS)
    return;
  globals[nglobals++] = strndup (p, n);
}

int
main (int argc, char **argv)
{
  if (argc != 3)
    {
      fprintf (stderr, "usage: csmith-plant SEED MAXMID < prog.c > planted.c 3> plantings.tsv\n");
      return 2;
    }
  rng_state = strtoull (argv[1], NULL, 10) * 0x9e3779b97f4a7c15ull + 1;
  unsigned maxmid = strtoul (argv[2], NULL, 10);
  table = fdopen (3, "w");
  if (!table)
    {
      perror ("csmith-plant: descriptor 3");
      return 2;
    }

  /* Read the program.  */
  static char buf[MAXLINE];
  size_t cap = 0;
  while (fgets (buf, sizeof buf, stdin))
    {
      if (nlines == cap)
	{
	  cap = cap ? 2 * cap : 4096;
	  lines = realloc (lines, cap * sizeof *lines);
	}
      lines[nlines++] = strdup (buf);
    }

  /* The candidate statement boundaries: lines in function bodies.  */
  char *mid = calloc (nlines + 1, 1);
  size_t ncand = 0;
  int in_body = 0;
  char name[256];
  for (size_t i = 0; i < nlines; i++)
    {
      const char *l = lines[i];
      if (!in_body)
	{
	  if (function_header (l, name, sizeof name) && i + 1 < nlines
	      && lines[i + 1][0] == '{')
	    {
	      in_body = 1;
	      if (strcmp (name, "main") != 0 && nfuncs < MAXFUNCS)
		funcs[nfuncs++] = strdup (name);
	      i++;		/* the opening brace */
	    }
	  else
	    note_global (l);
	  continue;
	}
      if (l[0] == '}')
	{
	  in_body = 0;
	  continue;
	}
      /* Not the first statement (the entry block goes there).  */
      if (lines[i - 1][0] == '{')
	continue;
      char c = last_char (lines[i - 1]);
      const char *s = skip_blanks (l);
      if ((c == ';' || c == '{' || c == '}') && strncmp (s, "else", 4) != 0
	  && *s != '\n' && *s != '#')
	{
	  mid[i] = 1;
	  ncand++;
	}
    }

  /* Choose the mid boundaries: MAXMID of the NCAND, evenly at random.  */
  size_t need = maxmid < ncand ? maxmid : ncand, left = ncand;
  for (size_t i = 0; i < nlines; i++)
    if (mid[i])
      {
	if (rng ((unsigned) left) < need)
	  need--;
	else
	  mid[i] = 0;
	left--;
      }

  /* Plan the blocks, in the order of the program: a block before each
     chosen line, one after the opening brace of each function.  */
  struct planting **before = calloc (nlines + 1, sizeof *before);
  struct planting **after = calloc (nlines + 1, sizeof *after);
  size_t first_function = nlines;
  in_body = 0;
  for (size_t i = 0; i < nlines; i++)
    {
      const char *l = lines[i];
      if (mid[i])
	before[i] = make_planting ("mid");
      if (!in_body && function_header (l, name, sizeof name) && i + 1 < nlines
	  && lines[i + 1][0] == '{')
	{
	  if (first_function == nlines)
	    first_function = i;
	  after[++i] = make_planting ("entry");
	  in_body = 1;
	}
      else if (in_body && l[0] == '}')
	in_body = 0;
    }

  /* Write the program with them; the helpers go before the first
     function definition.  */
  int declared = 0;
  for (size_t i = 0; i < nlines; i++)
    {
      const char *l = lines[i];
      if (i == first_function)
	{
	  emit ("/* asmclobber torture: planted helpers */\n");
	  for (size_t j = 0; j < nplans; j++)
	    if (plans[j].inlined)
	      {
		emit (plans[j].helper.s);
		table_row (&plans[j]);
	      }
	}
      if (before[i])
	emit_block (before[i], l);
      emit (l);
      if (after[i])
	emit_block (after[i], "    ");
      if (!declared && strncmp (l, "#include \"csmith.h\"", 19) == 0)
	{
	  emit ("/* asmclobber torture: planted declarations */\n"
		"extern int __seg_gs asmclobber_gs[];\n"
		"struct desc_struct { unsigned int a, b; };\n"
		"extern struct desc_struct asmclobber_gdt[];\n"
		"typedef struct { unsigned long pte; } pte_t;\n"
		"extern pte_t asmclobber_pt[];\n"
		"extern unsigned int asmclobber_sink[], asmclobber_sink2[];\n"
		"extern unsigned int asmclobber_src[];\n"
		"extern void asmclobber_barrier (void);\n"
		"typedef struct desc_struct gate_desc;\n"
		"struct desc_ptr { unsigned short size; unsigned long address; } __attribute__ ((packed));\n"
		"extern struct desc_ptr asmclobber_idtr;\n");
	  declared = 1;
	}
    }
  if (!declared)
    {
      fprintf (stderr, "csmith-plant: no #include \"csmith.h\" line\n");
      return 1;
    }
  emit ("\n/* asmclobber torture: every function body is kept */\n"
	"void (*asmclobber_keep[]) (void) = {\n");
  for (size_t i = 0; i < nfuncs; i++)
    {
      char b[300];
      snprintf (b, sizeof b, "  (void (*) (void)) %s,\n", funcs[i]);
      emit (b);
    }
  emit ("  0\n};\n");
  fclose (table);
  return 0;
}
