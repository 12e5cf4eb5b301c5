"""Dates in every common UK form, and dated notes becoming entries."""

from __future__ import annotations

import pytest

from lifestory.timeline.dates import find_dates
from lifestory.timeline.entries import categorise, entries_on_page


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("14/03/2009", "2009-03-14", "day"),
        ("14.03.09", "2009-03-14", "day"),
        ("14-3-2009", "2009-03-14", "day"),
        ("14 March 2009", "2009-03-14", "day"),
        ("14th Mar 2009", "2009-03-14", "day"),
        ("3rd of June, 2010", "2010-06-03", "day"),
        ("2009-03-14", "2009-03-14", "day"),
        ("March 2009", "2009-03-01", "month"),
        ("Sept 2015", "2015-09-01", "month"),
    ],
)
def test_date_forms(text, iso, precision):
    [date] = find_dates(f"seen on {text} at home")
    assert (date.iso, date.precision) == (iso, precision)


def test_impossible_dates_are_not_dates():
    assert find_dates("31/02/2009 and 45/13/2009") == []


def test_dated_notes_become_entries():
    text = (
        "Case Notes Report\n"
        "Date: 14/03/2009   Type: Home visit\n"
        "Visited Jade. She said she wants to stay with her carers.\n"
        "02/04/2009 Family time at the centre with her brother.\n"
        "A note written on 3 May 2009 in passing is not a new entry.\n"
    )
    first, second = entries_on_page("doc", 1, text)
    assert (first.date, first.title, first.category) == ("2009-03-14", "Home visit", "voice")
    assert text[first.start : first.end].startswith("Date: 14/03/2009")
    assert (second.date, second.category) == ("2009-04-02", "family")
    assert "in passing" in text[second.start : second.end]


@pytest.mark.parametrize(
    ("heading", "body", "category"),
    [
        ("Type: LAC review", "The review was chaired by the IRO.", "meeting"),
        ("Type: Placement move", "Jade moved to her new foster placement.", "placement"),
        ("Type: Missing episode", "Police were informed that Jade was missing.", "concern"),
        ("Type: School", "Jade won a certificate and the head teacher praised her.",
         "achievement"),
        ("Type: Health assessment", "Seen by the LAC nurse; immunisations up to date.", "health"),
    ],
)
def test_categories(heading, body, category):
    assert categorise(heading, body) == category
