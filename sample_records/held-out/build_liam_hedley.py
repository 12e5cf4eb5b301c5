"""Build the sixth held-out fictional sample case for lifestory: Liam Hedley (North East).

Everything written here is invented: Tynebridge Metropolitan Borough Council, Heathercroft
School, Beacon View Short Breaks Unit, Birkshaw Hall School, Tyneside Children's Hospital,
Coldwell Lane Surgery, Keelman Support, Sycamore Mews, North Star Advocacy, Tyne Gateway
College, the people, the streets, the postcodes and the numbers. Towns (Gateshead, Low Fell,
Whickham, Blaydon, Ryton, Washington, Morpeth, Newcastle) are real only at town level. Phone
numbers come only from Ofcom's drama ranges (``0191 498 0xxx``, ``07700 900xxx``, also
``+44``), e-mail addresses only from reserved example domains, NHS numbers start with 999
(never issued; valid mod-11 check digit), National Insurance numbers have the never-allocated
QQ prefix. Run from the repository root:

    .venv/bin/python sample_records/held-out/build_liam_hedley.py

The case is the file of a disabled child: autistic, with a learning disability and epilepsy,
who lived at home with overnight short breaks at a short-breaks unit and with a Family Link
short-breaks carer, became looked after at 13 after a crisis at home (section 20, then a Care
Order), lived at a 52-week residential special school, and moved at 18 into supported living
(transition to adult services, a Court of Protection authorisation of his deprivation of
liberty). It is written as the people who wrote his records would have written them: his EHC
plan with "All about me" in his own words (through symbols, Makaton and his communication
passport), a paediatric neurologist's clinic letters, a speech and language therapy report,
the short-breaks unit's overnight log, a looked after review in Word, a Preparing for
Adulthood meeting minute, an e-mail chain with his school, a chronology exported from the
case system as CSV and the supported living provider's daily notes as text.

It was written without looking at the redaction rules, the detectors or the benchmark: it is a
held-out test of them. The script is deterministic (reportlab ``invariant=1``, fixed DOCX zip
timestamps and core properties, fixed e-mail date, Message-ID and MIME boundary). It rewrites
``case-liam-hedley/`` and ``../ground_truth/held-out-liam-hedley.json``, then checks that the
ground truth agrees with the text it wrote. It imports nothing from the other build scripts;
the few helpers it needs are repeated below.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import textwrap
import tomllib
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent
SLUG = "liam-hedley"
CASE_DIR = HERE / f"case-{SLUG}"
TRUTH = SAMPLES / "ground_truth" / f"held-out-{SLUG}.json"

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
UNCLEAR = "unclear role: redacted by default and flagged for a human decision"

COUNCIL = "Tynebridge Metropolitan Borough Council"
SUBJECT = "Liam Hedley"
SUBJECT_FULL = "Liam James Hedley"
SUBJECT_DOB = "23/04/2006"
SUBJECT_ID = "2049917"  # the council's LCS person ID
SUBJECT_NHS = "999 628 1949"
SUBJECT_HOSP = "K4471286"
SUBJECT_NI = "QQ 64 21 07 A"
SUBJECT_EHCP = "SEN/2015/0418"
SUBJECT_COURT = "NE19C00412"  # care proceedings, Family Court at Newcastle
SUBJECT_COP = "14328876"  # Court of Protection case number
SUBJECT_FLAT = "Flat 3, Sycamore Mews, Blaydon NE21 4ZT"
SAR = "TMBC-SAR-2026-0952"
SAR_RECEIVED = "2026-11-09"

FAMILY_HOME = "27 Brackenfield Road, Low Fell, Gateshead NE9 5ZQ"
FAMILY_LANDLINE = "0191 498 0254"
MAM_MOBILE = "07700 900431"
MAM_EMAIL = "shell.hedley80@example.com"
MAM_BUNGALOW = "14 Heather Close, Low Fell NE9 6ZL"
MAM_NI = "QQ 47 19 83 C"
DAD_MOBILE = "07700 900268"
DAD_FLAT = "Flat 4, 12 Sorrel Walk, Washington NE38 7ZW"
DAD_CAR = "NK12 XBF"
CHLOE_MOBILE = "07700 900583"
CHLOE_EMAIL = "chloe.hedley03@example.com"
ELLIOTT_HOME = "8 Laburnum Grove, Whickham NE16 4ZR"
ELLIOTT_LANDLINE = "0191 498 0637"
TULLY_HOME = "Rowan Cottage, 3 Mill Bank, Ryton NE40 3ZJ"
TULLY_LANDLINE = "0191 498 0588"
SANDRA_MOBILE = "07700 900716"
KAYDEN_NHS = "999 821 9930"
MOLLIE_NHS = "999 518 1908"
TYLER_NHS = "999 231 9488"
BRADLEY_NHS = "999 030 8241"

RACHAEL_EMAIL = "rachael.dodds@tynebridge.example.gov.uk"
KAREN_EMAIL = "karen.liddle@tynebridge.example.gov.uk"
JULIE_EMAIL = "jarmstrong@heathercroft.example.gov.uk"
DAN_EMAIL = "dforster@heathercroft.example.gov.uk"
GEMMA_EMAIL = "gemma.pattinson@example.org"
RACHAEL_PHONE = "0191 498 0712"
RACHAEL_MOBILE = "07700 900190"
IMRAN_PHONE = "0191 498 0733"
SCHOOL_PHONE = "0191 498 0271"
NEURO_PHONE = "0191 498 0461"
BEACON_PHONE = "0191 498 0345"
KEELMAN_PHONE = "0191 498 0522"

EHCP_PDF = "ehcp-2019-08-02.pdf"
NEURO_PDF = "neurology-letters-2017-2023.pdf"
SALT_PDF = "salt-report-2021-03-19.pdf"
BEACON_PDF = "beacon-view-overnight-log-2018-2019.pdf"
LAC_DOCX = "lac-review-2021-02-09.docx"
PFA_PDF = "pfa-transition-meeting-2023-09-14.pdf"
EMAIL_EML = "email-2019-10-16.eml"
CHRONOLOGY_CSV = "lcs-chronology-export.csv"
NOTES_TXT = "keelman-daily-notes-2024-2025.txt"


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Collapse every run of whitespace (line and page breaks included) to one space."""
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Corpus:
    """The text written into each source document, in writing order."""

    docs: dict[str, list[str]] = field(default_factory=dict)
    # (document, ISO date) -> the text of that dated record (letter, stay, row, note)
    notes: dict[tuple[str, str], str] = field(default_factory=dict)

    def add(self, doc: str, *texts: str) -> None:
        """Record text written into ``doc``."""
        self.docs.setdefault(doc, []).extend(texts)

    def note(self, doc: str, iso: str, text: str) -> None:
        """Record the text of one dated record of ``doc``."""
        key = (doc, iso)
        self.notes[key] = normalise(f"{self.notes.get(key, '')} {text}")

    def text(self, doc: str) -> str:
        """All text of one document, whitespace-normalised."""
        return normalise("\n".join(self.docs.get(doc, [])))

    def all_text(self) -> str:
        """All text of every document, whitespace-normalised."""
        return normalise("\n".join(self.text(d) for d in self.docs))


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A reportlab Paragraph of plain text (markup characters escaped, newlines kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.6, spaceAfter=4)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=10.6, spaceAfter=0)
SMALL_BOLD = ParagraphStyle("small_bold", parent=SMALL, fontName="Helvetica-Bold")
TINY = ParagraphStyle("tiny", parent=BODY, fontSize=8, leading=9.8, spaceAfter=0)
TINY_BOLD = ParagraphStyle("tiny_bold", parent=TINY, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceAfter=5)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=7,
                    spaceAfter=3, keepWithNext=1)
ME = ParagraphStyle("me", parent=BODY, fontName="Helvetica", fontSize=10.5, leading=14.5,
                    leftIndent=4 * mm, spaceAfter=5)
SERIF = ParagraphStyle("serif", parent=BODY, fontName="Times-Roman", fontSize=10.5,
                       leading=13, spaceAfter=6)
SERIF_BOLD = ParagraphStyle("serif_bold", parent=SERIF, fontName="Times-Bold")
SERIF_SMALL = ParagraphStyle("serif_small", parent=SERIF, fontSize=9, leading=10.8,
                             spaceAfter=2)

Furniture = Callable[[Canvas, int, int], None]


def numbered_canvas(furniture: Furniture) -> type[Canvas]:
    """A canvas class that draws page furniture with the page total once it is known."""

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


def grid_table(rows: Iterable[Iterable[str]], widths: list[float], *,
               shade: str = "#dbe7ee", body: ParagraphStyle = SMALL,
               head: ParagraphStyle = SMALL_BOLD) -> Table:
    """A wrapped-text table with a grid and a bold header row."""
    cells = [[para(cell, head if r == 0 else body) for cell in row]
             for r, row in enumerate(rows)]
    result = Table(cells, colWidths=widths, repeatRows=1)
    result.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6b6b6b")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(shade)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return result


def pair_table(pairs: list[tuple[str, str]], width: float, label_w: float = 27 * mm,
               shade: str = "#eef3f6") -> Table:
    """A form's label/value block laid out two pairs to a row (label cells shaded)."""
    rows = []
    for i in range(0, len(pairs), 2):
        row: list = []
        for label, value in pairs[i:i + 2]:
            row += [para(label, SMALL_BOLD), para(value, SMALL)]
        while len(row) < 4:
            row.append("")
        rows.append(row)
    value_w = width / 2 - label_w
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6b6b6b")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(shade)),
        ("BACKGROUND", (2, 0), (2, -1), colors.HexColor(shade)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def rows_text(rows: Iterable[Iterable[str]]) -> str:
    """The text of a table, row by row, for the corpus."""
    return "\n".join(" ".join(row) for row in rows)


def build_platypus(target: Path, furniture: Furniture, story: list, title: str, author: str,
                   top: float = 24 * mm, bottom: float = 20 * mm,
                   creator: str = "Microsoft Word - Save as PDF",
                   pagesize: tuple[float, float] = A4, margin_x: float = MARGIN_X) -> int:
    """Build a platypus document with the given page furniture; returns its page count."""
    doc = SimpleDocTemplate(str(target), pagesize=pagesize, leftMargin=margin_x,
                            rightMargin=margin_x, topMargin=top, bottomMargin=bottom,
                            invariant=1, title=title, author=author, subject=SAR,
                            creator=creator)
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


# --------------------------------------------------------------------------------------------
# Education, Health and Care Plan (PDF), final amended plan issued 2 August 2019
# --------------------------------------------------------------------------------------------

EHCP_DETAILS: list[tuple[str, str]] = [
    ("Child's name", "Liam James HEDLEY"),
    ("Known as", "Liam"),
    ("Date of birth", "23.04.2006"),
    ("NHS number", SUBJECT_NHS),
    ("EHCP reference", SUBJECT_EHCP),
    ("LCS ID", SUBJECT_ID),
    ("Home address", FAMILY_HOME),
    ("Parents", "Michelle Hedley (mother), Stephen Hedley (father); both have parental "
                "responsibility"),
    ("Contact", f"Mrs Hedley {MAM_MOBILE}; Mr Hedley {DAD_MOBILE}; home {FAMILY_LANDLINE}"),
    ("Language", "English at home. Liam uses Makaton signs, symbols and some words"),
    ("School", "Heathercroft School (special), Year 8 from September 2019"),
    ("Type of plan", "Final, amended following the annual review of 12/07/2019"),
    ("SEND officer", "Mark Bainbridge, SEND Casework Officer"),
    ("Date issued", "02/08/2019"),
]

EHCP_A_INTRO = (
    "This section was put together with Liam in class over three sessions in June 2019, "
    "using Widgit symbols, Makaton and his communication passport, with Mr Forster and the "
    "class TAs (Jackie and Bev), and at home with Mam. The words are Liam's, or as close to "
    "them as we could get: where Liam pointed to a symbol or signed, we have written what "
    "the symbol or sign says. Liam chose the photographs for his paper copy (a Metro train, "
    "the swimming pool, Bruno)."
)

EHCP_ALL_ABOUT_ME: tuple[str, ...] = (
    "Hello. My name is Liam. I am 13. I live in Low Fell with Mam, Dad, our Chloe, our Alfie "
    "and Bruno. Bruno is our dog. He is brown and he licks my ears.",
    "I love trains. The Metro is my best train. It is yellow. I know all the stations from "
    "South Shields to the Airport and I can say them in the right order. My best station is "
    "Heworth because you can see the big trains too. My favourite engine is Gordon. He is "
    "blue and he is the fastest.",
    "I love swimming. In the water my body feels calm. I go swimming on Tuesday with school "
    "and on Saturday with Dad.",
    "I like music. My best song is The Blaydon Races. I sing it in Grandad Ken's car and I "
    "know all the words. I like Happy too and I do the dance.",
    "I like a sausage roll from Greggs after swimming. I like fish fingers and beans. I do not "
    "like food that is wet and lumpy.",
    "When I am happy I flap my hands and jump and I say \"Howay!\"",
    "When I am sad or cross I bite my hand or bang my head. That means I need help. Please "
    "take me somewhere quiet and give me my train.",
    "Loud noises hurt my ears, like hand dryers and the school bell. I wear my ear defenders.",
    "I go to Beacon View for a sleepover every other Friday. There is a swimming pool there "
    "and Angie. I go to Auntie Sandra's one weekend every month. She has chickens.",
    "Sometimes I have seizures. After a seizure I am tired and I need to sleep. I have my "
    "medicine in the morning and at night.",
)

EHCP_IMPORTANT = (
    ("What is important to me",
     "Mam. Our Chloe. My trains, and Gordon. Knowing what is happening next (my now and next "
     "board). My ear defenders. Swimming. Saturday."),
    ("How to help me",
     "Talk to me in short words. Show me a picture or a sign. Give me time (count to 10 in "
     "your head). Tell me what is next. Do not touch me without telling me first. I sign "
     "MORE when I want more and FINISHED when I want to stop."),
    ("My hopes for the future",
     "I want to drive a train. I want to live in a house with my trains. I want to go on the "
     "big train to London."),
    ("What people like and admire about Liam",
     "Liam has a brilliant memory and a cheeky sense of humour. He makes the class laugh by "
     "copying the Metro announcements (\"Please stand clear of the doors\") at exactly the "
     "right moment. He is kind to younger pupils and will share his trains with a friend who "
     "is upset. Mam says: \"He is the most loving lad. He gives the best cuddles, on his "
     "terms.\""),
    ("Parents' views",
     "Mrs Hedley said she is proud of how Liam has come on this year, especially his "
     "signing. She is worried about how the family will manage as Liam gets bigger and as her "
     "own health changes (she was diagnosed with multiple sclerosis in 2016 and now uses a "
     "wheelchair outdoors). Chloe, who is 16, helps a lot with Liam in the mornings and at "
     "bedtime. Mr Hedley works long shifts as an HGV driver and did not come to the review; "
     "he told Mrs Hedley he is happy with the plan and wants Liam to keep swimming."),
)

EHCP_NEEDS: tuple[tuple[str, ...], ...] = (
    ("Area of need", "Description (Section B)"),
    ("Communication and interaction",
     "Liam has a diagnosis of autism (Child Development Centre, May 2009). He understands "
     "short sentences with two key words in familiar routines when they are backed up with "
     "signs and symbols. He uses about 60 Makaton signs, single words and some two- and "
     "three-word phrases (\"more swim\", \"Mam home\"), and a lot of echolalia (Metro "
     "announcements, lines from Thomas the Tank Engine). He finds it very hard to tell adults "
     "when he is in pain, frightened or worried."),
    ("Cognition and learning",
     "Moderate learning disability. Liam is working within the pre-key stage standards. He "
     "recognises numbers to 20, matches and sorts well, and reads about 30 words on sight, "
     "including every Metro station on the yellow line. Learning must be broken into small "
     "steps and repeated in the same order every day."),
    ("Social, emotional and mental health",
     "Liam becomes very anxious with change and when he does not know what is happening. "
     "When overwhelmed he bites his right hand or bangs his head (three or four times a week "
     "at school in the spring term). He likes other children but plays alongside them rather "
     "than with them."),
    ("Sensory and/or physical",
     "Sensitive to noise (hand dryers, bells, crowds); seeks deep pressure and movement. His "
     "epilepsy and medication affect his stamina, especially after a night seizure. Fine "
     "motor difficulties. He needs help with dressing, and with toileting at night."),
)

EHCP_HEALTH = (
    "Epilepsy: generalised tonic-clonic seizures (two to four a month, mostly from sleep) and "
    "atypical absences (most days). Liam is under Dr Anjali Bhatt, Consultant Paediatric "
    "Neurologist at Tyneside Children's Hospital, and Lorraine Tait, Paediatric Epilepsy Nurse "
    "Specialist. Medication: sodium valproate (Epilim Chrono) 400 mg twice a day; "
    "levetiracetam (Keppra) 500 mg twice a day; buccal midazolam (Buccolam) 10 mg if a "
    "tonic-clonic seizure lasts 5 minutes, as in his rescue plan (held by school, Beacon View "
    "and his short-breaks carer); melatonin 3 mg at night, prescribed by Dr Ruth Ogilvie (GP, "
    "Coldwell Lane Surgery). Liam must have an adult with him in the water at all times."
)

EHCP_SOCIAL = (
    "Liam is a child in need (section 17 of the Children Act 1989) and is supported by the "
    "Children with Disabilities Team (social worker Rachael Dodds). Short breaks: one night a "
    "fortnight at Beacon View Short Breaks Unit, and one weekend a month with a Family Link "
    "short-breaks carer, Mrs Sandra Tully, in Ryton. Liam's sister Chloe is supported by "
    "Tynebridge Young Carers (Becky Short). A carer's assessment for Mrs Hedley was completed "
    "in March 2019 and a review of the short breaks package is due in the autumn."
)

EHCP_OUTCOMES: tuple[tuple[str, ...], ...] = (
    ("Outcome (by the end of Key Stage 3)", "Steps towards it by July 2020"),
    ("Liam will use signs, symbols or words to ask for help, to say no, and to tell an adult "
     "when something hurts.",
     "Uses his HELP and STOP signs in class without a prompt four times out of five; points "
     "to where it hurts on his body board."),
    ("Liam will stay calm through the changes in his school day.",
     "Uses his now and next board on his own; self-injury down to fewer than two times a "
     "week."),
    ("Liam will swim 25 metres without a float and get in and out of the pool safely.",
     "Swims 15 metres with one float; uses the steps and waits for his adult."),
    ("Liam will travel on the Metro with an adult, using his own travel card and keeping "
     "safe on the platform.",
     "Travels three stops with a TA, taps his own card and stands behind the yellow line."),
)

EHCP_PROVISION: tuple[tuple[str, ...], ...] = (
    ("Provision (Section F)", "How often", "Who"),
    ("Class of 8 pupils with a teacher and 3 TAs; 1:1 TA for personal care, swimming and "
     "community visits", "Full time (32.5 hours)", "Heathercroft School"),
    ("Speech and language therapy: communication passport, Makaton, symbol timetable, "
     "PECS review", "6 sessions a term and a daily programme", "Beth Coulson, SLT (NHS)"),
    ("Occupational therapy: sensory diet, ear defenders, weighted blanket trial",
     "Termly review", "Priti Shah, OT"),
    ("Staff trained in epilepsy care and buccal midazolam; care plan reviewed every year",
     "Daily", "School nurse, Lorraine Tait"),
    ("Swimming with an adult in the water", "Weekly", "School"),
    ("Travel training on the Metro", "Weekly from September 2019", "Class team"),
)

EHCP_SIGNED = (
    "Section I (placement): Heathercroft School, Low Fell, a special school for pupils aged "
    "2 to 19 with severe and complex learning needs.\n"
    "Contributors: Mrs M. Hedley; Julie Armstrong (SENCO); Dan Forster (class teacher); "
    "Dr A. Bhatt; Lorraine Tait; Beth Coulson; Priti Shah; Rachael Dodds.\n"
    f"Signed on behalf of {COUNCIL}: Mark Bainbridge, SEND Casework Officer. "
    "Date: 02/08/2019."
)

EHCP_SECTION_COLOUR = "#2f6f73"


def section_bar(label: str, title: str, width: float) -> Table:
    """A coloured bar with the section letter and title, as the EHCP template has."""
    bar = Table([[para(label, ParagraphStyle("bar_l", parent=SMALL_BOLD,
                                             textColor=colors.white)),
                  para(title, ParagraphStyle("bar_t", parent=SMALL_BOLD, fontSize=9.5,
                                             leading=12, textColor=colors.white))]],
                colWidths=[22 * mm, width - 22 * mm])
    bar.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(EHCP_SECTION_COLOUR)),
        ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#1d4a4d")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return bar


