"""Plain objects for what ingest produces: documents, pages and words with positions."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Word:
    """A word on a page.

    ``start``/``end`` are offsets into the page text. Boxes are PDF points with a top-left
    origin; sources with no layout (DOCX, e-mail, text) have no box.
    """

    text: str
    start: int
    end: int
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None


@dataclass
class Page:
    page_number: int  # 1-based
    text: str
    width: float | None = None
    height: float | None = None
    words: list[Word] = field(default_factory=list)
    text_source: str = "text"  # "pdf", "ocr", "text" or "none" (no text layer, no OCR)


@dataclass
class Attachment:
    """A file found inside another (an e-mail attachment), ingested as a document of its own."""

    filename: str
    data: bytes
