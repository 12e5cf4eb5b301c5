"""Dated entries from the text: every dated case note becomes a timeline entry.

An entry starts at a line that begins with a date (optionally after a label such as
"Date:") and runs to the next such line or the end of the page.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from lifestory.timeline.dates import DateMatch, find_dates
from lifestory.timeline.voice import child_quotes

CATEGORIES_FILE = Path(__file__).with_name("categories.toml")
# A label before a note's date; "Date of birth" is a fact about a person, not a note.
# Logs often give the weekday first ("Wed 06/02/2019 EARLY", "Date / time Sat 27/06/2020").
HEADER = re.compile(
    r"^[ \t]*(?:(?:date(?: of (?!birth)[a-z ]+)?|date\s*/\s*time|dated|entry date|recorded)"
    r"\s*[:\-]?\s*)?(?:(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?"
    r"\.?,?\s+)?",
    re.I | re.M,
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
    kind: str = "note"  # note, continued (onto the next page), mentioned, document


@functools.cache
def _categories() -> dict:
    return tomllib.loads(CATEGORIES_FILE.read_text(encoding="utf-8"))


@functools.cache
def keywords() -> dict[str, list[re.Pattern]]:
    return {
        category: [re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])", re.I) for w in words]
        for category, words in _categories()["keywords"].items()
    }


SCORED_LENGTH = 2500  # characters of an entry read for its category: enough, and fast


def category_scores(heading: str, body: str) -> dict[str, float]:
    """How strongly the words of an entry point to each category."""
    weights = _categories()["weights"]
    body = body[:SCORED_LENGTH]
    return {
        category: weights[category] * (
            2 * sum(bool(p.search(heading)) for p in patterns)
            + sum(bool(p.search(body)) for p in patterns)
        )
        for category, patterns in keywords().items()
    }


def categorise(heading: str, body: str) -> str:
    scores = category_scores(heading, body)
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


def entry_id(document_id: str, page_number: int, start: int, kind: str = "note") -> str:
    key = f"{document_id}:{page_number}:{start}" + ("" if kind == "note" else f":{kind}")
    return "t-" + hashlib.sha1(key.encode()).hexdigest()[:12]


def header_dates(text: str, year: int | None = None):
    """Dates that open a line (after an optional label): the start of a dated note."""
    for date in find_dates(text, year=year):
        if date.precision == "year":  # "In 2009 your mum…" starts a sentence, not a note
            continue
        line_start = text.rfind("\n", 0, date.start) + 1
        prefix = text[line_start : date.start]
        m = HEADER.match(prefix)
        if m and m.end() == len(prefix):
            yield line_start, date
        elif prefix.count(" | ") == 1 and len(prefix) <= 12:
            # A table row: "1 | 14/03/2017 | 28/03/2017 | Emergency foster care | …"
            yield line_start, date


def _entry(document_id, page_number, start, end, date, heading, body, kind="note",
           title=None) -> Entry:
    return Entry(
        id=entry_id(document_id, page_number, start, kind),
        document_id=document_id,
        page_number=page_number,
        start=start,
        end=end,
        date=date.iso,
        date_precision=date.precision,
        category=categorise(heading, body),
        title=title or title_for(heading, body),
        kind=kind,
    )


def previous_date(entry: Entry) -> DateMatch:
    return DateMatch(0, 0, dt.date.fromisoformat(entry.date), entry.date_precision)


def entries_on_page(document_id: str, page_number: int, text: str, *,
                    year: int | None = None, born: dt.date | None = None,
                    previous: Entry | None = None,
                    subject_names: list[str] = ()) -> list[Entry]:
    """Dated notes on a page, and the events their sentences date ("In 2009 your mum and
    dad separated"). ``year`` is the year of the last note before this page, for notes
    dated "w/c 12/8"; ``previous`` is that note, which runs on to the top of this page."""
    headers = list(header_dates(text, year))
    entries = []
    first = headers[0][0] if headers else len(text)
    if previous and text[:first].strip():
        # The last note of the page before runs on to here.
        entries.append(_entry(document_id, page_number, 0, first, previous_date(previous),
                              "", text[:first], kind="continued", title=previous.title))
    for i, (start, date) in enumerate(headers):
        end = headers[i + 1][0] if i + 1 < len(headers) else len(text)
        line_end = text.find("\n", start)
        line_end = end if line_end == -1 or line_end > end else line_end
        heading, body = text[start:line_end], text[line_end:end]
        entries.append(_entry(document_id, page_number, start, end, date, heading, body))
        entries += mentioned_events(document_id, page_number, text, line_end, end, date, born)
    for entry in [e for e in entries if e.kind in ("note", "continued")]:
        entries += voice_entries(document_id, page_number, text, entry.start, entry.end,
                                 previous_date(entry), subject_names)
    return entries


SENTENCE = re.compile(r"[^.!?\n]+(?:\n(?!\s*\n)[^.!?\n]+)*[.!?]?", re.M)


def voice_entries(document_id: str, page_number: int, text: str, start: int, end: int,
                  date: DateMatch, subject_names: list[str]) -> list[Entry]:
    """The child's quoted words inside an entry, each as an entry of its own: the sentence
    holding the quotation, so it is read with what it answered."""
    entries = []
    for q_start, q_end in child_quotes(text[start:end], subject_names):
        q_start, q_end = q_start + start, q_end + start
        s = max(text.rfind(". ", start, q_start) + 2, text.rfind("\n", start, q_start) + 1,
                start)
        stops = [i for i in (text.find(". ", q_end), text.find("\n", q_end)) if i != -1]
        e = min([*stops, end]) + 1 if stops else end
        e = min(e, end)
        entries.append(_entry(document_id, page_number, s, e, date, "", text[s:e],
                              kind="voice", title="In your own words"))
        entries[-1].category = "voice"
    return entries


def mentioned_events(document_id: str, page_number: int, text: str, start: int, end: int,
                     note_date, born: dt.date | None) -> list[Entry]:
    """Sentences that date something other than the note they are in: a past event told
    in a later note, a letter or a report."""
    events = []
    year = note_date.date.year if note_date else None
    for m in SENTENCE.finditer(text, start, end):
        sentence = m.group()
        dates = [d for d in find_dates(sentence, year=year, born=born)
                 if not note_date or abs((d.date - note_date.date).days) > 31]
        if not dates or len(sentence.split()) < 4:
            continue
        date = dates[0]
        events.append(_entry(document_id, page_number, m.start(), m.end(), date, "",
                             sentence, kind="mentioned"))
    return events


DOCUMENT_DATE_LABEL = re.compile(
    r"\b(?:date(?: of (?:review|meeting|conference|report|letter|assessment|referral|plan))?|"
    r"dated|held(?: on)?|meeting date|review date|received|completed|sent|written|created|"
    r"prepared|signed)\b", re.I)
# A date something is due by is not the date the document is about.
FUTURE_LABEL = re.compile(r"\b(?:due|next|expires?|until|by)\b[^\n]{0,20}$", re.I)


def document_date(text: str, born: dt.date | None):
    """The date a report or letter is about: a labelled date if there is one, never the
    care leaver's date of birth."""
    dates = []
    for d in find_dates(text):
        line = text[text.rfind("\n", 0, d.start) + 1 : d.start]
        if (born and d.date == born) or FUTURE_LABEL.search(line):
            continue
        if DOCUMENT_DATE_LABEL.search(line):
            return d
        dates.append(d)
    return dates[0] if dates else None


def document_entries(document_id: str, name: str, pages: list[tuple[int, str]],
                     born: dt.date | None, subject_names: list[str] = ()) -> list[Entry]:
    """A dated document with no dated notes inside (a report, a letter, minutes): an entry
    for each page, under the document's date, and the events its sentences date."""
    first = pages[0][1] if pages else ""
    date = document_date(first[:3000], born)
    if not date:
        return []
    title = Path(name).stem.replace("-", " ").replace("_", " ").strip().capitalize()
    entries = []
    for number, text in pages:
        if not text.strip():
            continue
        page_title = title if number == 1 else f"{title} (page {number})"
        entries.append(_entry(document_id, number, 0, len(text), date, title, text,
                              kind="document", title=page_title))
        entries += mentioned_events(document_id, number, text, 0, len(text), date, born)
        entries += voice_entries(document_id, number, text, 0, len(text), date, subject_names)
    return entries
