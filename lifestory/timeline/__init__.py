"""timeline: the care leaver's story in dated entries, built from the whole file."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

from lifestory.timeline.dates import DateMatch
from lifestory.timeline.entries import (
    Entry,
    document_entries,
    entries_on_page,
    page_lines,
    previous_date,
    report_date,
)
from lifestory.timeline.kinds import date_columns, table_columns, title_kind
from lifestory.timeline.rows import opens_row
from lifestory.workspace import Workspace

DUPLICATE_KEY = 160  # characters of a note's words that make it the same note


def _mark_duplicates(ws: Workspace, rows: list[dict]) -> None:
    """The same note exported in two reports is one entry citing both: the later copy is
    hidden by default and points to the first."""
    texts: dict[tuple[str, int], str] = {}
    first: dict[tuple[str, str], dict] = {}
    for row in rows:
        if row["kind"] not in ("note", "document", "voice", "achievement", "placement"):
            continue
        key = (row["document_id"], row["page_number"])
        if key not in texts:
            texts[key] = ws.page(*key)["text"]
        words = " ".join(texts[key][row["start"] : row["end"]].split()).lower()
        same = (row["date"], row["kind"], words[:DUPLICATE_KEY])
        if same in first and first[same]["document_id"] != row["document_id"]:
            row["duplicate_of"] = first[same]["id"]
            row["default_decision"] = "hide"
        else:
            first.setdefault(same, row)


def _before_first_note(pages: list[tuple[int, str]], notes: list[Entry]
                       ) -> list[tuple[int, str]]:
    """A report's pages before its first dated line (its front sheet, a review's first
    sections before a table of dates) are about the report."""
    first = min((e.page_number, e.start) for e in notes if e.kind == "note")
    before = [(number, text) for number, text in pages if number < first[0]]
    before += [(number, text[: first[1]]) for number, text in pages if number == first[0]]
    return [(number, text) for number, text in before if text.strip()]


def _first_note_date(notes: list[Entry]) -> DateMatch:
    """The date of a document's first dated note, which its front heads."""
    first = min((e for e in notes if e.kind == "note"), key=lambda e: (e.page_number, e.start))
    return previous_date(first)


def _running_on(text: str, found: list[Entry], last_note: Entry | None,
                outer: Entry | None) -> tuple[Entry | None, Entry | None]:
    """What runs on to the next page: the entry that reaches the end of this one (a note,
    or a report going on after its table), and the report a table's rows are inside."""
    dated = [e for e in found if e.kind in ("note", "continued")]
    if any(e.kind == "note" for e in dated):
        last_note = max(dated, key=lambda e: (e.end, e.kind == "continued"))
    reports = [e for e in found if e.kind == "note" and not opens_row(text, e.start)]
    return last_note, reports[-1] if reports else outer


def _message_date(ws: Workspace, parent_id: str | None, born: dt.date | None
                  ) -> DateMatch | None:
    """The date of the message a document was attached to, if it was."""
    if not parent_id:
        return None
    pages = [(page["page_number"], page["text"]) for page in ws.pages(parent_id)]
    return report_date(pages, born, ws.document(parent_id)["name"])


def build_timeline(ws: Workspace) -> int:
    """(Re)build timeline proposals from every page; decisions already made are kept."""
    born = ws.case.date_of_birth
    names = ws.case.subject_names
    entries: list[Entry] = []
    for doc in ws.documents():
        notes: list[Entry] = []
        last_note: Entry | None = None
        outer: Entry | None = None
        columns: list[str] | None = None  # a table's header, for its rows on later pages
        dated: list[str] | None = None  # a table's header with a date column, likewise
        titled = title_kind(doc["name"])
        pages = []
        for page in ws.pages(doc["id"]):
            found = entries_on_page(
                doc["id"], page["page_number"], page["text"], born=born, previous=last_note,
                outer=outer, year=int(last_note.date[:4]) if last_note else None,
                subject_names=names, titled=titled, columns=columns,
                running=page_lines(pages[-1][1]) if pages else (), dated_columns=dated,
            )
            pages.append((page["page_number"], page["text"]))
            columns = table_columns(page["text"]) or columns
            dated = date_columns(page["text"]) or dated
            notes += found
            last_note, outer = _running_on(page["text"], found, last_note, outer)
        if not any(e.kind == "note" and e.date_precision != "year" for e in notes):
            # A report with no dated notes ("Autumn 2023 | 97%" in its attendance table is
            # a row, not a note); an attachment with no date of its own is its message's.
            notes = document_entries(doc["id"], doc["name"], pages, born, names,
                                     dated=_message_date(ws, doc["parent_id"], born)) or notes
        else:
            notes += document_entries(doc["id"], doc["name"], _before_first_note(pages, notes),
                                      born, names, dated=_first_note_date(notes), whole=False)
        entries += notes
    rows = [{**asdict(e), "default_decision": "include", "duplicate_of": None} for e in entries]
    _mark_duplicates(ws, rows)
    ws.replace_proposals("timeline_entries", rows)
    return len(rows)
