"""Build the second held-out fictional sample case for lifestory: Demi-Leigh Whitcombe.

Everything written here is invented: the council, the schools, the children's home, the
people, the addresses, the numbers. Phone numbers come only from Ofcom's drama ranges, e-mail
addresses only from reserved example domains, NHS numbers start with 999 (never issued) and
National Insurance numbers with QQ (never allocated). Run from the repository root:

    .venv/bin/python sample_records/held-out/build_demi_leigh_whitcombe.py

The case is the file of a young woman from an English metropolitan borough in the Black
Country who was born Demi-Leigh Hackett, was adopted at four as Demi Whitcombe, came back into
care at twelve when the adoption broke down, and left care at eighteen as Demi-Leigh
Whitcombe. It is written as the people who wrote her records would have written them: a health
visitor's letter to a GP, the minutes of an initial child protection conference about her and
her two siblings (2008), a strategy meeting record, a Looked After Review record, family-time
(contact) recording sheets laid out as tables, a Year 10 school report, a pathway plan in Word
with her own words, an e-mail chain forwarded with quoted replies and a typed-up letterbox letter
attached, a chronology export (CSV, dd.mm.yy dates) and a leaving-care case-notes export (TXT,
"Author:" lines).

It was written without looking at the redaction rules, the detectors or the benchmark: it is a
held-out test of them. The script is deterministic (reportlab ``invariant=1``, fixed DOCX zip
timestamps and core properties, fixed e-mail date, Message-ID and boundary). It rewrites
``case-demi-leigh-whitcombe/`` and ``../ground_truth/held-out-demi-leigh-whitcombe.json``, then
checks that the ground truth agrees with the text it wrote. It imports nothing from the other
build scripts; the few helpers it needs are repeated below.
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
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
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
SLUG = "demi-leigh-whitcombe"
CASE_DIR = HERE / f"case-{SLUG}"
TRUTH = SAMPLES / "ground_truth" / f"held-out-{SLUG}.json"

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
UNCLEAR = "unclear role: redacted by default and flagged for a human decision"

COUNCIL = "Greyholme Metropolitan Borough Council"
COUNCIL_SHORT = "Greyholme MBC"
SUBJECT = "Demi-Leigh Whitcombe"  # her name since the deed poll of August 2024
BIRTH_NAME = "Demi-Leigh Hackett"
ADOPTED_NAME = "Demi Whitcombe"
SUBJECT_DOB = "03/08/2006"
SUBJECT_ID_BIRTH = "1067342"  # her child record before adoption
SUBJECT_ID = "2093318"  # her record since she came back into care in 2019
SUBJECT_NHS_BIRTH = "999 452 1179"  # her NHS number at birth
SUBJECT_NHS = "999 706 2833"  # the new NHS number issued on her adoption
SUBJECT_NI = "QQ 73 58 21 A"
SUBJECT_PHONE = "07700 900562"
SUBJECT_EMAIL = "demileigh.w06@example.com"
SUBJECT_FLAT = "Flat 7, Chancery Point, 12 Wharf Lane, Walsall WS2 8ZF"
FOXGLOVE = "Room 6, Foxglove Court, 40 Kemble Street, Walsall WS2 9QJ"
SAR = "GMBC-SAR-2026-1047"
SAR_RECEIVED = "2026-10-19"

DESTINY_NHS = "999 127 5401"
RILEY_NHS = "999 864 0318"
KERRY_NI = "QQ 41 27 95 B"

HEALTH_PDF = "health-correspondence-2007-2020.pdf"
ICPC_PDF = "icpc-minutes-2008-05-21.pdf"
STRATEGY_PDF = "strategy-meeting-2019-06-28.pdf"
REVIEW_PDF = "cla-review-2020-02-12.pdf"
FAMILY_TIME_PDF = "family-time-records-2020-2022.pdf"
SCHOOL_PDF = "school-report-2021.pdf"
PATHWAY_DOCX = "pathway-plan-2023-09-14.docx"
EMAIL_EML = "email-2022-03-04.eml"
LETTERBOX_TXT = "letterbox-letter-feb-2022.txt"  # the e-mail's attachment
CHRONOLOGY_CSV = "chronology-export.csv"
NOTES_TXT = "leaving-care-case-notes-2024-2026.txt"


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
    # (document, ISO date) -> the text of that dated record (family-time sheet, case note, row)
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
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceAfter=5)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=7,
                    spaceAfter=3, keepWithNext=1)
LETTER = ParagraphStyle("letter", parent=BODY, fontName="Times-Roman", fontSize=11, leading=14,
                        spaceAfter=7)
LETTER_RIGHT = ParagraphStyle("letter_right", parent=LETTER, alignment=2, spaceAfter=0)
LETTER_TIGHT = ParagraphStyle("letter_tight", parent=LETTER, spaceAfter=0)
LETTER_BOLD = ParagraphStyle("letter_bold", parent=LETTER, fontName="Times-Bold")

GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6b6b6b")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e2e2e2")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
])

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


def grid_table(rows: Iterable[Iterable[str]], widths: list[float]) -> Table:
    """A wrapped-text table with a grid and a bold header row."""
    cells = [[para(cell, SMALL_BOLD if r == 0 else SMALL) for cell in row]
             for r, row in enumerate(rows)]
    result = Table(cells, colWidths=widths, repeatRows=1)
    result.setStyle(GRID)
    return result


def form_table(pairs: Iterable[tuple[str, str]], width: float, label_w: float = 30 * mm) -> Table:
    """A form's label/value block, one pair to a row, label cells shaded."""
    rows = [[para(label, SMALL_BOLD), para(value, SMALL)] for label, value in pairs]
    table = Table(rows, colWidths=[label_w, width - label_w])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6b6b6b")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def pair_table(pairs: list[tuple[str, str]], width: float) -> Table:
    """A form's label/value block laid out two pairs to a row (label cells shaded)."""
    rows = []
    for i in range(0, len(pairs), 2):
        row: list = []
        for label, value in pairs[i:i + 2]:
            row += [para(label, SMALL_BOLD), para(value, SMALL)]
        while len(row) < 4:
            row.append("")
        rows.append(row)
    label_w, value_w = 25 * mm, width / 2 - 25 * mm
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6b6b6b")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
        ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def rows_text(rows: Iterable[Iterable[str]]) -> str:
    """The text of a table, row by row, for the corpus."""
    return "\n".join(" ".join(row) for row in rows)


def build_platypus(target: Path, furniture: Furniture, story: list, title: str, author: str,
                   top: float = 24 * mm, creator: str = "Mosaic Document Export 6.2") -> int:
    """Build a platypus document with the given page furniture; returns its page count."""
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=MARGIN_X,
                            rightMargin=MARGIN_X, topMargin=top, bottomMargin=20 * mm,
                            invariant=1, title=title, author=author, subject=SAR,
                            creator=creator)
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    return doc.page


def export_furniture(title: str) -> tuple[Furniture, Callable[[int, int], str]]:
    """Page furniture of the council's SAR export, and its text for the corpus."""

    def draw(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(MARGIN_X, PAGE_H - 11 * mm, f"{COUNCIL} - Children's Services")
        canvas.setFont("Helvetica", 8)
        canvas.drawString(MARGIN_X, PAGE_H - 15 * mm, title)
        canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 11 * mm, "OFFICIAL-SENSITIVE")
        canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 15 * mm, f"Person ID {SUBJECT_ID}")
        canvas.setStrokeColor(colors.HexColor("#5a3e7a"))
        canvas.line(MARGIN_X, PAGE_H - 17.5 * mm, PAGE_W - MARGIN_X, PAGE_H - 17.5 * mm)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(MARGIN_X, 10 * mm, f"Printed 03/11/2026 for {SAR}")
        canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
        canvas.restoreState()

    def text(page: int, total: int) -> str:
        return (f"{COUNCIL} - Children's Services {title} OFFICIAL-SENSITIVE Person ID "
                f"{SUBJECT_ID} Printed 03/11/2026 for {SAR} Page {page} of {total}")

    return draw, text


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


def smart(text: str) -> str:
    """Word's AutoFormat: straight apostrophes and quotes become curly ones."""
    text = re.sub(r"(?<=\w)'", "\u2019", text)  # don't, Kerry's, carers'
    text = re.sub(r"(?<![^\s(\[])'", "\u2018", text)  # an opening quote
    text = text.replace("'", "\u2019")
    text = re.sub(r'(?<![^\s(\[])"', "\u201c", text)
    return text.replace('"', "\u201d")


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
# Health correspondence on file (PDF): health visitor 2007, LAC nurse 2019, CAMHS 2020
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Letter:
    """One letter: letterhead lines, the lines above the body, paragraphs, a table, sign-off."""

    letterhead: tuple[str, ...]
    top: tuple[str, ...]
    paragraphs: tuple[str, ...]
    table: tuple[tuple[str, ...], ...] = ()
    after: tuple[str, ...] = ()
    signoff: tuple[str, ...] = ()


HEALTH_LETTERS: tuple[Letter, ...] = (
    Letter(
        ("Greyholme Community Health Services", "Health Visiting Team - Darlaston",
         "Darlaston Health Centre, Sallow Lane, Darlaston WS10 8YE   Tel 0121 496 0433"),
        ("Our ref: JW/HV/0912", "12th September 2007", "",
         "Dr M. Iqbal", "Tollgate Surgery", "Wednesbury"),
        (
            "Dear Dr Iqbal",
            "Re: Demi-Leigh HACKETT, DOB 03.08.2006, NHS No. 999 452 1179, 14 Tansey Close, "
            "Darlaston WS10 8QZ",
            "I am writing to let you know about my concerns for Demi-Leigh, whom I saw at home "
            "on Monday 10 September for her one-year developmental review. Her mother had not "
            "brought her to the two clinic appointments offered on 25 July and 15 August.",
            "Demi-Leigh is a smiley, sociable little girl. She babbles a lot ('mama', and "
            "'Dee-Dee' for her big sister), waves bye-bye, claps, and pulls herself up on the "
            "furniture to cruise. She took a real interest in my scales. She carries everywhere "
            "a knitted pink rabbit that her grandmother made for her, which the family call "
            "Mabel.",
            "However, her weight has fallen from the 50th centile at her 8-week check to just "
            "below the 9th centile today (7.9 kg); her length is on the 50th. There was nappy "
            "rash to the groin, and she was in a vest and a soaked nappy although the house was "
            "cold. I was told that she 'only likes yoghurts and crisps' and she is still having "
            "sweet tea in her bottle.",
            "Her mother, Kerry Hackett (19), was tired and tearful. Her EPDS score today was 16. "
            "She told me she has 'not slept properly since Craig moved in' and that 'he doesn't "
            "like the baby crying'. Ms Hackett's own mother, Mrs Dawn Hackett, helps with the "
            "children when she can. Destiny, who is 4, should have started in Reception last "
            "week but was at home; Kerry said she had 'a bad belly'.",
            "There was very little food in the kitchen and the gas meter was on emergency "
            "credit. I gave Kerry a food bank voucher and helped her fill in a Healthy Start "
            "application.",
        ),
        (
            ("Plan", "Who"),
            ("Weekly weighing at Darlaston clinic on Tuesdays (home visit if she is not "
             "brought)", "HV"),
            ("Referral to the paediatric dietitian (sent today)", "HV"),
            ("Kerry has agreed to see you about her low mood; she would prefer a female GP",
             "Mother / GP"),
            ("Discussed with our Named Nurse for safeguarding; CAF to be started with Kerry's "
             "agreement", "HV"),
        ),
        (
            "Could you please review Demi-Leigh's weight in four weeks and consider a referral "
            "to the paediatrician if there is no improvement?",
        ),
        ("Yours sincerely", "", "Jan Whitehouse", "RGN, SCPHN (Health Visitor)",
         "Direct line 0121 496 0433", "",
         "cc: Named Nurse for Safeguarding Children; Ms K. Hackett (parent)"),
    ),
    Letter(
        ("Greyholme Community Health Services",
         "Looked After Children's Health Team, Bentley House, Walsall",
         "Tel 0121 496 0461"),
        ("2 September 2019", "", "Tom Beardmore, Social Worker",
         "Children in Care Team 2, Greyholme MBC"),
        (
            "INITIAL HEALTH ASSESSMENT - SUMMARY AND HEALTH PLAN",
            "Name: Demi WHITCOMBE (prefers Demi-Leigh). DOB 03/08/2006, age 13. NHS no. "
            "999 706 2833 (issued on her adoption in 2011; her birth NHS number, 999 452 1179, "
            "appears on her early records). Placement: in-house foster carers, Bev and Carl "
            "Nightingale, 3 Foundry Mews, Willenhall WV13 2ZT, from 05/07/2019. Legal status: "
            "s20. Assessment on 22/08/2019 by Dr Samuel Osei, Community Paediatrician, with "
            "Mrs Nightingale present for the second half.",
            "Growth: height 158 cm (50th centile), weight 47 kg (50th to 75th). The faltering "
            "growth her health visitor recorded in 2007 resolved after she was placed for "
            "adoption: the red book shows steady weight gain from the summer of 2010 onwards.",
            "Immunisations are up to date apart from the second HPV dose (Year 9 school "
            "programme). Dental: last seen in April 2017; not yet registered near her placement. "
            "Vision: glasses for reading, last eye test 2018.",
            "Emotional health: SDQ completed by Mrs Nightingale 22 (high); her own SDQ 19. She "
            "has trouble getting to sleep and has nightmares 'about shouting and a blue light'. "
            "She scratched her forearm with a compass in May 2019 'when things were really bad "
            "at home'; no self-harm since she came into care. She was clear that she does not "
            "want 'to talk to a stranger about feelings' but agreed to meet CAMHS once 'to "
            "see'. In her words: 'I'm not mental. I'm angry. There's a difference.'",
            "What helps, she says: boxing (she started at a club in Willenhall in August), "
            "Stanley, the carers' spaniel, who sleeps on her bed, and music. Sexual health: an "
            "age-appropriate talk; she knows about the school nurse drop-in. She has tried "
            "vaping; no alcohol or drugs.",
            "Family health history is thin. Her adoption medical (2010) notes maternal "
            "depression and smoking in pregnancy; her birth father's history is unknown. I "
            "suggest requesting the full adoption medical through Adoption Support (Ruth Bains).",
        ),
        (
            ("Need", "Action", "Who", "By when"),
            ("Emotional wellbeing", "Referral to CAMHS, Looked After pathway",
             "Maxine Grant (LAC nurse)", "30/09/2019"),
            ("Dental", "Register with a dentist near placement; check-up", "Bev (carer)",
             "31/10/2019"),
            ("Immunisations", "HPV dose 2 at school or GP", "School nursing team",
             "Spring term 2020"),
            ("Vision", "Eye test", "Carers", "31/12/2019"),
            ("Family history", "Obtain the adoption medical (2010)", "Tom Beardmore (SW)",
             "31/10/2019"),
            ("Review", "Review Health Assessment", "LAC health team", "August 2020"),
        ),
        (),
        ("Maxine Grant", "Specialist Nurse, Looked After Children",
         "0121 496 0461 | maxine.grant@example.org"),
    ),
    Letter(
        ("Greyholme CAMHS - Looked After Children's Service",
         "Dr Hannah Lowe, Clinical Psychologist", "Tel 0121 496 0712"),
        ("3 November 2020", "", "PRIVATE AND CONFIDENTIAL",
         "Mr Tom Beardmore, Social Worker, Children in Care Team 2, Greyholme MBC",
         "cc: GP (Croft Street Surgery, Willenhall); Mrs B. Nightingale (foster carer)"),
        (
            "Dear Tom",
            "Re: Demi-Leigh Whitcombe (registered as Demi Whitcombe), DOB 03/08/2006",
            "I am writing to summarise our work and to let you know that I am closing "
            "Demi-Leigh's episode of care, with her agreement and with an open door.",
            "Demi-Leigh and I met 14 times between 15/01/2020 and 20/10/2020: in clinic until "
            "March, by video through lockdown, and back in clinic from September. Bev came to "
            "six sessions, which followed a DDP-informed approach.",
            "Demi-Leigh came to her first session with her hood up and told me she would 'give "
            "it one go'. She has since worked hard. She has been able to talk about the muddle "
            "of having 'two mums and two names', about her anger towards her adoptive father "
            "after what happened in June 2019, and about the little she remembers from before "
            "she was adopted: a blue blanket pinned over a window, her sister singing to her, and "
            "'a man shouting and the blue lights'. With her permission I am sharing that she "
            "sometimes feels 'it was my fault I got sent back'.",
            "Her nightmares are down from most nights to about one a fortnight. She has not "
            "self-harmed since May 2019. Bev's SDQ score has come down from 22 to 14.",
            "Strengths: Demi-Leigh is funny, articulate and fiercely loyal. She is protective of "
            "younger children, including the Nightingales' younger foster child. Boxing gives "
            "her a safe place for her energy, and she won her first skills award in September. "
            "At our last session she said: 'I don't need to come every week now. I know where "
            "you are if I go wobbly.'",
            "Recommendations: (1) life-story work to continue with her social worker, at her "
            "pace, using the life story book from her adoption; (2) family time with her sister "
            "to continue; any plan for family time with her birth mother should be prepared "
            "carefully, with a trusted adult present; (3) Bev and Carl to continue the "
            "therapeutic parenting course; (4) re-referral at any time within 12 months goes "
            "straight back to me, without a wait.",
        ),
        (),
        (),
        ("Yours sincerely", "", "Dr Hannah Lowe", "Clinical Psychologist",
         "hannah.lowe@example.org"),
    ),
)


