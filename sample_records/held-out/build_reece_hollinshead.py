"""Build a held-out fictional sample case for lifestory: Reece Hollinshead (Sheffield).

Everything written here is invented: Don Valley Metropolitan Borough Council, Loxley Edge
School, Fernhollow Primary School, Sheaf Vale Academy, Longley Brook Primary, Beck House Family
Centre, Holmebrook Medical Centre, Castlegate College, the people, the streets, the postcodes
and the numbers. Sheffield, Rotherham, Stannington, Hillsborough and the other places are real
only at town level. Phone numbers come only from Ofcom's drama ranges (``0114 496 0xxx``,
``07700 900xxx``), e-mail addresses only from reserved example domains, NHS numbers start with
999 (never issued; valid mod-11 check digit), the National Insurance number has the
never-allocated QQ prefix. Run from the repository root:

    .venv/bin/python sample_records/held-out/build_reece_hollinshead.py

Reece is one of a sibling group of four: he has a twin sister, Kayleigh, with the same surname
and the same date of birth, and two younger half-siblings, Mason and Lily-Mae, who have their
father's surname. Many records are about the whole group (a joint care plan and review, a
"Together or Apart" sibling assessment, family time records), so the other children's names,
dates of birth, schools and placements sit in the same tables and paragraphs as Reece's. The
children came into care in March 2011; the twins were fostered together, the younger two went
to their paternal grandfather (a kinship carer, later their special guardian); the twins were
separated in 2014, Reece went to a long-term foster carer and, from 2015, boarded at a
residential special school in the week. The file ends with a later-life letter to him.

It was written without looking at the redaction rules, the detectors or the benchmark: it is a
held-out test of them. The script is deterministic (reportlab ``invariant=1``, fixed DOCX zip
timestamps and core properties, fixed e-mail date, Message-ID and MIME boundary). It rewrites
``case-reece-hollinshead/`` and ``../ground_truth/held-out-reece-hollinshead.json``, then checks
that the ground truth agrees with the text it wrote. It imports nothing from the other build
scripts; the few helpers it needs are repeated below.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
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
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent
SLUG = "reece-hollinshead"
CASE_DIR = HERE / f"case-{SLUG}"
TRUTH = SAMPLES / "ground_truth" / f"held-out-{SLUG}.json"

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
UNCLEAR = "unclear role: redacted by default and flagged for a human decision"

COUNCIL = "Don Valley Metropolitan Borough Council"
SUBJECT = "Reece Hollinshead"
SUBJECT_DOB = "19/06/2003"
SUBJECT_ID = "2093318"  # LCS person ID
SUBJECT_NHS = "999 412 7748"
SUBJECT_NI = "QQ 41 27 83 C"
SUBJECT_PHONE = "07700 900733"
SUBJECT_EMAIL = "reece.hollinshead03@example.com"
SUBJECT_FLAT = "Flat 12, Norbury Court, 9 Abbeydale Walk, Sheffield S7 2ZR"
COURT_NO = "SH11C00482"  # the joint care proceedings: Reece's own
SAR = "DV-SAR-2026-1187"
SAR_RECEIVED = "2026-10-12"

KAYLEIGH_ID, MASON_ID, LILY_ID = "2093319", "2093320", "2093321"
KAYLEIGH_NHS = "999 527 1060"
MASON_NHS = "999 527 1079"
SGO_NO = "SH12C00917"
DONNA_PHONE = "07700 900451"
DONNA_EMAIL = "dmh.1984@example.com"
DEREK_LANDLINE = "0114 496 0217"
STANIFORTH_LANDLINE = "0114 496 0583"
UNCLE_GARY_PHONE = "07700 900896"
UNCLE_GARY_HOME = "58 Wardsend Crescent"
UNCLE_GARY_PC = "S6 1ZF"
KAYLEIGH_PHONE = "07700 900561"
CRAIG_CAR = "YT61 OZP"
JANICE_MOBILE = "07700 900614"
JANICE_LANDLINE = "0114 496 0642"
JANICE_EMAIL = "janicewragg62@example.com"

GARY_PHONE = "0114 496 0300"
GARY_MOBILE = "07700 900118"
GARY_EMAIL = "gary.whitworth@donvalley.example.gov.uk"
HAYLEY_EMAIL = "hayley.brammer@donvalley.example.gov.uk"
HAYLEY_MOBILE = "07700 900275"
MARTIN_EMAIL = "martin.fairclough@donvalley.example.gov.uk"
MARTIN_PHONE = "0114 496 0327"
TRACEY_PHONE = "0114 496 0311"
SCHOOL_PHONE = "0114 496 0850"
CUTTS_EMAIL = "paul.cutts@example.org"
NURSE_PHONE = "0114 496 0905"

SKELTON = "Flat 3, 41 Skelton Walk"
SKELTON_PC = "S5 9ZQ"
DONNA_NEW = "27 Harrowden Rise, Rotherham"
DONNA_NEW_PC = "S61 4ZD"
DEREK_HOME = "18 Owlthorpe Lane"
DEREK_PC = "S20 7ZL"
STANIFORTH_HOME = "5 Thornbridge Close"
STANIFORTH_PC = "S12 3ZN"
JANICE_HOME = "31 Bolehill View, Stannington"
JANICE_PC = "S6 6ZH"
CRAIG_HOME = "9 Kilnhurst Grove"
CRAIG_PC = "S5 8ZT"

CHRON_PDF = "chronology-2003-2022.pdf"
JOINT_PDF = "joint-lac-review-2012-02-16.pdf"
SIBLING_DOCX = "together-or-apart-2014.docx"
FAMILY_PDF = "family-time-records-2015-2017.pdf"
SCHOOL_PDF = "loxley-edge-report-2017.pdf"
REVIEW_PDF = "lac-review-2018-03-14.pdf"
HEALTH_PDF = "health-review-2019-02-11.pdf"
EMAIL_EML = "email-2019-07-02.eml"
LETTER_TXT = "later-life-letter-2019.txt"


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
    # (document, ISO date) -> the text of that dated record (chronology row, family time)
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
ARIAL = ParagraphStyle("arial", fontName="Helvetica", fontSize=10.5, leading=14.5,
                       spaceAfter=6)
SERIF = ParagraphStyle("serif", parent=BODY, fontName="Times-Roman", fontSize=10.5,
                       leading=13.5, spaceAfter=6)
SERIF_BOLD = ParagraphStyle("serif_bold", parent=SERIF, fontName="Times-Bold")
SERIF_H = ParagraphStyle("serif_h", parent=SERIF, fontName="Times-Bold", fontSize=12,
                         leading=15, spaceBefore=6, spaceAfter=3, keepWithNext=1)
SERIF_SMALL = ParagraphStyle("serif_small", parent=SERIF, fontSize=9, leading=11,
                             spaceAfter=0)
SERIF_SMALL_BOLD = ParagraphStyle("serif_small_bold", parent=SERIF_SMALL,
                                  fontName="Times-Bold")
COURIER = ParagraphStyle("courier", fontName="Courier", fontSize=8.6, leading=10.4,
                         spaceAfter=0)

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


def grid_table(rows: Iterable[Iterable[str]], widths: list[float], *, shade: str = "#dfe7ef",
               body: ParagraphStyle = SMALL, head: ParagraphStyle = SMALL_BOLD) -> Table:
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
               body: ParagraphStyle = SMALL, head: ParagraphStyle = SMALL_BOLD,
               shade: str = "#eef2f6") -> Table:
    """A form's label/value block laid out two pairs to a row (label cells shaded)."""
    rows = []
    for i in range(0, len(pairs), 2):
        row: list = []
        for label, value in pairs[i:i + 2]:
            row += [para(label, head), para(value, body)]
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


def pairs_text(pairs: Iterable[tuple[str, str]]) -> str:
    """The text of a label/value block, for the corpus."""
    return "\n".join(f"{label} {value}" for label, value in pairs)


def build_platypus(target: Path, furniture: Furniture, story: list, title: str, author: str,
                   top: float = 24 * mm, creator: str = "Microsoft Word - Save as PDF",
                   pagesize: tuple[float, float] = A4, bottom: float = 20 * mm) -> int:
    """Build a platypus document with the given page furniture; returns its page count."""
    doc = SimpleDocTemplate(str(target), pagesize=pagesize, leftMargin=MARGIN_X,
                            rightMargin=MARGIN_X, topMargin=top, bottomMargin=bottom,
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
# Chronology of significant events (PDF, landscape), exported from LCS, 2003 to 2022
# --------------------------------------------------------------------------------------------

# (date as typed, ISO date of the row, event type, description, source, entered by)
CHRONOLOGY: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("19/06/2003", "2003-06-19", "Birth",
     "Reece and his twin sister Kayleigh born at Don Valley General Hospital, Reece first "
     "(\"by two minutes\", as he tells everyone). Mother Donna Hollinshead (DOB 08/03/1984), "
     "aged 19. Father named on the birth certificate as Wayne Oxley; he has not been part "
     "of the twins' lives.", "Health visitor records", "NR"),
    ("2006", "2006-01-01", "Family",
     "Ms Hollinshead starts a relationship with Craig Tingle (DOB 14/12/1981). The twins "
     "have always called him Dad. Family moves to Flat 3, 41 Skelton Walk, Sheffield "
     "S5 9ZQ.", "Referral history", "NR"),
    ("Nov 2008", "2008-11-01", "Family",
     "Reece's half-brother born (Mason Tingle).", "Health visitor records", "NR"),
    ("Apr 2010", "2010-04-01", "Family",
     "Reece's half-sister born (Lily-Mae Tingle). Health visitor notes Ms Hollinshead "
     "\"very low\" after the birth; GP starts her on antidepressants.",
     "Health visitor records", "NR"),
    ("03/09/2007", "2007-09-03", "Education",
     "Reece and Kayleigh start in Reception at Fernhollow Primary School, same class.",
     "School admissions", "NR"),
    ("14/09/2010", "2010-09-14", "Referral",
     "Referral from Fernhollow Primary School (Mrs Siddall, DSL). Reece came into Year 3 "
     "with a bruise on his arm and told his teacher \"Dad grabbed me cos I was being "
     "cheeky\". Kayleigh said the twins had no tea the night before. S47 enquiry started.",
     "Contact/referral form", "NR"),
    ("21/10/2010", "2010-10-21", "Conference",
     "Initial Child Protection Conference. All four children made subject to child "
     "protection plans (neglect; Reece and Kayleigh also emotional abuse: domestic abuse "
     "between Donna and Craig witnessed by the twins).", "ICPC minutes", "NR"),
    ("03/03/2011", "2011-03-03", "Police",
     "Police called by a neighbour (Mrs Gillott, flat 2) at 23:40: shouting and a window "
     "broken. PC 2417 Ashworth found the four children at home alone, the baby in a wet "
     "cot and no food in the flat. Donna and Craig found later at Craig's mother's (Mrs "
     "Brenda Tingle, Parson Cross); Mr Tingle's car, " + CRAIG_CAR + ", outside. Police "
     "protection taken.", "Police notification (PPN)", "EDT"),
    ("04/03/2011", "2011-03-04", "Placement",
     "Reece and Kayleigh placed together in emergency foster care with Pauline and Trevor "
     f"Staniforth, {STANIFORTH_HOME}, Sheffield {STANIFORTH_PC}. Mason and Lily-Mae placed "
     f"with their paternal grandfather Derek Tingle, {DEREK_HOME}, {DEREK_PC} (connected "
     "person, reg 24).", "Placement record", "NR"),
    ("09/03/2011", "2011-03-09", "Court",
     f"Interim Care Orders made for all four children at Sheffield Family Court ({COURT_NO}).",
     "Legal", "NR"),
    ("22/11/2011", "2011-11-22", "Health",
     "Initial health assessment (LAC nurse). Reece underweight and behind with his "
     "immunisations; tooth decay; bedwetting. Kayleigh: eczema, referred to dermatology.",
     "IHA", "NR"),
    ("12/09/2011", "2011-09-12", "Care plan",
     "Joint care plan for the sibling group agreed at the 6-month review. The Staniforths "
     "agree to keep the twins long term.", "LAC review", "NR"),
    ("16/02/2012", "2012-02-16", "LAC review",
     "Joint review of the four children chaired by Martin Fairclough (IRO). Reece's first "
     "review where he spoke for himself.", "LAC review record", "MF"),
    ("11/06/2012", "2012-06-11", "Court",
     "Final hearing. Care Orders for Reece and Kayleigh (plan: long-term fostering "
     "together with the Staniforths). Younger two: Special Guardianship assessment of "
     "Mr Derek Tingle to be completed.", "Legal", "NR"),
    ("16/08/2012", "2012-08-16", "LAC review",
     "Joint review. Sibling family time moved to fortnightly. Reece has started CAMHS "
     "(Dr Owen Pryce) and says it is \"boring but OK\".", "LAC review record", "MF"),
    ("07/01/2013", "2013-01-07", "Court",
     f"Special Guardianship Orders to Derek Tingle for Mason and Lily-Mae ({SGO_NO}). "
     "Grandad Derek agrees to monthly sibling family time at Beck House.", "Legal", "NR"),
    ("02/10/2013", "2013-10-02", "Incident",
     "Reece (10) hit Kayleigh with a cricket bat in the Staniforths' garden after she "
     "tore up his drawing. Cut to her head, seen at the Children's Hospital, glued. "
     "Mrs Staniforth says the twins' fighting is getting worse.", "Placement notification",
     "NR"),
    ("01/02/2014", "2014-02-01", "Allocation",
     "Case transferred to Gary Whitworth (SW, Children in Care Team 2).", "Case record",
     "SH"),
    ("22/05/2014", "2014-05-22", "Assessment",
     "Together or Apart sibling assessment completed (GW). Recommends that the twins live "
     "apart, with weekly family time, and that all four keep seeing each other monthly.",
     "Assessment", "GW"),
    ("28/07/2014", "2014-07-28", "Placement",
     f"Reece moved to live with Janice Wragg (approved foster carer), {JANICE_HOME}, "
     f"Sheffield {JANICE_PC}. Kayleigh stays with Mr and Mrs Staniforth.",
     "Placement record", "GW"),
    ("03/09/2014", "2014-09-03", "Education",
     "Reece started Year 7 at Sheaf Vale Academy.", "PEP", "GW"),
    ("25/12/2014", "2014-12-25", "Placement",
     "First Christmas at Janice's. Reece rang Kayleigh, Mason and Lily-Mae in the morning "
     "(Derek's landline, " + DEREK_LANDLINE + ").", "Case note", "GW"),
    ("12/03/2015", "2015-03-12", "Education",
     "Permanently excluded from Sheaf Vale Academy after throwing a chair in a maths "
     "lesson (third fixed-term exclusion this year). EHCP brought forward.", "School",
     "GW"),
    ("20/04/2015", "2015-04-20", "Education",
     "Started at Loxley Edge School (SEMH, residential) as a weekly boarder, Monday to "
     "Friday; weekends and holidays at Janice's. EHCP names the school.", "PEP", "GW"),
    ("23/05/2016", "2016-05-23", "Family",
     "Maternal grandmother (Nanna Pat, Pat Hollinshead) died. Reece went to the funeral "
     "with Janice and sat with Kayleigh.", "Case note", "GW"),
    ("18/02/2017", "2017-02-18", "Family time",
     "First family time with Craig Tingle since 2011 (supervised, Beck House). Reece "
     "walked out after Craig said he did not remember grabbing him. No further family "
     "time with Craig unless Reece asks.", "Family time record", "GW"),
    ("24/05/2017", "2017-05-24", "Achievement",
     "Reece captained Loxley Edge to win the SEMH Schools Cup and scored the winner.",
     "School", "GW"),
    ("05/11/2017", "2017-11-05", "Missing",
     "Reported missing from Loxley Edge at 19:30 (Bonfire Night). Found by PC Dobson at "
     "22:10 at a bonfire in Hillsborough Park with Uncle Gary, who had collected him "
     "from the school gate without permission. Returned to school. Return interview done.",
     "Missing person report", "GW"),
    ("14/03/2018", "2018-03-14", "LAC review",
     "Review at Loxley Edge. Reece asked to stay at Loxley Edge to the end of Year 11 and "
     "to keep living with Janice after that.", "LAC review record", "MF"),
    ("22/01/2018", "2018-01-22", "Health",
     "Discharged by CAMHS after six years (Dr Owen Pryce): anger and trauma work complete.",
     "CAMHS letter", "GW"),
    ("10/09/2018", "2018-09-10", "Pathway plan",
     "First pathway plan meeting at Janice's. Reece chose his own goals: GCSE Art, "
     "college, learn to cook, and \"get my own bank account\".", "Pathway plan", "GW"),
    ("11/02/2019", "2019-02-11", "Health",
     "Review health assessment (Julie Froggatt, LAC nurse). Mild asthma; CAMHS discharged "
     "him in 2018.", "Health", "GW"),
    ("19/07/2019", "2019-07-19", "Education",
     "Left Loxley Edge at the end of Year 11. Leavers' assembly: Reece won the Head's "
     "Award for Kindness.", "School", "GW"),
    ("22/08/2019", "2019-08-22", "Education",
     "GCSE results: Art 6, English Language 4, Maths 4, Science 3-3. Reece: \"I'm buzzing "
     "about the 6.\"", "School", "HB"),
    ("22/07/2019", "2019-07-22", "Allocation",
     f"Hayley Brammer allocated as personal adviser (Leaving Care), {HAYLEY_MOBILE}. "
     "Gary Whitworth's last "
     "session with Reece on 26/07/2019: life story book and later-life letter given.",
     "Case record", "HB"),
    ("04/09/2019", "2019-09-04", "Education",
     "Started Level 2 Sport at Castlegate College.", "Pathway plan", "HB"),
    ("23/03/2020", "2020-03-23", "Family",
     "Covid-19 lockdown. Reece at Janice's full time; college online. Weekly video calls "
     "with all three siblings set up by Janice and Pauline. Hayley's visits by "
     "WhatsApp video.", "Case note", "HB"),
    ("02/07/2020", "2020-07-02", "Education",
     "Passed Level 2 Sport with a Merit. Offered Level 3 and a place on the college "
     "football academy.", "Pathway plan", "HB"),
    ("19/06/2021", "2021-06-19", "Placement",
     "Reece 18. Care Order ends. Staying Put agreed: he stays at Janice's. National "
     f"Insurance number {SUBJECT_NI} on his pathway plan; own mobile {SUBJECT_PHONE}, "
     f"e-mail {SUBJECT_EMAIL}.",
     "Pathway plan", "HB"),
    ("17/01/2022", "2022-01-17", "Placement",
     "Moved to his own flat (council tenancy), " + SUBJECT_FLAT + ". Janice and Dean "
     "Wragg helped with the van.", "Pathway plan", "HB"),
    ("06/06/2022", "2022-06-06", "Education",
     "Started an apprenticeship (groundsman) with a Sheffield football club's community "
     "trust. Reece: \"Best job in the world, I get paid to be at the ground.\"",
     "Pathway plan", "HB"),
    ("12/10/2026", "2026-10-12", "Information request",
     f"Subject access request received ({SAR}): \"I want to know why me and Kayleigh got "
     "split up.\"", "Information Governance", "DPO"),
)

