"""Build a held-out fictional sample case for lifestory: Kirsty Ackroyd, a historic file
(West Yorkshire, 1987 to 2008, asked for in 2026).

Everything written here is invented: Ravensholme Metropolitan District Council (now
Ravensholme Council), its Morley Area Office, Elmfield Day Nursery, Beech Grove Family Centre,
Newlands Infant and Junior School, Hollinsfield High School, Fernleigh Family Group Home,
Ravensholme College, Salon 27, the Next Steps Service, the people, the streets, the postcodes
and the numbers. Towns (Morley, Rothwell, Churwell, Pudsey, Gildersome, Ossett, Wakefield,
Leeds, Sheffield, Filey) are real only at town level. Phone numbers come only from Ofcom's
drama ranges (``0113 496 0xxx``, written ``(0113) 496 0xxx``, ``0113 496 0xxx`` or, in the
early papers, ``Tel. 496 0xxx`` with no code; ``07700 900xxx``); e-mail addresses only from
reserved example domains; NHS numbers start with 999 (never issued; valid mod-11 check digit);
the National Insurance number has the never-allocated QQ prefix. Run from the repository root:

    .venv/bin/python sample_records/held-out/build_kirsty_ackroyd.py

The case is an older care leaver's file. Kirsty was born in September 1987; a Place of Safety
Order in February 1991, her grandparents, voluntary care under s.2 of the Child Care Act 1980,
accommodation under s.20 of the Children Act 1989 when it came in, home again, an Emergency
Protection Order in 1993 and a Care Order (s.31), foster care, seven years in a family group
home with house parents, supported lodgings, her own flat and the leaving care ("Next Steps")
service until 21. She asks for her records in 2026, at 38. The sources are written as the
people of each era wrote them: typed Area Office memos and a file note in capitals (a scanned,
image-only PDF with no text layer), case conference minutes typed on a typewriter, carbon
copies of letters, a guardian ad litem's report, statutory review forms, the children's home
log retyped from handwriting, a leaving care e-mail of 2007, a legacy system's placement
history exported to CSV, and the council's 2026 records search note in Word.

It was written without looking at the redaction rules, the detectors or the benchmark: it is a
held-out test of them. The script is deterministic (reportlab ``invariant=1``, fixed DOCX zip
timestamps and core properties, fixed e-mail date, Message-ID and MIME boundary, seeded scan
speckle). It rewrites ``case-kirsty-ackroyd/`` and
``../ground_truth/held-out-kirsty-ackroyd.json``, then checks that the ground truth agrees
with the text it wrote. It imports nothing from the other build scripts.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
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

import pypdfium2 as pdfium
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from PIL import Image, ImageDraw
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1
rl_config.useA85 = 0

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent
SLUG = "kirsty-ackroyd"
CASE_DIR = HERE / f"case-{SLUG}"
TRUTH = SAMPLES / "ground_truth" / f"held-out-{SLUG}.json"

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
UNCLEAR = "unclear role: redacted by default and flagged for a human decision"

COUNCIL_OLD = "Ravensholme Metropolitan District Council"
COUNCIL_NEW = "Ravensholme Council"
SUBJECT = "Kirsty Ackroyd"
SUBJECT_DOB = "03/09/1987"
SUBJECT_FILE = "C.1147"  # the paper file number
SUBJECT_CAREFIRST = "2030417"
SUBJECT_MOSAIC = "5501187"
SUBJECT_REGISTER = "CPR/91/0063"
SUBJECT_COURT = "FPC/93/0412"
SUBJECT_NHS = "999 274 8613"
SUBJECT_NI = "QQ 63 27 18 C"
SUBJECT_PHONE_2007 = "07700 900358"
SUBJECT_EMAIL_2007 = "kirsty_ackroyd87@example.com"
SUBJECT_PHONE = "07700 900846"
SUBJECT_EMAIL = "kirstylous.hair@example.com"
SUBJECT_FLAT = "Flat 6, Kirkgate Court, Morley LS27 8ZR"
SUBJECT_HOME = "12 Hawthorn Rise, Morley LS27 0ZQ"
SAR = "RC-SAR-2026-0219"
SAR_RECEIVED = "2026-02-09"

NANA_PHONE = "496 0271"
MOTHER_PHONE = "(0113) 496 0388"
SENIOR_PHONE = "496 0533"
HAIGH_PHONE = "(0113) 496 0649"
MAUREEN_PHONE = "(0113) 496 0802"
GREENWOOD_PHONE = "(0113) 496 0716"
CRAIG_PHONE = "07700 900461"
DANNI_NHS = "999 318 5205"
NANA_NI = "QQ 44 19 04 B"

AREA_OFFICE = "Fountain Chambers, Tannery Row, Morley LS27 8ZA"
LISA_EMAIL = "lisa.brearley@ravensholme.example.gov.uk"
MARTIN_EMAIL = "martin.gaukroger@ravensholme.example.gov.uk"
HANNAH_EMAIL = "hannah.okafor@ravensholme.example.gov.uk"
LISA_PHONE = "0113 496 0782"
LISA_MOBILE = "07700 900213"
HANNAH_PHONE = "0113 496 0915"
JO_PHONE = "0113 496 0930"

SCAN_PDF = "area-office-memos-1991-scan.pdf"
CONF_PDF = "case-conference-1991-02-12.pdf"
LETTERS_PDF = "letters-1991-1996.pdf"
GAL_PDF = "guardian-ad-litem-report-1993.pdf"
REVIEWS_PDF = "statutory-reviews-1994-1999.pdf"
LOG_PDF = "fernleigh-log-1996-2003-retyped.pdf"
EMAIL_EML = "email-2007-06-14.eml"
HISTORY_CSV = "carefirst-placement-history.csv"
NOTE_DOCX = "records-search-note-2026.docx"


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
    # (document, ISO date) -> the text of that dated record (log entry, history row)
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
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceAfter=5)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6,
                    spaceAfter=3, keepWithNext=1)
SERIF = ParagraphStyle("serif", fontName="Times-Roman", fontSize=11, leading=13.6,
                       spaceAfter=6.5)
SERIF_BOLD = ParagraphStyle("serif_bold", parent=SERIF, fontName="Times-Bold")
SERIF_CENTRE = ParagraphStyle("serif_centre", parent=SERIF_BOLD, alignment=1)
SERIF_SMALL = ParagraphStyle("serif_small", parent=SERIF, fontSize=9.5, leading=11.5,
                             spaceAfter=2)
LOG_HEAD = ParagraphStyle("log_head", fontName="Helvetica-Bold", fontSize=9.2, leading=11.5,
                          spaceBefore=7, spaceAfter=1.5, keepWithNext=1)
LOG_BODY = ParagraphStyle("log_body", parent=BODY, fontName="Helvetica", fontSize=9.5,
                          leading=12.6, leftIndent=6 * mm, spaceAfter=1)
LOG_SIGN = ParagraphStyle("log_sign", parent=LOG_BODY, fontName="Helvetica-Oblique",
                          alignment=2, spaceAfter=2)

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
               shade: str = "#dcdcdc", header: bool = True) -> Table:
    """A wrapped-text table with a grid and (optionally) a bold header row."""
    cells = [[para(cell, SMALL_BOLD if (header and r == 0) else SMALL) for cell in row]
             for r, row in enumerate(rows)]
    result = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(shade)))
    result.setStyle(TableStyle(style))
    return result


def form_table(rows: list[tuple[str, str]], width: float, label_w: float = 38 * mm) -> Table:
    """An old review form: a shaded label box on the left, the typed answer on the right."""
    cells = [[para(label, SMALL_BOLD), para(value, SMALL)] for label, value in rows]
    table = Table(cells, colWidths=[label_w, width - label_w])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def rows_text(rows: Iterable[Iterable[str]]) -> str:
    """The text of a table, row by row, for the corpus."""
    return "\n".join(" ".join(row) for row in rows)


def build_platypus(target: Path, furniture: Furniture, story: list, title: str, author: str,
                   top: float = 24 * mm, bottom: float = 20 * mm,
                   creator: str = "Ravensholme Council EDRMS") -> int:
    """Build a platypus document with the given page furniture; returns its page count."""
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=MARGIN_X,
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
# Typewriter pages: Courier lines drawn one by one, as a typist set them out
# --------------------------------------------------------------------------------------------

TYPE_FONT, TYPE_BOLD = "Courier", "Courier-Bold"
TYPE_SIZE, TYPE_LEAD = 10, 12.2
TYPE_LEFT = 24 * mm
TYPE_COLS = 70


@dataclass(frozen=True)
class TL:
    """One typed line."""

    text: str = ""
    bold: bool = False
    align: str = "l"  # "l", "c" or "r"


def tw(text: str, *, indent: int = 0, first: int | None = None, width: int = TYPE_COLS,
       bold: bool = False) -> list[TL]:
    """Wrap a paragraph as a typist would, at ``width`` characters."""
    lines = textwrap.wrap(text, width=width, initial_indent=" " * (indent if first is None
                                                                     else first),
                          subsequent_indent=" " * indent, break_on_hyphens=False,
                          break_long_words=False)
    return [TL(line, bold) for line in lines]


def rows_typed(rows: Iterable[str], bold: bool = False) -> list[TL]:
    """Lines typed as they are (already laid out in columns)."""
    return [TL(row, bold) for row in rows]


BLANK = TL("")


def draw_typed(canvas: Canvas, lines: list[TL], top: float, *,
               ink: tuple[float, float, float] = (0.08, 0.08, 0.1)) -> float:
    """Draw typed lines from ``top`` downwards; returns the y after the last line."""
    y = top
    canvas.setFillColorRGB(*ink)
    for line in lines:
        canvas.setFont(TYPE_BOLD if line.bold else TYPE_FONT, TYPE_SIZE)
        if line.align == "c":
            canvas.drawCentredString(PAGE_W / 2, y, line.text)
        elif line.align == "r":
            canvas.drawRightString(PAGE_W - TYPE_LEFT, y, line.text)
        else:
            canvas.drawString(TYPE_LEFT, y, line.text)
        y -= TYPE_LEAD
    return y


def typed_text(lines: list[TL]) -> str:
    """The text of typed lines, for the corpus."""
    return "\n".join(line.text for line in lines)


def stamp(canvas: Canvas, x: float, y: float, lines: tuple[str, ...], angle: float,
          grey: float = 0.25) -> None:
    """A rubber stamp: a box of bold capitals, slightly turned."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.rotate(angle)
    width = max(len(line) for line in lines) * 5.6 + 10
    height = len(lines) * 11 + 6
    canvas.setStrokeColorRGB(grey, grey, grey)
    canvas.setFillColorRGB(grey, grey, grey)
    canvas.setLineWidth(1.4)
    canvas.rect(0, 0, width, height, stroke=1, fill=0)
    canvas.setFont("Helvetica-Bold", 9)
    for i, line in enumerate(lines):
        canvas.drawCentredString(width / 2, height - 12 - i * 11, line)
    canvas.restoreState()


# --------------------------------------------------------------------------------------------
# Scanned memos, file note and carbon copy letter, 1991 (image-only PDF, no text layer)
# --------------------------------------------------------------------------------------------

MEMO_HEAD = [
    TL(COUNCIL_OLD.upper(), True, "c"),
    TL("SOCIAL SERVICES DEPARTMENT", True, "c"),
    BLANK,
    TL("M E M O R A N D U M", True, "c"),
    BLANK,
    TL("To:    Director of Social Services    From:  Area Officer (Morley)"),
    TL("       (attn. Mr R.J. Beaumont)              Morley Area Office"),
    TL("Our ref: DR/AH/C.1147                 Your ref:"),
    TL("Date:  7th February 1991              Tel. 496 0100  Ext. 214"),
    BLANK,
    TL("PLACE OF SAFETY ORDER - KIRSTY LOUISE ACKROYD (D.O.B. 3.9.87)", True),
    TL("_" * 62),
    BLANK,
]

MEMO_PARAS = (
    "1. I write to inform you that a Place of Safety Order was obtained in respect of the "
    "above-named child at 7.40 p.m. on 6th February 1991 under Section 28(1) of the Children "
    "and Young Persons Act 1969. The Order was granted by Mr H. Woodhead J.P. at his home "
    "and runs for 28 days, to 5th March 1991.",
    "2. At 2.15 p.m. on 6.2.91 Mrs M. Walsh, Officer in Charge of Elmfield Day Nursery, "
    "telephoned the duty officer. When Kirsty was changed after a toileting accident staff "
    "saw bruising to both upper arms, consistent with gripping, and a fading bruise on the "
    "left cheek. Kirsty (aged 3 yrs 5 mths) told the nursery nurse \"Wayne squeezed me cos I "
    "spilt me pop\". Miss A. Hargreaves (Social Worker) and WPC G. Sharp of the Child "
    "Protection Unit saw Kirsty at the nursery at 3.30 p.m.",
    "3. Kirsty was examined by Dr J. Pearson, Consultant Paediatrician, at Ravensholme "
    "General Infirmary at 5 p.m. Dr Pearson's opinion is that the bruising to the arms is "
    "non-accidental and was caused on at least two occasions. She also noted that Kirsty is "
    "on the 3rd centile for weight and that her clothing was inadequate for the weather.",
    "4. The mother, Miss Tracey Ackroyd (23), attended the hospital. She was distressed and "
    "said that Kirsty \"bruises like a peach\". She lives with her cohabitee, Mr Wayne "
    "Marsden (26), at Flat 2, 18 Cobden Fold, Morley, and is about five months pregnant. Mr "
    "Marsden declined to come to the hospital. Neither could give an explanation which Dr "
    "Pearson considered consistent with the injuries.",
    "5. Kirsty was placed overnight with Mrs P. Senior, approved short-term foster parent, "
    f"41 Beck Lane, Churwell (Tel. {SENIOR_PHONE}). Mrs Senior reports that she ate a good "
    "tea and went to sleep holding her toy rabbit (Flopsy), which the nursery sent with her.",
    "6. The maternal grandmother, Mrs Doreen Ackroyd of 7 Wood Nook Terrace, Rothwell, has "
    "offered to care for Kirsty and a visit will be made today. An initial case conference "
    "has been arranged for 12th February 1991 at 10 a.m. at this office. The police enquiry "
    "is continuing and Mr Marsden is to be interviewed. Please note the Order and advise "
    "the Committee in the usual way.",
)

MEMO_TAIL = [
    BLANK,
    TL("D. Rushworth", False, "r"),
    TL("AREA OFFICER", True, "r"),
    BLANK,
    TL("c.c. Principal Officer (Child Care) - Mr J. Holdsworth"),
    TL("     Miss A. Hargreaves, Social Worker"),
    TL("     File C.1147"),
]

FILE_NOTE_HEAD = [
    TL("FILE NOTE                                                  C.1147", True),
    TL("KIRSTY ACKROYD   D.O.B. 3.9.87", True),
    TL("_" * 62),
    BLANK,
]

FILE_NOTES = (
    ("8.2.91", "HOME VISIT TO MAT. GRANDPARENTS, 7 WOOD NOOK TERRACE, ROTHWELL (TEL. "
     f"{NANA_PHONE}). SEEN MRS DOREEN ACKROYD (46) AND MR WALTER ACKROYD (52). 2 BED "
     "TERRACE, CLEAN AND WARM, A BUDGIE IN THE FRONT ROOM. MR ACKROYD HAS A BAD CHEST "
     "(EMPHYSEMA) BUT IS AT HOME ALL DAY. BOTH VERY ANGRY WITH WAYNE MARSDEN - \"WE TOLD "
     "HER HE WAS NO GOOD\". MRS ACKROYD SAYS TRACEY AND KIRSTY LIVED WITH THEM UNTIL LAST "
     "SUMMER AND NANA HAS HAD K. MOST WEEKENDS SINCE. AGREED WITH MR RUSHWORTH: K. TO MOVE "
     "TO HER GRANDPARENTS TODAY UNDER THE P.O.S.O. NO CONTACT WITH MR MARSDEN. MOTHER TO SEE "
     "K. AT NANA'S, SUPERVISED BY MRS ACKROYD, UNTIL THE CONFERENCE. COLLECTED K. FROM MRS "
     "SENIOR'S 4.15 PM. K. RAN TO HER NANA AT THE DOOR AND SAID \"NANA I'VE BEEN AT A NEW "
     "LADY'S HOUSE AND I WAS GOOD\". SHE THEN SHOWED GRANDAD THE PICTURE SHE DID AT MRS "
     "SENIOR'S (A HORSE? \"NO, IT'S A DOG CALLED LUCKY\")."),
    ("11.2.91", "TEL. CALL FROM WPC SHARP, C.P.U. MR MARSDEN INTERVIEWED UNDER CAUTION "
     "10.2.91. DENIES HURTING K. - \"SHE FELL OFF THE SETTEE\". NO CHARGES AT PRESENT, "
     "PAPERS TO THE C.P.S. W.P.C. SHARP WILL ATTEND THE CONFERENCE."),
    ("11.2.91", "TEL. CALL FROM MRS BRENDA TORDOFF (NEIGHBOUR, 16 COBDEN FOLD) WHO WANTED "
     "TO \"PUT IT ON RECORD\" THAT SHE HAS HEARD SHOUTING AND A CHILD CRYING \"MOST NIGHTS\" "
     "SINCE CHRISTMAS. SHE DOES NOT WANT HER NAME GIVEN TO THE MOTHER. ADVISED SHE CAN ALSO "
     "SPEAK TO THE POLICE."),
)