def build_health(corpus: Corpus) -> int:
    """Write the health correspondence held on file, one letter to a page; returns pages."""
    w = PAGE_W - 2 * MARGIN_X
    draw, furniture_text = export_furniture(
        f"Health correspondence on file - {SUBJECT} (DOB {SUBJECT_DOB})")
    story: list = []
    text: list[str] = []
    for n, letter in enumerate(HEALTH_LETTERS):
        if n:
            story.append(PageBreak())
        head = [para(letter.letterhead[0], LETTER_BOLD)]
        head += [para(line, SMALL) for line in letter.letterhead[1:]]
        story += [*head, Spacer(1, 4 * mm)]
        story += [para(line or " ", LETTER_RIGHT if i < 2 and n == 0 else LETTER_TIGHT)
                  for i, line in enumerate(letter.top)]
        story.append(Spacer(1, 3 * mm))
        for i, paragraph in enumerate(letter.paragraphs):
            bold = (i == 1 and n != 1) or (i == 0 and n == 1)
            story.append(para(paragraph, LETTER_BOLD if bold else LETTER))
        if letter.table:
            widths = ([w - 40 * mm, 40 * mm] if len(letter.table[0]) == 2
                      else [32 * mm, 62 * mm, 46 * mm, w - 140 * mm])
            story += [grid_table(letter.table, widths), Spacer(1, 4 * mm)]
        story += [para(p, LETTER) for p in letter.after]
        story += [para(line or " ", LETTER_TIGHT) for line in letter.signoff]
        text += [*letter.letterhead, *letter.top, *letter.paragraphs, rows_text(letter.table),
                 *letter.after, *letter.signoff]
    pages = build_platypus(CASE_DIR / HEALTH_PDF, draw, story, "Health correspondence",
                           COUNCIL)
    corpus.add(HEALTH_PDF, *(furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Initial child protection conference minutes (PDF), 21 May 2008
# --------------------------------------------------------------------------------------------

ICPC_DETAILS: tuple[tuple[str, str], ...] = (
    ("Conference", "INITIAL CHILD PROTECTION CONFERENCE"),
    ("Date / time", "Wednesday 21 May 2008, 10:00-12:20"),
    ("Venue", "Room 2, Civic Centre, Wednesbury"),
    ("Chair", "Graham Fellows, Conference Chair, Safeguarding Unit"),
    ("Minutes", "Lynne Cox"),
    ("Family address", "14 TANSEY CLOSE, DARLASTON, WS10 8QZ"),
)

ICPC_CHILDREN: tuple[tuple[str, ...], ...] = (
    ("Child", "DOB", "NHS number", "Child ID", "School / setting"),
    ("DESTINY HACKETT", "14/11/2002", DESTINY_NHS, "1059921",
     "Moat Lane Primary School (Reception)"),
    ("DEMI-LEIGH HACKETT", SUBJECT_DOB, SUBJECT_NHS_BIRTH, SUBJECT_ID_BIRTH,
     "Little Acorns Nursery (2 sessions a week)"),
    ("RILEY HACKETT", "17/01/2008", RILEY_NHS, "1074410", "-"),
)

ICPC_FAMILY: tuple[tuple[str, ...], ...] = (
    ("Name", "Relationship", "DOB", "Address"),
    ("KERRY HACKETT", "Mother", "11/02/1988", "As above"),
    ("WAYNE STOKES", "Father of Demi-Leigh and Riley", "29/09/1984",
     "Remanded in custody since 02/05/2008"),
    ("JASON PRYCE", "Father of Destiny", "Not known", "Believed Cannock"),
    ("CRAIG LENTON", "Mother's partner until 29/04/2008", "03/03/1986", "Not known (bail "
     "address withheld)"),
    ("DAWN HACKETT", "Maternal grandmother", "05/05/1963",
     "22 Stour Road, Wednesbury WS10 7PJ"),
)

ICPC_ATTENDANCE: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Agency"),
    ("Graham Fellows", "Conference Chair", f"Safeguarding Unit, {COUNCIL_SHORT}"),
    ("Nicola Bradshaw", "Social Worker", "Wednesbury and Darlaston Area Team"),
    ("Sunita Rai", "Team Manager", "Wednesbury and Darlaston Area Team"),
    ("Jan Whitehouse", "Health Visitor", "Greyholme Community Health Services"),
    ("Karen Bould", "Manager", "Little Acorns Nursery"),
    ("Stephen Hollins", "Headteacher and DSL", "Moat Lane Primary School"),
    ("DC Ian Rudge", "Public Protection Unit", "West Midlands Police"),
    ("Kerry Hackett", "Mother", "-"),
    ("Dawn Hackett", "Maternal grandmother (supporting Kerry)", "-"),
    ("Lynne Cox", "Minute taker", "Safeguarding Unit"),
)

ICPC_APOLOGIES: tuple[tuple[str, ...], ...] = (
    ("Name", "Role / agency", "Note"),
    ("Dr M. Iqbal", "GP, Tollgate Surgery", "Report submitted"),
    ("Sam Oakley", "Housing Officer, Greyholme Homes", "Report submitted"),
    ("Wayne Stokes", "Father", "In custody; letter and report sent to him at the prison"),
)

ICPC_SECTIONS: tuple[tuple[str, str], ...] = (
    ("1. Introductions and purpose",
     "The Chair welcomed everyone and explained that the purpose of the conference is to "
     "decide whether Destiny, Demi-Leigh and Riley are likely to suffer significant harm and, "
     "if so, what plan is needed to keep them safe. Ms Hackett came with her mother, Mrs "
     "Hackett, who was welcome to support her. Ms Hackett had read the social worker's report "
     "with Nicola on Monday. Mr Stokes is in custody and was sent the report; he did not send a "
     "response. Mr Pryce's whereabouts are not known."),
    ("2. Reason for the conference",
     "West Midlands Police referred the family on 30/04/2008 after a domestic incident at the "
     "family home at 23:40 on 29/04/2008. A neighbour, Mrs Iris Beddows of 12 Tansey Close, "
     "called 999 after hearing screaming and a child crying. Officers found Ms Hackett with a cut "
     "lip and Craig Lenton in the kitchen; Mr Lenton was arrested. Destiny (5) was found in "
     "the upstairs bedroom holding Riley, who was 3 months old. Demi-Leigh was asleep in her cot "
     "in a soiled nappy with a bottle of cold tea. A strategy discussion was held on 30/04/2008 "
     "and section 47 enquiries began the next day."),
    ("3. Information from agencies",
     "Social worker (Nicola Bradshaw). The family has been known since Destiny was born: three "
     "earlier referrals (neglect and domestic abuse), and a CAF in 2007 that closed when Kerry "
     "stopped attending. Home conditions on three visits since 01/05/2008 have been poor but "
     "improving: bare cupboards on the first visit, clean and stocked by the third. Kerry has "
     "been open with the social worker about her depression and about Mr Lenton's violence. "
     "Kerry's relationship with Wayne Stokes (2005-2007) also involved domestic abuse. Although "
     "Mr Stokes had no agreed contact, Wayne's van (a white Transit, DK57 RZW) was seen outside "
     "the house three times in March and April 2008, and Kerry says he turned up 'whenever he "
     "felt like it'. He has been on remand since 02/05/2008 for unrelated offences.\n"
     "Health visitor (Jan Whitehouse). Demi-Leigh's weight fell below the 9th centile last "
     "autumn; after dietitian input she is now 10.3 kg, between the 9th and 25th. Riley was "
     "born at 36 weeks on 17th January 2008 weighing 2.4 kg; he is feeding well but missed "
     "his 8 and 12 week immunisations. Demi-Leigh is 'a delightful, busy toddler' who calls "
     "her sister 'Dee-Dee' and her rabbit 'Ma-ba'. Kerry's engagement with the HV has been "
     "better since April: she has come to clinic four Tuesdays running.\n"
     "Nursery (Karen Bould). Demi-Leigh started at Little Acorns in January 2008. Her "
     "attendance is 64%. She often arrives hungry and has two breakfasts. She loves the sand "
     "tray and water play, joins in with 'Twinkle Twinkle', and will not be parted from Mabel. "
     "Staff describe her as 'a little ray of sunshine'.\n"
     "School (Stephen Hollins). Destiny's attendance is 81% and she is late most Mondays. She "
     "is collected by different adults, including 'Craig' and her nan. Destiny is bright and "
     "helpful and talks constantly about her baby brother; staff have noticed she is tired "
     "and worries about her mum. Mr Hollins described her as 'a little mother'.\n"
     "Police (DC Rudge). Six domestic incidents have been recorded at the address since October "
     "2006, four involving Mr Stokes and two involving Mr Lenton. Mr Lenton has been charged "
     "with assault by beating; his bail conditions forbid contact with Ms Hackett and any visit "
     "to Tansey Close. His car, a silver Astra, YR07 HVN, is flagged on the police system. "
     "Kerry's old mobile (07700 900481) is marked on the address as a priority number.\n"
     "GP (Dr Iqbal, report read by the Chair). Kerry was prescribed an antidepressant in "
     "January 2008 and has been reviewed twice. Demi-Leigh was seen in March with a chest "
     "infection and was brought by her grandmother.\n"
     "Housing (Sam Oakley, report read by the Chair). Rent arrears of \u00a31,260; a notice "
     "of seeking possession has been served but will not be enforced while Kerry keeps to a "
     "repayment plan. Repairs to the back door (damaged on 29/04/2008) have been done."),
    ("4. Views of the family",
     "Kerry said: 'I love my kids. I know I've let things slip since Riley. Craig's gone and he "
     "isn't coming back.' She asked for help with money and for a nursery place for Riley. She "
     "accepted that the children have seen and heard too much. Mrs Hackett said she will have "
     "the children at her house every weekend and can help with school runs: 'Kerry was a good "
     "mum before all this and she will be again.' She can be reached on 0121 496 0274."),
    ("5. The children's views and experiences",
     "Destiny told Nicola that 'the shouting is scary' and that 'I look after Riley when "
     "Mummy's crying'. She drew her family with Nanny Dawn the biggest and Craig left out. "
     "Demi-Leigh (21 months) and Riley are too young to give views; Nicola observed that "
     "Demi-Leigh went to her mother for comfort and was easily soothed, and that Kerry was "
     "gentle and responsive with Riley."),
    ("6. Analysis",
     "Strengths: Kerry's warmth and love for the children; her recent engagement with the "
     "health visitor; Mrs Hackett's practical support; Destiny's good relationships at school. "
     "Risks: domestic abuse by two partners, with the children present; neglect of the "
     "children's health and basic care; maternal depression; debt; Destiny taking on a "
     "caring role."),
    ("7. Decision",
     "All agencies agreed that the threshold is met. Destiny, Demi-Leigh and Riley are each "
     "made subject to a Child Protection Plan under the category of NEGLECT. The Chair noted "
     "that emotional harm from domestic abuse should be addressed within the plan. The key "
     "worker is Nicola Bradshaw. A review conference will be held on 13 August 2008 at 10:00."),
)

ICPC_PLAN: tuple[tuple[str, ...], ...] = (
    ("Outline child protection plan", "Who", "By when"),
    ("First core group meeting", "Nicola Bradshaw (SW)", "04/06/2008"),
    ("Weekly HV contact; weigh Demi-Leigh and Riley; catch-up immunisations for Riley",
     "Jan Whitehouse (HV)", "Weekly from 27/05/2008"),
    ("Freedom Programme (domestic abuse)", "Kerry; SW to refer", "Start June 2008"),
    ("GP review of mood and medication", "Kerry / Dr Iqbal", "Within 2 weeks"),
    ("Nursery increased to 4 sessions; daily welfare checks", "Karen Bould", "From 02/06/2008"),
    ("Destiny's attendance monitored weekly and shared with SW", "Mr Hollins", "Weekly"),
    ("Debt advice and repayment plan", "Sam Oakley (Housing)", "30/06/2008"),
    ("No contact between the children and Mr Lenton or Mr Stokes", "Kerry; police to inform SW "
     "of any breach", "Ongoing"),
    ("Weekend support from grandmother", "Dawn Hackett", "Ongoing"),
)

ICPC_END = (
    "Distribution: those present and those who sent apologies. These minutes are confidential "
    "and must not be shared without the Chair's agreement. Minutes agreed by the Chair "
    "28/05/2008."
)


def icpc_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the 2008 conference minutes."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(PAGE_W / 2, PAGE_H - 11 * mm,
                             f"{COUNCIL.upper()} - SAFEGUARDING UNIT")
    canvas.setFont("Helvetica", 8)
    canvas.drawCentredString(PAGE_W / 2, PAGE_H - 15 * mm, "CONFIDENTIAL - CHILD PROTECTION")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, "ICPC 21/05/2008 - Hackett children")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def icpc_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the conference minutes."""
    return (f"{COUNCIL.upper()} - SAFEGUARDING UNIT CONFIDENTIAL - CHILD PROTECTION ICPC "
            f"21/05/2008 - Hackett children Page {page} of {total}")


def build_icpc(corpus: Corpus) -> int:
    """Write the initial child protection conference minutes; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "MINUTES OF INITIAL CHILD PROTECTION CONFERENCE"
    story: list = [para(title, H1), form_table(ICPC_DETAILS, w), para("Children", H2),
                   grid_table(ICPC_CHILDREN, [38 * mm, 20 * mm, 25 * mm, 18 * mm, w - 101 * mm]),
                   para("Family members", H2),
                   grid_table(ICPC_FAMILY, [34 * mm, 46 * mm, 20 * mm, w - 100 * mm]),
                   para("Present", H2),
                   grid_table(ICPC_ATTENDANCE, [38 * mm, 62 * mm, w - 100 * mm]),
                   para("Apologies", H2),
                   grid_table(ICPC_APOLOGIES, [38 * mm, 62 * mm, w - 100 * mm])]
    text = [title, rows_text(ICPC_DETAILS), "Children", rows_text(ICPC_CHILDREN),
            "Family members", rows_text(ICPC_FAMILY), "Present", rows_text(ICPC_ATTENDANCE),
            "Apologies", rows_text(ICPC_APOLOGIES)]
    for heading, body in ICPC_SECTIONS:
        story.append(para(heading, H2))
        story += [para(p, BODY) for p in body.split("\n")]
        text += [heading, body]
    story += [Spacer(1, 2 * mm), grid_table(ICPC_PLAN, [w - 90 * mm, 55 * mm, 35 * mm]),
              Spacer(1, 4 * mm), para(ICPC_END, SMALL)]
    text += [rows_text(ICPC_PLAN), ICPC_END]
    pages = build_platypus(CASE_DIR / ICPC_PDF, icpc_furniture, story, "ICPC minutes",
                           "Safeguarding Unit", top=22 * mm, creator="Microsoft Word 2003")
    corpus.add(ICPC_PDF, *(icpc_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Strategy meeting record (PDF), 28 June 2019, with the s47 outcome of 5 July 2019
# --------------------------------------------------------------------------------------------

STRATEGY_DETAILS: tuple[tuple[str, str], ...] = (
    ("Child", f"Demi WHITCOMBE, DOB {SUBJECT_DOB} (12). Previous name Demi-Leigh HACKETT "
              "(adopted 22/03/2011). Known as Demi."),
    ("Address", "8 Cherry Orchard, Aldridge WS9 0ZQ (adoptive parents' home)"),
    ("Adoptive parents", "Julie Whitcombe (07700 900128) and Neil Whitcombe (07700 900193)"),
    ("Others in household", "Oliver Whitcombe, DOB 19/04/2003, adoptive brother"),
    ("School", "Ridgeway Academy, Aldridge - Year 8"),
    ("Meeting", "Friday 28/06/2019, 09:30, MASH, Civic Centre, Wednesbury (police by phone)"),
    ("Chair", "Debbie Cotterill, Team Manager, MASH"),
)

STRATEGY_ATTENDANCE: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Agency"),
    ("Debbie Cotterill", "Team Manager (Chair)", "MASH, Children's Services"),
    ("Tom Beardmore", "Social Worker", "Assessment Team"),
    ("DS Paul Kirby", "Public Protection Unit", "West Midlands Police (by phone)"),
    ("Anita Shergill", "DSL", "Ridgeway Academy"),
    ("Ruth Bains", "Adoption support social worker", "Adopt Heartlands (regional adoption "
     "agency)"),
    ("Gill Hartshorn", "School nurse", "Greyholme Community Health Services"),
    ("Phil Garbett", "LADO", "Children's Services (item 4 only)"),
)

STRATEGY_SECTIONS: tuple[tuple[str, str], ...] = (
    ("Reason for the meeting",
     "On the evening of Wednesday 26/06/2019 there was an argument at home about Demi's "
     "phone. Demi left the house at about 21:00 and Mrs Whitcombe reported her missing at "
     "22:15. PC Gemma Tranter found her at 01:40 on 27/06/2019 in the bus station in Walsall, "
     "cold and upset. Demi told PC Tranter that she had been messaging her birth grandmother, "
     "Dawn Hackett, on Facebook since Easter and was trying to get to 'my real nan's' in "
     "Wednesbury; she did not have an address. In the police car she said that during the "
     "argument 'Neil grabbed my arms and shoved me into the wardrobe'. PC Tranter saw red "
     "finger-mark bruising on both upper arms. Demi said she did not want to go home that "
     "night. With her agreement and Mrs Whitcombe's, she stayed the night and the next day "
     "with her adoptive grandmother, Mrs Sheila Whitcombe, in Sutton Coldfield."),
    ("Information shared",
     "Police (DS Kirby): no previous police involvement with the Whitcombe household; Neil "
     "Whitcombe has no convictions. Demi's birth father, Wayne Stokes, was released from "
     "prison in 2018, is on licence and lives in Tipton; there is no sign that he knows where "
     "she is. Dawn Hackett's Facebook account has been seen by police; the messages are "
     "affectionate and do not ask Demi to meet.\n"
     "School (Anita Shergill): Demi's behaviour has gone downhill since the start of Year 8, "
     "with 14 detentions and one fixed-term exclusion (swearing at a teacher, 11/03/2019). She "
     "is bright, a natural on stage and was the best Year 8 in the drama showcase. In May she "
     "told her form tutor that she 'hates being adopted' and that 'they only wanted a baby, "
     "not me'. Her friend Mia Thornton told staff yesterday that Demi 'is scared of her dad'.\n"
     "Adoption support (Ruth Bains): the family has had support since 2018, including "
     "therapeutic parenting funded by the Adoption Support Fund. Julie and Neil are "
     "'exhausted'. Julie rang Ruth on 24/06/2019 to say 'we can't do this any more'. Neil has "
     "described Demi's rages as 'like living with a grenade'. Ruth has seen warm moments too: "
     "Demi and Julie baking, and Demi's pride in the family dog, Bailey.\n"
     "School nurse (Gill Hartshorn): saw Demi on 20/05/2019 with scratches to her left forearm; "
     "Demi said she did it with a compass; parents informed; CAMHS referral declined by Demi."),
    ("Decisions",
     "1. Threshold met for a section 47 enquiry, jointly with police. Demi to be seen alone at "
     "school today by Tom Beardmore and DS Kirby; photographs of the marks; child protection "
     "medical if the marks are still visible.\n"
     "2. Demi to stay with Mrs Sheila Whitcombe over the weekend, agreed by Julie and Neil; Tom "
     "to visit there on Saturday.\n"
     "3. Mr Whitcombe works with children (a PE teacher in Sutton Coldfield). Referral to the "
     "LADO, Phil Garbett, made in this meeting; he will liaise with the LADO where Mr "
     "Whitcombe works.\n"
     "4. Ruth Bains to continue to support Julie and Neil; Adopt Heartlands to be told of the "
     "outcome.\n"
     "5. Demi's contact with her birth family on social media to be discussed with her; no "
     "action to stop it for now."),
)

STRATEGY_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("Action", "Who", "When"),
    ("See Demi alone at school; joint interview", "Tom Beardmore, DS Kirby", "28/06/2019"),
    ("Child protection medical if needed", "Tom Beardmore", "28/06/2019"),
    ("Visit Mrs Sheila Whitcombe's home", "Tom Beardmore", "29/06/2019"),
    ("LADO referral and liaison", "Phil Garbett", "01/07/2019"),
    ("Information from GP and CAMHS", "Gill Hartshorn", "02/07/2019"),
    ("Reconvene the strategy meeting", "Debbie Cotterill", "05/07/2019"),
)

