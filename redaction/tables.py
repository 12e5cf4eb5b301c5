"""Tables flattened to text lines (cells joined by " | "): a column's header tells what its
cells are, however far below it they sit ("Name | Relationship | DOB | Address")."""

from __future__ import annotations

import re
from collections.abc import Iterator

CELL = " | "
DOB_HEADER = re.compile(r"^\s*(d\.?\s*o\.?\s*b\.?|date of birth|born)\s*$", re.I)


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
