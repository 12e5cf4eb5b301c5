"""A readable copy of a PDF whose filled-in forms and visible annotations are in the page.

A form's answers live in widget annotations, not in the page: PDFium's text layer does not
read them and the redactor removes every annotation, so without this step a form's answers
would neither be checked for third parties nor be released. Such a PDF is flattened as a
viewer shows it (QPDF makes appearances for fields that lack them, then draws every visible
annotation into its page), and that copy, kept beside the untouched original, is what
ingest reads and release redacts.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf

from redaction.files import READ_ONLY, written_whole

HIDDEN = 2 | 32  # annotation flags: Hidden, NoView


def shows_annotations(pdf: pikepdf.Pdf) -> bool:
    """Whether any page has an annotation drawn on screen (it has an appearance)."""
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", ()):
            if (isinstance(annot, pikepdf.Dictionary) and "/AP" in annot
                    and not int(annot.get("/F", 0)) & HIDDEN):
                return True
    return "/AcroForm" in pdf.Root and bool(pdf.Root.AcroForm.get("/Fields"))


def flattened_copy(original: Path, target: Path) -> bool:
    """Write ``target`` if ``original`` needs flattening; False (and nothing written) if not.
    Written whole or not at all, so an interrupted ingest never reads half a file."""
    if target.exists():
        return True
    with pikepdf.open(original) as pdf:
        if not shows_annotations(pdf):
            return False
        if "/AcroForm" in pdf.Root:
            pdf.generate_appearance_streams()
        pdf.flatten_annotations("screen")
        with written_whole(target, READ_ONLY) as partial:
            pdf.save(partial)
    return True
