"""Case, client and reference numbers ("Case ref: CN-2004-5521", "Client ID 1048213").

A reference number identifies whoever it belongs to, so it is found after a label that says
what it is; whose it is (the care leaver's own or a third party's) is decided afterwards,
from the name on the same line.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from redaction.recognizers.base import LifestoryRecognizer

LABEL = (
    r"(?:case|client|refs?|references?|file|record|crime|incident|police|mosaic|lcs|"
    r"person|child|id|sps|prison|prisoner|custody|registration)"
)
# The number itself: letter groups first, as agencies write them ("PBNI 18/02269",
# "FS/CC/48213", "CC2011050900214", "C.1147"), or between its numbers ("2014/PA/08762").
NUMBER = (
    r"(?-i:(?:(?!(?:ID|NO|No|REF|Ref)\b)[A-Z]{1,5}[-/.]){0,3}"
    r"(?:(?!(?:ID|NO|No|REF|Ref)\b)[A-Z]{1,5}[-/ ]?)?"
    # A date under a "Police" column is a date, not a reference.
    r"(?!\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b)"
    # A year is a year: "Leaving care record 2004 to 2008".
    r"(?!(?:19|20)\d\d\b(?![-/][\dA-Z]))"
    r"(?:\d{1,6}(?:[-/](?:\d{2,8}|[A-Z]{1,5}(?=[-/]\d)))+|\d{4,16}))\b"
)


class CaseReferenceRecognizer(LifestoryRecognizer):
    """A reference number straight after a label naming it as one."""

    PATTERNS = [
        Pattern(
            "Labelled reference number",
            # Only the number is the span: the label is matched behind it.
            rf"(?i:(?<=\b{LABEL}\b\.?\s*(?:no\.?|number|ref\.?|id)?\s*(?:is\s+)?[:#]?\s*))"
            + NUMBER,
            0.6,
        ),
        Pattern(
            # "Our refs: 2014/PA/08761 (Eilidh) and 2014/PA/08762 (Kai)": the label says
            # what every number of its list is.
            "Reference listed after a labelled one",
            rf"(?i:(?<=\b(?:refs|references|numbers|nos|ids)\b\.?\s*[:#]?\s*{NUMBER}"
            r"[^\n]{0,30}?(?:,|\band\b|&)\s*))" + NUMBER,
            0.6,
        ),
        Pattern(
            # "McFADYEN, Eilidh (3051277) and Kai (3051278)": a long number in brackets
            # straight after a name is that person's number on a system. Not an area code
            # ("Lynne (01632) 960715").
            "Number in brackets after a name",
            r"(?<=\b[A-Z][A-Za-z'’-]+[ \t]\()\d{5,12}(?=\))(?!\)[ \t]*\d)",
            0.5,
        ),
    ]

    CONTEXT = ["ref", "reference", "case", "client", "number", "id"]

    ENTITY = "CASE_REFERENCE"
