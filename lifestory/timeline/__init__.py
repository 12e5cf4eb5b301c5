"""timeline: the care leaver's story in dated entries, built from the whole file."""

from __future__ import annotations

from dataclasses import asdict

from lifestory.timeline.entries import document_entry, entries_on_page
from lifestory.workspace import Workspace


def build_timeline(ws: Workspace) -> int:
    """(Re)build timeline proposals from every page; decisions already made are kept."""
    rows = []
    for doc in ws.documents():
        found_any = False
        first_text = ""
        for page in ws.pages(doc["id"]):
            if page["page_number"] == 1:
                first_text = page["text"]
            for entry in entries_on_page(doc["id"], page["page_number"], page["text"]):
                rows.append(asdict(entry))
                found_any = True
        if not found_any and first_text:
            entry = document_entry(doc["id"], doc["name"], first_text)
            if entry:
                rows.append(asdict(entry))
    for row in rows:
        row["default_decision"] = "include"
    ws.replace_proposals("timeline_entries", rows)
    return len(rows)
