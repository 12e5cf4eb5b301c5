"""PDF text with positions, page by page, through PDFium (pypdfium2).

PDFium was chosen over pdfminer (pdfplumber) by measurement: see ``bench/extract_speed.py``.
Only one page is open at a time, so a 10,000-page export reads in bounded memory.

Boxes are PDF points from the top-left corner of the page's MediaBox, unrotated: PDFium
gives (left, bottom, right, top) from the bottom-left, and it is flipped here, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from lifestory.errors import UnreadableSource
from lifestory.ingest import ocr
from lifestory.models import Page, Word

WORD = re.compile(r"\S+")


def open_pdf(path: Path) -> pdfium.PdfDocument:
    """Open a PDF, turning PDFium's error codes into a reason a person can read."""
    if path.stat().st_size == 0:
        raise UnreadableSource(str(path), "the file is empty")
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        message = str(e)
        if "password" in message.lower():
            raise UnreadableSource(
                str(path), "the PDF is encrypted with a password; export it without one"
            ) from None
        raise UnreadableSource(str(path), f"not a readable PDF ({message})") from None
    if len(pdf) == 0:
        pdf.close()
        raise UnreadableSource(str(path), "the PDF has no pages")
    return pdf


def page_count(path: Path) -> int:
    pdf = open_pdf(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def _page_chars(textpage: pdfium.PdfTextPage) -> str:
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count, errors="strict") if count else ""
    if len(text) != count:  # characters outside the BMP: read one at a time
        text = "".join(
            chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 0x20) for i in range(count)
        )
    return text.replace("\r", " ").replace("\x00", " ").replace("\ufffe", " ")


def _words(textpage: pdfium.PdfTextPage, text: str, mb_left: float, mb_top: float) -> list[Word]:
    """Words split at white space; each box joins the loose boxes of its first and last
    characters. Loose boxes are the font's full height, so a redaction built on them covers
    ascenders and descenders; asking for two characters a word, not every one, is what
    makes this fast."""
    first, last = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    words: list[Word] = []
    for m in WORD.finditer(text):
        start, end = m.span()
        if get_box(textpage, start, first) and get_box(textpage, end - 1, last):
            words.append(Word(
                m.group(), start, end,
                min(first.left, last.left) - mb_left,
                mb_top - max(first.top, last.top),
                max(first.right, last.right) - mb_left,
                mb_top - min(first.bottom, last.bottom),
            ))
        else:
            words.append(Word(m.group(), start, end))
    return words


def read_page(pdf: pdfium.PdfDocument, index: int, path: Path, use_ocr: bool) -> Page:
    page = pdf[index]
    try:
        mb_left, mb_bottom, mb_right, mb_top = page.get_mediabox()
        width, height = mb_right - mb_left, mb_top - mb_bottom
        textpage = page.get_textpage()
        try:
            text = _page_chars(textpage)
            words = _words(textpage, text, mb_left, mb_top)
        finally:
            textpage.close()
        if text.strip():
            return Page(index + 1, text, width, height, words, text_source="pdf")
        if use_ocr and ocr.available():
            text, words = ocr.read_page_image(page, width, height)
            return Page(index + 1, text, width, height, words, text_source="ocr")
        return Page(index + 1, "", width, height, [], text_source="none")
    finally:
        page.close()


def read_pdf(path: Path, first_page: int = 1, use_ocr: bool = True) -> Iterator[Page]:
    """Pages from ``first_page`` on (1-based), so an interrupted ingest resumes where it was."""
    pdf = open_pdf(path)
    try:
        for index in range(first_page - 1, len(pdf)):
            try:
                yield read_page(pdf, index, path, use_ocr)
            except pdfium.PdfiumError:
                # A damaged page is kept as unreadable, so it is withheld until a person
                # has looked at it; the rest of the file goes on.
                yield Page(index + 1, "", None, None, [], text_source="error")
    finally:
        pdf.close()
