"""Optional OCR of image-only pages with Tesseract.

Tesseract is a system tool and an optional extra: without it, an image-only page is kept
as a page with no text, and the analysis withholds it until a person has looked at it.
"""

from __future__ import annotations

import functools
import shutil

from lifestory.models import Word

DPI = 300


@functools.cache
def available() -> bool:
    if shutil.which("tesseract") is None:
        return False
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return False
    return True


def read_page_image(page) -> tuple[str, list[Word]]:
    """Render a PDFium page and read its words, with boxes in PDF points of the page as
    shown (CropBox, /Rotate): the caller maps them back to the page's own frame."""
    import pytesseract

    image = page.render(scale=DPI / 72).to_pil().convert("L")
    data = pytesseract.image_to_data(image, lang="eng", output_type=pytesseract.Output.DICT)
    scale = 72 / DPI
    text_parts: list[str] = []
    words: list[Word] = []
    offset = 0
    last_line = None
    for i, token in enumerate(data["text"]):
        token = token.strip()
        if not token:
            continue
        line = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if last_line is not None:
            sep = " " if line == last_line else "\n"
            text_parts.append(sep)
            offset += 1
        last_line = line
        x0 = data["left"][i] * scale
        top = data["top"][i] * scale
        words.append(
            Word(token, offset, offset + len(token), x0, top,
                 x0 + data["width"][i] * scale, top + data["height"][i] * scale)
        )
        text_parts.append(token)
        offset += len(token)
    return "".join(text_parts), words
