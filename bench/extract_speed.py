"""Words with boxes from the same PDF: PDFium (pypdfium2, what ingest uses) against pdfminer
(pdfplumber). Prints pages per second for each.

    .venv/bin/python bench/extract_speed.py [--pages 300] [PDF]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from lifestory.ingest.pdf_reader import read_pdf  # noqa: E402

LINE = ("Visited Jade at her placement; she showed me her swimming certificate and said "
        "she wants to")


def make_pdf(path: Path, pages: int) -> Path:
    """A dense case-notes export: about 45 lines of text a page."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n in range(pages):
        c.setFont("Helvetica", 10)
        c.drawString(56, 800, f"Case Notes Report - page {n + 1}")
        for i in range(45):
            c.drawString(56, 780 - i * 16, f"{i:02d}/{n % 12 + 1:02d}/2009 {LINE}")
        c.showPage()
    c.save()
    return path


def timed(label: str, pages: int, fn) -> float:
    start = time.perf_counter()
    words = fn()
    seconds = time.perf_counter() - start
    rate = pages / seconds
    print(f"{label:<28} {pages} pages in {seconds:6.2f} s = {rate:7.1f} pages/s ({words} words)")
    return rate


def pdfium_words(path: Path) -> int:
    return sum(len(page.words) for page in read_pdf(path, use_ocr=False))


def pdfplumber_words(path: Path) -> int:
    total = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            total += len(page.extract_words())
            page.flush_cache()
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pdf", nargs="?", type=Path)
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.pdf or make_pdf(Path(tmp) / "bench.pdf", args.pages)
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
        a = timed("pypdfium2 (lifestory ingest)", pages, lambda: pdfium_words(path))
        b = timed("pdfplumber extract_words", pages, lambda: pdfplumber_words(path))
        print(f"pypdfium2 is {a / b:.1f}x faster")


if __name__ == "__main__":
    main()
