"""The review app: an access officer decides every suggestion, person and timeline entry.

Every decision is written at once through the workspace (and so to the audit log, with the
officer's name); nothing waits for a save.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.app import App

from lifestory.workspace import Workspace
from tui import actions
from tui.commands import ReviewCommands
from tui.messages import DecisionMade, EntryChanged
from tui.screens import (
    DocumentsScreen,
    HelpScreen,
    OfficerScreen,
    OverviewScreen,
    PeopleScreen,
    ReadingScreen,
    ReleaseScreen,
    TimelineScreen,
)

OFFICER_KEY = "officer"  # the workspace meta key the officer's name is remembered under


def default_pack_dir(workspace: Path) -> Path:
    """Beside the workspace: ``X.workspace`` → ``X``, else ``X-pack``."""
    name = workspace.name
    if name.endswith(".workspace"):
        return workspace.with_name(name.removesuffix(".workspace"))
    return workspace.with_name(f"{name}-pack")


class ReviewApp(App):
    CSS_PATH = ["global.tcss", "app.tcss"]
    TITLE = "lifestory"
    MODES = {
        "overview": OverviewScreen,
        "documents": DocumentsScreen,
        "people": PeopleScreen,
        "timeline": TimelineScreen,
        "release": ReleaseScreen,
        "reading": ReadingScreen,
    }
    DEFAULT_MODE = "overview"
    BINDINGS = actions.bindings(actions.APP)
    COMMANDS = App.COMMANDS | {ReviewCommands}

    def __init__(self, workspace: Workspace, officer: str | None = None, *,
                 today: dt.date | None = None, pack_dir: Path | None = None) -> None:
        super().__init__()
        self.ws = workspace
        self.officer = officer or workspace.get_meta(OFFICER_KEY)
        self.today = today or dt.date.today()
        self.pack_dir = Path(pack_dir) if pack_dir else default_pack_dir(workspace.path)
        self.undo_stack: list[dict] = []  # what each decision replaced, newest last

    def on_mount(self) -> None:
        self._show_officer()
        if not self.officer:
            self.push_screen(OfficerScreen(), self.set_officer)

    def set_officer(self, name: str | None) -> None:
        if not name:
            return
        self.officer = name
        self.ws.set_meta(OFFICER_KEY, name)
        self._show_officer()

    def _show_officer(self) -> None:
        reference = self.ws.case.reference or self.ws.path.name
        self.sub_title = f"{reference} · officer: {self.officer or '(not set)'}"

    # -- decisions ----------------------------------------------------------------------------

    def require_officer(self) -> str | None:
        """The officer's name; if nobody has said who they are, ask (and return None)."""
        if not self.officer:
            self.notify("Say who you are first: every decision records its officer.",
                        severity="warning")
            self.push_screen(OfficerScreen(), self.set_officer)
        return self.officer

    def decide(self, kind: str, item_id: str, decision: str, why: str = "") -> bool:
        """Save one decision now, remember what it replaced, tell the screen."""
        if not self.require_officer():
            return False
        previous = self.ws.previous_decision(kind, item_id)
        self.ws.decide(kind, item_id, decision, self.officer, why)
        self.undo_stack.append(previous)
        self.screen.post_message(DecisionMade(kind, item_id, decision))
        return True

    def edit_entry(self, entry_id: str, **changes) -> bool:
        """Save an edit of a timeline entry now (title, category, content notes), audited
        with the officer; undone like a decision."""
        if not self.require_officer():
            return False
        previous = self.ws.edit_entry(entry_id, self.officer, **changes)
        if previous["changed"]:
            self.undo_stack.append(previous)
        self.screen.post_message(EntryChanged(entry_id))
        return True

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify("Nothing to undo in this session.")
            return
        previous = self.undo_stack.pop()
        if previous["kind"] == "edit":
            self.ws.undo_edit(previous, self.officer or "")
            changed = ", ".join(dict.fromkeys(c.removeprefix("edited_").replace("_", " ")
                                              for c in previous["changed"]))
            what = "suggestion" if previous.get("table") == "suggestions" else "entry"
            self.notify(f"Undone: the {what}'s {changed} is as it was.")
            self.screen.post_message(EntryChanged(previous["id"]))
            return
        self.ws.undo_decision(previous, self.officer or "")
        restored = previous["values"]["decision"]
        kind = previous["kind"].replace("_", " ")
        self.notify(f"Undone: the {kind} is {restored or 'undecided'} again.")
        self.screen.post_message(DecisionMade(previous["kind"], previous["id"], restored))

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.current_mode, getattr(self.screen, "HELP", "")))
