"""True redaction of PDFs: what is under a box is gone from the file, not hidden."""

from redaction.pdf.errors import (
    RedactionError,
    RedactionOutsidePage,
    SourceUnreadable,
    Unredactable,
)
from redaction.pdf.frame import PageFrame
from redaction.pdf.redact import redact_pdf

__all__ = [
    "PageFrame",
    "RedactionError",
    "RedactionOutsidePage",
    "SourceUnreadable",
    "Unredactable",
    "redact_pdf",
]
