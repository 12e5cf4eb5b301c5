"""One page's text with every suggestion on it highlighted by its state."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget


def state_of(suggestion: dict) -> str:
    """suggested (nobody decided yet), redacted or kept."""
    decision = suggestion["decision"]
    if decision == "redact":
        return "redacted"
    if decision == "keep":
        return "kept"
    return "suggested-redact" if suggestion["default_decision"] == "redact" else "suggested-keep"


class PageReader(Widget, can_focus=True):
    """The page text; the look of each state is in the screen's tcss (component classes)."""

    COMPONENT_CLASSES = {
        "reader--suggested-redact",
        "reader--suggested-keep",
        "reader--redacted",
        "reader--kept",
        "reader--current",
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
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.text = ""
        self.suggestions: list[dict] = []
        self.current: int | None = None

    def show(self, text: str, suggestions: list[dict], current: int | None) -> None:
        self.text, self.suggestions, self.current = text, suggestions, current
        self.refresh(layout=True)

    def render(self) -> Text:
        text = Text(self.text or "(this page has no text)", no_wrap=False)
        for i, s in enumerate(self.suggestions):
            style = self.get_component_rich_style(f"reader--{state_of(s)}")
            if i == self.current:
                style += self.get_component_rich_style("reader--current")
            text.stylize(style, s["start"], s["end"])
        return text