LETTER_1991_HEAD = [
    TL(COUNCIL_OLD.upper(), True, "c"),
    TL("Social Services Department", False, "c"),
    TL("Morley Area Office, " + AREA_OFFICE, False, "c"),
    TL("Tel. 496 0100", False, "c"),
    BLANK,
    TL("Our ref: AH/JS/C.1147"),
    TL("Your ref:"),
    TL("Date: 4th March 1991"),
    BLANK,
    TL("Miss T. Ackroyd"),
    TL("Flat 2, 18 Cobden Fold"),
    TL("Morley"),
    TL("LS27 9ZY"),
    BLANK,
    TL("Dear Miss Ackroyd,"),
    BLANK,
    TL("Re: Kirsty Louise Ackroyd, born 3rd September 1987", True),
    BLANK,
]

LETTER_1991_PARAS = (
    "Thank you for coming to the office on Friday. I am writing to confirm what we agreed. "
    "The Place of Safety Order ends tomorrow, 5th March 1991. You have asked the Department "
    "to receive Kirsty into care under Section 2 of the Child Care Act 1980 while you attend "
    "the parenting group at Beech Grove Family Centre, and we have agreed.",
    "Kirsty will stay with your parents, Mr and Mrs Ackroyd, who have been approved as "
    "foster parents for her. Because this is voluntary care you keep your parental rights "
    "and you can ask for Kirsty to come home, but the law asks you to give us 28 days' notice "
    "in writing once she has been in care for six months. Her name stays on the Child "
    "Protection Register until the review conference on 14th May 1991.",
    "Contact: Tuesdays 3.30 to 5 p.m. in the family room at this office, and Saturday "
    "afternoons at your mother's. Mr Marsden is not to be present at contact until the "
    "review conference.",
    "Kirsty asked me to tell you that she has a new red coat with a hood \"like Little Red "
    "Riding Hood\", and that she misses you.",
)

LETTER_1991_TAIL = [
    TL("Yours sincerely,"),
    BLANK,
    BLANK,
    TL("A. Hargreaves (Miss)"),
    TL("Social Worker"),
    BLANK,
    TL("c.c. Mrs D. Ackroyd; Dr S. Mehta; Elmfield Day Nursery; File"),
]


def scan_page_lines() -> list[list[TL]]:
    """The typed lines of the three scanned pages."""
    memo = list(MEMO_HEAD)
    for body in MEMO_PARAS:
        memo += tw(body) + [BLANK]
    memo += MEMO_TAIL
    note = list(FILE_NOTE_HEAD)
    for date, body in FILE_NOTES:
        note += tw(f"{date:<9}{body}", indent=9) + [TL("A.H.", False, "r"), BLANK]
    letter = list(LETTER_1991_HEAD)
    for body in LETTER_1991_PARAS:
        letter += tw(body) + [BLANK]
    letter += LETTER_1991_TAIL
    return [memo, note, letter]


SCAN_STAMPS = (
    ("RECEIVED", "8 FEB 1991", "DIRECTOR OF SOCIAL SERVICES"),
    (),
    ("FILE COPY",),
)


def scan_source_pdf() -> bytes:
    """The clean typed pages (as typed, before scanning)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    for number, lines in enumerate(scan_page_lines()):
        assert len(lines) <= 60, f"scanned page {number + 1} is too long: {len(lines)} lines"
        ink = (0.12, 0.12, 0.2) if number == 2 else (0.05, 0.05, 0.05)
        draw_typed(canvas, lines, PAGE_H - 22 * mm, ink=ink)
        if SCAN_STAMPS[number]:
            where = (PAGE_W - 84 * mm, 7 * mm) if number == 0 else (PAGE_W - 82 * mm,
                                                                      PAGE_H - 58 * mm)
            stamp(canvas, *where, SCAN_STAMPS[number], angle=4 if number == 0 else -5)
        if number == 1:  # the 1991 paper file's hand-numbered folio
            canvas.setFont("Helvetica-Oblique", 12)
            canvas.drawString(PAGE_W - 22 * mm, 14 * mm, "f.37")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def scan_degrade(image: Image.Image, number: int) -> Image.Image:
    """Make a rendered page look like a 2026 scan of a 1991 paper (grey, tilted, specks)."""
    rng = random.Random(1991 + number)
    paper = (226, 233, 221)[number]
    faint = (0.60, 0.55, 0.72)[number]  # the carbon copy is fainter
    image = image.point(lambda v: int(paper - (paper - v) * faint) if v < paper else paper)
    image = image.rotate((0.55, -0.42, 0.8)[number], resample=Image.Resampling.BICUBIC,
                         fillcolor=paper)
    draw = ImageDraw.Draw(image)
    width, height = image.size
    for _ in range(700):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.choice((1, 1, 1, 2, 2, 3))
        draw.ellipse((x, y, x + r, y + r), fill=rng.randrange(110, 200))
    for frac in (0.31, 0.69):  # the two punched holes on the left
        cx, cy = 70, int(height * frac)
        draw.ellipse((cx - 40, cy - 40, cx + 40, cy + 40), fill=70)
    draw.rectangle((0, 0, width, 22), fill=150)  # scanner lid shadow along the top
    return image


def build_scan(corpus: Corpus) -> int:
    """Write the scanned 1991 papers as an image-only PDF (no text layer); returns pages."""
    source = pdfium.PdfDocument(scan_source_pdf())
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle("Scan 0003 - C.1147 vol. 1 ff. 36-38")
    canvas.setAuthor("MFD-3F-02")
    canvas.setCreator("Scan to PDF")
    for number in range(len(source)):
        image = source[number].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
        image = scan_degrade(image, number)
        jpeg = io.BytesIO()
        image.save(jpeg, "JPEG", quality=55, optimize=True)
        canvas.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 0, 0, width=PAGE_W,
                         height=PAGE_H)
        canvas.showPage()
    canvas.save()
    pages = len(source)
    source.close()
    (CASE_DIR / SCAN_PDF).write_bytes(buffer.getvalue())
    for lines, marks in zip(scan_page_lines(), SCAN_STAMPS, strict=True):
        corpus.add(SCAN_PDF, typed_text(lines), " ".join(marks))
    corpus.add(SCAN_PDF, "f.37")
    return pages


# --------------------------------------------------------------------------------------------
# Initial child protection case conference minutes, 12 February 1991 (typed, text layer)
# --------------------------------------------------------------------------------------------

CONF_HEAD = [
    TL(COUNCIL_OLD.upper() + " - SOCIAL SERVICES", True, "c"),
    TL("MINUTES OF INITIAL CHILD PROTECTION CASE CONFERENCE", True, "c"),
    TL("CONFIDENTIAL - NOT TO BE DISCLOSED WITHOUT THE CHAIRMAN'S PERMISSION", False, "c"),
    BLANK,
    TL("Child:     KIRSTY LOUISE ACKROYD            D.O.B. 3.9.87"),
    TL("Address:   c/o 7 Wood Nook Terrace, Rothwell (under P.O.S.O.)"),
    TL("Held at:   Morley Area Office       Date: 12th February 1991, 10 a.m."),
    TL("Chairman:  Mr D. Rushworth, Area Officer"),
    TL("Minutes:   Mrs K. Ellis"),
    BLANK,
    TL("PRESENT:", True),
    TL("Mr D. Rushworth       Area Officer (Chairman)"),
    TL("Miss A. Hargreaves    Social Worker, Morley Area Office"),
    TL("Mrs E. Bradley        Health Visitor"),
    TL("Mrs M. Walsh          Officer in Charge, Elmfield Day Nursery"),
    TL("Dr J. Pearson         Consultant Paediatrician, Ravensholme General"),
    TL("                      Infirmary"),
    TL("WPC G. Sharp          Child Protection Unit, West Yorkshire Police"),
    TL("Miss T. Ackroyd       Mother (items 1 to 3 and 9 to 11)"),
    TL("Mrs D. Ackroyd        Maternal grandmother (items 1 to 3 and 9 to 11)"),
    TL("Mrs K. Ellis          Minute taker"),
    BLANK,
    TL("APOLOGIES:", True),
    TL("Dr S. Mehta           General Practitioner (written report received)"),
    TL("Mr N. Sykes           Solicitor, Legal Section"),
    TL("Mr W. Marsden         Mother's cohabitee (invited; did not attend)"),
    BLANK,
    TL("FAMILY COMPOSITION:", True),
    TL("NAME                    RELATIONSHIP          D.O.B.    ADDRESS"),
    TL("KIRSTY LOUISE ACKROYD   Subject               3.9.87    as above"),
    TL("TRACEY ACKROYD          Mother                12.5.67   Flat 2, 18 Cobden"),
    TL("                                                        Fold, Morley"),
    TL("WAYNE MARSDEN           Mother's cohabitee    30.1.65   as mother"),
    TL("STEVEN GAUNT            Father (not on b/c)   2.11.66   9 Hollybush Walk,"),
    TL("                                                        Wakefield WF2 8ZL"),
    TL("DOREEN ACKROYD          Mat. grandmother      19.4.44   7 Wood Nook Terrace,"),
    TL("                                                        Rothwell LS26 0ZH"),
    TL("WALTER ACKROYD          Mat. grandfather      7.7.38    as above"),
    TL("(unborn)                Half-sibling          EDD 7.8.91"),
    BLANK,
]

CONF_ITEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. INTRODUCTIONS AND PURPOSE", (
        "The Chairman welcomed everyone and explained that the conference would decide "
        "whether Kirsty's name should be placed on the Child Protection Register and, if "
        "so, make a plan to protect her. Miss Ackroyd and Mrs Ackroyd were told that they "
        "would be asked to leave for the agency reports on Mr Marsden's police record and "
        "for the discussion of registration, and would be told the decision.",
    )),
    ("2. REASON FOR THE CONFERENCE", (
        "Miss Hargreaves outlined the events of 6.2.91 (see memo of 7.2.91). Kirsty has been "
        "with her maternal grandparents since 8.2.91 under the Place of Safety Order, which "
        "expires on 5.3.91.",
    )),
    ("3. MEDICAL (Dr Pearson)", (
        "Dr Pearson described finger-tip bruising to both upper arms, of at least two "
        "different ages, and a fading bruise to the left cheek. A skeletal survey showed no "
        "fractures. Kirsty weighed 12.9 kg, below the 3rd centile. She looked pale and "
        "gaunt but was chatty and co-operative throughout, and asked the doctor if she could "
        "keep the stethoscope. In Dr Pearson's opinion the arm injuries are non-accidental.",
    )),
    ("4. HEALTH VISITOR (Mrs Bradley)", (
        "Mrs Bradley has known the family since Kirsty's birth. Until the summer of 1990 "
        "mother and Kirsty lived with the grandparents and Kirsty thrived. Since the move to "
        "Cobden Fold with Mr Marsden two developmental checks were missed and Kirsty's weight "
        "fell from the 25th to below the 3rd centile. Mrs Bradley referred her for a day "
        "nursery place in November 1990. Immunisations are up to date.",
    )),
    ("5. NURSERY (Mrs Walsh)", (
        "Kirsty started at Elmfield Day Nursery on 7.1.91. She often arrives hungry and in "
        "the same clothes, and has twice come without a coat. She loves the sand tray and "
        "the home corner, sings Twinkle Twinkle \"at the top of her voice\", and is as sharp "
        "as a tack - she knew every child's name by the end of her first week. She goes very "
        "quiet when a man comes into the room, including the caretaker.",
    )),
    ("6. POLICE (WPC Sharp)", (
        "Mr Marsden was interviewed under caution on 10.2.91 and denied causing the "
        "injuries, saying that Kirsty fell off the settee. Police were called to Cobden Fold "
        "twice (22.12.90 and 19.1.91) to domestic disputes; no action was taken. Mr Marsden "
        "has a previous conviction for assault (1986). The file has gone to the Crown "
        "Prosecution Service. (Miss Ackroyd and Mrs Ackroyd were not present for this "
        "item.)",
    )),
    ("7. GENERAL PRACTITIONER (report read by the Chairman)", (
        "Dr Mehta has seen Kirsty four times in 1990 for chest infections and once for a "
        "scald to the hand (June 1990, treated as accidental). Miss Ackroyd has been seen "
        "for \"nerves\" and low mood.",
    )),
    ("8. SOCIAL WORKER (Miss Hargreaves)", (
        "The family has not been known to the Department before. Kirsty's father, Mr Steven "
        "Gaunt, has not seen her since she was a baby and is not named on the birth "
        "certificate; he lives in Wakefield and has not been told. Mrs Ackroyd and her "
        "husband have a clean, warm home and a close bond with Kirsty, although Mr Walter "
        "Ackroyd's chest condition limits what he can do. Miss Ackroyd says she will not "
        "leave Mr Marsden.",
    )),
    ("9. VIEWS OF THE MOTHER AND GRANDMOTHER", (
        "Miss Ackroyd said: \"I'd never hurt her. Wayne's not used to kids, that's all.\" She "
        "agreed to attend the parenting group at Beech Grove Family Centre and asked for "
        "Kirsty to stay with her mother \"not with strangers\". Mrs Ackroyd said Kirsty "
        "can stay with them \"as long as it takes\".",
    )),
    ("10. DECISION", (
        "The conference agreed unanimously that Kirsty's name be placed on the Child "
        "Protection Register under the category of PHYSICAL INJURY. Register No. "
        f"{SUBJECT_REGISTER}. Key worker: Miss A. Hargreaves. The mother and grandmother "
        "were told the decision and the reasons.",
    )),
    ("11. RECOMMENDATIONS", (
        "(a) Kirsty to remain with her maternal grandparents. When the Place of Safety Order "
        "expires on 5.3.91, voluntary care under Section 2 of the Child Care Act 1980 if the "
        "mother agrees; otherwise the Legal Section to advise on care proceedings in the "
        "Juvenile Court.",
        "(b) No unsupervised contact between Kirsty and Mr Marsden.",
        "(c) Mother to attend the Beech Grove Family Centre parenting group (Tuesdays).",
        "(d) Health visitor to weigh Kirsty monthly; nursery place to continue.",
        "(e) A pre-birth conference for the expected baby by the end of June 1991.",
        "(f) Core group: Miss Hargreaves, Mrs Bradley, Mrs Walsh, mother and grandmother, "
        "first meeting 26.2.91.",
        "(g) Review conference: 14th May 1991, 2 p.m., Morley Area Office.",
    )),
)

CONF_TAIL = [
    BLANK,
    TL("DISTRIBUTION: all present; Dr S. Mehta; Mr N. Sykes; Principal Officer"),
    TL("(Child Care); Mrs P. Dyson, Register Custodian; file C.1147."),
    BLANK,
    TL("Signed ......D. Rushworth......  Chairman        Date 15.2.91"),
    TL("KE/typed 14.2.91"),
]

CONF_LINES_PER_PAGE = 58


def conf_lines() -> list[TL]:
    """All lines of the case conference minutes, in order."""
    lines = list(CONF_HEAD)
    for heading, paragraphs in CONF_ITEMS:
        lines.append(TL(heading, True))
        for body in paragraphs:
            lines += tw(body, indent=3) + ([BLANK] if not body.startswith("(") else [])
        if paragraphs[0].startswith("("):
            lines.append(BLANK)
    return lines + CONF_TAIL


def conf_furniture_text(page: int, total: int) -> str:
    """The page furniture of one page of the conference minutes."""
    head = f"- {page} -" if page > 1 else ""
    return f"{head} CONFIDENTIAL C.1147 Page {page} of {total}"


def build_conference(corpus: Corpus) -> int:
    """Write the typed case conference minutes (with a text layer); returns pages."""
    lines = conf_lines()
    pages = [lines[i:i + CONF_LINES_PER_PAGE] for i in range(0, len(lines),
                                                                CONF_LINES_PER_PAGE)]
    canvas = Canvas(str(CASE_DIR / CONF_PDF), pagesize=A4, invariant=1)
    canvas.setTitle("Case conference minutes 12.2.91")
    canvas.setAuthor("K Ellis")
    canvas.setSubject(SAR)
    total = len(pages)
    for number, chunk in enumerate(pages, start=1):
        canvas.setFont(TYPE_FONT, TYPE_SIZE)
        if number > 1:
            canvas.drawCentredString(PAGE_W / 2, PAGE_H - 14 * mm, f"- {number} -")
        draw_typed(canvas, chunk, PAGE_H - 22 * mm)
        canvas.setFont(TYPE_FONT, 8)
        canvas.drawString(TYPE_LEFT, 11 * mm, "CONFIDENTIAL")
        canvas.drawRightString(PAGE_W - TYPE_LEFT, 11 * mm,
                               f"C.1147 Page {number} of {total}")
        canvas.showPage()
    canvas.save()
    corpus.add(CONF_PDF, *(conf_furniture_text(n, total) for n in range(1, total + 1)),
               typed_text(lines))
    return total


# --------------------------------------------------------------------------------------------
# Letters, 1991 to 1996 (carbon and file copies), one letter a page
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Letter:
    """One letter on the file."""

    iso: str
    head: tuple[str, ...]  # letterhead lines (the first in bold)
    refs: str
    to: str
    salutation: str
    subject: str
    paragraphs: tuple[str, ...]
    close: str
    copies: str = ""
    annotation: str = ""  # written on the file copy by hand


LETTERS: tuple[Letter, ...] = (
    Letter(
        "1991-11-18",
        (COUNCIL_OLD.upper(), "SOCIAL SERVICES DEPARTMENT",
         f"Morley Area Office, {AREA_OFFICE}", "Tel. Morley 496 0100"),
        "Our ref: AH/JS/C.1147\nYour ref: SM/ak\nDate: 18th November 1991",
        "Dr S. Mehta\nFountain Medical Centre\nMorley",
        "Dear Dr Mehta,",
        "Re: Kirsty Louise ACKROYD (d.o.b. 3.9.87) and Jason Wayne MARSDEN (d.o.b. 14.8.91), "
        "23 Pinfold Walk, Morley LS27 9ZT",
        (
            "I am writing to let you know that Kirsty will return home to her mother on 25th "
            "November 1991, after nine months with her grandparents, Mr and Mrs W. Ackroyd, "
            "in Rothwell. Since 14th October 1991, when the Children Act 1989 came into "
            "force, Kirsty has been \"accommodated\" by the Department under Section 20 of "
            "the Act; this replaced the voluntary care arrangement under the Child Care Act "
            "1980. Her accommodation will end on her return home.",
            "Miss Ackroyd and Mr Marsden have moved to a council house at the address above "
            "and their son Jason was born at Ravensholme General Infirmary on 14th August. "
            "The pre-birth conference in July decided not to register Jason. Both have "
            "completed the Beech Grove Family Centre programme, and contact between Kirsty, "
            "her mother and Mr Marsden has gone well since September, with overnight stays "
            "since 2nd November. The review conference on 14th May kept Kirsty's name on the "
            "Register and a further review will be held in the New Year.",
            "I should be grateful if you would see Kirsty promptly if she is brought to the "
            "surgery, and let me know of any injury or if appointments are missed. Mrs "
            "Bradley will continue to weigh her. Kirsty is now on the 25th centile again and "
            "is a great talker; she has asked if her Nana can keep the budgie \"so it's not "
            "lonely\".",
        ),
        "Yours sincerely,\n\n\nA. Hargreaves (Miss)\nSocial Worker",
        "c.c. Mrs E. Bradley, Health Visitor; Mrs M. Walsh, Elmfield Day Nursery; file",
    ),
    Letter(
        "1993-03-12",
        ("NEWLANDS INFANT AND JUNIOR SCHOOL", "Newlands Road, Morley",
         "Headmaster: G. Rhodes B.Ed.", "Tel. 496 0174"),
        "Our ref: GR/JB\nYour ref:\nDate: 12th March 1993",
        "The Area Officer\nSocial Services Department\nMorley Area Office",
        "Dear Sir,",
        "KIRSTY ACKROYD - CLASS 1 (MRS LUND)",
        (
            "I am writing, as we agreed on the telephone this morning, to put our concerns "
            "about Kirsty in writing. I understand that her name was removed from the Child "
            "Protection Register last July.",
            "Over the past fortnight Kirsty has arrived late on six mornings, without "
            "breakfast (our staff have been giving her toast), in the same clothes, and on "
            "Tuesday with her plimsolls soaked through. On Thursday 11th March she fell "
            "asleep in the book corner. When Mrs Lund asked if she was tired she said: "
            "\"Wayne hit my mam and she cried all night and I looked after Jason.\" I have "
            "not spoken to Mrs Marsden about this, as your duty officer advised.",
            "I would like to add that Kirsty is a delightful girl: bright, kind to the "
            "younger ones and very proud of her reading book. She has the neatest "
            "handwriting in the class and asked Mrs Lund to put her picture of her Nana's "
            "budgie on the wall.",
        ),
        "Yours faithfully,\n\n\nG. Rhodes\nHeadmaster",
        "",
        "PK - please visit today and see K. at school. D.R. 12/3",
    ),
    Letter(
        "1995-06-27",
        (COUNCIL_OLD.upper(), "EDUCATION DEPARTMENT - SCHOOLS PSYCHOLOGICAL SERVICE",
         "Cliffe House, Morley", "Tel. (0113) 496 0620"),
        "Our ref: HF/EP/95/318\nYour ref: PK/C.1147\nDate: 27th June 1995",
        "Mr P. Kershaw\nSocial Worker\nSocial Services Department, Morley Area Office",
        "Dear Mr Kershaw,",
        "Re: Kirsty Ackroyd, d.o.b. 03.09.87, Newlands Junior School (Year 2)",
        (
            "Thank you for your referral. I saw Kirsty at school on 14th June and at her "
            "foster home, with Mrs J. Haigh (foster mother), on 21st June 1995. I have also "
            "spoken to Mr Rhodes and to her class teacher.",
            "Kirsty's verbal ability is in the average range and her non-verbal, "
            "visual-spatial ability is well above average: her drawing of a horse, done from "
            "memory, was remarkable for a child of seven. Her reading, however, is at a level "
            "of 5 years 9 months at a chronological age of 7 years 9 months, and her spelling "
            "is weaker still. The pattern suggests a specific learning difficulty (dyslexia), "
            "made worse by anxiety. She told me she worries that \"Jason's getting bigger "
            "without me\".",
            "She is a determined little girl. Mrs Haigh tells me she swims \"like a fish\" and "
            "got her 25 metres badge this month, and she was keen to show me her certificate "
            "before we started work.",
            "I recommend a statutory assessment of her special educational needs under the "
            "Education Act 1993, multi-sensory reading help three times a week, a quiet place "
            "to work, and regular, predictable contact with her brother.",
        ),
        "Yours sincerely,\n\n\nDr Helen Fawcett\nEducational Psychologist",
        "c.c. Mr G. Rhodes, Headmaster; Mr and Mrs Haigh",
    ),
    Letter(
        "1996-08-02",
        (COUNCIL_OLD.upper(), "SOCIAL SERVICES DEPARTMENT",
         "Director of Social Services: R.J. Beaumont CQSW",
         "Ravensholme Town Hall, Ravensholme. Tel. (0113) 496 0001"),
        "Our ref: RJB/CS/96/0741\nYour ref: your letter of 22.7.96\nDate: 2nd August 1996",
        "Mrs T. Marsden\n23 Pinfold Walk\nMorley\nLS27 9ZT",
        "Dear Mrs Marsden,",
        "Kirsty Ackroyd - your complaint",
        (
            "Thank you for your letter of 22nd July, which I have treated as a complaint "
            "under the Department's representations and complaints procedure. Mr A. Pullan, "
            "Complaints Officer, has looked into it and spoken to you, to Mr Kershaw and to "
            "Mr K. Gledhill.",
            "You complained that you were not told that Kirsty had left her foster home until "
            "three days after she moved. Kirsty's foster placement with Mr and Mrs Haigh "
            "ended at very short notice on 19th July 1996 because Mr Haigh was taken "
            "seriously ill. No other foster home could be found for a girl of nearly nine who "
            "wanted to stay at her school, and Kirsty went to Fernleigh, a family group home "
            "run by house parents, Mr and Mrs Gledhill, near Rothwell, where her grandmother "
            "can visit easily.",
            "I uphold your complaint in part. You should have been told on the day, and Mr "
            "Kershaw apologises that you were not. I do not uphold the complaint that "
            "Fernleigh is unsuitable: Kirsty has settled quickly and her school and her "
            "contact with her grandmother have not been disturbed.",
            "Your contact with Kirsty will continue monthly, now at Fernleigh. Kirsty has "
            "asked that her brother Jason visits on Sundays, and Mrs Maureen Marsden has "
            "kindly agreed to bring him. If you are not satisfied with this reply you may "
            "ask for your complaint to be considered by a panel (Stage 3).",
        ),
        "Yours sincerely,\n\n\nR.J. Beaumont\nDirector of Social Services",
        "c.c. Mr P. Kershaw; Mr K. Gledhill, Officer in Charge, Fernleigh; Complaints Officer",
    ),
)

LETTER_REF_STYLE = ParagraphStyle("letter_ref", parent=SERIF, fontSize=10, leading=12.5)
ANNOTATION = ParagraphStyle("annotation", parent=SERIF, fontName="Times-Italic",
                            fontSize=12, leading=14, textColor=colors.HexColor("#1c2f6b"))


def letters_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Each letter's own letterhead, and the file copy mark."""
    letter = LETTERS[page - 1]
    canvas.saveState()
    y = PAGE_H - 16 * mm
    for i, line in enumerate(letter.head):
        canvas.setFont("Times-Bold" if i == 0 else "Times-Roman", 13 if i == 0 else 9.5)
        canvas.drawCentredString(PAGE_W / 2, y, line)
        y -= 5.6 * mm if i == 0 else 4.4 * mm
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, y + 1.5 * mm, PAGE_W - MARGIN_X, y + 1.5 * mm)
    canvas.setFont("Helvetica-Bold", 8)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(MARGIN_X, 10 * mm, "FILE COPY")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"C.1147 vol. 1 - letters ({page}/{total})")
    canvas.restoreState()


