"""People in my life: who was there, and when, as the pack may show them.

Built on the redaction people register. A person whose name is redacted appears only by
who they were to the child ("your mother", "a foster carer"), never by name; a disclosed
person (a professional, a relative who agreed) by name and role. Relationships are said in
plain words ("your mum" and "your mother" are one row, "pc" is "a police officer"), and
people shown only by the same description are one row, since nothing else tells them apart.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path

from lifestory.timeline.glossary import spelled_out
from lifestory.workspace import Workspace

PEOPLE = Path(__file__).with_name("people.toml")
OTHERS = "someone in your life"
SEVERAL_OTHERS = "other people in your life"
A_WORKER = "someone who worked with you"
SHORT_FORM = 3  # a role this short and in no table is an abbreviation nobody explained
BRACKET = re.compile(r"\s*\([^)]*\)\s*$")


@functools.cache
def _words() -> dict:
    data = tomllib.loads(PEOPLE.read_text(encoding="utf-8"))
    same = {w: key for key, words in data["same"].items() for w in words}
    return {"same": same, "family": set(data["same"]), "spelled_out": data["spelled_out"],
            "others": data["others"], "several": data["several"],
            "not_a_role": set(data["not_a_role"]["words"])}


def plain_role(who: str | None) -> str | None:
    """A relationship or role in plain words, one form for each ("mum" and "mother" are
    "mother"; "sw" is "social worker"); None for a word that says nothing."""
    if not who:
        return None
    words = _words()
    who = " ".join(who.split()).lower()
    if (bracket := BRACKET.search(who)) and (base := plain_role(who[: bracket.start()])):
        return f"{base} {bracket.group().strip()}"  # "maternal grandmother (special guardian)"
    if who in words["not_a_role"]:
        return None
    if who in words["same"]:
        return words["same"][who]
    if who in words["spelled_out"]:
        return words["spelled_out"][who]
    if len(who) <= SHORT_FORM:
        spelled = spelled_out().get(who)
        return words["same"].get(spelled, spelled) if spelled else None
    return who


def describe(person: dict) -> str:
    """Who a person was to the child, as the index says it."""
    who = plain_role(person["relationship"]) or plain_role(person["role"])
    if person["category"] == "professional":
        return who or A_WORKER
    if not who:
        return OTHERS
    if who in _words()["others"]:
        return _words()["others"][who]
    family = BRACKET.sub("", who) in _words()["family"]
    return f"your {who}" if family or person["category"] == "third_party" else who


def people_index(ws: Workspace, entries: list[dict]) -> list[dict]:
    """One row per person, with the first and last dates they appear in the timeline."""
    shown = {e["id"] for e in entries}
    spans: dict[str, list[str]] = {}
    for entry in ws.rows("timeline_entries", "decision = 'include'"):
        if entry["id"] not in shown:
            continue
        for s in ws.rows("suggestions", "document_id = ? AND page_number = ? AND start >= ? "
                         "AND end <= ? AND person_id IS NOT NULL",
                         [entry["document_id"], entry["page_number"], entry["start"],
                          entry["end"]]):
            spans.setdefault(s["person_id"], []).append(entry["date"])
    return index_rows(ws.rows("people", order_by="category, name"), spans)


def index_rows(people: Iterable[dict], spans: dict[str, list[str]]) -> list[dict]:
    """The index's rows for people of the register (``spans``: the dates of the entries
    each appears in). A disclosed person is a row of their own; people shown only by the
    same description are one row, saying how many they are."""
    out: list[dict] = []
    unnamed: dict[str, dict] = {}
    for person in people:
        dates = sorted(spans.get(person["id"], []))
        if not dates:
            continue
        disclosed = person["decision"] == "disclose"
        row = {
            "name": person["name"] if disclosed else None,
            "described_as": describe(person),
            "professional": person["category"] == "professional",
            "first_seen": dates[0],
            "last_seen": dates[-1],
            "entries": len(dates),
            "people": 1,
        }
        if disclosed:
            out.append(row)
        elif (same := unnamed.get(row["described_as"])) is not None:
            same.update(first_seen=min(same["first_seen"], row["first_seen"]),
                        last_seen=max(same["last_seen"], row["last_seen"]),
                        entries=same["entries"] + row["entries"], people=same["people"] + 1)
        else:
            unnamed[row["described_as"]] = row
            out.append(row)
    several = {OTHERS: SEVERAL_OTHERS, **_words()["several"]}
    for row in out:
        if row["people"] > 1 and row["described_as"] in several:
            row["described_as"] = several[row["described_as"]]
    return out
