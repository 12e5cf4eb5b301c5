"""Whose a contact detail is: the care leaver's, a professional's, a service's or a third
party's. A phone number, e-mail, reference or address is decided by its owner, not by what
it is: a worker's office number is disclosed, a relative's mobile is not.

The owner is read from the words around the detail (the person named last on its line, a
form's head in the care leaver's name, a letterhead, "Tariq's mobile"), then one decision
is made per detail for the whole file: a third party's anywhere is redacted everywhere.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable

from redaction.people import role_words
from redaction.text import alternation

# Details whose owner decides them: a professional's work number is disclosed, the care
# leaver's own reference is disclosed, a third party's is not.
CONTACT = ("PHONE_NUMBER", "EMAIL_ADDRESS", "CASE_REFERENCE", "UK_NHS", "UK_NINO",
           "STREET_ADDRESS", "UK_POSTCODE")
PERSONAL_NUMBERS = ("UK_NHS", "UK_NINO")
OWN_REFERENCE_PAGES = 3
OWNER_REACH = 120  # characters back, within the line or table row, to look for an owner
BLOCK_LINES = 4  # a contact block: "Name: …\nRole: …\nAgency: …\nTel: …"
BLOCK_ROW = 60  # characters: longer lines are prose, not a block's rows
# "… mobile 07700 900402", "… e-mail and phone: …": what a contact detail is called.
_DETAIL = (r"(?:own\s+|new\s+)?(?:mobile|mob|phone|number|e-?mail|nhs\s+number|id|"
           r"reference|national\s+insurance)[^.\n]{0,30}$")
# Written to the care leaver: "Your phone and e-mail: 07700 900402".
YOUR_OWN = re.compile(rf"\byour\s+{_DETAIL}", re.I)
# Written of them: "Tariq's mobile 07700 900415".
THEIR_OWN = re.compile(rf"['’]s\s+{_DETAIL}", re.I)
# The head of a form about the care leaver: "Name | Kirsty ACKROYD", "Your name Tariq
# Mahmood", "Child: TREWIN, Jenna"; the rows under it are theirs until someone else's.
NAME_ROW = re.compile(r"^\s*(?:(?:your|child['’]?s|young\s+person['’]?s|full|client|"
                      r"person['’]?s|preferred)\s+)?(?:name|child|client|young\s+person)"
                      r"\b[^\n]{0,20}?$", re.I)
FORM_ROWS = 8  # rows of a form's head: name, birth, numbers, address, phone, e-mail…


# "Incident Report IR-19-031", "Form ref. F-2211": the number of a record the file itself
# holds, not of a person; it is disclosed unless a third party is named with it.
RECORD_LABEL = re.compile(
    r"\b(?:incident|report|form|log|minutes|record|referral|complaint|document|doc|"
    r"meeting|review|visit|sheet)\b[^\n]{0,40}\n?[^\n]{0,12}$"
    # A court's heading: "Case No. FPC/93/0412", the proceedings the file is about.
    r"|\bcase\s+(?:no\.?|number)\s*[:|]?\s*$"
    # A letter's own references: "Our ref: JW/FG/22-318", "Your ref: 3051277".
    r"|\b(?:our|your)\s+ref(?:erence)?\.?\s*(?:no\.?\s*)?[:|]?\s*$", re.I)


# The care leaver's own address: in their own words, or as the home they signed for.
OWN_ADDRESS = re.compile(
    r"(?:\bwhere i live|\bmy (?:own |new )?(?:address|flat|home)"
    r"|\byour (?:own |new )?(?:address|flat)|\bsigned for (?:her|his|their) (?:own |new )?"
    r"(?:flat|tenancy|home)|\bown tenancy)\W{0,4}$", re.I)
# "Tariq moved into his own flat: Flat 12, …": theirs when no one else is named before it
# in the line (not "Dad moved into his own flat").
THEIR_OWN_HOME = re.compile(
    r"\b(?:his|her|their)\s+(?:own|new)\s+(?:flat|home|tenancy|place|bedsit)"
    r"(?:\s+(?:today|yesterday|now))?(?:\s*\([^()\n]{0,30}\))?\W{0,4}$", re.I)
# "Placement address: …": where the child lived, theirs to know (the carers are named apart).
PLACEMENT_ADDRESS = re.compile(r"\bplacement\s+address\W{0,6}$", re.I)
# "Address:" under a header line that names the care leaver ("WHITCOMBE, Demi-Leigh DOB…").
ADDRESS_LABEL = re.compile(r"^\s*(?:current\s+)?address\s*[:|]\s*$", re.I)


ENTRY_DATE = re.compile(r"[ \t]*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
DATED_ROW = re.compile(r"[ \t]*\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b[^\n]*\|")
# A service's own number or address, not a person's: "Office: 0191 498 0522",
# "Secretaries: 0191 498 0461 | paedneuro.secs@…", "Switchboard 0113 …".
OFFICE_LABEL = re.compile(
    r"\b(?:office|switchboard|reception|secretaries|secretary|enquiries|helpline|duty\s+desk)"
    r"(?:\s+(?:tel|phone|number|no)\.?)?\s*[:|]?\s*(?:\+?[\d ]{10,16}\s*[|,/]\s*)?$", re.I)


# A police, probation or another council's reference is about whoever it was raised for.
ANOTHER_AGENCY = re.compile(r"\b(?:police|psni|crime|cad|pbni|probation|their|another|"
                            r"council's|trust's)\b", re.I)


def subject_pattern(names: list[str]) -> re.Pattern:
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def mark_owners(text: str, identifiers: list[dict], mentions: list[dict],
                 subject: re.Pattern, institutions: frozenset[str] = frozenset()) -> None:
    """Whose a phone number or e-mail address is: the person named last before it on the
    same line ("Tom Gallagher | Social Worker | 0113 496 0214", "Sharon on 07700 900123")."""
    for row in identifiers:
        if row["entity_type"] not in CONTACT:
            continue
        line_start = max(text.rfind("\n", 0, row["start"]) + 1, row["start"] - OWNER_REACH)
        if row["entity_type"] == "UK_POSTCODE":
            row["owner"] = None  # theirs only as part of their own address (below)
            continue
        if row["entity_type"] == "STREET_ADDRESS":
            # An address is shared by everyone who lives there, so only words that say it
            # is the care leaver's own make it theirs; nearness to a name does not.
            # "Name | Kirsty ACKROYD\nDate of birth | …\nAddress | …": a form's head.
            own = (OWN_ADDRESS.search(text, line_start, row["start"])
                   or (ADDRESS_LABEL.search(text, line_start, row["start"])
                       and _in_subjects_form_head(text, line_start, mentions, subject))
                   or (THEIR_OWN_HOME.search(text, line_start, row["start"])
                       and _nearest_owner(text, line_start, row["start"], mentions,
                                          subject) in ("subject", None)))
            own = own or PLACEMENT_ADDRESS.search(text, max(0, row["start"] - 40), row["start"])
            row["owner"] = "subject" if own else None
            places = {place.casefold() for place in address_places(row["text"])}
            if not own and (places & institutions
                            or _under_an_organisation(text, row, mentions, subject)):
                row["owner"] = "institution"  # a children's home's, a clinic's address
            continue
        row["owner"] = _nearest_owner(text, line_start, row["start"], mentions, subject)
        if row["owner"] is None and _in_subjects_form_head(
                text, text.rfind("\n", 0, row["start"]) + 1, mentions, subject):
            row["owner"] = "subject"
        if row["owner"] is None and (
                OFFICE_LABEL.search(text, line_start, row["start"])
                or _under_an_organisation(text, row, mentions, subject)):
            row["owner"] = "institution"  # "Secretaries: 0191 498 0461", "Office: …"
        # A contact block: the name is a few lines up. Not for a dated row of a chronology
        # that speaks of a relative ("01/03/2013 | Father sentenced (SPS no. 0871342)"):
        # the worker who signed the rows above is not whose it is.
        row_start = text.rfind("\n", 0, row["start"]) + 1
        if row["owner"] is None and not (
                DATED_ROW.match(text, row_start)
                and _any_relative().search(text, row_start, row["start"])):
            block_start = line_start
            for _ in range(BLOCK_LINES - 1):
                if ENTRY_DATE.match(text, text.rfind("\n", 0, block_start) + 1):
                    break  # a log's new entry: the name above signed the one before
                block_start = text.rfind("\n", 0, max(block_start - 1, 0)) + 1
            owner = _nearest_owner(text, block_start, row["start"], mentions, subject)
            if (owner == "subject" and row["entity_type"] not in PERSONAL_NUMBERS
                    and not _named_in_a_row(text, block_start, row["start"], subject)):
                # Prose: "He told Reece he would take him to the match and gave him his
                # number (…)" is the speaker's number, whoever was named last.
                owner = None
            # Only a same-line third party condemns a detail everywhere; a block only
            # ever tells that it is a professional's (or the care leaver's). Not of another
            # agency's reference ("Adoption Service (their ref …)"): that is a case's.
            row["owner"] = None if owner == "third_party" or (
                owner == "professional" and row["entity_type"] == "CASE_REFERENCE"
                and ANOTHER_AGENCY.search(text, line_start, row["start"])) else owner
            row["beside_a_third_party"] = owner == "third_party"
        if row["owner"] == "professional" and row["entity_type"] in PERSONAL_NUMBERS:
            # No worker's NHS or National Insurance number is in a child's file: one a
            # worker records with no one else named is the child's ("NI number letter
            # received"); "M's NI no." names the mother.
            row["owner"] = "subject"
        if (row["owner"] is None and row["entity_type"] == "CASE_REFERENCE"
                and RECORD_LABEL.search(text, max(0, row["start"] - 60), row["start"])
                and not ANOTHER_AGENCY.search(text, max(0, row["start"] - 60), row["start"])):
            row["owner"] = "record"
    _own_address_runs(text, identifiers)


ADDRESS_PARTS = ("STREET_ADDRESS", "UK_POSTCODE")
# Between two parts of one address: commas, a line break, a town ("…Point, 12 Wharf Lane,
# Walsall WS2 8ZF").
ADDRESS_GAP = re.compile(r"^[\s,]*(?:[A-Z][a-z]+[\s,]+){0,3}$")


def _own_address_runs(text: str, identifiers: list[dict]) -> None:
    """The rest of the care leaver's own address (the street, the postcode) is theirs too,
    and the rest of a children's home's address is the home's."""
    parts = sorted((r for r in identifiers if r["entity_type"] in ADDRESS_PARTS),
                   key=lambda r: r["start"])
    for before, after in itertools.pairwise(parts):
        if (before.get("owner") in ("subject", "institution") and after.get("owner") is None
                and ADDRESS_GAP.match(text[before["end"]:after["start"]])):
            after["owner"] = before["owner"]


