"""verify: an independent check that nothing redacted can be recovered from the pack.

It reads the pack with other extractors than the ones used to find the text (PDFium at
ingest) and to remove it (the redactor): pdfminer's text, and the raw decompressed bytes
and strings of every PDF object; and it checks every file against the manifest.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf

from lifestory.release.manifest import check_manifest, pack_files
from lifestory.workspace import Workspace

MIN_SECRET = 3  # shorter strings match everywhere; they are counted, not searched


@dataclass
class VerifyReport:
    files_checked: int = 0
    secrets: int = 0
    too_short: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def secrets_and_allowed(ws: Workspace) -> tuple[set[str], set[str]]:
    """What must not be found (every redacted string) and what may be (kept strings)."""
    secrets = {
        " ".join(r["text"].split())
        for r in ws.rows("suggestions", "decision = 'redact' AND text != ''")
    }
    allowed = {
        " ".join(r["text"].split()) for r in ws.rows("suggestions", "decision = 'keep'")
    }
    allowed.update(ws.case.subject_names)
    for person in ws.rows("people", "decision = 'disclose'"):
        allowed.add(person["name"])
        allowed.update(json.loads(person["variants"] or "[]"))
    # A string decided both ways would mask itself everywhere: it stays a secret, so any
    # place it was kept is reported for a person to settle.
    return secrets, allowed - secrets


PAGES_PER_PART = 40  # pdfminer's reading of a long PDF is shared out in parts this long
PARALLEL_FROM = 120  # pages in the pack: below this, starting processes costs more


def verify_pack(pack: Path, ws: Workspace) -> VerifyReport:
    report = VerifyReport()
    report.problems.extend(check_manifest(pack))
    secrets, allowed = secrets_and_allowed(ws)
    searchable = {s for s in secrets if len(s) >= MIN_SECRET}
    report.secrets, report.too_short = len(searchable), len(secrets) - len(searchable)
    files = [p for p in [*pack_files(pack), pack / "manifest.json"] if p.exists()]
    report.files_checked = len(files)
    parts = [part for path in files for part in _parts(path)]
    pages = sum(len(part) for _, part in parts if isinstance(part, range))
    if pages >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        workers = min(os.cpu_count() or 1, MAX_WORKERS)
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            found = pool.map(_check_part, parts, [searchable] * len(parts),
                             [allowed] * len(parts))
            results = list(found)
    else:
        results = [_check_part(part, searchable, allowed) for part in parts]
    for (path, _), leaks in zip(parts, results, strict=True):
        for leak in leaks:
            where = f" page {leak.page}" if leak.page else ""
            report.problems.append(
                f"{path.relative_to(pack)}{where}: redacted text {leak.secret!r} "
                f"recoverable ({leak.vector})"
            )
    return report


MAX_WORKERS = 4


def _parts(path: Path) -> list[tuple[Path, range | str | None]]:
    """A file as pieces of work: a long PDF as its raw bytes and runs of pages for pdfminer
    (every page is still read by both), anything else whole."""
    if path.suffix.lower() != ".pdf":
        return [(path, None)]
    try:
        with pikepdf.open(path) as pdf:
            count = len(pdf.pages)
    except pikepdf.PdfError:
        return [(path, None)]  # find_leaks reports a file it cannot read
    if count <= PAGES_PER_PART:
        return [(path, None)]
    return [(path, "raw")] + [(path, range(first, min(first + PAGES_PER_PART, count + 1)))
                              for first in range(1, count + 1, PAGES_PER_PART)]


def _check_part(part: tuple[Path, range | str | None], secrets: set[str],
                allowed: set[str]) -> list:
    from lifestory.verify.leaks import find_leaks

    path, piece = part
    return find_leaks(path, secrets, allowed, piece)