CHRON_HEAD = ("Date", "Event type", "Description", "Source", "By")


def chron_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the LCS chronology export (landscape)."""
    w, h = landscape(A4)
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(MARGIN_X, h - 11 * mm, f"{COUNCIL} | Liquidlogic LCS")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(w - MARGIN_X, h - 11 * mm,
                           f"Chronology - HOLLINSHEAD, Reece ({SUBJECT_ID})")
    canvas.drawString(MARGIN_X, 9 * mm, f"OFFICIAL-SENSITIVE | Run 14/10/2026 for {SAR}")
    canvas.drawRightString(w - MARGIN_X, 9 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def chron_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the chronology."""
    return (f"{COUNCIL} | Liquidlogic LCS Chronology - HOLLINSHEAD, Reece ({SUBJECT_ID}) "
            f"OFFICIAL-SENSITIVE | Run 14/10/2026 for {SAR} Page {page} of {total}")


def build_chronology(corpus: Corpus) -> int:
    """Write the chronology export; returns the page count."""
    w = landscape(A4)[0] - 2 * MARGIN_X
    title = "CHRONOLOGY OF SIGNIFICANT EVENTS"
    intro = (f"Child: HOLLINSHEAD, Reece   DOB: {SUBJECT_DOB}   ID: {SUBJECT_ID}   "
             "Sibling group: 4 (see linked records)   Allocated worker at time of "
             "print: Hayley Brammer (PA, Leaving Care). Entries are a summary only; see the "
             f"case record for detail. Linked persons: HOLLINSHEAD, Kayleigh (twin, "
             f"{KAYLEIGH_ID}); TINGLE, Mason (half-sibling, {MASON_ID}); TINGLE, Lily-Mae "
             f"(half-sibling, {LILY_ID}); HOLLINSHEAD, Donna (mother); TINGLE, Craig "
             "(stepfather); OXLEY, Wayne (birth father); TINGLE, Derek (special guardian of "
             "the half-siblings).")
    rows = [CHRON_HEAD] + [(d, t, desc, src, by) for d, _, t, desc, src, by in CHRONOLOGY]
    story: list = [para(title, H1), para(intro, SMALL), Spacer(1, 3 * mm),
                   grid_table(rows, [22 * mm, 24 * mm, w - 104 * mm, 42 * mm, 16 * mm],
                              shade="#d9d9d9")]
    text = [title, intro, " ".join(CHRON_HEAD)]
    for d, iso, t, desc, src, by in CHRONOLOGY:
        line = f"{d} {t} {desc} {src} {by}"
        text.append(line)
        corpus.note(CHRON_PDF, iso, line)
    pages = build_platypus(CASE_DIR / CHRON_PDF, chron_furniture, story, "Chronology", "LCS",
                           top=18 * mm, creator="Liquidlogic LCS Reports",
                           pagesize=landscape(A4), bottom=16 * mm)
    corpus.add(CHRON_PDF, *(chron_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# Joint Looked After Children review of the sibling group (PDF), 16 February 2012
# --------------------------------------------------------------------------------------------

JOINT_DETAILS: list[tuple[str, str]] = [
    ("Review", "Joint review, sibling group of four (3rd review)"),
    ("Date / time", "Thursday 16th February 2012, 10.00-12.15"),
    ("Venue", "Beck House Family Centre, Sheffield"),
    ("Chair (IRO)", "Martin Fairclough"),
    ("Social worker", "Nadia Rahman, Children in Care Team 2"),
    ("Court no.", f"{COURT_NO} (care proceedings, all four children)"),
]

JOINT_ATTENDEES: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Attended"),
    ("Reece Hollinshead", "child (twin)", "Yes, first part; saw IRO alone"),
    ("Kayleigh Hollinshead", "child (twin)", "Yes, first part; saw IRO alone"),
    ("Pauline Staniforth", "foster carer (twins)", "Yes"),
    ("Derek Tingle", "paternal grandfather of Mason and Lily-Mae, connected person carer",
     "Yes"),
    ("Donna Hollinshead", "mother of all four children", "Second part only"),
    ("Craig Tingle", "father of Mason and Lily-Mae", "No - did not reply"),
    ("Nadia Rahman", "social worker", "Yes"),
    ("Lorraine Sykes", "supervising social worker (fostering)", "Yes"),
    ("Mrs Carol Siddall", "Fernhollow Primary School (DSL)", "Report sent"),
    ("Julie Froggatt", "LAC nurse", "Apologies; health info sent"),
)

JOINT_PLAN: tuple[tuple[str, ...], ...] = (
    ("Child / LCS ID", "DOB", "Placement", "School / nursery", "Legal status", "NHS no."),
    (f"HOLLINSHEAD, Reece {SUBJECT_ID}", SUBJECT_DOB,
     "Mr & Mrs Staniforth (LA foster carers)", "Fernhollow Primary School, Y4",
     "ICO (s38)", SUBJECT_NHS),
    (f"HOLLINSHEAD, Kayleigh {KAYLEIGH_ID}", SUBJECT_DOB,
     "Mr & Mrs Staniforth (LA foster carers)", "Fernhollow Primary School, Y4",
     "ICO (s38)", KAYLEIGH_NHS),
    (f"TINGLE, Mason {MASON_ID}", "02/11/2008",
     f"Mr D. Tingle (PGF), {DEREK_HOME}, {DEREK_PC}", "Longley Brook Primary (Nursery, am)",
     "ICO (s38), reg 24 placement", MASON_NHS),
    (f"TINGLE, Lily-Mae {LILY_ID}", "27/04/2010", "Mr D. Tingle (PGF), as above",
     "at home with grandad", "ICO (s38), reg 24 placement", "not on file"),
)

JOINT_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. Reece", (
        "Placement: Reece has been with Mr and Mrs Staniforth with his twin sister since "
        "04/03/2011. Pauline says he has \"come on leaps and bounds\": he sleeps through, "
        "he eats everything (\"except peas\") and he has stopped hiding food in his room. "
        "He still has big tempers when he is told no, and he and Kayleigh argue a lot. "
        "Trevor takes him to football training at Stannington on Saturday mornings and he "
        "has been picked for the under-9s; the coach, Mick Fretwell, says he is \"fearless "
        "in goal\".",
        "Health: seen by the LAC nurse in November. Immunisations brought up to date. "
        "Reliever inhaler for mild asthma. Teeth: two fillings done. Bedwetting has "
        "stopped.",
        "Education: Mrs Siddall reports Reece is behind in reading (about a year) but his "
        "maths is at the expected level and he \"draws beautifully\". He has a lunchtime "
        "nurture group. He has had two lunchtime exclusions this term for fighting in the "
        "playground.",
        "What Reece told me (seen alone, with his drawing): Reece drew his family for me: "
        "himself and Kayleigh holding hands, Mason and Lily-Mae in a pushchair, Mum, and "
        "Dad a long way off at the edge of the page. He said he likes living at Pauline's "
        "because \"there is always tea\". He misses Mason the most and wants to see the "
        "little ones \"every week not every month\". He asked if he could take his "
        "football to family time. He does not want to go back to Skelton Walk \"because "
        "of the shouting\". He asked me whether Dad was still cross with him.",
    )),
    ("2. Kayleigh", (
        "Kayleigh is settled at the Staniforths' and doing well at school; she is in the "
        "top reading group. She told me she \"sometimes wants her own room away from "
        "Reece\" and that he pinches her. She wants to see Mum more. Kayleigh's eczema is "
        "managed with creams.",
    )),
    ("3. Mason and Lily-Mae", (
        "Mason (3) and Lily-Mae (22 months) are thriving with their grandad. Derek has "
        "given up his allotment to do the nursery run and says \"they are my world\". "
        "Mason has speech delay and is on the waiting list for speech and language "
        "therapy. Lily-Mae is walking and saying a few words. Mr Tingle Snr would like to "
        "apply for Special Guardianship; the assessment has started (Lorraine Sykes).",
    )),
    ("4. Carers' views", (
        "Pauline and Trevor said they are committed to both twins \"for as long as they "
        "need us\" but asked for more help at tea times and bedtimes, when the twins' "
        "arguments start. They have had no break since March; Lorraine will look at "
        "respite with an approved carer one weekend a month. Derek said he is managing "
        "\"with a lot of help from the neighbours\" and that his own son has not "
        "offered any. He would like the twins to come to his house for tea sometimes "
        "\"so it feels like a family and not a clinic\". He is 56 and worried about his "
        "health in the long run.",
    )),
    ("5. Family time", ()),
    ("6. Parents' views", (
        "Ms Hollinshead joined for the second part. She was tearful and said she knows "
        "the twins cannot come home now but asked for more family time with them. She "
        "has left Craig and is living with her brother Gary Hollinshead at "
        f"{UNCLE_GARY_HOME}, {UNCLE_GARY_PC}, while she waits for a flat. Her new number "
        "is 07700 900451. She asked that Craig is not told "
        "where she is staying. She was pleased Reece is playing football \"like his uncle "
        "Gary\". Mr Tingle did not come; Nadia will write to him at "
        f"{CRAIG_HOME}, {CRAIG_PC}.",
    )),
)

JOINT_FAMILY: tuple[tuple[str, ...], ...] = (
    ("Who", "With", "How often", "Where / supervised"),
    ("Reece and Kayleigh", "Mum", "Fortnightly, 1.5 hrs", "Beck House, supervised (FSW)"),
    ("Reece and Kayleigh", "Mason and Lily-Mae", "Monthly, Saturday",
     "Beck House; Derek and Pauline bring them"),
    ("Mason and Lily-Mae", "Mum", "Fortnightly", "Beck House, supervised"),
    ("All four", "Craig (Dad)", "Suspended",
     "To be reviewed when Mr Tingle engages; twins to have a letter"),
    ("Reece and Kayleigh", "Wayne Oxley (birth father)", "None", "Not known where he is"),
)

