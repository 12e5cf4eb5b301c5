"""How reports, logs and exports written by other hands are read: dates without their year,
feast days, a system's own labels, a monthly report's table of incidents, the papers of a
bundle, the child's initials and the day words were said."""

from __future__ import annotations

import datetime as dt

import pytest

from lifestory.timeline.dates import find_dates
from lifestory.timeline.entries import (
    document_date,
    document_entries,
    entries_on_page,
    header_dates,
    named_date,
    page_lines,
    report_date,
)
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
    "Stuart signed off his last Saturday at the garden",  # his final one, not the day
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


def test_a_date_wrapped_with_its_weekday_goes_on_the_sentence_above():
    text = ("Decision\nDate of hearing Monday 22nd February 2021\nShe moved to Millbrae on "
            "14/01/2021, and the hearing on\nMonday 18 January 2021 varied the order.\n")
    assert [d.iso for _, d in header_dates(text)] == ["2021-02-22"]


def test_each_message_of_an_e_mail_thread_is_dated_by_its_sent_line():
    text = ("Date: Thu, 16 Nov 2023 17:41:09 +0000\nSubject: RE: good news\nHi all,\n\n"
            "-----Original Message-----\nFrom: Bernadette Clarke\nSent: 15 November 2023 "
            "07:58\nSubject: Re: good news\nHe was up at 6 making coffee for everyone.\n")
    assert [d.iso for _, d in header_dates(text)] == ["2023-11-16", "2023-11-15"]


def test_a_table_of_targets_dates_no_notes():
    text = ("Targets for next year\nTarget By when Who helps\nEnrol on the Level 1 "
            "Diploma in his own\nname\nAug 2024 Filmon, Jordan Mills (PA)\n")
    assert list(header_dates(text)) == []


def test_a_parents_date_of_birth_never_opens_a_note():
    text = "Family\nMother Sharon Whitfield\n11/02/1979 Halifax, no contact\n"
    assert [d.iso for _, d in header_dates(text)] == ["1979-02-11"]  # were it a note's
    assert list(header_dates(text, born=dt.date(2001, 9, 14))) == []  # long before the child


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


def test_a_date_given_with_its_weekday_is_the_day_something_happened():
    text = ("Reason for the meeting\nOn the evening of Wednesday 26/06/2019 there was an "
            "argument at home about Demi's phone. Demi left the\nhouse at about 21:00 and "
            "her mum reported her missing at 22:15. Police found her at 01:40 on 27/06/2019 "
            "in the bus station.\n")
    found = events(text, 0, len(text), find_dates("28/06/2019")[0], None)
    assert [e.date.iso for e in found] == ["2019-06-26", "2019-06-27"]
    # Told from below its heading, on to the sentence before the next date.
    assert text[found[0].start : found[0].told_to] == (
        "On the evening of Wednesday 26/06/2019 there was an argument at home about Demi's "
        "phone. Demi left the\nhouse at about 21:00 and her mum reported her missing at "
        "22:15.")


def test_an_event_under_a_heading_is_read_with_it():
    text = ("Date: 03/05/2023\nA busy month in the house.\nFamily time\nGranny came on "
            "Easter Sunday (09/04) with Declan. After the arrest she told him she was "
            "disappointed and he cried.\n")
    [event] = [e for e in entries_on_page("r", 1, text) if e.kind == "mentioned"]
    assert text[event.start:].startswith("Granny came")
    assert (event.date, event.category) == ("2023-04-09", "family")


def test_dates_in_a_table_of_actions_are_when_things_are_due():
    text = ("Actions\nAction Who When\nSee Demi alone at school Tom Beardmore 28/06/2019\n"
            "Visit the grandmother's home Tom Beardmore 29/06/2019\n\n"
            "Demi was seen alone at school on 28/06/2019 by Tom and a detective.\n")
    assert [iso for _, iso in _events(text, "10/07/2019")] == ["2019-06-28"]
    assert _events(text, "10/07/2019")[0][0].startswith("Demi was seen")


