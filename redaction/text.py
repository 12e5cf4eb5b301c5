"""The redacted view of a text: the one place a text is cut by its redactions.

Everything released that is made from text (the timeline, PDFs of e-mails and Word files)
goes through here, so a redacted span can never reach the pack by another path.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

Span = tuple[int, int, str]  # (start, end, exemption code)


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted, with overlapping or touching spans joined (the first code wins)."""
    merged: list[list] = []
    for start, end, code in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, code])
    return [tuple(s) for s in merged]


def runs(text: str, spans: Iterable[Span]) -> list[tuple[str, str | None]]:
    """The text as (piece, code) runs; a redacted piece carries its code, a kept one None."""
    out: list[tuple[str, str | None]] = []
    cursor = 0
    for start, end, code in merge_spans(spans):
        start, end = max(start, cursor), min(end, len(text))
        if start > cursor:
            out.append((text[cursor:start], None))
        if end > start:
            out.append((text[start:end], code))
        cursor = max(cursor, end)
    if cursor < len(text):
        out.append((text[cursor:], None))
    return out


def default_marker(code: str) -> str:
    return f"[removed: {code}]"


def redacted_text(text: str, spans: Iterable[Span],
                  marker: Callable[[str], str] = default_marker) -> str:
    """The text with every redacted span replaced by a marker (never by its content)."""
    return "".join(piece if code is None else marker(code) for piece, code in runs(text, spans))


def alternation(phrases) -> str:
    """One regex alternative per phrase, longest first, any white space between words (a
    name or an address may be broken over a line)."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(phrases, key=len, reverse=True))