def ehcp_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the EHC plan."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 9)
    canvas.setFillColor(colors.HexColor(EHCP_SECTION_COLOUR))
    canvas.drawString(MARGIN_X, PAGE_H - 12 * mm, "Tynebridge Council - SEND Service")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 12 * mm,
                           f"Education, Health and Care Plan | {SUBJECT_EHCP}")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, "Liam Hedley - EHCP (final, amended) - issued "
                      "02/08/2019 - CONFIDENTIAL")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def ehcp_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the EHC plan."""
    return (f"Tynebridge Council - SEND Service Education, Health and Care Plan | "
            f"{SUBJECT_EHCP} Liam Hedley - EHCP (final, amended) - issued 02/08/2019 - "
            f"CONFIDENTIAL Page {page} of {total}")


def build_ehcp(corpus: Corpus) -> int:
    """Write the EHC plan; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "EDUCATION, HEALTH AND CARE PLAN"
    sub = ("Children and Families Act 2014, section 37. This plan replaces the plan dated "
           "17/04/2015 as amended.")
    story: list = [para(title, H1), para(sub, SMALL), Spacer(1, 2 * mm),
                   pair_table(EHCP_DETAILS, w), Spacer(1, 4 * mm),
                   section_bar("Section A", "All about me: my views, interests and "
                               "aspirations", w), Spacer(1, 2 * mm),
                   para(EHCP_A_INTRO, SMALL), Spacer(1, 2 * mm)]
    text = [title, sub, rows_text(EHCP_DETAILS), "Section A",
            "All about me: my views, interests and aspirations", EHCP_A_INTRO]
    for line in EHCP_ALL_ABOUT_ME:
        story.append(para(line, ME))
        text.append(line)
    for heading, body in EHCP_IMPORTANT:
        story += [para(heading, H2), para(body, ME if heading.startswith(("What is", "How",
                                                                          "My")) else BODY)]
        text += [heading, body]
    story += [Spacer(1, 3 * mm), section_bar("Section B", "Special educational needs", w),
              Spacer(1, 2 * mm), grid_table(EHCP_NEEDS, [40 * mm, w - 40 * mm]),
              Spacer(1, 3 * mm), section_bar("Section C", "Health needs related to SEN", w),
              Spacer(1, 2 * mm), para(EHCP_HEALTH, BODY),
              section_bar("Section D", "Social care needs related to SEN or disability", w),
              Spacer(1, 2 * mm), para(EHCP_SOCIAL, BODY),
              section_bar("Section E", "Outcomes", w), Spacer(1, 2 * mm),
              grid_table(EHCP_OUTCOMES, [w / 2, w / 2]), Spacer(1, 3 * mm),
              section_bar("Section F", "Special educational provision", w), Spacer(1, 2 * mm),
              grid_table(EHCP_PROVISION, [w - 92 * mm, 46 * mm, 46 * mm]), Spacer(1, 3 * mm),
              section_bar("Sections I and J", "Placement and signature", w), Spacer(1, 2 * mm),
              para(EHCP_SIGNED, SMALL)]
    text += ["Section B", "Special educational needs", rows_text(EHCP_NEEDS), "Section C",
             "Health needs related to SEN", EHCP_HEALTH, "Section D",
             "Social care needs related to SEN or disability", EHCP_SOCIAL, "Section E",
             "Outcomes", rows_text(EHCP_OUTCOMES), "Section F",
             "Special educational provision", rows_text(EHCP_PROVISION), "Sections I and J",
             "Placement and signature", EHCP_SIGNED]
    pages = build_platypus(CASE_DIR / EHCP_PDF, ehcp_furniture, story,
                           "EHCP - Liam Hedley", "Mark Bainbridge", top=20 * mm)
    corpus.add(EHCP_PDF, *(ehcp_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Paediatric neurology clinic letters (PDF), 2017 to 2023: one letter a page
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Letter:
    """One clinic letter as the hospital's letter system prints it."""

    iso: str
    typed: str  # the reference line: dictated / typed
    to: str
    re: str
    summary: str  # diagnoses, medication, plan
    paragraphs: tuple[str, ...]
    signed: str
    cc: str


GP_ADDRESS = ("Dr R Ogilvie\nColdwell Lane Surgery\nColdwell Lane\nLow Fell\n"
              "Gateshead NE9 6ZA")

LETTERS: tuple[Letter, ...] = (
    Letter(
        "2017-03-22",
        "Clinic date: 22/03/2017   Dictated: 22/03/2017   Typed: 29/03/2017   Ref: AB/KM",
        GP_ADDRESS,
        f"Re: Liam HEDLEY   DOB: 23/04/2006   Hosp No: {SUBJECT_HOSP}   NHS No: "
        f"{SUBJECT_NHS}\n{FAMILY_HOME}",
        "Diagnoses: 1. Epilepsy - generalised tonic-clonic seizures and atypical absences "
        "(onset November 2010). 2. Autism spectrum disorder. 3. Moderate learning "
        "disability.\nMedication: sodium valproate (Epilim Chrono) 400 mg bd; buccal "
        "midazolam 10 mg PRN as per rescue plan; melatonin 3 mg nocte.\nPlan: 1. Add "
        "levetiracetam 250 mg bd for two weeks, then 500 mg bd. 2. Sleep-deprived EEG. "
        "3. Epilepsy nurse to phone in three weeks. 4. Review in clinic in four months.",
        (
            "Dear Dr Ogilvie,",
            "I reviewed Liam in the paediatric neurology clinic today with his mother, Mrs "
            "Hedley, and his sister Chloe, who is 14 and who knows his seizures better than "
            "anyone. Since I last saw him in September his tonic-clonic seizures have "
            "increased to about four a month, nearly all from sleep between 2 and 5 am. Two "
            "needed buccal midazolam: once at home and once at his short-break unit, Beacon "
            "View, on 3 February. School report daily absences in class. Chloe has kept a "
            "seizure diary on her phone since Christmas, which was very helpful.",
            "There have been no injuries, but the nights are taking their toll. Mrs Hedley "
            "told me she was diagnosed with relapsing-remitting multiple sclerosis last "
            "year, and Mr Hedley drives for work and is away during the week. With her "
            "agreement I have copied this letter to the family's social worker, and Lorraine "
            "Tait will arrange a bed seizure alarm.",
            "Liam was in good form in clinic. He lined up the toy cars along the windowsill "
            "in Metro station order and told me \"Next station Gateshead Stadium\". "
            "Examination was unremarkable: weight 38.2 kg (75th centile), height 1.43 m, no "
            "neurocutaneous stigmata, normal gait; I could not see his fundi, as he would "
            "not allow it. His valproate level in January was in range.",
            "I have explained the possible side effects of levetiracetam, in particular "
            "irritability and low mood, which Mrs Hedley will watch for. I would be grateful "
            "if you could add it to his repeat prescription once the titration is complete.",
            "Yours sincerely,",
        ),
        "Dr Anjali Bhatt\nConsultant Paediatric Neurologist",
        f"cc: Mr and Mrs Hedley, {FAMILY_HOME}\n"
        "    Lorraine Tait, Paediatric Epilepsy Nurse Specialist\n"
        "    School Nurse, Heathercroft School\n"
        "    Rachael Dodds, Social Worker, Children with Disabilities Team (with consent)",
    ),
    Letter(
        "2019-12-04",
        "Clinic date: 04/12/2019   Dictated: 04/12/2019   Typed: 10/12/2019   Ref: AB/KM",
        GP_ADDRESS,
        f"Re: Liam HEDLEY   DOB: 23/04/2006   Hosp No: {SUBJECT_HOSP}   NHS No: "
        f"{SUBJECT_NHS}\nLooked after child: c/o Children with Disabilities Team, Tynebridge "
        "Council. Please do not send to the home address.",
        "Diagnoses: as before.\nMedication: sodium valproate (Epilim Chrono) 500 mg bd; "
        "levetiracetam 750 mg bd; buccal midazolam 10 mg PRN; melatonin 3 mg nocte.\nPlan: "
        "1. Increase levetiracetam to 1 g bd over two weeks. 2. Valproate level repeated "
        "today. 3. Routine EEG. 4. Review in three months, sooner if needed.",
        (
            "Dear Dr Ogilvie,",
            "I saw Liam today with his social worker, Rachael Dodds, and Angie Scorer, a "
            "senior residential worker from Beacon View, where he has been staying since 11 "
            "October. His mother joined us by telephone from the rehabilitation unit where "
            "she is recovering from a severe relapse of her multiple sclerosis. As you will "
            "know, Liam became looked after under section 20 in October after an incident at "
            "home while his mother was in hospital. His father is not caring for him at "
            "present and, at the request of the local authority, has not been copied into "
            "this letter.",
            "Beacon View's records show nine tonic-clonic seizures in seven weeks, most of "
            "them in the first fortnight after he left home, with rescue midazolam needed "
            "twice (14 and 19 October). Since the middle of November things have settled: two "
            "seizures in the last three weeks. Staff describe him as unsettled at bedtime and "
            "asking \"Mam home?\" and \"Bruno?\" many times a day. I think the change in his "
            "seizures reflects the upheaval, poor sleep and probably missed doses during the "
            "crisis. I have read the report of his child protection medical (Dr Fiona Marr, "
            "12 October); there is nothing in it that changes my management.",
            "Liam was quieter than usual, but brightened when Angie produced his Metro map; "
            "he pointed to Heworth and signed HOME. Weight 44.6 kg. Neurological examination "
            "unchanged.",
            "I understand the local authority is considering a residential school. From an "
            "epilepsy point of view I would support a placement with waking night staff "
            "trained in his rescue plan, and 52-week provision would give him the "
            "consistency he needs. I am happy to speak to the school's nurse before he moves.",
            "Yours sincerely,",
        ),
        "Dr Anjali Bhatt\nConsultant Paediatric Neurologist",
        "cc: Rachael Dodds, Social Worker, Tynebridge Council\n"
        "    Mrs M. Hedley (mother), by hand via the social worker\n"
        "    Denise Hall, Manager, Beacon View Short Breaks Unit\n"
        "    Lorraine Tait, Paediatric Epilepsy Nurse Specialist",
    ),
    Letter(
        "2021-07-15",
        "Clinic date: 15/07/2021   Dictated: 15/07/2021   Typed: 22/07/2021   Ref: AB/SR",
        GP_ADDRESS,
        f"Re: Liam HEDLEY   DOB: 23/04/2006   Hosp No: {SUBJECT_HOSP}   NHS No: "
        f"{SUBJECT_NHS}\nPlacement: Birkshaw Hall School (52-week residential), near Morpeth",
        "Diagnoses: as before.\nMedication: sodium valproate (Epilim Chrono) 500 mg bd; "
        "levetiracetam 1 g bd; clobazam 10 mg nocte (added 2020); buccal midazolam 10 mg "
        "PRN; melatonin 3 mg nocte.\nPlan: 1. No change to medication. 2. Transition to "
        "adult services to begin at 16 in the joint clinic with Dr Crake. 3. Review in six "
        "months.",
        (
            "Dear Dr Ogilvie,",
            "It was a real pleasure to see Liam today with Kirsty Bell, his key worker, and "
            "Val Percy, the school nurse at Birkshaw Hall. His mother joined by video. Liam "
            "greeted me with \"Howay!\", showed me his Metro map and then recited every "
            "station from the Airport to South Hylton, which took some time.",
            "His seizures are the best controlled they have been since he came to us: one or "
            "two tonic-clonic seizures a month, all from sleep, and none needing rescue "
            "medication since February. The school's seizure records are excellent. His "
            "sleep is much better with the night routine, and absences are rarely seen. He "
            "has grown 9 cm in eighteen months and now weighs 61 kg. He is swimming twice a "
            "week and has just swum 25 metres on his own for the first time, of which he is "
            "extremely proud.",
            "We talked about vagus nerve stimulation, which Mrs Hedley had read about; it is "
            "not indicated while his seizures are this well controlled. We also talked about "
            "the future. Liam will be 16 next year, and I would like to begin his transition "
            "to adult neurology then in our joint clinic with Dr Simon Crake.",
            "Yours sincerely,",
        ),
        "Dr Anjali Bhatt\nConsultant Paediatric Neurologist",
        "cc: Imran Qureshi, Social Worker, Tynebridge Council\n"
        "    Val Percy, School Nurse, Birkshaw Hall School\n"
        f"    Mrs M. Hedley, {MAM_BUNGALOW}\n"
        "    Mr S. Hedley: copy to the social worker to share as appropriate",
    ),
    Letter(
        "2023-03-06",
        "Clinic date: 06/03/2023   Dictated: 06/03/2023   Typed: 14/03/2023   Ref: SC/AB/dt",
        GP_ADDRESS,
        f"Re: Mr Liam HEDLEY   DOB: 23/04/2006   Hosp No: {SUBJECT_HOSP}   NHS No: "
        f"{SUBJECT_NHS}\nJoint transition clinic (paediatric and adult neurology)",
        "Diagnoses: as before.\nMedication: unchanged.\nPlan: 1. Transfer to Dr Crake's "
        "adult epilepsy clinic after his 18th birthday. 2. Updated rescue plan and training "
        "for his future support provider. 3. Hospital passport to be updated by the school "
        "nurse.",
        (
            "Dear Dr Ogilvie,",
            "We saw Liam together today in the joint transition clinic. He came with Kirsty "
            "Bell from Birkshaw Hall and with his sister Chloe, who is now 20. For the first "
            "time he sat through the whole appointment; when Dr Crake said he was from "
            "Newcastle, Liam shouted \"Blaydon Races!\" and sang the first verse for us.",
            "Seizure control remains good: one tonic-clonic seizure in the last three "
            "months, from sleep, without rescue medication. No side effects reported.",
            "We discussed his medication with Chloe and Kirsty. Liam cannot understand or "
            "weigh up the choice between treatments, and we make these decisions in his best "
            "interests with his mother and the local authority, who share parental "
            "responsibility until he is 18. We explained that after 18 decisions will be made "
            "under the Mental Capacity Act, and that if he moves into supported living, as "
            "planned, the arrangements for his care may need to be authorised by the Court of "
            "Protection; this is for the local authority. Chloe asked whether she could be "
            "told about his appointments in future; Liam agreed by signing YES when we asked "
            "him with a photo of his sister.",
            "Yours sincerely,",
        ),
        "Dr Simon Crake, Consultant Neurologist (adult)\nDr Anjali Bhatt, Consultant "
        "Paediatric Neurologist",
        "cc: Imran Qureshi, Social Worker, Tynebridge Council\n"
        "    Kirsty Bell, Key Worker, Birkshaw Hall School\n"
        f"    Mrs M. Hedley, {MAM_BUNGALOW} (and by e-mail, {MAM_EMAIL})\n"
        f"    Miss C. Hedley (sister), by e-mail to {CHLOE_EMAIL}",
    ),
)


def neuro_furniture(canvas: Canvas, page: int, total: int) -> None:
    """The hospital's letterhead on every page (one letter a page) and a footer."""
    canvas.saveState()
    canvas.setFont("Times-Bold", 14)
    canvas.drawString(MARGIN_X, PAGE_H - 15 * mm, "Tyneside Children's Hospital")
    canvas.setFont("Times-Roman", 9)
    canvas.drawString(MARGIN_X, PAGE_H - 20 * mm, "Department of Paediatric Neurology")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 15 * mm,
                           "Queen's Road, Newcastle upon Tyne NE1 4ZX")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 20 * mm,
                           f"Secretaries: {NEURO_PHONE} | paedneuro.secs@example.org")
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, PAGE_H - 23 * mm, PAGE_W - MARGIN_X, PAGE_H - 23 * mm)
    canvas.setFont("Times-Italic", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, "This letter contains confidential patient "
                      "information. If you receive it in error please return it to the "
                      "sender.")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"{page}/{total}")
    canvas.restoreState()


def neuro_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the clinic letters."""
    return ("Tyneside Children's Hospital Department of Paediatric Neurology Queen's Road, "
            f"Newcastle upon Tyne NE1 4ZX Secretaries: {NEURO_PHONE} | "
            "paedneuro.secs@example.org This letter contains confidential patient "
            "information. If you receive it in error please return it to the sender. "
            f"{page}/{total}")


def build_neuro(corpus: Corpus) -> int:
    """Write the clinic letters, one a page; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    story: list = []
    for number, letter in enumerate(LETTERS):
        if number:
            story.append(PageBreak())
        summary = Table([[para(letter.summary, SERIF_SMALL)]], colWidths=[w])
        summary.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                                     ("TOPPADDING", (0, 0), (-1, -1), 3),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        story += [para(letter.typed, SERIF_SMALL), Spacer(1, 3 * mm),
                  para(letter.to, SERIF), Spacer(1, 1 * mm),
                  para(letter.re, SERIF_BOLD), summary, Spacer(1, 3 * mm)]
        story += [para(body, SERIF) for body in letter.paragraphs]
        story += [Spacer(1, 7 * mm), para(letter.signed, SERIF), Spacer(1, 2 * mm),
                  para(letter.cc, SERIF_SMALL)]
        record = "\n".join([letter.typed, letter.to, letter.re, letter.summary,
                            *letter.paragraphs, letter.signed, letter.cc])
        corpus.note(NEURO_PDF, letter.iso, record)
        corpus.add(NEURO_PDF, record)
    pages = build_platypus(CASE_DIR / NEURO_PDF, neuro_furniture, story,
                           "Clinic letters - HEDLEY", "Paediatric Neurology", top=28 * mm,
                           creator="Medisec Digital Dictation")
    corpus.add(NEURO_PDF, *(neuro_furniture_text(n, pages) for n in range(1, pages + 1)))
    return pages