# "Carnmeen House (children's home)", "Ty Celyn Children's Home", "moved to Foxglove Court
# supported accommodation": a service where children live, whose address is no one's own.
_SERVICE = (r"(?:residential\s+)?(?:children['’]s\s+(?:home|unit|house)"
            r"|residential\s+(?:unit|home|house)|(?:family\s+)?group\s+home|secure\s+unit"
            r"|supported\s+accommodation"
            r"|supported\s+living|semi-independent|hostel|refuge)")
INSTITUTION = re.compile(
    # The name, then its address if given, then what it is: "Carnmeen House, 2 Drumsallagh
    # Road, Banbridge BT32 3ZT (Trust residential unit)".
    r"\b((?:[A-Z][\w'’-]+[ \t]+){0,3}[A-Z][\w'’-]+)(?:,[^()\n.|]{0,60})?[,(\s]+"
    rf"(?i:(?:(?:an?|the|our|trust|council)\s+){{0,2}}(?:1[68]\s*\+\s*)?{_SERVICE})\b")


def institution_names(texts: Iterable[str]) -> frozenset[str]:
    """The services named in the pages' texts where children live (lower case)."""
    names: set[str] = set()
    for text in texts:
        for m in INSTITUTION.finditer(text):
            name = " ".join(m.group(1).split())
            if name[:1].isupper() and len(name) >= 4:
                names.add(name.casefold())
    return frozenset(names)


