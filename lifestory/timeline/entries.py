"""Dated entries from the text: every dated case note becomes a timeline entry.

An entry starts at a line that begins with a date (optionally after a label such as
"Date:", or after a form's other fields: "Ref. IR-21-004  Date / time Fri 05/02/2021") and
runs to the next such line or the end of the page.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from lifestory.timeline import mentioned
from lifestory.timeline.dates import DateMatch, find_dates
from lifestory.timeline.titles import split_heading, title_for
from lifestory.timeline.voice import child_quotes, views_blocks

CATEGORIES_FILE = Path(__file__).with_name("categories.toml")
# A label before a note's date; "Date of birth" is a fact about a person, not a note.
# Logs often give the weekday first ("Wed 06/02/2019 EARLY", "Date / time Sat 27/06/2020").
WEEKDAY = (r"(?i:(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?"
           r"\.?,?\s+)")
HEADER = re.compile(
    r"^[ \t]*(?:(?:date(?: of (?!birth)[a-z ]+)?|date\s*/\s*time|dated|entry date|recorded)"
    r"\s*[:\-]?\s*)?" + WEEKDAY + "?",
    re.I | re.M,
)
# A form gives its date after a label on a line it shares with other fields ("Ref.
# IR-21-004  Date / time Fri 05/02/2021"). The label keeps its capital, so "the date of"
# inside a sentence opens nothing, and a bare "Date:" (a signature's) is not enough.
FORM_DATE = re.compile(
    r"(?:^|\s)(?:Date\s*(?:/|and)\s*[Tt]ime|DATE\s*(?:/|AND)\s*TIME|"
    r"Date of (?!birth)(?:incident|event|visit|review|meeting|conference|session)\s*:?)\s*"
    + WEEKDAY + "?$")
FORM_PREFIX = 40  # characters of other fields a form's date line may start with


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
    kind: str = "note"  # note, continued (onto the next page), mentioned, document, voice,
    # achievement (the child's words and what they did well, out of a note about more)


@functools.cache
def _categories() -> dict:
    return tomllib.loads(CATEGORIES_FILE.read_text(encoding="utf-8"))


def keyword_pattern(word: str) -> re.Pattern:
    """A whole word or phrase, across line breaks; written in capitals ("DA", "GP") it
    matches only as written, so "Nos da" is not domestic abuse."""
    body = re.escape(word).replace(r"\ ", r"\s+")
    return re.compile(rf"(?<![\w-]){body}(?![\w-]|['’]\w)", 0 if word.isupper() else re.I)


@functools.cache
def keywords() -> dict[str, list[re.Pattern]]:
    return {
        category: [keyword_pattern(w) for w in words]
        for category, words in _categories()["keywords"].items()
    }


SCORED_LENGTH = 2500  # characters of an entry read for its category: enough, and fast


# Who wrote a note says nothing of what it is about ("Author: Marcus Reid (Personal
# Adviser)" is not a meeting).
AUTHOR_FIELD = re.compile(
    r"\b(?:author|entry by|written by|recorded by|staff on|worker)\s*:[^\n]*", re.I)


def category_scores(heading: str, body: str) -> dict[str, float]:
    """How strongly the words of an entry point to each category."""
    weights = _categories()["weights"]
    heading = AUTHOR_FIELD.sub(" ", heading)
    body = AUTHOR_FIELD.sub(" ", body[:SCORED_LENGTH])
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
            if not prefix.strip() and _runs_on(text, line_start, date.end):
                continue
            yield line_start, date
        elif prefix.count(" | ") == 1 and len(prefix) <= 12:
            # A table row: "1 | 14/03/2017 | 28/03/2017 | Emergency foster care | …"
            yield line_start, date
        elif len(prefix) <= FORM_PREFIX and FORM_DATE.search(prefix):
            yield line_start, date


RUNS_ON = re.compile(
    r"(?:,|\b(?:in|on|at|of|and|or|the|a|an|to|from|since|until|by|dated|with|for|after|"
    r"before|during))\s*$", re.I)


def _says_something(text: str) -> bool:
    """More than a running head ("Date Worker Entry") repeated at the top of a page."""
    return len(text.split()) >= 4 or bool(re.search(r"\w[.!?](?:\s|$)", text))


def _runs_on(text: str, line_start: int, date_end: int) -> bool:
    """A date wrapped onto the next line of a sentence ("…Mared Ellis,\n30/06/2020.",
    "…that summer. In\nJanuary 2012 a judge…", "Next appointment\n15/10/2019.") ends or
    continues that sentence; it does not open a note."""
    line_end = text.find("\n", date_end)
    rest = text[date_end : line_end if line_end != -1 else len(text)].strip()
    return bool(RUNS_ON.search(text[:line_start].rstrip())) or rest == "."


def _title_above(text: str, start: int, floor: int) -> int:
    """A form's title in capitals just above its date line ("INCIDENT REPORT - MISSING
    FROM CARE") belongs to the note it heads; never above ``floor``."""
    for _ in range(2):
        if start <= floor:
            break
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[max(above, floor) : start].strip()
        if not line or len(line) > 80 or line != line.upper() or not re.search("[A-Z]{3}",
                                                                                line):
            break
        start = max(above, floor)
    return start


