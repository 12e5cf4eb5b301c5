"""The timeline as the care leaver will see it: every text made from the redacted view of
its source, so a redacted name can never reach the pack through the timeline."""

from __future__ import annotations

from collections import defaultdict

from lifestory.timeline.entries import title_for
from lifestory.workspace import Workspace
from redaction.text import redacted_text


def redactions_by_page(ws: Workspace, document_id: str) -> dict[int, list[dict]]:
    """Every suggestion decided 'redact' on a document, by page."""
    by_page: dict[int, list[dict]] = defaultdict(list)
    for s in ws.rows("suggestions", "document_id = ? AND decision = 'redact'", [document_id],
                     order_by="page_number, start"):
        by_page[s["page_number"]].append(s)
    return by_page


def redacted_span(ws: Workspace, document_id: str, page_number: int, start: int, end: int,
                  redactions: dict[int, list[dict]]) -> str:
    """Characters ``start:end`` of a page with every redaction on them replaced."""
    page = ws.page(document_id, page_number)
    if any(s["entity_type"] == "UNREAD_PAGE" for s in redactions.get(page_number, [])):
        return ""
    spans = [
        (s["start"] - start, s["end"] - start, s["exemption_code"] or "")
        for s in redactions.get(page_number, [])
        if s["end"] > start and s["start"] < end
    ]
    return redacted_text(page["text"][start:end], spans)


def entry_texts(ws: Workspace) -> list[dict]:
    """Included entries, oldest first, with their redacted text and a title made from it."""
    entries = []
    cache: dict[str, dict] = {}
    names = {d["id"]: d["name"] for d in ws.documents()}
    for e in ws.rows("timeline_entries", "decision = 'include'", order_by="date, document_id"):
        doc_id = e["document_id"]
        if doc_id not in cache:
            cache[doc_id] = redactions_by_page(ws, doc_id)
        text = redacted_span(ws, doc_id, e["page_number"], e["start"], e["end"], cache[doc_id])
        heading, _, body = text.partition("\n")
        entries.append({
            "id": e["id"],
            "date": e["date"],
            "date_precision": e["date_precision"],
            "category": e["category"],
            "title": title_for(heading, body),
            "text": " ".join(text.split()),
            "source": {"document_id": doc_id, "document": names.get(doc_id, ""),
                       "page": e["page_number"]},
        })
    return entries
