"""Build two more fictional sample case files for lifestory: Kyle Brennan and Amira Haddad.

Everything written here is invented: the councils, the people, the addresses, the numbers.
Phone numbers come only from Ofcom's drama ranges, e-mail addresses only from reserved example
domains, NHS numbers start with 999 (never issued) and National Insurance numbers with QQ (never
allocated). Run from the repository root:

    .venv/bin/python sample_records/more-cases/build.py

The two cases are written in styles the main sample (Jade Whitfield) does not use:

* ``case-kyle-brennan/``: a record written *to* the child ("You told me ..."), with a
  table-style case log, a pathway plan (DOCX), an e-mail with a PDF attachment and a letter.
* ``case-amira-haddad/``: terse duty-team notes full of abbreviations and initials, a CSV
  chronology export, child protection conference minutes and a plain-text MASH referral.

The script is deterministic (reportlab ``invariant=1``, fixed DOCX zip timestamps and core
properties, fixed e-mail boundary and date). It rewrites both case folders and
``ground_truth/kyle-brennan.json`` and ``ground_truth/amira-haddad.json``, then checks that the
ground truth agrees with the text it wrote. It does not import ``sample_records/build.py``:
that is a script bound to Jade's case (and ``import build`` from here would import this file),
so the few helpers it needs are repeated below.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import re
import textwrap
import tomllib
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Cm, Pt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent
TRUTH_DIR = SAMPLES / "ground_truth"

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
UNCLEAR = "unclear role: redacted by default and flagged for a human decision"


# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Collapse every run of whitespace (line and page breaks included) to one space."""
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Corpus:
    """The text written into each source document of one case, in writing order."""

    docs: dict[str, list[str]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # case-note ISO date -> note text

    def add(self, doc: str, *texts: str) -> None:
        """Record text written into ``doc``."""
        self.docs.setdefault(doc, []).extend(texts)

    def text(self, doc: str) -> str:
        """All text of one document, whitespace-normalised."""
        return normalise("\n".join(self.docs.get(doc, [])))

    def all_text(self) -> str:
        """All text of every document, whitespace-normalised."""
        return normalise("\n".join(self.text(d) for d in self.docs))


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A reportlab Paragraph of plain text (markup characters escaped, newlines kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
SMALL_BOLD = ParagraphStyle("small_bold", parent=SMALL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8,
                    spaceAfter=4, keepWithNext=1)

GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
])

Furniture = Callable[[Canvas, int, int], None]


def numbered_canvas(furniture: Furniture) -> type[Canvas]:
    """A canvas class that draws page furniture with 'Page x of y' once the total is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                furniture(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def grid_table(rows: Iterable[Iterable[str]], widths: list[float], header: bool = True,
               style: TableStyle = GRID) -> Table:
    """A wrapped-text table; the first row is bold when ``header``."""
    cells = [[para(cell, SMALL_BOLD if (header and r == 0) else SMALL) for cell in row]
             for r, row in enumerate(rows)]
    result = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    result.setStyle(style)
    return result


def rows_text(rows: Iterable[Iterable[str]]) -> str:
    """The text of a table, row by row, for the corpus."""
    return "\n".join(" ".join(row) for row in rows)


def build_platypus(target: Path | io.BytesIO, furniture: Furniture, story: list, title: str,
                   author: str, subject: str, top: float = 26 * mm) -> int:
    """Build a platypus document with the given page furniture; returns its page count."""
    doc = SimpleDocTemplate(target if isinstance(target, io.BytesIO) else str(target),
                            pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                            topMargin=top, bottomMargin=22 * mm, invariant=1, title=title,
                            author=author, subject=subject, creator="Case Reporting 6.2")
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    return doc.page


def fixed_zip(data: bytes, when: tuple[int, int, int, int, int, int]) -> bytes:
    """Rewrite a zip so that every member has the same timestamp (reproducible bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=when)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


def wrap(text: str, font: str, size: float, width: float) -> list[tuple[str, bool]]:
    """Greedy word wrap. Returns (line, page break after); ``\\n`` and ``\\f`` force breaks."""
    lines: list[tuple[str, bool]] = []
    for segment, sep in re.findall(r"([^\n\f]*)([\n\f]|$)", text):
        if not segment and not sep:
            continue
        current = ""
        for word in segment.split():
            trial = f"{current} {word}" if current else word
            if current and stringWidth(trial, font, size) > width:
                lines.append((current, False))
                current = word
            else:
                current = trial
        lines.append((current, sep == "\f"))
    return lines


@dataclass(frozen=True)
class Person:
    """A ``[[people]]`` entry of CASE.toml: someone the disclosure officer already knows."""

    name: str
    aliases: tuple[str, ...]
    decision: str
    reason: str
    relationship: str = ""
    role: str = ""


def toml_str(value: str) -> str:
    """A TOML basic string (JSON escaping is valid TOML for these plain strings)."""
    return json.dumps(value, ensure_ascii=False)


def case_toml(header: str, subject: str, aliases: tuple[str, ...], dob: str, reference: str,
              received: str, people: tuple[Person, ...]) -> str:
    """The text of a CASE.toml file in the DESIGN.md format."""
    lines = [*(f"# {line}" for line in header.splitlines()), "",
             "[subject]", f"name = {toml_str(subject)}",
             f"aliases = [{', '.join(toml_str(a) for a in aliases)}]",
             f'date_of_birth = "{dob}"', "",
             "[request]", f"reference = {toml_str(reference)}", f'received = "{received}"']
    for person in people:
        lines += ["", "[[people]]", f"name = {toml_str(person.name)}"]
        if person.aliases:
            lines.append(f"aliases = [{', '.join(toml_str(a) for a in person.aliases)}]")
        if person.relationship:
            lines.append(f"relationship = {toml_str(person.relationship)}")
        if person.role:
            lines.append(f"role = {toml_str(person.role)}")
        lines += [f'decision = "{person.decision}"', f"reason = {toml_str(person.reason)}"]
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)  # must parse
    return text


# ============================================================================================
# Case 1: Kyle Brennan -- a record written to the child
# ============================================================================================

KYLE_DIR = HERE / "case-kyle-brennan"
KYLE_TRUTH = TRUTH_DIR / "kyle-brennan.json"
KYLE_COUNCIL = "Westmere Metropolitan Borough Council"
KYLE = "Kyle Brennan"
KYLE_DOB = "19/02/2004"
KYLE_ID = "2214086"
KYLE_SAR = "SAR-2026-0377"

KYLE_NOTES_PDF = "case-record-2010-2022.pdf"
KYLE_PLAN_DOCX = "pathway-plan-2021.docx"
KYLE_EMAIL_EML = "email-2022-03-08.eml"
KYLE_ATTACHMENT = "staying-put-summary.pdf"
KYLE_LETTER_TXT = "later-life-letter-2022.txt"

LORRAINE_NHS = "999 318 4209"


@dataclass(frozen=True)
class LogEntry:
    """One row of Kyle's case log: date, kind of entry, worker, and the entry's paragraphs."""

    date: str  # dd/mm/yyyy
    kind: str
    worker: str
    role: str
    paragraphs: tuple[str, ...]

    @property
    def iso(self) -> str:
        """The entry's date as YYYY-MM-DD."""
        return dt.datetime.strptime(self.date, "%d/%m/%Y").date().isoformat()


OWEN = ("Owen Bradshaw", "Social Worker")
PRIYA = ("Priya Nair", "Social Worker")

