"""Events a note's sentences date: "In 2009 your mum and dad separated", told in a later
note, a letter or a statement, with the sentences after it that go on telling it.

Not every date in a sentence is an event in the child's life: a date of birth in a form is a
fact about a person, and another person's birth before the child's is not the child's
story; a print or export date is about the paper. A sentence that dates two things ("She
married him in 2004, and Ffion was born on 17th October 2005") is two events.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from lifestory.timeline import dates, rows
from lifestory.timeline.dates import DateMatch, find_dates

# Sentences end at a full stop, a blank line or a table cell's bar: each cell of a table
# row ("ICO 30/03/2017; Care Order s31 02/11/2017") is read on its own. Not at the stop of
# a figure ("6.2.91", "at 2.15"), nor of an initial before a name ("Mrs M. Walsh").
_WORDS = r"(?:[^.!?\n|]|(?<=\d)\.(?=\d)|(?<![\w.])(?<=[A-Z])\.(?= ?[A-Z][a-z]))+"
SENTENCE = re.compile(_WORDS + r"(?:\n(?!\s*\n)" + _WORDS + r")*[.!?]?", re.M)
# A clause ends at a semicolon, at "and then", or at a line break before a capital: a form's
# next field ("… from September 2019\nType of plan Final, amended following the annual
# review of 12/07/2019").
CLAUSE_BREAK = re.compile(
    r";\s*|,\s+(?:and|but|then|so|while|after|before|when|until)\s+|\s+and\s+then\s+"
    r"|[ \t]*\n(?=[A-Z])")
BIRTH_FIELD = re.compile(
    r"(?:\bDOB|\bD\.O\.B\.?|\bdate\s+of\s+birth|\bbirth\s*date)(?:\s*/\s*\w+)?(?:\s+is)?"
    r"\s*[:\-|]?\s*\(?\s*$",
    re.I)
BORN = re.compile(r"\bborn(?:\s+on|\s+in)?\s*$", re.I)
# The paper's own dates (printed, exported) and what is only planned ("Next review: 10
# February 2009", "due 14/03/2022") are not events of the child's life.
PRINTED = re.compile(r"\b(?:printed|produced|exported|generated|run\s+on|(?:sent|received|signed|"
                     r"date|subject)\s*:|(?-i:RECEIVED)|signed\s+by)[^\n]{0,60}$", re.I)
EXPORT = re.compile(r"\b(?:export|exported|printed)\b", re.I)
PLANNED = re.compile(r"\b(?:due|next|expires?|by|planned|booked|will|to\s+be\s+held)\b"
                     r"[^\n.]{0,25}$", re.I)
# A table of what is to be done ("Action Who By when", "Need Action Who By when", "Target By
# when Who helps"): its dates are when things are due, up to the table's end (a heading or
# a blank line).
ACTION_TABLE = re.compile(
    r"^[^\n]*\b(?:who|action)\b[^\n]*\b(?:by when|by|when|due|deadline|timescales?)[ \t]*$"
    r"|^(?=[^\n.,;]{0,60}$)(?=[^\n]*\b(?:who|actions?|targets?|tasks?)\b)"
    r"[^\n]*\b(?:by when|due date|deadline|timescales?)\b[^\n]*$",
    re.I | re.M)
TABLE_REACH = 1500
SAME_NOTE_DAYS = 31  # a date this close to its note's is the note's own, unless placed:
# "on 13/10/2022", "began on 15/01/2020", "the PEP of 24/01/2020", "(8 and 9 July)", "last
# Thursday", "on Monday 10 September", "the evening of Wednesday 26/06/2019".
PLACED = re.compile(r"(?:\b(?:on|of|from|since|started|began|until)\s+(?:the\s+)?|\(\s*|"
                    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)$", re.I)
# A birthday is a day of its own: "the twins' 16th birthday" (dates.BIRTHDAY).
PLACED_DATE = re.compile(r"(?:last|on|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?)\s|"
                         + dates.BIRTHDAY.pattern, re.I)
MIN_WORDS = 4
CONTEXT_SENTENCES = 3
# A line ending on a word that needs more goes on into the next ("Sharon's letter of").
RUNS_ON = re.compile(r"\b(?:of|the|a|an|and|or|to|in|on|at|with|for|from|by|her|his|my|your|"
                     r"their|its|our)\s*$", re.I)
# A blank line, a numbered paragraph, or a form's lettered section ("I. Young person's views").
PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n\s*\d{1,2}[.)]\s|\n\s*[A-Z][.)]\s[^\n.]{1,40}\n")
LIST_NUMBER = 4  # characters of a paragraph's number ("12. ") past a line break


@dataclass(frozen=True)
class Event:
    start: int
    end: int  # of the sentence (or the clause) that dates it
    date: DateMatch
    context: str  # what the next sentences of the paragraph say, read for the category
    told_to: int  # where the telling of it ends: the last of those sentences
    section: str = ""  # the heading it is told under ("Family time"), read for the category


def birth_label(text: str, start: int) -> str | None:
    """'field' for a date of birth in a form ("DOB 12/03/1979"), 'born' for one in a sentence
    ("was born on 2 November 2013"), None for any other date."""
    before = text[max(0, start - 40) : start]
    if BIRTH_FIELD.search(before):
        return "field"
    if BORN.search(before):
        return "born"
    return None


def _is_event(text: str, piece: str, d: DateMatch, at: int, *, born: dt.date | None,
              subject_names: list[str]) -> bool:
    """Whether a date found at ``at`` in ``text`` dates something in the child's life."""
    if d.date > dt.date.today():
        return False
    line = text[text.rfind("\n", 0, at) + 1 : at]
    if (PRINTED.search(line) or PLANNED.search(line) or EXPORT.search(piece)
            or in_action_table(text, at)):
        return False
    label = birth_label(text, at)
    if label == "field":
        return False
    if label == "born":
        if born:  # the child's own birth, or a younger brother's or sister's
            return d.date >= born
        # Not knowing the child's birthday, only a birth the sentence gives them.
        who = "|".join(["you", *(re.escape(n) for n in subject_names if n.strip())])
        return bool(re.search(rf"\b(?:{who})\s+(?:was|were)\s+born\b[^.]{{0,12}}$",
                              text[max(0, at - 80) : at], re.I))
    return True