STRATEGY_OUTCOME = (
    "Outcome of section 47 enquiry, recorded 05/07/2019 (Tom Beardmore, SW; agreed by Debbie "
    "Cotterill, TM). Demi was seen alone on 28/06/2019. She repeated that Mr Whitcombe grabbed "
    "her by both arms and pushed her into the wardrobe door when she would not hand over her "
    "phone. The marks were photographed; a medical found bruising consistent with her "
    "account. Interviewed on 02/07/2019, Mr Whitcombe accepted that he 'held her arms to stop "
    "her hitting Julie' and that he pushed her 'harder than I meant'. Police took no further "
    "action. LADO: no further action regarding his work, with advice. Conclusion: concerns "
    "substantiated; Demi has suffered physical harm in a single incident against a background of "
    "serious family breakdown. A child protection conference is not needed because Demi is to "
    "be accommodated: Julie and Neil asked on 03/07/2019 for Demi to be looked after, 'for a "
    "break, to keep everyone safe', and Demi agreed. She said: 'I want a break. Not forever. I "
    "just don't want to be scared in my own house.' Accommodated under section 20 on "
    "05/07/2019 and placed that evening with in-house foster carers Bev and Carl Nightingale in "
    "Willenhall."
)


def build_strategy(corpus: Corpus) -> int:
    """Write the strategy meeting record and its s47 outcome; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    draw, furniture_text = export_furniture(f"Strategy meeting record - {ADOPTED_NAME}")
    title = "STRATEGY MEETING RECORD (Working Together 2018)"
    story: list = [para(title, H1), form_table(STRATEGY_DETAILS, w), para("Attendance", H2),
                   grid_table(STRATEGY_ATTENDANCE, [38 * mm, 55 * mm, w - 93 * mm])]
    text = [title, rows_text(STRATEGY_DETAILS), "Attendance", rows_text(STRATEGY_ATTENDANCE)]
    for heading, body in STRATEGY_SECTIONS:
        story.append(para(heading, H2))
        story += [para(p, BODY) for p in body.split("\n")]
        text += [heading, body]
    story += [para("Actions", H2), grid_table(STRATEGY_ACTIONS, [w - 90 * mm, 55 * mm, 35 * mm]),
              para("Outcome", H2), para(STRATEGY_OUTCOME, BODY)]
    text += ["Actions", rows_text(STRATEGY_ACTIONS), "Outcome", STRATEGY_OUTCOME]
    pages = build_platypus(CASE_DIR / STRATEGY_PDF, draw, story, "Strategy meeting record",
                           COUNCIL)
    corpus.add(STRATEGY_PDF, *(furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Looked After Review record (PDF), 12 February 2020
# --------------------------------------------------------------------------------------------

REVIEW_DETAILS: tuple[tuple[str, str], ...] = (
    ("Name", f"{ADOPTED_NAME} (asks to be called Demi-Leigh; birth name {BIRTH_NAME})"),
    ("DOB / ID", f"{SUBJECT_DOB} / {SUBJECT_ID}"),
    ("NHS no.", SUBJECT_NHS),
    ("Legal status", "Section 20, Children Act 1989, since 05/07/2019"),
    ("Review", "Third review. Wednesday 12/02/2020, 16:00, at the foster home"),
    ("Placement", "In-house foster care: Bev and Carl Nightingale, Willenhall, since "
                  "05/07/2019"),
    ("School", "Moorcroft High School, Wednesbury, Year 9 (since 03/09/2019)"),
    ("IRO", "Angela Devlin"),
    ("Social worker", "Tom Beardmore, Children in Care Team 2"),
)

REVIEW_ATTENDANCE: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Attended"),
    ("Demi-Leigh", "Young person", "Met IRO alone first, then the whole meeting"),
    ("Bev Nightingale", "Foster carer", "Yes"),
    ("Jo Hadley", "Supervising social worker (fostering)", "Yes"),
    ("Tom Beardmore", "Social worker", "Yes"),
    ("Kathryn Poole", "Designated teacher, Moorcroft High", "Yes"),
    ("Julie Whitcombe", "Adoptive mother (shares parental responsibility)",
     "Second half, by Demi-Leigh's choice"),
    ("Angela Devlin", "IRO (chair)", "Yes"),
    ("Neil Whitcombe", "Adoptive father", "Apologies: did not feel able to attend; views sent "
     "through Julie"),
    ("Carl Nightingale", "Foster carer", "Apologies: at work"),
    ("Maxine Grant", "LAC nurse", "Apologies: health update sent"),
    ("Dr Hannah Lowe", "CAMHS", "Apologies: letter sent"),
)

REVIEW_SECTIONS: tuple[tuple[str, str], ...] = (
    ("1. Demi-Leigh's views",
     "I met Demi-Leigh in her bedroom before the meeting, with Stanley the dog, who would not "
     "leave. She had filled in her consultation form and read some of it to me. In her words: "
     "'I like it at Bev and Carl's. They don't shout and Carl does the best roast potatoes in "
     "the world.' 'I want to be called Demi-Leigh again. It's my name. Demi was just what they "
     "shortened it to.' 'I want to see Destiny. She's my sister and nobody can stop that.' 'I "
     "don't want to go back to Aldridge. Not yet. Maybe not ever. I want to see Julie but not "
     "Neil.' 'I want to do drama GCSE and be in a proper play.' She asked me to write down "
     "that she is 'not a bad kid, just a kid that bad stuff happened to'."),
    ("2. Placement",
     "Demi-Leigh is settled. Bev described her as 'funny, loyal and hard work in the best "
     "way'. She helps with the Nightingales' younger foster child and has learnt to cook "
     "spaghetti bolognese. There was one missing episode on 21/11/2019: she went to Mia's "
     "after school without telling anyone and came home at 22:50; the return interview was "
     "done by Jo. Bev and Carl are committed to caring for her for as long as she needs. Mrs "
     "Nightingale asked for more respite: one weekend a month is agreed (Jo to arrange)."),
    ("3. Legal status and permanence",
     "An adoption disruption meeting was held on 9th Oct 2019, chaired by an independent "
     "chair. Julie and Neil do not feel able to resume care. Everyone, Demi-Leigh included, "
     "agrees that she should stay looked after, but section 20 is fragile: her adoptive "
     "parents hold parental responsibility and could remove their consent at any time, and "
     "decisions about her are slow. The local authority will take legal advice about applying "
     "for a care order (s31) so that Demi-Leigh has stability and the council shares parental "
     "responsibility. Julie said they 'won't fight it' and want to stay in her life."),
    ("4. Health",
     "Initial health assessment on 22/08/2019; dental check 14/11/2019, one filling; eye test "
     "done; HPV second dose given at school in January. CAMHS (Dr Hannah Lowe) began on "
     "15/01/2020; Demi-Leigh says it is 'alright actually'. She sleeps better. She boxes twice "
     "a week at Phoenix ABC in Willenhall and wants to do her first skills assessment."),
    ("5. Education",
     "Mrs Poole reported on the PEP of 24/01/2020 (with Mr Owen Tilley, Virtual School). "
     "Attendance since September is 96.2%. Demi-Leigh is in top set English and has joined "
     "drama club; she has had 'Star of the Week' three times. Pupil Premium Plus is paying for "
     "Saturday classes at Limelight Youth Theatre. Targets: homework club twice a week for "
     "maths; stay in lessons when she is angry and use her time-out card instead."),
    ("6. Family time and relationships",
     "Julie: fortnightly family time at The Oaks Family Centre in Bilston, supervised by "
     "Marcia Campbell (FSW), going well. Neil: letters only, as Demi-Leigh wishes; Neil's last "
     "letter was 'long and sorry' and she has kept it. Oliver (16): they message on Snapchat; "
     "she says 'Ollie's the only one who gets it'. Sheila Whitcombe sends cards.\n"
     "Birth family: Destiny (17) found Demi-Leigh on Instagram in December 2019. Destiny is "
     "looked after by Staffordshire County Council (their ref. 1156023) and lives in "
     "supported accommodation in Cannock. Both sisters want to meet. Dawn Hackett: the "
     "Facebook messages stopped after Tom spoke to Mrs Hackett in July. Kerry: Demi-Leigh "
     "has asked about her and wants to know 'why she didn't keep me'; life-story work first. "
     "Riley: adopted separately; letterbox through Severn Vale Adoption (their ref. "
     "SVA/2010/117). Demi-Leigh: 'I just want to know he's OK.' Wayne Stokes: no contact; "
     "not in Demi-Leigh's plan."),
    ("7. Identity and life story",
     "Demi-Leigh's life story book is at the Whitcombes'; Julie will bring it to family time. "
     "Mabel, the knitted rabbit that came with her from Tansey Close when she was two, is on "
     "her bed at Bev's. Her first foster carer, Pauline Mapp, has sent Tom a photo of "
     "Demi-Leigh's third birthday party for the book. Demi-Leigh wants to use her birth "
     "first name in full; school and health have been asked to record her as Demi-Leigh "
     "Whitcombe, the name she chose."),
)

REVIEW_DECISIONS: tuple[tuple[str, ...], ...] = (
    ("No.", "Recommendation", "Who", "By when"),
    ("1", "Placement with Bev and Carl Nightingale to continue; respite one weekend a month",
     "Jo Hadley", "01/03/2020"),
    ("2", "Legal planning meeting about a care order", "Tom Beardmore", "28/02/2020"),
    ("3", "Supervised sibling family time with Destiny, monthly, first session by 07/03/2020; "
     "liaise with Staffordshire", "Tom Beardmore / Marcia Campbell", "07/03/2020"),
    ("4", "Life-story work with Demi-Leigh, starting with the life story book", "Tom Beardmore",
     "Start March 2020"),
    ("5", "Letterbox letter to Riley, with Demi-Leigh's own letter if she wants",
     "Tom Beardmore", "30/04/2020"),
    ("6", "No family time with her birth mother until Demi-Leigh has done life-story work and "
     "says she is ready", "Tom Beardmore", "Next review"),
    ("7", "PEP targets as above; drama GCSE option supported", "Kathryn Poole", "Summer 2020"),
)

REVIEW_CHECKS: tuple[tuple[str, ...], ...] = (
    ("Statutory check", "Date", "Comment"),
    ("Placement plan signed", "05/07/2019", "Updated 12/12/2019 (respite added)"),
    ("Social worker visits", "Last 21/01/2020", "Every 4-6 weeks; seen alone each time"),
    ("Initial health assessment", "22/08/2019", "Health plan in place; LAC nurse monitoring"),
    ("Dental check", "14/11/2019", "One filling"),
    ("Personal education plan", "24/01/2020", "Good quality; targets are Demi-Leigh's own"),
    ("Delegated authority", "05/07/2019", "Bev and Carl can sign for school trips, haircuts, "
     "sleepovers with checked friends and over-the-counter medicine"),
    ("Life-story work", "Not started", "Priority: see recommendation 4"),
    ("Consultation form", "Received", "Completed by Demi-Leigh herself"),
    ("Care plan", "Updated 05/02/2020", "Permanence plan: long-term foster care; legal plan to "
     "follow"),
)

REVIEW_CONTINGENCY = (
    "Contingency plan: if the placement ends in a crisis, a placement search through the "
    "in-house fostering team first and then the regional framework; Demi-Leigh has asked that "
    "she is not placed 'in a home with older lads'. If Julie and Neil withdraw their consent "
    "to section 20, the local authority will apply for an interim care order straight away."
)

REVIEW_IRO = (
    "IRO's comments: Demi-Leigh led her review with humour and honesty. She has had a very hard "
    "eight months and has shown real courage. The plan must not drift: the care order decision "
    "is the priority. Next review: 12/08/2020 or sooner if the legal plan changes. Angela "
    "Devlin, Independent Reviewing Officer, 0121 496 0527, angela.devlin@greyholme.example.gov.uk. "
    "Record completed 19/02/2020."
)


def build_review(corpus: Corpus) -> int:
    """Write the Looked After Review record; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    draw, furniture_text = export_furniture("Children Looked After - Review Record")
    title = "LOOKED AFTER REVIEW - RECORD AND RECOMMENDATIONS"
    story: list = [para(title, H1), form_table(REVIEW_DETAILS, w), para("Who took part", H2),
                   grid_table(REVIEW_ATTENDANCE, [38 * mm, 62 * mm, w - 100 * mm])]
    text = [title, rows_text(REVIEW_DETAILS), "Who took part", rows_text(REVIEW_ATTENDANCE)]
    for heading, body in REVIEW_SECTIONS:
        story.append(para(heading, H2))
        story += [para(p, BODY) for p in body.split("\n")]
        text += [heading, body]
    story += [para("Statutory checks", H2),
              grid_table(REVIEW_CHECKS, [45 * mm, 30 * mm, w - 75 * mm]),
              Spacer(1, 2 * mm), para(REVIEW_CONTINGENCY, BODY),
              para("8. Decisions and recommendations", H2),
              grid_table(REVIEW_DECISIONS, [10 * mm, w - 95 * mm, 55 * mm, 30 * mm]),
              Spacer(1, 3 * mm), para(REVIEW_IRO, BODY)]
    text += ["Statutory checks", rows_text(REVIEW_CHECKS), REVIEW_CONTINGENCY,
             "8. Decisions and recommendations", rows_text(REVIEW_DECISIONS), REVIEW_IRO]
    pages = build_platypus(CASE_DIR / REVIEW_PDF, draw, story, "Looked After Review record",
                           "Independent Reviewing Service")
    corpus.add(REVIEW_PDF, *(furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Family time (contact) recording sheets (PDF), January 2020 to March 2022
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Session:
    """One family-time recording sheet."""

    date: str  # dd/mm/yyyy
    details: tuple[tuple[str, str], ...]
    observations: tuple[tuple[str, str], ...]
    said: str
    reflections: str
    concerns: str
    next_session: str
    recorded: str

    @property
    def day(self) -> dt.date:
        """The session's date."""
        return dt.datetime.strptime(self.date, "%d/%m/%Y").date()


SESSIONS: tuple[Session, ...] = (
    Session(
        "18/01/2020",
        (("Date", "Sat 18/01/2020"), ("Time", "14:00-15:30"),
         ("Venue", "The Oaks Family Centre, Bilston (room 3)"), ("Type", "Supervised"),
         ("Child", "Demi-Leigh (DLW)"), ("Family", "Julie Whitcombe (adoptive mother)"),
         ("Supervisor", "Marcia Campbell (FSW)"),
         ("Transport", "Bev brought DLW and collected her")),
        (
            ("14:00", "Julie arrived ten minutes early with a carrier bag: the life story book, "
             "DLW's old Brownies sash and a box of her favourite biscuits. DLW came in with her "
             "hood up and hugged Julie stiffly, then sat next to her."),
            ("14:10", "They looked at the life story book together. DLW stopped at the page "
             "with the photo of her first mum and asked 'Why didn't Kerry keep me?' Julie said "
             "gently that Kerry loved her but wasn't well enough to look after three little "
             "ones, and that the judge decided. DLW said 'That's what the book says. I want the "
             "real answer.' Julie said she would ask Tom to help."),
            ("14:40", "Uno. DLW won three games and laughed properly for the first time. Julie "
             "told her about Bailey chewing Neil's slipper."),
            ("15:00", "Julie passed on a card from Ollie and a photo of Bailey in his Christmas "
             "jumper. DLW asked 'Is he still angry?' (about Neil). Julie: 'He's sad, love. We "
             "both are.'"),
            ("15:25", "Goodbye. DLW asked Julie to come to her drama club show in March. Hug, "
             "this time a long one."),
        ),
        "'It's weird. She's still my mum but it's different now.' In the car to Bev: 'I want "
        "the real answer about Kerry.'",
        "A warm, attuned session. Julie managed DLW's questions about her birth mother "
        "sensitively and did not get defensive. DLW's questions show she is ready for "
        "life-story work (to be raised with Tom).",
        "None.",
        "Sat 01/02/2020, same venue.",
        "Marcia Campbell, FSW, 18/01/2020",
    ),
    Session(
        "07/03/2020",
        (("Date", "Saturday 7th March 2020"), ("Time", "11:00-13:00"),
         ("Venue", "McDonald's, Wednesbury, then the park"), ("Type", "Supervised (community)"),
         ("Child", "Demi-Leigh (DLW)"),
         ("Family", "Destiny Hackett (DH), sister, 17. Her foster carer waited in the car"),
         ("Supervisor", "Marcia Campbell (FSW)"), ("Transport", "Bev")),
        (
            ("11:00", "DH arrived first, very nervous, checking her phone. First time the "
             "sisters have seen each other since February 2009, when DLW was two."),
            ("11:05", "DLW arrived with Bev. The girls stared at each other, then DH said "
             "'You've got my nose' and they both laughed."),
            ("11:20", "DH brought photos: DLW as a baby in a pink snowsuit; Riley in a Moses "
             "basket; DH holding both of them on the settee 'in the old house'; Nanny Dawn at "
             "Christmas 2007 in a paper hat."),
            ("11:45", "DH told DLW she remembers 'feeding you Weetabix when Mum was in bed' "
             "and that 'Nanny Dawn knitted Mabel for you when you were born'. DLW cried and DH "
             "put her arm round her. DLW said Mabel is on her bed 'right now'."),
            ("12:15", "Walked to the park. DH pushed DLW on the swings and they did "
             "selfies. Dessie (DLW has started calling her this) showed DLW her Instagram."),
            ("12:40", "I reminded them of the agreement: messages are fine, no addresses, "
             "no meeting up without a plan. DH gave me her number for the contact sheet: "
             "07700 900736."),
            ("12:55", "Long hug. DH: 'Love you, Dem.' DLW: 'Love you more.'"),
        ),
        "'She remembers me. Like, actually remembers me as a baby.' 'I want to see her every "
        "month. And I want to find Riley.'",
        "A strong, loving sibling bond, which both girls want to keep. DH is protective of her "
        "sister. DH said she is in touch with their birth mother, who 'wants to see Demi' and "
        "now lives at Penrose Court in Wednesbury. DLW did not ask for the address. Shared with "
        "Tom.",
        "DH shared her mother's wish for contact in front of DLW; she has been reminded that "
        "decisions about this are for DLW and the plan.",
        "Monthly, next Sat 04/04/2020.",
        "Marcia Campbell, FSW, 09/03/2020",
    ),
    Session(
        "15/08/2020",
        (("Date", "15.08.20"), ("Time", "16:00-16:45"),
         ("Venue", "WhatsApp video call (Covid-19)"), ("Type", "Supervised (virtual)"),
         ("Child", "Demi-Leigh (DLW), at Bev's"),
         ("Family", "Destiny Hackett (DH), at her flat: Flat 3, 19 Orchard Walk, Cannock "
          "WS11 4ZR"),
         ("Supervisor", "Marcia Campbell (FSW), from home"), ("Transport", "n/a")),
        (
            ("16:00", "DH sang Happy Birthday (late: DLW turned 14 on the 3rd). DLW showed the "
             "boxing gloves Bev and Carl gave her."),
            ("16:10", "DH gave a tour of her new flat and introduced her cat, Nigel. DLW "
             "introduced Stanley. Lots of laughing."),
            ("16:25", "DLW told DH that the council is going to court for a care order. DH: "
             "'Mum cried when I told her you was back in care.' DLW went quiet."),
            ("16:40", "DH said she is doing a hairdressing course at college in September. "
             "They agreed to watch the same film on Friday and message each other through it."),
        ),
        "'Can Destiny come to court with me? She's family.' (Explained that court is not "
        "like that, and that Tom will tell her everything that happens.)",
        "Lockdown has not dented the relationship. DLW was unsettled by DH's comment about "
        "their mother; Bev was told straight after the call.",
        "Minor: DH passes on news about their mother. Tom to talk to DH.",
        "Face to face when the rules allow.",
        "Marcia Campbell, FSW, 15/08/2020",
    ),
    Session(
        "12/12/2020",
        (("Date", "12/12/2020"), ("Time", "13:00-14:30"),
         ("Venue", "The Oaks Family Centre, Bilston (Covid-secure room)"),
         ("Type", "Supervised"), ("Child", "Demi-Leigh (DLW)"),
         ("Family", "Kerry Hackett (birth mother); Destiny Hackett (DH), sister"),
         ("Supervisor", "Marcia Campbell (FSW); Tom Beardmore (SW) for the first 20 minutes"),
         ("Transport", "Tom brought DLW; Bev collected")),
        (
            ("12:50", "Kerry arrived with her partner, Dale, who had not been agreed. Tom asked "
             "him to wait outside and he sat in his car for the whole session without "
             "complaint."),
            ("13:00", "First time DLW and Kerry have seen each other since the goodbye visit in "
             "June 2010. DLW held DH's hand. Kerry cried and said 'Look at you. You're "
             "beautiful. You're so tall.'"),
            ("13:15", "Kerry gave DLW a Christmas present: a new knitted rabbit 'like Mabel' "
             "that Nanny Dawn had made, and a card signed 'Mum (Kez) xxx'. DLW thanked her "
             "politely."),
            ("13:30", "DLW asked 'Did you want to keep me?' Kerry: 'More than anything. I "
             "wasn't well, babe. I'm better now.' DH said 'She's been really trying, Dem.'"),
            ("13:50", "Kerry asked for DLW's number. I explained that this has to go through "
             "Tom. Kerry wrote her own number on the back of a photo of herself as a teenager "
             "holding DLW (07700 900652) and gave it to DLW, and said 'you can come to mine "
             "whenever, I'm at Flat 9, Penrose Court'. I reminded Kerry of the agreement."),
            ("14:10", "Kerry said 'your dad's out and asking about you' and that Wayne 'wants a "
             "photo'. I redirected; DLW looked frightened. Kerry apologised. She also asked "
             "for photos of DLW to be e-mailed to her at kez.hackett88@example.com."),
            ("14:25", "Goodbyes. Kerry hugged DLW for a long time. DLW stayed stiff, then "
             "patted her back."),
        ),
        "In Bev's car: 'She's smaller than I thought. I don't know what I feel. Can I see her "
        "again but with Destiny there?' Later, to Bev: 'Don't let my dad find me.'",
        "An emotional first meeting. Kerry was warm and clearly loves DLW, but broke two "
        "agreements (her partner's attendance; sharing her address) and mentioned DLW's birth "
        "father, which frightened her. DH was a real support to her sister.",
        "Kerry's remark about Wayne Stokes to be shared with police (risk): afterwards, in the "
        "car park, she gave me Wayne's mobile number, 07700 900309. The photo with Kerry's "
        "number is with DLW; she has agreed to talk to Tom before she uses it. No photos to be "
        "e-mailed until the review.",
        "To be decided at the CLA review in January.",
        "Marcia Campbell, FSW, 14/12/2020",
    ),
    Session(
        "03/08/2021",
        (("Date", "Tuesday 3 August 2021 (DLW's 15th birthday)"), ("Time", "12:00-14:00"),
         ("Venue", "Park and cafe near Larkspur House, Bilston"),
         ("Type", "Supported (not supervised)"), ("Child", "Demi-Leigh (DLW)"),
         ("Family", "Destiny Hackett (DH) and her baby daughter Ivy-Mae, born 22/05/2021"),
         ("Supervisor", "Shaun Dempsey, key worker, Larkspur House"),
         ("Transport", "Shaun drove; DH came by bus")),
        (
            ("12:00", "DH arrived with Ivy-Mae in the pram. DLW held her niece for the first "
             "time, sitting very still on the bench: 'I'm an auntie! Shaun, take a picture.'"),
            ("12:30", "Birthday cake from Larkspur House (Tayla and the staff decorated it). DH "
             "gave DLW a photo frame with a picture of all three of them."),
            ("13:00", "Walked round the lake; DLW pushed the pram and refused to hand it back. "
             "DH: 'You're a natural.' DLW said she wants to be a children's nurse."),
            ("13:45", "Ivy fell asleep on DLW. DH told DLW that Kerry is 'doing good' and "
             "sent her love."),
        ),
        "'Best birthday since I came into care.' 'I want to be the auntie that's always there.'",
        "A lovely, relaxed session. DLW was gentle and careful with the baby and proud of it. "
        "The sisters do not need supervision; supported family time is right.",
        "None.",
        "Monthly, supported; DLW may also visit DH's flat with staff.",
        "Shaun Dempsey, RSW, 03/08/2021",
    ),
    Session(
        "19/03/2022",
        (("Date", "19th Mar 2022"), ("Time", "10:30-12:00"),
         ("Venue", "Cafe (private room), Aldridge"), ("Type", "Supervised"),
         ("Child", "Demi-Leigh (DLW)"),
         ("Family", "Julie Whitcombe and Neil Whitcombe (adoptive parents); Ollie for the last "
          "10 minutes"),
         ("Supervisor", "Marcia Campbell (FSW)"), ("Transport", "Shaun (Larkspur House)")),
        (
            ("10:30", "First time DLW and Neil have met since June 2019. Neil stood up when she "
             "came in and did not try to hug her. Bailey (the dog) went mad with excitement, "
             "which broke the ice."),
            ("10:45", "Neil read from a card he had written: 'What happened in your bedroom was "
             "wrong, and it was my fault, not yours. I'm sorry.' DLW: 'I'm sorry I said I hated "
             "you. I didn't. I don't.'"),
            ("11:10", "Talk about Sunday dinners. Julie asked whether DLW would like to come "
             "for lunch once a month when Marcia and Tom think it's right. DLW said yes, 'if "
             "Bailey's there'."),
            ("11:50", "Ollie arrived from the station and hugged DLW, lifting her off her feet. "
             "Neil's eyes were wet."),
        ),
        "'That was the best and worst hour of my life. Mostly best.' 'I want Sunday dinners. "
        "Not moving back. Just dinners.'",
        "A carefully prepared repair session (two sessions of work with Neil by Ruth Bains "
        "beforehand). Neil took responsibility; DLW was able to accept his apology. Adoptive "
        "family relationships are now a strength in her plan.",
        "None.",
        "Recommend moving to unsupervised Sunday lunches after the CLA review on 22/03/2022.",
        "Marcia Campbell, FSW, 21/03/2022",
    ),
)


def family_time_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the family-time recording sheets."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(MARGIN_X, PAGE_H - 11 * mm, f"{COUNCIL_SHORT} - Family Time Service")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 15 * mm, "Family Time Recording Sheet (form FT3)")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 11 * mm, "OFFICIAL-SENSITIVE")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 15 * mm, f"Child: {SUBJECT} {SUBJECT_ID}")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, f"Printed 03/11/2026 for {SAR}")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def family_time_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the recording sheets."""
    return (f"{COUNCIL_SHORT} - Family Time Service Family Time Recording Sheet (form FT3) "
            f"OFFICIAL-SENSITIVE Child: {SUBJECT} {SUBJECT_ID} Printed 03/11/2026 for {SAR} "
            f"Page {page} of {total}")


def build_family_time(corpus: Corpus) -> int:
    """Write the family-time recording sheets; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    story: list = []
    text: list[str] = []
    for session in SESSIONS:
        heading = f"FAMILY TIME RECORD - {session.date}"
        rows = (("Time", "What happened"), *session.observations)
        sections = (("What Demi-Leigh said", session.said),
                    ("Worker's reflections", session.reflections),
                    ("Concerns / information to share", session.concerns),
                    ("Next session", session.next_session),
                    ("Recorded by", session.recorded))
        story += [KeepTogether([para(heading, H1), pair_table(list(session.details), w)]),
                  Spacer(1, 3), grid_table(rows, [16 * mm, w - 16 * mm])]
        for label, body in sections:
            story += [para(label, H2), para(body, BODY)]
        story.append(Spacer(1, 6 * mm))
        sheet = "\n".join([heading, rows_text(session.details), rows_text(rows),
                           *(f"{label}\n{body}" for label, body in sections)])
        text.append(sheet)
        corpus.note(FAMILY_TIME_PDF, session.day.isoformat(), sheet)
    pages = build_platypus(CASE_DIR / FAMILY_TIME_PDF, family_time_furniture, story,
                           "Family time records", "Family Time Service")
    corpus.add(FAMILY_TIME_PDF,
               *(family_time_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Year 10 school report (PDF), July 2021
# --------------------------------------------------------------------------------------------

SCHOOL = "Moorcroft High School"
SCHOOL_ADDRESS = "Moor Lane, Wednesbury WS10 9ZT | 0121 496 0690 | moorcroft.office@example.org"

SCHOOL_DETAILS: tuple[tuple[str, str], ...] = (
    ("Student", SUBJECT), ("Year / form", "10 / 10RF"),
    ("Tutor", "Mr K. Asante"), ("Head of Year", "Mr R. Fenton"),
    ("Attendance", "95.4% (Autumn 93.1%, Spring 96.0% remote and in school, Summer 97.2%)"),
    ("Report date", "16 July 2021"),
)

SCHOOL_SUBJECTS: tuple[tuple[str, ...], ...] = (
    ("Subject", "Teacher", "Effort", "Working at", "Comment"),
    ("English Language and Literature", "Miss E. Brookes", "1", "5",
     "Demi-Leigh writes with real voice and feeling. Her speech on 'Who decides who you are?' "
     "silenced the class. Next step: plan longer answers so that her ideas have room."),
    ("Mathematics", "Mr D. Sheppard", "2", "4",
     "Has worked hard to close gaps from Year 8 and never gives up on a problem. She should "
     "keep coming to Tuesday maths club, which has made a real difference."),
    ("Combined Science", "Mrs P. Lal", "2", "4-4",
     "Enthusiastic in practicals, especially biology. She asks excellent questions about the "
     "human body and health. Revision of chemistry calculations needed."),
    ("Drama", "Mrs C. Booth", "1", "6",
     "Outstanding. Her Blousey in our production of Bugsy Malone (8 and 9 July) was the "
     "performance of the year: funny, sad and utterly believable. She also helped the Year 7s "
     "backstage with their lines. A natural leader in rehearsal."),
    ("Art and Design", "Ms F. Whittle", "1", "5",
     "Her self-portrait series 'Two Names' is thoughtful and brave, and has been chosen for the "
     "summer exhibition."),
    ("Health and Social Care (BTEC)", "Mrs J. Hurst", "1", "Merit",
     "Demi-Leigh's unit on growth and development was excellent, with a mature case study of "
     "a baby's first year. She is clearly suited to a caring career."),
    ("Core PE", "Mr A. Ogunleye", "1", "-",
     "Fit, determined and a great team player. Her boxing training shows in her footwork and "
     "her discipline."),
)

SCHOOL_COMMENTS: tuple[tuple[str, str], ...] = (
    ("Tutor's comment",
     "Demi-Leigh has had a year of big changes, including a move of home in April, and she has "
     "kept going. She is kind: she noticed a Year 7 girl sitting alone at lunch every day and "
     "has sat with her ever since, with her friend Mia. She is honest when she is struggling "
     "and uses her time-out card well. I am proud to be her tutor. (Mr Kwame Asante)"),
    ("Head of Year's comment",
     "Demi-Leigh received the Headteacher's Award for Kindness in June 2021, the first Year 10 "
     "to win it this year. She has not had a single detention since October. Next year: keep "
     "the same focus and the GCSE grades will follow. (Mr Rob Fenton)"),
    ("Awards this year",
     "Headteacher's Award for Kindness (June 2021); Star of the Week x 5; Drama Student of the "
     "Year; 100% attendance in the Summer half-term 2."),
    ("Demi-Leigh's own comment",
     "I'm proud of Bugsy and of my art. I want to get a 5 in maths so I can do nursing. Thank "
     "you Mrs Booth for believing in me when I didn't."),
    ("Copies",
     "As Demi-Leigh is looked after, copies of this report go to her social worker (Tom "
     "Beardmore), her key worker at Larkspur House (Shaun Dempsey) and the Virtual School "
     "(Mr Owen Tilley). Designated teacher: Mrs Kathryn Poole."),
)


def school_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Letterhead and footer of the school report."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#1f4e79"))
    canvas.rect(0, PAGE_H - 22 * mm, PAGE_W, 22 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 15)
    canvas.drawString(MARGIN_X, PAGE_H - 12 * mm, SCHOOL)
    canvas.setFont("Helvetica", 8.5)
    canvas.drawString(MARGIN_X, PAGE_H - 17.5 * mm, "Aspire - Achieve - Belong")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 12 * mm, "Year 10 Annual Report 2020-21")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, f"{SCHOOL}, {SCHOOL_ADDRESS}")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"{page}/{total}")
    canvas.restoreState()


def build_school(corpus: Corpus) -> int:
    """Write the Year 10 school report; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    story: list = [para("Annual Report to Parents and Carers", H1),
                   pair_table(list(SCHOOL_DETAILS), w), Spacer(1, 4 * mm),
                   grid_table(SCHOOL_SUBJECTS, [30 * mm, 24 * mm, 14 * mm, 20 * mm, w - 88 * mm]),
                   para("Effort: 1 excellent, 2 good, 3 inconsistent, 4 a concern. Working at: "
                        "GCSE grade 9-1 (BTEC: Pass, Merit, Distinction).", SMALL)]
    text = ["Annual Report to Parents and Carers", rows_text(SCHOOL_DETAILS),
            rows_text(SCHOOL_SUBJECTS), "Effort: 1 excellent, 2 good, 3 inconsistent, 4 a concern. "
            "Working at: GCSE grade 9-1 (BTEC: Pass, Merit, Distinction)."]
    for label, body in SCHOOL_COMMENTS:
        story += [para(label, H2), para(body, BODY)]
        text += [label, body]
    pages = build_platypus(CASE_DIR / SCHOOL_PDF, school_furniture, story,
                           f"Year 10 report - {SUBJECT}", SCHOOL, top=28 * mm,
                           creator="SIMS Report Writer")
    furniture = [f"{SCHOOL} Aspire - Achieve - Belong Year 10 Annual Report 2020-21 {SCHOOL}, "
                 f"{SCHOOL_ADDRESS} {n}/{pages}" for n in range(1, pages + 1)]
    corpus.add(SCHOOL_PDF, *furniture, *text)
    return pages


# --------------------------------------------------------------------------------------------
# Pathway plan (DOCX), 14 September 2023, with Demi-Leigh's own words
# --------------------------------------------------------------------------------------------

PATHWAY_ABOUT: tuple[tuple[str, str], ...] = (
    ("Legal name", ADOPTED_NAME),
    ("Name I use", "Demi-Leigh (I'm changing it properly when I'm 18: Demi-Leigh Whitcombe)"),
    ("Birth name", "Demi-Leigh Rose Hackett"),
    ("Date of birth", "3rd August 2006 (17)"),
    ("Where I live", f"{FOXGLOVE} (supported accommodation, since 31/10/2022)"),
    ("Mobile / e-mail", f"{SUBJECT_PHONE} / {SUBJECT_EMAIL}"),
    ("NI number", SUBJECT_NI),
    ("NHS number", SUBJECT_NHS),
    ("Legal status", "Care Order (s31), made 22 September 2020. Eligible child; she will be a "
                     "former relevant child from her 18th birthday."),
    ("Social worker", "Tom Beardmore (until 18)"),
    ("Personal adviser", "Zara Akhtar, 07700 900388, zara.akhtar@greyholme.example.gov.uk"),
    ("IRO", "Angela Devlin"),
    ("Key worker at Foxglove", "Nathan (Foxglove Court is run by Brightwater Housing for the "
                               "council)"),
)

PATHWAY_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("1. Health and wellbeing",
     "Registered with Wharf Medical Practice since she moved to Foxglove. Dentist June 2023. "
     "Review health assessment on 11/07/2023 with Maxine Grant: healthy, vaping daily, sexual "
     "health discussed and her choices respected. Demi-Leigh finished with CAMHS in 2020 and "
     "sometimes sees the college counsellor. She sleeps well most nights.",
     "I'm alright. I vape too much. I want to stop before I'm 18 because I'm going to be a "
     "nurse and nurses shouldn't smell of blue razz."),
    ("2. Education, training and work",
     "GCSEs (August 2022): English 5, Drama 7, Art 5, Maths 4, Combined Science 4-4, BTEC "
     "Health and Social Care Merit. Level 2 Health and Social Care at Greyholme College in "
     "2022-23, passed with Merit in June 2023. Now on the Level 3 Extended Diploma (year 1 of "
     "2), started 04/09/2023; tutor Lisa Darby. Attendance last year 91%. 16-19 Bursary of "
     "\u00a31,200 a year (vulnerable group). Saturday job at a bakery in Walsall town centre "
     "since May 2023. Duke of Edinburgh's Bronze Award completed in June 2022 through "
     "Larkspur House.",
     "I want to be a children's nurse. Everyone says I'm good with babies and Ivy-Mae proves "
     "it. I want to go to uni in 2025. I'm scared about the maths but Lisa says I'll be fine."),
    ("3. Who I am",
     "Boxing at Phoenix ABC three times a week; Most Improved Boxer 2022; helps coach the "
     "juniors on Fridays. Demi-Leigh has read parts of her life story book with Tom and has "
     "asked to see her full records when she is 18. She plans to change her name by deed poll "
     "on her 18th birthday.",
     "When I was 7 I asked Julie why my name got shortened and she said it was easier to "
     "spell. I'm having the whole thing back. Demi-Leigh Whitcombe. Both bits of me, because "
     "both bits are true."),
)

PATHWAY_PEOPLE: tuple[tuple[str, ...], ...] = (
    ("Who", "Who they are to me", "How we keep in touch", "What I want"),
    ("Destiny (Dessie)", "My big sister", "Text every day; I see her most weeks at her flat "
     "in Cannock. Her number: +44 7700 900736, dessie.h02@example.com",
     "She's my best mate. I'd do anything for her and Ivy."),
    ("Ivy-Mae", "My niece (2)", "With Dessie", "She calls me Aunty Dem."),
    ("Kerry", "My birth mum", "Text sometimes (07700 900652). I've met her four times with "
     "Dessie", "She's trying. I won't go to hers if Dale's there."),
    ("Julie and Neil", "My adoptive mum and dad", "Sunday dinner at Cherry Orchard once a "
     "month. Julie: 07700 900128", "We're OK now. Julie still does my washing lol."),
    ("Ollie", "My adoptive brother", "Snapchat; he's at uni in Leeds", "He's the one who gets "
     "it."),
    ("Nanny Dawn", "My birth nan", "I ring her on Sundays (0121 496 0274)", "She still knits. "
     "She made Ivy a rabbit like Mabel."),
    ("Riley", "My little brother", "Letterbox once a year, through Severn Vale Adoption",
     "I just want him to know I exist. When he's 18 I'll be waiting."),
    ("Harvey", "My boyfriend (19)", "Weekends", "He's got a car, before anyone starts. He's "
     "sound."),
    ("Mia", "Best friend from school", "Always", "Ride or die."),
)

PATHWAY_PEOPLE_NOTE = (
    "PA's note: Harvey Lomax, DOB 08/12/2003. They have been together since March 2023. PC "
    "Gemma Tranter (neighbourhood team) told me on 21/07/2023 that Harvey was stopped in his "
    "car (FN19 ZKP) in June with a small amount of cannabis; there is no other intelligence. "
    "Demi-Leigh knows we have talked about this and says 'he's not like that'. Wayne Stokes: "
    "no contact. He sent Demi-Leigh a friend request on Facebook in April 2023; she blocked him "
    "and it was reported to police."
)

PATHWAY_MORE: tuple[tuple[str, str, str], ...] = (
    ("5. Practical skills and money",
     "Cooks four nights a week (good at curries). Budgeting work with Nathan; she pays a "
     "\u00a310 weekly service charge. Bank account since 2022. Junior ISA of \u00a32,180 "
     "matures at 18. Setting-up-home allowance of \u00a33,000 for her own flat.",
     "I can cook better than Nathan, that's not hard. I'm rubbish at saving. I want a flat "
     "with a bath."),
    ("6. Where I'll live",
     "Foxglove Court until at least 18. Greyholme Homes application made on 01/09/2023 (band "
     "A, care leaver). Aim: her own flat in Walsall by September 2024. Contingency: if no flat "
     "is offered by her 18th birthday, she can stay at Foxglove under Staying Close until one "
     "is.",
     "Not too far from Dessie. Not near Penrose Court. A bath."),
)

PATHWAY_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("Action", "Who", "By when"),
    ("Place housing bids every week", "Demi-Leigh, with Zara", "From 01/10/2023"),
    ("Referral to the stop smoking service (vaping)", "Maxine Grant", "31/10/2023"),
    ("Deed poll on her 18th birthday", "Zara Akhtar", "August 2024"),
    ("Explain how to ask for her records at 18", "Tom Beardmore", "August 2024"),
    ("UCAS application for Children's Nursing", "Demi-Leigh and Lisa Darby", "15/01/2025"),
    ("Healthy relationships sessions", "Zara Akhtar", "Monthly"),
)