KYLE_LOG: tuple[LogEntry, ...] = (
    LogEntry("08/03/2010", "Referral", "Owen Bradshaw", "Social Worker (Duty)", (
        "Kyle, this is the first time Children's Services heard about you. You were 6 and in "
        "Year 1 at Goyt Valley Primary School. At 21:40 last night a neighbour, Mrs Eileen "
        "Cartwright of Flat 4, Kestrel House, rang the police because she could hear shouting "
        "and something breaking in your flat next door, Flat 3, Kestrel House, Bridge Street, "
        "Stockport SK1 3QX. PC Rachel Doyle went round. Your mum Lorraine told her that she "
        "and her partner Gary Pollard had argued about money and that 'nobody touched "
        "anybody'. You and your sister Shannon (8) were in your bedroom. PC Doyle wrote that "
        "you were holding a toy stegosaurus and asked her whether she had come 'to fix the "
        "door'.",
        "Mrs Cartwright (tel 0161 496 0728) asked that your family are not told it was her who "
        "rang. Checks: Gary Pollard, DOB 21/05/1985, has a caution from 2008 for criminal "
        "damage. I talked it through with Claire Whitlock (Team Manager) and we decided to do "
        "an initial assessment and to visit you at home within 7 working days.",
    )),
    LogEntry("15/03/2010", "Home visit", *OWEN, (
        "I visited you at home after school for the initial assessment. Your mum and Shannon "
        "were there; Gary was at work. Lorraine (mobile 07700 900317) told me she has lived at "
        "Kestrel House since she and your dad, Michael Brennan, separated last year. She said "
        "Gary 'has a temper but he's never hurt the kids'.",
        "You showed me your dinosaur books and told me that the longest dinosaur was "
        "'Diplodocus, as long as three buses'. You said you liked it when Gary took you to the "
        "park in his van, but that you did not like 'the loud nights'. Shannon told me that "
        "she puts her headphones on you when the grown-ups shout. The flat was warm and clean "
        "and there was food in the cupboards.",
        "What we agreed with your mum: family support with Nadine Royle (Family Support "
        "Worker), a place on the Freedom Programme for your mum, and a letter to your dad "
        "asking him to get in touch.",
    )),
    LogEntry("02/11/2010", "Telephone call", *OWEN, (
        "Your dad rang back after my letter. Michael Brennan (he told me everybody calls him "
        "Mick, DOB 14.07.1979) has moved into Rose Cottage, Mill Lane, Glossop SK13 6HB, "
        "which was your grandad's house. He drives lorries and is away four nights a week. "
        "Mick gave me his landline, 0161 496 0873, and said he wants to see you and Shannon "
        "every other weekend 'once I'm settled'.",
        "Nadine's work with your mum has finished. Your mum went to 8 of the 12 Freedom "
        "Programme sessions and says things at home are calmer. You told Nadine that you "
        "wanted your dad to 'come to my assembly'. Decision: your case is closing to "
        "Children's Services and your school will carry on supporting you through Early Help.",
    )),
    LogEntry("20/06/2011", "Strategy discussion", *OWEN, (
        "At 23:15 on Saturday 18/06/2011 Mrs Cartwright rang the police again. PC Doyle found "
        "your mum with a cut lip and a swollen eye. Mr Pollard was arrested for assault and "
        "bailed not to go back to Kestrel House. You were 7. You and Shannon had locked "
        "yourselves in the bathroom and Shannon had rung 999 on your mum's phone. Your mum "
        "said Gaz 'didn't mean it' and that she wants him home.",
        "Strategy discussion today with PC Doyle, Mrs Helen Akers (Headteacher, Goyt Valley "
        "Primary School) and Dr Anil Mehta (GP). Dr Mehta shared, with your mum's consent, "
        f"that Lorraine Brennan (DOB 03/11/1982, NHS number {LORRAINE_NHS}) has been treated "
        "for depression since January. We agreed that a section 47 enquiry is needed. At "
        "school you told Mrs Akers that you 'hate Saturdays now'.",
    )),
    LogEntry("22/06/2011", "Placement", *OWEN, (
        "When you were 7 you moved to live with foster carers Denise and Paul Ashworth in "
        "Marple. This happened because Gary came back to the flat last night, against his "
        "bail conditions, and your mum agreed that you should be looked after under section "
        "20 of the Children Act 1989 while we work out what is safest. Shannon asked to go to "
        "your dad's, and she moved to Rose Cottage this evening. Your dad said he could not "
        "look after two children while he is working away but would 'sort something out'.",
        "You cried in my car and asked if Denise had a dog. She does: a spaniel called "
        "Biscuit, who sat on your feet while we talked. Denise and Paul's son Callum (10) "
        "showed you your room and let you choose which side of the wardrobe was yours. You "
        "brought your stegosaurus, your dinosaur books and your Spider-Man pyjamas.",
    )),
    LogEntry("04/08/2011", "Looked After review", "Joanne Fletcher", "Independent Reviewing "
             "Officer", (
        "Your first Looked After review, held at Denise's house. Present: you (for the first "
        "ten minutes), Denise Ashworth, Owen Bradshaw, your mum and me. Mr Ashworth was at "
        "work. You told us you like living there 'because the garden has a trampoline and a "
        "den', that Callum lets you play on his Xbox, and that you want to see your mum "
        "'every Saturday, not every other'.",
        "Your mum asked for more family time and we agreed once a week, supervised, at the "
        "Family Centre in Stockport. Shannon is living with your dad at Rose Cottage under a "
        "private arrangement. Owen will take your case to a legal planning meeting. I "
        "explained to you that my job is to check that everyone keeps their promises to you; "
        "you said you would 'check on me too'.",
    )),
    LogEntry("27/01/2012", "Court", *OWEN, (
        "The judge at Stockport Family Court made a Care Order for you today. The plan is that "
        "you stay with Denise and Paul for the rest of your childhood, see your mum every "
        "other Saturday and see your dad and Shannon once a month at Rose Cottage. Your mum "
        "was upset; she told me she was 'giving Gary one last chance'. Your dad did not come to "
        "court but rang me afterwards to ask how you were.",
        "You asked me to tell the judge that you can count to a thousand and that you were "
        "'the best at spelling in my table'. I told the judge both things before the hearing "
        "started, and she said to tell you well done.",
    )),
    LogEntry("15/09/2012", "Family time", *OWEN, (
        "I watched the last half hour of your family time with your mum at the Family Centre. "
        "You had brought your reading record to show her and read her two pages of 'The "
        "Twits'. Your mum laughed at the voices you did. She told you that her friends call "
        "her Lozza and that you can too 'when you're older'; you said you would stick with "
        "Mum. Lorraine has been to every session since the court hearing and the contact "
        "supervisor's notes are very positive.",
        "At the end you asked your mum whether Gary still lives with her. She said 'sometimes', "
        "and you went quiet in the car. We talked about it and you said 'I just want it to be "
        "me and Mum at family time', which your mum has agreed to.",
    )),
    LogEntry("18/05/2013", "Visit", *OWEN, (
        "Denise told me last week that you had joined Marple Juniors under-10s as their "
        "goalkeeper, so I came to watch the second half of the match this morning. You saved "
        "a penalty and your team voted you player of the match. Afterwards you told me that "
        "'goalies have to be brave and shout a lot'. Callum came to watch with Biscuit.",
        "Family time: your mum has come to 9 of the last 10 sessions. She sent you a card "
        "for your 9th birthday signed 'love Lozza and Gaz xx', which upset you because you "
        "thought Gary had gone. I have asked Lorraine about it and she says they are 'off "
        "and on'. You said you don't want to see Gary and you don't have to.",
    )),
    LogEntry("19/02/2014", "Visit", *PRIYA, (
        "My first visit as your new social worker, on your 10th birthday. Owen has moved to "
        "the fostering team and came to say goodbye last week. Denise had made a chocolate "
        "cake shaped like a football pitch. Shannon (12) came over with your dad in the "
        "afternoon and gave you a Stockport County goalkeeping shirt.",
        "You told me everyone at football calls you Ky now and you would like me to as well. "
        "You want to be a chef or a goalkeeper for Stockport County. You asked me why you "
        "can't live with Shannon at your dad's. I said I would ask your dad, and that I would "
        "always give you an honest answer even if it was not the one you wanted.",
    )),
    LogEntry("03/03/2015", "Visit", *PRIYA, (
        "Visit on Tuesday 3rd March 2015. You showed me the lasagne you had made with Denise, "
        "'with three layers, not two', and we ate it for tea. We talked about secondary "
        "school: you have a place at Brookfield High School from September and Callum will "
        "be in Year 10 there. You said you are nervous of 'the big kids' but glad Callum will "
        "be around.",
        "We did some life-story work with your photos from when you were little. You wanted "
        "to know why your mum 'picked Gaz over me'. I said that grown-ups sometimes make "
        "choices that are not about how much they love their children, and that none of it "
        "was your fault. Spoke to Joanne about holding your next review at school so you "
        "don't miss football training.",
    )),
    LogEntry("03/09/2015", "Telephone call", *PRIYA, (
        "Denise rang to tell me you started Year 7 at Brookfield High School today. Your "
        "form tutor is Mr Dale Hussain, who is also Head of Year 7. You came home and said "
        "it was 'alright, actually', and that you had already signed up for the football "
        "team and the after-school cooking club. Callum walked you to your form room.",
    )),
    LogEntry("10/05/2016", "Concern", *PRIYA, (
        "Mr Hussain rang me: you told him that Gary Pollard had been waiting in his white van "
        "outside the school gates at home time on Friday and again yesterday. A teaching "
        "assistant noted the van's registration, MF09 WLR. Gary gave you a mobile phone and "
        "told you to keep it 'between us lads'. You handed the phone to Mr Hussain yourself, "
        "which was brave and exactly the right thing to do.",
        "Ms Brennan says she did not know Gary had been to the school, and that she and Gaz "
        "split up in March. Her new e-mail address is lozza.b82@example.com. Police informed "
        "(PC Doyle). Safety plan agreed with you and Denise: Denise or Paul will collect you "
        "from school until the end of term and you will tell a teacher if you see the van.",
    )),
    LogEntry("08/11/2016", "Looked After review", "Joanne Fletcher", "Independent Reviewing "
             "Officer", (
        "Your review was held at Marple Juniors' clubhouse because you asked for it to be "
        "somewhere 'that isn't school and isn't a meeting room'. You wrote your own agenda on "
        "the back of a team sheet: football, my phone, seeing Dad more, and 'no more "
        "Gary'. Present: you, Denise, Priya, Mr Hussain and me. Paul could not come.",
        "You told us about the safety plan after the van and said you felt 'safe again now'. "
        "Mr Hussain said your effort grades are the best in your form. Decisions: you can have "
        "your own phone with Denise's rules; Priya will ask your dad about overnight stays; "
        "the safety plan will end at Christmas if nothing else happens.",
    )),
    LogEntry("22/07/2017", "Family time", *PRIYA, (
        "Your first overnight stay at Rose Cottage with your dad and Shannon. I dropped you "
        "off at 4pm and went back the next morning. Mr Brennan has been driving in Spain and "
        "has a new mobile number, +44 7700 900814. Shannon (15) has her own phone now, "
        "07700 900655, and you swapped numbers.",
        "On the way home you said 'Dad's house smells of bacon and dog' and that you would "
        "like to stay every other weekend when he is in the country. You and Shannon stayed "
        "up late watching films and she let you win at Monopoly 'for once'.",
    )),
    LogEntry("12/02/2018", "Health", *PRIYA, (
        "Your first CAMHS appointment, with Beth Lawton at Stepping Hill Hospital, because "
        "you had been in three fights at school since Christmas. You told Beth 'my head feels "
        "too loud when people shout'. You agreed to six sessions on Tuesday afternoons and "
        "Denise will take you. Mr Hussain has agreed you can use the learning-support room "
        "when you need time out.",
    )),
    LogEntry("09/04/2019", "Placement", *PRIYA, (
        "Denise told me that Paul has moved out: after 22 years together she and Paul have "
        "separated. Paul Ashworth has said he does not want to carry on fostering. Denise "
        "wants to carry on caring for you on her own and you said straight away, 'I'm staying "
        "with Denise'. The fostering panel will look at Denise's approval as a single carer "
        "in May.",
        "You said you will miss Paul taking you to football on Sundays. Callum (18) is still "
        "living at home and has said he will take you instead.",
    )),
    LogEntry("12/10/2019", "Missing episode", "Karl Benson", "Social Worker (Emergency Duty "
             "Team)", (
        "Mrs Ashworth reported you missing at 23:30 last night when you had not come home "
        "after football. Police found you at 01:20 at your girlfriend Paige Sutcliffe's house, "
        "22 Oakfield Road, Romiley SK6 4AQ. Paige (DOB 08/10/2004) had told you her mum was "
        "away for the weekend. You were safe and well and came home with the police.",
        "Priya did your return home interview on 14/10/2019. You said: 'I just wanted to be "
        "with Paige, I didn't think. I'm sorry Denise was scared.' You agreed to text Denise "
        "if you are going to be late, and Denise agreed that Paige can come round for tea.",
    )),
    LogEntry("02/04/2020", "Visit", *PRIYA, (
        "Visit by video call because of the lockdown. Your GCSEs have been cancelled and you "
        "were worried your grades would 'be made up'; I explained how teachers will decide "
        "them. You have been baking every day and you and Denise left a tray of banana bread "
        "at Stepping Hill Hospital for the nurses. Family time with your mum and your dad is "
        "on video for now. You showed me Biscuit, who is 'getting old but still the boss'.",
    )),
    LogEntry("20/08/2020", "Achievement", *PRIYA, (
        "GCSE results day. Because of the pandemic there were no exams this summer and your "
        "teachers decided your grades. You got 7 GCSEs, including a grade 7 in Food "
        "Preparation and Nutrition and grade 5 in both English and Maths. Denise cried. You "
        "rang your mum yourself to tell her, and she texted you 'so proud of you Ky'.",
    )),
    LogEntry("07/09/2020", "Education", *PRIYA, (
        "You started a Level 2 Professional Cookery course at Mersey Vale College today. "
        "Your tutor says you were the only student who brought your own knife roll; Denise "
        "bought it for you for your results. You have also started a Saturday job washing up "
        "at a restaurant in Marple.",
    )),
    LogEntry("16/03/2021", "Visit", *PRIYA, (
        "You told me you and Paige have split up and that she posted a photo of you with "
        "your college timetable on social media. You blocked her and told your tutor. You "
        "said: 'I'm done with drama, I want to focus on college and getting my own place.' "
        "You have been chosen to cook at the college's charity dinner in May.",
    )),
    LogEntry("23/11/2021", "Visit", "Liam Okoro", "Personal Adviser", (
        "My first visit as your personal adviser from the Leaving Care Service. Spoke to Priya "
        "about your wish to stay with Denise after you are 18 under Staying Put; Denise has "
        "said yes. You want to learn to drive, open a savings account and, one day, run your "
        "own cafe. You asked how the leaving care grant works and we made a list together.",
    )),
    LogEntry("19/02/2022", "Birthday", "Liam Okoro", "Personal Adviser", (
        "Your 18th birthday, and the first day of your Staying Put arrangement with Denise. "
        "Your mum came to the meal at Denise's, the first time you have seen her since "
        "before the pandemic, and brought you a watch that was your grandad's. Shannon sent "
        "a video from work. You cooked for eleven people and said it was 'the best day in "
        "ages'.",
    )),
)


def kyle_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of Westmere's case-record report."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#0b4f6c"))
    canvas.rect(0, PAGE_H - 16 * mm, PAGE_W, 16 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(MARGIN_X, PAGE_H - 9 * mm, f"{KYLE_COUNCIL} | Children's Services")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 13.5 * mm, "Case record - chronological log")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 9 * mm, "OFFICIAL-SENSITIVE")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 13.5 * mm, f"{KYLE} | ID {KYLE_ID}")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 11 * mm, f"Produced for subject access request {KYLE_SAR} "
                      "on 14/10/2026")
    canvas.drawRightString(PAGE_W - MARGIN_X, 11 * mm, f"{page} / {total}")
    canvas.restoreState()


def kyle_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of Kyle's case record."""
    return (f"{KYLE_COUNCIL} | Children's Services Case record - chronological log "
            f"OFFICIAL-SENSITIVE {KYLE} | ID {KYLE_ID} Produced for subject access request "
            f"{KYLE_SAR} on 14/10/2026 {page} / {total}")


LOG_BODY = ParagraphStyle("log", fontName="Helvetica", fontSize=10, leading=13.6, spaceAfter=5)
LOG_HEAD = ParagraphStyle("loghead", parent=LOG_BODY, fontName="Helvetica-Bold")
LOG_SMALL = ParagraphStyle("logsmall", parent=LOG_BODY, fontSize=8.5, leading=10.5,
                           textColor=colors.HexColor("#444444"))


