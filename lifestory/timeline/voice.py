"""The child's own words: quotations the record attributes to them, and sections that give
their views.

"Jade said she wants to stay at Grace's because 'she makes pancakes on Sundays'", "CYP: 'I'm
not leaving Teta's.'", "Filmon, in English: \"Best birthday in my life\"", "You told me: 'I
want my own flat'", "In her words: '…'", "You showed me the lasagne, 'with three layers, not
two'", and a section headed "4. Amira's views" or "MY VIEWS - by Ffion". Each becomes an
entry of its own, so what the child said is never
buried inside a note about something else.
"""

from __future__ import annotations

import re

from lifestory.timeline.dates import DateMatch, find_dates

QUOTE = re.compile(
    r"(?<![\w])(?P<open>['‘“\"])(?P<q>[^\n]{3,400}?(?:\n[^\n]{1,200}?){0,3})"
    r"(?P<close>['’”\"])(?![\w])"
)
# "Says '…'" with a capital, anywhere: a terse note's sentence about the child it is on.
TERSE_SAYS = re.compile(r"\b(?:Says|Said|Told SW|Told me)\b[^.!?'‘“\"]{0,40}$")
SPEECH = (r"(?:said|says|told|tells|asked|asks|wrote|writes|explained|added|replied|shouted|"
          r"whispered|called|cried|described|shared|wants|wanted|wished|hopes|feels|felt|"
          r"thinks|thought|calls|called it|described it as)")
# "CYP: '…'", "Seen alone: '…'" (what the child said when seen alone), and the three-houses
# headings of direct work ("Dreams - 'be a vet'"); "Says '…'" at the start of a terse note's
# sentence is the child the note is about.
CHILD_LABEL = re.compile(
    r"(?:\b(?:CYP|YP|child|young person|seen alone)\s*:|\b(?:dreams|wishes|worries|good things|"
    r"hopes|three wishes)\s*[-:–]|(?:^|[.;]\s+)(?:says|said)\b[^.!?]{0,40})\s*(?:[^.!?]*,\s*)?$",
    re.I | re.M)


# Who the record calls the child besides their name: they speak, and a sentence they are
# the subject of gives them its quotation.
CHILD_WORDS = ["CYP", "YP", "the child", "young person", "you"]
SUBJECT_LEAD = 200  # characters before a quotation searched for its sentence's start
SUBJECT_QUOTE_WORDS = 3  # fewer is more likely a title ("watched 'Frozen'") than speech
# The nouns of a heading over the child's views ("Amira's views", "In my own words").
VIEWS = (r"(?:views?|wishes(?:\s+and\s+feelings)?|feelings|words|voice|say|thoughts|"
         r"comments?|point\s+of\s+view|hopes|dreams|aspirations)")
VIEWS_LENGTH = 2000  # characters a section of views runs to at most
SECTION_HEADING = 40  # a line this short, capitalised and unpunctuated starts a new section


def _first_names(subject_names: list[str]) -> list[str]:
    return sorted({n.split()[0] for n in subject_names if n.strip()}, key=len, reverse=True)


def initials(subject_names: list[str]) -> list[str]:
    """How a record abbreviates the child: "DLW" and "DW" for Demi-Leigh Whitcombe, "CH"
    for Ciarán Hanratty, and the first name's letter ("C: 'I want…'"). Written in
    capitals, they match only as written."""
    found = set()
    for name in subject_names:
        words = name.split()
        if len(words) > 1:
            found.add("".join(w[0] for w in words).upper())
            found.add("".join(p[0] for w in words for p in w.split("-") if p).upper())
        if words:
            found.add(words[0][0].upper())
    return sorted((i for i in found if i.isalpha()), key=len, reverse=True)


def _initials(subject_names: list[str]) -> list[str]:
    return [f"(?-i:{re.escape(i)})" for i in initials(subject_names)]


def _speakers(subject_names: list[str]) -> str:
    names = _first_names(subject_names)
    return "|".join([*(re.escape(n) for n in names), *_initials(subject_names), *CHILD_WORDS,
                     "she", "he", "they"])


def _the_child(subject_names: list[str]) -> str:
    """The child as the subject of a sentence: their name or initials, "CYP", "you"; not
    "she" or "he", who may be anyone."""
    names = _first_names(subject_names)
    return "|".join([*(re.escape(n) for n in names), *_initials(subject_names),
                     *CHILD_WORDS])


def _led_by_the_child(text: str, start: int, child: re.Pattern) -> bool:
    """Whether the sentence a quotation is in has the child as its subject and no
    quotation before this one: "You showed me the lasagne you had made, '…'"."""
    window = text[max(0, start - SUBJECT_LEAD) : start]
    cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "),
              window.rfind("\n\n"), window.rfind(": "))
    if cut == -1 and start > SUBJECT_LEAD:
        return False
    lead = window[cut + 2 :] if cut != -1 else window
    return bool(child.match(lead)) and not re.search("[‘“\"']\\s", lead)


FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|me|my)\b")


def _answers_the_child(text: str, start: int, quote: str, child: re.Pattern) -> bool:
    """A quotation in the first person that is a sentence of its own, straight after a
    sentence the child is the subject of: "Tariq was making the bottle. 'I do it every
    day.'"."""
    return _after_the_childs_sentence(text, start, quote, child, (".", "!", "?"))


def _after_the_childs_sentence(text: str, start: int, quote: str, child: re.Pattern,
                               ends: tuple[str, ...]) -> bool:
    """Whether a first-person quotation follows a sentence (or clause) ending in one of
    ``ends`` that the child is the subject of."""
    before = text[:start].rstrip(" ")
    if not before.endswith(ends) or not FIRST_PERSON.search(quote):
        return False
    window = before[max(0, len(before) - SUBJECT_LEAD * 2) : -1]
    cuts = [i + len(mark) for mark in (". ", "! ", "? ", "\n", '" ', "” ")
            if (i := window.rfind(mark)) != -1]
    if not cuts and len(window) < len(before) - 1:
        return False  # the sentence before is too long to tell whose it is
    return bool(child.match(window[max(cuts, default=0) :]))


def _said_then(text: str, start: int, said: re.Pattern) -> bool:
    """A quotation after a colon in a sentence the child's speech opens: "He said that he
    and Jordan had been 'messing about', … and then: 'It wasn't. I kicked it.'"."""
    if not text[:start].rstrip().endswith(":"):
        return False
    window = text[max(0, start - SUBJECT_LEAD * 2) : start]
    cut = max(window.rfind(". "), window.rfind("\n\n"))
    return bool(said.match(window[cut + 1 :] if cut != -1 else window))


def _introduced_by_the_child(text: str, start: int, quote: str, child: re.Pattern) -> bool:
    """A first-person quotation after a colon that ends a clause the child is the subject
    of: "Skye has been to the hospital with Nan and is 'obsessed': 'I'm going to be …'"."""
    return _after_the_childs_sentence(text, start, quote, child, (":",))


