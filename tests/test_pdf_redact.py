"""redact_pdf: content under a box is gone, every other way a PDF holds text is dropped,
and boxes land where the text was on rotated and cropped pages, whether the page is
rewritten glyph by glyph (the default) or rasterised (the fallback, forced here with
``rasterise=True``)."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageOps
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from lifestory.verify.extractors import pdfminer_text
from lifestory.verify.leaks import find_leaks
from redaction.geometry import pad
from redaction.models import Redaction
from redaction.pdf import RedactionOutsidePage, SourceUnreadable, redact_pdf
from redaction.pdf import redact as redact_module

SECRETS = ["Sharon Whitfield", "Sharon", "Whitfield", "Elm Road"]
PAGE_ONE = "Jade met Sharon Whitfield at the contact centre on Friday."
PAGE_TWO = "The review was chaired by Anna Price, the reviewing officer."


def text_pdf(path: Path, pages: list[list[tuple[float, float, str]]], size=A4) -> Path:
    """Pages of (x, y, text) lines in Helvetica 12, y up as reportlab draws."""
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    for lines in pages:
        c.setFont("Helvetica", 12)
        for x, y, text in lines:
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return path


def text_box(path: Path, page_index: int, needle: str) -> tuple[float, float, float, float]:
    """The page-frame box of ``needle`` as ingest makes it: PDFium's character boxes,
    flipped from the MediaBox's bottom-left to its top-left, padded by a point."""
    doc = pdfium.PdfDocument(str(path))
    page = doc[page_index]
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    start = text.index(needle)
    left, bottom, right, top = zip(
        *(textpage.get_charbox(i) for i in range(start, start + len(needle)) if text[i] != " "),
        strict=True,
    )
    mx0, my0, mx1, my1 = page.get_mediabox()
    box = (min(left) - mx0, my1 - max(top), max(right) - mx0, my1 - min(bottom))
    textpage.close()
    page.close()
    doc.close()
    return pad(box, 1.0)


def render(path: Path, page_index: int, scale: float = 2.0) -> Image.Image:
    doc = pdfium.PdfDocument(str(path))
    try:
        return doc[page_index].render(scale=scale).to_pil().convert("L")
    finally:
        doc.close()


def ink(image: Image.Image) -> tuple[int, int, int, int] | None:
    """Bounding box of every dark pixel."""
    return ImageOps.invert(image).point(lambda v: 255 if v > 96 else 0).getbbox()


def leaky_pdf(path: Path) -> Path:
    """A two-page PDF with Sharon Whitfield's name everywhere a PDF can hold it."""
    base = text_pdf(path.with_suffix(".base.pdf"), [[(72, 700, PAGE_ONE)], [(72, 700, PAGE_TWO)]])
    with pikepdf.open(base) as pdf:
        pdf.docinfo["/Author"] = "Sharon Whitfield"
        pdf.docinfo["/Title"] = "Letter from Sharon Whitfield"
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:creator"] = ["Sharon Whitfield"]
        with pdf.open_outline() as outline:
            outline.root.append(pikepdf.OutlineItem("Sharon Whitfield's letter", 0))
        pdf.attachments["contacts.txt"] = pikepdf.AttachedFileSpec(
            pdf, b"Sharon Whitfield, 12 Elm Road", mime_type="text/plain"
        )
        note = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[72, 600, 92, 620],
            Contents=pikepdf.String("Ring Sharon Whitfield"),
        )
        second = pdf.pages[1].obj
        second.Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(note)]))
        # A form the page lists but never draws, holding the name in its content.
        unused = pikepdf.Stream(pdf, b"BT /F1 12 Tf (Sharon Whitfield) Tj ET")
        unused.Type, unused.Subtype = pikepdf.Name.XObject, pikepdf.Name.Form
        unused.BBox = [0, 0, 100, 100]
        second.Resources.XObject = pikepdf.Dictionary(Unused=unused)
        second.PieceInfo = pikepdf.Dictionary(App=pikepdf.Dictionary(
            Private=pikepdf.String("Sharon Whitfield")))
        pdf.Root.OpenAction = pikepdf.Dictionary(
            S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert('Sharon Whitfield')"))
        pdf.Root.PageLabels = pikepdf.Dictionary(
            Nums=[0, pikepdf.Dictionary(P=pikepdf.String("Sharon Whitfield "))])
        pdf.Root.StructTreeRoot = pikepdf.Dictionary(
            Type=pikepdf.Name.StructTreeRoot,
            K=pikepdf.Dictionary(S=pikepdf.Name.P, ActualText=pikepdf.String("Sharon Whitfield")),
        )
        field = pdf.make_indirect(pikepdf.Dictionary(
            FT=pikepdf.Name.Tx, T=pikepdf.String("carer"), V=pikepdf.String("Sharon Whitfield")))
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=[field])
        pdf.save(path)
    return path


