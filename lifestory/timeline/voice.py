"""The child's own words: quotations the record attributes to them.

"Jade said she wants to stay at Grace's because 'she makes pancakes on Sundays'", "CYP: 'I'm
not leaving Teta's.'", "You told me: 'I want my own flat'". Each becomes an entry of its own,
so what the child said is never buried inside a note about something else.
"""

from __future__ import annotations

import re

QUOTE = re.compile(
    r"(?<![\w])(?P<open>['‘“\"])(?P<q>[^\n]{3,400}?(?:\n[^\n]{1,200}?){0,3})"
    r"(?P<close>['’”\"])(?![\w])"
)
# "Says '…'" with a capital, anywhere: a terse note's sentence about the child it is on.
TERSE_SAYS = re.compile(r"\b(?:Says|Said|Told SW|Told me)\b[^.!?'‘“\"]{0,40}$")
SPEECH = (r"(?:said|says|told|tells|asked|asks|wrote|writes|explained|added|replied|shouted|"
          r"whispered|called|cried|described|shared|wants|wanted|wished|hopes|feels|felt|"
          r"thinks|thought|calls|called it|described it as)")
# "CYP: '…'", and the three-houses headings of direct work ("Dreams - 'be a vet'"); "Says
# '…'" at the start of a terse note's sentence is the child the note is about.
CHILD_LABEL = re.compile(
    r"(?:\b(?:CYP|YP|child|young person)\s*:|\b(?:dreams|wishes|worries|good things|"
    r"hopes|three wishes)\s*[-:–]|(?:^|[.;]\s+)(?:says|said)\b[^.!?]{0,40})\s*(?:[^.!?]*,\s*)?$",
    re.I | re.M)


def _speakers(subject_names: list[str]) -> str:
    names = sorted({n.split()[0] for n in subject_names if n.strip()}, key=len, reverse=True)
    return "|".join([*(re.escape(n) for n in names), "she", "he", "they", "you"])


def child_quotes(text: str, subject_names: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each quotation the text gives to the child, quote marks included."""
    who = _speakers(subject_names)
    before = re.compile(rf"\b(?:{who})\b[^.!?‘“\"]{{0,60}}\b{SPEECH}\b[^.!?‘“\"]{{0,60}}$",
                        re.I)
    label = re.compile(rf"\b(?:{who})\s*:\s*$", re.I)
    after = re.compile(rf"^[,.]?\s*(?:{who})\s+{SPEECH}\b", re.I)
    found: list[tuple[int, int]] = []
    for m in QUOTE.finditer(text):
        if m.group("open") in "'‘" and m.group("close") not in "'’":
            continue
        if m.group("open") in "“\"" and m.group("close") not in "”\"":
            continue
        lead = text[max(0, m.start() - 120) : m.start()]
        tail = text[m.end() : m.end() + 40]
        # A quotation straight after one of the child's runs on ("'…'. '…'").
        follows = bool(found) and not text[found[-1][1] : m.start()].strip(" .,;:\n")
        if (before.search(lead) or label.search(lead) or CHILD_LABEL.search(lead)
                or TERSE_SAYS.search(lead) or after.search(tail) or follows):
            found.append((m.start(), m.end()))
    return found
