"""Ways to read text back out of a released file, independent of ingest and the redactor.

Ingest reads PDFs with PDFium and the redactor writes them with PDFium and pikepdf, so the
check reads them another way: pdfminer's text layer, and the raw bytes of every object and
stream. The raw vectors know nothing about fonts or glyphs on purpose: they find what a
curious person with a text editor or ``qpdf --qdf`` would find.
"""

from __future__ import annotations

import html
import json
import mmap
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import pikepdf
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTContainer, LTFigure, LTPage, LTTextContainer
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

from lifestory.errors import LifestoryError

TEXT_SHOWING = {"Tj", "TJ", "'", '"'}
CHUNK = 1 << 20  # raw file bytes are read a mebibyte at a time...
OVERLAP = 4096  # ...overlapping, so a string across a chunk edge is still whole in one
MAX_INFLATE = 256 << 20  # a raw-scanned stream is inflated to at most this many bytes
FEED = 64 << 10  # compressed bytes handed to zlib at a time
STREAM_START = re.compile(rb"stream\r?\n")
CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
BINARY_SHARE = 0.05  # more control bytes than this and a stream is binary
ASCII_RUN = re.compile(rb"[\x20-\x7e\t\r\n]{4,}")
UTF16BE_RUN = re.compile(rb"(?:\x00[\x20-\x7e]){4,}")
UTF16LE_RUN = re.compile(rb"(?:[\x20-\x7e]\x00){4,}")


class UncheckableFile(LifestoryError):
    """A file in the pack could not be read by a verifier, so it cannot be called clean."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


def pdfminer_text(path: Path, pages: range | None = None) -> Iterator[tuple[int, str]]:
    """(page number, text) for each page, as pdfminer lays it out.

    pdfminer.six is called directly: through pdfplumber it ran at 9 pages a second on dense
    text, directly at 23. Text inside form XObjects is laid out too (``all_texts``), and
    nothing is cropped: text placed off the page is still text in the file.

    A page with turned text (a page with /Rotate, a line set at an angle) comes back one
    letter a line from the usual layout, so it is read a second time with vertical text
    detected, and both readings are given. ``pages`` (1-based) reads only those, so a
    long file can be shared out between processes.
    """
    number = 0
    try:
        with open(path, "rb") as fp:
            resources = PDFResourceManager(caching=True)
            usual = PDFPageAggregator(resources, laparams=LAParams(all_texts=True))
            turned = PDFPageAggregator(
                resources, laparams=LAParams(all_texts=True, detect_vertical=True))
            for number, page in enumerate(PDFPage.get_pages(fp), 1):
                if pages is not None and number not in pages:
                    if number >= pages.stop:
                        break
                    continue
                PDFPageInterpreter(resources, usual).process_page(page)
                layout = usual.get_result()
                yield number, _layout_text(layout)
                if _has_turned_text(layout):
                    PDFPageInterpreter(resources, turned).process_page(page)
                    yield number, _layout_text(turned.get_result())
    except UncheckableFile:
        raise
    except Exception as e:  # pdfminer raises many unrelated types for a bad file
        where = f"page {number + 1}" if number else "the file"
        raise UncheckableFile(path, f"pdfminer cannot read {where} ({e})") from None


def _has_turned_text(layout: LTPage) -> bool:
    stack: list = [layout]
    while stack:
        item = stack.pop()
        if isinstance(item, LTChar):
            if not item.upright:
                return True
        elif isinstance(item, LTContainer):
            stack.extend(item)
    return False


def _layout_text(layout: LTPage) -> str:
    parts: list[str] = []
    stack: list = [layout]
    while stack:
        item = stack.pop()
        if isinstance(item, LTTextContainer | LTChar):
            parts.append(item.get_text())
        elif isinstance(item, LTContainer):
            stack.extend(reversed(list(item)))
        if isinstance(item, LTTextContainer | LTFigure):
            parts.append("\n")
    return "".join(parts)


def raw_pdf_strings(path: Path) -> Iterator[tuple[str, str]]:
    """(vector, text) for every string, name and decompressed stream in the file."""
    for vector, _page, text in raw_pdf_texts(path):
        yield vector, text


def raw_pdf_texts(path: Path) -> Iterator[tuple[str, int | None, str]]:
    """As :func:`raw_pdf_strings`, with the page number where a vector has one.

    Vectors: document info, XMP metadata, the strings and names of every object in the
    cross-reference table (referenced or not), every stream's decoded bytes (content, forms,
    fonts, embedded files, ICC profiles; image samples are skipped), the string operands of
    each page's text operators joined up, and the file's own bytes, including every
    Flate stream found by scanning them, so old revisions of an edited file are seen too.
    """
    try:
        pdf = pikepdf.open(path)
    except pikepdf.PasswordError:
        raise UncheckableFile(path, "the PDF is encrypted with a password") from None
    except (pikepdf.PdfError, OSError, ValueError) as e:
        raise UncheckableFile(path, f"pikepdf cannot open it ({e})") from None
    with pdf:
        yield from _info(pdf)
        for obj in pdf.objects:
            yield from _object(obj)
        for number, page in enumerate(pdf.pages, 1):
            yield from (("content strings", number, t) for t in _content_strings(page))
    yield from _file_bytes(path)


def _info(pdf: pikepdf.Pdf) -> Iterator[tuple[str, int | None, str]]:
    info = pdf.trailer.get("/Info")
    if isinstance(info, pikepdf.Dictionary):
        for key, value in info.items():
            for text in _strings_in(value):
                yield "document info", None, f"{key[1:]}: {text}"
    metadata = pdf.Root.get("/Metadata")
    if isinstance(metadata, pikepdf.Stream):
        for text in decode_bytes(_stream_bytes(metadata)):
            yield "xmp metadata", None, text


def _object(obj) -> Iterator[tuple[str, int | None, str]]:
    """One object of the xref table: its strings and names, and its stream's data."""
    strings, names = [], []
    _collect(obj, strings, names)
    for data in strings:
        for text in decode_bytes(data):
            yield "strings", None, text
    if names:
        yield "names", None, "\n".join(names)
    if isinstance(obj, pikepdf.Stream):
        if obj.get("/Subtype") == pikepdf.Name.Image:
            return  # pixel data: any text in it is only found by OCR, and noise otherwise
        for text in decode_stream(_stream_bytes(obj)):
            yield "streams", None, text
        if obj.get("/Subtype") == pikepdf.Name.Form:
            for text in _content_strings(obj):
                yield "content strings", None, text


