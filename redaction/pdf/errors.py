"""One small exception per condition; each message names the file and the problem."""

from __future__ import annotations

from pathlib import Path


class RedactionError(Exception):
    """A PDF could not be redacted; nothing was written for it."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


class SourceUnreadable(RedactionError):
    """The source PDF could not be opened (damaged, not a PDF, or needs a password)."""


class RedactionOutsidePage(RedactionError):
    """A redaction names a page the PDF does not have, or lies wholly off its page.

    Raised rather than skipped: a box in the wrong place means the content it was meant to
    remove would be released.
    """


class Unredactable(Exception):
    """A page's content cannot be redacted glyph by glyph with certainty.

    Not an error for the file: the page is rasterised instead, and ``reason`` (plain
    English, e.g. "text in a Type3 font (F3)") goes into the disclosure schedule.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