@pytest.fixture
def leaky(tmp_path: Path) -> Path:
    return leaky_pdf(tmp_path / "letter.pdf")


def test_original_leaks_everywhere(leaky: Path):
    vectors = {leak.vector for leak in find_leaks(leaky, SECRETS)}
    assert {"pdfminer text", "document info", "xmp metadata", "strings", "streams"} <= vectors


def test_redacted_release_has_no_leak(leaky: Path, tmp_path: Path):
    box = text_box(leaky, 0, "Sharon Whitfield")
    out = tmp_path / "out" / "letter.pdf"
    report = redact_pdf(leaky, [Redaction(1, *box, code="S40(2)")], out, title="Letter")

    assert find_leaks(out, SECRETS, allowed=["Jade Whitfield"]) == []
    assert report.pages == 2
    assert report.redacted_pages == report.glyph_pages == [1]
    assert report.rasterised_pages == [] and report.fallback_reasons == {}
    assert report.removed_glyphs == len("Sharon Whitfield")
    assert {"annotations", "attachments", "document info", "outlines", "xmp metadata",
            "actions", "page labels", "structure tree",
            "form fields", "page metadata"} <= set(report.removed)
    pages = dict(pdfminer_text(out))
    assert _words(pages[1]) == _words(PAGE_ONE.replace("Sharon Whitfield", ""))
    assert "The review was chaired by Anna Price" in pages[2]


def test_rasterised_release_has_no_leak(leaky: Path, tmp_path: Path):
    box = text_box(leaky, 0, "Sharon Whitfield")
    out = tmp_path / "out" / "letter.pdf"
    report = redact_pdf(leaky, [Redaction(1, *box, code="S40(2)")], out, title="Letter",
                        rasterise=True)

    assert find_leaks(out, SECRETS, allowed=["Jade Whitfield"]) == []
    assert report.redacted_pages == report.rasterised_pages == [1]
    assert report.glyph_pages == [] and report.fallback_reasons == {}  # asked for, not a fallback
    pages = dict(pdfminer_text(out))
    assert pages[1].strip() == ""  # the redacted page is only a picture
    assert "The review was chaired by Anna Price" in pages[2]


def _words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("rasterise", [False, True])
def test_release_keeps_nothing_but_pages(leaky: Path, tmp_path: Path, rasterise):
    out = tmp_path / "out" / "letter.pdf"
    redact_pdf(leaky, [Redaction(1, *text_box(leaky, 0, "Sharon"), code="S40(2)")], out,
               title="Letter", rasterise=rasterise)
    with pikepdf.open(out) as pdf:
        assert set(pdf.Root.keys()) <= {"/Type", "/Pages", "/ViewerPreferences"}
        assert dict(pdf.docinfo.items()) == {"/Title": "Letter", "/Producer": "lifestory"}
        for page in pdf.pages:
            assert "/Annots" not in page.obj and "/PieceInfo" not in page.obj
        assert not pdf.pages[1].obj.Resources.get("/XObject", {})  # the unused form went
        [drawn] = pdf.pages[0].obj.Resources.XObject.values()  # the picture, or the label
        assert drawn.get("/ImageMask", False) is not rasterise


