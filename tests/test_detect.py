"""find_identifiers: a realistic case note in, tidy findings out; dates and towns left alone."""

from __future__ import annotations

import pytest

from redaction.detect import find_identifiers, resolve_overlaps, tidy_person
from redaction.engine import build_analyzer
from redaction.models import Finding

NOTE = (
    "Home visit, 3 February 2024. Social Worker Ann Pemberton visited Kayden at his "
    "mother's flat. Mum (Sharon Whitfield) lives at Flat 2, 9 Moor View, Halifax HX3 7QP. "
    "Her new partner, Dean Mallory, was present; his mobile is 07700 900461 and his email "
    "is dean.mallory@example.com. Kayden's nan, Irene Whitfield, rang on 0113 496 0217 "
    "during the visit. Kayden (DOB 14/03/2009, NHS number 943 476 5919) said he wants to "
    "go to football in Leeds on Saturdays and to see his sister Jade more often. "
    "The next review will be held in Bradford on 10 April 2024."
)

EXPECTED = [
    ("PERSON", "Ann Pemberton"),
    ("PERSON", "Kayden"),
    ("PERSON", "Sharon Whitfield"),
    ("STREET_ADDRESS", "Flat 2, 9 Moor View"),  # the town is the story
    ("UK_POSTCODE", "HX3 7QP"),
    ("PERSON", "Dean Mallory"),
    ("PHONE_NUMBER", "07700 900461"),
    ("EMAIL_ADDRESS", "dean.mallory@example.com"),
    ("PERSON", "Kayden"),
    ("PERSON", "Irene Whitfield"),
    ("PHONE_NUMBER", "0113 496 0217"),
    ("PERSON", "Kayden"),
    ("DATE_OF_BIRTH", "14/03/2009"),
    ("UK_NHS", "943 476 5919"),
    ("PERSON", "Jade"),
]


@pytest.fixture(scope="module")
def analyzer():
    return build_analyzer()


@pytest.fixture(scope="module")
def findings(analyzer) -> list[Finding]:
    (page,) = find_identifiers([NOTE], analyzer=analyzer)
    return page


def test_case_note_gives_the_expected_findings(findings):
    assert [(f.entity_type, f.text) for f in findings] == EXPECTED


def test_offsets_point_at_the_text(findings):
    for finding in findings:
        assert NOTE[finding.start : finding.end] == finding.text


def test_dates_and_towns_are_not_findings(findings):
    texts = " | ".join(f.text for f in findings)
    for story in ("3 February 2024", "10 April 2024", "Leeds", "Bradford", "Saturdays"):
        assert story not in texts
    assert "DATE_TIME" not in {f.entity_type for f in findings}
    assert "LOCATION" not in {f.entity_type for f in findings}


def test_roles_are_not_people(findings):
    people = {f.text for f in findings if f.entity_type == "PERSON"}
    assert not people & {"Mum", "Social Worker", "Social Worker Ann Pemberton", "Halifax"}


def test_no_two_findings_overlap(findings):
    for before, after in zip(findings, findings[1:], strict=False):
        assert before.end <= after.start


def test_every_finding_explains_itself(findings):
    by_text = {f.text: f for f in findings}
    assert by_text["07700 900461"].explanation == (
        "UK phone number pattern, near “mobile” (score 0.85)"
    )
    assert by_text["Dean Mallory"].explanation == "spaCy named entity PERSON (score 0.85)"
    assert by_text["Dean Mallory"].recognizer == "SpacyRecognizer"
    assert by_text["943 476 5919"].explanation.startswith("NHS number pattern")


def test_pages_come_back_in_order_in_batches(analyzer):
    pages = ["Nothing to see.", "", "Dean Mallory is on 07700 900461.", NOTE]
    results = find_identifiers(pages * 3, analyzer=analyzer, batch_size=2)
    assert len(results) == 12
    assert results[0] == [] and results[1] == []
    assert [f.text for f in results[2]] == ["Dean Mallory", "07700 900461"]
    assert results[3] == results[7] == results[11]


def finding(text: str, part: str, entity: str, score: float = 0.5, name: str = "X") -> Finding:
    start = text.index(part)
    return Finding(start, start + len(part), entity, part, score, name, f"{name} ({score})")


@pytest.mark.parametrize(
    "span, name",
    [
        ("Social Worker Ann Pemberton", "Ann Pemberton"),
        ("(Sharon Whitfield),", "Sharon Whitfield"),
        ("Jade's", "Jade"),
        ("Mrs. Whitfield", "Whitfield"),
        ("Mum", None),
        ("Foster Carer", None),
        ("mum", None),
        ("Care Order", None),  # in roles.toml's not_names
    ],
)
def test_tidy_person(span, name):
    text = f"Then {span} came"
    tidied = tidy_person(text, finding(text, span, "PERSON", 0.85))
    assert (tidied.text if tidied else None) == name
    if tidied:
        assert text[tidied.start : tidied.end] == name


def test_longer_pattern_finding_wins_and_covers_a_partial_overlap():
    text = "at 27 Brook Street, Halifax HX3 7QP"
    address = finding(text, "27 Brook Street, Halifax", "STREET_ADDRESS")
    inner = finding(text, "Brook Street", "PHONE_NUMBER", 0.9)
    tail = finding(text, "Halifax HX3", "UK_VEHICLE_REGISTRATION", 0.2)
    (merged,) = resolve_overlaps(text, [inner, address, tail])
    assert merged.text == "27 Brook Street, Halifax HX3"
    assert merged.entity_type == "STREET_ADDRESS"
    assert "widened to cover an overlapping" in merged.explanation


def test_name_is_cut_back_around_a_postcode():
    # spaCy can read "Halifax HX3 7QP" as a person: the town beside the postcode is dropped.
    text = "Sharon Whitfield, Halifax HX3 7QP"
    results = resolve_overlaps(
        text,
        [
            finding(text, "Sharon Whitfield", "PERSON", 0.85),
            finding(text, "Halifax HX3 7QP", "PERSON", 0.85),
            finding(text, "HX3 7QP", "UK_POSTCODE"),
        ],
    )
    assert [(f.entity_type, f.text) for f in results] == [
        ("PERSON", "Sharon Whitfield"),
        ("UK_POSTCODE", "HX3 7QP"),
    ]


def test_same_span_keeps_the_higher_score():
    text = "Nan: 0113 496 0217"
    low = finding(text, "0113 496 0217", "PHONE_NUMBER", 0.4, "PhoneRecognizer")
    high = finding(text, "0113 496 0217", "PHONE_NUMBER", 0.75, "UkPhoneRecognizer")
    assert resolve_overlaps(text, [low, high]) == [high]


def test_a_name_partly_covered_by_a_longer_one_keeps_its_own_part():
    text = "Visited Anna Price today"
    results = resolve_overlaps(
        text,
        [finding(text, "Visited Anna", "PERSON", 0.85), finding(text, "Anna Price", "PERSON")],
    )
    assert [f.text for f in results] == ["Visited Anna", "Price"]