def letters_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the letters."""
    letter = LETTERS[page - 1]
    return " ".join(letter.head) + f" FILE COPY C.1147 vol. 1 - letters ({page}/{total})"


def build_letters(corpus: Corpus) -> int:
    """Write the letters, one to a page; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    story: list = []
    for number, letter in enumerate(LETTERS):
        address = Table([[para(letter.to, LETTER_REF_STYLE), para(letter.refs,
                                                                  LETTER_REF_STYLE)]],
                        colWidths=[w * 0.6, w * 0.4])
        address.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story += [address, Spacer(1, 5 * mm), para(letter.salutation, SERIF),
                  para(letter.subject, SERIF_BOLD)]
        story += [para(body, SERIF) for body in letter.paragraphs]
        story.append(para(letter.close, SERIF))
        if letter.copies:
            story.append(para(letter.copies, SERIF_SMALL))
        if letter.annotation:
            story += [Spacer(1, 3 * mm), para(letter.annotation, ANNOTATION)]
        if number < len(LETTERS) - 1:
            story.append(PageBreak())
        corpus.add(LETTERS_PDF, letter.to, letter.refs, letter.salutation, letter.subject,
                   *letter.paragraphs, letter.close, letter.copies, letter.annotation)
    pages = build_platypus(CASE_DIR / LETTERS_PDF, letters_furniture, story,
                           "C.1147 letters 1991-1996", "Records scanning", top=42 * mm,
                           bottom=16 * mm)
    corpus.add(LETTERS_PDF, *(letters_furniture_text(n, pages) for n in range(1, pages + 1)))
    return pages


# --------------------------------------------------------------------------------------------
# Guardian ad litem's report, 6 September 1993
# --------------------------------------------------------------------------------------------

GAL_HEAD = (
    "IN THE RAVENSHOLME FAMILY PROCEEDINGS COURT",
    f"Case No. {SUBJECT_COURT}",
    "CHILDREN ACT 1989 - APPLICATION FOR A CARE ORDER (SECTION 31)",
    "IN THE MATTER OF: KIRSTY LOUISE ACKROYD (born 3rd September 1987) AND JASON WAYNE "
    "MARSDEN (born 14th August 1991)",
    "REPORT OF THE GUARDIAN AD LITEM",
)

GAL_PARTIES: tuple[tuple[str, ...], ...] = (
    ("Party", "Name", "Represented by"),
    ("Applicant", f"{COUNCIL_OLD}", "Mr N. Sykes, Solicitor, Legal Section"),
    ("First Respondent", "TRACEY MARSDEN (mother of both children)",
     "Armitage Sowerby & Co."),
    ("Second Respondent", "WAYNE MARSDEN (father of Jason; stepfather of Kirsty)",
     "In person"),
    ("Served with notice", "STEVEN GAUNT (father of Kirsty, without parental "
     "responsibility)", "Did not reply"),
    ("Intervener (Jason only)", "MAUREEN MARSDEN (paternal grandmother of Jason), "
     "31 Thorn Grove, Morley LS27 0ZE", "Lumb & Co."),
    ("The children", "Kirsty and Jason, by their guardian ad litem",
     "Mr Philip Lumb, Lumb & Co."),
)

GAL_PARAS: tuple[str, ...] = (
    "1. I was appointed guardian ad litem for Kirsty and Jason on 24th March 1993. I am a "
    "member of the Ravensholme Panel of Guardians ad Litem and Reporting Officers and a "
    "qualified social worker of 19 years' experience. In preparing this report I have seen "
    "Kirsty four times (twice at her foster home, once at school and once at contact), and "
    "Jason three times. I have interviewed Mrs Tracey Marsden, Mr Wayne Marsden, Mrs "
    "Maureen Marsden, Mrs Doreen Ackroyd, Mr and Mrs Haigh (foster carers), Mr P. Kershaw "
    "(social worker), Mr G. Rhodes (headmaster) and Mrs E. Bradley (health visitor), and "
    "spoken by telephone to Mr Steven Gaunt and to DS Mark Illingworth of the Child "
    "Protection Unit. I have read the local authority's file.",
    "2. Background. The history is set out in the local authority's statement. In brief: "
    "Kirsty was made the subject of a Place of Safety Order in February 1991 after bruising "
    "to her arms, and was placed on the Child Protection Register. She lived with her "
    "maternal grandparents for nine months and returned home in November 1991. Her mother "
    "married Mr Marsden in June 1992. Kirsty's name was removed from the Register on 7th "
    "July 1992.",
    "3. At 11.40 p.m. on 20th March 1993 police were called to 23 Pinfold Walk by a "
    "neighbour, Mr Gordon Hey of 25 Pinfold Walk, who heard a child screaming. PC 1187 "
    "Naylor found Kirsty (5) and Jason (19 months) alone in the house. Kirsty had put Jason "
    "in her own bed and given him his bottle. She told PC Naylor: \"I'm looking after "
    "Jason, I'm the big sister.\" Mrs Marsden was at the Accident and Emergency department "
    "with a cut to her head after an argument with Mr Marsden, who had left the house. An "
    "Emergency Protection Order was made on 21st March and both children were placed with "
    "Mr and Mrs Haigh, Holly Bank, 22 Marsh Lane, Pudsey LS28 7ZF. Interim care orders have "
    "been renewed since 24th March. On 3rd May 1993 Jason moved to live with his paternal "
    "grandmother, Mrs Maureen Marsden.",
    "4. Mr Marsden pleaded guilty to assault occasioning actual bodily harm on his wife "
    "and was made the subject of a probation order in June 1993. He told me that he has "
    "\"a temper, like my dad\" and that he wants Jason home. He has not attended the "
    "anger management group offered by the probation service.",
    "5. Mrs Marsden loves both children and the contact I observed was warm. She told me "
    "clearly, however, that she will not separate from Mr Marsden, and she does not accept "
    "that Kirsty was harmed by him in 1991. She has missed four of the twelve contact "
    "sessions offered. I do not think she is able at present to protect Kirsty.",
    "6. Mr Steven Gaunt, Kirsty's father, told me by telephone that he is now married with "
    "a baby son and lives in Wakefield. He would like a photograph of Kirsty and would "
    "not oppose an order, but he cannot offer her a home and does not wish to be a party.",
    "7. Kirsty's grandparents, Mr Walter and Mrs Doreen Ackroyd, would dearly like to care "
    "for her. Mr Ackroyd's emphysema has worsened and he is now on oxygen at home, and Mrs "
    "Ackroyd is his carer. The local authority's assessment, with which I agree, is that "
    "they cannot care for a five-year-old full time. They see Kirsty every Saturday and "
    "this is the most important relationship in her life. Mrs Marsden's sister, Mrs Julie "
    "Hirst of Ossett, was also considered; she has three young children and felt unable to "
    "offer a home, but would like to stay in touch.",
    "8. Kirsty at the foster home. Kirsty has settled well with Mr and Mrs Haigh (\"Auntie "
    "Jean and Uncle Brian\") and their son Stuart Haigh, aged 14. Her bed-wetting and "
    "nightmares have lessened. She has taken over a corner of Mr Haigh's greenhouse and "
    "grows tomatoes, which she counts every morning. Mrs Haigh describes her as \"a little "
    "mother\" to Jason during the six weeks they were together, and I saw how anxious she "
    "became when she did not know where he was.",
    "9. Kirsty's wishes and feelings. I explained my role to Kirsty with the help of "
    "drawings. She understood that the court would decide where she lives. She said, in "
    "her own words: \"I want to live with Nana and have a dog called Lucky. I want Jason "
    "to live with me. Mam can come for tea but not Wayne.\" When I told her that Nana "
    "could not look after her because Grandad was poorly, she said: \"Then I'll stay at "
    "Auntie Jean's and see Nana on Saturdays.\" Her understanding is good for her age.",
    "10. Jason is thriving with his grandmother, who has cared for him often since birth. "
    "He is attached to her and she is able to protect him from Mr Marsden's temper.",
    "11. The threshold criteria. I am satisfied that both children have suffered, and are "
    "likely to suffer, significant harm (physical injury and neglect) attributable to the "
    "care given to them not being what it would be reasonable to expect a parent to give, "
    "within section 31(2) of the Children Act 1989.",
    "12. Contact. I recommend: Kirsty with her mother monthly, supervised; Kirsty and Jason "
    "together at least fortnightly; Kirsty with her grandparents weekly; no contact with "
    "Mr Marsden unless Kirsty asks for it.",
    "13. Recommendation. For Kirsty, a Care Order to the local authority, with a plan for "
    "long-term fostering that keeps her close to her grandparents and her brother. For "
    "Jason, a Residence Order to Mrs Maureen Marsden, with a supervision order for twelve "
    "months.",
)

