"""What a record says it is: a chronology's event type, a note's type field, a document's title.

A record that names its own kind ("Event type | Placement", "Type: LAC review",
"icpc-minutes-2008-05-21.pdf") says what it is about more plainly than its words do: the
minutes of a child protection conference are full of worries, and are still a meeting. The
kind leans the entry's category that way (categories.toml, ``[kinds]`` and ``[lean]``);
the entry's own words still win when they clearly say something else.
"""

from __future__ import annotations

import functools
import re

from lifestory.timeline.dates import find_dates

# A table's column that classifies each row ("Event type", "Category", "Contact type").
TYPE_COLUMN = re.compile(r"(?:[a-z]+ )?(?:type|category)", re.I)
# A table's column that dates each row ("Event Date", "Date", "Date of contact"); not a
# person's date of birth, nor when something is due or ends.
DATE_COLUMN = re.compile(
    r"(?:(?!birth|due|end|expiry|review due)[a-z]+ )?date(?: of (?!birth)[a-z]+)?", re.I)
# A form's type field: "Type: Home visit", "Contact type    : Office", a line starting
# "Type Supervised" or "Type of hearing Review of …". Not "type 2 diabetes" in a sentence.
TYPE_FIELD = re.compile(
    r"\b(?:(?:contact|visit|note|record|event|session|entry)\s+)?type(?:\s+of\s+[a-z]+)?"
    r"[ \t]*:[ \t]*([^\n|]{2,60})"
    r"|^[ \t]*(?:(?:Contact|Visit|Note|Record|Event|Session|Entry)\s+)?(?-i:Type)"
    r"(?:\s+of\s+[a-z]+)?[ \t]+([^\n|:]{2,60})", re.I | re.M)
# A table's column naming who wrote the row or was there for it ("Entered by", "Worker",
# "Recorded by", "Supervised by"): a worker's name ("N Proud") says nothing of what the row
# is about.
WHO_COLUMN = re.compile(
    r"(?:[a-z]+ )?(?:by|worker|author|staff|interpreter)|(?:entered|recorded) on", re.I)
# A running record's heading of columns in capitals, its second the note's type ("DATE TYPE
# RECORD SEEN INIT"): each note gives its type after its date, in short lower-case words or
# an abbreviation, before the record's first capital ("22/2/05 mtg CIN review at …",
# "21/09/06 HV unann Unannounced HV 4pm", "10/01/05 tel con Tel con Bev Nance").
RUNNING_COLUMNS = re.compile(r"^[ \t]*DATE[ \t]+TYPE(?:[ \t]+[A-Z]+){1,4}[ \t]*$", re.M)
RUNNING_TYPE = re.compile(r"[ \t]*(\S+(?:[ \t]+(?-i:[a-z]+)(?=[ \t]))*)")
FIELD_READ = 300  # characters of a note's body where its form fields are
# A note's label just after its date and time: "08/08/2023 - Education (recorded by …)",
# "Wed 12 Oct 2022 | Meeting - solicitor | Worker: …".
LABEL = re.compile(
    r"[ \t]*(?:[0-2]?\d[:.][0-5]\d(?:[ \t]*[-–][ \t]*[0-2]?\d[:.][0-5]\d)?[ \t]*)?"
    r"(?:\||[-–])[ \t]*([^|()\n]{2,60}?)[ \t]*(?:\(|\||$)", re.M)


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    from lifestory.timeline.entries import _any_word, _categories

    return {category: _any_word(words) for category, words in _categories()["kinds"].items()}


def kind_of(label: str) -> str | None:
    """The category a record's label names, by its longest kind word ("Child protection
    conference" is a meeting, "Referral" a concern), or None."""
    best: tuple[int, str] | None = None
    for category, pattern in _patterns().items():
        for m in pattern.finditer(label):
            if best is None or len(m.group(1)) > best[0]:
                best = (len(m.group(1)), category)
    return best[1] if best else None


def title_kind(name: str) -> str | None:
    """The kind a document's file name says it is ("icpc-minutes-2008-05-21.pdf")."""
    stem = name.rpartition(".")[0] or name
    return kind_of(re.sub(r"[-_.]+", " ", stem))


def table_columns(text: str) -> list[str] | None:
    """The header row of a table with a type column on a page ("Event date | Date
    accuracy | Event type | …")."""
    return _header_row(text, TYPE_COLUMN)


def date_columns(text: str) -> list[str] | None:
    """The header row of a table whose rows are dated events ("Client No | Client Name |
    Event Date | Event Type | Detail")."""
    return _header_row(text, DATE_COLUMN)


def _header_row(text: str, column: re.Pattern) -> list[str] | None:
    """Three cells or more, one named as ``column`` says, none a date itself."""
    for line in text.split("\n"):
        cells = [c.strip() for c in line.split(" | ")]
        if (len(cells) >= 3 and any(column.fullmatch(c) for c in cells)
                and not find_dates(line)):
            return cells
    return None


def in_date_column(prefix: str, columns: list[str] | None) -> bool:
    """Whether a date after ``prefix`` (its row's cells before it) fills the table's first
    date column, so the row is an event of that date."""
    if not columns:
        return False
    first = next((i for i, c in enumerate(columns) if DATE_COLUMN.fullmatch(c)), None)
    return first is not None and prefix.count(" | ") == first and (
        first == 0 or prefix.endswith(" | "))


def type_cell(line: str, columns: list[str] | None) -> str | None:
    """The cell of a table row under its type column, if the table has one. ``line`` is
    the row's first line: a case note's text often runs on over many lines, so a row of
    an export ("12/05/2014 14:30 | H Whitmore | Team | Child Seen Alone | Saw Tariq…")
    may have fewer cells on it than the header has; the cells before the last are whole."""
    if not columns:
        return None
    cells = [c.strip() for c in line.split(" | ")]
    for i, name in enumerate(columns):
        if TYPE_COLUMN.fullmatch(name) and (len(cells) == len(columns)
                                            or i < len(cells) - 1 < len(columns)):
            return cells[i]
    return None


def without_who(row: str, columns: list[str] | None) -> str:
    """A table row (all its lines) with its cells under a who column (``WHO_COLUMN``)
    emptied, when its cells line up with the header's."""
    cells = row.split(" | ")
    if not columns or len(cells) != len(columns):
        return row
    return " | ".join("" if WHO_COLUMN.fullmatch(name.strip()) else cell
                      for name, cell in zip(columns, cells, strict=True))


def type_field(heading: str, body: str) -> str | None:
    """A note's own type field or label: "Type: Home visit", "Contact type : Office"."""
    m = TYPE_FIELD.search(heading) or TYPE_FIELD.search(body[:FIELD_READ])
    return (m.group(1) or m.group(2)).strip() if m else None


def running_type(text: str, date_end: int) -> str | None:
    """The type a running record's note gives after its date, on a page headed by the
    record's columns (``RUNNING_COLUMNS``)."""
    if not RUNNING_COLUMNS.search(text):
        return None
    m = RUNNING_TYPE.match(text, date_end)
    return m.group(1) if m else None


def label_after(text: str, date_end: int) -> str | None:
    """The label a note gives itself just after its date ("- Education", "| Visit |")."""
    m = LABEL.match(text, date_end)
    return m.group(1).strip() if m else None
