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
        ("Tsega's camp registration is ETH-SHR-22-07713.", "ETH-SHR-22-07713"),
        ("SCRA ref 2014/PA/08761 Page 1 of 7", "2014/PA/08761"),
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


def test_every_number_of_a_labelled_list(recognizer):
    text = "Our refs: 2014/PA/08761 (Eilidh) and 2014/PA/08762 (Kai)"
    found = [text[r.start : r.end] for r in recognizer.analyze(text, ["CASE_REFERENCE"])]
    assert found == ["2014/PA/08761", "2014/PA/08762"]


def test_a_long_number_in_brackets_after_a_name(recognizer):
    text = "McFADYEN, Eilidh (3051277) and Kai (3051278). Ring Lynne (01632) 960715."
    found = [text[r.start : r.end] for r in recognizer.analyze(text, ["CASE_REFERENCE"])]
    assert found == ["3051277", "3051278"]
