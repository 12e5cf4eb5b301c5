"""One timeline entry (or memory) as the pack will show it: date, title, category, the
record's words from the redacted view, the care words in it explained, its content notes,
annotations, and the memories from the same time."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from rich.text import Text
from textual.widgets import Static

from lifestory.release.timeline_pack import ANNOTATION, CATEGORY, KIND, when
from lifestory.timeline import glossary, themes
from lifestory.timeline.view import redacted_span
from lifestory.workspace import Workspace

try:  # the pack's own way of titling an entry from its redacted text
    from lifestory.timeline.titles import entry_title
except ImportError:  # before lifestory/timeline/titles.py
    from lifestory.timeline.entries import title_for

    def entry_title(text: str, kind: str, stored: str) -> str:
        heading, _, body = text.partition("\n")
        return title_for(heading, body)

REMOVED = re.compile(r"\[removed: [^\]]{1,20}\]")


@dataclass
class EntryView:
    """What the pack would show of one entry if released now (undecided suggestions taken
    as proposed), and what the tool found in it."""

    title: str  # the pack's: the officer's, else the one made from the redacted text
    made_title: str  # the one made from the redacted text
    text: str
    found_notes: list[str]  # content notes the tool finds
    notes: list[str]  # the ones the pack shows (the officer's if set)
    notes_set: bool  # the officer set (or cleared) them
    terms: list[glossary.Term] = field(default_factory=list)


def entry_view(ws: Workspace, row: dict) -> EntryView:
    doc, page = row["document_id"], row["page_number"]
    redactions = {page: ws.redactions_for_review(doc, page)}
    raw = redacted_span(ws, doc, page, row["start"], row["end"], redactions)
    made = entry_title(raw, row["kind"], row["title"])
    text = " ".join(raw.split())
    found = themes.content_notes(text)
    notes_set = row["content_notes"] is not None
    terms = {a.term.term: a.term for a in glossary.annotate(text)}
    return EntryView(
        title=row["edited_title"] or made, made_title=made, text=text, found_notes=found,
        notes=json.loads(row["content_notes"]) if notes_set else found, notes_set=notes_set,
        terms=sorted(terms.values(), key=lambda t: t.term.casefold()),
    )


def decision_words(row: dict) -> Text:
    if row["row_type"] == "memory":
        return Text("in the pack" if row["include"] else "left out of the pack",
                    style="bold")
    if row["decision"] == "include":
        return Text.assemble(("Included", "bold"), f" by {row['decided_by']}")
    if row["decision"] == "hide":
        return Text.assemble(("Hidden", "bold"), f" by {row['decided_by']}: ",
                             (row["decision_reason"] or "no reason given", "italic"))
    proposed = row["default_decision"] or "include"
    why = " (a copy of another entry)" if row["duplicate_of"] else ""
    return Text.assemble(("Undecided", "bold italic"), f": the tool proposes {proposed}{why}")


class EntryDetail(Static):
    COMPONENT_CLASSES = {"detail--heading", "detail--removed", "detail--muted",
                         "detail--title"}
    DEFAULT_CSS = """
    EntryDetail { padding: 0 1; }
    EntryDetail > .detail--heading { color: $text-primary; text-style: bold; }
    EntryDetail > .detail--title { text-style: bold; }
    EntryDetail > .detail--removed { color: $text-muted; text-style: italic; }
    EntryDetail > .detail--muted { color: $text-muted; }
    """

    def style_of(self, name: str):
        return self.get_component_rich_style(f"detail--{name}")

    def heading(self, text: Text, words: str) -> None:
        text.append(f"\n\n{words}\n", style=self.style_of("heading"))

    def record_words(self, words: str) -> Text:
        text = Text(words)
        for m in REMOVED.finditer(words):
            text.stylize(self.style_of("removed"), m.start(), m.end())
        return text

    def show_entry(self, row: dict, view: EntryView, document: str,
                   annotations: list[dict], memories: list[dict]) -> None:
        muted = self.style_of("muted")
        text = Text()
        text.append(when(row), style="bold")
        text.append(f"  ·  {row['date_precision'] or 'day'}\n", style=muted)
        text.append(view.title, style=self.style_of("title"))
        if row["edited_title"]:
            text.append("  (your title; made from the record: ", style=muted)
            text.append(view.made_title, style=muted)
            text.append(")", style=muted)
        text.append(f"\n{row['category']}", style="bold")
        text.append(f" ({CATEGORY.get(row['category'], '')})", style=muted)
        kind = KIND.get(row["kind"], "")
        text.append(f" · {kind or 'a note'} · {document}, page {row['page_number']}\n",
                    style=muted)
        text.append_text(decision_words(row))
        text.append("\nContent notes: ", style="bold")
        text.append(", ".join(view.notes) or "none")
        if view.notes_set:
            text.append("  (set in review", style=muted)
            text.append(f"; found: {', '.join(view.found_notes) or 'none'})", style=muted)
        elif view.notes:
            text.append("  (found by the tool)", style=muted)
        self.heading(text, "In the record (as the pack shows it)")
        text.append_text(self.record_words(view.text or "(nothing left once redacted)"))
        if view.terms:
            self.heading(text, "What the words mean")
            for term in view.terms:
                text.append(f"{term.term}: ", style="bold")
                text.append(term.plain)
                if term.kinder:
                    text.append(f" A kinder word: {term.kinder}.", style="italic")
                text.append("\n")
            text.rstrip()
        if annotations:
            self.heading(text, "Annotations")
            for a in annotations:
                text.append(ANNOTATION.get(a["kind"], a["kind"]), style="bold")
                who = f"{a['author']}{' (the care leaver)' if a['from_subject'] else ''}"
                text.append(f", by {who}, {a['at'][:10]}", style=muted)
                if not a["include"]:
                    text.append(" · not in the pack", style=muted)
                text.append(f"\n{a['text']}\n")
            text.rstrip()
        if memories:
            self.heading(text, "Memories from the same month")
            for m in memories:
                text.append(m["title"] or "A memory", style="bold")
                text.append(f", by {m['author']}: ", style=muted)
                text.append(f"{m['text']}\n")
            text.rstrip()
        self.update(text)

    def show_memory(self, row: dict) -> None:
        muted = self.style_of("muted")
        text = Text()
        text.append(when(row) if row["date"] else (row["period"] or "Date not known"),
                    style="bold")
        text.append("  ·  a memory\n", style=muted)
        text.append(row["title"], style=self.style_of("title"))
        text.append(f"\nAdded by {row['author']}", style=muted)
        if row["photo"]:
            text.append(f" · photo: {row['photo']}", style=muted)
        text.append("\n")
        text.append_text(decision_words(row))
        self.heading(text, "In their words")
        text.append(row["text"] or "")
        self.update(text)

    def show_nothing(self, words: str) -> None:
        self.update(Text(words, style=self.style_of("muted")))
