"""What an entry is about beyond its category: strengths, interests, wishes, the Bright Spots
domains, and content notes for difficult matters. Read from the redacted text only."""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

STORY = Path(__file__).with_name("story.toml")


@functools.cache
def _lists() -> dict[str, dict[str, re.Pattern]]:
    data = tomllib.loads(STORY.read_text(encoding="utf-8"))

    def pattern(words: list[str]) -> re.Pattern:
        alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.I)

    return {table: {key: pattern(words) for key, words in rows.items()}
            for table, rows in data.items()}


def _found(table: str, text: str) -> list[str]:
    return [key for key, pattern in _lists()[table].items() if pattern.search(text)]


def content_notes(text: str) -> list[str]:
    """Difficult matters in an entry, so a reader can be warned before it."""
    return _found("content_notes", text)


def bright_spots(text: str) -> list[str]:
    return _found("bright_spots", text)


def interests(text: str) -> list[str]:
    """The interests an entry names ("swimming", "art")."""
    return sorted({m.group().lower() for m in _lists()["interests"]["words"].finditer(text)})


VAGUE = {"it", "this", "that", "them", "things", "everything", "something", "all", "the",
         "a", "an", "her", "his", "their", "being", "getting", "making"}
GOOD_AT = re.compile(r"\b(?:good|great|brilliant|excellent)\s+at\s+(?P<what>[a-z]+(?:\s+[a-z]+)?)",
                     re.I)
# Where a wish ends, outside any quotation: a full stop, a semicolon, a line, or a comma
# before "and", "but" or another wish ("…to go back to Nain, wants to ride Dewi").
CLAUSE_END = re.compile(r"[.!?;\n]|,\s+(?:and|but|so|then|wants?|wanted|hopes?|wish(?:es)?)\b")
OPENING = "'‘\"“"
CLOSING = "'’\"”"
WISH_LENGTH = 100


def strengths(text: str) -> list[str]:
    """The child's strengths an entry names, in plain words: "kind", "brave", "good at
    maths"."""
    found = [key for key, pattern in _lists()["strengths"].items() if pattern.search(text)]
    found += [f"good at {what}" for m in GOOD_AT.finditer(text)
              if (what := m.group("what").lower().split(" and")[0].split()[0]) not in VAGUE]
    return list(dict.fromkeys(found))


def is_strength(text: str) -> bool:
    return bool(strengths(text))


def is_wish(text: str) -> bool:
    return bool(_lists()["wishes"]["words"].search(text))


def _clause(text: str) -> str:
    """Text up to the end of its clause (or of the quotation it is in), a quotation inside
    it kept whole; an apostrophe inside a word ("Grace's", "I'm") is not a quotation mark."""
    quoted = False
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if not quoted and ch in OPENING and not before.isalnum():
            quoted = True
        elif ch in CLOSING and before.isalnum() and not after.isalnum():
            if not quoted:  # the quotation the wish is in ends here
                return text[:i]
            quoted = False
        elif not quoted and CLAUSE_END.match(text, i):
            return text[:i]
    return text


def wish(text: str) -> str | None:
    """What the child wished for, in their words: what follows the wish ("wants to stay at
    Grace's because 'she makes pancakes on Sundays'" gives "to stay at Grace's because 'she
    makes pancakes on Sundays'")."""
    m = _lists()["wishes"]["words"].search(text)
    if not m:
        return None
    rest = text[m.start() :] if m.group().lower().startswith("be a") else text[m.end() :]
    rest = " ".join(_clause(rest.lstrip(" :,-–")).split()).rstrip(" ,:-–")
    if len(rest) >= 2 and rest[0] in OPENING and rest[-1] in CLOSING and rest.count(rest[0]) <= 2:
        rest = rest[1:-1]  # a wish given whole in quotation marks
    if len(rest) > WISH_LENGTH:
        rest = rest[:WISH_LENGTH].rsplit(" ", 1)[0] + "…"
    return rest or None


def home(text: str) -> str | None:
    """The kind of home a move was to ("Foster home", "Children's home"), if the text says."""
    return next(iter(_found("homes", text)), None)