JOINT_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("No.", "Recommendation", "Who", "By"),
    ("1", "Care plans for all four children endorsed: twins to stay together with the "
     "Staniforths long term; Mason and Lily-Mae with their grandad under SGO.", "NR",
     "Final hearing"),
    ("2", "Sibling family time to increase to fortnightly if the Staniforths and Mr Tingle "
     "can manage the travel.", "NR / LS", "Next review"),
    ("3", "Reece to be referred to CAMHS for his anger; nurture group to continue.", "NR",
     "31/03/2012"),
    ("4", "Life story work to start for the twins (Reece wants photos of when he was a "
     "baby).", "NR", "Next review"),
    ("5", "Respite for Mr and Mrs Staniforth one weekend a month (approved carer).",
     "LS", "30/04/2012"),
    ("6", "Next joint review: Thursday 16th August 2012, Beck House.", "MF", "-"),
)

JOINT_VIEW = (
    "The care plans are right for all four children and I endorse them. The twins have "
    "made real progress in eleven months with the Staniforths, and the younger two are "
    "clearly loved and safe with their grandad. My worry is the twins' relationship: "
    "they need each other, but Reece's anger is most often aimed at Kayleigh, and the "
    "carers need more support now, before it becomes a reason for the placement to end. "
    "The four children should be thought of as a sibling group in every plan made for "
    "them, even though they live in two homes. I would like to see Reece's CAMHS "
    "referral made this month, and I have asked that the family time plan is written so "
    "that Reece and Kayleigh can understand it. Reece told me he wants to be \"a "
    "goalkeeper and a drawer\" when he grows up."
)

JOINT_SIGNED = (
    "Signed: M. Fairclough, Independent Reviewing Officer, 20/02/2012. Copies: Nadia "
    "Rahman (SW); Mrs P. Staniforth; Mr Derek Tingle; Ms D. Hollinshead; Reece and "
    "Kayleigh (child-friendly letter); file x4 (one for each child's record). Mr Tingle "
    "to be sent the recommendations only, not this record, because it contains Ms "
    "Hollinshead's current address details. Parts 1 and 2 of this record will also be "
    "placed on each child's file; sections about the other children must be removed "
    "before the record is shared with any one family member."
)


def joint_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the 2012 joint review (the council's old Word template)."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#1f4e79"))
    canvas.rect(0, PAGE_H - 16 * mm, PAGE_W, 16 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(MARGIN_X, PAGE_H - 10 * mm, COUNCIL)
    canvas.setFont("Helvetica", 8.5)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 10 * mm,
                           "Independent Reviewing Service")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, "RESTRICTED - LAC review record (IRS3) - joint")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def joint_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the joint review."""
    return (f"{COUNCIL} Independent Reviewing Service RESTRICTED - LAC review record (IRS3) "
            f"- joint Page {page} of {total}")


def build_joint(corpus: Corpus) -> int:
    """Write the 2012 joint review of the sibling group; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "LOOKED AFTER CHILDREN REVIEW - SIBLING GROUP"
    story: list = [para(title, H1), pair_table(JOINT_DETAILS, w), para("Attendance", H2),
                   grid_table(JOINT_ATTENDEES, [40 * mm, 80 * mm, w - 120 * mm]),
                   para("Care plan summary", H2),
                   grid_table(JOINT_PLAN, [33 * mm, 20 * mm, 40 * mm, 34 * mm, 28 * mm,
                                           w - 155 * mm])]
    text = [title, pairs_text(JOINT_DETAILS), "Attendance", rows_text(JOINT_ATTENDEES),
            "Care plan summary", rows_text(JOINT_PLAN)]
    for heading, paragraphs in JOINT_SECTIONS:
        story.append(para(heading, H2))
        text.append(heading)
        for body in paragraphs:
            story.append(para(body, BODY))
            text.append(body)
        if heading.startswith("5."):
            story.append(grid_table(JOINT_FAMILY, [36 * mm, 44 * mm, 34 * mm, w - 114 * mm]))
            text.append(rows_text(JOINT_FAMILY))
    story += [para("7. IRO's view", H2), para(JOINT_VIEW, BODY),
              para("8. Recommendations", H2),
              grid_table(JOINT_ACTIONS, [10 * mm, w - 60 * mm, 22 * mm, 28 * mm]),
              Spacer(1, 4 * mm), para(JOINT_SIGNED, SMALL)]
    text += ["7. IRO's view", JOINT_VIEW, "8. Recommendations", rows_text(JOINT_ACTIONS),
             JOINT_SIGNED]
    pages = build_platypus(CASE_DIR / JOINT_PDF, joint_furniture, story,
                           "LAC review - sibling group", "Martin Fairclough", top=24 * mm)
    corpus.add(JOINT_PDF, *(joint_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# "Together or Apart?" sibling assessment (DOCX), May 2014
# --------------------------------------------------------------------------------------------

SIB_DETAILS: tuple[tuple[str, ...], ...] = (
    ("Children", "Reece Hollinshead, Kayleigh Hollinshead, Mason Tingle, Lily-Mae Tingle"),
    ("Author", "Gary Whitworth, Social Worker, Children in Care Team 2"),
    ("Date completed", "22/05/2014"),
    ("Manager", "Sandra Hepworth, Team Manager (agreed 27/05/2014)"),
    ("Sources", "Children seen together and apart (4 sessions, March-May 2014); "
     "Mr and Mrs Staniforth; Mr D. Tingle; Ms Hollinshead; Mr Tingle (phone); Fernhollow "
     "Primary; CAMHS (Dr Owen Pryce); family time records (Tracey Beighton); the file."),
)

SIB_FAMILY: tuple[tuple[str, ...], ...] = (
    ("Name", "Relationship to Reece", "DOB", "Lives with / where", "School"),
    ("Reece Hollinshead", "-", SUBJECT_DOB, "Mr and Mrs Staniforth (foster carers)",
     "Fernhollow Primary, Y6"),
    ("Kayleigh Louise Hollinshead", "twin sister", SUBJECT_DOB,
     f"Mr and Mrs Staniforth, {STANIFORTH_HOME}, {STANIFORTH_PC}", "Fernhollow Primary, Y6"),
    ("Mason Tingle", "half-brother (maternal)", "02/11/2008",
     "Paternal grandfather (special guardian)", "Longley Brook Primary, Y1"),
    ("Lily-Mae Tingle", "half-sister (maternal)", "27.04.10", "Paternal grandfather",
     "Longley Brook Primary, Nursery"),
    ("Donna Hollinshead", "mother", "08/03/1984", f"{DONNA_NEW} {DONNA_NEW_PC}", "-"),
    ("Craig Tingle", "stepfather (\"Dad\"); father of Mason and Lily-Mae", "14/12/81",
     f"{CRAIG_HOME}, {CRAIG_PC}, with his partner Shannon Leeming", "-"),
    ("Wayne Oxley", "birth father", "22.01.1980", "Not known", "-"),
    ("Derek Tingle", "Mason and Lily-Mae's grandad", "30/05/1955",
     f"{DEREK_HOME}, Sheffield {DEREK_PC}", "-"),
)

SIB_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. Why this assessment", (
        "The plan since the final hearing in June 2012 has been for Reece and Kayleigh to "
        "grow up together with Pauline and Trevor Staniforth. Since the summer of 2013 the "
        "fighting between the twins has got worse, and on 02/10/2013 Reece hit Kayleigh "
        "with a cricket bat and she needed her head glued. In January 2014 Mrs Staniforth "
        "told the SSW that she could not go on caring for both twins \"and I'm not choosing "
        "between them\". This assessment asks whether the twins' needs can be met together "
        "or whether they need to live apart, and how all four siblings keep their "
        "relationships whatever is decided.",
    )),
    ("2. The sibling relationships: history", (
        "At Skelton Walk the twins looked after the babies. Reece talks about warming "
        "bottles in the microwave and changing Lily-Mae's nappies when he was six; Kayleigh "
        "remembers hiding with Mason under the bunk bed when Donna and Craig were fighting. "
        "PC Ashworth, who found the children in 2011, told the strategy meeting that Reece "
        "had answered the door holding the baby. In the language of the research the "
        "twins were \"parentified\". Reece in "
        "particular took on the role of protector and he still checks on Mason at every "
        "family time (\"has he had his dinner?\").",
        "Reece and Kayleigh shared a bedroom until they were removed. Kayleigh says Reece "
        "\"always got the blame for stuff I did as well\" and that Craig was harder on "
        "Reece than on anyone. Reece remembers that when he was told off Kayleigh would "
        "bring him food.",
    )),
    ("3. Reece and Kayleigh now", (
        "Both twins are in Year 6 at Fernhollow. Kayleigh is doing well, has a close group "
        "of friends and goes to Brownies. Reece has a nurture group place and one-to-one "
        "support in the afternoons. In the four sessions the twins were warm with each "
        "other for the first ten minutes and then Reece would start to wind Kayleigh up "
        "(taking her pens, calling her \"Kay-Kay the baby\"); when she answered back he "
        "lost his temper very quickly. Dr Pryce (CAMHS) describes Reece's anger as a "
        "trauma response, \"at its worst with the person he feels closest to\".",
        "Kayleigh said to me: \"I love him, he's my twin, but I want to live somewhere "
        "where I don't have to be scared every tea time.\" She wants to stay at Pauline's.",
    )),
    ("4. The twins and the younger two", (
        "Mason and Lily-Mae are settled with their grandad, who has a Special "
        "Guardianship Order (January 2013). They see the twins monthly at Beck House. "
        "Mason adores Reece and copies everything he does; Lily-Mae is shy with both "
        "twins but will sit on Reece's knee for a story. The family time records (Tracey "
        "Beighton) show Reece at his best with the little ones: patient, gentle and "
        "funny. Mr Tingle Snr is fond of the twins but clear that he is too old to take "
        "on two more children.",
    )),
    ("5. Wishes and feelings", (
        "Reece (10), seen on his own at school and in the car: \"I don't want to leave "
        "Kay-Kay but I don't want to keep getting wrong all the time.\" He said that if "
        "he has to move he wants \"a house with a dog and a garden for football\" and that "
        "he must still see Mason and Lily every month \"cos they'll forget me\". He asked "
        "whether it was his fault. I told him it was not.",
        "Kayleigh (10): wants to stay with Pauline and Trevor, see Reece \"every week, but "
        "not living with him\", and see the little ones and Mum.",
    )),
    ("6. What the adults think", (
        "Donna wants the twins kept together \"because they came into the world "
        "together\", but says she understands. Craig, by phone, said \"Reece has always "
        "been a handful\" and that his partner Shannon would be willing to have the twins "
        "for tea sometimes; I explained family time with Mr Tingle stays suspended until "
        "he works with us. Mr Oxley has never been found; his last known address (2009) "
        "was in Barnsley. Craig's mother, Brenda Tingle, sends the twins birthday cards. "
        "Derek said Reece is \"the spit of our Craig at that age\" and "
        "worries he will be blamed. Pauline and Trevor love both twins, would keep Reece "
        "in their lives, and will bring Kayleigh to family time.",
    )),
    ("7. Analysis", (
        "Using the Together or Apart framework (Lord and Borthwick, BAAF 2008): the "
        "twins' relationship matters deeply to them both and is part of who they are. "
        "But the current arrangement is harming Kayleigh's safety and Reece's sense of "
        "himself (\"the bad twin\"). A separate placement that can give Reece one-to-one "
        "attention, with frequent and well-planned family time, is more likely to keep "
        "the twins' relationship alive than a placement breakdown would. The younger two "
        "should not move.",
    )),
    ("8. Recommendation", (
        "That the twins should live apart: Kayleigh to stay with Mr and Mrs Staniforth; "
        "Reece to move, in a planned way over the summer holidays, to a single carer with "
        "experience of boys with SEMH needs. Janice Wragg (Stannington) has been matched "
        "and Reece has visited twice. Family time as below. To be reviewed at every LAC "
        "review and at 12 months.",
    )),
)

SIB_TIME: tuple[tuple[str, ...], ...] = (
    ("Who", "How often", "Where", "Supervision"),
    ("Reece and Kayleigh", "Weekly (Wednesday after school)", "Beck House, later "
     "community", "Tracey Beighton (FSW) for 3 months, then carers"),
    ("All four siblings", "Monthly, Saturday", "Beck House or out (park, bowling)",
     "FSW; Derek, Pauline and Janice bring them"),
    ("Twins with Mum", "Fortnightly", "Beck House", "Supervised (FSW)"),
    ("Twins with Craig", "Suspended", "-", "Review if Mr Tingle engages"),
    ("Phone / FaceTime", "Reece and Kayleigh may ring each other any evening", "-",
     "Carers"),
)


def build_sibling(corpus: Corpus) -> None:
    """Write the Together or Apart sibling assessment as a Word document."""
    doc = Document()
    text: list[str] = []
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
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
        head.text = f"{COUNCIL} - Children in Care Team 2 - CONFIDENTIAL"
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        text.append(head.text)
        foot = section.footer.paragraphs[0]
        foot.text = "Sibling assessment (Together or Apart) template v2 - OFFICIAL-SENSITIVE"
        text.append(foot.text)

    add("Together or Apart? Sibling Assessment", style="Title")
    table(SIB_DETAILS, (4.0, 13.0), header=False)
    add("Family composition", style="Heading 1")
    table(SIB_FAMILY, (3.6, 3.4, 2.2, 4.8, 3.0))
    for heading, paragraphs in SIB_SECTIONS:
        add(heading, style="Heading 1")
        for body in paragraphs:
            add(body)
    add("9. Family time plan", style="Heading 1")
    table(SIB_TIME, (3.8, 4.2, 4.0, 5.0))
    add("Gary Whitworth, Social Worker, 22/05/2014")
    add("Agreed: S. Hepworth, Team Manager, 27/05/2014", italic=True)

    props = doc.core_properties
    props.title = "Together or Apart sibling assessment"
    props.author = "Gary Whitworth"
    props.last_modified_by = "Sandra Hepworth"
    props.subject = "Sibling assessment"
    props.keywords = ""
    props.comments = ""
    props.created = dt.datetime(2014, 3, 18, 14, 2, 0)
    props.modified = dt.datetime(2014, 5, 27, 16, 45, 0)
    props.revision = 9
    buffer = io.BytesIO()
    doc.save(buffer)
    data = fixed_zip(buffer.getvalue(), (2014, 5, 27, 16, 45, 0))
    (CASE_DIR / SIBLING_DOCX).write_bytes(data)
    corpus.add(SIBLING_DOCX, *text)


