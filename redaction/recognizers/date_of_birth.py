"""Dates of birth: a date written next to "DOB", "born" or "date of birth".

Dates are the story of a care file and are never redacted for being dates. A date of birth is
different: with a name it identifies a person. Only the date is the span, not the label, so
"DOB: 14/03/2009" redacts "14/03/2009" and leaves "DOB:" to read.

Two patterns: a date straight after a label (strong), and any date (weak). The weak one only
survives when a label comes a few words before it in the same sentence ("born in Leeds on
14 March 2009"): a score threshold drops weak matches that were not boosted.

The boost is done here, on the text, rather than by Presidio's lemma-based context step:
spaCy's lemma of "born" is "bear", "D.O.B." is one token, and Presidio matches context words
as substrings, so "birth" would also boost every "birthday".
"""

from __future__ import annotations

import datetime

import regex as re
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.base import LifestoryRecognizer

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:\d{4}|'?\d{2})"

#: 14/03/2009, 14.03.09, 14-3-2009, 14 March 2009, 14th Mar 2009, 14th of March 2009,
#: March 14, 2009 and 2009-03-14.
DATE = (
    r"(?:"
    r"\d{4}-\d{1,2}-\d{1,2}"
    rf"|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]{_YEAR}"
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"
    rf"|{_MONTH}\s+{_DAY},?\s+{_YEAR}"
    r")"
)
#: The words that make a date a date of birth, and what may sit between them and the date.
#: A whole word each ("we do both" is not "D O B").
LABEL = r"(?:dob\b|d\.\s?o\.\s?b\b\.?|date\s+of\s+birth\b|birth\s*date\b|born\b(?:\s+on\b)?)"
_AFTER_LABEL = r"\s*(?:[:\-–]|is|was)?\s*"
_LABEL_RE = re.compile(rf"\b{LABEL}", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]|\n\s*\n")
_DATE_RE = re.compile(DATE, re.IGNORECASE)


class DateOfBirthRecognizer(LifestoryRecognizer):
    """A date labelled as somebody's date of birth."""

    PATTERNS = [
        Pattern(
            "Date of birth (labelled)",
            rf"(?<=\b{LABEL}{_AFTER_LABEL})\b{DATE}(?![\w/.\-]\d)",
            0.6,
        ),
        Pattern("Date near a birth word (weak)", rf"\b{DATE}(?![\w/.\-]\d)", 0.05),
    ]

    # Empty on purpose: Presidio's lemma-based step would boost dates after "reborn" or
    # "birthday". This recogniser's context is LABEL, applied in enhance_using_context.
    CONTEXT: list[str] = []

    #: Scores below this are dropped; an unboosted weak match (0.05) is below it.
    SCORE_THRESHOLD = 0.4
    #: How far before a date (in characters) a label may be, and what it adds to the score.
    CONTEXT_WINDOW = 60
    CONTEXT_BOOST = 0.35

    ENTITY = "DATE_OF_BIRTH"
    # Presidio's default flags: labels ("DOB", "Born") are written in any case.
    FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.score_thresholds = {"default": self.SCORE_THRESHOLD}

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Raise the score of a date with a birth label shortly before it in the same sentence."""
        for result in raw_recognizer_results:
            label = self._label_before(text, result.start)
            if not label:
                continue
            result.score = min(1.0, max(result.score + self.CONTEXT_BOOST, self.SCORE_THRESHOLD))
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            if result.analysis_explanation:
                result.analysis_explanation.set_supportive_context_word(label)
                result.analysis_explanation.set_improved_score(result.score)
        return raw_recognizer_results

    def _label_before(self, text: str, start: int) -> str:
        """The birth label in the window before ``start`` with no sentence break after it."""
        window = text[max(0, start - self.CONTEXT_WINDOW) : start]
        labels = list(_LABEL_RE.finditer(window))
        if not labels or _SENTENCE_END.search(window, labels[-1].end()):
            return ""
        between = window[labels[-1].end():]
        # "DOB 05/01/1961 | C.Evans\n3 | 11/01/2019": the label has its own date, and a
        # row or cell later the next date is something else.
        if _DATE_RE.search(between) or between.count(" | ") > 1:
            return ""
        return labels[-1].group()

    def validate_result(self, pattern_text: str) -> bool | None:
        """Reject dates that cannot exist (31/02/2009, 14/13/2009); keep the rest as scored."""
        return None if parse_date(pattern_text) else False


def parse_date(text: str) -> datetime.date | None:
    """The calendar date written in ``text`` (day first, as in the UK), or None if impossible."""
    text = text.strip().rstrip(".")
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        year, month, day = (int(g) for g in m.groups())
    elif m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-]('?\d{2}|\d{4})", text):
        day, month = int(m[1]), int(m[2])
        year = _full_year(m[3])
    else:
        words = re.findall(r"[A-Za-z]+|\d+", text)
        numbers = [w for w in words if w.isdigit()]
        names = [w[:3].lower() for w in words if w[:3].lower() in _MONTHS]
        if len(numbers) != 2 or len(names) != 1:
            return None
        day, year = int(numbers[0]), _full_year(numbers[1])
        month = _MONTHS[names[0]]
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str) -> int:
    """Two-digit years are taken as the most recent such year (care records span ~100 years)."""
    text = text.lstrip("'")
    if len(text) == 4:
        return int(text)
    this_year = datetime.date.today().year
    year = 2000 + int(text)
    return year if year <= this_year else year - 100
