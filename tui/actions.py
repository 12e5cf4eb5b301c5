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
    short: str = ""  # a shorter word for the footer, where the description is long

    @property
    def group(self) -> str:
        return self.name.split(".", 1)[0]

    @property
    def title(self) -> str:
        """The palette name: ``group: Description``."""
        return f"{self.group}: {self.description}"

    def binding(self) -> Binding:
        return Binding(self.key, self.action, self.short or self.description, show=self.show,
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
    Action("review.select", "Redact a selection…", "x", "documents", "select",
           "Select words the tool missed (arrows; Shift to select more; Enter), redact them, "
           "then choose whether to redact every other place they are written", short="Select"),
    Action("review.exemption", "Exemption code…", "e", "documents", "exemption",
           "Change the exemption code and the plain reason of the current suggestion",
           short="Code"),
    Action("review.preview", "Preview", "p", "documents", "preview",
           "The page as it would be released now (undecided suggestions as proposed)"),
    Action("person.split_here", "Split off the person", "S", "documents", "split_person",
           "This mention is someone else: make it a person of its own, undecided",
           show=False),
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
    Action("person.merge", "Merge with…", "m", "people", "merge",
           "The highlighted person and another are one: every mention of the other becomes "
           "theirs", short="Merge"),
    # timeline: entries by chapter
    Action("timeline.include", "Include", "a", "timeline", "decide('include')",
           "Include the highlighted entry (or memory) in the pack"),
    Action("timeline.hide", "Hide…", "h", "timeline", "hide",
           "Hide the highlighted entry from the pack, with a reason", short="Hide"),
    Action("timeline.next_undecided", "Next undecided", "n", "timeline", "next_undecided",
           "The next timeline entry nobody has decided", short="Next"),
    Action("timeline.title", "Edit title…", "t", "timeline", "edit_title",
           "Change the entry's title in the pack (empty: the one made from the record)",
           short="Title"),
    Action("timeline.category", "Change category…", "c", "timeline", "edit_category",
           "Change the entry's category", short="Category"),
    Action("timeline.annotate", "Annotate…", "o", "timeline", "annotate",
           "Add a note to the entry (background, why, a correction…), signed by you",
           short="Note"),
    Action("timeline.memory", "Add a memory…", "m", "timeline", "add_memory",
           "A memory: its words, when (a date or a period), whose, a photo", short="Memory"),
    Action("timeline.content_note", "Content note…", "w", "timeline", "content_note",
           "Set the difficult matters to warn of before the entry, or clear them",
           short="Warning"),
    Action("timeline.automatic_notes", "Content notes as found", "W", "timeline",
           "automatic_notes", "Put back the content notes the tool found", show=False),
    Action("timeline.jump_year", "Jump to year…", "y", "timeline", "jump_year",
           "Go to the first entry of a year", short="Year"),
    Action("timeline.next_chapter", "Next chapter", "right_square_bracket", "timeline",
           "move_chapter(1)", "The next chapter", show=False),
    Action("timeline.previous_chapter", "Previous chapter", "left_square_bracket",
           "timeline", "move_chapter(-1)", "The previous chapter", show=False),
    # reading mode: a supported reading session with the care leaver
    Action("reading.begin", "Begin / read it", "enter", "reading", "proceed",
           "Begin reading, or read the chapter a content note is about", priority=True,
           short="Read"),
    Action("reading.next", "Next", "right", "reading", "move(1)",
           "The next entry (at the end of a chapter, the next chapter)", priority=True),
    Action("reading.back", "Back", "left", "reading", "move(-1)", "The entry before",
           priority=True),
    Action("reading.pause", "Pause", "p", "reading", "pause",
           "A quiet screen with nothing from the records on it; one key to come back"),
    Action("reading.question", "A question", "question_mark", "reading", "write('question')",
           "Write down a question about this entry", short="Question"),
    Action("reading.own_account", "Own account", "o", "reading", "write('own account')",
           "Write down the care leaver's own account of this entry"),
    Action("reading.skip", "Skip this part", "s", "reading", "skip",
           "Skip this chapter and go on to the next", short="Skip"),
    Action("reading.next_chapter", "Next chapter", "pagedown", "reading", "move_chapter(1)",
           "Go on to the next chapter", priority=True, show=False),
    Action("reading.previous_chapter", "Chapter before", "pageup", "reading",
           "move_chapter(-1)", "Go back to the chapter before", priority=True, show=False),
    Action("reading.scroll_down", "Scroll down", "down", "reading", "scroll(1)",
           "Read further down a long entry", show=False),
    Action("reading.scroll_up", "Scroll up", "up", "reading", "scroll(-1)",
           "Read back up a long entry", show=False),
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
