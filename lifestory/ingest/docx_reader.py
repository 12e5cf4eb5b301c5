"""Word documents: paragraphs and tables in the order they appear."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import OpcError
from docx.table import Table
from docx.text.paragraph import Paragraph

from lifestory.errors import UnreadableSource
from lifestory.ingest.paging import paginate, wrap_long_lines
from lifestory.models import Page


def _blocks(document) -> list[str]:
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.extend(wrap_long_lines(Paragraph(child, document).text))
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if not cells or cells[-1] != value:  # merged cells repeat themselves
                        cells.append(value)
                lines.append(" | ".join(cells))
    return lines


def read_docx(path: Path) -> list[Page]:
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, OpcError, KeyError, ValueError) as e:
        raise UnreadableSource(str(path), f"not a readable Word document ({e})") from None
    lines = _blocks(document)
    header_lines = []
    for section in document.sections:
        for paragraph in section.header.paragraphs + section.footer.paragraphs:
            if paragraph.text.strip():
                header_lines.append(paragraph.text.strip())
    lines = list(dict.fromkeys(header_lines)) + lines
    if not any(line.strip() for line in lines):
        raise UnreadableSource(str(path), "the document has no text")
    return paginate(lines)
