"""PDF text with positions, page by page, through PDFium (pypdfium2).

PDFium was chosen over pdfminer (pdfplumber) by measurement: see ``bench/extract_speed.py``.
Only one page is open at a time, so a 10,000-page export reads in bounded memory.

Pages set in columns side by side are read column by column (``reading_order.py``); the page
text is then PDFium's characters in another order, and ``CharBoxes`` maps offsets back.

Boxes are in the page frame of ``redaction/pdf/frame.py``: PDF points from the top-left
corner of the page's MediaBox, unrotated. PDFium gives (left, bottom, right, top) in user
space, and it is flipped here, once, against the MediaBox the page inherits (read with
pikepdf, since PDFium's own getter does not look up the page tree).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from lifestory.errors import UnreadableSource
from lifestory.ingest import ocr
from lifestory.ingest.reading_order import INSERTED, reading_order
from lifestory.models import Page, Word
from redaction.geometry import Box, merge_boxes
from redaction.pdf.frame import PageFrame

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


def _words(textpage: pdfium.PdfTextPage, text: str, mb_left: float, mb_top: float
           ) -> list[Word]:
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


def _page_text(textpage: pdfium.PdfTextPage, mb_left: float, mb_top: float
               ) -> tuple[str, list[Word], list[int] | None]:
    """The page's text in reading order, its words, and for a page read in another order
    than PDFium's, where each character of the text is among PDFium's (else None)."""
    text = _page_chars(textpage)
    words = _words(textpage, text, mb_left, mb_top)
    reordered = reading_order(text, words)
    if reordered is None:
        return text, words, None
    text, where = reordered
    boxed = {w.start: w for w in words}
    moved = []
    for m in WORD.finditer(text):
        w = boxed[where[m.start()]]
        moved.append(Word(m.group(), m.start(), m.end(), w.x0, w.top, w.x1, w.bottom))
    return text, moved, where


def read_page(pdf: pdfium.PdfDocument, index: int, frame: PageFrame, use_ocr: bool) -> Page:
    page = pdf[index]
    try:
        mb_left, mb_bottom, mb_right, mb_top = frame.mediabox
        width, height = mb_right - mb_left, mb_top - mb_bottom
        textpage = page.get_textpage()
        try:
            text, words, _ = _page_text(textpage, mb_left, mb_top)
        finally:
            textpage.close()
        if text.strip():
            return Page(index + 1, text, width, height, words, text_source="pdf")
        if use_ocr and ocr.available():
            text, seen = ocr.read_page_image(page)
            words = [_from_render(w, frame) for w in seen]
            return Page(index + 1, text, width, height, words, text_source="ocr")
        return Page(index + 1, "", width, height, [], text_source="none")
    finally:
        page.close()


def _from_render(word: Word, frame: PageFrame) -> Word:
    """An OCR word, found on the page as shown (cropped, turned), in the page frame."""
    x0, top, x1, bottom = frame.visible_to_page((word.x0, word.top, word.x1, word.bottom))
    return Word(word.text, word.start, word.end, x0, top, x1, bottom)


class CharBoxes:
    """Exact boxes of a few characters, for a redaction that covers only part of a word
    ("Sharon's", "car:CU15XNL"). Ingest keeps one box a word to stay fast; release asks
    here for the rare partial word instead of guessing from character counts."""

    def __init__(self, path: Path) -> None:
        self.pdf = open_pdf(path)
        self.tree = pikepdf.open(path)
        self._pages: dict[int, tuple[pdfium.PdfPage, pdfium.PdfTextPage, PageFrame,
                                     list[int] | None]] = {}

    def box(self, page_number: int, start: int, end: int) -> Box | None:
        """Characters ``start:end`` of the page text (as ingest read it, in its reading
        order) in the page frame; None when PDFium has no box for one of them."""
        page, textpage, frame, where = self._open(page_number)
        mb_left, _, _, mb_top = frame.mediabox
        rect, boxes = pdfium_c.FS_RECTF(), []
        for i in range(start, end):
            index = where[i] if where is not None and i < len(where) else i
            if index == INSERTED or not pdfium_c.FPDFText_GetLooseCharBox(textpage, index,
                                                                          rect):
                return None
            boxes.append((rect.left - mb_left, mb_top - rect.top,
                          rect.right - mb_left, mb_top - rect.bottom))
        return merge_boxes(boxes) if boxes else None

    def _open(self, page_number: int):
        if page_number not in self._pages:
            page = self.pdf[page_number - 1]
            frame = PageFrame.of_page(self.tree.pages[page_number - 1].obj)
            textpage = page.get_textpage()
            mb_left, _, _, mb_top = frame.mediabox
            where = _page_text(textpage, mb_left, mb_top)[2]
            self._pages[page_number] = (page, textpage, frame, where)
        return self._pages[page_number]

    def close(self) -> None:
        for page, textpage, _, _ in self._pages.values():
            textpage.close()
            page.close()
        self.pdf.close()
        self.tree.close()

    def __enter__(self) -> CharBoxes:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def read_pdf(path: Path, first_page: int = 1, use_ocr: bool = True) -> Iterator[Page]:
    """Pages from ``first_page`` on (1-based), so an interrupted ingest resumes where it was."""
    pdf = open_pdf(path)
    try:
        try:
            tree = pikepdf.open(path)
        except pikepdf.PdfError as e:
            raise UnreadableSource(str(path), f"not a readable PDF ({e})") from None
        with tree:
            for index in range(first_page - 1, len(pdf)):
                try:
                    frame = PageFrame.of_page(tree.pages[index].obj)
                    yield read_page(pdf, index, frame, use_ocr)
                except (pdfium.PdfiumError, pikepdf.PdfError, IndexError):
                    # A damaged page is kept as unreadable, so it is withheld until a
                    # person has looked at it; the rest of the file goes on.
                    yield Page(index + 1, "", None, None, [], text_source="error")
    finally:
        pdf.close()
