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
        ("summer 2009", "2009-01-01", "year"),  # a season names no month
        ("in the summer of 2012", "2012-01-01", "year"),
        ("Christmas 2007", "2007-12-01", "month"),
        ("Christmas Day 2008", "2008-12-25", "day"),
        ("Hallowe'en 2021", "2021-10-31", "day"),
        ("Halloween 2021", "2021-10-31", "day"),
        ("Easter Sunday 2023", "2023-04-09", "day"),
        ("07-Apr-18", "2018-04-07", "day"),
        ("15-Jan-2024 14:00", "2024-01-15", "day"),
        ("Mon 4th Nov 24", "2024-11-04", "day"),
        ("Wed 20th Feb 2019", "2019-02-20", "day"),
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
    # A handwritten log's short forms, retyped: "Weds", "Tues", two-digit years.
    text = "Tues 3.9.96\nBirthday tea.\nWeds 6.3.02 11.50pm\nBack late.\n"
    assert [e.date for e in notes(entries_on_page("log", 1, text))] == [
        "1996-09-03", "2002-03-06"]


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


# -- dates a note gives without their year, and what is not a date ------------------------

def test_a_month_without_its_year_is_the_last_one_before_the_note():
    [march] = find_dates("she sang at the Eisteddfod in March and came second",
                         on=dt.date(2017, 6, 12))
    assert (march.iso, march.precision) == ("2017-03-01", "month")
    [november] = find_dates("since November she has been calmer", on=dt.date(2017, 6, 12))
    assert november.iso == "2016-11-01"
    assert find_dates("she may be moved in March", on=None) == []  # no note date, no year
    assert [d.iso for d in find_dates("in March of 2009")] == ["2009-03-01"]


def test_page_numbers_and_counts_are_not_dates():
    assert find_dates("Pg 3/5 Exported", year=2019) == []
    assert find_dates("sleeping in own bed 5/7 nights", year=2019) == []
    assert [d.iso for d in find_dates("seen 3/5 at school", year=2019)] == ["2019-05-03"]


# -- where a note starts -----------------------------------------------------------------

def test_a_form_date_after_other_fields_opens_a_note_with_its_title():
    text = ("Manager's review: all done.\n"
            "INCIDENT REPORT - MISSING FROM CARE\n"
            "Ref. IR-21-004 Date / time Fri 05/02/2021, 15:35-22:00\n"
            "Category Missing from care (reported to police)\n")
    [note] = notes(entries_on_page("ir", 3, text))
    assert note.date == "2021-02-05"
    assert text[note.start:].startswith("INCIDENT REPORT")  # its title belongs to it
    assert note.title == "Incident report - missing from care"
    # A signature's bare "Date:" after a name is not a note of its own.
    assert notes(entries_on_page("a", 1, "Social worker: Anna Price  Date: 18/01/2010\n")) == []


@pytest.mark.parametrize("text", [
    "Manager's review. Safety plan updated. Mared Ellis,\n30/06/2020.\nMore text here.\n",
    "Callum taught you to ride a bike that summer. In\nJanuary 2012 a judge decided.\n",
    "Dr Prosser is offering 10 sessions. Next appointment\n15/10/2019.\n",
])
def test_a_date_wrapped_onto_the_next_line_does_not_open_a_note(text):
    assert notes(entries_on_page("doc", 1, text)) == []


def test_a_table_export_puts_the_type_of_note_under_its_date():
    text = ("Date Worker Entry\n04/08/2011\nLooked After\nreview\nJoanne Fletcher\n"
            "Independent\nReviewing Officer\n"
            "Your first review, held at Denise's house with you and your mum and dad there.\n")
    [note] = notes(entries_on_page("log", 1, text))
    assert note.category == "meeting"
    assert note.title == ("Your first review, held at Denise's house with you and your mum "
                          "and dad there")


def test_a_running_head_on_a_new_page_is_not_a_continued_note():
    first = entries_on_page("log", 1, "04/08/2011 Visit\nWe talked about school.\n")
    assert entries_on_page("log", 2, "Date Worker Entry\n", previous=notes(first)[-1]) == []


# -- events a note's sentences date --------------------------------------------------------

BORN = dt.date(2005, 10, 17)
FFION = ["Ffion Pritchard", "Ffion"]


def mentioned(text, born=BORN, names=FFION):
    return [e for e in entries_on_page("statement", 1, text, born=born, subject_names=names)
            if e.kind == "mentioned"]


def test_a_sentence_that_dates_two_things_is_two_events():
    text = ("Date: 12 June 2017\nShe married Gareth in 2004, and Ffion was born on 17th "
            "October 2005 at Wrexham Maelor Hospital.\n")
    married, born = mentioned(text)
    assert (married.date, married.date_precision) == ("2004-01-01", "year")
    assert text[married.start:married.end] == "She married Gareth in 2004"
    assert (born.date, born.category) == ("2005-10-17", "family")  # a birth is family
    assert text[born.start:born.end].startswith("Ffion was born")