def test_a_report_is_dated_by_its_own_date_wherever_it_gives_it():
    front = ("LEARNER PROGRESS REVIEW - SUMMER TERM 2024\nLearner Filmon\nDate of birth "
             "2007-02-12\nESOL Reading Entry 3 Achieved (Jun 2023) D. Finch\n")
    signed = ("Targets for next year\nSigned: Deborah Finch, ESOL Lecturer. Review date: "
              "\n21/06/2024.\n")
    assert report_date([(1, front), (2, signed)], None).iso == "2024-06-21"
    # Not the date of the next form in a bundle of papers.
    plan = "YOUTH CONFERENCE PLAN\nConference Tuesday 6 June 2023\n"
    arrest = "RECORD OF ATTENDANCE\nArrested Saturday 15th April 2023, 17:25\n"
    assert report_date([(1, arrest), (2, plan)], None).iso == "2023-04-15"
    # A course's start date is not the report's: the file's name gives it.
    college = "STUDENT PROGRESS REPORT\nStart date 19/08/2024\nAttendance 91.4%\n"
    assert report_date([(1, college)], None, "college-progress-report-2025-05-23.pdf"
                       ).iso == "2025-05-23"
    assert named_date("case-notes-2005-2019.pdf") is None


def test_a_form_of_its_own_in_a_bundle_of_notes_is_dated_by_it():
    before = "17/05/2016 Hearing\nThe hearing continued the order.\nKelvinmuir Council\n"
    form = ("MY VIEW - for my Children's Hearing\nMy name Eilidh\nMy hearing is on Monday "
            "22nd Feb 2021\nWhat is going well\nSchool. I'm in the top set for maths.\n"
            "Signed / date Eilidh 17/2/21\nKelvinmuir Council\n")
    [note] = entries_on_page("b", 4, before)
    page = entries_on_page("b", 5, form, previous=note, subject_names=["Eilidh"],
                           running=page_lines(before))
    assert {e.date for e in page} >= {"2021-02-17"}
    top = next(e for e in page if e.kind == "document")
    assert (top.date, top.category) == ("2021-02-17", "voice")
    # A running head the page before has too is not a new form.
    again = entries_on_page("b", 5, "KELVINMUIR COUNCIL HEARINGS\nIt went on.\n",
                            previous=note, running={"KELVINMUIR COUNCIL HEARINGS"})
    assert [e.kind for e in again] == ["continued"]


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


def test_words_after_the_childs_name_and_an_aside_are_theirs():
    text = 'He sang for her. Filmon, in English: "Best birthday in my life."\n'
    assert text[slice(*child_quotes(text, ["Filmon"])[0])] == '"Best birthday in my life."'


@pytest.mark.parametrize("heading", ["What Demi-Leigh said", "8. My comments on this plan",
                                     "Student's own comment",
                                     "Section D: My views (written by Demi-Leigh)"])
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



def test_a_forms_fields_above_a_section_of_views_do_not_date_its_words():
    text = ("REVIEW FORM\nDate / venue 18th May 2018, at Fernleigh\nLegal status Care Order "
            "(s.31) 14.9.13\nPlacement Fernleigh (since 19.7.16)\nChild's views Kirsty said: "
            "\"I want a say in where I live.\"\n")
    voice = [e for e in document_entries("r", "review.pdf", [(1, text)], None,
                                         ["Kirsty Ackroyd"]) if e.kind == "voice"]
    assert voice and {e.date for e in voice} == {"2018-05-18"}

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


# -- an e-mail and what came with it, through a real workspace ---------------------------------

@pytest.fixture(scope="module")
def thread(tmp_path_factory):
    from email.message import EmailMessage

    from lifestory.analyse import analyse
    from lifestory.ingest import ingest_paths
    from lifestory.pipeline import init_workspace
    from tests.conftest import CASE_TOML

    tmp = tmp_path_factory.mktemp("thread")
    (tmp / "case.toml").write_text(CASE_TOML, encoding="utf-8")
    message = EmailMessage()
    message["From"] = "Anna Price <anna.price@northmoor.example.gov.uk>"
    message["To"] = "Mark Ellis <mark.ellis@northmoor.example.gov.uk>"
    message["Subject"] = "Jade - her message"
    message["Date"] = "Thu, 16 Nov 2023 17:41:09 +0000"
    message.set_content(
        "Mark,\nJade typed a message for everyone and asked me to send it round.\n\n"
        "-----Original Message-----\nFrom: Grace Okafor\nSent: 15 November 2023 07:58\n"
        "Subject: Re: news\n\nShe was up at 6 making pancakes for everyone.\n")
    message.add_attachment("To everybody\n\nToday I got my place at college. Thank you for "
                           "helping me.\nLove, Jade x\n", filename="from-jade.txt")
    folder = tmp / "export"
    folder.mkdir()
    (folder / "email.eml").write_bytes(bytes(message))
    ws = init_workspace(tmp / "ws", tmp / "case.toml")
    ingest_paths(ws, [folder])
    analyse(ws)
    ws.accept_defaults("test")
    return story(ws)["entries"]


