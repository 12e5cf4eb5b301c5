from __future__ import annotations

import pytest

from redaction.recognizers.case_reference import CaseReferenceRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return CaseReferenceRecognizer()


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Tyler's case ref: CN-2004-5521 is held by Leeds.", "CN-2004-5521"),
        ("Client ID 1048213", "1048213"),
        ("Police reference number 13/55012/19 was given.", "13/55012/19"),
        ("Crime no. LS1900234", "LS1900234"),
    ],
)
def test_labelled_numbers(recognizer, text, number):
    [result] = recognizer.analyze(text, ["CASE_REFERENCE"])
    assert text[result.start : result.end] == number
    assert result.score == pytest.approx(0.6)


@pytest.mark.parametrize("text", ["She scored 1048213 points.", "Room 2012 on level 3.",
                                  "The case was closed in 2019."])
def test_unlabelled_numbers_are_not_references(recognizer, text):
    assert recognizer.analyze(text, ["CASE_REFERENCE"]) == []
