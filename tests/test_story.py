"""The story the pack tells: themes, glossary, chapters, gaps, people, memories; and that no
redacted name reaches any of it."""

from __future__ import annotations

import json

import pytest

from lifestory.analyse import analyse
from lifestory.ingest import ingest_paths
from lifestory.pipeline import init_workspace
from lifestory.timeline import themes
from lifestory.timeline.chapters import chapters, gaps
from lifestory.timeline.glossary import annotate
from lifestory.timeline.view import story
from tests.conftest import analysed_notes
from tests.pdfs import text_pdf

NOTES = [
    [
        "Date: 14/03/2007   Type: Home visit",
        "Author: Anna Price (Social Worker)",
        "Jade lives with her mother Sharon Whitfield. Police were called after a fight.",
        "Date: 02/10/2008   Type: Placement move",
        "Author: Anna Price (Social Worker)",
        "Jade was accommodated under s20 and moved to live with her foster carers.",
        "Jade said 'I want to keep my swimming lessons' and she was brave and kind.",
    ],
    [
        "Date: 20/06/2010   Type: LAC review",
        "Author: Mark Ellis (Independent Reviewing Officer)",
        "Contact with Sharon is monthly. Jade won a certificate for swimming.",
    ],
]


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    return analysed_notes(tmp_path_factory.mktemp("story"), NOTES)


def test_glossary_explains_without_changing_the_words():
    text = "Jade became LAC under s20; Contact with mum was at the centre."
    found = {text[a.start : a.end]: a.term for a in annotate(text)}
    assert found["LAC"].kinder == "child in care"
    assert found["Contact"].kinder == "family time"
    assert "s20" in found
    assert annotate("she had a pep in her step") == []  # short forms only as written


def test_content_notes_and_strengths():
    assert set(themes.content_notes("Police were called after a fight.")) >= {
        "police", "domestic abuse or violence"}
    assert themes.content_notes("Jade went swimming.") == []
    assert themes.is_strength("she was brave and kind")
    assert themes.interests("loves swimming and drawing") == ["drawing", "swimming"]


def test_story_of_a_case(ws):
    told = story(ws)
    entries = told["entries"]
    assert [e["date"] for e in entries if e["kind"] == "note"] == [
        "2007-03-14", "2008-10-02", "2010-06-20"]
    first = entries[0]
    assert "police" in first["content_notes"]
    voice = [e for e in entries if e["kind"] == "voice"]
    assert voice and voice[0]["wish"] and "swimming lessons" in voice[0]["text"]
    assert {"interest": "swimming", "entries": [e["id"] for e in entries
                                                if "swimming" in e["interests"]]} in (
        told["summary"]["interests"])
    assert any(g["term"] == "s20" for g in told["glossary"])
    assert [c["title"] for c in told["chapters"]][0] == "The early years"
    assert told["chapters"][1]["title"].startswith("From October 2008")


def test_no_redacted_name_reaches_the_story(ws):
    redacted = {r["text"] for r in ws.rows("suggestions", "decision = 'redact'")}
    assert {"Sharon Whitfield", "Sharon"} <= redacted
    text = json.dumps(story(ws))
    for secret in redacted:
        assert secret not in text
    people = story(ws)["people"]
    mother = next(p for p in people if p["described_as"] == "your mother")
    assert mother["name"] is None
    assert any(p["name"] == "Anna Price" and p["professional"] for p in people)


def test_gaps_are_stated():
    entries = [{"date": "2007-03-14"}, {"date": "2008-10-02"}, {"date": "2008-12-01"}]
    [gap] = gaps(entries, gap_months=6)
    assert (gap["from"], gap["to"], gap["months"]) == ("2007-03-14", "2008-10-02", 19)
    assert "Nothing was recorded between March 2007 and October 2008" in gap["text"]


def test_chapters_fall_back_to_years():
    entries = [{"id": str(i), "date": f"{y}-05-01", "category": "health", "kind": "note",
                "text": "", "title": ""} for i, y in enumerate([2008, 2008, 2009])]
    assert [c["title"] for c in chapters(entries)] == ["2008", "2009"]
    assert [e["chapter"] for e in entries] == [1, 1, 2]


def test_memories_and_annotations_are_signed(ws, tmp_path):
    photo = tmp_path / "pool.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    ws.add_memory("Jade", "Learning to dive at the big pool with Grace.", date="2009-07-01",
                  date_precision="month", photo=photo)
    entry = next(ws.rows("timeline_entries", "kind = 'note'", order_by="date"))
    ws.annotate(entry["id"], "Jade", "remember", "I remember the blue car.")
    told = story(ws)
    memory = next(e for e in told["entries"] if e["category"] == "memory")
    assert (memory["added_by"], memory["date"]) == ("Jade", "2009-07-01")
    assert (ws.path / memory["photo"]).read_bytes() == photo.read_bytes()
    annotated = next(e for e in told["entries"] if e["id"] == entry["id"])
    assert annotated["annotations"][0]["by"] == "Jade"
    assert annotated["text"].count("blue car") == 0  # the record's words are its own
    with pytest.raises(ValueError, match="annotation kind"):
        ws.annotate(entry["id"], "Jade", "gossip", "x")


def test_a_note_exported_twice_is_one_entry_citing_both(tmp_path, case_toml):
    folder = tmp_path / "export"
    folder.mkdir()
    text_pdf(folder / "case-notes.pdf", NOTES)
    text_pdf(folder / "chronology.pdf", [["Chronology export", *NOTES[1]]])
    ws = init_workspace(tmp_path / "ws", case_toml)
    ingest_paths(ws, [folder])
    analyse(ws)
    ws.accept_defaults("test")
    reviews = [e for e in story(ws)["entries"] if e["date"] == "2010-06-20"
               and e["kind"] == "note"]
    assert len(reviews) == 1
    [copy] = reviews[0]["also_in"]
    assert {reviews[0]["source"]["document"], copy["document"]} == {"case-notes.pdf",
                                                                     "chronology.pdf"}
