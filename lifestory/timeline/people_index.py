"""People in my life: who was there, and when, as the pack may show them.

Built on the redaction people register. A person whose name is redacted appears only by
who they were to the child ("your mother", "a foster carer"), never by name; a disclosed
person (a professional, a relative who agreed) by name and role.
"""

from __future__ import annotations

from lifestory.workspace import Workspace

OTHERS = "someone in your life"


def people_index(ws: Workspace, entries: list[dict]) -> list[dict]:
    """One row per person, with the first and last dates they appear in the timeline."""
    spans: dict[str, list[str]] = {}
    for entry in ws.rows("timeline_entries", "decision = 'include'"):
        for s in ws.rows("suggestions", "document_id = ? AND page_number = ? AND start >= ? "
                         "AND end <= ? AND person_id IS NOT NULL",
                         [entry["document_id"], entry["page_number"], entry["start"],
                          entry["end"]]):
            spans.setdefault(s["person_id"], []).append(entry["date"])
    out = []
    for person in ws.rows("people", order_by="category, name"):
        dates = sorted(spans.get(person["id"], []))
        if not dates:
            continue
        disclosed = person["decision"] == "disclose"
        who = person["relationship"] or person["role"]
        out.append({
            "name": person["name"] if disclosed else None,
            "described_as": (f"your {who}" if who and person["category"] == "third_party"
                             else who) or OTHERS,
            "professional": person["category"] == "professional",
            "first_seen": dates[0],
            "last_seen": dates[-1],
            "entries": len(dates),
        })
    return out
