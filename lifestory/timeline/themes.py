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


def is_strength(text: str) -> bool:
    return bool(_lists()["strengths"]["words"].search(text))


def is_wish(text: str) -> bool:
    return bool(_lists()["wishes"]["words"].search(text))
