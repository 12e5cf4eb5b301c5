"""HTML to PDF in pure Python (xhtml2pdf on reportlab), saved with clean metadata."""

from __future__ import annotations

import io
import logging
import os
import tempfile
from pathlib import Path

import pikepdf

from lifestory.release.text_pdf import PRODUCER


class PdfRenderError(RuntimeError):
    """The HTML could not be rendered to PDF."""


def html_to_pdf(html: str, out: Path, *, title: str, lang: str = "en-GB") -> int:
    """Render ``html`` to ``out``; returns the number of pages."""
    from xhtml2pdf import pisa

    buffer = io.BytesIO()
    logging.getLogger("xhtml2pdf").setLevel(logging.ERROR)  # it warns about every CSS rule
    status = pisa.CreatePDF(html, dest=buffer, encoding="utf-8")
    if status.err:
        raise PdfRenderError(f"{out.name}: {status.err} error(s) rendering the HTML")
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        pdf.trailer.Info = pdf.make_indirect(
            pikepdf.Dictionary(Title=pikepdf.String(title), Producer=pikepdf.String(PRODUCER))
        )
        pdf.Root.Lang = pikepdf.String(lang)
        pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        pages = len(pdf.pages)
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, partial = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
        os.close(fd)
        try:
            pdf.save(partial, fix_metadata_version=False, compress_streams=True,
                     object_stream_mode=pikepdf.ObjectStreamMode.generate,
                     deterministic_id=True)
            os.chmod(partial, 0o644)  # mkstemp makes it private; the pack is to be read
            os.replace(partial, out)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
    return pages