PATHWAY_MY_COMMENTS = (
    "I want people to know I'm not my file. I'm Demi-Leigh, I'm 17, I'm going to be a nurse, "
    "and I'm a good auntie. And please stop writing DLW like I'm a code."
)

PATHWAY_SIGNED: tuple[tuple[str, ...], ...] = (
    ("Signed", "Name", "Date"),
    ("Young person", "Demi-Leigh W", "14/09/2023"),
    ("Personal adviser", "Zara Akhtar", "14/09/2023"),
    ("Social worker", "T. Beardmore", "15/09/2023"),
    ("Team manager", "Debbie Cotterill", "20/09/2023"),
)


def build_pathway(corpus: Corpus) -> None:
    """Write the pathway plan as a Word document (curly quotes, as Word types them)."""
    doc = Document()
    text: list[str] = []
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    def add(line: str, *, bold: bool = False, style: str | None = None) -> None:
        line = smart(line)
        p = doc.add_paragraph(style=style)
        p.add_run(line).bold = bold
        text.append(line)

    def table(rows: tuple[tuple[str, ...], ...], widths: tuple[float, ...]) -> None:
        grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
        grid.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = grid.cell(r, c)
                cell.width = Cm(widths[c])
                cell.text = smart(value)
                if r == 0 and len(rows[0]) > 2:
                    cell.paragraphs[0].runs[0].bold = True
        text.append(smart(rows_text(rows)))

    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2.0)
        header = section.header.paragraphs[0]
        header.text = f"OFFICIAL-SENSITIVE | Pathway Plan | {SUBJECT} | ID {SUBJECT_ID}"
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        text.append(header.text)
        footer = section.footer.paragraphs[0]
        footer.text = f"{COUNCIL} - Leaving Care Service"
        text.append(footer.text)

    add("My Pathway Plan", style="Title")
    add("Greyholme Leaving Care Service. Pathway plan review (2nd). Date of plan: 14 September "
        "2023. Next review: 14/03/2024.")
    add("About me", style="Heading 1")
    table(PATHWAY_ABOUT, (4.5, 12.5))
    for heading, happening, words in PATHWAY_SECTIONS:
        add(heading, style="Heading 1")
        add("What's happening now", bold=True)
        add(happening)
        add("In my words", bold=True)
        add(f'"{words}"')
    add("4. Family and friends", style="Heading 1")
    add("People who matter to me (I chose who goes in this table):")
    table(PATHWAY_PEOPLE, (3.2, 3.4, 5.4, 5.0))
    add(PATHWAY_PEOPLE_NOTE)
    for heading, happening, words in PATHWAY_MORE:
        add(heading, style="Heading 1")
        add("What's happening now", bold=True)
        add(happening)
        add("In my words", bold=True)
        add(f'"{words}"')
    add("7. Actions", style="Heading 1")
    table(PATHWAY_ACTIONS, (9.0, 5.0, 3.0))
    add("8. My comments on this plan", style="Heading 1")
    add(f'"{PATHWAY_MY_COMMENTS}"')
    table(PATHWAY_SIGNED, (5.0, 7.0, 5.0))

    props = doc.core_properties
    props.title = "Pathway Plan"
    props.author = "Zara Akhtar"
    props.last_modified_by = "Zara Akhtar"
    props.subject = "Pathway plan review"
    props.created = dt.datetime(2023, 9, 11, 10, 12, 0)
    props.modified = dt.datetime(2023, 9, 20, 15, 40, 0)
    props.revision = 7
    buffer = io.BytesIO()
    doc.save(buffer)
    data = fixed_zip(buffer.getvalue(), (2023, 9, 20, 15, 40, 0))
    (CASE_DIR / PATHWAY_DOCX).write_bytes(data)
    corpus.add(PATHWAY_DOCX, *text)


