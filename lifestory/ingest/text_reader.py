"""Plain-text and CSV exports."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from lifestory.errors import UnreadableSource
from lifestory.ingest.paging import paginate, wrap_long_lines
from lifestory.models import Page


def decode(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM) first; older exports are often Windows-1252."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableSource(str(path), "looks like a binary file, not text")
    for encoding in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else (
        "utf-8-sig",
        "cp1252",
    ):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableSource(str(path), "text is in an encoding lifestory cannot read")


def read_txt(path: Path) -> list[Page]:
    text = decode(path.read_bytes(), path)
    if not text.strip():
        raise UnreadableSource(str(path), "the file has no text")
    return paginate(wrap_long_lines(text.replace("\r\n", "\n")))


def read_csv(path: Path) -> list[Page]:
    """One line a row, cells joined by ' | ', so the release reads as a table."""
    text = decode(path.read_bytes(), path)
    if not text.strip():
        raise UnreadableSource(str(path), "the file has no rows")
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as e:
        raise UnreadableSource(str(path), f"not a readable CSV file ({e})") from None
    lines = [" | ".join(cell.strip() for cell in row) for row in rows if any(row)]
    return paginate(lines)
