"""Find identifiers in page texts: Presidio's results turned into clean ``Finding`` lists.

A care file can run to 10,000 pages, so pages go through spaCy in batches (``nlp.pipe``) and
only the recognisers run page by page. What comes back is tidied for a person to review:

- overlapping findings are resolved, so each character belongs to at most one finding;
- PERSON spans lose surrounding punctuation, a possessive "'s" and leading titles or roles
  ("Social Worker Ann Smith" is "Ann Smith"), and spans that are only a role ("Mum") go;
  so do capitalised phrases that are not people ("Care Order"); both lists are in
  ``redaction/roles.toml``, shared with the people register;
- every finding carries a short plain-English explanation of why it was found.

Example::

    find_identifiers(["Mum (Sharon) rang from 07700 900123."])
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

import regex as re
from presidio_analyzer import AnalyzerEngine, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.engine import build_analyzer
from redaction.models import Finding
from redaction.people import role_words
from redaction.recognizers.titled_name import role_phrases

#: Entities that come from a statistical model rather than a pattern; on overlap a pattern
#: finding (a postcode, a phone number) wins and the name is cut back around it.
NER_ENTITIES = frozenset({"PERSON"})

_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")
_POSSESSIVE = re.compile(r"['’]s?$")


@functools.cache
def _leading_role() -> re.Pattern:
    """A title or role phrase at the start of a span ("Social Worker ", "Mrs. ")."""
    phrases = sorted(role_phrases(), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, phrases)) + r")\b\.?", re.IGNORECASE)


def find_identifiers(
    texts: list[str], *, analyzer: AnalyzerEngine | None = None, batch_size: int = 32
) -> list[list[Finding]]:
    """Findings for each page text, in page order, each list sorted by position.

    :param texts: one string per page.
    :param analyzer: an engine from ``build_analyzer`` (the default one if omitted).
    :param batch_size: pages per spaCy batch.
    """
    analyzer = analyzer or build_analyzer()
    return list(iter_findings(texts, analyzer=analyzer, batch_size=batch_size))


def iter_findings(
    texts: Iterable[str], *, analyzer: AnalyzerEngine, batch_size: int = 32
) -> Iterator[list[Finding]]:
    """Like ``find_identifiers`` but lazily, one page at a time (for progress bars and
    files too long to hold in memory)."""
    language = analyzer.supported_languages[0]
    descriptions: Mapping[str, str] = getattr(analyzer, "descriptions", {})
    # spaCy keeps every character, so the text it hands back is the page text itself.
    batches = analyzer.nlp_engine.process_batch(texts, language=language, batch_size=batch_size)
    for text, nlp_artifacts in batches:
        results = analyzer.analyze(
            text=text,
            language=language,
            nlp_artifacts=nlp_artifacts,
            return_decision_process=True,
        )
        findings = [_to_finding(text, result, descriptions) for result in results]
        findings += _wrapped_numbers(text, analyzer, language, descriptions)
        yield resolve_overlaps(text, findings)


#: A line break inside a number ("H&C No. 999 390 \n9963", "tel 028 9649 \n6224"), as
#: exports wrap table cells.
_WRAP_IN_NUMBER = re.compile(r"(?<=\d)[ \t]*\n[ \t]*(?=\d)|(?<=\b[A-Z]{2})[ \t]*\n[ \t]*(?=\d)")
#: What is found with the wraps taken out: only numbers (names are read as written).
NUMBER_ENTITIES = ["PHONE_NUMBER", "UK_NHS", "UK_NINO", "CASE_REFERENCE",
                   "UK_VEHICLE_REGISTRATION", "DATE_OF_BIRTH"]


def _wrapped_numbers(text: str, analyzer: AnalyzerEngine, language: str,
                     descriptions: Mapping[str, str]) -> list[Finding]:
    """Numbers broken over a line, found on a copy of the page with each such break made
    one space, and mapped back to the page. Only the numbers that cross a break count."""
    wraps = list(_WRAP_IN_NUMBER.finditer(text))
    if not wraps:
        return []
    joined, where = [], []  # where[i]: the page offset of joined character i
    last = 0
    for wrap in wraps:
        joined.append(text[last:wrap.start()])
        where.extend(range(last, wrap.start()))
        joined.append(" ")
        where.append(wrap.start())
        last = wrap.end()
    joined.append(text[last:])
    where.extend(range(last, len(text) + 1))
    flat = "".join(joined)
    # Tokens only, no tagging: the numbers' recognisers need words for their context, not
    # a second pass of the model.
    doc = analyzer.nlp_engine.nlp[language].make_doc(flat)
    artifacts = NlpArtifacts(entities=[], tokens=doc, tokens_indices=[t.idx for t in doc],
                             lemmas=[t.lower_ for t in doc], nlp_engine=analyzer.nlp_engine,
                             language=language)
    found = []
    for result in analyzer.analyze(text=flat, language=language, entities=NUMBER_ENTITIES,
                                   nlp_artifacts=artifacts, return_decision_process=True):
        start, end = where[result.start], where[result.end - 1] + 1
        if "\n" in text[start:end]:
            result.start, result.end = start, end
            found.append(_to_finding(text, result, descriptions))
    return found


def resolve_overlaps(text: str, findings: list[Finding]) -> list[Finding]:
    """Leave at most one finding on any character, sorted by position.

    Pattern findings that overlap form a group; the longest (then the highest-scoring) one
    stands for the group, widened to cover all of it so nothing that was found is left out.
    Names are then cut back around what is already kept (patterns first, then longer names)
    and tidied, so the part of a name no other finding covers is still found.
    """
    kept = [
        _winner(text, group)
        for group in _overlapping_groups([f for f in findings if f.entity_type not in NER_ENTITIES])
    ]
    names = [f for f in findings if f.entity_type in NER_ENTITIES]
    for name in sorted(names, key=lambda f: (f.start - f.end, -f.score, f.start)):
        kept.extend(_cut_around(text, name, kept))
    return sorted(kept, key=lambda f: (f.start, f.end))


def tidy_person(text: str, finding: Finding) -> Finding | None:
    """Trim a PERSON span to the name itself, or None if nothing but a role or title is left."""
    start, end = finding.start, finding.end
    previous = None
    while (start, end) != previous:
        previous = (start, end)
        span = text[start:end]
        trimmed = _EDGE_PUNCTUATION.sub("", span)
        start += span.find(trimmed) if trimmed else len(span)
        end = start + len(trimmed)
        if possessive := _POSSESSIVE.search(text, start, end):
            end = possessive.start()
        if role := _leading_role().match(text, start, end):
            start = role.end()
    name = text[start:end]
    if start >= end or not any(c.isupper() for c in name) or name.lower() in _not_names():
        return None
    return _respan(text, finding, start, end)


@functools.cache
def _not_names() -> frozenset[str]:
    return frozenset(phrase.lower() for phrase in role_words().get("not_names", ()))


def _cut_around(text: str, name: Finding, kept: list[Finding]) -> list[Finding]:
    """The parts of a name outside every kept finding, tidied; a town glued to a postcode
    ("Halifax HX3 7QP", which spaCy can tag as a person) is dropped."""
    pieces = [(name.start, name.end, False)]
    for pattern in sorted(kept, key=lambda f: f.start):
        next_pieces = []
        for start, end, beside_postcode in pieces:
            if pattern.end <= start or end <= pattern.start:
                next_pieces.append((start, end, beside_postcode))
                continue
            postcode = pattern.entity_type == "UK_POSTCODE"
            if start < pattern.start:
                next_pieces.append((start, pattern.start, beside_postcode or postcode))
            if pattern.end < end:
                next_pieces.append((pattern.end, end, beside_postcode or postcode))
        pieces = next_pieces
    tidied = []
    for start, end, beside_postcode in pieces:
        piece = tidy_person(text, _respan(text, name, start, end))
        if piece is None or (beside_postcode and len(piece.text.split()) == 1):
            continue
        tidied.append(piece)
    return tidied


def _to_finding(text: str, result: RecognizerResult, descriptions: Mapping[str, str]) -> Finding:
    metadata = result.recognition_metadata or {}
    recognizer = metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, "")
    return Finding(
        start=result.start,
        end=result.end,
        entity_type=result.entity_type,
        text=text[result.start : result.end],
        score=round(result.score, 2),
        recognizer=recognizer,
        explanation=explain(result, descriptions.get(recognizer, "")),
    )


def explain(result: RecognizerResult, description: str = "") -> str:
    """A short "why" for a person: "UK phone number pattern, near “mobile” (score 0.75)"."""
    explanation = result.analysis_explanation
    if not description:
        description = explanation.textual_explanation if explanation else result.entity_type
    parts = [description.replace("{entity}", result.entity_type)]
    if explanation and explanation.supportive_context_word:
        parts.append(f"near “{explanation.supportive_context_word}”")
    if explanation and explanation.validation_result:
        parts.append("passed its check")
    return f"{', '.join(parts)} (score {result.score:.2f})"


def _respan(text: str, finding: Finding, start: int, end: int) -> Finding:
    return replace(finding, start=start, end=end, text=text[start:end])


def _overlapping_groups(findings: list[Finding]) -> Iterator[list[Finding]]:
    """Findings in groups that overlap, directly or through each other."""
    group: list[Finding] = []
    group_end = -1
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if group and finding.start >= group_end:
            yield group
            group = []
        group.append(finding)
        group_end = max(group_end, finding.end) if len(group) > 1 else finding.end
    if group:
        yield group


def _winner(text: str, group: list[Finding]) -> Finding:
    """The longest, then highest-scoring, finding of a group, widened to cover the group."""
    best = max(group, key=lambda f: (f.end - f.start, f.score, -f.start))
    start, end = min(f.start for f in group), max(f.end for f in group)
    if (start, end) == (best.start, best.end):
        return best
    others = sorted({f.entity_type for f in group if f is not best})
    note = f"; widened to cover an overlapping {', '.join(others)}"
    return replace(_respan(text, best, start, end), explanation=best.explanation + note)
