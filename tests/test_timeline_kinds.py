"""A record's own kind (a document's title, a chronology's type column, a note's type field)
leans its entries' category."""

from __future__ import annotations

import pytest

from lifestory.timeline import kinds
from lifestory.timeline.entries import categorise, document_entries, entries_on_page, leaning

WORRIES = "Police shared the incident log: he was missing overnight.\n"


def notes(entries):
    return [e for e in entries if e.kind == "note"]


@pytest.mark.parametrize(
    ("label", "category"),
    [
        ("Child protection conference", "meeting"),  # the longest kind word names it
        ("Referral", "concern"),
        ("Placement move", "placement"),
        ("IRD", "meeting"),
        ("Journey", "placement"),
        ("college progress review", "education"),
        ("Family support session", None),  # a service, not a kind of record
        ("Office", None),
    ],
)
def test_the_kind_a_label_names(label, category):
    assert kinds.kind_of(label) == category


def test_the_kind_a_document_title_names():
    assert kinds.title_kind("icpc-minutes-2008-05-21.pdf") == "meeting"
    assert kinds.title_kind("cp-case-conference-2014-08-12.pdf") == "meeting"
    assert kinds.title_kind("health-correspondence-2007-2020.pdf") == "health"
    assert kinds.title_kind("case-notes-2005-2019.pdf") is None


def test_minutes_full_of_worries_are_a_meeting():
    text = "Date of meeting 19/04/2024\n" + WORRIES
    [page] = [e for e in document_entries("d", "strategy-meeting-2024-04-19.pdf",
                                          [(1, text)], None) if e.kind == "document"]
    assert page.category == "meeting"
    [page] = [e for e in document_entries("d", "file-note-2024-04-19.txt", [(1, text)], None)
              if e.kind == "document"]
    assert page.category == "concern"


def test_a_title_leans_the_notes_and_pages_of_its_document_not_the_events_they_tell():
    page1 = "Date / time Tuesday 12th August 2014, 13:30\n" + WORRIES
    page2 = "The police said the risk is high. Both children were seen by the nurse.\n"
    first = entries_on_page("d", 1, page1, titled="meeting")
    [note] = notes(first)
    assert note.category == "meeting"
    [continued] = [e for e in entries_on_page("d", 2, page2, previous=note, titled="meeting")
                   if e.kind == "continued"]
    assert continued.category == "meeting"
    assert notes(entries_on_page("d", 1, page1))[0].category == "concern"  # no title


CHRONOLOGY = "Event date | Date accuracy | Event type | Event | Recorded by\n"


def test_a_chronology_type_column_classifies_its_rows():
    rows = (CHRONOLOGY
            + "14/03/2016 | Exact | Placement | Moved, with her brother, to her maternal "
              "aunt and uncle (kinship care). | R Maclean\n"
            + "01/07/2020 | Month | Journey | Left home with his older brother and walked to "
              "the border. | C Okonkwo\n")
    assert [e.category for e in notes(entries_on_page("csv", 1, rows))] == [
        "placement", "placement"]
    # Without the header the same words are about family.
    assert [e.category for e in notes(entries_on_page("csv", 1, rows[len(CHRONOLOGY):]))
            ][0] == "family"


def test_a_table_header_carries_on_to_its_rows_on_later_pages():
    columns = kinds.table_columns(CHRONOLOGY)
    row = ("14/03/2016 | Exact | Placement | Moved, with her brother, to her maternal aunt "
           "and uncle. | R Maclean\n")
    [note] = notes(entries_on_page("csv", 2, row, columns=columns))
    assert note.category == "placement"


def test_a_type_does_not_lean_away_what_the_child_did_well():
    row = "18/01/2024 | N | Education | Functional Skills Maths Level 1 passed with 88%. | JM\n"
    [note] = notes(entries_on_page("csv", 1, CHRONOLOGY + row))
    assert note.category == "achievement"


def test_a_notes_type_field_or_label_counts_for_a_little_more():
    heading = "Date: 12/10/2022 Type: Court"
    body = "The order was explained to him. His foster carer came too.\n"
    assert kinds.type_field(heading, body) == "Court"
    assert categorise(heading, body) == "placement"  # a tie, without the type's lean
    [note] = notes(entries_on_page("log", 1, f"{heading}\n{body}"))
    assert note.category == "meeting"
    text = "12/10/2022 | Court | Worker: C Okonkwo (SW)\n" + body
    assert kinds.label_after(text, len("12/10/2022")) == "Court"
    assert notes(entries_on_page("log", 1, text))[0].category == "meeting"


def test_a_type_in_a_sentence_is_not_a_type_field():
    assert kinds.type_field("", "She has type 2 diabetes and sees the nurse.") is None
    assert kinds.type_field("Type of hearing Review of order", "") == "Review of order"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("04/08/2014 IRD", "Inter-agency referral discussion (SW, HV). Both children seen."),
        ("23/06/2015 Review CPCC", "Both names removed from the Child Protection Register."),
        ("30/11/2023 - Pathway planning", "Came for the first pathway meeting. She said: "
                                          "\"I want to stay till I'm ready.\""),
        ("2019-05-07 CGM 2", "M completed the Freedom Programme. CYP happier, joined choir."),
    ],
)
def test_scottish_and_multi_agency_meetings(heading, body):
    assert categorise(heading, body) == "meeting"


