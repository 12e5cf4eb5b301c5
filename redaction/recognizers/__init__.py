"""Our own Presidio recognisers, one per module. Which of them run is set in recognizers.toml."""

from redaction.recognizers.case_reference import CaseReferenceRecognizer
from redaction.recognizers.date_of_birth import DateOfBirthRecognizer
from redaction.recognizers.ni_number import NiNumberRecognizer
from redaction.recognizers.postcode import PostcodeRecognizer
from redaction.recognizers.street_address import StreetAddressRecognizer
from redaction.recognizers.titled_name import TitledNameRecognizer
from redaction.recognizers.uk_phone import UkPhoneRecognizer

__all__ = [
    "CaseReferenceRecognizer",
    "DateOfBirthRecognizer",
    "NiNumberRecognizer",
    "PostcodeRecognizer",
    "StreetAddressRecognizer",
    "TitledNameRecognizer",
    "UkPhoneRecognizer",
]
