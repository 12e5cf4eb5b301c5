"""DateOfBirthRecognizer: a date labelled as a date of birth; only the date is the span."""

from __future__ import annotations

import datetime

import pytest

from redaction.engine import build_analyzer
from redaction.recognizers.date_of_birth import DateOfBirthRecognizer, parse_date

ENTITY = ["DATE_OF_BIRTH"]


@pytest.fixture(scope="module")
def analyzer():
    return build_analyzer()


def found(analyzer, text):
    results = analyzer.analyze(text, "en", entities=ENTITY)
    return [(text[r.start : r.end], r.start, r.end, r.score) for r in results]


@pytest.mark.parametrize(
    "text, date",
    [
        ("DOB 14/03/2009", "14/03/2009"),
        ("D.O.B. 14.03.09", "14.03.09"),
        ("Date of birth: 14 March 2009", "14 March 2009"),
        ("Tyler was born 14th Mar 2009.", "14th Mar 2009"),
        ("date of birth 2009-03-14", "2009-03-14"),
        ("Kayla (DOB 3/9/10) attended.", "3/9/10"),
        ("D. O. B. 14/03/2009", "14/03/2009"),
        ("Birthdate: 14 March 2009", "14 March 2009"),
    ],
)
def test_labelled_date_is_found_without_its_label(analyzer, text, date):
    ((span, start, end, score),) = found(analyzer, text)
    assert span == date
    assert (start, end) == (text.index(date), text.index(date) + len(date))
    assert score >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "DOB 31/02/2009",  # no such day
        "DOB 14/13/2009",  # no such month
        "The review on 14/03/2009 went well.",  # a date, but not a date of birth
        "Mum's birthday on 3 May 2015 was fun.",
        "She was born in Leeds. On 14 March 2019 she moved.",  # label in another sentence
        "We do bowling on 14 March 2019.",  # "do b" is not "D.O.B."
        "She was reborn on 14 March 2019.",
    ],
)
def test_no_date_of_birth(analyzer, text):
    assert found(analyzer, text) == []


def test_recognizer_alone_rejects_an_impossible_date():
    recognizer = DateOfBirthRecognizer()
    assert recognizer.analyze("DOB 30/02/2009", ENTITY) == []
    (result,) = [r for r in recognizer.analyze("DOB 28/02/2009", ENTITY) if r.score >= 0.5]
    assert (result.start, result.end) == (4, 14)


def test_birth_word_a_few_words_before_boosts_an_unlabelled_date(analyzer):
    text = "Kayden was born in Leeds on 14 March 2009."
    assert found(analyzer, text) == [("14 March 2009", 28, 41, pytest.approx(0.4))]
    # Without the birth word the same date is only a date, and is not reported.
    assert found(analyzer, "Kayden moved to Leeds on 14 March 2009.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("14/03/2009", datetime.date(2009, 3, 14)),
        ("14.03.09", datetime.date(2009, 3, 14)),
        ("14th of March 2009", datetime.date(2009, 3, 14)),
        ("March 14, 2009", datetime.date(2009, 3, 14)),
        ("2009-03-14", datetime.date(2009, 3, 14)),
        ("29/02/2009", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected
