/* Unit test for plugin/asm-edit.cc: where the "memory" clobber goes.
   Build and run from the top of the tree:
     g++-12 -Wall -Wextra -I plugin testsuite/unit/asm-edit-unit.cc \
       testsuite/unit/source-text.cc plugin/asm-edit.cc -o asm-edit-unit \
       && ./asm-edit-unit
   Prints "PASS: name" or "FAIL: name (details)" per case; exits 1 on any
   failure.  The source texts are read as source-text.h says, so that
   -fsanitize=address catches reads past a line.  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "source-text.h"

/* ---- The cases ------------------------------------------------------- */

struct test_case
{
  const char *name;
  const char *src;
  int line, col;		/* keyword; 0, 0: the first asm keyword */
  struct asm_edit_shape shape;
  int exp_line, exp_col;	/* 0, 0: no edit expected */
  const char *exp_text;		/* inserted text, or a substring of the
				   reason when no edit is expected */
  const char *exp_result;	/* the source after the edit */
};

/* A shape with no operands at all is a basic asm's.  */
#define SH(o, i, c, l, g) { o, i, c, l, g, (o | i | c | l) == 0 }
#define EDIT(l, c, t, r) l, c, t, r
#define NO_EDIT(reason) 0, 0, reason, NULL
#define T0 " ::: \"memory\""
#define T1 " :: \"memory\""
#define T2 " : \"memory\""
#define T3 ", \"memory\""
#define TE " \"memory\""
#define TEL " \"memory\" "

