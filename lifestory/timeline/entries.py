"""Dated entries from the text: every dated case note becomes a timeline entry.

An entry starts at a line that begins with a date (optionally after a label such as
"Date:") and runs to the next such line or the end of the page.
"""

from __future__ import annotations

import functools
import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from lifestory.timeline.dates import find_dates

CATEGORIES_FILE = Path(__file__).with_name("categories.toml")
HEADER = re.compile(
    r"^[ \t]*(?:(?:date(?: of [a-z ]+)?|dated|entry date|recorded)\s*[:\-]\s*)?", re.I | re.M
)
TYPE_FIELD = re.compile(r"\b(?:type|note type|subject|activity)\s*:\s*(?P<type>[^\n]+)", re.I)
TITLE_LENGTH = 80


@dataclass
class Entry:
    id: str
    document_id: str
    page_number: int
    start: int
    end: int
    date: str
    date_precision: str
    category: str
    title: str


@functools.cache
def keywords() -> dict[str, list[re.Pattern]]:
    data = tomllib.loads(CATEGORIES_FILE.read_text(encoding="utf-8"))["keywords"]
    return {
        category: [re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])", re.I) for w in words]
        for category, words in data.items()
    }


def categorise(heading: str, body: str) -> str:
    scores = {
        category: 2 * sum(bool(p.search(heading)) for p in patterns)
        + sum(bool(p.search(body)) for p in patterns)
        for category, patterns in keywords().items()
    }
    best = max(scores.values())
    if best == 0:
        return "meeting"
    return next(c for c, s in scores.items() if s == best)


def title_for(heading: str, body: str) -> str:
    m = TYPE_FIELD.search(heading)
    if m:
        title = re.split(r"\s{2,}|\t", m.group("type").strip())[0]
    else:
        text = " ".join(body.split())
        title = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    title = title.strip(" .:-")
    if len(title) > TITLE_LENGTH:
        title = title[:TITLE_LENGTH].rsplit(" ", 1)[0] + "…"
    return title or "Case note"


def entry_id(document_id: str, page_number: int, start: int) -> str:
    key = f"{document_id}:{page_number}:{start}"
    return "t-" + hashlib.sha1(key.encode()).hexdigest()[:12]


def header_dates(text: str):
    """Dates that open a line (after an optional label): the start of a dated note."""
    for date in find_dates(text):
        line_start = text.rfind("\n", 0, date.start) + 1
        prefix = text[line_start : date.start]
        m = HEADER.match(prefix)
        if m and m.end() == len(prefix):
            yield line_start, date


def entries_on_page(document_id: str, page_number: int, text: str) -> list[Entry]:
    headers = list(header_dates(text))
    entries = []
    for i, (start, date) in enumerate(headers):
        end = headers[i + 1][0] if i + 1 < len(headers) else len(text)
        line_end = text.find("\n", start)
        line_end = end if line_end == -1 or line_end > end else line_end
        heading, body = text[start:line_end], text[line_end:end]
        entries.append(
            Entry(
                id=entry_id(document_id, page_number, start),
                document_id=document_id,
                page_number=page_number,
                start=start,
                end=end,
                date=date.iso,
                date_precision=date.precision,
                category=categorise(heading, body),
                title=title_for(heading, body),
            )
        )
    return entries


def document_entry(document_id: str, name: str, first_page: str) -> Entry | None:
    """A dated document with no dated notes inside (a report, a letter) is one entry."""
    dates = find_dates(first_page[:2000])
    if not dates:
        return None
    date = dates[0]
    title = Path(name).stem.replace("-", " ").replace("_", " ").strip().capitalize()
    return Entry(
        id=entry_id(document_id, 1, 0),
        document_id=document_id,
        page_number=1,
        start=0,
        end=min(len(first_page), 1500),
        date=date.iso,
        date_precision=date.precision,
        category=categorise(title, first_page[:1500]),
        title=title,
    )