def test_each_message_of_a_thread_is_told_on_its_day(thread):
    pancakes = next(e for e in thread if "making pancakes" in e["text"])
    assert pancakes["date"] == "2023-11-15"


def test_a_message_the_child_wrote_is_their_words_on_the_day_it_was_sent(thread):
    [letter] = [e for e in thread if e["source"]["document"] == "from-jade.txt"
                and e["kind"] == "document"]
    assert (letter["date"], letter["category"]) == ("2023-11-16", "voice")


def test_a_report_with_a_table_of_terms_is_one_report(tmp_path):
    """"Autumn 2023 97%" opens a row of an attendance table, not a dated note: the review is
    one report, under the date it gives at its end."""
    ws = analysed_notes(tmp_path, [
        ["LEARNER PROGRESS REVIEW - SUMMER TERM 2024", "Learner Jade Whitfield",
         "Term Attendance Punctuality Comment", "Autumn 2023 97% 100% Absent 2 days",
         "Spring 2024 95% 98% Absent 3 days: moving to her new home",
         "Jade's own comment",
         "Next year I want to study electrical because I want to make light."],
        ["Targets for next year", "Signed: Deborah Finch, ESOL Lecturer. Review date:",
         "21/06/2024."],
    ], name="college-progress-review.pdf")
    entries = story(ws)["entries"]
    said = [e for e in entries if "make light" in e["text"] and e["category"] == "voice"]
    assert said and {e["date"] for e in said} == {"2024-06-21"}
    assert not any(e["kind"] == "note" for e in entries)


def test_a_childs_initial_and_its_stop_speak_for_them():
    text = 'R. told me she has left the club "cos they never pass to me". Quiet tea.'
    [(start, end)] = child_quotes(text, ["Rosie Bell", "Rosie"])
    assert text[start:end] == '"cos they never pass to me"'


def test_a_review_is_dated_by_its_own_date_not_the_one_before():
    front = ("RECORD OF REVIEW\nReview 3rd review. Previous review 02/02/2019\n"
             "Date and venue Wednesday 7 August 2019, at school\n")
    assert document_date(front, None).iso == "2019-08-07"


def test_a_date_wrapped_before_a_semicolon_opens_nothing():
    text = "Counselling ended\n14/06/2018; no worries since.\n"
    assert list(header_dates(text)) == []


def test_a_plan_is_not_dated_by_the_plan_it_replaces():
    front = ("SUPPORT PLAN\nThis plan replaces the plan dated 01/02/2016 as amended.\n"
             "Date issued 09/09/2019\n")
    assert document_date(front, None).iso == "2019-09-09"


def test_a_plan_is_not_dated_by_the_review_it_follows():
    front = ("EDUCATION, HEALTH AND CARE PLAN\nType of plan Final, amended following the "
             "annual\nreview of 12/07/2019\nSEND officer M Bainbridge Date issued 02/08/2019\n")
    assert document_date(front, None).iso == "2019-08-02"
    # A form's next field is a clause of its own: the review is an event of its day.
    review = [e for e in events(front, 0, len(front), None, None) if "review of" in
              front[e.start:e.end]]
    assert [e.date.iso for e in review] == ["2019-07-12"]

def test_each_letter_of_a_bundle_is_dated_by_its_own_first_line():
    pages = [(1, "Clinic date: 22/03/2017 Typed: 29/03/2017\nDear Dr Ogilvie,\nI saw Liam.\n"),
             (2, "Seizures are fewer.\nYours sincerely\n"),
             (3, "Clinic date: 04/12/2019 Typed: 10/12/2019\nDear Dr Ogilvie,\nNine "
                 "seizures in seven weeks.\n")]
    dated = {e.page_number: e.date for e in document_entries("n", "neurology-letters.pdf",
                                                            pages, None) if e.kind == "document"}
    assert dated == {1: "2017-03-22", 2: "2017-03-22", 3: "2019-12-04"}