static const struct test_case cases[] = {
  /* An extended asm written without ':' has its operands from a macro.  */
  { "extended_zero_colons", "asm volatile(\"x\" OPERANDS);", 0, 0,
    { 0, 0, 0, 0, false, false }, NO_EDIT ("operands come from a macro") },
  /* Colon counts.  */
  { "zero_colons", "asm volatile(\"wbinvd\");", 0, 0, SH (0, 0, 0, 0, 0),
    EDIT (1, 22, T0, "asm volatile(\"wbinvd\" ::: \"memory\");") },
  { "one_colon", "asm(\"rdtsc\" : \"=A\" (t));", 0, 0, SH (1, 0, 0, 0, 0),
    EDIT (1, 23, T1, "asm(\"rdtsc\" : \"=A\" (t) :: \"memory\");") },
  { "one_colon_inout_operand", "asm(\"incl %0\" : \"+m\" (x));", 0, 0,
    SH (1, 1, 0, 0, 0),
    EDIT (1, 25, T1, "asm(\"incl %0\" : \"+m\" (x) :: \"memory\");") },
  { "two_colons",
    "asm volatile(\"outb %0, %1\" : : \"a\" (v), \"Nd\" (port));", 0, 0,
    SH (0, 2, 0, 0, 0),
    EDIT (1, 52, T2, "asm volatile(\"outb %0, %1\" : : \"a\" (v), \"Nd\" (port)"
	  " : \"memory\");") },
  { "two_colons_empty_inputs", "asm(\"nop\" : \"=r\" (x) : );", 0, 0,
    SH (1, 0, 0, 0, 0),
    EDIT (1, 23, T2, "asm(\"nop\" : \"=r\" (x) : : \"memory\" );") },
  { "two_colons_as_scope_token", "asm volatile(\"nop\" ::);", 0, 0,
    SH (0, 0, 0, 0, 0),
    EDIT (1, 22, T2, "asm volatile(\"nop\" :: : \"memory\");") },
  { "three_colons",
    "asm volatile(\"cpuid\" : \"=a\" (a) : \"0\" (l) : \"ebx\", \"ecx\");", 0,
    0, SH (1, 1, 2, 0, 0),
    EDIT (1, 57, T3, "asm volatile(\"cpuid\" : \"=a\" (a) : \"0\" (l) : \"ebx\","
	  " \"ecx\", \"memory\");") },
  { "three_colons_token_empty", "asm volatile(\"pause\" ::: );", 0, 0,
    SH (0, 0, 0, 0, 0),
    EDIT (1, 25, TE, "asm volatile(\"pause\" ::: \"memory\" );") },
  { "three_colons_spaced_empty", "asm(\"\" : : : );", 0, 0,
    SH (0, 0, 0, 0, 0), EDIT (1, 13, TE, "asm(\"\" : : : \"memory\" );") },
  { "scope_token_then_clobber", "asm(\"mov %1, %0\" : \"=r\" (x) :: \"cc\");",
    0, 0, SH (1, 0, 1, 0, 0),
    EDIT (1, 36, T3, "asm(\"mov %1, %0\" : \"=r\" (x) :: \"cc\", \"memory\");") },

  /* asm goto.  */
  { "goto_with_clobbers", "asm goto(\"jmp %l0\" : : : \"cc\" : out);", 0, 0,
    SH (0, 0, 1, 1, 1),
    EDIT (1, 30, T3, "asm goto(\"jmp %l0\" : : : \"cc\", \"memory\" : out);") },
  { "goto_no_clobbers_colons_adjacent", "asm goto(\"jmp %l[out]\" :::: out);",
    0, 0, SH (0, 0, 0, 1, 1),
    EDIT (1, 27, TEL, "asm goto(\"jmp %l[out]\" ::: \"memory\" : out);") },
  { "goto_no_clobbers_colons_spaced", "asm goto(\"\" : : : : l1, l2);", 0, 0,
    SH (0, 0, 0, 2, 1),
    EDIT (1, 18, TE, "asm goto(\"\" : : : \"memory\" : l1, l2);") },
  { "goto_with_outputs", "asm goto(\"\" : \"=r\" (x) : \"r\" (y) : : err);",
    0, 0, SH (1, 1, 0, 1, 1),
    EDIT (1, 35, TE, "asm goto(\"\" : \"=r\" (x) : \"r\" (y) : \"memory\" :"
	  " err);") },

  /* Keyword spellings and qualifiers.  */
  { "spelling___asm__", "__asm__ __volatile__(\"hlt\");", 0, 0,
    SH (0, 0, 0, 0, 0),
    EDIT (1, 27, T0, "__asm__ __volatile__(\"hlt\" ::: \"memory\");") },
  { "spelling___asm", "__asm __volatile (\"hlt\");", 0, 0, SH (0, 0, 0, 0, 0),
    EDIT (1, 24, T0, "__asm __volatile (\"hlt\" ::: \"memory\");") },
  { "qualifiers_inline_volatile", "asm inline volatile (\"x\" : : \"r\" (p));",
    0, 0, SH (0, 1, 0, 0, 0),
    EDIT (1, 37, T2, "asm inline volatile (\"x\" : : \"r\" (p) : \"memory\");") },
  { "qualifiers_gnu_inline_volatile_goto",
    "__asm__ __inline__ __volatile__ goto (\"\" :::: l);", 0, 0,
    SH (0, 0, 0, 1, 1),
    EDIT (1, 45, TEL, "__asm__ __inline__ __volatile__ goto (\"\" ::: \"memory\""
	  " : l);") },
  { "qualifiers_goto_first", "__asm goto __inline volatile(\"\" : : : \"cc\" : l);",
    0, 0, SH (0, 0, 1, 1, 1),
    EDIT (1, 43, T3, "__asm goto __inline volatile(\"\" : : : \"cc\", \"memory\""
	  " : l);") },
  { "qualifiers_with_comments_and_newline",
    "asm /* ( */ volatile // x\n  (\"nop\");", 0, 0, SH (0, 0, 0, 0, 0),
    EDIT (2, 9, T0, "asm /* ( */ volatile // x\n  (\"nop\" ::: \"memory\");") },
  { "keyword_mid_line", "int x; if (y) asm volatile(\"cli\");", 1, 15,
    SH (0, 0, 0, 0, 0),
    EDIT (1, 33, T0, "int x; if (y) asm volatile(\"cli\" ::: \"memory\");") },

  /* Statements over several lines.  */
  { "multi_line",
    "static inline void f(void)\n"
    "{\n"
    "\tasm volatile(\n"
    "\t\t\"mov %1, %0\\n\\t\"\n"
    "\t\t\"add $1, %0\"\n"
    "\t\t: \"=r\" (dst)\n"
    "\t\t: \"r\" (src)\n"
    "\t\t: \"cc\");\n"
    "}\n", 3, 2, SH (1, 1, 1, 0, 0),
    EDIT (8, 9, T3,
	  "static inline void f(void)\n"
	  "{\n"
	  "\tasm volatile(\n"
	  "\t\t\"mov %1, %0\\n\\t\"\n"
	  "\t\t\"add $1, %0\"\n"
	  "\t\t: \"=r\" (dst)\n"
	  "\t\t: \"r\" (src)\n"
	  "\t\t: \"cc\", \"memory\");\n"
	  "}\n") },
  { "multi_line_zero_colons_comment",
    "asm volatile(\"sfence\"   /* flush ) : */\n"
    "             );\n", 0, 0, SH (0, 0, 0, 0, 0),
    EDIT (1, 22, T0,
	  "asm volatile(\"sfence\" ::: \"memory\"   /* flush ) : */\n"
	  "             );\n") },
  { "multi_line_line_comment_before_paren",
    "asm(\"rdmsr\"\n"
    "    : \"=a\" (lo), \"=d\" (hi)\n"
    "    : \"c\" (msr)\n"
    "    // done: )\n"
    "    );\n", 0, 0, SH (2, 1, 0, 0, 0),
    EDIT (3, 16, T2,
	  "asm(\"rdmsr\"\n"
	  "    : \"=a\" (lo), \"=d\" (hi)\n"
	  "    : \"c\" (msr) : \"memory\"\n"
	  "    // done: )\n"
	  "    );\n") },
  { "clobber_then_line_comment",
    "asm volatile(\"wrmsr\" : : \"c\" (msr), \"a\" (lo), \"d\" (hi)\n"
    "\t     : \"cc\" // flags: )\n"
    "\t     );\n", 0, 0, SH (0, 3, 1, 0, 0),
    EDIT (2, 13, T3,
	  "asm volatile(\"wrmsr\" : : \"c\" (msr), \"a\" (lo), \"d\" (hi)\n"
	  "\t     : \"cc\", \"memory\" // flags: )\n"
	  "\t     );\n") },
  { "crlf_line_ends", "asm(\"nop\"\r\n  : : : \"cc\");\r\n", 0, 0,
    SH (0, 0, 1, 0, 0),
    EDIT (2, 13, T3, "asm(\"nop\"\r\n  : : : \"cc\", \"memory\");\r\n") },

  /* Literals and comments holding parentheses and colons.  */
  { "string_escapes_parens_colons",
    "asm(\"movl $0, %%eax # \\\"(:)\\\" \\\\\" : \"=a\" (x));", 0, 0,
    SH (1, 0, 0, 0, 0),
    EDIT (1, 45, T1, "asm(\"movl $0, %%eax # \\\"(:)\\\" \\\\\" : \"=a\" (x)"
	  " :: \"memory\");") },
  { "char_literals", "asm(\"\" : : \"i\" (':'), \"i\" (')'), \"i\" ('\\''));",
    0, 0, SH (0, 3, 0, 0, 0),
    EDIT (1, 44, T2, "asm(\"\" : : \"i\" (':'), \"i\" (')'), \"i\" ('\\'')"
	  " : \"memory\");") },
  { "adjacent_strings", "asm(\"nop;\" \"nop\" : : : \"c\" \"c\");", 0, 0,
    SH (0, 0, 1, 0, 0),
    EDIT (1, 31, T3, "asm(\"nop;\" \"nop\" : : : \"c\" \"c\", \"memory\");") },
  { "raw_string", "asm(R\"x(ret ) : \")x\" : : : \"cc\");", 0, 0,
    SH (0, 0, 1, 0, 0),
    EDIT (1, 32, T3, "asm(R\"x(ret ) : \")x\" : : : \"cc\", \"memory\");") },
  { "comments_with_parens_colons",
    "asm(\"nop\" /* : ) */ : /* ::: */ \"=r\" (x) // ) :\n   );", 0, 0,
    SH (1, 0, 0, 0, 0),
    EDIT (1, 41, T1, "asm(\"nop\" /* : ) */ : /* ::: */ \"=r\" (x) :: \"memory\""
	  " // ) :\n   );") },
  { "utf8_bytes_count", "asm(\"# \xc3\xbc ) :\" : : : \"cc\");", 0, 0,
    SH (0, 0, 1, 0, 0),
    EDIT (1, 26, T3, "asm(\"# \xc3\xbc ) :\" : : : \"cc\", \"memory\");") },

  /* Operand expressions.  */
  { "brackets_casts_nested_parens",
    "asm volatile(\"movq %[v], %[p]\" : [p] \"=m\" (buf[idx[i]])"
    " : [v] \"r\" ((unsigned long)(x + (y))));", 0, 0, SH (1, 1, 0, 0, 0),
    EDIT (1, 93, T2, "asm volatile(\"movq %[v], %[p]\" : [p] \"=m\" (buf[idx[i]])"
	  " : [v] \"r\" ((unsigned long)(x + (y))) : \"memory\");") },
  { "cxx_scope_in_operands",
    "asm(\"\" : \"=r\" (ns::var) : \"r\" (std::size_t (ns::inner::k)),"
    " \"i\" (sizeof (::glob)));", 0, 0, SH (1, 2, 0, 0, 0),
    EDIT (1, 82, T2, "asm(\"\" : \"=r\" (ns::var) : \"r\" (std::size_t"
	  " (ns::inner::k)), \"i\" (sizeof (::glob)) : \"memory\");") },
  { "cxx_templates_in_operands",
    "asm volatile(\"\" : \"=r\" (v) : \"r\" (static_cast<T>(x)),"
    " \"i\" (N<2>::value) : \"cc\");", 0, 0, SH (1, 2, 1, 0, 0),
    EDIT (1, 79, T3, "asm volatile(\"\" : \"=r\" (v) : \"r\" (static_cast<T>(x)),"
	  " \"i\" (N<2>::value) : \"cc\", \"memory\");") },
  { "ternary_in_operand", "asm(\"\" : : \"r\" (c ? a : b));", 0, 0,
    SH (0, 1, 0, 0, 0),
    EDIT (1, 27, T2, "asm(\"\" : : \"r\" (c ? a : b) : \"memory\");") },
  { "braces_in_operand",
    "asm(\"\" : : \"m\" (*(struct { char x[8]; } *) p));", 0, 0,
    SH (0, 1, 0, 0, 0),
    EDIT (1, 46, T2, "asm(\"\" : : \"m\" (*(struct { char x[8]; } *) p)"
	  " : \"memory\");") },
  { "numbers_digit_separators",
    "asm(\"\" : : \"i\" (1'000), \"i\" (0x1p-3), \"n\" (.5e+1));", 0, 0,
    SH (0, 3, 0, 0, 0),
    EDIT (1, 50, T2, "asm(\"\" : : \"i\" (1'000), \"i\" (0x1p-3), \"n\" (.5e+1)"
	  " : \"memory\");") },

  /* Macros.  */
  { "macro_backslashes",
    "#define wmb() \\\n"
    "\tasm volatile(\"sfence\" \\\n"
    "\t\t     : : : \"cc\")\n", 2, 2, SH (0, 0, 1, 0, 0),
    EDIT (3, 18, T3,
	  "#define wmb() \\\n"
	  "\tasm volatile(\"sfence\" \\\n"
	  "\t\t     : : : \"cc\", \"memory\")\n") },
  { "macro_zero_colons",
    "#define cpu_relax() \\\n"
    "\tasm volatile(\"rep; nop\"\t\\\n"
    "\t\t     )\n"
    "int x;\n", 2, 2, SH (0, 0, 0, 0, 0),
    EDIT (2, 25, T0,
	  "#define cpu_relax() \\\n"
	  "\tasm volatile(\"rep; nop\" ::: \"memory\"\t\\\n"
	  "\t\t     )\n"
	  "int x;\n") },
  { "macro_string_spliced",
    "#define X() asm volatile(\"a\\\n"
    "b\" : : : \"cc\")\n", 1, 13, SH (0, 0, 1, 0, 0),
    EDIT (2, 14, T3,
	  "#define X() asm volatile(\"a\\\n"
	  "b\" : : : \"cc\", \"memory\")\n") },
  { "macro_blank_after_backslash",
    "#define Y() asm(\"nop\" \\  \n"
    ")\n", 1, 13, SH (0, 0, 0, 0, 0),
    EDIT (1, 22, T0, "#define Y() asm(\"nop\" ::: \"memory\" \\  \n)\n") },
  { "macro_template_ok", "asm volatile(MY_TEMPLATE);", 0, 0,
    SH (0, 0, 0, 0, 0),
    EDIT (1, 25, T0, "asm volatile(MY_TEMPLATE ::: \"memory\");") },
  { "macro_operand_ok",
    "asm volatile(\"call foo\" : ASM_CALL_CONSTRAINT : \"r\" (x));", 0, 0,
    SH (1, 1, 0, 0, 0),
    EDIT (1, 56, T2, "asm volatile(\"call foo\" : ASM_CALL_CONSTRAINT"
	  " : \"r\" (x) : \"memory\");") },
  { "clobbers_macro_identifier", "asm volatile(\"\" ::: ASM_CLOBBERS);", 0, 0,
    SH (0, 0, 1, 0, 0), NO_EDIT ("the clobber list comes from a macro") },
  { "clobbers_macro_argument",
    "#define FENCE(clob) \\\n"
    "\tasm volatile(\"mfence\" : : : clob)\n", 2, 2, SH (0, 0, 1, 0, 0),
    NO_EDIT ("the clobber list comes from a macro") },
  { "clobbers_stringized", "#define F(r) asm(\"\" : : : #r)", 1, 14,
    SH (0, 0, 1, 0, 0), NO_EDIT ("the clobber list comes from a macro") },
  { "clobbers_after_macro_operands",
    "asm(\"nop\" : : INPUTS_AND_CLOBBERS);", 0, 0, SH (0, 1, 1, 0, 0),
    NO_EDIT ("the clobber list comes from a macro") },
  { "clobbers_all_from_macro", "asm volatile(ARGS);", 0, 0,
    SH (0, 0, 2, 0, 0), NO_EDIT ("the operands come from a macro") },
  { "operands_from_macro", "asm volatile(ALTERNATIVE_ARGS);", 0, 0,
    SH (1, 1, 0, 0, 0), NO_EDIT ("the operands come from a macro") },
  { "inputs_from_outputs_macro", "asm(\"\" : OUTPUTS);", 0, 0,
    SH (1, 2, 0, 0, 0), NO_EDIT ("the operands come from a macro") },
  { "labels_from_macro", "asm goto(GOTO_ARGS);", 0, 0, SH (0, 0, 0, 1, 1),
    NO_EDIT ("the operands come from a macro") },

  /* Tabs count as one column.  */
  { "tabs", "\tasm\tvolatile(\t\"nop\"\t);", 1, 2, SH (0, 0, 0, 0, 0),
    EDIT (1, 21, T0, "\tasm\tvolatile(\t\"nop\" ::: \"memory\"\t);") },
  { "tabs_clobbers", "\t\tasm(\"\"\t:\t:\t:\t\"cc\"\t);", 1, 3,
    SH (0, 0, 1, 0, 0),
    EDIT (1, 20, T3, "\t\tasm(\"\"\t:\t:\t:\t\"cc\", \"memory\"\t);") },

  /* No edit.  */
  { "unterminated_statement", "asm volatile(\"nop\"\n\n", 0, 0,
    SH (0, 0, 0, 0, 0), NO_EDIT ("end could not be found") },
  { "unterminated_string", "asm(\"nop);\nint x;\n", 0, 0, SH (0, 0, 0, 0, 0),
    NO_EDIT ("end could not be found") },
  { "unterminated_comment", "asm(\"nop\" /* ) ;\n", 0, 0, SH (0, 0, 0, 0, 0),
    NO_EDIT ("end could not be found") },
  { "unbalanced_bracket", "asm(\"nop\"]);", 0, 0, SH (0, 0, 0, 0, 0),
    NO_EDIT ("end could not be found") },
  { "no_paren", "asm volatile;", 0, 0, SH (0, 0, 0, 0, 0),
    NO_EDIT ("no '('") },
  { "word_before_paren", "asm volatile ASM_ARGS;", 0, 0, SH (0, 0, 0, 0, 0),
    NO_EDIT ("no '('") },
  { "empty_parens", "asm volatile();", 0, 0, SH (0, 0, 0, 0, 0),
    NO_EDIT ("template could not be found") },
  { "not_a_keyword", "myasm(\"nop\");", 1, 3, SH (0, 0, 0, 0, 0),
    NO_EDIT ("no asm keyword") },
  { "keyword_position_wrong", "asm volatile(\"nop\");", 1, 5,
    SH (0, 0, 0, 0, 0), NO_EDIT ("no asm keyword") },
  { "column_past_end", "asm(\"nop\");", 1, 100, SH (0, 0, 0, 0, 0),
    NO_EDIT ("no asm keyword") },
  { "line_past_end", "asm(\"nop\");", 5, 1, SH (0, 0, 0, 0, 0),
    NO_EDIT ("no asm keyword") },
  { "line_zero", "asm(\"nop\");", 0, 1, SH (0, 0, 0, 0, 0),
    NO_EDIT ("no asm keyword") },
  { "empty_file", "", 1, 1, SH (0, 0, 0, 0, 0), NO_EDIT ("no asm keyword") },
  { "junk_bytes", "asm(\x01\xff\"\x7f\\", 1, 1, SH (0, 0, 0, 0, 0),
    NO_EDIT ("end could not be found") },
  { "junk_around_keyword", "\xfe\x80 asm \x01(\"x\");", 1, 4,
    SH (0, 0, 0, 0, 0), NO_EDIT ("no '('") },
  { "preprocessor_directive",
    "asm volatile(\"nop\"\n"
    "#ifdef CONFIG_SMP\n"
    "\t     : : : \"cc\"\n"
    "#endif\n"
    "\t     );\n", 0, 0, SH (0, 0, 1, 0, 0),
    NO_EDIT ("preprocessor directives") },
  { "four_colons_not_goto", "asm(\"\" : : : : x);", 0, 0,
    SH (0, 0, 0, 0, 0), NO_EDIT ("not asm goto") },
  { "five_colons", "asm goto(\"\" : : : : l : m);", 0, 0,
    SH (0, 0, 0, 1, 1), NO_EDIT ("more than four") },
  { "already_memory", "asm(\"\" : : : \"cc\", \"memory\");", 0, 0,
    SH (0, 0, 2, 0, 0), NO_EDIT ("already has") },
  { "clobber_count_mismatch", "asm(\"\" : : : \"cc\");", 0, 0,
    SH (0, 0, 2, 0, 0), NO_EDIT ("does not match") },
  { "output_count_mismatch", "asm(\"\" : \"=r\" (a), \"=r\" (b));", 0, 0,
    SH (1, 0, 0, 0, 0), NO_EDIT ("does not match") },
  { "clobber_not_a_string", "asm(\"\" : : : (\"cc\"));", 0, 0,
    SH (0, 0, 1, 0, 0), NO_EDIT ("other than string literals") },
  /* Found by check-fuzz: a clobber list with an empty item (text GCC
     cannot have parsed) got "memory" in front of its stray comma.  */
  { "clobbers_only_a_comma", "asm(\"\" : : : ,);", 0, 0, SH (0, 0, 2, 0, 0),
    NO_EDIT ("empty item") },
  { "clobbers_trailing_comma", "asm(\"\" : : : \"cc\",);", 0, 0,
    SH (0, 0, 2, 0, 0), NO_EDIT ("empty item") },
  { "clobbers_double_comma", "asm(\"\" : : : \"cc\",, \"ax\");", 0, 0,
    SH (0, 0, 3, 0, 0), NO_EDIT ("empty item") },
};

