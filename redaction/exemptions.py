"""Exemption codes and their reasons, loaded from the one data file that defines them."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).with_name("exemptions.toml")


@dataclass(frozen=True)
class Exemption:
    code: str
    label: str
    reason: str
    legal: str


@functools.cache
def exemptions() -> dict[str, Exemption]:
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    return {code: Exemption(code=code, **fields) for code, fields in data["codes"].items()}


def exemption(code: str) -> Exemption:
    try:
        return exemptions()[code]
    except KeyError:
        known = ", ".join(exemptions())
        raise KeyError(f"unknown exemption code {code!r} (known: {known})") from None
