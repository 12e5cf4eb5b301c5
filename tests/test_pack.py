"""The release pack as the care leaver gets it: timeline.html and .pdf, stamped documents,
the readable schedule, the manifest and the release rules; checked through the library."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil

import pikepdf
import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

from lifestory.analyse import analyse
from lifestory.cli import cli
from lifestory.ingest import ingest_paths
from lifestory.pipeline import init_workspace
from lifestory.release import write_pack
from lifestory.release.stamp import stamp_pdf
from lifestory.release.timeline_pack import removed_marks, when
from lifestory.verify import MIN_SECRET, secrets_and_allowed
from lifestory.verify.leaks import find_leaks
from lifestory.workspace import Workspace
from tests.conftest import CASE_NOTES, CASE_TOML
from tests.pdfs import text_pdf

SUPPORT = """
[support]
contact = "Marcus Reid, your personal adviser in the Leaving Care Team"
phone = "01422 393000"
corrections = "Write to the Data Protection Officer at the Civic Centre."
"""


@pytest.fixture(scope="module")
def released(tmp_path_factory):
    """One pack for the module, with a memory and an annotation added before release."""
    root = tmp_path_factory.mktemp("pack")
    export = root / "export"
    export.mkdir()
    text_pdf(export / "case-notes.pdf", CASE_NOTES)
    case = root / "case.toml"
    case.write_text(CASE_TOML + SUPPORT, encoding="utf-8")
    ws = init_workspace(root / "ws", case)
    ingest_paths(ws, [export], use_ocr=False)
    analyse(ws)
    ws.accept_defaults("A. Officer")
    entry = next(ws.rows("timeline_entries", "decision = 'include'", order_by="date"))
    ws.annotate(entry["id"], "Marcus Reid", "context", "Family time was every other Saturday.")
    ws.add_memory("Jade Whitfield", "I remember the swimming gala and the orange medal.",
                  date="2010-06-01", date_precision="month", title="The gala")
    report = write_pack(ws, root / "pack", who="A. Officer")
    return report, ws


def pdf_text(path) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


def test_pack_has_the_timeline_the_schedule_and_stamped_documents(released):
    report, _ = released
    pack = report.path
    for name in ("timeline.html", "timeline.pdf", "timeline.json", "disclosure-schedule.csv",
                 "disclosure-schedule.html", "documents/case-notes.pdf", "manifest.json"):
        assert (pack / name).is_file(), name
    listed = {f["path"] for f in json.loads((pack / "manifest.json").read_text())["files"]}
    assert {"timeline.html", "timeline.pdf", "disclosure-schedule.html"} <= listed


def test_html_is_self_contained_and_accessible_by_construction(released):
    html = (released[0].path / "timeline.html").read_text(encoding="utf-8")
    assert '<html lang="en-GB">' in html
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), "fetches from outside"
    assert "<link" not in html.lower() and "@import" not in html
    assert "@media print" in html
    assert html.count("<h1") == 1
    # The contents list links to every section and chapter, and each target exists.
    contents = html.split('id="contents"', 1)[1].split("</nav>", 1)[0]
    targets = re.findall(r'href="#([^"]+)"', contents)
    assert {"before", "about", "gaps", "glossary", "covered"} <= set(targets)
    assert any(t.startswith("chapter-") for t in targets)
    for target in targets:
        assert f'id="{target}"' in html, target


def test_first_page_says_before_you_read(released):
    pages = pdf_text(released[0].path / "timeline.pdf")
    assert "Before you read" in pages[0]
    assert "stop at any time" in pages[0]
    html = (released[0].path / "timeline.html").read_text(encoding="utf-8")
    main = html.split("<main>", 1)[1]
    assert main.lstrip().startswith('<section id="before"')


def test_support_contact_comes_from_the_case_file(released):
    html = (released[0].path / "timeline.html").read_text(encoding="utf-8")
    assert "Marcus Reid, your personal adviser in the Leaving Care Team" in html
    assert "01422 393000" in html
    assert "Write to the Data Protection Officer at the Civic Centre." in html


def test_every_page_of_the_pdf_renders(released):
    pdf = pdfium.PdfDocument(released[0].path / "timeline.pdf")
    try:
        assert 3 <= len(pdf) <= 40
        for page in pdf:
            image = page.render(scale=0.5).to_pil().convert("L")
            dark = sum(image.histogram()[:160])
            assert dark > 200, "a blank page"
            page.close()
    finally:
        pdf.close()
    assert released[0].timeline_pages == len(pdf_text(released[0].path / "timeline.pdf"))


def test_chapters_open_with_their_content_notes(released):
    pack = released[0].path
    told = json.loads((pack / "timeline.json").read_text())
    html = (pack / "timeline.html").read_text(encoding="utf-8")
    by_id = {e["id"]: e for e in told["entries"]}
    assert told["chapters"]
    for chapter in told["chapters"]:
        section = html.split(f'<section id="chapter-{chapter["number"]}"', 1)[1]
        section = section.split("</section>", 1)[0]
        note = section.split('class="content-note"', 1)[1].split("</div>", 1)[0]
        first_entry = section.index('class="entry"') if chapter["entries"] else len(section)
        assert section.index('class="content-note"') < first_entry
        wanted = {n for i in chapter["entries"] for n in by_id[i].get("content_notes", [])}
        for matter in wanted:
            assert matter in note, f"chapter {chapter['number']} note misses {matter!r}"
        if not wanted:
            assert "Nothing in this chapter was marked as difficult" in note


def test_annotations_and_memories_say_who_wrote_them(released):
    html = (released[0].path / "timeline.html").read_text(encoding="utf-8")
    assert "Some background, added by Marcus Reid" in html
    assert "Family time was every other Saturday." in html
    assert "I remember the swimming gala and the orange medal." in html
    assert "A memory, added by Jade Whitfield" in html
    text = re.sub(r"<[^>]+>", "", html)
    assert "June 2010: The gala" in text  # a month-precise date says only the month
    pdf = " ".join(pdf_text(released[0].path / "timeline.pdf"))
    assert "added by Marcus Reid" in pdf


def test_jargon_is_explained_beside_the_original_words(released):
    pack = released[0].path
    told = json.loads((pack / "timeline.json").read_text())
    html = (pack / "timeline.html").read_text(encoding="utf-8")
    used = [e for e in told["entries"] if e.get("glossary")]
    assert used, "the fixture uses some care jargon (LAC review)"
    entry = used[0]
    article = html.split(f'id="e-{entry["id"]}"', 1)[1].split("</article>", 1)[0]
    assert "What this means" in article
    for term in entry["glossary"]:
        assert f"<dt>{term}</dt>" in article
    assert str(removed_marks(entry["text"])) in article  # the record's words, untouched
    glossary = html.split('id="glossary"', 1)[1].split("</section>", 1)[0]
    for term in told["glossary"]:
        assert term["term"] in glossary


def test_redactions_are_summarised_by_reason(released):
    pack = released[0].path
    with open(pack / "disclosure-schedule.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    html = (pack / "timeline.html").read_text(encoding="utf-8")
    covered = html.split('id="covered"', 1)[1].split("</section>", 1)[0]
    assert f"{len(rows)} parts of your records were covered" in covered
    for code in {r["exemption_code"] for r in rows}:
        count = sum(r["exemption_code"] == code for r in rows)
        assert f"({code})" in covered
        assert f'<td class="num">{count}</td>' in covered


def test_schedule_html_lists_every_row_and_never_the_content(released):
    pack = released[0].path
    with open(pack / "disclosure-schedule.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    html = (pack / "disclosure-schedule.html").read_text(encoding="utf-8")
    assert '<html lang="en-GB">' in html and "<script" not in html
    body = html.split("<tbody>", 2)[2]  # after the summary table: the rows per document
    assert body.count("<tr>") == len(rows)
    for secret in ("Sharon", "Dean Carver", "Tyler", "07700 900123"):
        assert secret not in html


def test_no_redacted_string_reaches_the_timeline_or_schedule(released):
    report, ws = released
    secrets, allowed = secrets_and_allowed(ws)
    searchable = {s for s in secrets if len(s) >= MIN_SECRET}
    assert {"Sharon Whitfield", "Dean Carver"} <= searchable
    for name in ("timeline.html", "timeline.pdf", "disclosure-schedule.html"):
        leaks = list(find_leaks(report.path / name, searchable, allowed))
        assert not leaks, f"{name}: {leaks}"


def test_every_document_page_is_stamped_with_the_reference(released):
    pages = pdf_text(released[0].path / "documents" / "case-notes.pdf")
    assert len(pages) == 2
    for number, text in enumerate(pages, 1):
        assert "SAR-TEST-0001" in text
        assert f"page {number} of 2" in text
    assert "Sharon" not in " ".join(pages)


def test_stamp_follows_a_rotated_page(tmp_path):
    path = tmp_path / "turned.pdf"
    canvas = Canvas(str(path), pagesize=(400, 600))
    canvas.drawString(72, 500, "A page shown turned")
    canvas.showPage()
    canvas.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.pages[0].Rotate = 90
        pdf.save(path)
    assert stamp_pdf(path, "REF-1") == 1
    pdf = pdfium.PdfDocument(path)
    page = pdf[0]
    textpage = page.get_textpage()
    found = textpage.search("REF-1")
    index, _ = found.get_next()
    left, bottom, right, top = textpage.get_charbox(index)
    # Unrotated space is 400 wide: the footer runs up the page's right-hand (user-space) edge,
    # which is the bottom of the page as shown.
    assert left > 350 and (top - bottom) > (right - left) * 0.5
    pdf.close()


def test_dates_say_only_what_the_record_knows():
    assert when({"date": "2009-03-14", "date_precision": "day"}) == "14 March 2009"
    assert when({"date": "2009-03-01", "date_precision": "month"}) == "March 2009"
    assert when({"date": "2009-01-01", "date_precision": "year"}) == "2009"
    assert when({"date": None, "period": "when I was small"}) == "when I was small"
    assert when({"date": None}) == "Date not known"


def test_verify_fails_when_a_released_file_is_changed_or_missing(runner, released, tmp_path):
    report, ws = released
    pack = tmp_path / "copy"
    shutil.copytree(report.path, pack)
    ok = runner.invoke(cli, ["verify", str(pack), "--workspace", str(ws.path)])
    assert ok.exit_code == 0, ok.output
    with open(pack / "timeline.html", "a", encoding="utf-8") as f:
        f.write("<!-- edited -->")
    (pack / "documents" / "case-notes.pdf").unlink()
    bad = runner.invoke(cli, ["verify", str(pack), "--workspace", str(ws.path)])
    assert bad.exit_code == 1, bad.output
    assert "timeline.html: changed since release" in bad.output
    assert "documents/case-notes.pdf: listed in the manifest but missing" in bad.output


def test_a_release_never_overwrites_an_earlier_pack_and_is_audited(released):
    report, ws = released
    before = {p: p.read_bytes() for p in report.path.rglob("*") if p.is_file()}
    again = write_pack(ws, report.path, who="B. Officer")
    assert again.path == report.path.with_name("pack-2")
    assert {p: p.read_bytes() for p in report.path.rglob("*") if p.is_file()} == before
    audit = [r for r in Workspace(ws.path).rows("audit_log", "action = 'release'",
                                                 order_by="id")]
    assert [(r["who"], r["target_id"]) for r in audit[-2:]] == [
        ("A. Officer", str(report.path)), ("B. Officer", str(again.path))]
    for row, pack in zip(audit[-2:], (report.path, again.path), strict=True):
        digest = hashlib.sha256((pack / "manifest.json").read_bytes()).hexdigest()
        assert json.loads(row["detail"])["manifest_sha256"] == digest


def test_every_file_of_the_pack_can_be_read_by_whoever_is_given_it(released):
    """The pack is copied for the care leaver and their worker: no file is left private
    (mkstemp's 0600) and nothing half-written is left beside it."""
    report, _ = released
    for path in report.path.rglob("*"):
        if path.is_file():
            assert path.stat().st_mode & 0o044 == 0o044, path
            assert not path.name.startswith("."), path


def test_a_file_named_after_a_third_party_is_released_without_the_name(tmp_path):
    """"statement-sharon-whitfield.txt": the name goes from the file name, the PDF's title,
    the page stamps, the schedule and the timeline's sources, as from the text."""
    export = tmp_path / "export"
    export.mkdir()
    (export / "statement-sharon-whitfield-2010.txt").write_text(
        "Statement of Sharon Whitfield, 12 March 2010.\nJade is doing well at school.\n",
        encoding="utf-8")
    case = tmp_path / "case.toml"
    case.write_text(CASE_TOML, encoding="utf-8")
    ws = init_workspace(tmp_path / "ws", case)
    ingest_paths(ws, [export], use_ocr=False)
    analyse(ws)
    report = write_pack(ws, tmp_path / "pack", who="A. Officer", accept_suggestions=True)
    assert [d.name for d in report.documents] == ["statement-redacted-2010.pdf"]
    for path in report.path.rglob("*"):
        if path.is_file() and path.suffix in (".csv", ".html", ".json"):
            assert "sharon" not in path.read_text(encoding="utf-8").lower(), path.name


def test_a_kept_name_holding_a_redacted_word_is_never_broken_across_lines(tmp_path):
    """Broken by a page, "Sajid | Hussain" leaves "Hussain" alone on the next page, where
    another Hussain is redacted: the PDF keeps the name whole instead."""
    from lifestory.release.pdf import html_to_pdf
    from lifestory.release.timeline_pack import unbroken
    from lifestory.verify.extractors import pdfminer_text

    # Paragraphs of growing length put the name at every point of a line.
    html = "<html><body>" + "".join(
        f"<p>{'Met with ' * 6}{'the team ' * (i % 25)}Sajid Hussain, youth worker.</p>"
        for i in range(60)) + "</body></html>"

    def line_ends(whole: set[str]) -> int:
        out = tmp_path / f"{len(whole)}.pdf"
        html_to_pdf(unbroken(html, whole), out, title="t")
        return sum(line.rstrip().endswith("Sajid")
                   for _, text in pdfminer_text(out) for line in text.splitlines())

    assert line_ends(set()) > 0  # the page would break the name somewhere
    assert line_ends({"Sajid Hussain"}) == 0
