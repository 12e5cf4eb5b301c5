"""Which glyphs, images and paths a page's redaction boxes take, in user space.

Boxes arrive padded by a point on every side (``lifestory/release/boxes.py``), built from
PDFium's loose character boxes. A glyph is taken when its centre is inside a box (so every
character the box was made from goes), or when the box covers more of it than padding can
explain: more than ``SLOP`` points of its width (or half of a narrow glyph), over half its
height. A neighbour that the padding only grazes stays.
"""

from __future__ import annotations

from redaction.pdf.matrix import Rect

SLOP = 1.25  # points: the 1 pt padding, and a quarter point for rounding
MIN_OVERLAP = 0.01  # points: an image or path that only touches a box's edge is not under it


class Areas:
    """The redaction boxes of one page, in user space (x0, y0, x1, y1), y up."""

    def __init__(self, rects: list[Rect]) -> None:
        self.rects = [r for r in rects if r[2] > r[0] and r[3] > r[1]]
        self.x0 = min((r[0] for r in self.rects), default=0.0)
        self.x1 = max((r[2] for r in self.rects), default=0.0)
        self.y0 = min((r[1] for r in self.rects), default=0.0)
        self.y1 = max((r[3] for r in self.rects), default=0.0)
        self.used: set[Rect] = set()  # boxes that took a glyph or painted an image
        self.changed: list[Rect] = []  # where the page looks different: glyphs, pixels

    def __bool__(self) -> bool:
        return bool(self.rects)

    def near(self, rect: Rect) -> list[Rect]:
        """Boxes that overlap ``rect`` at all, edges included (for a quick first cut)."""
        if (rect[2] < self.x0 or rect[0] > self.x1 or rect[3] < self.y0
                or rect[1] > self.y1):
            return []
        return [r for r in self.rects
                if rect[0] <= r[2] and r[0] <= rect[2] and rect[1] <= r[3] and r[1] <= rect[3]]

    def under(self, rect: Rect) -> list[Rect]:
        """Boxes that share more than an edge with ``rect`` (images, path segments)."""
        return [r for r in self.near(rect)
                if min(rect[2], r[2]) - max(rect[0], r[0]) > MIN_OVERLAP
                and min(rect[3], r[3]) - max(rect[1], r[1]) > MIN_OVERLAP]


def takes_glyph(glyph: Rect, boxes: list[Rect]) -> Rect | None:
    """The first of ``boxes`` that takes a glyph whose box is ``glyph``, or None."""
    gx0, gy0, gx1, gy1 = glyph
    cx, cy = (gx0 + gx1) / 2, (gy0 + gy1) / 2
    width, height = gx1 - gx0, gy1 - gy0
    for x0, y0, x1, y1 in boxes:
        if x0 <= cx <= x1 and y0 <= cy <= y1:
            return (x0, y0, x1, y1)
        ox = min(gx1, x1) - max(gx0, x0)
        oy = min(gy1, y1) - max(gy0, y0)
        if ox > 0 and oy > 0 and ox > min(SLOP, 0.5 * width) and oy >= 0.5 * height:
            return (x0, y0, x1, y1)
    return None
