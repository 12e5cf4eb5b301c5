"""Rows of a table of incidents inside a report, and where they end.

A monthly report lists its incidents in a table ("15/01/22 23:40 Absent …"), then goes on
with its own sections ("Ciarán's views", "Signed: …"). Each row is a note of its own, but
what follows the table belongs to the report again, under the report's date, not to the
last incident.
"""

from __future__ import annotations

import re

from lifestory.timeline.dates import find_dates

# After a row's date: a time ("23:40") or a cell bar ("|").
ROW_AFTER_DATE = re.compile(r"[ \t]+(?:[0-2]?\d[:.][0-5]\d\b|\|)")
HEADING_WORDS = 5
ANSWER_LENGTH = 3  # "Yes", "No": a table's last cell, not a heading


def opens_row(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is a table row: its date, then a time or a cell."""
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    dates = find_dates(line)
    return bool(dates) and dates[0].start == len(line) - len(line.lstrip()) and bool(
        ROW_AFTER_DATE.match(line, dates[0].end))


def is_heading(line: str) -> bool:
    """A section's heading: a few capitalised words, no figures, no closing stop."""
    line = line.strip()
    words = line.split()
    return (0 < len(words) <= HEADING_WORDS and line[0].isupper()
            and not re.search(r"\d", line) and not line.endswith(tuple(".,;:!?)\"'’”"))
            and (len(words) > 1 or len(line) > ANSWER_LENGTH))


def next_heading(text: str, pos: int, end: int) -> int:
    """The start of the first section heading from ``pos`` (at a line's start) up to
    ``end``, or ``end``: where a row stops and its report goes on."""
    while pos < end:
        line_end = text.find("\n", pos, end)
        line_end = end if line_end == -1 else line_end
        if is_heading(text[pos:line_end]):
            return pos
        pos = line_end + 1
    return end
