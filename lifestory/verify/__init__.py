"""verify: an independent check that nothing redacted can be recovered from the pack.

It reads the pack with other extractors than the ones used to find the text (PDFium at
ingest) and to remove it (the redactor): pdfminer's text, and the raw decompressed bytes
and strings of every PDF object; and it checks every file against the manifest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

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


def verify_pack(pack: Path, ws: Workspace) -> VerifyReport:
    from lifestory.verify.leaks import find_leaks

    report = VerifyReport()
    report.problems.extend(check_manifest(pack))
    secrets, allowed = secrets_and_allowed(ws)
    searchable = {s for s in secrets if len(s) >= MIN_SECRET}
    report.secrets, report.too_short = len(searchable), len(secrets) - len(searchable)
    files = [*pack_files(pack), pack / "manifest.json"]
    for path in files:
        if not path.exists():
            continue
        report.files_checked += 1
        for leak in find_leaks(path, searchable, allowed):
            where = f" page {leak.page}" if leak.page else ""
            report.problems.append(
                f"{path.relative_to(pack)}{where}: redacted text {leak.secret!r} "
                f"recoverable ({leak.vector})"
            )
    return report
