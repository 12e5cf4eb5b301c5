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
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from lifestory.timeline import festivals, kinds, mentioned, rows, voice
from lifestory.timeline.dates import DateMatch, find_dates
from lifestory.timeline.titles import split_heading, title_for
from lifestory.timeline.voice import child_quotes, seen_on, signed_by_child, views_blocks

CATEGORIES_FILE = Path(__file__).with_name("categories.toml")
# A label before a note's date; "Date of birth" is a fact about a person, not a note.
# Logs often give the weekday first ("Wed 06/02/2019 EARLY", "Date / time Sat 27/06/2020",
# "Weds 6.3.02 11.50pm").
WEEKDAY = (r"(?i:(?:mon|tues?|weds?|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?"
           r"\.?,?\s+)")
# A record's own label ("Contact date :", "Visit date", an e-mail's "Sent:" for each message of
# a thread, a monthly log's "MONTH: June 2023" or "MONTH: April to July 2024", dated by the
# month it ends), or a report's title in capitals
# ("MONTHLY REPORT: 10/01/2022 - 10/02/2022", a unit's "STAY: Fri 15/02/2019 16:10").
HEADER = re.compile(
    r"^[ \t]*(?:(?:date(?: of (?!birth)[a-z ]+)?|date\s*/\s*time|dated|entry date|recorded|sent|"
    r"month\b(?:\s*:\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+to(?=\s))?|"
    r"(?:contact|visit|session|event|incident|meeting|note|record|activity)\s+date)"
    r"\s*[:\-]?\s*|(?-i:[A-Z][A-Z /&]{0,40}(?:REPORT|RECORD|REVIEW|SUMMARY|NOTE|VISIT|"
    r"MEETING|SESSION|LOG|ENTRY)|(?-i:[A-Z]{4,12}))\s*[:\-–]\s*)?" + WEEKDAY + "?",
    re.I | re.M,
)
# Nothing before a date but its weekday: it may be a sentence's, wrapped onto this line.
UNLABELLED = re.compile(r"[ \t]*" + WEEKDAY + "?")
# A report on a period is dated by the period's end, when it was written: "MONTHLY REPORT:
# 10/01/2022 - 10/02/2022".
REPORT_TITLE = re.compile(r"\b(?:report|summary|record)\b", re.I)
PERIOD_TO = re.compile(r"\s*(?:-|–|to|until)\s*")
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
    # achievement, placement (the child's words, what they did well and a move, out of a
    # note about more)


@functools.cache
def _categories() -> dict:
    return tomllib.loads(CATEGORIES_FILE.read_text(encoding="utf-8"))


def keyword_pattern(word: str) -> re.Pattern:
    """A whole word or phrase, across line breaks; written in capitals ("DA", "GP") it
    matches only as written, so "Nos da" is not domestic abuse."""
    body = re.escape(word).replace(r"\ ", r"\s+")
    return re.compile(rf"(?<![\w-]){body}(?![\w-]|['’]\w)", 0 if word.isupper() else re.I)


def _keyword_body(word: str) -> str:
    body = re.escape(word).replace(r"\ ", r"\s+")
    return f"(?-i:{body})" if word.isupper() else body


@functools.cache
def keywords() -> dict[str, re.Pattern]:
    """One pattern per category for all its words (a case file can run to thousands of
    pages: one search per category, not one per word), the longest word at each place."""
    return {category: _any_word(words)
            for category, words in _categories()["keywords"].items()}


def _any_word(words: list[str]) -> re.Pattern:
    """Any of ``words``, the longest at each place, looking ahead so that words inside
    others are found too."""
    return re.compile(
        r"(?<![\w-])(?=(" + "|".join(_keyword_body(w) for w in sorted(words, key=len,
                                                                        reverse=True))
        + r")(?![\w-]|['’]\w))", re.I)


SCORED_LENGTH = 2500  # characters of an entry read for its category: enough, and fast


# Who wrote a note says nothing of what it is about ("Author: Marcus Reid (Personal
# Adviser)" is not a meeting).
AUTHOR_FIELD = re.compile(
    r"\b(?:author|entry by|written by|recorded by|staff on|worker)\s*:[^\n]*", re.I)
