"""Every bindable action of the review app, in one registry.

The registry feeds the key bindings of the app and of each screen (so the footer), the command
palette (``tui/commands.py``) and F1 help. An action's dotted name is also its binding id, so a
keymap (``App.set_keymap({"review.redact": "x"})``) can rebind it without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding

APP = "app"  # the scope of actions that work on every screen; otherwise a screen's mode name


@dataclass(frozen=True)
class Action:
    name: str  # dotted: "<group>.<what>"; the group names it in the palette
    description: str  # short, for the footer and the palette ("Next undecided")
    key: str
    scope: str  # APP or a screen's mode name ("documents")
    action: str  # the Textual action string run on the scope ("next_undecided")
    help: str = ""  # one line for the palette and F1 help
    show: bool = True  # in the footer
    priority: bool = False  # before the focused widget's own keys

    @property
    def group(self) -> str:
        return self.name.split(".", 1)[0]

    @property
    def title(self) -> str:
        """The palette name: ``group: Description``."""
        return f"{self.group}: {self.description}"

    def binding(self) -> Binding:
        return Binding(self.key, self.action, self.description, show=self.show,
                       priority=self.priority, id=self.name)


SCREENS = {
    "overview": ("1", "Overview"),
    "documents": ("2", "Documents"),
    "people": ("3", "People"),
    "timeline": ("4", "Timeline"),
    "release": ("5", "Release"),
    "reading": ("6", "Reading"),
}

_ACTIONS = [
    *(Action(f"go.{mode}", label, key, APP, f"app.switch_mode('{mode}')",
             f"Show the {label.lower()} screen", show=mode != "reading")
      for mode, (key, label) in SCREENS.items()),
    Action("review.undo", "Undo", "u", APP, "app.undo",
           "Undo the last decision (the audit log keeps both)"),
    Action("app.help", "Help", "f1", APP, "app.help", "Keys and help for this screen"),
    Action("app.quit", "Quit", "q", APP, "app.quit",
           "Leave the app; every decision is already saved", show=False),
    # documents: the page reader
    Action("review.next_undecided", "Next undecided", "n", "documents", "next_undecided",
           "Jump to the next suggestion nobody has decided, in any document"),
    Action("review.redact", "Redact", "r", "documents", "decide('redact')",
           "Redact the current suggestion"),
    Action("review.keep", "Keep", "k", "documents", "decide('keep')",
           "Keep (disclose) the current suggestion"),
    Action("review.why", "Why?", "question_mark", "documents", "why",
           "Show the rule that made the suggestion, its exemption code and reason"),
    Action("review.next_suggestion", "Next on page", "full_stop", "documents",
           "move_suggestion(1)", "The next suggestion on this page", show=False),
    Action("review.previous_suggestion", "Previous on page", "comma", "documents",
           "move_suggestion(-1)", "The previous suggestion on this page", show=False),
    Action("page.next", "Next page", "pagedown", "documents", "move_page(1)",
           "The next page of this document", show=False, priority=True),
    Action("page.previous", "Previous page", "pageup", "documents", "move_page(-1)",
           "The previous page of this document", show=False, priority=True),
    Action("person.redact_here", "Redact person everywhere", "R", "documents",
           "decide_person('redact')",
           "Redact the person this suggestion names, in every mention", show=False),
    Action("person.disclose_here", "Disclose person everywhere", "D", "documents",
           "decide_person('disclose')",
           "Disclose the person this suggestion names, in every mention", show=False),
    # people: the register
    Action("person.redact", "Redact everywhere", "r", "people", "decide('redact')",
           "Redact the highlighted person in every mention"),
    Action("person.disclose", "Disclose everywhere", "d", "people", "decide('disclose')",
           "Disclose the highlighted person in every mention"),
    Action("person.next_undecided", "Next undecided", "n", "people", "next_undecided",
           "The next person nobody has decided"),
    # release
    Action("release.write", "Write the pack", "w", "release", "write",
           "Write and verify the release pack (refused while anything is undecided)"),
    Action("release.refresh", "Refresh checklist", "f5", "release", "refresh_checklist",
           "Count again what is still undecided"),
]

ACTIONS: dict[str, Action] = {a.name: a for a in _ACTIONS}


def for_scope(scope: str) -> list[Action]:
    return [a for a in ACTIONS.values() if a.scope == scope]


def bindings(scope: str) -> list[Binding]:
    """The key bindings of one scope, for a class's ``BINDINGS``."""
    return [a.binding() for a in for_scope(scope)]
