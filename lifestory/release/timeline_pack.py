"""timeline.html and timeline.pdf: the story for the care leaver, from one set of templates.

``pack_context`` turns the story of ``timeline_story`` (already made from the redacted view
of the record) into what the templates show; ``render`` fills ``templates/timeline.html``
for a browser (CSS inlined, no script, nothing fetched) or for the PDF renderer, which gets
its own stylesheet and a page footer but the same content.

Example::

    context = pack_context(told, reference="SAR-2026-0142", subject="Jade Whitfield",
                           documents=[...], redactions=by_reason(rows), support=Support())
    write_timeline_html(context, pack / "timeline.html")
    write_timeline_pdf(context, pack / "timeline.pdf")
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from lifestory.release.support import Support

TEMPLATES = Path(__file__).with_name("templates")
FONTS = Path(__file__).parent.parent / "fonts"
REMOVED = re.compile(r"\[removed: ([^\]]{1,20})\]")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z'\"‘“\[])")
INTEREST_LINKS = 8  # an interest links to this many entries, then says how many more

# Categories and kinds of entry in plain words (DESIGN.md lists the categories).
CATEGORY = {
    "placement": "Where you lived", "education": "School and learning", "health": "Health",
    "family": "Family", "achievement": "Something you did", "voice": "Your words",
    "meeting": "Meetings and plans", "concern": "A worry", "memory": "A memory",
}
KIND = {
    "note": "", "continued": "Continued from the page before",
    "mentioned": "Mentioned in a later note", "voice": "What you said",
    "achievement": "Something you did well", "placement": "A move",
    "document": "From a document",
    "memory": "A memory",
}
ANNOTATION = {
    "context": "Some background", "why": "Why this happened", "remember": "Worth remembering",
    "question": "A question", "correction": "A correction", "own account": "Your own account",
}


# -- the context ------------------------------------------------------------------------------

def when(entry: dict) -> str:
    """An entry's date as precise as the record is: "14 March 2009", "March 2009", "2009"."""
    date = entry.get("date")
    if not date:
        return entry.get("period") or "Date not known"
    try:
        d = dt.date.fromisoformat(str(date)[:10])
    except ValueError:
        return str(date)
    precision = entry.get("date_precision") or "day"
    if precision == "year":
        return str(d.year)
    if precision == "month":
        return f"{d:%B} {d.year}"
    return _day(d)


def _day(d: dt.date) -> str:
    return f"{d.day} {d:%B} {d.year}"


def month_year(date: str | None) -> str:
    if not date:
        return ""
    d = dt.date.fromisoformat(date[:10])
    return f"{d:%B} {d.year}"


def sentence_with(text: str, test) -> str:
    """The first sentence of ``text`` that ``test`` accepts, else the whole text shortened."""
    sentences = SENTENCE.split(text)
    for s in sentences:
        if test(s):
            return _short(s)
    return _short(text)