# --------------------------------------------------------------------------------------------
# E-mail chain (EML), March 2022: forwarded with quoted replies, letterbox letter attached
# --------------------------------------------------------------------------------------------

TOM_EMAIL = "tom.beardmore@greyholme.example.gov.uk"
JULIE_EMAIL = "julie.whitcombe@example.com"
NEIL_EMAIL = "neil.whitcombe@example.org"

EMAIL_HEADERS = {
    "From": f"Tom Beardmore <{TOM_EMAIL}>",
    "To": "Angela Devlin <angela.devlin@greyholme.example.gov.uk>, "
          "Marcia Campbell <marcia.campbell@greyholme.example.gov.uk>",
    "Cc": "Ruth Bains <ruth.bains@example.org>",
    "Subject": "FW: Demi-Leigh - Saturday 19th / letterbox letter",
}

EMAIL_TOP = (
    "Angela, Marcia,",
    "Forwarding Julie Whitcombe's email below (with my earlier reply to her underneath) as it "
    "affects the family time plan and the review on the 22nd.",
    "1. Neil would like to join the next session with Julie, Sat 19th March, in Aldridge. "
    "Demi-Leigh has said yes - 'as long as Marcia's there and I can leave if I want' - when I "
    "saw her at Larkspur House on Wednesday (she was teaching Jayden, one of the younger "
    "lads, to make pancakes). Ruth has done two sessions with Neil about what "
    "happened in June 2019 and thinks he is ready. Marcia, could you book the private room at "
    "the cafe?",
    "2. Attached is the letterbox letter from Demi-Leigh's birth grandmother, which Julie has "
    "typed up. Mrs Hackett has put her address and landline in it, which the letterbox "
    "agreement says she shouldn't. As Demi-Leigh is already in touch with Destiny and has met "
    "Kerry, I don't think we should hold it back, but I'd like to give it to her in key-work "
    "with Shaun rather than hand it over cold. Angela, can we add it to the agenda?",
    "Thanks,\nTom",
)

