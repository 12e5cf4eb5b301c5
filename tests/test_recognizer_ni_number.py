"""NiNumberRecognizer: Presidio's NINO pattern plus HMRC's example prefix "QQ"."""

from __future__ import annotations

import pytest

from redaction.engine import build_analyzer
from redaction.recognizers.ni_number import NiNumberRecognizer

ENTITY = ["UK_NINO"]


@pytest.fixture(scope="module")
def recognizer() -> NiNumberRecognizer:
    return NiNumberRecognizer()


def found(recognizer, text):
    return [(r.start, r.end, r.score) for r in recognizer.analyze(text, ENTITY)]


@pytest.mark.parametrize(
    "nino, score",
    [
        ("QQ 12 34 56 C", 0.4),  # HMRC's example: a prefix never issued, so Presidio misses it
        ("QQ123456C", 0.4),
        ("AB 12 34 56 C", 0.5),  # an issuable prefix: Presidio's own pattern
        ("JG 10 37 59 A", 0.5),
    ],
)
def test_valid_nino(recognizer, nino, score):
    text = f"Ref {nino} on file"
    assert found(recognizer, text) == [(4, 4 + len(nino), pytest.approx(score))]


@pytest.mark.parametrize(
    "text",
    [
        "Ref AB 12 34 56 E on file",  # the last letter is A to D
        "Ref QQ 11 11 11 A on file",  # a placeholder, not a number
        "Ref qq 12 34 56 c on file",  # the loose pattern wants capitals
    ],
)
def test_invalid_nino(recognizer, text):
    assert found(recognizer, text) == []


def test_context_word_boosts_the_score():
    analyzer = build_analyzer()
    (plain,) = analyzer.analyze("Form says QQ 12 34 56 C.", "en", entities=ENTITY)
    (boosted,) = analyzer.analyze(
        "Her National Insurance number is QQ 12 34 56 C.", "en", entities=ENTITY
    )
    assert (boosted.start, boosted.end) == (33, 46)
    assert plain.score == pytest.approx(0.4)
    assert boosted.score == pytest.approx(0.75)