GAL_SIGNED = (
    "Rosemary Clough, Guardian ad Litem, 6th September 1993. Hearing: 14th September 1993, "
    "10.30 a.m. Documents read: the local authority's statement and chronology; the case "
    "conference minutes of 12.2.91, 14.5.91, 7.7.92 and 23.3.93; the police report of "
    "20.3.93; the school's letter of 12.3.93; Mrs Haigh's diary of contact."
)


def gal_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Running head and footer of the guardian's report."""
    canvas.saveState()
    canvas.setFont("Times-Italic", 9)
    canvas.drawString(MARGIN_X, PAGE_H - 13 * mm,
                      f"{SUBJECT_COURT} - Guardian ad Litem's report - Kirsty and Jason")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 13 * mm, "CONFIDENTIAL")
    canvas.setFont("Times-Roman", 9)
    canvas.drawCentredString(PAGE_W / 2, 11 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def gal_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the guardian's report."""
    return (f"{SUBJECT_COURT} - Guardian ad Litem's report - Kirsty and Jason CONFIDENTIAL "
            f"Page {page} of {total}")


def build_gal(corpus: Corpus) -> int:
    """Write the guardian ad litem's report; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    story: list = [para(line, SERIF_CENTRE) for line in GAL_HEAD]
    story += [grid_table(GAL_PARTIES, [34 * mm, 78 * mm, w - 112 * mm]), Spacer(1, 4 * mm)]
    story += [para(body, SERIF) for body in GAL_PARAS]
    story += [Spacer(1, 3 * mm), para(GAL_SIGNED, SERIF_SMALL)]
    pages = build_platypus(CASE_DIR / GAL_PDF, gal_furniture, story,
                           "GAL report FPC/93/0412", "R Clough", top=20 * mm,
                           creator="WordPerfect 5.1")
    corpus.add(GAL_PDF, *(gal_furniture_text(n, pages) for n in range(1, pages + 1)),
               *GAL_HEAD, rows_text(GAL_PARTIES), *GAL_PARAS, GAL_SIGNED)
    return pages


# --------------------------------------------------------------------------------------------
# Statutory reviews, 1994, 1997 and 1999 (review forms)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Review:
    """One statutory review record."""

    iso: str
    title: str
    details: tuple[tuple[str, str], ...]
    sections: tuple[tuple[str, str], ...]
    decisions: tuple[tuple[str, ...], ...]
    signed: str


REVIEWS: tuple[Review, ...] = (
    Review(
        "1994-10-11",
        "REVIEW OF CHILD BEING LOOKED AFTER - FORM R2",
        (
            ("Name (surname first)", "ACKROYD, Kirsty Louise"),
            ("D.O.B.", "3.9.87 (age 7)"),
            ("File no.", SUBJECT_FILE),
            ("Legal status", "Care Order (s.31 Children Act 1989) made 14.9.93"),
            ("Placement", "Mr and Mrs B. Haigh (foster carers), Holly Bank, 22 Marsh Lane, "
             f"Pudsey LS28 7ZF. Tel. {HAIGH_PHONE}. Placed 21.3.93."),
            ("Date / venue", "11th October 1994, at the foster home"),
            ("Type of review", "Second six-monthly review after the Care Order"),
            ("Chair", "Mrs R. Clayton, Team Leader"),
            ("Present", "Kirsty (for the first half hour); Mr P. Kershaw (Social Worker); "
             "Mrs J. Haigh (foster mother); Mr B. Haigh (foster father); Mrs T. Marsden "
             "(mother)"),
            ("Apologies", "Mr G. Rhodes, Headmaster (written report); Dr S. Mehta"),
        ),
        (
            ("Child's views", "Kirsty drew a picture of the people in her life for the "
             "review: Nana, Jason, Auntie Jean, Uncle Brian, Stuart \"and his computer\", "
             "her mam and a dog. She told the review that she likes Auntie Jean's dinners "
             "and swimming on Saturdays, and that she wants to see Jason more and \"Nana "
             "every day\"."),
            ("Parent's views", "Mrs Marsden said she is pleased Kirsty is happy and asked "
             "for more contact. She has missed two of the last six monthly contacts. She "
             "told the review that her baby, Chelsea, was born on 21st June 1994 and is in "
             "foster care under an interim care order. Kirsty has been told she has a baby "
             "sister and has drawn her a card."),
            ("Health", "Medical 6.9.94 by Dr Mehta: well; weight 50th centile. Asthma "
             "diagnosed July 1994: blue inhaler as needed, brown inhaler twice daily. "
             "Dentist 2.8.94, no treatment needed."),
            ("Education", "Newlands Junior School, Year 2. Reading is behind; she has extra "
             "help from the support teacher twice a week. Mr Rhodes reports she is \"a kind, "
             "hard-working girl with a wicked sense of humour\"."),
            ("Contact", "Mother: monthly, 2 hours, at the Area Office, supervised. Jason: "
             "fortnightly, Sunday afternoons, at Mrs Maureen Marsden's (31 Thorn Grove). "
             "Grandparents: every Saturday; Nana collects her on the bus. Mr Gaunt: no "
             "contact; a photograph was sent to him in May."),
        ),
        (
            ("Decision / recommendation", "By whom", "By when"),
            ("Kirsty to remain with Mr and Mrs Haigh as a long-term placement",
             "PK / Fostering Panel", "Panel 12.12.94"),
            ("Refer to the Schools Psychological Service about her reading", "PK",
             "January 1995"),
            ("Swimming lessons to continue (Department to pay)", "PK", "ongoing"),
            ("Next review", "Mrs Clayton", "April 1995"),
        ),
        "Signed R. Clayton (Chair) 14.10.94. Copies: Kirsty's file; Mrs Marsden; Mr and "
        "Mrs Haigh.",
    ),
    Review(
        "1997-04-15",
        "REVIEW OF CHILD BEING LOOKED AFTER - FORM R2",
        (
            ("Name (surname first)", "ACKROYD, Kirsty Louise"),
            ("D.O.B.", "3rd Sept '87 (age 9)"),
            ("File no.", f"{SUBJECT_FILE} / CareFirst {SUBJECT_CAREFIRST}"),
            ("Legal status", "Care Order (s.31) 14.9.93"),
            ("Placement", "Fernleigh Family Group Home, 2 Church Gardens, Rothwell "
             "LS26 0ZP. Tel. (0113) 496 0457. Admitted 19.7.96."),
            ("Date / venue", "15th April 1997, at Fernleigh"),
            ("Type of review", "Six-monthly review"),
            ("Chair", "Mrs R. Clayton, Team Leader"),
            ("Present", "Kirsty; Mr P. Kershaw (SW); Mr K. Gledhill (Officer in Charge / "
             "house father); Miss D. Ibbotson (RCO, key worker); Mrs D. Ackroyd "
             "(grandmother, at Kirsty's request)"),
            ("Apologies", "Mrs T. Marsden (no reply); Dr H. Fawcett"),
        ),
        (
            ("Child's views", "Kirsty filled in the consultation form herself (spelling as "
             "written): \"I like it at Fernleigh mostly. Auntie Carol does good plaits. I want "
             "to go swiming more and join the club. I dont like it when Ryan swears. I want to "
             "see Jason every week not every month. I am going to be a hairdresser.\" At the "
             "review she said she does not want new foster parents: \"I've had my mam and I've "
             "had Auntie Jean, I don't want another one.\""),
            ("Parent's views", "Mrs Marsden did not reply to the invitation. She has visited "
             f"three times since October. Her telephone is {MOTHER_PHONE}. Chelsea was "
             "adopted in December 1995; Kirsty receives news once a year through the "
             "Post-Adoption Section."),
            ("Health", "Asthma well controlled. Eye test February 1997: glasses (pink "
             "frames), which she wears for reading. Medical and dental up to date. NHS no. "
             f"{SUBJECT_NHS}."),
            ("Education", "Newlands Junior School, Year 4. Statement of Special Educational "
             "Needs (specific learning difficulty) since November 1995, with ten hours' "
             "support a week. Reading age 8 years 2 months at 9 years 7 months: real "
             "progress."),
            ("Contact", "Nana: weekly at Fernleigh (Wednesdays) and alternate Saturdays at "
             f"her home (Tel. (0113) {NANA_PHONE}). Jason: fortnightly on Sundays, brought "
             f"by Mrs Maureen Marsden ({MAUREEN_PHONE}). Mother: monthly, at Fernleigh."),
        ),
        (
            ("Decision / recommendation", "By whom", "By when"),
            ("Kirsty to remain at Fernleigh; no search for a new family unless she asks",
             "PK", "review in 6 months"),
            ("Life story book with her key worker", "Miss Ibbotson", "by Christmas"),
            ("Join the Rothwell swimming club (fees paid)", "Mr Gledhill", "May 1997"),
            ("Ask Jason's grandmother whether contact can be weekly", "PK", "June 1997"),
        ),
        "Signed R. Clayton (Chair) 18.4.97. Copies: Kirsty; Fernleigh; Mrs Marsden; file.",
    ),
    Review(
        "1999-05-18",
        "REVIEW OF CHILD BEING LOOKED AFTER - LOOKING AFTER CHILDREN (LAC) REVIEW FORM",
        (
            ("Name (surname first)", "ACKROYD, Kirsty Louise"),
            ("D.O.B.", "03/09/1987 (age 11)"),
            ("File no.", f"CareFirst {SUBJECT_CAREFIRST}"),
            ("Legal status", "Care Order (s.31) 14.9.93"),
            ("Placement", "Fernleigh Family Group Home, Rothwell (since 19.7.96)"),
            ("Date / venue", "18th May 1999, at Fernleigh"),
            ("Type of review", "Six-monthly review; Assessment and Action Record (age 10 "
             "and over) completed with Kirsty"),
            ("Chair", "Mr T. Hanson, Reviewing Officer (for Mrs Clayton)"),
            ("Present", "Kirsty (she chaired the first part herself, with Mr Hanson); Mr P. "
             "Kershaw (SW); Mrs C. Gledhill (house mother); Mrs B. Holroyd (RCO, key "
             "worker); Mr D. Bairstow (Head of Year 7, Hollinsfield High School); Mrs "
             "Doreen Ackroyd (grandmother)"),
            ("Apologies", "Mrs R. Clayton; Mrs T. Marsden (no reply)"),
        ),
        (
            ("Child's views", "\"I want a say in where I live. I want to stay at Fernleigh "
             "till I'm 16 and then get a flat near Nana. I want my own room with a lock on "
             "it. I won the backstroke at the gala and I want to go in the county one.\" "
             "Kirsty asked that the review notes say she did not start the fight in March: "
             "\"I was sticking up for Nikki.\""),
            ("Parent's views", "Mrs Marsden has not visited since Christmas. Kirsty has "
             "written to her twice."),
            ("Health", "Well. Asthma: inhalers as before, no attacks this year. BCG at "
             "school. Health assessment by the school nurse 3.3.99."),
            ("Education", "Hollinsfield High School since September 1998 (Year 7). Top set "
             "for art. Attendance 94%. One fixed-term exclusion (1 day, 11.3.99) for "
             "fighting. Mr Bairstow: \"Kirsty is loyal to a fault. She has real talent in "
             "art and should be encouraged.\" Statement continues (in-class support)."),
            ("Contact", "Nana weekly; Jason (now 7) fortnightly; mother: none since "
             "Christmas. Kirsty would like to write to her Auntie Julie Hirst; Mrs Hirst has "
             "agreed."),
        ),
        (
            ("Decision / recommendation", "By whom", "By when"),
            ("Kirsty to remain at Fernleigh until at least 16", "PK", "ongoing"),
            ("A lock for her bedroom door", "Mrs Gledhill", "June 1999"),
            ("County swimming trials: entry and transport", "Mrs Holroyd", "July 1999"),
            ("Begin preparation for leaving care at 15 (aftercare plan)", "PK / aftercare "
             "team", "September 2002"),
            ("Next review", "Mr Hanson", "November 1999"),
        ),
        "Signed T. Hanson (Reviewing Officer) 21.5.99. Copies: Kirsty; Fernleigh; Mrs "
        "Marsden; Hollinsfield High School; file.",
    ),
)


def reviews_furniture(canvas: Canvas, page: int, total: int) -> None:
    """The form's running head and footer."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 12 * mm,
                      f"{COUNCIL_OLD.upper()} - SOCIAL SERVICES DEPARTMENT")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 16 * mm,
                           "Review of Children's Cases Regulations 1991")
    canvas.drawString(MARGIN_X, 10 * mm, "Form R2 (rev. 9/93) - reviews scanned from "
                      "C.1147 vol. 2")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Sheet {page} of {total}")
    canvas.restoreState()


def reviews_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the reviews."""
    return (f"{COUNCIL_OLD.upper()} - SOCIAL SERVICES DEPARTMENT Review of Children's Cases "
            "Regulations 1991 Form R2 (rev. 9/93) - reviews scanned from C.1147 vol. 2 "
            f"Sheet {page} of {total}")


def build_reviews(corpus: Corpus) -> int:
    """Write the three statutory review records; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    story: list = []
    for number, review in enumerate(REVIEWS):
        story += [para(review.title, H1), form_table(list(review.details), w),
                  Spacer(1, 3 * mm), form_table(list(review.sections), w),
                  Spacer(1, 3 * mm),
                  grid_table(review.decisions, [100 * mm, 36 * mm, w - 136 * mm]),
                  Spacer(1, 2 * mm), para(review.signed, SMALL)]
        if number < len(REVIEWS) - 1:
            story.append(PageBreak())
        corpus.add(REVIEWS_PDF, review.title, rows_text(review.details),
                   rows_text(review.sections), rows_text(review.decisions), review.signed)
    pages = build_platypus(CASE_DIR / REVIEWS_PDF, reviews_furniture, story,
                           "Reviews 1994-1999", "Records scanning", top=18 * mm)
    corpus.add(REVIEWS_PDF, *(reviews_furniture_text(n, pages) for n in range(1, pages + 1)))
    return pages


# --------------------------------------------------------------------------------------------
# Fernleigh daily log, 1996 to 2003, retyped in 2026 from the handwritten log books
# --------------------------------------------------------------------------------------------

