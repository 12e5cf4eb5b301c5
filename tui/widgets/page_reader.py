"""One page's text with every suggestion on it highlighted by its state; a word cursor to
select what the tool missed; and a preview of the page as it will be released."""

from __future__ import annotations

import re

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget

from redaction.text import runs

WORD = re.compile(r"\S+")
BLOCK = "█"


def state_of(suggestion: dict) -> str:
    """suggested (nobody decided yet), redacted or kept."""
    decision = suggestion["decision"]
    if decision == "redact":
        return "redacted"
    if decision == "keep":
        return "kept"
    return "suggested-redact" if suggestion["default_decision"] == "redact" else "suggested-keep"


def released_text(text: str, suggestions: list[dict]) -> str:
    """The page as it would be released now: every redaction decided, and every suggestion
    still undecided that proposes one, blacked out letter for letter (lines kept)."""
    spans = [(s["start"], s["end"], s["exemption_code"] or "") for s in suggestions
             if state_of(s) in ("redacted", "suggested-redact")]
    return "".join(piece if code is None else re.sub(r"\S", BLOCK, piece)
                   for piece, code in runs(text, spans))


class PageReader(Widget, can_focus=True):
    """The page text; the look of each state is in the screen's tcss (component classes)."""

    class Selected(Message):
        """The officer selected words to redact (offsets into the page text)."""

        def __init__(self, start: int, end: int, text: str) -> None:
            super().__init__()
            self.start, self.end, self.text = start, end, text

    BINDINGS = [
        Binding("left", "move(-1)", "Word before", show=False),
        Binding("right", "move(1)", "Word after", show=False),
        Binding("up", "line(-1)", "Line above", show=False),
        Binding("down", "line(1)", "Line below", show=False),
        Binding("shift+left", "extend(-1)", "Select less", show=False),
        Binding("shift+right", "extend(1)", "Select more", show=False),
        Binding("enter", "done", "Redact the selection"),
        Binding("escape", "cancel", "Stop selecting"),
    ]
    COMPONENT_CLASSES = {
        "reader--suggested-redact",
        "reader--suggested-keep",
        "reader--redacted",
        "reader--kept",
        "reader--current",
        "reader--selection",
    }
    DEFAULT_CSS = """
    PageReader {
        height: auto;
        padding: 0 1;
    }
    PageReader > .reader--suggested-redact { background: $warning 45%; text-style: bold; }
    PageReader > .reader--suggested-keep { background: $warning 20%; text-style: underline; }
    PageReader > .reader--redacted { background: $error 55%; text-style: strike; }
    PageReader > .reader--kept { background: $success 30%; }
    PageReader > .reader--current { text-style: bold reverse; }
    PageReader > .reader--selection { background: $accent 60%; text-style: bold underline; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.text = ""
        self.suggestions: list[dict] = []
        self.current: int | None = None
        self.preview = False
        self.words: list[tuple[int, int]] = []
        self.selecting = False
        self.anchor = self.cursor = 0  # word indexes: the selection runs between them

    def show(self, text: str, suggestions: list[dict], current: int | None) -> None:
        if text != self.text:
            self.selecting = False
            self.words = [m.span() for m in WORD.finditer(text or "")]
        self.text, self.suggestions, self.current = text, suggestions, current
        self.refresh(layout=True)

    def render(self) -> Text:
        if self.preview:
            return Text(released_text(self.text, self.suggestions) or "(this page has no text)")
        text = Text(self.text or "(this page has no text)", no_wrap=False)
        for i, s in enumerate(self.suggestions):
            style = self.get_component_rich_style(f"reader--{state_of(s)}")
            if i == self.current:
                style += self.get_component_rich_style("reader--current")
            text.stylize(style, s["start"], s["end"])
        if self.selecting and self.words:
            start, end = self.selection
            text.stylize(self.get_component_rich_style("reader--selection"), start, end)
        return text

    # -- selecting words --------------------------------------------------------------------

    @property
    def selection(self) -> tuple[int, int]:
        first, last = sorted((self.anchor, self.cursor))
        return self.words[first][0], self.words[last][1]

    def start_selecting(self, at: int | None = None) -> bool:
        """Put a word cursor on the page, at the word holding offset ``at``."""
        if not self.words:
            return False
        index = 0
        if at is not None:
            index = next((i for i, (_, e) in enumerate(self.words) if e > at), 0)
        self.selecting, self.anchor, self.cursor = True, index, index
        self.preview = False
        self.refresh()
        self.refresh_bindings()
        return True

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in ("move", "line", "extend", "done", "cancel"):
            return self.selecting
        return True

    def follow(self) -> None:
        """Keep the word cursor in view (by source line: near enough where lines wrap)."""
        self.refresh()
        container = self.parent
        if container is None or not self.words:
            return
        line = self.text.count("\n", 0, self.words[self.cursor][0])
        top, height = container.scroll_y, container.size.height
        if not top <= line < top + height - 1:
            container.scroll_to(y=max(0, line - 3), animate=False)

    def action_move(self, step: int) -> None:
        self.cursor = min(max(self.cursor + step, 0), len(self.words) - 1)
        self.anchor = self.cursor
        self.follow()

    def action_extend(self, step: int) -> None:
        self.cursor = min(max(self.cursor + step, 0), len(self.words) - 1)
        self.follow()

    def action_line(self, step: int) -> None:
        """The word at (or after) the same column on the line above or below."""
        start = self.words[self.cursor][0]
        line_start = self.text.rfind("\n", 0, start) + 1
        column = start - line_start
        if step > 0:
            target = self.text.find("\n", start)
            if target == -1:
                return
            target += 1
        else:
            if line_start == 0:
                return
            target = self.text.rfind("\n", 0, line_start - 1) + 1
        line_end = self.text.find("\n", target)
        line_end = len(self.text) if line_end == -1 else line_end
        here = [i for i, (s, _) in enumerate(self.words) if target <= s < line_end]
        if not here:
            return
        self.cursor = self.anchor = next(
            (i for i in here if self.words[i][1] - target > column), here[-1])
        self.follow()

    def action_done(self) -> None:
        start, end = self.selection
        self.selecting = False
        self.refresh()
        self.refresh_bindings()
        self.post_message(self.Selected(start, end, self.text[start:end]))

    def action_cancel(self) -> None:
        self.selecting = False
        self.refresh()
        self.refresh_bindings()
