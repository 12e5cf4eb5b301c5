"""Build the fifth held-out fictional sample case for lifestory: Filmon Gebremariam (London).

Everything written here is invented: the London Borough of Marlbury, the Brackley Court Hotel,
Harbour Lane Supported Living, Meridian Vale College, Whitlock & Baines Solicitors, Lingobridge
Interpreting, Brightway Refugee Youth, Tree of Hope, the people, the streets, the postcodes and
the numbers. Phone numbers come only from Ofcom's drama ranges (``020 7946 0xxx``,
``07700 900xxx``, also ``+44``), e-mail addresses only from reserved example domains, NHS
numbers start with 999 (never issued; valid mod-11 check digit), National Insurance numbers
have the never-allocated QQ prefix. Home Office references are in a made-up format (``Q7-``,
the year and month of the claim, five digits) that the Home Office does not use. Run from the
repository root:

    .venv/bin/python sample_records/held-out/build_filmon_gebremariam.py

The case is the file of an unaccompanied asylum-seeking child (UASC) from Eritrea who arrived
at fifteen in a small boat, was treated as an adult at screening, was found in an asylum hotel,
was placed in foster care and had a Merton-compliant age assessment, went through the NRM and
his asylum claim with a solicitor, was granted refugee status, moved to semi-independent
accommodation at seventeen, was approached by a man offering cash work, and did well at
college. It is written as the people who wrote his records would have written them: the age
assessment record, the case notes of statutory visits with a Tigrinya interpreter, the
solicitor's letter, a college progress review, the pathway plan in Word, an e-mail chain
(quoted-printable, his own words attached in base64) and a chronology exported to CSV.

It was written without looking at the redaction rules, the detectors or the benchmark: it is a
held-out test of them. The script is deterministic (reportlab ``invariant=1``, fixed DOCX zip
timestamps and core properties, fixed e-mail date, Message-ID and MIME boundary). It rewrites
``case-filmon-gebremariam/`` and ``../ground_truth/held-out-filmon-gebremariam.json``, then
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
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent
SLUG = "filmon-gebremariam"
CASE_DIR = HERE / f"case-{SLUG}"
TRUTH = SAMPLES / "ground_truth" / f"held-out-{SLUG}.json"

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
UNCLEAR = "unclear role: redacted by default and flagged for a human decision"

COUNCIL = "London Borough of Marlbury"
SUBJECT = "Filmon Gebremariam"
SUBJECT_DOB = "12/02/2007"
SUBJECT_ID = "1174092"  # the council's Mosaic ID
SUBJECT_HO = "Q7-2208-41183"  # invented format: Q7, year and month of the claim, five digits
SUBJECT_NRM = "NRM/22/118406"  # invented format
SUBJECT_NHS = "999 418 2730"
SUBJECT_NI = "QQ 27 54 61 B"
SUBJECT_PHONE = "07700 900318"
SUBJECT_NEW_PHONE = "07700 900742"
SUBJECT_EMAIL = "filmon.gmariam@example.com"
SUBJECT_STUDENT = "MVC2318842"
SUBJECT_SOLICITOR_REF = "JW/FG/22-318"
SEMI = "Room 3, 58 Ravensmere Road, Catford, London SE6 4ZT"
SAR = "LBM-SAR-2026-0733"
SAR_RECEIVED = "2026-10-26"

CLARKE_HOME = "21 Aldermoor Gardens, Sydenham, London SE26 5ZX"
CLARKE_LANDLINE = "020 7946 0583"
BERNIE_MOBILE = "07700 900629"
BERNIE_EMAIL = "bernie.clarke61@example.com"
AMEN_HOME = "Flat 6, 21 Cranmore Walk, Birmingham B10 0ZQ"
AMEN_PHONE = "07700 900561"
AMEN_EMAIL = "amen.kidane@example.com"
AMEN_HO = "Q7-1903-22406"
AMEN_NI = "QQ 81 46 02 C"
NATNAEL_EMAIL = "natnael.gm02@example.com"
WAHID_HO = "Q7-2208-41190"
HAMID_NHS = "999 603 5174"
YAFET_PHONE = "07700 900884"

CHIDI_EMAIL = "chidi.okonkwo@marlbury.example.gov.uk"
PRIYA_EMAIL = "priya.raman@marlbury.example.gov.uk"
JORDAN_EMAIL = "jordan.mills@marlbury.example.gov.uk"
WHITLOCK_EMAIL = "joanna.whitlock@example.org"
CHIDI_PHONE = "020 7946 0412"
CHIDI_MOBILE = "07700 900207"
JORDAN_MOBILE = "07700 900233"
WHITLOCK_PHONE = "020 7946 0871"

AGE_PDF = "age-assessment-2022-10-05.pdf"
STRATEGY_PDF = "strategy-meeting-2024-04-19.pdf"
LOG_TXT = "harbour-lane-log-2024-2025.txt"
NOTES_PDF = "case-notes-and-visits-2022-2024.pdf"
LETTER_PDF = "solicitor-letter-2023-03-06.pdf"
COLLEGE_PDF = "college-progress-review-2024-06-21.pdf"
PLAN_DOCX = "pathway-plan-2024-02-20.docx"
EMAIL_EML = "email-2023-11-16.eml"
WORDS_TXT = "from-filmon.txt"  # the e-mail's attachment
CHRONOLOGY_CSV = "chronology-export.csv"


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
    # (document, ISO date) -> the text of that dated record (chronology row, case note)
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
NOTE_HEAD = ParagraphStyle("note_head", fontName="Helvetica-Bold", fontSize=9, leading=11.5,
                           spaceBefore=8, spaceAfter=2, textColor=colors.HexColor("#4a2c6b"))
NOTE = ParagraphStyle("note", parent=BODY, fontSize=9.5, leading=12.8, leftIndent=5 * mm,
                      spaceAfter=3)
SERIF = ParagraphStyle("serif", parent=BODY, fontName="Times-Roman", fontSize=11, leading=14,
                       spaceAfter=7)
SERIF_BOLD = ParagraphStyle("serif_bold", parent=SERIF, fontName="Times-Bold")
SERIF_SMALL = ParagraphStyle("serif_small", parent=SERIF, fontSize=9, leading=11,
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
               shade: str = "#e4dcef") -> Table:
    """A wrapped-text table with a grid and a bold header row."""
    cells = [[para(cell, SMALL_BOLD if r == 0 else SMALL) for cell in row]
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


def pair_table(pairs: list[tuple[str, str]], width: float, label_w: float = 27 * mm) -> Table:
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
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0ecf5")),
        ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f0ecf5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def rows_text(rows: Iterable[Iterable[str]]) -> str:
    """The text of a table, row by row, for the corpus."""
    return "\n".join(" ".join(row) for row in rows)


def build_platypus(target: Path, furniture: Furniture, story: list, title: str, author: str,
                   top: float = 24 * mm, creator: str = "Microsoft Word - Save as PDF") -> int:
    """Build a platypus document with the given page furniture; returns its page count."""
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=MARGIN_X,
                            rightMargin=MARGIN_X, topMargin=top, bottomMargin=20 * mm,
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
# Age assessment: record and decision (PDF), Merton compliant, 5 October 2022
# --------------------------------------------------------------------------------------------

AGE_DETAILS: list[tuple[str, str]] = [
    ("Name (as he gives it)", "Filmon Gebremariam"),
    ("Name on Home Office papers", "GHEBREMARIAM, Filimon"),
    ("Claimed DOB", "12/02/2007 (5 Yekatit 1999 in the Eritrean calendar)"),
    ("DOB recorded by Home Office", "01/01/2001, at screening in Dover on 14/08/2022"),
    ("Home Office ref", SUBJECT_HO),
    ("Mosaic ID", SUBJECT_ID),
    ("Nationality", "Eritrean"),
    ("Language", "Tigrinya; some Arabic; a little English"),
    ("Religion", "Eritrean Orthodox Christian"),
    ("Legal status", "Accommodated, s20 Children Act 1989, from 19/08/2022"),
    ("Placement", f"Mrs Bernadette CLARKE and Mr Desmond CLARKE (LBM foster carers), "
                  f"{CLARKE_HOME}"),
    ("Assessors", "Chidi Okonkwo (SW, UASC team); Helen Marsh (Senior Practitioner)"),
    ("Interpreter", "Luwam Berhane, Tigrinya, Lingobridge Interpreting, ID TIG-2291"),
    ("Appropriate adult", "Sarah Quayle, Brightway Refugee Youth"),
]

AGE_SESSIONS: tuple[tuple[str, ...], ...] = (
    ("No.", "Date", "Time", "Where", "Who was there", "Notes"),
    ("1", "Wed 14th Sept 2022", "10:00-12:15", "Marlbury Civic Centre, room 2.14",
     "Filmon, CO, HM, Luwam Berhane (interpreter), Sarah Quayle (AA)",
     "Purpose explained. Interpreter check: both confirmed they understand each other well "
     "(Luwam grew up in Asmara, Filmon near Keren; no dialect problems). Two breaks."),
    ("2", "21.09.22", "13:30-15:50", "Marlbury Civic Centre, room 2.14",
     "as above", "Family, school, his journey. He asked for a break when talking about "
     "Libya and we stopped for 20 minutes."),
    ("3", "Wed 28 September 2022", "16:00-17:40", "The foster home (front room)",
     "as above; Mrs Clarke joined for the first 10 minutes",
     "The minded-to meeting: our provisional view and the points against it put to him; "
     "his answers recorded below."),
    ("-", "05/10/2022", "16:00", "The foster home",
     "Filmon, CO, Luwam Berhane, Mrs Clarke",
     "Decision given to him in person and read to him in Tigrinya. Copy given."),
)

AGE_FAMILY: tuple[tuple[str, ...], ...] = (
    ("Name", "Relationship", "Age / DOB", "Where now (as Filmon says)"),
    ("GEBREMARIAM TEKLE HABTOM", "Father (Abo)", "about 50",
     "Taken by soldiers in 2017; Filmon thinks he is in prison or still in national service. "
     "No news since."),
    ("TSEGA WELDEMICHAEL", "Mother (Adey)", "about 40",
     "Left Eritrea in 2021; Filmon heard she is in a refugee camp near Shire, Ethiopia, with "
     "his sister. No phone."),
    ("NATNAEL GEBREMARIAM", "Brother", "DOB 14/09/2002 (he is sure: Natnael had an ID card)",
     "Separated from Filmon in Libya in 2021. Heard through a friend he may be in Germany."),
    ("SENAIT GEBREMARIAM", "Sister", "about 10", "With their mother."),
    ("ABREHET", "Grandmother (mother's mother)", "old",
     "Died in Keren in 2020, before he left."),
    ("AMANUEL KIDANE ('Amen')", "Cousin (mother's sister's son)",
     "DOB 19.07.96 (from his Home Office letter)",
     f"Birmingham, refugee status; Home Office ref {AMEN_HO}. Filmon has his number."),
)

AGE_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. Why this assessment was done", (
        "Filmon arrived in the UK on 14/08/2022 in a small boat and was taken to the Home "
        "Office's processing centre at Dover. At his screening interview the Home Office did "
        "not accept that he was a child and recorded a date of birth of 01/01/2001. Filmon "
        "says he told the officer \"fifteen\" and that no one asked him for his date in the "
        "Eritrean calendar. He was moved as an adult to the Brackley Court Hotel in Marlbury "
        "on 16 August.",
        "On Friday 19th August 2022 the hotel's duty manager, Mr Stefan Novak, rang the "
        "Children's Front Door because he was worried about him: he was not eating, he "
        "cried at night, and another resident, an Eritrean man called Mehari, had told the "
        "staff that he knew Filmon in Libya \"as a boy, with his brother\". Chidi Okonkwo saw "
        "Filmon at the hotel that afternoon with a telephone interpreter (Yohannes, "
        "Lingobridge ID TIG-40417). He was small, frightened and very tired. Giving him the "
        "benefit of the doubt, as the guidance requires, the team manager Marcus Delaney "
        "agreed that he should be treated as a child until a full assessment was done, and "
        "he was placed with Mr and Mrs Clarke that evening.",
        "This assessment follows the Merton principles and the later case law: two "
        "experienced social workers, an interpreter he understood, an appropriate adult, "
        "the reasons explained to him, his account heard in full, the adverse points put "
        "to him before any decision, and no reliance on appearance alone. Filmon's solicitor, "
        "Joanna Whitlock of Whitlock & Baines, was told the dates of each session.",
    )),
    ("2. Family", (
        "Filmon gave the same account of his family in sessions 1 and 2 and to his foster "
        "carer. In Eritrea the second name is the father's first name, so Filmon "
        "Gebremariam is \"Filmon, son of Gebremariam\"; his mother keeps her own father's "
        "name. The Home Office wrote his name as Filimon Ghebremariam; Filmon says both "
        "spellings are fine, \"but Filmon is how my mother writes it\".",
    )),
    ("3. School", (
        "He started at the village school near Keren at about six and left in Grade 6, the "
        "year his grandmother Abrehet died, when the teacher was taken for national service "
        "and the school closed. He can read and write Tigrinya well and wrote his name and "
        "his mother's name for us in Ge'ez script without hesitating. He learned numbers "
        "and some Arabic in Khartoum. His description of his classes, his teacher and the "
        "Grade 6 exam he never sat fits a child of his claimed age.",
    )),
    ("4. His account of the journey", (
        "Filmon's father, Gebremariam Tekle, was taken by soldiers when Filmon was about 10. "
        "Filmon left Eritrea at 13, in the rainy season of 2020, with Natnael, who had been "
        "called up for Sawa (the final year of school and military training); Natnael's "
        "papers had come in the spring. \"My mother "
        "said: if Natnael goes, next it is you.\" They walked at night to the Sudan border "
        "near Tesseney and then went on to Khartoum, where Filmon washed cars and carried "
        "water at a cafe for about a year. In the summer of 2021 they paid smugglers to take "
        "them through the desert to Libya. They were held for about five months in a "
        "warehouse near Bani Walid until money was sent; he was beaten, made to work "
        "unloading trucks, and saw people die. Natnael was taken away one night and he has "
        "not seen him since. Filmon was put on a boat in November 2021, was rescued at sea "
        "and reached Lampedusa, then a camp in Sicily. He went by train to the French border "
        "and spent the winter of 2021-22 in the woods near Calais with other Eritrean boys, "
        "including his friend Robel, whose phone Filmon still has. Robel's family are in Keren "
        "too. He tried to cross many times before the boat in August "
        "2022.",
        "His account is detailed, in the right order each time, and full of the things a "
        "child notices (the food, the cold, being the youngest, being teased, who was kind). "
        "Where he does not know something he says so. The account of the warehouse in Libya "
        "is consistent with trafficking; an NRM referral will follow this assessment.",
    )),
    ("5. Appearance and demeanour", (
        "We know that appearance and demeanour are unreliable guides to age, particularly "
        "for young people who have had long, hard journeys, and we give them little weight. "
        "For the record: Filmon is slim and about 1.65 m, with no facial hair except light "
        "down on his upper lip; his voice has broken. He was shy and polite in session 1, "
        "and by session 2 he was joking with the interpreter. His body language, his need "
        "for breaks and his attention span were those of a young teenager.",
        "Mrs Clarke (foster carer) says he eats \"like a growing boy\", falls asleep on the "
        "sofa in front of cartoons, plays football in the garden with Hamid, the other young "
        "person in the placement, and is besotted with Winston, their spaniel. Deborah Finch "
        "(ESOL tutor, Meridian Vale College) placed him in the 14-16 group after a week and "
        "says he fits well there. Dr Aisha Rahman (GP) saw him on 25/08/2022 and said that no "
        "medical test can tell his age.",
    )),
    ("6. The minded-to meeting, 28 September 2022", (
        "We told Filmon that we were minded to accept his age, and put to him the three "
        "things that had made us think hardest: the Home Office's record of 01/01/2001; Mr "
        "Novak's note that at the hotel he had said he was \"eighteen\" (Mehari's account was "
        "the opposite); and how he could "
        "know his date of birth exactly. He answered each one.",
        "On the hotel: \"In Calais the older boys told me: in England say you are eighteen or "
        "they send you back to France. At the hotel I was afraid. When Chidi came I told the "
        "truth.\" On his date of birth: he was born on 5 Yekatit 1999 in the Eritrean (Ge'ez) "
        "calendar; his mother told him every year, and they ate himbasha bread on that day. "
        "We converted it with the interpreter's help and a published calendar table: 5 "
        "Yekatit 1999 is 12 February 2007. Mrs Clarke added that Hamid's date was also "
        "changed by the Home Office last year.",
    )),
    ("7. Analysis and decision", (
        "We found Filmon credible. His account was consistent across three sessions and "
        "with what he told his foster carer and his tutor; he explained the one "
        "inconsistency in a way we accept; his date of birth comes from his mother and his "
        "calendar, and is not a guess. Nothing we saw or heard suggests that he is an adult.",
        "Decision: we find that Filmon Gebremariam is a child. We accept his claimed date of "
        "birth, 12/02/2007. On the date of this decision he is 15 years old. He is a child in "
        "need and is looked after by the London Borough of Marlbury under section 20 of the "
        "Children Act 1989. The Home Office has been sent this decision and asked to correct "
        "its record. Filmon was told that he or his solicitor can challenge this decision; "
        "he said: \"Now I can be a boy again. Thank you for believing me.\"",
    )),
)

AGE_SIGNED: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Signed", "Date"),
    ("Chidi Okonkwo", "Social Worker, UASC and Leaving Care Team", "C. Okonkwo", "05/10/2022"),
    ("Helen Marsh", "Senior Practitioner", "H. Marsh", "05/10/2022"),
    ("Marcus Delaney", "Team Manager (agreed)", "M. Delaney", "06/10/2022"),
)

AGE_COPIES = (
    "Copies: Filmon (read to him in Tigrinya by Luwam Berhane on 05/10/2022); Joanna "
    "Whitlock, Whitlock & Baines Solicitors (ref JW/FG/22-318); Home Office age dispute team "
    f"({SUBJECT_HO}); Priya Raman (IRO); Angela Reid (SSW, for Mrs B. Clarke and "
    "Mr D. Clarke); file."
)


def age_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the age assessment record."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#4a2c6b"))
    canvas.rect(MARGIN_X, PAGE_H - 14 * mm, PAGE_W - 2 * MARGIN_X, 0.8 * mm, stroke=0, fill=1)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(MARGIN_X, PAGE_H - 11.5 * mm,
                      f"{COUNCIL} - Children's Social Care")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 11.5 * mm,
                           f"OFFICIAL-SENSITIVE | Mosaic ID {SUBJECT_ID}")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm,
                      "Age assessment (Merton compliant) - template AA3 rev. 2021")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def age_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the age assessment."""
    return (f"{COUNCIL} - Children's Social Care OFFICIAL-SENSITIVE | Mosaic ID {SUBJECT_ID} "
            f"Age assessment (Merton compliant) - template AA3 rev. 2021 Page {page} of "
            f"{total}")