def _notes_own(sentence: str, d: DateMatch, note_date: DateMatch) -> bool:
    """Whether a date is its note's own: the same day, or close to it and not placed as
    the day something happened."""
    days = abs((d.date - note_date.date).days)
    if days == 0 or days > SAME_NOTE_DAYS:
        return days == 0
    return not (PLACED.search(sentence[: d.start]) or PLACED_DATE.match(sentence, d.start))


def in_action_table(text: str, at: int) -> bool:
    """Whether the date at ``at`` is in a table of actions and when they are due."""
    headers = list(ACTION_TABLE.finditer(text, max(0, at - TABLE_REACH), at))
    if not headers:
        return False
    header = headers[-1]
    between = text[header.end() : text.rfind("\n", 0, at) + 1]
    return not re.search(r"\n\s*\n", between) and not any(
        rows.is_heading(line) for line in between.split("\n"))


def _pieces(sentence: str, dates: list[DateMatch]) -> list[tuple[int, int, list[DateMatch]]]:
    """The sentence cut at a clause break between two different dates, each piece with the
    dates inside it."""
    pieces, start, inside = [], 0, [dates[0]]
    for before, after in zip(dates, dates[1:], strict=False):
        breaks = list(CLAUSE_BREAK.finditer(sentence, before.end, after.start))
        if breaks and after.date != before.date:
            pieces.append((start, breaks[-1].start(), inside))
            start, inside = breaks[-1].end(), []
        inside.append(after)
    pieces.append((start, len(sentence), inside))
    return pieces


