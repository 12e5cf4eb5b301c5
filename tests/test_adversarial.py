"""Adversarial suite: a PDF for every way a name can hide in a file, each proved clean.

Every vector is built here, with exact operators (pikepdf) or reportlab. For each one:

* ``find_leaks`` finds the name in the original, by the vector under test (so the test
  can fail);
* after ``redact_pdf`` with the boxes ingest would make (PDFium's words, ``span_boxes``),
  ``find_leaks`` finds nothing, by any vector;
* the words around the name survive: pdfminer reads the page before and after, and the
  words left are the same words, in the same order.

A few of them also go through the command line (``lifestory run`` and ``lifestory
verify``) with the name on the case's deny list.
"""

from __future__ import annotations

import io
import re
import textwrap
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from pikepdf import Array, Dictionary, Name, String
from PIL import Image, ImageOps
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.pdfgen import canvas

from lifestory.cli import cli
from lifestory.ingest import ocr
from lifestory.ingest.pdf_reader import CharBoxes, read_pdf
from lifestory.release.boxes import span_boxes
from lifestory.verify.extractors import pdfminer_text
from lifestory.verify.leaks import find_leaks
from redaction.models import Redaction
from redaction.pdf import redact_pdf
from redaction.pdf.raster import LABEL_FONT

NAME = "Sharon Whitfield"
SECRETS = [NAME, "Sharon"]
BEFORE, AFTER = "Jade met", "at the contact centre on Friday."
LINE = f"{BEFORE} {NAME} {AFTER}"
VERA = LABEL_FONT.with_name("Vera.ttf")
CODE = "S40(2)"


# -- building blocks ----------------------------------------------------------------------


def helvetica(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    return pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica,
        Encoding=Name.WinAnsiEncoding))


def one_page(path: Path, content: bytes, *, resources: Dictionary | None = None,
             size=(595, 842), pdf: pikepdf.Pdf | None = None, save: bool = True,
             **page_keys) -> pikepdf.Pdf:
    """A PDF whose page draws ``content`` with Helvetica as /F1 (exact operators)."""
    pdf = pdf or pikepdf.new()
    res = resources if resources is not None else Dictionary()
    res.Font = res.get("/Font", Dictionary(F1=helvetica(pdf)))
    page = Dictionary(Type=Name.Page, MediaBox=[0, 0, *size], Resources=res,
                      Contents=pdf.make_stream(content), **page_keys)
    pdf.pages.append(pikepdf.Page(pdf.make_indirect(page)))
    if save:
        pdf.save(path)
    return pdf


def text_line(text: str, x: float = 72, y: float = 700, size: float = 12) -> bytes:
    return b"BT /F1 %g Tf %g %g Td (%s) Tj ET\n" % (size, x, y, text.encode("latin-1"))


def widths(text: str, size: float = 12) -> list[float]:
    return [pdfmetrics.stringWidth(c, "Helvetica", size) for c in text]


def ingest_redactions(path: Path, secret: str = NAME) -> list[Redaction]:
    """The boxes the pipeline would make: PDFium's words, as ingest stores them, and
    ``span_boxes`` over every occurrence of ``secret`` (across line breaks too)."""
    pattern = re.compile(r"\s+".join(re.escape(w) for w in secret.split()))
    redactions = []
    with CharBoxes(path) as chars:
        for page in read_pdf(path, use_ocr=False):
            exact = partial(chars.box, page.page_number)
            for match in pattern.finditer(page.text):
                boxes = span_boxes(page.words, match.start(), match.end(), exact)
                redactions += [Redaction(page.page_number, *box, code=CODE) for box in boxes]
    return redactions


def page_words(path: Path, page: int = 1) -> list[str]:
    """pdfminer's words of one page, in reading order (text in forms included; a turned
    page read with vertical text detected, as the verifier reads it)."""
    readings = [text for number, text in pdfminer_text(path) if number == page]
    return readings[-1].split()


def without_secret(words: list[str], drawn_as=()) -> list[str]:
    secret_words = {*NAME.split(), *drawn_as}
    return [w for w in words if w not in secret_words]


def vectors(path: Path) -> set[str]:
    return {leak.vector for leak in find_leaks(path, SECRETS)}


@dataclass
class Case:
    """One adversarial PDF and what the test expects of it."""

    path: Path
    vector: str  # found in the original by this vector
    pages: tuple[int, ...] = (1,)  # pages whose words must survive
    drawn_as: tuple[str, ...] = ()  # words the name is drawn as, if not its own


