"""A small footer on every page of a released PDF: the pack reference and "page x of y".

Drawn onto the already-redacted file as a form XObject added after the page's own content:
nothing of the page is read, re-drawn or re-introduced, only the footer is added. A page
shown rotated (``/Rotate``) gets its footer along the bottom as the reader sees it.

Example::

    stamp_pdf(Path("pack/documents/case-notes.pdf"), "SAR-2026-0142")
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from lifestory.release.text_pdf import _fonts, _safe
from redaction.pdf.save import save_pdf

FOOTER_SIZE = 7.5
FOOTER_RISE = 12  # points from the bottom edge to the baseline
GREY = (0.32, 0.36, 0.40)


def footer_text(reference: str, name: str, number: int, total: int) -> str:
    return f"{reference} \u00b7 {name} \u00b7 page {number} of {total}"


def stamp_pdf(path: Path, reference: str) -> int:
    """Stamp every page of ``path`` in place; returns the number of pages stamped."""
    path = Path(path)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        total = len(pdf.pages)
        boxes = [_visible(page) for page in pdf.pages]
        overlay = pikepdf.open(io.BytesIO(_overlay(
            [(w, h, footer_text(reference, path.name, n, total))
             for n, (_, _, w, h, _) in enumerate(boxes, 1)]
        )))
        for page, stamp, (x0, y0, w, h, rotate) in zip(pdf.pages, overlay.pages, boxes,
                                                        strict=True):
            form = pdf.copy_foreign(stamp.as_form_xobject())
            name = page.add_resource(form, pikepdf.Name.XObject, prefix="Stamp")
            matrix = _matrix(x0, y0, w, h, rotate)
            page.contents_coalesce()
            page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
            page.contents_add(pdf.make_stream(
                b"Q\nq " + " ".join(_num(v) for v in matrix).encode() + b" cm "
                + bytes(name) + b" Do Q\n"
            ))
        save_pdf(pdf, path)
        overlay.close()
    return total


def _visible(page: pikepdf.Page) -> tuple[float, float, float, float, int]:
    """(x0, y0, width, height, rotate) of the crop box as the reader sees it."""
    box = page.cropbox
    x0, y0, x1, y1 = (float(v) for v in box)
    x0, x1 = min(x0, x1), max(x0, x1)
    y0, y1 = min(y0, y1), max(y0, y1)
    rotate = int(page.obj.get(pikepdf.Name.Rotate, 0)) % 360
    w, h = x1 - x0, y1 - y0
    if rotate in (90, 270):
        w, h = h, w
    return x0, y0, w, h, rotate


def _matrix(x0: float, y0: float, w: float, h: float, rotate: int) -> tuple[float, ...]:
    """From the seen page (origin bottom left, ``w`` by ``h``) to the page's own space.

    ``w`` and ``h`` are as seen; for a quarter turn the crop box is ``h`` wide and ``w`` high.
    """
    if rotate == 90:
        return (0, 1, -1, 0, x0 + h, y0)
    if rotate == 180:
        return (-1, 0, 0, -1, x0 + w, y0 + h)
    if rotate == 270:
        return (0, -1, 1, 0, x0, y0 + w)
    return (1, 0, 0, 1, x0, y0)


def _overlay(pages: list[tuple[float, float, str]]) -> bytes:
    """One page per stamp, each the size of the page it goes on, holding only the footer."""
    fonts = _fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=1)
    for w, h, text in pages:
        canvas.setPageSize((w, h))
        text = _safe(text, fonts)
        size = FOOTER_SIZE
        while size > 4 and pdfmetrics.stringWidth(text, fonts.regular, size) > w - 24:
            size -= 0.5
        canvas.setFillColorRGB(*GREY)
        canvas.setFont(fonts.regular, size)
        canvas.drawCentredString(w / 2, FOOTER_RISE * min(1.0, h / 400), text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _num(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".") or "0"