def _collect(obj, strings: list[bytes], names: list[str]) -> None:
    """Strings and names held directly by ``obj`` (indirect children are their own objects)."""
    stack = [obj]
    top = True
    while stack:
        item = stack.pop()
        if isinstance(item, pikepdf.Object) and item.is_indirect and not top:
            continue
        top = False
        if isinstance(item, pikepdf.String):
            strings.append(bytes(item))
        elif isinstance(item, pikepdf.Name):
            names.append(str(item)[1:])
        elif isinstance(item, pikepdf.Dictionary | pikepdf.Stream):
            for key, value in item.items():
                names.append(key[1:])
                stack.append(value)
        elif isinstance(item, pikepdf.Array):
            stack.extend(item)


def _strings_in(value) -> list[str]:
    if isinstance(value, pikepdf.String):
        return decode_bytes(bytes(value))
    return [str(value)]


def _stream_bytes(stream: pikepdf.Stream) -> bytes:
    try:
        return stream.read_bytes()
    except pikepdf.PdfError:  # a filter pikepdf cannot undo, or damaged data
        return stream.read_raw_bytes()


def _content_strings(owner) -> Iterator[str]:
    """The string operands of text operators, each read on its own, a space between.

    Text drawn one letter at a time, (J) Tj (a) Tj ..., comes back as "J a ...", which
    the search without spaces reads as one word; words at the end of one line and the
    start of the next stay apart ("trace" "your" is not "tracey").
    """
    try:
        instructions = pikepdf.parse_content_stream(owner)
    except pikepdf.PdfError:
        return  # the stream's raw bytes are still searched under "streams"
    pieces: list[bytes] = []
    for instruction in instructions:
        if str(instruction.operator) not in TEXT_SHOWING:
            continue
        for operand in instruction.operands:
            if isinstance(operand, pikepdf.String):
                pieces.append(bytes(operand))
            elif isinstance(operand, pikepdf.Array):
                pieces.extend(bytes(x) for x in operand if isinstance(x, pikepdf.String))
    if pieces:
        readings = [decode_bytes(piece) for piece in pieces]
        yield " ".join(r[0] for r in readings)
        if any(len(r) > 1 for r in readings):
            yield " ".join(r[-1] for r in readings)


def _file_bytes(path: Path) -> Iterator[tuple[str, int | None, str]]:
    """The file as bytes, and every Flate stream in it, found without the xref table.

    Compressed and image stream data is left out of "file bytes": it reads as random
    letters, where short names turn up by chance. Flate data is searched inflated instead.
    """
    with open(path, "rb") as f:
        if f.seek(0, 2) == 0:
            return
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
            plain_from = 0
            for match in STREAM_START.finditer(data):
                if match.end() <= plain_from or data[match.start() - 3 : match.start()] == b"end":
                    continue  # "endstream", or the word "stream" inside data already skipped
                head = _stream_head(data, match.start())
                if not re.search(rb"/Filter\b|/Subtype\s*/Image\b", head):
                    continue  # uncompressed: searched as it is, with the rest of the file
                yield from _plain(data, plain_from, match.end())
                end = data.find(b"endstream", match.end())
                plain_from = len(data) if end < 0 else end
                if re.search(rb"/Subtype\s*/Image\b", head):
                    continue  # pixels: see _object
                for text in decode_stream(_inflate(data, match.end())):
                    yield "raw streams", None, text
            yield from _plain(data, plain_from, len(data))