def build_kyle_case_record(corpus: Corpus) -> int:
    """Write Kyle's case record (a Date | Worker | Entry table); returns its page count."""
    w = PAGE_W - 2 * MARGIN_X
    intro_pairs = [
        ("Name", KYLE), ("Known as", "Kyle, Ky"), ("Date of birth", KYLE_DOB),
        ("Person ID", KYLE_ID),
        ("About this record", "Since 2010 Westmere's social workers have written case records "
         "to the child, so that you can read them one day. This log lists every entry from "
         "08/03/2010 to 19/02/2022, oldest first."),
    ]
    title = f"Your case record, {KYLE}"
    story: list = [para(title, H1)]
    info = Table([[para(k, SMALL_BOLD), para(v, SMALL)] for k, v in intro_pairs],
                 colWidths=[32 * mm, w - 32 * mm])
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb"))]))
    story += [info, Spacer(1, 6 * mm)]
    text = [title, rows_text(intro_pairs)]
    rows: list[list] = [[para("Date", LOG_HEAD), para("Worker", LOG_HEAD), para("Entry", LOG_HEAD)]]
    text.append("Date Worker Entry")
    for entry in KYLE_LOG:
        rows.append([
            [para(entry.date, LOG_HEAD), para(entry.kind, LOG_SMALL)],
            [para(entry.worker, LOG_BODY), para(entry.role, LOG_SMALL)],
            [para(p, LOG_BODY) for p in entry.paragraphs],
        ])
        note = "\n".join((entry.date, entry.kind, entry.worker, entry.role, *entry.paragraphs))
        text.append(note)
        corpus.notes[entry.iso] = normalise(note)
    log = Table(rows, colWidths=[24 * mm, 30 * mm, w - 54 * mm], repeatRows=1)
    log.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d7e7ee")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#8aa9b8")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f8fa")]),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(log)
    end = "End of log. Entries: " + str(len(KYLE_LOG))
    story += [Spacer(1, 4 * mm), para(end, SMALL)]
    text.append(end)
    pages = build_platypus(KYLE_DIR / KYLE_NOTES_PDF, kyle_furniture, story,
                           f"Case record - {KYLE} ({KYLE_ID})",
                           f"{KYLE_COUNCIL} Children's Services", KYLE_SAR, top=24 * mm)
    corpus.add(KYLE_NOTES_PDF, *(kyle_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# Kyle's pathway plan (DOCX), September 2021
# --------------------------------------------------------------------------------------------


def build_kyle_pathway_plan(corpus: Corpus) -> None:
    """Write Kyle's pathway plan, written to him, as a Word document."""
    doc = Document()
    text: list[str] = []
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2.0)
        header = section.header.paragraphs[0]
        header.text = f"{KYLE_COUNCIL} - Leaving Care Service - OFFICIAL-SENSITIVE"
        footer = section.footer.paragraphs[0]
        footer.text = f"Pathway plan - {KYLE} - ID {KYLE_ID} - review due 14/03/2022"
        text += [header.text, footer.text]

    def heading(t: str, level: int) -> None:
        doc.add_heading(t, level=level)
        text.append(t)

    def paragraph(t: str) -> None:
        doc.add_paragraph(t)
        text.append(t)

    def table(rows: list[tuple[str, ...]]) -> None:
        grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
        grid.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = grid.cell(r, c)
                cell.text = value
                if r == 0:
                    cell.paragraphs[0].runs[0].bold = True
        text.append(rows_text(rows))

    heading("My Pathway Plan", 0)
    for label, value in (
        ("Name", f"{KYLE} (you like to be called Ky)"),
        ("Date of birth", KYLE_DOB),
        ("Plan written", "14/09/2021, with you, at Denise's kitchen table"),
        ("Social worker", "Priya Nair, Children in Care Team, 0161 496 0155, "
                          "priya.nair@westmere.example.gov.uk"),
        ("Personal adviser", "Liam Okoro (from November 2021)"),
        ("Independent Reviewing Officer", "Joanne Fletcher"),
        ("Your phone and e-mail", "07700 900402, kyle.brennan04@example.com"),
    ):
        p = doc.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)
        text.append(f"{label}: {value}")

    heading("1. About you", 1)
    paragraph("You are 17 and in your second year at Mersey Vale College, studying Level 3 "
              "Professional Cookery. You have lived with Denise Ashworth in Marple since June "
              "2011. You are a loyal friend, a hard worker and very funny; your tutor says "
              "you are 'calm in a busy kitchen, which is rare'. You still play in goal on "
              "Sundays and you walk Biscuit every morning before college.")

    heading("2. Where you will live", 1)
    paragraph("You told us: 'I want to stay at Denise's until I'm ready, then get my own flat "
              "by the time I'm 20, near Marple so I can still come for Sunday dinner.' Denise "
              "has agreed to a Staying Put arrangement from your 18th birthday. Liam will "
              "help you to join the housing register when you are 18.")

    heading("3. Education, training and work", 1)
    paragraph("You want to finish Level 3 and apply for a commis chef apprenticeship. You work "
              "Saturdays at a restaurant in Marple. The college bursary pays for your bus pass "
              "and your chef's whites.")

    heading("4. Health", 1)
    paragraph("You are fit and well. You finished your sessions with Beth Lawton at CAMHS in "
              "2018 and you said the breathing tricks 'actually work'. Your GP is Dr Anil "
              "Mehta. You want to book a dentist appointment yourself this time.")

    heading("5. Family and friends", 1)
    paragraph("These are the people who matter to you and how you want to keep in touch with "
              "them. You asked for this part to be written down so that nobody gives out "
              "your details without asking you first.")
    table([
        ("Who", "Who they are to you", "How you keep in touch", "What you want"),
        ("Lorraine Brennan", "Your mum", "07700 900317, lozza.b82@example.com",
         "Coffee once a month, somewhere you choose"),
        ("Michael (Mick) Brennan", "Your dad", "+44 7700 900814 when he is driving abroad; "
         "Rose Cottage, Mill Lane, Glossop SK13 6HB", "Weekends at Rose Cottage when he is home"),
        ("Shannon Brennan", "Your sister (DOB 27/08/2001)",
         "07700 900655, shannon.brennan01@example.com", "'Whenever, she's my sister'"),
        ("Denise Ashworth", "Your foster carer, then Staying Put carer", "You live with her",
         "To stay until you are ready"),
        ("Callum Ashworth", "Denise's son, like a big brother", "Snapchat; football on Sundays",
         "Carry on as now"),
        ("Paul Ashworth", "Your foster carer until April 2019", "No contact at present",
         "Maybe a card at Christmas"),
        ("Gary Pollard", "Your mum's ex-partner", "None", "'I don't want him to have my "
         "number, ever'"),
    ])
    paragraph("Shannon's case is held separately (her ID is 2214087); nothing in her records "
              "is shared in this plan.")

    heading("6. Money", 1)
    paragraph("You have a bank account and £412 in your Junior ISA, which you can take out "
              "when you are 18. You are saving £20 a week from your Saturday job for driving "
              "lessons. Liam will go through the leaving care grant with you.")

    heading("7. Your identity", 1)
    paragraph("You are proud of your Irish grandad, who built the wall at Rose Cottage, and "
              "you would like to go to Dublin with Shannon one day. You have your life-story "
              "book and the photos from Kestrel House, which you keep in your room.")

    heading("8. What happens next", 1)
    table([
        ("What", "Who", "By when"),
        ("Apply for a provisional driving licence", "You, with Liam", "31/12/2021"),
        ("Staying Put agreement drawn up and signed", "Liam, Denise and you", "19/02/2022"),
        ("Apply for the commis chef apprenticeship", "You, with your college tutor",
         "31/03/2022"),
        ("Next pathway plan review", "Joanne Fletcher (IRO)", "14/03/2022"),
    ])

    for line in ("Written by: Priya Nair (Social Worker) with Kyle, 14/09/2021",
                 "Your signature: Kyle Brennan ('Ky')",
                 "Agreed by: Claire Whitlock (Team Manager), 20/09/2021"):
        p = doc.add_paragraph(line)
        p.paragraph_format.space_before = Pt(10)
        text.append(line)

    props = doc.core_properties
    props.title = f"Pathway plan - {KYLE}"
    props.author = "Priya Nair"
    props.last_modified_by = "Claire Whitlock"
    props.subject = f"Person ID {KYLE_ID}"
    props.created = dt.datetime(2021, 9, 14, 16, 0, 0)
    props.modified = dt.datetime(2021, 9, 20, 10, 12, 0)
    props.revision = 3
    buffer = io.BytesIO()
    doc.save(buffer)
    (KYLE_DIR / KYLE_PLAN_DOCX).write_bytes(fixed_zip(buffer.getvalue(), (2021, 9, 20, 10, 12, 0)))
    corpus.add(KYLE_PLAN_DOCX, *text)


# --------------------------------------------------------------------------------------------
# E-mail from Kyle's personal adviser, March 2022, with a PDF attachment
# --------------------------------------------------------------------------------------------


def kyle_attachment_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the Staying Put summary."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(MARGIN_X, PAGE_H - 13 * mm, f"{KYLE_COUNCIL} - Leaving Care Service")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 13 * mm, "OFFICIAL-SENSITIVE")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawRightString(PAGE_W - MARGIN_X, 11 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def kyle_staying_put_pdf(corpus: Corpus) -> bytes:
    """The e-mail's attachment: a one-page summary of Kyle's Staying Put arrangement."""
    w = PAGE_W - 2 * MARGIN_X
    head = "Staying Put arrangement: summary"
    intro = ("This is your copy, Ky. Staying Put means you can carry on living with your "
             "former foster carer after you turn 18, as a young adult in the household.")
    pairs = [
        ("Young person", f"{KYLE} (DOB {KYLE_DOB})"),
        ("Staying Put carer", "Denise Ashworth (approved foster carer since 2009)"),
        ("Start date / first review", "19/02/2022 / 19/08/2022"),
        ("Other people in the household", "Callum Ashworth (Denise's son, DOB 09/12/2000), "
         "until he moves to Manchester in May 2022"),
        ("Not part of the household", "Paul Ashworth does not live at the address and is not "
         "part of this arrangement."),
        ("Your contribution", "£40 a week from your wages, reviewed if your hours change"),
        ("House rules you agreed", "Back by midnight on weeknights or text Denise; your turn "
         "to cook on Wednesdays and Sundays; Biscuit is walked before college."),
        ("Your personal adviser", "Liam Okoro, 0161 496 0190, 07700 900190"),
    ]
    story: list = [para(head, H1), para(intro, BODY),
                   grid_table(pairs, [50 * mm, w - 50 * mm], header=False)]
    sign = "Signed: Kyle Brennan, Denise Ashworth, Liam Okoro (Personal Adviser), 19/02/2022"
    story += [Spacer(1, 8), para(sign, BODY)]
    buffer = io.BytesIO()
    pages = build_platypus(buffer, kyle_attachment_furniture, story, "Staying Put summary",
                           KYLE_COUNCIL, KYLE_SAR)
    corpus.add(KYLE_EMAIL_EML, head, intro, rows_text(pairs), sign,
               f"{KYLE_COUNCIL} - Leaving Care Service OFFICIAL-SENSITIVE Page 1 of {pages}")
    return buffer.getvalue()


def build_kyle_email(corpus: Corpus) -> None:
    """Write the 2022 e-mail from Kyle's personal adviser to Kyle, with its attachment."""
    headers = {
        "From": "Liam Okoro <liam.okoro@westmere.example.gov.uk>",
        "To": "Kyle Brennan <kyle.brennan04@example.com>",
        "Cc": "Priya Nair <priya.nair@westmere.example.gov.uk>",
        "Subject": "Your Staying Put summary and a few other bits",
    }
    prose = (
        "Hi Ky,",
        "Great to see you on Thursday, and happy (late) 18th again! As promised, here's the "
        "summary of your Staying Put arrangement with Denise (attached) so you've got your own "
        "copy for your folder.",
        "A few other bits:",
        "- Your dad rang me on +44 7700 900814 on Monday. He's back from Spain at the end of "
        "the month and would love you to come to Rose Cottage for the weekend of 2 April. I "
        "said I'd pass it on and that it's totally your call. I've asked him to text you "
        "rather than ringing Denise's landline, like you wanted.",
        "- Shannon has a new number, 07700 900690, and asked me to make sure you had it.",
        "- Your mum has moved to Flat 12, Albion Mill, Hatter Street, Stockport SK1 2NU. She "
        "said it's fine for you to have the address and you'd be welcome any time.",
        "- You asked me not to give Paige your new number or tell her where you're working. "
        "I won't, and I've let college know too.",
        "- Leaving care grant: the bed and the pans for your future flat are approved. Keep "
        "the receipts!",
        "Any questions, text me on my work mobile, 07700 900190, or ring the office on "
        "0161 496 0190.",
        "Cheers,\nLiam",
    )
    signature = f"""Liam Okoro | Personal Adviser | Leaving Care Service
{KYLE_COUNCIL}
0161 496 0190 | 07700 900190 | liam.okoro@westmere.example.gov.uk

-----Original Message-----
From: Kyle Brennan <kyle.brennan04@example.com>
Sent: 04 March 2022 21:14
To: Liam Okoro
Subject: staying put thing

hi liam can u send me the staying put thing for my folder. also my dad
keeps ringing denise's landline, can u tell him to text me instead.
thanks, ky
"""
    body = "\n\n".join(textwrap.fill(p, 74, break_on_hyphens=False) if "\n" not in p else p
                       for p in prose) + "\n\n" + signature
    msg = EmailMessage()
    for name, value in headers.items():
        msg[name] = value
    msg["Date"] = format_datetime(dt.datetime(2022, 3, 8, 11, 2, 45, tzinfo=dt.UTC))
    msg["Message-ID"] = "<20220308110245.9C2E11@mail.westmere.example.gov.uk>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Content-Language"] = "en-GB"
    msg.set_content(body)
    msg.add_attachment(kyle_staying_put_pdf(corpus), maintype="application", subtype="pdf",
                       filename=KYLE_ATTACHMENT)
    msg.set_boundary("----=_NextPart_000_0117_01D832F4.8E0A6B10")
    (KYLE_DIR / KYLE_EMAIL_EML).write_bytes(msg.as_bytes(policy=default_policy))
    corpus.add(KYLE_EMAIL_EML, *headers.values(), body)


# --------------------------------------------------------------------------------------------
# Later-life letter (TXT), June 2022
# --------------------------------------------------------------------------------------------

KYLE_LETTER = f"""{KYLE_COUNCIL}
Children in Care Team, Town Hall, Stockport
Tel 0161 496 0155   priya.nair@westmere.example.gov.uk

15 June 2022

Dear Kyle,

I have been your social worker since your 10th birthday, and now that you are 18
and Liam is your personal adviser, I want to write your story down in one place,
so that you have it whenever you want it. Some of it you will remember and some
of it you were too young to remember. All of it is yours.

You were born on 19 February 2004 at Stepping Hill Hospital in Stockport. Your
mum is Lorraine Brennan and your dad is Michael Brennan, who everybody calls
Mick. Your big sister Shannon was born on 27 August 2001, and you have always
looked up to her. In 2009 your mum and dad separated, and you, Shannon and your
mum lived at Flat 3, Kestrel House. Your mum's partner Gary Pollard moved in soon
afterwards.

There were a lot of arguments in the flat, and sometimes Gary hurt your mum. A
neighbour, Mrs Cartwright, was worried about you and rang the police more than
once. She did the right thing. Your mum tried hard to keep you safe, but she was
unwell and she found it very hard to stay away from Gary.

In June 2011, when you were 7, you moved to Denise and Paul Ashworth's house in
Marple. Shannon went to live with your dad at Rose Cottage. You arrived with a
stegosaurus and a bag of dinosaur books, and Biscuit the spaniel decided on the
first night that you were hers. Callum taught you to ride a bike that summer. In
January 2012 a judge decided that you should stay with Denise and Paul while you
grew up.

You have done so many things to be proud of. You were player of the match for
Marple Juniors when you were 9. You started Brookfield High School in 2015 and,
when Gary turned up outside school in 2016, you told a teacher straight away,
which was brave. You worked hard with CAMHS when things felt "too loud". In 2019
Paul moved out, and you chose to stay with Denise. You got 7 GCSEs in 2020 and
you are now a chef in training, which you have wanted to be since you were ten.

Your mum loves you. She told me so many times, and she has kept every card you
ever made her. Your dad and Shannon have always wanted you at Rose Cottage at
weekends. If you ever want to read your full records, you can ask for them, and
you can always ring me or Liam to talk any of this through.

With very best wishes for everything that comes next,

Priya Nair
Social Worker, Children in Care Team
"""


def build_kyle_letter(corpus: Corpus) -> None:
    """Write Priya Nair's later-life letter to Kyle as plain text."""
    (KYLE_DIR / KYLE_LETTER_TXT).write_text(KYLE_LETTER, encoding="utf-8", newline="\n")
    corpus.add(KYLE_LETTER_TXT, KYLE_LETTER)


# --------------------------------------------------------------------------------------------
# Kyle's case.toml and ground truth
# --------------------------------------------------------------------------------------------

KYLE_PEOPLE: tuple[Person, ...] = (
    Person("Lorraine Brennan", ("Lorraine", "Ms Brennan", "Lozza"), "redact", "no consent",
           relationship="mother"),
    Person("Michael Brennan", ("Mick", "Mr Brennan"), "redact", "no consent",
           relationship="father"),
    Person("Gary Pollard", ("Gary", "Gaz", "Mr Pollard"), "redact", "no consent",
           relationship="mother's former partner (stepfather)"),
    Person("Shannon Brennan", ("Shannon",), "redact", "no consent", relationship="sister"),
    Person("Denise Ashworth", ("Denise", "Mrs Ashworth"), "disclose",
           "consent given 2026-10-20", relationship="foster carer"),
    Person("Paul Ashworth", ("Paul", "Mr Ashworth"), "redact",
           "no reply to the consent request of 2026-10-16", relationship="foster carer"),
    Person("Priya Nair", ("Priya",), "disclose", "acting as his social worker",
           role="social worker"),
    Person("Liam Okoro", ("Liam",), "disclose", "acting as his personal adviser",
           role="personal adviser"),
)

KYLE_REDACT: tuple[tuple[str, str, str], ...] = (
    ("Lorraine Brennan", "person", "Lorraine Brennan"),
    ("Lorraine", "person", "Lorraine Brennan"),
    ("Ms Brennan", "person", "Lorraine Brennan"),
    ("Lozza", "person", "Lorraine Brennan"),
    ("Flat 3, Kestrel House, Bridge Street", "address", "Lorraine Brennan"),
    ("Flat 3, Kestrel House", "address", "Lorraine Brennan"),
    ("Kestrel House", "address", "Lorraine Brennan"),
    ("SK1 3QX", "postcode", "Lorraine Brennan"),
    ("Flat 12, Albion Mill, Hatter Street", "address", "Lorraine Brennan"),
    ("SK1 2NU", "postcode", "Lorraine Brennan"),
    ("07700 900317", "phone", "Lorraine Brennan"),
    ("lozza.b82@example.com", "email", "Lorraine Brennan"),
    ("03/11/1982", "dob", "Lorraine Brennan"),
    (LORRAINE_NHS, "nhs", "Lorraine Brennan"),
    ("Michael Brennan", "person", "Michael Brennan"),
    ("Michael", "person", "Michael Brennan"),
    ("Mick", "person", "Michael Brennan"),
    ("Mr Brennan", "person", "Michael Brennan"),
    ("Rose Cottage, Mill Lane", "address", "Michael Brennan"),
    ("Rose Cottage", "address", "Michael Brennan"),
    ("SK13 6HB", "postcode", "Michael Brennan"),
    ("0161 496 0873", "phone", "Michael Brennan"),
    ("+44 7700 900814", "phone", "Michael Brennan"),
    ("14.07.1979", "dob", "Michael Brennan"),
    ("Gary Pollard", "person", "Gary Pollard"),
    ("Gary", "person", "Gary Pollard"),
    ("Gaz", "person", "Gary Pollard"),
    ("Mr Pollard", "person", "Gary Pollard"),
    ("21/05/1985", "dob", "Gary Pollard"),
    ("MF09 WLR", "vehicle", "Gary Pollard"),
    ("Shannon Brennan", "person", "Shannon Brennan"),
    ("Shannon", "person", "Shannon Brennan"),
    ("07700 900655", "phone", "Shannon Brennan"),
    ("07700 900690", "phone", "Shannon Brennan"),
    ("shannon.brennan01@example.com", "email", "Shannon Brennan"),
    ("27/08/2001", "dob", "Shannon Brennan"),
    ("27 August 2001", "dob", "Shannon Brennan"),
    ("2214087", "case_ref", "Shannon Brennan"),
    ("Paul Ashworth", "person", "Paul Ashworth"),
    ("Paul", "person", "Paul Ashworth"),
    ("Mr Ashworth", "person", "Paul Ashworth"),
    ("Callum Ashworth", "person", "Callum Ashworth"),
    ("Callum", "person", "Callum Ashworth"),
    ("09/12/2000", "dob", "Callum Ashworth"),
    ("Paige Sutcliffe", "person", "Paige Sutcliffe"),
    ("Paige", "person", "Paige Sutcliffe"),
    ("22 Oakfield Road", "address", "Paige Sutcliffe"),
    ("SK6 4AQ", "postcode", "Paige Sutcliffe"),
    ("08/10/2004", "dob", "Paige Sutcliffe"),
    ("Eileen Cartwright", "person", "Eileen Cartwright"),
    ("Mrs Cartwright", "person", "Eileen Cartwright"),
    ("Flat 4, Kestrel House", "address", "Eileen Cartwright"),
    ("0161 496 0728", "phone", "Eileen Cartwright"),
    ("Rachel Doyle", "person", "Rachel Doyle"),
    ("PC Doyle", "person", "Rachel Doyle"),
)
KYLE_UNCLEAR = {"Paul Ashworth", "Rachel Doyle"}

KYLE_KEEP: tuple[tuple[str, str], ...] = (
    ("Kyle Brennan", "subject"),
    ("Kyle", "subject"),
    ("Ky", "subject"),
    (KYLE_DOB, "subject"),
    ("19 February 2004", "subject"),
    (KYLE_ID, "subject"),
    ("07700 900402", "subject"),
    ("kyle.brennan04@example.com", "subject"),
    ("Denise Ashworth", "disclosed"),
    ("Denise", "disclosed"),
    ("Mrs Ashworth", "disclosed"),
    ("Priya Nair", "professional"),
    ("Priya", "professional"),
    ("Owen Bradshaw", "professional"),
    ("Claire Whitlock", "professional"),
    ("Joanne Fletcher", "professional"),
    ("Joanne", "professional"),
    ("Nadine Royle", "professional"),
    ("Nadine", "professional"),
    ("Liam Okoro", "professional"),
    ("Liam", "professional"),
    ("Beth Lawton", "professional"),
    ("Dale Hussain", "professional"),
    ("Mr Hussain", "professional"),
    ("Anil Mehta", "professional"),
    ("Helen Akers", "professional"),
    ("Karl Benson", "professional"),
    ("liam.okoro@westmere.example.gov.uk", "professional"),
    ("priya.nair@westmere.example.gov.uk", "professional"),
    ("0161 496 0190", "professional"),
    ("07700 900190", "professional"),
    ("0161 496 0155", "professional"),
    ("Stockport", "place"),
    ("Marple", "place"),
    ("Glossop", "place"),
    ("Westmere Metropolitan Borough Council", "place"),
    ("Goyt Valley Primary School", "place"),
    ("Brookfield High School", "place"),
    ("Mersey Vale College", "place"),
    ("Stepping Hill Hospital", "place"),
    ("Marple Juniors", "place"),
    ("your mum", "relationship"),
    ("your dad", "relationship"),
    ("goalkeeper", "content"),
    ("player of the match", "content"),
    ("lasagne", "content"),
    ("stegosaurus", "content"),
    ("Biscuit", "content"),
    ("Staying Put", "content"),
    ("Pathway Plan", "content"),
    ("family time", "content"),
    ("Professional Cookery", "content"),
    ("3rd March 2015", "date"),
    ("18/06/2011", "date"),
    ("15 June 2022", "date"),
)

# (ISO date, precision, category, phrase the entry text contains, document)
KYLE_EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("2004-02-19", "day", "family", "You were born", KYLE_LETTER_TXT),
    ("2009-01-01", "year", "family", "your mum and dad separated", KYLE_LETTER_TXT),
    ("2010-03-08", "day", "concern", "shouting", KYLE_NOTES_PDF),
    ("2010-03-15", "day", "voice", "as long as three buses", KYLE_NOTES_PDF),
    ("2011-06-20", "day", "concern", "locked yourselves in the bathroom", KYLE_NOTES_PDF),
    ("2011-06-22", "day", "placement", "you moved to live with foster carers", KYLE_NOTES_PDF),
    ("2011-06-01", "month", "placement", "when you were 7, you moved to", KYLE_LETTER_TXT),
    ("2011-08-04", "day", "meeting", "Looked After review", KYLE_NOTES_PDF),
    ("2012-01-27", "day", "meeting", "Care Order", KYLE_NOTES_PDF),
    ("2013-05-18", "day", "achievement", "player of the match", KYLE_NOTES_PDF),
    ("2014-02-19", "day", "voice", "calls you Ky", KYLE_NOTES_PDF),
    ("2015-03-03", "day", "voice", "three layers, not two", KYLE_NOTES_PDF),
    ("2015-09-03", "day", "education", "Year 7 at Brookfield High School", KYLE_NOTES_PDF),
    ("2016-05-10", "day", "concern", "white van", KYLE_NOTES_PDF),
    ("2017-07-22", "day", "family", "first overnight stay", KYLE_NOTES_PDF),
    ("2018-02-12", "day", "health", "CAMHS", KYLE_NOTES_PDF),
    ("2019-04-09", "day", "placement", "single carer", KYLE_NOTES_PDF),
    ("2019-10-12", "day", "concern", "reported you missing", KYLE_NOTES_PDF),
    ("2020-08-20", "day", "achievement", "7 GCSEs", KYLE_NOTES_PDF),
    ("2020-09-07", "day", "education", "Professional Cookery", KYLE_NOTES_PDF),
    ("2021-09-14", "day", "voice", "my own flat", KYLE_PLAN_DOCX),
    ("2021-11-23", "day", "meeting", "personal adviser", KYLE_NOTES_PDF),
    ("2022-02-19", "day", "placement", "Staying Put", KYLE_NOTES_PDF),
    ("2022-03-08", "day", "family", "weekend of 2 April", KYLE_EMAIL_EML),
)


def build_kyle() -> None:
    """Regenerate Kyle Brennan's case folder and ground truth, and check them."""
    KYLE_DIR.mkdir(parents=True, exist_ok=True)
    corpus = Corpus()
    pages = {KYLE_NOTES_PDF: build_kyle_case_record(corpus)}
    build_kyle_pathway_plan(corpus)
    build_kyle_email(corpus)
    build_kyle_letter(corpus)
    toml = case_toml("Case file for the fictional sample records in this folder (see "
                     "../README.md).\nEveryone named here is invented.", KYLE, ("Kyle", "Ky"),
                     "2004-02-19", KYLE_SAR, "2026-10-12", KYLE_PEOPLE)
    (KYLE_DIR / "case.toml").write_text(toml, encoding="utf-8")
    (KYLE_DIR / ".lifestoryignore").write_text(IGNORE_CASE_TOML, encoding="utf-8")
    truth = ground_truth("more-cases/case-kyle-brennan", KYLE, KYLE_REDACT, KYLE_UNCLEAR,
                         KYLE_KEEP, KYLE_EVENTS)
    check(truth, corpus, KYLE_NOTES_PDF, KYLE_PEOPLE, min_events=15, min_notes=15)
    assert len(KYLE_LOG) >= 15
    assert 6 <= pages[KYLE_NOTES_PDF] <= 8, f"case record has {pages[KYLE_NOTES_PDF]} pages"
    write_truth(KYLE_TRUTH, truth, KYLE_DIR, pages)


# ============================================================================================
# Case 2: Amira Haddad -- terse duty-team notes
# ============================================================================================

AMIRA_DIR = HERE / "case-amira-haddad"
AMIRA_TRUTH = TRUTH_DIR / "amira-haddad.json"
AMIRA_COUNCIL = "London Borough of Kingsmead"
AMIRA = "Amira Haddad"
AMIRA_DOB = "30/06/2008"
AMIRA_ID = "P4471902"
AMIRA_SAR = "DSAR/26/1193"
AMIRA_NHS = "999 507 1630"  # the subject's own NHS number: disclosed to her
NADIA_NHS = "999 640 7527"

AMIRA_NOTES_PDF = "case-notes-2019-2022.pdf"
AMIRA_CSV = "chronology-export.csv"
AMIRA_MINUTES_PDF = "icpc-minutes-2019-03-07.pdf"
AMIRA_REFERRAL_TXT = "mash-referral-2019-02-11.txt"


@dataclass(frozen=True)
class DutyNote:
    """One terse case note. ``typed`` is the date as the worker typed it; in ``text`` a
    newline forces a line break and a form feed a page break."""

    typed: str
    iso: str
    kind: str
    worker: str
    text: str

    @property
    def meta(self) -> tuple[str, str]:
        """The export's record metadata for the right-hand column."""
        day = dt.date.fromisoformat(self.iso).strftime("%d/%m/%Y")
        return f"Rec. {day}", f"Auth. {'SR' if self.worker == 'RK' else 'BC'}"


