"""Plain-English context for care-system words, linked to where they are used.

The record's wording is never changed: an annotation points at a term in an entry and
carries its explanation and, where young people have asked for one, the kinder word.
Short capitalised forms ("PEP", "MASH", "M") match only as written, so "pep" and "mash"
in ordinary sentences are left alone.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

GLOSSARY = Path(__file__).with_name("glossary.toml")


@dataclass(frozen=True)
class Term:
    term: str
    plain: str
    kinder: str
    source: str


@dataclass(frozen=True)
class Annotation:
    start: int
    end: int
    term: Term


@functools.cache
def terms() -> dict[str, Term]:
    return {t["term"]: Term(t["term"], t["plain"], t.get("kinder", ""), t.get("source", ""))
            for t in tomllib.loads(GLOSSARY.read_text(encoding="utf-8"))["term"]}


@functools.cache
def _matchers() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    """One pattern for spellings matched in any case, one for those matched as written."""
    spelling_of: dict[str, str] = {}
    exact, loose = [], []
    for entry in tomllib.loads(GLOSSARY.read_text(encoding="utf-8"))["term"]:
        for spelling in [entry["term"], *entry.get("also", [])]:
            is_exact = spelling.isupper() or len(spelling) <= 3
            (exact if is_exact else loose).append(spelling)
            spelling_of[spelling if is_exact else spelling.lower()] = entry["term"]

    def compile_(spellings: list[str], flags: int) -> re.Pattern:
        alternation = "|".join(re.escape(s).replace(r"\ ", r"\s+")
                               for s in sorted(spellings, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", flags)

    return compile_(loose, re.I), compile_(exact, 0), spelling_of


def annotate(text: str) -> list[Annotation]:
    """Every glossary term used in a text, where it is, left to right, longest first."""
    loose, exact, spelling_of = _matchers()
    found: list[Annotation] = []
    taken: list[tuple[int, int]] = []
    for pattern, key in ((loose, str.lower), (exact, str)):
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            name = spelling_of.get(key(" ".join(m.group().split())))
            if name:
                found.append(Annotation(m.start(), m.end(), terms()[name]))
                taken.append(m.span())
    return sorted(found, key=lambda a: a.start)


@functools.cache
def vocabulary() -> frozenset[str]:
    """Every lower-case word the glossary's explanations use: ordinary words of care
    writing, which a capital at the start of a heading does not make a name."""
    words: set[str] = set()
    for entry in tomllib.loads(GLOSSARY.read_text(encoding="utf-8"))["term"]:
        words.update(w.lower() for w in re.findall(r"[A-Za-z][a-z'’-]+", entry["plain"]))
    return frozenset(words)


@functools.cache
def spelled_out() -> dict[str, str]:
    """Each short form the glossary knows ("SW", "IRO"), in lower case, with its first
    spelling in words ("social worker")."""
    out: dict[str, str] = {}
    for entry in tomllib.loads(GLOSSARY.read_text(encoding="utf-8"))["term"]:
        words = [a for a in entry.get("also", []) if " " in a and not a.isupper()]
        for spelling in [entry["term"], *entry.get("also", [])]:
            if words and (spelling.isupper() or len(spelling) <= 4) and " " not in spelling:
                out.setdefault(spelling.lower(), words[0].lower())
    return out
