"""timeline.json: the story's redacted view, citing the released documents' pages."""

from __future__ import annotations

import json
from pathlib import Path

from lifestory.release.documents import ReleasedDocument
from lifestory.timeline.view import story
from lifestory.workspace import Workspace


def reviewed_story(ws: Workspace) -> dict:
    """The story with what the officer changed in review: a title they wrote replaces the
    one made from the record, and content notes they set (or cleared) replace those found.
    Hidden entries are already left out by the story (it reads only included ones)."""
    told = story(ws)
    edits = ws.entry_edits()
    if not edits:
        return told
    by_id = {e["id"]: e for e in told["entries"]}
    for entry_id, edit in edits.items():
        entry = by_id.get(entry_id)
        if entry is None:
            continue
        if edit["title"]:
            entry["title"] = edit["title"]
        if edit["content_notes"] is not None:
            entry["content_notes"] = edit["content_notes"]
    return told


def timeline_story(ws: Workspace, released: dict[str, ReleasedDocument]) -> dict:
    """The story, with every source pointing at the released PDF and its page."""
    told = reviewed_story(ws)
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