LOG_INTRO = (
    "These entries were retyped in February 2026 by the Access to Records Team from the "
    "handwritten daily log books of Fernleigh Family Group Home (log books 14 to 22, held on "
    "microfiche), because the microfiche copies are too faint to copy. Only entries about "
    "Kirsty have been retyped. Spelling, abbreviations and underlining are as in the "
    "original; [illeg.] marks words we could not read and [ ] our notes. House parents: Mr "
    "Keith Gledhill (Officer in Charge) and Mrs Carol Gledhill. Staff sign with first names "
    "or initials."
)

LOG_RESIDENTS = (
    "Other young people at Fernleigh when Kirsty was admitted (19.7.96), as listed on the "
    "inside cover of log book 14: BOOTH Nicola (d.o.b. 17.10.88); EXLEY Ryan; FIRTH "
    "Danielle (d.o.b. 2.2.86); MOORHOUSE Dean and MOORHOUSE Darren (twins)."
)


@dataclass(frozen=True)
class LogEntry:
    """One handwritten log entry, retyped."""

    iso: str
    when: str
    body: str
    signed: str


LOG_ENTRIES: tuple[LogEntry, ...] = (
    LogEntry("1996-07-19", "Fri 19.7.96  4.30pm",
             "K.A. admitted. Brought by Paul K (SW) and Mrs Haigh, who was very upset (Mr "
             "Haigh in hospital). Kirsty quiet, held on to a pink rabbit with one ear. First "
             "thing she asked was \"Can Biscuit come?\" - Biscuit is her hamster, still at the "
             "Haighs'. Told her yes, Uncle Keith will fetch him Sat. Shown the blue room, "
             "sharing with Nikki B. Ate fish fingers + 2 helpings of Arctic roll. Rang her "
             "Nana at 7 (Nana rang back twice). Asleep 9.15 with the landing light on.",
             "Bev H (RCO)"),
    LogEntry("1996-07-20", "Sat 20.7.96  night",
             "K. up at 2.10am, wet the bed, upset + embarrassed. Changed, no fuss made. Sat "
             "with me in the office with a hot choc till 2.40 and told me all about Jason "
             "and the tomatoes in Mr Haigh's greenhouse. Back to sleep.",
             "Len (night care officer)"),
    LogEntry("1996-07-27", "27.7.96",
             "Nana (Mrs D. Ackroyd) visited 2-4pm, came on the bus. Brought K's school "
             "photo + a bag of sherbet lemons for the house. K. showed her round and "
             "introduced her to Danni. Nana told me Walter \"would have hated her being in "
             "a home\" - very tearful going. K. fine after, played out with Danni F.",
             "C.G."),
    LogEntry("1996-09-03", "Tues 3.9.96",
             "K's 9th birthday. Carol made a horse cake!! Cards from Nana, from Jason "
             "(written by Maureen Marsden for him) and from Auntie Jean. Nothing from mum - "
             "K. waited by the window till tea time. Told me \"she'll have forgot cos of the "
             "baby\". Swimming at Rothwell baths after tea with Danni and me.",
             "Dawn I."),
    LogEntry("1996-11-14", "14.11.96",
             "Contact: mother did not turn up for 4pm contact (3rd time). Rang "
             f"{MOTHER_PHONE} - no answer. K. ripped up the card she had made and went to "
             "her room. Later let me play Connect 4 with her. Said \"I don't care, I've got "
             "Nana\". Paul K informed.",
             "Tony L."),
    LogEntry("1997-03-22", "Sat 22.3.97",
             "The \"Fernleigh Salon\" opened in the kitchen: K. did everyone's hair - French "
             "plaits for Nikki and Danni, and even Keith's (what's left of it). Says she is "
             "going to be a hairdresser and have her own salon \"with a pink sign\". Ryan "
             "E. paid her 20p for a quiff.",
             "Bev H"),
    LogEntry("1997-08-13", "Weds 13.8.97 (Filey)",
             "Holiday week at the caravan, day 3. K. in the sea every day \"even when it's "
             "freezing\", and taught Nikki to float. Made Nana a stick of rock with her name "
             "on from the shop on the front. Asthma fine - inhaler not needed all week. NB "
             f"Danni's medical card (NHS no. {DANNI_NHS}) was in K's bag, not the meds tin - "
             "put back.",
             "Dawn I."),
    LogEntry("1998-04-04", "Sat 4th April 1998",
             "Spice Girls concert in Sheffield. Bev and I took K., Danni and Nikki (tickets "
             "from the Round Table). K. went as Baby Spice - bunches + platforms borrowed "
             "from Carol's niece. Back 11.30pm, no voice left. K: \"Best night of my whole "
             "life.\"",
             "Dawn I."),
    LogEntry("1998-06-27", "27.6.98",
             "Ravensholme Schools Swimming Gala: Kirsty won GOLD in the 50m backstroke "
             "(junior girls) and silver in the relay. Medal on her bedroom door. Rang Nana "
             "from the baths. Keith says she did a lap of honour.",
             "K.G."),
    LogEntry("1998-09-02", "Wed 2.9.98",
             "First day at Hollinsfield High. Up at 6 to do her hair. New uniform (bottle "
             "green). Came home and said it's \"massive\" and she got lost 3 times but \"Mr "
             "Bairstow's alright\". Homework done without being asked [underlined twice].",
             "Tony L."),
    LogEntry("1999-02-09", "9.2.99",
             "Jason's visit - Maureen Marsden brought him (he's 7 now). They built a den in "
             "the lounge out of every cushion in the house. Jason asked if he could live here "
             "too. K. very grown up, told him \"You've got your Nan, you're lucky\". Quiet "
             "after he went; Bev sat with her.",
             "C.G."),
    LogEntry("2000-10-14", "Sat 14.10.00",
             "K. not back for 9pm. Rang round. Reported missing to police 10.45pm (incident "
             "no. 1447 of 14/10). Danni also out. Returned 7.50am Sunday by PC Andrew Shaw, "
             "who found them at a party on the Fountain estate [Morley]. Smelled of drink, "
             "tired, cheeky. Said she was \"only at Gemma's\" - Gemma Pickles, her friend "
             "from school. Gemma's mum (Mrs Pickles) rang at 8.15 to say sorry, she thought "
             "the girls had permission. Grounded for the week. Paul K to do the return "
             "interview.",
             "Keith"),
    LogEntry("1999-12-25", "Christmas Day 1999",
             "Nana came for Christmas dinner (Keith fetched her in the minibus) - the first "
             "time she has eaten with us. K. gave her a framed drawing of her budgie, Joey, and "
             "Nana cried. K. did the washing up without being asked [underlined]. Card from "
             "Jason, nothing from mum.",
             "C.G."),
    LogEntry("2000-10-15", "Sun 15.10.00",
             "Return interview with Paul K. K. said she went because \"everyone at school goes "
             "to parties and I'm always the one who has to ring the home\". Agreed: she can "
             "stay at a friend's if Keith or Carol has spoken to the parent first.",
             "Keith"),
    LogEntry("2001-06-30", "Sat 30.6.01  6pm",
             "Mum turned up without warning in a car with a man (not Wayne - K. didn't know "
             "him). K. would not come down. Mum left after 10 mins. Then K. ran out after the "
             "car in her socks. Sat on the wall with Bev for an hour. Said: \"I don't even "
             "know what she looks like any more.\"",
             "Bev H"),
    LogEntry("2002-03-06", "Weds 6.3.02  11.50pm",
             "K. (14) came back 11.50pm in a red Vauxhall Nova, reg R217 KWY, driven by a lad "
             "she says is \"Craig, he's 17\". I went out to the gate - he looked 19 or 20. He "
             "drove off. K. very angry with me, said: \"Craig's the only one who actually "
             "listens to me.\" Passed to Paul K and to PC Shaw (C.P.U.) in the morning.",
             "Dawn I."),
    LogEntry("2002-03-20", "20.3.02",
             "Craig rang the house phone 6 times between 8 and 11pm asking for \"Kirst\". "
             f"Number from 1471: {CRAIG_PHONE}. Not put through. Logged + passed to police "
             "as agreed at the strategy meeting (12.3.02). Police say his name is Craig "
             "DOBSON, d.o.b. 8.1.83. K. sulked but went to bed.",
             "Tony L."),
    LogEntry("2002-05-02", "Thurs 2.5.02",
             "K. told me she has finished with Craig \"cos he told me what to wear\". Cried, "
             "then asked me to cut her hair short. I did it (badly - she fixed it). We watched "
             "Pop Idol videos. Proud of her.",
             "Bev H"),
    LogEntry("2003-06-27", "Fri 27.6.03",
             "Year 11 prom. K. did her own hair and Nikki's and Danni's (up-dos, with "
             "diamantes). Keith drove them in the minibus with balloons on. K. in a lilac "
             "dress from the clothing allowance + £20 from Nana. Home 12.15, happy.",
             "Tony L."),
    LogEntry("2003-08-21", "21.8.03",
             "GCSE RESULTS: Art A, English C, Child Development C, Maths D, Science D D. K. "
             "screamed in the car park at Hollinsfield. Nana and Carol both cried. Art "
             "teacher says the A was \"the best portfolio in the year\".",
             "C.G."),
    LogEntry("2003-09-08", "Mon 8.9.03",
             "Kirsty-Lou left Fernleigh today for supported lodgings with Mrs Valerie "
             "Greenwood, 3 Chapel Fold, Gildersome, and starts at Ravensholme College on "
             "Wednesday. Leaving do last night: pizza and karaoke; I sang Angels (badly). K. "
             "gave every girl a French plait and left her gala medal with Carol \"for safe "
             "keeping\". Seven years and seven weeks. We will miss her.",
             "K.G."),
)


def log_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the retyped log."""
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawString(MARGIN_X, PAGE_H - 11 * mm,
                      f"{COUNCIL_NEW} - Access to Records - {SAR}")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 11 * mm,
                           "Fernleigh log (retyped) - ACKROYD, Kirsty")
    canvas.drawString(MARGIN_X, 10 * mm, "Transcript, not the original record")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def log_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the retyped log."""
    return (f"{COUNCIL_NEW} - Access to Records - {SAR} Fernleigh log (retyped) - ACKROYD, "
            f"Kirsty Transcript, not the original record Page {page} of {total}")


