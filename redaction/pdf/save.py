"""How every PDF lifestory writes is saved: its own title and producer as the only
metadata (reportlab and xhtml2pdf add authors and dates), the title shown by viewers,
compressed and deterministic, and written whole."""

from __future__ import annotations

from pathlib import Path

import pikepdf

from redaction.files import written_whole

PRODUCER = "lifestory"


def own_metadata(pdf: pikepdf.Pdf, title: str, lang: str | None = None) -> None:
    pdf.trailer.Info = pdf.make_indirect(
        pikepdf.Dictionary(Title=pikepdf.String(title), Producer=pikepdf.String(PRODUCER)))
    pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
    if lang:
        pdf.Root.Lang = pikepdf.String(lang)


def save_pdf(pdf: pikepdf.Pdf, out: Path) -> None:
    with written_whole(out) as partial:
        pdf.save(partial, fix_metadata_version=False, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate, deterministic_id=True)
