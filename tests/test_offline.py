"""Nothing in detection may reach the network: not for a model, not for a suffix list."""

from __future__ import annotations

import os
import socket

import pytest
import tldextract
import tldextract.tldextract

from redaction.detect import find_identifiers
from redaction.engine import ModelNotInstalled, build_analyzer, clear_analyzer_cache
from redaction.offline import OFFLINE_ENVIRONMENT, make_offline, tldextract_is_offline

TEXT = (
    "Dean Mallory rang from 07700 900461 and asked for post to go to HX3 7QP. "
    "His email is dean.mallory@example.org."
)


@pytest.fixture
def no_network(monkeypatch) -> list[tuple]:
    """Make every way of opening a connection fail, and record each attempt."""
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.fixture
def first_run_tldextract(monkeypatch):
    """tldextract as a fresh install has it: it would fetch the suffix list on first use."""
    monkeypatch.setattr(
        tldextract.tldextract,
        "TLD_EXTRACTOR",
        tldextract.TLDExtract(
            cache_dir=None, suffix_list_urls=tldextract.tldextract.PUBLIC_SUFFIX_LIST_URLS
        ),
    )
    monkeypatch.delenv("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", raising=False)
    for name in OFFLINE_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


def test_the_network_block_works(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("example.com", 80))
    assert no_network


def test_tldextract_uses_only_its_bundled_snapshot(first_run_tldextract):
    assert not tldextract_is_offline()
    make_offline()
    extractor = tldextract.tldextract.TLD_EXTRACTOR
    assert extractor.suffix_list_urls == ()
    assert extractor.fallback_to_snapshot
    assert tldextract_is_offline()
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["TRANSFORMERS_OFFLINE"] == "1"


def test_make_offline_is_idempotent(first_run_tldextract):
    make_offline()
    extractor = tldextract.tldextract.TLD_EXTRACTOR
    make_offline()
    assert tldextract.tldextract.TLD_EXTRACTOR is extractor


def test_fresh_analyzer_finds_identifiers_with_the_network_blocked(
    first_run_tldextract, no_network
):
    clear_analyzer_cache()
    try:
        analyzer = build_analyzer()
        (findings,) = find_identifiers([TEXT], analyzer=analyzer)
    finally:
        clear_analyzer_cache()
    found = {(f.entity_type, f.text) for f in findings}
    assert {
        ("PERSON", "Dean Mallory"),
        ("PHONE_NUMBER", "07700 900461"),
        ("UK_POSTCODE", "HX3 7QP"),
        ("EMAIL_ADDRESS", "dean.mallory@example.org"),
    } <= found
    assert no_network == []
    assert tldextract.tldextract.TLD_EXTRACTOR.suffix_list_urls == ()


def test_missing_model_is_an_error_not_a_download(no_network):
    with pytest.raises(ModelNotInstalled, match="pip install en_core_web_absent"):
        build_analyzer("en_core_web_absent")
    assert no_network == []