def assert_clean_after_redaction(case: Case, tmp_path: Path, **options):
    assert case.vector in vectors(case.path), vectors(case.path)
    out = tmp_path / "released" / case.path.name
    report = redact_pdf(case.path, ingest_redactions(case.path), out, title="Released",
                        **options)
    assert find_leaks(out, SECRETS) == []
    for page in case.pages:
        assert page_words(out, page) == without_secret(page_words(case.path, page),
                                                       case.drawn_as)
    return report, out


# -- the vectors --------------------------------------------------------------------------


def tj(tmp: Path) -> Case:
    path = tmp / "tj.pdf"
    one_page(path, text_line(LINE))
    return Case(path, "content strings")


def tj_kerning(tmp: Path) -> Case:
    path = tmp / "kerning.pdf"
    content = (b"BT /F1 12 Tf 72 700 Td 0.3 Tc 1.5 Tw 95 Tz "
               b"[(Jade met Sh) 20 (aron W) -35 (hit) 12.5 (field at the) -250 "
               b"(contact centre on Friday.)] TJ ET")
    one_page(path, content)
    return Case(path, "content strings")


def one_char_at_a_time(tmp: Path) -> Case:
    path = tmp / "letters.pdf"
    ops = [b"BT /F1 12 Tf 72 700 Td"]
    step = 0.0
    for char, width in zip(LINE, widths(LINE), strict=True):
        ops.append(b"%g 0 Td (%s) Tj" % (step, char.encode()))
        step = width
    ops.append(b"ET")
    one_page(path, b"\n".join(ops))
    return Case(path, "content strings")


def across_a_line_break(tmp: Path) -> Case:
    path = tmp / "line-break.pdf"
    one_page(path, text_line(f"{BEFORE} Sharon", y=700) +
             text_line(f"Whitfield {AFTER}", y=686))
    return Case(path, "pdfminer text")


def white_text(tmp: Path) -> Case:
    path = tmp / "white.pdf"
    one_page(path, text_line(LINE) + b"1 g " + text_line(f"Hidden note: {NAME} called.", y=600))
    return Case(path, "pdfminer text")


def under_an_image(tmp: Path) -> Case:
    path = tmp / "under-image.pdf"
    pdf = pikepdf.new()
    photo = Image.new("RGB", (120, 40), (40, 120, 200))
    image = pikepdf.Stream(pdf, photo.tobytes())
    image.Type, image.Subtype = Name.XObject, Name.Image
    image.Width, image.Height, image.BitsPerComponent = 120, 40, 8
    image.ColorSpace = Name.DeviceRGB
    content = (text_line(LINE) + text_line(f"Photo: {NAME} and Jade", y=500) +
               b"q 240 0 0 80 60 480 cm /Photo Do Q")
    one_page(path, content, pdf=pdf, resources=Dictionary(XObject=Dictionary(Photo=image)))
    return Case(path, "pdfminer text")


def shared_form(tmp: Path) -> Case:
    """One form XObject, holding the name, drawn on two pages at different places."""
    path = tmp / "form.pdf"
    pdf = pikepdf.new()
    font = helvetica(pdf)
    form = pdf.make_stream(b"BT /F1 12 Tf 0 0 Td (Sharon Whitfield) Tj ET")
    form.Type, form.Subtype = Name.XObject, Name.Form
    form.BBox = [0, -5, 200, 20]
    form.Resources = Dictionary(Font=Dictionary(F1=font))
    resources = pdf.make_indirect(Dictionary(Font=Dictionary(F1=font),
                                             XObject=Dictionary(Fm0=form)))
    before = pdfmetrics.stringWidth(BEFORE + " ", "Helvetica", 12)
    name = pdfmetrics.stringWidth(NAME + " ", "Helvetica", 12)
    for y in (700, 400):
        content = (text_line(BEFORE, y=y) + b"q 1 0 0 1 %g %g cm /Fm0 Do Q\n" % (72 + before, y)
                   + text_line(AFTER, x=72 + before + name, y=y))
        one_page(path, content, pdf=pdf, resources=resources, save=False)
    pdf.save(path)
    return Case(path, "content strings", pages=(1, 2))


