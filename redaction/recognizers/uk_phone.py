"""UK phone numbers that python-phonenumbers does not accept.

Presidio's ``PhoneRecognizer`` only returns numbers that phonenumbers calls *valid*, i.e. in a
range Ofcom has allocated. That rejects mobiles such as 07700 900123 and the 01632 area code
(both kept for drama), numbers in ranges newer than the installed metadata, and numbers
written down wrongly, which are still somebody's number. This recogniser matches the shape of
a UK number and checks only its length."""

from __future__ import annotations

import phonenumbers
import regex as re
from presidio_analyzer import Pattern

from redaction.recognizers.base import LifestoryRecognizer

# +44 or 0044, optionally with the trunk zero in brackets: "+44 (0)7700 900123".
_INTERNATIONAL = r"(?:\+|00)\s?44\s?(?:\(0\)\s?)?"
# Not glued to a word, a digit or a plus sign on the left, nor to a digit on the right.
_LEFT = r"(?<![\w+])"
_RIGHT = r"(?!\d)"


class UkPhoneRecognizer(LifestoryRecognizer):
    """UK mobile and landline numbers by shape, checked for a possible length."""

    PATTERNS = [
        Pattern(
            "UK mobile (medium)",
            # Wrapped at the end of a line too: "ring me on 07700\n900358".
            _LEFT + rf"(?:{_INTERNATIONAL}|0)7\d{{3}}(?:[ \t]*\n[ \t]*|[ -])?\d{{3}}[ -]?\d{{3}}"
            + _RIGHT,
            0.5,
        ),
        Pattern(
            # 0113 496 0123, (0113) 496 0123, 020 7946 0123, 01632 960 123, 0300 123 4567
            "UK landline (weak)",
            # A table cell may wrap after the area code: "Tel. (0113) \n496 0649".
            _LEFT + rf"(?:{_INTERNATIONAL}\(?|\(?0)[123]\d{{1,4}}\)?(?:[ \t]*\n[ \t]*)?"
            r"(?:[ -]?\d){6,8}" + _RIGHT,
            0.4,
        ),
        Pattern(
            # An older file's local number, after its label: "Tel. 496 0533", "(TEL. 496
            # 0271)", "Tel. Morley 496 0100".
            "UK local number after a label (medium)",
            r"(?i:(?<=\btel(?:ephone)?\b\.?[ \t]*(?:no\.?[ \t]*)?:?[ \t]*"
            r"(?:(?-i:[A-Z][a-z]+)[ \t]+)?))"
            r"[1-9]\d{2,3}[ -]?\d{3,4}" + _RIGHT,
            0.5,
        ),
    ]

    # Matched against lemmas that are not spaCy stop words, so "call" (a stop word) is useless.
    CONTEXT = [
        "phone",
        "telephone",
        "tel",
        "mobile",
        "mob",
        "landline",
        "number",
        "ring",
        "text",
        "contact",
    ]

    ENTITY = "PHONE_NUMBER"
    # Digits have no case; DOTALL would let "\s" cross lines for no gain.
    FLAGS = re.MULTILINE

    def validate_result(self, pattern_text: str) -> bool | None:
        """Reject numbers of a length no UK number has; never raise a plausible one to 1.0.

        UK numbers have ten digits after the trunk zero; a few 01 areas (016977) have nine.
        A local number, dialled without its area code, has six to eight.
        """
        if pattern_text[:1] not in "0+(":
            return None if 6 <= sum(c.isdigit() for c in pattern_text) <= 8 else False
        try:
            number = phonenumbers.parse(" ".join(pattern_text.split()), "GB")
        except phonenumbers.NumberParseException:
            return False
        national = str(number.national_number)
        if number.country_code != 44:
            return False
        if len(national) == 10 or (len(national) == 9 and national.startswith("1")):
            return None
        return False