def _words(text: str) -> dict[str, set[str]]:
    """The different words of each category the text uses ("was born" and "born" are two:
    each pattern looks ahead from every word, so words inside others are found), but not
    a word inside a longer one of another category ("child protection" in "child
    protection medical" is health, not a worry; in "child protection conference", a
    meeting)."""
    found = {category: [(m.start(1), m.end(1), " ".join(m.group(1).lower().split()))
                        for m in pattern.finditer(text)]
             for category, pattern in keywords().items()}
    spans = [(start, end, category) for category, words in found.items()
             for start, end, _ in words]
    return {category: {word for start, end, word in words
                       if not any(other != category and s <= start and end <= e
                                  and e - s > end - start for s, e, other in spans)}
            for category, words in found.items()}


@functools.cache
def _relatives() -> frozenset[str]:
    return frozenset(w.lower() for w in _categories()["relatives"]["words"])


def _counted(words: dict[str, set[str]]) -> dict[str, int]:
    """How many words of each category count; of the relatives a text names, only a few
    (``[relatives]``): who was there is not what happened."""
    counts = {category: len(found) for category, found in words.items()}
    counts["family"] -= max(0, len(words["family"] & _relatives())
                            - _categories()["relatives"]["count"])
    return counts


# What a record says did not happen ("No concerns.", "no injuries seen", "without
# incident") is no clue to what the entry is about; a home without what a child needs ("no
# food", "no electricity") is.
NEGATED = re.compile(r"\b(?:no|nil|without)\s+(?:further\s+|new\s+|other\s+|known\s+)?"
                     r"(?!(?:food|electricity|heating|gas|water|money)\b)[\w-]+", re.I)


# A body's name says who holds the record, not what a note is about: in Northern Ireland a
# "Health and Social Care Trust" is the children's services.
BODY_NAME = re.compile(r"\bHealth\s+and\s+Social\s+Care(?:\s+Trust)?\b|\bHSC\s*Trust\b")


def _clues(text: str) -> str:
    """The text with what is no clue to its category taken out: who wrote it, what did not
    happen, the name of the body that holds it."""
    return NEGATED.sub(" ", AUTHOR_FIELD.sub(" ", BODY_NAME.sub(" ", text)))


def category_scores(heading: str, body: str) -> dict[str, float]:
    """How strongly the words of an entry point to each category."""
    weights = _categories()["weights"]
    heading = _clues(heading)
    body = _clues(body[:SCORED_LENGTH])
    in_heading, in_body = _counted(_words(heading)), _counted(_words(body))
    return {category: weights[category] * (2 * in_heading[category] + in_body[category])
            for category in keywords()}


def leaning(how: str, category: str | None) -> dict[str, float]:
    """What a kind a record names for itself adds to its category's score: ``[lean]``
    words of that category, by ``how`` it is named (``title``: the document's file name,
    ``cell``: a table's type column, ``field``: a note's type field or label)."""
    if not category:
        return {}
    return {category: _categories()["lean"][how] * _categories()["weights"][category]}


def categorise(heading: str, body: str, lean: dict[str, float] | None = None,
               typed: dict[str, float] | None = None) -> str:
    """The category the entry's words point to most, after the lean of the document's title
    (``lean``) and of the note's own type (``typed``). A type names the subject, not how
    it went: what the child did well is not leaned away by it ("Education | Functional
    Skills Maths passed" stays an achievement)."""
    scores = category_scores(heading, body)
    if typed and _best(scores) == "achievement":
        typed = None
    if "meeting" in {*(lean or {}), *(typed or {})}:
        # A meeting about worries (a strategy meeting, a child protection conference) is
        # a meeting: the worries are what it met about.
        scores["concern"] = 0
    for points in (lean or {}, typed or {}):
        for category, add in points.items():
            scores[category] += add
    return _best(scores)


def _best(scores: dict[str, float]) -> str:
    best = max(scores.values())
    if best == 0:
        return "meeting"
    # Ties go to the earlier category of ``[weights]``: what the child did well first.
    return next(c for c in _categories()["weights"] if scores.get(c) == best)


def entry_id(document_id: str, page_number: int, start: int, kind: str = "note") -> str:
    key = f"{document_id}:{page_number}:{start}" + ("" if kind == "note" else f":{kind}")
    return "t-" + hashlib.sha1(key.encode()).hexdigest()[:12]


