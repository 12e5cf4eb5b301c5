"""CASE.toml: who asked, and the people the officer already knows about."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from lifestory.errors import CaseFileError

DECISIONS = ("redact", "disclose")


@dataclass
class KnownPerson:
    name: str
    aliases: list[str] = field(default_factory=list)
    relationship: str | None = None
    role: str | None = None
    decision: str | None = None  # "redact" or "disclose"
    reason: str | None = None


@dataclass
class CaseFile:
    subject_name: str
    subject_aliases: list[str] = field(default_factory=list)
    date_of_birth: dt.date | None = None
    reference: str | None = None
    received: dt.date | None = None
    people: list[KnownPerson] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)  # never redacted
    deny: list[str] = field(default_factory=list)  # always redacted, wherever they appear

    @property
    def subject_names(self) -> list[str]:
        """Every way the record may name the subject: never redacted."""
        return [self.subject_name, *self.subject_aliases]

    def to_dict(self) -> dict:
        return {
            "subject": {
                "name": self.subject_name,
                "aliases": self.subject_aliases,
                "date_of_birth": self.date_of_birth.isoformat() if self.date_of_birth else None,
            },
            "request": {
                "reference": self.reference,
                "received": self.received.isoformat() if self.received else None,
            },
            "people": [vars(p) for p in self.people],
            "lists": {"allow": self.allow, "deny": self.deny},
        }


def _date(value: object, where: str, path: Path) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise CaseFileError(
            f"{path}: {where} should be a date like 2001-09-14, not {value!r}"
        ) from None


def _strings(value: object, where: str, path: Path) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CaseFileError(f"{path}: {where} should be a list of strings")
    return [v for v in value if v.strip()]


def load_lists(path: Path) -> tuple[list[str], list[str]]:
    """An authority's allow and deny lists (the ``[lists]`` table of a TOML file)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CaseFileError(f"{path}: no such authority file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise CaseFileError(f"{path}: not valid TOML ({e})") from None
    lists = data.get("lists") or {}
    return (_strings(lists.get("allow"), "lists.allow", Path(path)),
            _strings(lists.get("deny"), "lists.deny", Path(path)))


def parse_case(data: dict, path: Path) -> CaseFile:
    subject = data.get("subject")
    if not isinstance(subject, dict) or not subject.get("name"):
        raise CaseFileError(f"{path}: [subject] needs a name")
    request = data.get("request") or {}
    lists = data.get("lists") or {}
    people = []
    for i, raw in enumerate(data.get("people") or [], start=1):
        if not raw.get("name"):
            raise CaseFileError(f"{path}: [[people]] entry {i} has no name")
        decision = raw.get("decision")
        if decision is not None and decision not in DECISIONS:
            raise CaseFileError(
                f"{path}: [[people]] {raw['name']}: decision must be 'redact' or 'disclose',"
                f" not {decision!r}"
            )
        people.append(
            KnownPerson(
                name=raw["name"],
                aliases=list(raw.get("aliases") or []),
                relationship=raw.get("relationship"),
                role=raw.get("role"),
                decision=decision,
                reason=raw.get("reason"),
            )
        )
    return CaseFile(
        subject_name=subject["name"],
        subject_aliases=list(subject.get("aliases") or []),
        date_of_birth=_date(subject.get("date_of_birth"), "subject.date_of_birth", path),
        reference=request.get("reference"),
        received=_date(request.get("received"), "request.received", path),
        people=people,
        allow=_strings(lists.get("allow"), "lists.allow", path),
        deny=_strings(lists.get("deny"), "lists.deny", path),
    )


def load_case(path: Path) -> CaseFile:
    """Read and check a CASE.toml, with errors that name the file and the field."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CaseFileError(f"{path}: no such case file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise CaseFileError(f"{path}: not valid TOML ({e})") from None
    return parse_case(data, Path(path))
