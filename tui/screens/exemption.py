"""Choose the exemption code of a redaction, and the plain reason the schedule will give.
Dismissed with ``{"code", "reason"}``, or None when cancelled."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from redaction.exemptions import exemptions


class ExemptionForm(ModalScreen[dict | None]):
    CSS_PATH = "exemption.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel"),
                Binding("ctrl+s", "save", "Save", priority=True)]

    def __init__(self, heading: str, *, code: str | None, reason: str = "") -> None:
        super().__init__()
        self.heading = heading
        self.code = code if code in exemptions() else "3P"
        self.reason = reason

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", can_focus=False):
            yield Label(self.heading, classes="title")
            yield Select([(f"{e.code}: {e.label}", e.code) for e in exemptions().values()],
                         value=self.code, allow_blank=False, id="code")
            yield Static(id="legal", classes="muted")
            yield Input(self.reason or exemptions()[self.code].reason, id="reason",
                        placeholder="the reason, in plain words")
            yield Label("Ctrl+S or Enter to save · Escape to cancel", classes="hint")

    def on_mount(self) -> None:
        self.show_legal(self.code)
        self.query_one("#code", Select).focus()

    def show_legal(self, code: str) -> None:
        self.query_one("#legal", Static).update(exemptions()[code].legal)

    @on(Select.Changed, "#code")
    def code_changed(self, event: Select.Changed) -> None:
        code = str(event.value)
        reason = self.query_one("#reason", Input)
        if reason.value.strip() in ("", *(e.reason for e in exemptions().values())):
            reason.value = exemptions()[code].reason  # the code's own reason follows it
        self.show_legal(code)

    @on(Input.Submitted, "#reason")
    def submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        self.dismiss({"code": str(self.query_one("#code", Select).value),
                      "reason": self.query_one("#reason", Input).value.strip()})

    def action_cancel(self) -> None:
        self.dismiss(None)
