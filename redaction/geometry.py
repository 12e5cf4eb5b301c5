"""Pure functions over boxes.

Every box is ``(x0, top, x1, bottom)`` in PDF points with the origin at the *top-left* of
the page (as pdfplumber does). PDF's own bottom-left origin is flipped once, in the reader.
"""

from __future__ import annotations

from collections.abc import Iterable

Box = tuple[float, float, float, float]


def merge_boxes(boxes: Iterable[Box]) -> Box:
    """The smallest box holding every box given."""
    boxes = list(boxes)
    if not boxes:
        raise ValueError("merge_boxes needs at least one box")
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def overlap(a: Box, b: Box) -> Box | None:
    """The shared area of two boxes, or None when they do not touch."""
    x0, top = max(a[0], b[0]), max(a[1], b[1])
    x1, bottom = min(a[2], b[2]), min(a[3], b[3])
    if x0 >= x1 or top >= bottom:
        return None
    return (x0, top, x1, bottom)


def area(box: Box) -> float:
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def pad(box: Box, by: float) -> Box:
    """Grow a box on every side; redaction boxes are padded so no ink escapes at the edges."""
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def slice_horizontally(box: Box, start: int, end: int, length: int) -> Box:
    """The part of a word's box that holds characters ``start:end`` of ``length``.

    Used when a redaction covers only part of a word ("Sharon's"): characters are taken
    as equally wide, which is close enough once the box is padded.
    """
    if length <= 0:
        return box
    width = box[2] - box[0]
    return (
        box[0] + width * start / length,
        box[1],
        box[0] + width * end / length,
        box[3],
    )


def to_top_left(x0: float, y0: float, x1: float, y1: float, page_height: float) -> Box:
    """Flip a PDF box (bottom-left origin) to a top-left one."""
    return (x0, page_height - y1, x1, page_height - y0)


def to_bottom_left(box: Box, page_height: float) -> tuple[float, float, float, float]:
    """Flip a top-left box back to PDF's own bottom-left origin, for writing a page."""
    return (box[0], page_height - box[3], box[2], page_height - box[1])
