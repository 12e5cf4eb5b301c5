"""Glyph-level redaction: glyphs under a box go, every other glyph stays exactly where it
was (read back with pdfminer, not with the PDFium the redactor checks itself with), images
are painted in their own data, and pages that cannot be handled with certainty are
rasterised with a reason."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTContainer
from pikepdf import Dictionary, Name
from PIL import Image, ImageDraw

from lifestory.verify.leaks import find_leaks
from redaction.models import Redaction
from redaction.pdf import PageFrame, check, fonts, redact_pdf
from redaction.pdf.matrix import transform_rect
from tests.test_adversarial import (
    NAME,
    SECRETS,
    helvetica,
    ingest_redactions,
    one_page,
    text_line,
    type3_font,
)

# -- reading a page back with pdfminer ---------------------------------------------------


def chars(path: Path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """Every character pdfminer lays out on a page, with its box, in stream order."""
    layout = next(extract_pages(str(path), page_numbers=[page - 1],
                                laparams=LAParams(all_texts=True)))
    found, stack = [], [layout]
    while stack:
        item = stack.pop()
        if isinstance(item, LTChar):
            found.append((item.get_text(), *item.bbox))
        elif isinstance(item, LTContainer):
            stack.extend(reversed(list(item)))
    return sorted(found, key=lambda c: (round(-c[2], 1), c[1]))


def user_boxes(path: Path, redactions: list[Redaction]) -> list[tuple]:
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0].obj
        frame = PageFrame.from_boxes(tuple(map(float, page.MediaBox)), None, 0)
    return [frame.page_to_user(r.box) for r in redactions]


def assert_only_boxed_glyphs_went(source: Path, out: Path, redactions, page: int = 1):
    """Every glyph left is at the very place it was; every glyph gone was under a box."""
    before, after = chars(source, page), chars(out, page)
    boxes = user_boxes(source, redactions)
    left = list(after)
    for char in before:
        same = next((c for c in left if c[0] == char[0] and
                     all(abs(p - q) < 0.01 for p, q in zip(c[1:], char[1:], strict=True))),
                    None)
        if same is not None:
            left.remove(same)
            continue
        x0, y0, x1, y1 = char[1:]
        assert any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in boxes), (
            f"{char} went but was not under a box")
    assert left == [], f"glyphs moved or appeared: {left}"


def redact(source: Path, tmp_path: Path, redactions=None, **options):
    redactions = ingest_redactions(source) if redactions is None else redactions
    out = tmp_path / "out" / source.name
    return redact_pdf(source, redactions, out, **options), out, redactions


# -- text state, matrices, forms ---------------------------------------------------------


def test_every_text_operator_and_state(tmp_path):
    """Tc, Tw, Tz, TL, Ts, T*, ', TJ kerning, cm, q/Q and a turned text matrix.

    (" is tested below with PDFium: pdfminer does not move to the next line for it.)
    """
    content = b"""
    q 1 0 0 1 10 -20 cm
    BT /F1 11 Tf 0.4 Tc 2.5 Tw 90 Tz 14 TL 72 700 Td
    (Visit with Sharon Whitfield today, then home.) Tj
    T* 1 Ts (Rise line: Sharon Whitfield again.) Tj 0 Ts
    (Quote line names Sharon Whitfield too.) '
    T* [(Kerned ) -120 (Sharon) 80 ( Whit) -33.5 (field) 250 ( end of line.)] TJ
    ET Q
    q 0.9 0.1 -0.1 0.9 60 300 cm
    BT /F1 12 Tf 0 0 Td (Skewed words before Sharon Whitfield and after.) Tj ET
    Q
    BT /F1 12 Tf 0.866 0.5 -0.5 0.866 150 150 Tm (Turned: Sharon Whitfield met Jade.) Tj ET
    """
    source = tmp_path / "state.pdf"
    one_page(source, content)
    report, out, redactions = redact(source, tmp_path)
    assert report.glyph_pages == [1] and report.fallback_reasons == {}
    assert find_leaks(out, SECRETS) == []
    assert_only_boxed_glyphs_went(source, out, redactions)


def test_double_quote_operator(tmp_path):
    """aw ac string " sets word and character spacing, moves to the next line and shows
    the string; the rewrite spells that out. Read back with PDFium's character boxes."""
    content = (b"BT /F1 12 Tf 16 TL 72 700 Td (First line.) Tj "
               b"3 0.5 (Jade met Sharon Whitfield at the centre.) \" "
               b"(Next line follows.) ' ET")
    source = tmp_path / "double-quote.pdf"
    one_page(source, content)
    report, out, redactions = redact(source, tmp_path)
    assert report.removed_glyphs == len(NAME)

    def read(path):
        doc = pdfium.PdfDocument(str(path))
        try:
            return check.page_chars(doc[0])
        finally:
            doc.close()

    boxes = user_boxes(source, redactions)
    assert check.check_text(read(source), read(out), boxes) is None
    assert "".join(c[0] for c in read(out)) == "Firstline.Jademetatthecentre.Nextlinefollows."


def test_text_after_a_removed_run_keeps_its_place(tmp_path):
    """The rest of a line drawn by later operators, without a new position, follows the
    removed run's offset exactly."""
    content = (b"BT /F1 12 Tf 72 700 Td (Jade met ) Tj (Sharon Whitfield) Tj "
               b"( at the centre) Tj [( on) -500 ( Friday.)] TJ ET")
    source = tmp_path / "follow.pdf"
    one_page(source, content)
    report, out, redactions = redact(source, tmp_path)
    assert report.removed_glyphs == len(NAME)
    assert_only_boxed_glyphs_went(source, out, redactions)


def test_nested_forms_with_matrices(tmp_path):
    """A form inside a form, each with its own /Matrix, the inner one drawn twice."""
    pdf = pikepdf.new()
    font = helvetica(pdf)
    inner = pdf.make_stream(b"BT /F1 10 Tf 0 0 Td (Note: Sharon Whitfield rang.) Tj ET")
    inner.Type, inner.Subtype, inner.BBox = Name.XObject, Name.Form, [0, -5, 300, 20]
    inner.Matrix = [1.2, 0, 0, 1.2, 5, 0]
    inner.Resources = Dictionary(Font=Dictionary(F1=font))
    outer = pdf.make_stream(b"q /In Do Q q 1 0 0 1 0 -40 cm /In Do Q")
    outer.Type, outer.Subtype, outer.BBox = Name.XObject, Name.Form, [0, -60, 400, 30]
    outer.Matrix = [1, 0, 0, 1, 20, 0]
    outer.Resources = Dictionary(XObject=Dictionary(In=inner))
    source = tmp_path / "nested.pdf"
    one_page(source, text_line("Jade's file, page one.") + b"q 1 0 0 1 50 600 cm /Out Do Q",
             pdf=pdf, resources=Dictionary(XObject=Dictionary(Out=outer)))
    redactions = ingest_redactions(source)
    assert len(redactions) == 2
    report, out, _ = redact(source, tmp_path, redactions)
    assert report.removed_glyphs == 2 * len(NAME)
    assert find_leaks(out, SECRETS) == []
    assert_only_boxed_glyphs_went(source, out, redactions)


def test_unbalanced_q_does_not_move_the_boxes(tmp_path):
    """A content stream that leaves its graphics state changed (q without Q, an extra Q)
    cannot shift where the boxes are drawn."""
    content = (b"Q q 2 0 0 2 0 0 cm BT /F1 6 Tf 36 350 Td (Jade met Sharon Whitfield here.) "
               b"Tj ET")
    source = tmp_path / "unbalanced.pdf"
    one_page(source, content)
    report, out, redactions = redact(source, tmp_path)
    assert report.glyph_pages == [1]
    doc = pdfium.PdfDocument(str(out))
    image = doc[0].render(scale=1).to_pil().convert("L")
    doc.close()
    x0, top, x1, bottom = redactions[0].box
    left_of_label = (round(x0 + 3), round((top + bottom) / 2))
    assert image.getpixel(left_of_label) < 32  # the box is where the name was, drawn black


def test_the_label_is_not_text(tmp_path):
    source = tmp_path / "label.pdf"
    one_page(source, text_line(f"Jade met {NAME} at the contact centre on Friday.", size=20))
    _, out, _ = redact(source, tmp_path)
    text = "".join(c[0] for c in chars(out))
    assert "S40" not in text and "Jade" in text
    with pikepdf.open(out) as pdf:
        stencils = [x for x in pdf.pages[0].obj.Resources.XObject.values()
                    if x.get("/ImageMask", False)]
    assert len(stencils) == 1


def test_actual_text_is_kept_where_nothing_was_removed(tmp_path):
    content = (b"/Span <</ActualText (fi)>> BDC BT /F1 12 Tf 72 700 Td (\x1f) Tj ET EMC "
               b"/Span <</ActualText (Sharon Whitfield)>> BDC "
               + text_line(NAME, y=650) + b" EMC")
    source = tmp_path / "actual.pdf"
    one_page(source, content)
    redactions = [r for r in ingest_redactions(source)]
    _, out, _ = redact(source, tmp_path, redactions)
    with pikepdf.open(out) as pdf:
        data = pdf.pages[0].obj.Contents.read_bytes()
    assert b"/ActualText (fi)" in data and b"Sharon" not in data


# -- fonts -------------------------------------------------------------------------------


def test_standard_font_without_widths_and_differences(tmp_path):
    """Times-Roman with no /Widths: widths from its metrics, through a /Differences
    encoding that moves letters to other codes."""
    pdf = pikepdf.new()
    times = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/Times-Roman"),
        Encoding=Dictionary(Type=Name.Encoding, BaseEncoding=Name.WinAnsiEncoding,
                            Differences=[1, Name.S, Name.h, Name.a, Name.r, Name.o, Name.n])))
    swapped = b"\x01\x02\x03\x04\x05\x06"  # "Sharon", through the differences
    content = (b"BT /T 13 Tf 72 700 Td (Jade met ) Tj (" + swapped + b") Tj "
               b"( Whitfield at the contact centre.) Tj ET")
    source = tmp_path / "times.pdf"
    one_page(source, content, pdf=pdf, resources=Dictionary(Font=Dictionary(T=times)))
    report, out, redactions = redact(source, tmp_path)
    assert report.removed_glyphs == len(NAME)
    assert_only_boxed_glyphs_went(source, out, redactions)