# --------------------------------------------------------------------------------------------
# Speech and language therapy report (PDF), Birkshaw Hall School, 19 March 2021
# --------------------------------------------------------------------------------------------

SALT_DETAILS: list[tuple[str, str]] = [
    ("Name", "Liam Hedley"),
    ("Date of birth", "23rd April 2006 (14 years 10 months)"),
    ("NHS number", SUBJECT_NHS),
    ("School / house", "Birkshaw Hall School, Curlew House (52-week)"),
    ("Report by", "Hannah Brownlee, Highly Specialist Speech and Language Therapist"),
    ("Date of report", "19/03/2021"),
    ("Requested for", "EHCP annual review and LAC review; updating his communication "
                      "passport"),
    ("Shared with", "Liam (symbol version), Imran Qureshi (SW), Mrs M Hedley, Kirsty Bell"),
]

SALT_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. Background", (
        "Liam is 14 and has autism, a moderate learning disability and epilepsy. He has been "
        "at Birkshaw Hall since 6 January 2020, when he moved from Beacon View Short Breaks "
        "Unit after he became looked after. Before that he was seen by Beth Coulson (NHS SLT) "
        "at Heathercroft School, whose reports and his old communication passport came with "
        "him. I have seen Liam weekly since September 2020 in class, in Curlew House, at the "
        "pool and in the community, and I completed formal assessment over four sessions in "
        "February and March 2021. I also spoke to his key worker, Kirsty Bell, to his class "
        "teacher, Miss Hume, and by telephone to his mother.",
    )),
    ("2. Understanding", (
        "On the Derbyshire Language Scheme Liam now understands three key words in a "
        "sentence in familiar settings (\"put Gordon in the blue box\"), up from two in 2019. "
        "He understands much more when the adult signs key words and shows a symbol or an "
        "object of reference. He does not yet understand time words (yesterday, next week) "
        "without a visual calendar, and questions beginning with why or how are very hard "
        "for him. He understands \"first... then...\" reliably and uses his now and next board "
        "through the day.",
    )),
    ("3. Expression", (
        "Liam uses about 110 Makaton signs (60 in 2019), more than 150 single words, and "
        "phrases of two or three words, often combining a sign and a word (\"more swim "
        "please\", \"Mam phone\", \"Liam tired\"). He still uses a great deal of delayed "
        "echolalia: Metro announcements (\"Next station Heworth. Change here for national "
        "rail services\"), lines from Thomas the Tank Engine and songs. This is meaningful "
        "communication, not noise: a Metro announcement often means he is waiting for "
        "something or wants to know what happens next.",
        "He has been trialling a symbol communication app on an iPad since November 2020 and "
        "uses it to choose food, activities and people. On 12 March he used it without a "
        "prompt to tell Kirsty \"Liam swim. Tyler swim. Happy.\" He is starting to use it to "
        "say how he feels, which he has never been able to do with words.",
    )),
)

SALT_PASSPORT: tuple[tuple[str, ...], ...] = (
    ("If I...", "It might mean...", "Please..."),
    ("flap my hands, jump and shout \"Howay!\"", "I am happy and excited",
     "Join in. Say \"Howay, Liam!\""),
    ("say \"Next station...\" over and over", "I am a bit worried, or I am waiting",
     "Tell me what is happening next and show me my now and next board"),
    ("bite my hand or bang my head", "I am overwhelmed, frightened or in pain",
     "Keep me safe. Use very few words. Take me somewhere quiet and offer me Gordon"),
    ("go very still and stare, with my eyelids flickering", "I may be having an absence",
     "Stay with me, note the time and follow my epilepsy plan"),
    ("take your hand and put it on what I want", "I want that",
     "Say the word and sign it for me"),
    ("sign FINISHED or push things away", "I want to stop", "Listen, and offer me a choice"),
    ("say \"Mam home?\"", "I miss Mam, or I want to know when I will see her",
     "Show me my calendar with Mam's photo on her visit days"),
)

SALT_MATS: tuple[tuple[str, ...], ...] = (
    ("Talking Mats topic (people and places)", "Liam put it under", "What I noticed"),
    ("Mam", "like", "Kissed the picture; signed MAM (rubbing his ear lobe, his own sign)"),
    ("Dad", "not sure", "Put it under not sure twice, then turned the card face down"),
    ("Chloe", "like", "Said \"our Chloe\" and laughed"),
    ("Alfie", "like", "Said \"Alfie football\""),
    ("Nana Pat and Grandad Ken", "like", "Sang \"Blaydon Races\""),
    ("Bruno (the family dog)", "like", "Signed DOG, then HOME"),
    ("Kirsty", "like", "Placed it straight away"),
    ("Tyler (friend in Curlew House)", "like", "Signed TRAIN and pointed at Tyler's room"),
    ("Beacon View", "like", "Said \"Angie. Swimming pool.\""),
    ("Auntie Sandra", "like", "Signed CHICKEN"),
    ("Swimming, trains, music", "like", "All three placed quickly"),
    ("Hand dryers, the minibus", "don't like", "Covered his ears"),
)

SALT_MATS_NOTE = (
    "Liam's placement of the Dad picture has been shared with his social worker and his "
    "IRO. It is not a disclosure, and he has put other pictures under \"not sure\" on other "
    "days; it should be read with care, alongside what Liam shows us over time."
)

SALT_SIGNS: tuple[tuple[str, ...], ...] = (
    ("Person", "Liam's name sign"),
    ("Mam", "rubs his own ear lobe (how his mam settled him as a baby)"),
    ("Chloe", "two fingers on his chin"),
    ("Kirsty", "K handshape tapped on his shoulder"),
    ("Tyler", "TRAIN sign, then points"),
    ("Bruno", "Makaton DOG"),
)

SALT_RECOMMENDATIONS: tuple[str, ...] = (
    "1. Liam's communication passport (updated March 2021, attached) should go with him to "
    "every setting and every visit, including family time, hospital appointments and his "
    "reviews.",
    "2. Every adult who works with Liam should sign key words and use his now and next board; "
    "Makaton training for his family is offered (Mrs Hedley and Chloe have asked for it).",
    "3. Continue the iPad symbol app trial to July 2021, then apply for his own device "
    "through the NHS AAC service.",
    "4. Talking Mats before each LAC review and EHCP review, so that Liam's own views are "
    f"gathered in a way he can manage; his advocate, Gemma Pattinson ({GEMMA_EMAIL}), is "
    "welcome to join.",
    "5. Weekly SLT in class and in the house, with a termly review.",
)

SALT_PASSPORT_PAGE: tuple[str, ...] = (
    "Hello, I'm Liam.",
    "I am 14. I live at Birkshaw Hall in Curlew House. My key worker is Kirsty.",
    "I talk with Makaton signs, some words and my pictures. I am learning to use my iPad to "
    "talk. Please sign to me and give me time.",
    "Things I love: trains, especially the yellow Metro and Gordon. Swimming. The Blaydon "
    "Races (I know all the words). My mam. Our Bruno. Sausage rolls.",
    "Things I don't like: hand dryers, shouting, the minibus when it is noisy, waiting when "
    "I don't know why.",
    "If I am poorly I might not tell you. Look at my face and my hands. I might bite my "
    "hand. Please check my body board with me.",
    "I have epilepsy. My seizure plan is in the red folder. If a big seizure lasts 5 "
    "minutes I need my Buccolam.",
    "When I am happy I say \"Howay!\" Please say it back.",
)

SALT_SIGNED = (
    "Hannah Brownlee, Highly Specialist Speech and Language Therapist (HCPC registered), "
    "Birkshaw Hall School Therapy Team. Contact: therapy@example.org"
)


def salt_furniture(canvas: Canvas, page: int, total: int) -> None:
    """A left rule and a running head, as the therapy team's template has."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#7a4e8c"))
    canvas.rect(0, 0, 7 * mm, PAGE_H, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#7a4e8c"))
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(MARGIN_X, PAGE_H - 12 * mm, "Birkshaw Hall School - Therapy Team")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 12 * mm,
                           "Speech and Language Therapy Report")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, "Liam Hedley | SLT report 19/03/2021 | Confidential")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def salt_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the SLT report."""
    return ("Birkshaw Hall School - Therapy Team Speech and Language Therapy Report Liam "
            f"Hedley | SLT report 19/03/2021 | Confidential Page {page} of {total}")


def build_salt(corpus: Corpus) -> int:
    """Write the speech and language therapy report; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "SPEECH AND LANGUAGE THERAPY REPORT"
    story: list = [para(title, H1), pair_table(SALT_DETAILS, w, shade="#efe7f3"),
                   Spacer(1, 2 * mm)]
    text = [title, rows_text(SALT_DETAILS)]
    for heading, paragraphs in SALT_SECTIONS:
        story.append(para(heading, H2))
        text.append(heading)
        for body in paragraphs:
            story.append(para(body, BODY))
            text.append(body)
    story += [para("4. How I communicate (from Liam's communication passport)", H2),
              grid_table(SALT_PASSPORT, [55 * mm, 52 * mm, w - 107 * mm], shade="#e4d5ea"),
              para("5. Talking Mats (4 March 2021, with Kirsty)", H2),
              para("Liam sorted picture cards under three headings: like, not sure, don't "
                   "like. He took part for 25 minutes, with one break.", BODY),
              grid_table(SALT_MATS, [62 * mm, 28 * mm, w - 90 * mm], shade="#e4d5ea"),
              Spacer(1, 2 * mm), para(SALT_MATS_NOTE, SMALL),
              para("6. Name signs Liam uses", H2),
              grid_table(SALT_SIGNS, [40 * mm, w - 40 * mm], shade="#e4d5ea"),
              para("7. Summary and recommendations", H2),
              para("Liam has made real progress in fourteen months at Birkshaw Hall. He is a "
                   "sociable young man who wants to communicate, and he does best when the "
                   "adults around him sign, slow down and give him time.", BODY)]
    text += ["4. How I communicate (from Liam's communication passport)",
             rows_text(SALT_PASSPORT), "5. Talking Mats (4 March 2021, with Kirsty)",
             "Liam sorted picture cards under three headings: like, not sure, don't like. He "
             "took part for 25 minutes, with one break.", rows_text(SALT_MATS), SALT_MATS_NOTE,
             "6. Name signs Liam uses", rows_text(SALT_SIGNS),
             "7. Summary and recommendations",
             "Liam has made real progress in fourteen months at Birkshaw Hall. He is a "
             "sociable young man who wants to communicate, and he does best when the adults "
             "around him sign, slow down and give him time."]
    for line in SALT_RECOMMENDATIONS:
        story.append(para(line, BODY))
        text.append(line)
    story += [Spacer(1, 4 * mm), para(SALT_SIGNED, SMALL), PageBreak(),
              para("Appendix: Liam's communication passport, page 1 (updated March 2021)", H2),
              para("Written with Liam using his photos and symbols. The full passport "
                   "(12 pages) is kept in his room and in the house office.", SMALL),
              Spacer(1, 3 * mm)]
    text += [SALT_SIGNED, "Appendix: Liam's communication passport, page 1 (updated March "
             "2021)", "Written with Liam using his photos and symbols. The full passport (12 "
             "pages) is kept in his room and in the house office."]
    for line in SALT_PASSPORT_PAGE:
        story.append(para(line, ME))
        text.append(line)
    pages = build_platypus(CASE_DIR / SALT_PDF, salt_furniture, story,
                           "SLT report - Liam Hedley", "H Brownlee", top=20 * mm,
                           margin_x=MARGIN_X)
    corpus.add(SALT_PDF, *(salt_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Beacon View overnight stay log (PDF, landscape), 2018 to 2019
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stay:
    """One overnight stay as the unit's log prints it."""

    iso: str
    head: str  # the stay's header line
    others: str  # other young people on the unit
    staff: str
    rows: tuple[tuple[str, str, str, str], ...]  # time, entry, medication, initials


STAYS: tuple[Stay, ...] = (
    Stay(
        "2018-10-12",
        "STAY: Fri 12/10/2018 16:00 - Sat 13/10/2018 10:00 | Planned short break (1 night) | "
        "Room 3",
        "Other YP on unit: Kayden Armstrong (Rm 1), Mollie Swinburne (Rm 2), Reuben Charlton "
        "(Rm 4)",
        "Staff: Angie S (SRSW, sleep-in), Marc D (RSW), Carol W (waking night)",
        (
            ("15:50", "Arr. by school taxi with escort. Bag checked in: meds (blister pack), "
             "night pads x2, ear defenders, Gordon (blue train), Metro map. Happy, flapping, "
             "\"Howay!\" x lots. Straight to the train table.", "", "AS"),
            ("16:30", "Sensory room with Marc. Signed MORE for the bubble tube x4.", "", "MD"),
            ("17:30", "Tea: fish fingers, chips, beans, yoghurt. Ate all. Drink 200 ml.", "",
             "MD"),
            ("18:00", "Evening meds.", "Epilim Chrono 400mg, Keppra 500mg - given AS, wit. MD",
             "AS/MD"),
            ("18:45", "Hydro pool 30 mins 1:1 with Marc. Floated on his back for the first "
             "time!! Signed SWIM and MORE. Did not want to get out.", "", "MD"),
            ("19:45", "Bath, PJs. Thomas DVD in lounge with Reuben. Reuben shouted, LH covered "
             "ears; moved to his room with ear defenders. Settled.", "", "AS"),
            ("20:30", "", "Melatonin 3mg - AS/MD", "AS/MD"),
            ("21:05", "Asleep. 15 min checks.", "", "CW"),
            ("02:40", "TC seizure in bed, 1 min 50 s. Recovery position. Sats 95% after. No "
             "midaz needed. Wet - changed. Back to sleep 03:05.", "", "CW"),
            ("08:00", "Up at 07:10, tired after seizure. Toast for breakfast.",
             "Epilim 400mg, Keppra 500mg - AS/MD", "AS/MD"),
            ("10:00", "Collected by Mam and Chloe (Mam in wheelchair, Chloe pushing). "
             "Handover given incl. seizure at 02:40. Mam says Alfie has chickenpox.", "",
             "AS"),
        ),
    ),
    Stay(
        "2019-02-15",
        "STAY: Fri 15/02/2019 16:10 - Sat 16/02/2019 09:30 | Planned short break (1 night) | "
        "Room 3",
        "Other YP on unit: Kayden Armstrong (Rm 1), Mollie Swinburne (Rm 2)",
        "Staff: Angie S (SRSW, sleep-in), Tash B (RSW), Carol W (waking night)",
        (
            ("16:10", f"Dropped off by Dad (Mr Hedley) in car ({DAD_CAR}) - no school today "
             "(INSET). Dad "
             "said LH \"been a nightmare this week\", Mam's legs bad. Bruise noted to L "
             "forearm approx 3 cm, yellowish. Dad said LH bit himself / banged it on the door "
             "frame. Body map done, Angie informed, passed to SW R Dodds by e-mail 16/02.", "",
             "TB"),
            ("17:00", "Hydro pool with Tash 25 mins. Happy.", "", "TB"),
            ("18:05", "Evening meds. NB Kayden's Keppra 250mg signed on LH's MAR sheet in "
             "error by TB - LH was NOT given it. Kayden Armstrong (DOB 05/09/2007, NHS "
             f"{KAYDEN_NHS}) had his own dose from his own pack. MAR corrected, incident form "
             "IR-BV-2019-031, Denise Hall informed.",
             "Epilim Chrono 400mg, Keppra 500mg - TB, wit. AS", "TB/AS"),
            ("20:40", "", "Melatonin 3mg - TB/AS", "TB/AS"),
            ("21:30", "Awake, singing Blaydon Races in bed (loud!). Mollie woke and came out. "
             "LH to lounge 10 mins, warm milk, back to bed 21:50, asleep.", "", "TB"),
            ("03:52", "TC seizure in bed. Still fitting at 5 mins.",
             "Buccolam 10mg buccal at 03:57 - CW, wit. AS (woken)", "CW/AS"),
            ("03:59", "Seizure stopped. Sats 93% rising to 97%. Recovery position, obs every "
             "15 mins. Slept till 07:45. No 999 needed (rescue plan followed).", "", "CW"),
            ("07:30", "Mam rang - told about the seizure and the Buccolam.", "", "AS"),
            ("09:30", "Collected by Nana Pat and Grandad Ken (Mr and Mrs Elliott, Mam's parents; "
             "Mam unwell today). Told about "
             "the rescue med. School nurse and SW to be told Monday. Replacement Buccolam "
             f"requested from GP. Nana's landline {ELLIOTT_LANDLINE} added to contact "
             "sheet.", "Epilim 400mg, Keppra 500mg 08:00 - AS/TB", "AS"),
        ),
    ),
    Stay(
        "2019-06-21",
        "STAY: Fri 21/06/2019 15:45 - Sat 22/06/2019 10:15 | Planned short break (1 night) | "
        "Room 3",
        "Other YP on unit: Mollie Swinburne (Rm 2), Reuben Charlton (Rm 4)",
        "Staff: Angie S (SRSW, sleep-in), Marc D (RSW), Carol W (waking night)",
        (
            ("15:45", "Arr. by taxi. Hot day. Straight out to the garden.", "", "MD"),
            ("16:15", "Paddling pool and bubbles with Mollie and Reuben. LH filled the "
             "watering can for Reuben over and over, both laughing. Lovely to see. Mrs "
             "Charlton (Reuben's mam) came early to collect him and filmed it for us.", "",
             "MD"),
            ("17:30", "BBQ tea. LH: \"Liam happy\" and \"more sausage\". 3 sausages!", "",
             "AS"),
            ("18:00", "", "Epilim Chrono 400mg, Keppra 500mg - AS/MD", "AS/MD"),
            ("20:30", "Settled after Thomas DVD.", "Melatonin 3mg - AS/MD", "AS/MD"),
            ("night", "No seizures. Slept 21:00-06:50. Dry.", "", "CW"),
            ("10:15", "Collected by Auntie Sandra (Mrs Tully, Family Link carer) for her "
             "weekend, as arranged with Mam. Sandra signed meds out: Epilim x4, Keppra x4, "
             "Buccolam x1 (signed S. Tully). Sandra's mobile for the weekend: "
             f"{SANDRA_MOBILE}.", "", "AS"),
        ),
    ),
    Stay(
        "2019-10-11",
        "STAY: Fri 11/10/2019 23:40 - ongoing | EMERGENCY ADMISSION (no booked stay) | "
        "Room 3",
        "Other YP on unit: Kayden Armstrong (Rm 1), Reuben Charlton (Rm 4)",
        "Staff: Angie S (SRSW, called in from home), Marc D (RSW), Carol W (waking night); "
        "on call manager Denise Hall",
        (
            ("22:55", "EDT rang (Phil Sowerby, EDT SW): emergency bed needed for LH tonight. "
             "Police at the family home. Mam in hospital. Agreed by Denise Hall (on call).",
             "", "CW"),
            ("23:40", "Arr. with Phil Sowerby (EDT) and PC Craig Robson (Northumbria Police, "
             "PC 3147). LH in PJ top and jeans, no shoes, no meds, no Gordon. Very distressed, "
             "biting R hand, saying \"Mam hospital, Mam hospital\" and \"Dad shouting\". "
             "Small cut to forehead, cleaned, 1 steri-strip. Bruising to both upper arms - "
             "PC Robson photographed; body map done by Angie 00:20 (on file).", "", "AS"),
            ("00:15", "LH had not had his evening meds (Dad could not say if given). Advice "
             "from 111 on-call GP: give now from his spare box kept on the unit (in date).",
             "Epilim Chrono 400mg, Keppra 500mg - AS, wit. MD", "AS/MD"),
            ("00:45", "In Rm 3 with the unit's trains and a Metro map. Angie sat with him. "
             "Sang Blaydon Races quietly together. Hand biting stopped.", "", "AS"),
            ("01:30", "Asleep.", "", "CW"),
            ("04:20", "TC seizure 2 min 10 s. No midaz. Recovery position, sats 96%.", "",
             "CW"),
            ("07:30", "Woke. Asked \"Mam? Bruno?\" Told Mam is in hospital getting better and "
             "Bruno is with Nana. Signed SAD.", "Epilim, Keppra 08:00 - AS/MD", "AS"),
            ("09:00", "Rachael Dodds (SW) visited. Child protection medical at Tyneside "
             "Children's Hospital 12:00 with Dr Marr, Angie to take him.", "", "AS"),
            ("11:00", "Chloe rang the unit, crying, asking for LH. On speaker: LH said "
             "\"Chloe! Howay!\" Chloe and Alfie are staying at Nana Pat's.", "", "MD"),
        ),
    ),
    Stay(
        "2019-12-24",
        "Tue 24/12/2019 (Christmas Eve) | EXTENDED EMERGENCY STAY, day 75 (s20 since "
        "15/10/2019) | Room 3",
        "Other YP on unit: Mollie Swinburne (Rm 2, DOB 19/01/2009, NHS "
        f"{MOLLIE_NHS}, 2:1 at night), here for Christmas",
        "Staff: Angie S (SRSW), Tash B (RSW), Carol W (waking night)",
        (
            ("14:00", "Family time in the lounge, supervised by Leanne Cook (Family Time "
             "worker): Mam (in her wheelchair, first visit since leaving the rehab unit), "
             "Chloe and Alfie. Presents: a model Metro train from Mam, a Newcastle shirt from "
             "Dad (brought by SW). LH sat next to Mam and held her hand for 20 mins - staff "
             "have never seen him do this.", "", "AS"),
            ("16:00", "Mam left. LH: \"Mam home?\" Upset 10 mins, settled with the new train.",
             "", "AS"),
            ("18:00", "", "Epilim Chrono 500mg, Keppra 1g - AS/TB", "AS/TB"),
            ("19:30", "Put a carrot out for the reindeer with Mollie. Sang Jingle Bells and "
             "then Blaydon Races.", "Melatonin 3mg 20:30 - AS/TB", "TB"),
            ("night", "No seizures. Slept 21:15-07:00.", "", "CW"),
        ),
    ),
)


