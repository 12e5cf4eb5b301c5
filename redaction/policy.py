"""Default decisions, each with an exemption code and a reason a person can read.

The officer can change any of them; these are only where the review starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redaction.people import Person

IDENTIFIER_NAMES = {
    "PHONE_NUMBER": "phone number",
    "UK_PHONE": "phone number",
    "EMAIL_ADDRESS": "email address",
    "UK_POSTCODE": "postcode",
    "STREET_ADDRESS": "address",
    "UK_NHS": "NHS number",
    "UK_NINO": "National Insurance number",
    "DATE_OF_BIRTH": "date of birth",
    "UK_VEHICLE_REGISTRATION": "vehicle registration",
    "UK_DRIVING_LICENCE": "driving licence number",
    "UK_PASSPORT": "passport number",
    "CASE_REFERENCE": "case reference",
}

# Work addresses of professionals are their work details: disclosed.
WORK_EMAIL = re.compile(r"@([\w-]+\.)*(gov\.uk|nhs\.net|nhs\.uk|sch\.uk|police\.uk)$", re.I)


@dataclass(frozen=True)
class Default:
    decision: str  # "redact" / "keep" for suggestions; "redact" / "disclose" for people
    code: str | None
    reason: str
    confidence: float
    flagged: bool = False


def for_person(person: Person) -> Default:
    """The default for a person, which every mention of them follows."""
    who = person.relationship or person.role
    if person.decision:  # the officer already said so in CASE.toml
        why = person.reason or "decided in the case file"
        if person.decision == "disclose":
            return Default("disclose", None, f"disclosed: {why}", 1.0)
        return Default("redact", "3P", f"third party{': ' + who if who else ''}; {why}", 1.0)
    if person.could_be:
        return Default(
            "redact", "3P",
            f"a name {len(person.could_be)} people in the file share: redacted until a person "
            "decides",
            0.5, flagged=True,
        )
    if person.category == "professional":
        return Default("disclose", None, f"professional acting in role ({person.role})", 0.8)
    if person.category == "unclear":
        return Default(
            "redact", "3P",
            f"role unclear ({who}): redacted until a person decides", 0.5, flagged=True,
        )
    label = f"third party: {who}" if who else "third party: named person"
    return Default("redact", "3P", f"{label}; no consent recorded", 0.85)


def for_person_suggestion(person_default: Default) -> str:
    """A person's decision as a decision on one mention of them."""
    return "keep" if person_default.decision == "disclose" else "redact"


def for_identifier(entity_type: str, text: str, *, subject_dob: bool = False,
                   score: float = 0.5) -> Default:
    """The default for a number, address or other identifier found in the text."""
    name = IDENTIFIER_NAMES.get(entity_type, entity_type.lower().replace("_", " "))
    if entity_type == "EMAIL_ADDRESS" and WORK_EMAIL.search(text.strip()):
        return Default("keep", None, "a professional's work email address", score)
    if entity_type == "DATE_OF_BIRTH" and subject_dob:
        return Default("keep", None, "the care leaver's own date of birth", score)
    return Default("redact", "3P-ID", f"another person's {name}", score)


def for_unread_page(text_source: str) -> Default:
    why = ("the page is an image and OCR is not installed" if text_source == "none"
           else "the page is damaged and could not be read")
    return Default("redact", "CHECK", f"withheld until checked: {why}", 1.0, flagged=True)