def header_dates(text: str, year: int | None = None, born: dt.date | None = None,
                 columns: list[str] | None = None):
    """Dates that open a line (after an optional label), or fill the date column of a
    table's row (``columns``: the table's header, kinds.date_columns): the start of a dated
    note. Never
    someone's date of birth: a form's field, or a date long before the child was born (a
    parent's, in a family table), whatever the redaction makes of it."""
    dates = find_dates(text, year=year)
    year_rows = []
    if any(_column_heads(m.group()) for m in COLUMN_HEADS.finditer(text)):
        # A chronology's row may be dated by its year alone ("2006 Family Ms … starts a
        # relationship").
        year_rows = [DateMatch(m.start(1), m.end(1), dt.date(int(m.group(1)), 1, 1), "year")
                for m in ROW_YEAR.finditer(text)
                     if not any(d.start <= m.start(1) < d.end for d in dates)]
        dates = sorted([*dates, *year_rows], key=lambda d: d.start)
    for i, date in enumerate(dates):
        if (date.precision == "year" and not festivals.WITH_YEAR.match(text, date.start)
                and date not in year_rows):
            continue  # "In 2009 your mum…" starts a sentence, not a note; "Summer 2012" may
        line_start = text.rfind("\n", 0, date.start) + 1
        prefix = text[line_start : date.start]
        m = HEADER.match(prefix)
        if (mentioned.birth_label(text, date.start) == "field"
                or (born and date.date < born - dt.timedelta(days=365))
                or (date.date == born and not _tells_birth(text, line_start))):
            continue
        if mentioned.in_action_table(text, date.start):
            continue  # when something is due, in a table of actions
        if m and m.end() == len(prefix):
            if UNLABELLED.fullmatch(prefix) and _runs_on(text, line_start, date.end):
                continue
            yield line_start, _period_end(text, prefix, date, dates[i + 1 : i + 2])
        elif prefix.count(" | ") == 1 and len(prefix) <= 12:
            # A table row: "1 | 14/03/2017 | 28/03/2017 | Emergency foster care | …"
            yield line_start, date
        elif kinds.in_date_column(prefix, columns):
            # An export's row: "2030417 | SMITH, Ann | 07/01/1991 | Day care | …"
            yield line_start, date
        elif len(prefix) <= FORM_PREFIX and FORM_DATE.search(prefix):
            yield line_start, date


BIRTH_WORDS = re.compile(r"\b(?:born|birth)\b", re.I)