def build_age(corpus: Corpus) -> int:
    """Write the age assessment record; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "AGE ASSESSMENT - RECORD AND DECISION"
    intro = ("Unaccompanied asylum-seeking child (UASC), age disputed by the Home Office. "
             "Assessment completed over three sessions between 14/09/2022 and 28/09/2022; "
             "decision given on 05/10/2022.")
    story: list = [para(title, H1), para(intro, BODY), pair_table(AGE_DETAILS, w),
                   para("Sessions", H2),
                   grid_table(AGE_SESSIONS, [9 * mm, 24 * mm, 22 * mm, 30 * mm, 38 * mm,
                                             w - 123 * mm])]
    text = [title, intro, rows_text(AGE_DETAILS), "Sessions", rows_text(AGE_SESSIONS)]
    for heading, paragraphs in AGE_SECTIONS:
        story.append(para(heading, H2))
        text.append(heading)
        for body in paragraphs:
            story.append(para(body, BODY))
            text.append(body)
        if heading.startswith("2."):
            story.append(grid_table(AGE_FAMILY, [38 * mm, 30 * mm, 34 * mm, w - 102 * mm]))
            text.append(rows_text(AGE_FAMILY))
    story += [para("Signed", H2), grid_table(AGE_SIGNED, [34 * mm, 70 * mm, 34 * mm,
                                                          w - 138 * mm]),
              Spacer(1, 4 * mm), para(AGE_COPIES, SMALL)]
    text += ["Signed", rows_text(AGE_SIGNED), AGE_COPIES]
    pages = build_platypus(CASE_DIR / AGE_PDF, age_furniture, story,
                           "Age assessment - record and decision", "Chidi Okonkwo")
    corpus.add(AGE_PDF, *(age_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Case notes and statutory visits (PDF), August 2022 to June 2024
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Note:
    """One case note as the case management system prints it."""

    iso: str
    when: str  # date as typed in the note's own date field
    kind: str
    worker: str
    interpreter: str
    body: str


NOTES_INTRO = (
    "Printed from Mosaic for the subject access request: case notes of type Visit, Statutory "
    "visit, Meeting, Telephone and Incident, in date order. Notes recorded by other teams "
    "about other children have been left out."
)

NOTES: tuple[Note, ...] = (
    Note("2022-08-19", "Fri 19th Aug 2022 15:40", "Visit (initial)", "Chidi Okonkwo (SW)",
         "Yohannes, telephone, Lingobridge ID TIG-40417",
         "Seen at the Brackley Court Hotel after a call from the duty manager, Mr Novak. YP "
         "seen alone in a meeting room with the interpreter on speaker. He gave his name as "
         "Filmon Gebremariam and his age as 15. Home Office papers in his bag say "
         "GHEBREMARIAM, Filimon, DOB 01/01/2001, and give his Home Office reference as "
         f"{SUBJECT_HO}. Very thin, a rash on his hands and wrists (scabies?), trainers with "
         "no laces. He asked twice if he would be sent back to France. Discussed with "
         "Marcus Delaney (TM): treat as a child pending a Merton-compliant assessment. "
         "Emergency placement found with Bernadette and Desmond Clarke, Sydenham. I drove "
         "him there at 19:30. He ate two plates of rice and went to sleep in his clothes."),
    Note("2022-08-23", "23/08/2022", "Statutory visit (placement)", "Chidi Okonkwo (SW)",
         "Luwam Berhane, in person, ID TIG-2291",
         "First statutory visit. Filmon has a room at the back looking over the garden; he "
         "showed me the mattress \"like a hotel for a king\". Bernie (Mrs Clarke) has bought "
         "him clothes and a football, and her daughter Simone Clarke (who lives round the corner) "
         "has taken him to buy a bike. He is sharing the bathroom with Hamid (Hamid Sultani, "
         "16, Afghan, Home Office ref Q7-2107-30551, placed with the Clarkes since last "
         "year), and they communicate in "
         "football and Google Translate. Scabies treatment started; clothes and bedding "
         f"washed. I gave him a phone with credit ({SUBJECT_PHONE}) and put my number and the "
         "Clarkes' landline in it. Through Luwam he asked whether his mother could be found. "
         "Explained the Red Cross family tracing service; he wants to do it. Desmond will take "
         "him to college in the mornings in Desmond's car (blue Ford Galaxy, LB63 XRT; business "
         "insurance seen "
         "by Angela Reid, SSW)."),
    Note("2022-09-15", "15.09.22", "Meeting - CLA review (first)", "Priya Raman (IRO)",
         "Luwam Berhane, in person",
         "First looked after review at the foster home. Present: Filmon, Bernie Clarke, Chidi "
         "Okonkwo (SW), Angela Reid (SSW), Deborah Finch (ESOL tutor) for the education part, "
         "Luwam Berhane (interpreter). Filmon said he is happy at Bernie's and likes college "
         "\"very much, the teacher is patient\". He wants to learn English fast \"so I do not "
         "need Luwam\" (Luwam laughed). Recommendations: age assessment to be completed by "
         "the end of September; initial health assessment; referral to Red Cross tracing; "
         "immigration solicitor to be confirmed; PEP to be arranged with the Virtual School."),
    Note("2022-10-12", "Wed 12 Oct 2022", "Meeting - solicitor", "Chidi Okonkwo (SW)",
         "Luwam Berhane, in person",
         "First meeting with Joanna Whitlock, Whitlock & Baines Solicitors (Legal Aid), at "
         "her office. She has the age assessment and will write to the Home Office about the "
         "date of birth. She explained the asylum process, the Statement of Evidence Form "
         "and the interview, and said UASC claims can take more than a year. Filmon asked "
         "if his brother could be brought here; she said she would look into it but that it "
         "is harder since the UK left the EU. NRM referral submitted by me today as First "
         f"Responder (labour exploitation and forced work in Libya); NRM ref {SUBJECT_NRM}."),
    Note("2022-10-24", "24/10/2022", "Telephone", "Chidi Okonkwo (SW)", "none",
         "Single Competent Authority: positive reasonable grounds decision on the NRM "
         "referral. Told Filmon by phone in English with Bernie beside him; he understood "
         "\"good news, the government believes you\". Solicitor informed."),
    Note("2022-11-08", "08/11/22", "Statutory visit", "Chidi Okonkwo (SW)",
         "Luwam Berhane, in person",
         "The Red Cross tracing caseworker has found his mother, Tsega Weldemichael, in a camp "
         "near Shire in northern Ethiopia, with his sister Senait (the Red Cross spell her "
         "name Tsegga Woldemichael; Tsega's camp registration is ETH-SHR-22-07713). Filmon "
         "spoke to her today "
         "on a video call from the Red Cross office, the first time since 2021. He came back "
         "to the Clarkes' and could not stop smiling. \"Adey is thin but she laughed. Senait "
         "is tall now. She asked if I am going to church.\" His mother has no phone of her "
         "own; messages go through his cousin Amen in Birmingham, who is in touch with a "
         "neighbour in the camp. Bernie will take him to the Eritrean Orthodox church in "
         "Lewisham on Sundays."),
    Note("2022-12-02", "2nd December 2022", "Meeting - PEP", "Graham Lowe (Virtual School)",
         "Luwam Berhane, in person",
         "Personal Education Plan meeting at Meridian Vale College. Filmon is in ESOL Entry 1 "
         "(14-16 programme), 16 hours a week, with maths. Deborah Finch: \"He is the first "
         "in every morning and the last to leave. He has gone from the alphabet to short "
         "sentences in ten weeks.\" Targets: Entry 1 reading and writing by Easter; join the "
         "college football enrichment; Pupil Premium Plus to pay for a laptop and a bike."),
    Note("2023-01-07", "Sat 07/01/2023", "Telephone", "Chidi Okonkwo (SW)", "none",
         "Bernie phoned the out of hours line to let us know she took Filmon and Hamid to the "
         "Kidane Mehret church for Ledet (Eritrean Orthodox Christmas) last night; he stayed "
         "until 3am with Lemlem Asfaha's family (a church member, Mrs Asfaha, mobile "
         "07700 900476) and she collected him. He was \"glowing\" and had met other Eritrean "
         "boys his age. No concerns. Logged for his social worker."),
    Note("2023-02-09", "09/02/2023", "Meeting - CLA review", "Priya Raman (IRO)",
         "Luwam Berhane, in person",
         "Second review. Filmon did most of the talking in English and used Luwam for the "
         "hard parts. He wants to stay with Bernie and Desmond \"until I am big\". Health: "
         "latent TB found at the initial health assessment (Joy Mensah, LAC nurse); he is on "
         "three months of tablets and has not missed a dose. Dental treatment done. He is "
         "having nightmares about Libya; referral to Tree of Hope (therapy for young "
         "refugees) agreed. Filmon asked whether his cousin Amen could look after him in "
         "Birmingham; the IRO asked for a viability assessment of Mr Kidane."),
    Note("2023-02-12", "Sun 12th Feb 2023", "Visit", "Chidi Okonkwo (SW)", "none",
         "Dropped in for his 16th birthday, his first in the UK. Bernie made a cake and "
         "Mr Clarke had found himbasha bread at a shop in Lewisham. Hamid gave him a Chelsea "
         "shirt. He video-called his mother with Amen's help and sang for her. Filmon, in "
         "English: \"Best birthday in my life. In Libya I did not know it was my birthday.\""),
    Note("2023-03-20", "20.03.23", "Assessment - viability (connected person)",
         "Helen Marsh (SP)", "not needed (Mr Kidane speaks English)",
         "Visited Amanuel Kidane (Amen) in Birmingham at Flat 6, 21 Cranmore Walk, B10 0ZQ. "
         f"He is 26 (DOB 19/07/1996), has refugee status (Home Office ref {AMEN_HO}), works "
         f"nights in a warehouse and has an NI number ({AMEN_NI}). He lives in a one-bedroom "
         "flat (Mr Kidane's tenancy) with his wife Rahwa, who is expecting a baby in June. He "
         "loves Filmon and "
         "speaks to him most days, but said himself that he cannot give him a room or be "
         "at home at night. Not viable as a placement; recommended regular family time and "
         "phone contact instead. Discussed with Filmon by phone on 22/03; he was "
         "disappointed but said \"Amen is right, his flat is very small\"."),
    Note("2023-04-16", "16/04/2023 01:10", "Incident - missing from care",
         "EDT (Nadia Kowal)", "none",
         "Bernie reported Filmon missing at 23:20 on Saturday 15 April when he did not come "
         "home from football and his phone was off. Police (PC Amy Fairbairn, Lewisham) took "
         "the report. At 00:45 Amen Kidane rang Bernie from Birmingham: Filmon had taken a coach "
         "to "
         "Birmingham after football to see him and the new flat, without telling anyone, and "
         "was safe with him and Rahwa (Rahwa Tesfamichael, his wife). Amen's number, for the "
         f"record: {AMEN_PHONE}. PC "
         "Fairbairn closed the missing report at 01:05 after a call with Amen and a video "
         "call with Filmon. Bernie and Desmond to collect him from the coach station on "
         "Sunday afternoon."),
    Note("2023-04-17", "Monday 17th April 2023", "Return home interview", "Chidi Okonkwo (SW)",
         "Luwam Berhane, in person",
         "Return home interview at the foster home. Filmon was embarrassed and apologised "
         "to Bernie before we started. He said he missed his family \"so much that my chest "
         "hurt\" after a call with his mother, and Amen was the only family he could reach. "
         "No one asked him to go; no money, no older men, no drugs; he paid the coach from "
         "his allowance. Agreed: a planned visit to Birmingham every month, with the coach "
         "booked by us, and he will ask first. No further action. Bernie: \"He's a good boy "
         "who did a daft thing.\""),
    Note("2023-06-27", "27/06/2023", "Meeting - asylum interview", "Chidi Okonkwo (SW)",
         "Home Office interpreter (Tigrinya)",
         "Substantive asylum interview at the Home Office in Croydon, 10:00 to 15:30, with "
         "Joanna Whitlock and me as his responsible adult. Long and hard; he cried when "
         "asked about his father and about Natnael, and the interviewer gave him two "
         "breaks. He kept going. On the train home he said: \"I told them everything. Now "
         "it is God's decision and the Home Office's.\" Ice cream at the station."),
    Note("2023-07-14", "14/07/23", "Statutory visit", "Chidi Okonkwo (SW)", "none (English)",
         "Visit with no interpreter for the first time, at Filmon's request. ESOL Entry 3 "
         "passed; he showed me his certificate and Ms Finch's card (\"Filmon, you are a "
         "star\"). He is playing for the Marlbury Lions under-16s on Saturdays; the coach, "
         "Gary Pope, gives him and Hamid a lift, and Gary says he is the best left back in the "
         "league. Tree of Hope sessions with Samuel Haile "
         "started in May and he says they help: \"Samuel speaks Tigrinya and he does not "
         "write everything.\" Amen and Rahwa's baby was born in June. The NRM conclusive "
         "grounds decision came on 06/07/2023: positive."),
    Note("2023-11-14", "Tue 14th November 2023", "Telephone", "Chidi Okonkwo (SW)", "none",
         "Joanna Whitlock rang: the Home Office has granted Filmon refugee status, with five "
         "years' leave to remain. I told him at the Clarkes' after college. He went very "
         "quiet, then hugged Bernie and then Winston, and then rang his mother, Tsega. He asked "
         "when he can apply to bring her and Senait here; I said we would ask Ms Whitlock "
         "about refugee family reunion. E-mails to the team to follow."),
    Note("2024-02-20", "20/02/2024", "Meeting - pathway plan", "Jordan Mills (PA)",
         "none (English)",
         "First pathway plan meeting with Filmon, Chidi and me (Jordan, his new PA from the "
         "Leaving Care side). Filmon wants to move to semi-independent accommodation \"to "
         "learn to cook for myself\" before he is 18, and to stay at college. A room at "
         "Harbour Lane Supported Living has been offered from 04/03/2024. Plan written up and "
         "signed today."),
    Note("2024-03-04", "04/03/24", "Placement move", "Jordan Mills (PA)", "none",
         f"Moved to Harbour Lane Supported Living, {SEMI}, today. Desmond drove; Bernie came "
         "too and cried in the kitchen. Key worker Tariq Mahmood showed him round. Next door, "
         "in Room 4, 58 Ravensmere Road, is Abdul Wahid Noorzai (Wahid, DOB 21/06/2006), "
         f"from Afghanistan, Home Office ref {WAHID_HO}, who arrived in the same month as Filmon. "
         "They already "
         "know each other from college. Filmon's new number: "
         f"{SUBJECT_NEW_PHONE}. Weekly allowance and the food budget explained."),
    Note("2024-04-17", "17/04/2024 20:50", "Incident - exploitation concern",
         "Jordan Mills (PA)", "none",
         "Tariq rang at 20:50. A man had been waiting outside Harbour Lane for Filmon for "
         "the third time this week in a white van, registration LX19 KDE, offering him cash "
         "work at a car wash in Bellingham, \"£40 a day, no papers\". Filmon said the man "
         "is called Yafet (calls himself Jaffa), an Eritrean in his thirties he met at a "
         "bus stop, who had asked for his phone number and bought him food. Filmon did not "
         "get in Yafet's van and told Tariq himself. Police called (101, then 999 when the van "
         "came back at 21:30). DC Rachel Obi from the Met's exploitation team came the next "
         "morning; the man is known to them as Yafet Berhe, DOB 03/05/1991, and the car "
         "wash (Unit 4, Crossfield Yard, run by a Tewelde Gebru) is under investigation. DC Obi "
         "praised Filmon for "
         "speaking up. Strategy meeting called for 19/04."),
    Note("2024-04-19", "19.04.24", "Meeting - strategy meeting (s47 not required)",
         "Marcus Delaney (TM, chair)", "none",
         "Present: Jordan Mills (PA), Chidi Okonkwo (SW), Tariq Mahmood (Harbour Lane), DC "
         "Rachel Obi (Met Police), Ravi Patel (college safeguarding lead). Risk of labour "
         f"exploitation: medium, reducing. Mr Berhe's number ({YAFET_PHONE}) blocked on "
         "Filmon's phone; the van's registration (LX19KDE) flagged on police systems; Harbour "
         "Lane staff to walk him to the bus for two weeks. Filmon to have a session with his "
         "PA about work rights and a bank account. Filmon: \"In Khartoum I washed cars for "
         "nothing. I know this story. I am not going back in it.\""),
    Note("2024-06-21", "21/06/2024", "Achievement", "Jordan Mills (PA)", "none",
         "College awards evening: Filmon won ESOL Learner of the Year. Bernie, Desmond, "
         "Tariq, Wahid and I were there, and Deborah Finch (\"Debbie\") cried when she gave "
         "it to him. He made a short speech in English and thanked \"my second mother "
         "Bernie\". He starts Level 1 Electrical Installation in September."),
)


def notes_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the case notes print."""
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(MARGIN_X, PAGE_H - 10 * mm,
                      f"Mosaic - Case notes (printed 02/11/2026 for {SAR})")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 10 * mm,
                           f"GEBREMARIAM, Filmon | {SUBJECT_ID} | DOB {SUBJECT_DOB}")
    canvas.drawString(MARGIN_X, 10 * mm, "OFFICIAL-SENSITIVE")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"{page} / {total}")
    canvas.restoreState()


