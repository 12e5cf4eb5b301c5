"""timeline: the care leaver's story in dated entries, built from the whole file."""

from __future__ import annotations

from dataclasses import asdict

from lifestory.timeline.entries import Entry, document_entries, entries_on_page
from lifestory.workspace import Workspace

DUPLICATE_KEY = 160  # characters of a note's words that make it the same note


def _mark_duplicates(ws: Workspace, rows: list[dict]) -> None:
    """The same note exported in two reports is one entry citing both: the later copy is
    hidden by default and points to the first."""
    texts: dict[tuple[str, int], str] = {}
    first: dict[tuple[str, str], dict] = {}
    for row in rows:
        if row["kind"] not in ("note", "document", "voice", "achievement"):
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


def build_timeline(ws: Workspace) -> int:
    """(Re)build timeline proposals from every page; decisions already made are kept."""
    born = ws.case.date_of_birth
    names = ws.case.subject_names
    entries: list[Entry] = []
    for doc in ws.documents():
        notes: list[Entry] = []
        last_note: Entry | None = None
        pages = []
        for page in ws.pages(doc["id"]):
            pages.append((page["page_number"], page["text"]))
            found = entries_on_page(
                doc["id"], page["page_number"], page["text"], born=born, previous=last_note,
                year=int(last_note.date[:4]) if last_note else None, subject_names=names,
            )
            notes += found
            dated = [e for e in found if e.kind == "note"]
            if dated:
                last_note = dated[-1]
        if not any(e.kind == "note" for e in notes):
            notes = document_entries(doc["id"], doc["name"], pages, born, names)
        elif pages and not any(e.page_number == 1 and e.start == 0 for e in notes):
            # A report's front page before its first dated line is about the report.
            first = pages[0][1]
            cut = min((e.start for e in notes if e.page_number == 1), default=len(first))
            if first[:cut].strip():
                notes += document_entries(doc["id"], doc["name"], [(1, first[:cut])], born,
                                          names)
        entries += notes
    rows = [{**asdict(e), "default_decision": "include", "duplicate_of": None} for e in entries]
    _mark_duplicates(ws, rows)
    ws.replace_proposals("timeline_entries", rows)
    return len(rows)
