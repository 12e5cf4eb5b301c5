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


# -- what the officer changes on the timeline ---------------------------------------------------

def first_entry(ws: Workspace) -> dict:
    return next(ws.rows("timeline_entries", "kind = 'note'", order_by="date, id"))


def test_editing_an_entry_is_saved_audited_and_undone(ws):
    entry = first_entry(ws)
    previous = ws.edit_entry(entry["id"], "A. Officer", title="  The first  home visit ",
                             category="family", content_notes=["a hard visit", " "])
    row = next(ws.rows("timeline_entries", "id = ?", [entry["id"]]))
    assert (row["edited_title"], row["category"], row["edited_category"]) == (
        "The first home visit", "family", "family")
    assert row["content_notes"] == '["a hard visit"]'
    [audit] = ws.rows("audit_log", "action = 'edit'")
    assert (audit["who"], audit["target_id"]) == ("A. Officer", entry["id"])
    assert '"to": "family"' in audit["detail"]
    ws.undo_edit(previous, "A. Officer")
    row = next(ws.rows("timeline_entries", "id = ?", [entry["id"]]))
    assert (row["edited_title"], row["category"], row["content_notes"]) == (
        None, entry["category"], None)
    assert [a["action"] for a in ws.rows("audit_log", "target_id = ?", [entry["id"]],
                                         order_by="id")] == ["edit", "undo"]


def test_an_edit_that_changes_nothing_is_not_audited(ws):
    entry = first_entry(ws)
    result = ws.edit_entry(entry["id"], "A. Officer", title="  ", content_notes=None)
    assert result["changed"] == []
    assert ws.count("audit_log", "action = 'edit'") == 0
    with pytest.raises(ValueError, match="category must be one of"):
        ws.edit_entry(entry["id"], "A. Officer", category="gossip")


def test_a_new_analysis_keeps_what_the_officer_edited(ws):
    entry = first_entry(ws)
    new_category = "health" if entry["category"] != "health" else "family"
    ws.edit_entry(entry["id"], "A. Officer", title="My title", category=new_category,
                  content_notes=[])
    analyse(ws)
    row = next(ws.rows("timeline_entries", "id = ?", [entry["id"]]))
    assert (row["edited_title"], row["category"], row["content_notes"]) == (
        "My title", new_category, "[]")


def test_care_leavers_annotation_is_marked_theirs_and_included_if_they_wish(ws):
    entry = first_entry(ws)
    note = ws.annotate(entry["id"], "Jade", "question", "Why did I move?", include=False,
                       from_subject=True, recorded_by="A. Officer")
    [saved] = ws.annotations_on(entry["id"])
    assert (saved["author"], saved["from_subject"], saved["include"]) == ("Jade", 1, 0)
    audit = list(ws.rows("audit_log", "action = 'annotate'"))[-1]
    assert audit["who"] == "A. Officer" and '"author": "Jade"' in audit["detail"]
    ws.include_annotation(note, True, "A. Officer")
    assert ws.annotations_on(entry["id"])[0]["include"] == 1
    with pytest.raises(ValueError, match="needs some text"):
        ws.annotate(entry["id"], "Jade", "question", "   ")


def test_memory_recorded_for_someone_is_audited_with_the_officer(ws, tmp_path):
    memory = ws.add_memory("Marcus Reid", "Jade taught the whole team to play cards.",
                           date="2009", date_precision="year", recorded_by="A. Officer")
    audit = list(ws.rows("audit_log", "action = 'add_memory'"))[-1]
    assert (audit["who"], audit["target_id"]) == ("A. Officer", memory)
    with pytest.raises(ValueError, match="no such photo"):
        ws.add_memory("Jade", "The gala.", photo=tmp_path / "missing.jpg")


def test_timeline_rows_are_read_in_windows_with_memories_and_hidden_entries(ws):
    entries = list(ws.rows("timeline_entries", order_by="date, id"))
    ws.decide("timeline_entry", entries[0]["id"], "hide", "A. Officer", why="a duplicate")
    ws.add_memory("Jade", "The blue bike.", date="2009-05-01", date_precision="month")
    ws.add_memory("Jade", "A song we sang.")
    rows = ws.timeline_rows("2009-01-01", "2010-01-01")
    assert [r["row_type"] for r in rows].count("memory") == 1
    assert entries[0]["id"] in [r["id"] for r in rows]  # hidden entries stay reviewable
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert ws.timeline_rows("2009-01-01", "2010-01-01", limit=1, offset=1)[0] == rows[1]
    assert [r["text"] for r in ws.timeline_rows(undated=True)] == ["A song we sang."]
    last = rows[-1]
    assert ws.timeline_position("2009-01-01", "2010-01-01", before=(
        last["date"], last["row_type"], last["id"])) == len(rows) - 1
    assert ws.timeline_row("entry", entries[0]["id"])["decision"] == "hide"
    assert ws.timeline_years() == ["2009", "2010"]
    outline = ws.timeline_outline()
    assert entries[0]["id"] not in [e["id"] for e in outline]


def test_next_undecided_entry_goes_round(ws):
    entries = list(ws.rows("timeline_entries", order_by="date, id"))
    first = ws.next_undecided_entry()
    assert first["id"] == entries[0]["id"]
    ws.decide("timeline_entry", entries[1]["id"], "include", "A. Officer")
    after = ws.next_undecided_entry((entries[0]["date"], entries[0]["id"]))
    assert after["id"] == entries[2]["id"]
    last = entries[-1]
    assert ws.next_undecided_entry((last["date"], last["id"]))["id"] == entries[0]["id"]


