#!/usr/bin/env python3
"""Writes the fuzz seeds: every inline asm statement of the C sources under
the given directories (GCC's testsuite, Linux's arch/x86), as its source
text for the editor harness (EDIT_DIR) and as its template, the string
literals before the first top-level ':' with their escapes decoded, for the
template harness (TEMPLATE_DIR).  One file each, named by its SHA-1, so
duplicates collapse.  check-fuzz.sh's header says how to minimise them
into the committed corpora.

Usage: make-seeds.py EDIT_DIR TEMPLATE_DIR SOURCE_DIR...
"""
import hashlib
import os
import re
import sys

KEYWORD = re.compile(rb'\b(?:__asm__|__asm|asm)\b')
QUALIFIERS = re.compile(rb'(?:\s|\\\n|volatile|__volatile__|__volatile|'
                        rb'inline|__inline__|__inline|goto)*\(')
MAX_STATEMENT = 8192
SIMPLE_ESCAPES = {b'n': b'\n', b't': b'\t', b'r': b'\r', b'"': b'"',
                  b'\\': b'\\', b"'": b"'", b'a': b'\a', b'b': b'\b',
                  b'f': b'\f', b'v': b'\v', b'?': b'?', b'\n': b''}


def statement_end(text, start):
    """The index just after the ')' matching the '(' at START, or None."""
    depth, i, n = 0, start, min(len(text), start + MAX_STATEMENT)
    while i < n:
        c = text[i:i + 1]
        if c in (b'"', b"'"):
            i += 1
            while i < n and text[i:i + 1] not in (c, b'\n'):
                i += 2 if text[i:i + 1] == b'\\' else 1
        elif text.startswith(b'/*', i):
            end = text.find(b'*/', i + 2)
            if end < 0:
                return None
            i = end + 1
        elif text.startswith(b'//', i):
            end = text.find(b'\n', i)
            i = n if end < 0 else end
        elif c == b'(':
            depth += 1
        elif c == b')':
            depth -= 1
            if depth == 0:
                return i + 1
        elif c == b';' and depth <= 1:
            return None
        i += 1
    return None


def decode(body):
    """The bytes of the C string literal body BODY, escapes decoded."""
    out, i = bytearray(), 0
    while i < len(body):
        c = body[i:i + 1]
        if c != b'\\' or i + 1 == len(body):
            out += c
            i += 1
            continue
        e = body[i + 1:i + 2]
        if e in SIMPLE_ESCAPES:
            out += SIMPLE_ESCAPES[e]
            i += 2
        elif e == b'x':
            m = re.match(rb'[0-9a-fA-F]{1,2}', body[i + 2:])
            out.append(int(m.group(), 16) if m else ord('x'))
            i += 2 + (len(m.group()) if m else 0)
        elif e.isdigit():
            m = re.match(rb'[0-7]{1,3}', body[i + 1:])
            out.append(int(m.group(), 8) & 0xff if m else ord(e))
            i += 1 + (len(m.group()) if m else 1)
        else:
            out += e
            i += 2
    return bytes(out)


def template_of(stmt):
    """The template of the asm statement STMT: its string literals up to
    the first top-level ':', decoded."""
    open_paren = stmt.index(b'(')
    out, depth, i = bytearray(), 0, open_paren + 1
    while i < len(stmt):
        c = stmt[i:i + 1]
        if c == b'"':
            j = i + 1
            while j < len(stmt) and stmt[j:j + 1] != b'"':
                j += 2 if stmt[j:j + 1] == b'\\' else 1
            out += decode(stmt[i + 1:j])
            i = j
        elif c in (b'(', b'['):
            depth += 1
        elif c in (b')', b']'):
            depth -= 1
            if depth < 0:
                break
        elif c == b':' and depth == 0:
            break
        i += 1
    return bytes(out)


def write(directory, data):
    """Writes DATA into DIRECTORY under its SHA-1."""
    name = os.path.join(directory, hashlib.sha1(data).hexdigest())
    with open(name, 'wb') as f:
        f.write(data)


def main():
    edit_dir, template_dir = sys.argv[1], sys.argv[2]
    os.makedirs(edit_dir, exist_ok=True)
    os.makedirs(template_dir, exist_ok=True)
    for top in sys.argv[3:]:
        for root, _, files in os.walk(top):
            for f in files:
                if not f.endswith(('.c', '.h', '.cc', '.C')):
                    continue
                with open(os.path.join(root, f), 'rb') as fh:
                    text = fh.read()
                for m in KEYWORD.finditer(text):
                    q = QUALIFIERS.match(text, m.end())
                    end = q and statement_end(text, q.end() - 1)
                    if not end:
                        continue
                    stmt = text[m.start():end] + b';'
                    write(edit_dir, stmt)
                    tmpl = template_of(stmt)
                    if tmpl:
                        write(template_dir, tmpl)


if __name__ == '__main__':
    main()
