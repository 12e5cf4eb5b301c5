"""Find a person in the register by name (type to narrow the list), for merging. Dismissed
with the chosen person's id, or None when cancelled."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

SHOWN = 30


class PersonPicker(ModalScreen[str | None]):
    CSS_PATH = "person_picker.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel"),
                Binding("down", "to_list", "The list", show=False)]

    def __init__(self, heading: str, *, exclude: str) -> None:
        super().__init__()
        self.heading, self.exclude = heading, exclude

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.heading, classes="title")
            yield Input(placeholder="type part of a name", id="who")
            yield OptionList(id="people")
            yield Label("↓ to the list · Enter to choose · Escape to cancel", classes="hint")

    def on_mount(self) -> None:
        self.fill("")

    @on(Input.Changed, "#who")
    def narrowed(self, event: Input.Changed) -> None:
        self.fill(event.value)

    def fill(self, text: str) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        for p in self.app.ws.find_people(text, limit=SHOWN + 1):
            if p["id"] != self.exclude:
                role = p["role"] or p["relationship"] or p["category"] or ""
                n = p["mentions"] or 0
                options.add_option(Option(f"{p['name']}  ({role}, {n} mention{'s' * (n != 1)})",
                                          id=p["id"]))
        if options.option_count:
            options.highlighted = 0

    @on(Input.Submitted, "#who")
    def first(self, event: Input.Submitted) -> None:
        event.stop()
        options = self.query_one(OptionList)
        if options.option_count:
            self.dismiss(options.get_option_at_index(options.highlighted or 0).id)

    @on(OptionList.OptionSelected, "#people")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_to_list(self) -> None:
        self.query_one(OptionList).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
