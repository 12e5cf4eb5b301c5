"""The opaque boxes drawn over redacted areas, each labelled with its exemption code.

A box is a black rectangle in user space. Its label is white and upright as a viewer shows
the page (``PageFrame.user_to_visible``), or along a box at least twice as tall as wide
(text set vertically). The
label is a stencil image (an image mask painted in white), not text: the page's text layer
keeps exactly the words that were released, and an extractor finds no stray "S40(2)" in
the middle of a sentence. The same bold face as rasterised pages is used (``raster.py``).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import pikepdf
from pikepdf import Name
from PIL import Image, ImageDraw

from redaction.pdf.frame import PageFrame
from redaction.pdf.matrix import Matrix, Rect, invert, multiply, transform_rect
from redaction.pdf.raster import label_font

LABEL_PX = 64  # height the code is rendered at, in pixels
TALL = 2.0  # a box this many times taller than wide is labelled along its length
LABEL_SHARE = 0.7  # of the box's height
MIN_LABEL_PT = 4.0  # smaller labels are left out, as on rasterised pages
MARGIN_PT = 2.0


@dataclass(frozen=True)
class Stencil:
    """One code rendered once per document: an image mask and its width over height."""

    xobject: pikepdf.Stream
    aspect: float


class Labels:
    """Stencils of one document, by exemption code."""

    def __init__(self, pdf: pikepdf.Pdf) -> None:
        self.pdf = pdf
        self._stencils: dict[str, Stencil | None] = {}

    def stencil(self, code: str) -> Stencil | None:
        if code not in self._stencils:
            self._stencils[code] = self._render(code)
        return self._stencils[code]

    def _render(self, code: str) -> Stencil | None:
        font = label_font(LABEL_PX)
        left, top, right, bottom = font.getbbox(code, anchor="lt")
        width, height = right - left, bottom - top
        if width <= 0 or height <= 0:
            return None
        picture = Image.new("L", (width, height), 255)
        ImageDraw.Draw(picture).text((-left, -top), code, font=font, fill=0, anchor="lt")
        mask = picture.point(lambda v: 255 if v >= 128 else 0).convert("1")
        stream = pikepdf.Stream(self.pdf, b"")
        stream.write(zlib.compress(mask.tobytes(), 9), filter=Name.FlateDecode)
        stream.Type, stream.Subtype = Name.XObject, Name.Image
        stream.Width, stream.Height = width, height
        stream.ImageMask = True
        stream.BitsPerComponent = 1
        return Stencil(self.pdf.make_indirect(stream), width / height)


def draw_boxes(boxes: Iterable[tuple[Rect, str]], frame: PageFrame, labels: Labels,
               name_for) -> bytes:
    """Content that paints every box black, then every label that fits, in user space.

    ``name_for(xobject)`` gives the resource name a stencil is drawn under.
    """
    boxes = list(boxes)
    ops = ["q", "0 g"]
    for (x0, y0, x1, y1), _ in boxes:
        ops.append(f"{_n(x0)} {_n(y0)} {_n(x1 - x0)} {_n(y1 - y0)} re f")
    ops.append("Q")
    to_visible = frame.user_to_visible()
    to_user = invert(to_visible)
    placed: list[Rect] = []
    for rect, code in boxes:
        code = code.strip()
        stencil = labels.stencil(code) if code else None
        if stencil is None or to_user is None:
            continue
        matrix, area = _place(stencil, transform_rect(to_visible, *rect), to_user)
        if matrix is None or any(_touches(area, other) for other in placed):
            continue
        placed.append(area)
        name = name_for(stencil.xobject)
        ops.append(f"q 1 g {' '.join(_n(v) for v in matrix)} cm {name} Do Q")
    return ("\n".join(ops) + "\n").encode()


def _place(stencil: Stencil, box: Rect, to_user: Matrix) -> tuple[Matrix | None, Rect]:
    """Where the stencil goes inside a visible-frame box (top-left origin, y down): the
    matrix from its unit square to user space, and the visible area it takes."""
    x0, top, x1, bottom = box
    width, height = x1 - x0, bottom - top
    upright = height < TALL * width
    along, across = (width, height) if upright else (height, width)
    label_h = min(across * LABEL_SHARE, across - 1.0)
    label_w = label_h * stencil.aspect
    if label_w > along - 2 * MARGIN_PT:
        label_w = along - 2 * MARGIN_PT
        label_h = label_w / stencil.aspect
    if label_h < MIN_LABEL_PT:
        return None, box
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    if upright:  # the unit square's top row is the label's top
        lx, ly = cx - label_w / 2, cy - label_h / 2
        unit: Matrix = (label_w, 0.0, 0.0, -label_h, lx, ly + label_h)
        area = (lx, ly, lx + label_w, ly + label_h)
    else:  # reading upwards, along a tall box
        lx, ly = cx - label_h / 2, cy - label_w / 2
        unit = (0.0, -label_w, -label_h, 0.0, lx + label_h, ly + label_w)
        area = (lx, ly, lx + label_h, ly + label_w)
    return multiply(unit, to_user), area


def _touches(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _n(value: float) -> str:
    """A number for a content stream: fixed point, no exponent, no trailing zeros."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text