def _nearest_owner(text: str, start: int, end: int, mentions: list[dict],
                   subject: re.Pattern) -> str | None:
    """Whose the detail is: the last person named before it (the care leaver on a tie)."""
    if YOUR_OWN.search(text[start:end]):
        return "subject"
    near = [m for m in mentions if start <= m["start"] and m["end"] <= end]
    # "Armstrong" inside "Julie Armstrong" is Julie, whoever else is called Armstrong.
    near = [m for m in near if not any(o["start"] <= m["start"] and m["end"] <= o["end"]
                                       and o["end"] - o["start"] > m["end"] - m["start"]
                                       for o in near)]
    candidates = [(m["end"], 0, "professional" if m["default_decision"] == "keep"
                   else "third_party") for m in near]
    # "Jade's Nan … 07700 900845" is Nan's number: a possessive names someone else, unless
    # what it names is the detail ("Tariq's mobile 07700 900415").
    candidates += [(m.end(), 1, "subject") for m in subject.finditer(text, start, end)
                   if text[m.end() : m.end() + 2] not in ("'s", "’s")
                   or THEIR_OWN.match(text[m.end() : end])]
    # "Rang Nain's mobile (07700 900605)", "her dad on 07700…": a relative, unnamed.
    candidates += [(m.end(), 0, "third_party")
                   for m in _relative_pattern().finditer(text, start, end)]
    return max(candidates)[2] if candidates else None