def notes_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the case notes."""
    return (f"Mosaic - Case notes (printed 02/11/2026 for {SAR}) GEBREMARIAM, Filmon | "
            f"{SUBJECT_ID} | DOB {SUBJECT_DOB} OFFICIAL-SENSITIVE {page} / {total}")


def build_notes(corpus: Corpus) -> int:
    """Write the case notes print; returns the page count."""
    title = "CASE NOTES - GEBREMARIAM, Filmon - 19/08/2022 to 21/06/2024"
    story: list = [para(title, H1), para(NOTES_INTRO, BODY), Spacer(1, 2 * mm)]
    text = [title, NOTES_INTRO]
    for note in NOTES:
        head = (f"{note.when} | {note.kind} | Worker: {note.worker} | "
                f"Interpreter: {note.interpreter}")
        story += [para(head, NOTE_HEAD), para(note.body, NOTE)]
        text += [head, note.body]
        corpus.note(NOTES_PDF, note.iso, f"{head}\n{note.body}")
    pages = build_platypus(CASE_DIR / NOTES_PDF, notes_furniture, story,
                           "Case notes", "Mosaic", top=18 * mm, creator="Mosaic Reports 2.4")
    corpus.add(NOTES_PDF, *(notes_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# Solicitor's letter (PDF), 6 March 2023
# --------------------------------------------------------------------------------------------

LETTER_HEAD = (
    "Chidi Okonkwo\nSocial Worker, UASC and Leaving Care Team\nLondon Borough of Marlbury\n"
    "Civic Centre, Marlbury High Street\nLondon SE6 2ZA"
)
LETTER_REFS = (
    f"Our ref: {SUBJECT_SOLICITOR_REF}\nYour ref: Mosaic {SUBJECT_ID}\n"
    f"Home Office ref: {SUBJECT_HO}\n\n6 March 2023"
)
LETTER_PARAGRAPHS = (
    "BY EMAIL ONLY",
    "Dear Mr Okonkwo,",
    "Re: our client Filmon GEBREMARIAM (Home Office: Filimon Ghebremariam), DOB 12.02.2007 - "
    "asylum claim and related matters",
    "Thank you for your e-mail of 1 March and for coming with our client to our office on "
    "12 October last year. I write to update you before his review and to ask for your help "
    "with three things.",
    "1. Date of birth. Following the local authority's age assessment of 5 October 2022, the "
    "Home Office has now accepted Mr Gebremariam's date of birth as 12 February 2007 and has "
    "corrected its records (letter of 21 February 2023, enclosed). Any document still showing "
    "01/01/2001 should be treated as wrong; please let me know if you see one, as this has "
    "caused problems for him with the GP's registration and the college's enrolment.",
    "2. The asylum claim. Our client's Statement of Evidence Form was submitted on 30 "
    "November 2022 with his witness statement, taken over three appointments with a "
    "Tigrinya interpreter. He fears persecution on return to Eritrea as a draft evader who "
    "left the country illegally; his father, Gebremariam Tekle Habtom, was detained in 2017 "
    "and his whereabouts remain unknown. We are waiting for a substantive interview date. I "
    "should be grateful if you "
    "or another social worker he knows could attend as his responsible adult, and if the "
    "foster carers could make sure he is not asked to travel alone. If the claim is refused "
    "we would appeal; he would not become appeal rights exhausted (ARE) for a long time, and "
    "as a looked after child he is entitled to leaving care support in any case.",
    "3. His cousin. Mr Amanuel Kidane (KIDANE, Amanuel on his papers), our client's cousin in "
    "Birmingham (Home Office ref "
    f"{AMEN_HO}, granted refugee status in 2020), has given a supporting statement about the "
    "family's position in Eritrea and about Filmon's brother, Natnael GEBREMARIAM (DOB "
    "14/09/2002), with whom he was in touch from Libya until the summer of 2021. Mr Kidane "
    f"gave his address as {AMEN_HOME} and his telephone number as +44 7700 900561. I "
    "understand from Filmon that you are assessing Mr Kidane as a possible carer. Please "
    "note that his statement was given for the asylum claim only, and he has asked that it "
    "is not shared with anyone else.",
    "4. His brother. Natnael (spelt Natanael Ghebremariam in his German papers) has been in touch "
    "with Mr Kidane and says he is in Germany and "
    f"has claimed asylum there. He has an e-mail address ({NATNAEL_EMAIL}) but no settled "
    "address. Since the UK left the Dublin system there is no straightforward route for "
    "the brothers to be reunited while both are asylum seekers; I will advise again once "
    "Filmon has a decision.",
    "5. The NRM. The positive reasonable grounds decision (NRM ref "
    f"{SUBJECT_NRM}) is helpful to the asylum claim. If you receive the conclusive grounds "
    "decision before we do, please send it on.",
    "Our client is, if I may say so, a thoughtful and brave young man. He told me that the "
    "best thing about the UK is \"that the teacher says your name nicely\". He asked me to "
    "pass on his thanks to Mrs Clarke for the interview clothes.",
    "Please do not hesitate to contact me.",
    "Yours sincerely,",
    "Joanna Whitlock\nSolicitor, Immigration and Asylum (Legal Aid)\nWhitlock & Baines "
    f"Solicitors LLP\nDirect line {WHITLOCK_PHONE} | {WHITLOCK_EMAIL}",
    f"cc: Daniel Osei, trainee solicitor (file {SUBJECT_SOLICITOR_REF}); client",
)


def letter_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Letterhead on the first page, a running head on the next, footer on both."""
    canvas.saveState()
    if page == 1:
        canvas.setFont("Times-Bold", 16)
        canvas.drawString(MARGIN_X, PAGE_H - 16 * mm, "WHITLOCK & BAINES")
        canvas.setFont("Times-Roman", 9)
        canvas.drawString(MARGIN_X, PAGE_H - 21 * mm, "SOLICITORS LLP - Immigration, "
                          "Asylum, Public Law and Community Care")
        canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 16 * mm,
                               "2nd Floor, 14 Tanner's Hill Yard, London SE8 4ZN")
        canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 21 * mm,
                               "T +44 20 7946 0870 | office@example.org")
    else:
        canvas.setFont("Times-Italic", 9)
        canvas.drawString(MARGIN_X, PAGE_H - 14 * mm,
                          f"Filmon Gebremariam - {SUBJECT_SOLICITOR_REF} - 6 March 2023")
    canvas.setFont("Times-Roman", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, "Whitlock & Baines Solicitors LLP is authorised and "
                      "regulated by the Solicitors Regulation Authority. Legal Aid Agency "
                      "contract holder.")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def letter_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the letter."""
    head = ("WHITLOCK & BAINES SOLICITORS LLP - Immigration, Asylum, Public Law and Community "
            "Care 2nd Floor, 14 Tanner's Hill Yard, London SE8 4ZN T +44 20 7946 0870 | "
            "office@example.org" if page == 1 else
            f"Filmon Gebremariam - {SUBJECT_SOLICITOR_REF} - 6 March 2023")
    return (f"{head} Whitlock & Baines Solicitors LLP is authorised and regulated by the "
            f"Solicitors Regulation Authority. Legal Aid Agency contract holder. Page {page} "
            f"of {total}")


def build_letter(corpus: Corpus) -> int:
    """Write the solicitor's letter; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    address = Table([[para(LETTER_HEAD, SERIF), para(LETTER_REFS, SERIF)]],
                    colWidths=[w * 0.6, w * 0.4])
    address.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story: list = [address, Spacer(1, 5 * mm)]
    for i, body in enumerate(LETTER_PARAGRAPHS):
        style = SERIF_BOLD if i in (0, 2) else SERIF
        story.append(para(body, style))
    pages = build_platypus(CASE_DIR / LETTER_PDF, letter_furniture, story,
                           "Letter to LB Marlbury 06.03.23", "J Whitlock", top=30 * mm)
    corpus.add(LETTER_PDF, *(letter_furniture_text(n, pages) for n in range(1, pages + 1)),
               LETTER_HEAD, LETTER_REFS, *LETTER_PARAGRAPHS)
    return pages


# --------------------------------------------------------------------------------------------
# College progress review (PDF), 21 June 2024
# --------------------------------------------------------------------------------------------

COLLEGE_DETAILS: list[tuple[str, str]] = [
    ("Learner", "Philemon Gebremariam (preferred name: Filmon)"),
    ("Student ID", SUBJECT_STUDENT),
    ("Date of birth", "2007-02-12"),
    ("Programme", "ESOL Entry 3 / Level 1 with Maths (16-18 study programme)"),
    ("Mobile", SUBJECT_NEW_PHONE),
    ("E-mail", SUBJECT_EMAIL),
    ("Address", SEMI),
    ("Support", "Looked after / care experienced; bursary; Pupil Premium Plus"),
    ("Emergency contact", f"Jordan Mills (Personal Adviser, LBM) {JORDAN_MOBILE}"),
    ("Progress coach", "Ravi Patel"),
]

COLLEGE_UNITS: tuple[tuple[str, ...], ...] = (
    ("Qualification / unit", "Level", "Result or status", "Tutor"),
    ("ESOL Skills for Life: Reading", "Entry 3", "Achieved (Jun 2023)", "D. Finch"),
    ("ESOL Skills for Life: Writing", "Entry 3", "Achieved (Jun 2023)", "D. Finch"),
    ("ESOL Skills for Life: Speaking and Listening", "Level 1", "Achieved (Mar 2024)",
     "D. Finch"),
    ("ESOL Skills for Life: Reading", "Level 1", "Achieved (May 2024)", "D. Finch"),
    ("ESOL Skills for Life: Writing", "Level 1", "Exam 11/06/2024 - result due July",
     "D. Finch"),
    ("Functional Skills Mathematics", "Level 1", "Achieved (Jan 2024) - 88%", "O. Eze"),
    ("Functional Skills Mathematics", "Level 2", "On track, exam November 2024", "O. Eze"),
    ("Digital skills (EDSQ)", "Entry 3", "Achieved", "O. Eze"),
    ("Taster: Electrical Installation", "-", "Completed, 5 days in April", "O. Eze"),
)

