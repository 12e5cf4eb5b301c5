"""How a chat's export, a return home interview, a pathway plan's "In my own words", a
chronology printed without rules and a review's front are read: the child's words kept as
theirs and dated by the day they were said, every row of a chronology an entry."""

from __future__ import annotations

import datetime as dt

from lifestory.timeline.dates import find_dates
from lifestory.timeline.entries import (
    categorise,
    document_entries,
    entries_on_page,
    header_dates,
    report_date,
)
from lifestory.timeline.voice import child_quotes, sent_by_child, views_blocks

SKYE = ["Skye Bramwell", "Skye B", "Skye"]
CHAT = ("23/05/2024, 08:01 - Jess Lyddon: Happy 18th Skye!!! see you at 1 for cake x\n"
        "23/05/2024, 08:14 - Skye B: omg thank uuuu (crying laughing emoji) im old now\n"
        "12/07/2024, 15:02 - Skye B: PASSED MY LEVEL 2!!!!! merit!!!\n")


def test_a_chat_message_the_child_sent_is_their_voice():
    assert sent_by_child("[23/05/2024, 08:14:02] Skye B: hi", SKYE)
    assert not sent_by_child("23/05/2024, 08:01 - Jess Lyddon: Skye B: hi", SKYE)
    notes = {e.date: e.category for e in entries_on_page("chat", 1, CHAT, subject_names=SKYE)
             if e.kind == "note"}
    assert notes["2024-05-23"] == "voice"
    assert notes["2024-07-12"] == "achievement"  # what she did well, however she said it


def test_words_the_child_gave_a_card_or_a_colon_after_their_sentence_are_theirs():
    text = ('Skye has been to the hospital with Nan and is "obsessed": "I\'m going to be the '
            'best cousin in the world". Goodbye card from Skye ("thanks for not being a snake '
            'Bex"). Mum said: "I\'m on top of it".')
    found = [text[s:e] for s, e in child_quotes(text, SKYE)]
    assert found == ['"I\'m going to be the best cousin in the world"',
                     '"thanks for not being a snake Bex"']


def test_in_my_own_words_on_the_line_of_its_label_runs_to_the_next_section():
    text = ("Money\nIn my own words: I'm good with money when it's MY money. I want a car.\n"
            "Staying safe\nShe knows the safety plan.\nIn my own words: I know what grooming "
            "is now. I'm\nnot stupid, I was a kid.\nPeople who matter to me\nNan\n")
    blocks = [text[s:e] for s, e in views_blocks(text, SKYE)]
    assert len(blocks) == 2
    assert "MY money" in blocks[0] and "safety plan" not in blocks[0]
    assert "not stupid" in blocks[1] and "Nan" not in blocks[1]


def test_a_return_home_interview_dates_the_childs_words_by_the_interview():
    text = ("RETURN HOME INTERVIEW\nReported\nmissing\nFri 04/10/19 23:40 by mother\n"
            "Episode no. 1 Interview date Tue 8th October 2019, 11:00\n"
            "In Skye's words\n\"I just wanted to see my brother, is that a crime now?\"\n"
            "What would help\nTo see her brother every fortnight.\n")
    entries = entries_on_page("rhi", 1, text, subject_names=SKYE)
    assert {e.date for e in entries if e.kind == "note"} == {"2019-10-04"}
    assert {e.date for e in entries if e.kind == "voice"} == {"2019-10-08"}


def test_a_home_without_food_or_electricity_is_a_worry_not_what_did_not_happen():
    assert categorise("Home visit", "Found at home alone with no electricity and no food. "
                                    "Seen at school first.") == "concern"
    assert categorise("Visit", "No concerns. Skye went to school.") == "education"


def test_every_row_of_a_chronology_printed_without_rules_is_an_entry():
    text = ("CHRONOLOGY OF SIGNIFICANT EVENTS\nDate Event type Description Source By\n"
            "19/06/2003 Birth Reece and his twin sister born at Don Valley General Hospital.\n"
            "Health visitor records NR\n2006 Family Ms H starts a relationship with Craig.\n"
            "Referral history NR\nNov 2008 Family Reece's half-brother born.\n")
    dates = [(d.iso, d.precision) for _, d in header_dates(text, born=dt.date(2003, 6, 19))]
    assert dates == [("2003-06-19", "day"), ("2006-01-01", "year"), ("2008-11-01", "month")]
    prose = "In 2006 they moved.\n2006 was hard for everyone.\n"
    assert list(header_dates(prose)) == []


def test_a_reviews_front_is_dated_by_the_review_not_a_year_its_fields_mention():
    front = ("CHILD LOOKED AFTER REVIEW\nReview no. 14th (own reviews since 2014; joint "
             "before then)\n")
    dated = find_dates("Date Wednesday 14 March 2018")[0]
    [page] = [e for e in document_entries("r", "review.pdf", [(1, front)], None, dated=dated,
                                          whole=False) if e.kind == "document"]
    assert page.date == "2018-03-14"


def test_the_childs_own_birthday_is_a_day():
    born = dt.date(2003, 6, 19)
    found = [(d.iso, d.precision) for d in find_dates(
        "The twins' 16th birthday went really well. Mason's 5th birthday party.", born=born)]
    assert found == [("2019-06-19", "day")]


def test_a_warning_notice_is_a_worry_and_a_champion_did_well():
    assert categorise("", "A CAWN was served on him on 15/03/2021. She is doing well in "
                          "drama.") == "concern"
    assert categorise("Direct work", "She hit the pads: \"I'm gonna be a champion\".") == (
        "achievement")


def test_a_front_that_is_not_a_form_is_not_dated_by_the_note_below_it():
    dated = find_dates("Date: 14/03/2009")[0]
    assert document_entries("n", "notes.pdf", [(1, "Northmoor Borough Council - Case Notes\n")],
                            None, dated=dated, whole=False) == []


def test_a_birthday_close_to_its_note_is_an_event_of_its_own():
    text = ("Date: Tue, 02 Jul 2019 08:52\nSubject: handover\nThe twins' 16th birthday went "
            "really well, with a trip to the climbing wall.\n")
    events = [e.date for e in entries_on_page("e", 1, text, born=dt.date(2003, 6, 19),
                                              subject_names=["Reece"]) if e.kind == "mentioned"]
    assert events == ["2019-06-19"]


def test_a_review_is_dated_by_its_meeting_not_the_start_of_its_period():
    front = ("Foster Carer Annual Review\nReview of approval for the period 01/05/2013 to "
             "30/04/2014.\nReview period | 01/05/2013 to 30/04/2014\n"
             "Review meeting | Thursday 22 May 2014, at the carers' home\n")
    assert report_date([(1, front)], None).iso == "2014-05-22"


def test_my_hopes_for_the_future_are_the_childs_views():
    text = ("My hopes for the future\nI want to drive a train.\n"
            "What people like and admire about Liam\nHe is kind.\n")
    [(start, end)] = views_blocks(text, ["Liam Hedley", "Liam"])
    assert "drive a train" in text[start:end] and "kind" not in text[start:end]


def test_the_foster_childs_views_in_a_carers_review_are_the_childs():
    text = ("2. The foster child's views (from Jenna's consultation form)\nBest things: "
            "\"Bramble, the chickens.\"\n3. The views of the carers' own children\nJago said "
            "it is fine.\n")
    [(start, end)] = views_blocks(text, ["Jenna Trewin", "Jenna"])
    assert "chickens" in text[start:end] and "Jago" not in text[start:end]