def type0_font(tmp: Path) -> Case:
    """Text in an embedded TrueType font, Identity-H, two bytes a glyph, with ToUnicode."""
    path = tmp / "type0.pdf"
    pdf = pikepdf.new()
    ttf = TTFontFile(str(VERA))
    scale = 1000 / ttf.unitsPerEm
    used = sorted(set(LINE))
    gids = {c: ttf.charToGlyph[ord(c)] for c in used}
    font_file = pdf.make_stream(VERA.read_bytes())
    font_file.Length1 = len(VERA.read_bytes())
    descriptor = Dictionary(
        Type=Name.FontDescriptor, FontName=Name("/BitstreamVeraSans-Roman"), Flags=32,
        FontBBox=[round(v) for v in ttf.bbox], ItalicAngle=0, Ascent=round(ttf.ascent),
        Descent=round(ttf.descent), CapHeight=730, StemV=80, FontFile2=font_file)
    widths_array = Array()
    for c in used:
        widths_array.extend([gids[c], Array([round(ttf.hmetrics[gids[c]][0] * scale)])])
    cid_font = Dictionary(
        Type=Name.Font, Subtype=Name.CIDFontType2, BaseFont=Name("/BitstreamVeraSans-Roman"),
        CIDSystemInfo=Dictionary(Registry=String("Adobe"), Ordering=String("Identity"),
                                 Supplement=0),
        FontDescriptor=descriptor, DW=1000, W=widths_array, CIDToGIDMap=Name.Identity)
    bfchar = "".join(f"<{gids[c]:04X}> <{ord(c):04X}>\n" for c in used)
    to_unicode = pdf.make_stream(textwrap.dedent(f"""\
        /CIDInit /ProcSet findresource begin 12 dict begin begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        /CMapName /Adobe-Identity-UCS def /CMapType 2 def
        1 begincodespacerange <0000> <FFFF> endcodespacerange
        {len(used)} beginbfchar
        """).encode() + bfchar.encode() + b"endbfchar endcmap\n"
        b"CMapName currentdict /CMap defineresource pop end end")
    font = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type0, BaseFont=Name("/BitstreamVeraSans-Roman"),
        Encoding=Name("/Identity-H"), DescendantFonts=[cid_font], ToUnicode=to_unicode))
    codes = "".join(f"{gids[c]:04X}" for c in LINE).encode()
    content = b"BT /F2 12 Tf 72 700 Td <" + codes + b"> Tj ET"
    one_page(path, content, pdf=pdf, resources=Dictionary(Font=Dictionary(F2=font)))
    return Case(path, "pdfminer text")


def rotated_page(tmp: Path) -> Case:
    path = tmp / "rotated.pdf"
    one_page(path, text_line(LINE, y=500) + text_line("Second line stays.", y=480), Rotate=90)
    return Case(path, "pdfminer text")


def cropped_page(tmp: Path) -> Case:
    """The name is drawn twice: on the visible page, and below the CropBox's edge."""
    path = tmp / "cropped.pdf"
    one_page(path, text_line(LINE, y=700) + text_line(f"File note: {NAME} rang.", y=60),
             CropBox=[0, 200, 595, 842])
    return Case(path, "pdfminer text")


def with_catalogue(name: str, vector: str, change) -> callable:
    """A vector living outside the page content: the page shows the line, ``change``
    puts the name somewhere else in the file."""

    def build(tmp: Path) -> Case:
        path = tmp / f"{name}.pdf"
        pdf = one_page(path, text_line(LINE), save=False)
        change(pdf)
        pdf.save(path)
        return Case(path, vector)

    build.__name__ = name
    return build


def _metadata(pdf):
    pdf.docinfo["/Author"] = NAME
    pdf.docinfo["/Title"] = f"Letter from {NAME}"
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:creator"] = [NAME]
        meta["dc:description"] = f"Notes about {NAME}"


def _annotation(pdf):
    page = pdf.pages[0].obj
    appearance = pdf.make_stream(b"BT /F1 10 Tf 2 4 Td (Ring Sharon Whitfield) Tj ET")
    appearance.Type, appearance.Subtype = Name.XObject, Name.Form
    appearance.BBox = [0, 0, 150, 20]
    appearance.Resources = Dictionary(Font=Dictionary(F1=helvetica(pdf)))
    note = Dictionary(Type=Name.Annot, Subtype=Name.FreeText, Rect=[300, 500, 450, 520],
                      Contents=String(f"Ring {NAME}"), T=String(NAME),
                      AP=Dictionary(N=appearance), DA=String("/F1 10 Tf 0 g"))
    page.Annots = Array([pdf.make_indirect(note)])