# --------------------------------------------------------------------------------------------
# Family time (contact) records (PDF), 2015 to 2017
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Visit:
    """One family time record as Beck House types it."""

    iso: str
    when: str
    time: str
    venue: str
    children: str
    family: str
    worker: str
    happened: str
    observations: str
    actions: str


VISITS: tuple[Visit, ...] = (
    Visit("2015-01-14", "Wed 14/01/15", "16:00-17:30", "Beck House, room 3",
          "Reece, Kayleigh", "-", "Tracey Beighton (FSW)",
          "Janice brought Reece straight from school, Pauline brought Kayleigh. The twins "
          "played Uno and then made pancakes in the family kitchen. Reece was quiet at "
          "first; he said a boy at Sheaf Vale called him a \"care kid\". Kayleigh told him "
          "to ignore it and said \"you're cleverer than him anyway\". She helped him with "
          "his reading book and he let her.",
          "A lovely session. The twins are much calmer with each other since they stopped "
          "living together. Reece was proud to show Kayleigh the drawing of a tiger he did "
          "in art.",
          "None. Next session 21/01/15."),
    Visit("2015-03-07", "Sat 7th March 2015", "10:30-13:00",
          "Bowling alley, then lunch (community)",
          "Reece, Kayleigh, Mason, Lily-Mae", "-", "Tracey Beighton (FSW)",
          "Derek brought Mason and Lily-Mae; Janice and Pauline brought the twins and "
          "stayed for coffee. Reece set up the ramp for Lily-Mae every go and cheered "
          "when she knocked two pins down. Mason got a strike and Reece lifted him up. "
          "At lunch Reece cut up Lily's pizza for her. He gave Mason a drawing of "
          "Mason as a footballer in a Wednesday kit.",
          "Reece is a kind and patient big brother; the younger two clearly love him. "
          "Grandad Derek said Mason talks about \"our Reece\" all week.",
          "Derek asked for the next one to be at the park because of the cost."),
    Visit("2015-04-15", "15/04/2015", "16:00-17:30", "Beck House, room 3",
          "Reece, Kayleigh", "Mum (Donna Hollinshead); Gary Hollinshead (maternal uncle, "
          "not on the plan)", "Tracey Beighton (FSW)",
          "Donna arrived 40 minutes late with her brother. Uncle Gary smelled strongly of "
          "alcohol and was loud. He told Reece he would take him to the Wednesday match "
          "\"whatever the social say\" and gave him his number (07700 900896) on a "
          "scrap of paper, which I took. I asked Mr G. Hollinshead to leave and he did, "
          "swearing in reception. Donna cried and said her brother \"means well\". Kayleigh "
          "went and sat on Mum's knee. Reece went quiet and then kicked the door.",
          "Reece was upset and confused: he loves his uncle and wanted to go to the "
          "match. Uncle Gary is not to attend family time unless agreed with Gary "
          "Whitworth beforehand. Donna agreed.",
          "Informed GW by phone 17:45. Reece's number for Uncle Gary destroyed."),
    Visit("2015-08-06", "Thurs 06.08.15", "14:00-15:30", "Beck House, garden",
          "Reece, Kayleigh", "Mum (Donna) - DID NOT ATTEND", "Jo Hague (FSW)",
          "Ms Hollinshead did not come and did not ring. Her phone went to voicemail. "
          "We waited 45 minutes. Kayleigh was upset and Pauline took her home. Reece "
          "stayed and played football with me in the garden. He said \"she always does "
          "this\" and \"I'm not bothered\".",
          "He was bothered. He kicked the ball over the fence on purpose and then "
          "apologised. Janice says he slept badly afterwards.",
          "Mum to confirm by 10am on the day in future or family time cancelled in time "
          "to tell the twins."),
    Visit("2016-02-24", "Wed 24/02/16", "16:30-19:00", "Cinema and tea (community)",
          "Reece, Kayleigh", "-", "Carer-led (Janice Wragg and Pauline Staniforth); "
          "Tracey Beighton (FSW) phoned both carers after",
          "First twins' family time in the community without a worker. Janice and Pauline "
          "took them to see Kung Fu Panda 3 and then for a burger. Pauline says the twins "
          "laughed all the way through and argued only about the chips. Reece walked "
          "Kayleigh to Pauline's car and hugged her, which Pauline says he has never done "
          "in front of anyone. (Pauline's landline for the FSW: " + STANIFORTH_LANDLINE
          + ".)",
          "From the carers' accounts: the twins are ready for carer-led family time. Both "
          "carers are confident and communicate well with each other.",
          "Weekly twins' family time to be carer-led from March; FSW to review quarterly."),
    Visit("2016-06-19", "Sun 19/06/2016", "12:00-15:00", "Pizza restaurant, city centre",
          "Reece, Kayleigh (13th birthday)", "Mum (Donna Hollinshead)",
          "Tracey Beighton (FSW)",
          "The twins' 13th birthday. Janice and Pauline both came. Donna brought a cake "
          "with both their names on it and had got Reece a Wednesday shirt with 13 on "
          "the back. Reece gave Kayleigh a drawing of the two of them as babies (copied "
          "from the only photo) and she cried. Donna said she has a new flat in "
          "Rotherham and a job at a bakery.",
          "The best family time with Mum I have supervised. She was on time, warm and "
          "focused on the twins. Reece said after: \"That's my best birthday.\"",
          "GW to consider moving Mum's family time to monthly in the community."),
    Visit("2016-10-22", "22/10/2016", "11:00-14:00", "Weston Park and the museum",
          "Reece, Kayleigh, Mason, Lily-Mae", "-", "Tracey Beighton (FSW)",
          "Half-term trip. Reece, now 13, took Mason round the museum and read all the "
          "signs to him. Lily-Mae wanted Kayleigh to do her hair. Picnic by the pond; "
          "Reece and Mason had a kickabout. Mr Tingle Snr (Grandad Tingle) said his knees are "
          "bad and asked whether the twins' carers could do more of the driving.",
          "Warm and natural. Very little for me to do: the carers are managing the "
          "sibling group well between them.",
          "Propose that sibling family time is carer-led from January (GW to agree)."),
    Visit("2017-02-18", "Sat 18.02.17", "10:00-11:30", "Beck House, room 1",
          "Reece, Kayleigh", "Craig Tingle (\"Dad\"); Shannon Leeming (not agreed)",
          "Tracey Beighton (FSW) and Gary Whitworth (SW)",
          "First family time with Craig since 2011, after he completed a domestic abuse "
          "programme. He brought his partner Shannon without asking; Ms Leeming waited in "
          "reception, and Ms Leeming's little boy was with her. Reece was very nervous and "
          "stood by the window. Craig said sorry to "
          "both twins \"for what I put you through\". Reece asked him \"why did you grab "
          "me that time?\" and Craig said he didn't remember. Reece walked out to the "
          "garden and Gary followed him.",
          "Kayleigh did most of the talking. Reece said to Gary: \"He doesn't even "
          "remember. I remember everything.\" Mr Tingle was reminded that any further "
          "family time must be planned with the twins' social worker.",
          "No further family time with Craig unless Reece asks for it."),
    Visit("2017-08-12", "12/08/2017", "13:00-17:00", "Grandad's garden (Derek Tingle's)",
          "Reece, Kayleigh, Mason, Lily-Mae", "Derek Tingle (special guardian)",
          "Carer-led; Tracey Beighton (FSW) visited 14:00-15:00",
          "Barbecue at Derek's for Mason and Lily-Mae's end of school year. Janice and "
          "Pauline came. Reece set up goals in the garden and ran a penalty shoot-out for "
          "the little ones; Lily-Mae scored and he pretended to dive the wrong way. He "
          "showed Grandad his art award certificate from Loxley Edge.",
          "All four children relaxed and happy. Derek asked if this could happen every "
          "summer.",
          "Agreed in principle (GW)."),
    Visit("2017-12-16", "Sat 16th Dec 2017", "11:00-13:00", "Beck House, family room",
          "Reece, Kayleigh, Mason, Lily-Mae", "Mum (Donna Hollinshead)",
          "Tracey Beighton (FSW)",
          "Christmas family time with Mum and all four children, the first since 2013. "
          "Donna brought a present for each of them and a tin of Quality Street. Lily-Mae "
          "did not remember Mum well and stayed close to Reece at first; he sat her on his "
          "knee and helped her open her present (a Frozen colouring set). Mason and Reece "
          "played FIFA on the centre's PlayStation. Kayleigh did Donna's make-up. Donna "
          "asked Reece to draw her a picture and he drew the four children in Santa hats.",
          "Donna was warm and appropriate throughout. Reece was protective of the younger "
          "two and checked on Lily-Mae every few minutes. At the end Donna cried and "
          "Reece told her \"don't, Mum, it's Christmas\".",
          "Mum's family time with all four to be twice a year (Christmas and summer) if "
          "the special guardian agrees. GW to ask Mr D. Tingle."),
)


def family_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the Beck House family time print."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(MARGIN_X, PAGE_H - 11 * mm, "Beck House Family Centre")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 11 * mm,
                           f"Family Time Records - Reece HOLLINSHEAD - {SUBJECT_ID}")
    canvas.line(MARGIN_X, PAGE_H - 13 * mm, PAGE_W - MARGIN_X, PAGE_H - 13 * mm)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, f"{COUNCIL} - OFFICIAL-SENSITIVE")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"{page}/{total}")
    canvas.restoreState()


