"""UK National Insurance numbers ("QQ 12 34 56 C").

Presidio's ``UkNinoRecognizer`` (off by default there) only accepts prefixes HMRC issues, so
"QQ 12 34 56 C", HMRC's own example and the usual one in made-up and training records, and any
number mistyped by one letter, are missed. A number that looks like a NINO is redacted like
one, so this recogniser keeps Presidio's strict pattern and adds a looser one (capitals only,
any two letters) at a lower score.

Presidio's context phrases "national insurance" and "ni number" never fire: its context step
compares each context word with one lemma at a time. Single words are used here instead.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import UkNinoRecognizer


class NiNumberRecognizer(UkNinoRecognizer):
    """A National Insurance number, whether or not HMRC would issue its prefix."""

    PATTERNS = [
        *UkNinoRecognizer.PATTERNS,
        Pattern(
            "NINO shape, any prefix (weak)",
            # Up to two spaces or a line break between groups: exports wrap them.
            r"(?-i:\b[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}\s{0,3}[A-D]\b)",
            0.4,
        ),
    ]

    CONTEXT = ["insurance", "nino", "ni"]

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_entity: str = "UK_NINO",
        name: str | None = None,
    ) -> None:
        super().__init__(
            patterns=patterns or self.PATTERNS,
            context=context or self.CONTEXT,
            supported_language=supported_language,
            supported_entity=supported_entity,
            name=name,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Six digits that are all the same ("AA 00 00 00 A") are a placeholder, not a number."""
        digits = re.sub(r"\D", "", pattern_text)
        return False if len(set(digits)) == 1 else None