def beacon_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the overnight log (landscape)."""
    width, height = landscape(A4)
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(12 * mm, height - 10 * mm,
                      "BEACON VIEW SHORT BREAKS UNIT - OVERNIGHT STAY LOG")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(width - 12 * mm, height - 10 * mm,
                           f"YP: HEDLEY, Liam (LH) | DOB 23/04/06 | LCS {SUBJECT_ID}")
    canvas.setFont("Helvetica", 7)
    canvas.drawString(12 * mm, 7 * mm, "Tynebridge Council Children's Services | Beacon View, "
                      f"Saltwell Chase, Gateshead | {BEACON_PHONE} | Log printed 05/11/2026")
    canvas.drawRightString(width - 12 * mm, 7 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def beacon_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the overnight log."""
    return ("BEACON VIEW SHORT BREAKS UNIT - OVERNIGHT STAY LOG YP: HEDLEY, Liam (LH) | DOB "
            f"23/04/06 | LCS {SUBJECT_ID} Tynebridge Council Children's Services | Beacon "
            f"View, Saltwell Chase, Gateshead | {BEACON_PHONE} | Log printed 05/11/2026 Page "
            f"{page} of {total}")


def build_beacon(corpus: Corpus) -> int:
    """Write the overnight log in landscape; returns the page count."""
    width, _ = landscape(A4)
    w = width - 24 * mm
    story: list = [para("Key: TC = tonic-clonic seizure; midaz / Buccolam = buccal midazolam "
                        "(rescue med); MAR = medication administration record; wit. = "
                        "witnessed; SRSW = senior residential support worker.", TINY),
                   Spacer(1, 2 * mm)]
    text = ["Key: TC = tonic-clonic seizure; midaz / Buccolam = buccal midazolam (rescue "
            "med); MAR = medication administration record; wit. = witnessed; SRSW = senior "
            "residential support worker."]
    for stay in STAYS:
        head = Table([[para(stay.head, TINY_BOLD)], [para(stay.others, TINY)],
                      [para(stay.staff, TINY)]], colWidths=[w])
        head.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fde9c9")),
                                  ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                                  ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        rows = (("Time", "Entry", "Medication given", "Init."), *stay.rows)
        story += [CondPageBreak(30 * mm), head,
                  grid_table(rows, [14 * mm, w - 110 * mm, 80 * mm, 16 * mm], shade="#f4f4f4",
                             body=TINY, head=TINY_BOLD), Spacer(1, 4 * mm)]
        record = "\n".join([stay.head, stay.others, stay.staff, rows_text(rows)])
        corpus.note(BEACON_PDF, stay.iso, record)
        text.append(record)
    text.append("End of log for this young person (5 stays selected for SAR).")
    story.append(para(text[-1], TINY))
    pages = build_platypus(CASE_DIR / BEACON_PDF, beacon_furniture, story,
                           "Overnight stay log", "Beacon View", top=15 * mm, bottom=13 * mm,
                           creator="CareLog 3.2", pagesize=landscape(A4), margin_x=12 * mm)
    corpus.add(BEACON_PDF, *(beacon_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# Looked after child review (DOCX), 9 February 2021
# --------------------------------------------------------------------------------------------

LAC_DETAILS: tuple[tuple[str, ...], ...] = (
    ("Child", "Liam James Hedley"),
    ("Date of birth / age", "23/04/2006 (14)"),
    ("LCS ID / NHS no.", f"{SUBJECT_ID} / {SUBJECT_NHS}"),
    ("Legal status", "Care Order (s31 Children Act 1989) made 18/09/2020, Family Court at "
                     f"Newcastle ({SUBJECT_COURT}). Accommodated under s20 from 15/10/2019"),
    ("Placement", "Birkshaw Hall School, near Morpeth: 52-week residential special school "
                  "(Curlew House), from 06/01/2020"),
    ("Review", "Fourth review. Tuesday 9 February 2021, 10:00, MS Teams (COVID-19 "
               "restrictions)"),
    ("Independent Reviewing Officer", "Malcolm Thirlwell"),
    ("Social worker / team", f"Imran Qureshi, Children with Disabilities Team ({IMRAN_PHONE})"),
)

LAC_HOUSEHOLD: tuple[tuple[str, ...], ...] = (
    ("Name", "Relationship", "DOB", "Address", "PR"),
    ("Michelle HEDLEY", "Mother", "02/11/1980", MAM_BUNGALOW, "Yes"),
    ("Stephen HEDLEY", "Father", "17/06/1977", DAD_FLAT, "Yes"),
    ("Chloe HEDLEY", "Sister", "14/02/2003", "With mother", "No"),
    ("Alfie HEDLEY", "Brother", "30/08/2011", "With mother", "No"),
    ("Patricia ELLIOTT", "Maternal grandmother", "09/05/1954", ELLIOTT_HOME, "No"),
    ("Kenneth ELLIOTT", "Maternal grandfather", "21/01/1951", "As above", "No"),
)

LAC_ATTENDANCE: tuple[tuple[str, ...], ...] = (
    ("Name", "Relationship or role", "How they took part"),
    ("Liam", "", "Seen by the IRO on video at Birkshaw Hall on 03/02/2021 with Kirsty; his "
                 "views through Talking Mats and his advocate"),
    ("Michelle Hedley", "Mother", "Teams, 10:00-11:05"),
    ("Stephen Hedley", "Father", "Telephone, separately, 11:15-11:40 (at Mrs Hedley's "
                                 "request)"),
    ("Chloe Hedley", "Sister, 17", "Teams, for the family time part"),
    ("Gemma Pattinson", "Independent advocate, North Star Advocacy", "Teams"),
    ("Imran Qureshi", "Social worker", "Teams"),
    ("Kirsty Bell", "Key worker, Birkshaw Hall", "Teams"),
    ("Graham Rutherford", "Head of Care, Birkshaw Hall", "Teams"),
    ("Miss Eleanor Hume", "Class teacher", "Written report"),
    ("Val Percy", "School nurse", "Written report"),
    ("Anne Purvis", "LAC Nurse", "Apologies; health assessment of 11/01/2021 received"),
    ("Sandra Tully", "Liam's Family Link carer until 2019", "Note sent through the social "
                                                            "worker"),
)

LAC_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. Liam's views", (
        "I met Liam on video on 3 February with Kirsty. He showed me his bedroom: the Metro "
        "map on the wall, Gordon on the windowsill and a photo of Bruno by his bed. He told "
        "me \"Liam swim. Tuesday.\" and \"Tyler my friend.\" When I asked what he likes best "
        "at Birkshaw Hall he signed SWIM and then TRAIN, and then said \"Kirsty\".",
        "With Hannah Brownlee (SLT) last term, using Talking Mats, Liam put Mam, Chloe, "
        "Alfie, Nana Pat, Kirsty, swimming and trains under \"like\", and his dad under "
        "\"not sure\". This has been discussed with Imran and is recorded with care.",
        "Gemma Pattinson, Liam's advocate, saw him twice in January. Her report says that, "
        "as far as she can understand them, Liam's wishes are: to see Mam more; to keep "
        "swimming; to see Bruno; to go on the Metro. When she showed him a photo of the old "
        "house on Brackenfield Road he said \"Dad shouting\" and turned it over. When she "
        "showed him a photo of Mam's new bungalow he said \"Mam house. Liam go.\"",
    )),
    ("2. Placement", (
        "Liam has been at Birkshaw Hall for just over a year. Kirsty and Graham describe a "
        "young man who is settled, sleeps well most nights and knows the routines of Curlew "
        "House. He has 1:1 support in the day and 2:1 in the community, with a waking night "
        "worker trained in his rescue plan. Self-injury has dropped from several times a "
        "week to about twice a month, usually when a visit is cancelled or a routine "
        "changes. He shares the house with five other young people and has a close "
        "friendship with Tyler Ridley, who also loves trains; the two of them time the "
        "trains on the East Coast Main Line from the school field.",
    )),
    ("3. Health", (
        "Review health assessment completed by Anne Purvis on 11/01/2021: immunisations up to "
        "date, dentist seen in December, optician due. Epilepsy: two tonic-clonic seizures a "
        "month on average, all at night; buccal midazolam used once since the last review "
        "(14/11/2020). Clobazam added by Dr Bhatt last year. Weight 58 kg. Val Percy reports "
        "that Liam now tolerates his blood tests with his train video and a countdown.",
    )),
    ("4. Education", (
        "Miss Hume's report: Liam is in the Seniors 2 class of six. His EHCP annual review on "
        "26/11/2020 named Birkshaw Hall. He now reads about 60 words, can write his first "
        "name, and uses a symbol app on the iPad. He was Star of the Week on 15/01/2021 "
        "\"for being kind to Tyler when he was upset\". Swimming: 20 metres without a float.",
    )),
)

LAC_FAMILY: tuple[tuple[str, ...], ...] = (
    ("Who", "How often", "Where / how", "Supervised?"),
    ("Mam (Michelle Hedley)", "Every other Saturday; video calls Tuesday and Thursday 17:30",
     f"At school; from April once a month at her bungalow ({MAM_BUNGALOW}) with Kirsty",
     "No (Kirsty present on home visits)"),
    ("Dad (Stephen Hedley)", "Monthly, 1 hour", "Riverside Family Centre, Gateshead",
     "Yes - Leanne Cook (Family Time)"),
    ("Chloe and Alfie", "With Mam", "As above", "No"),
    ("Nana Pat and Grandad Ken (Patricia and Kenneth Elliott)", "Monthly",
     f"At school; they live at {ELLIOTT_HOME}", "No"),
    ("Sandra Tully", "Two or three times a year",
     f"At school, when agreed with the SW (Mrs Tully lives at {TULLY_HOME})",
     "No - see below"),
)

LAC_VIEWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("5. Family time", (
        "Family time was by video only between March and July 2020; Liam found video calls "
        "hard at first (he kept trying to hold the tablet up to his ear), and they are now "
        "part of his routine. Sandra Tully, who was Liam's Family Link short-breaks carer "
        "from 2016 until he came into care, has asked to stay in his life and has visited "
        "twice with Mrs Hedley's agreement. Imran will discuss with his manager whether Mrs "
        "Tully and her husband Mick should be assessed, and in the meantime visits will "
        "continue at school.",
    )),
    ("6. Mother's views", (
        "Mrs Hedley said: \"I miss him every day. But I've seen him come on so much at "
        "Birkshaw Hall, I can't believe it's the same lad. I can't manage his nights with my "
        "MS, I know that, and I'm not going to pretend. I just want him to come for his tea "
        "at my new place.\" She asked for the home visits to start before Liam's birthday. "
        f"Her new address and mobile are on the system ({MAM_MOBILE}, unchanged).",
    )),
    ("7. Father's views", (
        "Mr Hedley took part by phone after Mrs Hedley had left the meeting. He said: \"I'm "
        "not a bad dad. I lost it once, when Shell was in hospital and I was on my own with "
        "them, and I've paid for it.\" He has finished the Caring Dads programme and asked "
        "for more family time and to take Liam to the match. The IRO explained that the "
        "plan will be looked at after the social worker's review of family time in April. "
        f"Mr Hedley's address is now {DAD_FLAT}.",
    )),
    ("8. Chloe's views", (
        "Chloe said she still feels guilty that she could not stop what happened in October "
        "2019. She is at college doing Health and Social Care and is still a young carer for "
        "her mam, supported by Becky Short at Tynebridge Young Carers. She would like Liam at "
        "her 18th birthday tea next weekend. Chloe: \"He's my little brother. Everyone sees "
        "the autism and the fits. I see our Liam.\"",
    )),
)

LAC_DECISIONS: tuple[tuple[str, ...], ...] = (
    ("No.", "Recommendation", "Who", "By when"),
    ("1", "Liam remains at Birkshaw Hall under the Care Order; care plan endorsed.",
     "Imran Qureshi", "Ongoing"),
    ("2", "Review of family time, including monthly home visits to Mam's bungalow and "
          "Dad's request for more time.", "Imran Qureshi", "30/04/2021"),
    ("3", "Discuss with the team manager whether Sandra and Mick Tully are assessed as "
          "connected persons for visits.", "Imran Qureshi, Karen Liddle", "31/03/2021"),
    ("4", "Talking Mats before every review; Gemma to continue as Liam's advocate.",
     "Kirsty Bell, Gemma Pattinson", "Next review"),
    ("5", "Arrange for Liam to attend Chloe's 18th birthday tea with Kirsty.",
     "Kirsty Bell", "14/02/2021"),
    ("6", "Start planning for Preparing for Adulthood at the next EHCP review (Year 10).",
     "Imran Qureshi, Mark Bainbridge", "Nov 2021"),
)

LAC_SUMMARY = (
    "Chair's summary: Liam is thriving at Birkshaw Hall. He is safe, well cared for and "
    "learning, and the adults around him understand how he communicates. His relationships "
    "with his mam, his sister and brother and his grandparents are strong and should be "
    "protected. The next review will be held in August 2021, in person if restrictions "
    "allow, and Liam will be invited to be part of it in the way that suits him."
)


def build_lac(corpus: Corpus) -> None:
    """Write the LAC review record as a Word document."""
    doc = Document()
    text: list[str] = []
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    def add(line: str, *, style: str | None = None, bold: bool = False) -> None:
        p = doc.add_paragraph(style=style)
        p.add_run(line).bold = bold
        text.append(line)

    def table(rows: tuple[tuple[str, ...], ...], widths: tuple[float, ...],
              header: bool = True) -> None:
        grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
        grid.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = grid.cell(r, c)
                cell.width = Cm(widths[c])
                cell.text = value
                if value and ((header and r == 0) or (not header and c == 0)):
                    cell.paragraphs[0].runs[0].bold = True
        text.append(rows_text(rows))

    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2.0)
        head = section.header.paragraphs[0]
        head.text = f"Tynebridge Council | Independent Reviewing Service | LCS {SUBJECT_ID}"
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        text.append(head.text)
        foot = section.footer.paragraphs[0]
        foot.text = ("OFFICIAL-SENSITIVE - Record of Looked After Child Review (form IRS2, "
                     "rev. 2019)")
        text.append(foot.text)

    add("Record of Looked After Child Review", style="Title")
    table(LAC_DETAILS, (5.0, 12.0), header=False)
    add("Family and household", style="Heading 2")
    table(LAC_HOUSEHOLD, (3.6, 3.2, 2.4, 6.4, 1.4))
    add("Who took part", style="Heading 1")
    table(LAC_ATTENDANCE, (4.0, 5.5, 7.5))
    for heading, paragraphs in LAC_SECTIONS:
        add(heading, style="Heading 1")
        for body in paragraphs:
            add(body)
    add("Family time", style="Heading 2")
    table(LAC_FAMILY, (4.2, 3.8, 5.6, 3.4))
    for heading, paragraphs in LAC_VIEWS:
        add(heading, style="Heading 1")
        for body in paragraphs:
            add(body)
    add("9. Recommendations", style="Heading 1")
    table(LAC_DECISIONS, (1.0, 9.6, 4.0, 2.4))
    add(LAC_SUMMARY)
    add("Malcolm Thirlwell, Independent Reviewing Officer. Record completed 12/02/2021 and "
        "sent to: Imran Qureshi; Birkshaw Hall (Graham Rutherford); Mrs M Hedley; Mr S "
        "Hedley (sections 1-5, 7 and 9 only); Gemma Pattinson. A symbol version was made for "
        "Liam by Kirsty.", bold=False)

    props = doc.core_properties
    props.title = "LAC Review - Liam Hedley"
    props.author = "Malcolm Thirlwell"
    props.last_modified_by = "Malcolm Thirlwell"
    props.subject = "Record of LAC Review"
    props.keywords = ""
    props.comments = ""
    props.created = dt.datetime(2021, 2, 9, 14, 2, 0)
    props.modified = dt.datetime(2021, 2, 12, 16, 47, 0)
    props.revision = 7
    buffer = io.BytesIO()
    doc.save(buffer)
    data = fixed_zip(buffer.getvalue(), (2021, 2, 12, 16, 47, 0))
    (CASE_DIR / LAC_DOCX).write_bytes(data)
    corpus.add(LAC_DOCX, *text)


