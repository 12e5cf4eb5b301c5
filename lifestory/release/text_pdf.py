"""Release DOCX, e-mail, text and CSV sources as PDFs made from their redacted text.

The input is already decided: a list of pages, each a list of runs ``(text, code)``. A run
with a code is redacted: it is drawn as a black box holding the code in white, and its
text is never handed to the PDF writer. The box is as wide as its label, not as the text
it replaces, so not even the length of a redacted name is released.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pikepdf
import reportlab
from reportlab.lib.colors import black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from redaction.pdf.save import own_metadata, save_pdf

BODY_SIZE = 11
LEADING = 15
LABEL_SIZE = 8.5
HEADER_SIZE = 9
MARGIN = 56  # about 2 cm
TAB = "    "

# DejaVu covers far more names (Polish, Welsh, Turkish, Vietnamese...) than Vera, which is
# the only TrueType font reportlab ships; both are free to embed. First one found wins.
FONT_CANDIDATES = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", Path(__file__).parent.parent / "fonts"),
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", Path("/usr/share/fonts/truetype/dejavu")),
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", Path("/usr/share/fonts/dejavu")),
    ("Vera.ttf", "VeraBd.ttf", Path(reportlab.__file__).parent / "fonts"),
)


class TextRun(NamedTuple):
    """Some text of a source page; ``code`` is the exemption code when it is redacted."""

    text: str
    code: str | None = None


@dataclass
class TextPdfReport:
    """Where things landed, for the disclosure schedule and the timeline's page numbers."""

    pages: int = 0
    first_page: list[int] = field(default_factory=list)  # output page of each source page
    redactions: list[tuple[int, str]] = field(default_factory=list)  # (output page, code)


@dataclass(frozen=True)
class _Fonts:
    regular: str
    bold: str
    glyphs: frozenset[int]


@dataclass
class _Piece:
    x: float
    text: str
    code: str | None = None
    width: float = 0.0


