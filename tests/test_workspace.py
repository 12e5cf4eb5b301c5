"""Decisions are kept with who, when and why; the audit log cannot be rewritten."""

from __future__ import annotations

import sqlite3

import pytest

from lifestory.analyse import analyse
from lifestory.ingest import ingest_paths
from lifestory.pipeline import init_workspace
from lifestory.workspace import Workspace


@pytest.fixture
def ws(tmp_path, case_toml, sources) -> Workspace:
    ws = init_workspace(tmp_path / "ws", case_toml)
    ingest_paths(ws, [sources])
    analyse(ws)
    return ws


def test_audit_log_is_append_only(ws):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        ws.db.execute("UPDATE audit_log SET who = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        ws.db.execute("DELETE FROM audit_log")


def test_deciding_a_person_decides_every_mention(ws):
    sharon = next(ws.rows("people", "name = 'Sharon Whitfield'"))
    mentions = list(ws.rows("suggestions", "person_id = ?", [sharon["id"]]))
    assert len(mentions) >= 3
    ws.decide("person", sharon["id"], "disclose", who="A. Officer", why="consent given")
    after = list(ws.rows("suggestions", "person_id = ?", [sharon["id"]]))
    assert {m["decision"] for m in after} == {"keep"}
    assert {m["decided_by"] for m in after} == {"A. Officer"}
    entry = list(ws.rows("audit_log", "action = 'decide'"))[-1]
    assert (entry["who"], entry["target_id"]) == ("A. Officer", sharon["id"])
    assert "consent given" in entry["detail"]


def test_decision_values_are_checked(ws):
    sharon = next(ws.rows("people", "name = 'Sharon Whitfield'"))
    with pytest.raises(ValueError, match="person decision must be one of"):
        ws.decide("person", sharon["id"], "keep", who="A. Officer")


def test_case_file_decision_wins_over_default(ws):
    sharon = next(ws.rows("people", "name = 'Sharon Whitfield'"))
    assert sharon["source"] == "case_file"
    assert sharon["default_decision"] == "redact"
    assert sharon["reason"] == "third party: mother; no consent"


def test_subject_is_never_suggested(ws):
    texts = {r["text"] for r in ws.rows("suggestions")}
    assert not any("Jade" in t for t in texts)


def test_workspace_from_a_newer_version_is_refused(ws):
    from lifestory.errors import WorkspaceError

    ws.db.execute("PRAGMA user_version = 99")
    with pytest.raises(WorkspaceError, match="newer lifestory"):
        Workspace(ws.path)
