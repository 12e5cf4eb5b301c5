"""Chapters by where the child lived, and the gaps the record leaves.

A chapter starts at each move (a placement entry saying the child moved or was placed, or a
row of a placement history), so the story can be read one home at a time; a file with no
moves is read a year at a time. A chapter is named by the kind of home it opens ("From
March 2009: Foster home"), never by a note's words, which may hold a redacted name. A gap
is a stretch longer than ``gap_months`` with nothing recorded: shown, honestly, not hidden.
"""

from __future__ import annotations

import datetime as dt
import re

from lifestory.timeline import themes

MOVE = re.compile(
    r"\b(?:moved (?:to|in|into|back)|placed (?:with|at)|went to live|came to live|returned home|"
    r"accommodated|emergency placement|new placement|long-term placement|moving to|"
    r"admission|admitted to|started living)\b", re.I)
# Someone else's move ("your mum has moved to Flat 12", "he moved in with her") does not
# open a chapter of the child's.
SOMEONE_ELSE = re.compile(
    r"\b(?:mum|mam|mother|dad|father|partner|brother|sister|nan|he|they|[A-Z]{1,3}|"
    r"\[removed[^\]]*\])(?:['’]s)?\s+(?:\w+\s+){0,2}$")
SINCE = re.compile(r"\bsince\s+(?:\w+\s+){0,1}$", re.I)
# A placement history: a number, the start date, the end date (empty while it lasts), the
# kind of placement.
HISTORY_ROW = re.compile(
    r"^[^|\n]{0,12}\|\s*[\d/.\-]{6,10}\s*\|\s*(?:[\d/.\-]{6,10})?\s*\|\s*(?P<type>[^|\n]+)")
GAP_MONTHS = 6


def _month(date: str) -> str:
    return dt.date.fromisoformat(date).strftime("%B %Y")


def _day(date: str) -> str:
    d = dt.date.fromisoformat(date)
    return f"{d.day} {d:%B %Y}"


def chapters(entries: list[dict]) -> list[dict]:
    """Chapters over dated entries (oldest first); each entry gets a ``chapter`` number."""
    moves = [e for e in entries if e["category"] == "placement" and e["kind"] == "note"
             and (_moves(e["text"]) or _history_row(e["text"]))]
    out: list[dict] = []
    if moves:
        homes = [(m, _home(m["text"])) for m in moves]
        # The same move told twice in a month is one chapter; two homes in a month are two.
        starts = [homes[0]] + [(m, home) for (p, p_home), (m, home) in zip(homes, homes[1:],
                                                                            strict=False)
                               if m["date"][:7] != p["date"][:7]
                               or (home and p_home and home != p_home)]
        if entries and entries[0]["date"] < starts[0][0]["date"]:
            out.append({"title": "The early years", "from": entries[0]["date"]})
        months = [m["date"][:7] for m, _ in starts]
        for move, home in starts:
            when = (_day(move["date"]) if months.count(move["date"][:7]) > 1
                    else _month(move["date"]))
            out.append({"title": f"From {when}" + (f": {home}" if home else ""),
                        "from": move["date"]})
    else:
        for year in sorted({e["date"][:4] for e in entries}):
            out.append({"title": year, "from": f"{year}-01-01"})
    for number, chapter in enumerate(out, start=1):
        chapter["number"] = number
        following = out[number]["from"] if number < len(out) else None
        chapter["to"] = following
        chapter["entries"] = [e["id"] for e in entries
                              if e["date"] >= chapter["from"]
                              and (following is None or e["date"] < following)]
        for e in entries:
            if e["id"] in chapter["entries"]:
                e["chapter"] = number
    return out


def _moves(text: str) -> list[re.Match]:
    """The child's moves a note tells (not someone else's, not one long past: "since she
    moved to …")."""
    return [m for m in MOVE.finditer(text)
            if not SOMEONE_ELSE.search(text[max(0, m.start() - 40) : m.start()])
            and not SINCE.search(text[max(0, m.start() - 20) : m.start()])]


def _history_row(text: str) -> str | None:
    """The kind of home a row of a placement history gives ("2 | 28/03/2017 | 11/01/2019 |
    Connected person foster care | …"): each row is a home."""
    row = HISTORY_ROW.match(text)
    return themes.home(row.group("type")) if row else None


def _home(text: str) -> str | None:
    """The kind of home a move was to, from the placement history row or the sentence that
    tells the move; none if they do not say (the chapter is then named by its date)."""
    if (home := _history_row(text)):
        return home
    for move in _moves(text):
        start = text.rfind(". ", 0, move.start()) + 2 if ". " in text[: move.start()] else 0
        end = text.find(". ", move.end())
        if (home := themes.home(text[start : end if end != -1 else len(text)])):
            return home
    return None


def gaps(entries: list[dict], gap_months: int = GAP_MONTHS) -> list[dict]:
    """Stretches with nothing recorded for longer than ``gap_months``."""
    dates = sorted({dt.date.fromisoformat(e["date"]) for e in entries})
    out = []
    for before, after in zip(dates, dates[1:], strict=False):
        months = (after.year - before.year) * 12 + after.month - before.month
        if months > gap_months:
            out.append({"from": before.isoformat(), "to": after.isoformat(), "months": months,
                        "text": f"Nothing was recorded between {_month(before.isoformat())} "
                                f"and {_month(after.isoformat())} ({months} months)."})
    return out
