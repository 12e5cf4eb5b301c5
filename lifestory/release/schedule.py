"""The disclosure schedule: one row per redaction, never the redacted content.

Written twice from the same rows: ``disclosure-schedule.csv`` for the record and
``disclosure-schedule.html`` for reading. ``by_reason`` counts them for the timeline pack.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lifestory.release.documents import ReleasedDocument
from lifestory.workspace import Workspace
from redaction.exemptions import exemption

COLUMNS = ["document", "page", "exemption_code", "exemption", "reason", "legal_reference"]
DEFAULT_CODE = "3P"


@dataclass(frozen=True)
class ScheduleRow:
    """One redaction as the schedule lists it: where, and why; never what."""

    document: str
    page: int
    code: str
    label: str
    reason: str
    legal: str


def schedule_rows(ws: Workspace, released: dict[str, ReleasedDocument]) -> list[ScheduleRow]:
    rows = ws.db.execute(
        "SELECT s.document_id, s.page_number, s.exemption_code, s.reason FROM suggestions s "
        "WHERE s.decision = 'redact' ORDER BY s.document_id, s.page_number, s.start"
    ).fetchall()
    out = []
    for document_id, page, code, reason in rows:
        code = code or DEFAULT_CODE
        info = exemption(code)
        doc = released[document_id]
        reason = reason or info.reason
        if page in doc.fallback_reasons:  # the page could not be redacted glyph by glyph
            reason += f"; page released as an image ({doc.fallback_reasons[page]})"
        out.append(ScheduleRow(doc.name, doc.released_page(page), code, info.label,
                               reason, info.legal))
    return out


def by_reason(rows: list[ScheduleRow]) -> list[dict]:
    """How many redactions each exemption code accounts for, most first, with its plain reason."""
    counts = Counter(row.code for row in rows)
    return [
        {"code": code, "label": exemption(code).label, "reason": exemption(code).reason,
         "legal": exemption(code).legal, "count": n}
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def write_schedule(ws: Workspace, released: dict[str, ReleasedDocument], out: Path) -> int:
    rows = schedule_rows(ws, released)
    write_schedule_csv(rows, out)
    return len(rows)


def write_schedule_csv(rows: list[ScheduleRow], out: Path) -> None:
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        for r in rows:
            writer.writerow([r.document, r.page, r.code, r.label, r.reason, r.legal])


def write_schedule_html(rows: list[ScheduleRow], out: Path, *, reference: str,
                        released_on: str) -> None:
    """The same rows as a page to read: by reason, then a table per document."""
    from lifestory.release.timeline_pack import render

    documents: dict[str, list[ScheduleRow]] = {}
    for r in rows:
        documents.setdefault(r.document, []).append(r)
    context = {
        "reference": reference, "released_on": released_on, "total": len(rows),
        "reasons": by_reason(rows),
        "documents": [{"name": name, "rows": rs} for name, rs in documents.items()],
    }
    out.write_text(render(context, template="schedule.html"), encoding="utf-8")