def test_each_form_of_a_bundle_under_the_same_title_is_dated_by_its_own():
    form = "REVIEW OF CHILD BEING LOOKED AFTER - FORM R2\nDate / venue {}, at the foster home\n"
    pages = [(1, form.format("11th October 1994") + "Kirsty is settled.\n"),
             (2, form.format("15th April 1997") + "Kirsty is at Fernleigh.\n")]
    dated = [e.date for e in document_entries("r", "statutory-reviews.pdf", pages, None)
             if e.kind == "document"]
    assert dated == ["1994-10-11", "1997-04-15"]


def test_a_quotation_in_a_forms_field_for_the_childs_views_is_theirs():
    text = ("Child's views Kirsty filled in the form herself (spelling as written): \"I am "
            "going to be a\nhairdresser.\"\nParent's views Her mum said \"not yet\".\n")
    assert [text[s:e] for s, e in child_quotes(text, ["Kirsty Ackroyd"])] == [
        '"I am going to be a\nhairdresser."']

def test_a_date_after_its_weekday_on_the_line_above_opens_nothing():
    text = "Court / date Leicester Youth Court, Wednesday\n24/11/2021\nOrder Referral Order\n"
    assert list(header_dates(text)) == []


def test_the_childs_date_of_birth_in_a_family_table_opens_no_note():
    born = dt.date(1999, 3, 7)
    table = "Surname Forename(s) DOB M/F\nTREWIN Jenna\n07/03/1999 F White British\n"
    assert list(header_dates(table, born=born)) == []
    assert [d.iso for _, d in header_dates("07/03/1999 Jenna was born at Treliske.\n",
                                           born=born)] == ["1999-03-07"]


def test_a_document_named_by_a_date_its_front_gives_is_dated_by_it():
    front = ("Referrer told outcome? Date: 19/02/04\nIA started 12/02/2004 IA completed "
             "18/02/2004\n")
    assert report_date([(1, front)], None, "initial-assessment-2004-02-18.pdf").iso == (
        "2004-02-18")
    assert report_date([(1, front)], None, "initial-assessment.pdf").iso == "2004-02-19"


def test_words_are_not_dated_by_a_day_planned_after_their_note():
    text = ("Date: 09/12/2021\nFinal panel: Thursday 09/06/2022. Tariq said at the end: "
            "\"It was more like people who actually want to help.\"\n")
    voice = [e for e in entries_on_page("y", 1, text, subject_names=["Tariq Mahmood"])
             if e.kind == "voice"]
    assert voice and {e.date for e in voice} == {"2021-12-09"}

def test_a_units_stay_in_capitals_opens_a_note():
    text = ("STAY: Fri 04/03/2022 16:00 - Sat 05/03/2022 10:00 | Planned short break\n"
            "Arrived happy.\nSTAY: Fri 18/03/2022 16:00 - Sat 19/03/2022 10:00 | Planned\n"
            "Swimming.\n")
    assert [d.iso for _, d in header_dates(text)] == ["2022-03-04", "2022-03-18"]


def test_words_in_the_first_person_after_a_sentence_about_the_child_are_theirs():
    text = ("Rosie (9) was feeding the cat when I arrived. \"I always do it, she likes me.\" "
            "Mum was asleep. \"I'm so tired,\" Mum said.\nSeen alone: 'It's fine here.'\n")
    found = [text[s:e] for s, e in child_quotes(text, ["Rosie Bell", "Rosie"])]
    assert found == ['"I always do it, she likes me."', "'It's fine here.'"]


def test_a_dated_letter_the_child_signed_is_their_voice():
    text = ("3/6/15\n\nDear Sam\n\nI want to stay at school here and I miss my brother.\n\n"
            "From Rosie (RB)\n\nps. dont forget my bike\n")
    [note] = [e for e in entries_on_page("txt", 1, text, subject_names=["Rosie Bell", "Rosie"])
              if e.kind == "note"]
    assert note.category == "voice"
