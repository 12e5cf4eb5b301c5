"""PostcodeRecognizer: Presidio's UK postcode pattern, case-sensitive and scored 0.5."""

from __future__ import annotations

import pytest

from redaction.engine import build_analyzer
from redaction.recognizers.postcode import PostcodeRecognizer

ENTITY = ["UK_POSTCODE"]


@pytest.fixture(scope="module")
def recognizer() -> PostcodeRecognizer:
    return PostcodeRecognizer()


def found(recognizer, text):
    return [(r.start, r.end, text[r.start : r.end]) for r in recognizer.analyze(text, ENTITY)]


@pytest.mark.parametrize("postcode", ["HX3 7QP", "LS6 2AB", "LS17 6AB", "W1A 1AA", "EC1A 1BB",
                                      "LE4 \n9ZD", "HX3\n7QP"])  # wrapped in a table cell
def test_valid_postcode(recognizer, postcode):
    text = f"Halifax {postcode}."
    assert found(recognizer, text) == [(8, 8 + len(postcode), postcode)]


@pytest.mark.parametrize(
    "text",
    [
        "Kayden is in Y7 2nd set for maths.",  # Presidio (case-insensitive) matches "Y7 2nd"
        "hx3 7qp",
        "Halifax HX3 7CI.",  # C and I are never in the last part of a postcode
    ],
)
def test_not_a_postcode(recognizer, text):
    assert found(recognizer, text) == []


def test_context_word_boosts_the_score():
    analyzer = build_analyzer()
    (plain,) = analyzer.analyze("Sent to HX3 7QP.", "en", entities=ENTITY)
    (boosted,) = analyzer.analyze("Her new address is HX3 7QP.", "en", entities=ENTITY)
    assert (boosted.start, boosted.end) == (19, 26)
    assert plain.score == pytest.approx(0.5)
    assert boosted.score == pytest.approx(0.85)
