#!/usr/bin/env python3
"""grep-sysasm.py KERNEL_TREE [SUBDIR...]

Ground-truth helper for check-kernel: list inline asm statements in the
given subdirectories (default arch/x86) whose template contains an x86
system-state instruction and whose clobber list lacks "memory".
Output: TAB-separated  file  line  function-or-#define  instruction(s)
Purely lexical: string literals inside the asm (...) are the template,
macros are not expanded (ALTERNATIVE()-wrapped strings are seen, asm
built from #defined strings such as __ASM_STAC is not)."""
import os, re, sys

INSNS = ["ltr", "lldt", "lgdt", "lidt", "invlpg", "invlpga", "invpcid",
         "wrmsr", "wrmsrns", "swapgs", "wrgsbase", "wrfsbase", "stac", "clac",
         "wrpkru", "cli", "sti", "popf", "popfl", "popfq", "mfence", "lfence",
         "sfence", "serialize", "wbinvd", "invd", "clts", "lmsw"]
INSN_RE = re.compile(r'(?<![\w.%$])(' + '|'.join(INSNS) + r')(?![\w])')
MOVCR_RE = re.compile(r'\bmov[lq]?\s+[^,;\\]+,\s*%%?cr(\d)')
ASM_RE = re.compile(r'\b(?:asm|__asm__|__asm|asm_inline)\s*(?:volatile|__volatile__|__volatile|inline|goto|\s)*\(')
STR_RE = re.compile(r'"((?:[^"\\]|\\.)*)"')
FUNC_RE = re.compile(r'^(?!\s)(?!static_assert|DEFINE_|EXPORT_)[A-Za-z_][^;=]*?\b(\w+)\s*\([^;]*$')

BYTES = {  # byte-encoded forms used by older binutils
    (0x0f, 0x01, 0xef): 'wrpkru', (0x0f, 0x01, 0xca): 'clac',
    (0x0f, 0x01, 0xcb): 'stac', (0x0f, 0x01, 0xe8): 'serialize',
    (0x0f, 0x01, 0xf8): 'swapgs', (0x0f, 0x30): 'wrmsr', (0x0f, 0x09): 'wbinvd',
}
BYTE_RE = re.compile(r'\.byte\s+((?:0x[0-9a-fA-F]+\s*,\s*)*0x[0-9a-fA-F]+)')

def byte_insns(s):
    res = []
    for m in BYTE_RE.finditer(s):
        seq = tuple(int(x, 16) for x in re.split(r'\s*,\s*', m.group(1)))
        for pat, name in BYTES.items():
            for i in range(len(seq) - len(pat) + 1):
                if seq[i:i + len(pat)] == pat:
                    res.append(name)
    return res

def strip_comments(src):
    # keep line structure; blank out comments
    def rep(m):
        return re.sub(r'[^\n]', ' ', m.group(0))
    return re.sub(r'/\*.*?\*/|//[^\n]*', rep, src, flags=re.S)

def enclosing(lines, lineno):
    """name of function or #define containing 1-based lineno"""
    # macro continuation: walk up while previous line ends with backslash
    i = lineno - 1
    while i > 0 and lines[i - 1].rstrip().endswith('\\'):
        i -= 1
    m = re.match(r'\s*#\s*define\s+(\w+)', lines[i])
    if m and (i == lineno - 1 or lines[i].rstrip().endswith('\\')):
        return '#define ' + m.group(1)
    for j in range(lineno - 1, -1, -1):
        l = lines[j]
        if l.startswith('}'):
            return '?'
        if l.startswith('{') or (not l[:1].isspace() and l.rstrip().endswith('{')):
            # function body opens here: find the declarator above / on this line
            for k in range(j, max(j - 6, -1), -1):
                mm = FUNC_RE.match(lines[k])
                if mm and mm.group(1) not in ('if', 'while', 'for', 'switch'):
                    return mm.group(1)
            return '?'
    return '?'

def scan(path, rel, out):
    try:
        src = open(path, errors='replace').read()
    except OSError:
        return
    code = strip_comments(src)
    lines = code.split('\n')
    for m in ASM_RE.finditer(code):
        start = m.end() - 1
        depth, k = 0, start
        in_str = False
        while k < len(code):
            c = code[k]
            if in_str:
                if c == '\\': k += 1
                elif c == '"': in_str = False
            elif c == '"': in_str = True
            elif c == '(': depth += 1
            elif c == ')':
                depth -= 1
                if depth == 0: break
            k += 1
        body = code[start:k + 1]
        tmpl = ' '.join(s for s in STR_RE.findall(body.split(':')[0] if False else body))
        # template = string literals before the first top-level ':'
        # (approximate: strings containing a '%' operand or mnemonic)
        found = []
        for s in STR_RE.findall(body):
            if s == 'memory' or s == 'cc':
                continue
            for mi in INSN_RE.finditer(s):
                found.append(mi.group(1))
            found += byte_insns(s)
            for mc in MOVCR_RE.finditer(s):
                found.append('mov-to-cr' + mc.group(1))
        if not found:
            continue
        if re.search(r'"memory"', body):
            continue
        line = code.count('\n', 0, m.start()) + 1
        fn = enclosing(lines, line)
        if fn == '?' and not re.search(r'volatile', m.group(0)):
            continue                    # file-scope basic asm: no clobbers possible
        # position the line on the first mnemonic occurrence
        out.append((rel, line, fn, ','.join(dict.fromkeys(found))))

def main():
    tree = sys.argv[1]
    subs = sys.argv[2:] or ['arch/x86']
    out = []
    for sub in subs:
        for root, dirs, files in os.walk(os.path.join(tree, sub)):
            dirs.sort()
            for f in sorted(files):
                if f.endswith(('.c', '.h')):
                    p = os.path.join(root, f)
                    scan(p, os.path.relpath(p, tree), out)
    for r in out:
        print('\t'.join(map(str, r)))

main()