/* ---- Running cases --------------------------------------------------- */

static int failures;

/* Prints the verdict on NAME; DETAILS is NULL for a pass.  */
static void
report (const char *name, const char *details)
{
  if (details)
    {
      printf ("FAIL: %s (%s)\n", name, details);
      failures++;
    }
  else
    printf ("PASS: %s\n", name);
}

/* Checks that the edited text RES reads as a statement with a "memory"
   clobber.  Returns NULL or what is wrong.  */
static const char *
check_reparse (const struct test_case *tc, int line, int col, const char *res)
{
  struct asm_edit_shape shape = tc->shape;
  struct asm_edit again;
  shape.nclobbers++;
  if (compute (res, strlen (res), line, col, &shape, &again)
      || !again.no_edit_reason || !strstr (again.no_edit_reason, "already has"))
    return "the edited text does not read back with a \"memory\" clobber";
  return NULL;
}

/* Runs the table case TC and reports it.  */
static void
run_case (const struct test_case *tc)
{
  static char details[512];
  int line = tc->line, col = tc->col;
  struct asm_edit e;
  if (line == 0 && col == 0 && !find_keyword (tc->src, strlen (tc->src), &line, &col))
    {
      report (tc->name, "no asm keyword in the case's source");
      return;
    }
  bool ok = compute (tc->src, strlen (tc->src), line, col, &tc->shape, &e);
  if (!edit_is_sane (tc->src, strlen (tc->src), ok, &e))
    {
      report (tc->name, "inconsistent result");
      return;
    }
  if (tc->exp_line == 0)
    {
      if (ok)
	snprintf (details, sizeof details, "expected no edit (%s), got %d:%d",
		  tc->exp_text, e.line, e.col);
      else if (!strstr (e.no_edit_reason, tc->exp_text))
	snprintf (details, sizeof details, "expected reason '%s', got '%s'",
		  tc->exp_text, e.no_edit_reason);
      report (tc->name, ok || !strstr (e.no_edit_reason, tc->exp_text)
			? details : NULL);
      return;
    }
  if (!ok)
    {
      snprintf (details, sizeof details, "no edit: %s", e.no_edit_reason);
      report (tc->name, details);
      return;
    }
  char *res = apply_edit (tc->src, strlen (tc->src), &e);
  const char *bad = NULL;
  if (e.line != tc->exp_line || e.col != tc->exp_col
      || strcmp (e.text, tc->exp_text) != 0)
    {
      snprintf (details, sizeof details, "got %d:%d '%s', expected %d:%d '%s'",
		e.line, e.col, e.text, tc->exp_line, tc->exp_col, tc->exp_text);
      bad = details;
    }
  else if (!res || strcmp (res, tc->exp_result) != 0)
    {
      snprintf (details, sizeof details, "edited text is '%s'",
		res ? res : "(none)");
      bad = details;
    }
  else
    bad = check_reparse (tc, line, col, res);
  report (tc->name, bad);
  free (res);
}