def family_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the family time records."""
    return (f"Beck House Family Centre Family Time Records - Reece HOLLINSHEAD - {SUBJECT_ID} "
            f"{COUNCIL} - OFFICIAL-SENSITIVE {page}/{total}")


def build_family(corpus: Corpus) -> int:
    """Write the family time records; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "FAMILY TIME (CONTACT) RECORDS 2015 - 2017"
    intro = ("Records of supervised and carer-led family time for Reece, printed for his "
             "file. Records made on Kayleigh's, Mason's and Lily-Mae's files are not "
             f"included. Family time service: Tracey Beighton, {TRACEY_PHONE}.")
    story: list = [para(title, H1), para(intro, SMALL), Spacer(1, 2 * mm)]
    text = [title, intro]
    for v in VISITS:
        pairs = [("Date", v.when), ("Time", v.time), ("Venue", v.venue),
                 ("Child(ren)", v.children), ("Family present", v.family),
                 ("Supervised by", v.worker)]
        rows = [("What happened", v.happened), ("Supervisor's observations", v.observations),
                ("Actions / next", v.actions)]
        block = Table([[para(a, SMALL_BOLD), para(b, SMALL)] for a, b in rows],
                      colWidths=[32 * mm, w - 32 * mm])
        block.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story += [pair_table(pairs, w, label_w=25 * mm, shade="#f3ead8"), block,
                  Spacer(1, 5 * mm)]
        record = f"{pairs_text(pairs)}\n{pairs_text(rows)}"
        text.append(record)
        corpus.note(FAMILY_PDF, v.iso, record)
    pages = build_platypus(CASE_DIR / FAMILY_PDF, family_furniture, story,
                           "Family time records", "Beck House", top=20 * mm)
    corpus.add(FAMILY_PDF, *(family_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# Loxley Edge School annual report (PDF), July 2017
# --------------------------------------------------------------------------------------------

SCHOOL_ADDRESS = "Loxley Edge School, Rodmoor Lane, Loxley, Sheffield S6 4ZW"

SCHOOL_DETAILS: list[tuple[str, str]] = [
    ("Pupil", "Reece Hollinshead"),
    ("Year / group", "Year 9, Kestrel class"),
    ("Date of birth", "19.06.2003"),
    ("Boarding", "Weekly (Mon-Fri), Oak House"),
    ("Form tutor", "Miss E. Revill"),
    ("Residential key worker", "Dawn Ibbotson"),
    ("Attendance", "96.4% (authorised absence: 2 days, grandmother's anniversary)"),
    ("EHCP", "SEMH; annual review 08/03/2017"),
]

SCHOOL_SUBJECTS: tuple[tuple[str, ...], ...] = (
    ("Subject", "Effort", "Progress", "Comment", "Teacher"),
    ("English", "3", "Expected",
     "Reece still says he \"hates reading\" but he read the whole of Holes this year and "
     "wrote a brilliant diary entry as Stanley. Spelling is improving.", "Miss E. Revill"),
    ("Maths", "3", "Expected",
     "Confident with number; fractions still wobble. Works best next to the door.",
     "Mr T. Dyson"),
    ("Science", "2", "Below",
     "Enjoyed the rocket project. Needs to stay in the room for the written part.",
     "Mr T. Dyson"),
    ("Art", "4", "Above",
     "Outstanding. Reece's charcoal drawing of Stanage Edge was chosen for the city "
     "schools' art exhibition in June and he won the school's Art Prize. He is generous "
     "with his talent and helps the younger ones with shading.", "Mrs A. Sharma"),
    ("PE", "4", "Above",
     "Captain of the under-14 football team. Scored the winning goal in the SEMH Schools "
     "Cup final on 24 May 2017 (2-1 against Oakwood Grange) and was Player of the Season. "
     "He has learned to walk away when a referee gets it wrong - mostly!", "Mr D. Hinchliffe"),
    ("Food technology", "3", "Expected",
     "Made a shepherd's pie \"for Janice\" and took it home on Friday.", "Mrs L. Crookes"),
    ("PSHE", "3", "Expected", "Thoughtful in group discussions about feelings and families.",
     "Miss E. Revill"),
)

SCHOOL_SECTIONS: tuple[tuple[str, str], ...] = (
    ("Residential report (Oak House)",
     "Reece has had a really good year in Oak House. He settles quickly on a Monday, helps "
     "with the tea rota without being asked and has only had two serious incidents this "
     "year (both in the autumn term). When a new Year 7 boy, Brandon Kirk, was homesick in "
     "September, Reece sat with him at tea every night for a week and taught him to play "
     "chess. He talks a lot about his little brother and sister and is a kind big brother: "
     "he made Mason and Lily-Mae Easter cards with their names in graffiti letters and "
     "saved his points to buy them each a chocolate egg from the tuck shop. He rings his "
     "twin sister on Wednesday evenings. - Dawn Ibbotson, residential key worker, and "
     "Paul Cutts, Head of Care"),
    ("Enrichment and Oak House activities",
     "Reece joined the Tuesday climbing club at the wall in town and got his Level 1 "
     "certificate. He went on the Year 9 residential to the Peak District in May and was "
     "the only one who did the whole of the night walk without complaining. He helped "
     "the care staff build the Oak House vegetable beds and is very proud of \"his\" "
     "runner beans. He is a member of the school council and spoke at the governors' "
     "meeting about the new rewards shop."),
    ("Rewards",
     "1,240 achievement points (second highest in the school). Star of the Term: autumn "
     "and summer. Head's commendation for the Cup final."),
    ("Targets for Year 10",
     "1. Read for ten minutes every night in Oak House. 2. Use his time-out card before "
     "things get big. 3. Enter the art exhibition again - GCSE Art next year."),
    ("Reece's comment",
     "This year was good. My best thing was scoring in the final and Mr Hinchliffe lifting "
     "me up. And my drawing going in a proper gallery. I want to be a tattoo artist or a "
     "footballer. I miss my little brother and sister but I see them every month."),
    ("Headteacher's comment",
     "A year to be very proud of, Reece. You have shown everyone what you can do. - "
     "Mrs R. Moorhouse, Headteacher, 14 July 2017"),
)


def school_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Letterhead and footer of the school's annual report."""
    canvas.saveState()
    canvas.setFont("Times-Bold", 16)
    canvas.setFillColor(colors.HexColor("#2e5e2e"))
    canvas.drawCentredString(PAGE_W / 2, PAGE_H - 16 * mm, "Loxley Edge School")
    canvas.setFont("Times-Italic", 9)
    canvas.drawCentredString(PAGE_W / 2, PAGE_H - 21 * mm,
                             "A residential special school for boys and girls aged 10 to 16")
    canvas.setFillColor(colors.black)
    canvas.setFont("Times-Roman", 8)
    canvas.drawCentredString(PAGE_W / 2, PAGE_H - 25.5 * mm,
                             f"{SCHOOL_ADDRESS} | Tel {SCHOOL_PHONE}")
    canvas.line(MARGIN_X, PAGE_H - 28 * mm, PAGE_W - MARGIN_X, PAGE_H - 28 * mm)
    canvas.drawString(MARGIN_X, 10 * mm, "Annual Report 2016-17")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def school_furniture_text(page: int, total: int) -> str:
    """The letterhead and footer text of one page of the school report."""
    return ("Loxley Edge School A residential special school for boys and girls aged 10 to "
            f"16 {SCHOOL_ADDRESS} | Tel {SCHOOL_PHONE} Annual Report 2016-17 Page {page} of "
            f"{total}")


def build_school(corpus: Corpus) -> int:
    """Write the school's annual report; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "Annual Report to Parents and Carers - Summer Term 2017"
    story: list = [para(title, SERIF_H),
                   pair_table(SCHOOL_DETAILS, w, label_w=33 * mm, body=SERIF_SMALL,
                              head=SERIF_SMALL_BOLD, shade="#e6efe6"),
                   Spacer(1, 3 * mm),
                   grid_table(SCHOOL_SUBJECTS, [24 * mm, 13 * mm, 17 * mm, w - 86 * mm,
                                                32 * mm], shade="#e6efe6", body=SERIF_SMALL,
                              head=SERIF_SMALL_BOLD)]
    text = [title, pairs_text(SCHOOL_DETAILS), rows_text(SCHOOL_SUBJECTS)]
    for heading, body in SCHOOL_SECTIONS:
        story += [para(heading, SERIF_H), para(body, SERIF)]
        text += [heading, body]
    pages = build_platypus(CASE_DIR / SCHOOL_PDF, school_furniture, story,
                           "Annual report - Reece Hollinshead", "Loxley Edge School",
                           top=33 * mm)
    corpus.add(SCHOOL_PDF, *(school_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# Child Looked After review record (PDF), 14 March 2018, with "Reece's views"
# --------------------------------------------------------------------------------------------

REVIEW_DETAILS: list[tuple[str, str]] = [
    ("Child", f"Reece HOLLINSHEAD ({SUBJECT_ID})"),
    ("DOB / age", f"{SUBJECT_DOB} (14 yrs 8 mths)"),
    ("Review no.", "14th (Reece's own reviews since 2014; joint before then)"),
    ("Date", "Wednesday 14 March 2018, 13:30"),
    ("Venue", "Loxley Edge School, Oak House lounge"),
    ("Legal status", f"Care Order s31 ({COURT_NO}), 11/06/2012"),
    ("Placement", f"Mrs Wragg (Janice Wragg, LA foster carer, {JANICE_MOBILE}) since "
                  "28/07/2014; weekly boarder at Loxley Edge School since 20/04/2015"),
    ("IRO", "Martin Fairclough"),
]

REVIEW_PRESENT = (
    "Present: Reece (chose to attend all of it and to sit next to Janice); Janice Wragg "
    "(foster carer); Gary Whitworth (SW); Lorraine Sykes (SSW); Paul Cutts (Head of Care, "
    "Loxley Edge); Miss Emma Revill (form tutor). Contributions: Julie Froggatt (LAC "
    "nurse, written); Steph Outram (Virtual School, PEP); Ms Hollinshead (phone call with "
    "the IRO on 12/03/2018). Not invited at Reece's request: Mr Tingle."
)

REVIEW_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. Reece's views", (
        "I saw Reece on his own for 25 minutes before the meeting, in the art room, where "
        "he showed me the portfolio he is doing for his GCSE option. He had filled in his "
        "consultation form with Dawn. These are his words:",
        "\"I like it at Loxley. I want to stay here till the end of Year 11, not go back to "
        "a normal school. I like coming home to Janice's at weekends and I want to stay "
        "at Janice's when I'm 18 as well, she said I can.\"",
        "\"I want to see Mason and Lily more. Grandad's knees are bad so it's always me "
        "going there. Can Janice drive me on a Sunday as well?\"",
        "\"Me and Kayleigh are better now. She's got a boyfriend, I'm not saying his name "
        "cos she'll kill me.\"",
        "\"I don't want to see Dad. He still doesn't get it.\"",
        "\"About bonfire night. I know I shouldn't have gone with Uncle Gary. He said it "
        "was sorted with Gary (my Gary). It wasn't. I'm not doing that again.\"",
        "\"I want to do my Art GCSE and be a tattoo artist. Or play for Wednesday.\"",
        "He asked me to write down that he does not like being called \"the twin\" at "
        "meetings: \"I'm Reece.\"",
    )),
    ("2. Placement", (
        "Janice describes Reece as \"part of the furniture\" and says he has a good "
        "relationship with her son Dean Wragg, who takes him to the gym. There have been "
        "no incidents at home since the summer. Dean's girlfriend has had a baby and Reece "
        "is \"a natural\" with her. At school he still plays chess with Brandon every "
        "week. Lorraine Sykes confirmed Janice has agreed "
        "in principle to Staying Put. Reece's room has been decorated with his drawings.",
    )),
    ("3. Education", (
        "Paul Cutts and Miss Revill report a settled year: attendance 97%, predicted grade "
        "6 in Art and 4s in English and Maths. He is on the school council. PEP reviewed "
        "by Steph Outram on 28/02/2018; Pupil Premium Plus funding an art tutor on "
        "Thursdays.",
    )),
    ("4. Health", (
        "Julie Froggatt's report: growing well (178 cm), asthma controlled, dental check "
        "up to date. CAMHS (Dr Owen Pryce) discharged Reece in January: \"Reece now has "
        "the words for his feelings.\" Reece knows how to get back to CAMHS if he needs to.",
    )),
    ("5. Family and family time", (
        "Kayleigh is still with Mr and Mrs Staniforth and is in Year 10 at Sheaf Vale "
        "Academy. The twins speak on the phone most Wednesdays and meet up every two "
        "weeks in town, arranged by Janice and Pauline. Mason (9) and Lily-Mae (7) are "
        "at Longley Brook Primary and doing well with Grandad Derek, whose health is "
        "poor (knee replacement due). Sibling family time continues monthly, carer-led. "
        "Ms Hollinshead told me by phone that she is well, working, and would like to see "
        "the twins monthly \"without a social worker sat there\"; she lives with her "
        "partner, Lee Brookes, whom the children have not met; she asked for Reece's "
        "mobile number, which has not been given, in line with his wishes. Mr Tingle "
        "has had no family time since February 2017.",
    )),
    ("6. Missing episode 05/11/2017", (
        "Reece was collected from the school gate by his maternal uncle Gary Hollinshead "
        "without permission, and was found by PC 1093 Dobson at a bonfire in Hillsborough Park "
        "at 22:10. He had not been drinking. The return interview (Gary Whitworth) found no "
        "exploitation concerns; Reece was clear that his uncle told him it was agreed. The "
        "school has Uncle Gary's photograph at reception. Donna has spoken to her brother.",
    )),
    ("7. Identity, life story and independence", (
        "Reece has his life story book from 2013 and has added to it this year with Gary: "
        "photos of the Cup final, the art exhibition and Nanna Pat's funeral order of "
        "service. He would like a photo of himself as a baby with Kayleigh, and Gary will "
        "ask Ms Hollinshead for one. He is proud to be a Sheffield lad and a Wednesday "
        "fan, and he wants his twin sister to know he is doing well. Independence: he can "
        "make three meals, uses the bus to town on his own at weekends and has a savings "
        "account with Janice (his junior ISA is held by the council). He would like to "
        "start learning to drive at 17.",
    )),
    ("8. Advocacy, complaints and the IRO between reviews", (
        "Reece knows he can have an advocate (NYAS) and does not want one at the moment: "
        "\"I can say it myself.\" He has my card and my number and rang me once since his "
        "last review, in November, to ask whether he would be in trouble for bonfire "
        "night; I told him he was not. He made no complaints. Janice asked for it to be "
        "recorded that the delay in his passport application (for the Loxley Edge trip "
        "to France in June) is now urgent; Gary will chase the delegated authority form "
        "this week.",
    )),
    ("9. IRO's view", (
        "This is a young man who has come a very long way. The plan is working and Reece "
        "owns it. I agree with his wishes: he should stay at Loxley Edge to the end of Year "
        "11, with Staying Put with Janice afterwards. Pathway planning should start after "
        "his 15th birthday, so that he can get to know his personal adviser early.",
    )),
)

REVIEW_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("No.", "Recommendation", "Who", "By when"),
    ("1", "Care plan endorsed: long-term fostering with Janice Wragg; Loxley Edge to end "
     "of Year 11 (July 2019).", "GW", "-"),
    ("2", "Sibling family time: add a Sunday afternoon visit to Mason and Lily-Mae each "
     "month; Janice to drive; travel costs paid.", "GW / LS", "30/04/2018"),
    ("3", "Staying Put: written agreement in principle.", "LS", "Next review"),
    ("4", "Allocate a personal adviser after Reece turns 15.", "GW / TM", "31/07/2018"),
    ("5", "Refer to the Virtual School's art mentoring scheme.", "Steph Outram",
     "30/04/2018"),
    ("6", "Passport application and delegated authority form for the school trip to "
     "France.", "GW", "23/03/2018"),
    ("7", "Ask Ms Hollinshead for a baby photo of the twins for Reece's life story book.",
     "GW", "Next review"),
    ("8", "Next review: September 2018 at Janice's (Reece's choice).", "MF", "-"),
)

REVIEW_SIGNED = (
    "Martin Fairclough, Independent Reviewing Officer, Don Valley MBC, "
    f"{MARTIN_PHONE}, {MARTIN_EMAIL}. Record completed 19/03/2018; recommendations sent to "
    "the team manager within 5 working days. Distribution: Reece (his own letter from me), "
    "Janice Wragg, Gary Whitworth, Lorraine Sykes, Loxley Edge School (Paul Cutts). Not "
    "to be sent to Ms Hollinshead or Mr Tingle: a summary of the recommendations about "
    "family time only will go to Ms Hollinshead, as agreed with Reece."
)


def review_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the 2018 review record (IRO service template)."""
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawString(MARGIN_X, PAGE_H - 10 * mm,
                      f"{COUNCIL} - Independent Reviewing Officer Service")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 10 * mm,
                           f"CLA review - {SUBJECT} - 14/03/2018")
    canvas.setFillColor(colors.HexColor("#7a1f3d"))
    canvas.rect(MARGIN_X, PAGE_H - 12.5 * mm, PAGE_W - 2 * MARGIN_X, 0.7 * mm, stroke=0,
                fill=1)
    canvas.setFillColor(colors.black)
    canvas.drawString(MARGIN_X, 10 * mm, "OFFICIAL-SENSITIVE (personal)")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def review_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the 2018 review."""
    return (f"{COUNCIL} - Independent Reviewing Officer Service CLA review - {SUBJECT} - "
            f"14/03/2018 OFFICIAL-SENSITIVE (personal) Page {page} of {total}")


def build_review(corpus: Corpus) -> int:
    """Write the 2018 review record; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "CHILD LOOKED AFTER REVIEW: RECORD AND RECOMMENDATIONS"
    story: list = [para(title, H1), pair_table(REVIEW_DETAILS, w, label_w=24 * mm,
                                               shade="#f2e4ea"),
                   Spacer(1, 2 * mm), para(REVIEW_PRESENT, BODY)]
    text = [title, pairs_text(REVIEW_DETAILS), REVIEW_PRESENT]
    for heading, paragraphs in REVIEW_SECTIONS:
        story.append(para(heading, H2))
        text.append(heading)
        for body in paragraphs:
            story.append(para(body, ARIAL))
            text.append(body)
    story += [para("10. Recommendations", H2),
              grid_table(REVIEW_ACTIONS, [10 * mm, w - 60 * mm, 22 * mm, 28 * mm],
                         shade="#f2e4ea"),
              Spacer(1, 4 * mm), para(REVIEW_SIGNED, SMALL)]
    text += ["10. Recommendations", rows_text(REVIEW_ACTIONS), REVIEW_SIGNED]
    pages = build_platypus(CASE_DIR / REVIEW_PDF, review_furniture, story,
                           "CLA review record", "Martin Fairclough", top=20 * mm)
    corpus.add(REVIEW_PDF, *(review_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# Review health assessment (PDF), 11 February 2019
# --------------------------------------------------------------------------------------------

HEALTH_DETAILS: list[tuple[str, str]] = [
    ("Name", "Reece HOLLINSHEAD"),
    ("DOB", "19-06-2003"),
    ("NHS number", SUBJECT_NHS),
    ("LCS ID", SUBJECT_ID),
    ("GP", "Dr Imran Qureshi, Holmebrook Medical Centre"),
    ("Dentist", "Stannington Dental Care (registered)"),
    ("Carer", f"Janice Wragg, {JANICE_HOME}, {JANICE_PC} - {JANICE_LANDLINE}"),
    ("Social worker", f"Gary Whitworth {GARY_PHONE}"),
    ("Education", "Loxley Edge School (weekly boarder), Year 11"),
    ("Assessment", "RHA, seen at the carer's home with Janice for part; Reece seen alone"),
]

HEALTH_GROWTH: tuple[tuple[str, ...], ...] = (
    ("Date", "Height (cm)", "Weight (kg)", "BMI", "Centile / note"),
    ("22/11/2011", "127.0", "24.1", "14.9", "9th height (neglect; catch-up expected)"),
    ("03/03/2016", "158.5", "46.0", "18.3", "50th"),
    ("12/02/2018", "178.0", "63.2", "19.9", "75th"),
    ("11/02/2019", "181.5", "69.8", "21.2", "75th - healthy"),
)

HEALTH_SECTIONS: tuple[tuple[str, str], ...] = (
    ("Health since the last review",
     "No A&E attendances. One GP visit (08/10/2018) for a sprained ankle playing football. "
     "Asthma: brown inhaler stopped by Dr Qureshi in 2018, blue inhaler only before "
     "football; no attacks this year. Eyes: tested 06/2018, normal. Hearing normal."),
    ("Background",
     "Reece came into care in March 2011, aged 7, with his twin sister and two younger "
     "half-siblings. At his initial health assessment he was underweight, had untreated "
     "tooth decay, was behind with his immunisations and was wetting the bed; these were "
     "all linked to neglect at home. He had CAMHS support from 2012 to 2018 for anger "
     "and trauma. He has lived with his foster carer since July 2014 and boards at "
     "Loxley Edge School in the week. This is his annual review health assessment."),
    ("Immunisations",
     "Up to date: Td/IPV and MenACWY given at school 24/01/2019. Childhood schedule was "
     "incomplete on entering care (2011) and was caught up by 2012."),
    ("Emotional health and wellbeing",
     "SDQ (carer) 11, normal range (24 in 2014, 17 in 2016). Discharged by CAMHS in "
     "January 2018 (Dr Owen Pryce). Sleeps well at Janice's; at Oak House sometimes lies "
     "awake on Sunday nights. He says drawing is what helps most (\"I draw till my head "
     "goes quiet\"). No self-harm. Anger much improved; uses his time-out card."),
    ("Lifestyle",
     "Plays football three times a week (school and Stannington under-16s). Does not "
     "smoke. Has tried vaping at school \"once, it was minging\". Alcohol: a can at a "
     "party at Christmas. Sex and relationships: talked through; knows about the "
     "C-card and where the sexual health clinic is. Healthy diet; loves Janice's "
     "shepherd's pie."),
    ("Family health history",
     "Mother: depression after the birth of her youngest child, treated by her GP; says "
     "she is well now. "
     "Maternal grandmother died in 2016 aged 54 (COPD, smoker). Twin sister: eczema and "
     "asthma. Birth father: nothing known. No known family history of heart disease "
     "or diabetes on the maternal side."),
    ("Reece's views",
     "\"I'm healthy. I'm fit. I want to get my ankle strong for the trials at Castlegate.\" "
     "He asked for the leaflet about tattoos and skin infections \"for when I'm 18\". He "
     "would like to have his own copy of his health history when he leaves care."),
)

HEALTH_PLAN: tuple[tuple[str, ...], ...] = (
    ("No.", "Health need", "Action", "Who", "By"),
    ("1", "Asthma", "Annual asthma review at Holmebrook; inhaler technique", "Reece / "
     "Janice", "05/2019"),
    ("2", "Dental", "Six-monthly check (next due 04/2019)", "Janice", "04/2019"),
    ("3", "Emotional health", "Drawing and football; Sunday-night check-in at Oak House; "
     "self-refer to CAMHS or the school nurse if needed", "Reece / Paul Cutts", "ongoing"),
    ("4", "Leaving care", "Health summary and passport for Reece before he is 18",
     "Julie Froggatt", "06/2021"),
)

HEALTH_SIGNED = (
    f"Julie Froggatt RGN, Specialist Nurse for Looked After Children, {NURSE_PHONE}. "
    "11/02/2019. Copy to: GP (Dr Qureshi), Gary Whitworth (SW), Reece, Janice Wragg."
)


def health_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the review health assessment (health trust form)."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#005eb8"))
    canvas.rect(PAGE_W - MARGIN_X - 40 * mm, PAGE_H - 17 * mm, 40 * mm, 9 * mm, stroke=0,
                fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawCentredString(PAGE_W - MARGIN_X - 20 * mm, PAGE_H - 14 * mm, "CLA Health")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(MARGIN_X, PAGE_H - 12 * mm, "Don Valley Community Health Services")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 16 * mm,
                      "Looked After Children's Health Team - Review Health Assessment (Form C)")
    canvas.drawString(MARGIN_X, 10 * mm,
                      f"CONFIDENTIAL: health information | NHS {SUBJECT_NHS}")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def health_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the health review."""
    return ("CLA Health Don Valley Community Health Services Looked After Children's Health "
            "Team - Review Health Assessment (Form C) CONFIDENTIAL: health information | NHS "
            f"{SUBJECT_NHS} Page {page} of {total}")


def build_health(corpus: Corpus) -> int:
    """Write the review health assessment; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "REVIEW HEALTH ASSESSMENT - SUMMARY AND HEALTH PLAN"
    story: list = [para(title, H1), pair_table(HEALTH_DETAILS, w, label_w=24 * mm,
                                               shade="#e3edf8"),
                   para("Growth", H2),
                   grid_table(HEALTH_GROWTH, [24 * mm, 24 * mm, 24 * mm, 16 * mm,
                                              w - 88 * mm], shade="#e3edf8")]
    text = [title, pairs_text(HEALTH_DETAILS), "Growth", rows_text(HEALTH_GROWTH)]
    for heading, body in HEALTH_SECTIONS:
        story += [para(heading, H2), para(body, BODY)]
        text += [heading, body]
    story += [para("Health plan", H2),
              grid_table(HEALTH_PLAN, [10 * mm, 28 * mm, w - 94 * mm, 32 * mm, 24 * mm],
                         shade="#e3edf8"),
              Spacer(1, 4 * mm), para(HEALTH_SIGNED, SMALL)]
    text += ["Health plan", rows_text(HEALTH_PLAN), HEALTH_SIGNED]
    pages = build_platypus(CASE_DIR / HEALTH_PDF, health_furniture, story,
                           "Review Health Assessment", "Julie Froggatt", top=22 * mm,
                           creator="SystmOne")
    corpus.add(HEALTH_PDF, *(health_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# E-mail (EML), 2 July 2019: handover from the social worker to the personal adviser
# --------------------------------------------------------------------------------------------

DONNA_2019 = "Flat 8, Cliffe Court, Rawmarsh"
DONNA_2019_PC = "S62 7ZB"

EMAIL_HEADERS = {
    "From": f"Gary Whitworth <{GARY_EMAIL}>",
    "To": f"Hayley Brammer <{HAYLEY_EMAIL}>",
    "Cc": f"Martin Fairclough <{MARTIN_EMAIL}>, Janice Wragg <{JANICE_EMAIL}>",
    "Subject": "RE: Reece H - handover, summer family time and a few loose ends",
}

EMAIL_PARAGRAPHS = (
    "Hi Hayley,",
    "As promised, the main things for Reece before you take over as his PA on the 22nd. "
    "Janice is copied in as she knows all of this anyway, and Martin for the September "
    "review.",
    "1. School. He leaves Loxley Edge on Friday 19th July. Leavers' assembly is at 10:00 "
    "and he has asked for both of us and Janice to come (he won't say why, but Paul Cutts "
    f"({CUTTS_EMAIL}) has told me he's getting the Head's Award for Kindness, so act "
    "surprised). "
    "Castlegate College have offered him Level 2 Sport from 4th September, subject to a "
    "4 in English, which he should get.",
    "2. Staying Put. Janice has signed the agreement in principle. Lorraine will do the "
    "formal agreement before his 18th birthday, 19/06/2021. He wants to stay at Janice's "
    "until at least 19 and she is happy with that.",
    "3. Family time over the summer. This is the tricky bit. Derek Tingle has his knee "
    "replacement on 15th July, and Mason and Lily-Mae are going to stay with their dad "
    f"Craig and Shannon Leeming at {CRAIG_HOME}, {CRAIG_PC}, for about three weeks while "
    "he recovers (agreed by the special guardian; not our decision, they are not looked "
    "after). Reece does not want to go to Craig's house and I have told him he doesn't "
    "have to. Could you arrange for the little ones to meet Reece and Kayleigh at the "
    "park or at Janice's instead? Derek's landline is "
    f"{DEREK_LANDLINE} but he won't answer it from the 15th; Shannon's mobile is "
    "07700 900529 and she has been helpful.",
    "4. Mum. Donna has moved again, to "
    f"{DONNA_2019}, Rotherham {DONNA_2019_PC}. She e-mails Reece's old Loxley Edge address "
    f"from {DONNA_EMAIL} and would like his mobile number. Reece has said \"not yet\" and "
    "that he will give it to her himself when he's ready. Please respect that - it's the "
    "first time he has said anything like it.",
    "5. Uncle Gary. Gary Hollinshead has rung Janice's landline twice asking for Reece to go "
    "to a match with him. Reece would like to, now he is 16, but on his own terms and in "
    "the daytime. I think that is reasonable; please talk it through with him.",
    "6. Kayleigh. The twins' 16th birthday went really well (Pauline and Janice took them "
    "climbing at the Foundry). Kayleigh is doing her GCSEs at Sheaf Vale and wants to do "
    "childcare at Castlegate too, so they may end up at the same college. Reece is "
    "pleased, I think. He said \"she'd better not tell everyone I'm her twin\". "
    f"Kayleigh has her own phone now ({KAYLEIGH_PHONE}) and the twins text every day.",
    "I've written Reece's later-life letter and will give it to him at our last session "
    "on the 26th, with his life story book. A copy goes on the file.",
    "He is a great lad. Look after him.",
    "Gary",
    f"Gary Whitworth\nSocial Worker | Children in Care Team 2 | {COUNCIL}\n"
    f"Tel {GARY_PHONE} | Mob {GARY_MOBILE}\n"
    "This e-mail and any attachments are confidential and may be legally privileged.",
    "-----Original Message-----\n"
    f"From: Janice Wragg <{JANICE_EMAIL}>\n"
    "Sent: 01 July 2019 21:14\n"
    f"To: Gary Whitworth <{GARY_EMAIL}>\n"
    "Subject: Reece H",
    "Hiya Gary, just to say Reece's uncle rang the house again tonight, on the landline, "
    "wanting to take him to Hillsborough for a pre-season friendly. I said I'd ask you. "
    "Reece was earwigging on the stairs and said \"tell him yes but not if he's been "
    "drinking\". Out of the mouths of babes! Also can you make sure the new PA knows he "
    "hates being called Reecey by anyone except me and Kayleigh. Jan x",
)
EMAIL_BODY = "\n\n".join(EMAIL_PARAGRAPHS) + "\n"


def build_email(corpus: Corpus) -> None:
    """Write the e-mail (quoted-printable, as Outlook sends it)."""
    msg = EmailMessage()
    for name, value in EMAIL_HEADERS.items():
        msg[name] = value
    msg["Date"] = format_datetime(dt.datetime(2019, 7, 2, 8, 52, 31, tzinfo=dt.UTC))
    msg["Message-ID"] = "<DB7PR03MB4972A1C3F06E2D5B9C8E41A7D2F90@DB7PR03MB4972.eurprd03.prod>"
    msg["In-Reply-To"] = "<5E2D1F0A-93B4-4C7A-8F15-6A7C2E9B3D41@example.com>"
    msg["Thread-Topic"] = "Reece H"
    msg["X-MS-Has-Attach"] = ""
    msg.set_content(EMAIL_BODY, cte="quoted-printable")
    data = msg.as_bytes(policy=default_policy)
    parsed = message_from_bytes(data, policy=default_policy)
    assert normalise(parsed.get_content()) == normalise(EMAIL_BODY), "e-mail does not round-trip"
    (CASE_DIR / EMAIL_EML).write_bytes(data)
    corpus.add(EMAIL_EML, *EMAIL_HEADERS.values(), EMAIL_BODY)


# --------------------------------------------------------------------------------------------
# Later-life letter (TXT), July 2019, written to Reece
# --------------------------------------------------------------------------------------------

LETTER_LINES = (
    "Don Valley MBC - Children in Care Team 2",
    "LATER LIFE LETTER - copy for file (original given to Reece with his life story book)",
    f"Reece Hollinshead  DOB {SUBJECT_DOB}  ID {SUBJECT_ID}",
    "",
    "26th July 2019",
    "",
    "Dear Reece,",
    "",
    "I have been your social worker for five and a half years, since you were ten, and "
    "now that you are sixteen and off to college I am handing over to Hayley. Before I go "
    "I wanted to write down your story as I know it, so that you have it in one place "
    "when you want it. Some of it you remember better than me. Some of it you might not "
    "want to read yet, and that's fine.",
    "",
    "You were born on 19 June 2003 at Don Valley General Hospital, two minutes before "
    "Kayleigh (you have never let her forget it). Your mum, Donna, was nineteen. Your "
    "birth father is Wayne Oxley; he was not around when you were little and we have never "
    "been able to find him. When you were two or three your mum met Craig, and you and "
    "Kayleigh called him Dad. Mason was born in November 2008 and Lily-Mae in April 2010, "
    "and you all lived in the flat on Skelton Walk.",
    "",
    "Things at home were hard. Your mum was poorly with depression and there was a lot of "
    "shouting and fighting between her and Craig. You told your teacher at Fernhollow "
    "about the bruise on your arm when you were seven, and that was very brave. On the "
    "night of 3 March 2011 the police found the four of you on your own, and the next day "
    "you and Kayleigh went to live with Pauline and Trevor, and Mason and Lily-Mae went "
    "to their grandad Derek's.",
    "",
    "You were with Pauline and Trevor for three years. Trevor taught you to ride a bike "
    "in the summer of 2011 and took you to football every Saturday; that is where you "
    "first played in goal, then found out you were better at scoring them. Trevor's "
    "photos of you in your first kit are in your life story book. You and "
    "Kayleigh fought like cats and dogs, and in 2014 we had to make a big decision. I "
    "wrote an assessment called \"Together or Apart\". You asked me if it was your fault. "
    "It was not, Reece. You had looked after the little ones when you were only little "
    "yourself, and all that worry came out as anger. Living apart was the grown-ups' "
    "decision, and I still think it was the right one, because it meant you and Kayleigh "
    "could be friends again.",
    "",
    "On 28 July 2014 you moved to Janice's. She had a dog called Bonnie, a garden for "
    "football and a son, Dean, who you thought was the coolest person alive. Your first "
    "Christmas there, Christmas 2014, you got a stocking with your name sewn on it and "
    "you told me you had never had one before.",
    "",
    "Secondary school didn't go well at first, and in April 2015 you started at Loxley "
    "Edge. You hated the first week and loved it by the first half-term, mostly because "
    "of your best mate there, Kieran Platts. You were "
    "captain of the under-14s, scored the winner in the Cup final, won the Art Prize, "
    "and you were kind to every new boy who was homesick, because you knew what it felt "
    "like. Your drawing of Stanage Edge hung in a real gallery.",
    "",
    "Nanna Pat died in May 2016. You went to the funeral in the suit Janice bought you "
    "and you held Kayleigh's hand all the way through.",
    "",
    "You have always been a brilliant big brother. Every month you checked that Mason had "
    "had his dinner, you let Lily-Mae win at penalties, and you drew them pictures. You "
    "called them Mase and Lils, and they still call you \"our Reece\". They love you to "
    "bits. Grandad Derek says Mason asks every week when you are coming.",
    "",
    "You asked me once why your dad didn't remember. I don't know the answer. I know you "
    "were brave to ask him, and you were right to say you didn't want to see him again "
    "until you were ready. The same goes for your mum: you decide.",
    "",
    "Reece, you are funny, loyal, talented and kind. I have loved being your social "
    "worker. Whatever you do next, tattoo artist or footballer or both, I'll be cheering.",
    "",
    "Best wishes,",
    "",
    "Gary",
    "Gary Whitworth, Social Worker",
)
LETTER = "\n".join(LETTER_LINES) + "\n"


def build_letter(corpus: Corpus) -> None:
    """Write the later-life letter as a plain-text file."""
    (CASE_DIR / LETTER_TXT).write_text(LETTER, encoding="utf-8", newline="\n")
    corpus.add(LETTER_TXT, LETTER)


# --------------------------------------------------------------------------------------------
# case.toml and ground truth
# --------------------------------------------------------------------------------------------

SUBJECT_ALIASES = ("Reece", "Reecey", "HOLLINSHEAD, Reece")

PEOPLE: tuple[Person, ...] = (
    Person("Donna Hollinshead", ("Donna", "Ms Hollinshead"), "redact",
           "no consent; Reece has not told her he asked for his file", relationship="mother"),
    Person("Craig Tingle", ("Craig", "Mr Tingle"), "redact", "no consent",
           relationship="stepfather"),
    Person("Kayleigh Hollinshead", ("Kayleigh",), "redact",
           "twin sister: her own records are hers to ask for", relationship="twin sister"),
    Person("Janice Wragg", ("Janice", "Mrs Wragg"), "disclose",
           "foster carer 2014-2022: consent given on 2026-10-20 to her name and details "
           "in Reece's records", role="foster carer"),
    Person("Gary Whitworth", ("Gary",), "disclose", "acting as his social worker",
           role="social worker"),
)


def case_toml() -> str:
    """The text of this case's CASE.toml in the DESIGN.md format."""
    lines = ["# Case file for a held-out fictional sample case in this folder (see",
             "# ../README.md). Everyone named here is invented.", "",
             "[subject]", f"name = {toml_str(SUBJECT)}",
             f"aliases = [{', '.join(toml_str(a) for a in SUBJECT_ALIASES)}]",
             'date_of_birth = "2003-06-19"', "",
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

DONNA, CRAIG, SHANNON, WAYNE = ("Donna Hollinshead", "Craig Tingle", "Shannon Leeming",
                                "Wayne Oxley")
DEREK, UNCLE, PAT = "Derek Tingle", "Gary Hollinshead", "Pat Hollinshead"
KAYLEIGH, MASON, LILY = "Kayleigh Hollinshead", "Mason Tingle", "Lily-Mae Tingle"
PAULINE, TREVOR = "Pauline Staniforth", "Trevor Staniforth"
ASHWORTH, DOBSON = "PC Ashworth", "PC Dobson"
GILLOTT, DEAN, BRANDON = "Mrs Gillott", "Dean Wragg", "Brandon Kirk"
BRENDA, BROOKES, FRETWELL, PLATTS = ("Brenda Tingle", "Lee Brookes", "Mick Fretwell",
                                     "Kieran Platts")

REDACT: tuple[tuple[str, str, str], ...] = (
    # Mother: shares the subject's surname, so "Ms Hollinshead" goes but "Reece Hollinshead"
    # stays; her homes as an adult (the flat the children were removed from included)
    ("Donna Hollinshead", "person", DONNA),
    ("Donna", "person", DONNA),
    ("Donna's", "person", DONNA),
    ("Ms Hollinshead", "person", DONNA),
    ("Ms Hollinshead's", "person", DONNA),
    ("Ms D. Hollinshead", "person", DONNA),
    ("08/03/1984", "dob", DONNA),
    (DONNA_PHONE, "phone", DONNA),
    (DONNA_EMAIL, "email", DONNA),
    (SKELTON, "address", DONNA),
    ("Skelton Walk", "address", DONNA),
    (SKELTON_PC, "postcode", DONNA),
    (DONNA_NEW, "address", DONNA),
    (DONNA_NEW_PC, "postcode", DONNA),
    (DONNA_2019, "address", DONNA),
    (DONNA_2019_PC, "postcode", DONNA),
    ("HOLLINSHEAD, Donna", "person", DONNA),
    # Stepfather, whom the twins call "Dad" (Dad stays as a relationship word)
    ("Craig Tingle", "person", CRAIG),
    ("Craig", "person", CRAIG),
    ("Craig's", "person", CRAIG),
    ("Mr Tingle", "person", CRAIG),
    ("14/12/1981", "dob", CRAIG),
    ("14/12/81", "dob", CRAIG),
    (CRAIG_HOME, "address", CRAIG),
    (CRAIG_PC, "postcode", CRAIG),
    ("TINGLE, Craig", "person", CRAIG),
    ("Mr Tingle's", "person", CRAIG),
    (CRAIG_CAR, "vehicle", CRAIG),
    ("Brenda Tingle", "person", BRENDA),
    ("Mrs Brenda Tingle", "person", BRENDA),
    ("Lee Brookes", "person", BROOKES),
    # His partner
    ("Shannon Leeming", "person", SHANNON),
    ("Shannon", "person", SHANNON),
    ("Shannon's", "person", SHANNON),
    ("Ms Leeming", "person", SHANNON),
    ("Ms Leeming's", "person", SHANNON),
    ("07700 900529", "phone", SHANNON),
    # The twins' birth father
    ("Wayne Oxley", "person", WAYNE),
    ("22.01.1980", "dob", WAYNE),
    ("OXLEY, Wayne", "person", WAYNE),
    ("Mr Oxley", "person", WAYNE),
    # Paternal grandfather of the younger two: kinship carer, then special guardian
    ("Derek Tingle", "person", DEREK),
    ("Derek Tingle's", "person", DEREK),
    ("Derek", "person", DEREK),
    ("Derek's", "person", DEREK),
    ("Grandad Derek", "person", DEREK),
    ("Mr D. Tingle", "person", DEREK),
    ("Mr Derek Tingle", "person", DEREK),
    ("Mr Tingle Snr", "person", DEREK),
    ("Grandad Tingle", "person", DEREK),
    ("TINGLE, Derek", "person", DEREK),
    ("30/05/1955", "dob", DEREK),
    (DEREK_HOME, "address", DEREK),
    (DEREK_PC, "postcode", DEREK),
    (DEREK_LANDLINE, "phone", DEREK),
    (SGO_NO, "case_ref", DEREK),
    # Maternal uncle: same first name as the social worker; never the bare "Gary"
    ("Gary Hollinshead", "person", UNCLE),
    ("Uncle Gary", "person", UNCLE),
    ("uncle Gary", "person", UNCLE),
    ("Uncle Gary's", "person", UNCLE),
    ("Mr G. Hollinshead", "person", UNCLE),
    (UNCLE_GARY_PHONE, "phone", UNCLE),
    (UNCLE_GARY_HOME, "address", UNCLE),
    (UNCLE_GARY_PC, "postcode", UNCLE),
    # Maternal grandmother (died 2016)
    ("Pat Hollinshead", "person", PAT),
    ("Nanna Pat", "person", PAT),
    ("Nanna Pat's", "person", PAT),
    # Twin sister: same surname and date of birth as Reece (the date of birth stays)
    ("Kayleigh Hollinshead", "person", KAYLEIGH),
    ("Kayleigh Louise Hollinshead", "person", KAYLEIGH),
    ("HOLLINSHEAD, Kayleigh", "person", KAYLEIGH),
    ("Kayleigh", "person", KAYLEIGH),
    ("Kayleigh's", "person", KAYLEIGH),
    ("Kay-Kay", "person", KAYLEIGH),
    (KAYLEIGH_ID, "case_ref", KAYLEIGH),
    (KAYLEIGH_NHS, "nhs", KAYLEIGH),
    (KAYLEIGH_PHONE, "phone", KAYLEIGH),
    # Half-brother and half-sister, with their father's surname
    ("Mason Tingle", "person", MASON),
    ("TINGLE, Mason", "person", MASON),
    ("Mason", "person", MASON),
    ("Mason's", "person", MASON),
    ("Mase", "person", MASON),
    ("02/11/2008", "dob", MASON),
    (MASON_ID, "case_ref", MASON),
    (MASON_NHS, "nhs", MASON),
    ("Lily-Mae Tingle", "person", LILY),
    ("TINGLE, Lily-Mae", "person", LILY),
    ("Lily-Mae", "person", LILY),
    ("Lily-Mae's", "person", LILY),
    ("Lily", "person", LILY),
    ("Lily's", "person", LILY),
    ("Lils", "person", LILY),
    ("27/04/2010", "dob", LILY),
    ("27.04.10", "dob", LILY),
    (LILY_ID, "case_ref", LILY),
    # Foster carers of the twins 2011-2014, and of Kayleigh after (unclear role)
    ("Pauline Staniforth", "person", PAULINE),
    ("Pauline", "person", PAULINE),
    ("Pauline's", "person", PAULINE),
    ("Mrs Staniforth", "person", PAULINE),
    ("Mr and Mrs Staniforth", "person", PAULINE),
    ("Mr & Mrs Staniforth", "person", PAULINE),
    ("Staniforths", "person", PAULINE),
    ("Mrs P. Staniforth", "person", PAULINE),
    (STANIFORTH_HOME, "address", PAULINE),
    (STANIFORTH_PC, "postcode", PAULINE),
    (STANIFORTH_LANDLINE, "phone", PAULINE),
    ("Trevor Staniforth", "person", TREVOR),
    ("Trevor", "person", TREVOR),
    ("Trevor's", "person", TREVOR),
    # Police officers (unclear role)
    ("PC 2417 Ashworth", "person", ASHWORTH),
    ("Ashworth", "person", ASHWORTH),
    ("PC Ashworth", "person", ASHWORTH),
    ("PC Dobson", "person", DOBSON),
    ("PC 1093 Dobson", "person", DOBSON),
    # Members of the public and other children
    ("Mrs Gillott", "person", GILLOTT),
    ("Dean Wragg", "person", DEAN),
    ("Dean", "person", DEAN),
    ("Dean's", "person", DEAN),
    ("Brandon", "person", BRANDON),
    ("Mick Fretwell", "person", FRETWELL),
    ("Kieran Platts", "person", PLATTS),
    ("Brandon Kirk", "person", BRANDON),
)

UNCLEAR_PEOPLE = {PAULINE, TREVOR, ASHWORTH, DOBSON}

KEEP: tuple[tuple[str, str], ...] = (
    # The subject: every form of his name, and his own identifiers (his date of birth is
    # also his twin sister's)
    (SUBJECT, "subject"),
    ("Reece", "subject"),
    ("Reece's", "subject"),
    ("Reecey", "subject"),
    ("HOLLINSHEAD, Reece", "subject"),
    ("Reece HOLLINSHEAD", "subject"),
    ("Reece H", "subject"),
    (SUBJECT_DOB, "subject"),
    ("19.06.2003", "subject"),
    ("19-06-2003", "subject"),
    ("19 June 2003", "subject"),
    (SUBJECT_ID, "subject"),
    (SUBJECT_NHS, "subject"),
    (SUBJECT_NI, "subject"),
    (SUBJECT_PHONE, "subject"),
    (SUBJECT_EMAIL, "subject"),
    (SUBJECT_FLAT, "subject"),
    (COURT_NO, "subject"),
    (SAR, "subject"),
    # The long-term foster carer, disclosed by consent (case.toml), with her details
    ("Janice Wragg", "disclosed"),
    ("Janice", "disclosed"),
    ("Janice's", "disclosed"),
    ("Mrs Wragg", "disclosed"),
    ("Jan", "disclosed"),
    (JANICE_HOME, "disclosed"),
    (JANICE_PC, "disclosed"),
    (JANICE_MOBILE, "disclosed"),
    (JANICE_LANDLINE, "disclosed"),
    (JANICE_EMAIL, "disclosed"),
    # Professionals, in every form, with work details
    ("Gary Whitworth", "professional"),
    ("Gary Whitworth's", "professional"),
    ("Gary", "professional"),
    ("my Gary", "professional"),
    ("Hiya Gary", "professional"),
    ("GW", "professional"),
    ("Sandra Hepworth", "professional"),
    ("S. Hepworth", "professional"),
    ("Nadia Rahman", "professional"),
    ("Nadia", "professional"),
    ("NR", "professional"),
    ("Hayley Brammer", "professional"),
    ("Hayley", "professional"),
    ("Hayley's", "professional"),
    ("HB", "professional"),
    ("Martin Fairclough", "professional"),
    ("M. Fairclough", "professional"),
    ("Martin", "professional"),
    ("MF", "professional"),
    ("Lorraine Sykes", "professional"),
    ("Lorraine", "professional"),
    ("LS", "professional"),
    ("Tracey Beighton", "professional"),
    ("Jo Hague", "professional"),
    ("Julie Froggatt", "professional"),
    ("Julie Froggatt's", "professional"),
    ("Dr Imran Qureshi", "professional"),
    ("Dr Qureshi", "professional"),
    ("Dr Owen Pryce", "professional"),
    ("Dr Pryce", "professional"),
    ("Mrs Carol Siddall", "professional"),
    ("Mrs Siddall", "professional"),
    ("Steph Outram", "professional"),
    ("Paul Cutts", "professional"),
    ("Dawn Ibbotson", "professional"),
    ("Dawn", "professional"),
    ("Miss Emma Revill", "professional"),
    ("Miss E. Revill", "professional"),
    ("Miss Revill", "professional"),
    ("Mr T. Dyson", "professional"),
    ("Mrs A. Sharma", "professional"),
    ("Mr D. Hinchliffe", "professional"),
    ("Mr Hinchliffe", "professional"),
    ("Mrs L. Crookes", "professional"),
    ("Mrs R. Moorhouse", "professional"),
    (GARY_EMAIL, "professional"),
    (GARY_PHONE, "professional"),
    (GARY_MOBILE, "professional"),
    (HAYLEY_EMAIL, "professional"),
    (HAYLEY_MOBILE, "professional"),
    (MARTIN_EMAIL, "professional"),
    (MARTIN_PHONE, "professional"),
    (TRACEY_PHONE, "professional"),
    (CUTTS_EMAIL, "professional"),
    (NURSE_PHONE, "professional"),
    (SCHOOL_PHONE, "professional"),
    # Places and organisations (schools kept, as in the other cases, the siblings' too)
    (COUNCIL, "place"),
    ("Don Valley MBC", "place"),
    ("Sheffield", "place"),
    ("Rotherham", "place"),
    ("Stannington", "place"),
    ("Barnsley", "place"),
    ("Parson Cross", "place"),
    ("Hillsborough", "place"),
    ("Hillsborough Park", "place"),
    ("Loxley", "place"),
    ("Loxley Edge School", "place"),
    ("Loxley Edge", "place"),
    (SCHOOL_ADDRESS, "place"),
    ("Oak House", "place"),
    ("Beck House Family Centre", "place"),
    ("Beck House", "place"),
    ("Fernhollow Primary School", "place"),
    ("Fernhollow", "place"),
    ("Sheaf Vale Academy", "place"),
    ("Sheaf Vale", "place"),
    ("Longley Brook Primary", "place"),
    ("Castlegate College", "place"),
    ("Castlegate", "place"),
    ("Holmebrook Medical Centre", "place"),
    ("Holmebrook", "place"),
    ("Stannington Dental Care", "place"),
    ("Don Valley General Hospital", "place"),
    ("Don Valley Community Health Services", "place"),
    ("Sheffield Family Court", "place"),
    ("Weston Park", "place"),
    ("Stanage Edge", "place"),
    ("Peak District", "place"),
    ("Oakwood Grange", "place"),
    ("the Foundry", "place"),
    ("France", "place"),
    # Relationship words
    ("Mum", "relationship"),
    ("Mum's", "relationship"),
    ("Dad", "relationship"),
    ("Grandad", "relationship"),
    ("Grandad's", "relationship"),
    ("twin sister", "relationship"),
    ("half-brother", "relationship"),
    ("half-sister", "relationship"),
    ("big brother", "relationship"),
    ("PGF", "relationship"),
    # Content: jargon, titles, things with people's names
    ("Together or Apart", "content"),
    ("Lord and Borthwick", "content"),
    ("Kung Fu Panda 3", "content"),
    ("Holes", "content"),
    ("Stanley", "content"),
    ("Uno", "content"),
    ("FIFA", "content"),
    ("Frozen", "content"),
    ("Quality Street", "content"),
    ("Bonnie", "content"),
    ("Wednesday shirt", "content"),
    ("Staying Put", "content"),
    ("Special Guardianship Order", "content"),
    ("SGO", "content"),
    ("ICO", "content"),
    ("EHCP", "content"),
    ("SEMH", "content"),
    ("SDQ", "content"),
    ("C-card", "content"),
    ("Pupil Premium Plus", "content"),
    ("NYAS", "content"),
    ("Head's Award for Kindness", "content"),
    ("Art Prize", "content"),
    ("SEMH Schools Cup", "content"),
    ("Player of the Season", "content"),
    ("Star of the Term", "content"),
    ("Kestrel class", "content"),
    ("Level 2 Sport", "content"),
    ("Brownies", "content"),
    ("Bonfire Night", "content"),
    # Dates written out
    ("Thursday 16th February 2012", "date"),
    ("Wednesday 14 March 2018", "date"),
    ("26th July 2019", "date"),
    ("Sat 7th March 2015", "date"),
    ("Thurs 06.08.15", "date"),
    ("Sat 18.02.17", "date"),
    ("Sat 16th Dec 2017", "date"),
    ("Wed 24/02/16", "date"),
    ("24 May 2017", "date"),
    ("3 March 2011", "date"),
    ("28 July 2014", "date"),
)

EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("2003-06-19", "day", "family", "born at Don Valley General Hospital", CHRON_PDF),
    ("2006-01-01", "year", "family", "starts a relationship with", CHRON_PDF),
    ("2007-09-03", "day", "education", "start in Reception at Fernhollow Primary School",
     CHRON_PDF),
    ("2008-11-01", "month", "family", "half-brother born", CHRON_PDF),
    ("2010-04-01", "month", "family", "half-sister born", CHRON_PDF),
    ("2010-09-14", "day", "concern", "bruise on his arm", CHRON_PDF),
    ("2010-10-21", "day", "meeting", "Initial Child Protection Conference", CHRON_PDF),
    ("2011-03-03", "day", "concern", "found the four children at home alone", CHRON_PDF),
    ("2011-03-04", "day", "placement", "placed together in emergency foster care", CHRON_PDF),
    ("2011-03-09", "day", "meeting", "Interim Care Orders made", CHRON_PDF),
    ("2011-09-12", "day", "meeting", "Joint care plan for the sibling group agreed",
     CHRON_PDF),
    ("2011-11-22", "day", "health", "Initial health assessment", CHRON_PDF),
    ("2012-02-16", "day", "meeting", "Joint review, sibling group of four", JOINT_PDF),
    ("2012-02-16", "day", "voice", "there is always tea", JOINT_PDF),
    ("2012-06-11", "day", "meeting", "Final hearing", CHRON_PDF),
    ("2012-08-16", "day", "meeting", "Sibling family time moved to fortnightly", CHRON_PDF),
    ("2013-01-07", "day", "family", "Special Guardianship Orders", CHRON_PDF),
    ("2013-10-02", "day", "concern", "with a cricket bat", CHRON_PDF),
    ("2014-05-22", "day", "family", "That the twins should live apart", SIBLING_DOCX),
    ("2014-05-22", "day", "voice", "I don't want to keep getting wrong all the time",
     SIBLING_DOCX),
    ("2014-07-28", "day", "placement", "moved to live with Janice Wragg", CHRON_PDF),
    ("2014-09-03", "day", "education", "started Year 7 at Sheaf Vale Academy", CHRON_PDF),
    ("2014-12-25", "day", "family", "First Christmas at Janice's", CHRON_PDF),
    ("2015-01-14", "day", "family", "made pancakes in the family kitchen", FAMILY_PDF),
    ("2015-03-07", "day", "family", "set up the ramp", FAMILY_PDF),
    ("2015-03-12", "day", "education", "Permanently excluded from Sheaf Vale Academy",
     CHRON_PDF),
    ("2015-04-15", "day", "concern", "smelled strongly of alcohol", FAMILY_PDF),
    ("2015-04-20", "day", "education", "Started at Loxley Edge School", CHRON_PDF),
    ("2015-08-06", "day", "family", "did not come and did not ring", FAMILY_PDF),
    ("2016-02-24", "day", "family", "First twins' family time in the community", FAMILY_PDF),
    ("2016-05-23", "day", "family", "Reece went to the funeral", CHRON_PDF),
    ("2016-06-19", "day", "family", "The twins' 13th birthday", FAMILY_PDF),
    ("2016-10-22", "day", "family", "Half-term trip", FAMILY_PDF),
    ("2017-02-18", "day", "family", "First family time with", CHRON_PDF),
    ("2017-02-18", "day", "voice", "I remember everything", FAMILY_PDF),
    ("2017-05-24", "day", "achievement", "win the SEMH Schools Cup and scored the winner",
     CHRON_PDF),
    ("2017-06-01", "month", "achievement", "chosen for the city schools' art exhibition",
     SCHOOL_PDF),
    ("2017-07-14", "day", "education", "A year to be very proud of", SCHOOL_PDF),
    ("2017-08-12", "day", "family", "penalty shoot-out", FAMILY_PDF),
    ("2017-11-05", "day", "concern", "Reported missing from Loxley Edge", CHRON_PDF),
    ("2017-12-16", "day", "family", "Christmas family time with Mum and all four children",
     FAMILY_PDF),
    ("2018-01-22", "day", "health", "Discharged by CAMHS after six years", CHRON_PDF),
    ("2018-03-14", "day", "meeting", "CHILD LOOKED AFTER REVIEW", REVIEW_PDF),
    ("2018-03-14", "day", "voice", "I want to stay here till the end of Year 11", REVIEW_PDF),
    ("2018-09-10", "day", "meeting", "First pathway plan meeting", CHRON_PDF),
    ("2019-02-11", "day", "health", "REVIEW HEALTH ASSESSMENT", HEALTH_PDF),
    ("2019-06-19", "day", "family", "16th birthday went really well", EMAIL_EML),
    ("2019-07-19", "day", "achievement", "won the Head's Award for Kindness", CHRON_PDF),
    ("2019-08-22", "day", "achievement", "GCSE results", CHRON_PDF),
    ("2019-09-04", "day", "education", "Started Level 2 Sport at Castlegate College",
     CHRON_PDF),
    ("2020-03-23", "day", "family", "Weekly video calls with all three siblings", CHRON_PDF),
    ("2020-07-02", "day", "achievement", "Passed Level 2 Sport with a Merit", CHRON_PDF),
    ("2021-06-19", "day", "placement", "Staying Put agreed", CHRON_PDF),
    ("2022-01-17", "day", "placement", "Moved to his own flat", CHRON_PDF),
    ("2022-06-06", "day", "education", "Started an apprenticeship", CHRON_PDF),
    ("2026-10-12", "day", "voice", "I want to know why me and", CHRON_PDF),
)


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


PHONE_RANGES = (r"07700 900\d{3}", r"0114 496 0\d{3}")
EMAIL_DOMAINS = re.compile(r"@(example\.com|example\.org|[a-z]+\.example\.gov\.uk)$")
CATEGORIES = {"placement", "education", "health", "family", "achievement", "voice", "meeting",
              "concern"}
# Documents whose events are checked against the record of that date, not the whole file.
DATED_RECORDS = {CHRON_PDF, FAMILY_PDF}


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
    expect(40 <= counts["events"] <= 60 and counts["redact"] >= 120 and counts["keep"] >= 150,
           f"too few (or too many) items: {counts}")
    # NHS numbers: 999 and a valid mod-11 check digit.
    for nhs in re.findall(r"(?<![\d-])\d{3} \d{3} \d{4}(?![\d-])", everything):
        digits = nhs.replace(" ", "")
        expect(digits.startswith("999"), f"NHS number outside the 999 range: {nhs}")
        expect(mod11_check_digit(digits[:9]) == int(digits[9]), f"NHS checksum fails: {nhs}")
    expect({SUBJECT_NHS, KAYLEIGH_NHS, MASON_NHS}
           <= set(re.findall(r"999 \d{3} \d{4}", everything)),
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
            assert len(page.extract_text() or "") > 300, f"{name} page {number} is nearly empty"


WRAPS: tuple[tuple[str, int, str, str], ...] = (
    # (document, page, end of one line, start of the next)
    (CHRON_PDF, 1, "Wayne", "Oxley"),
    (JOINT_PDF, 1, "HOLLINSHEAD,", "Kayleigh"),
    (JOINT_PDF, 1, "999 527", "1060"),
    (JOINT_PDF, 1, "Mick", "Fretwell"),
    (JOINT_PDF, 3, "Mr Derek", "Tingle"),
    (FAMILY_PDF, 1, "Gary", "Hollinshead"),
    (FAMILY_PDF, 2, "Pauline", "Staniforth"),
    (REVIEW_PDF, 1, "Dean", "Wragg"),
    (REVIEW_PDF, 1, "my", "Gary"),
    (HEALTH_PDF, 1, "31 Bolehill View,", "Stannington"),
)


def check_layout() -> None:
    """Some names wrap across lines on purpose, and the family time record of 12/08/2017
    runs across the page break (its date at the foot of page 2, the rest at the top of page
    3). If an edit moves any of them, change the text above until it is back."""
    texts: dict[str, list[str]] = {}
    for name, page, first, second in WRAPS:
        if name not in texts:
            texts[name] = [p.extract_text() for p in PdfReader(CASE_DIR / name).pages]
        pattern = rf"(?<!\w){re.escape(first)} ?\n{re.escape(second)}(?!\w)"
        assert re.search(pattern, texts[name][page - 1]), (
            f"{name} page {page}: {first!r} / {second!r} no longer wraps")
    pages = [p.extract_text() for p in PdfReader(CASE_DIR / FAMILY_PDF).pages]
    assert "12/08/2017" in pages[1] and "Derek Tingle's" not in pages[1], (
        "the family time of 12/08/2017 no longer starts at the foot of page 2")
    assert pages[2].startswith("Venue\nGrandad's garden"), (
        "the family time of 12/08/2017 no longer runs on to the top of page 3")

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
    pages = {CHRON_PDF: build_chronology(corpus), JOINT_PDF: build_joint(corpus),
             FAMILY_PDF: build_family(corpus), SCHOOL_PDF: build_school(corpus),
             REVIEW_PDF: build_review(corpus), HEALTH_PDF: build_health(corpus)}
    build_sibling(corpus)
    build_email(corpus)
    build_letter(corpus)
    (CASE_DIR / "case.toml").write_text(case_toml(), encoding="utf-8")
    (CASE_DIR / ".lifestoryignore").write_text(IGNORE_CASE_TOML, encoding="utf-8")
    truth = ground_truth()
    check(truth, corpus)
    check_pdfs(pages)
    check_layout()
    expected = {CHRON_PDF: (3, 4), JOINT_PDF: (3, 3), FAMILY_PDF: (3, 4), SCHOOL_PDF: (2, 2),
                REVIEW_PDF: (3, 3), HEALTH_PDF: (2, 2)}
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
