"""Ingest through the CLI, checked through the workspace library."""

from __future__ import annotations

import hashlib
import os
import stat
from email.message import EmailMessage
from pathlib import Path

import docx
import pikepdf
import pytest

from lifestory.cli import cli
from lifestory.workspace import Workspace
from tests.pdfs import text_pdf


@pytest.fixture
def ws_path(runner, tmp_path, case_toml) -> Path:
    path = tmp_path / "ws"
    result = runner.invoke(cli, ["init", str(path), "--case", str(case_toml)])
    assert result.exit_code == 0, result.output
    return path


def ingest(runner, ws_path, *paths):
    return runner.invoke(cli, ["ingest", str(ws_path), *map(str, paths)])


def test_init_creates_workspace(ws_path):
    assert (ws_path / "case.db").exists()
    assert (ws_path / "originals").is_dir()
    ws = Workspace(ws_path)
    assert ws.case.subject_name == "Jade Whitfield"
    assert ws.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r["action"] for r in ws.rows("audit_log")] == ["init"]


def test_init_rejects_bad_case_file(runner, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[subject]\nname = \n")
    result = runner.invoke(cli, ["init", str(tmp_path / "ws"), "--case", str(bad)])
    assert result.exit_code == 2
    assert "bad.toml: not valid TOML" in result.output


def test_pdf_words_have_positions(runner, ws_path, sources):
    result = ingest(runner, ws_path, sources)
    assert result.exit_code == 0, result.output
    ws = Workspace(ws_path)
    [doc] = ws.documents()
    assert doc["kind"] == "pdf" and doc["page_count"] == 2 and doc["status"] == "ingested"
    page = ws.page(doc["id"], 1)
    assert "Sharon Whitfield was present" in page["text"]
    words = ws.words(doc["id"], 1)
    sharon = next(w for w in words if w.text == "Sharon")
    assert page["text"][sharon.start : sharon.end] == "Sharon"
    # Drawn at x=72pt, on the fourth line from a top margin of 72pt (top-left origin).
    visited = next(w for w in words if w.text == "Visited")
    assert visited.x0 == pytest.approx(72, abs=1)
    assert 72 + 3 * 16.5 - 12 < visited.top < 72 + 3 * 16.5 + 4
    assert visited.x0 < visited.x1 and visited.top < visited.bottom


def test_original_kept_read_only_and_named_by_hash(runner, ws_path, sources):
    ingest(runner, ws_path, sources)
    source = sources / "case-notes.pdf"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    original = ws_path / "originals" / f"{digest}.pdf"
    assert original.read_bytes() == source.read_bytes()
    assert not os.stat(original).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def test_ingest_is_idempotent(runner, ws_path, sources):
    ingest(runner, ws_path, sources)
    result = ingest(runner, ws_path, sources)
    assert result.exit_code == 0
    assert "1 already in the workspace" in result.output
    ws = Workspace(ws_path)
    assert len(ws.documents()) == 1
    assert ws.page_count() == 2


def test_docx_with_table(runner, ws_path, tmp_path):
    path = tmp_path / "assessment.docx"
    document = docx.Document()
    document.add_heading("Child and Family Assessment", 1)
    document.add_paragraph("Jade lives with her mother Sharon Whitfield in Halifax.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Name", "Relationship"
    table.cell(1, 0).text, table.cell(1, 1).text = "Tyler Whitfield", "Brother"
    document.save(path)
    assert ingest(runner, ws_path, path).exit_code == 0
    ws = Workspace(ws_path)
    [doc] = ws.documents()
    text = ws.page(doc["id"], 1)["text"]
    assert "Child and Family Assessment" in text
    assert "Tyler Whitfield | Brother" in text
    assert text.index("Sharon Whitfield") < text.index("Tyler Whitfield")


def test_email_and_its_attachment(runner, ws_path, tmp_path):
    attachment = text_pdf(tmp_path / "contact-plan.pdf", [["Contact with Sharon on Fridays."]])
    message = EmailMessage()
    message["From"] = "Anna Price <anna.price@northmoor.example.gov.uk>"
    message["To"] = "Mark Ellis <mark.ellis@northmoor.example.gov.uk>"
    message["Subject"] = "Jade - family time"
    message["Date"] = "Wed, 02 Mar 2016 10:15:00 +0000"
    message.set_content("Mark,\nSharon Whitfield has asked to move family time to Fridays.\n")
    message.add_attachment(attachment.read_bytes(), maintype="application", subtype="pdf",
                           filename="contact-plan.pdf")
    path = tmp_path / "email.eml"
    path.write_bytes(bytes(message))
    result = ingest(runner, ws_path, path)
    assert result.exit_code == 0, result.output
    ws = Workspace(ws_path)
    docs = {d["name"]: d for d in ws.documents()}
    assert set(docs) == {"email.eml", "contact-plan.pdf"}
    assert docs["contact-plan.pdf"]["parent_id"] == docs["email.eml"]["id"]
    email_text = ws.page(docs["email.eml"]["id"], 1)["text"]
    assert "From: Anna Price <anna.price@northmoor.example.gov.uk>" in email_text
    assert "move family time to Fridays" in email_text
    assert "Sharon on Fridays" in ws.page(docs["contact-plan.pdf"]["id"], 1)["text"]


def test_txt_and_csv(runner, ws_path, tmp_path):
    (tmp_path / "note.txt").write_bytes("File note: Zoë called about £20.\n".encode("cp1252"))
    (tmp_path / "contacts.csv").write_text(
        "name,role,phone\nAnna Price,Social Worker,0113 496 0123\n", encoding="utf-8"
    )
    result = ingest(runner, ws_path, tmp_path / "note.txt", tmp_path / "contacts.csv")
    assert result.exit_code == 0, result.output
    ws = Workspace(ws_path)
    texts = {d["name"]: ws.page(d["id"], 1)["text"] for d in ws.documents()}
    assert texts["note.txt"].startswith("File note: Zoë called about £20.")
    assert "Anna Price | Social Worker | 0113 496 0123" in texts["contacts.csv"]


def test_boxes_use_a_mediabox_inherited_from_the_page_tree(runner, ws_path, tmp_path):
    """fpdf2 and others put the MediaBox on /Pages only; PDFium's getter would report US
    Letter and every box on an A4 page would sit 50 points too low."""
    path = text_pdf(tmp_path / "inherited.pdf", [["Visited Jade at home."]])
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        del pdf.pages[0].obj["/MediaBox"]
        pdf.Root.Pages.MediaBox = [0, 0, 595.2756, 841.8898]
        pdf.save(path)
    assert ingest(runner, ws_path, path).exit_code == 0
    ws = Workspace(ws_path)
    [doc] = ws.documents()
    page = ws.page(doc["id"], 1)
    assert (page["width"], page["height"]) == pytest.approx((595.3, 841.9), abs=0.1)
    visited = next(w for w in ws.words(doc["id"], 1) if w.text == "Visited")
    assert 72 - 12 < visited.top < 72 + 4


def test_image_only_page_is_recorded_without_text(runner, ws_path, tmp_path):
    from PIL import Image
    from reportlab.pdfgen import canvas

    image = tmp_path / "scan.png"
    Image.new("L", (400, 200), 255).save(image)
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    c.drawImage(str(image), 72, 500, 200, 100)
    c.showPage()
    c.save()
    result = runner.invoke(cli, ["ingest", str(ws_path), str(path), "--no-ocr"])
    assert result.exit_code == 0, result.output
    ws = Workspace(ws_path)
    [doc] = ws.documents()
    page = ws.page(doc["id"], 1)
    assert page["text"] == "" and page["text_source"] == "none"


def _encrypted_pdf(path: Path, source: Path) -> Path:
    with pikepdf.open(source) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="o", user="secret"))
    return path