def test_font_widths_and_cid_widths():
    pdf = pikepdf.new()
    simple = fonts.load_font(Dictionary(Subtype=Name.TrueType, BaseFont=Name("/ABCDEF+Calibri"),
                                        FirstChar=65, Widths=[500, 600]))
    assert simple.codes(b"AB@") == [(0, 1, 500.0), (1, 2, 600.0), (2, 3, 0.0)]
    assert simple.advance(b"A B") == (1100.0, 3, 1)
    cid = pdf.make_indirect(Dictionary(Subtype=Name.CIDFontType2, DW=900,
                                       W=[3, [250, 260], 10, 12, 400]))
    composite = fonts.load_font(Dictionary(Subtype=Name.Type0, Encoding=Name("/Identity-H"),
                                           DescendantFonts=[cid]))
    assert [w for _, _, w in composite.codes(b"\x00\x03\x00\x04\x00\x0b\x00\x63")] == [
        250, 260, 400, 900]
    assert composite.advance(b"\x00\x20")[2] == 0  # no word spacing in two-byte codes


@pytest.mark.parametrize("font, reason", [
    (Dictionary(Subtype=Name.Type3), "Type3"),
    (Dictionary(Subtype=Name.Type0, Encoding=Name("/Identity-V")), "vertical"),
    (Dictionary(Subtype=Name.Type0, Encoding=Name("/UniGB-UCS2-H")), "CMap"),
    (Dictionary(Subtype=Name.TrueType, BaseFont=Name("/Unknown")), "widths"),
])
def test_fonts_that_cannot_be_placed(font, reason):
    loaded = fonts.load_font(font)
    assert reason in loaded.unsupported
    with pytest.raises(fonts.Unredactable, match=reason):
        loaded.codes(b"ab")


