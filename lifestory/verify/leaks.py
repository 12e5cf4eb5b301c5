"""Find redacted text that can still be recovered from a released file.

Every extractor's text is compared with the secrets after the same normalising, in more
than one form (with hyphenated line breaks joined and not, and for raw bytes with all
spacing removed), so a difference in layout never hides a match. Strings the release may
contain (the subject's name, a disclosed professional's) mask the secrets inside them.
"""

from __future__ import annotations

import itertools
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lifestory.verify.extractors import pdfminer_text, plain_text_file, raw_pdf_texts

# Secrets shorter than this (after normalising) only match as whole words, and are not
# searched with spacing removed: "Ann" is inside "planning", "JJ" inside font data.
WHOLE_WORD_BELOW = 5
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
HYPHEN_BREAK = re.compile(r"(\w)[-\u2010\u2011]\s*\n\s*(?=\w)")
SPACING = re.compile(r"\s+")
SQUASH = re.compile(r"[\s\-\u2010\u2011]+")
NON_ALPHANUMERIC = re.compile(r"[\W_]+")
NUMBER_DIGITS = 6  # a secret with at least this many digits, mostly digits, is a number
# What may come between two words of a kept phrase in a content stream: spacing,
# punctuation, numbers, names (/F1) and the operators that end one line of text and start
# the next (Tj, ET, BT, Tf, Td, T*, cm, ...), up to a few lines' worth. In squashed text
# (no spaces) operators run together, so single letters count as well.
_OPERATORS = r"tj|td|tf|tm|tc|tw|tz|tl|ts|tr|et|bt|cm|re|rg|scn|sc|cs|gs|do|bdc|bmc|emc"
# Each step is atomic, and a "/" only starts a name, so a failed match gives up quickly.
RAW_GAP = rf"(?>[^\w/]|\d|_|/[^\s/\[\]()<>{{}}%]*|\b(?:{_OPERATORS}|[qfgkwt])\b){{0,160}}"
SQUASHED_GAP = rf"(?>[\W\d_]|{_OPERATORS}|[qfgkwt]){{0,160}}"
# Vectors of raw bytes, where text drawn a letter at a time has no spaces to rely on.
RAW_VECTORS = {"strings", "streams", "content strings", "raw streams", "file bytes", "names"}


@dataclass(frozen=True)
class Leak:
    """A secret found in a released file: where, and by which way of reading it."""

    file: Path
    page: int | None
    vector: str
    secret: str


def normalise(text: str, *, join_hyphens: bool = True) -> str:
    """Text as compared: NFKC, case-folded, hyphenated line breaks joined, spacing collapsed.

    Soft hyphens and zero-width characters go first, so "Whit\\u00adfield" is "whitfield".
    """
    text = unicodedata.normalize("NFKC", text).translate(INVISIBLE).casefold()
    if join_hyphens:
        text = HYPHEN_BREAK.sub(r"\1", text)
    return SPACING.sub(" ", text).strip()


def squash(normalised: str) -> str:
    """A normalised text with every space and hyphen removed."""
    return SQUASH.sub("", normalised)


def alphanumeric(normalised: str) -> str:
    """A normalised text with only its letters and digits."""
    return NON_ALPHANUMERIC.sub("", normalised)


def is_number(normalised: str) -> bool:
    """A phone, NHS, NI number or date: compared whatever its spacing or punctuation."""
    letters_and_digits = alphanumeric(normalised)
    digits = sum(c.isdigit() for c in letters_and_digits)
    return digits >= NUMBER_DIGITS and digits >= 0.6 * len(letters_and_digits)


