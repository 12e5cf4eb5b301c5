"""Dates as UK records write them: 14/03/2009, 14.03.09, 14 March 2009, 14th Mar 2009,
2009-03-14, March 2009; each with its precision (day, month or year)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

PATTERNS = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b")),
    ("numeric", re.compile(r"\b(?P<d>[0-3]?\d)[/.\-](?P<m>[01]?\d)[/.\-](?P<y>(?:19|20)?\d\d)\b")),
    ("long", re.compile(
        r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTH + r",?\s+(?P<y>(?:19|20)\d\d)\b",
        re.I)),
    ("us_long", re.compile(
        _MONTH + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,\s+(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("month", re.compile(r"\b" + _MONTH + r"\s+(?P<y>(?:19|20)\d\d)\b", re.I)),
]


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    date: dt.date
    precision: str  # day, month, year

    @property
    def iso(self) -> str:
        return self.date.isoformat()


def _year(text: str) -> int:
    year = int(text)
    if year < 100:  # two-digit years in these records run 1950–2049
        year += 2000 if year < 50 else 1900
    return year


def _build(kind: str, m: re.Match) -> tuple[dt.date, str] | None:
    try:
        year = _year(m.group("y"))
        if kind == "month":
            return dt.date(year, MONTHS[m.group("month").lower()], 1), "month"
        month = MONTHS[m.group("month").lower()] if "month" in m.groupdict() and m.group(
            "month") else int(m.group("m"))
        return dt.date(year, month, int(m.group("d"))), "day"
    except (ValueError, KeyError):
        return None


def find_dates(text: str) -> list[DateMatch]:
    """Every date in the text, left to right, the longest reading winning where they overlap."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            built = _build(kind, m)
            if built:
                found.append(DateMatch(m.start(), m.end(), *built))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str) -> DateMatch | None:
    """The first date in a string, if any."""
    dates = find_dates(text)
    return dates[0] if dates else None
