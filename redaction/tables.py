"""A column's header tells what its cells are, however far below it they sit ("Name |
Relationship | DOB | Address"): in tables flattened to text lines (cells joined by " | ",
as DOCX and CSV are read), and in PDF tables, by where the words are on the page."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol

CELL = " | "
DOB_HEADER = re.compile(r"^\s*(d\.?\s*o\.?\s*b\.?|date of birth|born)(?:\s*/\s*age)?\s*$", re.I)


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    cells, start = [], 0
    for part in line.split(CELL):
        cells.append((offset + start, offset + start + len(part), part))
        start += len(part) + len(CELL)
    return cells


def dob_cells(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of every non-empty cell under a DOB column header."""
    offset = 0
    column = width = None
    for line in text.split("\n"):
        if CELL in line:
            cells = _cells(line, offset)
            headers = [i for i, (_, _, c) in enumerate(cells) if DOB_HEADER.match(c)]
            if headers:
                column, width = headers[0], len(cells)
            elif column is not None and len(cells) == width:
                start, end, value = cells[column]
                stripped = value.strip()
                if stripped and any(ch.isdigit() for ch in stripped):
                    lead = len(value) - len(value.lstrip())
                    yield start + lead, start + lead + len(stripped), stripped
        else:
            column = None
        offset += len(line) + 1


class PlacedWord(Protocol):
    text: str
    start: int
    end: int
    x0: float | None
    top: float | None
    x1: float | None
    bottom: float | None


DATE_CELL = re.compile(r"^\(?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[),;]?$")
# What else a DOB column of a PDF table holds ("not known", "about 27", "died 2011 (aged
# 61)" in a "DOB / age" column); any other word under the header ends it.
EMPTY_CELL = {"not", "known", "unknown", "n/k", "nk", "-", "–", "tbc", "n/a", "withheld",
              "(approx.)", "approx", "approx.", "c.", "circa", "about", "aged", "(aged", "age",
              "died", "deceased", "dec'd", "late", "early", "mid", "years", "yrs", "months",
              "y/o", "born", "in", "b."}


def dob_column_words(words: Sequence[PlacedWord]) -> Iterator[PlacedWord]:
    """Dates under a DOB header in a PDF table, matched by position: words that start
    under the header, from the line below it down to the first ordinary word there (the
    table has ended)."""
    placed = [w for w in words if w.x0 is not None]
    for i, header in enumerate(placed):
        if not DOB_HEADER.match(header.text.rstrip(":")):
            continue
        # Cells start under their header (a date is wider than "DOB", so only its start
        # is compared).
        left, right = header.x0 - 4, header.x1 + 2
        below = sorted((w for w in placed[i + 1:] if w.top > header.bottom - 1
                        and left <= w.x0 <= right), key=lambda w: (w.top, w.x0))
        for word in below:
            if DATE_CELL.match(word.text):
                yield word
            elif (word.text.lower() not in EMPTY_CELL
                  and not any(ch.isdigit() for ch in word.text)):
                break
