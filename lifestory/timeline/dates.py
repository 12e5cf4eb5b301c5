"""Dates as UK records write them: 14/03/2009, 14.03.09, 14 March 2009, 14th Mar 2009,
2009-03-14, March 2009, w/c 12/8, summer 2009, in 2009, in March, when you were 7; each
with its precision (day, month or year).

Written by hand rather than with dateparser: these forms are few and well known, the
records hold thousands of pages, and a general parser reads "may" and "March" in running
text as dates.
"""

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
    ("month", re.compile(r"\b" + _MONTH + r",?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)),
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


# Forms that need something from outside the text: the year of the note they are in, or the
# care leaver's date of birth.
WEEK_COMMENCING = re.compile(r"\bw/?c\s+(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)\b(?![/.]\d)", re.I)
# Not a page number ("Pg 3/5") or a count ("5/7 nights").
SHORT = re.compile(
    r"(?<![\d/.])(?<!pg )(?<!Pg )(?<!PG )(?<!page )(?<!Page )(?<!PAGE )"
    r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)"
    r"(?![\d/.]|\s*(?:pm|am|nights?|days?|weeks?|times?|sessions?)\b)", re.I)
SEASON = re.compile(
    r"\b(?P<season>spring|summer|autumn|winter|christmas|easter)\s+(?:of\s+)?"
    r"(?P<y>(?:19|20)\d\d)\b", re.I)
YEAR_AFTER = re.compile(
    r"\b(?:in|during|since|from|until|by|early|late|mid)[\s-]+(?P<y>(?:19|20)\d\d)\b(?!-\d)",
    re.I)
AGE = re.compile(
    r"\b(?:when\s+(?:you|she|he|they)\s+(?:were|was)|aged?|at\s+the\s+age\s+of)\s+"
    r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen)\b", re.I)
NUMBERS = {w: i for i, w in enumerate([
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"])}
SEASON_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "winter": 1, "christmas": 12,
                "easter": 4}
# "in March" with no year, in a note or statement that is itself dated: the last March up
# to that date. Only full month names with their capital, after a word that places
# something in the past, so "may" and "a March to the park" are left alone.
MONTH_ONLY = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id|end of|start of|"
    r"beginning of)[\s-]+(?P<month>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?!,?\s+(?:\d|of\s+\d))")


def find_dates(text: str, *, year: int | None = None, born: dt.date | None = None,
               on: dt.date | None = None) -> list[DateMatch]:
    """Every date in the text, left to right, the longest reading winning where they overlap.

    ``year`` lets "w/c 12/8" and "3/4" be read (the year of the note they are in); ``born``
    lets "when you were 7" be read (as a year); ``on``, the date of the note or statement
    the text is in, lets "in March" be read (the last March up to then).
    """
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, date: dt.date, precision: str) -> None:
        if not any(m.start() < e and s < m.end() for s, e in taken):
            found.append(DateMatch(m.start(), m.end(), date, precision))
            taken.append((m.start(), m.end()))

    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            built = _build(kind, m)
            if built:
                add(m, *built)
    for m in SEASON.finditer(text):
        add(m, dt.date(int(m.group("y")), SEASON_MONTH[m.group("season").lower()], 1), "month")
    for m in YEAR_AFTER.finditer(text):
        add(m, dt.date(int(m.group("y")), 1, 1), "year")
    if year:
        for pattern in (WEEK_COMMENCING, SHORT):
            for m in pattern.finditer(text):
                try:
                    add(m, dt.date(year, int(m.group("m")), int(m.group("d"))), "day")
                except ValueError:
                    continue
    if on:
        for m in MONTH_ONLY.finditer(text):
            month = MONTHS[m.group("month").lower()]
            add(m, dt.date(on.year if month <= on.month else on.year - 1, month, 1), "month")
    if born:
        for m in AGE.finditer(text):
            n = m.group("n").lower()
            age = int(n) if n.isdigit() else NUMBERS[n]
            if 0 < age < 26:
                add(m, dt.date(born.year + age, 1, 1), "year")
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str) -> DateMatch | None:
    """The first date in a string, if any."""
    dates = find_dates(text)
    return dates[0] if dates else None