def _form_field(pdf):
    page = pdf.pages[0].obj
    appearance = pdf.make_stream(b"/Tx BMC BT /F1 10 Tf 2 4 Td (Sharon Whitfield) Tj ET EMC")
    appearance.Type, appearance.Subtype = Name.XObject, Name.Form
    appearance.BBox = [0, 0, 150, 20]
    appearance.Resources = Dictionary(Font=Dictionary(F1=helvetica(pdf)))
    field = pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String("carer"),
        V=String(NAME), DV=String(NAME), Rect=[300, 600, 450, 620], P=page,
        AP=Dictionary(N=appearance)))
    page.Annots = Array([field])
    pdf.Root.AcroForm = Dictionary(Fields=[field], DA=String("/F1 10 Tf 0 g"),
                                   DR=Dictionary(Font=Dictionary(F1=helvetica(pdf))))


def _outline(pdf):
    with pdf.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem(f"Letter from {NAME}", 0))


def _embedded_file(pdf):
    pdf.attachments["contacts.txt"] = pikepdf.AttachedFileSpec(
        pdf, f"{NAME}, 12 Elm Road".encode(), mime_type="text/plain")


def _javascript(pdf):
    script = String(f"app.alert('{NAME}');")
    pdf.Root.OpenAction = Dictionary(S=Name.JavaScript, JS=script)
    js = pdf.make_indirect(Dictionary(S=Name.JavaScript, JS=String(f"// {NAME}")))
    pdf.Root.Names = Dictionary(JavaScript=Dictionary(Names=[String("init"), js]))


def _page_label(pdf):
    pdf.Root.PageLabels = Dictionary(Nums=[0, Dictionary(P=String(f"{NAME} "), S=Name.D)])


def _structure(pdf):
    """Structure tree /Alt and /ActualText, and /ActualText on the page's marked content."""
    page = pdf.pages[0].obj
    x = 72 + pdfmetrics.stringWidth(BEFORE + " ", "Helvetica", 12)
    page.Contents = pdf.make_stream(
        b"BT /F1 12 Tf 72 700 Td (Jade met ) Tj ET "
        b"/Span <</MCID 0 /ActualText (Sharon Whitfield)>> BDC "
        b"BT /F1 12 Tf %g 700 Td (S. W.) Tj ET EMC " % x +
        text_line(AFTER, x=x + pdfmetrics.stringWidth("S. W. ", "Helvetica", 12)))
    span = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Span,
                                        ActualText=String(NAME), K=0, Pg=page))
    figure = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Figure,
                                          Alt=String(f"Photo of {NAME}"), Pg=page))
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot, K=[span, figure]))
    span.P = figure.P = root
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    page.StructParents = 0


def _hidden_layer(pdf):
    page = pdf.pages[0].obj
    layer = pdf.make_indirect(Dictionary(Type=Name.OCG, Name=String("Notes")))
    pdf.Root.OCProperties = Dictionary(OCGs=[layer], D=Dictionary(OFF=[layer], Order=[layer]))
    page.Resources.Properties = Dictionary(oc1=layer)
    page.Contents = pdf.make_stream(
        text_line(LINE) + b"/OC /oc1 BDC " + text_line(f"Hidden: {NAME} visits Sundays.",
                                                        y=600) + b" EMC")


metadata = with_catalogue("metadata", "xmp metadata", _metadata)
annotation = with_catalogue("annotation", "strings", _annotation)
form_field = with_catalogue("form-field", "strings", _form_field)
outline = with_catalogue("outline", "strings", _outline)
embedded_file = with_catalogue("embedded-file", "streams", _embedded_file)
javascript = with_catalogue("javascript", "strings", _javascript)
page_label = with_catalogue("page-label", "strings", _page_label)
def structure(tmp: Path) -> Case:
    """The glyphs say "S. W."; their marked content's /ActualText, and the structure
    tree, say the name (PDFium reads the ActualText, so ingest finds the name there)."""
    case = with_catalogue("structure", "strings", _structure)(tmp)
    case.drawn_as = ("S.", "W.")
    return case
hidden_layer = with_catalogue("hidden-layer", "pdfminer text", _hidden_layer)


