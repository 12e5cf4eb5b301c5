"""Build a held-out fictional sample case for lifestory: Tariq Mahmood (Leicester).

Everything written here is invented: Soarbridge City Council, its teams, Brook House, Evington
Vale Academy, Wyvern Fields Primary School, Regent Vale Sixth Form College, Spinney Vale Cricket
Club, Masjid Ar-Rahma and its community kitchen, Kwikbuy Express, Talkwell Interpreting, Spinney
Rise Medical Practice, the people, the streets, the postcodes and the numbers. Leicester, Oadby,
Evington, Braunstone, Birstall, Humberstone, Spinney Hill, Birmingham, Skegness and Mirpur are
real only at town level. Phone numbers come only from Ofcom's drama ranges (``0116 496 0xxx``,
``0121 496 0xxx``, ``07700 900xxx``, also ``+44``), e-mail addresses only from reserved example
domains, NHS numbers start with 999 (never issued; valid mod-11 check digit) and National
Insurance numbers have the never-allocated QQ prefix. Run from the repository root:

    .venv/bin/python sample_records/held-out/build_tariq_mahmood.py

The case is the file of a British Pakistani boy from Leicester, born in 2006: a neighbour's
referral and his father's violence led to a child protection plan at eight; he went to live
with his paternal grandmother (his Dadi), first as a connected-person placement and then under
a Special Guardianship Order at ten; the kinship placement broke down when he was fourteen and
he spent six months in a children's home; at fifteen he was given a referral order for a shop
theft and did well in his reparation; at sixteen, after his Dadi's stroke, he was accommodated
again and lived in supported lodgings with a Pathway Plan until he had his own flat. It is
written as the people who wrote his records would have written them: a Liquidlogic case-note
export (CSV, multi-line notes), the strategy discussion record, the special guardianship
report with a family tree, an e-mail thread with the interpreting service and the
grandmother's GP, a Personal Education Plan in Word, the Youth Offending Service's report to
the referral order panel, the Pathway Plan written to him and the supported lodgings host's
monthly log.

It was written without looking at the redaction rules, the detectors or the benchmark: it is a
held-out test of them. The script is deterministic (reportlab ``invariant=1``, fixed DOCX zip
timestamps and core properties, fixed e-mail date, Message-ID and MIME boundary). It rewrites
``case-tariq-mahmood/`` and ``../ground_truth/held-out-tariq-mahmood.json``, then checks that
the ground truth agrees with the text it wrote. It imports nothing from the other build
scripts; the few helpers it needs are repeated below.
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
from docx.shared import Cm, Pt, RGBColor
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent
SLUG = "tariq-mahmood"
CASE_DIR = HERE / f"case-{SLUG}"
TRUTH = SAMPLES / "ground_truth" / f"held-out-{SLUG}.json"

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
UNCLEAR = "unclear role: redacted by default and flagged for a human decision"

COUNCIL = "Soarbridge City Council"
SUBJECT = "Tariq Mahmood"
SUBJECT_DOB = "17/03/2006"
SUBJECT_ID = "4471203"  # Liquidlogic (LCS) person ID
SUBJECT_NHS = "999 217 6040"
SUBJECT_NI = "QQ 61 27 04 C"
SUBJECT_UPN = "E825200061047"
SUBJECT_YOS = "YOS/21/0934"
SUBJECT_COURT = "LE16C00421"
SUBJECT_PHONE_2020 = "07700 900415"
SUBJECT_PHONE = "07700 900582"
SUBJECT_EMAIL = "taz.mahmood06@example.com"
SUBJECT_FLAT = "Flat 12, Kingfisher House, 3 Canalside Walk, Leicester LE1 2ZS"
BROOK_HOUSE = "Brook House, 41 Linwood Lane, Leicester LE4 6ZB"
SAR = "SCC-SAR-2026-0458"
SAR_RECEIVED = "2026-10-05"

# Third parties' identifiers
DADI_HOME = "27 Hollybank Road"
DADI_POSTCODE = "LE5 6ZR"
DADI_LANDLINE = "0116 496 0273"
DADI_NHS = "999 061 7287"
DADI_NI = "QQ 35 80 16 A"
FAMILY_HOME = "14 Brindle Close"
FAMILY_POSTCODE = "LE3 1ZW"
MUM_FLAT = "Flat 3, 52 Tudor Grange Road"
MUM_POSTCODE = "LE3 5ZB"
MUM_MOBILE_2014 = "07700 900231"
MUM_MOBILE = "07700 900764"
MUM_EMAIL = "shaz.akhtar86@example.com"
DAD_FLAT = "Flat 4, Quenby Court, Sparrowfield Road"
DAD_POSTCODE = "LE4 9ZD"
DAD_MOBILE = "07700 900126"
DAD_CAR = "FN09 KXT"
DAD_CRIME_REF = "LE/14/055381"
ASIF_HOME = "25 Hollybank Road"
ASIF_MOBILE = "07700 900348"
ASIF_TAXI = "FP62 HVA"
WAYNE_VAN = "FE15 UKJ"
WAYNE_MOBILE = "07700 900390"
PHUPHO_HOME = "62 Alderbrook Crescent"
PHUPHO_POSTCODE = "B8 2ZT"
PHUPHO_LANDLINE = "0121 496 0418"
NANA_HOME = "9 Fernbank Avenue"
NANA_POSTCODE = "LE2 4ZF"
KHALA_MOBILE = "07700 900659"
PARDOE_PHONE = "0116 496 0588"
NAVEED_MOBILE = "07700 900873"
HOST_HOME = "8 Elmtree Walk"
HOST_POSTCODE = "LE4 3ZN"
HOST_LANDLINE = "0116 496 0817"
HOST_MOBILE = "07700 900925"
HOST_EMAIL = "rehana.siddiqui@example.com"
HOST_CAR = "FD67 RWO"
ALEENA_ID = "4471204"
ALEENA_NHS = "999 350 4610"
KAI_YOS = "YOS/21/0935"
KINSHIP_REF = "KIN-15-0231"

# Professionals' work details
HANNAH_EMAIL = "hannah.whitmore@soarbridge.example.gov.uk"
PARMINDER_EMAIL = "parminder.sandhu@soarbridge.example.gov.uk"
JOANNE_EMAIL = "joanne.pickering@soarbridge.example.gov.uk"
TALKWELL_EMAIL = "bookings.talkwell@example.org"
GP_EMAIL = "admin.spinneyrise@example.org"
GARETH_PHONE = "0116 496 0310"
HANNAH_PHONE = "0116 496 0347"
PARMINDER_PHONE = "0116 496 0342"
TALKWELL_PHONE = "0116 496 0950"
GP_PHONE = "0116 496 0721"
YOS_PHONE = "0116 496 0480"
BROOK_PHONE = "0116 496 0655"
JOANNE_MOBILE = "07700 900214"

STRATEGY_PDF = "strategy-discussion-2014-05-13.pdf"
SGO_PDF = "sgo-assessment-report-2016-04-22.pdf"
EMAIL_EML = "email-2016-02-18.eml"
BOOKING_TXT = "talkwell-booking-TW-BK-16-02291.txt"  # the e-mail's attachment
PEP_DOCX = "pep-autumn-2020.docx"
YOS_PDF = "yos-panel-report-2021-12-09.pdf"
PLAN_PDF = "pathway-plan-2023-05-15.pdf"
NOTES_CSV = "lcs-case-notes-export.csv"
LOG_TXT = "supported-lodgings-host-log-2022-2024.txt"


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
    # (document, ISO date) -> the text of that dated record (case note, monthly log entry)
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
SERIF = ParagraphStyle("serif", parent=BODY, fontName="Times-Roman", fontSize=11, leading=14,
                       spaceAfter=7)
SERIF_BOLD = ParagraphStyle("serif_bold", parent=SERIF, fontName="Times-Bold")
SERIF_H = ParagraphStyle("serif_h", parent=SERIF, fontName="Times-Bold", fontSize=12,
                         leading=15, spaceBefore=8, spaceAfter=4, keepWithNext=1)
SERIF_BOLD_NEXT = ParagraphStyle("serif_bold_next", parent=SERIF_BOLD, keepWithNext=1)
SERIF_SMALL = ParagraphStyle("serif_small", parent=SERIF, fontSize=9.5, leading=11.5,
                             spaceAfter=0)
SERIF_SMALL_BOLD = ParagraphStyle("serif_small_bold", parent=SERIF_SMALL,
                                  fontName="Times-Bold")

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
               shade: str = "#dde6ee", body: ParagraphStyle = SMALL,
               bold: ParagraphStyle = SMALL_BOLD) -> Table:
    """A wrapped-text table with a grid and a bold header row."""
    cells = [[para(cell, bold if r == 0 else body) for cell in row]
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


def pair_table(pairs: list[tuple[str, str]], width: float, label_w: float = 27 * mm, *,
               shade: str = "#eef2f6", body: ParagraphStyle = SMALL,
               bold: ParagraphStyle = SMALL_BOLD) -> Table:
    """A form's label/value block laid out two pairs to a row (label cells shaded)."""
    rows = []
    for i in range(0, len(pairs), 2):
        row: list = []
        for label, value in pairs[i:i + 2]:
            row += [para(label, bold), para(value, body)]
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


def label_table(pairs: list[tuple[str, str]], width: float, label_w: float = 40 * mm, *,
                shade: str = "#eeeeee", body: ParagraphStyle = SMALL,
                bold: ParagraphStyle = SMALL_BOLD) -> Table:
    """A label/value block, one pair to a row."""
    rows = [[para(label, bold), para(value, body)] for label, value in pairs]
    table = Table(rows, colWidths=[label_w, width - label_w])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(shade)),
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
                   left: float = MARGIN_X, right: float = MARGIN_X) -> int:
    """Build a platypus document with the given page furniture; returns its page count."""
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=left,
                            rightMargin=right, topMargin=top, bottomMargin=bottom,
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
# Strategy discussion record (PDF), Tuesday 13 May 2014
# --------------------------------------------------------------------------------------------

STRATEGY_DETAILS: list[tuple[str, str]] = [
    ("Child 1", f"Tariq MAHMOOD, DOB {SUBJECT_DOB} (8), LCS ID {SUBJECT_ID}"),
    ("Child 2", f"Aleena MAHMOOD, DOB 02/02/2013 (15 months), LCS ID {ALEENA_ID}"),
    ("Address", f"{FAMILY_HOME}, Braunstone, Leicester {FAMILY_POSTCODE}"),
    ("Date / time", "Tuesday 13th May 2014, 10:00-11:25"),
    ("Mother", "Shazia AKHTAR (also known as Shazia Mahmood), DOB 21/11/1986, "
               f"mob. {MUM_MOBILE_2014}"),
    ("Father", "Imran MAHMOOD, DOB 04/09/1982. On police bail to 27 Hollybank "
               f"Road, Evington, {DADI_POSTCODE} (his mother's address)"),
    ("Venue", "Soarbridge Civic Centre, room 3.07, police joined by phone"),
    ("Chair", "Gareth Pullen, Team Manager, Assessment & Intervention (South)"),
    ("Language", "English at home. Paternal grandmother speaks Pothwari/Urdu"),
    ("Minutes", "Amy Lockwood, Business Support"),
]

STRATEGY_PRESENT: tuple[tuple[str, ...], ...] = (
    ("Name", "Agency", "Role", "Contact"),
    ("Gareth Pullen", "Soarbridge CSC", "Team Manager (Chair)", GARETH_PHONE),
    ("Hannah Whitmore", "Soarbridge CSC", "Social Worker", f"{HANNAH_PHONE} / {HANNAH_EMAIL}"),
    ("DS Sarah Kettle", "Leicestershire Police, Child Abuse Investigation Unit",
     "Detective Sergeant", "via CAIU duty desk"),
    ("Angela Fern", "Soarbridge Hospitals NHS Trust", "Named Nurse, Safeguarding Children",
     "0116 496 0188"),
    ("Rachel Boyd", "Soarbridge Community Health (0-19)", "Health Visitor (Aleena)",
     "0116 496 0214"),
    ("Mrs Helen Coultas", "Wyvern Fields Primary School", "Headteacher / DSL", "0116 496 0562"),
    ("Dr Peter Lang", "Kirby Lane Surgery", "GP (mother and children)", "by phone, 10:00-10:20"),
    ("Tom Avery", "Braunstone Community Mental Health Team", "CPN (mother)", "0116 496 0733"),
    ("Sunita Rao", "Safe Spaces Leicester", "IDVA", "0116 496 0877"),
    ("Mark Fielding", "Soarbridge Homes", "Tenancy Officer", "0116 496 0409"),
    ("Amy Lockwood", "Soarbridge CSC", "Business Support (minutes)", ""),
)

STRATEGY_APOLOGIES = (
    "Apologies: Early Help (no current involvement); Probation (father not known to "
    "Probation). Not invited: the parents (strategy discussions are between agencies; both "
    "parents were told on 12/05/2014 that this discussion would take place)."
)

STRATEGY_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. Reason for the strategy discussion", (
        "Police notification (EDT, Sunday 11/05/2014): domestic abuse incident at the family "
        "home in which Tariq (8) was hurt when he got between his parents. This follows a "
        "referral on 29/04/2014 about the children being left alone and Tariq looking after "
        "his baby sister. The chair asked each agency to share what it knows, then to decide "
        "whether the threshold for a s47 enquiry is met.",
    )),
    ("2. Information shared", (
        "Police (DS Kettle): at 21:52 on Sunday 11 May the neighbour at 16 Brindle Close, "
        "Mrs Joyce Pardoe, rang 999 reporting screaming and a child crying. PC Daniel "
        "Crowther and a colleague attended at 22:04. Ms Akhtar had a split lip and a red mark "
        "to her neck. Tariq had a red mark and fresh bruising to his left upper arm and was "
        "holding Aleena on the stairs. He told PC Crowther: \"Abbu pushed me into the door "
        "when I got in the middle. I was trying to make him stop.\" Mr Mahmood was arrested "
        "for two counts of assault by beating, interviewed on 12/05 (no comment) and released "
        "on conditional bail to his mother's address at 27 Hollybank Road, not to contact Ms "
        "Akhtar directly or indirectly or go to Brindle Close. Crime ref "
        f"{DAD_CRIME_REF}. This is the fifth domestic incident logged at the address since "
        "June 2012 (DASH medium twice, standard twice; this time HIGH). A MARAC referral has "
        "been made. His silver Vauxhall Astra, FN09KXT, was seen by a patrol in Brindle Close "
        "at 18:30 on 12/05; a possible breach of bail is being looked at.",
        "Health - hospital (Angela Fern): Tariq had a child protection medical on 12/05/2014 "
        "with Dr Rashmi Varma, Consultant Community Paediatrician. Two bruises on the left "
        "upper arm (3 cm and 2 cm) and a graze to the left elbow, consistent with his account. "
        "No other injuries, no old injuries. Growth on the 50th centile. Aleena has had two "
        "ED attendances (a fall from the sofa in January, a temperature in March), both "
        "explained.",
        "Health visitor (Rachel Boyd): Aleena (NHS "
        f"{ALEENA_NHS}) missed her 12-month review twice and is behind with her immunisations. "
        "Her weight dropped from the 50th to below the 25th centile between 9 and 12 months. "
        "At the last visit (Feb 2014) the flat was cluttered and cold, Ms Akhtar was in her "
        "dressing gown at 2pm and said she was \"not coping\"; the EPDS score was high and the "
        "GP was told. Tariq was off school that day with a cold and was changing Aleena's "
        "nappy without being asked. RB described him as \"a very grown-up little boy\".",
        "School (Mrs Coultas): Tariq is in Year 3 at Wyvern Fields Primary. Attendance 88% "
        "this year, 23 lates. Often hungry at breakfast club; uniform not always clean. "
        "Academically very able, well above the expected standard in maths (\"he can do the "
        "Year 5 times-tables challenge\"), loves cricket and drawing, has good friends (Yusuf "
        "Patel and Ollie Marsden). On Monday 12/05 he told his TA: \"I don't want to go home "
        "if Abbu is there. Can I stay here?\" He has told staff that he gets up in the night "
        "when his sister cries because \"Ammi can't hear her, she has tablets\".",
        "GP (Dr Lang): Ms Akhtar has been on sertraline since July 2013 (postnatal "
        "depression), several missed reviews. Mr Mahmood is registered at another practice. "
        "Both children registered at Kirby Lane; no concerns raised by the practice before "
        "this year.",
        "Adult mental health (Tom Avery): Ms Akhtar was referred to the CMHT in March 2014 and "
        "assessed on 02/04/2014: moderate depression and anxiety, no thoughts of harming "
        "herself or the children at that time. She has attended one of three appointments. "
        "TA's view is that her illness is reducing what she can do for the children, not that "
        "she poses a direct risk to them.",
        "IDVA (Sunita Rao): contact with Ms Akhtar on 12/05. She accepts support and wants Mr "
        "Mahmood to stay away. She is frightened of him and of \"what his family will say\"; "
        "his mother rang her twice on 12/05, crying, and his brother Asif came to the door to "
        "collect Mr Mahmood's things. Safety plan done; Sanctuary scheme referral for a "
        "lock change. Ms Akhtar's father, Ghulam Akhtar, and her sister, Farzana Akhtar, of "
        f"{NANA_HOME}, Oadby, are supportive.",
        "Housing (Mark Fielding): the tenancy of 14 Brindle Close is in joint names; rent "
        "arrears of £1,240. Locks to be changed on 14/05. A sole tenancy for Ms Akhtar can be "
        "considered.",
        "Children's Social Care (Hannah Whitmore): referral on 29/04/2014 from a neighbour "
        "(who asked not to be named to the family) about the children being left alone in "
        "the evening. Unannounced visit on 30/04: Ms Akhtar in bed at 16:00, Tariq making "
        "Aleena's bottle (\"I do it every day\"), little food in the house except a pan of "
        "daal from the paternal grandmother. Child and Family assessment started. The paternal "
        "grandmother, Mrs Zubeida Mahmood, and the father's brother Asif Mahmood (next door "
        "at 25 Hollybank Road) have both offered to help. Tariq was seen alone at school on "
        "12/05: he said he looks after \"Leenu\" when Ammi is sleeping and that he is \"good "
        "at it\"; he wants Abbu \"to stop shouting\"; if he could choose he would live \"with "
        "Ammi and Leenu, and Dadi can come every day\".",
    )),
    ("3. Analysis", (
        "There is reasonable cause to suspect that both children are suffering, or are likely "
        "to suffer, significant harm: Tariq from physical harm and the emotional harm of "
        "living with domestic abuse, both children from neglect linked to their mother's "
        "mental health and the father's violence. Tariq is taking on a caring role for his "
        "sister that is far beyond his age (young carer). Strengths: Ms Akhtar's wish to "
        "protect the children and accept help; a large, caring extended family on both sides; "
        "Tariq's school, where he is doing well and is well liked.",
        "The paternal family's loyalty to Mr Mahmood was discussed. While he is bailed to 27 "
        "Hollybank Road the children should not stay there, however much Mrs Mahmood wants to "
        "help.",
    )),
)

STRATEGY_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("No.", "Action", "By whom", "By when"),
    ("1", "Section 47 enquiry (single agency, CSC led; police to share the outcome of their "
          "investigation). See children together and apart.", "Hannah Whitmore / DS Kettle",
     "ICPC by 02/06/2014"),
    ("2", "Convene an Initial Child Protection Conference.", "Gareth Pullen", "02/06/2014"),
    ("3", "Safety plan: children to stay with mother; no contact with father until the "
          "conference; Nana (Ghulam Akhtar) and Khala Farzana to visit daily; Farzana to stay "
          "over at weekends.", "Hannah Whitmore", "13/05/2014"),
    ("4", "Catch-up immunisations and 12-month review for Aleena; weight check weekly.",
     "Rachel Boyd", "30/05/2014"),
    ("5", "Breakfast club daily, free of charge; a named adult (TA) for Tariq to talk to.",
     "Mrs Coultas", "14/05/2014"),
    ("6", "Referral to Soarbridge Young Carers for Tariq.", "Hannah Whitmore", "30/05/2014"),
    ("7", "Report possible breach of bail (car seen in Brindle Close).", "DS Kettle",
     "13/05/2014"),
    ("8", "Offer CMHT review appointment with an outreach visit.", "Tom Avery", "20/05/2014"),
)

