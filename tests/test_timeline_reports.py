"""How reports, logs and exports written by other hands are read: dates without their year,
feast days, a system's own labels, a monthly report's table of incidents, the papers of a
bundle, the child's initials and the day words were said."""

from __future__ import annotations

import datetime as dt

import pytest

from lifestory.timeline.dates import find_dates
from lifestory.timeline.entries import document_date, entries_on_page, header_dates
from lifestory.timeline.mentioned import events
from lifestory.timeline.view import story
from lifestory.timeline.voice import child_quotes, initials, views_blocks
from tests.conftest import analysed_notes

NAMES = ["Demi-Leigh Whitcombe", "Demi-Leigh"]
CIARAN = ["Ciarán Hanratty", "Ciarán"]


def _dates(text, on):
    return [(text[d.start : d.end], d.iso, d.precision) for d in find_dates(text, on=on)]


# -- dates a dated note gives without their year --------------------------------------------

@pytest.mark.parametrize(("text", "on", "iso"), [
    ("I saw her at home on Monday 10 September for her review", dt.date(2007, 9, 12),
     "2007-09-10"),
    ("signed off on Friday 25th August: 22 hours", dt.date(2023, 8, 29), "2023-08-25"),
    ("what I done at your shop on the 15th April.", dt.date(2023, 6, 18), "2023-04-15"),
    ("our production of Bugsy Malone (8 and 9 July) was", dt.date(2021, 7, 16), "2021-07-08"),
    ("his results came out last Thursday: 7 GCSEs", dt.date(2023, 8, 29), "2023-08-24"),
    ("Granny came on Easter Sunday with Declan", dt.date(2023, 5, 3), "2023-04-09"),
    ("went missing on Hallowe'en with older boys", dt.date(2022, 1, 5), "2021-10-31"),
    # The weekday given settles it: the next 19th March that is a Saturday.
    ("the next session with Julie, Sat 19th March, in Aldridge", dt.date(2022, 3, 4),
     "2022-03-19"),
])
def test_a_day_without_its_year_is_read_from_the_note(text, on, iso):
    assert [d[1] for d in _dates(text, on)] == [iso]


@pytest.mark.parametrize("text", [
    "a photo of Bailey in his Christmas jumper",  # Christmas names no time here
    "I think 8 may be enough",
    "this summer she swam",
])
def test_words_that_only_look_like_dates(text):
    assert _dates(text, dt.date(2020, 3, 1)) == []


# -- where notes start ------------------------------------------------------------------------

def test_a_systems_own_date_label_opens_a_note():
    text = ("CONTACT RECORD 81266\nContact date    : 15-Jan-2024 14:00\nContact type    : "
            "Placement move\nMoved to supported lodgings in Portadown.\n")
    [(start, date)] = list(header_dates(text))
    assert (date.iso, text[start:].startswith("Contact date")) == ("2024-01-15", True)


def test_a_report_on_a_period_is_dated_by_its_end():
    text = "MONTHLY REPORT: 10/01/2022 - 10/02/2022\nSettling in\nHe arrived with two bags.\n"
    [(start, date)] = list(header_dates(text))
    assert (start, date.iso) == (0, "2022-02-10")


def test_a_date_of_birth_in_a_form_never_opens_a_note():
    text = "CHILD\nAMIRA HADDAD   DOB: 30/06/2008   Gender: F\nAddress: Flat 7\n"
    assert list(header_dates(text)) == []


def test_the_row_under_a_tables_header_is_not_a_sentence_running_on():
    text = ("Date | Contact with | Notes | Entered by\n10-Mar-18 | Mother | C ran to Mum. | CB\n"
            "24-Mar-18 | Aoife | First time C has seen his sister. | CB\n")
    assert [d.iso for _, d in header_dates(text)] == ["2018-03-10", "2018-03-24"]


REPORT = [
    "MONTHLY REPORT: 01/06/2022 - 30/06/2022\n"
    "Education\nEnd of Year 11. PEP meeting on 13/06/2022 with Ms Ferguson went well.\n"
    "Incidents and significant events\nDate Time Type What happened Police\n"
    "18/06/22 22:00 Missing from care CH did not return. Found by police at 02:15.\nYes\n"
    "26/06/22 16:30 Verbal abuse Swore at Davy. Apologised within the hour.\nNo\n"
    "CARNMEEN HOUSE\nMonthly report to social worker\n",
    "Ciarán's views\n\"I went because Jordy asked me. Next time I'll say no.\"\n"
    "Signed: Nuala Quinn (Key Worker)\n",
]


def test_a_reports_table_of_incidents_ends_where_the_report_goes_on():
    first = entries_on_page("r", 1, REPORT[0], subject_names=CIARAN)
    notes = sorted((e for e in first if e.kind in ("note", "continued")),
                   key=lambda e: e.start)
    assert [(e.kind, e.date) for e in notes] == [
        ("note", "2022-06-30"), ("note", "2022-06-18"), ("note", "2022-06-26"),
        ("continued", "2022-06-30")]
    assert "CARNMEEN" not in REPORT[0][notes[2].start : notes[2].end]
    # The child's views over the page are the report's, not the last incident's.
    second = entries_on_page("r", 2, REPORT[1], previous=notes[-1], outer=notes[0],
                             subject_names=CIARAN)
    assert {e.date for e in second} == {"2022-06-30"}
    assert "voice" in {e.category for e in second}