# -- fallbacks ---------------------------------------------------------------------------


def test_type3_text_under_a_box_is_rasterised_with_a_reason(tmp_path):
    pdf = pikepdf.new()
    source = tmp_path / "type3.pdf"
    one_page(source, text_line("Jade met her at the centre.") +
             b"BT /T3 12 Tf 72 650 Td (Sharon Whitfield) Tj ET", pdf=pdf,
             resources=Dictionary(Font=Dictionary(F1=helvetica(pdf), T3=type3_font(pdf))))
    redactions = ingest_redactions(source)
    assert redactions
    report, out, _ = redact(source, tmp_path, redactions)
    assert report.rasterised_pages == [1]
    assert report.fallback_reasons == {1: "text in a Type3 font"}
    assert find_leaks(out, SECRETS) == []


def test_type3_text_away_from_the_boxes_stays(tmp_path):
    """Type3 text on another line is left as it is; the page is still rewritten."""
    pdf = pikepdf.new()
    source = tmp_path / "type3-elsewhere.pdf"
    one_page(source, text_line(f"Jade met {NAME} at the centre.") +
             b"BT /T3 12 Tf 72 500 Td (Sharon) Tj ET", pdf=pdf,
             resources=Dictionary(Font=Dictionary(F1=helvetica(pdf), T3=type3_font(pdf))))
    first_line = [r for r in ingest_redactions(source) if r.top < 200]
    report, out, _ = redact(source, tmp_path, first_line)
    assert report.glyph_pages == [1] and report.fallback_reasons == {}
    with pikepdf.open(out) as pdf:
        assert b"/T3 12 Tf\n72 500 Td\n(Sharon) Tj" in pdf.pages[0].obj.Contents.read_bytes()


