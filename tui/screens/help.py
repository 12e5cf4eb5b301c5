"""F1: the keys of the screen in use (from the action registry) and its help text."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label, Markdown

from tui.actions import APP, for_scope


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS = [Binding("escape,f1", "dismiss", "Close")]

    def __init__(self, mode: str, help_text: str) -> None:
        super().__init__()
        self.mode = mode
        self.help_text = help_text

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Label(f"Help: {self.mode}", classes="title")
            yield Markdown(self.help_text or "")
            table = DataTable(id="help-keys", cursor_type="none", zebra_stripes=True)
            table.add_columns("Key", "Action", "What it does")
            for action in [*for_scope(self.mode), *for_scope(APP)]:
                table.add_row(action.key, action.title, action.help)
            yield table
            yield Label("Escape or F1 to close.", classes="muted")
