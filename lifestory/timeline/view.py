"""The timeline as the care leaver will see it: every text made from the redacted view of
its source, so a redacted name can never reach the pack through the timeline."""

from __future__ import annotations

import re
from collections import defaultdict

from lifestory.timeline import glossary, themes
from lifestory.timeline.chapters import GAP_MONTHS, chapters, gaps
from lifestory.timeline.dates import find_dates
from lifestory.timeline.people_index import people_index
from lifestory.timeline.titles import entry_title
from lifestory.workspace import Workspace
from redaction.text import redacted_text


def redactions_by_page(ws: Workspace, document_id: str) -> dict[int, list[dict]]:
    """Every suggestion decided 'redact' on a document, by page."""
    by_page: dict[int, list[dict]] = defaultdict(list)
    for s in ws.rows("suggestions", "document_id = ? AND decision = 'redact'", [document_id],
                     order_by="page_number, start"):
        by_page[s["page_number"]].append(s)
    return by_page


REMOVED_FROM_NAME = "redacted"
NAME_SEPARATORS = r"[\s._-]+"


def released_names(ws: Workspace) -> dict[str, str]:
    """Each document's name as the pack shows it. A file is often named after a person
    ("statement-glenys-parry-2017.docx"): every redacted string is taken out of the name as
    it is out of the text, whatever separates its words ("statement-redacted-2017.docx")."""
    secrets = {" ".join(r["text"].lower().split()) for r in ws.db.query(
        "SELECT DISTINCT text FROM suggestions WHERE entity_type != 'UNREAD_PAGE' "
        "AND coalesce(decision, default_decision) = 'redact'")}
    patterns = [re.compile(r"(?<![^\W_])" + NAME_SEPARATORS.join(map(re.escape, s.split()))
                           + r"(?![^\W_])", re.I)
                for s in sorted(secrets, key=len, reverse=True) if len(s) >= 3]
    names: dict[str, str] = {}
    taken: set[str] = set()
    for doc in ws.documents():
        stem, dot, suffix = doc["name"].rpartition(".")
        stem = stem if dot else doc["name"]
        for pattern in patterns:
            stem = pattern.sub(REMOVED_FROM_NAME, stem)
        name, n = f"{stem}.{suffix}" if dot else stem, 2
        while name.lower() in taken:
            name, n = (f"{stem}-{n}.{suffix}" if dot else f"{stem}-{n}"), n + 1
        taken.add(name.lower())
        names[doc["id"]] = name
    return names


def released_stem(name: str) -> str:
    return name.rpartition(".")[0] or name


def _spans_on(redactions: dict[int, list[dict]], page_number: int, start: int,
              end: int) -> list[tuple[int, int, str]]:
    return [
        (s["start"] - start, s["end"] - start, s["exemption_code"] or "")
        for s in redactions.get(page_number, [])
        if s["end"] > start and s["start"] < end
    ]


def redacted_span(ws: Workspace, document_id: str, page_number: int, start: int, end: int,
                  redactions: dict[int, list[dict]]) -> str:
    """Characters ``start:end`` of a page with every redaction on them replaced."""
    page = ws.page(document_id, page_number)
    if any(s["entity_type"] == "UNREAD_PAGE" for s in redactions.get(page_number, [])):
        return ""
    return redacted_text(page["text"][start:end],
                         _spans_on(redactions, page_number, start, end))


def entry_texts(ws: Workspace) -> list[dict]:
    """Included entries, oldest first, with their redacted text and a title made from it."""
    entries = []
    cache: dict[str, dict] = {}
    names = released_names(ws)
    copies: dict[str, list[dict]] = {}
    for c in ws.rows("timeline_entries", "duplicate_of IS NOT NULL"):
        copies.setdefault(c["duplicate_of"], []).append(
            {"document_id": c["document_id"], "document": names.get(c["document_id"], ""),
             "page": c["page_number"]})
    withheld = redacted_dates(ws)
    for e in ws.rows("timeline_entries", "decision = 'include'", order_by="date, document_id"):
        if (e["date"], e["date_precision"]) in withheld:
            continue
        doc_id = e["document_id"]
        if doc_id not in cache:
            cache[doc_id] = redactions_by_page(ws, doc_id)
        text = redacted_span(ws, doc_id, e["page_number"], e["start"], e["end"], cache[doc_id])
        entries.append({
            "id": e["id"],
            "date": e["date"],
            "date_precision": e["date_precision"],
            "category": e["category"],
            "kind": e["kind"],
            "title": entry_title(text, e["kind"], e["title"]),
            "text": " ".join(text.split()),
            "source": {"document_id": doc_id, "document": names.get(doc_id, ""),
                       "page": e["page_number"]},
            "also_in": copies.get(e["id"], []),
        })
    return entries


def redacted_dates(ws: Workspace) -> set[tuple[str, str]]:
    """Dates the record redacts somewhere (someone's date of birth), with their precision.
    An entry dated by one would give it away, wherever its date was read: in its own text,
    on the page before for a note running on, on a document's front, or in another form
    ("3 May 2004" in a letter, "03/05/2004" redacted in a family table)."""
    dates = set()
    for (text,) in ws.db.execute(
            "SELECT DISTINCT text FROM suggestions WHERE entity_type != 'UNREAD_PAGE' "
            "AND coalesce(decision, default_decision) = 'redact'"):
        dates.update((d.iso, d.precision) for d in find_dates(text))
    return dates


def _themes(entry: dict) -> None:
    text = entry["text"]
    entry["content_notes"] = themes.content_notes(text)
    entry["bright_spots"] = themes.bright_spots(text)
    entry["interests"] = themes.interests(text)
    entry["strengths"] = themes.strengths(text)
    entry["strength"] = entry["category"] == "achievement" or bool(entry["strengths"])
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
        "strengths": _strengths(entries),
        "interests": _interests(entries),
        "wishes": _wishes(entries),
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


def _linked(found: dict[str, list[str]], key: str) -> list[dict]:
    """Each thing found, in plain words, with the entries that say it, the most said first.
    ``text`` and ``entry`` (the first) are kept for readers of the summary's first form."""
    return [{key: k, "text": k, "entry": v[0], "entries": v}
            for k, v in sorted(found.items(), key=lambda kv: -len(kv[1]))]


def _strengths(entries: list[dict]) -> list[dict]:
    """What the child was and did well ("kind", "good at maths"), not the titles of the
    notes that say so."""
    found: dict[str, list[str]] = {}
    for e in entries:
        for strength in e["strengths"]:
            found.setdefault(strength, []).append(e["id"])
    return _linked(found, "strength")


def _wishes(entries: list[dict]) -> list[dict]:
    """What the child wished for, in their words ("to stay at Grace's"), each once."""
    found: dict[str, list[str]] = {}
    spelling: dict[str, str] = {}
    for e in entries:
        wished = e["wish"] and themes.wish(e["text"])
        if wished:
            spelling.setdefault(wished.casefold(), wished)
            found.setdefault(spelling[wished.casefold()], []).append(e["id"])
    return _linked(found, "wish")


def _interests(entries: list[dict]) -> list[dict]:
    found: dict[str, list[str]] = {}
    for e in entries:
        for interest in e["interests"]:
            found.setdefault(interest, []).append(e["id"])
    return [{"interest": k, "entries": v} for k, v in sorted(found.items(),
                                                            key=lambda kv: -len(kv[1]))]