def test_curves_under_a_box_are_rasterised(tmp_path):
    """A signature (curves) across the name: vector drawing is not removed glyph by
    glyph, so the page is rasterised."""
    content = (text_line(f"Signed {NAME} in person.") +
               b"q 2 w 100 695 m 130 720 160 680 190 705 c 220 720 250 690 260 700 c S Q")
    source = tmp_path / "signature.pdf"
    one_page(source, content)
    report, out, _ = redact(source, tmp_path)
    assert report.fallback_reasons == {1: "a vector drawing under a redaction (curves or "
                                          "outlined text)"}
    assert find_leaks(out, SECRETS) == []


def test_table_rules_across_a_box_are_fine(tmp_path):
    content = (b"0.5 w 60 690 m 400 690 l S 60 715 m 400 715 l S 150 680 m 150 720 l S "
               b"0.9 g 60 690 340 25 re f 0 g" + text_line(f"Carer {NAME} (mother)", y=700))
    source = tmp_path / "table.pdf"
    one_page(source, content)
    report, _, _ = redact(source, tmp_path)
    assert report.glyph_pages == [1] and report.fallback_reasons == {}


def test_an_image_that_cannot_be_decoded_is_rasterised(tmp_path):
    pdf = pikepdf.new()
    image = pikepdf.Stream(pdf, b"\x00" * 64)
    image.Type, image.Subtype, image.Filter = Name.XObject, Name.Image, Name.JBIG2Decode
    image.Width, image.Height, image.BitsPerComponent = 100, 20, 1
    image.ColorSpace = Name.DeviceGray
    source = tmp_path / "jbig2.pdf"
    one_page(source, text_line(f"Jade met {NAME} today.") + b"q 300 0 0 30 60 690 cm /J Do Q",
             pdf=pdf, resources=Dictionary(XObject=Dictionary(J=image)))
    report, out, _ = redact(source, tmp_path)
    assert report.fallback_reasons == {1: "an image compressed with JBIG2Decode under a "
                                          "redaction"}
    assert find_leaks(out, SECRETS) == []


