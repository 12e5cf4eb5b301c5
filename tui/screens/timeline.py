"""The timeline by chapter: every entry and memory, a chapter at a time, read from SQLite a
window at a time; the highlighted one shown as the pack will show it.

Chapters are made the pack's way (``lifestory.timeline.chapters``) in a worker, on its own
connection, from the entries the pack would show; the list of a chapter holds every entry
dated inside it, hidden ones and copies too, so each can be decided.
"""

from __future__ import annotations

import bisect
import datetime as dt
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Footer, Header
from textual.worker import Worker, WorkerState

from lifestory.timeline.chapters import chapters as make_chapters
from lifestory.workspace import ANNOTATION_KINDS, Workspace
from tui.actions import bindings
from tui.messages import DecisionMade, EntryChanged
from tui.screens.base import ReviewScreen
from tui.screens.category import CategoryPicker
from tui.screens.memory import MemoryForm
from tui.screens.note import NoteForm
from tui.screens.prompt import TextPrompt
from tui.widgets.entry_detail import EntryDetail, entry_view
from tui.widgets.lazy_table import LazyTable

OUTLINE = "timeline-outline"  # the worker that makes the chapters
STATE = {"include": "✓", "hide": "✗"}  # and "•" for undecided
TITLE_WIDTH = 26
OFFICER_KINDS = [k for k in ANNOTATION_KINDS if k not in ("question", "own account")]
ENTRY_ONLY = {"edit_title", "edit_category", "annotate", "content_note", "automatic_notes"}


def outline(path: Path) -> list[dict]:
    """The chapters, as the pack would make them now (in a worker: its own connection).

    The first chapter takes every entry before it (a hidden one can be older than the first
    shown) and an "undated memories" chapter ends the list when there are any."""
    ws = Workspace(path)
    try:
        entries = ws.timeline_outline()
        undated = ws.count("memories", "date IS NULL")
        undated_shown = ws.count("memories", "date IS NULL AND include = 1")
        anything = ws.count("timeline_entries") + ws.count("memories")
    finally:
        ws.close()
    found = chapter_outline(entries)
    if found:
        found[0]["from"] = None
    elif anything > undated:
        found = [{"number": 1, "title": "Every entry (all hidden)", "from": None, "to": None,
                  "size": 0}]
    if undated:
        found.append({"number": len(found) + 1, "title": "Memories without a date",
                      "from": None, "to": None, "size": undated_shown, "undated": True})
    return found


def chapter_outline(entries: list[dict]) -> list[dict]:
    """The pack's chapters over ``entries`` (oldest first), each with how many entries it
    holds. Only the entries that say where chapters start are given to ``chapters``: the
    first, every placement entry, the first of each year. Its chapters are the same, and a
    case of 20,000 entries is not read 20,000 times over."""
    deciding, years = [], set()
    for i, e in enumerate(entries):
        year = e["date"][:4]
        if i == 0 or e["category"] == "placement" or year not in years:
            deciding.append(e)
        years.add(year)
    dates = [e["date"] for e in entries]
    out = []
    for c in make_chapters(deciding):
        end = bisect.bisect_left(dates, c["to"]) if c["to"] else len(dates)
        out.append({"number": c["number"], "title": c["title"], "from": c["from"],
                    "to": c["to"], "starts": c["from"],
                    "size": end - bisect.bisect_left(dates, c["from"])})
    return out


def shown(row: dict) -> bool:
    """Whether a row would be in the pack (as chapters are made from)."""
    if row["row_type"] == "memory":
        return bool(row["include"])
    return (row["decision"] or row["default_decision"]) == "include"


def short_when(row: dict) -> str:
    if not row["date"]:
        return "undated"
    cut = {"year": 4, "month": 7}.get(row["date_precision"] or "day", 10)
    return row["date"][:cut]


def state_cell(row: dict) -> Text:
    if row["row_type"] == "memory":
        return Text("✓" if row["include"] else "✗", style="bold")
    if row["decision"]:
        return Text(STATE[row["decision"]], style="bold")
    return Text("•", style="italic")


def row_cells(row: dict) -> tuple:
    title = row["title"] or ""
    if len(title) > TITLE_WIDTH:
        title = title[: TITLE_WIDTH - 1] + "…"
    return (state_cell(row), short_when(row), title, row["category"] or "")


def span(chapter: dict) -> str:
    """The years a chapter covers: "2009", "2009–2012", "from 2015"."""
    if chapter.get("undated"):
        return ""
    start = (chapter.get("starts") or "")[:4]
    if not chapter["to"]:
        return f"from {start}" if start else ""
    end = str((dt.date.fromisoformat(chapter["to"]) - dt.timedelta(days=1)).year)
    return start if end == start else f"{start}–{end}"


