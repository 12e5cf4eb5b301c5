"""UK vehicle registrations, also where an export wraps one across a line ("CU15 \nXNL").

Presidio's recogniser allows one space or hyphen between the groups; a plate at the end of a
line in a PDF comes out with a line break there, and was missed. Its patterns and its check
of the age identifier are kept; only the separator is widened.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import UkVehicleRegistrationRecognizer

SEPARATOR = r"(?:[- ]|[ \t]?\n[ \t]*)?"


class VehicleRegistrationRecognizer(UkVehicleRegistrationRecognizer):
    PATTERNS = [
        *(Pattern(p.name, p.regex.replace("[- ]?", SEPARATOR), p.score)
          for p in UkVehicleRegistrationRecognizer.PATTERNS),
        # Northern Ireland and dateless plates ("RFZ 6190"): three letters and up to four
        # digits is too common a shape alone, so only after a word for a vehicle.
        Pattern("Northern Ireland or dateless registration, after a vehicle word",
                r"(?<=\b(?i:car|van|vehicle|reg|registration|plate|motorbike|taxi)\b"
                r"[^.\n]{0,25})\b[A-HJ-PR-Z]{3}[ ]?\d{1,4}\b", 0.5),
    ]

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("patterns", self.PATTERNS)
        kwargs.setdefault("replacement_pairs", [("-", ""), (" ", ""), ("\n", ""), ("\t", "")])
        super().__init__(**kwargs)
