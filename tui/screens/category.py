"""Choose a timeline entry's category from DESIGN.md's list, each with what it is for."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from lifestory.workspace import ENTRY_CATEGORIES

MEANING = {
    "placement": "where the child lived, moves",
    "education": "school, learning",
    "health": "health, appointments",
    "family": "family time, siblings, relatives",
    "achievement": "awards, progress, things done well",
    "voice": "what the child said, wished or felt",
    "meeting": "reviews, conferences, court",
    "concern": "incidents, missing episodes",
}


class CategoryPicker(ModalScreen[str | None]):
    CSS_PATH = "category.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, current: str | None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Category of this entry", classes="title")
            yield OptionList(*(Option(f"{c:<12} {MEANING[c]}", id=c)
                               for c in ENTRY_CATEGORIES), id="categories")
            yield Label("Enter to choose · Escape to cancel", classes="hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        if self.current in ENTRY_CATEGORIES:
            options.highlighted = ENTRY_CATEGORIES.index(self.current)
        options.focus()

    @on(OptionList.OptionSelected, "#categories")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
