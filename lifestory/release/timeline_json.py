"""timeline.json: the story's redacted view, citing the released documents' pages."""

from __future__ import annotations

import json
from pathlib import Path

from lifestory.release.documents import ReleasedDocument
from lifestory.timeline.view import story
from lifestory.workspace import Workspace


def timeline_story(ws: Workspace, released: dict[str, ReleasedDocument]) -> dict:
    """The story, with every source pointing at the released PDF and its page."""
    told = story(ws)
    for entry in told["entries"]:
        for source in [entry.get("source"), *entry.get("also_in", [])]:
            if source:
                doc = released[source.pop("document_id")]
                source.update(document=doc.name, page=doc.released_page(source["page"]))
    return told


def write_timeline_json(ws: Workspace, released: dict[str, ReleasedDocument], out: Path) -> int:
    return write_story_json(timeline_story(ws, released), out)


def write_story_json(told: dict, out: Path) -> int:
    """Write the story as timeline.json; returns the number of entries."""
    out.write_text(json.dumps(told, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(told["entries"])
