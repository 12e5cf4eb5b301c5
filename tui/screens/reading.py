"""Reading mode, for a supported reading session with the care leaver.

It reads the last released pack's ``timeline.json`` (so only what was released and verified
is ever on screen) and shows it a chapter at a time, one entry at a time, in a calm column.
A chapter about difficult matters opens with a content note and the choice to read it or
skip it; **p** pauses to a screen with nothing of the record on it. The care leaver's
questions and their own account of an entry are saved at once as annotations signed with
their name and marked as theirs, and go in a later pack only if they want them to.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import ContentSwitcher, Footer, Input, Static
from textual.worker import Worker, WorkerState

from lifestory.release.timeline_pack import ANNOTATION, month_year, when
from lifestory.workspace import Workspace
from tui.actions import bindings
from tui.screens.base import ReviewScreen
from tui.screens.note import NoteForm
from tui.screens.pause import PauseScreen
from tui.widgets.entry_detail import REMOVED

LOAD = "reading-pack"  # the worker that reads the pack
CARE_LEAVER = "care leaver"  # the signature when no name is given
# Which actions each state offers (the footer shows only these).
OFFERED = {
    "proceed": {"welcome", "gate"},
    "move": {"entry", "end"},
    "move_chapter": {"gate", "entry", "end"},
    "skip": {"gate", "entry"},
    "pause": {"welcome", "gate", "entry", "end"},
    "write": {"entry"},
    "scroll": {"entry"},
}


def load_pack(workspace: Path) -> dict:
    """The last released pack's story (in a worker: its own connection, a big file)."""
    ws = Workspace(workspace)
    try:
        releases = ws.rows_page("releases", order_by="number DESC", limit=1)
    finally:
        ws.close()
    if not releases:
        return {"problem": "No pack has been released yet. Reading mode reads the released "
                           "pack, so that only what was checked and released is on screen: "
                           "release one first (5)."}
    release = releases[0]
    story = Path(release["path"]) / "timeline.json"
    if not story.is_file():
        return {"problem": f"{story}: the released pack's timeline is not there any more."}
    return {"release": release, "story": json.loads(story.read_text(encoding="utf-8"))}


def span(start: str | None, end: str | None) -> str:
    if start and end:
        a, b = month_year(start), month_year(end)
        return a if a == b else f"{a} to {b}"
    return f"From {month_year(start)}" if start else ""


def parts_of(told: dict) -> list[dict]:
    """The chapters to read, in order, each with its entries and its content notes; the
    memories without a date last."""
    by_id = {e["id"]: e for e in told.get("entries", [])}
    parts = []
    for c in told.get("chapters", []):
        entries = [by_id[i] for i in c["entries"] if i in by_id]
        notes = Counter(n for e in entries for n in e.get("content_notes") or [])
        parts.append({"title": f"Chapter {c['number']}: {c['title']}",
                      "span": span(c.get("from"), c.get("to")), "entries": entries,
                      "notes": [n for n, _ in notes.most_common()]})
    if told.get("undated_memories"):
        parts.append({"title": "Memories without a date", "span": "",
                      "entries": told["undated_memories"], "notes": []})
    return [p for p in parts if p["entries"]]


