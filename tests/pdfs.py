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


def columns_pdf(path: Path, notes: list[tuple[list[str], str, list[str]]], *,
                font_size: int = 10) -> Path:
    """A case-notes export set in three columns, as some systems print it: each note a
    band with its date, type and worker at the left, its text wrapped in the middle and
    "Rec. … / Auth. …" at the right (``notes``: left lines, text, right lines), drawn line
    by line across the columns, as a report writer fills a table."""
    from reportlab.lib.utils import simpleSplit

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _, height = A4
    leading = font_size * 1.2
    y = height - 72
    for left, body, right in notes:
        lines = simpleSplit(body, "Helvetica", font_size, 260)
        rows = max(len(left), len(lines), len(right))
        for i in range(rows):
            for column_x, column in ((50, left), (130, lines), (410, right)):
                if i < len(column):
                    c.setFont("Helvetica", font_size if column is lines else font_size - 2)
                    c.drawString(column_x, y - i * leading, column[i])
        y -= leading * rows + 18
    c.showPage()
    c.save()
    return path


def form_pdf(path: Path, fields: list[tuple[str, str]], *, font_size: int = 10) -> Path:
    """A form's front sheet: labels in one column, their values in another."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _, height = A4
    y = height - 72
    for label, value in fields:
        c.setFont("Helvetica-Bold", font_size)
        c.drawString(50, y, label)
        c.setFont("Helvetica", font_size)
        c.drawString(170, y, value)
        y -= font_size * 1.2
    c.showPage()
    c.save()
    return path
