"""Dates as UK records write them: 14/03/2009, 14.03.09, 14 March 2009, 14th Mar 2009,
07-Apr-18, 2009-03-14, March 2009, w/c 12/8, Christmas 2009, Hallowe'en 2021, summer 2009,
in 2009, in March, on Monday 10 September, last Thursday, when you were 7; each with its
precision (day, month or year).

Written by hand rather than with dateparser: these forms are few and well known, the
records hold thousands of pages, and a general parser reads "may" and "March" in running
text as dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lifestory.timeline import festivals

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
    # A system's export: "07-Apr-18", "15-Jan-2024 14:00", "4th Nov 24" (a two-digit year
    # only after a month's name, so "3 May 20 children" needs its hyphens to be a date).
    ("long", re.compile(
        r"\b(?P<d>[0-3]?\d)-" + _MONTH + r"-(?P<y>(?:19|20)?\d\d)\b(?![:.]\d)", re.I)),
    ("long", re.compile(
        r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)\s+" + _MONTH + r"\s+(?P<y>\d\d)\b(?![:.]\d)",
        re.I)),
    # A year cut short by an apostrophe, as letters and logs wrote it: "3rd April '92".
    ("long", re.compile(
        r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r"\s+['’](?P<y>\d\d)\b", re.I)),
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
YEAR_AFTER = re.compile(
    r"\b(?:in|during|since|from|until|by|early|late|mid|died)[\s-]+(?P<y>(?:19|20)\d\d)\b(?!-\d)",
    re.I)
AGE = re.compile(
    r"\b(?:when\s+(?:you|she|he|they)\s+(?:were|was)|aged?|(?:at|from)\s+the\s+age\s+of)\s+"
    r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen)\b", re.I)
# The child's own birthday, a day their date of birth gives: "your 18th birthday", "the
# twins' 16th birthday" (a twin's is theirs too); not "Mason's 5th birthday".
BIRTHDAY = re.compile(
    r"\b(?:his|her|your|their|my|the\s+twins['’])\s+(?P<n>\d{1,2})(?:st|nd|rd|th)\s+birthday\b",
    re.I)


def _anniversary(born: dt.date, years: int) -> dt.date:
    """The day someone born on ``born`` turns ``years`` (1 March for 29 February)."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return dt.date(born.year + years, 3, 1)


NUMBERS = {w: i for i, w in enumerate([
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"])}
# "in March" with no year, in a note or statement that is itself dated: the last March up
# to that date. Only full month names with their capital, after a word that places
# something in the past, so "may" and "a March to the park" are left alone.
MONTH_ONLY = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id|end of|start of|"
    r"beginning of)[\s-]+(?P<month>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?!,?\s+(?:\d|of\s+\d))")
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_WEEKDAY = (r"(?P<wd>(?:mon|tues?|weds?|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?)"
            r"\.?,?\s+")
# "Monday 10 September", "on the 15th April", "Sat 19th March", "8 and 9 July" with no year,
# in a dated note or letter: the last such day up to then, or the next one if only that
# falls on the weekday given. The month keeps its capital, so "8 may be" is not a date.
DAY_MONTH = re.compile(
    r"\b(?:" + _WEEKDAY + r")?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?:\s*(?:-|–|and|to|&)\s*[0-3]?\d(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
    r"(?P<month>(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\b", re.I)
# "last Thursday" in a dated note or e-mail; not "his last Saturday at the garden" (his final
# one).
LAST_WEEKDAY = re.compile(
    r"\blast\s+(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
FINAL = re.compile(r"\b(?:his|her|their|my|your|our|its|the|a)\s+$", re.I)


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
    for m in festivals.WITH_YEAR.finditer(text):
        add(m, *festivals.festival_date(m.group("name"), int(m.group("y"))))
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
        for m in DAY_MONTH.finditer(text):
            day = _day_month(m, on)
            if day:
                add(m, day, "day")
        for m in LAST_WEEKDAY.finditer(text):
            if FINAL.search(text, max(0, m.start() - 8), m.start()):
                continue
            back = (on.weekday() - WEEKDAYS.index(m.group("wd")[:3].lower())) % 7 or 7
            add(m, on - dt.timedelta(days=back), "day")
        for m in festivals.WITHOUT_YEAR.finditer(text):
            last = festivals.last_festival(m.group("name"), on)
            if last:
                add(m, *last)
        for m in MONTH_ONLY.finditer(text):
            month = MONTHS[m.group("month").lower()]
            add(m, dt.date(on.year if month <= on.month else on.year - 1, month, 1), "month")
    if born:
        for m in BIRTHDAY.finditer(text):
            age = int(m.group("n"))
            if 0 < age < 26:
                add(m, _anniversary(born, age), "day")
        for m in AGE.finditer(text):
            n = m.group("n").lower()
            age = int(n) if n.isdigit() else NUMBERS[n]
            if 0 < age < 26:
                add(m, dt.date(born.year + age, 1, 1), "year")
    return sorted(found, key=lambda d: d.start)


def _day_month(m: re.Match, on: dt.date) -> dt.date | None:
    """The day a "10 September" with no year means, written on ``on``."""
    month, day = MONTHS[m.group("month").lower()], int(m.group("d"))
    try:
        past = dt.date(on.year, month, day)
        past = past if past <= on else dt.date(on.year - 1, month, day)
        coming = dt.date(past.year + 1, month, day)
    except ValueError:  # 31 April; 29 February in another year
        return None
    if m.group("wd"):
        weekday = WEEKDAYS.index(m.group("wd")[:3].lower())
        if past.weekday() != weekday and coming.weekday() == weekday:
            return coming
    return past


def parse_date(text: str) -> DateMatch | None:
    """The first date in a string, if any."""
    dates = find_dates(text)
    return dates[0] if dates else None
