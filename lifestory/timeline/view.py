"""The timeline as the care leaver will see it: every text made from the redacted view of
its source, so a redacted name can never reach the pack through the timeline."""

from __future__ import annotations

from collections import defaultdict

from lifestory.timeline import glossary, themes
from lifestory.timeline.chapters import GAP_MONTHS, chapters, gaps
from lifestory.timeline.entries import title_for
from lifestory.timeline.people_index import people_index
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
    copies: dict[str, list[dict]] = {}
    for c in ws.rows("timeline_entries", "duplicate_of IS NOT NULL"):
        copies.setdefault(c["duplicate_of"], []).append(
            {"document_id": c["document_id"], "document": names.get(c["document_id"], ""),
             "page": c["page_number"]})
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
            "kind": e["kind"],
            "title": title_for(heading, body),
            "text": " ".join(text.split()),
            "source": {"document_id": doc_id, "document": names.get(doc_id, ""),
                       "page": e["page_number"]},
            "also_in": copies.get(e["id"], []),
        })
    return entries


def _themes(entry: dict) -> None:
    text = entry["text"]
    entry["content_notes"] = themes.content_notes(text)
    entry["bright_spots"] = themes.bright_spots(text)
    entry["interests"] = themes.interests(text)
    entry["strength"] = entry["category"] == "achievement" or themes.is_strength(text)
    entry["wish"] = entry["category"] == "voice" and themes.is_wish(text)
    entry["glossary"] = sorted({a.term.term for a in glossary.annotate(text)})


def _memories(ws: Workspace) -> list[dict]:
    return [
        {"id": m["id"], "date": m["date"], "date_precision": m["date_precision"],
         "period": m["period"], "category": "memory", "kind": "memory",
         "title": m["title"] or "A memory", "text": m["text"], "photo": m["photo"],
         "added_by": m["author"], "added_at": m["at"], "source": None}
        for m in ws.rows("memories", "include = 1", order_by="date")
    ]


def story(ws: Workspace, *, gap_months: int = GAP_MONTHS) -> dict:
    """Everything the timeline pack says, made from the redacted view of the record:
    entries with their themes, chapters, gaps, what the file shows of who the child was,
    the people in their life, the glossary of terms used, and what people added."""
    entries = entry_texts(ws)
    for entry in entries:
        _themes(entry)
        entry["annotations"] = [
            {"kind": a["kind"], "text": a["text"], "by": a["author"], "at": a["at"]}
            for a in ws.rows("annotations", "entry_id = ? AND include = 1", [entry["id"]],
                             order_by="at")
        ]
    memories = _memories(ws)
    dated = sorted([*entries, *(m for m in memories if m["date"])], key=lambda e: e["date"])
    summary = {
        "strengths": [{"text": e["title"], "entry": e["id"]} for e in entries if e["strength"]],
        "interests": _interests(entries),
        "wishes": [{"text": e["text"], "entry": e["id"]} for e in entries if e["wish"]],
    }
    used = sorted({t for e in entries for t in e["glossary"]})
    return {
        "entries": dated,
        "undated_memories": [m for m in memories if not m["date"]],
        "chapters": chapters(dated),
        "gaps": gaps(entries, gap_months),
        "summary": summary,
        "people": people_index(ws, entries),
        "glossary": [vars(glossary.terms()[t]) for t in used],
    }


def _interests(entries: list[dict]) -> list[dict]:
    found: dict[str, list[str]] = {}
    for e in entries:
        for interest in e["interests"]:
            found.setdefault(interest, []).append(e["id"])
    return [{"interest": k, "entries": v} for k, v in sorted(found.items(),
                                                            key=lambda kv: -len(kv[1]))]
