"""The case at a glance: who, when it is due, how much is left, and a balanced picture of the
child (strengths, voice and achievements beside concerns, never a wall of red flags)."""

from __future__ import annotations

import calendar
import datetime as dt

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, Static

from lifestory.workspace import Workspace
from tui.actions import bindings
from tui.messages import DecisionMade
from tui.screens.base import ReviewScreen

EXTENSION_KEY = "extension_months"  # workspace meta: months added to the statutory deadline
EXAMPLES = 3

# What the file shows of who the child was, then what else is in it.
BRIGHT = [("achievement", "Achievements"), ("voice", "In their own words"),
          ("education", "Education"), ("health", "Health"), ("family", "Family")]
ALSO = [("placement", "Homes and moves"), ("meeting", "Reviews and meetings"),
        ("concern", "Concerns")]


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months on; the month's last day if it has no such day
    (the ICO's rule for a subject access request received on the 31st)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))


def due_date(received: dt.date, extension_months: int = 0) -> dt.date:
    """The statutory due date: one calendar month from receipt, plus any extension."""
    return add_months(received, 1 + extension_months)


def when(day: dt.date | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else "not given"


def examples_from_story(path) -> dict[str, list[str]]:
    """Strengths, wishes and interests from the redaction-safe story (in a worker: it reads
    every included entry, on its own connection)."""
    from lifestory.timeline.view import story

    ws = Workspace(path)
    try:
        summary = story(ws)["summary"]
    finally:
        ws.close()
    return {
        "strengths": [s["text"] for s in summary["strengths"][:EXAMPLES]],
        "wishes": [w["text"] for w in summary["wishes"][:EXAMPLES]],
        "interests": [i["interest"] for i in summary["interests"][:5]],
    }


class OverviewScreen(ReviewScreen):
    CSS_PATH = "overview.tcss"
    BINDINGS = bindings("overview")
    HELP = ("The case at a glance. Press **2** to review documents, **3** for people, "
            "**5** to release. Ctrl+P opens the command palette.")

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="overview"):
            with Horizontal(id="overview-top"):
                yield Static(id="case", classes="card")
                yield Static(id="progress", classes="card")
            with Horizontal(id="picture"):
                yield Static(id="bright", classes="card")
                yield Static(id="also", classes="card")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#case").border_title = "Case"
        self.query_one("#progress").border_title = "Progress"
        self.query_one("#bright").border_title = "What the file shows of them"
        self.query_one("#also").border_title = "Also in the record"

    def reload(self) -> None:
        self.query_one("#case", Static).update(self.case_text())
        self.query_one("#progress", Static).update(self.progress_table())
        self.query_one("#also", Static).update(self.also_table())
        self.query_one("#bright", Static).update(self.bright_text({}))
        self.run_worker(lambda: examples_from_story(self.ws.path), thread=True,
                        exclusive=True, group="overview", name="examples")

    def on_decision_made(self, message: DecisionMade) -> None:
        self.reload()

    def on_worker_state_changed(self, event) -> None:
        super().on_worker_state_changed(event)
        if event.worker.name == "examples" and event.worker.result is not None:
            self.query_one("#bright", Static).update(self.bright_text(event.worker.result))

    # -- what the cards say -------------------------------------------------------------------

    def case_text(self) -> Text:
        case = self.ws.case
        text = Text()
        text.append(case.subject_name, style="bold")
        if case.date_of_birth:
            text.append(f"  born {when(case.date_of_birth)}")
        text.append(f"\nRequest {case.reference or '(no reference)'}")
        text.append(f" · received {when(case.received)}")
        if case.received:
            extension = int(self.ws.get_meta(EXTENSION_KEY) or 0)
            due = due_date(case.received, extension)
            days = (due - self.app.today).days
            text.append("\nStatutory due date: ")
            text.append(when(due), style="bold")
            if extension:
                text.append(f" (extended by {extension} month{'s' * (extension > 1)})")
            text.append("\n")
            left = f"{days} days left" if days >= 0 else f"{-days} days overdue"
            text.append(left, style="bold" if days < 7 else "")
        text.append(f"\nOfficer: {self.app.officer or '(not set)'}")
        return text

    def progress_table(self) -> Table:
        progress = self.ws.progress()
        table = Table.grid(padding=(0, 2))
        table.add_column()
        table.add_column(justify="right")
        table.add_column(justify="right")
        table.add_row(Text("", style="bold"), Text("decided", style="bold"),
                      Text("left", style="bold"))
        pages_left = self.ws.pages_with_undecided()
        table.add_row("Pages", str(self.ws.page_count() - pages_left),
                      Text(str(pages_left), style="bold" if pages_left else ""))
        for kind, label in [("suggestion", "Suggestions"), ("person", "People"),
                            ("timeline_entry", "Timeline entries")]:
            decided, left = progress[kind]
            table.add_row(label, str(decided), Text(str(left), style="bold" if left else ""))
        flagged = self.ws.count("suggestions", "decision IS NULL AND flagged = 1")
        unclear = self.ws.count("people", "decision IS NULL AND flagged = 1")
        if flagged or unclear:
            table.add_row("Flagged for you", f"{flagged} suggestions", f"{unclear} people")
        return table

    def category_counts(self) -> dict[str, int]:
        return self.ws.group_counts(
            "timeline_entries", "category",
            "duplicate_of IS NULL AND COALESCE(decision, default_decision) != 'hide'")

    def bright_text(self, examples: dict[str, list[str]]) -> Text:
        counts = self.category_counts()
        text = Text()
        for category, label in BRIGHT:
            text.append(f"{counts.get(category, 0):>4}  ", style="bold")
            text.append(f"{label}\n")
        for key, label in [("strengths", "Strengths"), ("wishes", "Wishes"),
                           ("interests", "Interests")]:
            found = examples.get(key)
            if found:
                text.append(f"\n{label}: ", style="bold")
                text.append("; ".join(_short(f) for f in found))
        if not examples:
            text.append("\nExamples come from the included timeline entries.", style="italic")
        return text

    def also_table(self) -> Text:
        counts = self.category_counts()
        text = Text()
        for category, label in ALSO:
            text.append(f"{counts.get(category, 0):>4}  ", style="bold")
            text.append(f"{label}\n")
        return text


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