AMIRA_NOTES: tuple[DutyNote, ...] = (
    DutyNote("11.2.19", "2019-02-11", "MASH", "TR",
             "Referral rec'd 09:42 from Chestnut Grove Primary (DSL Joanne Pike). CYP (Y6) told "
             "class teacher this am that M's partner JT 'pushed Mum into the wall' Sat night & "
             "CYP hid under bed. Also said F 'keeps texting Mum'. Checks: F = Khalid Haddad, "
             "DOB 03/01/1982, NI QQ 71 03 58 A, 48 Tanner Street, Tottenham N17 9QB. NMO in "
             "place to 03/2020 protecting M + CYP. PNC: JT x2 DA call-outs w/ prev partner. "
             "Family not known to CSC. RAG red. To TM (BC) for strat."),
    DutyNote("12/2/19", "2019-02-12", "Strat", "TR",
             "Strat disc by phone. Present: TR, BC, DC Neil Ambrose (CAIT), JP (school), school "
             "nurse Aisha Begum. Police: 999 call from flat Sat 9/2 at 00:14, caller hung up; "
             "attended, M said 'argument only', no injuries seen. JT = Jordan Teale, DOB "
             "19/11/1990, NFA, left before police arrived. Outcome: s47 (single agency), police "
             "to trace JT. HV 14/2, CYP to be seen alone."),
    DutyNote("14.2.19", "2019-02-14", "HV", "SR",
             "HV Flat 7, Cedar Court. CYP seen alone in bedroom. M present, MGM in kitchen. CYP "
             "quiet at first then showed SW her drawings (manga style, 'that's me as a "
             "warrior'). Says JT shouts 'when he's been drinking', she puts her hands over her "
             "ears. Wants JT 'gone forever'. M tearful, confirms JT pushed her, says 'it's "
             "over'. SW adv M re DV; IDVA ref made w/ consent; NMO process explained. MGM "
             "(Fatima Mansour, 020 7946 0385) to stay over for now. Plan: ICPC 7/3."),
    DutyNote("15/2/19", "2019-02-15", "Tel", "SR",
             "Tel from MGM. F rang her landline last night asking which school CYP goes to "
             "('Khalid sounded drunk'). MGM did not tell him, hung up. Adv 999 if F attends "
             "address or school. DC Ambrose informed. School alerted, photo of F to office."),
    DutyNote("18/2/19", "2019-02-18", "Email", "SR",
             "Email from JP: CYP 'brighter' today, ate all her lunch, played football at "
             "break. M dropped her off, no concerns."),
    DutyNote("20/2/19", "2019-02-20", "School visit", "SR",
             "CYP seen at school, quiet room, JP present first 5 mins. Three Houses: Worries - "
             "'JT coming back', 'Dad finding us'. Good things - Luna (cat), MGM's kitchen, "
             "Tariq's trampoline, cousins Yasmin and Zayn. Dreams - 'be a vet', 'Mum not sad "
             "any more'. CYP v articulate & funny, corrected SW's drawing of a cat. Asked if "
             "she was 'in trouble'. Reassured, not her fault."),
    DutyNote("22/2/19", "2019-02-22", "Tel", "SR",
             "Tel M. New mob 07700 900736 (old no. 07700 900271 - JT has it, not to be used). "
             "M says JT texting from withheld no. Adv keep log. IDVA accepted ref. M not "
             "ready to give police statement. M's friend Kelly\fBrooks (07700 900164) staying "
             "some nights."),
    DutyNote("26.2.19", "2019-02-26", "Tel", "SR",
             "Tel DC Ambrose: JT not yet traced, last known Romford area. Flagged on PNC. To "
             "ring SW when located."),
    DutyNote("1/3/19", "2019-03-01", "Visit", "SR",
             "ICPC prep w/ CYP at home. CYP chose to write a letter rather than attend. Wrote "
             "it herself at the kitchen table, SW typed it. Asked SW to 'read it in a loud "
             "voice so they listen'. Explained conference in age-approp way; CYP asked if Luna "
             "could come."),
    DutyNote("7.3.19", "2019-03-07", "ICPC", "SR",
             "ICPC, chair Martin Hale. CP plan - emotional harm. M & MGM attended, M's friend "
             "Kelly as supporter. F not invited (NMO). JT not invited. CYP's letter read out by "
             "SW. Minutes on file. CGM 19/3."),
    DutyNote("11/3/19", "2019-03-11", "Tel", "SR",
             "Tel Kelly Brooks (M's friend) re collecting CYP Weds & Fri. Agreed, added to "
             "safety plan. Kelly: 'Nadia's doing so much better, she's eating again'."),
    DutyNote("19/3/19", "2019-03-19", "CGM", "SR",
             "CGM 1 at school. M, MGM, JP, RK, school nurse. M started Freedom Prog (Tues am). "
             "No contact w/ JT reported. RK to start weekly sessions: routines, CYP's sleep "
             "(nightmares 3-4x wk). Attendance 96%."),
    DutyNote("3/4/19", "2019-04-03", "Incident", "SR",
             "School rang 15:20 yest: F at school gate at pick-up 2/4, tried to speak to CYP; "
             "she ran back inside to JP. Police called, F arrested for breach of NMO, bailed. "
             "CYP shaken, said 'he smelled of cigarettes like before'. Collected by MGM. Safety "
             "plan updated: only M, MGM or Kelly Brooks to collect, password w/ school office."),
    DutyNote("10/4/19", "2019-04-10", "FSW", "RK",
             "Session w/ M & CYP. Sleep chart on fridge. CYP baked ma'amoul w/ MGM at w/e & "
             "brought some in a tub for RK. M says Kelly's helping w/ school runs. M reports JT "
             "has moved to Romford, no contact. CYP's nightmares 'less'."),
    DutyNote("17/4/19", "2019-04-17", "Email", "SR",
             "Email from IDVA: M attending weekly, risk now assessed as medium. M has changed "
             "the locks (LA funded). IDVA to attend next CGM."),
    DutyNote("2019-05-07", "2019-05-07", "CGM", "SR",
             "CGM 2. No incidents since 2/4. F charged, court 30/5. M done 6/12 Freedom Prog. "
             "M disclosed JT messaged her on Facebook 3/5 'can we talk', she blocked him & "
             "showed SW. CYP happier per school, joined choir. Plan continues."),
    DutyNote("30/5/19", "2019-05-30", "Tel", "SR",
             "DC Ambrose: F pleaded guilty to breach of NMO at Thames MC. Fine + restraining "
             "order 2 yrs re M & CYP. F's new address: Flat 3, 18 Hartley Row, Tottenham N17 "
             "6RS. M informed, relieved. M told CYP at home, age-approp. CYP: 'so he can't "
             "come to school any more?'"),
    DutyNote("21/5/19", "2019-05-21", "FSW", "RK",
             "Session w/ CYP. Made a worry monster, CYP named it 'Mr Grumbles'. Worries "
             "written & fed to it: 'Dad at school', 'SATs'. Said worries 'mostly asleep now'. "
             "Sleeping in own bed 5/7 nights."),
    DutyNote("6/6/19", "2019-06-06", "RCPC", "SR",
             "RCPC 1, chair Martin Hale. M engaged, no DA incidents, CYP's sleep better. "
             "Police: JT's whereabouts not confirmed. Decision: remain on CP plan (emotional "
             "harm), review 5/12. CYP did not want to attend, sent drawing of Luna 'guarding "
             "the flat'."),
    DutyNote("28/6/19", "2019-06-28", "Direct work", "SR",
             "DW at home before CYP's 11th bday (30/6). 'All About Me' book: manga, drawing, "
             "Luna, swimming on Sat, Arabic school w/ cousins. Says 'I'm the boss of my "
             "cousins'. Party Sun at uncle's (Tariq Mansour, 5 Beacon Road, Ilford IG1 4QD, "
             "07700 900538). Re F: 'I want him to say sorry but I don't want to see him'."),
    DutyNote("19/7/19", "2019-07-19", "Tel", "SR",
             "End of term. JP: CYP 'star of the week' for looking after a new girl. Leavers' "
             "assembly - CYP drew the programme cover. Summer: Ilford w/ cousins, Arabic "
             "school, swimming. SW on A/L 5-23/8, duty aware."),
    DutyNote("w/c 12/8", "2019-08-12", "Duty", "TR",
             "SW on A/L. Duty checks: tel M x2 no ans, text sent. 15/8 M rang back - CYP "
             "staying at uncle's in Ilford all week w/ cousins, 'having the best time'. No "
             "concerns. MGM aware."),
    DutyNote("4/9/19", "2019-09-04", "School", "SR",
             "CYP started Y7 at Kingsmead Academy. Tel M: 'she loved it, made 2 friends "
             "already'. Voted form rep for the school council: 'I said I'd get better "
             "toilets'. JP (primary) sent transfer file incl. CP info to new DSL."),
    DutyNote("22/10/19", "2019-10-22", "Unann HV", "SR",
             "Unann HV 17:30. Men's trainers (size 10) in hall, vape on side. M said they "
             "belong to 'a friend'. CYP would not come out of bedroom. M later texted SW "
             "admitting JT 'popped round' twice. Concern re written agreement. TM BC informed. "
             "CGM brought fwd."),
    DutyNote("24/10/19", "2019-10-24", "School visit", "SR",
             "CYP seen at school, JP present. Said Jordan came Sat & Sun, shouted at Mum about "
             "money, 'I put my music on loud'. 'I don't want to be scared in my own house.' M "
             "informed, asked JT to leave, says he has. DC Ambrose informed, police to consider "
             "DVPN. MGM moving in temp."),
    DutyNote("14/11/19", "2019-11-14", "CGM", "SR",
             "CGM. DVPO expired. M says JT 'gone back to his mum's in Essex'. M applied for "
             "own NMO v JT, hearing 22/11. CYP sleeping in own bed again, settled at Kingsmead "
             "Academy, form tutor: 'kind, chatty, brilliant at art'."),
    DutyNote("5/12/19", "2019-12-05", "RCPC", "SR",
             "RCPC 2. DVPO granted 28/10 (28 days), then M got own NMO v JT. No incidents since. "
             "M engaged w/ IDVA. Decision: CP plan ended, step down to CIN. CYP: 'I want a "
             "normal Christmas with Teta and Luna'."),
    DutyNote("16/1/20", "2020-01-16", "CIN", "SR",
             "CIN visit. CYP showed SW her Y7 science project (a model cell made of jelly, "
             "'the mitochondria is a Skittle'). M working part time at a pharmacy. No contact "
             "F/JT."),
    DutyNote("26/3/20", "2020-03-26", "CIN visit", "SR",
             "Covid-19: virtual visit, WhatsApp video. CYP seen in bedroom, showed Luna & new "
             "manga drawings. Home-schooling, MGM helping w/ maths. M says money tight, food "
             "parcel ref made. No contact from F or JT."),
    DutyNote("4/6/20", "2020-06-04", "CIN", "SR",
             "Doorstep visit (Covid), 2m. CYP had cut her own fringe, 'a disaster'. M coping, "
             "daily walks w/ Kelly. Eid on video w/ MGM & cousins. CYP asked for more manga "
             "books - SW to ask Virtual School? N/A, not LAC - library card instead."),
    DutyNote("2/9/20", "2020-09-02", "Tel", "SR",
             "CYP back at school (Y8) after lockdown. Tel M: 'she ran in, didn't even say "
             "bye'. CIN review: plan to close 10/20 if stable."),
    DutyNote("20/10/20", "2020-10-20", "CIN", "SR",
             "CIN review: no concerns since 12/19. M asked for closure. CYP agrees: 'I don't "
             "need a social worker, I need a new phone'. TM BC agreed: close to CSC 30/10/20, "
             "Early Help offer made."),
    DutyNote("18.1.21", "2021-01-18", "Duty", "TR",
             "Tel MGM 08:10. M taken to hospital o/n (MH crisis), detained s2 MHA. CYP at MGM's "
             "(12 Warwick Gardens, Leyton E10 7JP). Legal adv re F's PR: F not to be told CYP's "
             "whereabouts. CYP accommodated s20, placed w/ MGM under reg 24 (temp approval). "
             "CYP: 'I'm not leaving Teta's.'"),
    DutyNote("26/1/21", "2021-01-26", "Visit", "SR",
             "Reg 24 visit at MGM's. CYP has box room, painted purple, manga posters up. MGM "
             "tired but v committed. Uncle Tariq doing school runs. Cousins at w/e. CYP visited "
             "M on ward w/ MGM: 'Mum hugged me for ages'."),
    DutyNote("3/2/21", "2021-02-03", "Visit", "SR",
             "Visit MGM's. CYP cooking maqluba w/ MGM ('you flip it upside down!'). Remote "
             "school ok, laptop from school. Family time w/ M on ward by video daily."),
    DutyNote("15/2/21", "2021-02-15", "LAC review", "SR",
             "LAC review 1 (Teams), IRO Dele Adebayo. CYP joined 10 mins: wants to stay at "
             "Teta's 'until Mum's better, then see'. M discharged 9/2, home, CMHT support. "
             "Plan: connected person assessment of MGM, consider SGO."),
    DutyNote("30.6.21", "2021-06-30", "Visit", "SR",
             "CYP's 13th bday. Visit w/ card. CYP won Y8 art prize for her manga comic 'Luna "
             "the Warrior Cat'. Family time w/ M 3x wk, unsupervised. Picnic planned w/ M, MGM "
             "& cousins."),
    DutyNote("8/9/21", "2021-09-08", "Tel", "SR",
             "CYP started Y9. MGM: connected person assessment positive (panel 2/9). MGM wants "
             "SGO 'so Amira stops having meetings about her'. M agrees. Legal gateway booked."),
    DutyNote("14/10/21", "2021-10-14", "Court", "SR",
             "SGO application by MGM issued. CYP's wishes: live w/ MGM, see Mum 'whenever', no "
             "contact w/ F. F served at Hartley Row address, no response."),
    DutyNote("2022-03-09", "2022-03-09", "Court", "SR",
             "SGO granted to MGM, East London Family Court. CYP no longer LAC. CYP: 'Teta is my "
             "forever home now.' SGO support plan agreed (RK). Case closed."),
)