@pytest.mark.parametrize(
    ("text", "category", "clue", "clue_category"),
    [
        ("Duty checks: CYP staying at her uncle's all week with her cousins, 'having the "
         "best time'. No concerns. Her nan is aware.", "family",
         "Concerns about bruising on her arm.", "concern"),
        ("Transfer to the leaving care team at the transfer meeting.\nLough Shore Health and "
         "Social Care Trust - Children's Community Services", "meeting",
         "Transfer meeting. Health assessment booked.", "health"),
    ],
)
def test_what_is_no_clue_to_what_a_note_is_about(text, category, clue, clue_category):
    """What a note says did not happen ("No concerns."), and the name of the body holding
    the record (a Health and Social Care Trust); the same words as clues do count."""
    assert categorise("", text) == category
    assert categorise("", clue) == clue_category


def test_exam_results_are_an_achievement_whatever_the_type_says():
    """A care leaver reads their results as something they did (ground truths agree)."""
    for heading, body in [("25.08.22 | Education", "GCSE results: English 5, Drama 7, Art 5."),
                          ("08/08/2023 - Education", "SQA results: five National 5s, "
                                                     "including an A in PE.")]:
        assert categorise(heading, body, typed=leaning("cell", "education")) == "achievement"


EXPORT = ("Client No | Client Name | Event Date | Event Type | Detail | Worker\n"
          "4400121 | PARKER, Robyn | 04/02/1992 | Placement | Moved to her aunt's home in "
          "Selby. | JB\n"
          "4400121 | PARKER, Robyn | 11/05/1992 | Education | Started at Brook Lane Primary. | "
          "JB\n")


def test_an_exports_rows_are_dated_by_its_date_column():
    assert kinds.date_columns(EXPORT)[2] == "Event Date"
    assert [(e.date, e.category) for e in notes(entries_on_page("csv", 1, EXPORT))] == [
        ("1992-02-04", "placement"), ("1992-05-11", "education")]
    # A table of people dated by their birth opens nothing.
    people = "Name | Relationship | Date of birth\nAnn Parker | mother | 02/03/1970\n"
    assert kinds.date_columns(people) is None


NOTES_EXPORT = "Date | Worker | Team | Note Type | Note | Entered On\n"


def test_an_exports_type_column_is_read_when_its_note_runs_on_over_lines():
    """The note's cell runs over lines, so the row's first line has fewer cells than the
    header: the cells before its last are whole, the type among them."""
    row = ("21/11/2014 23:55 | A Ogunleye | Duty Team | Child Accommodated | Went to his "
           "grandmother's tonight with his sister.\nHis uncle drove them; his mum is in "
           "hospital. | 22/11/2014\n")
    assert kinds.type_cell(row.split("\n")[0], kinds.table_columns(NOTES_EXPORT)) == (
        "Child Accommodated")
    [note] = notes(entries_on_page("csv", 1, NOTES_EXPORT + row))
    assert note.category == "placement"
    assert notes(entries_on_page("csv", 1, row))[0].category == "family"  # no header


def test_who_wrote_a_row_is_no_clue_to_what_it_is_about():
    header = "Chronology Date | Date Accuracy | Event Type | Event Detail | Entered By\n"
    row = "2023-09-14 | Exact | Meeting | Transition meeting at school. | N Proud\n"
    assert "Proud" not in kinds.without_who(row, header.strip().split(" | "))
    [note] = notes(entries_on_page("csv", 1, header + row))
    assert note.category == "meeting"  # not an achievement for Ms Proud's name


def test_a_meeting_about_worries_is_a_meeting():
    row = ("11/01/2021 | Exact | IRD | IRD (risk of child sexual exploitation): police "
           "concerns about older men. | R Maclean\n")
    [note] = notes(entries_on_page("csv", 1, CHRONOLOGY + row))
    assert note.category == "meeting"
    assert categorise("", row) == "concern"  # the same words, when nothing names a meeting
    assert categorise("Date: 11/01/2021", WORRIES, typed=leaning("field", "meeting")) == (
        "meeting")


def test_the_relatives_a_note_names_say_who_was_there_not_what_happened():
    text = ("He rang 999 because he could not wake his mum. His nan, his grandad, his uncle "
            "and his baby brother came to the hospital.")
    assert categorise("", text) == "concern"
    assert categorise("", "Family time with his mum and his nan at the park.") == "family"


RUNNING = "DATE TYPE RECORD SEEN INIT\n"


def test_a_running_records_type_column_names_its_notes_kind():
    text = (RUNNING
            + "22/2/05 mtg CIN review at Bosvenna Primary. Attendance 96% since her return.\n"
              "- GM\n"
              "21/09/06 HV unann Unannounced HV 4pm. Flat tidy.\n- KP\n")
    assert kinds.running_type(text, text.index(" mtg")) == "mtg"
    assert kinds.running_type(text, text.index(" HV unann")) == "HV unann"
    assert kinds.running_type(text[len(RUNNING):], text.index(" mtg") - len(RUNNING)) is None
    assert [e.category for e in notes(entries_on_page("rr", 1, text))][0] == "meeting"
    assert notes(entries_on_page("rr", 1, text[len(RUNNING):]))[0].category == "education"


@pytest.mark.parametrize("text", ["Took JT to see GGM at the nursing home.",
                                  "PGM rang; the children stay with her tonight."])
def test_a_grandparent_written_short_is_family(text):
    assert categorise("", text) == "family"


def test_a_word_inside_a_longer_word_of_another_category_is_that_categorys():
    assert categorise("", "Child protection medical today: a bruise on his arm.") == "health"
    assert categorise("", "Initial child protection conference held at the civic centre.") == (
        "meeting")
    assert categorise("", "Child protection concerns: a bruise on his arm.") == "concern"
