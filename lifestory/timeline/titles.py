"""Short plain titles for timeline entries, made from an entry's own (redacted) words.

A note's heading is its date line and the short lines under it (the type, the worker and
their role of a table export: "18/05/2013 / Visit / Owen Bradshaw / Social Worker"). The
title is the note's type where it gives one ("Type: Home visit"), a form's title in
capitals ("INCIDENT REPORT - MISSING FROM CARE"), a table row's own cell, or else the first
sentence of the body.
"""

from __future__ import annotations

import re

from lifestory.timeline.dates import find_dates

TYPE_FIELD = re.compile(r"\b(?:type|note type|subject|activity)\s*:\s*(?P<type>[^\n]+)", re.I)
TITLE_LENGTH = 80
SHORT_LINE = 40
HEADING_LINES = 6  # short lines under the date line that still belong to the heading
DATE_LINE_WITHIN = 3  # a form's title lines above its date line
REMOVED = re.compile(r"\[removed[^\]]*\]")
CAPITALS = re.compile(r"[A-Z][A-Z0-9 &/'’()\-–:.,]*[A-Z)]")
LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+")
ROW = re.compile(r"^\s*[\d/.\-]+\s*\|.*\|")  # "1 | 14/03/2017 | …", "2019-02-14 | Visit | …"
SMALL_WORDS = {"of", "and", "the", "for", "to", "in", "on", "by", "a", "an", "at", "or"}


def split_heading(text: str) -> tuple[str, str]:
    """A note's heading (through its date line, and the short lines under it) and its
    body."""
    lines = text.split("\n")
    count = next((i + 1 for i, line in enumerate(lines[:DATE_LINE_WITHIN])
                  if find_dates(line)), 1)
    last = min(len(lines), count + HEADING_LINES)
    while (count < last and lines[count].strip()
           and len(lines[count].strip()) <= SHORT_LINE
           and not lines[count].rstrip().endswith((".", "!", "?"))):
        count += 1
    return "\n".join(lines[:count]), "\n".join(lines[count:])


def _capitals_title(heading: str) -> str | None:
    """A form's title in capitals, in sentence case."""
    for line in heading.split("\n"):
        bare = REMOVED.sub("", line).strip()
        if len(bare.split()) >= 2 and CAPITALS.fullmatch(bare) and not find_dates(bare):
            words = [w if REMOVED.match(w) or len(w) <= 3 and w.lower() not in SMALL_WORDS
                     else w.lower() for w in re.split(r"(\s+|\[removed[^\]]*\])", line.strip())]
            title = "".join(words)
            return title[:1].upper() + title[1:]
    return None


def _row_title(heading: str) -> str | None:
    """A table row's title: its first cell of words (past the number and dates), or the
    next one if that is a single word ("Visit")."""
    line = heading.split("\n")[0]
    if not ROW.match(line):
        return None
    cells = [c.strip() for c in line.split("|")]
    worded = [c for c in cells if re.search("[A-Za-z]{2}", c) and not find_dates(c)
              and not REMOVED.match(c)]
    if not worded:
        return None
    return worded[1] if len(worded[0].split()) < 2 and len(worded) > 1 else worded[0]


def _first_sentence(text: str) -> str:
    text = LIST_NUMBER.sub("", " ".join(text.split()))
    return re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]


def _after_date(heading: str) -> str:
    """What a heading's date line says after its date."""
    for line in heading.split("\n"):
        dates = find_dates(line)
        if dates:
            return line[dates[0].end :]
    return ""


def title_for(heading: str, body: str) -> str:
    m = TYPE_FIELD.search(heading)
    if m:
        title = re.split(r"\s{2,}|\t", m.group("type").strip())[0]
    elif (title := _row_title(heading) or _capitals_title(heading)) is None:
        title = _first_sentence(body)
        if len(re.findall(r"[A-Za-z]{2,}", title)) < 2:  # "05/07/2010": the heading says more
            title = _first_sentence(_after_date(heading)) or title
    title = re.split(r"(?<=[.!?])\s", title, maxsplit=1)[0].strip(" .:-")
    if len(title) > TITLE_LENGTH:
        title = title[:TITLE_LENGTH].rsplit(" ", 1)[0] + "…"
    return title or "Case note"


def entry_title(text: str, kind: str, stored: str) -> str:
    """An entry's title, made from its (redacted) text; the child's words keep theirs."""
    if kind == "voice":
        return stored
    if kind == "note":
        return title_for(*split_heading(text))
    if kind == "document":
        heading, _, body = text.partition("\n")
        return title_for(heading, body)
    return title_for("", text)  # a sentence, or the top of a page a note runs on to
