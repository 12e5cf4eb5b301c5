"""sources → ingest: every file becomes a document of pages and positioned words.

Originals are copied once into the workspace, read-only and named by SHA-256; a file
already ingested is skipped; a PDF interrupted half-way resumes at its next page.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from lifestory.errors import UnreadableSource
from lifestory.ingest import docx_reader, email_reader, pdf_reader, text_reader
from lifestory.ingest.prepare import flattened_copy
from lifestory.ingest.sources import KINDS, kind_of, walk
from lifestory.models import Page
from lifestory.progress import QUIET, Bar, progress_bar
from lifestory.workspace import Workspace, sha256_file

PAGE_BATCH = 25  # pages written per transaction


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, problem)
    pages: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def ingest_paths(
    ws: Workspace, paths: list[Path], *, skip: set[Path] = frozenset(), use_ocr: bool = True
) -> IngestReport:
    """Ingest files and folders; one bad file is reported and the rest go on."""
    report = IngestReport()
    files = list(walk([Path(p) for p in paths], skip))
    with progress_bar("Ingesting", len(files)) as bar:
        for path in files:
            bar.describe(f"Ingesting {path.name}")
            try:
                ingest_file(ws, path, report, bar=bar, use_ocr=use_ocr)
            except UnreadableSource as e:
                report.failed.append((e.path, e.problem))
                ws.audit("ingest_failed", "file", str(path), {"problem": e.problem})
            except Exception as e:  # one bad file never stops the batch
                problem = f"could not be ingested ({type(e).__name__}: {e})"
                report.failed.append((str(path), problem))
                ws.audit("ingest_failed", "file", str(path), {"problem": problem})
            bar.advance()
    return report


def ingest_file(
    ws: Workspace,
    path: Path,
    report: IngestReport,
    *,
    bar: Bar = QUIET,
    use_ocr: bool = True,
    parent_id: str | None = None,
    display_name: str | None = None,
) -> str:
    """Ingest one file; returns its document id."""
    name = display_name or path.name
    kind = kind_of(Path(name))
    if kind is None:
        known = ", ".join(sorted(KINDS))
        raise UnreadableSource(str(path), f"not a kind of file lifestory reads ({known})")
    try:
        sha256 = sha256_file(path)
    except OSError as e:
        raise UnreadableSource(str(path), f"cannot be read ({e.strerror or e})") from None
    existing = ws.document(sha256)
    if existing and existing["status"] == "ingested":
        report.already.append(str(path))
        return sha256

    attachments = []
    if kind == "pdf":
        pdf_reader.page_count(path)  # fails early, before anything is stored
        pages = None
    elif kind == "eml":
        pages, attachments = email_reader.read_eml(path)
    else:
        pages = {"docx": docx_reader.read_docx, "txt": text_reader.read_txt,
                 "csv": text_reader.read_csv}[kind](path)

    original = ws.keep_original(path, sha256)
    ws.start_document(
        {
            "id": sha256,
            "name": name,
            "stem": Path(name).stem,
            "kind": kind,
            "source_path": str(path),
            "original": original,
            "parent_id": parent_id,
            "size": path.stat().st_size,
        }
    )
    if pages is None:
        flattened_copy(ws.path / original, ws.prepared_path(sha256))
        count = _ingest_pdf_pages(ws, sha256, ws.readable({"id": sha256, "original": original}),
                                  bar, use_ocr)
    else:
        ws.add_pages(sha256, pages)
        count = len(pages)
    ws.finish_document(sha256, count)
    report.ingested.append(str(path))
    report.pages += count

    for attachment in attachments:
        label = f"{path}#{attachment.filename}"
        with tempfile.TemporaryDirectory() as tmp:
            tmp_path = Path(tmp) / attachment.filename
            tmp_path.write_bytes(attachment.data)
            try:
                ingest_file(ws, tmp_path, report, bar=bar, use_ocr=use_ocr,
                            parent_id=sha256, display_name=attachment.filename)
            except UnreadableSource as e:
                report.failed.append((label, e.problem))
    return sha256


def _ingest_pdf_pages(ws: Workspace, document_id: str, path: Path, bar: Bar, use_ocr: bool) -> int:
    done = ws.pages_done(document_id)
    total = pdf_reader.page_count(path)
    batch: list[Page] = []
    for page in pdf_reader.read_pdf(path, first_page=done + 1, use_ocr=use_ocr):
        batch.append(page)
        if len(batch) >= PAGE_BATCH:
            ws.add_pages(document_id, batch)
            batch = []
    if batch:
        ws.add_pages(document_id, batch)
    return total
