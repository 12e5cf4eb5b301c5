"""Redacted documents for the pack: every source released as a PDF with content removed."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from lifestory.ingest.pdf_reader import CharBoxes
from lifestory.release.boxes import span_boxes
from lifestory.release.text_pdf import write_text_pdf
from lifestory.timeline.view import redactions_by_page, released_stem
from lifestory.workspace import Workspace
from redaction.models import Redaction
from redaction.pdf import redact_pdf
from redaction.text import runs


@dataclass
class ReleasedDocument:
    document_id: str
    name: str  # file name inside documents/
    pages: int  # pages of the released PDF
    redactions: int
    rasterised_pages: list[int]
    page_of: dict[int, int] = field(default_factory=dict)  # source page → released page
    # Pages released as a picture because they could not be redacted glyph by glyph with
    # certainty, and why ("text in a Type3 font (F3)"): shown in the schedule.
    fallback_reasons: dict[int, str] = field(default_factory=dict)

    def released_page(self, source_page: int) -> int:
        """Where a source page starts in the released PDF (text sources are re-paginated)."""
        return self.page_of.get(source_page, source_page)


def release_document(ws: Workspace, doc: dict, out_dir: Path, title: str,
                     name: str) -> ReleasedDocument:
    """``name``: the document's name with anything redacted taken out (``released_names``)."""
    by_page = redactions_by_page(ws, doc["id"])
    out = out_dir / f"{released_stem(name)}.pdf"
    count = sum(len(v) for v in by_page.values())
    if doc["kind"] == "pdf":
        source = ws.readable(doc)
        redactions = []
        with CharBoxes(source) as chars:
            for page_number, suggestions in by_page.items():
                page = ws.page(doc["id"], page_number)
                words = ws.words(doc["id"], page_number)
                exact = (partial(chars.box, page_number) if page["text_source"] == "pdf"
                         else None)  # OCR words have no characters in the file
                for s in suggestions:
                    if s["entity_type"] == "UNREAD_PAGE":
                        boxes = [(0.0, 0.0, page["width"] or 612.0, page["height"] or 792.0)]
                    else:
                        boxes = span_boxes(words, s["start"], s["end"], exact)
                    redactions.extend(
                        Redaction(page_number, *box, code=s["exemption_code"] or "")
                        for box in boxes
                    )
        report = redact_pdf(source, redactions, out, title=title)
        return ReleasedDocument(doc["id"], out.name, report.pages, count,
                                list(report.rasterised_pages),
                                fallback_reasons=dict(report.fallback_reasons))
    pages = []
    for page in ws.pages(doc["id"]):
        spans = [(s["start"], s["end"], s["exemption_code"] or "")
                 for s in by_page.get(page["page_number"], [])]
        pages.append(runs(page["text"], spans))
    report = write_text_pdf(pages, out, title=title)
    page_of = {n: first for n, first in enumerate(report.first_page, start=1)}
    return ReleasedDocument(doc["id"], out.name, report.pages, count, [], page_of)