STRATEGY_DECISION = (
    "Decision: threshold for a s47 enquiry MET for both children. Outcome agreed by all "
    "present. Police investigation continues (crime ref above). Parents to be told of the "
    "decision today by the social worker; Mrs Pardoe's name is not to be shared with the "
    "family."
)

STRATEGY_SIGNED = (
    "Record agreed by the chair: G. Pullen, Team Manager, 13/05/2014 15:10. Distribution: "
    "attendees only (secure e-mail). Not to be shared with the family without the chair's "
    "agreement."
)


def strategy_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the strategy discussion record."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#1f4e79"))
    canvas.rect(0, PAGE_H - 16 * mm, PAGE_W, 16 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(MARGIN_X, PAGE_H - 10 * mm, COUNCIL)
    canvas.setFont("Helvetica", 8.5)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 10 * mm,
                           "Children's Services - Safeguarding")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm,
                      "RESTRICTED - Strategy discussion record (form SD1 v3.2)")
    canvas.drawCentredString(PAGE_W / 2, 10 * mm, f"LCS {SUBJECT_ID} / {ALEENA_ID}")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def strategy_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the strategy discussion record."""
    return (f"{COUNCIL} Children's Services - Safeguarding RESTRICTED - Strategy discussion "
            f"record (form SD1 v3.2) LCS {SUBJECT_ID} / {ALEENA_ID} Page {page} of {total}")


def build_strategy(corpus: Corpus) -> int:
    """Write the strategy discussion record; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "STRATEGY DISCUSSION - RECORD"
    sub = ("Section 47 Children Act 1989; Working Together to Safeguard Children 2013. "
           "Held as a meeting.")
    story: list = [para(title, H1), para(sub, BODY), pair_table(STRATEGY_DETAILS, w),
                   para("Present", H2),
                   grid_table(STRATEGY_PRESENT, [34 * mm, 50 * mm, 42 * mm, w - 126 * mm]),
                   Spacer(1, 2 * mm), para(STRATEGY_APOLOGIES, SMALL)]
    text = [title, sub, rows_text(STRATEGY_DETAILS), "Present", rows_text(STRATEGY_PRESENT),
            STRATEGY_APOLOGIES]
    for heading, paragraphs in STRATEGY_SECTIONS:
        story.append(para(heading, H2))
        text.append(heading)
        for body in paragraphs:
            story.append(para(body, BODY))
            text.append(body)
    story += [para("4. Decision and actions", H2), para(STRATEGY_DECISION, BODY),
              grid_table(STRATEGY_ACTIONS, [10 * mm, w - 80 * mm, 40 * mm, 30 * mm]),
              Spacer(1, 4 * mm), para(STRATEGY_SIGNED, SMALL)]
    text += ["4. Decision and actions", STRATEGY_DECISION, rows_text(STRATEGY_ACTIONS),
             STRATEGY_SIGNED]
    pages = build_platypus(CASE_DIR / STRATEGY_PDF, strategy_furniture, story,
                           "Strategy discussion record", "Amy Lockwood", top=24 * mm)
    corpus.add(STRATEGY_PDF, *(strategy_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# Special guardianship report (PDF), 22 April 2016, with the family tree
# --------------------------------------------------------------------------------------------

SGO_COURT = (
    "IN THE FAMILY COURT AT LEICESTER\n"
    f"Case No. {SUBJECT_COURT}\n"
    "In the matter of the Children Act 1989 and of Tariq MAHMOOD and Aleena MAHMOOD\n"
    "Applicant: Mrs Zubeida Begum MAHMOOD (paternal grandmother)"
)

SGO_DETAILS: list[tuple[str, str]] = [
    ("Child", "Tariq MAHMOOD (this report is filed on both children's files; this copy is "
              "Tariq's)"),
    ("Date of birth", "17th March 2006 (10 years)"),
    ("Born", "Soarbridge Royal Infirmary, Leicester"),
    ("LCS ID", SUBJECT_ID),
    ("NHS No.", SUBJECT_NHS),
    ("Ethnicity", "British Pakistani (Mirpuri heritage)"),
    ("Religion", "Muslim (Sunni). Attends Qur'an class at Masjid Ar-Rahma, Spinney Hill"),
    ("Languages", "English (first language); understands Pothwari and some Urdu"),
    ("Legal status", "Accommodated, s20 Children Act 1989, since 21/11/2014"),
    ("Placement", "With the applicant, his paternal grandmother, at 27 Hollybank Road, "
                  f"Evington, Leicester {DADI_POSTCODE}; approved connected person foster "
                  f"carer since 10/06/2015 (ref {KINSHIP_REF})"),
    ("School", "Wyvern Fields Primary School, Year 4"),
    ("Report by", "Parminder Sandhu, Senior Practitioner, Fostering & Kinship Team"),
]

SGO_APPLICANT: list[tuple[str, str]] = [
    ("Name", "Mrs Zubeida Begum MAHMOOD"),
    ("Date of birth", "12/06/1955 (60)"),
    ("Address", f"{DADI_HOME}, Evington, Leicester {DADI_POSTCODE}"),
    ("Telephone", f"{DADI_LANDLINE} (landline; her son Asif on {ASIF_MOBILE} if no reply)"),
    ("NI number", f"{DADI_NI} (Pension Credit, bereavement allowance ended)"),
    ("Born", "a village near Mirpur, Azad Kashmir; came to Leicester in 1976 on marriage"),
    ("Marital status", "Widow. Her husband, Mohammed Mahmood, died in 2011"),
    ("Languages", "Pothwari (Mirpuri Punjabi) and Urdu. Understands simple English; does not "
                  "read or write English"),
    ("Interpreter", "Mrs Rubina Qureshi, Talkwell Interpreting (Urdu/Pothwari), ID TW-URD-0418, "
                    "all six sessions"),
    ("GP", f"Dr Nusrat Akhtar, Spinney Rise Medical Practice, {GP_PHONE}"),
]

SGO_FAMILY: tuple[tuple[str, ...], ...] = (
    ("Name", "Relationship to Tariq", "What Tariq calls them", "DOB / age", "Where they live",
     "Part in Tariq's life"),
    ("MOHAMMED MAHMOOD", "Paternal grandfather", "Dada", "died 2011 (aged 61)", "-",
     "Tariq remembers Saturday trips with him to the cash and carry and his cricket radio."),
    ("ZUBEIDA BEGUM MAHMOOD", "Paternal grandmother (applicant)", "Dadi", "12/06/1955",
     DADI_HOME, "Tariq's main carer since 21/11/2014."),
    ("IMRAN MAHMOOD", "Father", "Abbu", "04/09/1982",
     f"{DAD_FLAT}, Leicester {DAD_POSTCODE}",
     "Supervised family time monthly at the Rowans Family Centre. Convicted of assault on "
     "Ms Akhtar and Tariq (2014). Caring Dads programme completed Jan 2016."),
    ("SHAZIA AKHTAR", "Mother", "Ammi", "21/11/1986", f"{MUM_FLAT}, Leicester {MUM_POSTCODE}",
     "Family time fortnightly, now unsupervised in the community. Supports this application."),
    ("WAYNE SUTTON", "Mother's partner since 2015", "Wayne", "09/05/1984",
     "stays with Ms Akhtar most weekends",
     "Not assessed. Not to supervise family time or care for the children alone."),
    ("ALEENA MAHMOOD", "Sister", "Leenu, or gudiya (doll)", "02/02/2013",
     "with the applicant", "Subject of the same application."),
    ("ASIF MAHMOOD", "Paternal uncle (father's younger brother)", "Chacha, or Asif Chacha",
     "23/01/1988", f"{ASIF_HOME} (next door)",
     "Daily help; drives Tariq to school and cricket in his private hire car; DBS checked."),
    ("NASREEN MAHMOOD", "Asif's wife", "Chachi", "about 27", ASIF_HOME,
     "Helps with Aleena; cooks with the applicant."),
    ("BILAL MAHMOOD", "Cousin", "Bilal", "14/06/2009", ASIF_HOME,
     "Tariq's best friend in the family; they play cricket in the yard."),
    ("HAMZA MAHMOOD", "Cousin", "Hamza", "30/10/2011", ASIF_HOME, "Plays with Aleena."),
    ("RUKHSANA HUSSAIN (née MAHMOOD)", "Paternal aunt (father's older sister)", "Phupho",
     "03/03/1978", f"{PHUPHO_HOME}, Birmingham {PHUPHO_POSTCODE}",
     "Viability assessment 2014 negative (four children of her own, Birmingham). School "
     "holidays with her family."),
    ("TAHIR HUSSAIN", "Phupho's husband", "Phupha", "about 40", PHUPHO_HOME, "-"),
    ("MEHWISH HUSSAIN", "Cousin (Phupho's eldest)", "Mehwish Baji", "15", PHUPHO_HOME,
     "Tariq's favourite cousin; they message on Dadi's phone."),
    ("USMAN HUSSAIN", "Cousin", "Usman bhai", "12", PHUPHO_HOME, "-"),
    ("GHULAM AKHTAR", "Maternal grandfather", "Nana", "about 70",
     f"{NANA_HOME}, Oadby, Leicester {NANA_POSTCODE}",
     "Takes Tariq to Friday prayers when he can; monthly family time."),
    ("(name not recorded)", "Maternal grandmother", "Nani", "died 2012", "-",
     "Tariq does not remember her well."),
    ("FARZANA AKHTAR", "Maternal aunt (mother's younger sister)", "Khala", "about 25",
     NANA_HOME, "Viability assessment 2014 negative (works nights, cares for Nana). Family "
     "time monthly with Nana; supports Ms Akhtar."),
)

SGO_SECTIONS_1: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. Introduction and sources", (
        "Mrs Zubeida Begum Mahmood applies for a Special Guardianship Order for her "
        "grandchildren Tariq and Aleena, who have lived with her since the night of 21 "
        "November 2014, when their mother was taken to hospital. This report is written under "
        "regulation 21 and the Schedule of the Special Guardianship Regulations 2005 and "
        "updates the Form C connected person assessment that was presented to the fostering "
        "panel on 10/06/2015.",
        "I met Mrs Mahmood six times between 23/02/2016 and 05/04/2016, at her home and with "
        "the same interpreter each time (Mrs Rubina Qureshi), and saw Tariq three times, twice "
        "alone. I also spoke to Ms Akhtar, Mr Mahmood, Mr Asif Mahmood, Ms Farzana Akhtar and "
        "the children's social worker, Hannah Whitmore; read the children's files; and had "
        "a medical report from Mrs Mahmood's GP, references from two people who know her, "
        "and the school's views.",
    )),
    ("2. The family", (
        "Tariq's family is large and close, and like many British Pakistani families it "
        "uses relationship words instead of first names. Tariq calls his paternal grandmother "
        "Dadi (his late grandfather was Dada), his father's brother Chacha and his wife Chachi, "
        "his father's sister Phupho and her husband Phupha, his mother's father Nana (his "
        "Nani died in 2012) and his mother's sister Khala. Older girl cousins are Baji (older "
        "sister) and older boys bhai. I have used the family's own words in this report, "
        "with the names in the table below.",
    )),
)

SGO_SECTIONS_2: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("3. Tariq's history", (
        "Tariq was born at Soarbridge Royal Infirmary on 17th March 2006 and lived with his "
        "parents at 14 Brindle Close, Braunstone. His parents had a nikah in 2005 and a "
        "civil marriage was never registered. There were arguments and police call-outs from "
        "2012. Aleena was born on 2nd February 2013, and after her birth Ms Akhtar became "
        "very depressed. From the age of seven Tariq did a great deal for his sister: "
        "bottles, nappies, getting up at night. A neighbour referred the family in April "
        "2014. On 11/05/2014 Mr Mahmood assaulted Ms Akhtar and pushed Tariq into a door; "
        "both children became subject to child protection plans on 02/06/2014. Mr Mahmood "
        "was convicted and given a suspended sentence and a restraining order.",
        "On 21/11/2014 Tariq, then eight, rang 999 himself when he could not wake his mother "
        "after she had taken an overdose. He told the call handler his address and that his "
        "sister was with him, and he stayed with Aleena until the ambulance came. The "
        "children were accommodated and went to their Dadi's that night; Mr Mahmood had by "
        "then moved to his own flat. Ms Akhtar was in the Willowbrook Unit for five weeks. "
        "She has recovered well, has her own flat and is still supported by her CPN.",
    )),
    ("4. Tariq", (
        "Tariq is a lively, funny, polite ten-year-old with a big appetite and strong "
        "opinions about cricket. He is slim, tall for his age, and wears his hair like his "
        "favourite batsman. He has settled very well with his Dadi: his attendance is now "
        "99%, he is in the top maths group and his teacher says he \"explains things to the "
        "others better than I do\". He reads Qur'an after school at Masjid Ar-Rahma three "
        "days a week and Nana takes him to Friday prayers in the holidays.",
        "He worries less than he did, but he still checks on Aleena at night and gets upset "
        "if she cries and no one goes straight away. He has had help from Soarbridge Young "
        "Carers since June 2014 (Bethany Hale), which he has enjoyed (\"we went to Skegness "
        "and I won the crazy golf\"). Because his Dadi does not read English, Tariq reads "
        "letters for her and fills in school forms; I have talked to Mrs Mahmood about this "
        "and Asif has agreed to do the paperwork instead, so that Tariq can be a child.",
        "Asked about his wishes (alone, 01/03/2016): \"I want to stay with Dadi forever. "
        "She makes the best parathas in Leicester and she never shouts.\" About his mother: "
        "\"I want to see Ammi more, like at the weekends, and sleep at hers sometimes, but "
        "not if Wayne is there all the time.\" About his father: \"Only sometimes, and with "
        "someone there. I'm still a bit scared of him.\" When I explained what a Special "
        "Guardianship Order is, he asked: \"So Dadi will be in charge, not the council? And "
        "I won't have to have reviews in the front room?\" He then asked if he could tell "
        "the judge himself.",
    )),
    ("5. Mrs Mahmood as a special guardian", (
        "Mrs Mahmood is a warm, devout, practical woman who has raised four children of her "
        "own (Rukhsana, Imran, Asif and a son who died in infancy). Her home is clean, busy "
        "and full of food; her routines are clear (school, madrasah, homework at the kitchen "
        "table, bed by eight for Aleena and nine for Tariq). Tariq helps her roll rotis and "
        "has learned to make her chicken karahi, which he is proud of. She says: \"Allah gave "
        "me these children a second time. I am not young, but I have my family around me.\"",
        "She is clear about what her son did: \"He is my son, but what he did to Shazia and "
        "to Tariq was wrong. I told him this in front of his brother.\" Mr Mahmood does not "
        "live with her and does not visit when the children are at home; she has kept to "
        "this for seventeen months. She has a good relationship with Ms Akhtar, who says "
        "Mrs Mahmood \"is more of a mother to me than my own family at the moment\".",
        "Health. Dr Akhtar's report (24/02/2016) records type 2 diabetes, well controlled "
        "on tablets, and osteoarthritis of both knees. She sees no reason why Mrs Mahmood "
        "cannot care for the children until they are adults, with the help she has. Mrs "
        "Mahmood does not drive; her son Asif (next door) and her neighbour Mr Balwinder "
        "Sidhu at 29 Hollybank Road help with lifts.",
        "Finances. Pension Credit, Child Benefit and at present the fostering allowance. An "
        "SGO allowance will be paid at the same rate for the first two years and then "
        "means-tested.",
        "References: Mr Sidhu (neighbour of 30 years) and Maulana Abdul Rauf of Masjid "
        "Ar-Rahma both describe her as \"the person the street goes to\".",
    )),
)

SGO_CONTACT: tuple[tuple[str, ...], ...] = (
    ("Who", "How often", "Where / how", "Arranged and supervised by"),
    ("Ammi (Ms Akhtar)", "Every other Saturday, 10:00-16:00, plus phone calls",
     "In the community or at her flat", "Mrs Mahmood and Ms Akhtar; not supervised"),
    ("Abbu (Mr Mahmood)", "Once a month, 2 hours", "Rowans Family Centre",
     "Supervised by the centre for 6 months, then reviewed by Mrs Mahmood with SGO support"),
    ("Nana and Khala", "Monthly, and Eid", "Their home in Oadby", "The family"),
    ("Phupho and cousins", "School holidays", "Birmingham", "The family"),
)

SGO_SECTIONS_3: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("7. Analysis and recommendation", (
        "I considered a return to Ms Akhtar (not yet: she is well but has not had the "
        "children overnight since 2014, and she supports this plan), long-term fostering "
        "with Mrs Mahmood (keeps the children looked after and the council in charge of "
        "everyday decisions, which none of the family wants), a Child Arrangements Order "
        "(less security and no support plan), and a Special Guardianship Order.",
        "I recommend a Special Guardianship Order to Mrs Zubeida Begum Mahmood for Tariq and "
        "Aleena, with the support plan filed with this report: the SGO allowance; an annual "
        "review by the Special Guardianship Support team; access to the support group, "
        "training with an interpreter, and therapeutic support if Tariq needs it; Soarbridge "
        "Young Carers to continue until he is 11; and the family time set out above.",
    )),
)

SGO_SIGNED: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Signed", "Date"),
    ("Parminder Sandhu", "Senior Practitioner, Fostering & Kinship Team", "P. Sandhu",
     "22/04/2016"),
    ("Andrea Holt", "Team Manager, Fostering & Kinship (countersigned)", "A. Holt",
     "22/04/2016"),
)


def sgo_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the special guardianship report."""
    canvas.saveState()
    canvas.setFont("Times-Bold", 9.5)
    canvas.drawString(MARGIN_X + 4 * mm, PAGE_H - 12 * mm,
                      f"{COUNCIL} - Children's Services")
    canvas.setFont("Times-Roman", 9)
    canvas.drawRightString(PAGE_W - MARGIN_X - 4 * mm, PAGE_H - 12 * mm,
                           f"Special Guardianship Report - Case No. {SUBJECT_COURT}")
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X + 4 * mm, PAGE_H - 14 * mm, PAGE_W - MARGIN_X - 4 * mm,
                PAGE_H - 14 * mm)
    canvas.setFont("Times-Italic", 8)
    canvas.drawString(MARGIN_X + 4 * mm, 10 * mm,
                      "CONFIDENTIAL: prepared for the court. Not to be disclosed without the "
                      "leave of the court.")
    canvas.setFont("Times-Roman", 9)
    canvas.drawRightString(PAGE_W - MARGIN_X - 4 * mm, 10 * mm, f"{page} of {total}")
    canvas.restoreState()


def sgo_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the special guardianship report."""
    return (f"{COUNCIL} - Children's Services Special Guardianship Report - Case No. "
            f"{SUBJECT_COURT} CONFIDENTIAL: prepared for the court. Not to be disclosed "
            f"without the leave of the court. {page} of {total}")


