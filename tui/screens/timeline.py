"""The timeline by chapter: coming next. For now, what the timeline holds, by category."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Footer, Header, Static

from tui.actions import bindings
from tui.screens.base import ReviewScreen


class TimelineScreen(ReviewScreen):
    CSS_PATH = "timeline.tcss"
    BINDINGS = bindings("timeline")
    HELP = "Coming next: entries by chapter, editing, memories, hiding with a reason."

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="timeline-stub", classes="card")
        yield Footer()

    def reload(self) -> None:
        counts = self.ws.group_counts("timeline_entries", "category",
                                      "duplicate_of IS NULL")
        text = Text("Timeline review is coming next.\n\n", style="bold")
        for category, n in sorted(counts.items(), key=lambda kv: -kv[1]):
            text.append(f"{n:>5}  {category}\n")
        self.query_one("#timeline-stub", Static).update(text)
