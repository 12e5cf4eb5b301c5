"""The disclosure schedule: one row per redaction, never the redacted content."""

from __future__ import annotations

import csv
from pathlib import Path

from lifestory.release.documents import ReleasedDocument
from lifestory.workspace import Workspace
from redaction.exemptions import exemption

COLUMNS = ["document", "page", "exemption_code", "exemption", "reason", "legal_reference"]


def write_schedule(ws: Workspace, released: dict[str, ReleasedDocument], out: Path) -> int:
    rows = ws.db.execute(
        "SELECT s.document_id, s.page_number, s.exemption_code, s.reason FROM suggestions s "
        "WHERE s.decision = 'redact' ORDER BY s.document_id, s.page_number, s.start"
    ).fetchall()
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        for document_id, page, code, reason in rows:
            code = code or "3P"
            info = exemption(code)
            doc = released[document_id]
            reason = reason or info.reason
            if page in doc.fallback_reasons:
                reason += f"; page released as an image ({doc.fallback_reasons[page]})"
            writer.writerow([doc.name, doc.released_page(page), code, info.label,
                             reason, info.legal])
    return len(rows)