def incremental_update(tmp: Path) -> Case:
    """The name was edited out in an incremental update; the old revision is still in
    the file's bytes."""
    path = tmp / "incremental.pdf"
    one_page(path, text_line(LINE))
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.save(path, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    with pikepdf.open(path) as pdf:
        contents = pdf.pages[0].obj.Contents.objgen[0]
        size, root = int(pdf.trailer.Size), pdf.Root.objgen[0]
    new = text_line(f"{BEFORE} her mother {AFTER}")
    original = path.read_bytes()
    previous = int(original.rsplit(b"startxref", 1)[1].split()[0])
    body = b"%d 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (
        contents, len(new), new)
    xref = b"xref\n%d 1\n%010d 00000 n \n" % (contents, len(original))
    trailer = b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        size, root, previous, len(original) + len(body))
    path.write_bytes(original + body + xref + trailer)
    return Case(path, "raw streams")


def scanned_with_ocr_layer(tmp: Path) -> Case:
    """A scan (a JPEG of the page) with an invisible OCR text layer over it."""
    base = tmp / "scan-base.pdf"
    c = canvas.Canvas(str(base), pagesize=(595, 842), invariant=1)
    c.setFont("Helvetica", 14)
    c.drawString(72, 700, LINE)
    c.drawString(72, 670, "Her brother Tyler was at school.")
    c.showPage()
    c.save()
    doc = pdfium.PdfDocument(str(base))
    scan = doc[0].render(scale=150 / 72).to_pil().convert("L")
    doc.close()
    jpeg = io.BytesIO()
    scan.save(jpeg, "JPEG", quality=85)
    path = tmp / "scan.pdf"
    with pikepdf.open(base) as pdf:
        page = pdf.pages[0].obj
        image = pikepdf.Stream(pdf, jpeg.getvalue())
        image.Type, image.Subtype, image.Filter = Name.XObject, Name.Image, Name.DCTDecode
        image.Width, image.Height = scan.size
        image.ColorSpace, image.BitsPerComponent = Name.DeviceGray, 8
        page.Resources.XObject = Dictionary(Scan=image)
        text = page.Contents.read_bytes().replace(b"BT ", b"BT 3 Tr ")
        page.Contents = pdf.make_stream(b"q 595 0 0 842 0 0 cm /Scan Do Q\n" + text)
        pdf.save(path)
    return Case(path, "pdfminer text")


def type3_font(pdf: pikepdf.Pdf) -> Dictionary:
    """A Type3 font whose glyphs (the letters of the name and a space) are squares."""
    letters = sorted(set(NAME + " "))
    procs = {f"/g{ord(c)}": pdf.make_stream(b"600 0 0 0 500 700 d1 0 0 500 700 re f")
             for c in letters}
    differences = Array()
    for c in letters:
        differences.extend([ord(c), Name(f"/g{ord(c)}")])
    return pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type3, FontBBox=[0, 0, 600, 700],
        FontMatrix=[0.001, 0, 0, 0.001, 0, 0], CharProcs=Dictionary(procs),
        Encoding=Dictionary(Type=Name.Encoding, Differences=differences),
        FirstChar=32, LastChar=126, Widths=[600] * 95, Resources=Dictionary(),
        ToUnicode=_to_unicode(pdf, letters)))


def _to_unicode(pdf, letters) -> pikepdf.Stream:
    pairs = "".join(f"<{ord(c):02X}> <{ord(c):04X}>\n" for c in letters)
    return pdf.make_stream(
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
        b"/CMapName /T3 def 1 begincodespacerange <00> <FF> endcodespacerange "
        + f"{len(letters)} beginbfchar\n{pairs}endbfchar".encode()
        + b" endcmap CMapName currentdict /CMap defineresource pop end end")


def type3_text(tmp: Path) -> Case:
    """The name in a Type3 font (glyphs drawn by their own content streams): the page
    is rasterised, and the schedule says so."""
    path = tmp / "type3.pdf"
    pdf = pikepdf.new()
    one_page(path, text_line(f"{BEFORE} her {AFTER}") +
             b"BT /T3 12 Tf 72 650 Td (Sharon Whitfield) Tj ET", pdf=pdf,
             resources=Dictionary(Font=Dictionary(F1=helvetica(pdf), T3=type3_font(pdf))))
    return Case(path, "content strings")


VECTORS = [tj, tj_kerning, one_char_at_a_time, across_a_line_break, white_text,
           under_an_image, shared_form, type0_font, rotated_page, cropped_page, metadata,
           annotation, form_field, outline, embedded_file, javascript, page_label, structure,
           hidden_layer, incremental_update, scanned_with_ocr_layer]


# -- every vector, through redact_pdf -------------------------------------------------------