COLLEGE_ATTENDANCE: tuple[tuple[str, ...], ...] = (
    ("Term", "Attendance", "Punctuality", "Comment"),
    ("Autumn 2023", "97%", "100%", "Absent 2 days: asylum decision, family time"),
    ("Spring 2024", "95%", "98%", "Absent 3 days: moving to his new home"),
    ("Summer 2024 (to date)", "99%", "100%", ""),
)

COLLEGE_COMMENTS: tuple[tuple[str, str], ...] = (
    ("ESOL tutor (Deborah Finch)",
     "Filmon joined us in September 2022 with no English beyond \"hello\" and \"thank you\". "
     "In under two years he has gone from Entry 1 to Level 1, which is remarkable. He reads "
     "everything, asks about every new word and writes it in a notebook in English and "
     "Tigrinya. His speaking exam presentation, \"My journey to London\", was the best in the "
     "group: honest, funny and brave. He helps the newer learners, translates for Dawit, a "
     "new Eritrean learner in Entry 1, and checks Dawit's homework on the bus. He should be very "
     "proud."),
    ("Maths tutor (Obinna Eze)",
     "Quick, careful and determined. He finished Level 1 early and asked to do Level 2 \"so "
     "I can be an electrician\". His week on the Electrical Installation taster was "
     "excellent: the workshop team asked if he could start in September."),
    ("Progress coach (Ravi Patel)",
     "Attendance is outstanding. He managed the move to semi-independent living in March "
     "without missing more than three days. After a worrying approach by an adult outside his "
     "accommodation in April he came to us straight away and we worked with his PA and the "
     "police; he has been calm and focused since. He is a role model in the ESOL department."),
    ("Filmon's own comment",
     "When I came I can not say my address. Now I can write a letter to the council. Thank "
     "you Debbie and Mr Eze. Next year I want to study electrical because in my country "
     "there is no light at night and I want to make light. Also I want to pass my maths "
     "level 2 and play football for the college."),
)

COLLEGE_TARGETS: tuple[tuple[str, ...], ...] = (
    ("Target", "By when", "Who helps"),
    ("Enrol on Level 1 Diploma in Electrical Installation", "Sept 2024", "Filmon, R. Patel"),
    ("Functional Skills Maths Level 2", "Nov 2024", "Filmon, O. Eze"),
    ("ESOL Level 2 (reading and writing)", "June 2025", "Filmon, D. Finch"),
    ("Apply for a provisional driving licence and a bank account in his own name",
     "Aug 2024", "Filmon, Jordan Mills (PA)"),
)

COLLEGE_AWARD = (
    "Award: ESOL Learner of the Year 2024, presented at the college awards evening on 21 "
    "June 2024."
)
COLLEGE_SIGNED = (
    "Signed: Deborah Finch, ESOL Lecturer; Ravi Patel, Progress Coach and Designated "
    "Safeguarding Lead (16-18). Review date: 21/06/2024."
)


def college_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Letterhead band and footer of the college review."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#006d6f"))
    canvas.rect(0, PAGE_H - 18 * mm, PAGE_W, 18 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(MARGIN_X, PAGE_H - 11 * mm, "Meridian Vale College")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawString(MARGIN_X, PAGE_H - 15.5 * mm,
                      "Learner Progress Review - School of Foundation Studies and ESOL")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 11 * mm, "Catford Campus")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, f"Student ID {SUBJECT_STUDENT} | Generated from "
                      "ProMonitor 21/06/2024 14:12")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def college_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the college review."""
    return ("Meridian Vale College Learner Progress Review - School of Foundation Studies and "
            f"ESOL Catford Campus Student ID {SUBJECT_STUDENT} | Generated from ProMonitor "
            f"21/06/2024 14:12 Page {page} of {total}")


def build_college(corpus: Corpus) -> int:
    """Write the college progress review; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "LEARNER PROGRESS REVIEW - SUMMER TERM 2024"
    story: list = [para(title, H1), pair_table(COLLEGE_DETAILS, w),
                   para("Qualifications and units", H2),
                   grid_table(COLLEGE_UNITS, [66 * mm, 18 * mm, 56 * mm, w - 140 * mm]),
                   para("Attendance", H2),
                   grid_table(COLLEGE_ATTENDANCE, [36 * mm, 24 * mm, 24 * mm, w - 84 * mm])]
    text = [title, rows_text(COLLEGE_DETAILS), "Qualifications and units",
            rows_text(COLLEGE_UNITS), "Attendance", rows_text(COLLEGE_ATTENDANCE)]
    for heading, body in COLLEGE_COMMENTS:
        story += [para(heading, H2), para(body, BODY)]
        text += [heading, body]
    story += [para("Targets for next year", H2),
              grid_table(COLLEGE_TARGETS, [96 * mm, 24 * mm, w - 120 * mm]),
              Spacer(1, 3 * mm), para(COLLEGE_AWARD, BODY), para(COLLEGE_SIGNED, SMALL)]
    text += ["Targets for next year", rows_text(COLLEGE_TARGETS), COLLEGE_AWARD,
             COLLEGE_SIGNED]
    pages = build_platypus(CASE_DIR / COLLEGE_PDF, college_furniture, story,
                           "Learner Progress Review", "Meridian Vale College", top=26 * mm,
                           creator="ProMonitor")
    corpus.add(COLLEGE_PDF, *(college_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# Pathway plan (DOCX), 20 February 2024
# --------------------------------------------------------------------------------------------

PLAN_ABOUT: tuple[tuple[str, ...], ...] = (
    ("My name", "Filmon Gebremariam (the Home Office wrote Filimon Ghebremariam; I sign "
     "Filmon G/Mariam)"),
    ("Known as", "Filmon. Fili at college and at football."),
    ("Date of birth", "12th February 2007 (age 17)"),
    ("NHS number", SUBJECT_NHS),
    ("National Insurance number", f"{SUBJECT_NI} (letter came in January 2024)"),
    ("Home Office reference", SUBJECT_HO),
    ("Immigration status", "Refugee status granted 14/11/2023: leave to remain for five years, "
     "to 13/11/2028. BRP received 05/12/2023."),
    ("Where I live now", f"With Bernie and Desmond Clarke (foster carers), {CLARKE_HOME}"),
    ("Where I am moving", f"{SEMI} (Harbour Lane Supported Living), from 04/03/2024"),
    ("My phone and e-mail", f"{SUBJECT_PHONE} | {SUBJECT_EMAIL}"),
    ("Languages", "Tigrinya (first language), English (ESOL Level 1), some Arabic"),
    ("My workers", f"Jordan Mills, Personal Adviser (PA), {JORDAN_MOBILE}, {JORDAN_EMAIL}. "
     "Chidi Okonkwo, Social Worker, until I am 18. Priya Raman, IRO."),
)

PLAN_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("Where I live",
     "Filmon has lived with Bernie and Desmond since 19 August 2022, three days after he was "
     "put in an adult hotel. It has been a stable, warm placement. He has asked to move to "
     "semi-independent accommodation before he is 18 so that he can learn to cook, shop and "
     "manage his money with support. Harbour Lane Supported Living has offered a room in a "
     "shared house for four young men, with a key worker (Tariq Mahmood) on site in the day "
     "and a waking night worker. Bernie and Desmond have said he can visit every other "
     "Sunday for dinner, and he will keep his key to their side gate \"for Winston\".",
     "I love Bernie's house but I am not a child any more. I want to try. If it is not good I "
     "will tell Jordan. Don't put me in a place with drinking and noise, I need to study."),
    ("Education, training and work",
     "Filmon is at Meridian Vale College on the ESOL and maths programme and is doing "
     "extremely well (ESOL Entry 3 achieved in June 2023, Level 1 speaking in progress, "
     "Functional Skills Maths Level 1 passed with 88%). He wants to train as an electrician "
     "and has a taster week booked on the Electrical Installation course in April. His PEP "
     "ends at 18; the college bursary and his PA will take over.",
     "I want to be an electrician. In my village there is no light at night. Debbie says my "
     "English is good now, but I want it perfect."),
    ("Health and how I feel",
     "Registered with Dr Aisha Rahman at Brockwell Lane Surgery. TB treatment finished in "
     "May 2023; dental and eye checks up to date. Filmon sees Samuel Haile at Tree of Hope "
     "every two weeks; the nightmares are less often. He does not drink or smoke. He knows "
     "how to book his own GP appointments online.",
     "Sometimes at night I am in the warehouse again. Samuel says this is normal and it "
     "gets smaller. Football helps. Church helps."),
    ("Family and the people who matter to me",
     "Filmon's mother and sister are in a refugee camp in Ethiopia. He speaks to them on "
     "Sundays through his cousin's phone. His solicitor is preparing an application for "
     "refugee family reunion for his mother and sister. His brother is in Germany; they "
     "message most days. His cousin and his cousin's wife in Birmingham are his family in "
     "the UK and he visits every month.",
     "My mother is the most important person. I want to bring her and Senait here. Every "
     "night I think about it. My brother carried me when I could not walk in the desert. I "
     "want to see him again."),
    ("Identity, faith and culture",
     "Filmon is Eritrean Orthodox and goes to the Kidane Mehret church in Lewisham most "
     "Sundays. He fasts in Lent (Hudade) and keeps the feast days. He cooks shiro and zigni "
     "with Bernie, who says he is \"a better cook than Desmond already\".",
     "I am not a number of the Home Office any more. I am Filmon, from Eritrea, and I live "
     "in London."),
    ("Money",
     "Weekly allowance paid by the council until he moves, then the Harbour Lane allowance "
     "and a food budget; a bank account to be opened with his BRP. Setting-up home grant "
     "of £2,000 saved for his first flat. He has been warned about people offering cash "
     "work and knows not to lend his bank card to anyone.",
     "I want to save. Bernie taught me to write everything in a book."),
)

PLAN_PEOPLE: tuple[tuple[str, ...], ...] = (
    ("Who", "Who they are to me", "How we keep in touch", "Details"),
    ("Adey (Tsega Weldemichael)", "My mother", "Video call on Sundays on Amen's phone",
     "Camp near Shire, Ethiopia. Family reunion application with Ms Whitlock."),
    ("Senait", "My sister, 11", "With Adey on the call", "Senait's school is in the camp."),
    ("Natnael Gebremariam", "My big brother", "WhatsApp, most days",
     f"Germany. {NATNAEL_EMAIL}"),
    ("Amen (Amanuel Kidane) and Rahwa", "My cousin and his wife", "Visit every month (PA "
     "books the coach); phone", f"{AMEN_PHONE} | {AMEN_EMAIL}"),
    ("Bernie and Desmond", "My foster carers", "Sunday dinner every other week",
     f"Bernie: {BERNIE_MOBILE}; Desmond: 07700 900655"),
    ("Hamid", "My foster brother", "College and football", "Still at Bernie's"),
    ("Simone", "Bernie's daughter", "When I visit Bernie", "Taught me to ride a bike"),
    ("Lemlem Asfaha", "Like an aunt, from church", "Coffee after church on Sundays",
     "07700 900476"),
    ("Gary Pope", "My football coach", "Training Tuesday and Saturday",
     "Marlbury Lions, 07700 900512"),
    ("Luwam Berhane", "Interpreter", "When I need her for meetings", "Lingobridge, TIG-2291"),
)

PLAN_TRIPLE: tuple[tuple[str, ...], ...] = (
    ("Plan", "What it means for Filmon", "Status"),
    ("Remaining in the UK", "Refugee status to 13/11/2028; apply for settlement (ILR) "
     "before it ends, with legal advice.", "Main plan"),
    ("Return to Eritrea", "Not safe: he would be at risk as a draft evader. Not considered "
     "further.", "Not applicable"),
    ("A third country", "None. His brother is in Germany but Filmon does not want to move.",
     "Not applicable"),
)

PLAN_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("No.", "What will happen", "Who", "By when"),
    ("1", "Move to Harbour Lane; settling-in visit by the PA in the first week",
     "Jordan Mills (PA)", "11/03/2024"),
    ("2", "Open a bank account; apply for a provisional driving licence", "Filmon, PA",
     "30/04/2024"),
    ("3", "Refugee family reunion application for his mother and sister",
     "Joanna Whitlock (solicitor)", "Summer 2024"),
    ("4", "Electrical Installation taster week; apply for Level 1", "Filmon, Ravi Patel",
     "April 2024"),
    ("5", "Cooking and budgeting sessions with his key worker", "Tariq Mahmood",
     "weekly from March"),
    ("6", "Review this plan", "Jordan Mills (PA), Priya Raman (IRO)", "August 2024"),
)

PLAN_SIGNED: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Signed", "Date"),
    ("Filmon Gebremariam", "Me", "Filmon G/Mariam", "20/02/24"),
    ("Jordan Mills", "Personal Adviser", "J Mills", "20/02/24"),
    ("Chidi Okonkwo", "Social Worker", "C Okonkwo", "20/02/24"),
    ("Marcus Delaney", "Team Manager", "M Delaney", "23/02/24"),
)


def build_plan(corpus: Corpus) -> None:
    """Write the pathway plan as a Word document."""
    doc = Document()
    text: list[str] = []
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    def add(line: str, *, style: str | None = None, italic: bool = False) -> None:
        p = doc.add_paragraph(style=style)
        p.add_run(line).italic = italic
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
        head.text = (f"{COUNCIL} | Leaving Care Service | Pathway Plan | Mosaic {SUBJECT_ID}")
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        text.append(head.text)
        foot = section.footer.paragraphs[0]
        foot.text = "OFFICIAL-SENSITIVE - Pathway Plan (16+) form PP1 v4 - Children (Leaving "\
                    "Care) Act 2000"
        text.append(foot.text)

    add("My Pathway Plan", style="Title")
    add("Filmon's first pathway plan, written with him on Tuesday 20 February 2024 at the "
        "Clarkes' house. Filmon asked for no interpreter. His own words are in italics.")
    add("About me", style="Heading 1")
    table(PLAN_ABOUT, (4.5, 12.5), header=False)
    for heading, now, words in PLAN_SECTIONS:
        add(heading, style="Heading 1")
        add("What's happening now", style="Heading 2")
        add(now)
        add("In my words", style="Heading 2")
        add(words, italic=True)
    add("People who matter to me", style="Heading 1")
    table(PLAN_PEOPLE, (4.0, 3.4, 4.4, 5.2))
    add("Triple planning (immigration)", style="Heading 1")
    add("Every pathway plan for a young person who came to the UK as an unaccompanied child "
        "must think about three possible futures.", italic=True)
    table(PLAN_TRIPLE, (3.6, 10.0, 3.4))
    add("Actions", style="Heading 1")
    table(PLAN_ACTIONS, (1.2, 8.8, 4.2, 2.8))
    add("Signatures", style="Heading 1")
    table(PLAN_SIGNED, (4.4, 4.6, 4.2, 3.8))

    props = doc.core_properties
    props.title = "Pathway Plan"
    props.author = "Jordan Mills"
    props.last_modified_by = "Jordan Mills"
    props.subject = "Pathway Plan 16+"
    props.keywords = ""
    props.comments = ""
    props.created = dt.datetime(2024, 2, 19, 9, 30, 0)
    props.modified = dt.datetime(2024, 2, 23, 11, 4, 0)
    props.revision = 5
    buffer = io.BytesIO()
    doc.save(buffer)
    data = fixed_zip(buffer.getvalue(), (2024, 2, 23, 11, 4, 0))
    (CASE_DIR / PLAN_DOCX).write_bytes(data)
    corpus.add(PLAN_DOCX, *text)


