"""Plain objects that pass between detection, decision and redaction."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Finding:
    """Something a recogniser found in a page's text, before any decision.

    ``start`` and ``end`` are character offsets into the page text.
    """

    start: int
    end: int
    entity_type: str
    text: str
    score: float
    recognizer: str
    explanation: str = ""


@dataclass
class Suggestion:
    """A proposed redaction (or a proposal to keep), with a reason a person can read."""

    document_id: str
    page_number: int
    start: int
    end: int
    text: str
    entity_type: str
    default_decision: str  # "redact" or "keep"
    exemption_code: str | None
    reason: str
    confidence: float
    rule: str
    person_id: str | None = None
    flagged: bool = False


@dataclass(frozen=True)
class Redaction:
    """One area of one page to remove, in PDF points with a top-left origin."""

    page_number: int  # 1-based
    x0: float
    top: float
    x1: float
    bottom: float
    code: str = ""

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass
class PdfRedactionReport:
    """What happened to one PDF during redaction, for the disclosure schedule."""

    pages: int = 0
    redacted_pages: list[int] = field(default_factory=list)  # every page with a redaction
    rasterised_pages: list[int] = field(default_factory=list)  # released as pictures
    removed: list[str] = field(default_factory=list)  # e.g. "metadata", "annotations"
    # Pages that could not be redacted glyph by glyph with certainty and were rasterised
    # instead, with the reason in plain words ("text in a Type3 font (F3)"); never text.
    fallback_reasons: dict[int, str] = field(default_factory=dict)
    glyph_pages: list[int] = field(default_factory=list)  # redacted glyph by glyph
    removed_glyphs: int = 0
    painted_images: int = 0
