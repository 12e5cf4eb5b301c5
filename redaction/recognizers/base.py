"""The constructor our pattern recognisers share.

As in Presidio's own recognisers, the class constants ``PATTERNS`` and ``CONTEXT`` are the
defaults and every one can be overridden; ``ENTITY`` names what is found and ``FLAGS`` how
the patterns are matched (case-sensitive unless a recogniser says otherwise: capitals are
much of what tells a name or a street from a sentence).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer


class LifestoryRecognizer(PatternRecognizer):
    ENTITY: str = ""
    PATTERNS: list[Pattern] = []
    CONTEXT: list[str] = []
    FLAGS: int = re.MULTILINE

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_entity: str | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            patterns=patterns or self.PATTERNS,
            context=context or self.CONTEXT,
            supported_language=supported_language,
            name=name,
            global_regex_flags=self.FLAGS,
        )