# --------------------------------------------------------------------------------------------
# E-mail chain (EML), 16 November 2023: quoted-printable body, his words attached in base64
# --------------------------------------------------------------------------------------------

EMAIL_HEADERS = {
    "From": f"Chidi Okonkwo <{CHIDI_EMAIL}>",
    "To": f"Jordan Mills <{JORDAN_EMAIL}>, Priya Raman <{PRIYA_EMAIL}>",
    "Cc": f"Bernadette Clarke <{BERNIE_EMAIL}>, Joanna Whitlock <{WHITLOCK_EMAIL}>",
    "Subject": "RE: Filmon G - REFUGEE STATUS GRANTED",
}

EMAIL_PARAGRAPHS = (
    "Hi all,",
    "Good news to end the week on. Please see Joanna's e-mail below: the Home Office has "
    "granted Filmon refugee status, with five years' leave to remain. Bernie's reply is "
    "below too. I told Filmon on Tuesday at the Clarkes' and he rang his mum straight away.",
    "Jordan - as discussed with Marcus, you will be Filmon's PA from January. He is keen to "
    "talk about semi-independent living before he turns 17, so can we book the first "
    "pathway plan meeting for the week of 19th February? He will need help with the BRP, a "
    "bank account and his NI number, and the £45 a week savings should move to his own "
    "account once it is open.",
    "Priya - I will update his care plan for the review on 11/01/24. The NRM conclusive "
    "grounds decision (positive) is already on file.",
    "Filmon typed a message for everyone on his phone and asked me to send it round. It is "
    "attached as he wrote it.",
    "Thanks all,\nChidi",
    f"Chidi Okonkwo\nSocial Worker | UASC and Leaving Care Team\n{COUNCIL}\n"
    f"T: {CHIDI_PHONE} | M: {CHIDI_MOBILE}\nPlease consider the environment before printing.",
    "-----Original Message-----\n"
    f"From: Bernadette Clarke <{BERNIE_EMAIL}>\n"
    "Sent: 15 November 2023 07:58\n"
    f"To: Chidi Okonkwo <{CHIDI_EMAIL}>\n"
    "Subject: Re: Filmon G - REFUGEE STATUS GRANTED",
    "Morning Chidi, he was up at 6 making coffee for everyone the Eritrean way, with the "
    "popcorn and the incense, so the whole house smells like church! Mrs Gebremariam (his "
    "mum) cried on the video call and so did I. Hamid has made him a card. Desmond will take "
    "him for his photos on Saturday. Can you tell Joanna the BRP should come here, 21 "
    "Aldermoor Gardens, not the old hotel? Ring me on the landline if you need me, the "
    f"mobile is playing up ({CLARKE_LANDLINE}).",
    "Bernie x\nSent from my iPhone",
    "-----Original Message-----\n"
    f"From: Joanna Whitlock <{WHITLOCK_EMAIL}>\n"
    "Sent: 14 November 2023 16:02\n"
    f"To: Chidi Okonkwo <{CHIDI_EMAIL}>\n"
    "Subject: Filmon G - REFUGEE STATUS GRANTED",
    "Dear Chidi,",
    f"I am delighted to tell you that the Home Office (ref {SUBJECT_HO}) has today granted "
    "Filmon refugee status, with leave to remain for five years to 13/11/2028. The decision "
    "letter is attached to my separate e-mail to Filmon. The BRP will be posted to the "
    "address we gave; please let me know if that has changed.",
    "Now that he is a refugee I will look at refugee family reunion for his mother, Tsega "
    "Weldemichael, and his sister Senait. Children cannot usually sponsor their parents "
    "under the rules, so it will have to be an application outside the rules on the basis "
    "of exceptional circumstances; I will need evidence from you of his relationship with "
    "them and of the effect of the separation. His brother's position in Germany is "
    "separate and I will advise once Natnael has a decision there.",
    "Kind regards,\nJoanna\nJoanna Whitlock | Solicitor | Whitlock & Baines Solicitors LLP\n"
    f"{WHITLOCK_PHONE} | {WHITLOCK_EMAIL}",
)
EMAIL_BODY = "\n\n".join(EMAIL_PARAGRAPHS) + "\n"

WORDS_LINES = (
    "To Chidi, Bernie, Desmond, Priya, Luwam, Debbie and everybody",
    "",
    "Today I am refugee. I dont know how to say thank you in English big enough. In "
    "Tigrinya we say yekenyeley.",
    "When I came in the boat I think nobody in England want me. The hotel was for big men "
    "and I was afraid to say my age. Then Chidi came and say you are a child and you are "
    "safe now. Auntie Bernie give me her house and Desmond teach me to fix the bike. Winston sleep "
    "on my bed every night (sorry Bernie).",
    "I will study and be electrician and pay tax. I will bring my mother and Senait. And "
    "one day Natnael.",
    "Thank you thank you",
    "Filmon G/Mariam",
)
WORDS = "\n".join(WORDS_LINES) + "\n"


def build_email(corpus: Corpus) -> None:
    """Write the e-mail chain (quoted-printable) with Filmon's words attached (base64)."""
    msg = EmailMessage()
    for name, value in EMAIL_HEADERS.items():
        msg[name] = value
    msg["Date"] = format_datetime(dt.datetime(2023, 11, 16, 17, 41, 9,
                                              tzinfo=dt.UTC))
    msg["Message-ID"] = "<AM9P191MB1642C3E0D5B7A4F1B8E2D94AC1162@AM9P191MB1642.EURP191.PROD>"
    msg["In-Reply-To"] = "<7F3B2C1A-44D2-4E8B-9A61-0C5D3E2F1B88@example.com>"
    msg["Thread-Topic"] = "Filmon G - REFUGEE STATUS GRANTED"
    msg["X-MS-Has-Attach"] = "yes"
    msg.set_content(EMAIL_BODY, cte="quoted-printable")
    msg.add_attachment(WORDS, subtype="plain", filename=WORDS_TXT, cte="base64")
    msg.set_boundary("_004_AM9P191MB1642C3E0D5B7A4F1B8E2D94AC1162AM9P191MB1642EURP_")
    data = msg.as_bytes(policy=default_policy)
    parsed = message_from_bytes(data, policy=default_policy)
    parts = [part.get_content() for part in parsed.iter_parts()]
    assert normalise(parts[0]) == normalise(EMAIL_BODY), "e-mail body does not round-trip"
    assert normalise(parts[1]) == normalise(WORDS), "attachment does not round-trip"
    assert b"=C2=A345" in data, "e-mail body is not quoted-printable"
    assert b"yekenyeley" not in data, "the attachment is not base64"
    (CASE_DIR / EMAIL_EML).write_bytes(data)
    corpus.add(EMAIL_EML, *EMAIL_HEADERS.values(), EMAIL_BODY, WORDS)


# --------------------------------------------------------------------------------------------
# Chronology (CSV), exported from Mosaic
# --------------------------------------------------------------------------------------------

CHRONOLOGY_HEADER = ("Event Date", "Approx?", "Category", "Summary", "Recorded by",
                     "Interpreter")

# (date as exported, approximate?, category, summary, recorded by, interpreter)
CHRONOLOGY: tuple[tuple[str, ...], ...] = (
    ("12/02/2007", "N", "Personal",
     "Filmon born near Keren, Eritrea (5 Yekatit 1999 in the Eritrean calendar). Date of "
     "birth accepted at age assessment 05/10/2022.", "C Okonkwo", ""),
    ("01/01/2017", "Y (year)", "Family",
     "Father taken by soldiers; not heard of since. Filmon was about 10.", "C Okonkwo", ""),
    ("01/07/2020", "Y (month)", "Journey",
     "Left Eritrea with his older brother in the rainy season, aged 13, and walked to "
     "Sudan. About a year in Khartoum.", "C Okonkwo", "Luwam Berhane"),
    ("01/06/2021", "Y (month)", "Journey",
     "Taken across the desert to Libya; held by smugglers near Bani Walid for about five "
     "months and made to work. Separated from his brother there.", "C Okonkwo",
     "Luwam Berhane"),
    ("01/11/2021", "Y (month)", "Journey",
     "Crossed the Mediterranean by boat; rescued at sea and taken to Lampedusa, then Sicily.",
     "C Okonkwo", "Luwam Berhane"),
    ("01/12/2021", "Y (month)", "Journey",
     "Winter 2021-22 sleeping in the woods near Calais with other Eritrean boys.",
     "C Okonkwo", "Luwam Berhane"),
    ("14/08/2022", "N", "Immigration",
     "Arrived at Dover by small boat. Home Office screening: age disputed, DOB recorded as "
     "01/01/2001 (wrong).", "C Okonkwo", ""),
    ("16/08/2022", "N", "Accommodation",
     "Moved by the Home Office to the Brackley Court Hotel, Marlbury, as an adult.",
     "C Okonkwo", ""),
    ("19/08/2022", "N", "Placement",
     "Referral from the hotel's duty manager (Stefan Novak). Seen by SW with a telephone "
     "interpreter. Accommodated under s20 and placed in foster care with Bernadette and "
     "Desmond Clarke, 21 Aldermoor Gardens, SE26 5ZX (LBM carers).", "C Okonkwo",
     "Yohannes (TIG-40417)"),
    ("25/08/2022", "N", "Health",
     "Registered with Dr Aisha Rahman, Brockwell Lane Surgery. Scabies treated.",
     "C Okonkwo", ""),
    ("12/09/2022", "N", "Education",
     "Started ESOL Entry 1 at Meridian Vale College (14-16 programme).", "C Okonkwo", ""),
    ("14/09/2022", "N", "Assessment",
     "Age assessment session 1 (Merton compliant), with interpreter and appropriate adult.",
     "H Marsh", "Luwam Berhane"),
    ("15/09/2022", "N", "Review",
     "First CLA review (IRO Priya Raman). Placement stable; age assessment to finish.",
     "P Raman", "Luwam Berhane"),
    ("28/09/2022", "N", "Assessment",
     "Minded-to meeting: provisional view and adverse points put to Filmon; he answered "
     "them.", "H Marsh", "Luwam Berhane"),
    ("05/10/2022", "N", "Assessment",
     "Age assessment completed: claimed age accepted, DOB 12/02/2007. Home Office informed.",
     "C Okonkwo", "Luwam Berhane"),
    ("12/10/2022", "N", "Immigration",
     f"First meeting with his solicitor. NRM referral submitted ({SUBJECT_NRM}).",
     "C Okonkwo", "Luwam Berhane"),
    ("24/10/2022", "N", "Immigration",
     "NRM: positive reasonable grounds decision.", "C Okonkwo", ""),
    ("27/10/2022", "N", "Health",
     "Initial health assessment (Joy Mensah, LAC Nurse): latent TB found; treatment "
     "started. Results for SULTANI, Hamid (Hamid's NHS no. "
     f"{HAMID_NHS}, DOB 02/11/2007) were filed in Filmon's health folder by mistake and "
     "have been removed.", "J Mensah", "Luwam Berhane"),
    ("08/11/2022", "N", "Family",
     "Red Cross tracing found his mother and sister (Senait, DOB 03/03/2012) in a camp in "
     "Ethiopia: first video call with his mother since 2021.", "C Okonkwo", "Luwam Berhane"),
    ("30/11/2022", "N", "Immigration",
     "Statement of Evidence Form submitted by his solicitor.", "C Okonkwo", ""),
    ("02/12/2022", "N", "Education",
     "PEP meeting at college with the Virtual School (Graham Lowe).", "G Lowe",
     "Luwam Berhane"),
    ("09/02/2023", "N", "Review",
     "Second CLA review. Wants to stay with his foster carers. Referral to Tree of Hope "
     "agreed.", "P Raman", "Luwam Berhane"),
    ("12/02/2023", "N", "Personal",
     "16th birthday, his first in the UK, celebrated with his foster family.", "C Okonkwo",
     ""),
    ("21/02/2023", "N", "Immigration",
     "Home Office accepted his date of birth and corrected its records.", "C Okonkwo", ""),
    ("20/03/2023", "N", "Family",
     "Viability assessment of his cousin Amanuel Kidane (Flat 6, 21 Cranmore Walk, "
     "Birmingham): not viable as a placement; monthly family time instead.", "H Marsh", ""),
    ("15/04/2023", "N", "Missing",
     "Missing overnight: took a coach to Birmingham after football to see his cousin. Found "
     "safe at 00:45. Bernie Clarke reported it (07700 900629).", "EDT", ""),
    ("02/05/2023", "N", "Health",
     "Therapy started at Tree of Hope with Samuel Haile (Tigrinya speaking).", "C Okonkwo",
     ""),
    ("10/06/2023", "N", "Education",
     "ESOL Entry 3 reading and writing achieved.", "C Okonkwo", ""),
    ("27/06/2023", "N", "Immigration",
     "Substantive asylum interview in Croydon; SW attended as responsible adult.",
     "C Okonkwo", ""),
    ("01/07/2023", "Y (month)", "Activities",
     "Joined the Marlbury Lions under-16s football team.", "C Okonkwo", ""),
    ("01/06/2023", "Y (month)", "Family",
     "His cousin's baby, Lidia, born in Birmingham; Filmon is godfather.",
     "C Okonkwo", ""),
    ("06/07/2023", "N", "Immigration",
     "NRM: positive conclusive grounds decision.", "C Okonkwo", ""),
    ("14/11/2023", "N", "Immigration",
     "Refugee status granted: five years' leave to remain, to 13/11/2028.", "C Okonkwo", ""),
    ("11/01/2024", "N", "Review",
     "Third CLA review. Plan for semi-independent living from March agreed.", "P Raman", ""),
    ("18/01/2024", "N", "Education",
     "Functional Skills Maths Level 1 passed with 88%.", "J Mills", ""),
    ("20/02/2024", "N", "Leaving care",
     "First pathway plan with his PA, Jordan Mills.", "J Mills", ""),
    ("04/03/2024", "N", "Placement",
     "Moved to Harbour Lane Supported Living (semi-independent), Room 3, 58 Ravensmere "
     "Road, Catford.", "J Mills", ""),
    ("17/04/2024", "N", "Exploitation",
     "Approached three times outside his accommodation by an adult man in a van (LX19 KDE) "
     "offering cash work at a car wash. Filmon told staff. Police informed.", "J Mills", ""),
    ("19/04/2024", "N", "Meeting",
     "Strategy meeting: risk of labour exploitation, safety plan agreed.", "M Delaney", ""),
    ("21/06/2024", "N", "Achievement",
     "ESOL Learner of the Year at the Meridian Vale College awards evening.", "J Mills", ""),
    ("09/09/2024", "N", "Education",
     "Started Level 1 Diploma in Electrical Installation.", "J Mills", ""),
    ("12/02/2025", "N", "Leaving care",
     "18th birthday. Now a care leaver (former relevant child); Jordan Mills continues as "
     "his PA.", "J Mills", ""),
    ("01/03/2025", "Y (month)", "Family",
     "Family reunion application for his mother and sister lodged by his solicitor.",
     "J Mills", ""),
    ("04/07/2025", "N", "Achievement",
     "Passed Level 1 Electrical Installation with a merit; offered a place on Level 2.",
     "J Mills", ""),
    ("06/10/2025", "N", "Accommodation",
     "Moved into his own council flat, Flat 2, 9 Elmcroft Terrace, Catford SE6 1ZR.",
     "J Mills", ""),
    ("17/10/2025", "N", "Accommodation",
     "Settling-in visit. His neighbour, Mrs Olive Bramwell (Flat 1, 9 Elmcroft Terrace), "
     "has lent him a ladder and taught him to bleed the radiators. Mrs Bramwell's only "
     "worry is his football.", "J Mills", ""),
    ("03/02/2026", "N", "Family",
     "Natnael GEBREMARIAM visited from Germany for a week, the first time the brothers had "
     "met since Libya.", "J Mills", ""),
    ("26/10/2026", "N", "Information request",
     f"Subject access request received ({SAR}). Filmon: \"I want to read what they wrote "
     "when I was small, and show my mother one day.\"", "Information Governance", ""),
)