@pytest.mark.parametrize("build", VECTORS, ids=lambda b: b.__name__)
def test_vector_is_clean_after_redaction(build, tmp_path):
    case = build(tmp_path)
    report, _ = assert_clean_after_redaction(case, tmp_path)
    assert report.fallback_reasons == {}  # every vector here is handled glyph by glyph
    assert report.rasterised_pages == []


@pytest.mark.parametrize("build", [tj, shared_form, type0_font, scanned_with_ocr_layer],
                         ids=lambda b: b.__name__)
def test_vector_is_clean_when_rasterised(build, tmp_path):
    """The fallback is as clean (its text is gone with the whole page's)."""
    case = build(tmp_path)
    assert case.vector in vectors(case.path)
    out = tmp_path / "released.pdf"
    redact_pdf(case.path, ingest_redactions(case.path), out, rasterise=True)
    assert find_leaks(out, SECRETS) == []


def test_shared_form_redacted_on_one_page_is_copied_not_changed(tmp_path):
    """The form is rewritten for the page that has the box; the other page still draws
    the original, untouched."""
    case = shared_form(tmp_path)
    first_page = [r for r in ingest_redactions(case.path) if r.page_number == 1]
    out = tmp_path / "released.pdf"
    redact_pdf(case.path, first_page, out)
    assert page_words(out, 1) == without_secret(page_words(case.path, 1))
    assert page_words(out, 2) == page_words(case.path, 2)  # the name is still on page 2
    with pikepdf.open(out) as pdf:
        forms = [page.obj.Resources.XObject for page in pdf.pages]
        assert len({f.objgen for xobjects in forms for f in xobjects.values()
                    if f.get("/Subtype") == Name.Form}) == 2


def test_image_pixels_under_the_box_are_painted(tmp_path):
    """The photo over the hidden text is painted in its own data, not only covered."""
    case = under_an_image(tmp_path)
    redactions = ingest_redactions(case.path)
    out = tmp_path / "released.pdf"
    report = redact_pdf(case.path, redactions, out)
    assert report.painted_images == 1
    with pikepdf.open(out) as pdf:
        [photo] = [x for x in pdf.pages[0].obj.Resources.XObject.values()
                   if x.get("/Subtype") == Name.Image and not x.get("/ImageMask", False)]
        pixels = pikepdf.PdfImage(photo).as_pil_image().convert("L")
    assert pixels.getextrema()[0] == 0  # painted: pure black somewhere
    assert pixels.getpixel((0, 0)) > 0  # the corner, far from the box, is untouched


def test_scan_no_longer_shows_the_name(tmp_path):
    """The scan's own pixels under the box are painted, not only covered by the box."""
    case = scanned_with_ocr_layer(tmp_path)
    redactions = ingest_redactions(case.path)
    out = tmp_path / "released.pdf"
    report = redact_pdf(case.path, redactions, out)
    assert report.painted_images == 1 and report.removed_glyphs == len(NAME)
    scale = 150 / 72  # the scan's pixels a point
    box = tuple(round(v * scale) for v in redactions[0].box)
    inner = (box[0] + 4, box[1] + 4, box[2] - 4, box[3] - 4)
    for path, painted in ((case.path, False), (out, True)):
        with pikepdf.open(path) as pdf:
            [scan] = [x for x in pdf.pages[0].obj.Resources.XObject.values()
                      if not x.get("/ImageMask", False)]
            pixels = pikepdf.PdfImage(scan).as_pil_image().convert("L").crop(inner)
        dark = sum(pixels.histogram()[:64]) / (pixels.width * pixels.height)
        assert (dark > 0.95) is painted, (path.name, dark)


@pytest.mark.ocr
@pytest.mark.skipif(not ocr.available(), reason="Tesseract is not installed")
def test_scan_reads_without_the_name_by_ocr(tmp_path):
    """Tesseract, reading the released scan, finds the words around the name only."""
    case = scanned_with_ocr_layer(tmp_path)
    out = tmp_path / "released.pdf"
    redact_pdf(case.path, ingest_redactions(case.path), out)
    with pikepdf.open(out, allow_overwriting_input=True) as pdf:  # only the pixels left
        page = pdf.pages[0].obj
        page.Contents = pdf.make_stream(b"q 595 0 0 842 0 0 cm /" + next(
            k for k, v in page.Resources.XObject.items()
            if not v.get("/ImageMask", False))[1:].encode() + b" Do Q")
        pdf.save(out)
    doc = pdfium.PdfDocument(str(out))
    text, _ = ocr.read_page_image(doc[0])
    doc.close()
    assert "Sharon" not in text and "Whitfield" not in text
    assert "contact centre" in text and "Tyler" in text


