"""HTML to PDF in pure Python (xhtml2pdf on reportlab), saved with clean metadata."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pikepdf

from redaction.pdf.save import own_metadata, save_pdf


class PdfRenderError(RuntimeError):
    """The HTML could not be rendered to PDF."""


def html_to_pdf(html: str, out: Path, *, title: str, lang: str = "en-GB") -> int:
    """Render ``html`` to ``out``; returns the number of pages."""
    from xhtml2pdf import pisa

    buffer = io.BytesIO()
    logging.getLogger("xhtml2pdf").setLevel(logging.ERROR)  # it warns about every CSS rule
    status = pisa.CreatePDF(html, dest=buffer, encoding="utf-8")
    if status.err:
        raise PdfRenderError(f"{out.name}: {status.err} error(s) rendering the HTML")
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        own_metadata(pdf, title, lang)
        save_pdf(pdf, out)
        pages = len(pdf.pages)
    return pages
