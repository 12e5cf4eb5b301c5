from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.pdfs import text_pdf

CASE_TOML = textwrap.dedent(
    """
    [subject]
    name = "Jade Whitfield"
    aliases = ["Jade", "JJ"]
    date_of_birth = "2001-09-14"

    [request]
    reference = "SAR-TEST-0001"
    received = "2026-11-01"

    [[people]]
    name = "Sharon Whitfield"
    aliases = ["Sharon"]
    relationship = "mother"
    decision = "redact"
    reason = "no consent"
    """
)

CASE_NOTES = [
    [
        "Northmoor Borough Council - Children's Services - Case Notes",
        "Date: 14/03/2009   Type: Home visit",
        "Author: Anna Price (Social Worker)",
        "Visited Jade at home. Sharon Whitfield was present with her partner Dean Carver.",
        "Jade said she loves swimming and wants to join the club in Halifax.",
        "Sharon can be reached on 07700 900123.",
        "Date: 02/04/2009   Type: Family time",
        "Author: Anna Price (Social Worker)",
        "Family time went well. Jade played cards with her brother Tyler Whitfield.",
    ],
    [
        "Date: 12 May 2010   Type: LAC review",
        "Author: Mark Ellis (Independent Reviewing Officer)",
        "Jade's review was held at school. Sharon did not attend. Mr Carver sent a card.",
        "Jade won a certificate for swimming and told me she is proud of it.",
    ],
]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path_factory):
    """Keep a developer's own settings and caches out of every test."""
    monkeypatch.setenv("LIFESTORY_OFFICER", "Test Officer")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def case_toml(tmp_path) -> Path:
    path = tmp_path / "case.toml"
    path.write_text(CASE_TOML, encoding="utf-8")
    return path


@pytest.fixture
def sources(tmp_path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    text_pdf(folder / "case-notes.pdf", CASE_NOTES)
    return folder


def analysed_notes(tmp: Path, pages: list[list[str]], case_text: str = CASE_TOML,
                   name: str = "notes.pdf"):
    """A real workspace of one case-notes PDF, ingested, analysed and every default taken:
    what most timeline and story tests start from."""
    from lifestory.analyse import analyse
    from lifestory.ingest import ingest_paths
    from lifestory.pipeline import init_workspace

    case = tmp / "case.toml"
    case.write_text(case_text, encoding="utf-8")
    folder = tmp / "export"
    folder.mkdir()
    text_pdf(folder / name, pages)
    ws = init_workspace(tmp / "ws", case)
    ingest_paths(ws, [folder])
    analyse(ws)
    ws.accept_defaults("test")
    return ws
