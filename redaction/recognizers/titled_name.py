"""Names written with a title or role: "Mrs Whitfield", "Social Worker Ann Pemberton",
"Anna Price (Social Worker)", "Author: Anna Price".

Case notes name people through their role far more often than other text does, and the small
spaCy model often misses these (it reads "Social Worker Ann Pemberton" as an organisation).
A title or role next to capitalised words is a strong sign of a name, so this recogniser
reports those words as a PERSON. Only the name is the span: the role is the story.

The titles and roles are the ones in ``redaction/roles.toml``, which the people register uses
to decide who is a professional, so there is one list to keep up to date.
"""

from __future__ import annotations

import functools

import regex as re
from presidio_analyzer import Pattern

from redaction.people import role_words
from redaction.recognizers.base import LifestoryRecognizer

#: The lists of roles.toml that hold titles and roles (it holds other lists too).
ROLE_LISTS = ("professional", "unclear", "relationship", "titles")


@functools.cache
def role_phrases() -> frozenset[str]:
    """Every title and role phrase in roles.toml, lower case ("mrs", "social worker")."""
    data = role_words()
    return frozenset(phrase.lower() for key in ROLE_LISTS for phrase in data.get(key, ()))


def _written_forms(phrase: str) -> set[str]:
    """How a role is written before a name: "social worker", "Social Worker", "SW"."""
    capitalised = " ".join(word[:1].upper() + word[1:] for word in phrase.split())
    forms = {phrase, capitalised}
    if " " not in phrase and len(phrase) <= 5:
        forms.add(phrase.upper())  # "SW", "IRO", "GP", "PC"
    first, _, rest = phrase.partition(" ")
    if rest and len(first) <= 4:
        forms.add(f"{first.upper()} {rest}")  # "SL provider", "LAC nurse"
    return forms


#: Entries in roles.toml that are organisations, so what follows them is not a name
#: ("Virtual School Calderdale", "Police Halifax").
NOT_BEFORE_NAMES = frozenset({"virtual school", "camhs", "police", "head of service"})


def _role_alternation() -> str:
    """Every written form of every role, longest first ("Head Teacher" before "Teacher").

    Only titles may take a full stop ("Mr.", "Dr."): after "Mum." or "teacher." a capital
    starts the next sentence, not a name.
    """
    titles = {t.lower() for t in role_words().get("titles", ())}
    roles = role_phrases() - NOT_BEFORE_NAMES - titles
    return rf"(?:(?:{_alternation(titles)})\.?|{_alternation(roles)})"


def _alternation(phrases: set[str]) -> str:
    forms = {form for phrase in phrases for form in _written_forms(phrase)}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


# Letters with accents too ("Wójcik", "Seán", "Siôn").
_NAME_WORD = (r"\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?"
              r"(?:-\p{Lu}\p{Ll}+)?")
# Capitalised words that follow a role without being a name ("Mum Said" in a heading).
_NOT_A_NAME = (
    r"(?!(?:Said|Says|Was|Is|And|Has|Had|Will|Would|Did|The|On|At|In|Visit|Contact|Meeting"
    r"|Review|Report|Notes?|Team|Service|Services)\b)"
)
# An initial may come first: "Mr T. Wójcik", "Mrs C. Booth".
NAME = rf"(?:[A-Z]\.[ ]?)?{_NOT_A_NAME}{_NAME_WORD}(?:[ ]{_NOT_A_NAME}{_NAME_WORD}){{0,2}}"
# Before "(Social Worker)" at most two words, so a capitalised verb opening the sentence
# ("Visited Anna Price (SW)") is not taken into the name.
SHORT_NAME = rf"{_NOT_A_NAME}{_NAME_WORD}(?:[ ]{_NOT_A_NAME}{_NAME_WORD})?"
#: Field labels in case-management exports that are followed by the worker's name.
LABELS = ("Author", "Worker", "Recorded by", "Completed by", "Written by", "Entered by")


class TitledNameRecognizer(LifestoryRecognizer):
    """Capitalised words straight after a title or a role; only the words are the span."""

    # The look-ahead for a capital comes first so the look-behind is only tried where a
    # name could start.
    PATTERNS = [
        Pattern(
            "Name after a title or role (medium)",
            rf"(?=[A-Z])(?<=\b{_role_alternation()},?[ ]\(?){NAME}\b",
            0.5,
        ),
        Pattern(
            "Name before a role in brackets (medium)",
            rf"\b{SHORT_NAME}(?=[ ]?\({_role_alternation()}\))",
            0.5,
        ),
        Pattern(
            # Police reports: rank, collar number, then the name, often surname first in
            # capitals ("PC 2207 STRACHAN, MARC", "PC 3318 K. DRYSDALE").
            "Name after a rank and collar number (medium)",
            # Or as written in a log, the name in ordinary case ("PC 2231 Opie").
            r"(?<=\b(?:PC|PS|DC|DS|Sgt|Insp|Con)\.?[ ]\d{2,6}[ ])(?:[A-Z]\.[ ]?)?"
            rf"(?:[A-Z][A-Z'’-]+(?:,[ ][A-Z][A-Za-z'’-]+)?|{_NAME_WORD})\b",
            0.5,
        ),
        Pattern(
            # "an Eritrean man called Mehari", "a boy named Kai": someone, by what they are.
            "Name after a person word and 'called' (medium)",
            r"(?<=\b(?i:man|woman|boy|girl|lad|resident|learner|friend|neighbour|cousin|"
            r"brother|sister|uncle|aunt|relative|someone|person)[ ](?:called|named)\s+)"
            + NAME + r"\b",
            0.5,
        ),
        Pattern(
            # "Dawit, a new Eritrean learner", "Kai, her cousin": a name and what they are.
            "Name before a person word in apposition (medium)",
            r"\b" + SHORT_NAME + r"(?=,[ ](?:a|an|the|his|her|their|another|one[ ]of[ ]the)[ ]"
            r"(?:[\w-]+[ ]){0,2}(?i:learner|man|woman|boy|girl|lad|resident|pupil|student|"
            r"friend|neighbour|cousin|brother|sister|uncle|aunt|relative|young[ ]person)s?\b)",
            0.5,
        ),
        Pattern(
            "Name after an author label (medium)",
            rf"(?=[A-Z])(?<=\b(?:{'|'.join(LABELS)}):[ \t]*){NAME}\b",
            0.5,
        ),
    ]

    CONTEXT: list[str] = []

    ENTITY = "PERSON"