def test_text_in_a_tiling_pattern_is_rasterised(tmp_path):
    pdf = pikepdf.new()
    font = helvetica(pdf)
    cell = pdf.make_stream(b"BT /F1 6 Tf 0 2 Td (Sharon) Tj ET")
    cell.Type, cell.PatternType, cell.PaintType, cell.TilingType = Name.Pattern, 1, 1, 1
    cell.BBox, cell.XStep, cell.YStep = [0, 0, 40, 10], 40, 10
    cell.Resources = Dictionary(Font=Dictionary(F1=font))
    source = tmp_path / "pattern.pdf"
    one_page(source, text_line(f"Jade met {NAME}.") +
             b"/Pattern cs /P1 scn 60 600 200 40 re f", pdf=pdf,
             resources=Dictionary(Font=Dictionary(F1=font), Pattern=Dictionary(P1=cell)))
    report, _, _ = redact(source, tmp_path)
    assert report.fallback_reasons == {1: "text or images drawn by a tiling pattern"}


def test_a_page_failing_the_check_is_rasterised(tmp_path, monkeypatch):
    monkeypatch.setattr(check, "check_text", lambda before, after, boxes: "a test failure")
    source = tmp_path / "checked.pdf"
    one_page(source, text_line(f"Jade met {NAME} today."))
    pdf = pikepdf.new()
    for _ in range(3):
        one_page(source, text_line(f"Jade met {NAME} today."), pdf=pdf, save=False)
    pdf.save(source)
    report, out, _ = redact(source, tmp_path)
    assert report.rasterised_pages == [1, 2, 3]
    assert set(report.fallback_reasons.values()) == {"checked after redaction: a test failure"}
    assert find_leaks(out, SECRETS) == []


# -- images ------------------------------------------------------------------------------


def _image_pdf(path: Path, image: pikepdf.Stream, pdf: pikepdf.Pdf, *, draw: bytes) -> Path:
    one_page(path, text_line(f"Photo of {NAME} at the centre.") + draw, pdf=pdf,
             resources=Dictionary(XObject=Dictionary(Im=image)))
    return path


def _samples(stream: pikepdf.Stream) -> np.ndarray:
    width, height = int(stream.Width), int(stream.Height)
    bits = 1 if stream.get("/ImageMask", False) else int(stream.BitsPerComponent)
    return np.unpackbits(np.frombuffer(stream.read_bytes(), np.uint8)).reshape(height, -1)[
        :, :width * bits]


@pytest.mark.parametrize("bits", [1, 4, 8])
def test_image_samples_under_the_box_are_zeroed_at_their_depth(tmp_path, bits):
    pdf = pikepdf.new()
    width, height = 120, 20
    row = np.full(width * bits, 1, np.uint8)
    data = np.packbits(np.tile(row, (height, 1)), axis=1).tobytes()
    image = pikepdf.Stream(pdf, data)
    image.Type, image.Subtype = Name.XObject, Name.Image
    image.Width, image.Height, image.BitsPerComponent = width, height, bits
    image.ColorSpace = Name.DeviceGray
    source = _image_pdf(tmp_path / f"bits{bits}.pdf", image, pdf,
                        draw=b"q 480 0 0 16 40 696 cm /Im Do Q")
    redactions = ingest_redactions(source)
    report, out, _ = redact(source, tmp_path, redactions)
    assert report.painted_images == 1 and report.fallback_reasons == {}
    with pikepdf.open(out) as released:
        [painted] = [x for x in released.pages[0].obj.Resources.XObject.values()
                     if not x.get("/ImageMask", False)]
        samples = _samples(painted)
    box = user_boxes(source, redactions)[0]
    # The box in image columns: the image spans x 40..520 over 120 columns.
    c0, c1 = int((box[0] - 40) / 4), int(np.ceil((box[2] - 40) / 4))
    assert not samples[:, (c0 + 1) * bits:(c1 - 1) * bits].any()  # zeroed under the box
    assert samples[:, :bits].all() and samples[:, -bits:].all()  # untouched away from it