def test_other_peoples_dates_of_birth_are_not_the_childs_events():
    text = ("Date: 12 June 2017\nI was born on 5th January 1961. My daughter was born on "
            "23 June 1987. Checks: father, DOB 09/02/1983, no trace. Young person Ffion "
            "Pritchard (DOB 17/10/2005) is settled. Their son Mason was born on 2 November "
            "2013 and Ffion adores him.\n")
    assert [e.date for e in mentioned(text)] == ["2013-11-02"]  # a younger brother's birth
    # Without the child's date of birth, only a birth the sentence gives the child counts.
    assert [e.date for e in mentioned(text + "Ffion was born on 17 October 2005.\n",
                                      born=None)] == ["2005-10-17"]


def test_print_dates_and_plans_are_not_events():
    text = ("Date: 12/03/2012 Type: LAC review\nNext review: 18/09/2012 at the foster home.\n"
            "Printed 02/11/2026 09:14 | SAR-2026-0142 | Client ID 1048213\n"
            "About this export: entries selected for the request, 11/01/2019 to 23/07/2021.\n"
            "Jade moved to her long-term foster placement on 14 March 2009.\n")
    assert [e.date for e in mentioned(text, born=None, names=NAMES)] == ["2009-03-14"]


def test_each_cell_of_a_table_row_can_date_an_event():
    text = ("2 | 28/03/2017 | 11/01/2019 | Connected person foster care (kinship) | "
            "ICO 30/03/2017; Care Order s31 02/11/2017 | C.Evans\n")
    [order] = [e for e in entries_on_page("csv", 1, text) if e.kind == "mentioned"]
    assert (order.date, text[order.start:order.end], order.category) == (
        "2017-11-02", "Care Order s31 02/11/2017", "meeting")


def test_an_event_is_read_with_the_rest_of_its_paragraph():
    text = ("Date: 12 June 2017\n7. On the night of 13th March 2017, at about eleven o'clock, "
            "Ffion rang me from the bathroom. She was whispering. She had her brother in the "
            "bath with her, with the door locked.\n8. Ffion has lived with me since 28 March "
            "2017.\n")
    night, lived = mentioned(text)
    assert (night.date, night.category) == ("2017-03-13", "concern")
    # The event is told on to the end of its paragraph, not into the next one.
    assert text[night.start:night.end].endswith("with the door locked.")
    assert (lived.date, lived.category) == ("2017-03-28", "placement")



def test_a_date_or_an_initial_with_full_stops_does_not_end_a_sentence():
    """A memo gives the day again in figures ("on 6.2.91") and names people by their
    initials ("Mrs M. Walsh"): the sentence goes on, and its date is an event."""
    text = ("Date: 7th February 1991\n2. At 2.15 p.m. on 6.2.91 Mrs M. Walsh, Officer in "
            "Charge, telephoned the duty officer. Staff saw bruising to both upper arms.\n")
    [event] = mentioned(text, born=dt.date(1987, 9, 3), names=["Kirsty Ackroyd"])
    assert event.date == "1991-02-06"
    assert "Mrs M. Walsh" in text[event.start:event.end]
    assert "bruising to both upper arms" in text[event.start:event.end]

# -- categories ----------------------------------------------------------------------------

def test_abbreviations_in_capitals_match_only_as_written():
    assert categorise("", "Nos da, Nain. She went to bed happy.") != "concern"
    assert categorise("", "Police attended a DA incident at the flat.") == "concern"


def test_who_wrote_a_note_is_not_what_it_is_about():
    heading = "Date: 02/12/2019   Type: Telephone call\nAuthor: Marcus Reid (Personal Adviser)"
    body = "Her nan rang: her brother wants to spend Christmas Day with Jade this year."
    assert categorise(heading, body) == "family"


def test_what_the_child_did_well_is_an_entry_even_inside_a_family_note():
    text = ("18/05/2013 Visit\nDenise told me you had joined the under-10s as their goalie. "
            "You saved a penalty and your team voted you player of the\nmatch. Family time: "
            "your mum came to 9 of the last 10 sessions and your dad sent a birthday card. "
            "You won't stop talking about your cousins and your brother.\n")
    entries = entries_on_page("log", 1, text)
    [note] = notes(entries)
    assert note.category == "family"
    joined, done = [e for e in entries if e.kind == "achievement"]  # joining a team, too
    assert (done.category, done.date) == ("achievement", "2013-05-18")
    assert "player of the\nmatch" in text[done.start:done.end]  # not "won't"
    assert "joined the under-10s" in text[joined.start:joined.end]



def test_a_move_is_an_entry_even_inside_a_note_about_a_worry():
    text = ("20/06/2020 21:35 EDT\nTariq walked into the police station and said his uncle had "
            "hit him after an argument. Strategy discussion with police: s47.\nTariq "
            "accommodated under s20. Emergency placement at Brook House (children's home).\n")
    entries = entries_on_page("log", 1, text)
    [note] = notes(entries)
    assert note.category == "concern"
    moves = [text[e.start:e.end] for e in entries if e.kind == "placement"]
    assert moves == ["Tariq accommodated under s20.",
                     "Emergency placement at Brook House (children's home)."]
    assert {e.category for e in entries if e.kind == "placement"} == {"placement"}

