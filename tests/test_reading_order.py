"""Pages set in columns side by side are read column by column at ingest, so a note's
sentences are not broken by the words beside them; every other page keeps PDFium's text, and
word boxes and partial-word boxes still find the right glyphs."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest

from lifestory.cli import cli
from lifestory.ingest.pdf_reader import CharBoxes, read_pdf
from tests.pdfs import columns_pdf, form_pdf, text_pdf

NOTES = [
    (["11.2.19", "MASH", "TR"],
     "Referral received from Chestnut Grove Primary. CYP told her class teacher this morning "
     "that her mum's partner 'pushed Mum into the wall' on Saturday night and she hid under "
     "her bed. Her grandmother Fatima Mansour is staying over for now.",
     ["Rec. 11/02/2019", "Auth. BC"]),
    (["18/2/19", "Email", "SR"],
     "Email from school: CYP brighter today, ate all her lunch and played football at break "
     "with her friends.", ["Rec. 18/02/2019", "Auth. BC"]),
]


def squash(text: str) -> str:
    return " ".join(text.split())


def pdfium_text(path, page: int = 0) -> str:
    """PDFium's own reading of a page, as ingest would take it without reordering."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        textpage = pdf[page].get_textpage()
        return textpage.get_text_range().replace("\r", " ")
    finally:
        pdf.close()


@pytest.fixture
def columns(tmp_path):
    return columns_pdf(tmp_path / "case-notes.pdf", NOTES)


def test_a_note_in_columns_is_read_whole(columns):
    [page] = read_pdf(columns, use_ocr=False)
    text = squash(page.text)
    assert "CYP told her class teacher" not in squash(pdfium_text(columns))  # read across
    assert "CYP told her class teacher" in text
    assert "played football at break with her friends." in text
    # Each note: its date, type and worker, then its text, then who recorded it.
    assert text.index("11.2.19 MASH TR Referral") < text.index("Rec. 11/02/2019 Auth. BC")
    assert text.index("18/2/19 Email SR Email from") < text.index(
        "friends. Rec. 18/02/2019 Auth. BC")


def test_words_keep_their_boxes(columns):
    [page] = read_pdf(columns, use_ocr=False)
    assert all(page.text[w.start:w.end] == w.text for w in page.words)
    boxes = {w.text: w for w in page.words}
    assert boxes["Rec."].x0 == pytest.approx(410, abs=1)  # the right-hand column
    assert 130 <= boxes["partner"].x0 < 390  # the note's own column
    assert boxes["MASH"].x0 == pytest.approx(50, abs=1)


def test_part_of_a_word_is_boxed_where_it_is_drawn(columns):
    [page] = read_pdf(columns, use_ocr=False)
    word = next(w for w in page.words if w.text == "grandmother")
    with CharBoxes(columns) as chars:
        part = chars.box(1, word.start, word.start + len("grand"))
    assert part is not None
    assert part[0] == pytest.approx(word.x0, abs=0.5)
    assert word.x0 < part[2] < word.x1
    assert part[1] == pytest.approx(word.top, abs=0.5)


def test_a_form_is_read_row_by_row(tmp_path):
    path = form_pdf(tmp_path / "review.pdf", [
        ("Name", "Jade Whitfield (known as Jade or JJ)"),
        ("Date of birth", "14/09/2001"),
        ("Review", "Review 8, held 20/03/2012 at the foster home, 16:00"),
        ("Chair", "Ruth Adeyemi, Independent Reviewing Officer"),
        ("Legal status", "Care Order (s31 Children Act 1989) made 18/02/2010"),
    ])
    [page] = read_pdf(path, use_ocr=False)
    assert page.text == pdfium_text(path)
    assert re.search(r"Chair +Ruth Adeyemi", page.text)


def test_a_page_in_one_column_keeps_pdfiums_text(tmp_path):
    path = text_pdf(tmp_path / "notes.pdf", [[
        "Date: 14/03/2009   Type: Home visit",
        "Author: Anna Price (Social Worker)",
        "Visited Jade at home. She talked about school and showed me her swimming",
        "certificate, and said she wants to join the club in Halifax.",
    ]])
    [page] = read_pdf(path, use_ocr=False)
    assert page.text == pdfium_text(path)


def test_a_name_wrapped_in_a_column_is_redacted_in_the_pack(runner, tmp_path, case_toml,
                                                            columns):
    """Release boxes the redactions found in the reordered text on the page as drawn, and
    the independent check finds nothing left."""
    pack, ws = tmp_path / "pack", tmp_path / "ws"
    result = runner.invoke(cli, ["run", str(columns), "--case", str(case_toml), "--out",
                                 str(pack), "--workspace", str(ws), "--accept-suggestions",
                                 "--no-ocr"])
    assert result.exit_code == 0, result.output
    verified = runner.invoke(cli, ["verify", str(pack), "--workspace", str(ws)])
    assert verified.exit_code == 0, verified.output
    released = squash(pdfium_text(pack / "documents" / "case-notes.pdf"))
    assert "Mansour" not in released and "Fatima" not in released
    assert "Chestnut Grove Primary" in released
