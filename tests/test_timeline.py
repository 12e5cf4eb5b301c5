"""Dates in every common UK form, and dated notes becoming entries."""

from __future__ import annotations

import datetime as dt

import pytest

from lifestory.timeline.dates import find_dates
from lifestory.timeline.entries import categorise, entries_on_page


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("14/03/2009", "2009-03-14", "day"),
        ("14.03.09", "2009-03-14", "day"),
        ("14-3-2009", "2009-03-14", "day"),
        ("14 March 2009", "2009-03-14", "day"),
        ("14th Mar 2009", "2009-03-14", "day"),
        ("3rd of June, 2010", "2010-06-03", "day"),
        ("2009-03-14", "2009-03-14", "day"),
        ("March 2009", "2009-03-01", "month"),
        ("Sept 2015", "2015-09-01", "month"),
        ("summer 2009", "2009-07-01", "month"),
        ("in 2009", "2009-01-01", "year"),
    ],
)
def test_date_forms(text, iso, precision):
    [date] = find_dates(f"seen on {text} at home")
    assert (date.iso, date.precision) == (iso, precision)


def test_impossible_dates_are_not_dates():
    assert find_dates("31/02/2009 and 45/13/2009") == []


NAMES = ["Jade Whitfield", "Jade", "JJ"]


def notes(entries):
    return [e for e in entries if e.kind == "note"]


def test_dated_notes_become_entries():
    text = (
        "Case Notes Report\n"
        "Date: 14/03/2009   Type: Home visit\n"
        "Visited Jade. She said she wants to stay with her carers.\n"
        "02/04/2009 Family time at the centre with her brother.\n"
        "A note written on 3 April 2009 in passing is not a new entry.\n"
    )
    first, second = notes(entries_on_page("doc", 1, text, subject_names=NAMES))
    assert (first.date, first.title, first.category) == ("2009-03-14", "Home visit",
                                                         "placement")
    assert text[first.start : first.end].startswith("Date: 14/03/2009")
    assert (second.date, second.category) == ("2009-04-02", "family")
    assert "in passing" in text[second.start : second.end]


def test_weekday_before_the_date_opens_a_note():
    text = "Wed 06/02/2019 EARLY 07:30-15:00\nYP up first call.\nThu 07/02/2019 LATE\nQuiet.\n"
    assert [e.date for e in notes(entries_on_page("log", 1, text))] == [
        "2019-02-06", "2019-02-07"]


def test_a_note_runs_on_over_the_page_break():
    first = entries_on_page("doc", 1, "12/06/2008 Home visit\nJade was drawing.")
    [continued] = entries_on_page("doc", 2, "She showed me a swimming badge.\n",
                                  previous=notes(first)[-1])
    assert (continued.kind, continued.date, continued.page_number) == ("continued",
                                                                       "2008-06-12", 2)


def test_the_childs_own_words_are_entries_of_their_own():
    text = ("Date: 14/03/2009 Type: Placement move\nJade moved to her long-term placement. "
            "Jade said she wants to stay at Grace's because 'she makes pancakes on Sundays'. "
            "Her mother said 'it is for the best'.\n")
    voice = [e for e in entries_on_page("doc", 1, text, subject_names=NAMES)
             if e.kind == "voice"]
    assert len(voice) == 1
    assert (voice[0].category, voice[0].date, voice[0].title) == (
        "voice", "2009-03-14", "In your own words")
    assert "pancakes on Sundays" in text[voice[0].start : voice[0].end]


def test_events_a_later_note_mentions_are_dated_too():
    born = dt.date(2004, 2, 19)
    text = ("Date: 01/03/2022 Type: Later life letter\n"
            "In 2009 your mum and dad separated. When you were 7 you moved to live with "
            "Denise and Paul.\n")
    mentioned = [e for e in entries_on_page("doc", 1, text, born=born)
                 if e.kind == "mentioned"]
    assert [(e.date, e.date_precision) for e in mentioned] == [
        ("2009-01-01", "year"), ("2011-01-01", "year")]


@pytest.mark.parametrize(
    ("heading", "body", "category"),
    [
        ("Type: LAC review", "The review was chaired by the IRO.", "meeting"),
        ("Type: Placement move", "Jade moved to her new foster placement.", "placement"),
        ("Type: Missing episode", "Police were informed that Jade was missing.", "concern"),
        ("Type: School", "Jade won a certificate and the head teacher praised her.",
         "achievement"),
        ("Type: Health assessment", "Seen by the LAC nurse; immunisations up to date.", "health"),
    ],
)
def test_categories(heading, body, category):
    assert categorise(heading, body) == category


def test_dates_that_need_the_note_year_or_the_birthday():
    [week] = find_dates("w/c 12/8 staying with cousins", year=2019)
    assert (week.iso, week.precision) == ("2019-08-12", "day")
    [age] = find_dates("when you were 7 you moved", born=dt.date(2004, 2, 19))
    assert (age.iso, age.precision) == ("2011-01-01", "year")
    assert find_dates("the Children Act 1989 says") == []


def test_rows_of_a_table_export_are_entries():
    text = ("Placement no. | Start date | End date | Placement type\n"
            "1 | 14/03/2017 | 28/03/2017 | Emergency foster care\n"
            "2 | 28/03/2017 | 11/01/2019 | Connected person foster care\n")
    rows = notes(entries_on_page("csv", 1, text))
    assert [(e.date, e.category) for e in rows] == [("2017-03-14", "placement"),
                                                   ("2017-03-28", "placement")]