def build_log(corpus: Corpus) -> int:
    """Write the retyped Fernleigh log; returns the page count."""
    title = "FERNLEIGH FAMILY GROUP HOME - DAILY LOG: ENTRIES ABOUT KIRSTY (1996 TO 2003)"
    story: list = [para(title, H1), para(LOG_INTRO, BODY), para(LOG_RESIDENTS, BODY)]
    text = [title, LOG_INTRO, LOG_RESIDENTS]
    for entry in sorted(LOG_ENTRIES, key=lambda e: e.iso):
        story += [para(entry.when, LOG_HEAD), para(entry.body, LOG_BODY),
                  para(entry.signed, LOG_SIGN)]
        text += [entry.when, entry.body, entry.signed]
        corpus.note(LOG_PDF, entry.iso, f"{entry.when}\n{entry.body}\n{entry.signed}")
    pages = build_platypus(CASE_DIR / LOG_PDF, log_furniture, story,
                           "Fernleigh log retyped", "Hannah Okafor", top=20 * mm,
                           creator="Microsoft Word - Save as PDF")
    corpus.add(LOG_PDF, *(log_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Leaving care e-mail, 14 June 2007 (quoted-printable, with Kirsty's e-mail quoted)
# --------------------------------------------------------------------------------------------

EMAIL_HEADERS = {
    "From": f"Lisa Brearley <{LISA_EMAIL}>",
    "To": f"Martin Gaukroger <{MARTIN_EMAIL}>",
    "Subject": "Kirsty Ackroyd (CF 2030417) - PP review 13/06/07 and closure",
}

EMAIL_PARAGRAPHS = (
    "Martin,",
    "Quick update after Kirsty's pathway plan review yesterday at her flat (Flat 6, Kirkgate "
    "Court, Morley LS27 8ZR). Full review is on CareFirst. In short she is doing brilliantly "
    "at 19:",
    "- NVQ Level 2 Hairdressing passed last July (distinction for her colour work) and she "
    "has been full time at Salon 27 in Morley since September. She cut my hair in April so "
    "I can vouch for her!\n"
    "- Rent up to date, HB sorted, paying her own council tax. The last £312 of her "
    "setting-up-home grant went on a washer.\n"
    "- Still sees her Nana every Sunday. Doreen had a fall in April and Kirsty has been "
    "doing her shopping.\n"
    "- Her mum got back in touch at Easter (through Jason on Bebo) and they met in a cafe "
    "in Morley, the first time in nearly four years. Tracey has left Wayne and is living "
    "in Ossett. Kirsty said it was \"weird but OK\" and doesn't want us involved, which I "
    "respect.\n"
    "- Boyfriend Jamie Sugden (22, plasterer) is at the flat most nights. I met him "
    "yesterday: polite, clearly thinks the world of her, no concerns.",
    "She asked again about reading her file. I explained how to ask (subject access) and "
    "that she can have someone with her to read it. She said \"Not yet. One day when I'm "
    "ready.\"",
    "When I asked what difference the service has made she texted me this afterwards, and "
    "said I could pass it on:",
    "\"tell martin i said ta for the grant money and for lisa always ringing back. ive got "
    "my own front door and nobody writes about me any more. thats the best bit x\"",
    "Closure: she is 21 on 03/09/2008. She wants to stay open until then, which she is "
    "entitled to. I suggest light touch - contact every 8 weeks, next PP review December. "
    "Any objections?",
    "Lisa",
    f"Lisa Brearley\nPersonal Adviser | Next Steps Service (NSS) - Leaving Care\n{COUNCIL_OLD}"
    f"\nTel: {LISA_PHONE} | Mob: {LISA_MOBILE}\n{LISA_EMAIL}\n"
    "This e-mail is confidential and intended only for the person to whom it is addressed. "
    "If you have received it in error please notify the sender and delete it. Ravensholme "
    "MDC may monitor e-mail for lawful business purposes.",
    "-----Original Message-----\n"
    f"From: Kirsty Ackroyd [mailto:{SUBJECT_EMAIL_2007}]\n"
    "Sent: 12 June 2007 21:14\n"
    f"To: Lisa Brearley\n"
    "Subject: tomoz",
    "hiya lisa can we make it 11 not 10 tomoz, ive got a bride at 8 lol. jamie says hi. "
    f"ring me on {SUBJECT_PHONE_2007} if u cant. k x",
)
EMAIL_BODY = "\n\n".join(EMAIL_PARAGRAPHS) + "\n"


def build_email(corpus: Corpus) -> None:
    """Write the 2007 e-mail (quoted-printable, as Outlook 2003 sent it)."""
    msg = EmailMessage()
    for name, value in EMAIL_HEADERS.items():
        msg[name] = value
    msg["Date"] = format_datetime(dt.datetime(2007, 6, 14, 16, 22, 37,
                                              tzinfo=dt.timezone(dt.timedelta(hours=1))))
    msg["Message-ID"] = "<8C2F41E0A3B7D94C9E17F2B6D0A5C3E81A04B7@RMDC-EXCH02.ravensholme.local>"
    msg["X-Mailer"] = "Microsoft Office Outlook 11"
    msg["Importance"] = "normal"
    msg.set_content(EMAIL_BODY, cte="quoted-printable")
    data = msg.as_bytes(policy=default_policy)
    parsed = message_from_bytes(data, policy=default_policy)
    assert normalise(parsed.get_content()) == normalise(EMAIL_BODY), "e-mail body round-trip"
    assert b"=C2=A3312" in data, "e-mail body is not quoted-printable"
    (CASE_DIR / EMAIL_EML).write_bytes(data)
    corpus.add(EMAIL_EML, *EMAIL_HEADERS.values(), EMAIL_BODY)


# --------------------------------------------------------------------------------------------
# CareFirst legacy placement and legal status history (CSV)
# --------------------------------------------------------------------------------------------

HISTORY_HEADER = ("Client No", "Client Name", "Event Date", "Event Type", "Detail",
                  "Legal Status", "Carer / Establishment", "Worker")

CLIENT = (SUBJECT_CAREFIRST, "ACKROYD, Kirsty Louise")

# (date, type, detail, legal status, carer or establishment, worker)
HISTORY: tuple[tuple[str, ...], ...] = (
    ("03/09/1987", "Birth", "Born Ravensholme General Infirmary, 6lb 2oz. Mother TRACEY "
     "ACKROYD (20). Father not named on birth certificate.", "", "", ""),
    ("12/11/1990", "Referral", "Health visitor (E Bradley): weight fallen below the 3rd "
     "centile; two developmental checks missed. Day nursery place requested.", "", "",
     "Duty"),
    ("07/01/1991", "Day care", "Started at Elmfield Day Nursery (priority place).", "", "",
     "Duty"),
    ("06/02/1991", "Legal", "Place of Safety Order s28(1) CYPA 1969, 28 days. Bruising to "
     "both arms. Overnight with emergency foster carer.", "POSO",
     "SENIOR, Patricia (Mrs) - short-term foster parent, 41 Beck Lane, Churwell LS27 7ZN",
     "AH"),
    ("08/02/1991", "Placement", "Moved to maternal grandparents under the POSO.", "POSO",
     "ACKROYD, Doreen (Mrs) & Walter - 7 Wood Nook Terrace, Rothwell LS26 0ZH", "AH"),
    ("12/02/1991", "CP Register", f"Initial case conference. Registered: Physical Injury. "
     f"Reg. no. {SUBJECT_REGISTER}.", "POSO", "", "AH"),
    ("05/03/1991", "Legal", "POSO expired. Received into voluntary care s2 Child Care Act "
     "1980 at mother's request. Grandparents approved as relative foster parents.",
     "Voluntary care s2 CCA 1980",
     f"ACKROYD, Doreen (Mrs) - boarding-out allowance, NI {NANA_NI}", "AH"),
    ("14/05/1991", "CP Register", "Review conference: remain registered.",
     "Voluntary care s2 CCA 1980", "", "AH"),
    ("14/10/1991", "Legal", "Children Act 1989 in force: voluntary care became "
     "accommodation (s20).", "Accommodated s20 CA 1989", "", "AH"),
    ("25/11/1991", "Placement", "Returned home to mother and W MARSDEN, 23 Pinfold Walk, "
     "Morley LS27 9ZT. Accommodation ended.", "Not looked after", "", "AH"),
    ("07/07/1992", "CP Register", "Review conference: deregistered.", "", "", "AH"),
    ("02/09/1992", "Education", "Started Reception at Newlands Infant and Junior School.",
     "", "", ""),
    ("20/03/1993", "Incident", "Police called to 23 Pinfold Walk at 23.40. Kirsty (5) and "
     "her half-brother found alone in the house; mother at A&E.", "", "", "EDT"),
    ("21/03/1993", "Legal", "Emergency Protection Order s44. Placed with foster carers.",
     "EPO s44", "HAIGH, Jean & Brian - Holly Bank, 22 Marsh Lane, Pudsey LS28 7ZF", "PK"),
    ("23/03/1993", "CP Register", "Re-registered: Physical Injury and Neglect.", "EPO s44",
     "", "PK"),
    ("24/03/1993", "Legal", "Interim Care Order s38. Guardian ad litem appointed (R "
     "Clough).", "ICO s38", "HAIGH, Jean & Brian", "PK"),
    ("14/09/1993", "Legal", f"Care Order s31 made, Ravensholme FPC, {SUBJECT_COURT}. "
     "Half-brother: Residence Order to his paternal grandmother (his own file C.1148).",
     "Care Order s31",
     "HAIGH, Jean & Brian", "PK"),
    ("11/10/1994", "Review", "Statutory review at foster home. Long-term fostering agreed.",
     "Care Order s31", "HAIGH, Jean & Brian", "PK"),
    ("18/03/1995", "Family", "Maternal grandfather WALTER ACKROYD died. Kirsty went to the "
     "funeral with Mrs J Haigh.", "Care Order s31", "", "PK"),
    ("27/06/1995", "Education", "Educational psychologist's assessment (Dr H Fawcett).",
     "Care Order s31", "", "PK"),
    ("20/11/1995", "Education", "Statement of Special Educational Needs issued (specific "
     "learning difficulty).", "Care Order s31", "", "PK"),
    ("12/12/1995", "Family", "Adoption order made for her half-sister (Post-Adoption "
     "Section file PAS/95/027). Letterbox news once a year.", "Care Order s31", "", "PK"),
    ("19/07/1996", "Placement", "Foster placement ended (foster father's illness). Moved to "
     "Fernleigh Family Group Home, Rothwell.", "Care Order s31",
     "Fernleigh FGH (OIC K Gledhill)", "PK"),
    ("15/04/1997", "Review", "Statutory review at Fernleigh. Stay at Fernleigh.",
     "Care Order s31", "Fernleigh FGH", "PK"),
    ("02/09/1998", "Education", "Started at Hollinsfield High School.", "Care Order s31",
     "Fernleigh FGH", "PK"),
    ("18/05/1999", "Review", "Statutory review at Fernleigh; LAC Assessment and Action "
     "Record.", "Care Order s31", "Fernleigh FGH", "PK"),
    ("14/10/2000", "Missing", "Missing overnight from Fernleigh; returned by police 07.50.",
     "Care Order s31", "Fernleigh FGH", "PK"),
    ("12/03/2002", "Meeting", "Strategy meeting: concerns about an adult male, C DOBSON "
     "(19). Safety plan agreed.", "Care Order s31", "Fernleigh FGH", "PK"),
    ("09/07/2002", "Achievement", "Hollinsfield High School Year 10 Art Prize.",
     "Care Order s31", "Fernleigh FGH", "SM"),
    ("08/09/2003", "Placement", "Moved to supported lodgings.", "Care Order s31",
     f"GREENWOOD, Valerie (Mrs) - 3 Chapel Fold, Gildersome LS27 7ZW. Tel. "
     f"{GREENWOOD_PHONE}", "SM"),
    ("10/09/2003", "Education", "Started NVQ Level 1 Hairdressing at Ravensholme College.",
     "Care Order s31", "", "SM"),
    ("03/09/2004", "Leaving care", "17th birthday. Pathway plan agreed; Personal Adviser "
     "L Brearley (Next Steps Service).", "Care Order s31 / eligible child", "", "LB"),
    ("16/05/2005", "Placement", f"Own tenancy: {SUBJECT_FLAT}. Setting-up home grant.",
     "Care Order s31 / relevant child", "", "LB"),
    ("03/09/2005", "Legal", "18: Care Order ended. Former relevant child (Children "
     f"(Leaving Care) Act 2000). Own NI no. {SUBJECT_NI} seen for her benefit claim.",
     "Former relevant child", "", "LB"),
    ("14/07/2006", "Achievement", "NVQ Level 2 Hairdressing passed (distinction in colour).",
     "Former relevant child", "", "LB"),
    ("13/06/2007", "Review", "Pathway plan review at her flat. Working full time at Salon 27.",
     "Former relevant child", "", "LB"),
    ("03/09/2008", "Closure", "21st birthday. Leaving care case closed after the final "
     "pathway plan review, at her request.", "Former relevant child", "", "LB"),
)


def build_history(corpus: Corpus) -> None:
    """Write the legacy extract as CareFirst's report writer saved it (all fields quoted)."""
    footer = (f"Extract from CareFirst 6 (archived 2014) for {SAR}, 12/02/2026 - "
              f"{len(HISTORY)} rows",)
    rows = [HISTORY_HEADER, *((*CLIENT, *row) for row in HISTORY), footer]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerows(rows)
    (CASE_DIR / HISTORY_CSV).write_text(buffer.getvalue(), encoding="utf-8", newline="")
    with (CASE_DIR / HISTORY_CSV).open(encoding="utf-8", newline="") as handle:
        assert [tuple(row) for row in csv.reader(handle)] == [tuple(r) for r in rows]
    corpus.add(HISTORY_CSV, *(" ".join(row) for row in rows))
    for row in HISTORY:
        day = dt.datetime.strptime(row[0], "%d/%m/%Y").date()
        corpus.note(HISTORY_CSV, day.isoformat(), " ".join((*CLIENT, *row)))


# --------------------------------------------------------------------------------------------
# Records search and disclosure note, 2026 (DOCX)
# --------------------------------------------------------------------------------------------

NOTE_DETAILS: tuple[tuple[str, str], ...] = (
    ("Request reference", SAR),
    ("Received", "09/02/2026 (online form); identity checked 16/02/2026 (passport and "
     "marriage certificate, 2012)"),
    ("Applicant", "Mrs Kirsty Sugden (née Ackroyd)"),
    ("Full name now", "Kirsty Louise Sugden (married 2012)"),
    ("Name on the records", "Kirsty Louise ACKROYD; \"Kirsty-Lou\" at Fernleigh"),
    ("Date of birth", SUBJECT_DOB),
    ("Address", SUBJECT_HOME),
    ("Phone / e-mail", f"{SUBJECT_PHONE} / {SUBJECT_EMAIL}"),
    ("Record numbers", f"Mosaic {SUBJECT_MOSAIC}; CareFirst {SUBJECT_CAREFIRST} "
     f"(archived); paper file {SUBJECT_FILE} (2 volumes); CP register {SUBJECT_REGISTER}; "
     f"court {SUBJECT_COURT}"),
    ("Officer", f"Hannah Okafor, Access to Records Officer, {HANNAH_PHONE}, {HANNAH_EMAIL}"),
    ("Response due", "09/05/2026 (extended by two months: complex historic request)"),
)

NOTE_ASKED = (
    "Kirsty's own words on the request form: \"Everything from when I was taken off my mam "
    "in 1991 to when I finished with Lisa at 21. I'm 38, I've got two of my own now and I "
    "run my own salon, and I want to know why nobody came for me. And if there's anything "
    "about my little sister.\""
)

NOTE_SOURCES: tuple[tuple[str, ...], ...] = (
    ("Where we looked", "What we found", "How it is provided"),
    ("Modern Records Centre, box MRC/CS/1147 (paper file C.1147, vols 1 and 2, 1991 to "
     "2003)",
     "Area Office memos, file notes, case conference minutes, letters, the guardian ad "
     "litem's report, review forms. Vol. 1 was water-damaged in the 2009 flood at the "
     "records store and some pages from 1992 are missing.",
     "Scanned. The 1991 memos are faint carbon copies and our text recognition could not "
     "read them, so they are provided as images only (area-office-memos-1991-scan.pdf)."),
    ("Fernleigh log books 14 to 22 (microfiche)",
     "Handwritten daily log entries about Kirsty, 1996 to 2003.",
     "Retyped by us because the fiche is too faint to copy."),
    ("CareFirst 6 (archived 2014)", "Placement, legal status and register history, 1987 to "
     "2008.", "Exported to a spreadsheet (CSV)."),
    ("Mosaic and the Next Steps Service shared drive", "Leaving care record 2004 to 2008; "
     "one e-mail of 2007 survives (the others were deleted under the retention schedule).",
     "Printed e-mail (.eml)."),
    ("Court records", "The guardian's report is on the paper file. The court bundle is not "
     "held by the council.", "Ask HM Courts and Tribunals Service if you want it."),
    ("Adoption records (your sister)", "Held separately under adoption law. Not part of "
     "your file and not disclosed here.", "We can explain the intermediary service."),
)

NOTE_THIRD = (
    "Your records also contain information about other people: your mother, your "
    "stepfather, your father, your brother and sister, your grandparents and aunt, your "
    "foster carers and other children who lived at Fernleigh. We wrote to your mother, "
    "Tracey Marsden, at her last known address (5 Garth Close, Ossett WF5 0ZN) and by "
    "e-mail (tracey.marsden67@example.com, the address you gave us) on 20/02/2026 to ask "
    "whether she agrees to her information being shared with you, and have had no "
    "reply. Your Nana, Mrs Doreen Ackroyd, died in 2011; we have treated what the records "
    "say about her with the same care as for the living. We have not been able to trace "
    "your brother. The names of staff and other professionals who worked with you are not "
    "removed: among them your social workers Anne Hargreaves (1991 to 1993) and Paul "
    "Kershaw (1993 to 2003), your leaving care worker Sue Metcalfe (2002 to 2004) and your "
    "personal adviser Lisa Brearley (2004 to 2008). The names of your foster carers and "
    "of the police officers have been flagged for a senior officer to decide, as our "
    "policy requires."
)

NOTE_SUPPORT = (
    "Reading an old file can be hard: the language of the 1990s can feel cold, and some of "
    "what is written may be new to you. Jo Pickersgill, our Care Leavers' Records Support "
    f"Worker, can go through the file with you, at home or at the office ({JO_PHONE}). "
    "You can also ask for anything that is unclear to be explained, or for a correction "
    "statement to be added to your records."
)

NOTE_SIGNED: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Date"),
    ("Hannah Okafor", "Access to Records Officer (prepared)", "06/03/2026"),
    ("Graham Tinsley", "Senior Information Governance Officer (checked)", "10/03/2026"),
)


def build_note(corpus: Corpus) -> None:
    """Write the 2026 records search and disclosure note as a Word document."""
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
        head.text = f"{COUNCIL_NEW} | Children's Services | Access to Records | {SAR}"
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        text.append(head.text)
        foot = section.footer.paragraphs[0]
        foot.text = "OFFICIAL-SENSITIVE (personal) - Records search note v2 - UK GDPR Art. 15"
        text.append(foot.text)

    add("Records search and disclosure note", style="Title")
    add("Care leaver's request for her records. This note goes with the disclosed records "
        "and explains what we searched, what we found and what we could not provide.")
    table(NOTE_DETAILS, (4.5, 12.5), header=False)
    add("1. What Kirsty asked for", style="Heading 1")
    add(NOTE_ASKED, italic=True)
    add("2. Where we looked and what we found", style="Heading 1")
    table(NOTE_SOURCES, (4.6, 7.0, 5.4))
    add("3. Other people in your records", style="Heading 1")
    add(NOTE_THIRD)
    add("4. Support", style="Heading 1")
    add(NOTE_SUPPORT)
    add("Signed", style="Heading 1")
    table(NOTE_SIGNED, (4.4, 8.4, 4.2))

    props = doc.core_properties
    props.title = "Records search note"
    props.author = "Hannah Okafor"
    props.last_modified_by = "Graham Tinsley"
    props.subject = SAR
    props.keywords = ""
    props.comments = ""
    props.created = dt.datetime(2026, 3, 2, 9, 12, 0)
    props.modified = dt.datetime(2026, 3, 10, 15, 40, 0)
    props.revision = 4
    buffer = io.BytesIO()
    doc.save(buffer)
    data = fixed_zip(buffer.getvalue(), (2026, 3, 10, 15, 40, 0))
    (CASE_DIR / NOTE_DOCX).write_bytes(data)
    corpus.add(NOTE_DOCX, *text)


# --------------------------------------------------------------------------------------------
# case.toml and ground truth
# --------------------------------------------------------------------------------------------

SUBJECT_ALIASES = ("Kirsty", "Kirsty Sugden", "Kirsty Louise Ackroyd", "Kirsty-Lou", "Kirst")

PEOPLE: tuple[Person, ...] = (
    Person("Tracey Marsden", ("Tracey Ackroyd", "Tracey", "Mrs Marsden", "Miss Ackroyd"),
           "redact", "no reply to the consent request of 2026-02-20", relationship="mother"),
    Person("Wayne Marsden", ("Wayne", "Mr Marsden"), "redact", "not asked",
           relationship="stepfather"),
    Person("Doreen Ackroyd", ("Mrs D. Ackroyd",), "redact",
           "died in 2011; treated with the same care as the living", relationship="grandmother"),
    Person("Anne Hargreaves", ("Miss A. Hargreaves",), "disclose",
           "acting as her social worker", role="social worker"),
    Person("Paul Kershaw", ("Mr P. Kershaw", "Paul K"), "disclose",
           "acting as her social worker", role="social worker"),
    Person("Lisa Brearley", ("Lisa",), "disclose", "acting as her personal adviser",
           role="personal adviser"),
)


def case_toml() -> str:
    """The text of this case's CASE.toml in the DESIGN.md format."""
    lines = ["# Case file for a held-out fictional sample case in this folder (see",
             "# ../README.md). Everyone named here is invented.", "",
             "[subject]", f"name = {toml_str(SUBJECT)}",
             f"aliases = [{', '.join(toml_str(a) for a in SUBJECT_ALIASES)}]",
             'date_of_birth = "1987-09-03"', "",
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


TRACEY, WAYNE, STEVEN, JASON, CHELSEA = ("Tracey Marsden", "Wayne Marsden", "Steven Gaunt",
                                         "Jason Marsden", "Chelsea Marsden")
DOREEN, WALTER, JULIE, MAUREEN = ("Doreen Ackroyd", "Walter Ackroyd", "Julie Hirst",
                                  "Maureen Marsden")
SENIOR, JEAN, BRIAN, STUART, GREENWOOD = ("Patricia Senior", "Jean Haigh", "Brian Haigh",
                                          "Stuart Haigh", "Valerie Greenwood")
TORDOFF, HEY = "Brenda Tordoff", "Gordon Hey"
DANNI, NIKKI, RYAN, DEAN, DARREN = ("Danielle Firth", "Nicola Booth", "Ryan Exley",
                                    "Dean Moorhouse", "Darren Moorhouse")
GEMMA, MRS_PICKLES, CRAIG, JAMIE = "Gemma Pickles", "Mrs Pickles", "Craig Dobson", "Jamie Sugden"
SHARP, NAYLOR, ILLINGWORTH, SHAW = ("Gillian Sharp", "PC Naylor", "Mark Illingworth",
                                    "Andrew Shaw")

REDACT: tuple[tuple[str, str, str], ...] = (
    # Mother: Miss Ackroyd until 1992, then Mrs Marsden
    ("Tracey Ackroyd", "person", TRACEY),
    ("TRACEY ACKROYD", "person", TRACEY),
    ("Miss Tracey Ackroyd", "person", TRACEY),
    ("Miss T. Ackroyd", "person", TRACEY),
    ("Miss Ackroyd", "person", TRACEY),
    ("Tracey", "person", TRACEY),
    ("TRACEY", "person", TRACEY),
    ("Tracey Marsden", "person", TRACEY),
    ("Mrs Tracey Marsden", "person", TRACEY),
    ("TRACEY MARSDEN", "person", TRACEY),
    ("Mrs T. Marsden", "person", TRACEY),
    ("Mrs Marsden", "person", TRACEY),
    ("Mrs Marsden's", "person", TRACEY),
    ("12.5.67", "dob", TRACEY),
    ("Flat 2, 18 Cobden Fold", "address", TRACEY),
    ("LS27 9ZY", "postcode", TRACEY),
    ("23 Pinfold Walk", "address", TRACEY),
    ("LS27 9ZT", "postcode", TRACEY),
    ("Cobden Fold", "address", TRACEY),
    ("5 Garth Close", "address", TRACEY),
    ("WF5 0ZN", "postcode", TRACEY),
    (MOTHER_PHONE, "phone", TRACEY),
    ("tracey.marsden67@example.com", "email", TRACEY),
    # Stepfather
    ("Wayne Marsden", "person", WAYNE),
    ("Mr Wayne Marsden", "person", WAYNE),
    ("WAYNE MARSDEN", "person", WAYNE),
    ("Mr W. Marsden", "person", WAYNE),
    ("W MARSDEN", "person", WAYNE),
    ("Mr Marsden", "person", WAYNE),
    ("MR MARSDEN", "person", WAYNE),
    ("Mr Marsden's", "person", WAYNE),
    ("Wayne", "person", WAYNE),
    ("Wayne's", "person", WAYNE),
    ("30.1.65", "dob", WAYNE),
    # Father
    ("Steven Gaunt", "person", STEVEN),
    ("STEVEN GAUNT", "person", STEVEN),
    ("Mr Steven Gaunt", "person", STEVEN),
    ("Mr Gaunt", "person", STEVEN),
    ("2.11.66", "dob", STEVEN),
    ("9 Hollybush Walk", "address", STEVEN),
    ("WF2 8ZL", "postcode", STEVEN),
    # Half-brother and half-sister
    ("Jason Wayne MARSDEN", "person", JASON),
    ("JASON WAYNE MARSDEN", "person", JASON),
    ("Jason", "person", JASON),
    ("Jason's", "person", JASON),
    ("14.8.91", "dob", JASON),
    ("C.1148", "case_ref", JASON),
    ("14th August 1991", "dob", JASON),
    ("14th August", "dob", JASON),
    ("Chelsea", "person", CHELSEA),
    ("21st June 1994", "dob", CHELSEA),
    ("PAS/95/027", "case_ref", CHELSEA),
    # Grandparents, aunt, the other grandmother
    ("Doreen Ackroyd", "person", DOREEN),
    ("Mrs Doreen Ackroyd", "person", DOREEN),
    ("MRS DOREEN ACKROYD", "person", DOREEN),
    ("DOREEN ACKROYD", "person", DOREEN),
    ("Mrs D. Ackroyd", "person", DOREEN),
    ("ACKROYD, Doreen (Mrs)", "person", DOREEN),
    ("Mrs Ackroyd", "person", DOREEN),
    ("MRS ACKROYD", "person", DOREEN),
    ("Doreen", "person", DOREEN),
    ("19.4.44", "dob", DOREEN),
    ("7 Wood Nook Terrace", "address", DOREEN),
    ("7 WOOD NOOK TERRACE", "address", DOREEN),
    ("LS26 0ZH", "postcode", DOREEN),
    (NANA_PHONE, "phone", DOREEN),
    (f"(0113) {NANA_PHONE}", "phone", DOREEN),
    (NANA_NI, "ni", DOREEN),
    ("Walter Ackroyd", "person", WALTER),
    ("WALTER ACKROYD", "person", WALTER),
    ("MR WALTER ACKROYD", "person", WALTER),
    ("Mr Walter Ackroyd", "person", WALTER),
    ("Mr Walter Ackroyd's", "person", WALTER),
    ("MR ACKROYD", "person", WALTER),
    ("Mr Ackroyd", "person", WALTER),
    ("Mr Ackroyd's", "person", WALTER),
    ("Walter", "person", WALTER),
    ("7.7.38", "dob", WALTER),
    ("Mr and Mrs Ackroyd", "person", WALTER),
    ("Mr and Mrs W. Ackroyd", "person", WALTER),
    ("Mr Walter and Mrs Doreen Ackroyd", "person", WALTER),
    ("Mrs Julie Hirst", "person", JULIE),
    ("Mrs Hirst", "person", JULIE),
    ("Julie Hirst", "person", JULIE),
    ("Maureen Marsden", "person", MAUREEN),
    ("Mrs Maureen Marsden", "person", MAUREEN),
    ("MAUREEN MARSDEN", "person", MAUREEN),
    ("Mrs Maureen Marsden's", "person", MAUREEN),
    ("31 Thorn Grove", "address", MAUREEN),
    ("LS27 0ZE", "postcode", MAUREEN),
    (MAUREEN_PHONE, "phone", MAUREEN),
    # Neighbours
    ("MRS BRENDA TORDOFF", "person", TORDOFF),
    ("16 COBDEN FOLD", "address", TORDOFF),
    ("Mr Gordon Hey", "person", HEY),
    ("25 Pinfold Walk", "address", HEY),
    # Foster carers and the supported lodgings provider (unclear role)
    ("Mrs P. Senior", "person", SENIOR),
    ("Mrs Senior", "person", SENIOR),
    ("MRS SENIOR'S", "person", SENIOR),
    ("MRS SENIOR", "person", SENIOR),
    ("SENIOR, Patricia (Mrs)", "person", SENIOR),
    ("41 Beck Lane", "address", SENIOR),
    ("LS27 7ZN", "postcode", SENIOR),
    (SENIOR_PHONE, "phone", SENIOR),
    ("Mrs J. Haigh", "person", JEAN),
    ("Mrs J Haigh", "person", JEAN),
    ("Mrs Haigh", "person", JEAN),
    ("Mrs Haigh's", "person", JEAN),
    ("Auntie Jean", "person", JEAN),
    ("Auntie Jean's", "person", JEAN),
    ("HAIGH, Jean & Brian", "person", JEAN),
    ("Mr and Mrs Haigh", "person", JEAN),
    ("Mr and Mrs B. Haigh", "person", JEAN),
    ("Holly Bank, 22 Marsh Lane", "address", JEAN),
    ("LS28 7ZF", "postcode", JEAN),
    (HAIGH_PHONE, "phone", JEAN),
    ("Mr B. Haigh", "person", BRIAN),
    ("Mr Haigh", "person", BRIAN),
    ("Mr Haigh's", "person", BRIAN),
    ("Uncle Brian", "person", BRIAN),
    ("Haighs'", "person", BRIAN),
    ("Mrs Valerie Greenwood", "person", GREENWOOD),
    ("GREENWOOD, Valerie (Mrs)", "person", GREENWOOD),
    ("3 Chapel Fold", "address", GREENWOOD),
    ("LS27 7ZW", "postcode", GREENWOOD),
    (GREENWOOD_PHONE, "phone", GREENWOOD),
    # The foster carers' son (not an unclear role)
    ("Stuart Haigh", "person", STUART),
    ("Stuart", "person", STUART),
    # Other children at Fernleigh
    ("FIRTH Danielle", "person", DANNI),
    ("Danni", "person", DANNI),
    ("Danni F", "person", DANNI),
    ("Danni's", "person", DANNI),
    ("2.2.86", "dob", DANNI),
    (DANNI_NHS, "nhs", DANNI),
    ("BOOTH Nicola", "person", NIKKI),
    ("Nikki", "person", NIKKI),
    ("Nikki B", "person", NIKKI),
    ("Nikki's", "person", NIKKI),
    ("17.10.88", "dob", NIKKI),
    ("EXLEY Ryan", "person", RYAN),
    ("Ryan", "person", RYAN),
    ("Ryan E.", "person", RYAN),
    ("MOORHOUSE Dean", "person", DEAN),
    ("MOORHOUSE Darren", "person", DARREN),
    # School friend and her mother; the boyfriend; the later partner
    ("Gemma Pickles", "person", GEMMA),
    ("Gemma's", "person", GEMMA),
    ("Mrs Pickles", "person", MRS_PICKLES),
    ("Craig", "person", CRAIG),
    ("Craig's", "person", CRAIG),
    ("Craig DOBSON", "person", CRAIG),
    ("C DOBSON", "person", CRAIG),
    ("8.1.83", "dob", CRAIG),
    ("R217 KWY", "vehicle", CRAIG),
    (CRAIG_PHONE, "phone", CRAIG),
    ("Jamie Sugden", "person", JAMIE),
    ("jamie", "person", JAMIE),
    # Police officers (unclear role)
    ("WPC G. Sharp", "person", SHARP),
    ("WPC Sharp", "person", SHARP),
    ("WPC SHARP", "person", SHARP),
    ("W.P.C. SHARP", "person", SHARP),
    ("PC 1187 Naylor", "person", NAYLOR),
    ("PC Naylor", "person", NAYLOR),
    ("DS Mark Illingworth", "person", ILLINGWORTH),
    ("PC Andrew Shaw", "person", SHAW),
    ("PC Shaw", "person", SHAW),
)
# Foster carers, the supported lodgings provider and police officers: unclear roles.
UNCLEAR_PEOPLE = {SENIOR, JEAN, BRIAN, GREENWOOD, SHARP, NAYLOR, ILLINGWORTH, SHAW}

KEEP: tuple[tuple[str, str], ...] = (
    # The subject: every form of her name, and her own identifiers
    (SUBJECT, "subject"),
    ("Kirsty", "subject"),
    ("Kirsty's", "subject"),
    ("Kirst", "subject"),
    ("Kirsty-Lou", "subject"),
    ("KIRSTY LOUISE ACKROYD", "subject"),
    ("Kirsty Louise Ackroyd", "subject"),
    ("Kirsty Louise ACKROYD", "subject"),
    ("KIRSTY ACKROYD", "subject"),
    ("ACKROYD, Kirsty Louise", "subject"),
    ("ACKROYD, Kirsty", "subject"),
    ("Mrs Kirsty Sugden", "subject"),
    ("Kirsty Louise Sugden", "subject"),
    ("Kirsty Sugden", "subject"),
    ("née Ackroyd", "subject"),
    ("K.A.", "subject"),
    ("3.9.87", "subject"),
    ("03.09.87", "subject"),
    ("3rd September 1987", "subject"),
    ("3rd Sept '87", "subject"),
    (SUBJECT_DOB, "subject"),
    (SUBJECT_FILE, "subject"),
    ("DR/AH/C.1147", "subject"),
    ("AH/JS/C.1147", "subject"),
    (SUBJECT_CAREFIRST, "subject"),
    (SUBJECT_MOSAIC, "subject"),
    (SUBJECT_REGISTER, "subject"),
    (SUBJECT_COURT, "subject"),
    (SUBJECT_NHS, "subject"),
    (SUBJECT_NI, "subject"),
    (SUBJECT_PHONE_2007, "subject"),
    (SUBJECT_EMAIL_2007, "subject"),
    (SUBJECT_PHONE, "subject"),
    (SUBJECT_EMAIL, "subject"),
    (SUBJECT_FLAT, "subject"),
    ("Flat 6, Kirkgate Court", "subject"),
    (SUBJECT_HOME, "subject"),
    ("Fernleigh Family Group Home", "subject"),
    ("2 Church Gardens, Rothwell", "subject"),
    ("Salon 27", "subject"),
    # Professionals: with and without titles, initials, roles
    ("Mr R.J. Beaumont", "professional"),
    ("R.J. Beaumont", "professional"),
    ("D. Rushworth", "professional"),
    ("Mr D. Rushworth", "professional"),
    ("MR RUSHWORTH", "professional"),
    ("D.R.", "professional"),
    ("Mr J. Holdsworth", "professional"),
    ("Miss A. Hargreaves", "professional"),
    ("Miss Hargreaves", "professional"),
    ("A. Hargreaves", "professional"),
    ("A.H.", "professional"),
    ("Mrs M. Walsh", "professional"),
    ("Mrs Walsh", "professional"),
    ("Dr J. Pearson", "professional"),
    ("Dr Pearson", "professional"),
    ("Dr Pearson's", "professional"),
    ("Mr H. Woodhead J.P.", "professional"),
    ("Mrs E. Bradley", "professional"),
    ("Mrs Bradley", "professional"),
    ("E Bradley", "professional"),
    ("Mrs K. Ellis", "professional"),
    ("Dr S. Mehta", "professional"),
    ("Dr Mehta", "professional"),
    ("Mr N. Sykes", "professional"),
    ("Mrs P. Dyson", "professional"),
    ("Anne Hargreaves", "professional"),
    ("Paul Kershaw", "professional"),
    ("Sue Metcalfe", "professional"),
    ("Mr P. Kershaw", "professional"),
    ("Mr Kershaw", "professional"),
    ("Paul K", "professional"),
    ("PK", "professional"),
    ("G. Rhodes", "professional"),
    ("Mr G. Rhodes", "professional"),
    ("Mr Rhodes", "professional"),
    ("Mrs Lund", "professional"),
    ("MRS LUND", "professional"),
    ("Dr Helen Fawcett", "professional"),
    ("Dr H. Fawcett", "professional"),
    ("Dr H Fawcett", "professional"),
    ("Mr A. Pullan", "professional"),
    ("Rosemary Clough", "professional"),
    ("R Clough", "professional"),
    ("Mr Philip Lumb", "professional"),
    ("Mrs R. Clayton", "professional"),
    ("Mrs Clayton", "professional"),
    ("R. Clayton", "professional"),
    ("Mr T. Hanson", "professional"),
    ("Mr Hanson", "professional"),
    ("T. Hanson", "professional"),
    ("Mr K. Gledhill", "professional"),
    ("Mr Keith Gledhill", "professional"),
    ("Mr Gledhill", "professional"),
    ("K Gledhill", "professional"),
    ("Uncle Keith", "professional"),
    ("Keith", "professional"),
    ("Keith's", "professional"),
    ("K.G.", "professional"),
    ("Mrs C. Gledhill", "professional"),
    ("Mrs Carol Gledhill", "professional"),
    ("Mrs Gledhill", "professional"),
    ("Auntie Carol", "professional"),
    ("Carol's", "professional"),
    ("Mr and Mrs Gledhill", "professional"),
    ("Carol", "professional"),
    ("C.G.", "professional"),
    ("Miss D. Ibbotson", "professional"),
    ("Miss Ibbotson", "professional"),
    ("Dawn I.", "professional"),
    ("Dawn", "professional"),
    ("Mrs B. Holroyd", "professional"),
    ("Mrs Holroyd", "professional"),
    ("Bev H", "professional"),
    ("Bev", "professional"),
    ("Tony L.", "professional"),
    ("Len", "professional"),
    ("Mr D. Bairstow", "professional"),
    ("Mr Bairstow", "professional"),
    ("Mr Bairstow's", "professional"),
    ("Lisa Brearley", "professional"),
    ("L Brearley", "professional"),
    ("Lisa", "professional"),
    ("lisa", "professional"),
    (LISA_EMAIL, "professional"),
    (LISA_PHONE, "professional"),
    (LISA_MOBILE, "professional"),
    ("Martin Gaukroger", "professional"),
    ("Martin", "professional"),
    ("martin", "professional"),
    (MARTIN_EMAIL, "professional"),
    ("Hannah Okafor", "professional"),
    (HANNAH_EMAIL, "professional"),
    (HANNAH_PHONE, "professional"),
    ("Graham Tinsley", "professional"),
    ("Jo Pickersgill", "professional"),
    (JO_PHONE, "professional"),
    ("Tel. 496 0100", "professional"),
    ("Tel. 496 0174", "professional"),
    ("(0113) 496 0620", "professional"),
    ("(0113) 496 0457", "professional"),
    ("(0113) 496 0001", "professional"),
    # Places, services and organisations
    (COUNCIL_OLD, "place"),
    (COUNCIL_NEW, "place"),
    ("Morley Area Office", "place"),
    (AREA_OFFICE, "place"),
    ("Ravensholme General Infirmary", "place"),
    ("Elmfield Day Nursery", "place"),
    ("Beech Grove Family Centre", "place"),
    ("Fountain Medical Centre", "place"),
    ("Newlands Infant and Junior School", "place"),
    ("Newlands Junior School", "place"),
    ("Hollinsfield High School", "place"),
    ("Hollinsfield High", "place"),
    ("Schools Psychological Service", "place"),
    ("RAVENSHOLME FAMILY PROCEEDINGS COURT", "place"),
    ("Ravensholme FPC", "place"),
    ("Ravensholme Panel of Guardians ad Litem and Reporting Officers", "place"),
    ("Armitage Sowerby & Co.", "place"),
    ("Lumb & Co.", "place"),
    ("Ravensholme College", "place"),
    ("Next Steps Service", "place"),
    ("Modern Records Centre", "place"),
    ("West Yorkshire Police", "place"),
    ("Fernleigh", "place"),
    ("Rothwell baths", "place"),
    ("Morley", "place"),
    ("Rothwell", "place"),
    ("Churwell", "place"),
    ("Pudsey", "place"),
    ("Gildersome", "place"),
    ("Ossett", "place"),
    ("Wakefield", "place"),
    ("Sheffield", "place"),
    ("Fountain estate", "place"),
    # Ordinary content: law and jargon of the time, things she loved, words that look like
    # names
    ("Place of Safety Order", "content"),
    ("P.O.S.O.", "content"),
    ("Section 28(1) of the Children and Young Persons Act 1969", "content"),
    ("Section 2 of the Child Care Act 1980", "content"),
    ("Section 20", "content"),
    ("Emergency Protection Order", "content"),
    ("Care Order", "content"),
    ("Child Protection Register", "content"),
    ("PHYSICAL INJURY", "content"),
    ("guardian ad litem", "content"),
    ("house parents", "content"),
    ("RCO", "content"),
    ("boarding-out allowance", "content"),
    ("Statement of Special Educational Needs", "content"),
    ("LOOKING AFTER CHILDREN", "content"),
    ("aftercare", "content"),
    ("NSS", "content"),
    ("pathway plan", "content"),
    ("Former relevant child", "content"),
    ("sharp as a tack", "content"),
    ("pale and gaunt", "content"),
    ("Flopsy", "content"),
    ("Biscuit", "content"),
    ("a dog called Lucky", "content"),
    ("Little Red Riding Hood", "content"),
    ("Twinkle Twinkle", "content"),
    ("Arctic roll", "content"),
    ("Connect 4", "content"),
    ("Spice Girls", "content"),
    ("Baby Spice", "content"),
    ("Angels", "content"),
    ("Pop Idol", "content"),
    ("Joey", "content"),
    ("Filey", "place"),
    ("Bebo", "content"),
    ("the Round Table", "content"),
    ("Senior Information Governance Officer", "content"),
    # Relationships, which stay
    ("Nana", "relationship"),
    ("Nana's", "relationship"),
    ("Nan", "relationship"),
    ("Mum", "relationship"),
    ("NANA", "relationship"),
    ("Mam", "relationship"),
    ("Grandad", "relationship"),
    ("GRANDAD", "relationship"),
    ("half-brother", "relationship"),
    ("maternal grandparents", "relationship"),
    # Dates as written
    ("6.2.91", "date"),
    ("7th February 1991", "date"),
    ("12th February 1991", "date"),
    ("8.2.91", "date"),
    ("4th March 1991", "date"),
    ("5th March 1991", "date"),
    ("18th November 1991", "date"),
    ("12th March 1993", "date"),
    ("27th June 1995", "date"),
    ("2nd August 1996", "date"),
    ("6th September 1993", "date"),
    ("11th October 1994", "date"),
    ("15th April 1997", "date"),
    ("18th May 1999", "date"),
    ("Fri 19.7.96", "date"),
    ("Sat 4th April 1998", "date"),
    ("Weds 6.3.02", "date"),
    ("03/09/2008", "date"),
)

# (ISO date, precision, category, phrase the record contains, document)
EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("1987-09-03", "day", "family", "Born Ravensholme General Infirmary", HISTORY_CSV),
    ("1990-11-12", "day", "health", "weight fallen below the 3rd centile", HISTORY_CSV),
    ("1991-01-07", "day", "education", "Started at Elmfield Day Nursery", HISTORY_CSV),
    ("1991-02-06", "day", "concern", "saw bruising to both upper arms", SCAN_PDF),
    ("1991-02-06", "day", "placement", "Overnight with emergency foster carer", HISTORY_CSV),
    ("1991-02-08", "day", "placement", "Moved to maternal grandparents", HISTORY_CSV),
    ("1991-02-08", "day", "voice", "I'VE BEEN AT A NEW LADY'S HOUSE AND I WAS GOOD",
     SCAN_PDF),
    ("1991-02-12", "day", "meeting", "placed on the Child Protection Register", CONF_PDF),
    ("1991-03-04", "day", "voice", "like Little Red Riding Hood", SCAN_PDF),
    ("1991-03-05", "day", "placement", "Received into voluntary care", HISTORY_CSV),
    ("1991-08-01", "month", "family", "was born at Ravensholme General Infirmary on",
     LETTERS_PDF),
    ("1991-11-25", "day", "placement", "Returned home to mother", HISTORY_CSV),
    ("1992-07-07", "day", "meeting", "Review conference: deregistered", HISTORY_CSV),
    ("1992-09-02", "day", "education", "Started Reception at Newlands", HISTORY_CSV),
    ("1993-03-12", "day", "concern", "arrived late on six mornings", LETTERS_PDF),
    ("1993-03-20", "day", "concern", "found alone in the house", HISTORY_CSV),
    ("1993-03-21", "day", "placement", "Emergency Protection Order s44", HISTORY_CSV),
    ("1993-09-06", "day", "voice", "have a dog called Lucky", GAL_PDF),
    ("1993-09-14", "day", "meeting", "Care Order s31 made", HISTORY_CSV),
    ("1994-06-01", "month", "family", "Kirsty has been told she has a baby sister",
     REVIEWS_PDF),
    ("1994-07-01", "month", "health", "Asthma diagnosed July 1994", REVIEWS_PDF),
    ("1994-10-11", "day", "meeting", "Statutory review at foster home", HISTORY_CSV),
    ("1994-10-11", "day", "voice", "Nana every day", REVIEWS_PDF),
    ("1995-03-18", "day", "family", "Maternal grandfather", HISTORY_CSV),
    ("1995-06-01", "month", "achievement", "got her 25 metres badge", LETTERS_PDF),
    ("1995-06-27", "day", "voice", "getting bigger without me", LETTERS_PDF),
    ("1995-11-20", "day", "education", "Statement of Special Educational Needs issued",
     HISTORY_CSV),
    ("1995-12-12", "day", "family", "Adoption order made for her half-sister", HISTORY_CSV),
    ("1996-07-19", "day", "placement", "Moved to Fernleigh Family Group Home", HISTORY_CSV),
    ("1996-07-19", "day", "voice", "Can Biscuit come?", LOG_PDF),
    ("1996-09-03", "day", "family", "Carol made a horse cake", LOG_PDF),
    ("1996-11-14", "day", "family", "mother did not turn up for 4pm contact", LOG_PDF),
    ("1997-03-22", "day", "achievement", "K. did everyone's hair", LOG_PDF),
    ("1997-04-15", "day", "meeting", "Statutory review at Fernleigh", HISTORY_CSV),
    ("1997-04-15", "day", "voice", "I am going to be a hairdresser", REVIEWS_PDF),
    ("1998-04-04", "day", "voice", "Best night of my whole life", LOG_PDF),
    ("1998-06-27", "day", "achievement", "won GOLD in the 50m backstroke", LOG_PDF),
    ("1998-09-02", "day", "education", "First day at Hollinsfield High", LOG_PDF),
    ("1999-02-09", "day", "family", "They built a den in the lounge", LOG_PDF),
    ("1999-05-18", "day", "voice", "I want a say in where I live", REVIEWS_PDF),
    ("1999-12-25", "day", "family", "the first time she has eaten with us", LOG_PDF),
    ("2000-10-14", "day", "concern", "Missing overnight from Fernleigh", HISTORY_CSV),
    ("2000-10-15", "day", "voice", "I'm always the one who has to ring the home", LOG_PDF),
    ("2001-06-30", "day", "family", "Mum turned up without warning", LOG_PDF),
    ("2002-03-06", "day", "concern", "came back 11.50pm in a red Vauxhall Nova", LOG_PDF),
    ("2002-03-06", "day", "voice", "the only one who actually listens to me", LOG_PDF),
    ("2002-03-12", "day", "meeting", "Strategy meeting", HISTORY_CSV),
    ("2002-05-02", "day", "voice", "he told me what to wear", LOG_PDF),
    ("2002-07-09", "day", "achievement", "Year 10 Art Prize", HISTORY_CSV),
    ("2003-06-27", "day", "achievement", "Year 11 prom", LOG_PDF),
    ("2003-08-21", "day", "achievement", "GCSE RESULTS: Art A", LOG_PDF),
    ("2003-09-08", "day", "placement", "left Fernleigh today for supported lodgings",
     LOG_PDF),
    ("2003-09-10", "day", "education", "Started NVQ Level 1 Hairdressing", HISTORY_CSV),
    ("2004-09-03", "day", "meeting", "Pathway plan agreed", HISTORY_CSV),
    ("2005-05-16", "day", "placement", "Own tenancy", HISTORY_CSV),
    ("2006-07-14", "day", "achievement", "NVQ Level 2 Hairdressing passed", HISTORY_CSV),
    ("2007-04-01", "month", "family", "the first time in nearly four years", EMAIL_EML),
    ("2007-06-14", "day", "voice", "nobody writes about me any more", EMAIL_EML),
    ("2008-09-03", "day", "meeting", "Leaving care case closed", HISTORY_CSV),
    ("2026-02-09", "day", "voice", "I want to know why nobody came for me", NOTE_DOCX),
)

# Documents whose events are checked against the record of that date, not the whole file.
DATED_RECORDS = {LOG_PDF, HISTORY_CSV}


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


PHONE_RANGES = (r"07700 900\d{3}", r"0113 496 0\d{3}")
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
    expect({e["document"] for e in truth["events"]} == set(corpus.docs),
           "a document has no timeline event")
    counts = {key: len(truth[key]) for key in ("redact", "keep", "events")}
    expect(counts["events"] >= 40 and counts["redact"] >= 150 and counts["keep"] >= 150,
           f"too few items: {counts}")
    # NHS numbers: 999 and a valid mod-11 check digit.
    for nhs in re.findall(r"(?<![\d-])\d{3} \d{3} \d{4}(?![\d-])", everything):
        digits = nhs.replace(" ", "")
        expect(digits.startswith("999"), f"NHS number outside the 999 range: {nhs}")
        expect(mod11_check_digit(digits[:9]) == int(digits[9]), f"NHS checksum fails: {nhs}")
    expect(SUBJECT_NHS in everything and DANNI_NHS in everything, "an NHS number is missing")
    # Phones: drama ranges only, in every way they are written.
    for number in re.findall(r"(?<![\w/+.-])0\d{2,4} ?\d{3,4} ?\d{3,4}(?![\w/-])",
                             everything):
        expect(any(re.fullmatch(p, number) for p in PHONE_RANGES),
               f"not a drama number: {number}")
    for code, number in re.findall(r"\((0\d{3,4})\) (\d{3} \d{4})", everything):
        expect(re.fullmatch(PHONE_RANGES[1], f"{code} {number}"), f"not drama: {number}")
    without_ids = re.sub(r"999 \d{3} \d{4}|QQ \d\d \d\d \d\d [A-D]", " ", everything)
    for number in re.findall(r"(?<![\d/.])\d{3} \d{4}(?![\d/])", without_ids):
        expect(number.startswith("496 0"), f"local number not in the drama range: {number}")
    for address in re.findall(r"[\w.+-]+@[\w.-]+\w", everything):
        expect(EMAIL_DOMAINS.search(address), f"not a reserved e-mail domain: {address}")
    for ni in re.findall(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", everything):
        expect(ni.startswith("QQ"), f"NI number could be real: {ni}")
    expect(NANA_NI in everything and SUBJECT_NI in everything, "an NI number is missing")
    # case.toml: every person the officer knows is named in the records and decided as truth.
    for person in PEOPLE:
        for name in (person.name, *person.aliases):
            expect(name in everything, f"case.toml name not in the records: {name!r}")
            wanted = redacts if person.decision == "redact" else keeps
            expect(name in wanted, f"case.toml {name!r} ({person.decision}) not in the truth")
    for alias in (SUBJECT, *SUBJECT_ALIASES):
        expect(alias in everything, f"subject name {alias!r} missing")
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
    """Every text PDF has a text layer on every page and the page count reportlab reported;
    the scanned PDF has none (it is images only)."""
    for name, count in pages.items():
        reader = PdfReader(CASE_DIR / name)
        assert len(reader.pages) == count, f"{name}: {len(reader.pages)} pages, not {count}"
        for number, page in enumerate(reader.pages, start=1):
            text = page.extract_text() or ""
            if name == SCAN_PDF:
                assert not text.strip(), f"{name} page {number} has a text layer"
                assert "/XObject" in str(page.get("/Resources", {})), f"{name} has no image"
            else:
                assert len(text) > 400, f"{name} page {number} is nearly empty"


WRAPS = (  # (document, page, text with the line break where the layout puts it)
    (GAL_PDF, 1, "Mr Gordon\nHey of 25 Pinfold Walk"),
    (GAL_PDF, 1, "PC\nNaylor"),
    (GAL_PDF, 2, "Mrs\nJulie Hirst"),
    (REVIEWS_PDF, 1, "Auntie\nJean"),
    (REVIEWS_PDF, 2, "(0113) 496\n0271"),
    (LOG_PDF, 2, "07700\n900461"),
    (LETTERS_PDF, 1, "23\nPinfold Walk"),
)


def check_layout() -> None:
    """Each letter is on its own page; each review starts its own page; the names and
    numbers the README says wrap across lines still do (in the PDFs' text layers and in the
    typed lines of the scan)."""
    for name, number, wrapped in WRAPS:
        page = PdfReader(CASE_DIR / name).pages[number - 1].extract_text()
        assert wrapped in page, f"{name} p.{number}: {wrapped!r} no longer wraps there"
    top = PdfReader(CASE_DIR / LOG_PDF).pages[2].extract_text()
    assert top.startswith("Tony L.\nThurs 2.5.02"), (
        "the signature of 20.3.02 no longer runs over to the top of page 3 of the log")
    memo, note, _ = ("\n".join(line.text.strip() for line in lines)
                     for lines in scan_page_lines())
    assert "WPC G.\nSharp" in memo and "7 Wood Nook\nTerrace" in memo, "scan wraps moved"
    assert "MRS\nSENIOR'S" in note and "16\nCOBDEN FOLD" in note, "scan wraps moved"
    reader = PdfReader(CASE_DIR / LETTERS_PDF)
    for number, letter in enumerate(LETTERS):
        page = normalise(reader.pages[number].extract_text())
        assert normalise(letter.salutation) in page, f"letter {number + 1} is not on its page"
        assert normalise(letter.close.split("\n")[-1]) in page, (
            f"letter {number + 1} runs over its page")
    reader = PdfReader(CASE_DIR / REVIEWS_PDF)
    starts = [normalise(page.extract_text()) for page in reader.pages]
    for review in REVIEWS:
        assert any(review.details[5][1] in page for page in starts), "review lost"


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
    pages = {SCAN_PDF: build_scan(corpus), CONF_PDF: build_conference(corpus),
             LETTERS_PDF: build_letters(corpus), GAL_PDF: build_gal(corpus),
             REVIEWS_PDF: build_reviews(corpus), LOG_PDF: build_log(corpus)}
    build_email(corpus)
    build_history(corpus)
    build_note(corpus)
    (CASE_DIR / "case.toml").write_text(case_toml(), encoding="utf-8")
    (CASE_DIR / ".lifestoryignore").write_text(IGNORE_CASE_TOML, encoding="utf-8")
    truth = ground_truth()
    check(truth, corpus)
    check_pdfs(pages)
    check_layout()
    expected = {SCAN_PDF: (3, 3), CONF_PDF: (3, 3), LETTERS_PDF: (4, 4), GAL_PDF: (2, 3),
                REVIEWS_PDF: (3, 5), LOG_PDF: (3, 5)}
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