def _is_text(data: bytes) -> bool:
    sample = data[:8192]
    return len(CONTROL.findall(sample)) <= BINARY_SHARE * len(sample)


def _plain(data: mmap.mmap, start: int, end: int) -> Iterator[tuple[str, int | None, str]]:
    for at in range(start, end, CHUNK):
        for text in _decode_plain(data[at : min(end, at + CHUNK + OVERLAP)]):
            yield "file bytes", None, text


def _stream_head(data: mmap.mmap, stream_keyword: int) -> bytes:
    """The dictionary before a ``stream`` keyword (never inside an object stream)."""
    head = data[max(0, stream_keyword - 4096) : stream_keyword]
    return head[head.rfind(b" obj") + 1 :]


def _inflate(data: mmap.mmap, start: int) -> bytes:
    inflater = zlib.decompressobj()
    out, position = [], start
    total = 0
    try:
        while not inflater.eof and position < len(data) and total < MAX_INFLATE:
            piece = inflater.decompress(data[position : position + FEED], MAX_INFLATE - total)
            position += FEED
            out.append(piece)
            total += len(piece)
            while inflater.unconsumed_tail and total < MAX_INFLATE:
                piece = inflater.decompress(inflater.unconsumed_tail, MAX_INFLATE - total)
                out.append(piece)
                total += len(piece)
    except zlib.error:
        pass  # not Flate (or damaged): whatever came out before the error is still searched
    return b"".join(out)


def decode_stream(data: bytes) -> list[str]:
    """Stream data as text; binary data (font programs, ICC profiles) as its printable runs.

    Read whole, binary data is random letters where short names turn up by chance; a name
    someone put in a font or profile is stored as a run of text, and that is kept.
    """
    if not data or _is_text(data):
        return decode_bytes(data)
    runs = [m.decode("latin-1") for m in ASCII_RUN.findall(data)]
    runs += [m.decode("utf-16-be") for m in UTF16BE_RUN.findall(data)]
    runs += [m.decode("utf-16-le") for m in UTF16LE_RUN.findall(data)]
    return ["\n".join(runs)] if runs else []


def decode_bytes(data: bytes) -> list[str]:
    """Every plausible reading of some bytes: UTF-16 or UTF-8 with a BOM, else latin-1,
    UTF-8 where it is valid, and UTF-16 without a BOM (NULs dropped) where NULs appear."""
    if data.startswith((b"\xfe\xff", b"\xff\xfe")):
        encoding = "utf-16-be" if data[0] == 0xFE else "utf-16-le"
        return [data[2:].decode(encoding, errors="replace")]
    if data.startswith(b"\xef\xbb\xbf"):
        return [data[3:].decode("utf-8", errors="replace")]
    return _decode_plain(data)


def _decode_plain(data: bytes) -> list[str]:
    texts = [data.decode("latin-1")]
    if not data.isascii():
        utf8 = data.decode("utf-8", errors="ignore")
        if utf8 != texts[0]:
            texts.append(utf8)
    if b"\x00" in data:
        texts.append(texts[0].replace("\x00", ""))
    return texts


def plain_text_file(path: Path) -> Iterator[tuple[str, str]]:
    """(vector, text) for .txt, .csv, .json and .html files, and any other file's bytes.

    HTML is read as source (attributes such as alt and title included), and as text with
    tags removed and entities decoded; JSON also as its decoded strings (\\u escapes).
    """
    data = path.read_bytes()
    texts = decode_bytes(data)
    for text in texts:
        yield "text", text
    source = texts[0] if data.startswith((b"\xfe\xff", b"\xff\xfe")) else _utf8(data)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml", ".svg", ".xml"):
        yield "html source", html.unescape(source)
        yield "html text", html.unescape(re.sub(r"<[^>]*>", "", source))
    elif suffix == ".json":
        try:
            value = json.loads(source)
        except ValueError:
            return
        yield "json strings", "\n".join(_json_strings(value))


def _utf8(data: bytes) -> str:
    return data.decode("utf-8-sig", errors="replace")


def _json_strings(value) -> Iterator[str]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            for key, child in item.items():
                yield str(key)
                stack.append(child)
        elif isinstance(item, list):
            stack.extend(item)