def _entry(document_id, page_number, start, end, date, heading, body, kind="note",
           title=None, category=None) -> Entry:
    return Entry(
        id=entry_id(document_id, page_number, start, kind),
        document_id=document_id,
        page_number=page_number,
        start=start,
        end=end,
        date=date.iso,
        date_precision=date.precision,
        category=category or categorise(heading, body),
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
    headers, floor = [], 0
    for start, date in header_dates(text, year):
        if born and date.date < born - dt.timedelta(days=365):
            continue  # a parent's date of birth in a family table, not a note's date
        headers.append((_title_above(text, start, floor), date))
        floor = text.find("\n", start) + 1 or len(text)
    entries = []
    first = headers[0][0] if headers else len(text)
    if previous and _says_something(text[:first]):
        # The last note of the page before runs on to here.
        entries.append(_entry(document_id, page_number, 0, first, previous_date(previous),
                              "", text[:first], kind="continued", title=previous.title))
    for i, (start, date) in enumerate(headers):
        end = headers[i + 1][0] if i + 1 < len(headers) else len(text)
        heading, body = split_heading(text[start:end])
        entries.append(_entry(document_id, page_number, start, end, date, heading, body))
        # Events are told in the body; a table row's other cells are its body.
        told = date.end if " | " in heading.partition("\n")[0] else start + len(heading)
        entries += mentioned_events(document_id, page_number, text, told, end, date, born,
                                    subject_names)
    for entry in [e for e in entries if e.kind in ("note", "continued")]:
        entries += voice_entries(document_id, page_number, text, entry.start, entry.end,
                                 previous_date(entry), subject_names)
        entries += achievement_entries(document_id, page_number, text, entry)
    return _dated_apart(entries)


def _dated_apart(entries: list[Entry]) -> list[Entry]:
    """A sentence that is an event with its own date ("she came second in March") is not
    also an achievement under its note's date."""
    dated = [(e.start, e.end) for e in entries if e.kind == "mentioned"]
    return [e for e in entries
            if e.kind != "achievement" or not any(s <= e.start < end for s, end in dated)]


def voice_entries(document_id: str, page_number: int, text: str, start: int, end: int,
                  date: DateMatch, subject_names: list[str]) -> list[Entry]:
    """The child's words inside an entry, each as an entry of its own: a section of their
    views, and the sentence holding each quotation, so it is read with what it answered."""
    entries = []
    blocks = [(s + start, e + start) for s, e in views_blocks(text[start:end], subject_names)]
    for s, e in blocks:
        entries.append(_entry(document_id, page_number, s, e, date, "", text[s:e],
                              kind="voice", title="In your own words", category="voice"))
    for q_start, q_end in child_quotes(text[start:end], subject_names):
        q_start, q_end = q_start + start, q_end + start
        if any(s <= q_start < e for s, e in blocks):
            continue
        s = max(text.rfind(". ", start, q_start) + 2, text.rfind("\n", start, q_start) + 1,
                start)
        stops = [i for i in (text.find(". ", q_end), text.find("\n", q_end)) if i != -1]
        e = min([*stops, end]) + 1 if stops else end
        e = min(e, end)
        entries.append(_entry(document_id, page_number, s, e, date, "", text[s:e],
                              kind="voice", title="In your own words", category="voice"))
    return entries


@functools.cache
def _highlights() -> list[re.Pattern]:
    return [keyword_pattern(w) for w in _categories()["own_entry"]["achievement"]]


def achievement_entries(document_id: str, page_number: int, text: str, entry: Entry
                        ) -> list[Entry]:
    """What the child did well, inside a note about something else, as an entry of its own
    (the sentence that says it), so it is never buried under family time or a worry."""
    if entry.category == "achievement":
        return []
    date = previous_date(entry)
    return [
        _entry(document_id, page_number, m.start(), m.end(), date, "", m.group(),
               kind="achievement", category="achievement")
        for m in mentioned.SENTENCE.finditer(text, entry.start, entry.end)
        if any(p.search(m.group()) for p in _highlights())
    ]


def mentioned_events(document_id: str, page_number: int, text: str, start: int, end: int,
                     note_date, born: dt.date | None,
                     subject_names: list[str] = ()) -> list[Entry]:
    """Sentences that date something other than the note they are in: a past event told
    in a later note, a letter or a report. Each is read for its category with what the
    next sentences of its paragraph say ("Ffion rang me from the bathroom. … the door
    locked")."""
    return [
        _entry(document_id, page_number, ev.start, ev.end, ev.date, text[ev.start:ev.end],
               ev.context, kind="mentioned", title=title_for("", text[ev.start:ev.end]))
        for ev in mentioned.events(text, start, end, note_date, born, subject_names)
    ]


DOCUMENT_FRONT = 3000  # characters of a document's first page read for its date
DOCUMENT_DATE_LABEL = re.compile(
    r"\b(?:date(?: of (?:review|meeting|conference|report|letter|assessment|referral|plan))?|"
    r"dated|held(?: on)?|meeting date|review date|received|completed|sent|written|created|"
    r"prepared|signed)\b", re.I)
# A date something is due by is not the date the document is about.
FUTURE_LABEL = re.compile(r"\b(?:due|next|expires?|until|by)\b[^\n]{0,20}$", re.I)


def document_date(text: str, born: dt.date | None):
    """The date a report or letter is about: a labelled date if there is one, never a date
    of birth (the care leaver's or anyone else's)."""
    dates = []
    for d in find_dates(text):
        line = text[text.rfind("\n", 0, d.start) + 1 : d.start]
        if ((born and d.date == born) or FUTURE_LABEL.search(line)
                or mentioned.birth_label(text, d.start)):
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
    date = document_date(first[:DOCUMENT_FRONT], born)
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
        entries += achievement_entries(document_id, number, text, entries[-1])
        entries += mentioned_events(document_id, number, text, 0, len(text), date, born,
                                    subject_names)
        entries += voice_entries(document_id, number, text, 0, len(text), date, subject_names)
    return _dated_apart(entries)