def _in_subjects_form_head(text: str, line_start: int, mentions: list[dict],
                           subject: re.Pattern) -> bool:
    """Whether the detail's row is in a block of rows headed by the care leaver's name,
    with no one else named between ("Your name Tariq Mahmood\nDate of birth …\nNI number
    …\nMobile …"). A blank line, anyone else or a relative ends the block."""
    end = line_start
    for _ in range(FORM_ROWS):
        if end == 0:
            return False
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end]
        named = subject.search(line)
        if named and NAME_ROW.match(text[start:start + named.start()]):
            return True
        if not line.strip() or _any_relative().search(line) or any(
                start <= m["start"] < end for m in mentions):
            return False
        end = start
    return False


# Where people live, not organisations: a building or street named before a number is no
# one's service.
DWELLINGS = {"road", "street", "lane", "avenue", "close", "drive", "park", "mews", "crescent",
             "terrace", "gardens", "grove", "court", "house", "hall", "home", "homes", "town",
             "promenade", "parade", "quay", "wharf", "square", "precinct", "walk", "way",
             "rise", "estate"}


@functools.cache
def _organisation() -> re.Pattern:
    """An organisation's name: capitalised words ending in what it is ("Children's Services",
    "Partnership NHS Trust", "Leaving Care Service", "Pengarth Medical Centre")."""
    words = sorted({*role_words()["organisation_words"], "nhs", "police"} - DWELLINGS)
    return re.compile(rf"\b[A-Z][\w'’&-]*(?:[ \t]+(?i:{alternation(words)})\b)+")


# After an organisation's name, only its bracket and punctuation before the address:
# "… Mental Health Service (CAMHS West)\n", "… Medical Practice, ".
ORGANISATION_ENDS = re.compile(r"[^\w\n(]*(?:\([^()\n]*\))?[^\w\n]*\n?[ \t]*$")


def _under_an_organisation(text: str, row: dict, mentions: list[dict],
                           subject: re.Pattern) -> bool:
    """A number or e-mail on an organisation's line or under its heading, with no person
    or relative between: a letterhead's "CAMHS West\nPolwithen House …\nTel: 01632 …", a
    footer's "Tynebridge Council Children's Services | … | 0191 498 0345"."""
    if row["entity_type"] not in ("PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS"):
        return False
    # An address only on the organisation's line ("Spinney Rise Medical Practice, 140
    # Spinney Rise") or straight under it, unlabelled; a number up to two lines under.
    address = row["entity_type"] == "STREET_ADDRESS"
    start = row["start"]
    for _ in range(2 if address else 3):
        start = text.rfind("\n", 0, max(start - 1, 0)) + 1
        span = text[start:row["start"]]
        if (any(start <= m["start"] < row["start"] for m in mentions) or subject.search(span)
                or _any_relative().search(span)):
            return False
        named = [m.end() for m in _organisation().finditer(span)]
        if named and (not address or ORGANISATION_ENDS.match(span, named[-1])):
            return True
        if start == 0 or (address and span.strip()):
            break  # "Address: …" is a form's row, whatever the row above says
    return False


def _named_in_a_row(text: str, start: int, end: int, subject: re.Pattern) -> bool:
    """Whether the care leaver is named in a short line of a block ("Reece Hollinshead\n
    07700 900582"), not in a line of running prose."""
    for m in subject.finditer(text, start, end):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if (line_end if line_end >= 0 else len(text)) - line_start <= BLOCK_ROW:
            return True
    return False


