"""write_text_pdf: redacted runs become labelled black boxes, and their text is not written."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pikepdf

from lifestory.release.text_pdf import TextRun, write_text_pdf
from lifestory.verify.extractors import pdfminer_text
from lifestory.verify.leaks import find_leaks

NOTE = [
    TextRun("Zoë paid £5 for the trip. Jade met "),
    TextRun("Sharon Whitfield", "S40(2)"),
    TextRun(" at the café.\nShe said she felt happy."),
]


def test_redacted_run_is_absent_and_kept_text_present(tmp_path: Path):
    out = tmp_path / "note.pdf"
    report = write_text_pdf([NOTE], out, title="Contact note")
    text = dict(pdfminer_text(out))[1]
    assert "Zoë paid £5 for the trip. Jade met" in text
    assert "at the café." in text and "She said she felt happy." in text
    assert "S40(2)" in text  # the label, in place of the name
    assert find_leaks(out, ["Sharon Whitfield", "Sharon", "Whitfield"]) == []
    assert report.pages == 1 and report.redactions == [(1, "S40(2)")]


def test_redaction_box_is_as_wide_as_its_label_not_the_name(tmp_path: Path):
    short, long = tmp_path / "short.pdf", tmp_path / "long.pdf"
    write_text_pdf([[("Met ", None), ("Al", "S40(2)")]], short, title="t")
    write_text_pdf([[("Met ", None), ("Maximilian Whitfield-Smythe", "S40(2)")]], long, title="t")

    def black_rects(path: Path):
        with pdfplumber.open(path) as pdf:
            return [(round(r["x0"], 2), round(r["x1"], 2)) for r in pdf.pages[0].rects
                    if r["non_stroking_color"] in ((0,), (0, 0, 0), 0, [0])]

    assert black_rects(short) == black_rects(long) != []


def test_metadata_is_title_and_producer_only_and_output_is_stable(tmp_path: Path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_text_pdf([NOTE], first, title="E-mail from the school")
    write_text_pdf([NOTE], second, title="E-mail from the school")
    with pikepdf.open(first) as pdf:
        assert dict(pdf.docinfo.items()) == {
            "/Title": "E-mail from the school", "/Producer": "lifestory"}
        assert "/Metadata" not in pdf.Root
    assert first.read_bytes() == second.read_bytes()


def test_long_lines_wrap_inside_the_page_and_pages_follow_sources(tmp_path: Path):
    out = tmp_path / "long.pdf"
    words = "placement review " * 400 + "Supercalifragilistic" * 10
    report = write_text_pdf([[(words, None)], [("Second source page.", None)]], out, title="t")
    assert report.pages >= 3 and report.first_page[0] == 1
    assert report.first_page[1] == report.pages  # each source page starts a new sheet
    with pdfplumber.open(out) as pdf:
        for page in pdf.pages:
            assert all(c["x0"] > 0 and c["x1"] < page.width for c in page.chars)
        assert "Second source page." in pdf.pages[-1].extract_text()


def test_characters_the_font_lacks_are_replaced_not_dropped_silently(tmp_path: Path):
    out = tmp_path / "odd.pdf"
    write_text_pdf([[("Ffion 😀 said hi\u200b there\x07.", None)]], out, title="t")
    text = dict(pdfminer_text(out))[1]
    assert "Ffion ? said hi there." in text


def test_empty_input_is_one_blank_page(tmp_path: Path):
    out = tmp_path / "empty.pdf"
    assert write_text_pdf([], out, title="Nothing").pages == 1
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 1
