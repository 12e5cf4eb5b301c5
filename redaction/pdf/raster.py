"""Turn one page into pixels with its redactions burnt in, and encode them for a PDF.

Version 1 of true redaction: the page is rendered, the boxes are painted black in the
pixels and only the picture goes back into the PDF, so nothing under a box survives in
any form (no text layer, no vector paths, no hidden objects).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium
import reportlab
from PIL import Image, ImageChops, ImageDraw, ImageFont

from redaction.geometry import Box
from redaction.pdf.frame import to_pixels

# Flate keeps text crisp and, for rendered text, is about half the size of JPEG q85
# (measured: dense A4 text page at 150 dpi, 255 KiB Flate grey vs 478 KiB JPEG). JPEG wins
# on photographs and noisy scans, so it is tried when Flate does badly and used when it is
# clearly smaller. Flate level 4: 255 KiB in 18 ms; level 6 saved 2% for 45% more time.
FLATE_LEVEL = 4
TRY_JPEG_ABOVE = 0.2  # Flate bytes per pixel; rendered text pages measure about 0.12
JPEG_QUALITY = 85
JPEG_WHEN_UNDER = 2 / 3  # of the Flate size
GREY_TOLERANCE = 8  # channel difference still counted as grey (anti-aliasing)
LABEL_MIN_PX = 8
LABEL_FONT = Path(reportlab.__file__).parent / "fonts" / "VeraBd.ttf"


@dataclass(frozen=True)
class EncodedImage:
    """Image bytes ready to be a PDF image XObject, as they are (already filtered)."""

    data: bytes
    width: int
    height: int
    colour_space: str  # "DeviceGray" or "DeviceRGB"
    filter: str  # "FlateDecode" or "DCTDecode"


def render_page(page: pdfium.PdfPage, dpi: int) -> Image.Image:
    """The page as a viewer shows it (CropBox, /Rotate), white background, no annotations.

    Annotations are not drawn because they are removed from every page of the release; what
    a form field or comment showed would otherwise be baked in without being reviewed.
    """
    bitmap = page.render(
        scale=dpi / 72,
        rev_byteorder=True,
        draw_annots=False,
        may_draw_forms=False,
    )
    try:
        return bitmap.to_pil().convert("RGB")  # a copy: the bitmap's buffer is freed below
    finally:
        bitmap.close()


def paint_boxes(image: Image.Image, boxes: Iterable[tuple[tuple[int, int, int, int], str]]) -> None:
    """Fill each pixel box solid black, then label it with its exemption code in white.

    Every box is painted before any label, so a label is never covered halfway by a later
    box; a label is left out where it does not fit or would overlap an earlier one.
    """
    boxes = list(boxes)
    draw = ImageDraw.Draw(image)
    for box, _ in boxes:
        draw.rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill="black")
    placed: list[tuple[int, int, int, int]] = []
    for box, code in boxes:
        label = _fit_label(code, box)
        if label is None:
            continue
        font, (x, y, w, h) = label
        area = (x, y, x + w, y + h)
        if any(_touches(area, other) for other in placed):
            continue
        placed.append(area)
        draw.text((x, y), code, font=font, fill="white", anchor="lt")


def _fit_label(code: str, box: tuple[int, int, int, int]):
    code = code.strip()
    if not code:
        return None
    width, height = box[2] - box[0], box[3] - box[1]
    size = int(height * 0.7)
    while size >= LABEL_MIN_PX:
        font = label_font(size)
        left, top, right, bottom = font.getbbox(code, anchor="lt")
        w, h = right - left, bottom - top
        if w <= width - 4 and h <= height - 2:
            x = box[0] + (width - w) // 2 - left
            y = box[1] + (height - h) // 2 - top
            return font, (x, y, w, h)
        size -= 1
    return None


@lru_cache(maxsize=64)
def label_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(LABEL_FONT), size)


def _touches(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def is_grey(image: Image.Image) -> bool:
    """True when the render has no colour worth keeping (text pages usually)."""
    r, g, b = image.split()
    worst = max(
        ImageChops.difference(r, g).getextrema()[1],
        ImageChops.difference(g, b).getextrema()[1],
    )
    return worst <= GREY_TOLERANCE


def encode(image: Image.Image) -> EncodedImage:
    """Grey pages as lossless Flate unless JPEG is clearly smaller; colour pages as JPEG."""
    width, height = image.size
    if not is_grey(image):
        return EncodedImage(_jpeg(image), width, height, "DeviceRGB", "DCTDecode")
    grey = image.convert("L")
    flate = zlib.compress(grey.tobytes(), FLATE_LEVEL)
    if len(flate) > TRY_JPEG_ABOVE * width * height:
        jpeg = _jpeg(grey)
        if len(jpeg) < len(flate) * JPEG_WHEN_UNDER:
            return EncodedImage(jpeg, width, height, "DeviceGray", "DCTDecode")
    return EncodedImage(flate, width, height, "DeviceGray", "FlateDecode")


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


def redacted_page_image(
    page: pdfium.PdfPage, boxes: Iterable[tuple[Box, str]], dpi: int
) -> EncodedImage:
    """Render ``page`` and burn in ``boxes`` (visible frame, with their codes), encoded."""
    image = render_page(page, dpi)
    scale = dpi / 72
    pixel_boxes = []
    for box, code in boxes:
        pixels = to_pixels(box, scale, image.size)
        if pixels is not None:
            pixel_boxes.append((pixels, code))
    paint_boxes(image, pixel_boxes)
    return encode(image)
