"""Where a redaction box lands on a page as a viewer shows it.

Two frames meet here, and this module is the only place that converts between them:

* the *page frame* of a :class:`~redaction.models.Redaction` (and of ingest's words): PDF
  points from the top-left corner of the page's MediaBox, x to the right, y down, ignoring
  /Rotate and the CropBox. It is the text layer's own frame, so a word's box never depends
  on how the page is displayed.
* the *visible frame*: what a viewer (and a PDFium render) shows, i.e. the CropBox cut to
  the MediaBox and then turned clockwise by /Rotate, again top-left origin, y down.

Boxes everywhere are ``(x0, top, x1, bottom)``; see ``redaction/geometry.py``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pikepdf

from redaction.geometry import Box

Rect = tuple[float, float, float, float]  # PDF's own (left, bottom, right, top), y up


def normalise_rect(rect: Rect) -> Rect:
    """A PDF rectangle may list its corners in any order (``[400 600 0 0]`` is legal)."""
    x0, y0, x1, y1 = (float(v) for v in rect)
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def inherited(page: pikepdf.Dictionary, key: str):
    """A page attribute, looked up the /Parent chain as PDF allows for a few keys."""
    node, seen = page, set()
    while isinstance(node, pikepdf.Dictionary):
        if key in node:
            return node[key]
        if node.objgen != (0, 0):
            if node.objgen in seen:
                break
            seen.add(node.objgen)
        node = node.get("/Parent")
    return None


@dataclass(frozen=True)
class PageFrame:
    """The geometry of one page: its MediaBox, the visible part of it, and its rotation."""

    mediabox: Rect
    visible: Rect  # CropBox intersected with MediaBox, in user space
    rotation: int  # clockwise degrees: 0, 90, 180 or 270

    @classmethod
    def from_boxes(cls, mediabox: Rect, cropbox: Rect | None, rotation: int) -> PageFrame:
        media = normalise_rect(mediabox)
        crop = normalise_rect(cropbox) if cropbox is not None else media
        visible = (
            max(media[0], crop[0]),
            max(media[1], crop[1]),
            min(media[2], crop[2]),
            min(media[3], crop[3]),
        )
        if visible[0] >= visible[2] or visible[1] >= visible[3]:
            visible = media  # PDFium falls back to the MediaBox the same way
        return cls(media, visible, int(rotation) % 360)

    @classmethod
    def of_page(cls, page: pikepdf.Dictionary) -> PageFrame:
        """The frame of a page, its boxes and rotation inherited from the page tree as PDF
        allows. Read with pikepdf because PDFium's box getters do not inherit
        (crbug.com/pdfium/1786): fpdf2 and others put the MediaBox on /Pages only."""
        mediabox = inherited(page, "/MediaBox")
        cropbox = inherited(page, "/CropBox")
        rotate = inherited(page, "/Rotate")
        return cls.from_boxes(
            tuple(float(v) for v in mediabox) if mediabox is not None else (0, 0, 612, 792),
            tuple(float(v) for v in cropbox) if cropbox is not None else None,
            int(rotate) if rotate is not None else 0,
        )

    @property
    def visible_size(self) -> tuple[float, float]:
        """(width, height) as shown: the sides swap on a page turned a quarter."""
        w = self.visible[2] - self.visible[0]
        h = self.visible[3] - self.visible[1]
        return (h, w) if self.rotation in (90, 270) else (w, h)

    def page_to_visible(self, box: Box) -> Box:
        """A page-frame box (ingest's, a Redaction's) in the visible frame."""
        mx0, _, _, my1 = self.mediabox
        # Page frame -> user space (y up) -> offsets from the visible area's bottom-left.
        u0, u1 = mx0 + box[0] - self.visible[0], mx0 + box[2] - self.visible[0]
        v0, v1 = my1 - box[3] - self.visible[1], my1 - box[1] - self.visible[1]
        w = self.visible[2] - self.visible[0]
        h = self.visible[3] - self.visible[1]
        if self.rotation == 90:
            return (v0, u0, v1, u1)
        if self.rotation == 180:
            return (w - u1, v0, w - u0, v1)
        if self.rotation == 270:
            return (h - v1, w - u1, h - v0, w - u0)
        return (u0, h - v1, u1, h - v0)

    def page_to_user(self, box: Box) -> Rect:
        """A page-frame box in user space, the content stream's own frame: (left, bottom,
        right, top), y up. Rotation and cropping do not enter into it."""
        mx0, _, _, my1 = self.mediabox
        return (mx0 + box[0], my1 - box[3], mx0 + box[2], my1 - box[1])

    def user_to_visible(self) -> tuple[float, float, float, float, float, float]:
        """The matrix from user space to the visible frame (what :meth:`page_to_visible`
        does to boxes), for drawing something upright as the viewer shows the page."""
        vx0, vy0, vx1, vy1 = self.visible
        w, h = vx1 - vx0, vy1 - vy0
        if self.rotation == 90:
            return (0.0, 1.0, 1.0, 0.0, -vy0, -vx0)
        if self.rotation == 180:
            return (-1.0, 0.0, 0.0, 1.0, vx0 + w, -vy0)
        if self.rotation == 270:
            return (0.0, -1.0, -1.0, 0.0, vy0 + h, vx0 + w)
        return (1.0, 0.0, 0.0, -1.0, -vx0, vy0 + h)

    def visible_to_page(self, box: Box) -> Box:
        """The inverse of :meth:`page_to_visible`, e.g. for OCR words found in a render."""
        w = self.visible[2] - self.visible[0]
        h = self.visible[3] - self.visible[1]
        if self.rotation == 90:
            u0, u1, v0, v1 = box[1], box[3], box[0], box[2]
        elif self.rotation == 180:
            u0, u1, v0, v1 = w - box[2], w - box[0], box[1], box[3]
        elif self.rotation == 270:
            u0, u1, v0, v1 = w - box[3], w - box[1], h - box[2], h - box[0]
        else:
            u0, u1, v0, v1 = box[0], box[2], h - box[3], h - box[1]
        mx0, _, _, my1 = self.mediabox
        return (
            u0 + self.visible[0] - mx0,
            my1 - (v1 + self.visible[1]),
            u1 + self.visible[0] - mx0,
            my1 - (v0 + self.visible[1]),
        )


def to_pixels(box: Box, scale: float, size: tuple[int, int]) -> tuple[int, int, int, int] | None:
    """A visible-frame box as whole pixels of a render at ``scale`` pixels per point.

    Rounded outwards, so a box never shrinks by a partial pixel and leaves ink at its edge;
    clipped to the image. None when nothing of the box is on the image.
    """
    left = max(0, math.floor(box[0] * scale))
    top = max(0, math.floor(box[1] * scale))
    right = min(size[0], math.ceil(box[2] * scale))
    bottom = min(size[1], math.ceil(box[3] * scale))
    if left >= right or top >= bottom:
        return None
    return (left, top, right, bottom)
