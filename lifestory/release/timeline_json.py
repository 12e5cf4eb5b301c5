"""timeline.json: entries made from the redacted view of their source, never the original."""

from __future__ import annotations

import json
from pathlib import Path

from lifestory.release.documents import ReleasedDocument, redactions_by_page
from lifestory.timeline.entries import title_for
from lifestory.workspace import Workspace
from redaction.text import redacted_text


def timeline_entries(ws: Workspace, released: dict[str, ReleasedDocument]) -> list[dict]:
    entries = []
    cache: dict[str, dict] = {}
    for e in ws.rows("timeline_entries", "decision = 'include'", order_by="date, document_id"):
        doc_id = e["document_id"]
        if doc_id not in cache:
            cache[doc_id] = redactions_by_page(ws, doc_id)
        page = ws.page(doc_id, e["page_number"])
        spans = [
            (s["start"] - e["start"], s["end"] - e["start"], s["exemption_code"] or "")
            for s in cache[doc_id].get(e["page_number"], [])
            if s["end"] > e["start"] and s["start"] < e["end"]
        ]
        raw = page["text"][e["start"] : e["end"]]
        text = redacted_text(raw, spans)
        heading, _, body = text.partition("\n")
        entries.append({
            "date": e["date"],
            "date_precision": e["date_precision"],
            "category": e["category"],
            "title": title_for(heading, body),
            "text": " ".join(text.split()),
            "source": {"document": released[doc_id].name,
                       "page": released[doc_id].released_page(e["page_number"])},
        })
    return entries


def write_timeline_json(ws: Workspace, released: dict[str, ReleasedDocument], out: Path) -> int:
    entries = timeline_entries(ws, released)
    out.write_text(json.dumps({"entries": entries}, indent=2, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    return len(entries)