# -- events a note's sentences date ------------------------------------------------------------

def _events(text, note):
    date = find_dates(note)[0]
    return [(text[e.start : e.end], e.date.iso) for e in events(text, 0, len(text), date, None)]


def test_a_day_close_to_its_notes_is_an_event_when_the_sentence_places_it():
    text = ("PEP meeting on 13/10/2022 with Ms Ferguson and Clodagh about college. "
            "CAMHS (Dr Hannah Lowe) began on 15/01/2020 and she likes it. "
            "Recorded by Marcia Campbell, FSW, 21/10/2022. Date: 22/10/2022 Signed by the "
            "manager.\n")
    found = _events(text, "31/10/2022")
    assert [iso for _, iso in found] == ["2022-10-13", "2020-01-15"]


def test_dates_in_a_table_of_actions_are_when_things_are_due():
    text = ("Actions\nAction Who When\nSee Demi alone at school Tom Beardmore 28/06/2019\n"
            "Visit the grandmother's home Tom Beardmore 29/06/2019\n\n"
            "Demi was seen alone at school on 28/06/2019 by Tom and a detective.\n")
    assert [iso for _, iso in _events(text, "10/07/2019")] == ["2019-06-28"]
    assert _events(text, "10/07/2019")[0][0].startswith("Demi was seen")


def test_a_document_is_dated_by_its_form_field_not_a_sentence():
    text = ("LOOKED AFTER REVIEW\nDOB / ID 03/08/2006 / 2093318\nReview Third review. "
            "Wednesday 12/02/2020, 16:00\nAn adoption disruption meeting was held on 9th "
            "Oct 2019.\n")
    assert document_date(text, None).iso == "2020-02-12"
    table = "Applicant | Mrs Hanratty\nDate of birth | 9th March 1958\nCompleted 25 May 2018\n"
    assert document_date(table, None).iso == "2018-05-25"
    plan = "Date of plan: 14 September 2023. Next\nreview: 14/03/2024.\n"
    assert document_date(plan, None).iso == "2023-09-14"


# -- the child's words --------------------------------------------------------------------------

def test_the_childs_initials_speak_for_them():
    assert {"DLW", "DW", "D"} <= set(initials(NAMES))
    text = ("13:30 DLW asked 'Did you want to keep me?' Kerry: 'More than anything.'\n"
            "C: \"I want to see Babcia before she dies.\"\n")
    quotes = [text[s:e] for s, e in child_quotes(text, NAMES + ["Ciarán Hanratty"])]
    assert quotes == ["'Did you want to keep me?'", "\"I want to see Babcia before she dies.\""]


def test_words_after_the_childs_reported_speech_and_a_colon_are_theirs():
    text = ('He said that he and Jordan had been "messing about" in town, that Jordan had '
            'said the shutter was broken, and then: "It wasn\'t. I kicked it."')
    assert text[slice(*child_quotes(text, CIARAN)[-1])] == '"It wasn\'t. I kicked it."'


@pytest.mark.parametrize("heading", ["What Demi-Leigh said", "8. My comments on this plan"])
def test_more_headings_over_the_childs_views(heading):
    text = f"{heading}\n'I'm not my file.'\nWorker's reflections\nA warm session.\n"
    [(start, end)] = views_blocks(text, NAMES)
    assert "not my file" in text[start:end] and "warm" not in text[start:end]


def test_words_told_after_a_dated_sentence_were_said_that_day():
    text = ("Date: 25/05/2018 Kinship assessment\n5. Ciarán's views\nI spoke to Ciarán alone "
            "on 9 May 2018 in the back garden. He said: \"I want to stay here till I'm "
            "old.\"\n")
    voice = [e for e in entries_on_page("k", 1, text, subject_names=CIARAN)
             if e.kind == "voice"]
    assert voice and {e.date for e in voice} == {"2018-05-09"}


# -- a bundle of papers, through a real workspace -----------------------------------------------

BUNDLE = [
    ["RECORD OF ATTENDANCE AS APPROPRIATE ADULT", "Arrested Saturday 15th April 2023, 17:25",
     "Jade was calm and pale. She answered every question."],
    ["Youth Justice Agency", "YOUTH CONFERENCE PLAN", "Conference Tuesday 6 June 2023, 14:00",
     "What Jade said", "'I'm sorry I made you scared in your own shop.'"],
    ["Monitoring", "19/06/2023 Letter of apology handed in.",
     "24/06/2023 First Saturday at the community garden."],
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    ws = analysed_notes(tmp_path_factory.mktemp("bundle"), BUNDLE,
                        name="youth-justice-records.pdf")
    return story(ws)["entries"]


def test_pages_before_the_first_dated_line_are_told(bundle):
    said = [e for e in bundle if "scared in your own shop" in e["text"]]
    assert said, "the form's pages before the monitoring table are in the story"
    # The conference's page is a form of its own, dated by its own field.
    assert {e["date"] for e in said} == {"2023-06-06"}
    assert "voice" in {e["category"] for e in said}
