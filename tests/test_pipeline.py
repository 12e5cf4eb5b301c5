"""The whole flow through the CLI: run, release, verify; checked through the library."""

from __future__ import annotations

import json
import zipfile

import pdfplumber
import pytest

from lifestory.cli import cli
from lifestory.workspace import Workspace


@pytest.fixture
def ran(runner, tmp_path, sources, case_toml):
    out = tmp_path / "pack"
    result = runner.invoke(cli, ["run", str(sources), "--case", str(case_toml), "--out", str(out),
                                 "--workspace", str(tmp_path / "ws"), "--accept-suggestions"])
    assert result.exit_code == 0, result.output
    return out, tmp_path / "ws"


def pdf_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_run_writes_every_file_of_the_pack(ran):
    pack, _ = ran
    for name in ("documents/case-notes.pdf", "timeline.json", "disclosure-schedule.csv",
                 "manifest.json"):
        assert (pack / name).is_file(), name
    with zipfile.ZipFile(pack.with_suffix(".zip")) as z:
        assert "pack/documents/case-notes.pdf" in z.namelist()
    manifest = json.loads((pack / "manifest.json").read_text())
    assert {f["path"] for f in manifest["files"]} >= {"documents/case-notes.pdf",
                                                      "timeline.json"}
    assert manifest["tool"]["name"] == "lifestory"


def test_third_parties_removed_and_the_story_kept(ran):
    pack, _ = ran
    everything = pdf_text(pack / "documents/case-notes.pdf") + (pack / "timeline.json").read_text()
    for secret in ("Sharon", "Whitfield was present", "Dean Carver", "Tyler", "07700 900123"):
        assert secret not in everything
    timeline = (pack / "timeline.json").read_text()
    for kept in ("Jade said she loves swimming", "Halifax", "Mark Ellis"):
        assert kept in timeline


def test_timeline_json_contract(ran):
    pack, _ = ran
    entries = json.loads((pack / "timeline.json").read_text())["entries"]
    assert [e["date"] for e in entries] == ["2009-03-14", "2009-04-02", "2010-05-12"]
    for entry in entries:
        assert set(entry) >= {"date", "date_precision", "category", "title", "text", "source"}
        assert entry["source"] == {"document": "case-notes.pdf", "page": entry["source"]["page"]}
    assert entries[1]["category"] == "family"
    assert entries[2]["title"] == "LAC review"


def test_schedule_has_reasons_never_content(ran):
    pack, _ = ran
    schedule = (pack / "disclosure-schedule.csv").read_text()
    assert schedule.splitlines()[0] == (
        "document,page,exemption_code,exemption,reason,legal_reference")
    assert "third party: mother" in schedule
    assert "Sharon" not in schedule and "07700" not in schedule


def test_verify_passes_then_fails_on_tampering(runner, ran):
    pack, ws = ran
    ok = runner.invoke(cli, ["verify", str(pack), "--workspace", str(ws)])
    assert ok.exit_code == 0, ok.output
    (pack / "timeline.json").write_text('{"entries": [{"text": "Sharon Whitfield"}]}')
    bad = runner.invoke(cli, ["verify", str(pack), "--workspace", str(ws)])
    assert bad.exit_code == 1
    assert "timeline.json: changed since release" in bad.output
    assert "timeline.json: redacted text 'Sharon Whitfield' recoverable" in bad.output


def test_release_refuses_while_undecided(runner, tmp_path, sources, case_toml):
    ws = tmp_path / "ws"
    runner.invoke(cli, ["init", str(ws), "--case", str(case_toml)])
    runner.invoke(cli, ["ingest", str(ws), str(sources)])
    assert runner.invoke(cli, ["analyse", str(ws)]).exit_code == 0
    result = runner.invoke(cli, ["release", str(ws), "--out", str(tmp_path / "pack")])
    assert result.exit_code == 2
    assert "release refused: still undecided" in result.output
    assert "Sharon Whitfield (third_party)" in result.output
    assert not (tmp_path / "pack").exists()


def test_release_after_every_decision_is_made(runner, tmp_path, sources, case_toml):
    path = tmp_path / "ws"
    runner.invoke(cli, ["init", str(path), "--case", str(case_toml)])
    runner.invoke(cli, ["ingest", str(path), str(sources)])
    runner.invoke(cli, ["analyse", str(path)])
    ws = Workspace(path)
    mark = next(ws.rows("people", "name = 'Mark Ellis'"))
    ws.decide("person", mark["id"], "redact", who="A. Officer", why="asked not to be named")
    for kind, table in (("person", "people"), ("suggestion", "suggestions"),
                        ("timeline_entry", "timeline_entries")):
        for row in ws.rows(table, "decision IS NULL"):
            ws.decide(kind, row["id"], row["default_decision"], who="A. Officer")
    result = runner.invoke(cli, ["release", str(path), "--out", str(tmp_path / "pack")])
    assert result.exit_code == 0, result.output
    assert "Mark Ellis" not in (tmp_path / "pack" / "timeline.json").read_text()
    audit = [r["action"] for r in ws.rows("audit_log")]
    assert audit.count("release") == 1 and "accept_defaults" not in audit


def test_a_second_release_never_overwrites_the_first(runner, ran, tmp_path):
    pack, ws = ran
    first = (pack / "manifest.json").read_text()
    result = runner.invoke(cli, ["release", str(ws), "--out", str(pack)])
    assert result.exit_code == 0, result.output
    assert (pack / "manifest.json").read_text() == first
    assert (tmp_path / "pack-2" / "manifest.json").exists()
    assert len(list(Workspace(ws).rows("releases"))) == 2


def test_rerun_is_incremental_and_keeps_decisions(runner, ran, sources, case_toml, tmp_path):
    _, path = ran
    ws = Workspace(path)
    before = ws.db["suggestions"].count
    decided = next(ws.rows("suggestions", "decision = 'redact'"))
    ws.decide("suggestion", decided["id"], "keep", who="A. Officer", why="already known to her")
    result = runner.invoke(cli, ["analyse", str(path)])
    assert result.exit_code == 0
    assert "Analysed 0 new page(s)" in result.output
    assert ws.db["suggestions"].count == before
    row = ws.db["suggestions"].get(decided["id"])
    assert (row["decision"], row["decided_by"], row["decision_reason"]) == (
        "keep", "A. Officer", "already known to her")


def test_demo_runs_the_sample_records(runner, tmp_path):
    result = runner.invoke(cli, ["demo", "--out", str(tmp_path / "demo"), "--no-tui"])
    assert result.exit_code == 0, result.output
    pack = tmp_path / "demo" / "pack"
    assert "Pack written and verified" in result.output
    names = {p.name for p in (pack / "documents").iterdir()}
    assert {"case-notes-2005-2019.pdf", "assessment-2010.pdf", "email-2016-03-02.pdf",
            "contact-arrangements.pdf", "scanned-letter-2008.pdf", "contacts.pdf"} <= names
    entries = json.loads((pack / "timeline.json").read_text())["entries"]
    assert len(entries) >= 20


def test_review_needs_a_terminal(runner, ran):
    _, ws = ran
    result = runner.invoke(cli, ["review", str(ws)])
    assert result.exit_code == 2
    assert "needs a terminal" in result.output
