"""Redaction speed in pages per second: glyph by glyph, and rasterised, on one long file.

The export repeats the sample case-notes report's pages (real care-note text) until it has
``--pages`` pages. Each page gets ``--per-page`` redactions, on words spread down the page,
with boxes made as the release makes them (ingest's words, ``span_boxes``). Then
``redact_pdf`` (what ``lifestory release`` calls) runs once rewriting glyphs and once
rasterising every redacted page, the version 1 way.

``--scanned`` makes every page a scan instead: a 150 dpi JPEG of the page with an invisible
OCR text layer over it (each page its own image), so the glyph run paints image data.

    .venv/bin/python bench/redact_speed.py [--pages 500] [--per-page 3] [--dpi 150]
    .venv/bin/python bench/redact_speed.py --scanned --pages 100
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import tempfile
import time
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.pipeline_speed import long_export  # noqa: E402
from lifestory.ingest.pdf_reader import read_pdf  # noqa: E402
from lifestory.release.boxes import span_boxes  # noqa: E402
from redaction.models import Redaction  # noqa: E402
from redaction.pdf import redact_pdf  # noqa: E402

SCAN_DPI = 150


def scanned_export(text_pdf: Path, path: Path) -> Path:
    """Every page of ``text_pdf`` as a scan: its render as a JPEG, its text made invisible."""
    doc = pdfium.PdfDocument(str(text_pdf))
    scans: dict[int, bytes] = {}
    with pikepdf.open(text_pdf) as pdf:
        for index, page in enumerate(pdf.pages):
            key = hash(page.obj.Contents.read_bytes())
            if key not in scans:  # repeated pages of the export are rendered once
                picture = doc[index].render(scale=SCAN_DPI / 72).to_pil().convert("L")
                out = io.BytesIO()
                picture.save(out, "JPEG", quality=80)
                scans[key] = (out.getvalue(), picture.size)
            data, (width, height) = scans[key]
            image = pikepdf.Stream(pdf, data)
            image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
            image.Filter, image.ColorSpace = pikepdf.Name.DCTDecode, pikepdf.Name.DeviceGray
            image.Width, image.Height, image.BitsPerComponent = width, height, 8
            w, h = (float(v) for v in page.mediabox[2:])
            text = page.obj.Contents.read_bytes().replace(b"BT", b"BT 3 Tr")
            resources = pikepdf.Dictionary(page.obj.Resources)
            resources.XObject = pikepdf.Dictionary(Scan=image)
            page.obj.Resources = resources
            page.obj.Contents = pdf.make_stream(
                f"q {w} 0 0 {h} 0 0 cm /Scan Do Q\n".encode() + text)
        pdf.save(path)
    doc.close()
    return path


def redactions_for(path: Path, per_page: int) -> list[Redaction]:
    """``per_page`` words a page, spread evenly down it, boxed as the release boxes them."""
    redactions = []
    for page in read_pdf(path, use_ocr=False):
        words = [w for w in page.words if w.x0 is not None and len(w.text) > 3]
        for i in range(per_page):
            word = words[(i + 1) * len(words) // (per_page + 1)]
            redactions += [Redaction(page.page_number, *box, code="3P")
                           for box in span_boxes(page.words, word.start, word.end)]
    return redactions


def run(label: str, source: Path, redactions, out: Path, pages: int, **options):
    start = time.perf_counter()
    report = redact_pdf(source, redactions, out, title="bench", **options)
    seconds = time.perf_counter() - start
    size = out.stat().st_size / 1024 / 1024
    print(f"{label:<12} {pages} pages in {seconds:7.2f} s = {pages / seconds:7.1f} pages/s"
          f"   {size:6.1f} MiB   glyph pages {len(report.glyph_pages)},"
          f" rasterised {len(report.rasterised_pages)}")
    if report.fallback_reasons:
        reasons = sorted(set(report.fallback_reasons.values()))
        print(f"{'':<12} fallback: {reasons}")
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--per-page", type=int, default=3)
    parser.add_argument("--dpi", type=int, default=150)
    parser.add_argument("--scanned", action="store_true", help="every page a scan")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        source = long_export(tmp / "long-case-notes.pdf", args.pages)
        if args.scanned:
            source = scanned_export(source, tmp / "long-scanned.pdf")
        redactions = redactions_for(source, args.per_page)
        print(f"{args.pages} pages, {len(redactions)} boxes, "
              f"{source.stat().st_size / 1024 / 1024:.1f} MiB")
        run("glyphs", source, redactions, tmp / "glyphs.pdf", args.pages)
        run("rasterised", source, redactions, tmp / "raster.pdf", args.pages,
            rasterise=True, dpi=args.dpi)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory (whole run) {peak:.0f} MiB")


if __name__ == "__main__":
    main()
