"""Read a glyph-redacted page back with PDFium before it is released.

PDFium is the reader ingest used to find the text and build the boxes, and a different
interpreter from ``content.py``, so it checks the rewrite from outside:

1. no character PDFium finds on the new page has its centre under a box (the test ingest's
   boxes were made to pass: every character of a redacted word has its centre inside);
2. every other character is still there, in the same order, at the same place;
3. where an image was painted, the page renders the same outside the boxes.

A page that fails is rasterised instead, with the failure as its reason.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from redaction.pdf.frame import PageFrame, to_pixels
from redaction.pdf.matrix import Rect

PLACE_TOLERANCE = 0.05  # points a kept character may move (rounding of TJ offsets)
NEAR = 0.5  # points: a character this close to a box may have been taken by it
RENDER_DPI = 48
RENDER_MARGIN_PX = 2
RENDER_CHANGED = 64  # grey levels: a pixel changed by more than this has changed
RENDER_CHANGED_SHARE = 0.002  # of the compared pixels (JPEG re-encoding moves a few)


@dataclass(frozen=True)
class Char:
    """One character PDFium reads, with its loose box in user space."""

    code: int
    box: Rect  # (left, bottom, right, top)


def page_chars(page: pdfium.PdfPage) -> list[Char]:
    """Every character of the page's text layer that is in the content (not generated)."""
    textpage = page.get_textpage()
    try:
        rect = pdfium_c.FS_RECTF()
        chars = []
        for i in range(textpage.count_chars()):
            if pdfium_c.FPDFText_IsGenerated(textpage, i) == 1:
                continue
            if not pdfium_c.FPDFText_GetLooseCharBox(textpage, i, rect):
                continue
            chars.append(Char(pdfium_c.FPDFText_GetUnicode(textpage, i),
                              (rect.left, rect.bottom, rect.right, rect.top)))
        return chars
    finally:
        textpage.close()


def check_text(before: list[Char], after: list[Char], boxes: list[Rect]) -> str | None:
    """None when ``after`` is ``before`` less the characters under the boxes; otherwise
    what is wrong, in words that never quote the text."""
    for char in after:
        if _centre_under(char.box, boxes):
            return "a character under a redaction could still be read"
    j = 0
    for char in before:
        if j < len(after) and _same(char, after[j]):
            j += 1
        elif not _near(char.box, boxes):
            return "text outside the redactions moved or went missing"
    if j < len(after):
        return "text appeared that was not on the page before"
    return None


def check_render(before: pdfium.PdfPage, after: pdfium.PdfPage, frame: PageFrame,
                 boxes: list[Rect]) -> str | None:
    """None when both render alike outside the boxes (in the visible frame)."""
    old, new = _grey(before), _grey(after)
    if old.shape != new.shape:
        return "the page renders at a different size"
    keep = np.ones(old.shape, dtype=bool)
    scale = RENDER_DPI / 72
    mx0, _, _, my1 = frame.mediabox
    for x0, y0, x1, y1 in boxes:
        visible = frame.page_to_visible((x0 - mx0, my1 - y1, x1 - mx0, my1 - y0))
        pixels = to_pixels(visible, scale, (old.shape[1], old.shape[0]))
        if pixels is None:
            continue
        left, top, right, bottom = pixels
        m = RENDER_MARGIN_PX
        keep[max(0, top - m):bottom + m, max(0, left - m):right + m] = False
    if not keep.any():
        return None
    changed = np.abs(old.astype(np.int16) - new.astype(np.int16)) > RENDER_CHANGED
    if changed[keep].mean() > RENDER_CHANGED_SHARE:
        return "the page looks different outside the redactions"
    return None


def _grey(page: pdfium.PdfPage) -> np.ndarray:
    bitmap = page.render(scale=RENDER_DPI / 72, grayscale=True, draw_annots=False,
                         may_draw_forms=False)
    try:
        return np.array(bitmap.to_pil().convert("L"))
    finally:
        bitmap.close()


def _centre_under(box: Rect, boxes: list[Rect]) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in boxes)


def _near(box: Rect, boxes: list[Rect]) -> bool:
    return any(box[0] < x1 + NEAR and x0 - NEAR < box[2] and box[1] < y1 + NEAR
               and y0 - NEAR < box[3] for x0, y0, x1, y1 in boxes)


def _same(a: Char, b: Char) -> bool:
    return a.code == b.code and all(
        abs(p - q) <= PLACE_TOLERANCE for p, q in zip(a.box, b.box, strict=True))