def test_inline_image_under_a_box_becomes_a_painted_xobject(tmp_path):
    picture = Image.new("L", (60, 10), 200)
    ImageDraw.Draw(picture).text((2, 0), "Sharon", fill=0)
    inline = b"BI /W 60 /H 10 /BPC 8 /CS /G ID " + picture.tobytes() + b" EI"
    source = tmp_path / "inline.pdf"
    one_page(source, text_line(f"Jade met {NAME} today.") +
             b"q 300 0 0 20 40 694 cm " + inline + b" Q")
    report, out, _ = redact(source, tmp_path)
    assert report.painted_images == 1 and report.fallback_reasons == {}
    with pikepdf.open(out) as pdf:
        assert b"BI" not in pdf.pages[0].obj.Contents.read_bytes()
        [painted] = [x for x in pdf.pages[0].obj.Resources.XObject.values()
                     if not x.get("/ImageMask", False)]
        pixels = np.frombuffer(painted.read_bytes(), np.uint8).reshape(10, 60)
    assert (pixels == 0).sum() > 100 and pixels[0, 0] == 200


def test_soft_mask_is_painted_with_its_image(tmp_path):
    pdf = pikepdf.new()
    alpha = Image.new("L", (100, 20), 0)
    ImageDraw.Draw(alpha).text((5, 4), "Sharon Whitfield", fill=255)  # the name IS the mask
    smask = pikepdf.Stream(pdf, alpha.tobytes())
    smask.Type, smask.Subtype = Name.XObject, Name.Image
    smask.Width, smask.Height, smask.BitsPerComponent = 100, 20, 8
    smask.ColorSpace = Name.DeviceGray
    image = pikepdf.Stream(pdf, bytes(100 * 20 * 3))
    image.Type, image.Subtype = Name.XObject, Name.Image
    image.Width, image.Height, image.BitsPerComponent = 100, 20, 8
    image.ColorSpace, image.SMask = Name.DeviceRGB, smask
    source = _image_pdf(tmp_path / "smask.pdf", image, pdf,
                        draw=b"q 500 0 0 100 40 640 cm /Im Do Q")
    redactions = [Redaction(1, 30, 842 - 745, 560, 842 - 635, code="S40(2)")]
    report, out, _ = redact(source, tmp_path, redactions)
    assert report.painted_images == 1
    with pikepdf.open(out) as released:
        [painted] = [x for x in released.pages[0].obj.Resources.XObject.values()
                     if not x.get("/ImageMask", False)]
        assert not np.frombuffer(painted.SMask.read_bytes(), np.uint8).any()


def test_shared_image_is_copied_for_the_page_with_the_box(tmp_path):
    pdf = pikepdf.new()
    image = pikepdf.Stream(pdf, bytes([180]) * 400)
    image.Type, image.Subtype = Name.XObject, Name.Image
    image.Width, image.Height, image.BitsPerComponent = 20, 20, 8
    image.ColorSpace = Name.DeviceGray
    resources = pdf.make_indirect(Dictionary(Font=Dictionary(F1=helvetica(pdf)),
                                             XObject=Dictionary(Im=image)))
    source = tmp_path / "shared-image.pdf"
    for _ in range(2):
        one_page(source, text_line(f"Jade met {NAME}.") + b"q 200 0 0 40 60 690 cm /Im Do Q",
                 pdf=pdf, resources=resources, save=False)
    pdf.save(source)
    first = [r for r in ingest_redactions(source) if r.page_number == 1]
    report, out, _ = redact(source, tmp_path, first)
    assert report.painted_images == 1
    with pikepdf.open(out) as released:
        second = released.pages[1].obj.Resources.XObject
        [untouched] = [x for x in second.values() if x.get("/Subtype") == Name.Image]
        assert set(untouched.read_bytes()) == {180}


