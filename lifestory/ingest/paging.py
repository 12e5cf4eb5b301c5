"""Splitting flowing text (DOCX, e-mail, TXT, CSV) into pages a person can cite."""

from __future__ import annotations

import re

from lifestory.models import Page, Word

LINES_PER_PAGE = 50
WORD = re.compile(r"\S+")


def words_of(text: str) -> list[Word]:
    """Words with their offsets; flowing text has no boxes."""
    return [Word(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]


def paginate(lines: list[str], lines_per_page: int = LINES_PER_PAGE) -> list[Page]:
    """Cut lines into pages of a fixed length, keeping every line whole."""
    pages = []
    for n, first in enumerate(range(0, max(len(lines), 1), lines_per_page), start=1):
        text = "\n".join(lines[first : first + lines_per_page])
        pages.append(Page(page_number=n, text=text, words=words_of(text), text_source="text"))
    return pages


def wrap_long_lines(text: str, width: int = 100) -> list[str]:
    """Break paragraphs into lines of at most ``width`` characters, at spaces."""
    out: list[str] = []
    for paragraph in text.splitlines():
        line = ""
        for word in paragraph.split(" "):
            if line and len(line) + 1 + len(word) > width:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append(line)
    return out
