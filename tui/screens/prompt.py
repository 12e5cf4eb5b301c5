"""A one-line question over the screen (a title, a reason, a year): Enter answers, Escape
cancels. Dismissed with the answer, or None when cancelled."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static


class TextPrompt(ModalScreen[str | None]):
    CSS_PATH = "prompt.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str, *, value: str = "", explanation: str = "",
                 placeholder: str = "", required: str = "",
                 check: Callable[[str], str] | None = None) -> None:
        """``required``: the warning shown when the answer is empty (empty: may be empty);
        ``check``: returns a problem with the answer, or "" when it is good."""
        super().__init__()
        self.question, self.value, self.explanation = question, value, explanation
        self.placeholder, self.required, self.check = placeholder, required, check

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="title")
            if self.explanation:
                yield Static(self.explanation, classes="muted")
            yield Input(self.value, placeholder=self.placeholder, id="answer")
            yield Static("", classes="error", id="problem")
            yield Label("Enter to save · Escape to cancel", classes="hint")

    @on(Input.Submitted, "#answer")
    def answered(self, event: Input.Submitted) -> None:
        event.stop()
        answer = event.value.strip()
        problem = self.required if not answer and self.required else ""
        if answer and self.check:
            problem = self.check(answer)
        if problem:
            self.query_one("#problem", Static).update(problem)
            return
        self.dismiss(answer)

    def action_cancel(self) -> None:
        self.dismiss(None)
