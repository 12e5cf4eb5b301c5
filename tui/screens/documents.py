"""The documents: a list on the left, one page at a time on the right, with every suggestion
highlighted by state. Only the page shown (and its suggestions) is read from SQLite."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Footer, Header, Static
from textual.worker import Worker, WorkerState

from lifestory.workspace import Workspace
from tui.actions import bindings
from tui.messages import DecisionMade, EntryChanged
from tui.screens.base import ReviewScreen
from tui.screens.confirm import Confirm
from tui.screens.exemption import ExemptionForm
from tui.widgets.page_reader import PageReader, state_of

OCCURRENCES = "occurrences"  # the worker that finds every other place a text is written


def other_places(path: Path, text: str, here: tuple) -> list[tuple[str, int, int, int]]:
    """Every other place ``text`` is written in the case (a worker: its own connection)."""
    ws = Workspace(path)
    try:
        return [o for o in ws.occurrences(text) if o != here]
    finally:
        ws.close()

STATE_WORDS = {"suggested-redact": "suggested: redact", "suggested-keep": "suggested: keep",
               "redacted": "redacted", "kept": "kept"}


class DocumentsScreen(ReviewScreen):
    CSS_PATH = "documents.tcss"
    BINDINGS = bindings("documents")
    AUTO_FOCUS = "#reader"
    HELP = (
        "Read each page with its suggestions highlighted: **bold on amber** is suggested for "
        "redaction, *underlined* suggested to keep, struck through on red is redacted and green "
        "is kept. The current suggestion is shown reversed.\n\n"
        "**n** jumps to the next undecided suggestion in any document; **r** redacts it, **k** "
        "keeps it; **?** shows the rule that made it and why; **e** changes its exemption "
        "code and reason. **R**/**D** decide the person it names in every mention; **S** "
        "splits this mention off that person (it is someone else).\n\n"
        "**x** selects words the tool missed: **←**/**→** move a word, **↑**/**↓** a line, "
        "**Shift+←**/**Shift+→** select more, **Enter** redacts them (with a code and "
        "reason), then you choose whether every other place they are written in the case is "
        "redacted too; **Escape** stops. **p** previews the page as it would be released "
        "now. Every decision is saved at once; **u** undoes the last."
    )

    def __init__(self) -> None:
        super().__init__()
        self.doc: dict | None = None
        self.page_number = 1
        self.suggestions: list[dict] = []
        self.index: int | None = None
        self.show_why = False
        self.redacting: tuple[str, dict] | None = None  # the text just redacted, its code

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            yield DataTable(id="doc-list", cursor_type="row", zebra_stripes=True)
            with Vertical(id="reader-pane"):
                yield Static(id="page-title")
                with VerticalScroll(id="page-scroll"):
                    yield PageReader(id="reader")
                yield Static(id="current")
                yield Static(id="why")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#doc-list", DataTable)
        table.add_column("Document", key="name", width=20)
        table.add_column("Left", key="left")
        table.add_column("Pages", key="pages")
        left = self.ws.group_counts("suggestions", "document_id", "decision IS NULL")
        self.docs = {d["id"]: d for d in self.ws.documents()}
        for doc in self.docs.values():
            table.add_row(_short(doc["name"], 20), left.get(doc["id"], 0), doc["page_count"] or 0,
                          key=doc["id"])
        first = self.ws.next_undecided_suggestion()
        if first:
            self.open_page(first["document_id"], first["page_number"], first["id"])
        elif self.docs:
            self.open_page(next(iter(self.docs)), 1)
        else:
            self.query_one("#page-title", Static).update("No documents in this workspace.")

    def reload(self, only_this_document: bool = False) -> None:
        if self.doc:
            current = self.current["id"] if self.current else None
            self.open_page(self.doc["id"], self.page_number, current)
            self.update_left(self.doc["id"] if only_this_document else None)

    # -- showing a page -----------------------------------------------------------------------

    @property
    def current(self) -> dict | None:
        return self.suggestions[self.index] if self.index is not None else None

    def open_page(self, document_id: str, page_number: int,
                  suggestion_id: str | None = None) -> None:
        self.doc = self.docs[document_id]
        self.page_number = page_number
        page = self.ws.page(document_id, page_number)
        self.suggestions = self.ws.suggestions_on(document_id, page_number)
        ids = [s["id"] for s in self.suggestions]
        if suggestion_id in ids:
            self.index = ids.index(suggestion_id)
        else:
            self.index = 0 if self.suggestions else None
        self.query_one(PageReader).show(page["text"], self.suggestions, self.index)
        self.show_title()
        self.show_current()
        table = self.query_one("#doc-list", DataTable)
        row = table.get_row_index(document_id)
        if table.cursor_row != row:
            table.move_cursor(row=row)

    def show_title(self) -> None:
        title = Text.assemble(
            (self.doc["name"], "bold"),
            f" · page {self.page_number} of {self.doc['page_count'] or '?'}",
            f" · {len(self.suggestions)} suggestion{'s' * (len(self.suggestions) != 1)}",
        )
        if self.query_one(PageReader).preview:
            title.append(" · PREVIEW: as released now", style="bold")
        self.query_one("#page-title", Static).update(title)

    def show_current(self) -> None:
        s = self.current
        reader = self.query_one(PageReader)
        reader.show(reader.text, self.suggestions, self.index)
        if s is None:
            self.query_one("#current", Static).update("No suggestions on this page.")
            self.query_one("#why", Static).display = False
            return
        line = Text.assemble(
            (f"{self.index + 1}/{len(self.suggestions)} ", "bold"),
            (f"“{s['text']}”", "bold"), f"  {s['entity_type']}",
            f"  · {STATE_WORDS[state_of(s)]}",
        )
        if s["decision"]:
            line.append(f" by {s['decided_by']}")
        if s["flagged"]:
            line.append("  · flagged for a decision", style="bold")
        self.query_one("#current", Static).update(line)
        why = self.query_one("#why", Static)
        why.display = self.show_why
        if self.show_why:
            why.update(Text.assemble(
                ("Rule: ", "bold"), s["rule"] or "(none recorded)",
                ("\nProposed: ", "bold"), s["default_decision"] or "",
                (" · exemption ", "bold"), s["exemption_code"] or "none",
                (" · confidence ", "bold"), f"{s['confidence'] or 0:.2f}",
                ("\nWhy: ", "bold"), s["reason"] or "",
            ))

    def update_left(self, document_id: str | None = None) -> None:
        """Recount what is left: in one document (by its index) or in all."""
        table = self.query_one("#doc-list", DataTable)
        if document_id:
            left = {document_id: self.ws.count(
                "suggestions", "document_id = ? AND decision IS NULL", [document_id])}
        else:
            left = self.ws.group_counts("suggestions", "document_id", "decision IS NULL")
        for doc_id in [document_id] if document_id else self.docs:
            table.update_cell(doc_id, "left", left.get(doc_id, 0))

    @on(DataTable.RowSelected, "#doc-list")
    def document_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.open_page(event.row_key.value, 1)
        self.query_one(PageReader).focus()

    # -- actions (bound from the registry) ------------------------------------------------------

    def action_next_undecided(self) -> None:
        s = self.current
        after = ((s["document_id"], s["page_number"], s["start"], s["id"]) if s
                 else (self.doc["id"], self.page_number, -1, "") if self.doc else None)
        found = self.ws.next_undecided_suggestion(after)
        if not found:
            self.notify("Every suggestion is decided.")
            return
        self.open_page(found["document_id"], found["page_number"], found["id"])
        self.scroll_to_current()

    def scroll_to_current(self) -> None:
        s = self.current
        if s is None:
            return
        line = self.query_one(PageReader).text.count("\n", 0, s["start"])
        self.query_one("#page-scroll").scroll_to(y=max(0, line - 3), animate=False)

    def action_decide(self, decision: str) -> None:
        s = self.current
        if s is None:
            self.notify("There is no suggestion here to decide.", severity="warning")
            return
        self.app.decide("suggestion", s["id"], decision)

    def action_decide_person(self, decision: str) -> None:
        s = self.current
        if s is None or not s["person_id"]:
            self.notify("This suggestion names nobody in the people register.",
                        severity="warning")
            return
        self.app.decide("person", s["person_id"], decision)

    def action_why(self) -> None:
        self.show_why = not self.show_why
        self.show_current()

    def action_move_suggestion(self, step: int) -> None:
        if self.suggestions:
            self.index = ((self.index or 0) + step) % len(self.suggestions)
            self.show_current()
            self.scroll_to_current()

    def action_move_page(self, step: int) -> None:
        if not self.doc:
            return
        target = self.page_number + step
        if 1 <= target <= (self.doc["page_count"] or 1):
            self.open_page(self.doc["id"], target)
            self.query_one("#page-scroll").scroll_home(animate=False)

    def action_preview(self) -> None:
        reader = self.query_one(PageReader)
        reader.preview = not reader.preview
        reader.selecting = False
        reader.refresh(layout=True)
        self.show_title()

    def action_exemption(self) -> None:
        s = self.current
        if s is None:
            self.notify("There is no suggestion here.", severity="warning")
            return

        def save(choice: dict | None) -> None:
            officer = self.app.require_officer()
            if choice and officer:
                previous = self.ws.set_exemption(s["id"], officer, choice["code"],
                                                 choice["reason"])
                if previous["changed"]:
                    self.app.undo_stack.append(previous)
                self.reload()

        self.app.push_screen(ExemptionForm(f"Exemption for “{_short(s['text'], 40)}”",
                                           code=s["exemption_code"], reason=s["reason"]), save)

    def action_split_person(self) -> None:
        s = self.current
        if s is None or not s["person_id"]:
            self.notify("This suggestion names nobody in the people register.",
                        severity="warning")
            return
        person = self.ws.rows_page("people", "id = ?", [s["person_id"]], limit=1)
        name = person[0]["name"] if person else "?"

        def split(yes: bool) -> None:
            officer = self.app.require_officer()
            if yes and officer:
                self.ws.split_mention(s["id"], officer)
                self.notify(f"“{s['text']}” is now a person of their own, undecided "
                            "(see People).")
                self.reload()

        self.app.push_screen(Confirm(
            f"Is “{s['text']}” here someone other than {name}?",
            "This mention becomes a person of its own, with an unclear role, undecided; "
            f"{name}'s other mentions stay theirs.", yes="Split it off",
            no="Leave it"), split)

    def action_select(self) -> None:
        reader = self.query_one(PageReader)
        s = self.current
        if reader.start_selecting(s["start"] if s else None):
            self.show_title()
            reader.focus()
            self.notify("← → a word, ↑ ↓ a line, Shift+← → select more; Enter redacts, "
                        "Escape stops.", timeout=6)

    @on(PageReader.Selected)
    def selected(self, event: PageReader.Selected) -> None:
        event.stop()
        here = (self.doc["id"], self.page_number, event.start, event.end)

        def save(choice: dict | None) -> None:
            officer = self.app.require_officer()
            if not choice or not officer:
                return
            self.ws.redact_spans([here], officer, choice["code"], choice["reason"])
            self.reload(only_this_document=True)
            self.redacting = (event.text, choice)
            self.run_worker(lambda: other_places(self.ws.path, event.text, here), thread=True,
                            exclusive=True, group=OCCURRENCES, name=OCCURRENCES)

        self.app.push_screen(ExemptionForm(f"Redact “{_short(event.text, 40)}”", code="3P"),
                             save)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        super().on_worker_state_changed(event)
        if event.worker.name != OCCURRENCES or event.state != WorkerState.SUCCESS:
            return
        text, choice = self.redacting
        others = event.worker.result
        if not others:
            self.notify(f"Redacted. “{_short(text, 40)}” is written nowhere else.")
            return
        documents = len({o[0] for o in others})

        def everywhere(yes: bool) -> None:
            officer = self.app.require_officer()
            if yes and officer:
                self.ws.redact_spans(others, officer, choice["code"], choice["reason"])
                self.notify(f"Redacted in {len(others)} more place"
                            f"{'s' * (len(others) != 1)}.")
                self.reload()

        self.app.push_screen(Confirm(
            f"“{_short(text, 40)}” is written {len(others)} more time"
            f"{'s' * (len(others) != 1)}, in {documents} document"
            f"{'s' * (documents != 1)}. Redact every one?",
            "Each is redacted with the same code and reason, and audited with your name.",
            yes="Redact them all", no="Only this one"), everywhere)

    def on_decision_made(self, message: DecisionMade) -> None:
        on_this_page = any(s["id"] == message.item_id for s in self.suggestions)
        self.reload(only_this_document=message.kind == "suggestion" and on_this_page)

    def on_entry_changed(self, message: EntryChanged) -> None:
        self.reload()  # an exemption code changed back by undo


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