class TimelineScreen(ReviewScreen):
    CSS_PATH = "timeline.tcss"
    BINDINGS = bindings("timeline")
    AUTO_FOCUS = "#entries"
    HELP = (
        "Every entry of the timeline, a chapter at a time (chapters by where the child "
        "lived, as in the pack). **✓** is included, **✗** hidden, **•** undecided. On the "
        "right, the highlighted entry as the pack will show it: the record's words with "
        "redactions (undecided suggestions taken as proposed), the care words in it "
        "explained, content notes, annotations and memories from the same time.\n\n"
        "**a** includes the entry, **h** hides it with a reason; **t** edits its title, "
        "**c** its category, **w** its content notes (**W** puts back the ones found); "
        "**o** adds an annotation, **m** a memory. **n** goes to the next undecided entry, "
        "**y** to a year, **[** and **]** to the chapter before or after; Tab moves between "
        "the chapters and the entries. Every change is saved at once with your name; **u** "
        "undoes the last decision or edit."
    )

    def __init__(self) -> None:
        super().__init__()
        self.chapters: list[dict] = []
        self.chapter_index: int | None = None
        self.row_types: dict[str, str] = {}  # row id → "entry" or "memory", as loaded
        self.shown: dict[str, bool] = {}  # row id → in the pack, as last seen here
        self.pending: tuple[str, str, str | None] | None = None  # go here once chapters come
        self.highlighted_row: dict | None = None
        self.view = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="timeline"):
            with Vertical(id="tl-left"):
                yield DataTable(id="chapters", cursor_type="row", zebra_stripes=True)
                yield LazyTable(self.load_rows, row_cells, id="entries")
            with VerticalScroll(id="tl-detail"):
                yield EntryDetail(id="entry-detail")
        yield Footer()

    def on_mount(self) -> None:
        chapters = self.query_one("#chapters", DataTable)
        chapters.add_column("#", key="number")
        chapters.add_column("Chapter", key="title", width=24)
        chapters.add_column("When", key="span")
        chapters.add_column("In pack", key="size")
        chapters.border_title = "Chapters"
        entries = self.query_one("#entries", LazyTable)
        for label, key, width in [("", "state", 1), ("Date", "date", 10),
                                  ("Title", "title", TITLE_WIDTH), ("Category", "category",
                                                                    None)]:
            entries.add_column(label, key=key, width=width)
        self.query_one(EntryDetail).show_nothing("Reading the chapters…")

    def reload(self) -> None:
        """Make the chapters again (in a worker, once the screen is painted): decisions
        elsewhere can move them."""
        self.call_after_refresh(self.run_worker, lambda: outline(self.ws.path), thread=True,
                                exclusive=True, group=OUTLINE, name=OUTLINE)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        super().on_worker_state_changed(event)
        if event.worker.name == OUTLINE and event.state == WorkerState.SUCCESS:
            self.chapters_ready(event.worker.result)

    # -- chapters -----------------------------------------------------------------------------

    def chapters_ready(self, chapters: list[dict]) -> None:
        table = self.query_one("#chapters", DataTable)
        same = [(c["title"], c["from"], c["to"]) for c in chapters] == [
            (c["title"], c["from"], c["to"]) for c in self.chapters]
        first = not self.chapters
        self.chapters = chapters
        if same and not first:
            for i, c in enumerate(chapters):
                table.update_cell(str(i), "size", c["size"])
        else:
            table.clear()
            for i, c in enumerate(chapters):
                table.add_row(c["number"], c["title"], span(c), c["size"], key=str(i))
        if self.pending:
            target, self.pending = self.pending, None
            self.go_to(*target)
        elif first:
            self.action_next_undecided(quiet=True)
        elif not same:
            row = self.highlighted_row
            self.chapter_index = None
            if row:
                self.go_to(row["row_type"], row["id"], row["date"])
            else:
                self.open_chapter(0)
        if not chapters:
            self.query_one(EntryDetail).show_nothing(
                "The timeline is empty: nothing in the records was dated. Press m to add "
                "a memory.")

    def chapter_of(self, date: str | None) -> int | None:
        for i, c in enumerate(self.chapters):
            if c.get("undated"):
                if date is None:
                    return i
                continue
            if date and (c["from"] is None or date >= c["from"]) and (
                    c["to"] is None or date < c["to"]):
                return i
        return None

    def open_chapter(self, index: int) -> None:
        if index == self.chapter_index or not 0 <= index < len(self.chapters):
            return
        self.chapter_index = index
        table = self.query_one("#chapters", DataTable)
        if table.cursor_row != index:
            table.move_cursor(row=index)
        self.query_one("#entries", LazyTable).reset()
        self.show_detail()

    @on(DataTable.RowHighlighted, "#chapters")
    def chapter_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        if event.cursor_row == event.data_table.cursor_row:  # not a stale event
            self.open_chapter(event.cursor_row)

    @on(DataTable.RowSelected, "#chapters")
    def chapter_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.query_one("#entries").focus()

    def action_move_chapter(self, step: int) -> None:
        if self.chapter_index is not None:
            self.open_chapter(self.chapter_index + step)

    # -- the entries of the chapter -----------------------------------------------------------

    def load_rows(self, offset: int, limit: int) -> list[dict]:
        if self.chapter_index is None:
            return []
        c = self.chapters[self.chapter_index]
        rows = self.ws.timeline_rows(c["from"], c["to"], undated=bool(c.get("undated")),
                                     limit=limit, offset=offset)
        self.row_types.update((r["id"], r["row_type"]) for r in rows)
        self.shown.update((r["id"], shown(r)) for r in rows)
        return rows

    def go_to(self, row_type: str, row_id: str, date: str | None) -> bool:
        """Open the chapter a row is in and put the cursor on it."""
        if not self.chapters:
            self.pending = (row_type, row_id, date)
            return False
        index = self.chapter_of(date)
        if index is None:
            return False
        self.open_chapter(index)
        c = self.chapters[index]
        position = self.ws.timeline_position(c["from"], c["to"], before=(date, row_type, row_id),
                                             undated=bool(c.get("undated")))
        table = self.query_one("#entries", LazyTable)
        if table.ensure(position):
            table.move_cursor(row=position)
        return True

    @property
    def highlighted(self) -> tuple[str, str] | None:
        table = self.query_one("#entries", LazyTable)
        if not table.row_count:
            return None
        row_id = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.row_types.get(row_id, "entry"), row_id

    @on(DataTable.RowHighlighted, "#entries")
    def entry_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.show_detail()

    def show_detail(self) -> None:
        detail = self.query_one(EntryDetail)
        which = self.highlighted
        row = self.ws.timeline_row(*which) if which else None
        was = self.highlighted_row["row_type"] if self.highlighted_row else None
        self.highlighted_row, self.view = row, None
        if row is None:
            detail.show_nothing("Nothing in this chapter.")
        elif row["row_type"] == "memory":
            detail.show_memory(row)
        else:
            self.view = entry_view(self.ws, row)
            document = (self.ws.document(row["document_id"]) or {"name": "?"})["name"]
            memories = []
            if row["date"]:
                month = row["date"][:7]
                memories = self.ws.memories_between(f"{month}-01", f"{month}-99")
            detail.show_entry(row, self.view, document, self.ws.annotations_on(row["id"]),
                              memories)
        self.query_one("#tl-detail").scroll_home(animate=False)
        if (row["row_type"] if row else None) != was:
            self.refresh_bindings()  # a memory greys the keys that edit a record's entry

    def refresh_row(self, row_id: str) -> None:
        table = self.query_one("#entries", LazyTable)
        row = self.ws.timeline_row(self.row_types.get(row_id, "entry"), row_id)
        if row and row_id in table.rows:
            for key, value in zip(("state", "date", "title", "category"), row_cells(row),
                                  strict=True):
                table.update_cell(row_id, key, value)
        if self.highlighted and self.highlighted[1] == row_id:
            self.show_detail()

    def on_decision_made(self, message: DecisionMade) -> None:
        if message.kind != "timeline_entry":
            return
        before = self.shown.get(message.item_id)
        self.refresh_row(message.item_id)
        row = self.ws.timeline_row("entry", message.item_id)
        if row:
            self.shown[row["id"]] = shown(row)
            if self.shown[row["id"]] != before:
                self.reload()  # an entry came into the pack or left it: chapters can move

    def on_entry_changed(self, message: EntryChanged) -> None:
        self.refresh_row(message.item_id)

    # -- actions (bound from the registry) ------------------------------------------------------

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in ENTRY_ONLY and self.highlighted_row is not None \
                and self.highlighted_row["row_type"] == "memory":
            return None  # shown, greyed: a memory has no title made from a record
        return True

    def current(self, what: str) -> dict | None:
        row = self.highlighted_row
        if row is None:
            self.notify(f"There is no entry here to {what}.", severity="warning")
        return row

    def action_decide(self, decision: str) -> None:
        row = self.current("decide")
        if row is None:
            return
        if row["row_type"] == "memory":
            self.include_memory(row, decision == "include")
        else:
            self.app.decide("timeline_entry", row["id"], decision)

    def include_memory(self, row: dict, include: bool, why: str = "") -> None:
        officer = self.app.require_officer()
        if officer:
            self.ws.include_memory(row["id"], include, officer, why)
            self.refresh_row(row["id"])
            self.reload()

    def action_hide(self) -> None:
        row = self.current("hide")
        if row is None:
            return

        def hide(reason: str | None) -> None:
            if reason is None:
                return
            if row["row_type"] == "memory":
                self.include_memory(row, False, reason)
            else:
                self.app.decide("timeline_entry", row["id"], "hide", reason)

        self.app.push_screen(TextPrompt(
            f"Why hide “{row['title']}” from the pack?",
            explanation="The reason is kept with the decision and in the audit log; the "
                        "entry stays here and can be included again.",
            placeholder="for example: not about the care leaver; a copy of another entry",
            required="A reason is needed to hide an entry."), hide)

    def action_edit_title(self) -> None:
        row = self.current("edit")
        if row is None or self.view is None:
            return

        def save(title: str | None) -> None:
            if title is not None:
                self.app.edit_entry(row["id"], title=title)

        self.app.push_screen(TextPrompt(
            "Title of this entry in the pack",
            value=self.view.title,
            explanation=f"Made from the record: “{self.view.made_title}”. Leave empty to "
                        "use that again."), save)

    def action_edit_category(self) -> None:
        row = self.current("edit")
        if row is None:
            return

        def save(category: str | None) -> None:
            if category and category != row["category"]:
                self.app.edit_entry(row["id"], category=category)

        self.app.push_screen(CategoryPicker(row["category"]), save)

    def action_content_note(self) -> None:
        row = self.current("edit")
        if row is None or self.view is None:
            return

        def save(answer: str | None) -> None:
            if answer is not None:
                notes = [n.strip() for n in answer.split(",") if n.strip()]
                self.app.edit_entry(row["id"], content_notes=notes)

        self.app.push_screen(TextPrompt(
            "Content notes: what to warn of before this entry",
            value=", ".join(self.view.notes),
            explanation="Difficult matters, separated by commas (for example: a hospital "
                        "stay, police). Leave empty for none. Found by the tool: "
                        f"{', '.join(self.view.found_notes) or 'none'}."), save)

    def action_automatic_notes(self) -> None:
        row = self.current("edit")
        if row is not None:
            self.app.edit_entry(row["id"], content_notes=None)

    def action_annotate(self) -> None:
        row = self.current("annotate")
        if row is None or not self.app.require_officer():
            return

        def save(note: dict | None) -> None:
            if note:
                self.ws.annotate(row["id"], note["author"], note["kind"], note["text"],
                                 include=note["include"], recorded_by=self.app.officer)
                self.post_message(EntryChanged(row["id"]))

        self.app.push_screen(NoteForm(
            f"An annotation on “{row['title']}”", kinds=OFFICER_KINDS,
            author=self.app.officer, include=True,
            explanation="Kept apart from the record's own words, signed."), save)

    def action_add_memory(self) -> None:
        officer = self.app.require_officer()
        if not officer:
            return

        def save(memory: dict | None) -> None:
            if not memory:
                return
            author = memory.pop("author")
            memory_id = self.ws.add_memory(author, recorded_by=officer, **memory)
            self.notify(f"Memory saved, from {author}.")
            self.pending = ("memory", memory_id, memory["date"])
            self.chapters = []  # made again, with the memory; then go to it
            self.chapter_index = None
            self.reload()

        self.app.push_screen(MemoryForm(officer), save)

    def action_next_undecided(self, quiet: bool = False) -> None:
        row = self.highlighted_row
        after = (row["date"], row["id"]) if row and row["row_type"] == "entry" else None
        found = self.ws.next_undecided_entry(after)
        if found:
            self.go_to("entry", found["id"], found["date"])
            return
        if not quiet:
            self.notify("Every timeline entry is decided.")
        if self.chapter_index is None:
            self.open_chapter(0)

    def action_jump_year(self) -> None:
        years = self.ws.timeline_years()

        def check(answer: str) -> str:
            return "" if answer in years else f"Nothing is dated {answer}."

        self.app.push_screen(TextPrompt(
            "Jump to year", placeholder="YYYY",
            explanation=f"Years in the timeline: {', '.join(years) or 'none'}.",
            check=check), lambda year: year and self.jump_to_year(year))

    def jump_to_year(self, year: str) -> None:
        rows = self.ws.timeline_rows(f"{year}-01-01", limit=1)
        if not rows:
            self.notify(f"Nothing from {year} on.", severity="warning")
            return
        self.go_to(rows[0]["row_type"], rows[0]["id"], rows[0]["date"])
        self.query_one("#entries").focus()