/* ---- Generated cases ------------------------------------------------- */

/* Returns "asm(\"nop\"" followed by N newlines and ");" (malloc'd).  */
static char *
tall_statement (int n)
{
  char *s = (char *) malloc (n + 16);
  strcpy (s, "asm(\"nop\"");
  memset (s + 9, '\n', n);
  strcpy (s + 9 + n, ");");
  return s;
}

/* A statement of LINES lines: an edit within the line budget, none past.  */
static void
test_tall (const char *name, int lines, bool expect_edit)
{
  static const struct asm_edit_shape none = { 0, 0, 0, 0, false, true };
  char *s = tall_statement (lines - 1);
  struct asm_edit e;
  bool ok = compute (s, strlen (s), 1, 1, &none, &e);
  if (expect_edit)
    report (name, ok && e.line == 1 && e.col == 10 ? NULL : "expected 1:10");
  else
    report (name, !ok && strstr (e.no_edit_reason, "more than 200 lines")
		  ? NULL : "expected the line budget to run out");
  free (s);
}

/* Very long lines: a 1 MB template, 100000 nested parentheses, and 1 MB
   of an unterminated string.  */
static void
test_long_lines (void)
{
  static const struct asm_edit_shape in1 = { 0, 1, 0, 0, false, false };
  const int n = 1 << 20, depth = 100000;
  char *s = (char *) malloc (n + 2 * depth + 64);
  struct asm_edit e;
  bool ok;
  strcpy (s, "asm(\"");
  memset (s + 5, 'x', n);
  strcpy (s + 5 + n, "\");");
  ok = compute (s, strlen (s), 1, 1, &in1, &e);
  report ("long_line_template", ok ? "expected no edit (one input)" : NULL);
  strcpy (s, "asm(\"\" : : \"r\" ");
  size_t at = strlen (s);
  memset (s + at, '(', depth);
  s[at + depth] = 'x';
  memset (s + at + depth + 1, ')', depth);
  strcpy (s + at + 2 * depth + 1, ");");
  ok = compute (s, strlen (s), 1, 1, &in1, &e);
  report ("deep_nesting", ok && e.col == (int) (at + 2 * depth + 2)
			  && strcmp (e.text, T2) == 0 ? NULL : "bad edit");
  strcpy (s, "asm(\"");
  memset (s + 5, ')', n);
  s[5 + n] = '\0';
  ok = compute (s, strlen (s), 1, 1, &in1, &e);
  report ("long_unterminated_string", ok ? "expected no edit" : NULL);
  free (s);
}

