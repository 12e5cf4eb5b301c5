"""Image-only pages are read with Tesseract where it is installed (an optional extra)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pikepdf
import pytest

from lifestory.analyse import analyse
from lifestory.ingest import ingest_paths, ocr
from lifestory.pipeline import init_workspace
from lifestory.release import write_pack

SAMPLES = Path(__file__).parent.parent / "sample_records"
LETTER = SAMPLES / "case-jade-whitfield" / "scanned-letter-2008.pdf"

pytestmark = pytest.mark.skipif(
    not ocr.available(), reason="Tesseract is not installed (apt-get install tesseract-ocr)"
)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ocr")
    ws = init_workspace(tmp / "ws", SAMPLES / "case.toml")
    ingest_paths(ws, [LETTER])
    return ws


def test_scanned_page_gets_words_with_positions(scanned):
    [doc] = scanned.documents()
    page = scanned.page(doc["id"], 1)
    assert page["text_source"] == "ocr"
    assert "Christmas" in page["text"] and "Larch Close" in page["text"]
    words = scanned.words(doc["id"], 1)
    dear = next(w for w in words if w.text == "Dear")
    assert 0 < dear.x0 < dear.x1 < page["width"] and 0 < dear.top < dear.bottom < page["height"]


def test_scanned_third_parties_are_redacted(scanned, tmp_path):
    analyse(scanned)
    report = write_pack(scanned, tmp_path / "pack", who="Test Officer", accept_suggestions=True)
    [released] = report.documents
    assert released.rasterised_pages == []  # the scan's own pixels are painted over
    with pdfplumber.open(report.path / "documents" / released.name) as pdf:
        text = pdf.pages[0].extract_text() or ""
    # The scan keeps no text layer: only the pack's own page stamp is text.
    assert "page 1 of 1" in text
    for word in ("Christmas", "Larch", "Hollis", "Dear"):
        assert word not in text
    redacted = {r["text"] for r in scanned.rows("suggestions", "decision = 'redact'")}
    assert {"Margaret Hollis", "07700 900123"} <= redacted


def test_turned_scan_gets_boxes_in_the_page_frame(scanned, tmp_path):
    """A scanner that saves a page with /Rotate 90: Tesseract reads the page as shown, and
    its boxes are turned back, so they land on the same pixels as for the upright scan."""
    turned = tmp_path / "turned-letter.pdf"
    with pikepdf.open(LETTER) as pdf:
        pdf.pages[0].obj.Rotate = 90
        pdf.save(turned)
    ws = init_workspace(tmp_path / "ws", SAMPLES / "case.toml")
    ingest_paths(ws, [turned])
    [doc] = ws.documents()
    [upright] = scanned.documents()
    dear = next(w for w in ws.words(doc["id"], 1) if w.text == "Dear")
    expected = next(w for w in scanned.words(upright["id"], 1) if w.text == "Dear")
    assert (dear.x0, dear.top, dear.x1, dear.bottom) == pytest.approx(
        (expected.x0, expected.top, expected.x1, expected.bottom), abs=3)
    analyse(ws)
    report = write_pack(ws, tmp_path / "pack", who="Test Officer", accept_suggestions=True)
    [released] = report.documents
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(report.path / "documents" / released.name))
    text, _ = ocr.read_page_image(pdf[0])
    pdf.close()
    assert "Hollis" not in text and "Christmas" in text