EMAIL_SIGNATURE = f"""Tom Beardmore | Social Worker | Children in Care Team 2
{COUNCIL}
0121 496 0550 | 07700 900241 | {TOM_EMAIL}
This e-mail may contain OFFICIAL-SENSITIVE information."""

EMAIL_FORWARDED = f"""---------- Forwarded message ---------
From: Julie Whitcombe <{JULIE_EMAIL}>
Date: Thu, 3 Mar 2022 at 22:47
Subject: Re: Demi-Leigh - Saturday 19th
To: Tom Beardmore <{TOM_EMAIL}>
Cc: Neil Whitcombe <{NEIL_EMAIL}>


Hi Tom,

Thanks for ringing back. Neil and I talked it through last night and yes, he'd
like to come on the 19th if Demi's OK with it. He's written her a card too,
which he'll bring.

I've attached Dawn's letterbox letter that came on Monday. I've typed it out
because her writing is hard to read and the original is a bit tea-stained
(sorry!) - I'll bring the original too. She's put her phone number and address
on it, which I know she isn't supposed to, but I'm past worrying about that now
that Demi's in touch with Destiny anyway.

Also - Ollie's home from uni that weekend, so could he pop in and say hello at
the end? Bailey will definitely be coming, he's missed her.

Jules x
07700 900128

On Tue, 1 Mar 2022 at 16:05, Tom Beardmore <{TOM_EMAIL}> wrote:
> Hi Julie,
>
> Thanks for your message on Sunday. I've spoken to Demi-Leigh about Neil
> coming to family time. She said yes, as long as Marcia is there and she
> can leave if she wants to. She also asked if Bailey can come!
>
> Ruth is happy with how her sessions with Neil have gone. Could you let me
> know by Friday whether Sat 19th works for you both? Marcia will book the
> room.
>
> Best wishes,
> Tom
>
> On 27 Feb 2022, at 20:31, Julie Whitcombe <{JULIE_EMAIL}> wrote:
>> Tom, Neil has asked if he can come to the next family time with Demi.
>> He's been working really hard with Ruth and he wants to say sorry to her
>> face. Also a letterbox letter has come from Mrs Hackett, the first since
>> Demi went into care. What do you want me to do with it? Julie
"""

LETTERBOX_LETTER = """Typed up by Julie W. from the handwritten letter, 3/3/22

22 Stour Road
Wednesbury
WS10 7PJ
Tel 0121 496 0274

Sunday 20th February 2022

Dear Demi-Leigh,

I hope you are well and happy my darling. It's your Nanny Dawn again. I know
you are 15 now and that you are living in a children's home (Destiny told me,
don't be cross with her). I think about you every day.

Destiny's little girl Ivy-Mae is 9 months now and crawling everywhere, she is
the image of you at that age with her curly hair. Your mum is doing better,
she has been off the drink since the summer and she's got a little job in a
cafe. Kez says to tell you she loves you and she is sorry for the things she
said about your dad at the centre.

I still send Riley's letter every year to the other agency (Severn Vale
Adoption) and I get one back with a photo. He is 14 and he plays football and
he is taller than me already!

I still have the photo of you with Mabel the rabbit. I knitted her the week you
were born, in the hospital, while your mum was asleep. When you were two you
used to sing Twinkle Twinkle to Riley in his basket and he would stop crying
straight away.

If you want to ring me you can, any time. My number is at the top. If you don't
want to that's alright too, I will still be here.

All my love always,
Nanny Dawn xxx
"""


def build_email(corpus: Corpus) -> None:
    """Write the social worker's forwarded e-mail with the letterbox letter attached."""
    top = "\n\n".join(textwrap.fill(p, 76, break_on_hyphens=False) if "\n" not in p else p
                      for p in EMAIL_TOP)
    body = f"{top}\n\n{EMAIL_SIGNATURE}\n\n{EMAIL_FORWARDED}"
    msg = EmailMessage()
    for name, value in EMAIL_HEADERS.items():
        msg[name] = value
    msg["Date"] = format_datetime(dt.datetime(2022, 3, 4, 9, 12, 40, tzinfo=dt.UTC))
    msg["Message-ID"] = "<DB9PR03MB7412A0C3E55E1F2B9D04C7A1D9049@DB9PR03MB7412.eurprd03.prod>"
    msg["Thread-Topic"] = "Demi-Leigh - Saturday 19th / letterbox letter"
    msg["X-MS-Has-Attach"] = "yes"
    msg["Content-Language"] = "en-GB"
    msg.set_content(body, cte="base64")
    msg.add_attachment(LETTERBOX_LETTER, subtype="plain", filename=LETTERBOX_TXT,
                       cte="base64")
    msg.set_boundary("_004_DB9PR03MB7412A0C3E55E1F2B9D04C7A1D9049DB9PR03MB7412eurp_")
    data = msg.as_bytes(policy=default_policy)
    parsed = message_from_bytes(data, policy=default_policy)
    parts = [part.get_content() for part in parsed.iter_parts()]
    assert normalise(parts[0]) == normalise(body), "e-mail body does not round-trip"
    assert normalise(parts[1]) == normalise(LETTERBOX_LETTER), "attachment does not round-trip"
    assert b"Kerry" not in data and b"Hackett" not in data, "e-mail body is not encoded"
    (CASE_DIR / EMAIL_EML).write_bytes(data)
    corpus.add(EMAIL_EML, *EMAIL_HEADERS.values(), body, LETTERBOX_LETTER)


# --------------------------------------------------------------------------------------------
# Chronology export (CSV), dd.mm.yy dates
# --------------------------------------------------------------------------------------------

CHRONOLOGY: tuple[tuple[str, ...], ...] = (
    ("Date", "Event type", "Summary", "Recorded by", "Significant"),
    ("03.08.06", "Birth", "Demi-Leigh Rose Hackett born at Greyholme General Hospital, 2.9 kg. "
     "Mother Kerry Hackett (DOB 11.02.88). Sister Destiny (3).", "Health notification", "Y"),
    ("12.09.07", "Health", "HV letter to GP: faltering growth, weight below 9th centile; "
     "dietitian referral; mother low mood (EPDS 16).", "J Whitehouse (HV)", "Y"),
    ("29.04.08", "Police / DV", "Domestic incident at 14 Tansey Close. Mother's partner Craig "
     "Lenton arrested. All three children present.", "WMP PPN", "Y"),
    ("30.04.08", "Strategy discussion", "Joint s47 agreed (police and CSC).", "N Bradshaw (SW)",
     "Y"),
    ("21.05.08", "ICPC", "Initial child protection conference: all three children subject to "
     "CP plans, category neglect.", "G Fellows (Chair)", "Y"),
    ("13.08.08", "RCPC", "Review conference: plans continue. Mother attending the Freedom "
     "Programme; Demi-Leigh's weight now on 50th centile.", "G Fellows (Chair)", "N"),
    ("02.02.09", "Accommodated", "Demi-Leigh and Riley accommodated (s20) after mother found "
     "intoxicated and children left alone overnight. Placed together with in-house foster "
     "carers Pauline and Trevor Mapp, 41 Hawthorn Rise, Bilston WV14 0QT (0121 496 0815). "
     "Destiny to her maternal grandmother.", "N Bradshaw (SW)", "Y"),
    ("09.02.09", "Benefits", "Child benefit for Demi-Leigh and Riley stopped; mother's NI "
     f"{KERRY_NI} given to HMRC.", "Business support", "N"),
    ("20.02.09", "Legal", "Care proceedings issued; Interim Care Orders (s38) for Demi-Leigh "
     "and Riley.", "Legal Services", "Y"),
    ("03.03.09", "Family", "Destiny (DOB 14.11.02) moved to live with her father, Jason "
     "Pryce, in Cannock "
     "(Staffordshire). Not subject of these proceedings.", "N Bradshaw (SW)", "N"),
    ("14.01.10", "Legal", "Care Orders (s31) and Placement Orders (s21 ACA 2002) for "
     "Demi-Leigh and Riley. Plan: adoption, separately (matching).", "Legal Services", "Y"),
    ("04.06.10", "Family time", "Goodbye family time with mother and maternal grandmother at "
     "The Oaks Family Centre, Bilston. Mother gave Demi-Leigh a photo album.", "M Campbell "
     "(FSW)", "Y"),
    ("18.06.10", "Placement", "Placed for adoption with Julie and Neil Whitcombe, 8 Cherry "
     "Orchard, Aldridge WS9 0ZQ. Mrs Mapp did the final handover; Demi-Leigh took Mabel.",
     "R Bains (Adoption SW)", "Y"),
    ("25.06.10", "Family", "Riley Hackett placed for adoption through Severn Vale Adoption "
     "(their ref. SVA/2010/117). Letterbox agreed between the two families.",
     "R Bains (Adoption SW)", "N"),
    ("06.09.10", "Education", "Started Reception at Beacon View Primary School, Aldridge.",
     "R Bains (Adoption SW)", "N"),
    ("22.03.11", "Legal", "Adoption Order made. New name Demi Whitcombe; new NHS number "
     "issued. Case closed to Children's Services.", "Legal Services", "Y"),
    ("28.06.19", "Referral / strategy", "Police referral: missing overnight 26-27.06.19; "
     "disclosure of physical harm by adoptive father. Strategy meeting; joint s47.",
     "D Cotterill (TM)", "Y"),
    ("05.07.19", "Accommodated", "s20. Placed with in-house foster carers Bev and Carl "
     "Nightingale, 3 Foundry Mews, Willenhall WV13 2ZT (07700 900847).", "T Beardmore (SW)",
     "Y"),
    ("02.07.19", "Police information", "Birth father Wayne Stokes (DOB 29.09.84) on licence "
     "and living in Tipton; no known contact. Marker placed on the foster home address.",
     "T Beardmore (SW)", "Y"),
    ("01.08.19", "CLA review", "First CLA review (IRO Angela Devlin).", "A Devlin (IRO)", "N"),
    ("03.09.19", "Education", "Started Year 9 at Moorcroft High School (school move from "
     "Ridgeway Academy).", "T Beardmore (SW)", "Y"),
    ("09.10.19", "Meeting", "Adoption disruption meeting. Adoptive parents unable to resume "
     "care.", "T Beardmore (SW)", "Y"),
    ("21.11.19", "Missing", "Missing from placement 4 hours (at a friend's). Return interview "
     "by Jo Hadley (SSW).", "T Beardmore (SW)", "N"),
    ("12.02.20", "CLA review", "Third CLA review: care order to be considered; sibling family "
     "time agreed.", "A Devlin (IRO)", "Y"),
    ("07.03.20", "Family time", "First family time with her sister Destiny since 2009.",
     "M Campbell (FSW)", "Y"),
    ("22.09.20", "Legal", "Care Order (s31) made at the Family Court sitting at Wolverhampton.",
     "Legal Services", "Y"),
    ("12.12.20", "Family time", "First family time with birth mother since 2010. Mother's "
     "address now Flat 9, Penrose Court, Wednesbury WS10 0XD.",
     "M Campbell (FSW)", "Y"),
    ("28.03.21", "Placement", "Placement with the Nightingales ended (carers' notice: Mrs "
     "Nightingale's ill health). Planned move.", "T Beardmore (SW)", "Y"),
    ("06.04.21", "Placement", "Moved to Larkspur House children's home, Bilston.",
     "T Beardmore (SW)", "Y"),
    ("16.07.21", "Achievement", "Headteacher's Award for Kindness; Drama Student of the Year.",
     "T Beardmore (SW)", "N"),
    ("03.08.22", "Leaving care", "16th birthday: allocated to Leaving Care Service; personal "
     "adviser Zara Akhtar.", "Z Akhtar (PA)", "Y"),
    ("25.08.22", "Education", "GCSE results: English 5, Drama 7, Art 5, Maths 4, Science 4-4.",
     "Z Akhtar (PA)", "Y"),
    ("31.10.22", "Placement", "Moved to Foxglove Court supported accommodation, Walsall.",
     "Z Akhtar (PA)", "Y"),
    ("14.09.23", "Pathway plan", "Pathway plan review (2nd).", "Z Akhtar (PA)", "N"),
    ("03.08.24", "Leaving care", "18th birthday. Care Order ended; former relevant child.",
     "Z Akhtar (PA)", "Y"),
    ("16.09.24", "Accommodation", f"Moved to her own flat: {SUBJECT_FLAT} (Greyholme Homes "
     "tenancy).", "Z Akhtar (PA)", "Y"),
)