def build_sgo(corpus: Corpus) -> int:
    """Write the special guardianship report; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X - 8 * mm
    title = "SPECIAL GUARDIANSHIP REPORT"
    sub = ("Regulation 21 and the Schedule, Special Guardianship Regulations 2005; "
           "incorporating the update of the Form C (connected person) assessment")
    story: list = [para(SGO_COURT, SERIF_BOLD), para(title, SERIF_H), para(sub, SERIF),
                   label_table(SGO_DETAILS, w, 34 * mm, body=SERIF_SMALL,
                               bold=SERIF_SMALL_BOLD)]
    text = [SGO_COURT, title, sub, rows_text(SGO_DETAILS)]

    def sections(items: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        for heading, paragraphs in items:
            story.append(para(heading, SERIF_H))
            text.append(heading)
            for body in paragraphs:
                story.append(para(body, SERIF))
                text.append(body)

    sections(SGO_SECTIONS_1)
    family_head = "Family tree (as Tariq and Mrs Mahmood describe it)"
    story += [para(family_head, SERIF_BOLD_NEXT),
              grid_table(SGO_FAMILY, [31 * mm, 27 * mm, 22 * mm, 20 * mm, 32 * mm,
                                      w - 132 * mm],
                         shade="#e8e8e8", body=SERIF_SMALL, bold=SERIF_SMALL_BOLD)]
    text += [family_head, rows_text(SGO_FAMILY)]
    sections(SGO_SECTIONS_2)
    applicant_head = "6. The applicant: details"
    story += [para(applicant_head, SERIF_H),
              label_table(SGO_APPLICANT, w, 34 * mm, body=SERIF_SMALL,
                          bold=SERIF_SMALL_BOLD)]
    text += [applicant_head, rows_text(SGO_APPLICANT)]
    contact_head = "Proposed family time (contact) after the order"
    story += [Spacer(1, 3 * mm), para(contact_head, SERIF_BOLD_NEXT),
              grid_table(SGO_CONTACT, [30 * mm, 40 * mm, 40 * mm, w - 110 * mm],
                         shade="#e8e8e8", body=SERIF_SMALL, bold=SERIF_SMALL_BOLD)]
    text += [contact_head, rows_text(SGO_CONTACT)]
    sections(SGO_SECTIONS_3)
    story += [Spacer(1, 3 * mm),
              grid_table(SGO_SIGNED, [34 * mm, 70 * mm, 30 * mm, w - 134 * mm],
                         shade="#e8e8e8", body=SERIF_SMALL, bold=SERIF_SMALL_BOLD)]
    text.append(rows_text(SGO_SIGNED))
    pages = build_platypus(CASE_DIR / SGO_PDF, sgo_furniture, story,
                           "Special Guardianship Report", "Parminder Sandhu", top=22 * mm,
                           left=MARGIN_X + 4 * mm, right=MARGIN_X + 4 * mm)
    corpus.add(SGO_PDF, *(sgo_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# E-mail thread (EML), 18 February 2016: the interpreting service and the grandmother's GP
# --------------------------------------------------------------------------------------------

EMAIL_HEADERS = {
    "From": f"Parminder Sandhu <{PARMINDER_EMAIL}>",
    "To": f"Dr Nusrat Akhtar <{GP_EMAIL}>",
    "Cc": f"Talkwell Bookings <{TALKWELL_EMAIL}>, Hannah Whitmore <{HANNAH_EMAIL}>",
    "Subject": "RE: Mrs Z Mahmood - SGO assessment - GP report and interpreter",
}

EMAIL_PARAGRAPHS = (
    "Dear Dr Akhtar,",
    "Thank you for this, and for booking the double appointment for Mrs Mahmood on Wednesday "
    "24th at 11:20. I completely agree that neither Tariq nor Asif should interpret for her "
    "at a medical, and I have explained this to the family. Tariq is nine and has done far "
    "too much translating for the adults in his life already.",
    "Ellie - I have copied you in so that you can add the GP appointment to booking "
    "TW-BK-16-02291 (same PO, 4500-16-2291). Mrs Mahmood would like Rubina again if she is "
    "free; she said after the first call that Rubina \"speaks like a daughter from home\". "
    "The venue is the surgery, not the house: Spinney Rise Medical Practice, 140 Spinney "
    "Rise, Leicester LE5 4ZA. Her son Asif Mahmood will drive her there.",
    "Dr Akhtar, your fee for the adult health report (£75) will be paid on invoice to the "
    "Fostering & Kinship team quoting the same PO. The report is needed by 11th March for "
    "the court timetable.",
    "Many thanks,\nParminder",
    f"Parminder Sandhu\nSenior Practitioner | Fostering & Kinship Team\n{COUNCIL}\n"
    f"T: {PARMINDER_PHONE}\nWorking days Mon-Thu\n"
    "This e-mail and any attachments are confidential and intended for the addressee only.",
    "-----Original Message-----\n"
    f"From: Spinney Rise Medical Practice <{GP_EMAIL}>\n"
    "Sent: 17 February 2016 09:41\n"
    f"To: Parminder Sandhu <{PARMINDER_EMAIL}>\n"
    "Subject: Mrs Z Mahmood - SGO assessment - GP report",
    "Dear Ms Sandhu,",
    "Re: Mrs Zubeida Begum MAHMOOD, DOB 12.06.1955, NHS No. 999 061 7287\n"
    "27 Hollybank Road, Evington, Leicester\n"
    "LE5 6ZR",
    "We have received the patient's signed consent and the CoramBAAF AH form. I have booked "
    "a double appointment on Wed 24/02/2016 at 11:20 so that I can examine her and complete "
    "the form with her. Please note that Mrs Mahmood has at times brought her grandson to "
    "appointments to translate, which we have discouraged, and on other occasions her son "
    "Mr Asif Mahmood. For this appointment a professional interpreter is essential, female "
    "if possible. Our usual provider cannot do Pothwari at short notice; can your service "
    "book one?",
    "For your planning: she is on metformin and gliclazide, and is waiting for a "
    "physiotherapy referral for her knees. I do not at this stage foresee any reason she "
    "could not care for the children, but I will say more in the report.",
    "Kind regards,\nDr Nusrat Akhtar\nGP Partner, Spinney Rise Medical Practice\n"
    f"Tel {GP_PHONE}",
    "-----Original Message-----\n"
    f"From: Talkwell Bookings <{TALKWELL_EMAIL}>\n"
    "Sent: 16 February 2016 14:03\n"
    f"To: Parminder Sandhu <{PARMINDER_EMAIL}>\n"
    "Subject: Booking confirmed TW-BK-16-02291 - Urdu/Pothwari - Mrs Z. Mahmood",
    "Hi Parminder,",
    "Your booking is confirmed; the confirmation is attached. We have allocated Rubina "
    "Qureshi (ID TW-URD-0418), who is female and interprets Urdu and Pothwari/Mirpuri "
    "Punjabi. As you asked, we checked that she does not know the family: she does not, and "
    "she does not attend Masjid Ar-Rahma.",
    "Please note our late cancellation charge (less than 48 hours) of 100%.",
    f"Kind regards,\nEllie Shaw\nBookings Coordinator, Talkwell Interpreting\n{TALKWELL_PHONE}",
    "-----Original Message-----\n"
    f"From: Parminder Sandhu <{PARMINDER_EMAIL}>\n"
    "Sent: 15 February 2016 16:27\n"
    f"To: Talkwell Bookings <{TALKWELL_EMAIL}>\n"
    "Subject: Interpreter request - Urdu/Pothwari - SGO assessment",
    "Hello,",
    "Please could I book a female Pothwari/Urdu interpreter for six sessions of a special "
    "guardianship assessment at the applicant's home: Mrs Zubeida Mahmood, 27 Hollybank "
    "Road, Evington, Leicester LE5 6ZR, landline 0116 496 0273. Sessions on Tuesdays "
    "23/02, 01/03, 08/03, 15/03, 22/03 and 05/04/2016, 10:00 to 12:00.",
    "Household: Mrs Mahmood (60), her grandchildren Tariq (9) and Aleena (3). Her son Asif "
    "Mahmood lives next door at 25 Hollybank Road and may join us. Mrs Mahmood speaks "
    "Pothwari at home and understands Urdu; she does not read English, so the interpreter "
    "may be asked to sight-translate letters. The family's community is close-knit: "
    "please do not send anyone who knows the family socially or attends Masjid Ar-Rahma.",
    "Thanks,\nParminder Sandhu\nFostering & Kinship Team",
)
EMAIL_BODY = "\n\n".join(EMAIL_PARAGRAPHS) + "\n"

BOOKING_LINES = (
    "TALKWELL INTERPRETING - BOOKING CONFIRMATION",
    "==========================================",
    "Booking ref:    TW-BK-16-02291",
    "Client:         Soarbridge City Council - Fostering & Kinship Team",
    "PO number:      4500-16-2291",
    "Requested by:   Parminder Sandhu (0116 496 0342)",
    "Language:       Urdu / Pothwari (Mirpuri Punjabi)",
    "Interpreter:    Rubina Qureshi (F)  ID TW-URD-0418",
    "Service user:   Mrs Z. Mahmood",
    "Venue:          27 Hollybank Road, Evington, Leicester LE5 6ZR",
    "",
    "Session  Date        Time          Notes",
    "1        23/02/2016  10:00-12:00   Home visit",
    "2        01/03/2016  10:00-12:00   Home visit (child seen separately)",
    "3        08/03/2016  10:00-12:00   Home visit",
    "4        15/03/2016  10:00-12:00   Home visit",
    "5        22/03/2016  10:00-12:00   Home visit",
    "6        05/04/2016  10:00-12:00   Home visit - feedback",
    "",
    "Our interpreters follow the Talkwell Code of Conduct: they interpret everything said,",
    "add nothing and keep what they hear confidential.",
)
BOOKING = "\n".join(BOOKING_LINES) + "\n"


def build_email(corpus: Corpus) -> None:
    """Write the e-mail thread (quoted-printable) with the booking attached (base64)."""
    msg = EmailMessage()
    for name, value in EMAIL_HEADERS.items():
        msg[name] = value
    msg["Date"] = format_datetime(dt.datetime(2016, 2, 18, 15, 12, 44, tzinfo=dt.UTC))
    msg["Message-ID"] = "<DB6PR0801MB1718A3C2F94E0B11D2E7C84FC7A10@DB6PR0801MB1718.eurprd08.prod>"
    msg["In-Reply-To"] = "<5B2E0C7D.4471.SPRISE@example.org>"
    msg["Thread-Topic"] = "Mrs Z Mahmood - SGO assessment - GP report and interpreter"
    msg["X-MS-Has-Attach"] = "yes"
    msg.set_content(EMAIL_BODY, cte="quoted-printable")
    msg.add_attachment(BOOKING, subtype="plain", filename=BOOKING_TXT, cte="base64")
    msg.set_boundary("_002_DB6PR0801MB1718A3C2F94E0B11D2E7C84FC7A10DB6PR0801MB1718eurp_")
    data = msg.as_bytes(policy=default_policy)
    parsed = message_from_bytes(data, policy=default_policy)
    parts = [part.get_content() for part in parsed.iter_parts()]
    assert normalise(parts[0]) == normalise(EMAIL_BODY), "e-mail body does not round-trip"
    assert normalise(parts[1]) == normalise(BOOKING), "attachment does not round-trip"
    assert b"=C2=A375" in data, "e-mail body is not quoted-printable"
    assert b"TW-URD-0418" in data and b"Session  Date" not in data, (
        "the attachment is not base64")
    (CASE_DIR / EMAIL_EML).write_bytes(data)
    corpus.add(EMAIL_EML, *EMAIL_HEADERS.values(), EMAIL_BODY, BOOKING)


# --------------------------------------------------------------------------------------------
# Personal Education Plan with the school report (DOCX), Autumn 2020, Year 10
# --------------------------------------------------------------------------------------------

PEP_DETAILS: tuple[tuple[str, ...], ...] = (
    ("Name", "Tariq Mahmood", "Date of birth", "17.03.2006"),
    ("Year group", "10 (tutor group 10RD)", "UPN", SUBJECT_UPN),
    ("School", "Evington Vale Academy", "LCS ID", SUBJECT_ID),
    ("Legal status", "s20 (accommodated 20/06/2020); Special Guardianship Order 2016 remains "
                     "in place", "Placement", "Brook House (Soarbridge children's home), "
                                               f"tel. {BROOK_PHONE}"),
    ("Social worker", "Daniel Reeve", "Designated teacher", "Mrs Farida Patel"),
    ("Virtual School", "Louise Brennan (Education Adviser)", "Key worker",
     "Marcus Bell (Brook House)"),
    ("Special guardian", "Mrs Zubeida Mahmood (paternal grandmother) - shares parental "
                         "responsibility", "SEN", "None. Not on the SEN register."),
    ("Date of meeting", "Wednesday 14th October 2020, 15:30 (school library)", "PEP no.",
     "2 of 2020-21"),
)

PEP_ATTENDANCE: tuple[tuple[str, ...], ...] = (
    ("Period", "Attendance", "Authorised absence", "Unauthorised", "Lates", "Exclusions"),
    ("Year 9 (to 20/03/2020, before lockdown)", "91.6%", "4.1%", "4.3%", "11", "0"),
    ("Year 10 to date (03/09-09/10/2020)", "97.2%", "2.8% (Covid test)", "0", "1",
     "0 (1 day internal isolation, 06/10/2020)"),
)

PEP_REPORT: tuple[tuple[str, ...], ...] = (
    ("Subject", "Teacher", "Working at", "Target", "Effort", "Comment"),
    ("Mathematics", "Mr E. Okoro", "7", "9", "1",
     "Tariq is the strongest mathematician in the year group and a joy to teach. He finished "
     "the Year 10 algebra unit in three weeks. Entered for the Level 2 Further Maths "
     "qualification alongside GCSE."),
    ("English Language", "Ms C. Whitlam", "5", "6", "2",
     "Thoughtful reader; his writing about his Dadi's kitchen was one of the best in the "
     "set. Needs to plan longer answers."),
    ("Combined Science", "Dr I. Shah", "6-6", "7-7", "2",
     "Good practical work. Caught up well after lockdown."),
    ("Computer Science", "Mr A. Lowther", "6", "7", "2", "Enjoys Python; wrote a cricket "
     "scoring program."),
    ("Geography", "Mrs J. Harrop", "5", "6", "3", "Some homework missing in September."),
    ("Urdu", "Mrs N. Anwar", "Grade 7 achieved (sat early, summer 2020)", "-", "1",
     "Tariq sat GCSE Urdu early and got a 7 through centre assessment. Mubarak ho!"),
    ("PE (core)", "Mr C. Dale", "-", "-", "1",
     "Captain of the Year 10 cricket team. Excellent attitude."),
    ("RE", "Mr S. Kaur-Bassi", "5", "6", "2", "Good contributions on justice and forgiveness."),
)

PEP_VOICE = (
    "I'm proud of my Urdu GCSE, because Dadi cried when I told her, and of being captain of "
    "the cricket team. I like maths because there is always a right answer, even when "
    "everything else is a mess.",
    "Living at Brook House is OK but it's not home. The staff are alright, Marcus is "
    "funny and lets me cook on Sundays. I miss Dadi's food and I miss Leenu, I worry "
    "about who is helping her with her reading now.",
    "I don't want to talk about what happened with Chacha at school. I just want to get "
    "on with my GCSEs. Yusuf and Ollie have been sending me the work I missed.",
    "When I'm older I want to do A-level maths and maybe be an accountant, or work in a "
    "bank, or play cricket for Leicestershire if that doesn't work out (joke).",
)

PEP_VIEWS = (
    "Designated teacher (Mrs Patel): Tariq came back to school in September after a very "
    "hard summer and has been remarkable. His one internal isolation (06/10) followed an "
    "argument with another student who made a comment about him living \"in a home\"; Tariq "
    "walked away the second time, which is real progress. Staff know to give him time out "
    "cards if he needs them.",
    "Key worker (Marcus Bell): Tariq is up on time every day and does his homework at the "
    "kitchen table. He cooks for the house on Sundays (his chicken karahi is famous now). He "
    "would like his Dadi to come to parents' evening.",
    "Special guardian (Mrs Mahmood, by phone): very proud of him, wants him home. Note: no "
    "interpreter was booked for this meeting and Tariq's aunt, Farzana Akhtar, interpreted "
    "for Mrs Mahmood on her phone. This is not good practice: the Virtual School will book "
    "a Talkwell interpreter for the spring PEP.",
    "Social worker (Daniel Reeve): the family group conference is on 10/11/2020. The plan "
    "is for Tariq to go home to his Dadi's once his uncle's family have moved out. School "
    "will be kept informed; transport from Evington is easier than from Brook House.",
)

PEP_TARGETS: tuple[tuple[str, ...], ...] = (
    ("Target", "Support", "Who", "Funding (PP+)", "Review"),
    ("Grade 9 in GCSE Maths and Level 2 Further Maths", "Weekly stretch group with Mr Okoro; "
     "online tutor for Further Maths (one hour a week)", "Mr Okoro / Virtual School",
     "£600 (tutor, spring term)", "Spring PEP"),
    ("Grade 6 in English Language", "Extended writing club Thursdays", "Ms Whitlam", "-",
     "Spring PEP"),
    ("Keep playing cricket over the winter", "Indoor nets at Spinney Vale Cricket Club and "
     "the county academy trial in February", "Marcus Bell", "£180 (academy fee and kit)",
     "Feb 2021"),
    ("A laptop of his own for homework", "Virtual School laptop scheme", "Louise Brennan",
     "£450", "By half term"),
    ("Feel safe to talk about how he feels", "Time-out card; weekly check-in with Mrs Patel",
     "Mrs Patel", "-", "Ongoing"),
)

PEP_SIGNED: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Date"),
    ("Tariq Mahmood", "Young person", "14/10/2020"),
    ("Farida Patel", "Designated Teacher, Evington Vale Academy", "14/10/2020"),
    ("Louise Brennan", "Education Adviser, Soarbridge Virtual School", "15/10/2020"),
    ("Daniel Reeve", "Social Worker, Children in Care Team", "16/10/2020"),
)


def build_pep(corpus: Corpus) -> None:
    """Write the Personal Education Plan as a Word document."""
    doc = Document()
    text: list[str] = []
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    def add(line: str, *, style: str | None = None, italic: bool = False) -> None:
        p = doc.add_paragraph(style=style)
        run = p.add_run(line)
        run.italic = italic
        text.append(line)

    def table(rows: tuple[tuple[str, ...], ...], widths: tuple[float, ...],
              header: bool = True, label_cols: tuple[int, ...] = ()) -> None:
        grid = doc.add_table(rows=len(rows), cols=len(rows[0]))
        grid.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = grid.cell(r, c)
                cell.width = Cm(widths[c])
                cell.text = value
                if value and ((header and r == 0) or c in label_cols):
                    cell.paragraphs[0].runs[0].bold = True
        text.append(rows_text(rows))

    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(1.8)
        head = section.header.paragraphs[0]
        head.text = "Soarbridge Virtual School for Children in Care | Personal Education Plan"
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        text.append(head.text)
        foot = section.footer.paragraphs[0]
        foot.text = ("OFFICIAL-SENSITIVE | ePEP export | Evington Vale Academy | printed "
                     "19/10/2020")
        text.append(foot.text)

    title = doc.add_paragraph(style="Title")
    title_run = title.add_run("Personal Education Plan - Autumn Term 2020 (Year 10)")
    title_run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    text.append("Personal Education Plan - Autumn Term 2020 (Year 10)")
    add("Section A: Details", style="Heading 1")
    table(PEP_DETAILS, (3.4, 5.6, 3.4, 5.6), header=False, label_cols=(0, 2))
    add("Section B: Attendance and exclusions", style="Heading 1")
    table(PEP_ATTENDANCE, (4.6, 2.4, 3.0, 2.4, 1.6, 3.6))
    add("Section C: School report (autumn data drop, 09/10/2020)", style="Heading 1")
    add("Grades are GCSE 9-1 working-at grades. Effort: 1 = excellent, 4 = a concern.",
        italic=True)
    table(PEP_REPORT, (3.0, 2.6, 2.2, 1.4, 1.4, 7.0))
    add("Section D: My views (written by Tariq)", style="Heading 1")
    for line in PEP_VOICE:
        add(line, italic=True)
    add("Section E: What others think", style="Heading 1")
    for line in PEP_VIEWS:
        add(line)
    add("Section F: SMART targets and Pupil Premium Plus", style="Heading 1")
    table(PEP_TARGETS, (4.4, 5.0, 3.0, 2.8, 2.4))
    add("Section G: Signatures", style="Heading 1")
    table(PEP_SIGNED, (5.0, 9.0, 3.6))

    props = doc.core_properties
    props.title = "Personal Education Plan"
    props.author = "Farida Patel"
    props.last_modified_by = "Louise Brennan"
    props.subject = "PEP Autumn 2020"
    props.keywords = ""
    props.comments = ""
    props.created = dt.datetime(2020, 10, 14, 16, 5, 0)
    props.modified = dt.datetime(2020, 10, 19, 9, 47, 0)
    props.revision = 7
    buffer = io.BytesIO()
    doc.save(buffer)
    data = fixed_zip(buffer.getvalue(), (2020, 10, 19, 9, 47, 0))
    (CASE_DIR / PEP_DOCX).write_bytes(data)
    corpus.add(PEP_DOCX, *text)


# --------------------------------------------------------------------------------------------
# Youth Offending Service: report to the referral order panel (PDF), 9 December 2021,
# with the final panel's review of 9 June 2022
# --------------------------------------------------------------------------------------------

YOS_DETAILS: list[tuple[str, str]] = [
    ("Young person", "Tariq MAHMOOD"),
    ("Date of birth", "17.03.2006 (15)"),
    ("YOS ref", SUBJECT_YOS),
    ("LCS ID", SUBJECT_ID),
    ("Address", f"{DADI_HOME}, Evington, Leicester {DADI_POSTCODE} (with his paternal "
                "grandmother, special guardian)"),
    ("Mobile", SUBJECT_PHONE_2020),
    ("School", "Evington Vale Academy, Year 11"),
    ("Ethnicity / religion", "Asian British - Pakistani / Muslim"),
    ("Court / date", "Leicester Youth Court, Wednesday 24/11/2021"),
    ("Order", "Referral Order, 6 months (mandatory: first conviction, guilty plea)"),
    ("Offence", "Theft from a shop (s1 Theft Act 1968), 18/10/2021"),
    ("Co-accused", f"Kai BROOKS (15), YOS ref {KAI_YOS}: separate panel"),
    ("Case manager", f"Sajid Hussain, YOS Officer, {YOS_PHONE}"),
    ("Report date", "09/12/2021"),
]

YOS_PANEL: tuple[tuple[str, ...], ...] = (
    ("Name", "Role at the panel", "Attended"),
    ("Mrs Janet Ellwood", "Community panel member (panel lead)", "Yes"),
    ("Mr Harjit Bains", "Community panel member", "Yes"),
    ("Sajid Hussain", "YOS Officer (adviser to the panel, report author)", "Yes"),
    ("Tariq Mahmood", "Young person", "Yes"),
    ("Mrs Zubeida Mahmood", "Special guardian (paternal grandmother)", "Yes"),
    ("Mrs Rubina Qureshi", "Interpreter (Urdu/Pothwari), Talkwell Interpreting", "Yes"),
    ("Mr Asif Mahmood", "Uncle (was his appropriate adult at the police station)", "Yes"),
    ("Mr Dilip Parmar", "Victim (owner, Kwikbuy Express)", "No: views given through the "
                                                            "Victim Liaison Officer"),
    ("Nicola Grant", "YOS Victim Liaison Officer", "No: written views"),
)

YOS_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. The offence", (
        "At about 17:40 on Monday 18th October 2021 Tariq and Kai Brooks went into Kwikbuy "
        "Express, a family-run convenience store on Coleman Parade, Evington. The CCTV shows "
        "Kai talking to the shop manager, Mrs Karen Stapleton, at the till while Tariq put "
        "four energy drinks, two grab bags of crisps and a phone charger (total value £23.47) "
        "into his school bag. Mrs Stapleton had seen him in the mirror and stopped him at the "
        "door. Kai ran off. Tariq stayed, gave the bag back and waited for the police. PC "
        "Ryan Tomlinson arrested him and took him to the city custody suite, where his uncle, "
        "Mr Asif Mahmood, was his appropriate adult. In interview he said at first that Kai "
        "had put the things in his bag; because he did not admit the offence, an out-of-court "
        "disposal was not possible. He pleaded guilty at his first appearance.",
    )),
    ("2. Tariq's account and attitude", (
        "Tariq told me the truth in our first meeting and has not changed his account since. "
        "He says Kai dared him, that he had no money on him, and that he \"wanted to look big "
        "in front of Kai\". He said: \"I felt sick when Mrs Stapleton looked at me. She knows "
        "Dadi, she used to give me sweets when I was little and went in with Dadi. I didn't "
        "even want the stuff.\" He is ashamed that his grandmother had to come to court. He "
        "understands that the shop is a small family business and not \"a big company that "
        "doesn't care\".",
    )),
    ("3. The victim's views", (
        "Nicola Grant (Victim Liaison Officer) spoke to Mr Parmar by phone on 01/12/2021. He "
        "did not want to meet Tariq but asked that the panel be told that the shop loses "
        "several hundred pounds a month to theft, that his staff are frightened after a "
        "robbery last year, and that thefts by young people make older customers feel unsafe. "
        "He would like a letter of apology, and for Tariq to understand the effect on his "
        "family and staff. He said: \"If he says sorry to Karen properly he is welcome back in "
        "the shop. Everyone makes one mistake.\" Mrs Stapleton agreed to receive a letter too.",
    )),
    ("4. Assessment (AssetPlus summary)", (
        "Family and living arrangements: Tariq has lived with his paternal grandmother under "
        "a Special Guardianship Order since 2016. The arrangement broke down in June 2020 "
        "after a serious incident with his uncle (not the uncle present today) and he spent "
        "six months at Brook House before going home in December 2020. Relationships at home "
        "are now good. He has little contact with his father. His mother has a new family "
        "and he sees her and his little half-sister Maisie some weekends.",
        "Education: Year 11, predicted grade 9 in maths; attendance 93%. Good relationships "
        "with staff, in particular Mrs Patel.",
        "Lifestyle and peers: Tariq's friends from school and cricket are a good influence. "
        "Since the summer he has spent time in the evenings in the park behind Coleman Parade "
        "with Kai and some older boys; he says he has stopped going. Kai's family have moved "
        "away from the area.",
        "Emotional wellbeing: he gets angry when he feels he is \"being treated like a kid or a "
        "care kid\", and finds it hard to talk about 2020. He has agreed to some sessions on "
        "managing anger and peer pressure.",
        "Strengths: cricket (Spinney Vale Cricket Club first XI squad at 15), cooking, maths, "
        "his faith, a grandmother who loves him, his Nana and Khala in Oadby, honest about "
        "the offence.",
        "Likelihood of reoffending: LOW. Risk of serious harm to others: LOW. Safety and "
        "wellbeing: MEDIUM (older peers, the park), reducing.",
    )),
)

YOS_CONTRACT: tuple[tuple[str, ...], ...] = (
    ("Contract element", "What Tariq will do", "Who with", "By"),
    ("Reparation", "20 hours at the Ar-Rahma Community Kitchen: preparing and serving the "
     "Thursday lunch club for older people, and the Saturday food parcels",
     "Mrs Shabana Rafiq (kitchen coordinator) and Tom Barker (YOS reparation worker)",
     "30/04/2022"),
    ("Making amends", "Letters of apology to Mr Parmar and to Mrs Stapleton, drafted with "
     "Nicola Grant and delivered by her", "Nicola Grant", "28/02/2022"),
    ("Offending behaviour", "6 sessions: consequences, peer pressure, managing anger "
     "(\"what's going on in my head when I kick off\")", "Sajid Hussain", "31/03/2022"),
    ("Education", "Keep attendance above 95%; revision club twice a week before mocks",
     "Mrs Patel", "Review panel"),
    ("Positive activity (Tariq's idea)", "Help Coach Naveed with the under-9s on Saturday "
     "mornings at Spinney Vale Cricket Club", "Naveed Iqbal (club coach)", "Whole order"),
    ("Peers", "No going to the park behind Coleman Parade after 8pm", "Tariq / Mrs Mahmood",
     "Whole order"),
)

YOS_DECISION = (
    "Panel decision: the contract above was agreed with Tariq and his grandmother (through "
    "the interpreter) and signed by everyone at the panel. Review panel: Thursday 10/03/2022. "
    "Final panel: Thursday 09/06/2022. Mrs Ellwood thanked Tariq for being \"so honest with "
    "us tonight\". Mr Bains, who coaches at another club, talked to him about the county "
    "trials. Tariq said at the end: \"I thought the panel would be like court. It was more "
    "like people who actually want to help.\""
)

YOS_FINAL_HEAD = "PART 2 - FINAL PANEL: Thursday 9th June 2022"

YOS_FINAL = (
    "Present: Mrs Janet Ellwood, Mr Harjit Bains, Sajid Hussain (YOS), Tariq, Mrs Mahmood "
    "with Mrs Qureshi (interpreter), and Ms Farzana Akhtar (maternal aunt), who brought "
    "Mrs Mahmood as Asif was working.",
    "Reparation: completed 24 hours (four more than the contract) at the Ar-Rahma Community "
    "Kitchen between 13/01/2022 and 21/04/2022. Mrs Rafiq's feedback: \"The best young person "
    "we have had. Always early, never on his phone, and he taught two of our volunteers to "
    "make tarka daal properly. The aunties at the lunch club ask for him by name.\" He "
    "cooked the Eid lunch for the older people's club on 28/04/2022 with the volunteers "
    "and has asked to keep volunteering in the holidays.",
    "Making amends: the letters were delivered on 14/02/2022. Mr Parmar wrote back to say "
    "he accepted the apology and that the letter was \"better than most adults could write\". "
    "Tariq went into the shop with his Dadi in March and said sorry to Mrs Stapleton in "
    "person.",
    "Offending behaviour: all six sessions attended. No further offending. Kai Brooks has "
    "had no contact with him since the family moved.",
    "Panel decision: the order is completed successfully and Tariq was given his "
    "certificate. Under the Rehabilitation of Offenders Act 1974 the conviction is spent "
    "on completion of the order. Tariq: \"I'm going to frame this next to my cricket "
    "certificates. Dadi says it's the first certificate she ever wanted me not to get.\"",
)

YOS_SIGNED = (
    "Report: Sajid Hussain, YOS Officer, 09/12/2021. Part 2 added 09/06/2022. Countersigned: "
    "Lorraine Okoye, YOS Team Manager."
)


def yos_box(heading: str, flowables: list, width: float) -> Table:
    """A boxed section with a grey heading bar, as the YOS report template prints them."""
    rows = [[para(heading, SMALL_BOLD)], *[[f] for f in flowables]]
    box = Table(rows, colWidths=[width], repeatRows=1)
    box.setStyle(TableStyle([
        ("NOSPLIT", (0, 0), (0, 1)),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#444444")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c9c9c9")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#444444")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return box


def yos_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the YOS panel report."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(MARGIN_X, PAGE_H - 12 * mm, "Soarbridge Youth Offending Service")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 16 * mm,
                      "Granby House, Soarbridge Civic Quarter, Leicester LE1 6ZQ | "
                      f"{YOS_PHONE}")
    canvas.setFont("Helvetica-Bold", 9)
    canvas.setFillColor(colors.HexColor("#a00000"))
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 12 * mm, "RESTRICTED")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 16 * mm, f"YOS ref {SUBJECT_YOS}")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, "ChildView - Referral Order panel report (template "
                                         "RO-1, 2019)")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def yos_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the YOS report."""
    return ("Soarbridge Youth Offending Service Granby House, Soarbridge Civic Quarter, "
            f"Leicester LE1 6ZQ | {YOS_PHONE} RESTRICTED YOS ref {SUBJECT_YOS} ChildView - "
            f"Referral Order panel report (template RO-1, 2019) Page {page} of {total}")


