"""StreetAddressRecognizer: house number, street name and suffix, optional flat and locality."""

from __future__ import annotations

import pytest

from redaction.engine import build_analyzer
from redaction.recognizers.street_address import StreetAddressRecognizer

ENTITY = ["STREET_ADDRESS"]


@pytest.fixture(scope="module")
def recognizer() -> StreetAddressRecognizer:
    return StreetAddressRecognizer()


def spans(recognizer, text):
    return [(r.start, r.end, text[r.start : r.end]) for r in recognizer.analyze(text, ENTITY)]


@pytest.mark.parametrize(
    "text, address",
    [
        ("She is at 14 Larch Close.", "14 Larch Close"),
        ("Flat 2, 9 Moor View", "Flat 2, 9 Moor View"),
        ("They moved to 27 Brook Street, Halifax HX3 7QP.", "27 Brook Street, Halifax"),
        ("at 14a Upper Moor Lane, and then left", "14a Upper Moor Lane"),
        ("12 St Mary's Road", "12 St Mary's Road"),
        ("27 Brook Street, Mum said", "27 Brook Street"),
        ("14 LARCH CLOSE", "14 LARCH CLOSE"),
    ],
)
def test_address_is_found(recognizer, text, address):
    start = text.index(address)
    assert spans(recognizer, text) == [(start, start + len(address), address)]


@pytest.mark.parametrize(
    "text",
    [
        "She had 3 Reviews this year.",
        "On 14 March 2009 the family moved.",
        "He has 2 close friends at school.",
        "He is 14 Years Old.",
    ],
)
def test_not_an_address(recognizer, text):
    assert spans(recognizer, text) == []


def test_locality_can_be_switched_off():
    recognizer = StreetAddressRecognizer(include_locality=False)
    text = "27 Brook Street, Halifax"
    assert spans(recognizer, text) == [(0, 15, "27 Brook Street")]


def test_context_word_boosts_the_score():
    analyzer = build_analyzer()
    (plain,) = analyzer.analyze("Post went to 14 Larch Close.", "en", entities=ENTITY)
    (boosted,) = analyzer.analyze("Sharon lives at 14 Larch Close.", "en", entities=ENTITY)
    assert (boosted.start, boosted.end) == (16, 30)
    assert plain.score == pytest.approx(0.5)
    assert boosted.score == pytest.approx(0.85)


@pytest.mark.parametrize(
    "text, address",
    [
        ("placed w/ Mr & Mrs Penrose, Sea Spray, 2 \nBoscawen Row, St Austell.",
         "Sea Spray, 2 \nBoscawen Row"),
        ("the downstairs neighbour, Mrs Joan Tregoning (Flat 1), rang", "Flat 1"),
    ],
)
def test_a_house_name_and_a_neighbours_flat(recognizer, text, address):
    found = [found for _, _, found in spans(recognizer, text)]
    assert address in found


def test_a_title_and_surname_before_an_address_are_not_the_houses_name(recognizer):
    text = "placed with the carers, Mrs Penrose, 2 Boscawen Row."
    assert all("Penrose" not in found for _, _, found in spans(recognizer, text))


def test_a_street_of_any_name_before_a_town_and_postcode_and_a_mill_conversion():
    from redaction.recognizers.street_address import StreetAddressRecognizer

    recognizer = StreetAddressRecognizer()
    text = ("Placed with Julie and Neil, 8 Cherry Copse, Aldridge WS9 0ZQ. "
            "Mum has moved to Flat 12, Albion Mill, Hatter Street, Stockport SK1 2NU. "
            "Seen on 14 March, Leeds LS1 4AB.")
    found = {text[r.start:r.end] for r in recognizer.analyze(text, ["STREET_ADDRESS"])}
    assert any(f.startswith("8 Cherry Copse") for f in found)
    assert any(f.startswith("Flat 12, Albion Mill") for f in found)
    assert not any("March" in f for f in found)
