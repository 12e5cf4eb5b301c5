"""The pause screen of reading mode: calm, nothing of the record on it, one key back."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Static

BACK_KEYS = "p,space,enter,escape"


class PauseScreen(Screen[None]):
    CSS_PATH = "pause.tcss"
    BINDINGS = [Binding(BACK_KEYS, "dismiss", "Carry on", show=False)]

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static("Paused\n\nTake as long as you need.\n\n"
                         "Press p, Space or Enter to carry on.", id="pause-text")