@pytest.mark.parametrize("rasterise", [False, True])
def test_box_is_black_and_the_rest_readable(leaky: Path, tmp_path: Path, rasterise):
    box = text_box(leaky, 0, "Sharon Whitfield")
    out = tmp_path / "out" / "letter.pdf"
    redact_pdf(leaky, [Redaction(1, *box, code="S40(2)")], out, rasterise=rasterise)
    scale = 2.0
    image = render(out, 0, scale)
    x0, top, x1, bottom = (round(v * scale) for v in box)
    inside = image.crop((x0 + 2, top + 2, x1 - 2, bottom - 2))
    assert inside.getextrema() == (0, 255)  # black, with the white code label on it
    assert _dark_share(image, (x0 + 2, top + 2, x1 - 2, bottom - 2)) > 0.6
    before = render(leaky, 0, scale).crop((0, top, x0 - 2, bottom))
    after = image.crop((0, top, x0 - 2, bottom))
    assert _near(ink(after), ink(before))  # "Jade met" is still drawn where it was


@pytest.mark.parametrize("rasterise", [False, True])
@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
@pytest.mark.parametrize("cropbox", [None, [40, 60, 500, 780]])
def test_box_lands_on_the_word_when_rotated_or_cropped(tmp_path: Path, rotation, cropbox,
                                                       rasterise):
    lines = [(100, 500, "Jade"), (300, 300, "Sharon")]
    source = text_pdf(tmp_path / "source.pdf", [lines])
    # Where each word is drawn, found by rendering it alone: independent of frame.py.
    jade_alone = text_pdf(tmp_path / "jade.pdf", [lines[:1]])
    sharon_alone = text_pdf(tmp_path / "sharon.pdf", [lines[1:]])
    for path in (source, jade_alone, sharon_alone):
        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            pdf.pages[0].obj.Rotate = rotation
            if cropbox:
                pdf.pages[0].obj.CropBox = cropbox
            pdf.save(path)
    out = tmp_path / "out.pdf"
    redact_pdf(source, [Redaction(1, *text_box(source, 0, "Sharon"))], out,  # no label
               rasterise=rasterise)

    sharon, jade = ink(render(sharon_alone, 0)), ink(render(jade_alone, 0))
    before, after = render(source, 0), render(out, 0)
    centre = ((sharon[0] + sharon[2]) // 2, (sharon[1] + sharon[3]) // 2)
    assert after.getpixel(centre) < 32
    assert _dark_share(after, sharon) > 0.95 and _dark_share(before, sharon) < 0.5
    assert _near(ink(after.crop(jade)), ink(before.crop(jade)))  # the kept word is untouched
    assert _dark_share(after, jade) < 0.5
    assert _sizes(out) == _sizes(source)


def _dark_share(image: Image.Image, box) -> float:
    crop = image.crop(box)
    return sum(crop.histogram()[:128]) / (crop.width * crop.height)


def _near(a, b, pixels: int = 3) -> bool:
    """Two boxes alike but for resampling: the release is a 150 dpi picture of the page."""
    if a is None or b is None:
        return False
    return all(abs(p - q) <= pixels for p, q in zip(a, b, strict=True))


def _sizes(path: Path) -> list[tuple[float, float]]:
    doc = pdfium.PdfDocument(str(path))
    try:
        return [tuple(round(v, 1) for v in doc[i].get_size()) for i in range(len(doc))]
    finally:
        doc.close()


@pytest.mark.parametrize("rasterise", [False, True])
def test_page_count_sizes_and_order_survive_batches(tmp_path: Path, monkeypatch, rasterise):
    """Pages go through several temporary segments or batches and come back in order."""
    monkeypatch.setattr(redact_module, "BATCH_BYTES", 1)  # one page per batch
    source = tmp_path / "sizes.pdf"
    c = canvas.Canvas(str(source), invariant=1)
    for i in range(6):
        c.setPageSize((300 + 20 * i, 400 + 10 * i))
        c.setFont("Helvetica", 12)
        c.drawString(20, 200, f"Page {i + 1} about Sharon")
        c.showPage()
    c.save()
    redactions = [Redaction(n, *text_box(source, n - 1, "Sharon"), code="S40(2)")
                  for n in (1, 2, 4, 6)]
    out = tmp_path / "out.pdf"
    report = redact_pdf(source, redactions, out, rasterise=rasterise)
    assert (report.rasterised_pages if rasterise else report.glyph_pages) == [1, 2, 4, 6]
    assert _sizes(out) == _sizes(source)
    pages = dict(pdfminer_text(out))
    assert "Page 3 about Sharon" in pages[3] and "Page 5 about Sharon" in pages[5]
    if rasterise:
        assert find_leaks(out, ["Page 1", "Page 2", "Page 4", "Page 6"]) == []
    else:
        for n in (1, 2, 4, 6):
            assert _words(pages[n]) == ["Page", str(n), "about"]


def test_unreadable_source_names_the_file(tmp_path: Path):
    bad = tmp_path / "not-a-pdf.pdf"
    bad.write_bytes(b"this is a letter, not a PDF")
    with pytest.raises(SourceUnreadable, match="not-a-pdf.pdf"):
        redact_pdf(bad, [], tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


def test_encrypted_source_is_refused(tmp_path: Path):
    source = text_pdf(tmp_path / "locked.pdf", [[(72, 700, PAGE_ONE)]])
    with pikepdf.open(source, allow_overwriting_input=True) as pdf:
        pdf.save(source, encryption=pikepdf.Encryption(owner="o", user="secret"))
    with pytest.raises(SourceUnreadable, match="locked.pdf: .*password"):
        redact_pdf(source, [], tmp_path / "out.pdf")


def test_redaction_off_the_page_is_an_error(tmp_path: Path):
    source = text_pdf(tmp_path / "one.pdf", [[(72, 700, PAGE_ONE)]])
    with pytest.raises(RedactionOutsidePage, match="page"):
        redact_pdf(source, [Redaction(2, 10, 10, 50, 20)], tmp_path / "out.pdf")
    with pytest.raises(RedactionOutsidePage, match="not on the visible page"):
        redact_pdf(source, [Redaction(1, 900, 10, 950, 20)], tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_frame_round_trip(rotation):
    """visible_to_page undoes page_to_visible (OCR boxes found in a render go back)."""
    from redaction.pdf import PageFrame

    frame = PageFrame.from_boxes((10, 20, 410, 620), (40, 60, 380, 580), rotation)
    box = (50.0, 70.0, 120.0, 90.0)
    visible = frame.page_to_visible(box)
    assert frame.visible_to_page(visible) == pytest.approx(box)
    width, height = frame.visible_size
    assert 0 <= visible[0] < visible[2] <= width and 0 <= visible[1] < visible[3] <= height


def test_colour_pages_become_jpeg_and_text_pages_lossless_grey(tmp_path: Path):
    source = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(source), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 12)
    c.drawString(72, 700, "Plain text about Sharon")
    c.showPage()
    c.setFillColorRGB(0.9, 0.3, 0.1)
    c.rect(72, 300, 300, 300, fill=1, stroke=0)  # a photograph, say
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 12)
    c.drawString(72, 700, "Photo of Sharon")
    c.showPage()
    c.save()
    redactions = [Redaction(n, *text_box(source, n - 1, "Sharon"), code="S40(2)") for n in (1, 2)]
    out = tmp_path / "out" / "mixed.pdf"
    redact_pdf(source, redactions, out, rasterise=True)
    with pikepdf.open(out) as pdf:
        images = [page.obj.Resources.XObject.Im0 for page in pdf.pages]
        assert [(i.Filter, i.ColorSpace) for i in images] == [
            (pikepdf.Name.FlateDecode, pikepdf.Name.DeviceGray),
            (pikepdf.Name.DCTDecode, pikepdf.Name.DeviceRGB),
        ]
    assert find_leaks(out, ["Sharon"]) == []
