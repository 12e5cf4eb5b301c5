"""Chapters by where the child lived, and the gaps the record leaves.

A chapter starts at each move (a placement entry saying someone moved or was placed), so the
story can be read one home at a time; a file with no moves is read a year at a time. A gap
is a stretch longer than ``gap_months`` with nothing recorded: shown, honestly, not hidden.
"""

from __future__ import annotations

import datetime as dt
import re

MOVE = re.compile(
    r"\b(?:moved (?:to|in|into)|placed (?:with|at)|went to live|came to live|returned home|"
    r"accommodated|emergency placement|new placement|long-term placement|moving to)\b", re.I)
GAP_MONTHS = 6


def _month(date: str) -> str:
    return dt.date.fromisoformat(date).strftime("%B %Y")


def chapters(entries: list[dict]) -> list[dict]:
    """Chapters over dated entries (oldest first); each entry gets a ``chapter`` number."""
    moves = [e for e in entries if e["category"] == "placement" and e["kind"] == "note"
             and MOVE.search(e["text"])]
    out: list[dict] = []
    if moves:
        starts = [moves[0]] + [m for prev, m in zip(moves, moves[1:], strict=False)
                               if m["date"][:7] != prev["date"][:7]]
        if entries and entries[0]["date"] < starts[0]["date"]:
            out.append({"title": "The early years", "from": entries[0]["date"]})
        for move in starts:
            out.append({"title": f"From {_month(move['date'])}: {move['title']}",
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