class ReadingScreen(ReviewScreen):
    CSS_PATH = "reading.tcss"
    BINDINGS = bindings("reading")
    AUTO_FOCUS = None
    HELP = (
        "For reading the released pack with the care leaver, at their pace. One entry at a "
        "time: **→** the next, **←** the one before, **PgDn**/**PgUp** the next or previous "
        "chapter. A chapter about difficult matters opens with a note saying what is in it: "
        "**Enter** reads it, **s** skips it. **p** pauses: a quiet screen with nothing from "
        "the records on it, and one key to come back.\n\n"
        "**?** writes down a question about the entry, **o** the care leaver's own account "
        "of it. Each is saved at once, signed with the name given at the start and marked "
        "as theirs, and goes in a later pack only if they tick the box."
    )

    def __init__(self) -> None:
        super().__init__()
        self.state = "loading"
        self.parts: list[dict] = []
        self.release: dict | None = None
        self.part = 0
        self.index = 0
        self.read_anyway: set[int] = set()  # chapters the reader chose to read after a note
        self.written: dict[str, list[dict]] = {}  # entry id → notes written this session
        self.reader = ""
        self.terms: dict[str, dict] = {}  # the pack's glossary, by term
        self.loading = False  # a worker is reading the pack

    def compose(self) -> ComposeResult:
        with ContentSwitcher(initial="reading-loading", id="reading"):
            yield Static("Getting the story ready…", id="reading-loading", classes="page")
            with Vertical(id="reading-welcome", classes="page"):
                yield Static(id="welcome-text")
                yield Input(placeholder="their name, or leave empty", id="reader-name",
                            disabled=True)
                yield Static("Press Enter to begin.", classes="quiet")
            yield Static(id="reading-gate", classes="page")
            with VerticalScroll(id="reading-entry", classes="page", can_focus=False):
                yield Static(id="entry-text")
            yield Static(id="reading-end", classes="page")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    def load(self) -> None:
        self.loading = True
        self.run_worker(lambda: load_pack(self.ws.path), thread=True, exclusive=True,
                        group=LOAD, name=LOAD)

    def reload(self) -> None:
        """A pack released since this screen read one is read instead, unless a reading is
        under way (a session is never pulled from under the reader)."""
        if self.loading or self.state not in ("loading", "welcome", "end"):
            return
        last = self.ws.rows_page("releases", order_by="number DESC", limit=1)
        if last and (self.release is None or last[0]["number"] != self.release["number"]):
            self.load()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        super().on_worker_state_changed(event)
        if event.worker.name != LOAD or not event.worker.is_finished:
            return
        self.loading = False
        if event.state != WorkerState.SUCCESS:
            return
        result = event.worker.result
        if "problem" in result:
            self.query_one("#reading-loading", Static).update(result["problem"])
            return
        self.release = result["release"]
        self.parts = parts_of(result["story"])
        self.terms = {g["term"]: g for g in result["story"].get("glossary", [])}
        self.welcome()

    # -- states -------------------------------------------------------------------------------

    def show(self, state: str) -> None:
        self.state = state
        self.query_one(ContentSwitcher).current = f"reading-{state}"
        name = self.query_one("#reader-name", Input)
        name.disabled = state != "welcome"  # nothing to type into, so keys reach the screen
        if state != "welcome":
            self.set_focus(None)
        self.refresh_bindings()

    def welcome(self) -> None:
        subject = self.ws.case.subject_name
        first = subject.split()[0] if subject else "you"
        released = (self.release or {}).get("at", "")[:10]
        chapters = sum(1 for p in self.parts if p["title"].startswith("Chapter"))
        text = Text()
        text.append("Reading together\n\n", style="bold")
        text.append(f"This is {first}'s story from their records, as released on "
                    f"{when({'date': released}) if released else 'the last release'}: "
                    f"{chapters} chapter{'s' * (chapters != 1)}, one entry at a time.\n\n")
        text.append("Go at your own pace: stop, skip a part or take a break (p) at any "
                    "time. A part about difficult things starts with a short note, and you "
                    "can choose to read it or skip it.\n\n")
        text.append("Questions, and your own account of anything, can be written down as you "
                    "go (? and o): kept with your records, and in a later pack only if you "
                    "want.\n\n")
        text.append("Sign your notes as:", style="bold")
        self.query_one("#welcome-text", Static).update(text)
        self.query_one("#reader-name", Input).value = subject or ""
        self.show("welcome")
        self.query_one("#reader-name", Input).focus()

    def open_part(self, part: int) -> None:
        """The start of a chapter: its content note first, if it has one."""
        if part >= len(self.parts):
            self.the_end()
            return
        self.part, self.index = max(0, part), 0
        current = self.parts[self.part]
        if current["notes"] and self.part not in self.read_anyway:
            self.gate()
        else:
            self.show_entry()

    def gate(self) -> None:
        current = self.parts[self.part]
        text = Text()
        text.append("Before you read on\n\n", style="bold")
        text.append(current["title"], style="bold")
        if current["span"]:
            text.append(f"\n{current['span']}", style="italic")
        text.append("\n\nThis part talks about ")
        notes = current["notes"]
        text.append(notes[0] if len(notes) == 1
                    else f"{', '.join(notes[:-1])} and {notes[-1]}", style="bold")
        text.append(".\n\nYou can read it now, skip it and go on to the next part, or take a "
                    "break. You can come back to it another time.\n\n")
        text.append("Enter  read it      s  skip it      p  take a break", style="bold")
        self.query_one("#reading-gate", Static).update(text)
        self.show("gate")

    @property
    def entry(self) -> dict | None:
        if self.state != "entry":
            return None
        return self.parts[self.part]["entries"][self.index]

    def show_entry(self) -> None:
        current = self.parts[self.part]
        e = current["entries"][self.index]
        text = Text()
        text.append(current["title"], style="italic")
        if current["span"]:
            text.append(f"  ·  {current['span']}", style="italic")
        text.append("\n\n")
        text.append(when(e), style="bold")
        text.append("\n")
        text.append_text(self.record_words(e.get("title") or "", "bold"))
        if e.get("added_by"):
            text.append(f"\nA memory, added by {e['added_by']}", style="italic")
        text.append("\n\n")
        text.append_text(self.record_words(e.get("text") or ""))
        terms = [t for t in e.get("glossary") or [] if t in self.terms]
        if terms:
            text.append("\n\nWhat some words mean\n", style="bold")
            for term in terms:
                t = self.terms[term]
                text.append(f"{t['term']}: ", style="bold")
                text.append(t["plain"])
                if t.get("kinder"):
                    text.append(f" A kinder way to say it: {t['kinder']}.", style="italic")
                text.append("\n")
            text.rstrip()
        notes = [(a["kind"], a["by"], a["text"], True) for a in e.get("annotations") or []]
        notes += [(n["kind"], n["author"], n["text"], n["include"])
                  for n in self.written.get(e["id"], [])]
        if notes:
            text.append("\n\nAdded to this entry\n", style="bold")
            for kind, by, words, included in notes:
                text.append(f"{ANNOTATION.get(kind, 'A note')}, by {by}", style="italic")
                if not included:
                    text.append(" (kept, not in the pack)", style="italic")
                text.append(f"\n{words}\n")
            text.rstrip()
        count = len(current["entries"])
        text.append(f"\n\n{self.index + 1} of {count} in this part", style="italic")
        self.query_one("#entry-text", Static).update(text)
        self.show("entry")
        self.query_one("#reading-entry").scroll_home(animate=False)

    def the_end(self) -> None:
        self.part = len(self.parts)
        text = Text()
        text.append("That is the end of the story\n\n", style="bold")
        text.append("Thank you for reading it. There may be things you want to ask about, "
                    "talk over, or add in your own words; that can be done now or another "
                    "day.\n\n")
        written = sum(len(v) for v in self.written.values())
        if written:
            text.append(f"{written} note{'s' * (written != 1)} written today, kept with "
                        "your records.\n\n")
        text.append("← goes back to the last entry.", style="italic")
        self.query_one("#reading-end", Static).update(text)
        self.show("end")

    def record_words(self, words: str, style: str = "") -> Text:
        """The record's words, with each covered part marked quietly."""
        text = Text(words, style=style)
        for m in REMOVED.finditer(words):
            text.stylize("italic dim", m.start(), m.end())
        return text

    # -- actions (bound from the registry) ------------------------------------------------------

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        offered = OFFERED.get(action)
        if offered is None:
            return True
        if self.state not in offered:
            return False
        if action == "write" and self.entry is not None and self.entry.get("added_by"):
            return None  # a memory: shown, greyed
        return True

    @on(Input.Submitted, "#reader-name")
    def named(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_proceed()

    def action_proceed(self) -> None:
        if self.state == "welcome":
            self.reader = self.query_one("#reader-name", Input).value.strip() or CARE_LEAVER
            self.open_part(0)
        elif self.state == "gate":
            self.read_anyway.add(self.part)
            self.show_entry()

    def action_move(self, step: int) -> None:
        if self.state == "end":
            if step < 0 and self.parts:
                self.part = len(self.parts) - 1
                self.index = len(self.parts[self.part]["entries"]) - 1
                self.show_entry()
            return
        target = self.index + step
        if target >= len(self.parts[self.part]["entries"]):
            self.open_part(self.part + 1)
        elif target < 0:
            if self.part > 0:
                self.part -= 1
                self.index = len(self.parts[self.part]["entries"]) - 1
                self.show_entry()
        else:
            self.index = target
            self.show_entry()

    def action_move_chapter(self, step: int) -> None:
        self.open_part(max(0, self.part + step))

    def action_skip(self) -> None:
        self.open_part(self.part + 1)

    def action_pause(self) -> None:
        self.app.push_screen(PauseScreen())

    def action_scroll(self, step: int) -> None:
        scroll = self.query_one("#reading-entry")
        scroll.scroll_to(y=scroll.scroll_y + 3 * step, animate=False)

    def action_write(self, kind: str) -> None:
        e = self.entry
        if e is None or e.get("added_by"):
            return
        heading = ("A question about" if kind == "question" else "Your own account of")
        explanation = ("Write it as it comes; it is kept with your records, signed by you."
                       if kind == "question" else
                       "What happened, as you remember it: kept beside the record's words, "
                       "never in place of them, and signed by you.")

        def save(note: dict | None) -> None:
            if not note:
                return
            self.ws.annotate(e["id"], note["author"], note["kind"], note["text"],
                             include=note["include"], from_subject=True,
                             recorded_by=self.app.officer or note["author"])
            self.written.setdefault(e["id"], []).append(note)
            self.notify("Saved. It is kept with your records.", timeout=3)
            self.show_entry()

        self.app.push_screen(NoteForm(
            f"{heading} “{e.get('title') or when(e)}”", kinds=[kind],
            author=self.reader or CARE_LEAVER, include=kind == "own account",
            explanation=explanation, include_label="Put this in my pack next time",
            author_label="Signed"), save)
