#!/usr/bin/env python3
"""Builds src/Revista/Jats/Entities.txt: the named character entities that the JATS and NLM DTDs declare.

Usage: scripts/generate-jats-entities.py DTD_ROOT > src/Revista/Jats/Entities.txt
DTD_ROOT holds one folder per DTD version (1.0 ... 1.4, nlm-3.0), each with the ISO 8879, ISO 9573-13,
xmlchars and MathML entity sets and the JATS custom character file. The DTD text is only read here, never
shipped: the output lists facts (entity name -> code points), one per line, sorted by name (ordinal).
Where versions disagree, the newest version's value wins and the disagreement is reported on stderr.
"""
import os
import re
import sys

PREDEFINED = {"amp", "lt", "gt", "quot", "apos"}
SET_FOLDERS = ("iso8879", "iso9573-13", "xmlchars", "mathml")
CUSTOM_FILES = re.compile(r"^(JATS-chars1(-\d)?\.ent|chars3\.ent)$")
DECL = re.compile(r'<!ENTITY\s+(%\s+)?([A-Za-z_][\w.\-]*)\s+"([^"]*)"\s*>', re.S)
PE_REF = re.compile(r"%([A-Za-z_][\w.\-]*);")
CHAR_REF = re.compile(r"&#(x[0-9A-Fa-f]+|[0-9]+);")


def char_refs(text):
    return CHAR_REF.sub(lambda m: chr(int(m.group(1)[1:], 16) if m.group(1)[0] == "x" else int(m.group(1))), text)


def read_set(path, entities):
    params = {}
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    for is_param, name, literal in DECL.findall(text):
        # XML 1.0 section 4.5: parameter-entity and character references in the literal are expanded when the
        # entity is declared; the result is parsed again where the entity is used.
        expanded = PE_REF.sub(lambda m: params.get(m.group(1), m.group(0)), literal)
        if PE_REF.search(expanded):
            continue  # attribute-list fragments in the custom character module, not characters
        value = char_refs(expanded)
        if is_param:
            params[name] = value
            continue
        value = char_refs(value)
        # The five predefined entities are XML's own. A value such as nvlt's "<" followed by a combining mark is
        # kept: the reader substitutes numeric references, which are never parsed as markup.
        if name in PREDEFINED:
            continue
        entities.setdefault(name, value)


def version_key(name):
    if name.startswith("nlm-"):
        return (0, name)
    parts = re.findall(r"\d+|d\d+", name)
    return (1, [int(p.lstrip("d")) - (0.5 if p.startswith("d") else 0) for p in parts])


def main():
    root = sys.argv[1]
    versions = sorted((d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d))), key=version_key, reverse=True)
    merged = {}
    for version in versions:
        entities = {}
        base = os.path.join(root, version)
        for folder in SET_FOLDERS:
            sub = os.path.join(base, folder)
            if os.path.isdir(sub):
                for file in sorted(os.listdir(sub)):
                    if file.endswith(".ent"):
                        read_set(os.path.join(sub, file), entities)
        for file in sorted(os.listdir(base)):
            if CUSTOM_FILES.match(file):
                read_set(os.path.join(base, file), entities)
        for name, value in entities.items():
            if name in merged and merged[name] != value:
                print(f"{version}: {name} differs ({value!r} vs newer {merged[name]!r}); keeping the newer", file=sys.stderr)
            merged.setdefault(name, value)
    for name in sorted(merged):
        print(name + "\t" + " ".join(f"U+{ord(c):04X}" for c in merged[name]))


if __name__ == "__main__":
    main()