def build_chronology(corpus: Corpus) -> None:
    """Write the chronology export as the case system saves it (all fields quoted, CRLF)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerows(CHRONOLOGY)
    (CASE_DIR / CHRONOLOGY_CSV).write_text(buffer.getvalue(), encoding="utf-8", newline="")
    with (CASE_DIR / CHRONOLOGY_CSV).open(encoding="utf-8", newline="") as handle:
        assert tuple(tuple(row) for row in csv.reader(handle)) == CHRONOLOGY
    corpus.add(CHRONOLOGY_CSV, *(" ".join(row) for row in CHRONOLOGY))
    for row in CHRONOLOGY[1:]:
        day = dt.datetime.strptime(row[0], "%d.%m.%y").date()
        corpus.note(CHRONOLOGY_CSV, day.isoformat(), " ".join(row))


# --------------------------------------------------------------------------------------------
# Leaving-care case-notes export (TXT), August 2024 to October 2026
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseNote:
    """One case note of the leaving-care export."""

    date: str  # as the system prints it
    iso: str
    kind: str
    author: str
    body: str


CASE_NOTES: tuple[CaseNote, ...] = (
    CaseNote("2024-08-03", "2024-08-03", "Visit - 18th birthday",
             "Zara Akhtar (Personal Adviser)",
             "Visited DLW at Foxglove Court with a cake from the team. Today her Care Order "
             "ended. Talked through what being a former relevant child means: a PA until 25, "
             "her pathway plan carries on, the setting-up-home allowance, and the higher "
             "education bursary if she goes to university. Her Junior ISA has matured "
             "(\u00a32,184.37) and she has put \u00a32,000 of it into a savings account "
             "'for the flat', which I did not expect and told her so. Destiny and Ivy-Mae came "
             "at 4pm with balloons. Kerry sent a text: 'happy 18th my beautiful girl'. Nathan "
             "gave her a card signed by all the Foxglove staff. DLW: 'I'm an adult. Weird. I "
             "don't feel any different except I'm allowed to buy a lottery ticket.'"),
    CaseNote("2024-08-19", "2024-08-19", "Office - deed poll",
             "Zara Akhtar (Personal Adviser)",
             "Helped DLW with her deed poll: from today she is Demi-Leigh Whitcombe. Letters "
             "to the bank, the GP, the college and Greyholme Homes done in the office. She "
             "read the deed out loud twice and said 'Both bits of me.' Updated her record."),
    CaseNote("2024-09-16", "2024-09-16", "Move - own tenancy",
             "Zara Akhtar (Personal Adviser)",
             f"Moving day. Demi-Leigh signed for her flat ({SUBJECT_FLAT}) at the Greyholme "
             "Homes office at 10:00. Setting-up-home allowance: bed, sofa, washing machine, "
             "fridge-freezer and curtains delivered by 2pm. Julie and Neil helped carry "
             "boxes; Neil's borrowed van was parked on the double yellows the whole time. "
             "Destiny brought a spider plant. Demi-Leigh ran a bath at 5pm and sent me a photo "
             "of the bubbles. Her words: 'My own front door. Nobody can move me.'"),
    CaseNote("2024-10-14", "2024-10-14", "Phone call - housing",
             "Zara Akhtar (Personal Adviser)",
             "Sam Oakley (Greyholme Homes) rang: the neighbour at Flat 8, Mr Dariusz Nowak, "
             "has complained about loud music and a man shouting on the landing after midnight "
             "on Saturday. Rang Demi-Leigh. She said it was Harvey and two of his friends and "
             "that she had asked them to leave. She was embarrassed and went round to "
             "apologise to Mr Nowak the same evening. Agreed: no visitors after 11pm on "
             "weeknights for now. She is worried about her tenancy; reassured her that one "
             "complaint is not a warning."),
    CaseNote("Mon 4th Nov 24", "2024-11-04", "Out of hours",
             "Lewis Grainger (EDT social worker)",
             "23:10 call from Demi-Leigh Whitcombe, care leaver, from a neighbour's phone. "
             "Harvey Lomax (DOB 08/12/2003) punched the wall next to her head during an "
             "argument, took her mobile and left in his car, FN19ZKP. She rang 999 first; PC "
             "Gemma Tranter and a colleague attended at 23:35 and stayed until 00:40. Harvey "
             "was arrested later on the ring road. Demi-Leigh was shaken but not hurt. "
             "She asked me to write this down exactly: 'I'm not my mum. I'm not doing what she "
             "did. He's gone.' Destiny came to stay the night. Email to her PA for the morning."),
    CaseNote("2024-11-05", "2024-11-05", "Visit",
             "Zara Akhtar (Personal Adviser)",
             "Visited with DLW's agreement. DASH risk checklist: medium risk. She has ended "
             "the relationship. Greyholme Homes are changing the lock today; I have ordered a "
             "new phone from the emergency fund (her own number, 07700 900562, kept; Harvey's "
             "number, 07700 900993, blocked). "
             "Referral to the domestic abuse service made with her consent. She is going "
             "to college tomorrow 'because I'm not letting him take that as well'. Police: "
             "Harvey charged with criminal damage and theft; bail conditions not to contact "
             "her or come to Chancery Point."),
    CaseNote("2025-01-20", "2025-01-20", "Visit", "Zara Akhtar (Personal Adviser)",
             "Flat spotless. DLW registered with the Wharf Lane GP; health check booked. She "
             "has started counselling at college (six sessions) and says it is 'different "
             "from CAMHS because I chose it'. UCAS application submitted on 14/01/2025 for "
             "Children's Nursing: five choices, first choice Wolverhampton. Mr Nowak next door "
             "now takes in her parcels. She told me that when she was 7 she wrote a letter to "
             "Riley and Julie posted it through the letterbox service for her, and that she "
             "has written him one every year since, 'even the years nobody sent them'."),
    CaseNote("2025-08-14", "2025-08-14", "Phone call", "Zara Akhtar (Personal Adviser)",
             "Results day. Demi-Leigh rang at 8:05 screaming: Level 3 Extended Diploma in "
             "Health and Social Care, D*D*D. Her place on the Children's Nursing degree is "
             "confirmed for September. She had already rung Destiny, Julie and Nanny Dawn. "
             "'Tell Tom. Tell Angela. Tell everybody.' Passed on to Tom, who cried."),
    CaseNote("2025-09-22", "2025-09-22", "Visit", "Zara Akhtar (Personal Adviser)",
             "First week of university done. She is keeping the flat and commuting by train. "
             "Higher education bursary (\u00a32,000) paid. Showed me her uniform for "
             "placement. 'I'm going to be the nurse I needed.'"),
    CaseNote("2026-10-15", "2026-10-15", "Office", "Zara Akhtar (Personal Adviser)",
             "Demi-Leigh came in to ask how to see her records from when she was little. "
             "Explained the subject access request and that other people's information will "
             "be taken out. She said: 'I want to read the bits about me. I want to know why, "
             "from the people who wrote it at the time.' Helped her send the request to the "
             "information governance team; she wants her PA with her when she reads it."),
)

NOTES_HEADER = f"""{COUNCIL.upper()}
LEAVING CARE SERVICE - CASE NOTES EXPORT
Client:  WHITCOMBE, Demi-Leigh   (ID {SUBJECT_ID})   DOB: {SUBJECT_DOB}
Address: {SUBJECT_FLAT}
Export:  03/11/2026 for {SAR}   Notes: {len(CASE_NOTES)}
"""


def build_case_notes(corpus: Corpus) -> None:
    """Write the leaving-care case-notes export, wrapped at 78 columns as the system does."""
    rule = "=" * 78
    blocks = [NOTES_HEADER]
    for note in CASE_NOTES:
        body = textwrap.fill(note.body, 78, break_on_hyphens=False)
        block = (f"{rule}\nDate: {note.date:<20}Type: {note.kind}\nAuthor: {note.author}\n"
                 f"{'-' * 78}\n{body}\n")
        blocks.append(block)
        corpus.note(NOTES_TXT, note.iso, block)
    text = "\n".join(blocks) + f"{rule}\nEND OF EXPORT\n"
    (CASE_DIR / NOTES_TXT).write_text(text, encoding="utf-8", newline="\r\n")
    corpus.add(NOTES_TXT, text)


# --------------------------------------------------------------------------------------------
# case.toml and ground truth
# --------------------------------------------------------------------------------------------

SUBJECT_ALIASES = ("Demi-Leigh", "Demi", "Demi-Leigh Hackett", "Demi Whitcombe", "Dem")

PEOPLE: tuple[Person, ...] = (
    Person("Kerry Hackett", ("Kerry", "Ms Hackett", "Kez"), "redact", "no consent",
           relationship="birth mother"),
    Person("Wayne Stokes", ("Wayne", "Mr Stokes"), "redact",
           "not asked: a risk to the subject, who does not want him to know where she lives",
           relationship="birth father"),
    Person("Julie Whitcombe", ("Julie", "Mrs Whitcombe", "Jules"), "redact",
           "no reply to the consent request of 2026-10-23", relationship="adoptive mother"),
    Person("Neil Whitcombe", ("Neil", "Mr Whitcombe"), "redact",
           "no reply to the consent request of 2026-10-23", relationship="adoptive father"),
    Person("Tom Beardmore", ("Tom",), "disclose", "acting as her social worker",
           role="social worker"),
    Person("Zara Akhtar", ("Zara",), "disclose", "acting as her personal adviser",
           role="personal adviser"),
)


def case_toml() -> str:
    """The text of this case's CASE.toml in the DESIGN.md format."""
    lines = ["# Case file for the second held-out fictional sample case in this folder (see",
             "# ../README.md). Everyone named here is invented.", "",
             "[subject]", f"name = {toml_str(SUBJECT)}",
             f"aliases = [{', '.join(toml_str(a) for a in SUBJECT_ALIASES)}]",
             'date_of_birth = "2006-08-03"', "",
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


KERRY, WAYNE, DESTINY, RILEY, DAWN = ("Kerry Hackett", "Wayne Stokes", "Destiny Hackett",
                                      "Riley Hackett", "Dawn Hackett")
JULIE, NEIL, OLIVER, SHEILA = ("Julie Whitcombe", "Neil Whitcombe", "Oliver Whitcombe",
                               "Sheila Whitcombe")
PAULINE, TREVOR, BEV, CARL = ("Pauline Mapp", "Trevor Mapp", "Bev Nightingale",
                              "Carl Nightingale")

REDACT: tuple[tuple[str, str, str], ...] = (
    # Birth mother
    ("Kerry Hackett", "person", KERRY),
    ("KERRY HACKETT", "person", KERRY),
    ("Kerry", "person", KERRY),
    ("Kerry's", "person", KERRY),
    ("kez.hackett88@example.com", "email", KERRY),
    ("Ms Hackett", "person", KERRY),
    ("Ms Hackett's", "person", KERRY),
    ("Ms K. Hackett", "person", KERRY),
    ("Kez", "person", KERRY),
    ("11/02/1988", "dob", KERRY),
    ("11.02.88", "dob", KERRY),
    ("14 Tansey Close", "address", KERRY),
    ("14 TANSEY CLOSE", "address", KERRY),
    ("Tansey Close", "address", KERRY),
    ("WS10 8QZ", "postcode", KERRY),
    ("Flat 9, Penrose Court", "address", KERRY),
    ("Penrose Court", "address", KERRY),
    ("WS10 0XD", "postcode", KERRY),
    ("07700 900481", "phone", KERRY),
    ("07700 900652", "phone", KERRY),
    (KERRY_NI, "ni", KERRY),
    # Birth father
    ("Wayne Stokes", "person", WAYNE),
    ("WAYNE STOKES", "person", WAYNE),
    ("Wayne", "person", WAYNE),
    ("Wayne's", "person", WAYNE),
    ("Mr Stokes", "person", WAYNE),
    ("29/09/1984", "dob", WAYNE),
    ("29.09.84", "dob", WAYNE),
    ("07700 900309", "phone", WAYNE),
    ("DK57 RZW", "vehicle", WAYNE),
    # Destiny's father
    ("JASON PRYCE", "person", "Jason Pryce"),
    ("Jason Pryce", "person", "Jason Pryce"),
    ("Mr Pryce's", "person", "Jason Pryce"),
    # Mother's former partner
    ("Craig Lenton", "person", "Craig Lenton"),
    ("CRAIG LENTON", "person", "Craig Lenton"),
    ("Craig", "person", "Craig Lenton"),
    ("Craig's", "person", "Craig Lenton"),
    ("Mr Lenton", "person", "Craig Lenton"),
    ("Mr Lenton's", "person", "Craig Lenton"),
    ("03/03/1986", "dob", "Craig Lenton"),
    ("YR07 HVN", "vehicle", "Craig Lenton"),
    # Mother's partner in 2020
    ("Dale", "person", "Dale"),
    ("Dale\u2019s", "person", "Dale"),  # Word's apostrophe
    # Birth grandmother
    ("Dawn Hackett", "person", DAWN),
    ("DAWN HACKETT", "person", DAWN),
    ("Mrs Dawn Hackett", "person", DAWN),
    ("Mrs Hackett", "person", DAWN),
    ("Dawn", "person", DAWN),
    ("Dawn's", "person", DAWN),
    ("05/05/1963", "dob", DAWN),
    ("22 Stour Road", "address", DAWN),
    ("WS10 7PJ", "postcode", DAWN),
    ("0121 496 0274", "phone", DAWN),
    # Sister
    ("Destiny Hackett", "person", DESTINY),
    ("DESTINY HACKETT", "person", DESTINY),
    ("Destiny", "person", DESTINY),
    ("Destiny's", "person", DESTINY),
    ("Dessie", "person", DESTINY),
    ("DH", "person", DESTINY),
    ("Dee-Dee", "person", DESTINY),
    ("14/11/2002", "dob", DESTINY),
    ("14.11.02", "dob", DESTINY),
    (DESTINY_NHS, "nhs", DESTINY),
    ("1059921", "case_ref", DESTINY),
    ("1156023", "case_ref", DESTINY),
    ("07700 900736", "phone", DESTINY),
    ("+44 7700 900736", "phone", DESTINY),
    ("dessie.h02@example.com", "email", DESTINY),
    ("Flat 3, 19 Orchard Walk", "address", DESTINY),
    ("WS11 4ZR", "postcode", DESTINY),
    # Niece
    ("Ivy-Mae", "person", "Ivy-Mae"),
    ("Ivy", "person", "Ivy-Mae"),
    ("22/05/2021", "dob", "Ivy-Mae"),
    # Brother
    ("Riley Hackett", "person", RILEY),
    ("RILEY HACKETT", "person", RILEY),
    ("Riley", "person", RILEY),
    ("Riley's", "person", RILEY),
    ("17/01/2008", "dob", RILEY),
    ("17th January 2008", "dob", RILEY),
    (RILEY_NHS, "nhs", RILEY),
    ("1074410", "case_ref", RILEY),
    ("SVA/2010/117", "case_ref", RILEY),
    # Adoptive family
    ("Julie Whitcombe", "person", JULIE),
    ("Julie Whitcombe's", "person", JULIE),
    ("Julie", "person", JULIE),
    ("Julie W.", "person", JULIE),
    ("Mrs Whitcombe", "person", JULIE),
    ("Mrs Whitcombe's", "person", JULIE),
    ("Jules", "person", JULIE),
    ("07700 900128", "phone", JULIE),
    ("julie.whitcombe@example.com", "email", JULIE),
    ("Whitcombes", "person", JULIE),
    ("Neil Whitcombe", "person", NEIL),
    ("Neil", "person", NEIL),
    ("Neil's", "person", NEIL),
    ("Mr Whitcombe", "person", NEIL),
    ("07700 900193", "phone", NEIL),
    ("neil.whitcombe@example.org", "email", NEIL),
    ("8 Cherry Orchard", "address", JULIE),
    ("Cherry Orchard", "address", JULIE),
    ("WS9 0ZQ", "postcode", JULIE),
    ("Oliver Whitcombe", "person", OLIVER),
    ("Oliver", "person", OLIVER),
    ("Ollie", "person", OLIVER),
    ("Ollie's", "person", OLIVER),
    ("19/04/2003", "dob", OLIVER),
    ("Sheila Whitcombe", "person", SHEILA),
    ("Mrs Sheila Whitcombe", "person", SHEILA),
    ("Mrs Sheila Whitcombe's", "person", SHEILA),
    # Foster carers 2009-2010 (unclear role)
    ("Pauline Mapp", "person", PAULINE),
    ("Pauline", "person", PAULINE),
    ("Mrs Mapp", "person", PAULINE),
    ("Trevor Mapp", "person", TREVOR),
    ("Trevor", "person", TREVOR),
    ("41 Hawthorn Rise", "address", PAULINE),
    ("WV14 0QT", "postcode", PAULINE),
    ("0121 496 0815", "phone", PAULINE),
    # Foster carers 2019-2021 (unclear role)
    ("Bev Nightingale", "person", BEV),
    ("Bev", "person", BEV),
    ("Bev's", "person", BEV),
    ("Mrs Nightingale", "person", BEV),
    ("Mrs Nightingale's", "person", BEV),
    ("Mrs B. Nightingale", "person", BEV),
    ("Nightingales", "person", BEV),
    ("Carl Nightingale", "person", CARL),
    ("Carl", "person", CARL),
    ("Carl's", "person", CARL),
    ("3 Foundry Mews", "address", BEV),
    ("WV13 2ZT", "postcode", BEV),
    ("07700 900847", "phone", BEV),
    # Police (unclear role)
    ("DC Ian Rudge", "person", "Ian Rudge"),
    ("Ian Rudge", "person", "Ian Rudge"),
    ("DC Rudge", "person", "Ian Rudge"),
    ("DS Paul Kirby", "person", "Paul Kirby"),
    ("Paul Kirby", "person", "Paul Kirby"),
    ("DS Kirby", "person", "Paul Kirby"),
    ("PC Gemma Tranter", "person", "Gemma Tranter"),
    ("Gemma Tranter", "person", "Gemma Tranter"),
    ("PC Tranter", "person", "Gemma Tranter"),
    # Neighbours, friends, other young people, boyfriend
    ("Mrs Iris Beddows", "person", "Iris Beddows"),
    ("Iris Beddows", "person", "Iris Beddows"),
    ("12 Tansey Close", "address", "Iris Beddows"),
    ("Mia Thornton", "person", "Mia Thornton"),
    ("Mia", "person", "Mia Thornton"),
    ("Mia's", "person", "Mia Thornton"),
    ("Tayla", "person", "Tayla"),
    ("Jayden", "person", "Jayden"),
    ("Harvey Lomax", "person", "Harvey Lomax"),
    ("Harvey", "person", "Harvey Lomax"),
    ("Harvey's", "person", "Harvey Lomax"),
    ("07700 900993", "phone", "Harvey Lomax"),
    ("08/12/2003", "dob", "Harvey Lomax"),
    ("FN19 ZKP", "vehicle", "Harvey Lomax"),
    ("FN19ZKP", "vehicle", "Harvey Lomax"),
    ("Mr Dariusz Nowak", "person", "Dariusz Nowak"),
    ("Dariusz Nowak", "person", "Dariusz Nowak"),
    ("Mr Nowak", "person", "Dariusz Nowak"),
    ("Flat 8", "address", "Dariusz Nowak"),
)
# Foster carers and police officers: unclear roles under DESIGN.md.
UNCLEAR_PEOPLE = {PAULINE, TREVOR, BEV, CARL, "Ian Rudge", "Paul Kirby", "Gemma Tranter"}

KEEP: tuple[tuple[str, str], ...] = (
    # The subject: every name she has had, and her own identifiers
    (SUBJECT, "subject"),
    (BIRTH_NAME, "subject"),
    ("DEMI-LEIGH HACKETT", "subject"),
    ("Demi-Leigh HACKETT", "subject"),
    ("Demi-Leigh Rose Hackett", "subject"),
    (ADOPTED_NAME, "subject"),
    ("Demi WHITCOMBE", "subject"),
    ("WHITCOMBE, Demi-Leigh", "subject"),
    ("Demi-Leigh W", "subject"),
    ("Demi-Leigh", "subject"),
    ("Demi", "subject"),
    ("Dem", "subject"),
    ("Aunty Dem", "subject"),
    ("DLW", "subject"),
    (SUBJECT_DOB, "subject"),
    ("03.08.2006", "subject"),
    ("03.08.06", "subject"),
    ("3rd August 2006", "subject"),
    (SUBJECT_ID, "subject"),
    (SUBJECT_ID_BIRTH, "subject"),
    (SUBJECT_NHS, "subject"),
    (SUBJECT_NHS_BIRTH, "subject"),
    (SUBJECT_NI, "subject"),
    (SUBJECT_PHONE, "subject"),
    (SUBJECT_EMAIL, "subject"),
    (SUBJECT_FLAT, "subject"),
    ("Flat 7, Chancery Point", "subject"),
    (FOXGLOVE, "subject"),
    ("Foxglove Court", "subject"),
    # Professionals, with and without titles, initials and role abbreviations
    ("Jan Whitehouse", "professional"),
    ("J Whitehouse", "professional"),
    ("Dr M. Iqbal", "professional"),
    ("Dr Iqbal", "professional"),
    ("Nicola Bradshaw", "professional"),
    ("N Bradshaw", "professional"),
    ("Nicola", "professional"),
    ("Sunita Rai", "professional"),
    ("Graham Fellows", "professional"),
    ("G Fellows", "professional"),
    ("Lynne Cox", "professional"),
    ("Karen Bould", "professional"),
    ("Stephen Hollins", "professional"),
    ("Mr Hollins", "professional"),
    ("Sam Oakley", "professional"),
    ("Tom Beardmore", "professional"),
    ("T Beardmore", "professional"),
    ("T. Beardmore", "professional"),
    ("Tom", "professional"),
    (TOM_EMAIL, "professional"),
    ("0121 496 0550", "professional"),
    ("07700 900241", "professional"),
    ("Debbie Cotterill", "professional"),
    ("D Cotterill", "professional"),
    ("Anita Shergill", "professional"),
    ("Ruth Bains", "professional"),
    ("R Bains", "professional"),
    ("Ruth", "professional"),
    ("ruth.bains@example.org", "professional"),
    ("Gill Hartshorn", "professional"),
    ("Phil Garbett", "professional"),
    ("Angela Devlin", "professional"),
    ("A Devlin", "professional"),
    ("Angela", "professional"),
    ("angela.devlin@greyholme.example.gov.uk", "professional"),
    ("0121 496 0527", "professional"),
    ("Jo Hadley", "professional"),
    ("Kathryn Poole", "professional"),
    ("Mrs Poole", "professional"),
    ("Owen Tilley", "professional"),
    ("Maxine Grant", "professional"),
    ("maxine.grant@example.org", "professional"),
    ("0121 496 0461", "professional"),
    ("Dr Samuel Osei", "professional"),
    ("Dr Hannah Lowe", "professional"),
    ("hannah.lowe@example.org", "professional"),
    ("0121 496 0712", "professional"),
    ("Marcia Campbell", "professional"),
    ("M Campbell", "professional"),
    ("Marcia", "professional"),
    ("marcia.campbell@greyholme.example.gov.uk", "professional"),
    ("Shaun Dempsey", "professional"),
    ("Shaun", "professional"),
    ("Mr Kwame Asante", "professional"),
    ("Mr K. Asante", "professional"),
    ("Mr Rob Fenton", "professional"),
    ("Miss E. Brookes", "professional"),
    ("Mr D. Sheppard", "professional"),
    ("Mrs P. Lal", "professional"),
    ("Mrs C. Booth", "professional"),
    ("Mrs Booth", "professional"),
    ("Ms F. Whittle", "professional"),
    ("Mrs J. Hurst", "professional"),
    ("Mr A. Ogunleye", "professional"),
    ("Zara Akhtar", "professional"),
    ("Z Akhtar", "professional"),
    ("Zara", "professional"),
    ("zara.akhtar@greyholme.example.gov.uk", "professional"),
    ("07700 900388", "professional"),
    ("Nathan", "professional"),
    ("Lisa Darby", "professional"),
    ("Lewis Grainger", "professional"),
    ("0121 496 0433", "professional"),
    ("0121 496 0690", "professional"),
    ("moorcroft.office@example.org", "professional"),
    # Places and organisations
    (COUNCIL, "place"),
    (COUNCIL_SHORT, "place"),
    ("Wednesbury", "place"),
    ("Darlaston", "place"),
    ("Bilston", "place"),
    ("Willenhall", "place"),
    ("Walsall", "place"),
    ("Aldridge", "place"),
    ("Sutton Coldfield", "place"),
    ("Tipton", "place"),
    ("Cannock", "place"),
    ("Wolverhampton", "place"),
    ("Leeds", "place"),
    ("Staffordshire County Council", "place"),
    ("West Midlands Police", "place"),
    ("Greyholme General Hospital", "place"),
    ("Greyholme Community Health Services", "place"),
    ("Darlaston Health Centre", "place"),
    ("Tollgate Surgery", "place"),
    ("Croft Street Surgery", "place"),
    ("Wharf Medical Practice", "place"),
    ("Little Acorns Nursery", "place"),
    ("Moat Lane Primary School", "place"),
    ("Beacon View Primary School", "place"),
    ("Ridgeway Academy", "place"),
    ("Moorcroft High School", "place"),
    ("Greyholme College", "place"),
    ("Larkspur House", "place"),
    ("The Oaks Family Centre", "place"),
    ("Phoenix ABC", "place"),
    ("Limelight Youth Theatre", "place"),
    ("Adopt Heartlands", "place"),
    ("Severn Vale Adoption", "place"),
    ("Greyholme Homes", "place"),
    ("Civic Centre, Wednesbury", "place"),
    # Relationships
    ("Nanny", "relationship"),
    ("birth mother", "relationship"),
    ("birth father", "relationship"),
    ("adoptive mother", "relationship"),
    ("adoptive father", "relationship"),
    ("maternal grandmother", "relationship"),
    ("her sister", "relationship"),
    ("her niece", "relationship"),
    ("My little brother", "relationship"),
    # Ordinary content: jargon, pets and toys, achievements
    ("INITIAL CHILD PROTECTION CONFERENCE", "content"),
    ("Child Protection Plan", "content"),
    ("NEGLECT", "content"),
    ("section 47", "content"),
    ("s20", "content"),
    ("s31", "content"),
    ("s38", "content"),
    ("CAF", "content"),
    ("LADO", "content"),
    ("IRO", "content"),
    ("PEP", "content"),
    ("CLA review", "content"),
    ("FSW", "content"),
    ("SSW", "content"),
    ("DSL", "content"),
    ("MASH", "content"),
    ("EDT", "content"),
    ("CAMHS", "content"),
    ("SDQ", "content"),
    ("EPDS", "content"),
    ("DDP", "content"),
    ("Freedom Programme", "content"),
    ("Adoption Support Fund", "content"),
    ("Placement Orders", "content"),
    ("Adoption Order", "content"),
    ("adoption disruption meeting", "content"),
    ("Pupil Premium Plus", "content"),
    ("Virtual School", "content"),
    ("letterbox", "content"),
    ("life story book", "content"),
    ("family time", "content"),
    ("respite", "content"),
    ("Staying Close", "content"),
    ("former relevant child", "content"),
    ("DASH", "content"),
    ("deed poll", "content"),
    ("Mabel", "content"),
    ("Bailey", "content"),
    ("Stanley", "content"),
    ("Nigel", "content"),
    ("Twinkle Twinkle", "content"),
    ("Bugsy Malone", "content"),
    ("Blousey", "content"),
    ("Headteacher's Award for Kindness", "content"),
    ("Drama Student of the Year", "content"),
    ("Star of the Week", "content"),
    ("Most Improved Boxer 2022", "content"),
    ("Bronze Award", "content"),
    ("D*D*D", "content"),
    ("Children's Nursing", "content"),
    ("Two Names", "content"),
    ("Both bits of me", "content"),
    # Dates in the forms the writers used
    ("12th September 2007", "date"),
    ("Wednesday 21 May 2008", "date"),
    ("Saturday 7th March 2020", "date"),
    ("15.08.20", "date"),
    ("9th Oct 2019", "date"),
    ("19th Mar 2022", "date"),
    ("Tuesday 3 August 2021", "date"),
    ("14 September 2023", "date"),
    ("Mon 4th Nov 24", "date"),
    ("2024-08-03", "date"),
    ("22.09.20", "date"),
    ("summer of 2010", "date"),
)

# (ISO date, precision, category, phrase the record contains, document)
EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("2006-08-03", "day", "family", "born at Greyholme General Hospital", CHRONOLOGY_CSV),
    ("2007-09-10", "day", "health", "one-year developmental review", HEALTH_PDF),
    ("2007-09-12", "day", "health", "faltering growth", CHRONOLOGY_CSV),
    ("2008-04-29", "day", "concern", "Domestic incident", CHRONOLOGY_CSV),
    ("2008-05-21", "day", "meeting", "Child Protection Plan under the category of NEGLECT",
     ICPC_PDF),
    ("2008-08-13", "day", "meeting", "Review conference", CHRONOLOGY_CSV),
    ("2009-02-02", "day", "placement", "Placed together with in-house foster carers",
     CHRONOLOGY_CSV),
    ("2009-02-20", "day", "meeting", "Interim Care Orders", CHRONOLOGY_CSV),
    ("2010-01-14", "day", "meeting", "Placement Orders", CHRONOLOGY_CSV),
    ("2010-06-04", "day", "family", "Goodbye family time", CHRONOLOGY_CSV),
    ("2010-06-18", "day", "placement", "Placed for adoption", CHRONOLOGY_CSV),
    ("2010-09-06", "day", "education", "Started Reception", CHRONOLOGY_CSV),
    ("2011-03-22", "day", "meeting", "Adoption Order made", CHRONOLOGY_CSV),
    ("2018-01-01", "year", "family", "the family has had support since 2018", STRATEGY_PDF),
    ("2019-06-26", "day", "concern", "reported her missing", STRATEGY_PDF),
    ("2019-06-28", "day", "meeting", "Threshold met for a section 47 enquiry", STRATEGY_PDF),
    ("2019-07-05", "day", "placement", "Accommodated under section 20", STRATEGY_PDF),
    ("2019-08-22", "day", "health", "INITIAL HEALTH ASSESSMENT", HEALTH_PDF),
    ("2019-09-03", "day", "education", "Started Year 9 at Moorcroft High School",
     CHRONOLOGY_CSV),
    ("2019-10-09", "day", "meeting", "Adoption disruption meeting", CHRONOLOGY_CSV),
    ("2019-11-21", "day", "concern", "Missing from placement", CHRONOLOGY_CSV),
    ("2019-12-01", "month", "family", "on Instagram in December 2019", REVIEW_PDF),
    ("2020-01-15", "day", "health", "CAMHS (Dr Hannah Lowe) began", REVIEW_PDF),
    ("2020-01-18", "day", "family", "looked at the life story book together", FAMILY_TIME_PDF),
    ("2020-01-24", "day", "education", "PEP of 24/01/2020", REVIEW_PDF),
    ("2020-02-12", "day", "meeting", "LOOKED AFTER REVIEW", REVIEW_PDF),
    ("2020-02-12", "day", "voice", "I want to be called Demi-Leigh again", REVIEW_PDF),
    ("2020-03-07", "day", "family", "You've got my nose", FAMILY_TIME_PDF),
    ("2020-03-07", "day", "voice", "I want to see her every month", FAMILY_TIME_PDF),
    ("2020-08-15", "day", "family", "WhatsApp video call", FAMILY_TIME_PDF),
    ("2020-09-22", "day", "meeting", "Care Order (s31) made", CHRONOLOGY_CSV),
    ("2020-11-03", "day", "health", "closing Demi-Leigh's episode of care", HEALTH_PDF),
    ("2020-12-12", "day", "family", "First family time with birth mother since 2010",
     CHRONOLOGY_CSV),
    ("2020-12-12", "day", "voice", "Did you want to keep me?", FAMILY_TIME_PDF),
    ("2021-03-28", "day", "placement", "Planned move", CHRONOLOGY_CSV),
    ("2021-04-06", "day", "placement", "Moved to Larkspur House", CHRONOLOGY_CSV),
    ("2021-06-01", "month", "achievement", "Headteacher's Award for Kindness in June 2021",
     SCHOOL_PDF),
    ("2021-07-08", "day", "achievement", "production of Bugsy Malone", SCHOOL_PDF),
    ("2021-08-03", "day", "family", "held her niece for the first time", FAMILY_TIME_PDF),
    ("2022-03-04", "day", "family", "Attached is the letterbox letter", EMAIL_EML),
    ("2022-03-19", "day", "family", "Talk about Sunday dinners", FAMILY_TIME_PDF),
    ("2022-03-19", "day", "voice", "I want Sunday dinners", FAMILY_TIME_PDF),
    ("2022-06-01", "month", "achievement", "Bronze Award completed in June 2022", PATHWAY_DOCX),
    ("2022-08-25", "day", "achievement", "GCSE results", CHRONOLOGY_CSV),
    ("2022-10-31", "day", "placement", "Moved to Foxglove Court", CHRONOLOGY_CSV),
    ("2023-09-04", "day", "education", "Level 3 Extended Diploma", PATHWAY_DOCX),
    ("2023-09-14", "day", "meeting", "Pathway plan review (2nd)", PATHWAY_DOCX),
    ("2023-09-14", "day", "voice", "not my file", PATHWAY_DOCX),
    ("2024-08-03", "day", "voice", "I'm an adult. Weird.", NOTES_TXT),
    ("2024-08-19", "day", "voice", "Both bits of me.", NOTES_TXT),
    ("2024-09-16", "day", "placement", "My own front door", NOTES_TXT),
    ("2024-10-14", "day", "concern", "complained about loud music", NOTES_TXT),
    ("2024-11-04", "day", "concern", "punched the wall next to her head", NOTES_TXT),
    ("2024-11-05", "day", "concern", "DASH risk checklist", NOTES_TXT),
    ("2025-01-20", "day", "health", "registered with the Wharf Lane GP", NOTES_TXT),
    ("2025-08-14", "day", "achievement", "D*D*D", NOTES_TXT),
    ("2025-09-22", "day", "education", "First week of university done", NOTES_TXT),
    ("2026-10-15", "day", "voice", "I want to read the bits about me", NOTES_TXT),
)

