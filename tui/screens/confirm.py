"""A yes-or-no question over the screen: y (or Enter) says yes, n (or Escape) no."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static


class Confirm(ModalScreen[bool]):
    CSS_PATH = "confirm.tcss"
    BINDINGS = [Binding("y,enter", "answer(True)", "Yes"),
                Binding("n,escape", "answer(False)", "No")]

    def __init__(self, question: str, explanation: str = "", *, yes: str = "Yes",
                 no: str = "No") -> None:
        super().__init__()
        self.question, self.explanation, self.yes, self.no = question, explanation, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="title")
            if self.explanation:
                yield Static(self.explanation)
            yield Label(f"y  {self.yes}    n  {self.no}", classes="hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
