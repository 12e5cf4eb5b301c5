"""Who the care leaver can talk to, and how to add their account or ask for a correction.

From an optional ``[support]`` table in CASE.toml, else in the authority file, else a kind
general text. Every field is optional::

    [support]
    contact = "Your personal adviser in the Northmoor Leaving Care Team"
    phone = "01422 393000"
    email = "leavingcare@northmoor.example"
    hours = "Monday to Friday, 9am to 5pm"
    note = "Ask for a worker who can sit with you while you read."
    corrections = "Write to the Data Protection Officer, Civic Centre, Halifax HX1 1AA."
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from lifestory.workspace import AUTHORITY_NAME, CASE_NAME, Workspace

FIELDS = ("contact", "phone", "email", "hours", "note", "corrections")
DEFAULT_CONTACT = (
    "your personal adviser or leaving care worker, or the team that sent you this pack"
)
DEFAULT_CORRECTIONS = (
    "Write to the team that sent you this pack, or to the council's Data Protection Officer, "
    "and quote your reference. Say what you think is wrong, or send your own account: it will "
    "be added to your file."
)
# A free, national line open day and night, for when someone needs to talk straight away.
URGENT = "If you feel upset and want to talk to someone now, you can call Samaritans free on " \
         "116 123, any time, day or night."


@dataclass(frozen=True)
class Support:
    contact: str = DEFAULT_CONTACT
    phone: str = ""
    email: str = ""
    hours: str = ""
    note: str = ""
    corrections: str = DEFAULT_CORRECTIONS
    urgent: str = URGENT
    given: bool = False  # True when the case or authority file said who to contact


def support(ws: Workspace) -> Support:
    """The ``[support]`` table of the case file, else of the authority file, else defaults."""
    for name in (CASE_NAME, AUTHORITY_NAME):
        path = ws.path / name
        if not path.exists():
            continue
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8")).get("support")
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            continue  # the case file was checked at init; an authority file is optional
        if isinstance(table, dict):
            given = {k: str(v).strip() for k, v in table.items() if k in FIELDS and v}
            return Support(**given, given=True)
    return Support()