# Documents whose events are checked against the record of that date, not the whole file.
DATED_RECORDS = {FAMILY_TIME_PDF, CHRONOLOGY_CSV, NOTES_TXT}


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


def nhs_check_digit(digits: str) -> int | None:
    """The NHS number mod-11 check digit of nine digits (None when no valid digit exists)."""
    total = sum(int(d) * w for d, w in zip(digits, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return None if check == 10 else check % 11


PHONE_RANGES = (r"07700 900\d{3}", r"0113 496 0\d{3}", r"0121 496 0\d{3}", r"0161 496 0\d{3}",
                r"020 7946 0\d{3}")
EMAIL_DOMAINS = re.compile(r"@(example\.com|example\.org|[a-z.]+\.example\.gov\.uk)$")
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
    expect(counts["events"] >= 40 and counts["redact"] >= 150 and counts["keep"] >= 150,
           f"too few items: {counts}")
    # Numbers: drama phone ranges, reserved e-mail domains, valid NHS, never-issued NI.
    for number in re.findall(r"(?<![\d+])0\d{2,4} ?\d{3,6}(?: \d{4})?\b", everything):
        expect(any(re.fullmatch(p, number) for p in PHONE_RANGES),
               f"not a drama number: {number}")
    for number in re.findall(r"\+44 \d{2,4} \d{3,6}(?: \d{4})?\b", everything):
        national = "0" + number[4:]
        expect(any(re.fullmatch(p, national) for p in PHONE_RANGES), f"not drama: {number}")
    for address in re.findall(r"[\w.+-]+@[\w.-]+\w", everything):
        expect(EMAIL_DOMAINS.search(address), f"not a reserved e-mail domain: {address}")
    nhs = re.findall(r"\b\d{3} \d{3} \d{4}\b", everything)
    expect({SUBJECT_NHS, SUBJECT_NHS_BIRTH, DESTINY_NHS, RILEY_NHS} <= set(nhs),
           f"an NHS number is missing from the records: {sorted(set(nhs))}")
    for number in nhs:
        digits = number.replace(" ", "")
        expect(digits.startswith("999"), f"NHS number could be real: {number}")
        expect(nhs_check_digit(digits[:9]) == int(digits[9]), f"NHS checksum fails: {number}")
    for ni in re.findall(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", everything):
        expect(ni.startswith("QQ"), f"NI number could be real: {ni}")
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
    if problems:
        raise SystemExit("ground truth check failed:\n  " + "\n  ".join(problems))


def check_pdfs(pages: dict[str, int]) -> None:
    """Every PDF has a text layer, the page count reportlab reported, and no layout accident."""
    for name, count in pages.items():
        if not name.endswith(".pdf"):
            continue
        reader = PdfReader(CASE_DIR / name)
        assert len(reader.pages) == count, f"{name}: {len(reader.pages)} pages, not {count}"
        for number, page in enumerate(reader.pages, start=1):
            assert len(page.extract_text() or "") > 600, f"{name} page {number} is nearly empty"


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
    pages = {HEALTH_PDF: build_health(corpus), ICPC_PDF: build_icpc(corpus),
             STRATEGY_PDF: build_strategy(corpus), REVIEW_PDF: build_review(corpus),
             FAMILY_TIME_PDF: build_family_time(corpus), SCHOOL_PDF: build_school(corpus)}
    build_pathway(corpus)
    build_email(corpus)
    build_chronology(corpus)
    build_case_notes(corpus)
    (CASE_DIR / "case.toml").write_text(case_toml(), encoding="utf-8")
    (CASE_DIR / ".lifestoryignore").write_text(IGNORE_CASE_TOML, encoding="utf-8")
    truth = ground_truth()
    check(truth, corpus)
    check_pdfs(pages)
    expected = {HEALTH_PDF: (3, 3), ICPC_PDF: (3, 4), STRATEGY_PDF: (2, 2), REVIEW_PDF: (3, 3),
                FAMILY_TIME_PDF: (5, 6), SCHOOL_PDF: (1, 1)}
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
