"""Presidio's own recognisers as configured in recognizers.toml (NHS, phone, email, plates)."""

from __future__ import annotations

import pytest

from redaction.engine import build_analyzer


@pytest.fixture(scope="module")
def analyzer():
    return build_analyzer()


def by(analyzer, name):
    return next(r for r in analyzer.registry.recognizers if r.name == name)


def found(analyzer, name, text, entity):
    return [(r.start, r.end, r.score) for r in by(analyzer, name).analyze(text, [entity], None)]


def test_nhs_number_with_valid_checksum_scores_one(analyzer):
    assert found(analyzer, "NhsRecognizer", "Ref 943 476 5919.", "UK_NHS") == [(4, 16, 1.0)]


def test_nhs_number_with_bad_checksum_is_dropped(analyzer):
    assert found(analyzer, "NhsRecognizer", "Ref 943 476 5918.", "UK_NHS") == []


def test_nhs_context(analyzer):
    (result,) = analyzer.analyze("NHS number 943 476 5919", "en", entities=["UK_NHS"])
    assert (result.start, result.end, result.score) == (11, 23, 1.0)


def test_phone_recognizer_is_uk_only(analyzer):
    assert tuple(by(analyzer, "PhoneRecognizer").supported_regions) == ("GB",)
    text = "Nan is on 0113 496 0123."
    assert found(analyzer, "PhoneRecognizer", text, "PHONE_NUMBER") == [(10, 23, 0.4)]
    # Drama mobiles are not "valid" to phonenumbers: UkPhoneRecognizer covers them.
    assert found(analyzer, "PhoneRecognizer", "07700 900123", "PHONE_NUMBER") == []


def test_phone_context(analyzer):
    results = analyzer.analyze("Her phone is 020 7946 0123", "en", entities=["PHONE_NUMBER"])
    assert {(r.start, r.end, r.score) for r in results} == {(13, 26, 0.75)}


def test_email(analyzer):
    text = "Write to dean.mallory@example.com today"
    assert found(analyzer, "EmailRecognizer", text, "EMAIL_ADDRESS") == [(9, 33, 1.0)]
    assert found(analyzer, "EmailRecognizer", "dean.mallory@example", "EMAIL_ADDRESS") == []


def test_vehicle_registration_is_case_sensitive(analyzer):
    name, entity = "UkVehicleRegistrationRecognizer", "UK_VEHICLE_REGISTRATION"
    assert found(analyzer, name, "Car AB51 ABC seen", entity) == [(4, 12, 1.0)]
    # Case-insensitive (Presidio's default) these read as number plates.
    assert found(analyzer, name, "In Y7 the class was 5 a day", entity) == []
    assert found(analyzer, name, "Car AB00 ABC seen", entity) == []  # no such age identifier