def build_chronology(corpus: Corpus) -> None:
    """Write the chronology as Mosaic exports it (CRLF, minimal quoting, a footer row)."""
    footer = (f"End of report - {len(CHRONOLOGY)} records - GEBREMARIAM, Filmon "
              f"({SUBJECT_ID})",)
    rows = [CHRONOLOGY_HEADER, *CHRONOLOGY, footer]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(rows)
    (CASE_DIR / CHRONOLOGY_CSV).write_text(buffer.getvalue(), encoding="utf-8", newline="")
    with (CASE_DIR / CHRONOLOGY_CSV).open(encoding="utf-8", newline="") as handle:
        assert [tuple(row) for row in csv.reader(handle)] == [tuple(r) for r in rows]
    corpus.add(CHRONOLOGY_CSV, *(" ".join(row) for row in rows))
    for row in CHRONOLOGY:
        day = dt.datetime.strptime(row[0], "%d/%m/%Y").date()
        corpus.note(CHRONOLOGY_CSV, day.isoformat(), " ".join(row))


# --------------------------------------------------------------------------------------------
# Strategy meeting record (PDF), 19 April 2024: risk of labour exploitation
# --------------------------------------------------------------------------------------------

STRATEGY_DETAILS: list[tuple[str, str]] = [
    ("Young person", "Filmon GEBREMARIAM"),
    ("DOB", "12.02.2007 (17)"),
    ("Mosaic ID", SUBJECT_ID),
    ("Address", "Harbour Lane Supported Living (Rm 3)"),
    ("Legal status", "Looked after, s20; refugee status"),
    ("Meeting", "Strategy meeting (exploitation), MS Teams and Civic Centre"),
    ("Date / time", "Friday 19th April 2024, 10:00-11:15"),
    ("Chair", "Marcus Delaney (TM)"),
]

STRATEGY_PRESENT: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Agency"),
    ("Marcus Delaney", "Team Manager (chair)", "LBM Children's Social Care"),
    ("Jordan Mills", "Personal Adviser", "LBM Leaving Care"),
    ("Chidi Okonkwo", "Social Worker", "LBM UASC team"),
    ("DC 2281 Rachel OBI", "Exploitation team", "Metropolitan Police"),
    ("PS Lee Carver", "Neighbourhood sergeant, Catford", "Metropolitan Police"),
    ("Tariq Mahmood", "Key worker", "Harbour Lane Supported Living"),
    ("Ravi Patel", "DSL (16-18)", "Meridian Vale College"),
    ("Kemi Adebayo", "Exploitation and missing co-ordinator", "LBM"),
    ("Apologies: Priya Raman", "IRO", "LBM"),
)

STRATEGY_CONCERN: tuple[tuple[str, ...], ...] = (
    ("Person of concern", "Details shared by police (not to be shared with the young person)"),
    ("BERHE, Yafet (also known as Jaffa)",
     "DOB 03.05.1991. Flat 11, Pellow House, 40 Ardley Street, London SE13 7ZP. Mobile "
     "+44 7700 900884. Drives a white Ford Transit, LX19 KDE. Two previous intelligence "
     "reports about young asylum seekers offered car wash work for cash."),
    ("GEBRU, Tewelde",
     "DOB 22/10/1979. Operates Star Hand Car Wash, Unit 4, Crossfield Yard, London SE6 3ZH. "
     "Grey Toyota Prius KP68 WMV. Subject of a Gangmasters and Labour Abuse Authority "
     "referral in 2023."),
)

STRATEGY_SECTIONS: tuple[tuple[str, str], ...] = (
    ("Reason for the meeting",
     "On Wednesday 17 April 2024 Filmon told his key worker that a man had been waiting for "
     "him outside Harbour Lane three times that week, offering cash work at a car wash. He "
     "did not get in the van. The man came back at 21:30 and staff called 999. Filmon has "
     "said that the man introduced himself as Jaffa, bought him food twice at a cafe near "
     "the bus garage and asked for his phone number and where he lived."),
    ("Information shared",
     "Police (DC Obi): Yafet Berhe is known to police in connection with the car wash at "
     "Crossfield Yard, where young Eritrean and Sudanese men have been found working long "
     "hours for little or no pay. Mr Berhe's van was stopped in February with three young "
     "men in the back. The owner, Mr Gebru, is being investigated. DC Obi spoke with Filmon "
     "on 18/04/2024 with Tariq present; she described him as \"clear, honest and very "
     "sensible\". PS Carver: patrols have been asked to pass Ravensmere Road in the "
     "evenings.",
     ),
    ("",
     "Harbour Lane (Tariq Mahmood): Filmon reported it himself. Another resident, Mustafa "
     "Hassan (Musti, 16, DOB 09/01/2008, Room 2), has also been approached by the same man "
     "and has not yet spoken to police; his own social worker in another council (their ref "
     "KB/UASC/4471) has been told. Wahid (Room 4) saw the van but was not approached."),
    ("",
     "College (Ravi Patel): attendance 99%, no concerns in college. Filmon has asked about "
     "part-time work and the college will help him find something legal through the "
     "careers service."),
    ("Analysis",
     "Filmon was trafficked and forced to work in Libya, and in Khartoum he washed cars for "
     "almost nothing; the offer of car wash work is aimed exactly at what he knows. He has "
     "no debts and no contact with the man since 17 April. His own actions (telling staff, "
     "showing the police his messages) are strong protective factors. The risk of labour "
     "exploitation is assessed as medium and reducing. A section 47 enquiry is not needed; "
     "support continues under his pathway plan."),
)

STRATEGY_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("Action", "Who", "When"),
    ("Block Mr Berhe's number (07700 900884) on Filmon's phone; keep the screenshots",
     "Filmon with Tariq", "Done 18/04"),
    ("Flag the registration LX19KDE and KP68 WMV; extra patrols near Ravensmere Road",
     "PS Carver; DC 2281 OBI", "From 19/04"),
    ("Staff to walk Filmon to the bus stop in the evenings for two weeks", "Harbour Lane",
     "19/04 to 03/05"),
    ("Session on work rights, bank account, NI number and legal part-time work",
     "Jordan Mills (PA)", "By 30/04/2024"),
    ("Consider an NRM referral for HASSAN, Mustafa", "His social worker", "By 26/04/2024"),
    ("Review by phone", "Marcus Delaney", "03/05/2024"),
)

STRATEGY_VOICE = (
    "Filmon's views (given to Jordan on 18/04/2024): \"In Khartoum I washed cars for "
    "nothing. I know this story. I am not going back in it. I told Tariq because in this "
    "country you can tell. Please help Musti also, he is only small.\""
)