def test_part_of_a_word_is_cut_at_its_own_glyphs(tmp_path):
    """A form's dotted leader runs into the name ("Mother:.......Sharon"), one word to
    PDFium: cutting its box by character count would leave the "S" drawn. The exact boxes
    of the name's own characters are used instead."""
    path = tmp_path / "leader.pdf"
    leader = "Mother:" + "." * 16
    one_page(path, text_line(f"{leader}{NAME} at the centre."))
    out = tmp_path / "released.pdf"
    redact_pdf(path, ingest_redactions(path), out)
    assert find_leaks(out, SECRETS) == []
    assert page_words(out) == [leader, "at", "the", "centre."]


def test_structure_actual_text_goes_with_its_glyphs(tmp_path):
    case = structure(tmp_path)
    out = tmp_path / "released.pdf"
    redact_pdf(case.path, ingest_redactions(case.path), out)
    with pikepdf.open(out) as pdf:
        content = pdf.pages[0].obj.Contents.read_bytes()
    assert b"ActualText" not in content and b"/Span" in content


def test_cropped_text_outside_the_crop_box_is_removed(tmp_path):
    case = cropped_page(tmp_path)
    redactions = ingest_redactions(case.path)
    assert len(redactions) == 2 and redactions[1].bottom > 842 - 200  # below the crop
    out = tmp_path / "released.pdf"
    report = redact_pdf(case.path, redactions, out)
    assert report.removed_glyphs == 2 * len(NAME)
    with pikepdf.open(out) as pdf:
        assert [float(v) for v in pdf.pages[0].obj.CropBox] == [0, 200, 595, 842]


def test_rotated_page_keeps_its_rotation_and_label_upright(tmp_path):
    case = rotated_page(tmp_path)
    out = tmp_path / "released.pdf"
    redact_pdf(case.path, ingest_redactions(case.path), out)
    doc = pdfium.PdfDocument(str(out))
    page = doc[0]
    assert page.get_rotation() == 90
    image = page.render(scale=2).to_pil().convert("L")
    doc.close()
    box = ImageOps.invert(image).point(lambda v: 255 if v > 128 else 0).getbbox()
    assert box is not None


# -- the command line -----------------------------------------------------------------------

CLI_CASE = textwrap.dedent("""
    [subject]
    name = "Jade Carter"
    aliases = ["Jade"]

    [lists]
    deny = ["Sharon Whitfield", "Sharon"]
""")


def released_with_cli(runner, tmp_path: Path, folder: Path,
                      case_text: str = CLI_CASE) -> tuple[Path, Path]:
    """``lifestory run`` on ``folder`` with every default taken: (pack, workspace)."""
    case_toml = tmp_path / "case.toml"
    case_toml.write_text(case_text, encoding="utf-8")
    pack, ws = tmp_path / "pack", tmp_path / "ws"
    result = runner.invoke(cli, ["run", str(folder), "--case", str(case_toml), "--out",
                                 str(pack), "--workspace", str(ws), "--accept-suggestions"])
    assert result.exit_code == 0, result.output
    return pack, ws


