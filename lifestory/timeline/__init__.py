"""timeline: the care leaver's story in dated entries, built from the whole file."""

from __future__ import annotations

from dataclasses import asdict

from lifestory.timeline.entries import Entry, document_entries, entries_on_page
from lifestory.workspace import Workspace


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
    rows = [{**asdict(e), "default_decision": "include"} for e in entries]
    ws.replace_proposals("timeline_entries", rows)
    return len(rows)
