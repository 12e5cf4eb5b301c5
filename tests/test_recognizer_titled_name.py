"""TitledNameRecognizer: the name after a title or role ("Social Worker Ann Pemberton")."""

from __future__ import annotations

import pytest

from redaction.recognizers.titled_name import TitledNameRecognizer, role_phrases

ENTITY = ["PERSON"]


@pytest.fixture(scope="module")
def recognizer() -> TitledNameRecognizer:
    return TitledNameRecognizer()


def found(recognizer, text):
    return [(r.start, r.end, text[r.start : r.end]) for r in recognizer.analyze(text, ENTITY)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Social Worker Ann Pemberton visited.", "Ann Pemberton"),
        ("Mrs Whitfield said no.", "Whitfield"),
        ("Mr. Tariq Hussain, his tutor", "Tariq Hussain"),
        ("His uncle Bradley came.", "Bradley"),
        ("Mum (Sharon) was there.", "Sharon"),
        ("Dr O'Neill saw him.", "O'Neill"),
        ("Dad, Liam Whitfield, rang.", "Liam Whitfield"),
        ("Author: Anna Price", "Anna Price"),
        ("Visited Anna Price (Social Worker) today", "Anna Price"),
        ("Mark Ellis (Independent Reviewing Officer)", "Mark Ellis"),
    ],
)
def test_name_after_a_role_is_found_without_the_role(recognizer, text, name):
    start = text.index(name)
    assert found(recognizer, text) == [(start, start + len(name), name)]


@pytest.mark.parametrize(
    "text",
    [
        "Mum Said no.",  # a heading, not a name
        "He saw his teacher. Car parked outside.",  # a new sentence
        "I rang Mum. Tuesday was fine.",  # only titles ("Mr.") take a full stop
        "Mum was upset.",
        "Nan and Grandad came.",
        "Virtual School Calderdale sent a report.",  # an organisation, then a place
        "Jade (subject) attended.",  # "subject" is in roles.toml, but not as a role
    ],
)
def test_no_name(recognizer, text):
    assert found(recognizer, text) == []


def test_roles_come_from_the_shared_roles_file():
    assert {"social worker", "mum", "mrs"} <= role_phrases()
