"""UK postcodes ("HX3 7QP", "LS6 2AB").

Presidio's ``UkPostcodeRecognizer`` has a correct pattern but scores every match 0.1 and runs
case-insensitively, so school shorthand such as "Y7 2nd" or "B1 2nd" matches too. A postcode
in capitals is a strong sign of an address, so here the same pattern runs case-sensitively at
0.5, with context words for how care records talk about homes (US "zip" and "shipping" are
dropped).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import UkPostcodeRecognizer


class PostcodeRecognizer(UkPostcodeRecognizer):
    """A UK postcode written in capitals."""

    # A table cell may wrap a postcode after its first half ("Leicester LE4 \n9ZD").
    PATTERNS = [
        Pattern("UK postcode (medium)", pattern.regex.replace(r"\s?", r"(?:[ \t]*\n)?[ \t]?"),
                0.5)
        for pattern in UkPostcodeRecognizer.PATTERNS
    ]

    CONTEXT = ["postcode", "address", "live", "home", "reside", "stay", "house", "flat"]

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_entity: str = "UK_POSTCODE",
        name: str | None = None,
    ) -> None:
        super().__init__(
            patterns=patterns or self.PATTERNS,
            context=context or self.CONTEXT,
            supported_language=supported_language,
            supported_entity=supported_entity,
            name=name,
        )
        self.global_regex_flags = re.MULTILINE  # not IGNORECASE: see the module docstring
