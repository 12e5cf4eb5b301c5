"""UkPhoneRecognizer: UK numbers python-phonenumbers rejects (all Ofcom drama numbers)."""

from __future__ import annotations

import pytest

from redaction.engine import build_analyzer
from redaction.recognizers.uk_phone import UkPhoneRecognizer

ENTITY = ["PHONE_NUMBER"]


@pytest.fixture(scope="module")
def recognizer() -> UkPhoneRecognizer:
    return UkPhoneRecognizer()


def spans(recognizer, text):
    return [(r.start, r.end, text[r.start : r.end]) for r in recognizer.analyze(text, ENTITY)]


@pytest.mark.parametrize(
    "number",
    [
        "07700 900123",
        "07700900123",
        "07700 900 123",
        "07700-900-123",
        "+44 7700 900123",
        "+44 (0)7700 900123",
        "(0113) 496 0123",
        "0113 496 0123",
        "020 7946 0123",
        "01632 960 123",
        "(0113) \n496 0123",  # a table cell wrapped after the area code
        "07700 \n900123",
    ],
)
def test_valid_number_is_found_whole(recognizer, number):
    text = f"Mum gave {number} as her number."
    assert spans(recognizer, text) == [(9, 9 + len(number), number)]


@pytest.mark.parametrize(
    "text",
    [
        "Mum gave 07700 9001 as her number.",  # too short to be possible
        "The case reference is SAR-2026-0142.",
        "NHS number 943 476 5919.",  # no trunk zero: an NHS number, not a phone
        "Childline is on 0800 1111.",  # freephone helplines are not personal numbers
        "The review on 01/02/2009 went well.",
    ],
)
def test_not_a_phone_number(recognizer, text):
    assert spans(recognizer, text) == []


@pytest.mark.parametrize("text, number", [
    ("placed with Mrs P. Senior, 41 Beck Lane (Tel. 496 0533).", "496 0533"),
    ("HOME VISIT, 7 WOOD NOOK TERRACE (TEL. 496 0271). SEEN MRS A.", "496 0271"),
    ("Area Office, Tel. Morley 496 0100 Ext. 214", "496 0100"),
])
def test_an_older_files_local_number_after_its_label(recognizer, text, number):
    assert [s[2] for s in spans(recognizer, text)] == [number]


def test_invalid_length_scores_nothing(recognizer):
    assert recognizer.validate_result("07700 90012") is False
    assert recognizer.validate_result("07700 900123") is None  # plausible: score kept


def ours(analyzer, text):
    results = analyzer.analyze(text, "en", entities=ENTITY)
    return [r for r in results if r.recognition_metadata["recognizer_name"] == "UkPhoneRecognizer"]


def test_context_word_boosts_the_score():
    analyzer = build_analyzer()
    (plain,) = ours(analyzer, "Sharon said 07700 900123 was new.")
    (boosted,) = ours(analyzer, "Sharon gave her mobile as 07700 900123.")
    assert (boosted.start, boosted.end) == (26, 38)
    assert plain.score == pytest.approx(0.5)
    assert boosted.score == pytest.approx(0.85)