# Layout of the duty notes: a narrow left column (date as typed, type, worker) and the text.
NOTE_TOP = PAGE_H - 27 * mm
NOTE_BOTTOM = 24 * mm
LEFT_X = MARGIN_X
TEXT_X = MARGIN_X + 26 * mm
META_X = PAGE_W - MARGIN_X - 27 * mm
TEXT_W = META_X - 5 * mm - TEXT_X
NOTE_FONT, NOTE_SIZE, NOTE_LEADING = "Helvetica", 10.5, 14.6


@dataclass
class NoteRow:
    """One laid-out line of the duty notes: left-column text and note text."""

    left: str = ""
    left_font: str = "Helvetica"
    meta: str = ""
    text: str = ""
    font: str = NOTE_FONT
    size: float = NOTE_SIZE
    height: float = NOTE_LEADING
    rule: bool = False
    page_break_after: bool = False
    keep_with_next: int = 0
    x: float = TEXT_X


AMIRA_KEY = ("Workers: SR Sadia Rahman (SW)  |  TR Tom Reeve (duty SW)  |  BC Bernadette Cole "
             "(TM)  |  RK Ruth Kemp (FSW)")


def amira_note_rows() -> list[NoteRow]:
    """The notes' title block and every note as rows ready for pagination."""
    rows = [
        NoteRow(text="CASE RECORDINGS - DUTY & ASSESSMENT / CIN / CP / LAC",
                font="Helvetica-Bold", size=13, height=18, x=MARGIN_X),
        NoteRow(text=f"Child: HADDAD, Amira    DOB {AMIRA_DOB}    ID {AMIRA_ID}", height=15,
                x=MARGIN_X),
        NoteRow(text=AMIRA_KEY, size=8.5, height=13, x=MARGIN_X),
        NoteRow(text=f"Export: all case notes 01/02/2019 - 31/03/2022 ({len(AMIRA_NOTES)}), "
                     "dates as recorded", size=8.5, height=13, x=MARGIN_X),
        NoteRow(height=4, x=MARGIN_X),
    ]
    for note in AMIRA_NOTES:
        rows.append(NoteRow(rule=True, height=7, keep_with_next=3))
        lines = wrap(note.text, NOTE_FONT, NOTE_SIZE, TEXT_W)
        left = [(note.typed, "Helvetica-Bold"), (note.kind, "Helvetica"),
                (note.worker, "Helvetica-Oblique")]
        meta = note.meta
        for i in range(max(len(lines), len(left))):
            line, brk = lines[i] if i < len(lines) else ("", False)
            lt, lf = left[i] if i < len(left) else ("", "Helvetica")
            rows.append(NoteRow(left=lt, left_font=lf, meta=meta[i] if i < len(meta) else "",
                                text=line, page_break_after=brk,
                                keep_with_next=2 if i == 0 else 0))
        rows.append(NoteRow(height=8))
    return rows


def paginate_notes(rows: list[NoteRow]) -> list[list[tuple[NoteRow, float]]]:
    """Place rows on pages; returns each page's rows with their baseline y."""
    pages: list[list[tuple[NoteRow, float]]] = [[]]
    y = NOTE_TOP
    for i, row in enumerate(rows):
        needed = row.height + sum(r.height for r in rows[i + 1 : i + 1 + row.keep_with_next])
        if pages[-1] and y - needed < NOTE_BOTTOM:
            pages.append([])
            y = NOTE_TOP
        if not pages[-1] and not (row.text or row.left) and not row.rule:
            continue  # no blank space at the top of a page
        y -= row.height
        pages[-1].append((row, y))
        if row.page_break_after:
            spare = (y - NOTE_BOTTOM) / NOTE_LEADING
            if spare >= 2.5:
                raise SystemExit(f"a forced page break (\\f) after {row.text!r} leaves "
                                 f"{spare:.1f} blank lines: move it to where the page ends")
            pages.append([])
            y = NOTE_TOP
    return pages


def amira_notes_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of Kingsmead's case-notes export."""
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 12 * mm, f"{AMIRA_COUNCIL.upper()} - CHILDREN'S "
                      "SOCIAL CARE - CASE NOTES EXPORT")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 12 * mm, "OFFICIAL-SENSITIVE")
    canvas.drawString(MARGIN_X, PAGE_H - 16 * mm, f"{AMIRA_ID} HADDAD, Amira")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 16 * mm, f"Pg {page}/{total}")
    canvas.line(MARGIN_X, PAGE_H - 18 * mm, PAGE_W - MARGIN_X, PAGE_H - 18 * mm)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(MARGIN_X, 12 * mm, f"Exported 01/10/2026 by Information Governance for "
                      f"{AMIRA_SAR}. Do not forward.")
    canvas.restoreState()


def amira_notes_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the notes export."""
    return (f"{AMIRA_COUNCIL.upper()} - CHILDREN'S SOCIAL CARE - CASE NOTES EXPORT "
            f"OFFICIAL-SENSITIVE {AMIRA_ID} HADDAD, Amira Pg {page}/{total} Exported 01/10/2026 "
            f"by Information Governance for {AMIRA_SAR}. Do not forward.")


def split_names(lines: list[str], page_ends: set[int], names: Iterable[str]
                ) -> tuple[list[str], list[str]]:
    """Full names split across a line break, and across a page break."""
    across_lines, across_pages = [], []
    for i, (first, second) in enumerate(itertools.pairwise(lines)):
        for name in names:
            head, tail = name.rsplit(" ", 1)
            if re.search(rf"(?<!\w){re.escape(head)}$", first) and second.startswith(tail):
                (across_pages if i in page_ends else across_lines).append(name)
    return across_lines, across_pages


def build_amira_case_notes(corpus: Corpus) -> int:
    """Write Amira's terse case-notes export; returns its page count."""
    rows = amira_note_rows()
    pages = paginate_notes(rows)
    canvas = Canvas(str(AMIRA_DIR / AMIRA_NOTES_PDF), pagesize=A4, invariant=1)
    canvas.setTitle(f"Case notes export {AMIRA_ID}")
    canvas.setAuthor(f"{AMIRA_COUNCIL} Children's Social Care")
    canvas.setSubject(AMIRA_SAR)
    canvas.setCreator("CSC Records Export 3.1")
    for number, page in enumerate(pages, start=1):
        for row, y in page:
            if row.rule:
                canvas.setStrokeColor(colors.HexColor("#999999"))
                canvas.setLineWidth(0.3)
                canvas.line(MARGIN_X, y + 3, PAGE_W - MARGIN_X, y + 3)
                canvas.setStrokeColor(colors.black)
                continue
            if row.left:
                canvas.setFont(row.left_font, 9)
                canvas.drawString(LEFT_X, y, row.left)
            if row.meta:
                canvas.setFont("Helvetica", 7.5)
                canvas.setFillColor(colors.HexColor("#555555"))
                canvas.drawString(META_X, y, row.meta)
                canvas.setFillColor(colors.black)
            if row.text:
                canvas.setFont(row.font, row.size)
                canvas.drawString(row.x, y, row.text)
        amira_notes_furniture(canvas, number, len(pages))
        canvas.showPage()
    canvas.save()
    lines, ends = [], set()
    for page in pages:
        texts = [row.text for row, _ in page if row.text and row.x == TEXT_X]
        lines.extend(texts)
        if texts:
            ends.add(len(lines) - 1)
    names = {t for t, kind, _ in AMIRA_REDACT if kind == "person" and " " in t}
    across_lines, across_pages = split_names(lines, ends, names)
    assert across_lines, "want a third party's name split across a line break"
    assert across_pages, "want a third party's name split across a page break"
    corpus.add(AMIRA_NOTES_PDF, *(amira_notes_furniture_text(n, len(pages))
                                  for n in range(1, len(pages) + 1)))
    corpus.add(AMIRA_NOTES_PDF, *(row.text for row in rows[:5]))
    for note in AMIRA_NOTES:
        text = "\n".join((note.typed, note.kind, note.worker, *note.meta, note.text))
        corpus.add(AMIRA_NOTES_PDF, text)
        corpus.notes[note.iso] = normalise(text)
    return len(pages)


# --------------------------------------------------------------------------------------------
# Initial child protection conference minutes, 7 March 2019
# --------------------------------------------------------------------------------------------


def amira_minutes_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the conference minutes."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(MARGIN_X, PAGE_H - 12 * mm, f"{AMIRA_COUNCIL} - Safeguarding and Quality "
                      "Assurance")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 12 * mm, "OFFICIAL-SENSITIVE")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 16.5 * mm, "Child Protection Conference - Minutes - "
                      "NOT TO BE SHARED WITH THE FATHER")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 16.5 * mm, f"Page {page} of {total}")
    canvas.line(MARGIN_X, PAGE_H - 19 * mm, PAGE_W - MARGIN_X, PAGE_H - 19 * mm)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(MARGIN_X, 12 * mm, f"{AMIRA_ID} | Conference ID CPC-2019-0214 | "
                      "Minutes agreed by the chair 14/03/2019")
    canvas.restoreState()