def strategy_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the strategy meeting record."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 11 * mm,
                      f"{COUNCIL} | Multi-agency strategy meeting record")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 15 * mm,
                           "OFFICIAL-SENSITIVE: not to be shared without the chair's agreement")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, f"Mosaic {SUBJECT_ID} | Strategy meeting 19.04.24")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def strategy_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the strategy meeting record."""
    return (f"{COUNCIL} | Multi-agency strategy meeting record OFFICIAL-SENSITIVE: not to be "
            f"shared without the chair's agreement Mosaic {SUBJECT_ID} | Strategy meeting "
            f"19.04.24 Page {page} of {total}")


def build_strategy(corpus: Corpus) -> int:
    """Write the strategy meeting record; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "STRATEGY MEETING - RISK OF EXPLOITATION (CHILD IN CARE)"
    story: list = [para(title, H1), pair_table(STRATEGY_DETAILS, w, label_w=24 * mm),
                   para("Present", H2),
                   grid_table(STRATEGY_PRESENT, [48 * mm, 62 * mm, w - 110 * mm]),
                   para("Persons of concern", H2),
                   grid_table(STRATEGY_CONCERN, [48 * mm, w - 48 * mm])]
    text = [title, rows_text(STRATEGY_DETAILS), "Present", rows_text(STRATEGY_PRESENT),
            "Persons of concern", rows_text(STRATEGY_CONCERN)]
    for heading, body in STRATEGY_SECTIONS:
        if heading:
            story.append(para(heading, H2))
            text.append(heading)
        story.append(para(body, BODY))
        text.append(body)
    story += [para("Young person's views", H2), para(STRATEGY_VOICE, BODY),
              para("Decisions and actions", H2),
              grid_table(STRATEGY_ACTIONS, [100 * mm, 40 * mm, w - 140 * mm]),
              Spacer(1, 3 * mm),
              para("Outcome: s47 threshold not met. Risk: medium, reducing. Minutes agreed by "
                   "the chair 22/04/2024. Distribution: attendees only.", SMALL)]
    text += ["Young person's views", STRATEGY_VOICE, "Decisions and actions",
             rows_text(STRATEGY_ACTIONS),
             "Outcome: s47 threshold not met. Risk: medium, reducing. Minutes agreed by the "
             "chair 22/04/2024. Distribution: attendees only."]
    pages = build_platypus(CASE_DIR / STRATEGY_PDF, strategy_furniture, story,
                           "Strategy meeting 19.04.24", "Marcus Delaney", top=20 * mm)
    corpus.add(STRATEGY_PDF,
               *(strategy_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Harbour Lane key work and daily log (TXT), March 2024 to February 2025
# --------------------------------------------------------------------------------------------

LOG_HEADER = (
    "HARBOUR LANE SUPPORTED LIVING - KEY WORK AND DAILY LOG (EXPORT)",
    "Resident : GEBREMARIAM, FILMON (Rm 3)      Placing authority : LB Marlbury",
    f"Address  : {SEMI}",
    f"Mosaic   : {SUBJECT_ID}                     Key worker : Tariq Mahmood",
    "Other residents: Rm 1 AZIZ, Rebin (30/12/2006) | Rm 2 HASSAN, Mustafa | Rm 4 NOORZAI, "
    "Abdul Wahid",
)


@dataclass(frozen=True)
class LogEntry:
    """One entry of the supported accommodation's log."""

    iso: str
    stamp: str
    staff: str
    body: str


LOG_ENTRIES: tuple[LogEntry, ...] = (
    LogEntry("2024-03-04", "04/03/2024 15:10", "Tariq M (Key Worker)",
             "Filmon moved in today from foster care. Brought by Desmond and Bernie, who "
             "stayed for tea. Room 3. House rules, fire drill and the key fob explained. "
             "Met Rebin Aziz (Rm 1), Musti (Rm 2) and Wahid (Rm 4), who he knows from college. "
             "He put a photo of his mother and a picture of Winston the dog on the wall."),
    LogEntry("2024-03-09", "Sat 9th March 2024 19:30", "Blessing O (Night Worker)",
             "Filmon cooked shiro and injera for the whole house. Rebin said it was the best "
             "food in the house since he came. Musti did the washing up. Very good evening."),
    LogEntry("2024-03-21", "21/03/24 11:00", "Tariq M (Key Worker)",
             "Key work: budgeting. Filmon has a notebook with every penny in it. He has "
             "already saved £30. Bank account appointment booked. Complaint from the "
             "neighbour at 60 Ravensmere Road, Mr Dennis Pryor, about football against his "
             "fence; Filmon went round himself with Wahid to apologise. Mr Pryor gave them "
             "their ball back and a bag of apples."),
    LogEntry("2024-04-17", "17/04/2024 20:45", "Tariq M (Key Worker)",
             "Filmon came to the office and said the man in the white van was outside again "
             "(third time). Did not go out. I called police 101 and rang Jordan (PA). Van "
             "came back at 21:30: 999 called. See Mosaic for the strategy meeting."),
    LogEntry("2024-05-26", "26.05.24 16:00", "Claire D (Manager)",
             "Visitors: his cousin Amen with his wife Rahwa and their baby Lidia, down from "
             "Birmingham for the day. Filmon took them to Catford market and cooked for them. "
             "Visitors signed in and out (12:05-18:40)."),
    LogEntry("2024-07-13", "Sat 13th July 2024", "Blessing O (Night Worker)",
             "Fire alarm 23:10: Rebin's toast. All residents out in 2 minutes. Filmon helped "
             "wake Musti, who sleeps through everything, and calmed him down after. Wahid's "
             "room smelled of smoke for a week; Musti's did not."),
    LogEntry("2024-09-09", "09/09/2024 17:20", "Tariq M (Key Worker)",
             "First day of Level 1 Electrical Installation. Came home with his toolbox and a "
             "hi-vis vest and wore it to dinner. \"Today I am a real student.\""),
    LogEntry("2024-12-24", "24/12/24 18:00", "Claire D (Manager)",
             "Christmas food box delivered by the Kidane Mehret church, and Lemlem brought zigni. "
             "Filmon goes to "
             "Bernie's for Christmas dinner tomorrow and to church for Ledet on 6th Jan. "
             "Hamid is coming to the house on Boxing Day to play FIFA."),
    LogEntry("2025-01-20", "20/01/2025 14:30", "Tariq M (Key Worker)",
             "Key work: his 18th and what changes. Went through the leaving care offer with "
             "Jordan. Filmon asked if Harbour Lane can keep him until his course ends; Jordan "
             "will ask. He has been told Natnael got protection in Germany and is \"happy "
             "for 10 days now\"."),
    LogEntry("2025-02-12", "12/02/2025", "Tariq M (Key Worker)",
             "Filmon's 18th birthday. Cake in the house. Bernie and Simone came with a "
             "present (Simone's idea: a proper drill). Video call with his mother and Senait from "
             "the "
             "camp, all singing. He said: \"Three years ago I did not have a birthday. Now "
             "I have two families.\""),
)


def wrap_entry(entry: LogEntry) -> list[str]:
    """The lines of one log entry, wrapped at 78 columns as the export does."""
    head = f"{entry.stamp:<24} {entry.staff}"
    body = textwrap.wrap(entry.body, width=76, initial_indent="  ", subsequent_indent="  ",
                         break_on_hyphens=False)
    return [head, *body, ""]


def build_log(corpus: Corpus) -> None:
    """Write the supported accommodation's log export (CRLF, wrapped)."""
    rule = "=" * 78
    lines = [rule, *LOG_HEADER, rule, ""]
    for entry in LOG_ENTRIES:
        entry_lines = wrap_entry(entry)
        lines += entry_lines
        corpus.note(LOG_TXT, entry.iso, "\n".join(entry_lines))
    lines += [rule, f"Exported 03/11/2026 for {SAR} - {len(LOG_ENTRIES)} entries", rule]
    text = "\n".join(lines) + "\n"
    (CASE_DIR / LOG_TXT).write_text(text, encoding="utf-8", newline="\r\n")
    corpus.add(LOG_TXT, text)


# --------------------------------------------------------------------------------------------
# case.toml and ground truth
# --------------------------------------------------------------------------------------------

SUBJECT_ALIASES = ("Filmon", "Fili", "Filimon Ghebremariam", "Filmon G/Mariam",
                   "Philemon Gebremariam", "Mr Gebremariam")

PEOPLE: tuple[Person, ...] = (
    Person("Tsega Weldemichael", ("Tsega", "Tsegga Woldemichael"), "redact",
           "not asked: in a refugee camp abroad, no safe way to ask", relationship="mother"),
    Person("Natnael Gebremariam", ("Natnael",), "redact",
           "no reply to the consent request of 2026-11-02", relationship="brother"),
    Person("Amanuel Kidane", ("Amen", "Mr Kidane"), "redact",
           "asked on 2026-11-02: his asylum statement was given for the claim only",
           relationship="cousin"),
    Person("Chidi Okonkwo", ("Chidi",), "disclose", "acting as his social worker",
           role="social worker"),
    Person("Jordan Mills", ("Jordan",), "disclose", "acting as his personal adviser",
           role="personal adviser"),
    Person("Luwam Berhane", ("Luwam",), "disclose",
           "acting as the council's interpreter (a professional)", role="interpreter"),
)


def case_toml() -> str:
    """The text of this case's CASE.toml in the DESIGN.md format."""
    lines = ["# Case file for the fifth held-out fictional sample case in this folder (see",
             "# ../README.md). Everyone named here is invented.", "",
             "[subject]", f"name = {toml_str(SUBJECT)}",
             f"aliases = [{', '.join(toml_str(a) for a in SUBJECT_ALIASES)}]",
             'date_of_birth = "2007-02-12"', "",
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


TSEGA, FATHER, NATNAEL, SENAIT = ("Tsega Weldemichael", "Gebremariam Tekle Habtom",
                                  "Natnael Gebremariam", "Senait Gebremariam")
ABREHET, AMEN, RAHWA, LIDIA = "Abrehet", "Amanuel Kidane", "Rahwa", "Lidia"
BERNIE, DESMOND, SIMONE = "Bernadette Clarke", "Desmond Clarke", "Simone Clarke"
HAMID, WAHID, MUSTI, REBIN = ("Hamid Sultani", "Abdul Wahid Noorzai", "Mustafa Hassan",
                              "Rebin Aziz")
NOVAK, MEHARI, ROBEL, GARY, PRYOR = ("Stefan Novak", "Mehari", "Robel", "Gary Pope",
                                     "Dennis Pryor")
YAFET, GEBRU = "Yafet Berhe", "Tewelde Gebru"
LEMLEM, BRAMWELL = "Lemlem Asfaha", "Olive Bramwell"
FAIRBAIRN, OBI, CARVER = "Amy Fairbairn", "Rachel Obi", "Lee Carver"

REDACT: tuple[tuple[str, str, str], ...] = (
    # Mother: in Eritrea a woman keeps her own father's name, so she is not "Mrs Gebremariam"
    ("Tsega Weldemichael", "person", TSEGA),
    ("Tsega", "person", TSEGA),
    ("TSEGA WELDEMICHAEL", "person", TSEGA),
    ("Tsegga Woldemichael", "person", TSEGA),
    ("Mrs Gebremariam", "person", TSEGA),
    # Father: his first name is Filmon's second name
    ("Gebremariam Tekle Habtom", "person", FATHER),
    ("GEBREMARIAM TEKLE HABTOM", "person", FATHER),
    ("Gebremariam Tekle", "person", FATHER),
    # Brother and sister share the second name, as Filmon does
    ("Natnael Gebremariam", "person", NATNAEL),
    ("Natnael GEBREMARIAM", "person", NATNAEL),
    ("NATNAEL GEBREMARIAM", "person", NATNAEL),
    ("Natanael Ghebremariam", "person", NATNAEL),
    ("Natnael", "person", NATNAEL),
    ("Natnael's", "person", NATNAEL),
    ("14/09/2002", "dob", NATNAEL),
    (NATNAEL_EMAIL, "email", NATNAEL),
    ("SENAIT GEBREMARIAM", "person", SENAIT),
    ("Senait", "person", SENAIT),
    # Grandmother (first name only)
    ("Abrehet", "person", ABREHET),
    ("ABREHET", "person", ABREHET),
    # Cousin in Birmingham, his wife and baby
    ("Amanuel Kidane", "person", AMEN),
    ("Mr Amanuel Kidane", "person", AMEN),
    ("KIDANE, Amanuel", "person", AMEN),
    ("AMANUEL KIDANE", "person", AMEN),
    ("Amen Kidane", "person", AMEN),
    ("Mr Kidane", "person", AMEN),
    ("Amen", "person", AMEN),
    ("Amen's", "person", AMEN),
    ("19.07.96", "dob", AMEN),
    ("19/07/1996", "dob", AMEN),
    (AMEN_HO, "case_ref", AMEN),
    (AMEN_NI, "ni", AMEN),
    ("Flat 6, 21 Cranmore Walk", "address", AMEN),
    ("B10 0ZQ", "postcode", AMEN),
    (AMEN_PHONE, "phone", AMEN),
    ("+44 7700 900561", "phone", AMEN),
    (AMEN_EMAIL, "email", AMEN),
    ("Rahwa", "person", RAHWA),
    ("Rahwa Tesfamichael", "person", RAHWA),
    ("Lidia", "person", LIDIA),
    # Foster carers (unclear role) and their daughter (not)
    ("Bernadette Clarke", "person", BERNIE),
    ("Bernadette", "person", BERNIE),
    ("Mrs Bernadette CLARKE", "person", BERNIE),
    ("Auntie Bernie", "person", BERNIE),
    ("Bernie Clarke", "person", BERNIE),
    ("Bernie", "person", BERNIE),
    ("Bernie's", "person", BERNIE),
    ("Mrs Clarke", "person", BERNIE),
    ("the Clarkes", "person", BERNIE),
    ("21 Aldermoor Gardens", "address", BERNIE),
    ("SE26 5ZX", "postcode", BERNIE),
    (CLARKE_LANDLINE, "phone", BERNIE),
    (BERNIE_MOBILE, "phone", BERNIE),
    (BERNIE_EMAIL, "email", BERNIE),
    ("Desmond Clarke", "person", DESMOND),
    ("Desmond", "person", DESMOND),
    ("Desmond's", "person", DESMOND),
    ("Mr Desmond CLARKE", "person", DESMOND),
    ("Mr Clarke", "person", DESMOND),
    ("Mr and Mrs Clarke", "person", DESMOND),
    ("LB63 XRT", "vehicle", DESMOND),
    ("Simone", "person", SIMONE),
    ("Simone Clarke", "person", SIMONE),
    # Other young people
    ("Hamid Sultani", "person", HAMID),
    ("Hamid", "person", HAMID),
    ("Hamid's", "person", HAMID),
    ("SULTANI, Hamid", "person", HAMID),
    ("02/11/2007", "dob", HAMID),
    (HAMID_NHS, "nhs", HAMID),
    ("Abdul Wahid Noorzai", "person", WAHID),
    ("Wahid", "person", WAHID),
    ("Wahid's", "person", WAHID),
    ("NOORZAI, Abdul Wahid", "person", WAHID),
    ("21/06/2006", "dob", WAHID),
    (WAHID_HO, "case_ref", WAHID),
    ("Room 4, 58 Ravensmere Road", "address", WAHID),
    ("Q7-2107-30551", "case_ref", HAMID),
    ("Tsega's", "person", TSEGA),
    ("ETH-SHR-22-07713", "case_ref", TSEGA),
    ("03/03/2012", "dob", SENAIT),
    ("Senait's", "person", SENAIT),
    ("Mrs B. Clarke", "person", BERNIE),
    ("Mr D. Clarke", "person", DESMOND),
    ("07700 900655", "phone", DESMOND),
    ("KB/UASC/4471", "case_ref", MUSTI),
    ("07700 900512", "phone", GARY),
    ("Robel's", "person", ROBEL),
    ("Lemlem", "person", LEMLEM),
    ("Simone's", "person", SIMONE),
    ("Mr Kidane's", "person", AMEN),
    ("DC 2281 OBI", "person", OBI),
    ("Mustafa Hassan", "person", MUSTI),
    ("Musti", "person", MUSTI),
    ("Musti's", "person", MUSTI),
    ("HASSAN, Mustafa", "person", MUSTI),
    ("09/01/2008", "dob", MUSTI),
    ("Rebin Aziz", "person", REBIN),
    ("Rebin", "person", REBIN),
    ("AZIZ, Rebin", "person", REBIN),
    ("30/12/2006", "dob", REBIN),
    ("Rebin's", "person", REBIN),
    ("Robel", "person", ROBEL),
    # Members of the public
    ("Mr Stefan Novak", "person", NOVAK),
    ("Stefan Novak", "person", NOVAK),
    ("Mr Novak", "person", NOVAK),
    ("Mr Novak's", "person", NOVAK),
    ("Mehari", "person", MEHARI),
    ("Mehari's", "person", MEHARI),
    ("Lemlem Asfaha", "person", LEMLEM),
    ("Lemlem Asfaha's", "person", LEMLEM),
    ("Mrs Asfaha", "person", LEMLEM),
    ("07700 900476", "phone", LEMLEM),
    ("Dawit", "person", "Dawit"),
    ("Dawit's", "person", "Dawit"),
    ("Gary", "person", GARY),
    ("Gary Pope", "person", GARY),
    ("Mr Dennis Pryor", "person", PRYOR),
    ("Mr Pryor", "person", PRYOR),
    ("60 Ravensmere Road", "address", PRYOR),
    ("Mrs Olive Bramwell", "person", BRAMWELL),
    ("Mrs Bramwell", "person", BRAMWELL),
    ("Mrs Bramwell's", "person", BRAMWELL),
    ("Flat 1, 9 Elmcroft Terrace", "address", BRAMWELL),
    # The man who offered him work, and the car wash owner
    ("Yafet Berhe", "person", YAFET),
    ("BERHE, Yafet", "person", YAFET),
    ("Yafet", "person", YAFET),
    ("Yafet's", "person", YAFET),
    ("Jaffa", "person", YAFET),
    ("Mr Berhe", "person", YAFET),
    ("Mr Berhe's", "person", YAFET),
    ("03/05/1991", "dob", YAFET),
    ("03.05.1991", "dob", YAFET),
    ("Flat 11, Pellow House, 40 Ardley Street", "address", YAFET),
    ("SE13 7ZP", "postcode", YAFET),
    (YAFET_PHONE, "phone", YAFET),
    ("+44 7700 900884", "phone", YAFET),
    ("LX19 KDE", "vehicle", YAFET),
    ("LX19KDE", "vehicle", YAFET),
    ("GEBRU, Tewelde", "person", GEBRU),
    ("Tewelde Gebru", "person", GEBRU),
    ("Mr Gebru", "person", GEBRU),
    ("22/10/1979", "dob", GEBRU),
    ("Unit 4, Crossfield Yard", "address", GEBRU),
    ("SE6 3ZH", "postcode", GEBRU),
    ("KP68 WMV", "vehicle", GEBRU),
    # Police officers (unclear role)
    ("PC Amy Fairbairn", "person", FAIRBAIRN),
    ("PC Fairbairn", "person", FAIRBAIRN),
    ("DC Rachel Obi", "person", OBI),
    ("DC 2281 Rachel OBI", "person", OBI),
    ("DC Obi", "person", OBI),
    ("PS Lee Carver", "person", CARVER),
    ("PS Carver", "person", CARVER),
)
# Foster carers and police officers: unclear roles.
UNCLEAR_PEOPLE = {BERNIE, DESMOND, FAIRBAIRN, OBI, CARVER}

KEEP: tuple[tuple[str, str], ...] = (
    # The subject: every spelling and form of his name, and his own identifiers
    (SUBJECT, "subject"),
    ("Filmon", "subject"),
    ("Filmon's", "subject"),
    ("Fili", "subject"),
    ("Filimon Ghebremariam", "subject"),
    ("GHEBREMARIAM, Filimon", "subject"),
    ("Filmon G/Mariam", "subject"),
    ("Filmon G", "subject"),
    ("Philemon Gebremariam", "subject"),
    ("Filmon GEBREMARIAM", "subject"),
    ("GEBREMARIAM, Filmon", "subject"),
    ("GEBREMARIAM, FILMON", "subject"),
    ("Mr Gebremariam", "subject"),
    ("Mr Gebremariam's", "subject"),
    (SUBJECT_DOB, "subject"),
    ("12.02.2007", "subject"),
    ("12th February 2007", "subject"),
    ("12 February 2007", "subject"),
    ("2007-02-12", "subject"),
    ("5 Yekatit 1999", "subject"),
    ("01/01/2001", "subject"),
    (SUBJECT_ID, "subject"),
    (SUBJECT_HO, "subject"),
    (SUBJECT_NRM, "subject"),
    (SUBJECT_NHS, "subject"),
    (SUBJECT_NI, "subject"),
    (SUBJECT_PHONE, "subject"),
    (SUBJECT_NEW_PHONE, "subject"),
    (SUBJECT_EMAIL, "subject"),
    (SUBJECT_STUDENT, "subject"),
    (SUBJECT_SOLICITOR_REF, "subject"),
    (SEMI, "subject"),
    ("Room 3, 58 Ravensmere Road", "subject"),
    ("Flat 2, 9 Elmcroft Terrace, Catford SE6 1ZR", "subject"),
    ("Harbour Lane Supported Living", "subject"),
    ("Brackley Court Hotel", "subject"),
    # Professionals: with and without titles, first names, initials, role abbreviations
    ("Chidi Okonkwo", "professional"),
    ("Chidi", "professional"),
    ("C. Okonkwo", "professional"),
    ("C Okonkwo", "professional"),
    ("Mr Okonkwo", "professional"),
    (CHIDI_EMAIL, "professional"),
    (CHIDI_PHONE, "professional"),
    (CHIDI_MOBILE, "professional"),
    ("Helen Marsh", "professional"),
    ("H. Marsh", "professional"),
    ("H Marsh", "professional"),
    ("Marcus Delaney", "professional"),
    ("M. Delaney", "professional"),
    ("M Delaney", "professional"),
    ("Marcus", "professional"),
    ("Priya Raman", "professional"),
    ("P Raman", "professional"),
    ("Priya", "professional"),
    (PRIYA_EMAIL, "professional"),
    ("Jordan Mills", "professional"),
    ("Jordan", "professional"),
    ("J Mills", "professional"),
    (JORDAN_EMAIL, "professional"),
    (JORDAN_MOBILE, "professional"),
    ("Angela Reid", "professional"),
    ("Luwam Berhane", "professional"),
    ("Luwam", "professional"),
    ("TIG-2291", "professional"),
    ("Yohannes", "professional"),
    ("TIG-40417", "professional"),
    ("Sarah Quayle", "professional"),
    ("Joanna Whitlock", "professional"),
    ("Ms Whitlock", "professional"),
    ("Joanna", "professional"),
    (WHITLOCK_EMAIL, "professional"),
    (WHITLOCK_PHONE, "professional"),
    ("+44 20 7946 0870", "professional"),
    ("office@example.org", "professional"),
    ("Daniel Osei", "professional"),
    ("Joy Mensah", "professional"),
    ("J Mensah", "professional"),
    ("Dr Aisha Rahman", "professional"),
    ("Samuel Haile", "professional"),
    ("Samuel", "professional"),
    ("Graham Lowe", "professional"),
    ("G Lowe", "professional"),
    ("Deborah Finch", "professional"),
    ("Debbie", "professional"),
    ("Ms Finch", "professional"),
    ("D. Finch", "professional"),
    ("Obinna Eze", "professional"),
    ("O. Eze", "professional"),
    ("Mr Eze", "professional"),
    ("Ravi Patel", "professional"),
    ("R. Patel", "professional"),
    ("Tariq Mahmood", "professional"),
    ("Tariq M", "professional"),
    ("Tariq", "professional"),
    ("Blessing O", "professional"),
    ("Claire D", "professional"),
    ("Nadia Kowal", "professional"),
    ("Kemi Adebayo", "professional"),
    ("CO", "professional"),
    ("HM", "professional"),
    # Places, services and organisations (places that look like names among them)
    (COUNCIL, "place"),
    ("LB Marlbury", "place"),
    ("Marlbury Civic Centre", "place"),
    ("Keren", "place"),
    ("Asmara", "place"),
    ("Shire", "place"),
    ("Tesseney", "place"),
    ("Khartoum", "place"),
    ("Bani Walid", "place"),
    ("Lampedusa", "place"),
    ("Sicily", "place"),
    ("Calais", "place"),
    ("Dover", "place"),
    ("Croydon", "place"),
    ("Lewisham", "place"),
    ("Catford", "place"),
    ("Sydenham", "place"),
    ("Bellingham", "place"),
    ("Birmingham", "place"),
    ("Eritrea", "place"),
    ("Ethiopia", "place"),
    ("Germany", "place"),
    ("Libya", "place"),
    ("Sudan", "place"),
    ("Afghanistan", "place"),
    ("Home Office", "place"),
    ("Red Cross", "place"),
    ("Metropolitan Police", "place"),
    ("Meridian Vale College", "place"),
    ("Brockwell Lane Surgery", "place"),
    ("Tree of Hope", "place"),
    ("Kidane Mehret", "place"),
    ("Whitlock & Baines Solicitors LLP", "place"),
    ("14 Tanner's Hill Yard, London SE8 4ZN", "place"),
    ("Lingobridge", "place"),
    ("Brightway Refugee Youth", "place"),
    ("Marlbury Lions", "place"),
    ("Star Hand Car Wash", "place"),
    # Ordinary content: the dog, law and jargon, Tigrinya words, food and feasts
    ("Winston", "content"),
    ("UASC", "content"),
    ("Merton", "content"),
    ("minded-to meeting", "content"),
    ("benefit of the doubt", "content"),
    ("section 20 of the Children Act 1989", "content"),
    ("NRM", "content"),
    ("First Responder", "content"),
    ("Single Competent Authority", "content"),
    ("reasonable grounds", "content"),
    ("conclusive grounds", "content"),
    ("Statement of Evidence Form", "content"),
    ("appeal rights exhausted (ARE)", "content"),
    ("leave to remain", "content"),
    ("refugee status", "content"),
    ("refugee family reunion", "content"),
    ("Triple planning", "content"),
    ("CLA review", "content"),
    ("PEP", "content"),
    ("IRO", "content"),
    ("PA", "content"),
    ("SSW", "content"),
    ("ESOL", "content"),
    ("Functional Skills", "content"),
    ("ESOL Learner of the Year", "content"),
    ("BRP", "content"),
    ("Sawa", "content"),
    ("Tigrinya", "content"),
    ("Ge'ez", "content"),
    ("Yekatit", "content"),
    ("himbasha", "content"),
    ("injera", "content"),
    ("shiro", "content"),
    ("zigni", "content"),
    ("Hudade", "content"),
    ("Ledet", "content"),
    ("yekenyeley", "content"),
    ("Gangmasters and Labour Abuse Authority", "content"),
    # Relationships, which stay
    ("Adey", "relationship"),
    ("Abo", "relationship"),
    ("my second mother", "relationship"),
    ("My foster brother", "relationship"),
    ("his cousin", "relationship"),
    # Dates as written
    ("Fri 19th Aug 2022", "date"),
    ("Friday 19th August 2022", "date"),
    ("Wed 14th Sept 2022", "date"),
    ("21.09.22", "date"),
    ("Wed 28 September 2022", "date"),
    ("15.09.22", "date"),
    ("Wed 12 Oct 2022", "date"),
    ("08/11/22", "date"),
    ("2nd December 2022", "date"),
    ("Sat 07/01/2023", "date"),
    ("Sun 12th Feb 2023", "date"),
    ("6 March 2023", "date"),
    ("20.03.23", "date"),
    ("Monday 17th April 2023", "date"),
    ("14/07/23", "date"),
    ("Tue 14th November 2023", "date"),
    ("13/11/2028", "date"),
    ("Tuesday 20 February 2024", "date"),
    ("04/03/24", "date"),
    ("19.04.24", "date"),
    ("Friday 19th April 2024", "date"),
    ("Sat 9th March 2024", "date"),
    ("26.05.24", "date"),
    ("the rainy season of 2020", "date"),
    ("the winter of 2021-22", "date"),
)

# (ISO date, precision, category, phrase the record contains, document)
EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("2007-02-12", "day", "family", "Filmon born near Keren, Eritrea", CHRONOLOGY_CSV),
    ("2017-01-01", "year", "family", "Father taken by soldiers; not heard of since",
     CHRONOLOGY_CSV),
    ("2020-07-01", "month", "placement", "Left Eritrea with his older brother",
     CHRONOLOGY_CSV),
    ("2021-06-01", "month", "concern", "held by smugglers near Bani Walid", CHRONOLOGY_CSV),
    ("2021-11-01", "month", "placement", "Crossed the Mediterranean by boat", CHRONOLOGY_CSV),
    ("2021-12-01", "month", "placement", "sleeping in the woods near Calais", CHRONOLOGY_CSV),
    ("2022-08-14", "day", "placement", "Arrived at Dover by small boat", CHRONOLOGY_CSV),
    ("2022-08-16", "day", "placement", "Moved by the Home Office to the Brackley Court Hotel",
     CHRONOLOGY_CSV),
    ("2022-08-19", "day", "placement", "Accommodated under s20 and placed in foster care",
     CHRONOLOGY_CSV),
    ("2022-08-23", "day", "voice", "like a hotel for a king", NOTES_PDF),
    ("2022-08-25", "day", "health", "Scabies treated", CHRONOLOGY_CSV),
    ("2022-09-12", "day", "education", "Started ESOL Entry 1 at Meridian Vale College",
     CHRONOLOGY_CSV),
    ("2022-09-14", "day", "meeting", "Age assessment session 1", CHRONOLOGY_CSV),
    ("2022-09-15", "day", "meeting", "First CLA review", CHRONOLOGY_CSV),
    ("2022-09-28", "day", "meeting", "Minded-to meeting", CHRONOLOGY_CSV),
    ("2022-10-05", "day", "meeting", "Age assessment completed: claimed age accepted",
     CHRONOLOGY_CSV),
    ("2022-10-05", "day", "voice", "Now I can be a boy again", AGE_PDF),
    ("2022-10-12", "day", "meeting", "NRM referral submitted", CHRONOLOGY_CSV),
    ("2022-10-24", "day", "meeting", "positive reasonable grounds decision", CHRONOLOGY_CSV),
    ("2022-10-27", "day", "health", "Initial health assessment", CHRONOLOGY_CSV),
    ("2022-11-08", "day", "family", "first video call with his mother since 2021",
     CHRONOLOGY_CSV),
    ("2022-11-08", "day", "voice", "She asked if I am going to church", NOTES_PDF),
    ("2022-12-02", "day", "education", "Personal Education Plan meeting", NOTES_PDF),
    ("2023-01-07", "day", "family", "Eritrean Orthodox Christmas", NOTES_PDF),
    ("2023-02-09", "day", "meeting", "Second CLA review", CHRONOLOGY_CSV),
    ("2023-02-12", "day", "voice", "Best birthday in my life", NOTES_PDF),
    ("2023-02-21", "day", "meeting", "Home Office accepted his date of birth",
     CHRONOLOGY_CSV),
    ("2023-03-06", "day", "voice", "that the teacher says your name nicely", LETTER_PDF),
    ("2023-03-20", "day", "family", "not viable as a placement", CHRONOLOGY_CSV),
    ("2023-04-15", "day", "concern", "Missing overnight", CHRONOLOGY_CSV),
    ("2023-04-17", "day", "voice", "so much that my chest", NOTES_PDF),
    ("2023-05-02", "day", "health", "Therapy started at Tree of Hope", CHRONOLOGY_CSV),
    ("2023-06-01", "month", "family", "Filmon is godfather", CHRONOLOGY_CSV),
    ("2023-06-10", "day", "achievement", "ESOL Entry 3 reading and writing achieved",
     CHRONOLOGY_CSV),
    ("2023-06-27", "day", "meeting", "Substantive asylum interview in Croydon",
     CHRONOLOGY_CSV),
    ("2023-06-27", "day", "voice", "I told them everything", NOTES_PDF),
    ("2023-07-01", "month", "achievement", "Joined the Marlbury Lions under-16s",
     CHRONOLOGY_CSV),
    ("2023-07-06", "day", "meeting", "positive conclusive grounds decision", CHRONOLOGY_CSV),
    ("2023-11-14", "day", "meeting", "Refugee status granted", CHRONOLOGY_CSV),
    ("2023-11-15", "day", "family", "making coffee for everyone the Eritrean way",
     EMAIL_EML),
    ("2023-11-16", "day", "voice", "Today I am refugee", EMAIL_EML),
    ("2024-01-11", "day", "meeting", "Third CLA review", CHRONOLOGY_CSV),
    ("2024-01-18", "day", "achievement", "Functional Skills Maths Level 1 passed",
     CHRONOLOGY_CSV),
    ("2024-02-20", "day", "meeting", "First pathway plan", CHRONOLOGY_CSV),
    ("2024-02-20", "day", "voice", "I am not a number of the Home Office any more",
     PLAN_DOCX),
    ("2024-03-04", "day", "placement", "Moved to Harbour Lane Supported Living",
     CHRONOLOGY_CSV),
    ("2024-03-09", "day", "achievement", "cooked shiro and injera for the whole house",
     LOG_TXT),
    ("2024-04-17", "day", "concern", "offering cash work at a car wash", CHRONOLOGY_CSV),
    ("2024-04-19", "day", "meeting", "Strategy meeting", CHRONOLOGY_CSV),
    ("2024-04-19", "day", "voice", "I know this story", STRATEGY_PDF),
    ("2024-06-21", "day", "achievement", "ESOL Learner of the Year", CHRONOLOGY_CSV),
    ("2024-06-21", "day", "voice", "I want to make light", COLLEGE_PDF),
    ("2024-09-09", "day", "education", "Started Level 1 Diploma in Electrical Installation",
     CHRONOLOGY_CSV),
    ("2025-02-12", "day", "voice", "Now I have two families", LOG_TXT),
    ("2025-03-01", "month", "family", "Family reunion application", CHRONOLOGY_CSV),
    ("2025-07-04", "day", "achievement", "Passed Level 1 Electrical Installation",
     CHRONOLOGY_CSV),
    ("2025-10-06", "day", "placement", "Moved into his own council flat", CHRONOLOGY_CSV),
    ("2026-02-03", "day", "family", "the first time the brothers had met since Libya",
     CHRONOLOGY_CSV),
    ("2026-10-26", "day", "voice", "show my mother one day", CHRONOLOGY_CSV),
)

# Documents whose events are checked against the record of that date, not the whole file.
DATED_RECORDS = {NOTES_PDF, CHRONOLOGY_CSV, LOG_TXT}


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


PHONE_RANGES = (r"07700 900\d{3}", r"020 7946 0\d{3}")
EMAIL_DOMAINS = re.compile(r"@(example\.com|example\.org|[a-z]+\.example\.gov\.uk)$")
CATEGORIES = {"placement", "education", "health", "family", "achievement", "voice", "meeting",
              "concern"}
HOME_OFFICE_REFS = {SUBJECT_HO, AMEN_HO, WAHID_HO, "Q7-2107-30551"}


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
    expect(counts["events"] >= 40 and counts["redact"] >= 150 and counts["keep"] >= 150,
           f"too few items: {counts}")
    # NHS numbers: 999 and a valid mod-11 check digit.
    for nhs in re.findall(r"(?<![\d-])\d{3} \d{3} \d{4}(?![\d-])", everything):
        digits = nhs.replace(" ", "")
        expect(digits.startswith("999"), f"NHS number outside the 999 range: {nhs}")
        expect(mod11_check_digit(digits[:9]) == int(digits[9]), f"NHS checksum fails: {nhs}")
    expect({SUBJECT_NHS, HAMID_NHS} <= set(re.findall(r"999 \d{3} \d{4}", everything)),
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
    expect({SUBJECT_NI, AMEN_NI} <= set(re.findall(r"QQ \d\d \d\d \d\d [A-D]", everything)),
           "an NI number is missing from the records")
    # Home Office references: only the three invented ones, in the invented format.
    found = set(re.findall(r"\bQ7-\d{4}-\d{5}\b", everything))
    expect(found == HOME_OFFICE_REFS, f"Home Office references: {sorted(found)}")
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
    """Every PDF has a text layer and the page count reportlab reported."""
    for name, count in pages.items():
        reader = PdfReader(CASE_DIR / name)
        assert len(reader.pages) == count, f"{name}: {len(reader.pages)} pages, not {count}"
        for number, page in enumerate(reader.pages, start=1):
            assert len(page.extract_text() or "") > 400, f"{name} page {number} is nearly empty"


def check_layout() -> None:
    """The statutory visit of 14/07/2023 runs across the page break from page 2 to page 3 of
    the case notes; in the e-mail, soft line breaks of the quoted-printable body fall inside
    "Mrs Gebremariam" ("Mrs Ge=" / "bremariam") and "Bernie's" ("Berni=" / "e's"), so only
    the decoded body reads as written. If an edit moves any of them, change the text above
    until it is back."""
    reader = PdfReader(CASE_DIR / NOTES_PDF)
    assert len(reader.pages) >= 3, "the case notes have fewer than three pages"
    foot = normalise(reader.pages[1].extract_text())
    top = normalise(reader.pages[2].extract_text())
    assert "Ms Finch's card" in foot and "Gary Pope" not in foot, (
        "the visit of 14/07/2023 no longer starts at the foot of page 2")
    assert top.startswith("Saturdays; the coach, Gary Pope"), (
        "the visit of 14/07/2023 no longer runs on to the top of page 3")
    raw = (CASE_DIR / EMAIL_EML).read_bytes().replace(b"\r\n", b"\n")
    assert b"Mrs Ge=\nbremariam (his mum)" in raw, "the soft break in 'Mrs Gebremariam' moved"
    assert b"Berni=\ne's reply" in raw, "the soft break in 'Bernie's' moved"


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
    pages = {AGE_PDF: build_age(corpus), NOTES_PDF: build_notes(corpus),
             LETTER_PDF: build_letter(corpus), COLLEGE_PDF: build_college(corpus),
             STRATEGY_PDF: build_strategy(corpus)}
    build_plan(corpus)
    build_email(corpus)
    build_chronology(corpus)
    build_log(corpus)
    (CASE_DIR / "case.toml").write_text(case_toml(), encoding="utf-8")
    (CASE_DIR / ".lifestoryignore").write_text(IGNORE_CASE_TOML, encoding="utf-8")
    truth = ground_truth()
    check(truth, corpus)
    check_pdfs(pages)
    check_layout()
    expected = {AGE_PDF: (3, 4), NOTES_PDF: (3, 4), LETTER_PDF: (2, 2), COLLEGE_PDF: (2, 2),
                STRATEGY_PDF: (2, 2)}
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
