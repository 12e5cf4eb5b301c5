"""Asked once, at first start, when no officer is named: who is making the decisions."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class OfficerScreen(ModalScreen[str]):
    CSS_PATH = "officer.tcss"

    def compose(self) -> ComposeResult:
        with Vertical(id="officer-box"):
            yield Label("Who is making the decisions?", classes="title")
            yield Label("Your name goes in the audit log with every decision, and is "
                        "remembered for this case.", classes="muted")
            yield Input(placeholder="Your name", id="officer-name")

    @on(Input.Submitted, "#officer-name")
    def given(self, event: Input.Submitted) -> None:
        event.stop()
        name = event.value.strip()
        if name:
            self.dismiss(name)
        else:
            self.notify("A name is needed: every decision records who made it.",
                        severity="warning")