def test_the_pack_story_honours_hidden_entries_and_edited_titles(ws):
    from lifestory.release.timeline_json import reviewed_story

    ws.accept_defaults("A. Officer")
    entries = list(ws.rows("timeline_entries", "kind = 'note'", order_by="date, id"))
    hidden, edited = entries[0], entries[1]
    ws.decide("timeline_entry", hidden["id"], "hide", "A. Officer", why="not about Jade")
    ws.edit_entry(edited["id"], "A. Officer", title="Cards with my brother",
                  content_notes=["family time"])
    told = reviewed_story(ws)
    by_id = {e["id"]: e for e in told["entries"]}
    assert hidden["id"] not in by_id
    assert not any(hidden["id"] in c["entries"] for c in told["chapters"])
    assert by_id[edited["id"]]["title"] == "Cards with my brother"
    assert by_id[edited["id"]]["content_notes"] == ["family time"]
    ws.edit_entry(edited["id"], "A. Officer", content_notes=[])
    assert {e["id"]: e for e in reviewed_story(ws)["entries"]}[edited["id"]][
        "content_notes"] == []


# -- redactions a person marks, exemption codes, merging and splitting people ---------------

def test_a_missed_name_is_redacted_everywhere_it_is_written(ws):
    found = ws.occurrences("swimming")
    assert len(found) == 2 and {f[1] for f in found} == {1, 2}
    doc, page, start, end = found[0]
    assert ws.page(doc, page)["text"][start:end].lower() == "swimming"
    ids = ws.redact_spans(found, "A. Officer", "3P", "")
    saved = list(ws.rows("suggestions", "rule = 'manual'"))
    assert {s["id"] for s in saved} == set(ids)
    assert {(s["decision"], s["decided_by"], s["exemption_code"]) for s in saved} == {
        ("redact", "A. Officer", "3P")}
    assert saved[0]["reason"].startswith("This is information about another person")
    assert ws.count("audit_log", "action = 'redact_selection'") == 2
    analyse(ws)  # a new analysis keeps what a person marked
    assert ws.count("suggestions", "rule = 'manual' AND decision = 'redact'") == 2
    with pytest.raises(KeyError, match="unknown exemption code"):
        ws.redact_spans(found, "A. Officer", "NOPE", "")


def test_occurrences_match_whole_words_across_spacing(ws):
    assert ws.occurrences("swim") == []
    assert len(ws.occurrences("Dean   CARVER")) == 1


def test_changing_the_exemption_code_is_kept_audited_and_undone(ws):
    s = next(ws.rows("suggestions", "exemption_code = '3P'"))
    previous = ws.set_exemption(s["id"], "A. Officer", "SW", "Likely to cause serious harm.")
    row = next(ws.rows("suggestions", "id = ?", [s["id"]]))
    assert (row["exemption_code"], row["reason"]) == ("SW", "Likely to cause serious harm.")
    analyse(ws)
    row = next(ws.rows("suggestions", "id = ?", [s["id"]]))
    assert (row["exemption_code"], row["reason"]) == ("SW", "Likely to cause serious harm.")
    ws.undo_edit(previous, "A. Officer")
    row = next(ws.rows("suggestions", "id = ?", [s["id"]]))
    assert (row["exemption_code"], row["edited_exemption_code"]) == ("3P", None)
    assert [a["action"] for a in ws.rows("audit_log", "target_id = ?", [s["id"]],
                                         order_by="id")] == ["exemption", "undo"]


def test_merging_two_people_moves_every_mention(ws):
    sharon = next(ws.rows("people", "name = 'Sharon Whitfield'"))
    dean = next(ws.rows("people", "name LIKE 'Dean%'"))
    ws.decide("person", sharon["id"], "redact", "A. Officer")
    dean_mentions = ws.count("suggestions", "person_id = ?", [dean["id"]])
    before = ws.count("suggestions", "person_id = ?", [sharon["id"]])
    ws.merge_people(sharon["id"], dean["id"], "A. Officer")
    assert ws.count("people", "id = ?", [dean["id"]]) == 0
    assert ws.count("suggestions", "person_id = ? AND decision = 'redact'",
                    [sharon["id"]]) == before + dean_mentions
    assert dean["name"] in next(ws.rows("people", "id = ?", [sharon["id"]]))["variants"]
    [audit] = ws.rows("audit_log", "action = 'merge_people'")
    assert audit["who"] == "A. Officer" and dean["id"] in audit["detail"]
    with pytest.raises(ValueError, match="merged with themselves"):
        ws.merge_people(sharon["id"], sharon["id"], "A. Officer")
    assert [p["id"] for p in ws.find_people("whitfield")][:1] == [sharon["id"]]


def test_splitting_a_mention_off_a_person(ws):
    sharon = next(ws.rows("people", "name = 'Sharon Whitfield'"))
    ws.decide("person", sharon["id"], "redact", "A. Officer")
    mention = next(ws.rows("suggestions", "person_id = ?", [sharon["id"]]))
    person_id = ws.split_mention(mention["id"], "A. Officer")
    person = next(ws.rows("people", "id = ?", [person_id]))
    assert (person["name"], person["category"], person["flagged"], person["decision"]) == (
        mention["text"], "unclear", 1, None)
    row = next(ws.rows("suggestions", "id = ?", [mention["id"]]))
    assert (row["person_id"], row["decision"]) == (person_id, None)
    assert ws.count("audit_log", "action = 'split_mention'") == 1
