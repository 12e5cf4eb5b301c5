"""Small real PDFs and files for tests, made with the same libraries a council's export uses."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def text_pdf(path: Path, pages: list[list[str]], *, font_size: int = 11) -> Path:
    """A text PDF: one list of lines per page, drawn top to bottom."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    for lines in pages:
        c.setFont("Helvetica", font_size)
        y = height - 72
        for line in lines:
            c.drawString(72, y, line)
            y -= font_size * 1.5
        c.showPage()
    c.save()
    return path


def many_pages_pdf(path: Path, count: int) -> Path:
    """A long export: every page carries a dated note, as case-notes reports do."""
    pages = [
        [f"Date: {1 + i % 28:02d}/{1 + i % 12:02d}/20{10 + i % 9}   Type: Case note",
         "Author: Anna Price (Social Worker)",
         f"Note {i + 1}: home visit, Jade was settled and talked about school."]
        for i in range(count)
    ]
    return text_pdf(path, pages)
