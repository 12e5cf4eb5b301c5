"""Days and seasons a record dates things by: "Hallowe'en 2021", "Christmas Day 2008",
"Easter 2019", "summer 2012"; and, in a dated note, "at Christmas" or "on Hallowe'en" (the
last one up to the note).

A feast day is a day, Christmas or Easter a month; a season is only its year, since
"summer 2012" says no month (the words stay in the entry's text).
"""

from __future__ import annotations

import datetime as dt
import re

_APOSTROPHE = "['’]?"
# name (as a pattern) → month and day, or None for Easter and the seasons; precision.
FESTIVALS: list[tuple[str, tuple[int, int] | None, str]] = [
    (rf"hallowe{_APOSTROPHE}en", (10, 31), "day"),
    (r"christmas\s+day", (12, 25), "day"),
    (r"christmas\s+eve", (12, 24), "day"),
    (r"boxing\s+day", (12, 26), "day"),
    (rf"new\s+year{_APOSTROPHE}s\s+day", (1, 1), "day"),
    (rf"new\s+year{_APOSTROPHE}s\s+eve", (12, 31), "day"),
    (r"bonfire\s+night", (11, 5), "day"),
    (rf"valentine{_APOSTROPHE}s\s+day", (2, 14), "day"),
    (r"easter\s+sunday", None, "day"),
    (r"christmas", (12, 1), "month"),
    (r"easter", None, "month"),
    (r"spring|summer|autumn|winter", None, "year"),
]
_NAMES = "|".join(f"(?:{name})" for name, _, _ in FESTIVALS)
_COMPILED = [(re.compile(name + r"\Z", re.I), day, precision) for name, day, precision in FESTIVALS]

WITH_YEAR = re.compile(
    rf"\b(?P<name>{_NAMES})\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)
# Without its year only after a word that places it, and never a season ("this summer"):
# "at Christmas", "on Hallowe'en"; not "his Christmas jumper".
WITHOUT_YEAR = re.compile(
    r"\b(?:at|over|for|on|since|after|before|until|during)\s+(?:the\s+)?"
    rf"(?P<name>{_NAMES})\b", re.I)


def easter(year: int) -> dt.date:
    """Easter Sunday (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l7 = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l7) // 451
    month, day = divmod(h + l7 - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _lookup(name: str) -> tuple[tuple[int, int] | None, str, bool]:
    """(month and day, precision, is a season) for a festival's name as written."""
    for pattern, day, precision in _COMPILED:
        if pattern.match(name):
            return day, precision, precision == "year"
    raise KeyError(name)


def festival_date(name: str, year: int) -> tuple[dt.date, str]:
    """The date and precision a festival's name gives in a year."""
    day, precision, season = _lookup(" ".join(name.split()))
    if season:
        return dt.date(year, 1, 1), "year"
    if day is None:
        sunday = easter(year)
        return (sunday, "day") if precision == "day" else (sunday.replace(day=1), "month")
    return dt.date(year, *day), precision


def last_festival(name: str, on: dt.date) -> tuple[dt.date, str] | None:
    """The last time a feast day came, up to ``on``; None for a season."""
    if _lookup(" ".join(name.split()))[2]:
        return None
    date, precision = festival_date(name, on.year)
    if date > on:
        date, precision = festival_date(name, on.year - 1)
    return date, precision
