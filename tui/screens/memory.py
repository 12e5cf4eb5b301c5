"""Add a memory to the timeline: its words, when (a date as precise as is known, or a period
such as "the summer at Nan's"), whose it is, and a photo if there is one. Ctrl+S saves."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static, TextArea

FORMATS = [("%Y-%m-%d", "day"), ("%d/%m/%Y", "day"), ("%d %B %Y", "day"), ("%d %b %Y", "day"),
           ("%Y-%m", "month"), ("%m/%Y", "month"), ("%B %Y", "month"), ("%b %Y", "month"),
           ("%Y", "year")]


def parse_when(text: str) -> tuple[str, str]:
    """``"2009"``, ``"May 2009"``, ``"14/05/2009"``… → (``YYYY-MM-DD``, precision)."""
    text = " ".join(text.split())
    for fmt, precision in FORMATS:
        try:
            day = dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if re.fullmatch(r"\d{1,3}", text):
            break
        return day.isoformat(), precision
    raise ValueError(f"“{text}” is not a date: try 2009, May 2009 or 14/05/2009")


class MemoryForm(ModalScreen[dict | None]):
    CSS_PATH = "memory.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel"),
                Binding("ctrl+s", "save", "Save", priority=True)]

    def __init__(self, author: str, *, heading: str = "Add a memory") -> None:
        super().__init__()
        self.author, self.heading = author, heading

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", can_focus=False):
            yield Label(self.heading, classes="title")
            yield TextArea(id="memory-text", soft_wrap=True)
            with Horizontal(classes="row"):
                yield Input(placeholder="2009, May 2009 or 14/05/2009", id="memory-date")
                yield Input(placeholder="the summer at Nan's", id="memory-period")
            with Horizontal(classes="row"):
                yield Input(placeholder="optional", id="memory-title")
                yield Input(self.author, placeholder="a name", id="memory-author")
            yield Input(placeholder="path to a picture file (optional)",
                        id="memory-photo")
            yield Static("", classes="error", id="problem")
            yield Label("Ctrl+S to save · Escape to cancel · Tab to the next box",
                        classes="hint")

    def on_mount(self) -> None:
        for name, title in [("date", "When"), ("period", "Or a period"), ("title", "Title"),
                            ("author", "Whose memory"), ("photo", "Photo")]:
            self.query_one(f"#memory-{name}").border_title = title
        self.query_one("#memory-text", TextArea).border_title = "The memory, in their words"
        self.query_one("#memory-text", TextArea).focus()

    def value(self, name: str) -> str:
        return self.query_one(f"#memory-{name}", Input).value.strip()

    def action_save(self) -> None:
        text = self.query_one("#memory-text", TextArea).text.strip()
        problem, date, precision = "", None, None
        if self.value("date"):
            try:
                date, precision = parse_when(self.value("date"))
            except ValueError as e:
                problem = str(e)
        photo = self.value("photo")
        if photo and not Path(photo).expanduser().is_file():
            problem = f"{photo}: no such picture file"
        if not text:
            problem = "A memory needs some words."
        if problem:
            self.query_one("#problem", Static).update(problem)
            return
        self.dismiss({
            "text": text, "date": date, "date_precision": precision,
            "period": self.value("period") or None, "title": self.value("title") or None,
            "author": self.value("author") or self.author,
            "photo": Path(photo).expanduser() if photo else None,
        })

    def action_cancel(self) -> None:
        self.dismiss(None)