def test_adversarial_pdfs_pass_verify_from_the_command_line(runner, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    cases = [build(folder) for build in VECTORS]
    for stray in folder.glob("*.base.pdf"):
        stray.unlink()
    (folder / "scan-base.pdf").unlink()
    pack, ws = released_with_cli(runner, tmp_path, folder)
    verified = runner.invoke(cli, ["verify", str(pack), "--workspace", str(ws)])
    assert verified.exit_code == 0, verified.output
    for case in cases:
        released = pack / "documents" / case.path.name
        assert find_leaks(released, SECRETS) == [], case.path.name
        for page in case.pages:
            words = page_words(released, page)
            assert "Jade" in words and "contact" in words, (case.path.name, words)
    schedule = (pack / "disclosure-schedule.csv").read_text()
    assert "Sharon" not in schedule and "as an image" not in schedule  # no page fell back


def filled_in_form(path: Path) -> Path:
    """A referral form as councils fill them in: the answers only in text fields, two of
    them with no appearance yet (NeedAppearances), as some form tools leave them."""
    pdf = one_page(path, text_line("Referral form") + text_line("Carer:", y=600)
                   + text_line("Worker:", y=570) + text_line("Likes:", y=540), save=False)
    page = pdf.pages[0].obj
    fields = []
    for name, value, y, with_appearance in (("carer", NAME, 600, True),
                                            ("worker", "Anna Price", 570, False),
                                            ("likes", "swimming and drawing", 540, False)):
        field = pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name), F=4,
            V=String(value), Rect=[150, y - 4, 450, y + 12], P=page,
            DA=String("/F1 12 Tf 0 g")))
        if with_appearance:
            appearance = pdf.make_stream(
                b"/Tx BMC BT /F1 12 Tf 2 4 Td (%s) Tj ET EMC" % value.encode())
            appearance.Type, appearance.Subtype = Name.XObject, Name.Form
            appearance.BBox = [0, 0, 300, 16]
            appearance.Resources = Dictionary(Font=Dictionary(F1=helvetica(pdf)))
            field.AP = Dictionary(N=appearance)
        fields.append(field)
    page.Annots = Array(fields)
    pdf.Root.AcroForm = Dictionary(Fields=fields, NeedAppearances=True,
                                   DA=String("/F1 12 Tf 0 g"),
                                   DR=Dictionary(Font=Dictionary(F1=helvetica(pdf))))
    pdf.save(path)
    return path


def test_a_filled_in_form_is_read_redacted_and_released(runner, tmp_path):
    """The answers of a form are part of the record: they are read (so the third party in
    one is found), the others are released readable, and the original is untouched."""
    folder = tmp_path / "export"
    folder.mkdir()
    source = filled_in_form(folder / "referral.pdf")
    before = source.read_bytes()
    allowed = CLI_CASE.replace("[lists]\n", '[lists]\nallow = ["Anna Price"]\n')
    pack, ws = released_with_cli(runner, tmp_path, folder, allowed)
    released = pack / "documents" / "referral.pdf"
    assert find_leaks(released, SECRETS) == []
    words = page_words(released)
    assert "Carer:" in words and "Sharon" not in words
    assert {"Anna", "Price", "swimming", "drawing"} <= set(words)
    assert source.read_bytes() == before
    [original] = (ws / "originals").glob("*.pdf")
    assert original.read_bytes() == before  # the flattened copy is a file of its own


def test_a_page_that_falls_back_says_so_in_the_schedule(runner, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    case = type3_text(folder)
    pack, ws = released_with_cli(runner, tmp_path, folder)
    assert find_leaks(pack / "documents" / case.path.name, SECRETS) == []
    schedule = (pack / "disclosure-schedule.csv").read_text()
    assert "page released as an image (text in a Type3 font)" in schedule


def test_verify_from_the_command_line_catches_an_unredacted_vector(runner, tmp_path):
    """The same check fails when the release is swapped for the original: it can fail."""
    folder = tmp_path / "export"
    folder.mkdir()
    case = metadata(folder)
    pack, ws = released_with_cli(runner, tmp_path, folder)
    (pack / "documents" / case.path.name).write_bytes(case.path.read_bytes())
    failed = runner.invoke(cli, ["verify", str(pack), "--workspace", str(ws)])
    assert failed.exit_code == 1
    assert "xmp metadata" in failed.output and "document info" in failed.output


# -- the verifier, on what glyph-level redaction leaves ----------------------------------


def test_a_kept_phrase_across_a_line_break_is_not_a_leak(tmp_path):
    """'Okafor' is redacted where it names someone else; 'Mrs Okafor' is kept. Drawn
    across two lines by two text operators, the kept phrase is no leak in any vector,
    while a bare 'Okafor' still is."""
    kept = tmp_path / "kept.pdf"
    one_page(kept, text_line("Jade stays with Mrs", y=700) +
             text_line("Okafor, her foster carer.", y=686))
    assert find_leaks(kept, ["Okafor"], allowed=["Mrs Okafor"]) == []
    leaked = tmp_path / "leaked.pdf"
    one_page(leaked, text_line("Jade stays with Mrs", y=700) +
             text_line("Okafor, her foster carer. Okafor rang.", y=686))
    assert find_leaks(leaked, ["Okafor"], allowed=["Mrs Okafor"]) != []


def test_turned_text_is_read_by_pdfminer(tmp_path):
    """pdfminer lays a /Rotate page out a letter a line; the verifier reads it again with
    vertical text detected, so the name is found there too."""
    case = rotated_page(tmp_path)
    assert "pdfminer text" in vectors(case.path)