# -- the child's words ---------------------------------------------------------------------

def voices(text, names=NAMES):
    return [text[e.start:e.end] for e in entries_on_page("doc", 1, text, subject_names=names)
            if e.kind == "voice"]


def test_in_her_words_and_a_sentence_the_child_leads_give_their_words():
    text = ("03/03/2015 Visit\nVisit on Tuesday. You showed me the lasagne you had made with "
            "Denise, 'with three "
            "layers, not two', and we ate it. Mum watched 'Frozen' with you. You watched "
            "'Frozen' again. Jade's mum said 'she is doing so well'.\nIn her words: 'I'm not "
            "a bad kid, I just have bad days.'\n")
    found = voices(text, ["Kyle Brennan", "Kyle", "Jade"])
    assert any("three layers, not two" in v for v in found)
    assert any("I just have bad days" in v for v in found)
    assert not any("Frozen" in v or "doing so well" in v for v in found)


def test_a_section_of_the_childs_views_is_their_words():
    text = ("DATE: 07/03/2019 10:00\n4. Amira's views\nAmira wrote a letter for the conference, "
            "read out by the social worker: 'Dear Conference, I love my Mum and my Teta.\nFrom "
            "Amira (age 10).'\n5. Family's views\nHer mother said she 'will never let him "
            "back'.\n")
    [views] = voices(text, ["Amira Haddad", "Amira"])
    assert views.startswith("4. Amira's views") and "I love my Mum" in views
    assert "Family's views" not in views


def test_views_the_child_typed_are_their_words():
    text = ("Date: Tue, 02 Mar 2021 16:48:11 +0000\nHi Catrin,\nThanks,\nBethan\n\n"
            "---------- Ffion's views (typed by Ffion) ----------\nMY VIEWS - by Ffion\n\n"
            "1. where I want to live: with a family, with animals if poss.\n"
            "not because Ty Celyn is bad. I just want to be normal.\n\nlove Ffi x\n")
    [views] = voices(text, FFION)
    assert "I just want to be normal" in views and "love Ffi x" in views
    assert "Thanks" not in views


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Received into voluntary care at her mother's request.", "placement"),
        ("Short breaks started at the respite unit: one night a fortnight.", "placement"),
        ("He is a young carer for his mum.", "family"),
        ("Went to her cousin's wedding with Dadi and Nana.", "family"),
        ("He scored 40 for the under-12s on Saturday.", "achievement"),
        ("FGC held at the community centre with the wider family.", "meeting"),
        ("Weight has fallen below the 2nd centile.", "health"),
        ("He rang 999 when he could not wake his dad.", "concern"),
    ],
)
def test_words_of_each_category(text, category):
    assert categorise("", text) == category


def test_a_year_cut_short_by_an_apostrophe():
    [d] = find_dates("Came to us on 3rd April '92 with one bag.")
    assert (d.iso, d.precision) == ("1992-04-03", "day")


def test_a_monthly_logs_month_opens_a_note():
    text = "MONTH: March 2021        Completed by: host  31/03/2021\nA good month at college.\n"
    [note] = notes(entries_on_page("log", 1, text))
    assert (note.date, note.date_precision) == ("2021-03-01", "month")


def test_a_monthly_logs_months_open_a_note_dated_by_the_last():
    text = ("MONTH: April to July 2024        Completed by: host  31/07/2024\n"
            "Exams finished 21st June. Moved to his flat on the 22nd July.\n")
    [note] = notes(entries_on_page("log", 1, text))
    assert (note.date, note.date_precision) == ("2024-07-01", "month")
    assert "Moved to his flat" in text[note.start:note.end]

def test_an_event_is_told_on_past_a_field_that_dates_nothing():
    text = ("Date: 01/08/2024\nOn 14 March 2024 she passed her driving test\nPrinted "
            "31/07/2024\nShe drove us all to the beach.\n")
    [test] = mentioned(text)
    assert test.date == "2024-03-14"
    assert text[test.start:test.end].endswith("to the beach.")

def test_a_death_and_an_age_from_which_date_a_year():
    born = dt.date(2005, 6, 1)
    assert [d.iso for d in find_dates("Grandad died 2010. From the age of six she cooked.",
                                      born=born)] == ["2010-01-01", "2011-01-01"]


def test_something_done_for_the_first_time_is_an_entry_of_its_own():
    text = "14/05/2022 Family time at the park with Dad.\nRode her bike for the first time.\n"
    entries = entries_on_page("log", 1, text)
    assert [e.category for e in entries if e.kind == "achievement"] == ["achievement"]


def test_a_tie_goes_to_what_the_child_did_well_before_a_worry():
    text = "She won the medal and the prize. Police, ambulance, incident and a missing bag."
    assert categorise("", text) == "achievement"