# --------------------------------------------------------------------------------------------
# Preparing for Adulthood transition meeting (PDF), 14 September 2023
# --------------------------------------------------------------------------------------------

PFA_DETAILS: list[tuple[str, str]] = [
    ("Young person", "HEDLEY, Liam James"),
    ("DOB / age", "23-Apr-2006 (17)"),
    ("LCS (children)", SUBJECT_ID),
    ("Adult social care ref", "ASC-77120"),
    ("Meeting", "Preparing for Adulthood - transition planning (Year 12)"),
    ("Date / venue", "Thursday 14th September 2023, 10:30-13:00, Birkshaw Hall School"),
    ("Chair", "Mark Bainbridge, Preparing for Adulthood Lead"),
    ("Minutes", "Nadine Proud"),
]

PFA_PRESENT: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Organisation"),
    ("Liam Hedley", "Young person (10:30-10:50)", ""),
    ("Michelle Hedley", "Mam", ""),
    ("Chloe Hedley", "Sister", ""),
    ("Stephen Hedley", "Dad (by phone, item 6 only)", ""),
    ("Mark Bainbridge", "PfA Lead (chair)", "Tynebridge Council SEND"),
    ("Imran Qureshi", "Social Worker", "Children with Disabilities Team"),
    ("Nadine Proud", "Transitions Worker", "Adult Social Care"),
    ("Femi Adebisi", "Social Worker (learning disability), BIA", "Adult Social Care"),
    ("Sue Errington", "CHC Nurse Assessor", "NHS North East ICB"),
    ("Kirsty Bell", "Key worker", "Birkshaw Hall School"),
    ("Graham Rutherford", "Head of Care", "Birkshaw Hall School"),
    ("Gemma Pattinson", "Independent advocate", "North Star Advocacy"),
    ("Apologies", "Malcolm Thirlwell (IRO); Dr Simon Crake (report sent)", ""),
)

PFA_ITEMS: tuple[tuple[str, str, str], ...] = (
    ("1. Liam's part of the meeting",
     "Liam joined for the first 20 minutes with Kirsty, who showed him photos of Sycamore "
     "Mews on his iPad. When Nadine said the house is in Blaydon he started to sing \"The "
     "Blaydon Races\" and everybody joined in (Mark included). He pointed at the photo of "
     "the bedroom and said \"Liam house. Trains there.\" He asked \"Mam come?\" and was told "
     "yes, Mam can come whenever she likes. He then signed FINISHED and went for his dinner "
     "with Kirsty.",
     "Gemma to go through the easy-read plan with Liam next week."),
    ("2. Where Liam will live after 18",
     "Three options were discussed: (a) an adult residential care home (none local that "
     "could meet his needs); (b) an out-of-area residential college placement (Mam does not "
     "want him further away); (c) supported living at Sycamore Mews, Blaydon, run by Keelman "
     "Support: four flats with shared space, 24-hour support and a waking night worker, "
     "shared with two other young men in Flats 1 and 2. Liam would have Flat 3 and his own "
     "tenancy. Mam said Blaydon is fifteen minutes from her bungalow and she \"could not "
     "have picked better\". Kirsty said Liam will need a long, slow transition with visits, "
     "photos and his own things moved first.",
     "Option (c) preferred. Nadine to request funding at panel on 05/10/2023; Keelman to "
     "visit Liam at school in October."),
    ("3. Mental capacity and Liam's liberty",
     "Femi completed a capacity assessment on 31/08/2023 about where Liam should live and "
     "the care he needs. Liam is not able to understand or weigh up the information about "
     "these decisions because of his learning disability and autism, even with the best "
     "support (symbols, photos, visits). A best interests meeting will follow today's "
     "meeting. At Sycamore Mews Liam will be under continuous supervision and control and "
     "will not be free to leave (the Cheshire West \"acid test\"), so his care there will "
     "be a deprivation of liberty. DoLS only apply in hospitals and care homes, so the "
     "council will apply to the Court of Protection for an order authorising it, using "
     "the streamlined procedure (form COPDOL11), once he has moved. Liam will need a "
     "representative in the application: Chloe asked if she could do it. It was agreed "
     "that Gemma will act as his Rule 1.2 representative to begin with, as Chloe is also "
     "her mam's carer and is expecting a baby in the spring; this will be looked at again "
     "at the first review of the order.",
     "Femi to arrange the best interests meeting; Imran to make sure the Care Order ends "
     "cleanly on 23/04/2024 and the adult team has the case from then."),
    ("4. Health",
     "Dr Crake's report: seizures well controlled; transfer to the adult epilepsy clinic after "
     "Liam's 18th birthday. Keelman staff will need training in his rescue plan before he "
     "moves. Annual health check with Dr Ogilvie to continue. Sue completed the NHS "
     "Continuing Healthcare checklist today: positive, so a full assessment (Decision Support "
     "Tool) will be done in January 2024. Val Percy will update his hospital passport.",
     "Sue: CHC assessment January 2024. Val: hospital passport by Christmas."),
    ("5. Education, work and things Liam enjoys",
     "Liam leaves Birkshaw Hall at the end of May 2024. He has a place from September 2024 on "
     "the Pathways to Independence course at Tyne Gateway College (three days a week). He "
     "did a week of work experience at the tea room at the Tanfield steam railway in June "
     "and loved it; the volunteer manager has said he can come back. He has his Swim England "
     "Stage 5 badge and swims every week. His EHCP will continue at college.",
     "Mark to amend the EHCP to name the college; Kirsty to share the work experience "
     "report."),
    ("6. Family",
     "Mam sees Liam every week and he has tea at her bungalow every other Sunday. Alfie (12) "
     "comes with her, and Liam goes to watch Alfie's football when he can. Nana Pat visits "
     "monthly; Grandad Ken died in December 2021 and Liam "
     "still asks for him and sings their song. Mam said: \"Steve loves him, I know that, but "
     "Liam comes first.\" Mr Hedley joined by phone for this item. He "
     "sees Liam once a month at a café in Morpeth with Kirsty. He said he supports the move "
     "and asked to be given the address. It was agreed that he will be told the area but not "
     "the address until Liam has settled, and that visits will be arranged through Keelman; "
     "Mr Hedley said he did not agree but would \"go along with it for Liam\".",
     "Imran to write to Mr Hedley to confirm."),
    ("7. Money",
     f"Liam gets PIP (enhanced daily living and mobility); his NI number ({SUBJECT_NI}) came "
     "in 2022. At 18 he will claim Universal "
     "Credit with the LCW/LCWRA element. The council is his appointee while he is looked "
     "after; Chloe has asked to become his DWP appointee at 18 and Mam agrees. If decisions "
     "about his property and money go beyond benefits, a deputyship application to the "
     "Court of Protection may be needed later.",
     "Nadine to support Chloe's appointee application in April 2024."),
)

PFA_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("Action", "Who", "By"),
    ("Funding request to panel for supported living at Sycamore Mews", "Nadine Proud",
     "05/10/2023"),
    ("Best interests meeting (residence and care)", "Femi Adebisi", "29/09/2023"),
    ("Transition plan with visits from January, move after 18th birthday",
     "Kirsty Bell, Keelman Support", "Jan 2024"),
    ("Court of Protection application (COPDOL11) after the move", "Femi Adebisi, Legal",
     "Within 4 weeks of the move"),
    ("CHC full assessment", "Sue Errington", "Jan 2024"),
    ("EHCP amended to name Tyne Gateway College", "Mark Bainbridge", "Feb 2024"),
    ("Easy-read plan shared with Liam", "Gemma Pattinson", "21/09/2023"),
    ("Appointee application", f"Chloe Hedley ({CHLOE_MOBILE}), Nadine Proud", "April 2024"),
)

PFA_VOICE = (
    "Liam's voice: \"Liam house. Trains there.\" \"Mam come?\" He sang the whole first verse "
    "of the Blaydon Races. Kirsty added: \"When he's happy the whole building knows it.\""
)


