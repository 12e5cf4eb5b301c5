"""How far each glyph of a PDF string moves the pen, and how tall it stands.

Removing a glyph needs only its place: the string's bytes split into character codes, and
each code's advance width. Unicode is never needed. Two kinds of font are handled:

* simple fonts (Type1, TrueType, MMType1): one byte a code, widths from ``/Widths``, or for
  the standard 14 fonts from their Adobe metrics through the font's encoding (WinAnsi,
  MacRoman, Standard, built-in, with ``/Differences``);
* composite fonts (Type0) with the ``Identity-H`` CMap: two bytes a code, the code is the
  CID, widths from the descendant font's ``/W`` and ``/DW``.

Anything else (Type3 fonts, other CMaps, vertical writing, a simple font without widths
that is not one of the standard 14) raises :class:`~redaction.pdf.errors.Unredactable`,
and the page is rasterised instead: a glyph whose place is a guess is not removed with
certainty.

Widths are in glyph units (thousandths of the font size), as PDF writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pikepdf
from pikepdf import Name
from reportlab.pdfbase import _fontdata

from redaction.pdf.errors import Unredactable

SPACE = 32  # the code word spacing (Tw) applies to, in one-byte codes only
DEFAULT_ASCENT, DEFAULT_DESCENT = 800.0, -200.0
SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")

# Names the standard 14 fonts often go by (PDF 1.7, table H.3 and common practice).
STANDARD_ALIASES = {
    "Arial": "Helvetica", "Arial,Bold": "Helvetica-Bold", "Arial,Italic": "Helvetica-Oblique",
    "Arial,BoldItalic": "Helvetica-BoldOblique", "ArialMT": "Helvetica",
    "Arial-BoldMT": "Helvetica-Bold", "Arial-ItalicMT": "Helvetica-Oblique",
    "Arial-BoldItalicMT": "Helvetica-BoldOblique",
    "TimesNewRoman": "Times-Roman", "TimesNewRoman,Bold": "Times-Bold",
    "TimesNewRoman,Italic": "Times-Italic", "TimesNewRoman,BoldItalic": "Times-BoldItalic",
    "TimesNewRomanPSMT": "Times-Roman", "TimesNewRomanPS-BoldMT": "Times-Bold",
    "TimesNewRomanPS-ItalicMT": "Times-Italic",
    "TimesNewRomanPS-BoldItalicMT": "Times-BoldItalic",
    "CourierNew": "Courier", "CourierNew,Bold": "Courier-Bold",
    "CourierNew,Italic": "Courier-Oblique", "CourierNew,BoldItalic": "Courier-BoldOblique",
    "CourierNewPSMT": "Courier", "Symbol,Bold": "Symbol",
}
BUILT_IN_ENCODING = {"Symbol": "SymbolEncoding", "ZapfDingbats": "ZapfDingbatsEncoding"}
NAMED_ENCODINGS = {"/WinAnsiEncoding", "/MacRomanEncoding", "/StandardEncoding",
                   "/MacExpertEncoding", "/PDFDocEncoding"}
SIMPLE_SUBTYPES = {"/Type1", "/TrueType", "/MMType1"}


@dataclass
class Font:
    """What the text interpreter needs of one font: code lengths, widths, height."""

    name: str  # BaseFont, for messages
    two_byte: bool = False
    widths: list[float] = field(default_factory=lambda: [0.0] * 256)  # simple: by code
    cid_widths: dict[int, float] = field(default_factory=dict)  # composite: by CID
    default_width: float = 0.0
    ascent: float = DEFAULT_ASCENT
    descent: float = DEFAULT_DESCENT
    unsupported: str | None = None  # set for fonts whose text cannot be placed

    def codes(self, data: bytes) -> list[tuple[int, int, float]]:
        """(start, end, width) of each character code in ``data``, in order."""
        if self.unsupported:
            raise Unredactable(self.unsupported)
        if not self.two_byte:
            widths = self.widths
            return [(i, i + 1, widths[b]) for i, b in enumerate(data)]
        if len(data) % 2:
            raise Unredactable("a two-byte font's string with an odd number of bytes")
        get, default = self.cid_widths.get, self.default_width
        return [(i, i + 2, get((data[i] << 8) | data[i + 1], default))
                for i in range(0, len(data), 2)]

    def advance(self, data: bytes) -> tuple[float, int, int]:
        """(sum of widths, number of codes, number of word-spacing spaces) of ``data``."""
        if self.unsupported:
            raise Unredactable(self.unsupported)
        if not self.two_byte:
            widths = self.widths
            return sum(widths[b] for b in data), len(data), data.count(SPACE)
        glyphs = self.codes(data)
        return sum(g[2] for g in glyphs), len(glyphs), 0


class FontCache:
    """Fonts of one document, loaded once each (keyed by object, or by identity)."""

    def __init__(self) -> None:
        self._fonts: dict[object, Font] = {}

    def get(self, obj) -> Font:
        key = obj.objgen if obj.is_indirect else id(obj)
        font = self._fonts.get(key)
        if font is None:
            font = load_font(obj)
            if obj.is_indirect:
                self._fonts[key] = font
        return font


def load_font(obj) -> Font:
    """Read a font dictionary; fonts that cannot be placed carry ``unsupported``."""
    if not isinstance(obj, pikepdf.Dictionary):
        return Font("?", unsupported="a damaged font")
    subtype = str(obj.get("/Subtype", ""))
    name = _base_name(obj)
    if subtype == "/Type3":
        return Font(name, unsupported="text in a Type3 font")
    if subtype == "/Type0":
        return _composite(obj, name)
    if subtype in SIMPLE_SUBTYPES or not subtype:
        return _simple(obj, name)
    return Font(name, unsupported="a font of an unknown type")


def _base_name(obj) -> str:
    base = obj.get("/BaseFont")
    return str(base)[1:] if isinstance(base, Name) else "unnamed"


def _number(value, default: float = 0.0) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _standard_name(name: str) -> str | None:
    bare = SUBSET_PREFIX.sub("", name)
    if bare in _fontdata.standardFonts:
        return bare
    return STANDARD_ALIASES.get(bare)


def _simple(obj, name: str) -> Font:
    font = Font(name)
    descriptor = obj.get("/FontDescriptor")
    missing = 0.0
    if isinstance(descriptor, pikepdf.Dictionary):
        missing = _number(descriptor.get("/MissingWidth"), 0.0)
    standard = _standard_name(name)
    widths = obj.get("/Widths")
    if isinstance(widths, pikepdf.Array):
        first = int(_number(obj.get("/FirstChar"), 0))
        table = [missing] * 256
        for i, w in enumerate(widths):
            if 0 <= first + i < 256:
                table[first + i] = _number(w, missing)
        font.widths = table
    elif standard is not None:
        font.widths = _standard_widths(obj, standard)
    else:
        return Font(name, unsupported="a font without glyph widths")
    _set_height(font, descriptor, standard)
    return font


def _standard_widths(obj, standard: str) -> list[float]:
    """Widths by code for a standard 14 font with no /Widths, through its encoding."""
    names = list(_encoding_names(obj, standard))
    metrics = _fontdata.widthsByFontGlyph[standard]
    return [float(metrics.get(n, 0)) if n else 0.0 for n in names]


def _encoding_names(obj, standard: str) -> list[str | None]:
    base = BUILT_IN_ENCODING.get(standard, "StandardEncoding")
    differences = None
    encoding = obj.get("/Encoding")
    if isinstance(encoding, Name):
        base = _named_encoding(encoding, standard)
    elif isinstance(encoding, pikepdf.Dictionary):
        if "/BaseEncoding" in encoding:
            base = _named_encoding(encoding.BaseEncoding, standard)
        differences = encoding.get("/Differences")
    elif encoding is not None:
        raise Unredactable("a font encoding that is not a name or dictionary")
    names = list(_fontdata.encodings[base])
    if isinstance(differences, pikepdf.Array):
        code = 0
        for item in differences:
            if isinstance(item, Name):
                if 0 <= code < 256:
                    names[code] = str(item)[1:]
                code += 1
            else:
                code = int(_number(item, 0))
    return names


def _named_encoding(value, standard: str) -> str:
    if str(value) not in NAMED_ENCODINGS:
        raise Unredactable("a font in an unknown encoding")
    return str(value)[1:]


def _composite(obj, name: str) -> Font:
    encoding = obj.get("/Encoding")
    if not isinstance(encoding, Name):
        return Font(name, unsupported="a font with its own character map (CMap)")
    if encoding == Name("/Identity-V"):
        return Font(name, unsupported="text in vertical writing")
    if encoding != Name("/Identity-H"):
        return Font(name, unsupported="a font with a character map (CMap) other than Identity")
    descendants = obj.get("/DescendantFonts")
    if not isinstance(descendants, pikepdf.Array) or len(descendants) != 1:
        return Font(name, unsupported="a damaged font")
    cid_font = descendants[0]
    if not isinstance(cid_font, pikepdf.Dictionary):
        return Font(name, unsupported="a damaged font")
    font = Font(name, two_byte=True, default_width=_number(cid_font.get("/DW"), 1000.0))
    font.cid_widths = _cid_widths(cid_font.get("/W"))
    _set_height(font, cid_font.get("/FontDescriptor"), None)
    return font


def _cid_widths(array) -> dict[int, float]:
    """The /W array: ``c [w1 w2 ...]`` and ``first last w`` entries, in any mix."""
    widths: dict[int, float] = {}
    if not isinstance(array, pikepdf.Array):
        return widths
    items = list(array)
    i = 0
    while i < len(items):
        first = int(_number(items[i], 0))
        if i + 1 < len(items) and isinstance(items[i + 1], pikepdf.Array):
            for j, w in enumerate(items[i + 1]):
                widths[first + j] = _number(w)
            i += 2
        elif i + 2 < len(items):
            last, w = int(_number(items[i + 1], 0)), _number(items[i + 2])
            if last - first > 65536:
                raise Unredactable("a damaged font")
            for cid in range(first, last + 1):
                widths[cid] = w
            i += 3
        else:
            break
    return widths


def _set_height(font: Font, descriptor, standard: str | None) -> None:
    """Ascent and descent as PDF viewers take them: the descriptor, the standard metrics,
    the font's bounding box, then a default."""
    ascent = descent = 0.0
    if isinstance(descriptor, pikepdf.Dictionary):
        ascent = _number(descriptor.get("/Ascent"))
        descent = _number(descriptor.get("/Descent"))
        bbox = descriptor.get("/FontBBox")
        if (not ascent or not descent) and isinstance(bbox, pikepdf.Array) and len(bbox) == 4:
            ascent = ascent or _number(bbox[3])
            descent = descent or _number(bbox[1])
    if standard and (not ascent or not descent):
        std_ascent, std_descent = _fontdata.ascent_descent[standard]
        ascent, descent = ascent or std_ascent, descent or std_descent
    ascent = abs(ascent) or DEFAULT_ASCENT
    descent = -abs(descent) or DEFAULT_DESCENT
    font.ascent, font.descent = ascent, descent