def _short(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def pack_context(
    told: dict, *, reference: str, subject: str, documents: list[dict],
    redactions: list[dict], support: Support, released_on: dt.date | None = None,
) -> dict:
    """What the templates show. ``documents`` are ``{"name", "pages"}`` of ``documents/``;
    ``redactions`` the counts by exemption code (``schedule.by_reason``)."""
    from lifestory.timeline import themes

    entries = told["entries"]
    by_id = {e["id"]: e for e in entries}
    glossary = {g["term"]: g for g in told.get("glossary", [])}
    views = {e["id"]: _entry_view(e, glossary) for e in entries}

    chapters = []
    for i, c in enumerate(told.get("chapters", [])):
        inside = [views[i_] for i_ in c["entries"] if i_ in views]
        notes = Counter(n for e in inside for n in e["content_notes"])
        chapters.append({
            "number": c["number"], "title": c["title"], "anchor": f"chapter-{c['number']}",
            "span": _span(c.get("from"), c.get("to")),
            "content_notes": [n for n, _ in notes.most_common()],
            "noted_entries": sum(1 for e in inside if e["content_notes"]),
            "entries": inside,
            "next": f"chapter-{told['chapters'][i + 1]['number']}"
            if i + 1 < len(told["chapters"]) else "gaps",
        })

    summary = told.get("summary", {})
    achievements = [_link(e, sentence_with(e["text"], themes.is_strength))
                    for e in entries if e.get("category") == "achievement"]
    achieved = {a["anchor"] for a in achievements}
    strengths = []
    for s in summary.get("strengths", []):
        e = by_id.get(s["entry"])
        if e is not None and f"e-{e['id']}" not in achieved:
            strengths.append(_link(e, sentence_with(e["text"], themes.is_strength)))
    wishes = []
    for w in summary.get("wishes", []):
        e = by_id.get(w["entry"])
        if e is not None:
            wishes.append(_link(e, sentence_with(e["text"], themes.is_wish)))
    interests = []
    for i in summary.get("interests", []):
        linked = [_link(by_id[x]) for x in i["entries"] if x in by_id]
        interests.append({"interest": i["interest"], "links": linked[:INTEREST_LINKS],
                          "more": max(0, len(linked) - INTEREST_LINKS)})
    people = told.get("people", [])
    people_view = [
        {"name": p.get("name"), "described_as": p.get("described_as") or "",
         "span": _years(p.get("first_seen"), p.get("last_seen"))}
        for p in people
    ]
    undated = [_entry_view(m, glossary) for m in told.get("undated_memories", [])]
    return {
        "reference": reference,
        "subject": subject,
        "first_name": subject.split()[0] if subject else "you",
        "released_on": _day(released_on or dt.date.today()),
        "documents": documents,
        "document_pages": sum(d["pages"] for d in documents),
        "entry_count": len(entries),
        "chapters": chapters,
        "undated_memories": undated,
        "gaps": told.get("gaps", []),
        "achievements": achievements,
        "strengths": strengths,
        "interests": interests,
        "wishes": wishes,
        "family": [p for p, raw in zip(people_view, people, strict=True)
                   if not raw.get("professional")],
        "workers": [p for p, raw in zip(people_view, people, strict=True)
                    if raw.get("professional")],
        "glossary": sorted(glossary.values(), key=lambda g: g["term"].casefold()),
        "redactions": redactions,
        "redaction_total": sum(r["count"] for r in redactions),
        "support": support,
    }


def _entry_view(e: dict, glossary: dict[str, dict]) -> dict:
    source = e.get("source")
    return {
        "anchor": f"e-{e['id']}",
        "when": when(e),
        "title": e.get("title") or "",
        "text": e.get("text") or "",
        "category": CATEGORY.get(e.get("category", ""), ""),
        "kind": KIND.get(e.get("kind", ""), ""),
        "content_notes": list(e.get("content_notes") or []),
        "terms": [glossary[t] for t in e.get("glossary") or [] if t in glossary],
        "annotations": [
            {**a, "label": ANNOTATION.get(a.get("kind", ""), "A note"),
             "on": when({"date": (a.get("at") or "")[:10]}) if a.get("at") else ""}
            for a in e.get("annotations") or []
        ],
        "added_by": e.get("added_by"),
        "source": source,
        "also_in": list(e.get("also_in") or []),
    }


def _link(e: dict, text: str | None = None) -> dict:
    return {"anchor": f"e-{e['id']}", "when": when(e), "text": text or e.get("title") or ""}


def _span(start: str | None, end: str | None) -> str:
    if start and end:
        a, b = month_year(start), month_year(end)
        return a if a == b else f"{a} to {b}"
    if start:
        return f"From {month_year(start)}"
    return ""


def _years(first: str | None, last: str | None) -> str:
    a, b = (first or "")[:4], (last or "")[:4]
    if a and b and a != b:
        return f"in the records from {a} to {b}"
    return f"in the records in {a or b}" if (a or b) else ""


# -- rendering --------------------------------------------------------------------------------

def removed_marks(text: str) -> Markup:
    """Escaped text with each ``[removed: CODE]`` marked, so the reader sees it is a gap."""
    escaped = str(escape(text))
    return Markup(REMOVED.sub(r'<span class="removed">[removed: \1]</span>', escaped))


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=jinja2.select_autoescape(["html"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["removed_marks"] = removed_marks
    env.filters["first_upper"] = lambda text: text[:1].upper() + text[1:]
    return env


def render(context: dict, *, for_pdf: bool = False, template: str = "timeline.html") -> str:
    """The page as HTML: for a browser, or (``for_pdf``) for xhtml2pdf with its own CSS."""
    css = (TEMPLATES / ("pdf.css" if for_pdf else "timeline.css")).read_text(encoding="utf-8")
    if for_pdf:
        css = css.replace("FONTS/", FONTS.as_posix() + "/")
    return _environment().get_template(template).render(
        **context, css=Markup(css), for_pdf=for_pdf)


def write_timeline_html(context: dict, out: Path) -> None:
    out.write_text(render(context), encoding="utf-8")


def write_timeline_pdf(context: dict, out: Path, *, whole: Iterable[str] = ()) -> int:
    """Render the same template to PDF; returns its page count.

    Each phrase of ``whole`` is never broken across lines, so never across pages.
    """
    from lifestory.release.pdf import html_to_pdf

    title = f"Your story, from your records ({context['reference']})"
    return html_to_pdf(unbroken(render(context, for_pdf=True), whole), out, title=title)


def unbroken(html: str, phrases: Iterable[str]) -> str:
    """``html`` with the words of each phrase joined by non-breaking spaces.

    A kept name holding a redacted word ("Sajid Hussain", where another Hussain is
    redacted) must not end one page and start the next: there its second half reads as
    the redacted word alone, to the reader and to verify.
    """
    words = sorted({tuple(str(escape(w)) for w in p.split()) for p in phrases},
                   key=lambda w: len(" ".join(w)), reverse=True)
    words = [w for w in words if len(w) > 1]
    if not words:
        return html
    pattern = re.compile("|".join(r"\s+".join(map(re.escape, w)) for w in words),
                         re.IGNORECASE)
    return pattern.sub(lambda m: "\u00a0".join(m.group().split()), html)