def pfa_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the PfA meeting minute."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#e8f0e0"))
    canvas.rect(MARGIN_X, PAGE_H - 17 * mm, PAGE_W - 2 * MARGIN_X, 9 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#2d5016"))
    canvas.setFont("Helvetica-Bold", 9.5)
    canvas.drawString(MARGIN_X + 2 * mm, PAGE_H - 13.8 * mm,
                      "Tynebridge Council | Preparing for Adulthood")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(PAGE_W - MARGIN_X - 2 * mm, PAGE_H - 13.8 * mm,
                           "Transition planning meeting - minutes")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, "OFFICIAL-SENSITIVE | Children's and Adults' "
                      "Services | minutes agreed by the chair 20/09/2023")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def pfa_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the PfA minute."""
    return ("Tynebridge Council | Preparing for Adulthood Transition planning meeting - "
            "minutes OFFICIAL-SENSITIVE | Children's and Adults' Services | minutes agreed "
            f"by the chair 20/09/2023 Page {page} of {total}")


def build_pfa(corpus: Corpus) -> int:
    """Write the PfA meeting minute; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "PREPARING FOR ADULTHOOD: TRANSITION PLANNING MEETING"
    story: list = [para(title, H1), pair_table(PFA_DETAILS, w, label_w=30 * mm,
                                               shade="#eef4e8"),
                   para("Present", H2),
                   grid_table(PFA_PRESENT, [40 * mm, 72 * mm, w - 112 * mm], shade="#dde9d2")]
    text = [title, rows_text(PFA_DETAILS), "Present", rows_text(PFA_PRESENT)]
    for heading, body, action in PFA_ITEMS:
        story += [para(heading, H2), para(body, BODY), para(f"Agreed / action: {action}",
                                                            SMALL_BOLD), Spacer(1, 1 * mm)]
        text += [heading, body, f"Agreed / action: {action}"]
    story += [para("8. Summary of actions", H2),
              grid_table(PFA_ACTIONS, [w - 80 * mm, 48 * mm, 32 * mm], shade="#dde9d2"),
              Spacer(1, 3 * mm), para(PFA_VOICE, BODY),
              para("Next meeting: January 2024 (transition review), Birkshaw Hall.", SMALL)]
    text += ["8. Summary of actions", rows_text(PFA_ACTIONS), PFA_VOICE,
             "Next meeting: January 2024 (transition review), Birkshaw Hall."]
    pages = build_platypus(CASE_DIR / PFA_PDF, pfa_furniture, story,
                           "PfA transition meeting 14.09.23", "Nadine Proud", top=22 * mm)
    corpus.add(PFA_PDF, *(pfa_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# E-mail chain with the school (EML), 16 October 2019: quoted-printable
# --------------------------------------------------------------------------------------------

EMAIL_HEADERS = {
    "From": f"Julie Armstrong <{JULIE_EMAIL}>",
    "To": f"Rachael Dodds <{RACHAEL_EMAIL}>",
    "Cc": f"Dan Forster <{DAN_EMAIL}>, Karen Liddle <{KAREN_EMAIL}>",
    "Subject": "RE: Liam Hedley - information for s47 enquiry [OFFICIAL-SENSITIVE]",
}

EMAIL_PARAGRAPHS = (
    "Hi Rachael,",
    "Thank you for ringing on Monday and for the update from the strategy meeting. As "
    "requested, here is what we hold. I went through our CPOMS entries this morning with Dan "
    "and the TAs (Jackie and Bev).",
    "1. 27/09/2019 \u2013 Bev noticed bruising to the tops of both of Liam\u2019s arms when "
    "she was changing him after swimming (\u201cfour or five round marks, like "
    "fingers\u201d \u2013 her words). Body map completed and uploaded to CPOMS. I rang "
    "home the same day and "
    "spoke to Mr Hedley, who said Liam had \u201ckicked off on the Metro steps at Heworth\u201d "
    "and he had to hold him to stop him running onto the line. I accepted that at the time "
    "and logged it. With hindsight I should have referred it to you, and I have said so to "
    "our Head.",
    "2. 03/10/2019 \u2013 At registration Liam pointed to the \u2018sad\u2019 and \u2018home\u2019 "
    "symbols on his now and next board and signed DAD and then his own sign for shouting "
    "(hands over his ears). He would not say any more and went to the train table.",
    "3. 07/10/2019 \u2013 Chloe came in at pick-up (she collects Liam on Mondays when the "
    "taxi is off) and told Jackie she \u201ccan\u2019t cope\u201d with Mam in hospital and Dad "
    "\u201cdrinking every night since Mam went in\u201d. Chloe is 16 and is meant to be at "
    "college. I gave her the Young Carers number and e-mailed Becky Short the same day.",
    "4. 10/10/2019 \u2013 Liam absent. Dad rang at 08:50 to say he had been up all night "
    "with seizures.",
    f"5. 14/10/2019 \u2013 Mr Hedley rang the office at 08:40 from {DAD_MOBILE} asking to "
    "take Liam out at lunchtime \u201cto see his mam\u201d. We told him Liam is not in school "
    "this week and that he should speak to you. He was polite but upset.",
    "Liam\u2019s attendance this term is 86%. He was doing so well before all this: on 20th "
    "September he got his travel training certificate for going three stops on the Metro "
    "with Jackie and tapping his own Pop card, and he has been so proud of it, he shows "
    "everyone.",
    "Dan has put together a bag of Liam\u2019s things from class for Beacon View: his now and "
    "next board, his symbol book, spare ear defenders and the Metro map from his desk, which "
    "he will be missing. Can the taxi drop it with Angie?",
    "If Liam is going to be at Beacon View for a while, we would like him to keep coming to "
    "school with the Beacon View escort, if you agree. His routine is the best thing for him "
    "at the moment.",
    "Kind regards\nJulie",
    f"Julie Armstrong | SENCO and Designated Safeguarding Lead | Heathercroft School\n"
    f"Tel {SCHOOL_PHONE} | {JULIE_EMAIL}\n"
    "This e-mail and any attachments are confidential and intended for the addressee only.",
    "-----Original Message-----\n"
    f"From: Rachael Dodds <{RACHAEL_EMAIL}>\n"
    "Sent: 14 October 2019 16:22\n"
    f"To: Julie Armstrong <{JULIE_EMAIL}>\n"
    "Subject: Liam Hedley - information for s47 enquiry [OFFICIAL-SENSITIVE]",
    "Julie,",
    "Further to our call. As you know, Liam was brought to Beacon View by EDT and the police "
    "late on Friday (11/10) after Mrs Hepple next door rang 999 about shouting and banging "
    "at 27 Brackenfield Road. Mam has been in hospital since 8th October with an MS relapse. "
    "PC Robson found Mr Hedley intoxicated, and Liam with bruising to his arms and a cut to "
    "his head; Alfie was hiding in his bedroom. Alfie is staying with Nana Pat and Grandad "
    f"Ken in Whickham ({ELLIOTT_HOME.split(', Whickham')[0]}) and Chloe is with them too.",
    "The strategy meeting today agreed a s47 enquiry, joint with the police (DC Angela "
    "Storey). Mam has agreed to Liam being accommodated under s20 and I am seeing her at the "
    "hospital tomorrow to sign the agreement.",
    "Could you send me anything school holds about Liam's presentation since September, any "
    "disclosures (including through his symbols or signs) and his attendance. Please do not "
    "share anything with Mr Hedley at this stage.",
    "Thanks,\nRachael",
    "Rachael Dodds | Social Worker | Children with Disabilities Team | Tynebridge Council\n"
    f"{RACHAEL_PHONE} | {RACHAEL_MOBILE}",
)
EMAIL_BODY = "\n\n".join(EMAIL_PARAGRAPHS) + "\n"

CPOMS_TXT = "cpoms-extract-liam-hedley.txt"  # the e-mail's attachment
CPOMS_LINES = (
    "CPOMS - Incident extract",
    "Student: Liam Hedley (Year 8, Kingfisher class)   DOB: 23/04/2006",
    "Extracted by: J Armstrong (DSL) 16/10/2019 11:52   Categories: Safeguarding, Physical "
    "injury, Communication, Attendance, Young carer",
    "",
    "27/09/2019 14:05 | Physical injury | Reported by Bev Lowes (TA)",
    "Bruising to the top of both arms seen when changing after swimming: 4-5 round marks on "
    "each arm, purple/blue. Body map attached in CPOMS. Liam did not indicate anything when "
    "shown the body board. Actions: J Armstrong rang home 14:40, spoke to Mr Hedley (fell / "
    "held on the Metro steps at Heworth). Logged. No referral.",
    "",
    "03/10/2019 09:10 | Communication / Safeguarding | Reported by Dan Forster (Teacher)",
    "At registration Liam pointed to SAD and HOME symbols, signed DAD, then hands over ears "
    "(his sign for shouting). Did not say more. Monitored.",
    "",
    "07/10/2019 15:20 | Young carer | Reported by Jackie Dinsdale (TA)",
    "Sister Chloe (16) at pick-up upset, said she can't cope, Mam in hospital, Dad drinking; "
    "she has been staying at her boyfriend Josh's some nights to get away. "
    "Young Carers number given. E-mail to Becky Short (Tynebridge Young Carers) 15:45.",
    "",
    "10/10/2019 08:50 | Attendance | Reported by Office",
    "Dad rang: Liam absent, up all night with seizures.",
    "",
    "14/10/2019 08:40 | Safeguarding | Reported by Office (D Forster informed)",
    "Mr Hedley rang asking to collect Liam at lunchtime. Told to contact the social worker.",
)
CPOMS = "\n".join(CPOMS_LINES) + "\n"


def build_email(corpus: Corpus) -> None:
    """Write the e-mail chain (quoted-printable) with the CPOMS extract attached (base64)."""
    msg = EmailMessage()
    for name, value in EMAIL_HEADERS.items():
        msg[name] = value
    msg["Date"] = format_datetime(dt.datetime(2019, 10, 16, 12, 7, 41,
                                              tzinfo=dt.timezone(dt.timedelta(hours=1))))
    msg["Message-ID"] = "<DB7PR08MB3162A9F0C41E5B77D2E4C1A8D05E0@DB7PR08MB3162.eurprd08.prod>"
    msg["In-Reply-To"] = "<LO2P265MB0911C2B8F3E6A1D49C0B7E52A83F0@LO2P265MB0911.GBRP265.PROD>"
    msg["Thread-Topic"] = "Liam Hedley - information for s47 enquiry [OFFICIAL-SENSITIVE]"
    msg["Importance"] = "High"
    msg.set_content(EMAIL_BODY, cte="quoted-printable")
    msg.add_attachment(CPOMS, subtype="plain", filename=CPOMS_TXT, cte="base64")
    msg.set_boundary("_002_DB7PR08MB3162A9F0C41E5B77D2E4C1A8D05E0DB7PR08MB3162eurp_")
    data = msg.as_bytes(policy=default_policy)
    parsed = message_from_bytes(data, policy=default_policy)
    parts = [part.get_content() for part in parsed.iter_parts()]
    assert normalise(parts[0]) == normalise(EMAIL_BODY), "e-mail body does not round-trip"
    assert normalise(parts[1]) == normalise(CPOMS), "attachment does not round-trip"
    assert b"=E2=80=99" in data, "e-mail body is not quoted-printable"
    assert b"Kingfisher class" not in data, "the attachment is not base64"
    (CASE_DIR / EMAIL_EML).write_bytes(data)
    corpus.add(EMAIL_EML, *EMAIL_HEADERS.values(), EMAIL_BODY, CPOMS)


# --------------------------------------------------------------------------------------------
# Chronology (CSV), exported from the children's case system (LCS)
# --------------------------------------------------------------------------------------------

CHRONOLOGY_HEADER = ("Chronology Date", "Date Accuracy", "Event Type", "Event Detail",
                     "Source", "Entered By")

# (date, accuracy, event type, detail, source, entered by)
CHRONOLOGY: tuple[tuple[str, ...], ...] = (
    ("2006-04-23", "Exact", "Birth",
     "Liam born in Gateshead, at term, 3.2 kg. Second child of Michelle and Stephen Hedley.",
     "Health visitor record", "R Dodds"),
    ("2008-05-01", "Month", "Health",
     "Health visitor concerns at the 2-year review: no words, not responding to his name, "
     "lining up toys. Referred to the Child Development Centre.", "Health visitor record",
     "R Dodds"),
    ("2009-05-01", "Month", "Health",
     "Diagnosis of autism (ASD) and global developmental delay at the Child Development "
     "Centre.", "CDC report", "R Dodds"),
    ("2010-09-06", "Exact", "Education",
     "Started in the nursery class at Heathercroft School (special school), Low Fell.",
     "School", "R Dodds"),
    ("2010-11-14", "Exact", "Health",
     "First tonic-clonic seizure at home; ambulance to hospital. Discharged next day.",
     "Hospital discharge letter", "R Dodds"),
    ("2011-03-01", "Month", "Health",
     "Epilepsy diagnosed by Dr Bhatt; sodium valproate started.", "Clinic letter",
     "R Dodds"),
    ("2011-08-01", "Month", "Family",
     "Liam's little brother, Alfie, born.", "Family", "R Dodds"),
    ("2014-06-10", "Exact", "Assessment",
     "Referral from Heathercroft School to the Children with Disabilities Team. Child and "
     "family assessment completed: child in need (s17). Short breaks recommended.",
     "LCS assessment", "R Dodds"),
    ("2015-04-17", "Exact", "Education",
     "Statement of SEN converted to an EHC plan (ref SEN/2015/0418).", "SEND", "M Bainbridge"),
    ("2015-06-01", "Month", "Short breaks",
     "Short breaks started at Beacon View Short Breaks Unit: one night a fortnight.",
     "Short breaks panel", "R Dodds"),
    ("2016-01-01", "Month", "Family",
     "Mam diagnosed with relapsing-remitting multiple sclerosis.", "Family", "R Dodds"),
    ("2016-09-16", "Exact", "Short breaks",
     "Family Link short breaks started with Sandra and Mick Tully (Rowan Cottage, 3 Mill "
     f"Bank, Ryton; {TULLY_LANDLINE}): one weekend a month.", "Family Link scheme", "R Dodds"),
    ("2017-05-01", "Month", "Family",
     "Chloe (14) referred to Tynebridge Young Carers.", "Young Carers", "R Dodds"),
    ("2018-02-08", "Exact", "Review",
     "Child in need review at home. Short breaks working well; Mam's mobility worse; "
     f"Carer's Allowance claim supported (Mam's NI no. {MAM_NI}).", "CIN review",
     "R Dodds"),
    ("2018-07-01", "Month", "Achievement",
     "Liam got his 10 metres swimming badge at school.", "School", "R Dodds"),
    ("2019-02-16", "Exact", "Concern",
     "Beacon View reported a 3 cm bruise to Liam's forearm at drop-off by Dad; explained "
     "as self-injury. Noted; discussed with parents.", "Beacon View", "R Dodds"),
    ("2019-07-12", "Exact", "Education",
     "EHCP annual review at Heathercroft School. Amended plan issued 02/08/2019.", "SEND",
     "M Bainbridge"),
    ("2019-10-08", "Exact", "Family",
     "Mam admitted to hospital with a severe MS relapse.", "Family", "R Dodds"),
    ("2019-10-11", "Exact", "Incident",
     "Police called to the family home by a neighbour (Mrs Doreen Hepple, 29 Brackenfield "
     "Road) at 22:10. Dad intoxicated; Liam with bruising to both arms and a cut to his "
     "head. EDT took Liam to Beacon View (emergency bed). Police log 1187 of 11/10/2019.",
     "EDT / Northumbria Police", "P Sowerby"),
    ("2019-10-12", "Exact", "Health",
     "Child protection medical (Dr Fiona Marr): bruising consistent with gripping.",
     "Medical report", "R Dodds"),
    ("2019-10-14", "Exact", "Meeting",
     "Strategy meeting: s47 enquiry (joint with police) agreed.", "Strategy meeting",
     "K Liddle"),
    ("2019-10-15", "Exact", "Legal",
     "Accommodated under s20 with Mam's agreement (signed on the ward). Liam to stay at "
     "Beacon View.", "LCS", "R Dodds"),
    ("2019-11-05", "Exact", "Review",
     "First LAC review (IRO Malcolm Thirlwell).", "IRO", "M Thirlwell"),
    ("2019-12-04", "Exact", "Family",
     "Dad accepted a police caution for assault on Liam (caution ref CR/19/88213). Family "
     "time with Dad to be supervised.", "Police", "R Dodds"),
    ("2020-01-06", "Exact", "Placement",
     "Moved from Beacon View to Birkshaw Hall School (52-week residential special school), "
     "near Morpeth.", "LCS", "R Dodds"),
    ("2020-02-20", "Exact", "Legal",
     f"Care proceedings issued ({SUBJECT_COURT}). Interim care order.", "Legal", "R Dodds"),
    ("2020-03-23", "Exact", "Family",
     "National lockdown: family visits stopped. Video calls with Mam twice a week.", "LCS",
     "R Dodds"),
    ("2020-07-06", "Exact", "Allocation",
     "Case transferred to Imran Qureshi (SW).", "LCS", "K Liddle"),
    ("2020-09-18", "Exact", "Legal",
     "Care Order made (s31) at the Family Court at Newcastle. Children's Guardian: Fiona "
     "Lambton (Cafcass).", "Legal", "I Qureshi"),
    ("2021-02-09", "Exact", "Review",
     "LAC review: placement endorsed; Talking Mats used for Liam's views.", "IRO",
     "M Thirlwell"),
    ("2021-03-19", "Exact", "Health",
     "SLT report (Hannah Brownlee): communication passport updated.", "Birkshaw Hall",
     "I Qureshi"),
    ("2021-04-12", "Exact", "Information governance",
     "Birkshaw Hall's March seizure return included another pupil's record (RIDLEY, Tyler, "
     f"DOB 02/07/2006, NHS {TYLER_NHS}). Returned to the school; DPO informed.",
     "Birkshaw Hall", "I Qureshi"),
    ("2021-06-01", "Month", "Achievement",
     "Swam 25 metres on his own for the first time.", "Birkshaw Hall", "I Qureshi"),
    ("2021-12-05", "Exact", "Family",
     "Liam's grandad died: Grandad Ken (Kenneth Elliott), aged 70.", "Family", "I Qureshi"),
    ("2021-12-16", "Exact", "Family",
     "Liam went to Grandad Ken's funeral in Whickham with Kirsty and sang the Blaydon Races "
     "with the family at the end.", "Birkshaw Hall", "I Qureshi"),
    ("2022-04-23", "Exact", "Achievement",
     "16th birthday: a steam train ride at Tanfield with Mam, Chloe and Alfie.",
     "Birkshaw Hall", "I Qureshi"),
    ("2022-12-14", "Exact", "Achievement",
     "Sang and signed with the Birkshaw Hall Makaton choir at a Christmas concert in "
     "Hexham.", "Birkshaw Hall", "I Qureshi"),
    ("2023-03-06", "Exact", "Health",
     "Joint transition clinic, paediatric and adult neurology.", "Clinic letter",
     "I Qureshi"),
    ("2023-08-31", "Exact", "Assessment",
     "Mental capacity assessment (residence, care and support) by Femi Adebisi, Adult Social "
     "Care: lacks capacity for these decisions.", "ASC", "N Proud"),
    ("2023-09-14", "Exact", "Meeting",
     "Preparing for Adulthood transition meeting at Birkshaw Hall.", "PfA", "N Proud"),
    ("2024-04-01", "Month", "Family",
     "Chloe's baby, Harper, born: Liam is an uncle.", "Family", "N Proud"),
    ("2024-04-23", "Exact", "Legal",
     "18th birthday. Care Order ended; case closed to children's services and held by "
     "Adult Social Care (Femi Adebisi).", "LCS", "I Qureshi"),
    ("2024-05-13", "Exact", "Accommodation",
     f"Moved into supported living: {SUBJECT_FLAT} (Keelman Support).", "ASC", "N Proud"),
    ("2024-06-10", "Exact", "Legal",
     "Court of Protection application (COPDOL11) made to authorise Liam's deprivation of "
     "liberty at Sycamore Mews.", "Legal", "F Adebisi"),
    ("2024-09-04", "Exact", "Education",
     "Started the Pathways to Independence course at Tyne Gateway College.", "College",
     "F Adebisi"),
    ("2024-10-22", "Exact", "Legal",
     f"Court of Protection order made ({SUBJECT_COP}): deprivation of liberty authorised for "
     "12 months. Gemma Pattinson is his Rule 1.2 representative.", "Legal", "F Adebisi"),
    ("2025-07-11", "Exact", "Achievement",
     "Volunteer of the Month at the Tanfield tea room.", "Keelman Support", "F Adebisi"),
    ("2025-10-14", "Exact", "Legal",
     "Court of Protection review: authorisation renewed for 12 months.", "Legal",
     "F Adebisi"),
    ("2026-11-09", "Exact", "Information request",
     f"Subject access request received ({SAR}), made by Liam with his advocate's help. "
     "Liam: \"Liam story. Mam. Trains.\"", "Information Governance",
     "Information Governance"),
)


def build_chronology(corpus: Corpus) -> None:
    """Write the chronology as the case system exports it (every field quoted, CRLF)."""
    rows = [CHRONOLOGY_HEADER, *CHRONOLOGY]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerows(rows)
    (CASE_DIR / CHRONOLOGY_CSV).write_text(buffer.getvalue(), encoding="utf-8", newline="")
    with (CASE_DIR / CHRONOLOGY_CSV).open(encoding="utf-8", newline="") as handle:
        assert [tuple(row) for row in csv.reader(handle)] == [tuple(r) for r in rows]
    corpus.add(CHRONOLOGY_CSV, *(" ".join(row) for row in rows))
    for row in CHRONOLOGY:
        corpus.note(CHRONOLOGY_CSV, row[0], " ".join(row))


# --------------------------------------------------------------------------------------------
# Keelman Support daily notes (TXT), Sycamore Mews, 2024 to 2025
# --------------------------------------------------------------------------------------------

NOTES_HEADER = (
    "KEELMAN SUPPORT - SUPPORTED LIVING - DAILY NOTES EXPORT",
    f"Service  : Sycamore Mews, Blaydon (4 tenancies, 24h support)   Office: {KEELMAN_PHONE}",
    "Tenant   : HEDLEY, Liam James        Flat 3        DOB 23.04.2006",
    f"NHS No.  : {SUBJECT_NHS}            Local authority ref : ASC-77120",
    "Other tenants: Flat 1 NIXON, Paul | Flat 2 HUTCHINSON, Bradley (14.03.1999) | Flat 4 "
    "void",
    f"COP      : order of 22/10/2024 ({SUBJECT_COP}) - DoL authorised, see care plan s.9",
)


@dataclass(frozen=True)
class DailyNote:
    """One entry of the provider's daily notes."""

    iso: str
    stamp: str
    staff: str
    body: str


DAILY_NOTES: tuple[DailyNote, ...] = (
    DailyNote("2024-05-13", "13/05/2024 08:00-20:00 Day", "Shona R (TL), Dean",
              "MOVE IN DAY. Liam arrived 10:30 with Kirsty and Graham from Birkshaw Hall in "
              "the school minibus, with his boxes (moved last week), Gordon and his Metro "
              "map, which went straight on the wall above the bed. Mam and Chloe came at "
              "12:00 with baby Harper. Liam walked round every room twice, then sat on his "
              "bed and said \"Liam house.\" Kirsty left at 15:00 - he gave her a cuddle and "
              "signed FINISHED, which made everyone cry. Tea: fish fingers and beans. Meds as "
              "MAR. Settled with Thomas DVD."),
    DailyNote("2024-05-14", "13/05/2024 20:00 - 14/05/2024 08:00 Waking night", "Marek",
              "First night. In bed 22:15 after 4 trips to check the front door was locked "
              "(reassured each time). Asleep 23:10. Checks every 30 mins as per plan. No "
              "seizure activity. Up 06:30 singing."),
    DailyNote("2024-05-29", "29/05/2024 06:00-14:00 Early", "Dean, Abi",
              "06:10 TC seizure in bed, still fitting at 5 mins - Buccolam 10mg given by "
              "Dean at 06:15, stopped 06:17. Recovery position, obs. 111 called: no "
              "ambulance needed as seizure stopped and he was recovering. Slept to 10:00. "
              "NB the hospital grab sheet printed from the system for Liam had Bradley's NHS "
              f"number on it (Bradley Hutchinson, Flat 2, NHS {BRADLEY_NHS}, DOB "
              "14/03/1999). Not used as no hospital trip. Corrected and incident reported to "
              "Shona. Mam told at 10:30."),
    DailyNote("2024-06-08", "08/06/2024 Day", "Kelly",
              "Swimming at Blaydon baths 10:00. Liam swam 2 widths then 2 lengths = 50 m. "
              "Shouted \"Howay!\" in the pool and the lifeguard clapped. Sausage roll from "
              "Greggs after (his rule)."),
    DailyNote("2024-07-03", "03/07/2024 Late", "Shona R (TL)",
              f"Mr Hedley (Dad) rang the office from {DAD_MOBILE} asking for Liam's address "
              "and to come for Liam's tea on Sunday. Told him visits are arranged through "
              "Femi (Adult SW) as per the plan and that I couldn't give the address. He said "
              "\"I'll find it anyway, it's my son\" and hung up. Femi and Nadine e-mailed "
              "15:20. Liam not aware."),
    DailyNote("2024-07-19", "19/07/2024 Day", "Dean",
              "Gemma (advocate) visited 14:00-15:00 to explain the Court of Protection "
              "application with her easy-read booklet. Liam looked at the pictures of the "
              "judge and said \"Judge. Train?\" Gemma will tell the court what Liam likes "
              "about living here (his trains, his own kitchen, Blaydon baths) and what he "
              "doesn't (staff checking on him at night). Gemma left a copy for his file."),
    DailyNote("2024-08-24", "24/08/2024 Late", "Kelly, Marek",
              "22:30 complaint from the neighbour at 11 Sycamore Mews, Mr Tony Gibbon, about "
              "music - Blaydon Races on repeat from Liam's speaker with the window open. "
              "Apologised; Liam agreed (with the symbol card) to headphones after 9pm. Mr "
              "Gibbon came back at 22:45 with a bag of Haribo for Liam and said \"he's a "
              "canny lad, it's a canny song\". Tony now waves to Liam from his garden."),
    DailyNote("2024-09-04", "04/09/2024 Day", "Abi",
              "First day at Tyne Gateway College. Took the bus with Abi (2 stops, tapped his "
              "own pass). Came home with a lanyard and wore it to tea. Tutor (Mrs Ferguson) "
              "says he joined in the cooking session and made toast for everyone."),
    DailyNote("2024-10-24", "24/10/2024 Day", "Shona R (TL)",
              f"Court of Protection order arrived by post (made 22/10, case {SUBJECT_COP}): "
              "Liam's care here is authorised for 12 months. Read the easy-read version with "
              "Liam and Gemma. Copy in the office file; Mam told by phone."),
    DailyNote("2024-12-07", "07/12/2024 Day", "Kelly",
              "Trip into Newcastle on the Metro with Mam and Kelly to see Fenwick's window "
              "(the Christmas window). Liam counted every station out loud and shouted "
              "\"Monument!\" when the doors opened. Stood at the window for 20 minutes. "
              "Hot chocolate, then home. Best day, he said: \"Liam happy. Metro. Mam.\""),
    DailyNote("2024-12-25", "25/12/2024", "Dean",
              "Christmas Day at Mam's bungalow (14 Heather Close) 11:00-19:00 with Chloe, "
              "Harper, Alfie and Nana Pat. Dean dropped off and collected. Meds sent with Mam "
              "(signed out). Came home with a Hornby train set from Nana Pat and wearing a "
              "paper hat."),
    DailyNote("2025-04-23", "23/04/2025 Day", "Shona R (TL), Kelly",
              "Liam's 19th birthday. Steam train at Tanfield with Mam, Chloe and Harper, "
              "then the tea room, where the volunteers had made him a train cake. Dad sent a "
              "card via Femi, which Liam put on his windowsill next to Gordon. Bradley and "
              "Paul came for cake in the lounge, and Paul's mam, Mrs Nixon, who was "
              "visiting, sang Happy Birthday with them."),
    DailyNote("2025-07-11", "11/07/2025 Day", "Abi",
              "Liam got Volunteer of the Month at the Tanfield tea room (he clears tables and "
              "rings the bell for the train every Friday). Certificate on the fridge. He "
              "signed PROUD and said \"Liam work.\""),
)


def wrap_note(note: DailyNote) -> list[str]:
    """The lines of one daily note, wrapped at 80 columns as the export does."""
    head = f"{note.stamp}  |  Staff: {note.staff}"
    body = textwrap.wrap(note.body, width=76, initial_indent="    ", subsequent_indent="    ",
                         break_on_hyphens=False)
    return ["-" * 80, head, *body]


def build_notes(corpus: Corpus) -> None:
    """Write the provider's daily notes export (LF line ends, wrapped)."""
    lines = [*NOTES_HEADER, ""]
    for note in DAILY_NOTES:
        note_lines = wrap_note(note)
        lines += note_lines
        corpus.note(NOTES_TXT, note.iso, "\n".join(note_lines))
    lines += ["-" * 80, f"Exported 12/11/2026 for {SAR} by Keelman Support (records "
              f"manager). {len(DAILY_NOTES)} notes selected.", ""]
    text = "\n".join(lines)
    (CASE_DIR / NOTES_TXT).write_text(text, encoding="utf-8", newline="\n")
    corpus.add(NOTES_TXT, text)


# --------------------------------------------------------------------------------------------
# case.toml and ground truth
# --------------------------------------------------------------------------------------------

SUBJECT_ALIASES = ("Liam", "Liam James Hedley", "HEDLEY, Liam")

PEOPLE: tuple[Person, ...] = (
    Person("Michelle Hedley", ("Mrs Hedley", "Shell"), "redact",
           "consent asked on 2026-11-12; no reply yet", relationship="mother"),
    Person("Stephen Hedley", ("Mr Hedley", "Steve"), "redact",
           "not asked: the records concern harm he caused", relationship="father"),
    Person("Chloe Hedley", ("Chloe",), "redact", "consent asked on 2026-11-12; no reply yet",
           relationship="sister"),
    Person("Rachael Dodds", ("Rachael",), "disclose", "acting as his social worker",
           role="social worker"),
    Person("Imran Qureshi", ("Imran",), "disclose", "acting as his social worker",
           role="social worker"),
    Person("Gemma Pattinson", ("Gemma",), "disclose",
           "acting as his independent advocate (commissioned by the council)",
           role="advocate"),
)


def case_toml() -> str:
    """The text of this case's CASE.toml in the DESIGN.md format."""
    lines = ["# Case file for the sixth held-out fictional sample case in this folder (see",
             "# ../README.md). Everyone named here is invented.", "",
             "[subject]", f"name = {toml_str(SUBJECT)}",
             f"aliases = [{', '.join(toml_str(a) for a in SUBJECT_ALIASES)}]",
             'date_of_birth = "2006-04-23"', "",
             "[request]", f"reference = {toml_str(SAR)}", f'received = "{SAR_RECEIVED}"']
    for person in PEOPLE:
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


MAM, DAD, CHLOE, ALFIE, HARPER = ("Michelle Hedley", "Stephen Hedley", "Chloe Hedley",
                                  "Alfie Hedley", "Harper")
PAT, KEN = "Patricia Elliott", "Kenneth Elliott"
SANDRA, MICK = "Sandra Tully", "Mick Tully"
HEPPLE, ROBSON, STOREY = "Doreen Hepple", "Craig Robson", "Angela Storey"
KAYDEN, MOLLIE, REUBEN, TYLER = ("Kayden Armstrong", "Mollie Swinburne", "Reuben Charlton",
                                 "Tyler Ridley")
BRADLEY, PAUL, GIBBON = "Bradley Hutchinson", "Paul Nixon", "Tony Gibbon"
JOSH, MRS_CHARLTON, MRS_NIXON = "Josh", "Mrs Charlton", "Mrs Nixon"

REDACT: tuple[tuple[str, str, str], ...] = (
    # Mother (the family home is treated as the parents' address)
    ("Michelle Hedley", "person", MAM),
    ("Michelle HEDLEY", "person", MAM),
    ("Michelle", "person", MAM),
    ("Mrs Hedley", "person", MAM),
    ("Mrs Hedley's", "person", MAM),
    ("Mrs M. Hedley", "person", MAM),
    ("Mrs M Hedley", "person", MAM),
    ("Shell", "person", MAM),
    ("02/11/1980", "dob", MAM),
    (MAM_MOBILE, "phone", MAM),
    (MAM_EMAIL, "email", MAM),
    (MAM_NI, "ni", MAM),
    ("14 Heather Close", "address", MAM),
    ("NE9 6ZL", "postcode", MAM),
    ("27 Brackenfield Road", "address", MAM),
    ("Brackenfield Road", "address", MAM),
    ("NE9 5ZQ", "postcode", MAM),
    (FAMILY_LANDLINE, "phone", MAM),
    # Father
    ("Stephen Hedley", "person", DAD),
    ("Stephen HEDLEY", "person", DAD),
    ("Mr Hedley", "person", DAD),
    ("Mr Hedley's", "person", DAD),
    ("Mr S. Hedley", "person", DAD),
    ("Mr S Hedley", "person", DAD),
    ("Mr and Mrs Hedley", "person", DAD),
    ("Steve", "person", DAD),
    ("17/06/1977", "dob", DAD),
    (DAD_MOBILE, "phone", DAD),
    ("Flat 4, 12 Sorrel Walk", "address", DAD),
    ("NE38 7ZW", "postcode", DAD),
    (DAD_CAR, "vehicle", DAD),
    ("CR/19/88213", "case_ref", DAD),
    # Sister (a young carer), her baby, brother
    ("Chloe Hedley", "person", CHLOE),
    ("Chloe HEDLEY", "person", CHLOE),
    ("Chloe", "person", CHLOE),
    ("Chloe's", "person", CHLOE),
    ("Miss C. Hedley", "person", CHLOE),
    ("14/02/2003", "dob", CHLOE),
    (CHLOE_MOBILE, "phone", CHLOE),
    (CHLOE_EMAIL, "email", CHLOE),
    ("Harper", "person", HARPER),
    ("Alfie", "person", ALFIE),
    ("Alfie HEDLEY", "person", ALFIE),
    ("Alfie's", "person", ALFIE),
    ("Josh", "person", JOSH),
    ("Josh's", "person", JOSH),
    ("30/08/2011", "dob", ALFIE),
    # Grandparents
    ("Nana Pat", "person", PAT),
    ("Nana Pat's", "person", PAT),
    ("Patricia ELLIOTT", "person", PAT),
    ("Patricia", "person", PAT),
    ("09/05/1954", "dob", PAT),
    ("8 Laburnum Grove", "address", PAT),
    ("NE16 4ZR", "postcode", PAT),
    (ELLIOTT_LANDLINE, "phone", PAT),
    ("Grandad Ken", "person", KEN),
    ("Grandad Ken's", "person", KEN),
    ("Kenneth Elliott", "person", KEN),
    ("Kenneth ELLIOTT", "person", KEN),
    ("21/01/1951", "dob", KEN),
    ("Mr and Mrs Elliott", "person", KEN),
    # Family Link short-breaks carers (unclear role)
    ("Sandra Tully", "person", SANDRA),
    ("Mrs Sandra Tully", "person", SANDRA),
    ("Sandra", "person", SANDRA),
    ("Sandra's", "person", SANDRA),
    ("Auntie Sandra", "person", SANDRA),
    ("Auntie Sandra's", "person", SANDRA),
    ("Mrs Tully", "person", SANDRA),
    ("S. Tully", "person", SANDRA),
    ("Sandra and Mick Tully", "person", SANDRA),
    ("Rowan Cottage, 3 Mill Bank", "address", SANDRA),
    ("NE40 3ZJ", "postcode", SANDRA),
    (TULLY_LANDLINE, "phone", SANDRA),
    (SANDRA_MOBILE, "phone", SANDRA),
    ("Mick", "person", MICK),
    # Neighbour
    ("Mrs Doreen Hepple", "person", HEPPLE),
    ("Mrs Hepple", "person", HEPPLE),
    ("29 Brackenfield Road", "address", HEPPLE),
    # Police officers (unclear role)
    ("PC Craig Robson", "person", ROBSON),
    ("PC Robson", "person", ROBSON),
    ("PC 3147", "person", ROBSON),
    ("DC Angela Storey", "person", STOREY),
    # Other children at the short-breaks unit and the school
    ("Kayden Armstrong", "person", KAYDEN),
    ("Kayden", "person", KAYDEN),
    ("Kayden's", "person", KAYDEN),
    ("05/09/2007", "dob", KAYDEN),
    (KAYDEN_NHS, "nhs", KAYDEN),
    ("Mollie Swinburne", "person", MOLLIE),
    ("Mollie", "person", MOLLIE),
    ("19/01/2009", "dob", MOLLIE),
    (MOLLIE_NHS, "nhs", MOLLIE),
    ("Reuben Charlton", "person", REUBEN),
    ("Reuben", "person", REUBEN),
    ("Reuben's", "person", REUBEN),
    ("Mrs Charlton", "person", MRS_CHARLTON),
    ("Tyler Ridley", "person", TYLER),
    ("RIDLEY, Tyler", "person", TYLER),
    ("Tyler", "person", TYLER),
    ("Tyler's", "person", TYLER),
    ("02/07/2006", "dob", TYLER),
    (TYLER_NHS, "nhs", TYLER),
    # Other tenants and a neighbour at Sycamore Mews
    ("Bradley Hutchinson", "person", BRADLEY),
    ("HUTCHINSON, Bradley", "person", BRADLEY),
    ("Bradley", "person", BRADLEY),
    ("Bradley's", "person", BRADLEY),
    ("14.03.1999", "dob", BRADLEY),
    ("14/03/1999", "dob", BRADLEY),
    (BRADLEY_NHS, "nhs", BRADLEY),
    ("NIXON, Paul", "person", PAUL),
    ("Paul", "person", PAUL),
    ("Paul's", "person", PAUL),
    ("Mrs Nixon", "person", MRS_NIXON),
    ("Mr Tony Gibbon", "person", GIBBON),
    ("Mr Gibbon", "person", GIBBON),
    ("Tony", "person", GIBBON),
    ("11 Sycamore Mews", "address", GIBBON),
)
# Short-breaks carers and police officers: unclear roles.
UNCLEAR_PEOPLE = {SANDRA, MICK, ROBSON, STOREY}

KEEP: tuple[tuple[str, str], ...] = (
    # The subject: every form of his name, and his own identifiers
    (SUBJECT, "subject"),
    ("Liam", "subject"),
    ("Liam's", "subject"),
    (SUBJECT_FULL, "subject"),
    ("Liam James HEDLEY", "subject"),
    ("HEDLEY, Liam James", "subject"),
    ("HEDLEY, Liam", "subject"),
    ("Liam HEDLEY", "subject"),
    ("Mr Liam HEDLEY", "subject"),
    ("LH", "subject"),
    ("our Liam", "subject"),
    (SUBJECT_DOB, "subject"),
    ("23.04.2006", "subject"),
    ("23rd April 2006", "subject"),
    ("23-Apr-2006", "subject"),
    ("23/04/06", "subject"),
    (SUBJECT_ID, "subject"),
    (SUBJECT_NHS, "subject"),
    (SUBJECT_HOSP, "subject"),
    (SUBJECT_NI, "subject"),
    (SUBJECT_EHCP, "subject"),
    (SUBJECT_COURT, "subject"),
    (SUBJECT_COP, "subject"),
    ("ASC-77120", "subject"),
    ("Police log 1187", "subject"),
    (SUBJECT_FLAT, "subject"),
    ("Flat 3", "subject"),
    # Professionals: with and without titles, first names, initials as written
    ("Rachael Dodds", "professional"),
    ("Rachael", "professional"),
    ("R Dodds", "professional"),
    (RACHAEL_EMAIL, "professional"),
    (RACHAEL_PHONE, "professional"),
    (RACHAEL_MOBILE, "professional"),
    ("Imran Qureshi", "professional"),
    ("Imran", "professional"),
    ("I Qureshi", "professional"),
    (IMRAN_PHONE, "professional"),
    ("Karen Liddle", "professional"),
    ("K Liddle", "professional"),
    (KAREN_EMAIL, "professional"),
    ("Malcolm Thirlwell", "professional"),
    ("M Thirlwell", "professional"),
    ("Dr Anjali Bhatt", "professional"),
    ("Dr A. Bhatt", "professional"),
    ("Dr Bhatt", "professional"),
    ("Lorraine Tait", "professional"),
    ("Dr Ruth Ogilvie", "professional"),
    ("Dr R Ogilvie", "professional"),
    ("Dr Ogilvie", "professional"),
    ("Dr Simon Crake", "professional"),
    ("Dr Crake", "professional"),
    ("Dr Fiona Marr", "professional"),
    ("Dr Marr", "professional"),
    ("Hannah Brownlee", "professional"),
    ("Beth Coulson", "professional"),
    ("Priti Shah", "professional"),
    ("Julie Armstrong", "professional"),
    ("J Armstrong", "professional"),
    ("Julie", "professional"),
    (JULIE_EMAIL, "professional"),
    ("Dan Forster", "professional"),
    ("D Forster", "professional"),
    ("Mr Forster", "professional"),
    (DAN_EMAIL, "professional"),
    ("Jackie Dinsdale", "professional"),
    ("Jackie", "professional"),
    ("Bev Lowes", "professional"),
    ("Bev", "professional"),
    ("Mark Bainbridge", "professional"),
    ("M Bainbridge", "professional"),
    ("Denise Hall", "professional"),
    ("Angie Scorer", "professional"),
    ("Angie S", "professional"),
    ("Angie", "professional"),
    ("Marc D", "professional"),
    ("Marc", "professional"),
    ("Carol W", "professional"),
    ("Tash B", "professional"),
    ("Tash", "professional"),
    ("Phil Sowerby", "professional"),
    ("P Sowerby", "professional"),
    ("Leanne Cook", "professional"),
    ("Kirsty Bell", "professional"),
    ("Kirsty", "professional"),
    ("Graham Rutherford", "professional"),
    ("Graham", "professional"),
    ("Miss Eleanor Hume", "professional"),
    ("Miss Hume", "professional"),
    ("Val Percy", "professional"),
    ("Val", "professional"),
    ("Anne Purvis", "professional"),
    ("Becky Short", "professional"),
    ("Fiona Lambton", "professional"),
    ("Gemma Pattinson", "professional"),
    ("Gemma", "professional"),
    (GEMMA_EMAIL, "professional"),
    ("Nadine Proud", "professional"),
    ("Nadine", "professional"),
    ("N Proud", "professional"),
    ("Femi Adebisi", "professional"),
    ("Femi", "professional"),
    ("F Adebisi", "professional"),
    ("Sue Errington", "professional"),
    ("Shona R", "professional"),
    ("Shona", "professional"),
    ("Dean", "professional"),
    ("Kelly", "professional"),
    ("Marek", "professional"),
    ("Abi", "professional"),
    ("Mrs Ferguson", "professional"),
    (SCHOOL_PHONE, "professional"),
    (NEURO_PHONE, "professional"),
    (BEACON_PHONE, "professional"),
    (KEELMAN_PHONE, "professional"),
    ("paedneuro.secs@example.org", "professional"),
    ("therapy@example.org", "professional"),
    # Places, services and organisations (places that look like names among them)
    (COUNCIL, "place"),
    ("Tynebridge Council", "place"),
    ("Gateshead", "place"),
    ("Low Fell", "place"),
    ("Whickham", "place"),
    ("Blaydon", "place"),
    ("Ryton", "place"),
    ("Washington", "place"),
    ("Morpeth", "place"),
    ("Newcastle", "place"),
    ("Hexham", "place"),
    ("Tanfield", "place"),
    ("Heworth", "place"),
    ("South Shields", "place"),
    ("South Hylton", "place"),
    ("Monument", "place"),
    ("Gateshead Stadium", "place"),
    ("Heathercroft School", "place"),
    ("Beacon View Short Breaks Unit", "place"),
    ("Beacon View", "place"),
    ("Saltwell Chase", "place"),
    ("Birkshaw Hall School", "place"),
    ("Birkshaw Hall", "place"),
    ("Curlew House", "place"),
    ("Kingfisher class", "place"),
    ("Tyneside Children's Hospital", "place"),
    ("Coldwell Lane Surgery", "place"),
    ("Coldwell Lane", "place"),
    ("NE9 6ZA", "place"),
    ("Queen's Road, Newcastle upon Tyne NE1 4ZX", "place"),
    ("Keelman Support", "place"),
    ("Sycamore Mews", "place"),
    ("Tyne Gateway College", "place"),
    ("North Star Advocacy", "place"),
    ("Riverside Family Centre", "place"),
    ("Tynebridge Young Carers", "place"),
    ("Northumbria Police", "place"),
    ("Family Court at Newcastle", "place"),
    ("Court of Protection", "place"),
    ("Greggs", "place"),
    ("Fenwick's window", "place"),
    ("East Coast Main Line", "place"),
    ("Cafcass", "place"),
    ("Swim England", "place"),
    # Ordinary content: his trains, songs and words, medicines, law and jargon
    ("Gordon", "content"),
    ("Bruno", "content"),
    ("Thomas the Tank Engine", "content"),
    ("Blaydon Races", "content"),
    ("Happy", "content"),
    ("Jingle Bells", "content"),
    ("Howay", "content"),
    ("canny", "content"),
    ("Makaton", "content"),
    ("Widgit", "content"),
    ("Talking Mats", "content"),
    ("communication passport", "content"),
    ("now and next board", "content"),
    ("PROUD", "content"),
    ("Pop card", "content"),
    ("Hornby", "content"),
    ("Haribo", "content"),
    ("CPOMS", "content"),
    ("Epilim Chrono", "content"),
    ("Keppra", "content"),
    ("Buccolam", "content"),
    ("levetiracetam", "content"),
    ("sodium valproate", "content"),
    ("clobazam", "content"),
    ("melatonin", "content"),
    ("EHCP", "content"),
    ("Preparing for Adulthood", "content"),
    ("Care Order", "content"),
    ("s20", "content"),
    ("s47 enquiry", "content"),
    ("COPDOL11", "content"),
    ("Cheshire West", "content"),
    ("DoLS", "content"),
    ("Rule 1.2 representative", "content"),
    ("Mental Capacity Act", "content"),
    ("Continuing Healthcare", "content"),
    ("Caring Dads programme", "content"),
    ("Family Link", "content"),
    ("IRO", "content"),
    ("SENCO", "content"),
    ("LAC Nurse", "content"),
    # Relationships, which stay
    ("Mam", "relationship"),
    ("Dad", "relationship"),
    ("Nana", "relationship"),
    ("his mam", "relationship"),
    ("her mam's", "relationship"),
    ("Maternal grandmother", "relationship"),
    # Dates as written
    ("Thursday 14th September 2023", "date"),
    ("Tuesday 9 February 2021", "date"),
    ("Fri 12/10/2018", "date"),
    ("Fri 11/10/2019", "date"),
    ("Tue 24/12/2019", "date"),
    ("14 October 2019 16:22", "date"),
    ("20th September", "date"),
    ("23/04/2024", "date"),
    ("22/10/2024", "date"),
)

# (ISO date, precision, category, phrase the record contains, document)
EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("2006-04-23", "day", "family", "Liam born in Gateshead", CHRONOLOGY_CSV),
    ("2008-05-01", "month", "health", "Health visitor concerns at the 2-year review",
     CHRONOLOGY_CSV),
    ("2009-05-01", "month", "health", "Diagnosis of autism (ASD)", CHRONOLOGY_CSV),
    ("2010-09-06", "day", "education", "Started in the nursery class at Heathercroft School",
     CHRONOLOGY_CSV),
    ("2010-11-14", "day", "health", "First tonic-clonic seizure at home", CHRONOLOGY_CSV),
    ("2011-03-01", "month", "health", "Epilepsy diagnosed", CHRONOLOGY_CSV),
    ("2011-08-01", "month", "family", "Liam's little brother", CHRONOLOGY_CSV),
    ("2014-06-10", "day", "meeting", "Child and family assessment completed",
     CHRONOLOGY_CSV),
    ("2015-06-01", "month", "placement", "Short breaks started at Beacon View",
     CHRONOLOGY_CSV),
    ("2016-01-01", "month", "family", "Mam diagnosed with relapsing-remitting multiple "
     "sclerosis", CHRONOLOGY_CSV),
    ("2016-09-16", "day", "placement", "Family Link short breaks started", CHRONOLOGY_CSV),
    ("2017-03-22", "day", "health", "Add levetiracetam", NEURO_PDF),
    ("2017-03-22", "day", "voice", "Next station Gateshead Stadium", NEURO_PDF),
    ("2017-05-01", "month", "family", "referred to Tynebridge Young Carers", CHRONOLOGY_CSV),
    ("2018-02-08", "day", "meeting", "Child in need review at home", CHRONOLOGY_CSV),
    ("2018-07-01", "month", "achievement", "10 metres swimming badge", CHRONOLOGY_CSV),
    ("2018-10-12", "day", "achievement", "Floated on his back for the first time",
     BEACON_PDF),
    ("2019-02-15", "day", "concern", "Bruise noted to L forearm", BEACON_PDF),
    ("2019-02-15", "day", "health", "Buccolam 10mg buccal at 03:57", BEACON_PDF),
    ("2019-06-21", "day", "voice", "more sausage", BEACON_PDF),
    ("2019-07-12", "day", "meeting", "amended following the annual review of 12/07/2019",
     EHCP_PDF),
    ("2019-08-02", "day", "voice", "I want to drive a train", EHCP_PDF),
    ("2019-09-20", "day", "achievement", "travel training certificate", EMAIL_EML),
    ("2019-09-27", "day", "concern", "like fingers", EMAIL_EML),
    ("2019-10-08", "day", "family", "Mam has been in hospital since 8th October", EMAIL_EML),
    ("2019-10-11", "day", "concern", "Police called to the family home", CHRONOLOGY_CSV),
    ("2019-10-11", "day", "placement", "EMERGENCY ADMISSION", BEACON_PDF),
    ("2019-10-12", "day", "health", "Child protection medical", CHRONOLOGY_CSV),
    ("2019-10-14", "day", "meeting", "The strategy meeting today agreed a s47 enquiry",
     EMAIL_EML),
    ("2019-10-15", "day", "placement", "Accommodated under s20", CHRONOLOGY_CSV),
    ("2019-11-05", "day", "meeting", "First LAC review", CHRONOLOGY_CSV),
    ("2019-12-04", "day", "health", "nine tonic-clonic seizures in seven weeks", NEURO_PDF),
    ("2019-12-24", "day", "family", "held her hand for 20 mins", BEACON_PDF),
    ("2020-01-06", "day", "placement", "Moved from Beacon View to Birkshaw Hall School",
     CHRONOLOGY_CSV),
    ("2020-02-20", "day", "meeting", "Care proceedings issued", CHRONOLOGY_CSV),
    ("2020-03-23", "day", "family", "Video calls with Mam twice a week", CHRONOLOGY_CSV),
    ("2020-09-18", "day", "meeting", "Care Order (s31 Children Act 1989) made 18/09/2020",
     LAC_DOCX),
    ("2021-02-09", "day", "meeting", "Record of Looked After Child Review", LAC_DOCX),
    ("2021-02-09", "day", "voice", "Mam house. Liam go.", LAC_DOCX),
    ("2021-03-19", "day", "voice", "more swim please", SALT_PDF),
    ("2021-06-01", "month", "achievement", "Swam 25 metres on his own", CHRONOLOGY_CSV),
    ("2021-07-15", "day", "health", "the best controlled they have been", NEURO_PDF),
    ("2021-12-05", "day", "family", "Liam's grandad died", CHRONOLOGY_CSV),
    ("2021-12-16", "day", "family", "sang the Blaydon Races with the family",
     CHRONOLOGY_CSV),
    ("2022-04-23", "day", "achievement", "a steam train ride at Tanfield", CHRONOLOGY_CSV),
    ("2022-12-14", "day", "achievement", "Makaton choir at a Christmas concert",
     CHRONOLOGY_CSV),
    ("2023-03-06", "day", "health", "Joint transition clinic", NEURO_PDF),
    ("2023-08-31", "day", "meeting", "Femi completed a capacity assessment on 31/08/2023",
     PFA_PDF),
    ("2023-09-14", "day", "meeting", "Preparing for Adulthood transition meeting",
     CHRONOLOGY_CSV),
    ("2023-09-14", "day", "voice", "Liam house. Trains there.", PFA_PDF),
    ("2024-04-01", "month", "family", "Liam is an uncle", CHRONOLOGY_CSV),
    ("2024-05-13", "day", "placement", "MOVE IN DAY", NOTES_TXT),
    ("2024-06-10", "day", "meeting", "Court of Protection application", CHRONOLOGY_CSV),
    ("2024-06-08", "day", "achievement", "swam 2 widths then 2 lengths", NOTES_TXT),
    ("2024-09-04", "day", "education", "First day at Tyne Gateway College", NOTES_TXT),
    ("2024-10-22", "day", "meeting", "Court of Protection order made", CHRONOLOGY_CSV),
    ("2024-12-07", "day", "voice", "Liam happy. Metro. Mam.", NOTES_TXT),
    ("2025-07-11", "day", "achievement", "Liam got Volunteer of the Month", NOTES_TXT),
    ("2025-10-14", "day", "meeting", "authorisation renewed", CHRONOLOGY_CSV),
    ("2026-11-09", "day", "voice", "Liam story. Mam. Trains.", CHRONOLOGY_CSV),
)

# Documents whose events are checked against the record of that date, not the whole file.
DATED_RECORDS = {NEURO_PDF, BEACON_PDF, CHRONOLOGY_CSV, NOTES_TXT}


def ground_truth() -> dict:
    """The ground truth in the format of the other cases' ground truth files."""
    items = []
    for text, kind, person in REDACT:
        item = {"text": text, "kind": kind, "person": person}
        if person in UNCLEAR_PEOPLE:
            item["note"] = UNCLEAR
        items.append(item)
    return {
        "case": f"{HERE.name}/{CASE_DIR.name}",
        "subject": SUBJECT,
        "redact": items,
        "keep": [{"text": text, "kind": kind} for text, kind in KEEP],
        "events": [
            {"date": date, "date_precision": precision, "category": category,
             "contains": contains, "document": document}
            for date, precision, category, contains, document in EVENTS
        ],
    }


# --------------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------------


def mod11_check_digit(digits: str) -> int | None:
    """The NHS mod-11 check digit of nine digits (None when none is valid)."""
    total = sum(int(d) * w for d, w in zip(digits, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return None if check == 10 else check % 11


PHONE_RANGES = (r"07700 900\d{3}", r"0191 498 0\d{3}")
EMAIL_DOMAINS = re.compile(r"@(example\.com|example\.org|[a-z]+\.example\.gov\.uk)$")
CATEGORIES = {"placement", "education", "health", "family", "achievement", "voice", "meeting",
              "concern"}


def check(truth: dict, corpus: Corpus) -> None:
    """Stop with every disagreement between the ground truth and the text written."""
    problems: list[str] = []

    def expect(ok: object, message: str) -> None:
        if not ok:
            problems.append(message)

    everything = corpus.all_text()
    lower = everything.lower()
    redacts = [normalise(item["text"]) for item in truth["redact"]]
    expect(len(set(redacts)) == len(redacts), "a redact string is listed twice")
    for text in redacts:
        expect(text in everything, f"redact string not in any source: {text!r}")
        for match in re.finditer(re.escape(text.lower()), lower):
            before = lower[match.start() - 1] if match.start() else " "
            after = lower[match.end()] if match.end() < len(lower) else " "
            expect(not (before.isalnum() or after.isalnum()), (
                f"redact string {text!r} occurs inside a longer word: "
                f"{everything[max(0, match.start() - 20) : match.end() + 20]!r}"))
    masked = everything
    for text in sorted(redacts, key=len, reverse=True):
        masked = re.sub(re.escape(text), "\u2588", masked, flags=re.IGNORECASE)
    keeps = [normalise(item["text"]) for item in truth["keep"]]
    expect(len(set(keeps)) == len(keeps), "a keep string is listed twice")
    for keep in keeps:
        expect(keep in masked, f"keep string not present outside redactions: {keep!r}")
        clash = [r for r in redacts if r.lower() in keep.lower()]
        expect(not clash, f"keep string {keep!r} contains redact strings {clash}")
    for event in truth["events"]:
        doc, phrase = event["document"], event["contains"]
        expect(event["category"] in CATEGORIES, f"unknown category: {event}")
        expect(event["date_precision"] in {"day", "month", "year"}, f"bad precision: {event}")
        dt.date.fromisoformat(event["date"])
        if event["date_precision"] != "day":
            expect(event["date"].endswith("-01"), f"imprecise date not on the 1st: {event}")
        if doc in DATED_RECORDS:
            text = corpus.notes.get((doc, event["date"]), "")
        else:
            text = corpus.text(doc)
        expect(phrase in text, f"event {event['date']}: {phrase!r} not in {doc}")
        expect(not any(re.search(rf"(?<!\w){re.escape(r)}(?!\w)", phrase, re.IGNORECASE)
                       for r in redacts), f"event phrase {phrase!r} holds redacted text")
    counts = {key: len(truth[key]) for key in ("redact", "keep", "events")}
    expect(40 <= counts["events"] <= 70 and counts["redact"] >= 100 and counts["keep"] >= 150,
           f"too few items: {counts}")
    # NHS numbers: 999 and a valid mod-11 check digit.
    for nhs in re.findall(r"(?<![\d-])\d{3} \d{3} \d{4}(?![\d-])", everything):
        digits = nhs.replace(" ", "")
        expect(digits.startswith("999"), f"NHS number outside the 999 range: {nhs}")
        expect(mod11_check_digit(digits[:9]) == int(digits[9]), f"NHS checksum fails: {nhs}")
    nhs_numbers = {SUBJECT_NHS, KAYDEN_NHS, MOLLIE_NHS, TYLER_NHS, BRADLEY_NHS}
    expect(nhs_numbers <= set(re.findall(r"999 \d{3} \d{4}", everything)),
           "an NHS number is missing from the records")
    # Phones: drama ranges only (+44 ones too); e-mail domains reserved; NI numbers QQ.
    for number in re.findall(r"(?<![\w/+.-])0\d{2,4} ?\d{3,4} ?\d{3,4}(?![\w/-])",
                             everything):
        expect(any(re.fullmatch(p, number) for p in PHONE_RANGES),
               f"not a drama number: {number}")
    for number in re.findall(r"\+44 \d{2,4} \d{3,6}(?: \d{4})?\b", everything):
        national = "0" + number[4:]
        expect(any(re.fullmatch(p, national) for p in PHONE_RANGES), f"not drama: {number}")
    for address in re.findall(r"[\w.+-]+@[\w.-]+\w", everything):
        expect(EMAIL_DOMAINS.search(address), f"not a reserved e-mail domain: {address}")
    for ni in re.findall(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", everything):
        expect(ni.startswith("QQ"), f"NI number could be real: {ni}")
    expect({SUBJECT_NI, MAM_NI} <= set(re.findall(r"QQ \d\d \d\d \d\d [A-D]", everything)),
           "an NI number is missing from the records")
    # case.toml: every person the officer knows is named in the records and decided as truth.
    for person in PEOPLE:
        for name in (person.name, *person.aliases):
            expect(name in everything, f"case.toml name not in the records: {name!r}")
            wanted = redacts if person.decision == "redact" else keeps
            expect(name in wanted, f"case.toml {name!r} ({person.decision}) not in the truth")
    for alias in (SUBJECT, *SUBJECT_ALIASES):
        expect(alias in keeps, f"subject name {alias!r} not kept")
    # Every unclear-role person is flagged on every one of their items, and nobody else is.
    for item in truth["redact"]:
        expect(("note" in item) == (item["person"] in UNCLEAR_PEOPLE),
               f"unclear-role note wrong: {item}")
    expect({item["person"] for item in truth["redact"] if "note" in item} == UNCLEAR_PEOPLE,
           "an unclear-role person has no items")
    if problems:
        raise SystemExit("ground truth check failed:\n  " + "\n  ".join(problems))


def check_pdfs(pages: dict[str, int]) -> None:
    """Every PDF has a text layer on every page and the page count reportlab reported."""
    for name, count in pages.items():
        reader = PdfReader(CASE_DIR / name)
        assert len(reader.pages) == count, f"{name}: {len(reader.pages)} pages, not {count}"
        for number, page in enumerate(reader.pages, start=1):
            assert len(page.extract_text() or "") > 400, f"{name} page {number} is nearly empty"


def check_layout() -> None:
    """Names and numbers that wrap where they fall, asserted so that an edit which moves them
    is noticed: in the overnight log "Kayden" / "Armstrong" (page 1) and the stay of
    15/02/2019 running across the page break from page 1 to page 2; "Stephen" / "Hedley" in
    the EHCP's details table; "Mrs" / "Hedley" in the first clinic letter; "Mr" / "Hedley" in
    the PfA minute (page 2); in the daily notes "Nana" / "Pat" and Bradley's NHS number
    ("999 030" / "8241"); in the e-mail, soft line breaks of the quoted-printable body inside
    "DC Angela Storey" ("DC An=" / "gela") and "8 Laburnum Grove", so only the decoded body
    reads as written. If an edit moves any of them, change the text above until it is back."""
    def page_text(name: str, number: int) -> str:
        return PdfReader(CASE_DIR / name).pages[number - 1].extract_text()

    def wraps(text: str, first: str, second: str) -> bool:
        return re.search(re.escape(first) + r" ?\n" + re.escape(second), text) is not None

    log1, log2 = page_text(BEACON_PDF, 1), page_text(BEACON_PDF, 2)
    assert wraps(log1, "Kayden", "Armstrong"), "'Kayden Armstrong' no longer wraps in the log"
    assert "STAY: Fri 15/02/2019" in log1 and "Collected by Nana Pat" in log2, (
        "the stay of 15/02/2019 no longer runs across the page break of the log")
    assert wraps(page_text(EHCP_PDF, 1), "Stephen", "Hedley"), "'Stephen Hedley' moved"
    assert wraps(page_text(NEURO_PDF, 1), "Mrs", "Hedley"), "'Mrs Hedley' moved (letter 1)"
    assert wraps(page_text(PFA_PDF, 2), "Mr", "Hedley"), "'Mr Hedley' moved (PfA page 2)"
    notes = (CASE_DIR / NOTES_TXT).read_text(encoding="utf-8")
    assert re.search(r"Nana\n +Pat", notes), "'Nana Pat' no longer wraps in the daily notes"
    assert re.search(r"999 030\n +8241", notes), "Bradley's NHS number no longer wraps"
    raw = (CASE_DIR / EMAIL_EML).read_bytes().replace(b"\r\n", b"\n")
    assert b"DC An=\ngela Storey" in raw, "the soft break in 'DC Angela Storey' moved"
    assert b"8 Laburnum=\n Grove" in raw, "the soft break in '8 Laburnum Grove' moved"


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

IGNORE_CASE_TOML = """# The case file sits beside the records but is not one of them.
case.toml
"""


def main() -> None:
    """Regenerate the held-out case folder and its ground truth, and check them."""
    CASE_DIR.mkdir(parents=True, exist_ok=True)
    corpus = Corpus()
    pages = {EHCP_PDF: build_ehcp(corpus), NEURO_PDF: build_neuro(corpus),
             SALT_PDF: build_salt(corpus), BEACON_PDF: build_beacon(corpus),
             PFA_PDF: build_pfa(corpus)}
    build_lac(corpus)
    build_email(corpus)
    build_chronology(corpus)
    build_notes(corpus)
    (CASE_DIR / "case.toml").write_text(case_toml(), encoding="utf-8")
    (CASE_DIR / ".lifestoryignore").write_text(IGNORE_CASE_TOML, encoding="utf-8")
    truth = ground_truth()
    check(truth, corpus)
    check_pdfs(pages)
    check_layout()
    expected = {EHCP_PDF: (3, 4), NEURO_PDF: (4, 4), SALT_PDF: (3, 3), BEACON_PDF: (3, 4),
                PFA_PDF: (3, 3)}
    for name, (low, high) in expected.items():
        assert low <= pages[name] <= high, f"{name} has {pages[name]} pages"
    TRUTH.parent.mkdir(parents=True, exist_ok=True)
    TRUTH.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{CASE_DIR.relative_to(SAMPLES)}/")
    for name in sorted(p.name for p in CASE_DIR.iterdir()):
        size = (CASE_DIR / name).stat().st_size
        extra = f", {pages[name]} page(s)" if name in pages else ""
        print(f"  {name}: {size / 1024:.0f} KB{extra}")
    print(f"  ground truth: {len(truth['redact'])} redact, {len(truth['keep'])} keep, "
          f"{len(truth['events'])} events -> {TRUTH.relative_to(SAMPLES)}")


if __name__ == "__main__":
    main()