def build_amira_minutes(corpus: Corpus) -> int:
    """Write the initial child protection conference minutes; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    text: list[str] = []
    story: list = []

    def heading(t: str) -> None:
        story.append(para(t, H2))
        text.append(t)

    def paragraph(t: str) -> None:
        story.append(para(t, BODY))
        text.append(t)

    def table(rows: list[tuple[str, ...]], widths: list[float]) -> None:
        story.append(grid_table(rows, widths))
        text.append(rows_text(rows))

    paragraph_title = "INITIAL CHILD PROTECTION CONFERENCE - MINUTES"
    story.append(para(paragraph_title, H1))
    text.append(paragraph_title)
    block = (
        f"CHILD: AMIRA HADDAD  |  DOB: {AMIRA_DOB}  |  ID: {AMIRA_ID}\n"
        "MOTHER: NADIA HADDAD  |  DOB: 12/04/1987\n"
        "FATHER: KHALID HADDAD  |  DOB: 03/01/1982  |  NOT INVITED - NON-MOLESTATION ORDER\n"
        "ADDRESS: FLAT 7, CEDAR COURT, 31 ELMFIELD ROAD, LONDON E17 6QT\n"
        "DATE: 07/03/2019 10:00  |  VENUE: Kingsmead Town Hall, Walthamstow  |  "
        "CHAIR: Martin Hale"
    )
    box = Table([[para(block, SMALL_BOLD)]], colWidths=[w])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f2f2"))]))
    story += [box, Spacer(1, 4 * mm)]
    text.append(block)

    heading("1. Attendance")
    table([
        ("Name", "Role", "Agency", "Attendance"),
        ("Martin Hale", "Chair", "Safeguarding & QA", "Present"),
        ("Nadia Haddad", "Mother", "-", "Present"),
        ("Fatima Mansour", "Maternal grandmother (MGM)", "-", "Present (parts 1 and 3)"),
        ("Kelly Brooks", "Friend of mother, supporter", "-", "Present"),
        ("Sadia Rahman", "Social Worker", "Children's Social Care", "Present"),
        ("Bernadette Cole", "Team Manager", "Children's Social Care", "Present (part)"),
        ("Ruth Kemp", "Family Support Worker", "Children's Social Care", "Present"),
        ("Joanne Pike", "Designated Safeguarding Lead", "Chestnut Grove Primary", "Present"),
        ("Aisha Begum", "School Nurse", "School Health", "Present"),
        ("DC Neil Ambrose", "Police", "CAIT", "Present"),
        ("Dr Colin Frost", "GP", "Elmfield Medical Centre", "Apologies, report received"),
        ("Khalid Haddad", "Father", "-", "Not invited (NMO)"),
        ("Jordan Teale", "Mother's partner (ended Feb 2019)", "-", "Not invited"),
        ("Lisa Cheung", "Minute taker", "Business Support", "Present"),
    ], [42 * mm, 50 * mm, 42 * mm, w - 134 * mm])

    heading("2. Reason for conference")
    paragraph("Amira (10, Year 6) was referred by her school on 11/02/2019 after she said that "
              "her mother's partner Mr Teale had pushed her mother into a wall and that she hid "
              "under her bed. A section 47 enquiry found that Amira has been living with "
              "domestic abuse, first from her father and more recently from Mr Teale, and is "
              "frightened, sleeping badly and worried about her mother.")

    heading("3. Information shared")
    paragraph("Social work (Sadia Rahman): Nadia has been open with the social worker and ended "
              "the relationship with JT after the incident of 9/2. JT (DOB 19/11/1990) has two "
              "previous domestic abuse call-outs with a former partner. Mr Haddad has a "
              "non-molestation order against him until March 2020 after abuse of Nadia in 2016; "
              "on 14/02/2019 he rang MGM asking where Amira goes to school. Nadia has a new "
              "mobile number, 07700 900736, which must not be shared with either man.")
    paragraph("School (Joanne Pike): Amira is a bright, kind and popular girl who reads well "
              "above her age and draws all the time. Attendance 94% this year. Since January she "
              "has been tired and tearful in the mornings. She has said she 'can't concentrate "
              "because of thinking about Mum'.")
    paragraph("Health: Amira is healthy and her immunisations are up to date (NHS number "
              f"{AMIRA_NHS}). Dr Frost's report says that Mrs Haddad (NHS number {NADIA_NHS}) "
              "has been treated for anxiety since 2016 and has attended every appointment.")
    paragraph("Police (DC Ambrose): three domestic abuse incidents at the address since 2015 "
              "involving Khalid Haddad, and one on 09/02/2019 involving Jordan Teale. Police are "
              "still trying to trace Mr Teale.")

    heading("4. Amira's views")
    paragraph("Amira wrote a letter for the conference, read out by the social worker: 'Dear "
              "Conference, I love my Mum and my Teta and my cat Luna. I don't like it when "
              "Jordan shouts. I want him to go away forever. I don't want to see my dad "
              "because he scares Mum. Please help Mum be happy. From Amira (age 10).'")

    heading("5. Family's views")
    paragraph("Nadia said she was ashamed that Amira had heard so much and that she 'will never "
              "let him back'. She is grateful for MGM's and Kelly's help. Mrs Mansour said that "
              "her daughter is a good mother who 'has been unlucky with men'. Mr Haddad's "
              "solicitor sent written views: he denies being a risk and asks for contact. Nadia "
              "Haddad (née Mansour) asked that her address is not shared with him.")

    heading("6. Strengths and risks")
    paragraph("Strengths: Amira's close, loving relationships with her mother and MGM; a wide "
              "family network (maternal uncle Tariq Mansour and cousins); a school that knows "
              "her well; Nadia's honesty. Risks: Mr Teale's return, Mr Haddad's attempts to "
              "find Amira, and the effect on Amira of what she has already lived through.")

    heading("7. Decision")
    paragraph("All agencies recommended a child protection plan. The chair decided that Amira "
              "Haddad will be subject to a child protection plan under the category of emotional "
              "harm. Key worker: Sadia Rahman. First core group: 19/03/2019. Review conference: "
              "06/06/2019.")

    heading("8. Outline child protection plan")
    table([
        ("What needs to happen", "Who", "By when"),
        ("No contact between Amira and JT; Nadia to tell the SW if he makes contact",
         "Nadia Haddad", "From today"),
        ("IDVA support and Freedom Programme for Nadia", "Nadia, Sadia Rahman", "31/03/2019"),
        ("Only Nadia, MGM or Kelly Brooks to collect Amira; password with the office",
         "Joanne Pike", "From today"),
        ("Trace Mr Teale; advise on breach of the NMO by Mr Haddad", "DC Neil Ambrose",
         "21/03/2019"),
        ("Weekly sessions with Amira on worries and sleep", "Ruth Kemp", "Weekly from 20/03"),
        ("Core group", "Sadia Rahman", "19/03/2019"),
    ], [90 * mm, 45 * mm, w - 135 * mm])
    dist = ("Distribution: all those present and Dr Frost. Not to be sent to Mr Haddad or his "
            "solicitor: this document contains the address of the mother and child.")
    story += [Spacer(1, 6), para(dist, SMALL)]
    text.append(dist)
    pages = build_platypus(AMIRA_DIR / AMIRA_MINUTES_PDF, amira_minutes_furniture, story,
                           f"ICPC minutes {AMIRA_ID} 07/03/2019", "Martin Hale", AMIRA_SAR)
    for n in range(1, pages + 1):
        text.append(f"{AMIRA_COUNCIL} - Safeguarding and Quality Assurance OFFICIAL-SENSITIVE "
                    "Child Protection Conference - Minutes - NOT TO BE SHARED WITH THE FATHER "
                    f"Page {n} of {pages} {AMIRA_ID} | Conference ID CPC-2019-0214 | Minutes "
                    "agreed by the chair 14/03/2019")
    corpus.add(AMIRA_MINUTES_PDF, *text)
    return pages


# --------------------------------------------------------------------------------------------
# Chronology export (CSV)
# --------------------------------------------------------------------------------------------

AMIRA_CHRONOLOGY: tuple[tuple[str, str, str, str, str], ...] = (
    ("Date", "Event type", "Summary", "Source", "Entered by"),
    ("2016-07-19", "Background", "Non-molestation order made against F (Khalid Haddad, DOB "
     "1982-01-03) protecting M and CYP, to March 2020", "Police / MASH checks", "TR"),
    ("2019-02-09", "Incident", "Police called to home: M's partner JT pushed M; CYP hid under "
     "her bed", "Police", "TR"),
    ("2019-02-11", "Referral", "Referral from Chestnut Grove Primary (DSL Joanne Pike)",
     "MASH", "TR"),
    ("2019-02-14", "Visit", "HV, CYP seen alone. MGM Fatima Mansour staying at the flat",
     "Case note", "SR"),
    ("2019-03-07", "Conference", "ICPC: CP plan, emotional harm. Attended: Nadia Haddad (M), "
     "Fatima Mansour (MGM), Kelly Brooks (supporter)", "Minutes", "SR"),
    ("2019-04-02", "Incident", "F at the school gate; arrested for breach of NMO. Safety plan "
     "updated", "School / Police", "SR"),
    ("2019-04-05", "Contact details", "Emergency contact added: Kelly Brooks, 07700 900164, "
     "kelly.brooks@example.com", "M", "SR"),
    ("2019-05-30", "Court", "Mr Haddad: guilty plea, restraining order 2 years", "Police",
     "SR"),
    ("2019-06-06", "Conference", "RCPC 1: CP plan continues", "Minutes", "SR"),
    ("2019-06-30", "Family", "CYP's 11th birthday party at maternal uncle's (Tariq Mansour), "
     "with cousins Yasmin Mansour and Zayn", "Case note", "SR"),
    ("2019-09-04", "Education", "Started Y7, Kingsmead Academy. Voted form rep for the "
     "school council", "School", "SR"),
    ("2019-10-28", "Court", "DVPO granted against Jordan Teale (28 days)", "Police", "SR"),
    ("2019-12-05", "Conference", "RCPC 2: CP plan ended, step down to CIN", "Minutes", "SR"),
    ("2021-01-18", "Placement", "Accommodated s20. Placed with MGM (12 Warwick Gardens, E10 "
     "7JP), reg 24 temporary approval. MGM DOB 22/09/1961", "Duty", "TR"),
    ("2021-02-15", "Review", "LAC review 1 (IRO Dele Adebayo)", "Review record", "SR"),
    ("2021-06-30", "Achievement", "Won the Y8 art prize for her manga comic", "School", "SR"),
    ("2021-10-14", "Court", "SGO application by MGM issued", "Legal", "SR"),
    ("2022-03-09", "Court", "SGO granted to MGM; CYP no longer looked after", "Legal", "SR"),
    ("2022-03-31", "Closure", "Case closed. M's contact details on closure: 07700 900736, "
     "nadia.haddad87@example.com", "Case closure", "BC"),
)


def build_amira_chronology(corpus: Corpus) -> None:
    """Write the chronology export as CSV."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(AMIRA_CHRONOLOGY)
    (AMIRA_DIR / AMIRA_CSV).write_text(buffer.getvalue(), encoding="utf-8", newline="")
    corpus.add(AMIRA_CSV, *(" ".join(row) for row in AMIRA_CHRONOLOGY))


# --------------------------------------------------------------------------------------------
# MASH referral (TXT), 11 February 2019
# --------------------------------------------------------------------------------------------

AMIRA_REFERRAL = f"""LONDON BOROUGH OF KINGSMEAD - MULTI-AGENCY SAFEGUARDING HUB (MASH)
REFERRAL FORM (ONLINE SUBMISSION)                          OFFICIAL-SENSITIVE
Received: 11/02/2019 09:42          MASH ref: MASH-19-00871
--------------------------------------------------------------------------------
REFERRER
Name: Joanne Pike            Role: Designated Safeguarding Lead
Agency: Chestnut Grove Primary School, Walthamstow
Tel: 020 7946 0612           Email: dsl.chestnutgrove@example.org

CHILD
AMIRA HADDAD   DOB: {AMIRA_DOB}   Gender: F   School year: 6
Address: Flat 7, Cedar Court, 31 Elmfield Road, London E17 6QT
Languages: English, Arabic          GP: Dr Colin Frost, Elmfield Medical Centre

HOUSEHOLD AND SIGNIFICANT OTHERS
MOTHER: NADIA HADDAD        DOB 12/04/1987   Tel 07700 900271
                            Email nadia.haddad87@example.com
FATHER: KHALID HADDAD       Not in household. Non-molestation order (copy held
                            by school). Not to collect. Not to be given information.
MATERNAL GRANDMOTHER: FATIMA MANSOUR   Tel 020 7946 0385   Stays at weekends.
MOTHER'S PARTNER: "JT" - first name Jordan, surname not known to school.

REASON FOR REFERRAL
At 08:55 today Amira told her class teacher, Mr Ben Fowler, that on Saturday
night JT "pushed Mum into the wall" and "Mum was crying on the floor". Amira
said she hid under her bed "with my hands on my ears" until it went quiet. She
said JT "gets angry when he drinks". She also said her dad "keeps texting Mum"
and that she is scared he will "find us". No marks seen. Amira was calm while
talking but asked twice whether Mum would be "in trouble".

Amira is a lovely, bright girl, a keen artist and a good friend to others. Her
attendance this year is 94%. Staff have noticed she has been tired in the
mornings since January.

Has the parent been told about this referral? Yes. I rang Amira's mother at
09:30. Mrs Haddad was upset but agreed and said she would "do whatever it takes".

Immediate safety: Amira will go home with her grandmother today. Mrs Mansour
confirmed by phone that she will stay at the flat tonight.

Referrer's signature: J. Pike (DSL)     Date: 11/02/2019
"""


def build_amira_referral(corpus: Corpus) -> None:
    """Write the MASH referral as plain text."""
    (AMIRA_DIR / AMIRA_REFERRAL_TXT).write_text(AMIRA_REFERRAL, encoding="utf-8", newline="\n")
    corpus.add(AMIRA_REFERRAL_TXT, AMIRA_REFERRAL)


# --------------------------------------------------------------------------------------------
# Amira's case.toml and ground truth
# --------------------------------------------------------------------------------------------

AMIRA_PEOPLE: tuple[Person, ...] = (
    Person("Nadia Haddad", ("Nadia", "Mrs Haddad"), "redact", "no consent",
           relationship="mother"),
    Person("Khalid Haddad", ("Khalid", "Mr Haddad"), "redact",
           "no consent; a risk to the subject (restraining order)", relationship="father"),
    Person("Fatima Mansour", ("Fatima", "Mrs Mansour"), "redact", "no consent",
           relationship="maternal grandmother (special guardian)"),
    Person("Jordan Teale", ("JT", "Mr Teale"), "redact", "no consent",
           relationship="mother's former partner"),
    Person("Sadia Rahman", ("SR",), "disclose", "acting as her social worker",
           role="social worker"),
)

AMIRA_REDACT: tuple[tuple[str, str, str], ...] = (
    ("Nadia Haddad", "person", "Nadia Haddad"),
    ("NADIA HADDAD", "person", "Nadia Haddad"),
    ("Nadia", "person", "Nadia Haddad"),
    ("Mrs Haddad", "person", "Nadia Haddad"),
    ("Mansour", "person", "Nadia Haddad"),
    ("Flat 7, Cedar Court, 31 Elmfield Road", "address", "Nadia Haddad"),
    ("FLAT 7, CEDAR COURT, 31 ELMFIELD ROAD", "address", "Nadia Haddad"),
    ("Flat 7, Cedar Court", "address", "Nadia Haddad"),
    ("E17 6QT", "postcode", "Nadia Haddad"),
    ("07700 900271", "phone", "Nadia Haddad"),
    ("07700 900736", "phone", "Nadia Haddad"),
    ("nadia.haddad87@example.com", "email", "Nadia Haddad"),
    ("12/04/1987", "dob", "Nadia Haddad"),
    (NADIA_NHS, "nhs", "Nadia Haddad"),
    ("Khalid Haddad", "person", "Khalid Haddad"),
    ("KHALID HADDAD", "person", "Khalid Haddad"),
    ("Khalid", "person", "Khalid Haddad"),
    ("Mr Haddad", "person", "Khalid Haddad"),
    ("03/01/1982", "dob", "Khalid Haddad"),
    ("1982-01-03", "dob", "Khalid Haddad"),
    ("QQ 71 03 58 A", "ni", "Khalid Haddad"),
    ("48 Tanner Street", "address", "Khalid Haddad"),
    ("N17 9QB", "postcode", "Khalid Haddad"),
    ("Flat 3, 18 Hartley Row", "address", "Khalid Haddad"),
    ("Hartley Row", "address", "Khalid Haddad"),
    ("N17 6RS", "postcode", "Khalid Haddad"),
    ("Fatima Mansour", "person", "Fatima Mansour"),
    ("FATIMA MANSOUR", "person", "Fatima Mansour"),
    ("Fatima", "person", "Fatima Mansour"),
    ("Mrs Mansour", "person", "Fatima Mansour"),
    ("020 7946 0385", "phone", "Fatima Mansour"),
    ("12 Warwick Gardens", "address", "Fatima Mansour"),
    ("E10 7JP", "postcode", "Fatima Mansour"),
    ("22/09/1961", "dob", "Fatima Mansour"),
    ("Tariq Mansour", "person", "Tariq Mansour"),
    ("Tariq", "person", "Tariq Mansour"),
    ("5 Beacon Road", "address", "Tariq Mansour"),
    ("IG1 4QD", "postcode", "Tariq Mansour"),
    ("07700 900538", "phone", "Tariq Mansour"),
    ("Yasmin Mansour", "person", "Yasmin Mansour"),
    ("Yasmin", "person", "Yasmin Mansour"),
    ("Zayn", "person", "Zayn Mansour"),
    ("Kelly Brooks", "person", "Kelly Brooks"),
    ("Kelly", "person", "Kelly Brooks"),
    ("07700 900164", "phone", "Kelly Brooks"),
    ("kelly.brooks@example.com", "email", "Kelly Brooks"),
    ("Jordan Teale", "person", "Jordan Teale"),
    ("Jordan", "person", "Jordan Teale"),
    ("JT", "person", "Jordan Teale"),
    ("Mr Teale", "person", "Jordan Teale"),
    ("19/11/1990", "dob", "Jordan Teale"),
    ("Neil Ambrose", "person", "Neil Ambrose"),
    ("DC Ambrose", "person", "Neil Ambrose"),
)
AMIRA_UNCLEAR = {"Neil Ambrose"}

