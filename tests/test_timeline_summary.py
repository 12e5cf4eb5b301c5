"""What the story says about the child beyond its entries: chapters named by home, the
summary of strengths and wishes in plain words, the people in their life in plain words;
and that none of it carries a redacted name or another person's date of birth."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from lifestory.timeline.people_index import index_rows, plain_role
from lifestory.timeline.view import redacted_dates, story
from tests.conftest import analysed_notes

NOTES = [
    [
        "Date: 11/04/2005   Type: Referral",
        "Author: Sarah Kitson (Social Worker)",
        "Details for checks: Sharon Whitfield, DOB 11/02/1979, of Halifax.",
        "Jade was born on 14 September 2001 at Calderdale Royal Hospital.",
        "PC Dave Hollins attended the house with a colleague. Jade's mum was upset.",
        "Date: 03/10/2008",
        "Author: Anna Price (Social Worker)",
        "Jade moved to live with foster carers Grace and Emmanuel Okafor in Halifax.",
    ],
    [
        "Date: 20/06/2010   Type: Statutory visit",
        "Author: Anna Price (Social Worker)",
        "Jade was kind to the younger children and brave at the dentist. She is good at",
        "spelling. Jade said 'I want to keep my swimming lessons'. Her mum rang.",
        "Her mother Sharon sent a card.",
    ],
]


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    return analysed_notes(tmp_path_factory.mktemp("summary"), NOTES)


@pytest.fixture(scope="module")
def told(ws):
    return story(ws)


def test_chapters_are_named_by_the_home_not_by_a_note(ws, told):
    redacted = {r["text"] for r in ws.rows("suggestions", "decision = 'redact'")}
    assert {"Grace", "Emmanuel Okafor"} <= redacted  # foster carers: redacted by default
    move = next(e for e in told["entries"] if e["date"] == "2008-10-03")
    assert "[removed" in move["title"]  # the note's own words would not read well
    titles = [c["title"] for c in told["chapters"]]
    assert titles == ["The early years", "From October 2008: Foster home"]


def test_another_persons_date_of_birth_is_not_an_event(told):
    dates = [e["date"] for e in told["entries"]]
    assert not any(d.startswith("1979") for d in dates)
    assert "1979" not in json.dumps(told)
    born = next(e for e in told["entries"] if e["date"] == "2001-09-14")
    assert (born["kind"], born["category"]) == ("mentioned", "family")  # the child's own
    assert told["chapters"][0]["from"] == "2001-09-14"  # chapter one starts at the birth


def test_an_entry_dated_by_a_redacted_date_is_left_out(ws, told):
    assert ("1979-02-11", "day") in redacted_dates(ws)  # the mother's date of birth
    assert not any(e["date"] == "1979-02-11" for e in told["entries"])
    # A note that only holds the redacted date is told, under its own date.
    referral = next(e for e in told["entries"] if e["date"] == "2005-04-11"
                    and e["kind"] == "note")
    assert "1979" not in referral["text"] and "[removed" in referral["text"]


def test_strengths_and_wishes_are_in_plain_words_and_linked(told):
    ids = {e["id"] for e in told["entries"]}
    strengths = {s["strength"]: s for s in told["summary"]["strengths"]}
    assert {"kind", "brave", "good at spelling"} <= set(strengths)
    assert all(s["text"] == s["strength"] and set(s["entries"]) <= ids and s["entry"] in ids
               for s in strengths.values())
    [wish] = told["summary"]["wishes"]
    assert (wish["wish"], wish["text"]) == ("to keep my swimming lessons",) * 2
    assert set(wish["entries"]) <= ids


def test_people_are_said_in_plain_words(told):
    described = [p["described_as"] for p in told["people"]]
    assert "your mother" in described and "a police officer" in described
    carers = next(p for p in told["people"] if p["described_as"] == "foster carers")
    assert (carers["name"], carers["people"]) == (None, 2)  # two people, one row
    unnamed = [p["described_as"] for p in told["people"] if p["name"] is None]
    assert len(unnamed) == len(set(unnamed))


def test_nothing_redacted_reaches_the_summary_chapters_or_people(ws, told):
    text = json.dumps({k: told[k] for k in ("chapters", "summary", "people", "entries")})
    for secret in {r["text"] for r in ws.rows("suggestions", "decision = 'redact'")}:
        assert secret not in text


def person(pid, *, relationship=None, role=None, category="third_party", decision="redact",
           name="x"):
    return {"id": pid, "name": name, "relationship": relationship, "role": role,
            "category": category, "decision": decision}


def test_relationship_words_and_short_forms_are_one_plain_row():
    people = [person("a", relationship="mum"), person("b", relationship="Mother"),
              person("c", role="pc", category="unclear"),
              person("d", relationship="MGM"),
              person("e", role="entry by", category="professional", decision="disclose",
                     name="Kevin Platt"),
              person("f", role="sw", category="professional", decision="disclose",
                     name="Anna Price"),
              person("g", role="xq", category="unclear")]
    spans = {p["id"]: ["2010-01-01", "2012-05-01"] for p in people}
    spans["b"] = ["2015-03-01"]
    rows = {r["described_as"]: r for r in index_rows(people, spans)}
    mother = rows["your mother"]
    assert (mother["people"], mother["first_seen"], mother["last_seen"]) == (
        2, "2010-01-01", "2015-03-01")
    assert "a police officer" in rows and "your grandmother on your mum's side" in rows
    assert rows["someone who worked with you"]["name"] == "Kevin Platt"
    assert rows["social worker"]["name"] == "Anna Price"
    assert "someone in your life" in rows  # an abbreviation nobody explained is not shown
    assert plain_role("IRO") == "independent reviewing officer"
    assert plain_role("Nan") == "grandmother"


def test_the_childs_own_birth_is_kept_without_a_date_of_birth_in_the_case():
    from lifestory.timeline.entries import entries_on_page

    text = "Date: 01/03/2022\nYou were born on 19 February 2004 at Stepping Hill Hospital.\n"
    [born] = [e for e in entries_on_page("letter", 1, text, subject_names=["Kyle"])
              if e.kind == "mentioned"]
    assert (born.date, born.category) == (dt.date(2004, 2, 19).isoformat(), "family")


def test_a_redacted_date_of_birth_is_not_told_in_another_form(tmp_path):
    """Tyler's date of birth is redacted in the family details; the letter that says he was
    born on 3 May 2004 would give it away as an entry's date."""
    ws = analysed_notes(tmp_path, [
        ["Date: 02/02/2006   Type: Assessment", "Author: Sarah Kitson (Social Worker)",
         "Family: brother Tyler Whitfield, DOB 03/05/2004, lives with his nan."],
        ["Date: 10/06/2007   Type: Letter", "Author: Anna Price (Social Worker)",
         "Jade's brother Tyler was born on 3 May 2004 in Leeds, when Jade was two."],
    ])
    assert ("2004-05-03", "day") in redacted_dates(ws)
    dates = {e["date"] for e in story(ws)["entries"]}
    assert "2004-05-03" not in dates and {"2006-02-02", "2007-06-10"} <= dates