/* asm_edit_sections: where each section's tokens begin and end, and how
   many items it holds (a label is an identifier: "macro").  */
static void
test_sections (void)
{
  static const char src[]
    = "asm goto (\"jmp %l2\" /* c */\n  : : \"r\" (f (a, b)), \"i\" (2) :: l);";
  static const int want[ASM_EDIT_SECTIONS][5] = {
    { 1, 11, 1, 20, 1 }, { 0, 0, 0, 0, 0 }, { 2, 7, 2, 30, 2 },
    { 0, 0, 0, 0, 0 }, { 2, 34, 2, 35, 1 } };
  struct asm_edit_sections secs;
  const char *bad = NULL;
  if (!read_sections (src, strlen (src), 1, 1, &secs) || secs.count != 5)
    bad = "not five sections";
  for (int i = 0; !bad && i < ASM_EDIT_SECTIONS; i++)
    {
      const struct asm_edit_section *sec = &secs.sec[i];
      if (sec->line != want[i][0] || sec->col != want[i][1]
	  || sec->end_line != want[i][2] || sec->end_col != want[i][3]
	  || sec->items != want[i][4] || sec->macro != (i == 4))
	bad = "a section's span or items";
    }
  report ("sections", bad);
  bad = read_sections ("asm(\"\" ::::: );", 14, 1, 1, &secs)
	|| secs.count != 0 ? "more than four ':' read" : NULL;
  report ("sections_too_many_colons", bad);
  bad = !read_sections ("asm(\"\" : X);", 12, 1, 1, &secs) || secs.count != 2
	|| !secs.sec[1].macro ? "a macro not noted" : NULL;
  report ("sections_macro", bad);
}

