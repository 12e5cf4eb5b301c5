"""Write a note on a timeline entry: the officer's annotation, or in reading mode the care
leaver's question or own account. Signed, and in the next pack only if wanted."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Select, Static, TextArea

KIND_WORDS = {"context": "Some background", "why": "Why this happened",
              "remember": "Worth remembering", "question": "A question",
              "correction": "A correction", "own account": "Their own account"}


class NoteForm(ModalScreen[dict | None]):
    CSS_PATH = "note.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel"),
                Binding("ctrl+s", "save", "Save", priority=True)]

    def __init__(self, heading: str, *, kinds: list[str], author: str, include: bool,
                 explanation: str = "", include_label: str = "Put this in the next pack",
                 author_label: str = "Signed") -> None:
        super().__init__()
        self.heading, self.kinds, self.author, self.include = heading, kinds, author, include
        self.explanation, self.include_label = explanation, include_label
        self.author_label = author_label

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", can_focus=False):
            yield Label(self.heading, classes="title")
            if self.explanation:
                yield Static(self.explanation, classes="muted")
            if len(self.kinds) > 1:
                yield Select([(KIND_WORDS.get(k, k), k) for k in self.kinds],
                             value=self.kinds[0], allow_blank=False, id="note-kind")
            yield TextArea(id="note-text", soft_wrap=True)
            with Horizontal(classes="row"):
                yield Label(self.author_label, classes="title")
                yield Input(self.author, placeholder="a name", id="note-author")
            yield Checkbox(self.include_label, self.include, id="note-include")
            yield Static("", classes="error", id="problem")
            yield Label("Ctrl+S to save · Escape to go back without saving", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#note-text", TextArea).focus()

    def action_save(self) -> None:
        text = self.query_one("#note-text", TextArea).text.strip()
        if not text:
            self.query_one("#problem", Static).update("Nothing is written yet.")
            return
        kind = (self.query_one("#note-kind", Select).value if len(self.kinds) > 1
                else self.kinds[0])
        self.dismiss({"kind": kind, "text": text,
                      "author": self.query_one("#note-author", Input).value.strip()
                      or self.author,
                      "include": self.query_one("#note-include", Checkbox).value})

    def action_cancel(self) -> None:
        self.dismiss(None)