def _tells_birth(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` tells of a birth: the child's date of birth opens
    a note only there, not in a table of the family's dates of birth."""
    line_end = text.find("\n", line_start)
    return bool(BIRTH_WORDS.search(text, line_start, line_end if line_end != -1 else len(text)))


def _period_end(text: str, prefix: str, date: DateMatch, following: list[DateMatch]
                ) -> DateMatch:
    """A report's period ends when it was written; any other date line opens on its date."""
    if following and REPORT_TITLE.search(prefix):
        to = PERIOD_TO.match(text, date.end)
        if to and to.end() == following[0].start:
            return following[0]
    return date


RUNS_ON = re.compile(
    r"(?:,|\b(?:in|on|at|of|and|or|the|a|an|to|from|since|until|by|dated|with|for|after|"
    r"before|during)|(?<![\w-])" + WEEKDAY.replace(r"\.?,?\s+)", r"\.?,?)") + r")\s*$", re.I)


# A chronology's header row of column names, printed without rules: "Date Event type
# Description Source By".
COLUMN_HEADS = re.compile(r"^[ \t]*(?:Date|DATE)(?:[ \t]+[A-Za-z/]+){2,8}[ \t]*$", re.M)


ROW_YEAR = re.compile(r"^[ \t]*((?:19|20)\d\d)[ \t]+(?=[A-Z])", re.M)


def _column_heads(line: str) -> bool:
    """Whether a line is a header row of column names: "Date" and more names, most of
    them capitalised (not "Date of birth not known")."""
    words = line.split()
    return bool(COLUMN_HEADS.match(line)) and sum(w[0].isupper() for w in words) * 2 > len(
        words)


def _says_something(text: str) -> bool:
    """More than a running head ("Date Worker Entry") repeated at the top of a page."""
    return len(text.split()) >= 4 or bool(re.search(r"\w[.!?](?:\s|$)", text))


def _runs_on(text: str, line_start: int, date_end: int) -> bool:
    """A date wrapped onto the next line of a sentence or after its weekday ("…Mared
    Ellis,\n30/06/2020.", "Court / date Leicester Youth Court, Wednesday\n24/11/2021",
    "…that summer. In\nJanuary 2012 a judge…", "Next appointment\n15/10/2019.",
    "CAMHS discharged\n20/11/2013; no self-harm since") ends or
    continues that sentence; it does not open a note."""
    line_end = text.find("\n", date_end)
    rest = text[date_end : line_end if line_end != -1 else len(text)].strip()
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]
    if " | " in above or _column_heads(above):
        # A table's header row ("… | Entered by", "Date Event type Description Source By")
        # is not a sentence.
        return rest == "."
    return (bool(RUNS_ON.search(text[:line_start].rstrip())) or rest == "."
            or rest.startswith(";"))


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
           title=None, category=None, lean=None, typed=None) -> Entry:
    return Entry(
        id=entry_id(document_id, page_number, start, kind),
        document_id=document_id,
        page_number=page_number,
        start=start,
        end=end,
        date=date.iso,
        date_precision=date.precision,
        category=category or categorise(heading, body, lean, typed),
        title=title or title_for(heading, body),
        kind=kind,
    )


def previous_date(entry: Entry) -> DateMatch:
    return DateMatch(0, 0, dt.date.fromisoformat(entry.date), entry.date_precision)


def entries_on_page(document_id: str, page_number: int, text: str, *,
                    year: int | None = None, born: dt.date | None = None,
                    previous: Entry | None = None, outer: Entry | None = None,
                    subject_names: list[str] = (), titled: str | None = None,
                    columns: list[str] | None = None,
                    running: Collection[str] = (),
                    dated_columns: list[str] | None = None) -> list[Entry]:
    """Dated notes on a page, and the events their sentences date ("In 2009 your mum and
    dad separated"). ``year`` is the year of the last note before this page, for notes
    dated "w/c 12/8"; ``previous`` is the entry that runs on to the top of this page;
    ``outer`` the last report a table's rows are inside (rows.py), from an earlier page;
    ``titled`` the category the document's title names (kinds.py); ``columns`` the header
    of a table with a type column, from an earlier page; ``running`` the lines of the page
    before (its running heads are not a new form's title); ``dated_columns`` the header of
    a table with a date column, from an earlier page."""
    columns = kinds.table_columns(text) or columns
    dated_columns = kinds.date_columns(text) or dated_columns
    headers, floor = [], 0
    for start, date in header_dates(text, year, born, dated_columns):
        headers.append((_title_above(text, start, floor), date))
        floor = text.find("\n", start) + 1 or len(text)
    entries: list[Entry] = []
    first = headers[0][0] if headers else len(text)
    own = (document_date(text[:first], born, labelled=True)
           if previous and starts_form(text, running) else None)
    if own:
        # A form of its own in a bundle (the child's "MY VIEW" among hearing papers) does
        # not run on from the note before: its top is under the form's own date.
        entries += _form_top(document_id, page_number, text, first, own, born,
                             subject_names, titled)
    elif previous:
        # The entry at the end of the page before runs on to here; a row of a report's
        # table only up to the report's next heading.
        back = (rows.next_heading(text, 0, first)
                if outer and (previous.date, previous.title) != (outer.date, outer.title)
                else first)
        entries += _continued(document_id, page_number, text, 0, back, previous, born,
                              subject_names, titled)
        entries += _continued(document_id, page_number, text, back, first, outer or previous,
                              born, subject_names, titled)
    for i, (start, date) in enumerate(headers):
        end = report_end = headers[i + 1][0] if i + 1 < len(headers) else len(text)
        row = rows.opens_row(text, start)
        if row and outer:
            end = rows.next_heading(text, text.find("\n", start, end) + 1 or end, end)
        heading, body = split_heading(text[start:end])
        lean, typed = _note_lean(text, date, heading, body, titled, columns)
        if voice.sent_by_child(text[start:end], subject_names):
            # A chat's message the child sent is their words, unless it tells of something
            # they did well ("PASSED MY LEVEL 2!!!!!"): a type leans a note, never away from
            # an achievement.
            typed = leaning("title", "voice")
        # A letter the child wrote, dated at its top, is their words throughout.
        own = "voice" if signed_by_child(text[start:end], subject_names) else (
            categorise(*split_heading(kinds.without_who(text[start:end],
                                                        dated_columns or columns)),
                       lean, typed))
        note = _entry(document_id, page_number, start, end, date, heading, body,
                      category=own)
        entries.append(note)
        # Events are told in the body; a table row's other cells are its body.
        told = date.end if " | " in heading.partition("\n")[0] else start + len(heading)
        entries += mentioned_events(document_id, page_number, text, told, end, date, born,
                                    subject_names)
        if row and outer:
            entries += _continued(document_id, page_number, text, end, report_end, outer,
                                  born, subject_names, titled)
        elif not row:
            outer = note
    events = [e for e in entries if e.kind == "mentioned"]
    for entry in [e for e in entries if e.kind in ("note", "continued", "document")]:
        entries += voice_entries(document_id, page_number, text, entry.start, entry.end,
                                 previous_date(entry), subject_names, events)
        entries += own_entries(document_id, page_number, text, entry)
    return _dated_apart(entries, text)


def _note_lean(text: str, date: DateMatch, heading: str, body: str, titled: str | None,
               columns: list[str] | None) -> tuple[dict[str, float], dict[str, float]]:
    """The kinds a dated note names (the title's lean, its own type's): a table row, its
    type cell, and a running record's note, its type column (a row is an event of its own,
    whatever the document's title); any other
    note, its type field or label and the document's title."""
    line_start = text.rfind("\n", 0, date.start) + 1
    line_end = text.find("\n", date.start)
    cell = kinds.type_cell(text[line_start : line_end if line_end != -1 else len(text)],
                           columns)
    cell = cell if cell is not None else kinds.running_type(text, date.end)
    if cell is not None:
        return {}, leaning("cell", kinds.kind_of(cell))
    label = kinds.type_field(heading, body) or kinds.label_after(text, date.end) or ""
    return leaning("title", titled), leaning("field", kinds.kind_of(label))


def _form_top(document_id: str, page_number: int, text: str, end: int, date: DateMatch,
              born: dt.date | None, subject_names: list[str], titled: str | None
              ) -> list[Entry]:
    """The top of a page that starts a form, up to its first dated note, under the form's
    own date, with the events its sentences date. A form for the child's views ("MY VIEW -
    for my Children's Hearing") is their words throughout."""
    heading, _, body = text[:end].partition("\n")
    views = any(start == 0 for start, _ in views_blocks(text[:end], subject_names))
    return [_entry(document_id, page_number, 0, end, date, heading, body, kind="document",
                   title=title_for(heading, body), lean=leaning("title", titled),
                   category="voice" if views else None),
            *mentioned_events(document_id, page_number, text, 0, end, date, born,
                              subject_names)]


def _continued(document_id: str, page_number: int, text: str, start: int, end: int,
               runs_on: Entry, born: dt.date | None, subject_names: list[str],
               titled: str | None = None) -> list[Entry]:
    """Text a note runs on into (over a page break, after a table inside it), under that
    note's date and title, with the events its sentences date."""
    if not _says_something(text[start:end]):
        return []
    date = previous_date(runs_on)
    return [_entry(document_id, page_number, start, end, date, "", text[start:end],
                   kind="continued", title=runs_on.title, lean=leaning("title", titled)),
            *mentioned_events(document_id, page_number, text, start, end, date, born,
                              subject_names)]


def _dated_apart(entries: list[Entry], text: str) -> list[Entry]:
    """A sentence that is an event with its own date ("she came second in March") is not
    also an achievement (or a move) under its note's date."""
    dated = [(e.start, mentioned.sentence_end(text, e.start)) for e in entries
             if e.kind == "mentioned"]
    return [e for e in entries
            if e.kind not in _highlights() or not any(s <= e.start < end for s, end in dated)]


def voice_entries(document_id: str, page_number: int, text: str, start: int, end: int,
                  date: DateMatch, subject_names: list[str],
                  events: list[Entry] = ()) -> list[Entry]:
    """The child's words inside an entry, each as an entry of its own: a section of their
    views, and the sentence holding each quotation, so it is read with what it answered.
    Words told after a dated sentence of their paragraph ("I spoke to Ciarán alone on 9 May
    2018 … He said: '…'") were said that day (``events``: the sentences dated)."""
    entries = []
    blocks = [(s + start, e + start) for s, e in views_blocks(text[start:end], subject_names)]
    for s, e in blocks:
        said = QUOTE_MARK.search(text, s, e)
        on = (_said_on(text, said.start() if said else s, s, events, date)
              or seen_on(text[start:s]) or date)
        entries.append(_entry(document_id, page_number, s, e, on, "", text[s:e],
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
        on = _said_on(text, q_start, start, events, date) or seen_on(text[start:s]) or date
        entries.append(_entry(document_id, page_number, s, e, on, "", text[s:e],
                              kind="voice", title="In your own words", category="voice"))
    return entries


QUOTE_MARK = re.compile("(?<![\\w])['‘“\"]")  # opening one, not "Ciarán's"
SAID_WITHIN = 600  # characters a dated sentence may come before the words it dates
# A form's section for someone's views ("Child's views", "Parent's views") starts anew:
# the form's fields above it ("Legal status Care Order 14.9.93") do not date its words.
VIEWS_LABEL = re.compile(r"\n[^\S\n]*(?:[\w'’]+\s+){0,2}" + voice.VIEWS + r"\b", re.I)


def _said_on(text: str, at: int, start: int, events: list[Entry], written: DateMatch
             ) -> DateMatch | None:
    """The day of the last dated sentence before ``at`` in its paragraph, if any; not a
    day after the note was ``written`` ("Final panel: Thursday 09/06/2022" is planned)."""
    ends = {id(e): mentioned.sentence_end(text, e.start) for e in events}
    before = [e for e in events if e.date_precision == "day" and start <= e.start
              and e.date <= written.iso
              and ends[id(e)] <= at and at - ends[id(e)] <= SAID_WITHIN
              and not mentioned.PARAGRAPH_BREAK.search(text, ends[id(e)], at)
              and not VIEWS_LABEL.search(text, ends[id(e)], at)]
    return previous_date(max(before, key=lambda e: ends[id(e)])) if before else None


@functools.cache
def _highlights() -> dict[str, list[re.Pattern]]:
    return {category: [keyword_pattern(w) for w in words]
            for category, words in _categories()["own_entry"].items()}


def own_entries(document_id: str, page_number: int, text: str, entry: Entry) -> list[Entry]:
    """What the child did well, and a move, inside a note about something else, each as an
    entry of its own (the sentence that says it), so it is never buried under family time
    or a worry (``[own_entry]``); its kind is its category."""
    date = previous_date(entry)
    found = []
    for category, patterns in _highlights().items():
        if entry.category == category:
            continue
        for m in mentioned.SENTENCE.finditer(text, entry.start, entry.end):
            if any(p.search(m.group()) for p in patterns):
                start = m.end() - len(m.group().lstrip())
                found.append(_entry(document_id, page_number, start, m.end(), date, "",
                                    m.group(), kind=category, category=category))
    return found


def mentioned_events(document_id: str, page_number: int, text: str, start: int, end: int,
                     note_date, born: dt.date | None,
                     subject_names: list[str] = ()) -> list[Entry]:
    """Sentences that date something other than the note they are in: a past event told
    in a later note, a letter or a report. Each is read for its category with what the
    next sentences of its paragraph say ("Ffion rang me from the bathroom. … the door
    locked")."""
    return [
        _entry(document_id, page_number, ev.start, ev.told_to, ev.date,
               f"{ev.section}\n{text[ev.start:ev.end]}", ev.context, kind="mentioned",
               title=title_for("", text[ev.start:ev.end]))
        for ev in mentioned.events(text, start, end, note_date, born, subject_names)
    ]


DOCUMENT_FRONT = 3000  # characters of a document's first page read for its date
# A label just before a date, at the end of its line or of the line before when the date
# was wrapped ("Review date:\n21/06/2024"); not a date of something else the form records
# ("Start date 19/08/2024" of a course).
LABEL_BEFORE = re.compile(
    r"(?<!start )(?<!end )(?<!expiry )(?<!finish )(?<!leaving )(?<!admission )"
    r"(?<!discharge )\b(?:date(?: of [a-z]+)?|dated)\s*[:\-]?\s*" + WEEKDAY + "?$", re.I)
# A file named by its date ("icpc-minutes-2019-03-07.pdf"), as records systems and officers
# name papers.
NAMED_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.](\d\d)[-_.](\d\d)(?!\d)")
# A form's field at the start of its line ("Date / time Wednesday 21 May 2008", "Meeting
# Friday 28/06/2019", "Review Third review. Wednesday 12/02/2020"); not a sentence's "was
# held on 9th Oct 2019", which tells of another meeting, nor the start of the period a
# review looks back on ("Review period | 01/05/2013 to 30/04/2014").
DOCUMENT_DATE_LABEL = re.compile(
    r"^\W*(?:date(?: of (?:review|meeting|conference|report|letter|assessment|referral|plan))?|"
    r"dated|held(?: on)?|meeting(?: date)?|review(?: date)?(?![^\n]*\bperiod\b)|conference|visit|"
    r"assessment|"
    r"hearing|received|completed|sent|written|created|prepared|signed)\b"
    r"|" + LABEL_BEFORE.pattern, re.I)
# A date something is due by is not the date the document is about.
FUTURE_LABEL = re.compile(r"\b(?:due|next|expires?|until|by)\b[^\n]{0,20}$|\bnext\s*\n[^\n]{0,20}$",
                          re.I)
# Nor is the date of the one before ("Previous review 20/03/2012", "This plan replaces the
# plan dated 17/04/2015", "amended following the annual\nreview of 12/07/2019": a sentence
# wrapped onto the date's line).
PAST_LABEL = re.compile(r"\b(?:previous|last|prior|replaces|replaced|supersedes|following)\b"
                        r"(?:[^\n]{0,30}|[^\n]{0,30}(?-i:[a-z])[ \t]*\n[^\n]{0,20})$", re.I)


def document_date(text: str, born: dt.date | None, *, labelled: bool = False):
    """The date a report or letter is about: a labelled date if there is one (only that,
    if ``labelled``), never a date of birth (the care leaver's or anyone else's)."""
    dates = []
    for d in find_dates(text):
        line_start = text.rfind("\n", 0, d.start) + 1
        line = text[line_start : d.start]
        if ((born and d.date == born) or mentioned.birth_label(text, d.start)
                or FUTURE_LABEL.search(text[max(0, d.start - 60) : d.start])
                or PAST_LABEL.search(text, max(0, line_start - 40), d.start)):
            continue
        above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]
        if DOCUMENT_DATE_LABEL.search(line) or (
                not line.strip() and LABEL_BEFORE.search(above)):
            return d
        dates.append(d)
    return dates[0] if dates and not labelled else None


def report_date(pages: list[tuple[int, str]], born: dt.date | None, name: str = ""):
    """A report's date: the date its file is named by, when its front gives it too; else
    a labelled one on its front, else on the pages that go on with it
    (a review's "Review date:" over its signatures; not the next form of a bundle), else
    the date its file is named by, else the first date on its front."""
    first = pages[0][1][:DOCUMENT_FRONT] if pages else ""
    named = named_date(name)
    if named and any(d.date == named.date for d in find_dates(first)):
        return named  # "initial-assessment-2004-02-18.pdf" … "IA completed 18/02/2004"
    labelled = document_date(first, born, labelled=True)
    for (_, before), (_, text) in zip(pages, pages[1:], strict=False):
        if labelled or starts_form(text, page_lines(before)):
            break
        labelled = document_date(text, born, labelled=True)
    return labelled or named or document_date(first, born)


def named_date(name: str) -> DateMatch | None:
    """The date in a file's name, if it gives a whole one."""
    m = NAMED_DATE.search(Path(name).stem)
    try:
        return m and DateMatch(0, 0, dt.date(*map(int, m.groups())), "day")
    except ValueError:
        return None


# A form's title: in capitals, or led by them ("MY VIEW - for my Children's Hearing").
FORM_TITLE = re.compile(r"[A-Z][A-Z0-9 &/'’()\-–:,]{5,}[A-Z)](?:\s+[-–:]\s+\S.*)?")
FORM_TOP = 400  # characters at the top of a page where a new form's title and date are


def starts_form(text: str, running: Collection[str] = ()) -> bool:
    """Whether a page starts a form of its own, within a bundle of papers: a title in its
    first lines ("YOUTH CONFERENCE PLAN") that is not a running head (``running``: the
    lines of the page before)."""
    return any(FORM_TITLE.fullmatch(line.strip()) and line.strip() not in running
               for line in text[:FORM_TOP].split("\n")[:4])


def page_lines(text: str) -> set[str]:
    """A page's lines, to tell the running heads of the next."""
    return {line.strip() for line in text.split("\n")}


def _page_date(text: str, born: dt.date | None, document: DateMatch, before: str,
               first: str) -> DateMatch:
    """A page that starts a form of its own within a bundle of papers ("YOUTH CONFERENCE
    PLAN" … "Conference Tuesday 6 June 2023"), or that opens as the first page does with a
    date of its own (a bundle of clinic letters, each "Clinic date: …"; of review forms),
    is dated by that form, not the first."""
    if starts_form(text, page_lines(before)):
        return document_date(text[:FORM_TOP], born, labelled=True) or document
    return _opening_date(text, first, born) or document


def _opening_date(text: str, first: str, born: dt.date | None) -> DateMatch | None:
    """The labelled date a page's first line gives, when the first page's first line gives
    one after the same label; or the labelled date at the top of a page that opens with the
    first page's title (a bundle of review forms, each "REVIEW OF CHILD BEING LOOKED AFTER"
    and its own "Date / venue 15th April 1997")."""
    title = first.lstrip().partition("\n")[0].strip()
    if title and not find_dates(title) and text.lstrip().partition("\n")[0].strip() == title:
        return document_date(text[:FORM_TOP], born, labelled=True)
    labels = []
    for page in (text, first):
        line = page.lstrip().partition("\n")[0]
        date = document_date(line, born, labelled=True)
        if not date:
            return None
        labels.append((" ".join(line[: date.start].split()).lower(), date))
    (label, date), (first_label, _) = labels
    return date if label == first_label else None


def document_entries(document_id: str, name: str, pages: list[tuple[int, str]],
                     born: dt.date | None, subject_names: list[str] = (),
                     dated: DateMatch | None = None, *, whole: bool = True) -> list[Entry]:
    """A dated document with no dated notes inside (a report, a letter, minutes): an entry
    for each page, under the document's date, and the events its sentences date.
    ``dated``: the date of the message a document came with, for one with none of its own
    (an attachment); ``whole``: False for the front of a document of notes, which its
    file's name does not date (an e-mail's "From:" and "To:" above its "Date:")."""
    if whole:
        date = report_date(pages, born, name) or dated
    else:
        # The front of a document of notes: its own date; a form's front (its title in
        # capitals, then "Review Joint review, sibling group of four" above its "Date /
        # time …"), else that of the note it heads: a year its fields mention ("own
        # reviews since 2014") is not its date.
        date = report_date(pages, born)
        if (not date or date.precision == "year") and pages and starts_form(pages[0][1]):
            date = dated or date
    if not date:
        return []
    title = Path(name).stem.replace("-", " ").replace("_", " ").strip().capitalize()
    lean = leaning("title", kinds.title_kind(name))
    own = "voice" if pages and signed_by_child(pages[-1][1], subject_names) else None
    entries = []
    before = ""
    for number, text in pages:
        if not text.strip():
            continue
        page_title = title if number == 1 else f"{title} (page {number})"
        on = date if number == 1 else _page_date(text, born, date, before, pages[0][1])
        before = text
        page = _entry(document_id, number, 0, len(text), on, title, text, kind="document",
                      title=page_title, lean=lean, category=own)
        events = mentioned_events(document_id, number, text, 0, len(text), on, born,
                                  subject_names)
        entries += _dated_apart([page, *own_entries(document_id, number, text, page),
                                 *events, *voice_entries(document_id, number, text, 0,
                                                         len(text), on, subject_names,
                                                         events)], text)
    return entries