/* NULL arguments give no edit and no crash.  */
static void
test_null_arguments (void)
{
  static const struct asm_edit_shape none = { 0, 0, 0, 0, false, true };
  struct text_source src = { "asm(\"\");", 8, NULL, 0 };
  struct asm_edit e;
  bool ok = asm_edit_compute (NULL, &src, 1, 1, &none, &e)
	    || asm_edit_compute (read_text_line, &src, 1, 1, NULL, &e)
	    || asm_edit_compute (read_text_line, &src, 1, 1, &none, NULL);
  free (src.held);
  report ("null_arguments", ok ? "expected no edit" : NULL);
}

/* ---- Robustness ------------------------------------------------------ */

static unsigned long rng_state = 12345;

/* Returns a pseudo-random number below N.  */
static unsigned
rng (unsigned n)
{
  rng_state = rng_state * 6364136223846793005ul + 1442695040888963407ul;
  return (unsigned) (rng_state >> 33) % n;
}

/* Runs TEXT (SIZE bytes) with the keyword at LINE:COL and checks only that
   the result is coherent.  Returns false when it is not.  */
static bool
run_any (const char *text, size_t size, int line, int col,
	 const struct asm_edit_shape *shape)
{
  struct asm_edit e;
  bool ok = compute (text, size, line, col, shape, &e);
  return edit_is_sane (text, size, ok, &e)
	 && (!ok || e.line > line || (e.line == line && e.col > col));
}