@pytest.mark.parametrize(
    ("name", "make", "problem"),
    [
        ("empty.pdf", lambda p, good: p.write_bytes(b""), "the file is empty"),
        ("corrupt.pdf", lambda p, good: p.write_bytes(b"%PDF-1.4\nnot really a pdf\n"),
         "not a readable PDF"),
        ("truncated.pdf", lambda p, good: p.write_bytes(good.read_bytes()[:300]),
         "not a readable PDF"),
        ("locked.pdf", lambda p, good: _encrypted_pdf(p, good),
         "the PDF is encrypted with a password"),
        ("photo.heic", lambda p, good: p.write_bytes(b"\x00\x01binary"), "not a kind of file"),
        ("empty.txt", lambda p, good: p.write_text("   \n"), "the file has no text"),
        ("broken.docx", lambda p, good: p.write_bytes(b"PK\x03\x04 no zip"),
         "not a readable Word document"),
        ("missing.txt", lambda p, good: p.symlink_to(p.with_name("gone.txt")),
         "cannot be read"),
    ],
)
def test_bad_input_is_named_and_the_batch_goes_on(runner, ws_path, sources, tmp_path, name,
                                                  make, problem):
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    make(bad_dir / name, sources / "case-notes.pdf")
    result = ingest(runner, ws_path, bad_dir / name, sources)
    assert result.exit_code == 1, result.output
    assert f"Error: {bad_dir / name}: {problem}" in result.output
    ws = Workspace(ws_path)
    assert [d["name"] for d in ws.documents()] == ["case-notes.pdf"]
    failures = list(ws.rows("audit_log", "action = 'ingest_failed'"))
    assert failures and failures[0]["target_id"] == str(bad_dir / name)


def test_folder_walk_honours_lifestoryignore(runner, ws_path, sources):
    (sources / "README.md").write_text("notes for the officer")
    (sources / ".lifestoryignore").write_text("README.md\n")
    (sources / ".hidden.txt").write_text("hidden")
    result = ingest(runner, ws_path, sources)
    assert result.exit_code == 0, result.output
    assert [d["name"] for d in Workspace(ws_path).documents()] == ["case-notes.pdf"]