def test_fax_scan_is_painted_and_renders_the_same_elsewhere(tmp_path):
    """A CCITT G4 scan (what most case-file scanners make): painted, written back as
    one-bit Flate, and PDFium renders everything outside the box as before."""
    scan = Image.new("1", (800, 200), 1)
    draw = ImageDraw.Draw(scan)
    draw.rectangle((40, 60, 760, 140), fill=0)
    draw.rectangle((60, 80, 740, 120), fill=1)
    tiff = io.BytesIO()
    scan.save(tiff, "TIFF", compression="group4", tiffinfo={278: 200})
    read = Image.open(io.BytesIO(tiff.getvalue()))
    data = tiff.getvalue()[read.tag_v2[273][0]:][:read.tag_v2[279][0]]
    pdf = pikepdf.new()
    image = pikepdf.Stream(pdf, data)
    image.Type, image.Subtype, image.Filter = Name.XObject, Name.Image, Name.CCITTFaxDecode
    image.Width, image.Height, image.BitsPerComponent = 800, 200, 1
    image.ColorSpace = Name.DeviceGray
    image.DecodeParms = Dictionary(K=-1, Columns=800, Rows=200, BlackIs1=True)
    source = tmp_path / "fax.pdf"
    one_page(source, b"q 400 0 0 100 100 600 cm /Im Do Q", pdf=pdf,
             resources=Dictionary(XObject=Dictionary(Im=image)))
    redactions = [Redaction(1, 200, 842 - 690, 300, 842 - 660, code="S40(2)")]
    report, out, _ = redact(source, tmp_path, redactions)
    assert report.painted_images == 1 and report.fallback_reasons == {}
    with pikepdf.open(out) as released:
        [painted] = [x for x in released.pages[0].obj.Resources.XObject.values()
                     if not x.get("/ImageMask", False)]
        assert painted.Filter == Name.FlateDecode and "/DecodeParms" not in painted


# -- the pieces ----------------------------------------------------------------------------


def test_check_text_finds_a_leftover_a_move_and_a_stranger():
    boxes = [(100.0, 100.0, 200.0, 120.0)]
    kept = ("J", 50.0, 100.0, 60.0, 120.0)
    under = ("S", 110.0, 100.0, 120.0, 120.0)
    assert check.check_text([kept, under], [kept], boxes) is None
    assert "could still be read" in check.check_text([kept, under], [kept, under], boxes)
    moved = ("J", 53.0, 100.0, 63.0, 120.0)  # more than a PDFium width rounding
    assert "moved" in check.check_text([kept, under], [moved], boxes)
    assert "appeared" in check.check_text([kept], [kept, ("x", 300, 300, 310, 320)], boxes)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_user_to_visible_matches_page_to_visible(rotation):
    frame = PageFrame.from_boxes((10, 20, 410, 620), (40, 60, 380, 580), rotation)
    box = (50.0, 70.0, 120.0, 90.0)
    user = frame.page_to_user(box)
    assert transform_rect(frame.user_to_visible(), *user) == pytest.approx(
        frame.page_to_visible(box))


@pytest.mark.parametrize("rasterise", [False, True])
def test_mediabox_inherited_from_the_page_tree(tmp_path, rasterise):
    """A MediaBox on /Pages only (fpdf2 and others write it so): boxes and page sizes
    use it, not PDFium's 612 x 792 fallback for a page without its own."""
    source = tmp_path / "inherited.pdf"
    pdf = one_page(source, text_line(f"Jade met {NAME} at the centre."), save=False)
    del pdf.pages[0].obj["/MediaBox"]
    pdf.Root.Pages.MediaBox = [0, 0, 595, 842]
    pdf.save(source)
    before = pdfmetrics_width("Jade met ")
    box = (72 + before - 1, 842 - 712, 72 + before + pdfmetrics_width(NAME) + 1, 842 - 696)
    report, out, _ = redact(source, tmp_path, [Redaction(1, *box, code="S40(2)")],
                            rasterise=rasterise)
    assert find_leaks(out, SECRETS) == []
    assert report.fallback_reasons == {}
    doc = pdfium.PdfDocument(str(out))
    assert doc[0].get_size() == pytest.approx((595, 842))
    doc.close()


def pdfmetrics_width(text: str) -> float:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(text, "Helvetica", 12)