class Matcher:
    """Secrets and allowed strings, normalised once, searched in many texts."""

    def __init__(self, secrets: Iterable[str], allowed: Iterable[str] = ()) -> None:
        self.secrets = sorted({(s, normalise(s)) for s in secrets if normalise(s)})
        self.allowed = sorted({normalise(a) for a in allowed} - {""})
        self.squashed = [(s, squash(n)) for s, n in self.secrets if len(n) >= WHOLE_WORD_BELOW]
        self.allowed_squashed = [squash(a) for a in self.allowed]
        # In raw bytes a kept phrase drawn across two lines ("Mrs" at the end of one,
        # "Okafor" at the start of the next) has PDF syntax between its words, or nothing
        # (shown strings joined up): there it masks all the same.
        self.allowed_raw = [_across_syntax(a.split(" "), RAW_GAP) for a in self.allowed]
        self.allowed_raw_squashed = [
            _across_syntax([squash(w) for w in a.split(" ")], SQUASHED_GAP)
            for a in self.allowed]
        # Phone, NHS and NI numbers are written with any spacing or punctuation, in every
        # kind of file: they are also searched with everything but letters and digits gone.
        self.numbers = [(s, alphanumeric(n)) for s, n in self.secrets if is_number(n)]
        self.allowed_alphanumeric = [alphanumeric(a) for a in self.allowed]

    def find(self, text: str, *, raw: bool = False, before: str = "") -> set[str]:
        """The secrets (as given) found in ``text``; ``raw`` adds the search without spaces.

        ``before`` is read first, only so that a kept phrase running into ``text`` masks
        what it holds; what is found in ``text`` is told, less what that masks.
        """
        found: set[str] = set()
        if before.strip():
            found = self.find(text, raw=raw)
            return found & self.find(before + "\n" + text, raw=raw) if found else found
        forms = {normalise(text), normalise(text, join_hyphens=False)}
        for form in forms:
            found |= self._search(form, self.secrets, self.allowed, True,
                                  self.allowed_raw if raw else ())
        if raw:
            for form in forms:
                pieces = SQUASH.split(form)
                # Text drawn a letter or a few at a time: the secret starts and ends where
                # pieces do, or "trace your" would hold "tracey".
                edges = set(itertools.accumulate(map(len, pieces), initial=0))
                found |= self._search("".join(pieces), self.squashed, self.allowed_squashed,
                                      False, self.allowed_raw_squashed, edges)
        if self.numbers:
            for form in {alphanumeric(f) for f in forms}:
                found |= self._search(form, self.numbers, self.allowed_alphanumeric, False)
        return found

    def _search(self, text, secrets, allowed, words: bool, loose=(),
                edges: set[int] | None = None) -> set[str]:
        found: set[str] = set()
        masks: list[tuple[int, int]] | None = None
        for secret, needle in secrets:
            if not needle or secret in found:
                continue
            whole_word = words and len(needle) < WHOLE_WORD_BELOW
            start = text.find(needle)
            while start >= 0:
                end = start + len(needle)
                if ((not whole_word or _bounded(text, start, end))
                        and (edges is None or (start in edges and end in edges))):
                    if masks is None:
                        masks = list(_occurrences(text, allowed))
                        masks += [m.span() for p in loose for m in p.finditer(text)]
                    if not any(a <= start and end <= b for a, b in masks):
                        found.add(secret)
                        break
                start = text.find(needle, start + 1)
        return found


def _across_syntax(words: list[str], gap: str) -> re.Pattern:
    """A phrase whose words may have PDF content syntax between them, or nothing."""
    return re.compile(gap.join(re.escape(word) for word in words if word))


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _occurrences(text: str, needles: Iterable[str]) -> Iterator[tuple[int, int]]:
    for needle in needles:
        if not needle:
            continue
        start = text.find(needle)
        while start >= 0:
            yield start, start + len(needle)
            start = text.find(needle, start + 1)


def find_leaks(path: Path, secrets: Iterable[str], allowed: Iterable[str] = (),
               part: Part = None) -> list[Leak]:
    """Every secret recoverable from ``path``, by page and vector (one entry for each).

    PDFs are read with pdfminer and as raw objects and bytes; .zip files member by member;
    anything else as text. The file's own name is checked too.
    Raises :class:`~lifestory.verify.extractors.UncheckableFile` when a file can't be read:
    a file that cannot be checked is not clean.
    """
    path = Path(path)
    matcher = Matcher(secrets, allowed)
    leaks: dict[tuple[int | None, str, str], Leak] = {}
    # A kept name broken by a page ("Sajid" at the foot of one, "Hussain" at the head of
    # the next) masks across the break: each page is read after the end of the one before.
    # A part of a long file starts a page early for that, and the early page is not told.
    told_from = part.start if isinstance(part, range) else 0
    if isinstance(part, range) and part.start > 1:
        part = range(part.start - 1, part.stop)
    foot: dict[str, str] = {}
    for page, vector, text in _texts(path, part):
        before = foot.get(vector, "") if page is not None else ""
        if page is not None:
            foot[vector] = text[-PAGE_FOOT:]
            if page < told_from:
                continue
        raw = vector.rsplit(": ", 1)[-1] in RAW_VECTORS
        for secret in matcher.find(text, raw=raw, before=before):
            leaks.setdefault((page, vector, secret), Leak(path, page, vector, secret))
    return sorted(leaks.values(), key=lambda k: (k.page or 0, k.vector, k.secret))


PAGE_FOOT = 60  # characters of a page's end read before the next page


# Part of a file to check: None for all of it, a range of pages for pdfminer's reading of
# those pages only, or "raw" for everything but pdfminer's reading (names, bytes, objects).
Part = range | str | None


def _texts(path: Path, part: Part = None) -> Iterator[tuple[int | None, str, str]]:
    """(page, vector, text) from every extractor that applies to the file."""
    if isinstance(part, range):
        for number, text in pdfminer_text(path, part):
            yield number, "pdfminer text", text
        return
    yield None, "file name", path.name
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        if part is None:
            for number, text in pdfminer_text(path):
                yield number, "pdfminer text", text
        for vector, page, text in raw_pdf_texts(path):
            yield page, vector, text
    elif suffix == ".zip":
        yield from _zip_texts(path)
    else:
        for vector, text in plain_text_file(path):
            yield None, vector, text


def _zip_texts(path: Path) -> Iterator[tuple[int | None, str, str]]:
    """Each member of a zip, read as if it were released on its own."""
    with zipfile.ZipFile(path) as archive, tempfile.TemporaryDirectory() as tmp:
        for index, info in enumerate(archive.infolist()):
            if info.is_dir():
                continue
            member = Path(tmp) / str(index) / Path(info.filename).name
            member.parent.mkdir()
            member.write_bytes(archive.read(info))
            for page, vector, text in _texts(member):
                yield page, f"{info.filename}: {vector}", text
            member.unlink()
