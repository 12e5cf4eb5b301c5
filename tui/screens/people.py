"""The people register: decide a person once and every mention follows.

Rows are read from SQLite a window at a time (``LazyTable``)."""

from __future__ import annotations

import json

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import DataTable, Footer, Header, Static

from tui.actions import bindings
from tui.messages import DecisionMade
from tui.screens.base import ReviewScreen
from tui.screens.confirm import Confirm
from tui.screens.person_picker import PersonPicker
from tui.widgets.lazy_table import LazyTable

ORDER = "decision IS NOT NULL, flagged DESC, mentions DESC, name"
CATEGORY_WORDS = {"subject": "the subject", "professional": "professional",
                  "unclear": "unclear role", "third_party": "third party"}


def decision_cell(person: dict) -> Text:
    if not person["decision"]:
        return Text("undecided", style="italic")
    return Text(person["decision"], style="bold")


def person_cells(person: dict) -> tuple:
    name = Text(person["name"])
    if person["flagged"]:
        name.append(" ⚑", style="bold")
    return (
        name,
        person["role"] or person["relationship"] or "",
        CATEGORY_WORDS.get(person["category"], person["category"] or ""),
        person["mentions"] or 0,
        person["default_decision"] or "",
        person["reason"] or "",
        decision_cell(person),
    )


class PeopleScreen(ReviewScreen):
    CSS_PATH = "people.tcss"
    BINDINGS = bindings("people")
    HELP = (
        "Everyone the records name. ⚑ marks someone whose role is unclear (foster carers, "
        "police, ...): they are redacted by default until you decide. **r** redacts the "
        "highlighted person in every mention, **d** discloses them everywhere, **n** moves "
        "to the next undecided person; **u** undoes. **m** merges another person into the "
        "highlighted one (the register held one person as two): every mention of the other "
        "becomes theirs. A mention linked to the wrong person is split off from the page "
        "reader (**S** on the documents screen)."
    )

    def compose(self) -> ComposeResult:
        yield Header()
        yield LazyTable(self.load_people, person_cells, id="people")
        yield Static(id="person-detail")
        yield Footer()

    def load_people(self, offset: int, limit: int) -> list[dict]:
        return self.ws.rows_page("people", order_by=ORDER, limit=limit, offset=offset)

    def on_mount(self) -> None:
        table = self.query_one(LazyTable)
        for label, key in [("Name", "name"), ("Role / relationship", "role"),
                           ("Category", "category"), ("Mentions", "mentions"),
                           ("Default", "default"), ("Why", "why"), ("Decision", "decision")]:
            table.add_column(label, key=key)
        table.load_more()

    def reload(self) -> None:
        """Decisions may have been made elsewhere (from the page reader): refresh the rows
        loaded so far, in one query."""
        table = self.query_one(LazyTable)
        keys = [k.value for k in table.rows]
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for person in self.ws.rows("people", f"id IN ({marks})", chunk):
                table.update_cell(person["id"], "decision", decision_cell(person))

    def person(self, person_id: str) -> dict | None:
        rows = self.ws.rows_page("people", "id = ?", [person_id], limit=1)
        return rows[0] if rows else None

    def refresh_person(self, person_id: str) -> None:
        person = self.person(person_id)
        table = self.query_one(LazyTable)
        if person and person_id in table.rows:  # not loaded yet: it will be read fresh
            table.update_cell(person_id, "decision", decision_cell(person))

    @property
    def highlighted(self) -> str | None:
        table = self.query_one(LazyTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    @on(DataTable.RowHighlighted, "#people")
    def person_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_detail(event.row_key.value)

    def show_detail(self, person_id: str | None) -> None:
        person = self.person(person_id) if person_id else None
        if not person:
            return
        variants = ", ".join(json.loads(person["variants"] or "[]")[:8])
        text = Text.assemble((person["name"], "bold"), f"  also written: {variants}")
        if person["decision"]:
            text.append(f"\nDecided {person['decision']} by {person['decided_by']}"
                        f" at {person['decided_at']}")
        self.query_one("#person-detail", Static).update(text)

    def action_decide(self, decision: str) -> None:
        person_id = self.highlighted
        if person_id:
            self.app.decide("person", person_id, decision)

    def action_next_undecided(self) -> None:
        table = self.query_one(LazyTable)
        start = table.cursor_row + 1
        while True:
            for row in range(start, table.row_count):
                key = table.coordinate_to_cell_key((row, 0)).row_key.value
                if not self.person(key)["decision"]:
                    table.move_cursor(row=row)
                    return
            start = table.row_count
            if not table.load_more():
                break
        self.notify("Every person is decided (or the rest are above).")

    def action_merge(self) -> None:
        keep_id = self.highlighted
        if not keep_id:
            return
        keep = self.person(keep_id)

        def chosen(other_id: str | None) -> None:
            if not other_id:
                return
            other = self.person(other_id)

            def merge(yes: bool) -> None:
                officer = self.app.require_officer()
                if not (yes and officer):
                    return
                self.ws.merge_people(keep_id, other_id, officer)
                table = self.query_one(LazyTable)
                if other_id in table.rows:
                    table.remove_row(other_id)
                merged = self.person(keep_id)
                table.update_cell(keep_id, "mentions", merged["mentions"] or 0)
                table.update_cell(keep_id, "decision", decision_cell(merged))
                self.show_detail(keep_id)
                self.notify(f"{other['name']} merged into {keep['name']}.")

            self.app.push_screen(Confirm(
                f"Merge {other['name']} into {keep['name']}?",
                f"Every mention of {other['name']} ({other['mentions'] or 0}) becomes "
                f"{keep['name']}'s, and follows their decision"
                f"{' (' + keep['decision'] + ')' if keep['decision'] else ''}.",
                yes="Merge", no="Cancel"), merge)

        self.app.push_screen(PersonPicker(f"Who else is {keep['name']}?", exclude=keep_id),
                             chosen)

    def on_decision_made(self, message: DecisionMade) -> None:
        if message.kind == "person":
            self.refresh_person(message.item_id)
            self.show_detail(self.highlighted)