/* Every prefix of every table case, and every case with each byte
   replaced by a troublesome one.  */
static void
test_truncations_and_mutations (void)
{
  static const char junk[] = "\"'()[]{}:,\\/*\n#\0\xff R";
  const char *bad = NULL;
  char buf[1024];
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      const struct test_case *tc = &cases[i];
      int line = tc->line, col = tc->col;
      size_t n = strlen (tc->src);
      if ((line == 0 && col == 0 && !find_keyword (tc->src, strlen (tc->src), &line, &col))
	  || n >= sizeof buf)
	continue;
      for (size_t k = 0; k <= n && !bad; k++)
	if (!run_any (tc->src, k, line, col, &tc->shape))
	  bad = tc->name;
      for (size_t k = 0; k < n && !bad; k++)
	for (size_t j = 0; j < sizeof junk - 1 && !bad; j++)
	  {
	    memcpy (buf, tc->src, n);
	    buf[k] = junk[j];
	    if (!run_any (buf, n, line, col, &tc->shape))
	      bad = tc->name;
	  }
    }
  report ("truncations_and_mutations", bad);
}

#ifndef ASM_EDIT_UNIT_FUZZ
#define ASM_EDIT_UNIT_FUZZ 20000
#endif

/* Random texts made of pieces of asm syntax and random bytes.  */
static void
test_random_junk (void)
{
  static const char *const pieces[]
    = { "asm", "__asm__", " volatile", " goto", "(", ")", "[", "]", "{", "}",
	":", "::", ",", "\"", "\"memory\"", "'", "\\", "\\\n", "\n", "/*",
	"*/", "//", "#", "R\"x(", ")x\"", "u8", " ", "\t", "x", "1'0" };
  const unsigned npieces = sizeof pieces / sizeof pieces[0];
  char buf[512];
  const char *bad = NULL;
  for (int iter = 0; iter < ASM_EDIT_UNIT_FUZZ && !bad; iter++)
    {
      size_t n = 0;
      unsigned count = rng (40);
      if (rng (4) != 0)
	memcpy (buf, "asm(", 4), n = 4;
      for (unsigned k = 0; k < count; k++)
	{
	  const char *p = pieces[rng (npieces)];
	  size_t len = strlen (p);
	  if (rng (8) == 0)
	    buf[n++] = (char) rng (256);
	  else if (n + len < sizeof buf)
	    memcpy (buf + n, p, len), n += len;
	}
      struct asm_edit_shape shape
	= { (int) rng (3), (int) rng (3), (int) rng (3), (int) rng (2),
	    rng (2) == 1, rng (2) == 1 };
      if (!run_any (buf, n, 1, 1, &shape)
	  || !run_any (buf, n, 1 + rng (3), 1 + rng (20), &shape))
	bad = "random text";
    }
  report ("random_junk", bad);
}

int
main (void)
{
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    run_case (&cases[i]);
  test_tall ("tall_statement_within_budget", 150, true);
  test_tall ("tall_statement_past_budget", 250, false);
  test_long_lines ();
  test_null_arguments ();
  test_sections ();
  test_truncations_and_mutations ();
  test_random_junk ();
  if (failures)
    printf ("%d case(s) failed\n", failures);
  return failures ? 1 : 0;
}