AMIRA_KEEP: tuple[tuple[str, str], ...] = (
    ("Amira Haddad", "subject"),
    ("AMIRA HADDAD", "subject"),
    ("Amira", "subject"),
    (AMIRA_DOB, "subject"),
    (AMIRA_ID, "subject"),
    (AMIRA_NHS, "subject"),
    ("Sadia Rahman", "professional"),
    ("SR", "professional"),
    ("Tom Reeve", "professional"),
    ("TR", "professional"),
    ("Bernadette Cole", "professional"),
    ("Ruth Kemp", "professional"),
    ("RK", "professional"),
    ("Martin Hale", "professional"),
    ("Joanne Pike", "professional"),
    ("JP", "professional"),
    ("Aisha Begum", "professional"),
    ("Colin Frost", "professional"),
    ("Dr Frost", "professional"),
    ("Dele Adebayo", "professional"),
    ("Ben Fowler", "professional"),
    ("Lisa Cheung", "professional"),
    ("020 7946 0612", "professional"),
    ("dsl.chestnutgrove@example.org", "professional"),
    ("Walthamstow", "place"),
    ("Leyton", "place"),
    ("Ilford", "place"),
    ("Tottenham", "place"),
    ("Romford", "place"),
    ("London Borough of Kingsmead", "place"),
    ("Chestnut Grove Primary", "place"),
    ("Kingsmead Academy", "place"),
    ("MGM", "relationship"),
    ("Teta", "relationship"),
    ("M's partner", "relationship"),
    ("ICPC", "content"),
    ("RCPC", "content"),
    ("CYP", "content"),
    ("HV", "content"),
    ("SW adv M re DV", "content"),
    ("CP plan", "content"),
    ("CIN", "content"),
    ("NMO", "content"),
    ("s47", "content"),
    ("reg 24", "content"),
    ("SGO", "content"),
    ("Luna", "content"),
    ("manga", "content"),
    ("be a vet", "content"),
    ("14.2.19", "date"),
    ("3/4/19", "date"),
    ("2019-05-07", "date"),
    ("w/c 12/8", "date"),
)

AMIRA_EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("2019-02-09", "day", "concern", "hid under", AMIRA_CSV),
    ("2019-02-11", "day", "concern", "hid under bed", AMIRA_NOTES_PDF),
    ("2019-02-11", "day", "voice", "with my hands on my ears", AMIRA_REFERRAL_TXT),
    ("2019-02-14", "day", "voice", "that's me as a warrior", AMIRA_NOTES_PDF),
    ("2019-02-20", "day", "voice", "be a vet", AMIRA_NOTES_PDF),
    ("2019-03-07", "day", "meeting", "emotional harm", AMIRA_MINUTES_PDF),
    ("2019-03-07", "day", "voice", "I love my Mum", AMIRA_MINUTES_PDF),
    ("2019-04-02", "day", "concern", "at the school gate", AMIRA_CSV),
    ("2019-05-07", "day", "meeting", "CGM 2", AMIRA_NOTES_PDF),
    ("2019-06-06", "day", "meeting", "remain on CP plan", AMIRA_NOTES_PDF),
    ("2019-06-28", "day", "voice", "I'm the boss of my cousins", AMIRA_NOTES_PDF),
    ("2019-08-12", "day", "family", "having the best time", AMIRA_NOTES_PDF),
    ("2019-09-04", "day", "achievement", "school council", AMIRA_NOTES_PDF),
    ("2019-10-24", "day", "voice", "scared in my own house", AMIRA_NOTES_PDF),
    ("2019-12-05", "day", "meeting", "step down to CIN", AMIRA_NOTES_PDF),
    ("2020-03-26", "day", "education", "Home-schooling", AMIRA_NOTES_PDF),
    ("2019-09-04", "day", "education", "started Y7 at Kingsmead Academy", AMIRA_NOTES_PDF),
    ("2020-09-02", "day", "education", "after lockdown", AMIRA_NOTES_PDF),
    ("2021-01-18", "day", "placement", "reg 24", AMIRA_NOTES_PDF),
    ("2021-02-15", "day", "meeting", "LAC review", AMIRA_NOTES_PDF),
    ("2021-06-30", "day", "achievement", "art prize", AMIRA_NOTES_PDF),
    ("2022-03-09", "day", "placement", "SGO granted", AMIRA_NOTES_PDF),
)


def build_amira() -> None:
    """Regenerate Amira Haddad's case folder and ground truth, and check them."""
    AMIRA_DIR.mkdir(parents=True, exist_ok=True)
    corpus = Corpus()
    pages = {AMIRA_NOTES_PDF: build_amira_case_notes(corpus),
             AMIRA_MINUTES_PDF: build_amira_minutes(corpus)}
    build_amira_chronology(corpus)
    build_amira_referral(corpus)
    toml = case_toml("Case file for the fictional sample records in this folder (see "
                     "../README.md).\nEveryone named here is invented.", AMIRA, ("Amira",),
                     "2008-06-30", AMIRA_SAR, "2026-09-28", AMIRA_PEOPLE)
    (AMIRA_DIR / "case.toml").write_text(toml, encoding="utf-8")
    (AMIRA_DIR / ".lifestoryignore").write_text(IGNORE_CASE_TOML, encoding="utf-8")
    truth = ground_truth("more-cases/case-amira-haddad", AMIRA, AMIRA_REDACT, AMIRA_UNCLEAR,
                         AMIRA_KEEP, AMIRA_EVENTS)
    check(truth, corpus, AMIRA_NOTES_PDF, AMIRA_PEOPLE, min_events=15, min_notes=20)
    assert len(AMIRA_NOTES) >= 20
    assert 5 <= pages[AMIRA_NOTES_PDF] <= 7, f"case notes have {pages[AMIRA_NOTES_PDF]} pages"
    write_truth(AMIRA_TRUTH, truth, AMIRA_DIR, pages)


# ============================================================================================
# Ground truth and checks
# ============================================================================================

IGNORE_CASE_TOML = """# The case file sits beside the records but is not one of them.
case.toml
"""


def ground_truth(case: str, subject: str, redact: tuple[tuple[str, str, str], ...],
                 unclear: set[str], keep: tuple[tuple[str, str], ...],
                 events: tuple[tuple[str, str, str, str, str], ...]) -> dict:
    """The ground truth in the format of ``ground_truth/jade-whitfield.json``."""
    items = []
    for text, kind, person in redact:
        item = {"text": text, "kind": kind, "person": person}
        if person in unclear:
            item["note"] = UNCLEAR
        items.append(item)
    return {
        "case": case,
        "subject": subject,
        "redact": items,
        "keep": [{"text": text, "kind": kind} for text, kind in keep],
        "events": [
            {"date": date, "date_precision": precision, "category": category,
             "contains": contains, "document": document}
            for date, precision, category, contains, document in events
        ],
    }


def nhs_check_digit(digits: str) -> int | None:
    """The NHS number mod-11 check digit of nine digits (None when no valid digit exists)."""
    total = sum(int(d) * w for d, w in zip(digits, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return None if check == 10 else check % 11


PHONE_RANGES = (r"07700 900\d{3}", r"0113 496 0\d{3}", r"0161 496 0\d{3}", r"020 7946 0\d{3}")
EMAIL_DOMAINS = re.compile(r"@(example\.com|example\.org|[a-z.]+\.example\.gov\.uk)$")
CATEGORIES = {"placement", "education", "health", "family", "achievement", "voice", "meeting",
              "concern"}


def check(truth: dict, corpus: Corpus, notes_doc: str, people: tuple[Person, ...],
          min_events: int, min_notes: int) -> None:
    """Assert that the ground truth agrees with the text written into the sources."""
    everything = corpus.all_text()
    lower = everything.lower()
    redacts = [normalise(item["text"]) for item in truth["redact"]]
    assert len(set(redacts)) == len(redacts), "a redact string is listed twice"
    for text in redacts:
        assert text in everything, f"redact string not in any source: {text!r}"
        for match in re.finditer(re.escape(text.lower()), lower):
            before = lower[match.start() - 1] if match.start() else " "
            after = lower[match.end()] if match.end() < len(lower) else " "
            assert not (before.isalnum() or after.isalnum()), (
                f"redact string {text!r} occurs inside a longer word: "
                f"{everything[max(0, match.start() - 20) : match.end() + 20]!r}")
    masked = everything
    for text in sorted(redacts, key=len, reverse=True):
        masked = re.sub(re.escape(text), "\u2588", masked, flags=re.IGNORECASE)
    for item in truth["keep"]:
        keep = normalise(item["text"])
        assert keep in masked, f"keep string not present outside redactions: {keep!r}"
        clash = [r for r in redacts if r.lower() in keep.lower()]
        assert not clash, f"keep string {keep!r} contains redact strings {clash}"
    for event in truth["events"]:
        doc, phrase = event["document"], event["contains"]
        assert event["category"] in CATEGORIES, event
        dt.date.fromisoformat(event["date"])
        if event["date_precision"] != "day":
            assert event["date"].endswith("-01"), event
        text = corpus.notes.get(event["date"], "") if doc == notes_doc else corpus.text(doc)
        assert phrase in text, f"event {event['date']}: {phrase!r} not in {doc}"
        assert not any(re.search(rf"\b{re.escape(r)}\b", phrase, re.IGNORECASE)
                       for r in redacts), f"event phrase {phrase!r} holds redacted text"
    assert len(truth["events"]) >= min_events
    assert len(corpus.notes) >= min_notes
    # Numbers: drama phone ranges, reserved e-mail domains, valid NHS, never-issued NI.
    for number in re.findall(r"(?<![\d+])0\d{2,4} \d{3,6}(?: \d{4})?\b", everything):
        assert any(re.fullmatch(p, number) for p in PHONE_RANGES), f"not a drama number: {number}"
    for number in re.findall(r"\+44 \d{2,4} \d{3,6}(?: \d{4})?\b", everything):
        national = "0" + number[4:]
        assert any(re.fullmatch(p, national) for p in PHONE_RANGES), f"not drama: {number}"
    for address in re.findall(r"[\w.+-]+@[\w.-]+\w", everything):
        assert EMAIL_DOMAINS.search(address), f"not a reserved e-mail domain: {address}"
    nhs = [i["text"] for i in truth["redact"] if i["kind"] == "nhs"]
    nhs += re.findall(r"NHS number (\d{3} \d{3} \d{4})", everything)
    for number in nhs:
        digits = number.replace(" ", "")
        assert digits.startswith("999"), f"NHS number could be real: {number}"
        assert nhs_check_digit(digits[:9]) == int(digits[9]), f"NHS checksum fails: {number}"
    for ni in re.findall(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", everything):
        assert ni.startswith("QQ"), f"NI number could be real: {ni}"
    # case.toml: every person the officer knows is named in the records and decided as truth.
    keeps = {normalise(i["text"]) for i in truth["keep"]}
    for person in people:
        for name in (person.name, *person.aliases):
            assert name in everything, f"case.toml name not in the records: {name!r}"
            wanted = redacts if person.decision == "redact" else keeps
            assert name in wanted, f"case.toml {name!r} ({person.decision}) not in the truth"


def write_truth(path: Path, truth: dict, case_dir: Path, pages: dict[str, int]) -> None:
    """Write the ground truth JSON and print a summary of the case folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{case_dir.relative_to(SAMPLES)}/")
    for name in sorted(p.name for p in case_dir.iterdir()):
        size = (case_dir / name).stat().st_size
        extra = f", {pages[name]} page(s)" if name in pages else ""
        print(f"  {name}: {size / 1024:.0f} KB{extra}")
    print(f"  ground truth: {len(truth['redact'])} redact, {len(truth['keep'])} keep, "
          f"{len(truth['events'])} events -> {path.relative_to(SAMPLES)}")


def main() -> None:
    """Regenerate both cases, their ground truth, and check them."""
    build_kyle()
    build_amira()


if __name__ == "__main__":
    main()