def _context(text: str, sentences: list[re.Match], i: int, end: int, year: int | None,
             born: dt.date | None) -> tuple[str, int]:
    """The sentences after the i-th, in the same paragraph (and table cell), up to one with
    its own date, and where the last of them ends (0 if there are none)."""
    parts, told_to = [], 0
    for m in sentences[i + 1 : i + 1 + CONTEXT_SENTENCES]:
        if (m.start() >= end or PARAGRAPH_BREAK.search(text, sentences[i].end(),
                                                        m.start() + LIST_NUMBER)
                or "|" in text[sentences[i].end() : m.start()] or _opens_with_heading(text, m)):
            break
        if find_dates(m.group(), year=year, born=born):
            break
        parts.append(m.group())
        told_to = m.start() + len(m.group().rstrip())
    return " ".join(parts), told_to


def _below_heading(sentence: str, first_date: int, at_line_start: bool) -> int:
    """Where a sentence really starts when a section's heading runs into it from above
    ("Reason for the meeting\nOn the evening of …"): after the last heading line before its
    date, a line of its own ("Sharon's letter of\n01/12/2008" and "Some progress on home
    conditions\nand …" go on)."""
    cut, pos = 0, 0
    lines = sentence[:first_date].split("\n")
    for i, line in enumerate(lines[:-1]):
        pos += len(line) + 1
        if ((i or at_line_start) and rows.is_heading(line) and not RUNS_ON.search(line)
                and lines[i + 1].lstrip()[:1].isupper()):
            cut = pos
    return cut


def _opens_with_heading(text: str, sentence: re.Match) -> bool:
    """Whether a sentence starts with a section's heading on a line of its own ("Reason for
    the meeting\nOn the evening …"); not with the first words of a sentence wrapped at the
    end of a line ("… phone. Demi left the\nhouse …")."""
    line_start = text.rfind("\n", 0, sentence.start()) + 1
    first = sentence.group().split("\n")[0]
    return not text[line_start : sentence.start()].strip() and rows.is_heading(first)


def sentence_end(text: str, start: int) -> int:
    """Where the sentence starting at ``start`` ends."""
    m = SENTENCE.match(text, start)
    return m.end() if m else start


def events(text: str, start: int, end: int, note_date: DateMatch | None,
           born: dt.date | None, subject_names: list[str] = ()) -> list[Event]:
    """Every event the sentences of ``text[start:end]`` date, other than the note's own."""
    year = note_date.date.year if note_date else None
    on = note_date.date if note_date else None
    sentences = list(SENTENCE.finditer(text, start, end))
    found = []
    for i, m in enumerate(sentences):
        sentence = m.group()
        dates = find_dates(sentence, year=year, born=born, on=on)
        if not dates:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        cut = _below_heading(sentence, dates[0].start, not text[line_start : m.start()].strip())
        base, section = m.start() + cut, sentence[:cut].rstrip("\n").rpartition("\n")[2]
        if cut:  # "Reason for the meeting\nOn the evening of …": the sentence is below it
            sentence, dates = sentence[cut:], [DateMatch(d.start - cut, d.end - cut, d.date,
                                                         d.precision) for d in dates]
        context, told = None, []
        for p_start, p_end, inside in _pieces(sentence, dates):
            p_end = p_start + len(sentence[p_start:p_end].rstrip())
            p_start = p_end - len(sentence[p_start:p_end].lstrip())
            piece = sentence[p_start:p_end]
            if len(piece.split()) < MIN_WORDS:
                continue
            for d in inside:
                if note_date and _notes_own(sentence, d, note_date):
                    continue
                if not _is_event(text, piece, d, base + d.start, born=born,
                                 subject_names=subject_names):
                    continue
                if context is None:
                    context, told_to = _context(text, sentences, i, end, year, born)
                told.append(Event(base + p_start, base + p_end, d, context, base + p_end,
                                  section))
                break
        if told:
            # The last clause's event is told on to the sentence's end and by the sentences
            # after it ("On the evening of 26/06/2019 there was an argument. … reported her
            # missing").
            last = told[-1]
            told[-1] = replace(last, told_to=max(base + len(sentence.rstrip()), told_to))
        found += told
    return found