def _relatives() -> str:
    """Family words as one alternation; not the words for the child or the other young
    people, who are not relatives of anyone in the note."""
    words = role_words()
    relatives = {*words["kinship"], *words["relationship"]} - {
        "young person", "young people", "yp", "child", "children", "pupil", "resident", "peer"}
    return alternation(sorted(relatives))


@functools.cache
def _any_relative() -> re.Pattern:
    return re.compile(rf"\b(?:{_relatives()})\b", re.I)


@functools.cache
def _relative_pattern() -> re.Pattern:
    """A relative who owns the detail after them: "Nain's mobile", "her dad on 07700…",
    "Tel con GGM (01632 960574)" (the bracket may be the detail's own), a bracket still
    open at the detail ("her half-sister (Post-Adoption Section file PAS/95/027)"), and a
    running record's "M's" and "F's". Searched up to the detail: "$" is where it starts."""
    return re.compile(rf"\b(?:(?:{_relatives()})(?:['’]s\b|\s+on\b|"
                      r"\s*\((?=[^()\n]{0,50}$)|[ \t]*(?=$))|(?-i:[MF])['’]s\b)", re.I)


def decide_contact_details(by_page: dict[tuple[str, int], list[dict]]) -> set[str]:
    """One decision per phone number or address, whichever page it is on: a third party's
    anywhere is redacted everywhere; one only ever beside a professional (or the care
    leaver) is a work (or their own) detail, disclosed.

    Returns the digits of the references decided to be the care leaver's own.
    """
    owners: dict[str, set] = defaultdict(set)
    pages: dict[str, set] = defaultdict(set)
    beside_others: set[str] = set()
    for key, rows in by_page.items():
        for r in rows:
            if r["entity_type"] in CONTACT:
                number = _digits_or_text(r["text"])
                owners[number].add(r.pop("owner", None))
                if r.pop("beside_a_third_party", False):
                    beside_others.add(number)
                if r["entity_type"] == "CASE_REFERENCE":
                    pages[number].add(key)
    for number, seen in owners.items():
        # A case reference that heads page after page ("Mosaic ID 1174092", "File no.
        # C.1147") and is never written near a third party is the file's own: the care
        # leaver's.
        if (len(pages[number]) >= OWN_REFERENCE_PAGES and number not in beside_others
                and seen <= {None, "record", "subject"}):
            seen.add("subject")
    own_references: set[str] = set()
    own_addresses = [_squash(r["text"]) for rows in by_page.values() for r in rows
                     if r["entity_type"] == "STREET_ADDRESS"
                     and owners[_digits_or_text(r["text"])] == {"subject"}]
    for rows in by_page.values():
        for r in rows:
            if r["entity_type"] not in CONTACT:
                continue
            seen = owners[_digits_or_text(r["text"])]
            if "third_party" in seen:
                r.update(default_decision="redact", exemption_code="3P-ID",
                         reason=r["reason"] if r["default_decision"] == "redact"
                         else "a third party's contact detail")
            elif r["entity_type"] == "STREET_ADDRESS" and "subject" not in seen and any(
                    _squash(r["text"]) in own for own in own_addresses):
                r.update(default_decision="keep", exemption_code=None,
                         reason="part of the care leaver's own address")
            elif seen & {"professional", "subject", "record", "institution"}:
                whose = ("a professional's work contact detail" if "professional" in seen
                         else "the care leaver's own contact detail" if "subject" in seen
                         else "the address of a children's home or other service"
                         if "institution" in seen
                         else "the number of a report or form in the file, not a person's")
                r.update(default_decision="keep", exemption_code=None, reason=whose)
                if r["entity_type"] == "CASE_REFERENCE" and seen & {"professional",
                                                                    "subject"} == {"subject"}:
                    own_references.add(re.sub(r"\D", "", r["text"]))
    return own_references


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


def _digits_or_text(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    if text.lstrip().startswith("+44") and len(digits) == 12:
        digits = "0" + digits[2:]  # "+44 7700 900561" is "07700 900561"
    return digits if len(digits) >= 6 else text.strip().lower()


HOUSE_NUMBER = re.compile(r"^(?:flat\s+\w+,?\s*)?\d+[a-z]?,?\s+", re.I)


def address_places(address: str) -> set[str]:
    """The streets and buildings an address names without their numbers ("Larch Close")."""
    names = (HOUSE_NUMBER.sub("", part.strip()) for part in " ".join(address.split()).split(","))
    return {name for name in names if len(name.split()) >= 2 and not name[0].isdigit()}


