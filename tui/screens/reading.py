"""Reading mode, for a supported reading session with the care leaver: coming next."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer, Header, Static

from tui.actions import bindings
from tui.screens.base import ReviewScreen


class ReadingScreen(ReviewScreen):
    CSS_PATH = "reading.tcss"
    BINDINGS = bindings("reading")
    HELP = "Coming next: chapters one at a time, content notes, a pause screen, questions."

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Reading mode is coming next: the pack's chapters one at a time, in "
                     "large calm type, with content notes and a place for questions.",
                     id="reading-stub", classes="card")
        yield Footer()