def write_text_pdf(
    pages: Sequence[Sequence[TextRun | tuple[str, str | None]]],
    out: Path,
    *,
    title: str,
) -> TextPdfReport:
    """Write ``pages`` to ``out`` as an A4 PDF, each source page starting a new sheet.

    Example::

        write_text_pdf([[("Jade met ", None), ("Sharon", "S40(2)"), (" today.", None)]],
                       Path("note.pdf"), title="Contact note")
    """
    fonts = _fonts()
    report = TextPdfReport()
    width, height = A4
    line_width = width - 2 * MARGIN
    lines_per_page = int((height - 2 * MARGIN - 2 * LEADING) // LEADING)

    sheets: list[list[list[_Piece]]] = []
    for runs in pages or [[]]:
        lines = _wrap([TextRun(*run) for run in runs], line_width, fonts)
        report.first_page.append(len(sheets) + 1)
        chunks = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
        sheets.extend(chunks or [[]])

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    for number, sheet in enumerate(sheets, 1):
        _header(canvas, fonts, _safe(title, fonts), number, len(sheets))
        y = height - MARGIN - 2 * LEADING
        for line in sheet:
            for piece in _joined(line):
                if piece.code is None:
                    canvas.setFont(fonts.regular, BODY_SIZE)
                    canvas.drawString(MARGIN + piece.x, y, piece.text)
                else:
                    _box(canvas, fonts, MARGIN + piece.x, y, piece)
                    report.redactions.append((number, piece.code))
            y -= LEADING
        canvas.showPage()
    canvas.save()
    report.pages = len(sheets)
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        own_metadata(pdf, title)
        save_pdf(pdf, out)
    return report


def _wrap(runs: list[TextRun], line_width: float, fonts: _Fonts) -> list[list[_Piece]]:
    """Break runs into lines of pieces no wider than ``line_width``.

    Kept text breaks at spaces (a word longer than a line is cut); a redaction box is one
    unbreakable piece. A newline in kept text ends the line.
    """
    lines: list[list[_Piece]] = [[]]
    x = 0.0

    def new_line() -> None:
        nonlocal x
        line = lines[-1]
        while line and line[-1].code is None and not line[-1].text.strip():
            line.pop()  # no trailing spaces
        lines.append([])
        x = 0.0

    def place(text: str, code: str | None, width: float) -> None:
        nonlocal x
        if x + width > line_width and lines[-1]:
            new_line()
            if code is None and not text.strip():
                return  # a space that caused the break is not carried over
        lines[-1].append(_Piece(x, text, code, width))
        x += width

    for run in runs:
        if run.code is not None:
            place("", run.code, _box_width(run.code, fonts))
            continue
        text = _safe(run.text.replace("\r\n", "\n").replace("\r", "\n"), fonts)
        for i, paragraph in enumerate(text.split("\n")):
            if i:
                new_line()
            for token in re.findall(r"\S+|\s+", paragraph.replace("\t", TAB)):
                for part in _cut(token, line_width, fonts):
                    place(part, None, _width(part, fonts))
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _joined(line: list[_Piece]) -> list[_Piece]:
    """Neighbouring kept pieces as one string: one text operator per stretch, not per word."""
    joined: list[_Piece] = []
    for piece in line:
        last = joined[-1] if joined else None
        if piece.code is None and last is not None and last.code is None:
            joined[-1] = _Piece(last.x, last.text + piece.text, None, last.width + piece.width)
        else:
            joined.append(piece)
    return joined


def _cut(token: str, line_width: float, fonts: _Fonts) -> list[str]:
    """A word wider than a whole line, in pieces that fit."""
    if _width(token, fonts) <= line_width:
        return [token]
    parts, current = [], ""
    for ch in token:
        if current and _width(current + ch, fonts) > line_width:
            parts.append(current)
            current = ""
        current += ch
    return parts + [current] if current else parts


def _width(text: str, fonts: _Fonts) -> float:
    return pdfmetrics.stringWidth(text, fonts.regular, BODY_SIZE)


def _box_width(code: str, fonts: _Fonts) -> float:
    return pdfmetrics.stringWidth(_safe(code, fonts), fonts.bold, LABEL_SIZE) + 8


def _box(canvas: Canvas, fonts: _Fonts, x: float, y: float, piece: _Piece) -> None:
    canvas.setFillColor(black)
    canvas.rect(x, y - 3.5, piece.width, BODY_SIZE + 3, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFont(fonts.bold, LABEL_SIZE)
    canvas.drawCentredString(x + piece.width / 2, y, _safe(piece.code or "", fonts))
    canvas.setFillColor(black)


def _header(canvas: Canvas, fonts: _Fonts, title: str, number: int, total: int) -> None:
    width, height = A4
    top = height - MARGIN + LEADING
    canvas.setFillColorRGB(0.3, 0.3, 0.3)
    canvas.setFont(fonts.regular, HEADER_SIZE)
    right = f"Page {number} of {total}"
    room = width - 2 * MARGIN - pdfmetrics.stringWidth(right, fonts.regular, HEADER_SIZE) - 12
    while title and pdfmetrics.stringWidth(title, fonts.regular, HEADER_SIZE) > room:
        title = title[:-2] + "…" if len(title) > 1 else ""
    canvas.drawString(MARGIN, top, title)
    canvas.drawRightString(width - MARGIN, top, right)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 4, width - MARGIN, top - 4)
    canvas.setFillColor(black)


def _safe(text: str, fonts: _Fonts) -> str:
    """Text the font can draw: unknown letters lose their accents, else become '?'.

    Control characters go (they draw nothing and confuse extractors); a character with no
    glyph would otherwise be drawn as an empty box and extract as something else.
    """
    text = unicodedata.normalize("NFC", text)
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
        elif ch in "\u2028\u2029\x0b\x0c\x85":
            out.append("\n")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            out.append("")
        elif ch.isspace():
            out.append(" ")
        elif ord(ch) in fonts.glyphs:
            out.append(ch)
        else:
            base = "".join(
                c
                for c in unicodedata.normalize("NFKD", ch)
                if ord(c) in fonts.glyphs and not unicodedata.combining(c)
            )
            out.append(base or "?")
    return "".join(out)


@lru_cache(maxsize=1)
def _fonts() -> _Fonts:
    for regular, bold, folder in FONT_CANDIDATES:
        if (folder / regular).is_file() and (folder / bold).is_file():
            names = []
            for file in (regular, bold):
                name = "lifestory-" + Path(file).stem
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, str(folder / file)))
                names.append(name)
            face = pdfmetrics.getFont(names[0]).face
            # reportlab writes only the Basic Multilingual Plane into its ToUnicode maps.
            glyphs = frozenset(c for c in face.charToGlyph if c <= 0xFFFF)
            return _Fonts(names[0], names[1], glyphs)
    raise FileNotFoundError("no TrueType font found for text PDFs (not even reportlab's Vera)")