def child_quotes(text: str, subject_names: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each quotation the text gives to the child, quote marks included."""
    who = _speakers(subject_names)
    # "Jade said '…'", not "Jade's mum said '…'"; "K. told me '…'" (an initial and its stop).
    before = re.compile(rf"\b(?:{who})\b(?:(?<=\b[A-Z])\.)?(?!['’]s)[^.!?‘“\"]{{0,60}}"
                        rf"\b{SPEECH}\b[^.!?‘“\"]{{0,60}}$", re.I)
    label = re.compile(
        rf"\b(?:{who})(?:,[^,:\n'‘“\"]{{1,30}},?)?\s*:\s*$|"
        rf"\bin\s+(?:(?:{who})['’]s|her|his|their|your|my)\s+"
        rf"(?:own\s+)?words\s*[:,\-–]?\s*$|"
        # What the child wrote: "Goodbye card from Skye ('…')".
        rf"\b(?:card|letter|note|message|text|poem)\s+from\s+(?:{who})\s*[(:,\-–]?\s*$",
        re.I)
    after = re.compile(rf"^[,.]?\s*(?:{who})\s+{SPEECH}\b", re.I)
    # A form's field for the child's views, on the line the quotation starts ("Child's
    # views Kirsty filled in the consultation form herself: '…'").
    views_field = re.compile(
        rf"^[ \t]*(?:child|young\s+person|{_the_child(subject_names)})['’]s\s+{VIEWS}\b"
        rf"[^.!?\n‘“\"]{{0,100}}$", re.I | re.M)
    child = re.compile(rf"\s*(?:{_the_child(subject_names)})\b(?!['’]s)", re.I)
    said = re.compile(rf"\s*(?:{who})\s+(?:\w+\s+){{0,2}}{SPEECH}\b", re.I)
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
        subject_led = (len(m.group("q").split()) >= SUBJECT_QUOTE_WORDS
                       and _led_by_the_child(text, m.start(), child))
        if (before.search(lead) or label.search(lead) or CHILD_LABEL.search(lead)
                or views_field.search(lead)
                or TERSE_SAYS.search(lead) or after.search(tail) or follows or subject_led
                or _said_then(text, m.start(), said)
                or _introduced_by_the_child(text, m.start(), m.group("q"), child)
                or _answers_the_child(text, m.start(), m.group("q"), child)):
            found.append((m.start(), m.end()))
    return found


def _section_heading(line: str) -> bool:
    line = line.strip()
    return (0 < len(line) <= SECTION_HEADING and (line[0].isupper() or line[0].isdigit())
            and not line.endswith((".", ",", ";", ":", "!", "?", "'", "’", '"', "”")))


def views_blocks(text: str, subject_names: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each section that gives the child's views: from a heading such as
    "4. Amira's views", "2. The foster child's views (from Jenna's consultation form)",
    "Section D: My views (written by Tariq)", "Young person's view",
    "Student's own comment" (a school or college
    report is about the child) or "MY VIEWS - by Ffion" to the next section's heading (or
    the end of the text)."""
    names = "|".join(re.escape(n) for n in _first_names(subject_names))
    owner = (r"(?:my|your|her|his|their|(?:the\s+)?(?:foster\s+|looked[\s-]+after\s+)?"
             r"child['’]?s|young\s+person['’]?s|"
             r"(?:the\s+)?(?:student|pupil|learner)['’]?s|"
             r"CYP['’]?s?|YP['’]?s?" + (rf"|(?:{names})['’]s" if names else "") + ")")
    who = (r"(?:(?:the\s+)?child|(?:the\s+)?young\s+person|CYP|YP|you|he|she|they"
           + (rf"|{names}" if names else "") + ")")
    heading = re.compile(
        rf"^[^\S\n]*(?:\d{{1,2}}[.)]\s*|(?:section|part)\s+\w{{1,3}}\s*[:.\-–]\s*)?[^\w\n]*"
        rf"(?:(?:in\s+)?{owner}\s+(?:own\s+)?{VIEWS}|"
        rf"(?:the\s+)?{VIEWS}\s+of\s+the\s+(?:child|young\s+person)|"
        rf"what\s+{who}\s+(?:said|says|told\s+(?:us|me)))\b"
        rf"(?:[ \t]*:(?P<inline>[^\n]*\S[^\n]*)$|[^\n.!?]{{0,60}}$)",
        re.I | re.M)
    blocks: list[tuple[int, int]] = []
    for m in heading.finditer(text):
        if blocks and m.start() < blocks[-1][1]:
            continue
        # "In my own words: I know what grooming is now." gives the words on its line.
        end, pos, content = len(text), m.end() + 1, bool(m.group("inline"))
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end == -1 else line_end
            line = text[pos:line_end]
            if content and _section_heading(line) and not heading.match(line):
                end = pos
                break
            content = content or bool(line.strip()) and not heading.match(line)
            pos = line_end + 1
        end = min(end, m.start() + VIEWS_LENGTH)
        if m.group("inline") or text[m.end() : end].strip():
            blocks.append((m.start(), end))
    return blocks


# A line of a chat's export: "23/05/2024, 08:14 - Skye B: omg thank uuuu",
# "[23/05/2024, 08:14:02] Skye B: …".
CHAT_SENDER = (r"^\[?[\d/.\-]{6,10},?[ \t]+\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[ap]m)?\]?"
               r"[ \t]*[-–]?[ \t]*")


def sent_by_child(text: str, subject_names: list[str]) -> bool:
    """Whether a chat's message was sent by the child (their name as the sender): it is
    their words."""
    names = "|".join(re.escape(n) for n in sorted(subject_names, key=len, reverse=True)
                     if n.strip())
    return bool(names and re.match(rf"{CHAT_SENDER}(?:{names})[ \t]*:", text, re.I))


# A form's field for when the child was seen ("Interview date Tue 8th October 2019, 11:00",
# "Date seen: 17.08.20"): what they said there, they said that day, whatever the form
# is dated by (a return home interview by the day they went missing).
SEEN_LABEL = re.compile(r"\b(?:interview\s+date|date\s+of\s+(?:interview|visit)|date\s+seen|"
                        r"seen\s+on|interviewed\s+on)\b[ \t:]*", re.I)
SEEN_GAP = 12  # characters between the label and its date: a weekday ("Wednesday ")


def seen_on(text: str) -> DateMatch | None:
    """The day of the last field in ``text`` saying when the child was seen, if any."""
    for m in reversed(list(SEEN_LABEL.finditer(text))):
        line_end = text.find("\n", m.end())
        dates = find_dates(text[m.end() : line_end if line_end != -1 else len(text)])
        if dates and dates[0].start <= SEEN_GAP and dates[0].precision == "day":
            return dates[0]
    return None


POSTSCRIPT = re.compile(r"p\.?\s?s\b", re.I)  # "ps. …" after the name
SIGN_OFF = r"(?:(?:love|from|thanks|thank\s+you|cheers|best\s+wishes|yours)\b[^\n\w]*)?"


def signed_by_child(text: str, subject_names: list[str]) -> bool:
    """Whether a letter or message ends with the child's own name ("Love, Jade x", "Filmon
    G/Mariam", "From Jade (JW)", before any "ps."): the child wrote it, so all of it is their
    words."""
    names = "|".join(re.escape(n) for n in sorted({*subject_names, *_first_names(subject_names)},
                                                  key=len, reverse=True) if n.strip())
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    while lines and POSTSCRIPT.match(lines[-1]):
        lines.pop()
    return bool(names and lines and re.fullmatch(
        rf"{SIGN_OFF}(?:{names})[\s.!,]*(?:\([^()\n]{{1,20}}\))?[\s.!,]*x*[\s.!]*", lines[-1],
        re.I))
