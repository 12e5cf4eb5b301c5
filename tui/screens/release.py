"""Release: what is still undecided, the last verified pack, and the action that writes the
next one (in a worker, on its own connection; the result or the refusal is shown here)."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, Input, Label, Static
from textual.worker import Worker, WorkerState

from lifestory.errors import ReleaseRefused, VerificationFailed
from lifestory.workspace import Workspace
from tui.actions import bindings
from tui.screens.base import ReviewScreen

EXAMPLES = 5
KINDS = [("suggestion", "suggestions", "Suggestions", "document_id, page_number, start"),
         ("person", "people", "People", "name"),
         ("timeline_entry", "timeline_entries", "Timeline entries", "date")]


def write(path: Path, out: Path, who: str) -> dict:
    """Write the pack from a worker thread: SQLite connections stay in their own thread."""
    from lifestory.release import write_pack

    ws = Workspace(path)
    try:
        report = write_pack(ws, out, who=who)
    except ReleaseRefused as e:
        return {"refused": e.undecided}
    except VerificationFailed as e:
        return {"failed": e.problems}
    finally:
        ws.close()
    return {"path": report.path, "zip": report.zip_path, "documents": len(report.documents),
            "redactions": report.redactions, "entries": report.timeline_entries}


class ReleaseScreen(ReviewScreen):
    CSS_PATH = "release.tcss"
    BINDINGS = bindings("release")
    AUTO_FOCUS = None
    HELP = ("Nothing leaves while a suggestion, person or timeline entry is undecided. "
            "**w** writes the pack to the folder below and verifies it independently; "
            "a pack that would leak is never left as if it were good.")

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="release"):
            yield Static(id="checklist", classes="card")
            with Horizontal(id="out-row"):
                yield Label("Pack folder ", classes="title")
                yield Input(str(self.app.pack_dir), id="out")
            yield Static(id="result", classes="card")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#checklist").border_title = "Checklist"
        self.query_one("#result").border_title = "Result"
        self.query_one("#result", Static).update("Press w to write the pack.")

    def reload(self) -> None:
        self.refresh_checklist()

    def action_refresh_checklist(self) -> None:
        self.refresh_checklist()

    def refresh_checklist(self) -> None:
        progress = self.ws.progress()
        text = Text()
        for kind, table, label, order in KINDS:
            decided, left = progress[kind]
            if not left:
                text.append("✓ ", style="bold")
                text.append(f"{label}: all {decided} decided\n")
                continue
            text.append("✗ ", style="bold")
            text.append(f"{label}: {left} undecided", style="bold")
            text.append(f" ({decided} decided)\n")
            for row in self.ws.rows_page(table, "decision IS NULL", order_by=order,
                                         limit=EXAMPLES):
                text.append(f"    {self.describe(kind, row)}\n", style="italic")
        last = self.ws.rows_page("releases", order_by="number DESC", limit=1)
        if last:
            r = last[0]
            text.append(f"\nLast pack: number {r['number']}, written and verified "
                        f"{r['at']} by {r['who']}\n  {r['path']}")
        else:
            text.append("\nNo pack released yet.")
        self.query_one("#checklist", Static).update(text)

    def action_write(self) -> None:
        if not self.app.officer:
            self.notify("Say who you are first.", severity="warning")
            return
        out = Path(self.query_one("#out", Input).value.strip() or self.app.pack_dir)
        self.query_one("#result", Static).update("Writing and verifying the pack…")
        self.run_worker(lambda: write(self.ws.path, out, self.app.officer), thread=True,
                        exclusive=True, group="release", name="release")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        super().on_worker_state_changed(event)
        if event.worker.name != "release" or event.state != WorkerState.SUCCESS:
            return
        result = event.worker.result
        text = Text()
        if "refused" in result:
            text.append("Release refused: still undecided\n", style="bold")
            for kind, items in result["refused"].items():
                if items:
                    text.append(f"  {len(items)} {kind}, for example {items[0]}\n")
        elif "failed" in result:
            text.append("Verification failed: the pack was not released\n", style="bold")
            for problem in result["failed"][:10]:
                text.append(f"  {problem}\n")
        else:
            text.append("Pack written and verified\n", style="bold")
            text.append(f"  {result['path']}\n  {result['zip']}\n")
            text.append(f"  {result['documents']} document(s), {result['redactions']} "
                        f"redaction(s), {result['entries']} timeline entries")
        self.query_one("#result", Static).update(text)
        self.refresh_checklist()

    def describe(self, kind: str, row: dict) -> str:
        if kind == "suggestion":
            doc = self.ws.document(row["document_id"]) or {"name": "?"}
            return (f"{doc['name']} p{row['page_number']}: {row['entity_type']} "
                    f"“{row['text']}”")
        if kind == "person":
            return f"{row['name']} ({row['category']})"
        return f"{row['date']}: {row['title']}"
