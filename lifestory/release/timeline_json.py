"""timeline.json: the timeline's redacted view, citing the released documents' pages."""

from __future__ import annotations

import json
from pathlib import Path

from lifestory.release.documents import ReleasedDocument
from lifestory.timeline.view import entry_texts
from lifestory.workspace import Workspace


def timeline_entries(ws: Workspace, released: dict[str, ReleasedDocument]) -> list[dict]:
    entries = entry_texts(ws)
    for entry in entries:
        source = entry["source"]
        doc = released[source.pop("document_id")]
        source.update(document=doc.name, page=doc.released_page(source["page"]))
        entry.pop("id")
    return entries


def write_timeline_json(ws: Workspace, released: dict[str, ReleasedDocument], out: Path) -> int:
    entries = timeline_entries(ws, released)
    out.write_text(json.dumps({"entries": entries}, indent=2, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    return len(entries)
