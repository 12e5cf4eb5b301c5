"""find_leaks: secrets are found however a file spells or hides them, and not inside
strings the release may contain."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import pikepdf
import pytest
from reportlab.pdfgen import canvas

from lifestory.verify.extractors import UncheckableFile, raw_pdf_strings
from lifestory.verify.leaks import find_leaks, normalise


def secrets_in(tmp_path: Path, text: str, secrets, allowed=(), name="note.txt") -> set[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {leak.secret for leak in find_leaks(path, secrets, allowed)}


def test_normalise():
    assert normalise("  Jade\tWHITFIELD\n\n met ") == "jade whitfield met"
    assert normalise("Whit-\nfield") == "whitfield"
    assert normalise("Whit-\n   field", join_hyphens=False) == "whit- field"
    assert normalise("Ｊａｄｅ\u00a0Whit\u00adfield") == "jade whitfield"  # NFKC, soft hyphen


@pytest.mark.parametrize("text", [
    "Anna Price chaired the review.",
    "ANNA   PRICE chaired",
    "Anna\nPrice chaired",
    "Anna Pri-\nce chaired",
])
def test_secret_inside_an_allowed_string_is_not_a_leak(tmp_path, text):
    assert secrets_in(tmp_path, text, ["Price"], allowed=["Anna Price"]) == set()


def test_secret_outside_the_allowed_string_still_is(tmp_path):
    text = "Anna Price chaired. Mr Price, the neighbour, called."
    assert secrets_in(tmp_path, text, ["Price"], allowed=["Anna Price"]) == {"Price"}
    text = "Jade Whitfield's review; Sharon Whitfield did not attend."
    found = secrets_in(tmp_path, text, ["Whitfield", "Sharon"], allowed=["Jade Whitfield"])
    assert found == {"Whitfield", "Sharon"}
    text = "Jade Whitfield's review."
    assert secrets_in(tmp_path, text, ["Whitfield"], allowed=["Jade Whitfield"]) == set()


@pytest.mark.parametrize("text", [
    "Met Sharon Whit-\nfield today",
    "Met SHARON WHITFIELD today",
    "Met sharon\n\t  whitfield today",
    "Met Sharon\u00a0Whitfield today",
    "Met the Whitfields today",  # plural: a leak all the same
])
def test_hyphenation_whitespace_and_case(tmp_path, text):
    assert secrets_in(tmp_path, text, ["Sharon Whitfield", "Whitfield"]) >= {"Whitfield"}


def test_short_secrets_match_whole_words_only(tmp_path):
    assert secrets_in(tmp_path, "Annual planning meeting", ["Ann", "JJ"]) == set()
    assert secrets_in(tmp_path, "Ann said JJ was there", ["Ann", "JJ"]) == {"Ann", "JJ"}


def test_file_name_is_checked(tmp_path):
    leaks = find_leaks(_write(tmp_path / "letter-from-sharon.txt", "nothing"), ["Sharon"])
    assert [(leak.vector, leak.page) for leak in leaks] == [("file name", None)]


def test_json_and_html(tmp_path):
    path = _write(tmp_path / "timeline.json",
                  '{"entries": [{"text": "Visit from \\u0053haron Whit\\u0066ield"}]}')
    assert {leak.vector for leak in find_leaks(path, ["Sharon Whitfield"])} == {"json strings"}
    page = '<p><b>Sharon</b> Whit&shy;field</p><img alt="Elm&#32;Road">'
    path = _write(tmp_path / "timeline.html", page)
    found = {(leak.vector, leak.secret) for leak in find_leaks(path, ["Sharon Whitfield",
                                                                      "Elm Road"])}
    assert ("html text", "Sharon Whitfield") in found and ("html source", "Elm Road") in found


def test_zip_members_are_read(tmp_path):
    path = tmp_path / "pack.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("documents/schedule.csv", "page,code\n1,Sharon Whitfield\n")
    leaks = find_leaks(path, ["Sharon Whitfield"])
    assert [leak.vector for leak in leaks] == ["documents/schedule.csv: text"]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _pdf_with_content(path: Path, content: bytes, **extra) -> Path:
    """A one-page PDF drawing ``content`` with Helvetica (no reportlab: exact operators)."""
    pdf = pikepdf.new()
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                              BaseFont=pikepdf.Name.Helvetica)
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page, MediaBox=[0, 0, 300, 300],
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
        Contents=pikepdf.Stream(pdf, content),
    )
    pdf.pages.append(pikepdf.Page(pdf.make_indirect(page)))
    for key, value in extra.items():
        pdf.Root["/" + key] = value
    pdf.save(path, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return path


def test_text_drawn_a_letter_at_a_time(tmp_path):
    letters = b" ".join(b"%d 100 Td (%s) Tj" % (6, bytes([c])) for c in b"Whitfield")
    path = _pdf_with_content(tmp_path / "letters.pdf", b"BT /F1 12 Tf 10 200 Td " + letters +
                             b" ET BT /F1 12 Tf 10 50 Td [(Sha) -300 (ron)] TJ ET")
    vectors = {(leak.vector, leak.secret) for leak in find_leaks(path, ["Whitfield", "Sharon"])}
    assert ("content strings", "Whitfield") in vectors
    assert ("content strings", "Sharon") in vectors


def test_words_run_together_are_not_a_name_drawn_in_pieces(tmp_path):
    """Without spaces "trace your" holds "tracey", here across a line break: a name drawn
    in pieces starts and ends where the pieces do, and a word of the sentence does not."""
    content = b"BT /F1 12 Tf 10 200 Td (We could not trace) Tj 0 -14 Td (your file) Tj ET"
    path = _pdf_with_content(tmp_path / "words.pdf", content)
    assert find_leaks(path, ["Tracey"]) == []
    letters = b" ".join(b"(%s) Tj" % bytes([c]) for c in b"Tracey")
    path = _pdf_with_content(tmp_path / "letters.pdf", b"BT /F1 12 Tf 10 200 Td " + letters
                             + b" (your) Tj ET")
    assert "Tracey" in {leak.secret for leak in find_leaks(path, ["Tracey"])}


def test_utf16_string(tmp_path):
    utf16 = pikepdf.String(b"\xfe\xff" + "Zoë Whitfield".encode("utf-16-be"))
    path = _pdf_with_content(tmp_path / "utf16.pdf", b"BT ET", PieceInfo=utf16)
    assert ("strings", "Zoë Whitfield") in [
        (vector, text) for vector, text in raw_pdf_strings(path)]
    assert {leak.vector for leak in find_leaks(path, ["Zoë Whitfield"])} == {"strings"}


def _append_revision(path: Path, objects: dict[int, bytes]) -> None:
    """Add an incremental update (new objects and an xref section) to the end of a PDF."""
    with pikepdf.open(path) as pdf:
        size = max(int(pdf.trailer.Size), max(objects) + 1)
        root = pdf.Root.objgen[0]
    original = path.read_bytes()
    previous = int(original.rsplit(b"startxref", 1)[1].split()[0])
    body, xref = b"", b"xref\n"
    for number, value in sorted(objects.items()):
        xref += b"%d 1\n%010d 00000 n \n" % (number, len(original) + len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, value)
    trailer = b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        size, root, previous, len(original) + len(body))
    path.write_bytes(original + body + xref + trailer)


def test_old_revision_and_unreferenced_objects(tmp_path):
    """An edit replaced the page's content; the old content is still in the file's bytes."""
    path = tmp_path / "edited.pdf"
    _pdf_with_content(path, b"BT /F1 12 Tf 10 10 Td (Sharon Whitfield) Tj ET")
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.save(path, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    with pikepdf.open(path) as pdf:
        contents = pdf.pages[0].obj.Contents.objgen[0]
    clean = b"BT /F1 12 Tf 10 10 Td (Jade) Tj ET"
    _append_revision(path, {
        contents: b"<< /Length %d >>\nstream\n%s\nendstream" % (len(clean), clean),
        40: b"(Elm Road)",  # in the xref table, referenced from nowhere
    })
    with pikepdf.open(path) as pdf:
        assert b"Sharon" not in pdf.pages[0].obj.Contents.read_bytes()  # the new revision
    found = {(leak.vector, leak.secret) for leak in find_leaks(path, ["Sharon Whitfield",
                                                                      "Elm Road"])}
    assert found == {("raw streams", "Sharon Whitfield"), ("strings", "Elm Road"),
                     ("file bytes", "Elm Road")}


def test_deflated_secret_in_stream_found_only_when_inflated(tmp_path):
    attachment = zlib.compress(b"Sharon Whitfield lives at 12 Elm Road")
    path = _pdf_with_content(tmp_path / "attach.pdf", b"BT ET")
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        stream = pikepdf.Stream(pdf, b"")
        stream.write(attachment, filter=pikepdf.Name.FlateDecode)
        pdf.Root.Junk = pdf.make_indirect(stream)
        pdf.save(path)
    vectors = {leak.vector for leak in find_leaks(path, ["Elm Road"])}
    assert {"streams", "raw streams"} <= vectors and "file bytes" not in vectors


def test_unreadable_pdf_is_not_clean(tmp_path):
    path = _write(tmp_path / "broken.pdf", "not a pdf at all")
    with pytest.raises(UncheckableFile, match="broken.pdf"):
        find_leaks(path, ["Sharon"])


@pytest.mark.parametrize("text", [
    "Tel: (0161) 496-0000, NHS 4857773456, NI QQ123456C",
    "Tel 01614960000; NHS 485-777-3456; NI qq 12 34 56 c",
])
def test_numbers_match_whatever_their_spacing(tmp_path, text):
    secrets = ["0161 496 0000", "485 777 3456", "QQ 12 34 56 C"]
    assert secrets_in(tmp_path, text, secrets) == set(secrets)


def test_a_long_pdf_is_checked_in_parts_that_cover_every_page(tmp_path):
    """Verify shares a long PDF out between processes: every page is read by pdfminer in
    exactly one part, and the raw bytes in another, so a name on any page is still found."""
    from lifestory.verify import PAGES_PER_PART, _parts
    from tests.pdfs import text_pdf

    count = 2 * PAGES_PER_PART + 5
    pages = [[f"Page {n}: the review went well."] for n in range(1, count + 1)]
    pages[-3] = ["Sharon Whitfield came to the review."]
    path = text_pdf(tmp_path / "long.pdf", pages)
    parts = _parts(path)
    read = [n for _, part in parts if isinstance(part, range) for n in part]
    assert sorted(read) == list(range(1, count + 1))
    assert [part for _, part in parts if not isinstance(part, range)] == ["raw"]
    found = {(leak.page, leak.vector) for _, part in parts
             for leak in find_leaks(path, ["Sharon Whitfield"], (), part)}
    assert (count - 2, "pdfminer text") in found
    assert any(vector != "pdfminer text" for _, vector in found)


def test_a_kept_name_broken_by_a_page_still_masks(tmp_path):
    """"Sajid" at the foot of one page and "Hussain" at the head of the next is the kept
    name, not the redacted surname alone; "Hussain" alone on a page still is."""
    path = tmp_path / "two.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    c.drawString(72, 72, "Report by Sajid")
    c.showPage()
    c.drawString(72, 760, "Hussain, YOS Officer.")
    c.showPage()
    c.drawString(72, 760, "Mr Hussain came.")
    c.showPage()
    c.save()
    leaks = find_leaks(path, ["HUSSAIN"], ["Sajid Hussain"])
    assert {leak.page for leak in leaks if leak.vector == "pdfminer text"} == {3}
    assert {leak.page for leak in find_leaks(path, ["HUSSAIN"], ["Sajid Hussain"],
                                             range(2, 4))} == {3}