def build_yos(corpus: Corpus) -> int:
    """Write the YOS referral order panel report; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "REFERRAL ORDER - REPORT TO THE INITIAL YOUTH OFFENDER PANEL"
    sub = "Panel held Thursday 9 December 2021, 16:30, at Granby House (room 2)."
    story: list = [para(title, H1), para(sub, BODY), pair_table(YOS_DETAILS, w, 26 * mm,
                                                                shade="#e6e6e6"),
                   Spacer(1, 3 * mm),
                   yos_box("Panel and attendance",
                           [grid_table(YOS_PANEL, [42 * mm, 80 * mm, w - 132 * mm],
                                       shade="#eeeeee")], w),
                   Spacer(1, 3 * mm)]
    text = [title, sub, rows_text(YOS_DETAILS), "Panel and attendance", rows_text(YOS_PANEL)]
    for heading, paragraphs in YOS_SECTIONS:
        story += [yos_box(heading, [para(p, BODY) for p in paragraphs], w), Spacer(1, 3 * mm)]
        text += [heading, *paragraphs]
    story += [yos_box("5. Proposed contract (agreed at the panel)",
                      [grid_table(YOS_CONTRACT, [30 * mm, 70 * mm, 45 * mm, w - 155 * mm],
                                  shade="#eeeeee"), para(YOS_DECISION, BODY)], w),
              Spacer(1, 5 * mm),
              yos_box(YOS_FINAL_HEAD, [para(p, BODY) for p in YOS_FINAL], w),
              Spacer(1, 4 * mm), para(YOS_SIGNED, SMALL)]
    text += ["5. Proposed contract (agreed at the panel)", rows_text(YOS_CONTRACT),
             YOS_DECISION, YOS_FINAL_HEAD, *YOS_FINAL, YOS_SIGNED]
    pages = build_platypus(CASE_DIR / YOS_PDF, yos_furniture, story,
                           "Referral Order panel report", "Sajid Hussain", top=22 * mm,
                           creator="ChildView Reports")
    corpus.add(YOS_PDF, *(yos_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Pathway Plan (PDF), 15 May 2023, written to Tariq
# --------------------------------------------------------------------------------------------

PLAN_ABOUT: list[tuple[str, str]] = [
    ("Your name", "Tariq Mahmood (Taz to your mates, Tari to your Dadi)"),
    ("Date of birth", "17th March 2006 (17)"),
    ("LCS ID", SUBJECT_ID),
    ("NHS number", SUBJECT_NHS),
    ("NI number", SUBJECT_NI),
    ("Mobile", SUBJECT_PHONE),
    ("E-mail", SUBJECT_EMAIL),
    ("Legal status", "Accommodated under s20 since 07/11/2022 (eligible child). Your Dadi's "
                     "Special Guardianship Order is still in place."),
    ("Where you live", "Supported lodgings with Mrs Rehana Siddiqui and Mr Javed Siddiqui, "
                       f"{HOST_HOME}, Birstall, Leicester {HOST_POSTCODE}"),
    ("Your PA", f"Joanne Pickering, {JOANNE_MOBILE}, {JOANNE_EMAIL}"),
    ("Your social worker", "Daniel Reeve (until you are 18)"),
    ("Your IRO", "Judith Okafor"),
    ("Plan written", "Monday 15th May 2023, at Auntie Rehana's kitchen table"),
    ("Next review", "November 2023, or sooner if anything changes"),
]

PLAN_INTRO = (
    "Tariq, this is your plan. I have written it to you, using your words where I can, "
    "after we talked for two hours (and ate a lot of Auntie Rehana's samosas). If anything "
    "in it is wrong, or you change your mind, tell me and we will change it. - Jo"
)

PLAN_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. Where you live", (
        "You told me that living with Auntie Rehana and Uncle Javed is \"calm, and the food "
        "is nearly as good as Dadi's, but don't tell Dadi\". You have the back bedroom and "
        "your own desk, and their son Zain lets you use his weights in the garage. You have "
        "a key, and you let Auntie Rehana know if you are going to be late back from "
        "cricket.",
        "You told me you would like to stay there until your A-levels finish in summer 2024 "
        "and then get your own flat \"near town, near the uni and the cricket ground\". "
        "Auntie Rehana and Uncle Javed have said they are happy for you to stay after your "
        "18th birthday until 31/07/2024, and the Supported Lodgings scheme has agreed. We "
        "will put you on the housing register at 17 and a half (September 2023).",
    )),
    ("2. Your family and the people who matter to you", (
        "Your Dadi moved to Birmingham after her stroke last September and lives with your "
        "Phupho, Mrs Rukhsana Hussain, at 62 Alderbrook Crescent. You told me: \"It's the "
        "first time I've not lived with Dadi since I was eight. I ring her every night after "
        "Isha.\" You go on the train every other Sunday and Phupha Tahir picks you up from "
        "New Street. Aleena lives there too; she is ten and, you say, \"bossy now\". Mehwish "
        "Baji gets married in August and you have been asked to help cook for the mehndi.",
        "You see Ammi at her flat on Saturdays, when Wayne is at work. Maisie, who is three, "
        "\"follows me everywhere and calls me Tari like Dadi does\". You told me Ammi is "
        "well now and that you are proud of her. She sends you a voice note every morning "
        "before college.",
        "About your Abbu you told me: \"Abbu messages me on Instagram sometimes. I don't "
        "answer. Maybe one day, not now.\" We agreed you will tell me or Auntie Rehana if he "
        "turns up anywhere, and that it is your choice whether you reply. You have blocked "
        f"his old number ({DAD_MOBILE}) but he finds you on other apps.",
        "About Chacha Asif you said: \"I've forgiven him a bit. He drove me to the cup final "
        "and said sorry again. Bilal and Hamza are like my brothers.\" Most Fridays you go to "
        "Oadby to see your Nana and Khala, Farzana Akhtar, and you go to Jummah with Nana "
        "when college allows.",
    )),
)

PLAN_PEOPLE: tuple[tuple[str, ...], ...] = (
    ("Name", "Who they are", "How to contact"),
    ("Dadi (Mrs Zubeida Mahmood)", "Your grandmother and special guardian",
     f"At Phupho's: {PHUPHO_HOME}, Birmingham {PHUPHO_POSTCODE}, {PHUPHO_LANDLINE}"),
    ("Phupho (Rukhsana Hussain) and Phupha Tahir", "Your aunt and uncle",
     f"{PHUPHO_LANDLINE}"),
    ("Aleena (Leenu)", "Your sister", "Through Phupho"),
    ("Ammi (Shazia Akhtar)", "Your mum", f"{MUM_MOBILE}, {MUM_EMAIL}"),
    ("Chacha Asif", "Your uncle", ASIF_MOBILE),
    ("Nana and Khala Farzana", "Your grandad and aunt", f"{NANA_HOME}, Oadby; Khala "
                                                        f"{KHALA_MOBILE}"),
    ("Coach Naveed (Naveed Iqbal)", "Your coach, Spinney Vale Cricket Club", NAVEED_MOBILE),
    ("Auntie Rehana (Rehana Siddiqui)", "Your supported lodgings host",
     f"{HOST_MOBILE}, home {HOST_LANDLINE}"),
    ("Yusuf Patel", "Your best mate since Year 3", "You have his number"),
    ("Joanne (Jo) Pickering", "Your PA", f"{JOANNE_MOBILE}"),
)

PLAN_SECTIONS_2: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("3. Education, training and work", (
        "You are in Year 12 at Regent Vale Sixth Form College studying Maths, Further Maths "
        "and Economics. Your predicted grades are A*, A and B. You get the 16-19 bursary "
        "(vulnerable group, £1,200 a year). Your tutor, Ms Gemma Howells, says you are "
        "\"the kind of student who makes the others raise their game\".",
        "You told me: \"I want to do maths or accounting at uni. I want a job where I wear a "
        "suit and nobody can tell I was a care kid.\" You want to stay in Leicester for uni "
        "so you can keep playing for Spinney Vale. UCAS applications open in the autumn; "
        "Ms Howells will help with your personal statement and I will come to the open days "
        "with you if you want.",
    )),
    ("4. Health and how you feel", (
        "You are registered at Greengate Medical Centre in Birstall and with a dentist in "
        "Belgrave. Your health assessment was done in February by Sharon Pike (Children in "
        "Care Nurse); your only need was an eye test, and you now have glasses for reading "
        "the board (\"I look like an accountant already\").",
        "You told me you sometimes feel angry when you think about 2020 and about Abbu, and "
        "that cricket and cooking help more than talking. You know you can ask for "
        "counselling through college or through me, and you said you might, \"after the "
        "exams\".",
    )),
    ("5. Who you are", (
        "You told me being Muslim, being Pakistani and being from Leicester are all part of "
        "you, and that you are \"a Leicester boy first\". You fasted all of Ramadan this year "
        "with the Siddiquis and went to Eid prayers with Uncle Javed and Zain, then on to "
        "Birmingham to see Dadi. You want to get better at reading and writing Urdu, not just "
        "speaking it, and you have asked Nana to teach you.",
    )),
    ("6. Money", (
        "You have your own bank account and about £640 saved, mostly from umpiring junior "
        "matches (£20 a game). Auntie Rehana gives you your personal allowance every Friday "
        "and you buy your own phone credit and bus pass. At 18 you will get the Setting Up "
        "Home Allowance (£3,000) for your flat; we will plan what to buy together. You have "
        "applied for your provisional driving licence.",
    )),
    ("7. Staying safe", (
        "Your referral order finished in June 2022 and the conviction is spent. You have had "
        "no trouble since. You told me: \"That's done. I don't even walk past that park "
        "any more.\"",
    )),
    ("8. Things you enjoy", (
        "Cricket: you play for the Spinney Vale first XI and coach the under-9s on Saturday "
        "mornings with Coach Naveed; you want to do your coaching badge this summer. "
        "Cooking: you make the Sunday dinner at the Siddiquis' once a month, and your chicken "
        "karahi has been approved by Uncle Javed, \"which is hard\".",
    )),
    ("9. If things go wrong (contingency)", (
        "If you could not stay with the Siddiquis, you would move to a room at Fosse House "
        "(Next Steps supported accommodation) while we found somewhere else. You would "
        "rather go to Khala's for a few nights first, and she has said yes.",
    )),
)

PLAN_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("What", "Who", "By when"),
    ("Housing register application (joint with the Next Steps housing officer)",
     "Jo and Tariq", "30/09/2023"),
    ("Supported lodgings extension to 31/07/2024 confirmed in writing", "Jo / scheme",
     "30/06/2023"),
    ("Cricket coaching course paid from the leisure budget (£95)", "Jo", "01/06/2023"),
    ("University open days (two) - travel paid", "Jo and Tariq", "July 2023"),
    ("Ask Sharon Pike about counselling options after exams", "Tariq / Jo", "July 2023"),
    ("Train fares to Birmingham to see Dadi paid monthly", "Jo", "Ongoing"),
)

PLAN_SIGNED: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Signed", "Date"),
    ("Tariq Mahmood", "You", "Taz M", "15/05/2023"),
    ("Joanne Pickering", "Personal Adviser, Next Steps", "J Pickering", "15/05/2023"),
    ("Daniel Reeve", "Social Worker, Children in Care Team", "D Reeve", "17/05/2023"),
    ("Rehana Siddiqui", "Supported lodgings host", "R Siddiqui", "15/05/2023"),
    ("Helen Rowbotham", "Team Manager, Next Steps (authorised)", "H Rowbotham", "19/05/2023"),
)

PLAN_TEAL = colors.HexColor("#00727a")
PLAN_HEAD = ParagraphStyle("plan_head", fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                           textColor=colors.white)
PLAN_BODY = ParagraphStyle("plan_body", parent=BODY, fontSize=10, leading=13.4, spaceAfter=5)


def plan_bar(text: str, width: float) -> Table:
    """A full-width teal heading bar."""
    bar = Table([[para(text, PLAN_HEAD)]], colWidths=[width])
    bar.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), PLAN_TEAL),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return bar


def plan_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the Pathway Plan."""
    canvas.saveState()
    canvas.setFillColor(PLAN_TEAL)
    canvas.rect(MARGIN_X, PAGE_H - 13 * mm, 4 * mm, 6 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(MARGIN_X + 6 * mm, PAGE_H - 11.5 * mm,
                      f"{COUNCIL} - Next Steps Leaving Care Service")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 11.5 * mm,
                           f"My Pathway Plan | LCS {SUBJECT_ID}")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, "OFFICIAL-SENSITIVE | Pathway Plan (LCS form PP2)")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def plan_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the Pathway Plan."""
    return (f"{COUNCIL} - Next Steps Leaving Care Service My Pathway Plan | LCS {SUBJECT_ID} "
            f"OFFICIAL-SENSITIVE | Pathway Plan (LCS form PP2) Page {page} of {total}")


def build_plan(corpus: Corpus) -> int:
    """Write the Pathway Plan; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "My Pathway Plan"
    story: list = [para(title, ParagraphStyle("plan_title", parent=H1, fontSize=18,
                                              leading=22, textColor=PLAN_TEAL)),
                   para(PLAN_INTRO, PLAN_BODY), plan_bar("About you", w), Spacer(1, 2 * mm),
                   label_table(PLAN_ABOUT, w, 36 * mm, shade="#e0f0f1")]
    text = [title, PLAN_INTRO, "About you", rows_text(PLAN_ABOUT)]

    def sections(items: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        nonlocal story
        for heading, paragraphs in items:
            story += [Spacer(1, 3 * mm),
                      KeepTogether([plan_bar(heading, w), Spacer(1, 2 * mm),
                                    para(paragraphs[0], PLAN_BODY)])]
            story += [para(p, PLAN_BODY) for p in paragraphs[1:]]
            text.extend([heading, *paragraphs])

    sections(PLAN_SECTIONS)
    people_head = "People who matter to you"
    story += [para(people_head, H2),
              grid_table(PLAN_PEOPLE, [52 * mm, 52 * mm, w - 104 * mm], shade="#e0f0f1")]
    text += [people_head, rows_text(PLAN_PEOPLE)]
    sections(PLAN_SECTIONS_2)
    story += [Spacer(1, 3 * mm), plan_bar("What we will do", w), Spacer(1, 2 * mm),
              grid_table(PLAN_ACTIONS, [w - 70 * mm, 40 * mm, 30 * mm], shade="#e0f0f1"),
              Spacer(1, 3 * mm), plan_bar("Signatures", w), Spacer(1, 2 * mm),
              grid_table(PLAN_SIGNED, [38 * mm, 64 * mm, 34 * mm, w - 136 * mm],
                         shade="#e0f0f1")]
    text += ["What we will do", rows_text(PLAN_ACTIONS), "Signatures", rows_text(PLAN_SIGNED)]
    pages = build_platypus(CASE_DIR / PLAN_PDF, plan_furniture, story, "My Pathway Plan",
                           "Joanne Pickering", top=20 * mm, creator="LCS Forms 8.1")
    corpus.add(PLAN_PDF, *(plan_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Case notes (CSV), exported from Liquidlogic (LCS), April 2014 to September 2024
# --------------------------------------------------------------------------------------------

NOTES_HEADER = ("Date", "Worker", "Team", "Note Type", "Note", "Entered On")

POLICE_NOTIFICATION = textwrap.fill(
    "PPN received 11/05/2014 23:05. Location: 14 Brindle Close, Braunstone. Occurrence: "
    "domestic - assault. Attending officers PC 2318 Daniel Crowther and a colleague. "
    "Victim Shazia Akhtar (DOB 21/11/1986) - split lip, red mark to neck. Suspect Imran "
    "Mahmood (DOB 04/09/1982) arrested at scene, taken to custody. Children present: "
    "Tariq Mahmood (8) - red mark and bruising L upper arm, states father pushed him into "
    "door when he tried to stop the argument; Aleena Mahmood (1) - asleep, no injuries. "
    "Caller: neighbour (see referral 29/04). DASH: HIGH. Previous DA incidents at address x4.",
    width=64)

# (ISO date, date as exported, worker, team, note type, note, entered on)
NOTES: tuple[tuple[str, ...], ...] = (
    ("2014-04-29", "29/04/2014 11:20", "Amy Lockwood", "Business Support",
     "Contact / Referral",
     "Telephone referral from a neighbour, Mrs Joyce Pardoe, 16 Brindle Close "
     f"(tel {PARDOE_PHONE}).\n"
     "Concerned about the two children next door: Tariq (approx 8) and a baby girl. Says she "
     "has seen Tariq on the doorstep at 9pm \"in his pyjamas waiting for his mum\" and hears "
     "the baby crying for long periods. Mum (Shazia) \"isn't well, she stays in bed\"; dad "
     "\"comes and goes, there's a lot of shouting\".\n"
     "Happy for her name to be shared with the family? NO - please do not tell them who "
     "rang.\n"
     "Passed to duty SW (HW).", "29/04/2014"),
    ("2014-04-30", "30/04/2014 16:05", "Hannah Whitmore", "Assessment & Intervention (South)",
     "Home Visit (unannounced)",
     "Visit to 14 Brindle Close with Ms Akhtar's consent once I explained why I was there. "
     "Ms Akhtar in bed at 16:00, came down in her dressing gown, tearful. Said she has been "
     "\"so tired since Leenu\" and that Mr Mahmood (\"Immy\") stays \"at his mum's in Evington "
     "mostly\".\n"
     "Tariq (8) home from school and making Aleena's bottle at the kitchen worktop - he "
     "stood on a chair to reach the kettle. \"I do it every day, I know how hot.\" Aleena "
     "(14 months) in a damp nappy, happy to be picked up, babbling. Fridge: milk, bread, "
     "yoghurts, a pan of daal that Tariq said \"Dadi sent\".\n"
     "Tariq showed me his maths book with a Star of the Week sticker and told me he bowls "
     "\"leg spin, the hardest one\".\n"
     "Plan: C&F assessment; GP appt for mum tomorrow; HV to visit; school to be asked about "
     "attendance. Discussed with Gareth (TM).", "01/05/2014"),
    ("2014-05-11", "11/05/2014 23:40", "Ade Ogunleye", "Emergency Duty Team",
     "Police Notification",
     f"{POLICE_NOTIFICATION}\n\n"
     "EDT action: spoke to PC Crowther at 23:30. Children to stay with mother tonight; "
     "her sister Farzana Akhtar has come from Oadby to stay over. Father in custody. "
     "Passed to A&I South for the morning. Strategy discussion needed.", "12/05/2014"),
    ("2014-05-12", "12/05/2014 14:30", "Hannah Whitmore", "Assessment & Intervention (South)",
     "Child Seen Alone",
     "Saw Tariq alone at Wyvern Fields Primary in the nurture room with his TA nearby.\n"
     "He showed me the bruise on his arm. \"Abbu was shouting at Ammi and pulling her and I "
     "got in the middle and he pushed me and I hit the door.\" He said it's \"not the first "
     "time there was shouting\" but the first time he was hurt. He said he looks after "
     "Leenu because \"Ammi can't hear her at night, she has tablets\".\n"
     "Child protection medical arranged for 16:00 today with Dr Rashmi Varma (Consultant "
     "Community Paediatrician, Soarbridge Royal Infirmary). Ms Akhtar to attend with him.\n"
     "Outcome (added 18:10): bruising consistent with his account, no other concerns.",
     "12/05/2014"),
    ("2014-05-13", "13/05/2014 15:30", "Hannah Whitmore", "Assessment & Intervention (South)",
     "Strategy Discussion",
     "Strategy discussion held today, chaired by Gareth Pullen - see record saved to "
     "documents. s47 enquiry agreed for both children. ICPC to be booked for 02/06/2014. "
     "Safety plan in place; Mr Mahmood bailed to his mother's address, so no stays at "
     "Hollybank Road for now.", "13/05/2014"),
    ("2014-05-20", "20/05/2014 11:00", "Hannah Whitmore", "Assessment & Intervention (South)",
     "Home Visit",
     "Joint visit with Sunita Rao (IDVA). Locks changed. Ms Akhtar up and dressed, house "
     "tidier, Nana (Ghulam Akhtar) sitting with Aleena.\n"
     "Mrs Zubeida Mahmood (PGM) rang the office while I was out; Asif Mahmood (PU) "
     "translated for her. She is upset about her son's arrest but said: \"The children come "
     "first. If Shazia needs help, I will have them any time.\" Explained that the children "
     "cannot stay at Hollybank Road while Imran is bailed there.", "21/05/2014"),
    ("2014-06-02", "02/06/2014 13:00", "Judith Okafor", "Children's Reviewing Service",
     "Initial Child Protection Conference",
     "ICPC held. Both children made subject to child protection plans: Tariq - neglect and "
     "emotional abuse; Aleena - neglect.\n"
     "Tariq's views were brought by his SW on his \"three houses\" drawing:\n"
     "House of worries: \"Abbu shouting\", \"Leenu crying and I can't stop her\".\n"
     "House of good things: \"cricket in the park with Chacha Asif and Bilal\", \"Dadi's "
     "parathas\", \"Star of the Week\".\n"
     "House of dreams: \"play cricket for Pakistan AND England\", \"Ammi gets better\".\n"
     "First core group 16/06/2014. Review conference 27/08/2014.", "03/06/2014"),
    ("2014-06-17", "17/06/2014 10:15", "Hannah Whitmore", "Assessment & Intervention (South)",
     "Referral to Other Agency",
     "Referral to Soarbridge Young Carers made and accepted (Bethany Hale). Tariq will "
     "join the Saturday group for 8-11 year olds and have some 1:1 time. Tariq asked if "
     "\"young carer\" means he is in trouble; explained it means people have noticed how "
     "much he does for his sister.", "17/06/2014"),
    ("2014-08-12", "12/08/2014 16:40", "Hannah Whitmore", "Assessment & Intervention (South)",
     "Statutory Visit (CP)",
     "Tariq back from the young carers' trip to Skegness with Bethany's group. He won the "
     "crazy golf and brought Aleena a stick of rock (\"for when she has teeth\").\n"
     "Home conditions good today. Ms Akhtar attending CMHT. Aleena's immunisations up to "
     "date (HV).", "13/08/2014"),
    ("2014-10-09", "09/10/2014 12:00", "Hannah Whitmore", "Assessment & Intervention (South)",
     "Court / Legal",
     "Mr Mahmood convicted today at Leicester Magistrates' Court of two counts of assault "
     "by beating (Ms Akhtar and Tariq). Sentence: 16 weeks suspended for 12 months, "
     "Building Better Relationships programme, restraining order protecting Ms Akhtar (2 "
     "years). He has moved to a flat at Quenby Court. Contact with the children only if "
     "supervised, at the Rowans Family Centre. Police ask that any sighting of his car "
     f"(silver Astra, {DAD_CAR}) near Brindle Close is reported to them.", "09/10/2014"),
    ("2014-11-21", "21/11/2014 23:55", "Ade Ogunleye", "Emergency Duty Team",
     "Emergency - Child Accommodated",
     "Tariq (8) rang 999 at 19:02 because he could not wake his mother. He gave the call "
     "handler his address and said his baby sister was with him and that \"Ammi took too "
     "many tablets\". Ambulance attended; Ms Akhtar taken to SRI then admitted to the "
     "Willowbrook Unit (informal).\n"
     "Ms Akhtar agreed (in ED, capacity not in doubt per the nurse) to the children going "
     "to their paternal grandmother. Mr Mahmood no longer lives there. Asif Mahmood "
     "collected the children in his car (private hire, FP62 HVA) at 20:40.\n"
     "EDT visit to 27 Hollybank Road 23:10: warm, clean, beds made up, Aleena asleep, Tariq "
     "awake with his Dadi \"waiting to know if Ammi is alive\". Told him she is in hospital "
     "and safe. Section 20. Reg 24 temporary approval to be done by Fostering & Kinship "
     "Monday.", "22/11/2014"),
    ("2014-11-24", "24/11/2014 14:00", "Parminder Sandhu", "Fostering & Kinship",
     "Reg 24 Assessment Visit",
     "Visit to Mrs Zubeida Mahmood with a Talkwell interpreter (Rubina Qureshi, Pothwari). "
     "Home checks done: 3 bed terrace, owned, smoke alarms fitted today by Asif, stair gate "
     "borrowed from next door. Tariq and Aleena in the front bedroom, Mrs Mahmood in the "
     "back, the box room for homework.\n"
     "DBS applications: Mrs Mahmood; Asif Mahmood (next door, 25 Hollybank Road, frequent "
     "visitor and help); Nasreen Mahmood. Father not to visit the house when the children "
     "are there - Mrs Mahmood agreed and signed the safe care agreement.\n"
     "Temporary approval under Reg 24 given by the Agency Decision Maker today.",
     "25/11/2014"),
    ("2014-12-03", "03/12/2014 15:00", "Judith Okafor", "Children's Reviewing Service",
     "CLA Review",
     "First looked after review, at Dadi's house, interpreter present. Ms Akhtar joined by "
     "phone from the ward. Tariq said: \"I like it at Dadi's. I don't have to do the bottles "
     "because Chachi comes.\"\n"
     "Plan: s20 continues; Form C assessment of Mrs Mahmood; family time with mother twice "
     "a week (supervised while she is unwell), with father fortnightly at the Rowans "
     "Family Centre if the children want it.", "04/12/2014"),
    ("2015-01-15", "15/01/2015 11:00", "Judith Okafor", "Children's Reviewing Service",
     "Review Child Protection Conference",
     "CP plans ended for both children: they are now looked after and safe with their "
     "grandmother, and the risks are managed through the care plan. Ms Akhtar (home since "
     "29/12/2014) attended with Sunita Rao. Tariq drew a picture of Dadi's kitchen for the "
     "conference.", "15/01/2015"),
    ("2015-03-17", "17/03/2015 17:30", "Hannah Whitmore", "Assessment & Intervention (South)",
     "Statutory Visit (CLA)",
     "Tariq's 9th birthday. Dadi made biryani and a cake shaped like a cricket bat, Chacha "
     "Asif gave him a Pakistan shirt, Ammi came with Khala Farzana. Tariq: \"This is the "
     "best birthday. Everybody came and nobody shouted.\"", "18/03/2015"),
    ("2015-06-10", "10/06/2015 16:20", "Parminder Sandhu", "Fostering & Kinship",
     "Fostering Panel",
     "Form C connected person assessment presented to Fostering Panel. Panel recommended "
     "approval of Mrs Zubeida Mahmood as a connected person foster carer for Tariq and "
     f"Aleena; ADM agreed 12/06/2015. Approval ref {KINSHIP_REF}. Panel thanked the "
     "interpreter and noted Mrs Mahmood's \"obvious love for the children\".", "11/06/2015"),
    ("2015-09-29", "29/09/2015 15:45", "Hannah Whitmore", "Assessment & Intervention (South)",
     "Family Time",
     "Ms Akhtar arrived at family time with a new partner, Wayne Sutton, who drove her in a "
     f"white van ({WAYNE_VAN}). He waited outside. Ms Akhtar says they met in the summer. "
     "Checks requested (PNC/LCS). Tariq asked \"is he Ammi's boyfriend?\" and then ignored "
     "him.", "30/09/2015"),
    ("2015-11-11", "11/11/2015 14:00", "Judith Okafor", "Children's Reviewing Service",
     "CLA Review",
     "Permanence: all agree that Tariq and Aleena should stay with Mrs Mahmood long-term. "
     "SGO recommended; Mrs Mahmood wishes to apply and will be supported. Ms Akhtar agrees. "
     "Mr Mahmood (by letter) objects: \"my mother cannot read the forms\" - IRO noted the "
     "family's plan for Asif to help with paperwork.", "12/11/2015"),
    ("2016-03-01", "01/03/2016 16:15", "Parminder Sandhu", "Fostering & Kinship",
     "SGO Assessment - Child Seen Alone",
     "Saw Tariq alone in the box room after the interpreted session with his Dadi. Asked "
     "what he wants: \"I want to stay with Dadi forever. She makes the best parathas in "
     "Leicester and she never shouts.\" Explained SGO. He asked whether Dadi would be \"in "
     "charge, not the council\" and whether he can tell the judge himself.", "02/03/2016"),
    ("2016-04-22", "22/04/2016 17:00", "Parminder Sandhu", "Fostering & Kinship",
     "Court / Legal",
     "Special Guardianship report filed and served (case no. LE16C00421). Recommendation: "
     "SGO to Mrs Mahmood for both children with a support plan.", "22/04/2016"),
    ("2016-05-16", "16/05/2016 18:30", "Hannah Whitmore", "Assessment & Intervention (South)",
     "Statutory Visit (CLA)",
     "Tariq has joined Spinney Vale Cricket Club (under-11s). Coach Naveed Iqbal told "
     "Chacha Asif he is \"the best young leg spinner I've seen in years\". Tariq showed me "
     "his new whites, which Dadi had taken up with her sewing machine.", "17/05/2016"),
    ("2016-07-14", "14/07/2016 16:00", "Hannah Whitmore", "Assessment & Intervention (South)",
     "Court / Legal",
     "Special Guardianship Order made today at the Family Court at Leicester (District "
     "Judge Farrell) to Mrs Zubeida Begum Mahmood for Tariq and Aleena. Children's "
     "Guardian Margaret Hurst (Cafcass) supported it. Tariq met the judge before the "
     "hearing and told her about cricket; she told him she bowls \"very badly\". Dadi "
     "cried and thanked Rubina and me.", "15/07/2016"),
    ("2016-07-28", "28/07/2016 12:00", "Hannah Whitmore", "Assessment & Intervention (South)",
     "Case Closure",
     "Looked after status ended with the SGO. Case transferred to the Special "
     "Guardianship Support team (SGO allowance, annual review, support group). Goodbye "
     "visit: Tariq gave me a drawing of him bowling at Lord's \"so you remember me\".",
     "28/07/2016"),
    ("2018-06-23", "23/06/2018 10:00", "Kelly Ainsworth", "Special Guardianship Support",
     "SGO Annual Review",
     "Annual review at home, Talkwell interpreter. Tariq (12) has finished Year 7 at "
     "Evington Vale Academy: top set maths, \"Maths Student of the Year\" for Year 7. He "
     "was named Spinney Vale under-13s Player of the Season. Dadi's knees worse; Asif and "
     "Nasreen help daily. No concerns.", "25/06/2018"),
    ("2019-09-04", "04/09/2019 15:00", "Kelly Ainsworth", "Special Guardianship Support",
     "Telephone",
     "Ms Akhtar rang to say she had a baby girl, Maisie, in August with Wayne Sutton, and "
     "would like Tariq and Aleena to meet her. Passed to Mrs Mahmood via Asif. Tariq met "
     "his half-sister at his mum's flat on Saturday and \"held her for ages\" (Asif).",
     "04/09/2019"),
    ("2020-01-22", "22/01/2020 11:40", "Kelly Ainsworth", "Special Guardianship Support",
     "Telephone",
     "Asif rang for his mother. He, Nasreen, Bilal and Hamza have moved into 27 Hollybank "
     "Road after losing the tenancy next door. Seven people in three bedrooms; Tariq (13) "
     "sleeping on the sofa \"for now\". Mrs Mahmood worried about arguments between Tariq "
     "and Asif over the X-box and curfews. Offered a home visit and help with a housing "
     "application for Asif's family.", "22/01/2020"),
    ("2020-06-20", "20/06/2020 21:35", "Priya Nair", "Emergency Duty Team",
     "Emergency - Child Accommodated",
     "Tariq (14) walked into Spinney Hill police station at 19:50 and said he would not go "
     "home because his uncle, Asif Mahmood, had hit him with a belt after an argument about "
     "him coming in late. Red welts to his back and left arm, photographed by police. "
     "Strategy discussion by phone with police (21:00): s47 (physical abuse), Mr Asif "
     "Mahmood to be interviewed. Mrs Mahmood told EDT via Asif's wife that Tariq \"cannot "
     "come home tonight, there will be more fighting\".\n"
     "Tariq accommodated under s20 with Mrs Mahmood's agreement (special guardian). "
     f"Emergency placement at {BROOK_HOUSE} (council children's home). Tariq's "
     f"mobile {SUBJECT_PHONE_2020}.", "21/06/2020"),
    ("2020-06-22", "22/06/2020 16:30", "Daniel Reeve", "Children in Care Team",
     "Home Visit",
     "Visit to Mrs Mahmood with Rubina Qureshi (Talkwell). Mrs Mahmood very distressed: \"I "
     "love him more than my life but I cannot keep him safe in this house. Asif and Tariq "
     "will kill each other.\" She does not want the SGO discharged and wants Tariq home when "
     "things change. Asif has been interviewed by police and admits hitting Tariq; he says "
     "he \"lost it\". Police: NFA with words of advice; s47 outcome substantiated.",
     "23/06/2020"),
    ("2020-07-01", "01/07/2020 15:00", "Judith Okafor", "Children's Reviewing Service",
     "CLA Review",
     "First review at Brook House. Tariq: \"I'm not going back while Chacha's there. But I "
     "want to go back to Dadi. Both.\" Keyworker Marcus Bell says Tariq has settled, "
     "cooks for the house, and plays cricket in the yard with Jayden Cole (another young "
     "person). Plan: Family Group Conference; PEP; cricket to continue.", "02/07/2020"),
    ("2020-10-14", "14/10/2020 17:10", "Daniel Reeve", "Children in Care Team",
     "Education",
     "PEP meeting at Evington Vale Academy with Mrs Patel, Louise Brennan (Virtual School) "
     "and Marcus Bell. Tariq got a grade 7 in GCSE Urdu sat early and is predicted top "
     "grades in maths. See PEP on file.", "15/10/2020"),
    ("2020-11-10", "10/11/2020 19:45", "Daniel Reeve", "Children in Care Team",
     "Family Group Conference",
     "FGC at the community room of Masjid Ar-Rahma, coordinator Yasmin Bhatti (FGC "
     "service), interpreter present. Family there: Dadi, Asif and Nasreen, Nana, Khala "
     "Farzana, Phupho Rukhsana (from Birmingham), Ms Akhtar. Tariq came for the last part.\n"
     "Family plan: Asif's family to move to a council house in Humberstone (offer accepted, "
     "keys 07/12); Tariq home to Dadi's for the Christmas holidays and to stay; Asif "
     "apologised to Tariq in front of everyone; Nana and Khala to have Tariq alternate "
     "weekends if he wants.", "11/11/2020"),
    ("2020-12-19", "19/12/2020 13:00", "Daniel Reeve", "Children in Care Team",
     "Placement End",
     "Tariq went home to his Dadi's today. Section 20 ended. Brook House had a leaving "
     "tea; Marcus gave him a cookbook and Jayden gave him a cricket ball signed by the "
     "house. Case to be closed to CiC and back to SGO support.", "21/12/2020"),
    ("2021-10-18", "18/10/2021 22:10", "Priya Nair", "Emergency Duty Team",
     "Police Notification",
     "Tariq (15) arrested at 17:50 for shop theft at Kwikbuy Express, Coleman Parade, with "
     "another boy (Kai Brooks). Arresting officer PC Ryan Tomlinson. Appropriate adult: "
     "uncle Asif Mahmood. Released under investigation 21:30. Passed to YOS and SGO "
     "support.", "19/10/2021"),
    ("2021-11-24", "24/11/2021 15:20", "Sajid Hussain", "Youth Offending Service",
     "Court Outcome",
     "Leicester Youth Court: guilty plea to theft from a shop. Referral order, 6 months. "
     "No costs (his Dadi asked to pay compensation; the court ordered none). Initial "
     "panel booked for 09/12/2021 with an Urdu/Pothwari interpreter.", "24/11/2021"),
    ("2021-12-09", "09/12/2021 18:30", "Sajid Hussain", "Youth Offending Service",
     "Panel Meeting",
     "Initial referral order panel held. Contract signed: 20 hours reparation at the "
     "Ar-Rahma Community Kitchen, letters of apology, six sessions with me, school, "
     "cricket coaching. See panel report.", "10/12/2021"),
    ("2022-01-13", "13/01/2022 15:00", "Tom Barker", "Youth Offending Service",
     "Reparation",
     "First reparation session at the Ar-Rahma Community Kitchen (Thursday lunch club). "
     "Tariq peeled and chopped 10 kilos of onions \"without a single complaint\" (Mrs Rafiq) "
     "and then served 40 older people. Asked if he could come on Saturdays as well.",
     "13/01/2022"),
    ("2022-02-14", "14/02/2022 12:30", "Nicola Grant", "Youth Offending Service",
     "Victim Contact",
     "Delivered Tariq's letters of apology to Mr Parmar and Mrs Stapleton at the shop. Mr "
     "Parmar read it twice and said it was \"better than most adults could write\". He will "
     "write back.", "14/02/2022"),
    ("2022-06-09", "09/06/2022 18:00", "Sajid Hussain", "Youth Offending Service",
     "Panel Meeting",
     "Final panel. Order completed successfully: 24 hours of reparation done (four more "
     "than required). Tariq got his certificate. Case closed to YOS.", "10/06/2022"),
    ("2022-08-25", "25/08/2022 13:15", "Kelly Ainsworth", "Special Guardianship Support",
     "Telephone",
     "Tariq rang me himself with his GCSE results: Maths 9, Further Maths (Level 2) "
     "distinction, Urdu 7 (sat early), Computer Science 8, Combined Science 7-7, English "
     "Language 6, Geography 6, RE 6. \"Dadi is giving out mithai to the whole street.\" "
     "Starting at Regent Vale Sixth Form College in September.", "25/08/2022"),
    ("2022-09-27", "27/09/2022 17:45", "Daniel Reeve", "Children in Care Team",
     "Contact / Referral",
     "Case reopened. Mrs Mahmood had a stroke at home on 25/09/2022; Tariq found her and "
     "called the ambulance. She is on the stroke ward at SRI with left-sided weakness and "
     "her speech is affected. Aleena (9) has gone to Phupho Rukhsana in Birmingham; Tariq "
     "(16) is staying with Nana and Khala Farzana in Oadby for now (Khala's mobile "
     f"+44 {KHALA_MOBILE[1:]}). Tariq very quiet, going to college every day. Ive told "
     "him none of this is his fault.", "28/09/2022"),
    ("2022-10-20", "20/10/2022 14:00", "Daniel Reeve", "Children in Care Team",
     "Strategy / Planning",
     "Mrs Mahmood discharged to live with her daughter, Mrs Rukhsana Hussain, at "
     f"{PHUPHO_HOME}, Birmingham. Aleena is staying there too and has a school place. "
     "Tariq does not want to move to Birmingham (college, cricket, friends); Khala cannot "
     "keep him long-term because Nana is unwell. Tariq agrees to be accommodated under s20. "
     "Referral to Supported Lodgings (Next Steps).", "21/10/2022"),
    ("2022-11-07", "07/11/2022 18:00", "Joanne Pickering", "Next Steps (Leaving Care)",
     "Placement Start",
     "Tariq moved into supported lodgings with Mrs Rehana Siddiqui and Mr Javed Siddiqui "
     f"at {HOST_HOME}, Birstall ({HOST_POSTCODE}). Uncle Javed collected his things from "
     f"Oadby in his car ({HOST_CAR}). Their son Zain (19) showed him round. First PA "
     "visit: Tariq said \"it's nice, it smells like someone's house, not a home\".",
     "08/11/2022"),
    ("2023-03-17", "17/03/2023 19:00", "Joanne Pickering", "Next Steps (Leaving Care)",
     "Visit",
     "Tariq's 17th birthday. Auntie Rehana made a cake and Tariq's cricket friends came. "
     "He video-called Dadi, who sang happy birthday in Punjabi with her \"good side\".",
     "20/03/2023"),
    ("2023-05-15", "15/05/2023 18:30", "Joanne Pickering", "Next Steps (Leaving Care)",
     "Pathway Plan",
     "First pathway plan written with Tariq at the Siddiquis'. Saved to documents. "
     "Tariq: \"Put in that I want to be an accountant. And that I'm not a care kid, I'm "
     "a Leicester kid.\"", "16/05/2023"),
    ("2023-08-19", "19/08/2023 21:00", "Joanne Pickering", "Next Steps (Leaving Care)",
     "Telephone",
     "Tariq rang from Birmingham: Mehwish Baji's wedding was \"massive\", he cooked for the "
     "mehndi with his Chachi and Phupho, and danced with Dadi in her wheelchair.",
     "21/08/2023"),
    ("2024-02-26", "26/02/2024 17:00", "Joanne Pickering", "Next Steps (Leaving Care)",
     "Pathway Plan Review",
     "Pathway plan reviewed. UCAS offers: four, firm choice to study Accounting and "
     "Finance in Leicester from September. Supported lodgings confirmed to 31/07/2024. "
     "Housing: a one-bed council flat offered at Kingfisher House, viewing next week.",
     "27/02/2024"),
    ("2024-03-17", "17/03/2024 20:30", "Joanne Pickering", "Next Steps (Leaving Care)",
     "Visit",
     "Tariq's 18th birthday. Dadi came from Birmingham with Phupho and Aleena for a meal "
     "at the Siddiquis'. Tariq is now a former relevant child: PA support continues to 25. "
     "He said: \"Eighteen and nobody can take me into care again. Joke. Thanks, Jo.\"",
     "18/03/2024"),
    ("2024-07-22", "22/07/2024 15:30", "Joanne Pickering", "Next Steps (Leaving Care)",
     "Accommodation",
     f"Tariq moved into his own flat: {SUBJECT_FLAT}. Setting Up Home Allowance "
     "spent on a bed, a sofa, pans and a karahi (\"essential\"). Uncle Javed and Zain "
     "helped with the van. His neighbour at Flat 11, Kingfisher House, Mrs Dorothy Eames, "
     "brought round a plant and a card.", "23/07/2024"),
    ("2024-08-15", "15/08/2024 10:20", "Joanne Pickering", "Next Steps (Leaving Care)",
     "Education",
     "A-level results: Maths A*, Further Maths A, Economics B. University place confirmed "
     "(Accounting and Finance). Care leaver bursary applied for. Tariq: \"Tell Dadi first. "
     "Then tell Mrs Patel.\"", "15/08/2024"),
    ("2024-09-23", "23/09/2024 16:00", "Joanne Pickering", "Next Steps (Leaving Care)",
     "Education",
     "Tariq started university today. He has joined the university cricket club and is "
     "still coaching the Spinney Vale under-9s on Saturdays.", "23/09/2024"),
)


def build_notes(corpus: Corpus) -> None:
    """Write the case notes as Liquidlogic exports them (CRLF rows, LF inside notes)."""
    rows = [NOTES_HEADER, *(row[1:] for row in NOTES)]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(rows)
    (CASE_DIR / NOTES_CSV).write_text(buffer.getvalue(), encoding="utf-8", newline="")
    with (CASE_DIR / NOTES_CSV).open(encoding="utf-8", newline="") as handle:
        assert [tuple(row) for row in csv.reader(handle)] == [tuple(r) for r in rows]
    corpus.add(NOTES_CSV, *(" ".join(row) for row in rows))
    for iso, *row in NOTES:
        corpus.note(NOTES_CSV, iso, " ".join(row))


# --------------------------------------------------------------------------------------------
# Supported lodgings host's monthly log (TXT), November 2022 to July 2024
# --------------------------------------------------------------------------------------------

LOG_HEADER = (
    "SOARBRIDGE SUPPORTED LODGINGS SCHEME - HOST MONTHLY LOG",
    f"Host(s):      Rehana Siddiqui (and Javed Siddiqui)   {HOST_EMAIL}",
    f"Address:      {HOST_HOME}, Birstall, Leicester {HOST_POSTCODE}",
    f"Young person: Tariq MAHMOOD   DOB {SUBJECT_DOB}   LCS {SUBJECT_ID}",
    "PA:           Joanne Pickering (Next Steps)   Scheme worker: Carol Fenn",
    "Please fill in at the end of each month and e-mail to the scheme worker.",
)


@dataclass(frozen=True)
class LogEntry:
    """One month of the host's log."""

    iso: str  # the first of the month
    month: str
    completed: str
    body: tuple[str, ...]


LOG_ENTRIES: tuple[LogEntry, ...] = (
    LogEntry("2022-11-01", "November 2022 (from Mon 7th)", "30/11/2022", (
        "Settling in: Tariq arrived on the 7th with Javed, who fetched his things from his "
        "Nana's in Oadby. Very quiet the first week, stayed in his room, ate very little. "
        "By the second week he was in the kitchen asking what I was making and now he "
        "helps every night. He calls me Auntie Rehana and Javed Uncle. Our son Zain (19) "
        "has taken him to the gym twice.",
        "College: goes every day on the bus, never late. Homework at the dining table.",
        "Family: rings his Dadi every night after Isha. Went to see her in Birmingham on "
        "Sunday 20th at his Phupho's house. He said it was hard seeing her in the chair, "
        "she cried when he left. His mum rang twice.",
        "Health/money: needs a dentist. Allowance given every Friday, signed for.",
    )),
    LogEntry("2022-12-01", "December 2022", "02/01/2023", (
        "Tariq spent the 24th and 25th at his mums flat. Her partner Wayne dropped him "
        "back in his van on Boxing Day, he seemed ok, stayed in the van and gave me his "
        f"number ({WAYNE_MOBILE}) in case. Tariq said Maisie cried when he left.",
        "Bought him a proper winter coat (receipt attached) - he was going to college in "
        "a hoodie in minus 4.",
        "Revising for mocks in January. No concerns.",
    )),
    LogEntry("2023-01-01", "January 2023", "31/01/2023", (
        "Mocks: he got an A* in the maths mock and told us at dinner like it was nothing, "
        "definately proud though, "
        "Javed had to drag it out of him. Indoor nets every Tuesday at Spinney Vale, his "
        "coach Naveed rang to check he was coming now he lives in Birstall, Javed drops "
        "him. His friend Yusuf came for tea and they did maths for 3 hours (!!).",
    )),
    LogEntry("2023-02-01", "February 2023", "28/02/2023", (
        "A bit of a low month. Dadi had a hospital check up and the news was not good "
        "about her walking, he went very quiet. On the 17th he came in at 11.30pm "
        "without texting and we had words. Next morning he apologised and made me chai, "
        "which he makes better than me. Sorted.",
        "Health assessment with Sharon Pike at the clinic. He needs glasses.",
        "Also this month our next door neighbour Mrs Patricia Booth at 10 Elmtree Walk "
        "complained about a cricket ball in her garden (through the greenhouse roof!). "
        "Tariq went round himself to say sorry and paid for the glass out of his umpiring "
        "money. She has since given him a lemon drizzle cake so all is forgiven.",
    )),
    LogEntry("2023-03-01", "March 2023", "31/03/2023", (
        "17th birthday on the 17th, I made a cake and his cricket friends came round, "
        "video call to Dadi who sang to him. Ramadan started on the 23rd. He is fasting "
        "with us, gets up for suhoor at 4.30 with no complaining, more than I can say "
        "for Zain.",
    )),
    LogEntry("2023-04-01", "April 2023", "30/04/2023", (
        "Eid on the 21st. He went to Eid prayers with Javed and Zain and then on the "
        "train to Birmingham to his Dadi, she gave him Eidi and he gave her a shawl he "
        "bought with his own money.",
        "On Eid his father sent him a message on Instagram (Eid Mubarak, I miss you son). "
        "Tariq showed me and did not answer. He was very quiet all evening. Told Jo.",
    )),
    LogEntry("2023-05-01", "May 2023", "31/05/2023", (
        "Pathway plan meeting here on the 15th with Jo, he did most of the talking. "
        "Cricket season started, he is in the first XI now and coaches the little ones "
        "on Saturday mornings. Kit washing is a full time job.",
    )),
    LogEntry("2023-06-01", "June 2023", "30/06/2023", (
        "Big news - on Saturday 17th he scored 102 not out for the first XI, his first "
        "hundred. Javed and Zain were there and Javed videoed the whole last over. "
        "Tariq rang his Dadi from the pavilion. His coach Mr Iqbal put it on the club "
        "Facebook page. We had a takeaway to celebrate.",
    )),
    LogEntry("2023-08-01", "July and August 2023", "31/08/2023", (
        "Two uni open days with Jo in July. Mehwish's wedding in Birmingham on 19th August, "
        "he stayed at his Phupho's for 4 nights and cooked for the mehndi with his aunties. "
        "Came back with henna on his hand and a lot of photos of Dadi dancing in her "
        "wheelchair.",
    )),
    LogEntry("2023-09-01", "September 2023", "30/09/2023", (
        "Year 13 started. Zain has gone to uni in Nottingham so the house is quiet, Tariq "
        "misses him more than he says. Housing register form done with Jo. Started "
        "driving lessons, Javed takes him out in the car on Sundays "
        f"({HOST_CAR}) - insured as a named learner.",
    )),
    LogEntry("2023-11-01", "October and November 2023", "30/11/2023", (
        "UCAS application sent. Passed his driving theory test first time. His mum came "
        "for tea here with Maisie, first time she has visited, she thanked us and cried "
        f"a bit. She gave me her new number ({MUM_MOBILE}) in case we need her.",
    )),
    LogEntry("2024-02-01", "December 2023 to February 2024", "29/02/2024", (
        "Sorry this is late, I had my operation in January. Tariq cooked for the family "
        "for two weeks while I was laid up, every night, and kept his revision going. "
        "Four uni offers. Viewed a flat at Kingfisher House with Jo, he liked it.",
    )),
    LogEntry("2024-03-01", "March 2024", "31/03/2024", (
        "His 18th was on the 17th, in Ramadan, so we did a big iftar. Tariq made "
        "most of the food himself. His Dadi came from Birmingham with his Phupho Rukhsana "
        "and Aleena, first time Dadi has been in our house. She held my hands and said "
        "in Punjabi, you kept my boy safe. I am not ashamed to say we all cried.",
    )),
    LogEntry("2024-07-01", "April to July 2024", "31/07/2024", (
        "Exams finished 21st June, he thinks maths went well. Moved to his flat on the "
        "22nd July. Javed and Zain took everything in the van. He left us a card: This "
        "was the first house where I never had to worry about anyone. Thank you for "
        "making me feel like family. Final log - it has been an honour.",
    )),
)


def wrap_month(entry: LogEntry) -> list[str]:
    """The lines of one month of the log, wrapped at 72 columns as the host typed them."""
    head = f"MONTH: {entry.month:<38} Completed by: Rehana  {entry.completed}"
    lines = [head, "-" * 72]
    for paragraph in entry.body:
        lines += textwrap.wrap(paragraph, width=72, break_on_hyphens=False)
        lines.append("")
    return lines


def build_log(corpus: Corpus) -> None:
    """Write the host's monthly log (LF, wrapped at 72 columns)."""
    rule = "=" * 72
    lines = [rule, *LOG_HEADER, rule, ""]
    for entry in LOG_ENTRIES:
        month_lines = wrap_month(entry)
        lines += month_lines
        corpus.note(LOG_TXT, entry.iso, "\n".join(month_lines))
    lines += [rule, "End of log. Returned to the scheme 02/08/2024.", rule]
    text = "\n".join(lines) + "\n"
    (CASE_DIR / LOG_TXT).write_text(text, encoding="utf-8", newline="\n")
    corpus.add(LOG_TXT, text)


# --------------------------------------------------------------------------------------------
# case.toml and ground truth
# --------------------------------------------------------------------------------------------

SUBJECT_ALIASES = ("Tariq", "Taz", "Tari", "Tariq MAHMOOD")

PEOPLE: tuple[Person, ...] = (
    Person("Zubeida Begum Mahmood", ("Mrs Mahmood", "Zubeida Mahmood"), "redact",
           "asked on 2026-10-12: she does not want her health and finances disclosed",
           relationship="paternal grandmother (special guardian)"),
    Person("Imran Mahmood", ("Imran", "Mr Mahmood"), "redact", "not asked: risk to the "
           "requester (restraining order history)", relationship="father"),
    Person("Shazia Akhtar", ("Shazia", "Ms Akhtar"), "redact",
           "no reply to the consent request of 2026-10-12", relationship="mother"),
    Person("Asif Mahmood", ("Asif", "Chacha Asif"), "redact", "no consent",
           relationship="paternal uncle"),
    Person("Aleena Mahmood", ("Aleena", "Leenu"), "redact", "a child; her own records",
           relationship="sister"),
    Person("Joanne Pickering", ("Jo",), "disclose", "acting as his personal adviser",
           role="personal adviser"),
    Person("Daniel Reeve", (), "disclose", "acting as his social worker",
           role="social worker"),
    Person("Rubina Qureshi", ("Rubina",), "disclose",
           "acting as the council's interpreter (a professional)", role="interpreter"),
)


def case_toml() -> str:
    """The text of this case's CASE.toml in the DESIGN.md format."""
    lines = ["# Case file for a held-out fictional sample case in this folder (see",
             "# ../README.md). Everyone named here is invented.", "",
             "[subject]", f"name = {toml_str(SUBJECT)}",
             f"aliases = [{', '.join(toml_str(a) for a in SUBJECT_ALIASES)}]",
             'date_of_birth = "2006-03-17"', "",
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


DADI, DADA, DAD, MUM = ("Zubeida Begum Mahmood", "Mohammed Mahmood", "Imran Mahmood",
                        "Shazia Akhtar")
ALEENA, MAISIE, WAYNE = "Aleena Mahmood", "Maisie", "Wayne Sutton"
ASIF, NASREEN, BILAL, HAMZA = ("Asif Mahmood", "Nasreen Mahmood", "Bilal Mahmood",
                               "Hamza Mahmood")
RUKHSANA, TAHIR, MEHWISH, USMAN = ("Rukhsana Hussain", "Tahir Hussain", "Mehwish Hussain",
                                "Usman Hussain")
NANA, KHALA = "Ghulam Akhtar", "Farzana Akhtar"
PARDOE, SIDHU, EAMES, BOOTH = ("Joyce Pardoe", "Balwinder Sidhu", "Dorothy Eames",
                               "Patricia Booth")
YUSUF, OLLIE, KAI, JAYDEN = "Yusuf Patel", "Ollie Marsden", "Kai Brooks", "Jayden Cole"
NAVEED, RAUF = "Naveed Iqbal", "Abdul Rauf"
PARMAR, STAPLETON = "Dilip Parmar", "Karen Stapleton"
REHANA, JAVED, ZAIN = "Rehana Siddiqui", "Javed Siddiqui", "Zain Siddiqui"
KETTLE, CROWTHER, TOMLINSON = "Sarah Kettle", "Daniel Crowther", "Ryan Tomlinson"
ELLWOOD, BAINS, RAFIQ = "Janet Ellwood", "Harjit Bains", "Shabana Rafiq"

REDACT: tuple[tuple[str, str, str], ...] = (
    # Dadi: paternal grandmother, connected person foster carer, then special guardian
    ("Zubeida Begum Mahmood", "person", DADI),
    ("Mrs Zubeida Begum Mahmood", "person", DADI),
    ("Mrs Zubeida Begum MAHMOOD", "person", DADI),
    ("ZUBEIDA BEGUM MAHMOOD", "person", DADI),
    ("Mrs Zubeida Mahmood", "person", DADI),
    ("Zubeida Mahmood", "person", DADI),
    ("Mrs Mahmood", "person", DADI),
    ("Mrs Mahmood's", "person", DADI),
    ("Mrs Z Mahmood", "person", DADI),
    ("Mrs Z. Mahmood", "person", DADI),
    ("12/06/1955", "dob", DADI),
    ("12.06.1955", "dob", DADI),
    ("27 Hollybank Road", "address", DADI),
    ("Hollybank Road", "address", DADI),
    (DADI_POSTCODE, "postcode", DADI),
    (DADI_LANDLINE, "phone", DADI),
    (DADI_NHS, "nhs", DADI),
    (DADI_NI, "ni", DADI),
    (KINSHIP_REF, "case_ref", DADI),
    # Dada, who died in 2011
    ("MOHAMMED MAHMOOD", "person", DADA),
    ("Mohammed Mahmood", "person", DADA),
    # Father
    ("Imran Mahmood", "person", DAD),
    ("IMRAN MAHMOOD", "person", DAD),
    ("Imran MAHMOOD", "person", DAD),
    ("Imran", "person", DAD),
    ("Mr Mahmood", "person", DAD),
    ("Mr Mahmood's", "person", DAD),
    ("Immy", "person", DAD),
    ("04/09/1982", "dob", DAD),
    (DAD_FLAT, "address", DAD),
    ("Quenby Court", "address", DAD),
    (DAD_POSTCODE, "postcode", DAD),
    (DAD_MOBILE, "phone", DAD),
    (DAD_CAR, "vehicle", DAD),
    ("FN09KXT", "vehicle", DAD),
    (DAD_CRIME_REF, "case_ref", DAD),
    # Mother, and the family home she and the father rented until 2014
    ("Shazia Akhtar", "person", MUM),
    ("SHAZIA AKHTAR", "person", MUM),
    ("Shazia AKHTAR", "person", MUM),
    ("Shazia Mahmood", "person", MUM),
    ("Shazia", "person", MUM),
    ("Ms Akhtar", "person", MUM),
    ("Ms Akhtar's", "person", MUM),
    ("21/11/1986", "dob", MUM),
    (MUM_FLAT, "address", MUM),
    (MUM_POSTCODE, "postcode", MUM),
    (MUM_MOBILE_2014, "phone", MUM),
    (MUM_MOBILE, "phone", MUM),
    (MUM_EMAIL, "email", MUM),
    (FAMILY_HOME, "address", MUM),
    ("Brindle Close", "address", MUM),
    (FAMILY_POSTCODE, "postcode", MUM),
    # Mother's partner and their daughter
    ("Wayne Sutton", "person", WAYNE),
    ("WAYNE SUTTON", "person", WAYNE),
    ("Wayne", "person", WAYNE),
    ("09/05/1984", "dob", WAYNE),
    (WAYNE_VAN, "vehicle", WAYNE),
    (WAYNE_MOBILE, "phone", WAYNE),
    ("Maisie", "person", MAISIE),
    # Sister
    ("Aleena Mahmood", "person", ALEENA),
    ("ALEENA MAHMOOD", "person", ALEENA),
    ("Aleena MAHMOOD", "person", ALEENA),
    ("Aleena", "person", ALEENA),
    ("Aleena's", "person", ALEENA),
    ("Leenu", "person", ALEENA),
    ("02/02/2013", "dob", ALEENA),
    ("2nd February 2013", "dob", ALEENA),
    (ALEENA_ID, "case_ref", ALEENA),
    (ALEENA_NHS, "nhs", ALEENA),
    # Chacha Asif, his wife and sons (next door, then in Dadi's house)
    ("Asif Mahmood", "person", ASIF),
    ("ASIF MAHMOOD", "person", ASIF),
    ("Mr Asif Mahmood", "person", ASIF),
    ("Asif", "person", ASIF),
    ("Asif's", "person", ASIF),
    ("Chacha Asif", "person", ASIF),
    ("Asif Chacha", "person", ASIF),
    ("23/01/1988", "dob", ASIF),
    (ASIF_HOME, "address", ASIF),
    (ASIF_MOBILE, "phone", ASIF),
    (ASIF_TAXI, "vehicle", ASIF),
    ("Nasreen Mahmood", "person", NASREEN),
    ("NASREEN MAHMOOD", "person", NASREEN),
    ("Nasreen", "person", NASREEN),
    ("BILAL MAHMOOD", "person", BILAL),
    ("Bilal", "person", BILAL),
    ("14/06/2009", "dob", BILAL),
    ("HAMZA MAHMOOD", "person", HAMZA),
    ("Hamza", "person", HAMZA),
    ("30/10/2011", "dob", HAMZA),
    # Phupho's family in Birmingham, where Dadi lives after her stroke
    ("Rukhsana Hussain", "person", RUKHSANA),
    ("Mrs Rukhsana Hussain", "person", RUKHSANA),
    ("RUKHSANA HUSSAIN", "person", RUKHSANA),
    ("Rukhsana", "person", RUKHSANA),
    ("Phupho Rukhsana", "person", RUKHSANA),
    ("03/03/1978", "dob", RUKHSANA),
    (PHUPHO_HOME, "address", RUKHSANA),
    (PHUPHO_POSTCODE, "postcode", RUKHSANA),
    (PHUPHO_LANDLINE, "phone", RUKHSANA),
    ("TAHIR HUSSAIN", "person", TAHIR),
    ("Tahir", "person", TAHIR),
    ("Phupha Tahir", "person", TAHIR),
    ("MEHWISH HUSSAIN", "person", MEHWISH),
    ("Mehwish", "person", MEHWISH),
    ("Mehwish Baji", "person", MEHWISH),
    ("Mehwish's", "person", MEHWISH),
    ("USMAN HUSSAIN", "person", USMAN),
    ("Usman", "person", USMAN),
    # Nana and Khala in Oadby
    ("Ghulam Akhtar", "person", NANA),
    ("GHULAM AKHTAR", "person", NANA),
    (NANA_HOME, "address", NANA),
    (NANA_POSTCODE, "postcode", NANA),
    ("Farzana Akhtar", "person", KHALA),
    ("FARZANA AKHTAR", "person", KHALA),
    ("Ms Farzana Akhtar", "person", KHALA),
    ("Farzana", "person", KHALA),
    ("Khala Farzana", "person", KHALA),
    (KHALA_MOBILE, "phone", KHALA),
    (f"+44 {KHALA_MOBILE[1:]}", "phone", KHALA),
    # Neighbours
    ("Mrs Joyce Pardoe", "person", PARDOE),
    ("Joyce Pardoe", "person", PARDOE),
    ("Mrs Pardoe", "person", PARDOE),
    ("Mrs Pardoe's", "person", PARDOE),
    ("16 Brindle Close", "address", PARDOE),
    (PARDOE_PHONE, "phone", PARDOE),
    ("Mr Balwinder Sidhu", "person", SIDHU),
    ("Balwinder Sidhu", "person", SIDHU),
    ("Mr Sidhu", "person", SIDHU),
    ("29 Hollybank Road", "address", SIDHU),
    ("Mrs Dorothy Eames", "person", EAMES),
    ("Dorothy Eames", "person", EAMES),
    ("Flat 11, Kingfisher House", "address", EAMES),
    ("Mrs Patricia Booth", "person", BOOTH),
    ("Patricia Booth", "person", BOOTH),
    ("10 Elmtree Walk", "address", BOOTH),
    # Friends and other young people
    ("Yusuf Patel", "person", YUSUF),
    ("Yusuf", "person", YUSUF),
    ("Ollie Marsden", "person", OLLIE),
    ("Ollie", "person", OLLIE),
    ("Kai Brooks", "person", KAI),
    ("Kai BROOKS", "person", KAI),
    ("Kai", "person", KAI),
    ("Kai's", "person", KAI),
    (KAI_YOS, "case_ref", KAI),
    ("Jayden Cole", "person", JAYDEN),
    ("Jayden", "person", JAYDEN),
    # Members of the public: the cricket coach, the imam, the shop's owner and manager
    ("Naveed Iqbal", "person", NAVEED),
    ("Naveed", "person", NAVEED),
    ("Coach Naveed", "person", NAVEED),
    ("Mr Iqbal", "person", NAVEED),
    (NAVEED_MOBILE, "phone", NAVEED),
    ("Maulana Abdul Rauf", "person", RAUF),
    ("Mr Dilip Parmar", "person", PARMAR),
    ("Dilip Parmar", "person", PARMAR),
    ("Mr Parmar", "person", PARMAR),
    ("Mrs Karen Stapleton", "person", STAPLETON),
    ("Karen Stapleton", "person", STAPLETON),
    ("Mrs Stapleton", "person", STAPLETON),
    ("Karen", "person", STAPLETON),
    # The supported lodgings hosts (unclear role) and their son (not flagged)
    ("Rehana Siddiqui", "person", REHANA),
    ("Mrs Rehana Siddiqui", "person", REHANA),
    ("Rehana", "person", REHANA),
    ("Auntie Rehana", "person", REHANA),
    ("Auntie Rehana's", "person", REHANA),
    ("R Siddiqui", "person", REHANA),
    ("the Siddiquis", "person", REHANA),
    (HOST_HOME, "address", REHANA),
    (HOST_POSTCODE, "postcode", REHANA),
    (HOST_LANDLINE, "phone", REHANA),
    (HOST_MOBILE, "phone", REHANA),
    (HOST_EMAIL, "email", REHANA),
    ("Javed Siddiqui", "person", JAVED),
    ("Mr Javed Siddiqui", "person", JAVED),
    ("Javed", "person", JAVED),
    ("Uncle Javed", "person", JAVED),
    (HOST_CAR, "vehicle", JAVED),
    ("Zain", "person", ZAIN),
    # Police officers (unclear role)
    ("DS Sarah Kettle", "person", KETTLE),
    ("DS Kettle", "person", KETTLE),
    ("PC Daniel Crowther", "person", CROWTHER),
    ("PC 2318 Daniel Crowther", "person", CROWTHER),
    ("Daniel Crowther", "person", CROWTHER),
    ("PC Crowther", "person", CROWTHER),
    ("PC Ryan Tomlinson", "person", TOMLINSON),
    ("Ryan Tomlinson", "person", TOMLINSON),
    # Volunteers acting in the referral order (unclear role)
    ("Mrs Janet Ellwood", "person", ELLWOOD),
    ("Janet Ellwood", "person", ELLWOOD),
    ("Mrs Ellwood", "person", ELLWOOD),
    ("Mr Harjit Bains", "person", BAINS),
    ("Harjit Bains", "person", BAINS),
    ("Mr Bains", "person", BAINS),
    ("Mrs Shabana Rafiq", "person", RAFIQ),
    ("Shabana Rafiq", "person", RAFIQ),
    ("Mrs Rafiq", "person", RAFIQ),
    ("Mrs Rafiq's", "person", RAFIQ),
)
# Supported lodgings hosts, police officers and the referral order volunteers: unclear roles.
UNCLEAR_PEOPLE = {REHANA, JAVED, KETTLE, CROWTHER, TOMLINSON, ELLWOOD, BAINS, RAFIQ}

KEEP: tuple[tuple[str, str], ...] = (
    # The subject: every form of his name, and his own identifiers
    (SUBJECT, "subject"),
    ("Tariq", "subject"),
    ("Tariq's", "subject"),
    ("Tariq MAHMOOD", "subject"),
    ("Taz", "subject"),
    ("Taz M", "subject"),
    ("Tari", "subject"),
    (SUBJECT_DOB, "subject"),
    ("17.03.2006", "subject"),
    ("17th March 2006", "subject"),
    (SUBJECT_ID, "subject"),
    (SUBJECT_NHS, "subject"),
    (SUBJECT_NI, "subject"),
    (SUBJECT_UPN, "subject"),
    (SUBJECT_YOS, "subject"),
    (SUBJECT_COURT, "subject"),
    (SUBJECT_PHONE_2020, "subject"),
    (SUBJECT_PHONE, "subject"),
    (SUBJECT_EMAIL, "subject"),
    ("Flat 12, Kingfisher House", "subject"),
    ("3 Canalside Walk", "subject"),
    ("LE1 2ZS", "subject"),
    ("Kingfisher House", "subject"),
    # Professionals, with and without titles, and their work details
    ("Gareth Pullen", "professional"),
    ("Gareth", "professional"),
    ("G. Pullen", "professional"),
    ("Hannah Whitmore", "professional"),
    ("HW", "professional"),
    ("Parminder Sandhu", "professional"),
    ("Parminder", "professional"),
    ("P. Sandhu", "professional"),
    ("Ms Sandhu", "professional"),
    ("Judith Okafor", "professional"),
    ("Amy Lockwood", "professional"),
    ("Angela Fern", "professional"),
    ("Rachel Boyd", "professional"),
    ("Mrs Helen Coultas", "professional"),
    ("Mrs Coultas", "professional"),
    ("Dr Peter Lang", "professional"),
    ("Dr Lang", "professional"),
    ("Tom Avery", "professional"),
    ("Sunita Rao", "professional"),
    ("Mark Fielding", "professional"),
    ("Dr Rashmi Varma", "professional"),
    ("Ade Ogunleye", "professional"),
    ("Bethany Hale", "professional"),
    ("Bethany's", "professional"),
    ("Andrea Holt", "professional"),
    ("A. Holt", "professional"),
    ("Kelly Ainsworth", "professional"),
    ("Priya Nair", "professional"),
    ("Daniel Reeve", "professional"),
    ("D Reeve", "professional"),
    ("Marcus Bell", "professional"),
    ("Marcus", "professional"),
    ("Farida Patel", "professional"),
    ("Mrs Farida Patel", "professional"),
    ("RB", "professional"),
    ("Mrs Patel", "professional"),
    ("Louise Brennan", "professional"),
    ("Mr E. Okoro", "professional"),
    ("Mr Okoro", "professional"),
    ("Ms C. Whitlam", "professional"),
    ("Ms Whitlam", "professional"),
    ("Dr I. Shah", "professional"),
    ("Mr A. Lowther", "professional"),
    ("Mrs J. Harrop", "professional"),
    ("Mrs N. Anwar", "professional"),
    ("Mr C. Dale", "professional"),
    ("Mr S. Kaur-Bassi", "professional"),
    ("Yasmin Bhatti", "professional"),
    ("District Judge Farrell", "professional"),
    ("Margaret Hurst", "professional"),
    ("Sajid Hussain", "professional"),
    ("Nicola Grant", "professional"),
    ("Tom Barker", "professional"),
    ("Lorraine Okoye", "professional"),
    ("Joanne Pickering", "professional"),
    ("Jo", "professional"),
    ("J Pickering", "professional"),
    ("Helen Rowbotham", "professional"),
    ("H Rowbotham", "professional"),
    ("Ms Gemma Howells", "professional"),
    ("Ms Howells", "professional"),
    ("Sharon Pike", "professional"),
    ("Carol Fenn", "professional"),
    ("Dr Nusrat Akhtar", "professional"),
    ("Dr Akhtar", "professional"),
    ("Rubina Qureshi", "professional"),
    ("Mrs Rubina Qureshi", "professional"),
    ("Mrs Qureshi", "professional"),
    ("Rubina", "professional"),
    ("TW-URD-0418", "professional"),
    ("Ellie Shaw", "professional"),
    ("Ellie", "professional"),
    (HANNAH_EMAIL, "professional"),
    (PARMINDER_EMAIL, "professional"),
    (JOANNE_EMAIL, "professional"),
    (TALKWELL_EMAIL, "professional"),
    (GP_EMAIL, "professional"),
    (GARETH_PHONE, "professional"),
    (HANNAH_PHONE, "professional"),
    (PARMINDER_PHONE, "professional"),
    (TALKWELL_PHONE, "professional"),
    (GP_PHONE, "professional"),
    (YOS_PHONE, "professional"),
    (BROOK_PHONE, "professional"),
    (JOANNE_MOBILE, "professional"),
    ("0116 496 0188", "professional"),
    ("0116 496 0214", "professional"),
    ("0116 496 0562", "professional"),
    ("0116 496 0733", "professional"),
    ("0116 496 0877", "professional"),
    ("0116 496 0409", "professional"),
    # Places and organisations
    (COUNCIL, "place"),
    ("Leicester", "place"),
    ("Evington", "place"),
    ("Braunstone", "place"),
    ("Oadby", "place"),
    ("Birstall", "place"),
    ("Humberstone", "place"),
    ("Spinney Hill", "place"),
    ("Belgrave", "place"),
    ("Birmingham", "place"),
    ("New Street", "place"),
    ("Nottingham", "place"),
    ("Skegness", "place"),
    ("Mirpur, Azad Kashmir", "place"),
    ("Lord's", "place"),
    ("Coleman Parade", "place"),
    ("Wyvern Fields Primary School", "place"),
    ("Evington Vale Academy", "place"),
    ("Regent Vale Sixth Form College", "place"),
    ("Spinney Vale Cricket Club", "place"),
    ("Spinney Vale", "place"),
    ("Masjid Ar-Rahma", "place"),
    ("Ar-Rahma Community Kitchen", "place"),
    ("Kwikbuy Express", "place"),
    ("Talkwell Interpreting", "place"),
    ("Spinney Rise Medical Practice", "place"),
    ("140 Spinney Rise, Leicester LE5 4ZA", "place"),
    ("Kirby Lane Surgery", "place"),
    ("Kirby Lane", "place"),
    ("Granby House", "place"),
    ("Wyvern Fields Primary", "place"),
    ("Cafcass", "place"),
    ("Greengate Medical Centre", "place"),
    ("Soarbridge Royal Infirmary", "place"),
    ("SRI", "place"),
    ("Willowbrook Unit", "place"),
    ("Rowans Family Centre", "place"),
    ("Brook House", "place"),
    (BROOK_HOUSE, "place"),
    ("Fosse House", "place"),
    ("Granby House, Soarbridge Civic Quarter, Leicester LE1 6ZQ", "place"),
    ("Soarbridge Civic Centre", "place"),
    ("Soarbridge Young Carers", "place"),
    ("Safe Spaces Leicester", "place"),
    ("Soarbridge Homes", "place"),
    ("Braunstone Community Mental Health Team", "place"),
    ("Soarbridge Hospitals NHS Trust", "place"),
    ("Leicestershire Police", "place"),
    ("Spinney Hill police station", "place"),
    ("Family Court at Leicester", "place"),
    ("Leicester Youth Court", "place"),
    ("Leicester Magistrates' Court", "place"),
    ("Soarbridge Youth Offending Service", "place"),
    ("Soarbridge Virtual School", "place"),
    ("Next Steps", "place"),
    # The family's words for each other (relationships, not names)
    ("Dadi", "relationship"),
    ("Dadi's", "relationship"),
    ("Dada", "relationship"),
    ("Abbu", "relationship"),
    ("Ammi", "relationship"),
    ("Chacha", "relationship"),
    ("Chachi", "relationship"),
    ("Phupho", "relationship"),
    ("Phupho's", "relationship"),
    ("Phupha", "relationship"),
    ("Nana", "relationship"),
    ("Nani", "relationship"),
    ("Khala", "relationship"),
    ("Baji", "relationship"),
    ("paternal grandmother", "relationship"),
    ("half-sister", "relationship"),
    ("Mum", "relationship"),
    ("Uncle", "relationship"),
    ("bhai", "relationship"),
    ("PGM", "relationship"),
    # Words, customs and jargon that stay
    ("gudiya", "content"),
    ("Pothwari", "content"),
    ("Urdu", "content"),
    ("Punjabi", "content"),
    ("Isha", "content"),
    ("Jummah", "content"),
    ("Eid", "content"),
    ("Eidi", "content"),
    ("mehndi", "content"),
    ("suhoor", "content"),
    ("iftar", "content"),
    ("Ramadan", "content"),
    ("nikah", "content"),
    ("madrasah", "content"),
    ("parathas", "content"),
    ("chicken karahi", "content"),
    ("mithai", "content"),
    ("tarka daal", "content"),
    ("Mubarak ho", "content"),
    ("Qur'an", "content"),
    ("leg spin", "content"),
    ("Star of the Week", "content"),
    ("three houses", "content"),
    ("Special Guardianship Order", "content"),
    ("Form C", "content"),
    ("Reg 24", "content"),
    ("s20", "content"),
    ("s47", "content"),
    ("ICPC", "content"),
    ("MARAC", "content"),
    ("DASH", "content"),
    ("IDVA", "content"),
    ("AssetPlus", "content"),
    ("Referral Order", "content"),
    ("Caring Dads", "content"),
    ("Building Better Relationships", "content"),
    ("Setting Up Home Allowance", "content"),
    ("16-19 bursary", "content"),
    ("Pupil Premium Plus", "content"),
    ("eligible child", "content"),
    ("former relevant child", "content"),
    ("Rehabilitation of Offenders Act 1974", "content"),
    ("Pakistan", "content"),
    ("Allah", "content"),
    ("Instagram", "content"),
    ("Facebook", "content"),
    # Dates written as words
    ("Tuesday 13th May 2014", "date"),
    ("Sunday 11 May", "date"),
    ("21 November 2014", "date"),
    ("Wed 24/02/2016", "date"),
    ("Wednesday 14th October 2020", "date"),
    ("Monday 18th October 2021", "date"),
    ("Thursday 9 December 2021", "date"),
    ("Thursday 9th June 2022", "date"),
    ("Monday 15th May 2023", "date"),
    ("Saturday 17th", "date"),
)

# (ISO date, precision, category, phrase the record contains, document)
EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("2006-03-17", "day", "family", "Tariq was born at Soarbridge Royal Infirmary", SGO_PDF),
    ("2011-01-01", "year", "family", "died 2011 (aged 61)", SGO_PDF),
    ("2013-01-01", "year", "family", "From the age of seven Tariq did a great deal for his "
                                     "sister", SGO_PDF),
    ("2014-04-29", "day", "concern", "Telephone referral from a neighbour", NOTES_CSV),
    ("2014-04-30", "day", "voice", "I do it every day, I know how hot", NOTES_CSV),
    ("2014-05-11", "day", "concern", "Occurrence: domestic - assault", NOTES_CSV),
    ("2014-05-12", "day", "health", "Child protection medical arranged", NOTES_CSV),
    ("2014-05-12", "day", "voice", "I don't want to go home if Abbu is there", STRATEGY_PDF),
    ("2014-05-13", "day", "meeting", "threshold for a s47 enquiry MET", STRATEGY_PDF),
    ("2014-06-02", "day", "meeting", "Both children made subject to child protection plans",
     NOTES_CSV),
    ("2014-06-02", "day", "voice", "play cricket for Pakistan AND England", NOTES_CSV),
    ("2014-06-17", "day", "family", "Referral to Soarbridge Young Carers made and accepted",
     NOTES_CSV),
    ("2014-10-09", "day", "family", "convicted today at Leicester Magistrates' Court",
     NOTES_CSV),
    ("2014-11-21", "day", "concern", "rang 999 at 19:02 because he could not wake his mother",
     NOTES_CSV),
    ("2014-11-21", "day", "placement", "Section 20. Reg 24 temporary approval", NOTES_CSV),
    ("2014-12-03", "day", "meeting", "First looked after review", NOTES_CSV),
    ("2015-01-15", "day", "meeting", "CP plans ended for both children", NOTES_CSV),
    ("2015-03-17", "day", "voice", "Everybody came and nobody shouted", NOTES_CSV),
    ("2015-06-10", "day", "meeting", "Panel recommended approval", NOTES_CSV),
    ("2015-09-29", "day", "family", "arrived at family time with a new partner", NOTES_CSV),
    ("2016-02-18", "day", "family", "has done far too much translating for the adults in his "
                                    "life", EMAIL_EML),
    ("2016-03-01", "day", "voice", "I want to stay with Dadi forever", NOTES_CSV),
    ("2016-04-22", "day", "meeting", "I recommend a Special Guardianship Order", SGO_PDF),
    ("2016-05-16", "day", "achievement", "has joined Spinney Vale Cricket Club", NOTES_CSV),
    ("2016-07-14", "day", "meeting", "Special Guardianship Order made today", NOTES_CSV),
    ("2018-06-23", "day", "achievement", "under-13s Player of the Season", NOTES_CSV),
    ("2019-09-04", "day", "family", "met his half-sister", NOTES_CSV),
    ("2020-01-22", "day", "family", "Seven people in three bedrooms", NOTES_CSV),
    ("2020-06-20", "day", "concern", "walked into Spinney Hill police station", NOTES_CSV),
    ("2020-06-20", "day", "placement", "Emergency placement at Brook House", NOTES_CSV),
    ("2020-07-01", "day", "voice", "But I want to go back to Dadi", NOTES_CSV),
    ("2020-08-01", "month", "achievement", "Grade 7 achieved (sat early, summer 2020)",
     PEP_DOCX),
    ("2020-10-14", "day", "education", "Personal Education Plan - Autumn Term 2020",
     PEP_DOCX),
    ("2020-10-14", "day", "voice", "there is always a right answer", PEP_DOCX),
    ("2020-11-10", "day", "meeting", "FGC at the community room of Masjid Ar-Rahma",
     NOTES_CSV),
    ("2020-12-19", "day", "placement", "went home to his Dadi's today", NOTES_CSV),
    ("2021-10-18", "day", "concern", "arrested at 17:50 for shop theft", NOTES_CSV),
    ("2021-11-24", "day", "meeting", "Referral order, 6 months", NOTES_CSV),
    ("2021-12-09", "day", "meeting", "Initial referral order panel held", NOTES_CSV),
    ("2021-12-09", "day", "voice", "people who actually want to help", YOS_PDF),
    ("2022-04-28", "day", "achievement", "cooked the Eid lunch for the older people's club",
     YOS_PDF),
    ("2022-06-09", "day", "achievement", "Order completed successfully", NOTES_CSV),
    ("2022-08-25", "day", "achievement", "GCSE results: Maths 9", NOTES_CSV),
    ("2022-09-01", "month", "education", "You are in Year 12 at Regent Vale Sixth Form College",
     PLAN_PDF),
    ("2022-09-27", "day", "family", "had a stroke at home", NOTES_CSV),
    ("2022-11-07", "day", "placement", "moved into supported lodgings", NOTES_CSV),
    ("2022-11-07", "day", "voice", "it smells like someone's house", NOTES_CSV),
    ("2023-02-01", "month", "health", "Health assessment with Sharon Pike", LOG_TXT),
    ("2023-04-01", "month", "family", "sent him a message on Instagram", LOG_TXT),
    ("2023-05-15", "day", "meeting", "First pathway plan written with Tariq", NOTES_CSV),
    ("2023-05-15", "day", "voice", "I want a job where I wear a suit", PLAN_PDF),
    ("2023-06-01", "month", "achievement", "he scored 102 not out for the first XI", LOG_TXT),
    ("2023-08-19", "day", "family", "danced with Dadi in her wheelchair", NOTES_CSV),
    ("2023-11-01", "month", "achievement", "Passed his driving theory test first time",
     LOG_TXT),
    ("2024-02-26", "day", "meeting", "Pathway plan reviewed", NOTES_CSV),
    ("2024-03-17", "day", "voice", "Eighteen and nobody can take me into care again",
     NOTES_CSV),
    ("2024-03-01", "month", "family", "you kept my boy safe", LOG_TXT),
    ("2024-07-22", "day", "placement", "Tariq moved into his own flat", NOTES_CSV),
    ("2024-07-01", "month", "voice", "This was the first house where I never had to worry "
                                     "about anyone", LOG_TXT),
    ("2024-08-15", "day", "achievement", "A-level results: Maths A*", NOTES_CSV),
    ("2024-09-23", "day", "education", "Tariq started university today", NOTES_CSV),
)

# Documents whose events are checked against the record of that date, not the whole file.
DATED_RECORDS = {NOTES_CSV, LOG_TXT}


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


PHONE_RANGES = (r"07700 900\d{3}", r"0116 496 0\d{3}", r"0121 496 0\d{3}")
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
    expect(40 <= counts["events"] <= 75 and counts["redact"] >= 150
           and counts["keep"] >= 150, f"too few items: {counts}")
    # NHS numbers: 999 and a valid mod-11 check digit.
    for nhs in re.findall(r"(?<![\d-])\d{3} \d{3} \d{4}(?![\d-])", everything):
        digits = nhs.replace(" ", "")
        expect(digits.startswith("999"), f"NHS number outside the 999 range: {nhs}")
        expect(mod11_check_digit(digits[:9]) == int(digits[9]), f"NHS checksum fails: {nhs}")
    expect({SUBJECT_NHS, DADI_NHS, ALEENA_NHS} <= set(re.findall(r"999 \d{3} \d{4}",
                                                                  everything)),
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
    expect({SUBJECT_NI, DADI_NI} <= set(re.findall(r"QQ \d\d \d\d \d\d [A-D]", everything)),
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
    # Every dated record of the CSV and the log is keyed by a real date.
    expect(len({iso for iso, *_ in NOTES}) == len(NOTES), "two case notes share a date")
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
    """Names that wrap where they fall, asserted so that an edit which moves them is noticed:
    in the strategy record "Shazia" / "Mahmood)" (details block); in the SGO report "Ms" /
    "Akhtar" (page 1), "ZUBEIDA" / "BEGUM" and "Flat 4, Quenby" / "Court" (family tree, page
    2), "Mr" / "Mahmood assaulted" (page 3); in the YOS report "Mrs Karen" / "Stapleton"; in
    the Pathway Plan "Mrs Rukhsana" / "Hussain" and "Farzana" at the foot of page 1 with
    "Akhtar" at the top of page 2; in the case notes' pasted police notification "Imran" /
    "Mahmood"; in the host's log "Phupho" / "Rukhsana" and "10 Elmtree" / "Walk"; in the
    e-mail, soft line breaks of the quoted-printable body inside "Mrs Mahmood" ("Mrs Ma=" /
    "hmood") and "Rubina" ("Ru=" / "bina"), so only the decoded body reads as written. If an
    edit moves any of them, change the text above until it is back."""
    def page_text(name: str, number: int) -> str:
        return PdfReader(CASE_DIR / name).pages[number - 1].extract_text()

    def wraps(text: str, first: str, second: str) -> bool:
        return re.search(re.escape(first) + r" ?\n" + re.escape(second), text) is not None

    assert wraps(page_text(STRATEGY_PDF, 1), "Shazia", "Mahmood)"), "'Shazia Mahmood' moved"
    assert wraps(page_text(SGO_PDF, 1), "Ms", "Akhtar, Mr Mahmood"), "'Ms Akhtar' moved (SGO)"
    sgo2 = page_text(SGO_PDF, 2)
    assert wraps(sgo2, "ZUBEIDA", "BEGUM"), "'ZUBEIDA BEGUM' no longer wraps"
    assert wraps(sgo2, "Flat 4, Quenby", "Court"), "'Quenby Court' no longer wraps"
    assert wraps(page_text(SGO_PDF, 3), "Mr", "Mahmood assaulted"), "'Mr Mahmood' moved"
    assert wraps(page_text(YOS_PDF, 1), "Mrs Karen", "Stapleton"), "'Karen Stapleton' moved"
    plan1, plan2 = page_text(PLAN_PDF, 1), page_text(PLAN_PDF, 2)
    assert wraps(plan1, "Mrs Rukhsana", "Hussain"), "'Rukhsana Hussain' no longer wraps"
    foot = plan1.split("\nSoarbridge City Council")[0]
    assert foot.endswith("to see your Nana and Khala, Farzana") and plan2.startswith(
        "Akhtar, and you go to Jummah"), "'Farzana Akhtar' no longer spans the page break"
    with (CASE_DIR / NOTES_CSV).open(encoding="utf-8", newline="") as handle:
        notes = handle.read()
    assert "Suspect Imran\nMahmood" in notes, "'Imran Mahmood' no longer wraps in the PPN"
    log = (CASE_DIR / LOG_TXT).read_text(encoding="utf-8")
    assert "his Phupho\nRukhsana" in log, "'Phupho Rukhsana' no longer wraps in the log"
    assert "10 Elmtree\nWalk" in log, "'10 Elmtree Walk' no longer wraps in the log"
    raw = (CASE_DIR / EMAIL_EML).read_bytes().replace(b"\r\n", b"\n")
    assert b"Mrs Ma=\nhmood speaks" in raw, "the soft break in 'Mrs Mahmood' moved"
    assert b"Ru=\nbina Qureshi" in raw, "the soft break in 'Rubina' moved"


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
    pages = {STRATEGY_PDF: build_strategy(corpus), SGO_PDF: build_sgo(corpus),
             YOS_PDF: build_yos(corpus), PLAN_PDF: build_plan(corpus)}
    build_email(corpus)
    build_pep(corpus)
    build_notes(corpus)
    build_log(corpus)
    (CASE_DIR / "case.toml").write_text(case_toml(), encoding="utf-8")
    (CASE_DIR / ".lifestoryignore").write_text(IGNORE_CASE_TOML, encoding="utf-8")
    truth = ground_truth()
    check(truth, corpus)
    check_pdfs(pages)
    check_layout()
    expected = {STRATEGY_PDF: (3, 3), SGO_PDF: (5, 6), YOS_PDF: (3, 3), PLAN_PDF: (3, 4)}
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
