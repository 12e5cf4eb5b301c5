"""A killed ingest is run again and finishes the job without duplicating anything."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from lifestory.pipeline import init_workspace
from lifestory.workspace import Workspace
from tests.pdfs import many_pages_pdf

PAGES = 3000


def _pages_in(db_path) -> int:
    try:
        with sqlite3.connect(db_path, timeout=1) as conn:
            return conn.execute("SELECT COUNT(*) FROM pages").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_killed_ingest_resumes(tmp_path, case_toml):
    source = many_pages_pdf(tmp_path / "long-export.pdf", PAGES)
    ws_path = tmp_path / "ws"
    init_workspace(ws_path, case_toml).close()
    command = [sys.executable, "-m", "lifestory", "ingest", str(ws_path), str(source)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while _pages_in(ws_path / "case.db") < 50 and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    interrupted = _pages_in(ws_path / "case.db")
    assert 0 < interrupted < PAGES, "the ingest was not interrupted part-way"
    ws = Workspace(ws_path)
    [doc] = ws.documents()
    assert doc["status"] == "ingesting"
    ws.close()

    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    ws = Workspace(ws_path)
    [doc] = ws.documents()
    assert doc["status"] == "ingested" and doc["page_count"] == PAGES
    numbers = [r[0] for r in ws.db.execute(
        "SELECT page_number FROM pages ORDER BY page_number").fetchall()]
    assert numbers == list(range(1, PAGES + 1))
    assert "Note 3000:" in ws.page(doc["id"], PAGES)["text"]
    assert len(list((ws_path / "originals").iterdir())) == 1
