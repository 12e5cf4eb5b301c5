"""Build a held-out fictional sample case for lifestory: Jenna Trewin (Cornwall).

Everything written here is invented: Kernow West Council, Trelawney House, Chy-an-Mor Family
Centre, Polwithen House (CAMHS West), Penhallow Farm Riding School, Polgarrow Surf Life Saving
Club, Seaways Fostering Partnership, Peninsula Adoption Service, Bosvenna Primary School, Lanyon
Vean Primary School, Penwartha Academy, Kernow College, Pengarth Medical Centre, Tre-Pol
Veterinary Practice, the people, the streets, the house names, the postcodes and the numbers.
Towns (Truro, Camborne, Redruth, Penzance, St Austell, Bodmin, Plymouth) are real only at town
level. Phone numbers come only from Ofcom's drama ranges (``01632 960xxx``, ``07700 900xxx``,
``0117 496 0xxx``), e-mail addresses only from reserved example domains, NHS numbers start with
999 (never issued; valid mod-11 check digit), National Insurance numbers have the
never-allocated QQ prefix. Run from the repository root:

    .venv/bin/python sample_records/held-out/build_jenna_trewin.py

The case is a 2000s-2010s file. Jenna was born in 1999; her mother drinks; she lives with her
mother, her maternal aunt, her mother again, her great-grandmother in Penzance, a family friend
under a private fostering arrangement, her mother again, emergency foster carers, and from the
age of eleven with one foster family, where she thrives (riding, surf life saving, art, wanting
to be a veterinary nurse) and stays put after eighteen. It is written as the people who wrote
her records would have written them, in the styles of their eras: a typed 2004 Initial
Assessment form, a transcribed handwritten running record, a Looked After Review record, a CAMHS
letter, Jenna's own letter to her IRO, an independent fostering agency's annual review of her
carers (Word), a review health assessment, a school e-mail and a Staying Put agreement.

It was written without looking at the redaction rules, the detectors or the benchmark: it is a
held-out test of them. The script is deterministic (reportlab ``invariant=1``, fixed DOCX zip
timestamps and core properties, fixed e-mail date, Message-ID and MIME boundary). It rewrites
``case-jenna-trewin/`` and ``../ground_truth/held-out-jenna-trewin.json``, then checks that the
ground truth agrees with the text it wrote. It imports nothing from the other build scripts;
the few helpers it needs are repeated below.
"""

from __future__ import annotations

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
from reportlab.pdfbase.pdfmetrics import stringWidth
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
SLUG = "jenna-trewin"
CASE_DIR = HERE / f"case-{SLUG}"
TRUTH = SAMPLES / "ground_truth" / f"held-out-{SLUG}.json"

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
UNCLEAR = "unclear role: redacted by default and flagged for a human decision"

COUNCIL = "Kernow West Council"
SUBJECT = "Jenna Trewin"
SUBJECT_DOB = "07/03/1999"
SUBJECT_ID = "318846"  # CareFirst client number, kept when the council moved to LCS
SUBJECT_NHS = "999 317 4629"
SUBJECT_NI = "QQ 48 19 27 C"
SUBJECT_PHONE = "07700 900377"
SUBJECT_EMAIL = "jenna.trewin99@example.com"
SUBJECT_CAMHS_REF = "FS/CAMHS/13/0772"
SAR = "KWC-SAR-2026-0419"
SAR_RECEIVED = "2026-10-12"

# The foster home (Jenna's home from 2010, and still her home under Staying Put)
TREMAYNE_HOME = "6 Wheal Tamsin Road, Camborne TR14 7ZL"
TREMAYNE_LANDLINE = "01632 960715"
LYNNE_MOBILE = "07700 900588"
LYNNE_EMAIL = "lynne.tremayne@example.com"
GEOFF_MOBILE = "07700 900604"

# Third parties' numbers
TRACEY_MOBILE = "07700 900141"
TRACEY_NI = "QQ 61 33 09 A"
BEV_PHONE = "01632 960218"
GGM_PHONE = "01632 960574"
HOCKING_PHONE = "01632 960392"
PENROSE_PHONE = "01632 960688"
KAI_NHS = "999 552 0818"

# Professionals' work numbers and e-mails
TRELAWNEY_PHONE = "01632 960100"
HANNAH_PHONE = "01632 960143"
HANNAH_MOBILE = "07700 900151"
HANNAH_EMAIL = "hannah.jewell@kernowwest.example.gov.uk"
NIGEL_EMAIL = "nigel.carveth@kernowwest.example.gov.uk"
JAN_EMAIL = "jan.tregear@kernowwest.example.gov.uk"
SAM_MOBILE = "07700 900162"
SAM_EMAIL = "sam.rowse@kernowwest.example.gov.uk"
CLAIRE_EMAIL = "claire.hosken@example.org"
SCHOOL_PHONE = "01632 960240"
CAMHS_PHONE = "01632 960450"
GP_PHONE = "01632 960300"
HV_PHONE = "01632 960311"
PRIMARY_PHONE = "01632 960250"
LAC_HEALTH_PHONE = "01632 960470"
SEAWAYS_PHONE = "0117 496 0382"

IA_PDF = "initial-assessment-2004-02-18.pdf"
RR_PDF = "running-record-2005-2011.pdf"
LAC_PDF = "lac-review-2012-09-18.pdf"
CAMHS_PDF = "camhs-letter-2013-11-20.pdf"
LETTER_TXT = "letter-to-iro-2014-05-14.txt"
FCR_DOCX = "foster-carer-annual-review-2014.docx"
HEALTH_PDF = "health-assessment-2015-03-24.pdf"
EMAIL_EML = "email-2015-05-13.eml"
SP_PDF = "staying-put-agreement-2017.pdf"


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
    # (document, ISO date) -> the text of that dated record (running record entry)
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
SERIF_SMALL = ParagraphStyle("serif_small", parent=SERIF, fontSize=9.5, leading=11.5,
                             spaceAfter=2)
SERIF_H2 = ParagraphStyle("serif_h2", parent=SERIF, fontName="Times-Bold", fontSize=11.5,
                          spaceBefore=6, spaceAfter=3, keepWithNext=1)
# The 2004 form: labels in Arial-like bold, the typed answers in Courier
FORM_LABEL = ParagraphStyle("form_label", fontName="Helvetica-Bold", fontSize=7.3, leading=8.8)
FORM_VALUE = ParagraphStyle("form_value", fontName="Courier", fontSize=8.4, leading=9.8)
FORM_HEAD = ParagraphStyle("form_head", fontName="Helvetica-Bold", fontSize=8.6, leading=10.4,
                           textColor=colors.white)
FORM_NOTE = ParagraphStyle("form_note", fontName="Helvetica-Oblique", fontSize=7, leading=8.4)

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
               shade: str = "#dfe8f1", style: ParagraphStyle = SMALL,
               head_style: ParagraphStyle = SMALL_BOLD) -> Table:
    """A wrapped-text table with a grid and a bold header row."""
    cells = [[para(cell, head_style if r == 0 else style) for cell in row]
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


def pair_table(pairs: list[tuple[str, str]], width: float, label_w: float = 30 * mm, *,
               label_style: ParagraphStyle = SMALL_BOLD, value_style: ParagraphStyle = SMALL,
               shade: str = "#eef2f6") -> Table:
    """A form's label/value block laid out two pairs to a row (label cells shaded)."""
    rows = []
    for i in range(0, len(pairs), 2):
        row: list = []
        for label, value in pairs[i:i + 2]:
            row += [para(label, label_style), para(value, value_style)]
        while len(row) < 4:
            row.append("")
        rows.append(row)
    value_w = width / 2 - label_w
    table = Table(rows, colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
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
                   creator: str = "Microsoft Word - Save as PDF") -> int:
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
# Initial Assessment record (PDF), February 2004: a typed form with boxes and tick-boxes
# --------------------------------------------------------------------------------------------

IA_REFERRAL: list[tuple[str, str]] = [
    ("Referral no.", "R04/0219"),
    ("Date / time of referral", "11/02/2004   23:40"),
    ("Received by", "Out of Hours Service (EDT); passed to Camborne Children & Families Team "
                    "09:00 12/02/04"),
    ("Source of referral",
     "[X] Police  [ ] Health  [ ] School/nursery  [ ] Family  [ ] Self  [ ] Anonymous"),
    ("Referrer", "PC 1874 Ian Treloar, Camborne Police Station"),
    ("Referrer told outcome?", "[X] Yes  [ ] No      Date: 19/02/04"),
    ("Allocated worker", "Gillian Moyle, Social Worker"),
    ("Team manager", "Roger Tonkin"),
    ("IA started", "12/02/2004"),
    ("IA completed", "18/02/2004   Within 7 working days?  [X] Yes  [ ] No"),
]

IA_CHILDREN: tuple[tuple[str, ...], ...] = (
    ("Surname", "Forename(s)", "DOB", "M/F", "Ethnicity", "School / nursery", "Client no."),
    ("TREWIN", "Jenna Louise", SUBJECT_DOB, "F", "White British",
     "Bosvenna Primary School (Reception)", SUBJECT_ID),
    ("ANGOVE", "Tegan Marie", "19/05/2003", "F", "White British", "n/a (9 months)", "318847"),
)

IA_HOME: list[tuple[str, str]] = [
    ("Home address", "Flat 2, 31 Tregenna Mews, Camborne, Cornwall TR14 8ZD"),
    ("Telephone", f"no landline. Mother's mobile {TRACEY_MOBILE}"),
    ("First language", "English    Interpreter needed? [ ] Yes [X] No"),
    ("Disability", "[ ] Yes [X] No      Religion: none stated"),
]

IA_FAMILY: tuple[tuple[str, ...], ...] = (
    ("Name", "Relationship to child(ren)", "DOB", "Address / contact", "PR?"),
    ("Tracey Ann TREWIN", "Mother of both", "22/11/1980", "As above", "Yes"),
    ("Shaun PASCOE", "Father of Jenna", "14/06/1977",
     "Not known. Believed Plymouth area. No contact since 2001", "No"),
    ("Darren ANGOVE", "Father of Tegan", "02/02/1979",
     "c/o his mother, 7 Bal-an-Dre Way, Camborne TR14 0ZP", "No"),
    ("Pam ANGOVE", "Tegan's paternal grandmother", "",
     "7 Bal-an-Dre Way, Camborne TR14 0ZP", "No"),
    ("Bev NANCE (Mrs)", "Maternal aunt", "",
     f"12 Polglaze Close, Redruth TR15 1ZS. Tel {BEV_PHONE}", "No"),
    ("Sandra TREWIN", "Maternal grandmother", "15/04/1958", "St Austell", "No"),
    ("Winifred TREWIN (Mrs)", "Maternal great-grandmother", "03/09/1927",
     f"Kerensa, 8 Carn Close, Penzance TR18 3ZJ. Tel {GGM_PHONE}", "No"),
)

IA_AGENCIES: tuple[tuple[str, ...], ...] = (
    ("Agency", "Name", "Telephone", "Consulted"),
    ("GP", "Dr A. Bray, Pengarth Medical Centre, Camborne", GP_PHONE, "[X] 13/02/04"),
    ("Health visitor", "Janet Curnow (HV)", HV_PHONE, "[X] 12/02/04"),
    ("School", "Mrs J. Kemp, Headteacher, Bosvenna Primary", PRIMARY_PHONE, "[X] 13/02/04"),
    ("Police", "DS Karen Nicholls, Child Protection Unit", "via CPU", "[X] 12/02/04"),
    ("Drug & Alcohol Team", "not yet involved", "", "[ ] referral to follow"),
)

IA_REASON = (
    "At 23:40 on Wed 11/02/04 police attended Flat 2, 31 Tregenna Mews after the downstairs "
    "neighbour, Mrs Joan Tregoning (Flat 1), rang to say a baby had been crying for over two "
    "hours and nobody answered the door. PC Treloar found the door unlocked. Miss Trewin was "
    "asleep on the sofa and could not be properly woken at first. Two empty 1 litre vodka "
    "bottles and several cider cans in the lounge. Jenna (4) was in the kitchen in her nightie "
    "trying to make Tegan (9 months) a bottle with cold milk from the fridge. Tegan's nappy "
    "was soaked through and she had a bad nappy rash. The flat was cold (electric meter run "
    "out); no food in the fridge apart from milk and half a pizza. When roused Miss Trewin was "
    "tearful and said she had 'only had a couple'.\n"
    "Police protection was not used because the maternal aunt, Mrs Bev Nance, agreed to come "
    "straight away. At 00:30 on 12/02/04 Jenna and Tegan were taken to their maternal aunt's "
    "home in Redruth by Mrs Nance and her husband, Mark Nance.\n"
    "Previous involvement: HV referral 09/2003 (low mood after Tegan's birth, mother's "
    "drinking) - advice and information only. Police called twice in 2003 (noise; argument "
    "between Miss Trewin and Darren Angove)."
)

IA_CHILD_NEEDS: tuple[tuple[str, ...], ...] = (
    ("Dimension (Jenna)", "What we know", "Need?"),
    ("Health", "Registered with Dr Bray. Immunisations up to date (HV). Small for her age "
     "(9th centile). Two fillings at 4. Wets the bed most nights.", "[X]"),
    ("Education", "Reception class at Bosvenna. Attendance 81%, late most days. Bright, good "
     "vocabulary. Mrs Kemp: 'tired and hungry on Mondays'.", "[X]"),
    ("Emotional & behavioural development", "Watchful, very eager to please adults. A 'little "
     "mother' to Tegan. Tantrums at bedtime at her aunt's.", "[X]"),
    ("Identity", "Knows she is Jenna Trewin 'like Mummy and Nanny Trewin'. Does not know her "
     "father.", "[ ]"),
    ("Family & social relationships", "Strong bond with her mother and with Tegan. Close to "
     "Auntie Bev and her cousins Brooke and Connor.", "[ ]"),
    ("Social presentation", "Clothes too small; hair unwashed some days (school).", "[X]"),
    ("Self-care skills", "Dresses herself, makes toast. Doing things beyond her age - looking "
     "after her sister.", "[X]"),
)

IA_TEGAN = (
    "Tegan (9 months): seen 12/02/04 at the aunt's with HV. Weight dropped from 50th to 25th "
    "centile since October. Nappy rash treated (GP 13/02/04). Meeting her milestones. Moved to "
    "her paternal grandmother, Mrs Pam Angove, on 13/02/04 at the request of her father."
)

IA_PARENTING: tuple[tuple[str, ...], ...] = (
    ("Parenting capacity", "What we know"),
    ("Basic care", "Not met on 11/02/04. Flat cold, little food, baby not changed. Mother says "
     "this was 'a one-off'; school and HV describe a pattern since the autumn."),
    ("Ensuring safety", "Mother incapable through alcohol with two young children in her sole "
     "care. Door left unlocked."),
    ("Emotional warmth", "Clearly loves the girls; warm and affectionate when sober (HV)."),
    ("Stimulation", "Books and toys in the flat; Jenna knows her letters."),
    ("Guidance & boundaries", "Inconsistent. Jenna often 'in charge'."),
    ("Stability", "Three moves in two years. Relationship with Tegan's father ended in "
     "December; he left the flat."),
)

IA_FAMILY_FACTORS: tuple[tuple[str, ...], ...] = (
    ("Family & environmental factors", "What we know"),
    ("Family history & functioning", "Miss Trewin's own mother (Sandra Trewin, 'Nanny "
     "Trewin') drank heavily; Miss Trewin was accommodated for 3 months at 14 (1995, "
     "closed file). Drinking increased after Tegan's birth and the split with Mr Angove."),
    ("Wider family", "Maternal aunt (Mrs Nance) and great-grandmother (Mrs W. Trewin, 76, "
     "Penzance) both supportive; great-grandmother 'the rock of the family'. Tegan's paternal "
     "grandmother will care for Tegan."),
    ("Housing", "Privately rented 2-bed flat, damp, prepayment meter. Rent arrears."),
    ("Employment & income", "Not working (was a care assistant). Income Support. Debts."),
    ("Social integration & community resources", "Few friends locally; a friend from school, "
     "Mandy, visits. Not using the children's centre."),
)

IA_CHILD_VIEWS = (
    "Seen on her own at her aunt's on 13/02/04, in the garden with the dog (Patch). Jenna "
    "said: 'Mummy was poorly. She had her medicine' (pointing at a bottle in a picture in her "
    "book). 'I gave Tegan her bottle because she was crying and crying.' She asked if she can "
    "stay at Auntie Bev's 'until Mummy's better' and if Patch can sleep on her bed."
)

IA_PARENT_VIEWS = (
    "Miss Trewin seen at Trelawney House on 13/02/04. 'I'm not an alcoholic. I just got low "
    "after Darren went.' She agreed that Jenna stays with her sister and Tegan with Mrs "
    "Angove 'for a few weeks', and agreed to a referral to the Drug and Alcohol Team and to "
    "see her GP about her mood. Mr Angove (tel con 13/02/04) wants Tegan to live with his "
    "mother longer term."
)

IA_ANALYSIS = (
    "Both children suffered neglect on 11/02/04 and there is a pattern building since the "
    "autumn. Mother's drinking is the central concern. Strengths: her love for the children, "
    "her willingness to accept help, and a supportive wider family able to care for both "
    "children now. Jenna is taking on a caring role far beyond her age."
)

IA_DECISION = (
    "[ ] No further action      [ ] Information / advice only\n"
    "[X] Strategy discussion held  Date: 12/02/04 (GM / DS Nicholls, tel.)\n"
    "[X] s47 enquiry (single agency, SSD)   [ ] Initial Child Protection Conference\n"
    "[X] Core Assessment to follow   [X] Services under s17 (child in need)\n"
    "[ ] Accommodation (s20)   [ ] Legal advice"
)

IA_PLAN = (
    "Children to stay with family by agreement (family arrangement, not looked after): "
    "Jenna with her maternal aunt Mrs B. Nance in Redruth; Tegan with her paternal "
    "grandmother Mrs P. Angove in Camborne. Mother to be referred to the DAT. Child in need "
    "review in 4 weeks."
)

IA_SIGNED: tuple[tuple[str, ...], ...] = (
    ("", "Name", "Signature", "Date"),
    ("Social worker", "Gillian Moyle", "G. Moyle", "18/02/2004"),
    ("Team manager", "Roger Tonkin", "R. Tonkin", "19/02/2004"),
)

IA_COPIES = "Copies to:  [X] parent  [X] GP  [X] HV  [X] school  [ ] police  [X] file"


def form_bar(text: str, width: float) -> Table:
    """A dark section bar of the 2004 form."""
    bar = Table([[para(text, FORM_HEAD)]], colWidths=[width])
    bar.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#3b3b3b")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return bar


def form_box(text: str, width: float) -> Table:
    """A typed free-text box of the 2004 form."""
    box = Table([[para(text, FORM_VALUE)]], colWidths=[width])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return box


def form_grid(rows: tuple[tuple[str, ...], ...], widths: list[float]) -> Table:
    """A boxed table of the 2004 form: bold label header, typed values."""
    return grid_table(rows, widths, shade="#d9d9d9", style=FORM_VALUE, head_style=FORM_LABEL)


def ia_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the 2004 Initial Assessment form."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(MARGIN_X, PAGE_H - 12 * mm, "KERNOW WEST COUNCIL")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, PAGE_H - 16 * mm,
                      "Social Services Department - Children and Families Services")
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 12 * mm, "INITIAL ASSESSMENT RECORD")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 16 * mm,
                           f"Child: TREWIN, Jenna   Client no. {SUBJECT_ID}")
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN_X, PAGE_H - 18 * mm, PAGE_W - MARGIN_X, PAGE_H - 18 * mm)
    canvas.setFont("Helvetica", 6.8)
    canvas.drawString(MARGIN_X, 10 * mm, "Form IA1 (rev. 09/2002) - Framework for the "
                      "Assessment of Children in Need and their Families (DoH 2000)")
    canvas.drawCentredString(PAGE_W / 2, 6.5 * mm, "CONFIDENTIAL")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def ia_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the Initial Assessment."""
    return ("KERNOW WEST COUNCIL Social Services Department - Children and Families Services "
            f"INITIAL ASSESSMENT RECORD Child: TREWIN, Jenna Client no. {SUBJECT_ID} Form IA1 "
            "(rev. 09/2002) - Framework for the Assessment of Children in Need and their "
            f"Families (DoH 2000) CONFIDENTIAL Page {page} of {total}")


def build_ia(corpus: Corpus) -> int:
    """Write the Initial Assessment record; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    gap = Spacer(1, 2.2 * mm)
    intro = ("To be completed within 7 working days of referral. Type or write in black ink. "
             "Tick boxes [X] as appropriate.")
    story: list = [para(intro, FORM_NOTE), Spacer(1, 1.5 * mm),
                   form_bar("1. REFERRAL DETAILS", w),
                   pair_table(IA_REFERRAL, w, 30 * mm, label_style=FORM_LABEL,
                              value_style=FORM_VALUE, shade="#ededed"), gap,
                   form_bar("2. CHILD(REN) SUBJECT OF THIS ASSESSMENT", w),
                   form_grid(IA_CHILDREN, [19 * mm, 25 * mm, 23 * mm, 9 * mm, 26 * mm,
                                           w - 120 * mm, 18 * mm]),
                   pair_table(IA_HOME, w, 30 * mm, label_style=FORM_LABEL,
                              value_style=FORM_VALUE, shade="#ededed"), gap,
                   form_bar("3. FAMILY COMPOSITION AND SIGNIFICANT OTHERS", w),
                   form_grid(IA_FAMILY, [34 * mm, 36 * mm, 23 * mm, w - 105 * mm, 12 * mm]),
                   gap,
                   form_bar("4. OTHER AGENCIES INVOLVED", w),
                   form_grid(IA_AGENCIES, [30 * mm, 72 * mm, 26 * mm, w - 128 * mm]), gap,
                   form_bar("5. REASON FOR REFERRAL / PRESENTING CONCERNS", w),
                   form_box(IA_REASON, w), gap,
                   form_bar("6. CHILD'S DEVELOPMENTAL NEEDS", w),
                   form_grid(IA_CHILD_NEEDS, [40 * mm, w - 54 * mm, 14 * mm]),
                   form_box(IA_TEGAN, w), gap,
                   form_bar("7. PARENTING CAPACITY", w),
                   form_grid(IA_PARENTING, [40 * mm, w - 40 * mm]), gap,
                   form_bar("8. FAMILY AND ENVIRONMENTAL FACTORS", w),
                   form_grid(IA_FAMILY_FACTORS, [40 * mm, w - 40 * mm]), gap,
                   form_bar("9. CHILD'S VIEWS (how obtained)", w),
                   form_box(IA_CHILD_VIEWS, w), gap,
                   form_bar("10. PARENTS' / CARERS' VIEWS", w),
                   form_box(IA_PARENT_VIEWS, w), gap,
                   form_bar("11. ANALYSIS", w), form_box(IA_ANALYSIS, w), gap,
                   KeepTogether([form_bar("12. DECISION AND OUTCOME", w),
                                 form_box(IA_DECISION, w), form_box(IA_PLAN, w), gap,
                                 form_grid(IA_SIGNED, [30 * mm, 50 * mm, 50 * mm,
                                                       w - 130 * mm]),
                                 Spacer(1, 1.5 * mm), para(IA_COPIES, FORM_VALUE)])]
    text = [intro, "1. REFERRAL DETAILS", rows_text(IA_REFERRAL),
            "2. CHILD(REN) SUBJECT OF THIS ASSESSMENT", rows_text(IA_CHILDREN),
            rows_text(IA_HOME), "3. FAMILY COMPOSITION AND SIGNIFICANT OTHERS",
            rows_text(IA_FAMILY), "4. OTHER AGENCIES INVOLVED", rows_text(IA_AGENCIES),
            "5. REASON FOR REFERRAL / PRESENTING CONCERNS", IA_REASON,
            "6. CHILD'S DEVELOPMENTAL NEEDS", rows_text(IA_CHILD_NEEDS), IA_TEGAN,
            "7. PARENTING CAPACITY", rows_text(IA_PARENTING),
            "8. FAMILY AND ENVIRONMENTAL FACTORS", rows_text(IA_FAMILY_FACTORS),
            "9. CHILD'S VIEWS (how obtained)", IA_CHILD_VIEWS,
            "10. PARENTS' / CARERS' VIEWS", IA_PARENT_VIEWS, "11. ANALYSIS", IA_ANALYSIS,
            "12. DECISION AND OUTCOME", IA_DECISION, IA_PLAN, rows_text(IA_SIGNED), IA_COPIES]
    pages = build_platypus(CASE_DIR / IA_PDF, ia_furniture, story,
                           "Initial Assessment - TREWIN J", "gmoyle", top=22 * mm,
                           bottom=16 * mm, creator="Microsoft Word 2000")
    corpus.add(IA_PDF, *(ia_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Running record (PDF), 2005 to 2011: a handwritten file transcribed line by line
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One entry of the handwritten running record, as transcribed."""

    iso: str
    when: str  # the date as the worker wrote it
    kind: str  # the worker's own abbreviation for the contact
    seen: str  # margin: was the child seen (and alone)?
    init: str  # margin: the worker's initials
    body: str  # "\f" marks where a page of the original ends


RR_INTRO = (
    "Transcribed from the handwritten running record (file vol. 2 of 3) for subject access "
    f"request {SAR}. Spelling, abbreviations and underlining as in the original; [illeg.] = "
    "could not be read. Margin columns: SEEN = child seen (alone); INIT = worker's initials: "
    "GM = Gillian Moyle (SW), RT = Roger Tonkin (TM), KP = Katie Pascoe (SW), JC = Jo Carlyon "
    "(EDT), HJ = Hannah Jewell (SW)."
)

RR_ENTRIES: tuple[Entry, ...] = (
    Entry("2005-01-10", "10/01/05", "tel con", "-", "GM",
          "Tel con Bev Nance (mat. aunt). JT to go home to M on Sat 15/1. Bev 'can't do it any "
          "more' - own 2 (Brooke & Connor) + JT + the dog in a 3 bed. M engaging w/ DAT (Phil "
          "Eddy) since May, dry 5 months per DAT. M's new partner Stuart Kitto now living at "
          "the flat - Bev doesn't like him, 'he's got a temper on him'. Agreed SW to visit "
          "after return. TM aware."),
    Entry("2005-01-15", "Sat 15.1.05", "EDT msg", "-", "GM",
          "Msg left w/ EDT for GM: Mrs Nance rang - JT dropped back to M's at 11am. Cried at "
          "the door, wanted to take Patch. M 'looked well'."),
    Entry("2005-01-17", "17/01/05", "HV", "JT alone", "GM",
          "HV to M. Flat clean, food in, meter topped up. Mr Kitto present - polite but "
          "answered most questions for M. JT showed me her bedroom (new duvet) and a photo of "
          "Patch. Cried when we talked about Auntie Bev's. Seen alone in bedroom: 'Stuart is "
          "funny. He does voices.' Plan: CIN review 4 wks at school."),
    Entry("2005-02-22", "22/2/05", "mtg", "-", "GM",
          "CIN review at Bosvenna Primary. Present: M, Mr Kitto, Mrs Kemp (HT), Janet Curnow "
          "(HV), GM. JT attendance 96% since return, 'a different girl'. M dry per DAT (letter "
          "from Phil Eddy). Agreed: CIN plan ends, case to close. Letter to M."),
    Entry("2005-03-03", "3/3/05", "TM", "-", "RT",
          "Case closed to C&F. Re-refer if any concerns. R. Tonkin (TM)"),
    Entry("2006-06-14", "14/06/06", "referral", "-", "KP",
          "CASE RE-OPENED. Police DV notification rec'd (DVN/06/4471): incident Mon 12/06 at "
          "44 Parc Eglos Road, Redruth TR15 2ZN (M & JT moved here Nov 05). Mr Kitto pushed M "
          "down the stairs during an argument, both drinking. JT (7) rang 999 herself on M's "
          "mobile and let the police in. Mr Kitto arrested, bailed not to attend the address. "
          "Strategy discussion today KP / DS Nicholls: joint s47. Allocated KP."),
    Entry("2006-06-16", "16.6.06", "HV", "JT alone", "KP",
          "Joint visit w/ DS Nicholls. M bruised (arm, cheek), smelt of alcohol at 11am, denies "
          "drinking. JT seen alone in her bedroom. Said 'Stuart shouts and Mummy cries' and 'I "
          "hid under the bed with Mr Bun then I rang 999 like Mrs Kemp said'. (Mr Bun = her "
          "toy rabbit.) Asked if Stuart is coming back. M says he's 'gone for good'. Rang GGM "
          "- willing to help, will have JT in the holidays."),
    Entry("2006-07-04", "04/07/06", "ICPC", "-", "KP",
          "ICPC at Trelawney House. Chair Brian Pengelly. Present M, KP, Mrs Kemp, school "
          "nurse Liz Prowse, DS Nicholls, Phil Eddy (DAT). Mr Kitto not invited (bail). "
          "Decision: JT subject of a CP plan, categories neglect & emotional abuse. Core "
          "group: M, KP, Mrs Kemp, Phil Eddy. M agreed in writing that Mr Kitto will not live "
          "at or visit the home."),
    Entry("2006-07-20", "20/7/06", "core grp", "-", "KP",
          "Core group at school. M DNA (text: 'ill'). JT anxious, asks Mrs Kemp every day if "
          "she can go home early 'to check on Mummy'. Summer hols: JT to GGM's in Penzance for "
          "2 wks + holiday club. KP to see M at home tomorrow."),
    Entry("2006-09-21", "21/09/06", "HV unann", "JT", "KP",
          "Unannounced HV 4pm. JT answered the door alone, M asleep upstairs. 8 empty cider "
          "cans in the kitchen. Mr Kitto's van (WK03 FJN) in the road - he went out the back "
          "door as I came in (JT: 'he only comes when Mummy's sad'). Breach of the written "
          "agreement. JT had cereal for her tea. Discussed w/ RT: legal advice; M warned in "
          "writing."),
    Entry("2006-11-02", "2/11/06", "tel con", "-", "KP",
          f"Tel con Housing Benefit re M's rent arrears. Confirmed M's NI no. {TRACEY_NI} and "
          "that JT lives with her. HB to backdate. M now on Incapacity Benefit (depression)."),
    Entry("2007-01-15", "15/1/07", "RCPC", "-", "KP",
          "CP review conf. Plan continues (neglect). M 12 wks pregnant, due August, says Mr "
          "Kitto is the father and 'he's changed'. Mr Kitto came to the second half - says he "
          "has done anger management with probation. JT's attendance 89%. GGM (Winifred "
          "Trewin, 79) attended - offers JT a home 'any time'."),
    Entry("2007-03-12", "12/03/07", "HV", "JT", "KP",
          "JT's 8th birthday was Weds (7/3). M had a party at the Harvester w/ 4 friends from "
          "school. JT proud of her new bike - 'Gran-Gran bought it me, it's pink and purple'. "
          "Flat tidy. M says she has 'cut down'. Mr Kitto's jacket in the hall."),
    Entry("2007-05-30", "30/5/07", "mtg", "-", "KP",
          "Legal planning mtg (pre-birth). Threshold met for the unborn baby. Sue Blewett "
          "(community midwife): M admits 'a few cans' most days; DNA 2 antenatal appts. Mr "
          "Kitto back at the address most nights per neighbours. Plan: pre-birth assessment "
          "and pre-birth ICPC; if no change apply for an ICO at birth. JT parallel plan: "
          "GGM's home to be assessed as a kinship option."),
    Entry("2007-08-14", "14/08/07", "tel con", "-", "KP",
          "JT's half-brother born 05:12 at the hospital in Truro - Kai. 2.6kg. NHS no. "
          f"{KAI_NHS}. Ward sister rang: M and Mr Kitto both intoxicated at evening visiting, "
          "argument on the ward, security called. Baby to SCBU for obs. Legal: ICO application "
          "on Thursday. JT at GGM's for the week."),
    Entry("2007-08-16", "16/8/07", "court", "-", "KP",
          "Family Proceedings Court, Truro: ICO (s38) granted re Kai. Baby to short-term FCs "
          "on discharge. M & Mr Kitto contested; M shouted at the usher. JT: M not safe to "
          "care for her at present (RT agrees). Agreed w/ M and GGM: JT to live with GGM - "
          "family arrangement, M consents. JT not LAC."),
    Entry("2007-08-17", "17.08.07", "move", "JT alone", "KP",
          "JT moved to GGM's today - Kerensa, 8 Carn Close, Penzance. Her things in bin bags "
          "and her bike in the back of my car. GGM's bungalow small but spotless; JT has the "
          "back bedroom. Seen alone: 'I like it here, Gran-Gran has a cat and she does proper "
          "pasties.' Asked when she can see 'the baby'."),
    Entry("2007-09-05", "05/09/07", "tel con", "-", "KP",
          "Tel con GGM: JT started at Lanyon Vean Primary today (Yr 4), class teacher Mrs "
          "Angela Gilbert. GGM walks her to the gate. 'Came out smiling.'"),
    Entry("2007-10-10", "10/10/07", "contact", "JT", "KP",
          "Sib contact JT / Kai at Chy-an-Mor Family Centre, Penzance, supervised by Wendy "
          "Harvey (FSW). JT held Kai and fed him his bottle 'like I did for Tegan'. Said: "
          "'He's got my nose.' M DNA (no call). JT asked about Tegan - last sib contact w/ "
          "Tegan was July. KP to ring Mrs Angove."),
    Entry("2007-11-19", "19/11/07", "tel con", "-", "KP",
          f"Tel con GGM ({GGM_PHONE}). M DNA three contacts in a row. M rang GGM drunk at "
          "11pm Sat shouting that 'the Social' stole her kids. JT heard. JT wetting the bed "
          "again. GGM 'at the end of her tether' but 'she's staying with me'."),
    Entry("2008-02-05", "05/02/08", "court", "JT", "KP",
          "Final hearing re Kai: Care Order + Placement Order. Plan adoption. M did not "
          "attend; Mr Kitto attended, did not oppose. Told JT with GGM after school. JT: 'Will "
          "he still be my brother?' Explained letterbox. She drew a picture for him."),
    Entry("2008-03-26", "26/3/08", "contact", "JT", "KP",
          "Goodbye contact JT & Kai at Chy-an-Mor. Wendy Harvey supervised. JT made a card and "
          "gave him Mr Bun 'so he's got something of mine'. GGM came. JT quiet in the car, "
          "fell asleep."),
    Entry("2008-07-10", "10/07/08", "tel con", "-", "KP",
          "Peninsula Adoption Service (their ref PAS/08/0331): Kai placed with his adopters "
          "07/07. Letterbox agreed - one letter a year each summer via the adoption team. JT "
          "told by GGM and KP together."),
    Entry("2009-01-14", "14/1/09", "letterbox", "JT", "KP",
          "Letterbox: card & photo rec'd via Peninsula Adoption for JT. NB the adopters' "
          "letter uses Kai's new first name (Ethan) - NOT to be shared with M or the wider "
          "family. Gave JT the photo (GGM present). She cried and put it under her pillow."),
    Entry("2009-04-02", "02/04/09", "EDT", "-", "KP",
          "EDT log (Jo Carlyon, EDT SW): GGM had a stroke at home on 31/3 - JT (10) found her "
          "on the kitchen floor and rang 999 (2nd time she has done this). GGM in hospital in "
          "Truro. JT stayed 2 nights with GGM's neighbour. M not able (drinking). M suggests "
          "her friend Mandy Hocking in Camborne, friends since school. KP visited Mrs "
          "Hocking pm: spare bed in her daughter Kelsey's room (Kelsey is 10, same age as "
          "JT)."),
    Entry("2009-04-06", "6/4/09", "move", "JT alone", "KP",
          "JT moved to Mrs Hocking's, 3 Trevarno Row, Camborne TR14 7ZW (tel "
          f"{HOCKING_PHONE}). Arranged by M = private fostering. Private fostering "
          "notification rec'd from Mandy Hocking today. PF assessment started: CRB checks on "
          "Mandy and her partner Terry Hocking, home visit, health check. JT: 'Kelsey's nice, "
          "she's got a trampoline.'"),
    Entry("2009-04-23", "23/04/09", "tel con", "-", "KP",
          "JT back at Bosvenna Primary (Yr 5) after Easter. Kelsey in the same class - 'like "
          "sisters' per Mrs Kemp. Mrs Hocking walks them both."),
    Entry("2009-05-12", "12.5.09", "PF visit", "JT alone", "KP",
          "Private fostering visit. JT shares w/ Kelsey (bunk beds). Mrs Hocking firm but "
          "kind, clear rules. Terry works away Mon-Thu. JT asking to see GGM - GGM now at "
          "Bolitho Lodge nursing home, Penzance; speech affected. Agreed KP will take JT once "
          "a month."),
    Entry("2009-09-03", "3/9/09", "visit", "JT", "KP",
          "Took JT to Bolitho Lodge. GGM's speech slow but she knew JT straight away - 'my "
          "'ansum'. JT brushed Gran-Gran's hair and read her a story. Staff: GGM unlikely to "
          "go home."),
    Entry("2009-12-18", "18/12/09", "tel con", "-", "KP",
          "Tel con Mrs Hocking: M turning up drunk at the house, shouting in the street; Terry "
          "Hocking called police Weds 16/12. JT hid upstairs with Kelsey. Mandy says she can "
          "keep JT 'till the summer' but not long term ('my nerves'). KP to speak to M."),
    Entry("2010-03-08", "8/3/10", "OV", "-", "KP",
          "M at Trelawney House. Says 'sober 8 weeks' (DAT confirms attending), now living "
          "with new partner Jason Rule at Flat 5, Wheal Union Court, Redruth TR15 2ZE. Mr "
          "Rule 'a good man, he doesn't drink'. M wants JT home. JT wants to go home 'if Mum "
          "is better'. Mrs Hocking relieved. Plan: phased return over Easter, written "
          "agreement, CIN plan."),
    Entry("2010-03-29", "29/03/10", "move", "JT", "KP",
          "JT moved back to M and Mr Rule today. Written agreement signed by M & Mr Rule: no "
          "alcohol in the home, DAT appts, JT to stay at Bosvenna. Mrs Hocking & Kelsey "
          "brought JT's things; tearful goodbye. PF arrangement ends today - PF register "
          "updated."),
    Entry("2010-06-12", "Sat 12/06/10", "EDT", "-", "JC",
          "EDT (Jo Carlyon). 22:15 JT (11) rang Mrs Hocking from M's phone: M 'won't wake up', "
          "Mr Rule out. Mrs Hocking rang 999. Police & ambulance attended; M to hospital "
          "(alcohol + tablets). Police protection taken 23:10 by PC 2231 Opie - JT placed w/ "
          "emergency FCs Mr & Mrs Penrose, Sea Spray, 2 Boscawen Row, St Austell PL25 4ZT "
          f"({PENROSE_PHONE}). JT brought her hamster Nibbles in a shoebox. Mr Rule located "
          "01:30, 'been at the pub'."),
    Entry("2010-06-14", "14/6/10", "strat/s20", "JT alone", "KP",
          "Strategy mtg: s47 (neglect). M seen on the ward - agreed and signed s20. JT at the "
          "Penroses', 'nice but far, and Mrs Penrose's dog is scary'. JT: 'I knew something "
          "bad would happen. I always know.' Legal planning mtg booked: issue proceedings. LAC "
          "paperwork done - JT now LAC."),
    Entry("2010-07-30", "30/07/10", "court", "-", "KP",
          "ICO (s38) re JT granted, Truro. ISW Margaret Ellery instructed (parenting "
          "assessment of M and Mr Rule). Children's Guardian Hilary Stoneman (Cafcass) met JT "
          "at the Penroses' 28/7. Contact M: 2x wk supervised at Trelawney House."),
    Entry("2010-09-02", "2/9/10", "tel con", "-", "KP",
          "JT started Penwartha Academy (Yr 7) - taxi from St Austell, 45 mins each way. Carol "
          "Penrose: JT 'exhausted but happy', loves art."),
    Entry("2010-10-08", "08/10/10", "mtg", "-", "KP",
          "Matching mtg: long-term placement with Lynne & Geoff Tremayne (Seaways Fostering "
          "Partnership, SSW Rachel Bassett), Camborne - 10 mins from Penwartha. Own children "
          "Lowenna (14) & Jago (9). Intros: tea Sat 9/10, overnight Tue 12/10, move Sat 16/10. "
          "JT saw their photo book: 'they've got chickens AND a dog!'"),
    Entry("2010-10-16", "16/10/10", "move", "JT", "KP",
          "JT moved to her long-term FCs today. Alan Penrose and Mrs Penrose brought her; Mrs "
          "Penrose cried. JT took Nibbles. Lynne and Jago had made a 'Welcome Jenna' banner."),
    Entry("2010-10-27", "27/10/10", "stat vis", "JT alone", "KP",
          "Statutory visit. JT's room looks over the field; Jago showed her the chickens, "
          "Lowenna painted her nails. Seen alone: 'Lynne says I can have riding lessons at "
          "Penhallow! Geoff is a bit quiet but he makes pancakes.' Settled, sleeping well. No "
          "bedwetting since the move."),
    Entry("2010-11-19", "19/11/10", "LAC rev", "JT", "KP",
          "LAC review (1st in new placement), IRO Nigel Carveth, at the FCs'. ISW report: M "
          "not able to meet JT's needs in JT's timescales; Mr Rule has left M. Care plan: "
          "long-term fostering with the Tremaynes. JT: 'I want to stay here till I'm grown "
          "up.'"),
    Entry("2011-02-15", "15/02/11", "court", "-", "KP",
          "Final hearing: Care Order (s31) re JT. M did not oppose - 'it's best for her'. "
          "Contact M: monthly supervised at Trelawney House. Sib contact Tegan: every 6 wks, "
          "arranged w/ Mrs Angove (Tegan's SGO carer). Letterbox Kai: yearly. GGM: monthly "
          "visits to Bolitho Lodge, FCs to take her."),
    Entry("2011-03-28", "28/3/11", "HV", "JT", "KP",
          "Transfer visit with HJ (Hannah Jewell, LAC team) - case transfers 01/04. Said "
          "goodbye to JT: she gave me a drawing of Mr Darcy, the pony she rides at Penhallow "
          "Farm. JT asked HJ 'are you going to stay?'"),
)

RR_FONT = "Courier"
RR_SIZE = 8.2
RR_LEAD = 9.55
RR_CW = stringWidth("M", RR_FONT, RR_SIZE)
RR_COLS = (("DATE", 13), ("TYPE", 10), ("RECORD", 64), ("SEEN", 10), ("INIT", 4))
RR_WRAP = RR_COLS[2][1] - 2
RR_TOP = PAGE_H - 33 * mm
RR_BOTTOM = 20 * mm
RR_LINES = int((RR_TOP - RR_BOTTOM) / RR_LEAD)


def rr_lines() -> list[list[tuple[int, ...] | tuple]]:
    """Lay the entries out as pages of lines: each line is (date, kind, text, seen, init)."""
    pages: list[list[tuple]] = [[]]
    intro = textwrap.wrap(RR_INTRO, width=sum(w for _, w in RR_COLS), break_on_hyphens=False)
    pages[0] += [("intro", line) for line in intro] + [("blank",)]

    def room() -> int:
        return RR_LINES - len(pages[-1])

    for entry in RR_ENTRIES:
        first = True
        for part_no, part in enumerate(entry.body.split("\f")):
            if part_no:
                pages.append([])
            wrapped = textwrap.wrap(part, width=RR_WRAP, break_on_hyphens=False)
            for line in wrapped:
                if room() < 1:
                    pages.append([])
                if first:
                    pages[-1].append(("line", entry.when, entry.kind, line, entry.seen,
                                      entry.init))
                    first = False
                else:
                    pages[-1].append(("line", "", "", line, "", ""))
        if room() >= 1:
            pages[-1].append(("rule",))
    return pages


def rr_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header, column heads and footer of one page of the transcript."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(MARGIN_X, PAGE_H - 13 * mm,
                      "KERNOW WEST COUNCIL - CHILDREN'S SERVICES")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 13 * mm, "RUNNING RECORD (TRANSCRIPT)")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, PAGE_H - 17.5 * mm,
                      f"Client: TREWIN, Jenna Louise   CF no. {SUBJECT_ID}   DOB 07/03/99")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 17.5 * mm, "File vol. 2 of 3")
    canvas.setFont(RR_FONT + "-Bold", RR_SIZE)
    x = MARGIN_X
    for head, width in RR_COLS:
        canvas.drawString(x, PAGE_H - 25 * mm, head)
        x += width * RR_CW
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_X, PAGE_H - 26.5 * mm, PAGE_W - MARGIN_X, PAGE_H - 26.5 * mm)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(MARGIN_X, 10 * mm, f"Transcribed for {SAR} by Records Management, "
                      "09/11/2026. Original retained.")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def rr_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the transcript."""
    heads = " ".join(head for head, _ in RR_COLS)
    return ("KERNOW WEST COUNCIL - CHILDREN'S SERVICES RUNNING RECORD (TRANSCRIPT) Client: "
            f"TREWIN, Jenna Louise CF no. {SUBJECT_ID} DOB 07/03/99 File vol. 2 of 3 {heads} "
            f"Transcribed for {SAR} by Records Management, 09/11/2026. Original retained. "
            f"Page {page} of {total}")


RR_PAGES: list[list[tuple]] = []


def build_rr(corpus: Corpus) -> int:
    """Write the running record transcript; returns the page count."""
    pages = rr_lines()
    RR_PAGES[:] = pages
    canvas = Canvas(str(CASE_DIR / RR_PDF), pagesize=A4, invariant=1)
    canvas.setTitle("Running record vol 2 - transcript")
    canvas.setAuthor("Records Management")
    canvas.setSubject(SAR)
    canvas.setCreator("Kernow West Council Records Management")
    total = len(pages)
    xs = []
    x = MARGIN_X
    for _, width in RR_COLS:
        xs.append(x)
        x += width * RR_CW
    for number, lines in enumerate(pages, start=1):
        rr_furniture(canvas, number, total)
        y = RR_TOP
        canvas.setFont(RR_FONT, RR_SIZE)
        for line in lines:
            if line[0] == "intro":
                canvas.setFont("Courier-Oblique", RR_SIZE)
                canvas.drawString(MARGIN_X, y, line[1])
                canvas.setFont(RR_FONT, RR_SIZE)
            elif line[0] == "line":
                for col, value in enumerate(line[1:]):
                    if value:
                        canvas.drawString(xs[col], y, value)
            elif line[0] == "rule":
                canvas.setStrokeColor(colors.HexColor("#9a9a9a"))
                canvas.setLineWidth(0.3)
                canvas.line(MARGIN_X, y + RR_LEAD * 0.35, PAGE_W - MARGIN_X,
                            y + RR_LEAD * 0.35)
                canvas.setStrokeColor(colors.black)
            y -= RR_LEAD
        canvas.showPage()
    canvas.save()
    text = [RR_INTRO]
    for entry in RR_ENTRIES:
        record = f"{entry.when} {entry.kind} {entry.body.replace(chr(12), ' ')} " \
                 f"{entry.seen} {entry.init}"
        text.append(record)
        corpus.note(RR_PDF, entry.iso, record)
    corpus.add(RR_PDF, *(rr_furniture_text(n, total) for n in range(1, total + 1)), *text)
    return total


# --------------------------------------------------------------------------------------------
# Looked After Review record (PDF), 18 September 2012
# --------------------------------------------------------------------------------------------

LAC_DETAILS: list[tuple[str, str]] = [
    ("Child / young person", "Jenna Louise TREWIN"),
    ("Date of birth", f"{SUBJECT_DOB} (13 years)"),
    ("LCS ID", SUBJECT_ID),
    ("Legal status", "Care Order (s31 Children Act 1989), made 15/02/2011"),
    ("Placement", "Long-term foster care (IFA): Lynne and Geoff Tremayne, Seaways Fostering "
                  "Partnership"),
    ("Placed since", "16/10/2010"),
    ("Placement address", TREMAYNE_HOME),
    ("Review", "5th review. Previous review 20/03/2012"),
    ("Date and venue", "Tues 18 September 2012, 4.30pm, at the foster home"),
    ("IRO", "Nigel Carveth"),
    ("Social worker", "Hannah Jewell, Looked After Children Team, Trelawney House"),
    ("Team manager", "Simon Rickard"),
]

LAC_PRESENT: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Took part"),
    ("Jenna", "Young person", "Present throughout. Sat next to Lynne and read out her own "
     "consultation form"),
    ("Lynne Tremayne", "Foster carer", "Present"),
    ("Geoff Tremayne", "Foster carer", "Present from 5pm (work)"),
    ("Hannah Jewell", "Social worker", "Present"),
    ("Rachel Bassett", "Supervising social worker, Seaways Fostering Partnership", "Present"),
    ("Claire Hosken", "Designated teacher, Penwartha Academy", "Apologies; report sent"),
    ("Becky Angwin", "Specialist nurse, looked after children", "Apologies; report sent"),
    ("Wendy Harvey", "Family support worker (supervises family time)", "Contact records sent"),
    ("Tracey Trewin", "Mother", "Seen separately by the IRO on 12/09/2012 at Trelawney House"),
    ("Shaun Pascoe", "Father", "Invited by letter to his last known address; no reply"),
)

LAC_SECTIONS: tuple[tuple[str, str], ...] = (
    ("1. Jenna's views",
     "Jenna read her consultation form out herself. She said: \"I want to stay here till I'm "
     "old. I like my room and the chickens and Bramble.\" She rides every Saturday at "
     "Penhallow Farm Riding School and looks after Mr Darcy, a 14.2hh pony that belongs to "
     "the stables; Mrs Roskilly lets her help with the mucking out in return for extra "
     "lessons. She joined Polgarrow Surf Life Saving Club as a Nipper in May and wants to do "
     "her Bronze Medallion. She does not want to go to family time \"if Mum has been "
     "drinking, because it's embarrassing and Wendy has to stop it\". She asked to see Tegan "
     "more often, and asked if she can \"have a sleepover at Demelza's without everyone "
     "being checked\". She would like to dye her hair purple (Lynne said: in the summer "
     "holidays)."),
    ("2. The placement",
     "The match with Lynne and Geoff was approved by the Agency Decision Maker on 14/06/2011 "
     "following the fostering panel, as Jenna's permanent home. Lynne and Geoff describe "
     "Jenna as \"part of the family\". There are arguments with Jago (11) about the Xbox, "
     "which everyone agreed is ordinary brother-and-sister stuff, and Lowenna (16) has taken "
     "Jenna under her wing. Rachel Bassett reported monthly supervision, and that the "
     "carers have done life story training. Hannah has visited every six weeks (last "
     "04/09/2012) and has seen Jenna alone each time."),
    ("3. Health",
     "Review health assessment 20/03/2012 (Becky Angwin): healthy; height now on the 50th "
     "centile (9th in 2004); dentist 02/08/2012; optician - glasses for reading. HPV "
     "vaccinations in Year 9 at school this term. Lynne reports nightmares for two or three "
     "nights after family time. To monitor; consider a CAMHS referral if they continue."),
    ("4. Education",
     "Year 9 at Penwartha Academy. PEP 11/07/2012. Attendance 97.4% last year. Working at "
     "the expected level in most subjects; art is \"exceptional\" (Mr Hendra), and she won "
     "the Year 7 art prize in July 2011. Small-group literacy support has ended. The Pupil "
     "Premium has paid for art materials and a laptop. Virtual School: Jan Tregear."),
)

LAC_FAMILY: tuple[tuple[str, ...], ...] = (
    ("Who", "Arrangement", "How it has gone"),
    ("Mother, Tracey Trewin", "Monthly, 1.5 hours, supervised by Wendy Harvey at Trelawney "
     "House", "4 of 6 since March. On 12/05 and 14/07 Ms Trewin smelled of alcohol; family "
     "time ended early on 14/07. Jenna upset for several days after."),
    ("Half-sister, Tegan Angove (9)", "Every 6 weeks, arranged with Mrs Pam Angove "
     "(special guardian); park or beach", "All four happened. Jenna and Tegan \"inseparable\". "
     "Mrs Angove is happy to increase."),
    ("Half-brother, Kai (born Kai Trewin-Kitto; 5, adopted; DOB 14/08/2007)",
     "Letterbox once a year through "
     "Peninsula Adoption Service (ref PAS/08/0331)", "Letter and photo received July 2012. "
     "Jenna wrote back with a drawing of Mr Darcy."),
    ("Great-grandmother, Mrs Winifred Trewin (Gran-Gran)", "Monthly visit at Bolitho Lodge, "
     "Penzance, with Lynne", "Gran-Gran is frail. Jenna reads to her and does her nails."),
    ("Maternal aunt, Mrs Bev Nance (Auntie Bev)", "Birthday, Christmas, phone calls",
     "Came to Jenna's birthday tea in March with Uncle Mark."),
    ("Maternal grandmother, Sandra Trewin (Nanny Trewin)", "Cards", "Birthday card."),
    ("Father, Shaun Pascoe", "None", "Jenna does not want contact. Mr Pascoe's whereabouts "
     "are not known (last known in custody, 2011)."),
)

LAC_AFTER: tuple[tuple[str, str], ...] = (
    ("6. Mother's views",
     "I met Ms Trewin at Trelawney House on 12/09/2012. She told me she is living on her own "
     "again (her relationship with Mr Rule ended last year) and is \"doing my best\". She "
     "said 14 July was \"a one-off\", and she wants to see Jenna more often and without "
     "supervision, and to have Jenna's \"proper address\" so that she can send presents. I "
     "explained why the placement address is not shared with her. She said she is pleased "
     "Jenna is riding: \"I used to ride when I was her age.\" She asked that Jenna is told "
     "that she loves her, and I told Jenna."),
    ("7. Identity and life story",
     "Jenna is proud to be Cornish and walked in the St Piran's Day parade in Truro with the "
     "surf club. Life story work with Hannah has started: the book has photographs from "
     "Gran-Gran, the hospital photograph of Kai, the photographs Katie Pascoe (her social "
     "worker until 2011) took at Chy-an-Mor, and pictures of each place she has lived."),
)

LAC_CHECKS: tuple[tuple[str, ...], ...] = (
    ("Statutory requirement", "Met?", "Date / comment"),
    ("Care plan reviewed and up to date", "Yes", "10/09/2012"),
    ("Placement plan", "Yes", "16/10/2010; updated 02/2012"),
    ("Personal Education Plan", "Yes", "11/07/2012"),
    ("Health assessment", "Yes", "20/03/2012"),
    ("Dental check", "Yes", "02/08/2012"),
    ("Social work visits on time; child seen alone", "Yes", "Last 04/09/2012"),
    ("Delegated authority agreed with carers", "Partly", "See recommendation 6"),
    ("Permanence confirmed", "Yes", "ADM 14/06/2011"),
)

LAC_RECS: tuple[tuple[str, ...], ...] = (
    ("No.", "Recommendation", "Who", "By when"),
    ("1", "Care plan of long-term fostering with Lynne and Geoff Tremayne to continue "
     "(permanence).", "HJ", "Ongoing"),
    ("2", "Family time with Ms Trewin to stay monthly and supervised. The written agreement "
     "to be signed again: family time ends if she is under the influence.",
     "HJ / Wendy Harvey", "30/09/2012"),
    ("3", "Time with Tegan to increase to monthly; HJ to agree this with Mrs Angove.", "HJ",
     "31/10/2012"),
    ("4", "Life story work to continue, including Gran-Gran's photographs and Kai's "
     "letterbox letters.", "HJ", "Next review"),
    ("5", "Fund the surf club kit and Bronze Medallion course (£120) from the looked after "
     "children's activities budget.", "HJ / RB", "31/10/2012"),
    ("6", "Delegated authority: Lynne and Geoff can agree sleepovers at friends' houses "
     "(Demelza Rowe's and others) without police or DBS checks, in line with the "
     "policy.", "Carers", "Now"),
    ("7", "Monitor the nightmares after family time; GP and CAMHS referral if they "
     "continue.", "Carers / HJ", "Ongoing"),
    ("8", "Next review on 19/03/2013 at Penwartha Academy after school. Jenna to invite who "
     "she wants and to chair part of it if she would like to.", "IRO", "19/03/2013"),
)

LAC_SUMMARY = (
    "Jenna is thriving. In two years with Lynne and Geoff she has caught up in her growth, "
    "settled at school and found things she is really good at. She spoke up clearly at her "
    "review. The main worry is family time with her mother, which is still unpredictable, "
    "and the effect it has on her; her wish to see her sister more should be met. I will "
    "write to Jenna about this review. - N. Carveth, Independent Reviewing Officer, "
    "21/09/2012"
)

LAC_DISTRIBUTION = (
    "Distribution: Jenna (letter from the IRO); Lynne and Geoff Tremayne; Hannah Jewell; "
    "Rachel Bassett; Ms T. Trewin (without section 2 and without the placement address); "
    "Claire Hosken (education section only)."
)


def lac_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Blue header band and footer of the 2012 review record."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#1f4e79"))
    canvas.rect(0, PAGE_H - 16 * mm, PAGE_W, 16 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(MARGIN_X, PAGE_H - 9 * mm, COUNCIL)
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 13 * mm,
                      "Children's Services - Independent Reviewing Service")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 9 * mm, "RESTRICTED")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, f"LAC Review record - TREWIN, Jenna - LCS "
                      f"{SUBJECT_ID} - review date 18/09/2012")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def lac_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the review record."""
    return (f"{COUNCIL} Children's Services - Independent Reviewing Service RESTRICTED LAC "
            f"Review record - TREWIN, Jenna - LCS {SUBJECT_ID} - review date 18/09/2012 "
            f"Page {page} of {total}")


def build_lac(corpus: Corpus) -> int:
    """Write the Looked After Review record; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "RECORD OF LOOKED AFTER CHILD REVIEW"
    story: list = [para(title, H1), pair_table(LAC_DETAILS, w, 30 * mm),
                   para("Who took part", H2),
                   grid_table(LAC_PRESENT, [40 * mm, 66 * mm, w - 106 * mm])]
    text = [title, rows_text(LAC_DETAILS), "Who took part", rows_text(LAC_PRESENT)]
    for heading, body in LAC_SECTIONS:
        story += [para(heading, H2), para(body, BODY)]
        text += [heading, body]
    story += [para("5. Family time and relationships", H2),
              grid_table(LAC_FAMILY, [48 * mm, 56 * mm, w - 104 * mm])]
    text += ["5. Family time and relationships", rows_text(LAC_FAMILY)]
    for heading, body in LAC_AFTER:
        story += [para(heading, H2), para(body, BODY)]
        text += [heading, body]
    story += [para("8. Statutory checks", H2),
              grid_table(LAC_CHECKS, [80 * mm, 16 * mm, w - 96 * mm]),
              para("9. Recommendations", H2),
              grid_table(LAC_RECS, [10 * mm, 112 * mm, 26 * mm, w - 148 * mm]),
              para("10. IRO's summary", H2), para(LAC_SUMMARY, BODY),
              Spacer(1, 2 * mm), para(LAC_DISTRIBUTION, SMALL)]
    text += ["8. Statutory checks", rows_text(LAC_CHECKS), "9. Recommendations",
             rows_text(LAC_RECS), "10. IRO's summary", LAC_SUMMARY, LAC_DISTRIBUTION]
    pages = build_platypus(CASE_DIR / LAC_PDF, lac_furniture, story,
                           "LAC Review - Jenna Trewin - 18.09.12", "Nigel Carveth",
                           top=24 * mm, creator="LCS Document Generator")
    corpus.add(LAC_PDF, *(lac_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# CAMHS closing letter to the GP (PDF), 20 November 2013
# --------------------------------------------------------------------------------------------

CAMHS_TO = (
    "Dr Andrew Bray\nPengarth Medical Centre\n40 Tolvean Road\nCamborne\nTR14 8ZC"
)
CAMHS_REFS = (
    f"Date: 20 November 2013\nOur ref: {SUBJECT_CAMHS_REF}\nNHS No: {SUBJECT_NHS}\n"
    "Clinic: Polwithen House"
)

CAMHS_PARAGRAPHS: tuple[str, ...] = (
    "Dear Dr Bray,",
    "Re: Jenna TREWIN, DOB 07.03.1999\nc/o 6 Wheal Tamsin Road, Camborne TR14 7ZL (foster "
    "placement)",
    "Formulation: post-traumatic stress symptoms (nightmares, hypervigilance) and low mood in "
    "the context of early adversity, multiple moves and a recent bereavement. Superficial "
    "self-harm (cutting), now stopped. No depressive disorder.",
    "Thank you for referring Jenna, whom I first saw on 15 July 2013 with her foster carer, "
    "Mrs Lynne Tremayne. You referred her on 4 June 2013 after she told Mrs Tremayne she had "
    "cut her forearm with the blade from a pencil sharpener. This came two months after the "
    "death of her great-grandmother, Mrs Winifred Trewin, on 2 April 2013, and after two "
    "cancelled family-time sessions with her mother.",
    "Background. Jenna is 14. She has been looked after by Kernow West Council since June "
    "2010 (Care Order 2011) and has lived with Mr and Mrs Tremayne since October 2010. Before "
    "that she had seven moves in six years: from her mother to her maternal aunt (2004), "
    "back to her mother, to her great-grandmother in Penzance (2007-09), to a family friend "
    "under a private fostering arrangement (2009-10), back to her mother, and to emergency "
    "foster carers. She grew up with her mother's alcohol misuse and witnessed domestic "
    "abuse, including, at 7, her mother being pushed down the stairs by a former partner, "
    "Mr Stuart Kitto. Twice she rang 999 herself: in 2006, and in 2009 when she found her "
    "great-grandmother after a stroke. Her half-brother's birth in August 2007 and his "
    "adoption the next year are a loss she still talks about. Her half-sister, Tegan, lives "
    "with her own paternal grandmother, Mrs Angove, and they now see each other monthly.",
    "Assessment. Jenna's self-report SDQ total was 24 at referral (high) and is 14 now "
    "(average). She described nightmares about \"the stairs\" and about \"finding "
    "Gran-Gran\", and feeling \"on alert\" whenever her mother's name comes up. She was clear "
    "that she feels safe with her foster family: \"Lynne's house is the first place I've "
    "unpacked properly.\"",
    "Intervention. Eight sessions of trauma-focused CBT between 15/07/2013 and 06/11/2013, "
    "with Mrs Tremayne joining the last part of each session. We built a trauma narrative, "
    "which Jenna illustrated herself (she is a talented artist), and a safety plan. She has "
    "not self-harmed since August, and the nightmares are down to about one a fortnight. She "
    "uses riding and the surf club to manage difficult feelings (\"in the sea you can't think "
    "about anything else\").",
    "Risk. Jenna's self-harm was impulsive and superficial, and she told her carer straight "
    "away. She has never had suicidal intent and says so clearly. Her risk is low while she "
    "stays in a stable placement with carers who notice and talk to her, and it would rise "
    "with another move, another loss, or unpredictable family time.",
    "Strengths. Jenna is bright, funny and kind, and very good at putting her feelings into "
    "pictures. She has a secure relationship with Mrs Tremayne, a close bond with the "
    "Tremaynes' own children, a sister she loves, and activities that give her a sense of "
    "competence and belonging (she told me proudly that she is \"the only Nipper who can "
    "do a beach flag sprint in a wetsuit\"). She wants to be a veterinary nurse.",
    "Jenna asked me to put this in my letter in her own words: \"It wasn't Mum's fault she "
    "got poorly with drink, but it wasn't mine either.\"",
    "Plan. I am discharging Jenna from CAMHS today with an open door: she or her carers may "
    "contact us directly for the next 12 months without a new referral. Please refer again "
    "if the nightmares or self-harm come back. I have shared the safety plan with Mrs "
    "Tremayne, with her social worker and, with Jenna's agreement, with Mrs Hosken at "
    "school. Anniversaries (April) and changes in family time with her mother are the times "
    "to watch.",
    "Yours sincerely,",
    "Dr Fiona Stephens\nClinical Psychologist, CAMHS West",
    "cc: Hannah Jewell, Social Worker, Looked After Children Team, Kernow West Council\n"
    "     Mrs Lynne Tremayne (foster carer)\n     Jenna Trewin",
)


def camhs_furniture(canvas: Canvas, page: int, total: int) -> None:
    """NHS-style letterhead on the first page, a running head after; footer on both."""
    canvas.saveState()
    if page == 1:
        canvas.setFillColor(colors.HexColor("#005eb8"))
        canvas.rect(PAGE_W - MARGIN_X - 22 * mm, PAGE_H - 20 * mm, 22 * mm, 9 * mm, stroke=0,
                    fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-BoldOblique", 14)
        canvas.drawCentredString(PAGE_W - MARGIN_X - 11 * mm, PAGE_H - 17.5 * mm, "NHS")
        canvas.setFillColor(colors.HexColor("#005eb8"))
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 25 * mm,
                               "Kernow West Partnership NHS Trust")
        canvas.setFillColor(colors.black)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(MARGIN_X, PAGE_H - 14 * mm,
                          "Child and Adolescent Mental Health Service (CAMHS West)")
        canvas.drawString(MARGIN_X, PAGE_H - 18 * mm,
                          "Polwithen House, Tolvean Road, Camborne, Cornwall TR14 8ZB")
        canvas.drawString(MARGIN_X, PAGE_H - 22 * mm, f"Tel: {CAMHS_PHONE}")
    else:
        canvas.setFont("Helvetica-Oblique", 8)
        canvas.drawString(MARGIN_X, PAGE_H - 14 * mm,
                          f"Jenna Trewin, DOB 07.03.1999, NHS No {SUBJECT_NHS} - continued")
    canvas.setFont("Helvetica", 7)
    canvas.drawString(MARGIN_X, 10 * mm, "CONFIDENTIAL: this letter contains sensitive "
                      "information. Do not copy or share without the clinician's agreement.")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"{page}/{total}")
    canvas.restoreState()


def camhs_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the CAMHS letter."""
    head = ("Kernow West Partnership NHS Trust NHS Child and Adolescent Mental Health Service "
            "(CAMHS West) Polwithen House, Tolvean Road, Camborne, Cornwall TR14 8ZB Tel: "
            f"{CAMHS_PHONE}" if page == 1 else
            f"Jenna Trewin, DOB 07.03.1999, NHS No {SUBJECT_NHS} - continued")
    return (f"{head} CONFIDENTIAL: this letter contains sensitive information. Do not copy or "
            f"share without the clinician's agreement. {page}/{total}")


def build_camhs(corpus: Corpus) -> int:
    """Write the CAMHS letter; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    address = Table([[para(CAMHS_TO, BODY), para(CAMHS_REFS, BODY)]],
                    colWidths=[w * 0.6, w * 0.4])
    address.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    letter = ParagraphStyle("letter", parent=BODY, fontSize=10, leading=13.4, spaceAfter=7)
    story: list = [address, Spacer(1, 5 * mm)]
    for i, body in enumerate(CAMHS_PARAGRAPHS):
        story.append(para(body, SMALL_BOLD if i == 1 else letter))
        if i == 1:
            story.append(Spacer(1, 3 * mm))
    pages = build_platypus(CASE_DIR / CAMHS_PDF, camhs_furniture, story,
                           "Letter to GP - J Trewin", "F Stephens", top=36 * mm)
    corpus.add(CAMHS_PDF, *(camhs_furniture_text(n, pages) for n in range(1, pages + 1)),
               CAMHS_TO, CAMHS_REFS, *CAMHS_PARAGRAPHS)
    return pages


# --------------------------------------------------------------------------------------------
# Jenna's letter to her IRO (TXT), May 2014: her own typing and spelling
# --------------------------------------------------------------------------------------------

LETTER_LINES = (
    "14/5/14",
    "",
    "Dear Nigel",
    "",
    "Its Jenna (Jenna Trewin, i live with Lynne and Geoff in Camborne incase you have loads "
    "of Jennas lol). Hannah said i could write to you before my review instead of saying "
    "everything in front of everyone. I typed this myself on the laptop so sorry about the "
    "spelling.",
    "",
    "1. I dont want to go to contact with mum at Trelawney House any more. She always says "
    "she wont drink and then she does and Wendy has to stop it. Last time it was 20 minutes. "
    "Its not Wendys fault. I just want a phone call on my birthday and at christmas and maybe "
    "a letter. Please can that happen. I still love her i just cant do it.",
    "",
    "2. Can i see Tegs more? She is nearly 11 and starting big school in september (not "
    "mine). Her nan Pam said she can come to the beach with me and Lynne in the summer "
    "holidays if Hannah says yes.",
    "",
    "3. I PASSED MY BRONZE MEDALION!!! at Polgarrow surf club. Steve says i can be a junior "
    "helper with the nippers on sunday mornings. Geoff comes and watches with a flask even "
    "when its freezing.",
    "",
    "4. I want to be a vet nurse. Mrs Hosken says i need to do science and maths and get Cs. "
    "I hate chemestry but i will try. Mr Hendra says i should do art aswell so i am doing "
    "both.",
    "",
    "5. Gran-Gran died last year and i still think about her alot. Auntie Bev has got her "
    "jewellry box. Can i have the brooch with the shell on it, she always said it was for me. "
    "Can you or Hannah ask Bev? I dont want to ask because of mum.",
    "",
    "6. Please dont move me. I know you will say you wont but i always worry before a review. "
    "This is home.",
    "",
    "7. The letter from Kai didnt come last summer. Is he ok? I know i cant know where he "
    "lives or his new name and thats ok. I just want to know hes ok. I still remember "
    "feeding him at chy an mor when Katie took me.",
    "",
    "8. Lowena is going to uni in plymouth in september and i will really miss her. Jago is "
    "still annoying lol.",
    "",
    "Mr Darcy has got laminitus so i cant ride him for 6 weeks. Mrs Roskilly says he will be "
    "ok.",
    "",
    "Nanny Trewin sent me £10 for easter. I said thank you.",
    "",
    "From Jenna (JT)",
    "",
    "ps. Geoff says dont forget the biscuits this time!!",
)


def build_letter(corpus: Corpus) -> None:
    """Write Jenna's letter as she typed it (Notepad: CRLF, long unwrapped lines, UTF-8)."""
    text = "\r\n".join(LETTER_LINES) + "\r\n"
    (CASE_DIR / LETTER_TXT).write_bytes(text.encode("utf-8"))
    corpus.add(LETTER_TXT, "\n".join(LETTER_LINES))


# --------------------------------------------------------------------------------------------
# Foster carers' annual review (DOCX), May 2014: the independent fostering agency's form
# --------------------------------------------------------------------------------------------

FCR_DETAILS: tuple[tuple[str, ...], ...] = (
    ("Foster carers", "Lynne Tremayne and Geoff Tremayne"),
    ("Carer no.", "SFP-0418"),
    ("Address", "6 Wheal Tamsin Road, Camborne, Cornwall TR14 7ZL"),
    ("Telephone", f"{TREMAYNE_LANDLINE} (home) | Lynne {LYNNE_MOBILE} | Geoff {GEOFF_MOBILE}"),
    ("E-mail", LYNNE_EMAIL),
    ("First approved", "Panel 12/03/2008; agency decision 20/03/2008"),
    ("Terms of approval", "Up to 2 children, male or female, 0-18 years: long-term, "
                          "short-term and short breaks"),
    ("Supervising social worker", "Rachel Bassett"),
    ("Review period", "01/05/2013 to 30/04/2014"),
    ("Review meeting", "Thursday 22 May 2014, at the carers' home"),
    ("Reviewing officer", "Alison Couch (Independent Reviewing Officer, Seaways)"),
    ("Last panel", "04/07/2013"),
)

FCR_HOUSEHOLD: tuple[tuple[str, ...], ...] = (
    ("Name", "Relationship", "DOB", "Notes"),
    ("Lynne Tremayne", "Foster carer", "16/08/1967", "Main carer. School cook, mornings "
     "only."),
    ("Geoff Tremayne", "Foster carer", "30/01/1965", "Boatbuilder, full time. DBS renewed "
     "02/2014."),
    ("Lowenna Tremayne", "Daughter", "04/12/1995", "Year 13. Starting university in "
     "Plymouth 09/2014. Adult DBS 01/2014."),
    ("Jago Tremayne", "Son", "21/06/2001", "Year 8."),
    ("Jenna Trewin", "Foster child (Kernow West Council)", SUBJECT_DOB,
     "Long-term. Placed 16/10/2010."),
    ("Bramble", "Dog (collie cross)", "", "Pet assessment 05/2013."),
)

FCR_PLACEMENTS: tuple[tuple[str, ...], ...] = (
    ("Child", "Placing authority", "Type", "Dates", "Outcome"),
    ("J.T. (15)", "Kernow West Council", "Long-term (permanence)", "Since 16/10/2010",
     "Continuing"),
    ("Ruby Marsh (5)", "Kernow West Council", "Short breaks, one weekend a month",
     "From 15/11/2013", "Continuing"),
    ("K.D. (14)", "Kernow West Council", "Emergency", "09/08/2013 - 12/08/2013",
     "Went to relatives"),
)

FCR_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. The carers' own report", (
        "Written by Lynne, with Geoff: It has been a big year for Jenna. Losing Gran-Gran in "
        "April (2013) hit her very hard and we had some frightening weeks in the summer. Dr "
        "Stephens at CAMHS was brilliant and I sat in on the end of each session, which "
        "taught me a lot. Jenna came out the other side and has been so much happier since "
        "Christmas.",
        "She passed her Bronze Medallion at Polgarrow on Sunday 11 May. Geoff cried on the "
        "beach (he says it was the wind). She is now a junior helper with the Nippers on "
        "Sunday mornings, still rides at Penhallow twice a week and came second in the "
        "Bodmin gymkhana in August on Mr Darcy. She works hard at school, especially art, "
        "and has started talking about being a veterinary nurse.",
        "Ruby started coming for short breaks in November. Jenna is lovely with her and "
        "reads her a story every night she is here. Jago likes being the one who makes her "
        "laugh. Lowenna goes to university in September and we are all dreading it.",
        "In February Jenna's mum put the name of our road and a photo of our house on "
        "Facebook, saying her daughter had been \"stolen\" and \"this is where they keep "
        "her\". Rachel and Hannah acted the same day, the police spoke to her and it was "
        "taken down within 24 hours. It shook us, Jago especially, but we feel safe and we "
        "have not changed anything about how we support Jenna's family time.",
    )),
    ("2. The foster child's views (from Jenna's consultation form)", (
        "Best things about living here: \"Bramble, the chickens, Lynne's roast, surf club, "
        "and when Geoff takes me down the beach early before everyone's up.\"",
        "What could be better: \"Jago coming in my room. Lowenna leaving.\"",
        "Anything you want the panel to know: \"They are the best foster carers in Cornwall "
        "and they should get a medal. Not Jago though lol.\"",
    )),
    ("3. The views of the carers' own children", (
        "Jago (12) said Jenna is \"annoying but the best\" and that he likes Ruby coming "
        "because \"she thinks I'm funny\". Lowenna (18) said fostering has \"made us a better "
        "family\"; she worries about Jenna when she goes away to university and has promised "
        "to ring her every Sunday.",
    )),
    ("4. The placing authority's feedback", (
        "Hannah Jewell, Jenna's social worker (e-mail, 14/05/2014): \"Lynne and Geoff give "
        "Jenna a stable, warm and committed home. They supported her through a very "
        "difficult year with great sensitivity, they work well with family time in spite of "
        "Ms Trewin's behaviour towards them, and they always put Jenna's views first. I have "
        "no concerns.\"",
        "Ruby's social worker, Tom Sleeman (telephone, 20/05/2014): short breaks going well; "
        "Ruby's mum is very happy with them.",
    )),
    ("5. Supervising social worker's report", (
        "Supervision visits: ten this year, the last on 29/04/2014. Unannounced visits "
        "12/11/2013 and 03/03/2014: home clean, warm and welcoming, children's rooms "
        "personal, records up to date. Health and safety check completed 22/05/2014. Car "
        "insurance covers business use. Bramble's pet assessment (05/2013) is satisfactory.",
        "Training this year: Trauma and attachment (CAMHS West, 10/2013), paediatric first "
        "aid (01/2014), online safety (03/2014), safeguarding refresher (Lynne, 04/2014). "
        "Geoff has agreed to do the men-who-foster group in the autumn.",
        "DBS: Geoff's renewed 02/2014; Lowenna's adult check 01/2014 (she was 18 in "
        "December); Lynne's due 2015.",
        "Complaints and allegations: none. Concerns: the Facebook post by Jenna's mother "
        "(02/2014), dealt with as above; the carers acted exactly as they should.",
    )),
    ("6. Recommendation", (
        "That Lynne Tremayne and Geoff Tremayne continue to be approved as foster carers for "
        "up to two children, male or female, aged 0-18, for long-term, short-term and short "
        "breaks care. To be presented to the fostering panel on 03/07/2014.",
    )),
)

FCR_SIGNED: tuple[tuple[str, ...], ...] = (
    ("Role", "Name", "Signed", "Date"),
    ("Foster carer", "Lynne Tremayne", "L Tremayne", "22/05/14"),
    ("Foster carer", "Geoff Tremayne", "G Tremayne", "22/05/14"),
    ("Supervising social worker", "Rachel Bassett", "R Bassett", "23/05/14"),
    ("Reviewing officer", "Alison Couch", "A Couch", "28/05/14"),
)


def build_fcr(corpus: Corpus) -> None:
    """Write the foster carers' annual review as a Word document."""
    doc = Document()
    text: list[str] = []
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

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
        head.text = "Seaways Fostering Partnership | Foster Carer Annual Review | CONFIDENTIAL"
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        text.append(head.text)
        foot = section.footer.paragraphs[0]
        foot.text = ("Form AR1 v3 (2013) - Review of approval, regulation 28, The Fostering "
                     "Services (England) Regulations 2011 - Seaways Fostering Partnership, "
                     f"Bristol office {SEAWAYS_PHONE}")
        text.append(foot.text)

    add("Foster Carer Annual Review", style="Title")
    add("Review of approval for the period 01/05/2013 to 30/04/2014. Completed by the "
        "supervising social worker with the carers, and read by the reviewing officer before "
        "the review meeting.", italic=True)
    add("Carer details", style="Heading 1")
    table(FCR_DETAILS, (5.0, 12.0), header=False)
    add("Household", style="Heading 1")
    table(FCR_HOUSEHOLD, (4.0, 4.6, 2.6, 5.8))
    add("Children placed during the year", style="Heading 1")
    table(FCR_PLACEMENTS, (3.0, 3.6, 4.0, 3.6, 2.8))
    for heading, paragraphs in FCR_SECTIONS:
        add(heading, style="Heading 1")
        for body in paragraphs:
            add(body)
    add("Signatures", style="Heading 1")
    table(FCR_SIGNED, (4.6, 4.4, 4.0, 4.0))

    props = doc.core_properties
    props.title = "Foster Carer Annual Review - Tremayne"
    props.author = "Rachel Bassett"
    props.last_modified_by = "Alison Couch"
    props.subject = "Annual review 2014"
    props.keywords = ""
    props.comments = ""
    props.created = dt.datetime(2014, 5, 19, 14, 2, 0)
    props.modified = dt.datetime(2014, 5, 28, 10, 37, 0)
    props.revision = 7
    buffer = io.BytesIO()
    doc.save(buffer)
    data = fixed_zip(buffer.getvalue(), (2014, 5, 28, 10, 37, 0))
    (CASE_DIR / FCR_DOCX).write_bytes(data)
    corpus.add(FCR_DOCX, *text)


# --------------------------------------------------------------------------------------------
# Review health assessment (PDF), 24 March 2015
# --------------------------------------------------------------------------------------------

HEALTH_DETAILS: list[tuple[str, str]] = [
    ("Name", "Jenna Louise TREWIN"),
    ("Date of birth", f"{SUBJECT_DOB} (16 y 0 m)"),
    ("NHS number", SUBJECT_NHS),
    ("LCS ID", SUBJECT_ID),
    ("Gender / ethnicity", "Female / White British (Cornish)"),
    ("Legal status", "s31 Care Order"),
    ("Placement", "Long-term foster care (IFA) since 16/10/2010"),
    ("Carer(s)", "Mrs Lynne Tremayne (and Mr Geoff Tremayne)"),
    ("Placement address", f"{TREMAYNE_HOME}. Tel {TREMAYNE_LANDLINE}"),
    ("Social worker", f"Hannah Jewell, {HANNAH_PHONE}"),
    ("GP", f"Dr Andrew Bray, Pengarth Medical Centre, Camborne, {GP_PHONE}"),
    ("Dentist", "Carn Dental Care, Camborne"),
    ("School", "Penwartha Academy, Year 11"),
    ("Assessment date / venue", "24/03/2015, the foster home, after school"),
    ("Assessed by", "Becky Angwin RGN, Specialist Nurse for Looked After Children"),
    ("Present", "Jenna; Mrs Tremayne for the second half (Jenna's choice)"),
]

HEALTH_CONSENT = (
    "Consent: [X] young person consents (competent to consent)   [ ] person with PR   "
    "[ ] local authority.  Jenna agreed that a copy of this plan goes to her carer, her "
    "social worker, her GP and her IRO."
)

HEALTH_SECTIONS: tuple[tuple[str, str], ...] = (
    ("B. Health since the last review (24/03/2014)",
     "Sprained right wrist when she came off a pony at Penhallow Farm Riding School in "
     "August 2014; seen in A&E in Truro, no fracture, full recovery. Acne on face and back, "
     "using an over-the-counter benzoyl peroxide gel; it bothers her. Periods regular, some "
     "pain, paracetamol helps. No admissions, no regular medication. CAMHS discharged "
     "20/11/2013; no self-harm since August 2013."),
)

HEALTH_IMMS: tuple[tuple[str, ...], ...] = (
    ("Immunisation", "Date(s)", "Status"),
    ("Primary course (DTaP/IPV/Hib, MenC)", "1999", "Complete"),
    ("MMR 1 / MMR 2", "2000 / 2003", "Complete (MMR 2 confirmed by Penzance school nurses, "
     "2008)"),
    ("HPV 1 / 2 / 3", "10/2012, 12/2012, 06/2013", "Complete"),
    ("Td/IPV teenage booster", "02/2014", "Complete"),
    ("MenC booster", "02/2014", "Complete"),
)

HEALTH_GROWTH: list[tuple[str, str]] = [
    ("Height", "164 cm (50th centile)"),
    ("Weight", "57 kg"),
    ("BMI", "21.2 (healthy range)"),
    ("Vision", "Glasses for reading (optician 11/2014)"),
    ("Hearing", "No concerns"),
    ("Dental", "Last check 12/01/2015, no treatment needed"),
]

HEALTH_MORE: tuple[tuple[str, str], ...] = (
    ("E. Emotional and behavioural health",
     "SDQ: carer (Lynne) 11, self-report 10 - both in the normal range. Sleeping well. "
     "Occasional nightmares around April (the anniversary of Gran-Gran's death), which she "
     "manages with her safety plan. Surfing and riding help her with stress. Worried about "
     "her GCSEs, especially maths. Good friends: Demelza, and Kelsey from primary school, "
     "still in touch. No self-harm."),
    ("F. Lifestyle and sexual health",
     "Eats well. Exercise: surf club twice a week, riding on Thursdays and Saturdays. Has "
     "never smoked. Does not drink alcohol. No drugs. Has a boyfriend, Josh Trebilcock (16, "
     "same year at school); says they are not sexually active. Knows about the C-card "
     "scheme and the young people's clinic; contraception and consent discussed. Online "
     "safety discussed; her accounts are private."),
)

HEALTH_FAMILY: tuple[tuple[str, ...], ...] = (
    ("Relative", "Health information (as known)"),
    ("Mother (Tracey Trewin, b. 1980)", "Alcohol dependence since her teens; depression; "
     "admitted to hospital 06/2010 after an overdose of tablets with alcohol. Drank in "
     "pregnancy (her own account, 2007)."),
    ("Father (Shaun Pascoe)", "Not known. Type 2 diabetes in the paternal family (mother's "
     "account)."),
    ("Maternal grandmother (Nanny Trewin)", "Alcohol misuse; COPD."),
    ("Maternal great-grandmother (Mrs Winifred Trewin)", "Stroke 2009; died 02/04/2013, "
     "aged 85."),
    ("Half-sister (Tegan, 11)", "Asthma."),
    ("Half-brother (adopted 2008)", "Not known."),
)

HEALTH_FASD = (
    "Prenatal alcohol exposure is likely. No facial features of FASD, growth has caught up "
    "and she is doing well at school: no referral needed. Shared with the GP."
)

HEALTH_VIEWS = (
    "\"I'm healthy, I just want my skin sorted. I eat loads because of surf club. I don't "
    "drink and I'm not going to.\" She asked: \"Can I have my own copy of my health history "
    "before I leave care?\""
)

HEALTH_PLAN: tuple[tuple[str, ...], ...] = (
    ("No.", "Health need", "Action", "Who", "By when"),
    ("1", "Acne", "GP appointment to discuss treatment", "Jenna / Dr Bray", "30/04/2015"),
    ("2", "Dental health", "Six-monthly check at Carn Dental Care", "Jenna / Lynne",
     "07/2015"),
    ("3", "Immunisations", "MenACWY at the school session in the summer term",
     "School nurse", "07/2015"),
    ("4", "Emotional health", "Watch the April anniversary; self-referral to CAMHS West "
     "open until 11/2014, now via GP", "Jenna / carers / HJ", "Ongoing"),
    ("5", "Leaving care", "Written health history for Jenna; learn to book her own GP "
     "and dental appointments", "Becky Angwin / Sam Rowse (PA)", "Before 18"),
)

HEALTH_SIGNED = (
    "Completed by Becky Angwin RGN, Specialist Nurse for Looked After Children, 24/03/2015. "
    "Copies: Jenna; Mrs L. Tremayne; Hannah Jewell (SW); Dr Bray (GP); Nigel Carveth (IRO). "
    f"LAC Health Team, Trelawney House, {LAC_HEALTH_PHONE}."
)


def health_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Teal band and footer of the review health assessment form."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#00747a"))
    canvas.rect(MARGIN_X, PAGE_H - 19 * mm, PAGE_W - 2 * MARGIN_X, 9 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(MARGIN_X + 3 * mm, PAGE_H - 15.5 * mm,
                      "REVIEW HEALTH ASSESSMENT - YOUNG PERSON (10-18)")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawRightString(PAGE_W - MARGIN_X - 3 * mm, PAGE_H - 15.5 * mm,
                           "Kernow West Looked After Children Health Team")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(MARGIN_X, 10 * mm, f"Form RHA-YP (2013) | NHS No {SUBJECT_NHS} | "
                      "Confidential health record")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def health_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the health assessment."""
    return ("REVIEW HEALTH ASSESSMENT - YOUNG PERSON (10-18) Kernow West Looked After Children "
            f"Health Team Form RHA-YP (2013) | NHS No {SUBJECT_NHS} | Confidential health "
            f"record Page {page} of {total}")


def build_health(corpus: Corpus) -> int:
    """Write the review health assessment; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    story: list = [para("A. Personal details", H2), pair_table(HEALTH_DETAILS, w, 30 * mm,
                                                               shade="#e3f1f1"),
                   Spacer(1, 1.5 * mm), para(HEALTH_CONSENT, SMALL)]
    text = ["A. Personal details", rows_text(HEALTH_DETAILS), HEALTH_CONSENT]
    for heading, body in HEALTH_SECTIONS:
        story += [para(heading, H2), para(body, BODY)]
        text += [heading, body]
    story += [para("C. Immunisations", H2),
              grid_table(HEALTH_IMMS, [62 * mm, 44 * mm, w - 106 * mm], shade="#e3f1f1"),
              para("D. Growth and development", H2),
              pair_table(HEALTH_GROWTH, w, 22 * mm, shade="#e3f1f1")]
    text += ["C. Immunisations", rows_text(HEALTH_IMMS), "D. Growth and development",
             rows_text(HEALTH_GROWTH)]
    for heading, body in HEALTH_MORE:
        story += [para(heading, H2), para(body, BODY)]
        text += [heading, body]
    story += [para("G. Family health history", H2),
              grid_table(HEALTH_FAMILY, [62 * mm, w - 62 * mm], shade="#e3f1f1"),
              para("H. Fetal alcohol spectrum disorder (FASD)", H2), para(HEALTH_FASD, BODY),
              para("I. Young person's views", H2), para(HEALTH_VIEWS, BODY),
              para("J. Health plan", H2),
              grid_table(HEALTH_PLAN, [9 * mm, 28 * mm, 70 * mm, 42 * mm, w - 149 * mm],
                         shade="#e3f1f1"),
              Spacer(1, 3 * mm), para(HEALTH_SIGNED, SMALL)]
    text += ["G. Family health history", rows_text(HEALTH_FAMILY),
             "H. Fetal alcohol spectrum disorder (FASD)", HEALTH_FASD,
             "I. Young person's views", HEALTH_VIEWS, "J. Health plan",
             rows_text(HEALTH_PLAN), HEALTH_SIGNED]
    pages = build_platypus(CASE_DIR / HEALTH_PDF, health_furniture, story,
                           "RHA - J Trewin - 24.03.15", "Becky Angwin", top=24 * mm,
                           creator="SystmOne Document Export")
    corpus.add(HEALTH_PDF, *(health_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# E-mail from the school's designated teacher (EML), 13 May 2015: quoted-printable
# --------------------------------------------------------------------------------------------

EMAIL_HEADERS = {
    "From": f"Claire Hosken <{CLAIRE_EMAIL}>",
    "To": f"Hannah Jewell <{HANNAH_EMAIL}>",
    "Cc": f"Nigel Carveth <{NIGEL_EMAIL}>, Jan Tregear <{JAN_EMAIL}>, "
          f"Lynne Tremayne <{LYNNE_EMAIL}>",
    "Subject": "RE: Jenna T - PEP date / Mum at the school gate today",
}

EMAIL_PARAGRAPHS = (
    "Hi Hannah,",
    "Sorry this is a long one \u2013 two things, one not so good and one very good.",
    "1) Jenna\u2019s mum came to school today. At 12.40 Tracey Trewin came to the main gate "
    "asking for Jenna \u201cto give her a birthday present\u201d (two months late). She was "
    "unsteady and slurring, and our site manager, Mr Dunstan, thought she smelled of drink. "
    "She had a man with her who she introduced as Craig \u2013 I think this may be the new "
    "partner Jenna mentioned to Lynne (Craig Bennetts?). He stayed by a blue car in the "
    "lay-by and didn\u2019t get out. I went down with Mr Hendra. Ms Trewin was upset rather "
    "than aggressive; she said she \u201conly wanted to see her girl\u201d and that \u201cthe "
    "social\u201d won\u2019t tell her where Jenna lives. She left at 12.55 when I said I would "
    "pass the present on (a card and a bracelet \u2013 in my office). I have not given it to "
    "Jenna.",
    "Jenna saw her from the art room window. She was shaky and cried and asked me to ring "
    "Lynne, which I did at 13.05; Lynne came in and sat with her in the library for half an "
    "hour. Jenna then decided to stay for her afternoon Art exam prep \u2013 she said "
    "\u201cI\u2019m not letting her wreck this as well\u201d. I have logged it on CPOMS and told "
    "our DSL (Mr Rodda). Can you let me know what you want me to do with the present, and "
    "whether we should put a photo of Ms Trewin on the school\u2019s no-contact list? Mr "
    "Dunstan has asked for one.",
    "2) The good news: Jenna\u2019s final piece for GCSE Art, \u201cPolgarrow at Low "
    "Tide\u201d (the lifeguard tower and the surf club boats, mixed media), has been chosen "
    "for the Cornwall Schools Art Exhibition at the Kernow West Arts Centre in Truro, 6\u201320 "
    "June. Mr Hendra says it is the best piece he has had from a Year 11 in ten years. She "
    "is over the moon.",
    "PEP: I have booked Wednesday 20th May at 3.30pm in my office. Predictions below. I "
    "would like to use Pupil Premium Plus for six more maths tutoring sessions before the "
    "exam on 4 June \u2013 can the Virtual School confirm? (Jan cc\u2019d.)",
    "  Art & Design        A*      English Language   C\n"
    "  Maths               C/D     Science (Core)     C\n"
    "  Additional Science  C/D     Geography          C\n"
    "  Child Development   B",
    "Kernow College: Jenna had her interview on 28 April and has been offered a place on the "
    "Level 3 Extended Diploma in Animal Management from September, conditional on five "
    "GCSEs at C or above including English and maths. She still wants to be a veterinary "
    "nurse.",
    "Kind regards,\nClaire",
    "Claire Hosken\nAssistant Headteacher | Designated Teacher for Looked After Children\n"
    f"Penwartha Academy | Camborne | {SCHOOL_PHONE} ext 214\n"
    "This e-mail and any attachments are confidential and intended only for the named "
    "recipients.",
    "-----Original Message-----\n"
    f"From: Hannah Jewell [mailto:{HANNAH_EMAIL}]\n"
    "Sent: 05 May 2015 09:14\n"
    f"To: Claire Hosken <{CLAIRE_EMAIL}>\n"
    "Subject: Jenna T - PEP date",
    "Hi Claire, can we get Jenna\u2019s summer PEP in before half term? Lynne and Jenna can do "
    "any day after school except Thursdays (riding at Penhallow), and Sundays are surf "
    "club. Nigel has also asked for an update for her review on 9 June. Thanks, Hannah",
    "Hannah Jewell | Social Worker | Looked After Children Team | Kernow West Council\n"
    f"Trelawney House, Camborne | {HANNAH_PHONE} | {HANNAH_MOBILE}",
)
EMAIL_BODY = "\n\n".join(EMAIL_PARAGRAPHS) + "\n"


def build_email(corpus: Corpus) -> None:
    """Write the designated teacher's e-mail (quoted-printable, as Outlook sends it)."""
    msg = EmailMessage()
    for name, value in EMAIL_HEADERS.items():
        msg[name] = value
    msg["Date"] = format_datetime(dt.datetime(2015, 5, 13, 15, 42, 17, tzinfo=dt.UTC))
    msg["Message-ID"] = "<B7E2A41C09D3F64E8C1D5A77F0B2E31C4D@PENWMBX02.penwartha.local>"
    msg["In-Reply-To"] = "<5F3C1B2A7E8D4C0B9A61F2E3D4C5B6A7@KWCEXCH01.kernowwest.local>"
    msg["Thread-Topic"] = "Jenna T - PEP date"
    msg["X-MS-Has-Attach"] = ""
    msg["Content-Language"] = "en-GB"
    msg.set_content(EMAIL_BODY, cte="quoted-printable")
    data = msg.as_bytes(policy=default_policy)
    parsed = message_from_bytes(data, policy=default_policy)
    assert normalise(parsed.get_content()) == normalise(EMAIL_BODY), \
        "e-mail body does not round-trip"
    assert b"=E2=80=99" in data, "e-mail body is not quoted-printable"
    (CASE_DIR / EMAIL_EML).write_bytes(data)
    corpus.add(EMAIL_EML, *EMAIL_HEADERS.values(), EMAIL_BODY)


# --------------------------------------------------------------------------------------------
# Staying Put agreement (PDF), February/March 2017
# --------------------------------------------------------------------------------------------

SP_PEOPLE: list[tuple[str, str]] = [
    ("Young person", "Jenna Louise Trewin (Jen)"),
    ("Date of birth", "7 March 1999"),
    ("LCS ID", SUBJECT_ID),
    ("NI number", SUBJECT_NI),
    ("Mobile", SUBJECT_PHONE),
    ("E-mail", SUBJECT_EMAIL),
    ("Staying Put carers (former foster carers)", "Lynne Tremayne and Geoff Tremayne"),
    ("Fostering agency", f"Seaways Fostering Partnership (SSW Rachel Bassett, "
                         f"{SEAWAYS_PHONE})"),
    ("Address", "6 Wheal Tamsin Road, Camborne, Cornwall TR14 7ZL"),
    ("Home telephone", TREMAYNE_LANDLINE),
    ("Personal Adviser", f"Sam Rowse, Leaving Care Service, Trelawney House. {SAM_MOBILE}, "
                         f"{SAM_EMAIL}"),
    ("Social worker (until 18)", "Hannah Jewell"),
    ("Arrangement starts", "07/03/2017 (Jenna's 18th birthday)"),
    ("Planned end", "31/08/2020, or when her apprenticeship ends. Reviewed every 6 months "
                    "with her pathway plan."),
]

SP_SECTIONS_1: tuple[tuple[str, str], ...] = (
    ("1. What Staying Put means",
     "Jenna has lived with Lynne and Geoff since 16 October 2010 and wants to carry on living "
     "with them after her 18th birthday. From that day she is no longer looked after and "
     "becomes a former relevant child (care leaver), and Lynne and Geoff stop being her "
     "foster carers and become her Staying Put carers. This is not a foster placement any "
     "more: Jenna is an adult living in a family home, with the same support she would get "
     "from a family, and the council pays the carers an allowance to make that possible."),
    ("2. Who lives in the house",
     "Lynne and Geoff; their son Jago Tremayne (15); Jenna. Their daughter Lowenna Tremayne "
     "(21) lives in Plymouth and stays in the holidays. Lynne and Geoff remain approved "
     "foster carers with Seaways and may carry on offering short breaks to Ruby (8) one "
     "weekend a month; Jenna is happy with this and helps."),
)

SP_MONEY: tuple[tuple[str, ...], ...] = (
    ("Item", "Amount", "Paid by / to"),
    ("Staying Put allowance", "£145.00 a week", "Kernow West Council to the carers"),
    ("Jenna's contribution (board)", "£10 a week while at college; £25 a week from "
     "01/09/2017", "Jenna to the carers, by standing order"),
    ("Housing Benefit (Staying Put)", "Claim by Jenna, paid to the carers", "Sam to help "
     "with the form"),
    ("Apprenticeship wage", "£3.50 an hour (from 09/2017)", "Tre-Pol Veterinary Practice to "
     "Jenna"),
    ("Setting Up Home Allowance", "£2,000", "Held by the council until she moves on"),
)

SP_HOUSE = (
    "House agreement (written by Jenna with Lynne, 26/02/2017):\n"
    "- I will keep my room tidy(ish) and do my own washing. I cook tea on Wednesdays.\n"
    "- I will let Lynne or Geoff know if I am going to be back after 11pm or staying out.\n"
    "- Josh (my boyfriend, Josh Trebilcock) can come round and stay over at weekends if "
    "Lynne and Geoff say ok. Not on work nights.\n"
    "- No alcohol in my room. (My choice.)\n"
    "- I will feed the chickens and walk Bramble on weekdays, Geoff does weekends.\n"
    "- Geoff will take me out driving in his car (WK62 HTE) on Sundays and I will put £5 "
    "towards petrol.\n"
    "- If we fall out we talk to Sam first, before anyone says anything they don't mean."
)

SP_SECTIONS_2: tuple[tuple[str, str], ...] = (
    ("4. Support Lynne and Geoff will give",
     "Help with budgeting and opening a savings account; driving practice; help with the "
     "apprenticeship (Jenna has been offered a Level 3 Veterinary Nursing apprenticeship at "
     "Tre-Pol Veterinary Practice in Truro, starting in September 2017, once she finishes "
     "her Level 3 Extended Diploma in Animal Management at Kernow College in June); "
     "emotional support, especially around her mother and around anniversaries; and help to "
     "find and set up her own home when she is ready."),
    ("5. Jenna's views",
     "\"I've lived here since I was eleven. This is my home and Lynne and Geoff are my "
     "family. I want to stay until I've finished my vet nursing training and can afford my "
     "own place near the stables. Thank you to everyone who made Staying Put happen.\""),
    ("6. If things go wrong",
     "Anyone can ask Sam for a meeting. The arrangement can be ended by Jenna or by the "
     "carers with 28 days' notice, except in an emergency. Sam will help Jenna find "
     "somewhere else to live if it ends."),
)

SP_SIGNED: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Signed", "Date"),
    ("Jenna Trewin", "Young person", "Jenna Trewin", "28/02/2017"),
    ("Lynne Tremayne", "Staying Put carer", "L. Tremayne", "28/02/2017"),
    ("Geoff Tremayne", "Staying Put carer", "G. Tremayne", "28/02/2017"),
    ("Sam Rowse", "Personal Adviser", "S. Rowse", "28/02/2017"),
    ("Helen Trudgeon", "Team Manager, Leaving Care (agreed)", "H. Trudgeon", "02/03/2017"),
)


def sp_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Green header rule and footer of the Staying Put agreement."""
    canvas.saveState()
    canvas.setFont("Times-Bold", 13)
    canvas.drawString(MARGIN_X, PAGE_H - 14 * mm, COUNCIL)
    canvas.setFont("Times-Roman", 9)
    canvas.drawString(MARGIN_X, PAGE_H - 18.5 * mm,
                      "Children, Schools and Families - Leaving Care Service (16+)")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 14 * mm, "Trelawney House, Camborne")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 18.5 * mm, f"Tel {TRELAWNEY_PHONE}")
    canvas.setStrokeColor(colors.HexColor("#2e7d32"))
    canvas.setLineWidth(2)
    canvas.line(MARGIN_X, PAGE_H - 21 * mm, PAGE_W - MARGIN_X, PAGE_H - 21 * mm)
    canvas.setFont("Times-Italic", 8)
    canvas.drawString(MARGIN_X, 10 * mm, "Staying Put agreement (form SP1, 2016) - one copy "
                      "each for the young person, the carers, the PA and the agency")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def sp_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the Staying Put agreement."""
    return (f"{COUNCIL} Children, Schools and Families - Leaving Care Service (16+) Trelawney "
            f"House, Camborne Tel {TRELAWNEY_PHONE} Staying Put agreement (form SP1, 2016) - "
            "one copy each for the young person, the carers, the PA and the agency "
            f"Page {page} of {total}")


def build_sp(corpus: Corpus) -> int:
    """Write the Staying Put agreement; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "STAYING PUT AGREEMENT"
    sub = ("A Staying Put arrangement under section 23CZA of the Children Act 1989 (inserted "
           "by the Children and Families Act 2014).")
    label = ParagraphStyle("sp_label", parent=SERIF_SMALL, fontName="Times-Bold")
    story: list = [para(title, ParagraphStyle("sp_title", parent=SERIF_BOLD, fontSize=15,
                                              leading=19)),
                   para(sub, SERIF_SMALL), Spacer(1, 2 * mm),
                   pair_table(SP_PEOPLE, w, 30 * mm, label_style=label,
                              value_style=SERIF_SMALL, shade="#e8f3e8")]
    text = [title, sub, rows_text(SP_PEOPLE)]
    for heading, body in SP_SECTIONS_1:
        story += [para(heading, SERIF_H2), para(body, SERIF)]
        text += [heading, body]
    story += [para("3. Money", SERIF_H2),
              grid_table(SP_MONEY, [52 * mm, 60 * mm, w - 112 * mm], shade="#e8f3e8",
                         style=SERIF_SMALL, head_style=label),
              Spacer(1, 3 * mm), para(SP_HOUSE, SERIF)]
    text += ["3. Money", rows_text(SP_MONEY), SP_HOUSE]
    for heading, body in SP_SECTIONS_2:
        story += [para(heading, SERIF_H2), para(body, SERIF)]
        text += [heading, body]
    story += [para("7. Signatures", SERIF_H2),
              grid_table(SP_SIGNED, [38 * mm, 58 * mm, 40 * mm, w - 136 * mm],
                         shade="#e8f3e8", style=SERIF_SMALL, head_style=label)]
    text += ["7. Signatures", rows_text(SP_SIGNED)]
    pages = build_platypus(CASE_DIR / SP_PDF, sp_furniture, story, "Staying Put agreement",
                           "Sam Rowse", top=27 * mm)
    corpus.add(SP_PDF, *(sp_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# case.toml and ground truth
# --------------------------------------------------------------------------------------------

SUBJECT_ALIASES = ("Jenna", "Jen", "Jenna Louise Trewin", "JT")

PEOPLE: tuple[Person, ...] = (
    Person("Tracey Trewin", ("Tracey", "Ms Trewin"), "redact", "no consent",
           relationship="mother"),
    Person("Shaun Pascoe", ("Mr Pascoe",), "redact", "not asked: whereabouts unknown",
           relationship="father"),
    Person("Stuart Kitto", ("Stuart", "Mr Kitto"), "redact", "no consent",
           relationship="mother's former partner (father of her half-brother)"),
    Person("Tegan Angove", ("Tegan", "Tegs"), "redact",
           "no reply to the consent request of 2026-10-20", relationship="half-sister"),
    Person("Bev Nance", ("Auntie Bev", "Mrs Nance"), "redact",
           "no reply to the consent request of 2026-10-20", relationship="maternal aunt"),
    Person("Lynne Tremayne", ("Lynne", "Mrs Tremayne"), "disclose",
           "consent given 2026-10-21; Jenna still lives with her (Staying Put)",
           relationship="foster carer"),
    Person("Katie Pascoe", ("KP",), "disclose", "acting as her social worker",
           role="social worker"),
    Person("Nigel Carveth", ("Nigel",), "disclose", "acting as her IRO",
           role="independent reviewing officer"),
    Person("Sam Rowse", ("Sam",), "disclose", "acting as her personal adviser",
           role="personal adviser"),
)


def case_toml() -> str:
    """The text of this case's CASE.toml in the DESIGN.md format."""
    lines = ["# Case file for a held-out fictional sample case (see ../README.md).",
             "# Everyone named here is invented.", "",
             "[subject]", f"name = {toml_str(SUBJECT)}",
             f"aliases = [{', '.join(toml_str(a) for a in SUBJECT_ALIASES)}]",
             'date_of_birth = "1999-03-07"', "",
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


TRACEY, SHAUN, DARREN, PAM = "Tracey Trewin", "Shaun Pascoe", "Darren Angove", "Pam Angove"
TEGAN, KAI, STUART, JASON, CRAIG = ("Tegan Angove", "Kai", "Stuart Kitto", "Jason Rule",
                                    "Craig Bennetts")
BEV, MARK, BROOKE, CONNOR = "Bev Nance", "Mark Nance", "Brooke", "Connor"
SANDRA, WINIFRED = "Sandra Trewin", "Winifred Trewin"
MANDY, TERRY, KELSEY = "Mandy Hocking", "Terry Hocking", "Kelsey"
CAROL, ALAN = "Carol Penrose", "Alan Penrose"
GEOFF, LOWENNA, JAGO = "Geoff Tremayne", "Lowenna Tremayne", "Jago Tremayne"
RUBY, KD, JOSH, DEMELZA = "Ruby Marsh", "K.D.", "Josh Trebilcock", "Demelza Rowe"
STEVE, ROSKILLY, TREGONING = "Steve", "Mrs Roskilly", "Joan Tregoning"
TRELOAR, NICHOLLS, OPIE = "Ian Treloar", "Karen Nicholls", "PC Opie"

REDACT: tuple[tuple[str, str, str], ...] = (
    # Mother: shares Jenna's surname ("Jenna Trewin" stays, "Ms Trewin" goes)
    ("Tracey Trewin", "person", TRACEY),
    ("Tracey Ann TREWIN", "person", TRACEY),
    ("Tracey", "person", TRACEY),
    ("Ms Trewin", "person", TRACEY),
    ("Ms Trewin's", "person", TRACEY),
    ("Miss Trewin", "person", TRACEY),
    ("Ms T. Trewin", "person", TRACEY),
    ("22/11/1980", "dob", TRACEY),
    (TRACEY_MOBILE, "phone", TRACEY),
    (TRACEY_NI, "ni", TRACEY),
    ("Flat 2, 31 Tregenna Mews", "address", TRACEY),
    ("TR14 8ZD", "postcode", TRACEY),
    ("44 Parc Eglos Road", "address", TRACEY),
    ("TR15 2ZN", "postcode", TRACEY),
    ("Flat 5, Wheal Union Court", "address", TRACEY),
    ("TR15 2ZE", "postcode", TRACEY),
    # Jenna's father and Tegan's father, and Tegan's grandmother (her special guardian)
    ("Shaun Pascoe", "person", SHAUN),
    ("Shaun PASCOE", "person", SHAUN),
    ("Mr Pascoe", "person", SHAUN),
    ("Mr Pascoe's", "person", SHAUN),
    ("14/06/1977", "dob", SHAUN),
    ("Darren ANGOVE", "person", DARREN),
    ("Darren Angove", "person", DARREN),
    ("Darren", "person", DARREN),
    ("Mr Angove", "person", DARREN),
    ("02/02/1979", "dob", DARREN),
    ("Pam ANGOVE", "person", PAM),
    ("Mrs Pam Angove", "person", PAM),
    ("Mrs P. Angove", "person", PAM),
    ("Mrs Angove", "person", PAM),
    ("Pam", "person", PAM),
    ("7 Bal-an-Dre Way", "address", PAM),
    ("TR14 0ZP", "postcode", PAM),
    # Half-sister (a different surname) and half-brother (adopted: his new name must not go)
    ("Tegan Angove", "person", TEGAN),
    ("Tegan Marie", "person", TEGAN),
    ("ANGOVE", "person", TEGAN),
    ("Tegan", "person", TEGAN),
    ("Tegan's", "person", TEGAN),
    ("Tegs", "person", TEGAN),
    ("19/05/2003", "dob", TEGAN),
    ("318847", "case_ref", TEGAN),
    ("Kai", "person", KAI),
    ("Kai's", "person", KAI),
    ("Kai Trewin-Kitto", "person", KAI),
    ("Ethan", "person", KAI),
    ("14/08/2007", "dob", KAI),
    (KAI_NHS, "nhs", KAI),
    ("PAS/08/0331", "case_ref", KAI),
    # Mother's partners
    ("Stuart Kitto", "person", STUART),
    ("Mr Stuart Kitto", "person", STUART),
    ("Stuart", "person", STUART),
    ("Mr Kitto", "person", STUART),
    ("Mr Kitto's", "person", STUART),
    ("WK03 FJN", "vehicle", STUART),
    ("Jason Rule", "person", JASON),
    ("Mr Rule", "person", JASON),
    ("Craig Bennetts", "person", CRAIG),
    ("Craig", "person", CRAIG),
    # Maternal aunt, uncle and cousins
    ("Bev Nance", "person", BEV),
    ("Bev NANCE", "person", BEV),
    ("Mrs Bev Nance", "person", BEV),
    ("Mrs B. Nance", "person", BEV),
    ("Mrs Nance", "person", BEV),
    ("Auntie Bev", "person", BEV),
    ("Auntie Bev's", "person", BEV),
    ("Bev", "person", BEV),
    ("12 Polglaze Close", "address", BEV),
    ("TR15 1ZS", "postcode", BEV),
    (BEV_PHONE, "phone", BEV),
    ("Mark Nance", "person", MARK),
    ("Uncle Mark", "person", MARK),
    ("Brooke", "person", BROOKE),
    ("Connor", "person", CONNOR),
    # Maternal grandmother and great-grandmother (Gran-Gran, GGM and Nanny stay as words)
    ("Sandra Trewin", "person", SANDRA),
    ("Sandra TREWIN", "person", SANDRA),
    ("Nanny Trewin", "person", SANDRA),
    ("15/04/1958", "dob", SANDRA),
    ("Winifred Trewin", "person", WINIFRED),
    ("Winifred TREWIN", "person", WINIFRED),
    ("Mrs Winifred Trewin", "person", WINIFRED),
    ("Mrs W. Trewin", "person", WINIFRED),
    ("03/09/1927", "dob", WINIFRED),
    ("Kerensa", "address", WINIFRED),
    ("8 Carn Close", "address", WINIFRED),
    ("TR18 3ZJ", "postcode", WINIFRED),
    (GGM_PHONE, "phone", WINIFRED),
    ("Bolitho Lodge", "address", WINIFRED),
    # The family friend who cared for her under private fostering (unclear role) and family
    ("Mandy Hocking", "person", MANDY),
    ("Mrs Hocking", "person", MANDY),
    ("Mrs Hocking's", "person", MANDY),
    ("Mandy", "person", MANDY),
    ("3 Trevarno Row", "address", MANDY),
    ("TR14 7ZW", "postcode", MANDY),
    (HOCKING_PHONE, "phone", MANDY),
    ("Terry Hocking", "person", TERRY),
    ("Terry", "person", TERRY),
    ("Kelsey", "person", KELSEY),
    ("Kelsey's", "person", KELSEY),
    # Emergency foster carers (unclear role)
    ("Mr & Mrs Penrose", "person", ALAN),
    ("Alan Penrose", "person", ALAN),
    ("Carol Penrose", "person", CAROL),
    ("Mrs Penrose", "person", CAROL),
    ("Mrs Penrose's", "person", CAROL),
    ("Penroses", "person", CAROL),
    ("Sea Spray", "address", CAROL),
    ("2 Boscawen Row", "address", CAROL),
    ("PL25 4ZT", "postcode", CAROL),
    (PENROSE_PHONE, "phone", CAROL),
    # Long-term foster carer who has not consented (unclear role), and the carers' children
    ("Geoff Tremayne", "person", GEOFF),
    ("Mr Geoff Tremayne", "person", GEOFF),
    ("Geoff", "person", GEOFF),
    ("Geoff's", "person", GEOFF),
    ("Mr and Mrs Tremayne", "person", GEOFF),
    ("Tremaynes", "person", GEOFF),
    ("G Tremayne", "person", GEOFF),
    ("G. Tremayne", "person", GEOFF),
    ("30/01/1965", "dob", GEOFF),
    (GEOFF_MOBILE, "phone", GEOFF),
    ("WK62 HTE", "vehicle", GEOFF),
    ("Lowenna Tremayne", "person", LOWENNA),
    ("Lowenna", "person", LOWENNA),
    ("Lowena", "person", LOWENNA),
    ("04/12/1995", "dob", LOWENNA),
    ("Jago Tremayne", "person", JAGO),
    ("Jago", "person", JAGO),
    ("21/06/2001", "dob", JAGO),
    # Other children, friends and members of the public
    ("Ruby Marsh", "person", RUBY),
    ("Ruby", "person", RUBY),
    ("Ruby's", "person", RUBY),
    ("K.D.", "person", KD),
    ("Josh Trebilcock", "person", JOSH),
    ("Josh", "person", JOSH),
    ("Demelza Rowe", "person", DEMELZA),
    ("Demelza", "person", DEMELZA),
    ("Demelza's", "person", DEMELZA),
    ("Steve", "person", STEVE),
    ("Mrs Roskilly", "person", ROSKILLY),
    ("Mrs Joan Tregoning", "person", TREGONING),
    ("Flat 1", "address", TREGONING),
    # Police officers (unclear role)
    ("PC 1874 Ian Treloar", "person", TRELOAR),
    ("PC Treloar", "person", TRELOAR),
    ("DS Karen Nicholls", "person", NICHOLLS),
    ("DS Nicholls", "person", NICHOLLS),
    ("PC 2231 Opie", "person", OPIE),
)
# Foster carers, the private foster carers and police officers: unclear roles.
UNCLEAR_PEOPLE = {MANDY, TERRY, CAROL, ALAN, GEOFF, TRELOAR, NICHOLLS, OPIE}

KEEP: tuple[tuple[str, str], ...] = (
    # The subject: her names and her own identifiers, and her home
    (SUBJECT, "subject"),
    ("Jenna", "subject"),
    ("Jen", "subject"),
    ("Jenna's", "subject"),
    ("Jenna Louise Trewin", "subject"),
    ("Jenna Louise TREWIN", "subject"),
    ("Jenna Louise", "subject"),
    ("TREWIN, Jenna", "subject"),
    ("TREWIN, Jenna Louise", "subject"),
    ("Jenna TREWIN", "subject"),
    ("Jenna T", "subject"),
    ("JT", "subject"),
    ("J.T.", "subject"),
    (SUBJECT_DOB, "subject"),
    ("07/03/99", "subject"),
    ("07.03.1999", "subject"),
    ("7 March 1999", "subject"),
    (SUBJECT_ID, "subject"),
    (SUBJECT_NHS, "subject"),
    (SUBJECT_NI, "subject"),
    (SUBJECT_PHONE, "subject"),
    (SUBJECT_EMAIL, "subject"),
    (SUBJECT_CAMHS_REF, "subject"),
    ("R04/0219", "subject"),
    (TREMAYNE_HOME, "subject"),
    ("6 Wheal Tamsin Road, Camborne, Cornwall TR14 7ZL", "subject"),
    (TREMAYNE_LANDLINE, "subject"),
    # The foster carer who consented (case.toml)
    ("Lynne Tremayne", "disclosed"),
    ("Mrs Lynne Tremayne", "disclosed"),
    ("Lynne", "disclosed"),
    ("Lynne's", "disclosed"),
    ("Mrs Tremayne", "disclosed"),
    ("Mrs L. Tremayne", "disclosed"),
    ("L Tremayne", "disclosed"),
    ("L. Tremayne", "disclosed"),
    ("16/08/1967", "disclosed"),
    (LYNNE_MOBILE, "disclosed"),
    (LYNNE_EMAIL, "disclosed"),
    # Professionals: names in every form, initials, work phones and e-mails
    ("Gillian Moyle", "professional"),
    ("G. Moyle", "professional"),
    ("GM", "professional"),
    ("Roger Tonkin", "professional"),
    ("R. Tonkin", "professional"),
    ("RT", "professional"),
    ("Katie Pascoe", "professional"),
    ("Katie", "professional"),
    ("KP", "professional"),
    ("Jo Carlyon", "professional"),
    ("JC", "professional"),
    ("Hannah Jewell", "professional"),
    ("Hannah", "professional"),
    ("HJ", "professional"),
    (HANNAH_EMAIL, "professional"),
    (HANNAH_PHONE, "professional"),
    (HANNAH_MOBILE, "professional"),
    ("Janet Curnow", "professional"),
    ("Dr A. Bray", "professional"),
    ("Dr Andrew Bray", "professional"),
    ("Dr Bray", "professional"),
    ("Mrs J. Kemp", "professional"),
    ("Mrs Kemp", "professional"),
    ("Phil Eddy", "professional"),
    ("Brian Pengelly", "professional"),
    ("Liz Prowse", "professional"),
    ("Sue Blewett", "professional"),
    ("Mrs Angela Gilbert", "professional"),
    ("Wendy Harvey", "professional"),
    ("Wendy", "professional"),
    ("Margaret Ellery", "professional"),
    ("Hilary Stoneman", "professional"),
    ("Nigel Carveth", "professional"),
    ("N. Carveth", "professional"),
    ("Nigel", "professional"),
    (NIGEL_EMAIL, "professional"),
    ("Rachel Bassett", "professional"),
    ("R Bassett", "professional"),
    ("Rachel", "professional"),
    ("RB", "professional"),
    ("Simon Rickard", "professional"),
    ("Claire Hosken", "professional"),
    ("Mrs Hosken", "professional"),
    ("Claire", "professional"),
    (CLAIRE_EMAIL, "professional"),
    ("Becky Angwin", "professional"),
    ("Mr Hendra", "professional"),
    ("Jan Tregear", "professional"),
    (JAN_EMAIL, "professional"),
    ("Dr Fiona Stephens", "professional"),
    ("Dr Stephens", "professional"),
    ("Alison Couch", "professional"),
    ("A Couch", "professional"),
    ("Tom Sleeman", "professional"),
    ("Sam Rowse", "professional"),
    ("S. Rowse", "professional"),
    ("Sam", "professional"),
    (SAM_EMAIL, "professional"),
    (SAM_MOBILE, "professional"),
    ("Helen Trudgeon", "professional"),
    ("H. Trudgeon", "professional"),
    ("Mr Dunstan", "professional"),
    ("Mr Rodda", "professional"),
    (SCHOOL_PHONE, "professional"),
    (CAMHS_PHONE, "professional"),
    (GP_PHONE, "professional"),
    (HV_PHONE, "professional"),
    (PRIMARY_PHONE, "professional"),
    (LAC_HEALTH_PHONE, "professional"),
    (SEAWAYS_PHONE, "professional"),
    (TRELAWNEY_PHONE, "professional"),
    # Places, services and organisations (Cornish names that look like surnames among them)
    (COUNCIL, "place"),
    ("Truro", "place"),
    ("Camborne", "place"),
    ("Redruth", "place"),
    ("Penzance", "place"),
    ("St Austell", "place"),
    ("Bodmin", "place"),
    ("Plymouth", "place"),
    ("Cornwall", "place"),
    ("Trelawney House", "place"),
    ("Chy-an-Mor Family Centre", "place"),
    ("Chy-an-Mor", "place"),
    ("chy an mor", "place"),
    ("Polwithen House", "place"),
    ("Polwithen House, Tolvean Road, Camborne, Cornwall TR14 8ZB", "place"),
    ("Pengarth Medical Centre", "place"),
    ("40 Tolvean Road", "place"),
    ("Penhallow Farm Riding School", "place"),
    ("Penhallow Farm", "place"),
    ("Penhallow", "place"),
    ("Polgarrow Surf Life Saving Club", "place"),
    ("Polgarrow", "place"),
    ("Bosvenna Primary School", "place"),
    ("Bosvenna", "place"),
    ("Lanyon Vean Primary", "place"),
    ("Penwartha Academy", "place"),
    ("Penwartha", "place"),
    ("Kernow College", "place"),
    ("Seaways Fostering Partnership", "place"),
    ("Peninsula Adoption Service", "place"),
    ("Tre-Pol Veterinary Practice", "place"),
    ("Carn Dental Care", "place"),
    ("Kernow West Arts Centre", "place"),
    ("Kernow West Partnership NHS Trust", "place"),
    ("CAMHS West", "place"),
    ("Family Proceedings Court", "place"),
    ("Harvester", "place"),
    # Relationships and words that stay
    ("Gran-Gran", "relationship"),
    ("Gran-Gran's", "relationship"),
    ("GGM", "relationship"),
    ("her maternal aunt", "relationship"),
    ("half-brother", "relationship"),
    ("half-sister", "relationship"),
    ("Mummy", "relationship"),
    # Content: animals and toys with people's names, jargon, titles
    ("Mr Darcy", "content"),
    ("Mr Bun", "content"),
    ("Patch", "content"),
    ("Bramble", "content"),
    ("Nibbles", "content"),
    ("Nippers", "content"),
    ("Bronze Medallion", "content"),
    ("Staying Put", "content"),
    ("Framework for the Assessment of Children in Need and their Families", "content"),
    ("Agency Decision Maker", "content"),
    ("St Piran's Day", "content"),
    ("Polgarrow at Low Tide", "content"),
    ("Cornwall Schools Art Exhibition", "content"),
    ("Pupil Premium Plus", "content"),
    ("CPOMS", "content"),
    ("C-card", "content"),
    ("FASD", "content"),
    ("SDQ", "content"),
    ("trauma-focused CBT", "content"),
    ("s47", "content"),
    ("s20", "content"),
    ("s31", "content"),
    ("LAC", "content"),
    ("DNA", "content"),
    ("CIN", "content"),
    ("ICPC", "content"),
    ("SGO", "content"),
    ("PEP", "content"),
    ("IRO", "content"),
    ("SSW", "content"),
    ("FSW", "content"),
    ("ISW", "content"),
    ("EDT", "content"),
    ("DAT", "content"),
    ("tel con", "content"),
    ("HV", "content"),
    ("SW", "content"),
    ("FCs", "content"),
    # Dates as written
    ("Wed 11/02/04", "date"),
    ("Sat 15.1.05", "date"),
    ("16.6.06", "date"),
    ("Sat 12/06/10", "date"),
    ("Tues 18 September 2012", "date"),
    ("20 November 2013", "date"),
    ("2 April 2013", "date"),
    ("14/5/14", "date"),
    ("Thursday 22 May 2014", "date"),
    ("Sunday 11 May", "date"),
    ("Wednesday 20th May", "date"),
    ("07/03/2017", "date"),
)

EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("2004-02-11", "day", "concern", "a baby had been crying for over two hours", IA_PDF),
    ("2004-02-12", "day", "placement", "taken to their maternal aunt's home in Redruth",
     IA_PDF),
    ("2004-02-13", "day", "family", "Moved to her paternal grandmother", IA_PDF),
    ("2004-02-13", "day", "voice", "Mummy was poorly", IA_PDF),
    ("2004-02-18", "day", "meeting", "IA completed", IA_PDF),
    ("2005-01-15", "day", "placement", "JT dropped back to M's", RR_PDF),
    ("2005-02-22", "day", "meeting", "CIN review at Bosvenna Primary", RR_PDF),
    ("2006-06-14", "day", "concern", "rang 999 herself", RR_PDF),
    ("2006-06-16", "day", "voice", "I hid under the bed with Mr Bun", RR_PDF),
    ("2006-07-04", "day", "meeting", "JT subject of a CP plan", RR_PDF),
    ("2006-09-21", "day", "concern", "JT answered the door alone", RR_PDF),
    ("2007-03-12", "day", "family", "it's pink and purple", RR_PDF),
    ("2007-08-17", "day", "placement", "JT moved to GGM's today", RR_PDF),
    ("2007-09-05", "day", "education", "JT started at Lanyon Vean Primary", RR_PDF),
    ("2007-10-10", "day", "voice", "He's got my nose", RR_PDF),
    ("2008-02-05", "day", "meeting", "Care Order + Placement Order", RR_PDF),
    ("2008-02-05", "day", "voice", "Will he still be my brother?", RR_PDF),
    ("2008-03-26", "day", "family", "Goodbye contact", RR_PDF),
    ("2008-07-10", "day", "family", "placed with his adopters", RR_PDF),
    ("2009-01-14", "day", "family", "card & photo rec'd", RR_PDF),
    ("2009-04-02", "day", "concern", "found her on the kitchen floor and rang 999", RR_PDF),
    ("2009-04-06", "day", "placement", "Private fostering notification rec'd", RR_PDF),
    ("2009-04-23", "day", "education", "back at Bosvenna Primary", RR_PDF),
    ("2009-09-03", "day", "family", "brushed Gran-Gran's hair", RR_PDF),
    ("2009-12-18", "day", "concern", "turning up drunk at the house", RR_PDF),
    ("2010-03-29", "day", "placement", "JT moved back to M", RR_PDF),
    ("2010-06-12", "day", "concern", "Police protection taken", RR_PDF),
    ("2010-06-12", "day", "placement", "placed w/ emergency FCs", RR_PDF),
    ("2010-06-14", "day", "voice", "I knew something bad would happen", RR_PDF),
    ("2010-07-30", "day", "meeting", "ICO (s38) re JT granted", RR_PDF),
    ("2010-09-02", "day", "education", "JT started Penwartha Academy", RR_PDF),
    ("2010-10-08", "day", "meeting", "Matching mtg", RR_PDF),
    ("2010-10-16", "day", "placement", "JT moved to her long-term FCs today", RR_PDF),
    ("2010-10-27", "day", "voice", "I can have riding lessons", RR_PDF),
    ("2010-11-19", "day", "meeting", "LAC review (1st in new placement)", RR_PDF),
    ("2011-02-15", "day", "meeting", "Care Order (s31) re JT", RR_PDF),
    ("2011-06-14", "day", "placement", "approved by the Agency Decision Maker", LAC_PDF),
    ("2011-07-01", "month", "achievement", "won the Year 7 art prize", LAC_PDF),
    ("2012-05-01", "month", "achievement",
     "joined Polgarrow Surf Life Saving Club as a Nipper", LAC_PDF),
    ("2012-07-14", "day", "concern", "family time ended early", LAC_PDF),
    ("2012-09-18", "day", "meeting", "RECORD OF LOOKED AFTER CHILD REVIEW", LAC_PDF),
    ("2012-09-18", "day", "voice", "I want to stay here till I'm old", LAC_PDF),
    ("2007-08-01", "month", "family", "half-brother's birth in August 2007", CAMHS_PDF),
    ("2013-04-02", "day", "family", "death of her great-grandmother", CAMHS_PDF),
    ("2013-06-04", "day", "health", "You referred her on 4 June 2013", CAMHS_PDF),
    ("2013-07-15", "day", "health", "first saw on 15 July 2013", CAMHS_PDF),
    ("2013-11-20", "day", "health", "discharging Jenna from CAMHS", CAMHS_PDF),
    ("2013-11-20", "day", "voice", "it wasn't mine either", CAMHS_PDF),
    ("2013-08-01", "month", "achievement", "came second in the Bodmin gymkhana", FCR_DOCX),
    ("2014-02-01", "month", "concern", "a photo of our house on Facebook", FCR_DOCX),
    ("2014-05-11", "day", "achievement", "She passed her Bronze Medallion", FCR_DOCX),
    ("2014-05-14", "day", "voice", "I dont want to go to contact with mum", LETTER_TXT),
    ("2014-05-14", "day", "voice", "Please dont move me", LETTER_TXT),
    ("2014-05-22", "day", "voice", "They are the best foster carers in Cornwall", FCR_DOCX),
    ("2014-08-01", "month", "health", "Sprained right wrist", HEALTH_PDF),
    ("2015-03-24", "day", "health", "REVIEW HEALTH ASSESSMENT", HEALTH_PDF),
    ("2015-03-24", "day", "voice", "I don't drink and I'm not going to", HEALTH_PDF),
    ("2015-04-28", "day", "education",
     "offered a place on the Level 3 Extended Diploma in Animal Management", EMAIL_EML),
    ("2015-05-13", "day", "concern", "came to the main gate", EMAIL_EML),
    ("2015-05-13", "day", "achievement",
     "chosen for the Cornwall Schools Art Exhibition", EMAIL_EML),
    ("2017-03-07", "day", "placement", "07/03/2017 (Jenna's 18th birthday)", SP_PDF),
    ("2017-03-07", "day", "voice", "This is my home", SP_PDF),
    ("2017-09-01", "month", "education", "Level 3 Veterinary Nursing apprenticeship", SP_PDF),
)

# Documents whose events are checked against the record of that date, not the whole file.
DATED_RECORDS = {RR_PDF}


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


PHONE_RANGES = (r"07700 900\d{3}", r"01632 960\d{3}", r"0117 496 0\d{3}")
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
    expect(40 <= counts["events"] <= 70 and counts["redact"] >= 120 and counts["keep"] >= 150,
           f"too few items: {counts}")
    # NHS numbers: 999 and a valid mod-11 check digit.
    for nhs in re.findall(r"(?<![\d-])\d{3} \d{3} \d{4}(?![\d-])", everything):
        digits = nhs.replace(" ", "")
        expect(digits.startswith("999"), f"NHS number outside the 999 range: {nhs}")
        expect(mod11_check_digit(digits[:9]) == int(digits[9]), f"NHS checksum fails: {nhs}")
    expect({SUBJECT_NHS, KAI_NHS} <= set(re.findall(r"999 \d{3} \d{4}", everything)),
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
    expect({SUBJECT_NI, TRACEY_NI} <= set(re.findall(r"QQ \d\d \d\d \d\d [A-D]", everything)),
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
    # The adopted half-brother's new name appears once, in the running record only.
    expect(everything.count("Ethan") == 1 and "Ethan" in corpus.text(RR_PDF),
           "the adopted half-brother's new name should appear exactly once")
    if problems:
        raise SystemExit("ground truth check failed:\n  " + "\n  ".join(problems))


def check_pdfs(pages: dict[str, int]) -> None:
    """Every PDF has a text layer and the page count reportlab reported."""
    for name, count in pages.items():
        reader = PdfReader(CASE_DIR / name)
        assert len(reader.pages) == count, f"{name}: {len(reader.pages)} pages, not {count}"
        for number, page in enumerate(reader.pages, start=1):
            assert len(page.extract_text() or "") > 400, f"{name} page {number} is nearly empty"


def pdf_lines(name: str, page: int) -> list[str]:
    """The extracted text lines of one page of a PDF written here."""
    reader = PdfReader(CASE_DIR / name)
    return [line.strip() for line in (reader.pages[page - 1].extract_text() or "").splitlines()]


def check_layout() -> None:
    """Names that wrap on purpose. In the running record the great-grandmother's name runs
    across the page break ("GGM (Winifred" at the foot of page 1, "Trewin, 79)" at the top of
    page 2); other names wrap across lines where the text happens to wrap. If an edit moves
    any of them, change the text (or RR_LEAD) until it is back."""
    problems = []
    first, second = (normalise("\n".join(pdf_lines(RR_PDF, n))) for n in (1, 2))
    if not ("GGM (Winifred" in first and "Trewin, 79)" not in first
            and "Trewin, 79)" in second and "(Winifred" not in second):
        problems.append("running record: 'Winifred' / 'Trewin' no longer runs across the "
                        "break from page 1 to page 2")
    wraps = (
        (IA_PDF, 1, "Tracey Ann", "TREWIN"),
        (RR_PDF, 1, "today KP / DS", "Nicholls: joint s47"),
        (RR_PDF, 3, "her partner Terry", "Hocking, home visit"),
        (RR_PDF, 3, "and Mrs", "Penrose's dog is scary'"),
        (LAC_PDF, 2, "arranged with Mrs", "Pam Angove (special guardian)"),
        (LAC_PDF, 2, "Maternal grandmother, Sandra", "Trewin (Nanny Trewin)"),
        (LAC_PDF, 2, "with Uncle", "Mark."),
        (CAMHS_PDF, 1, "with Mrs", "Tremayne joining the last part"),
        (HEALTH_PDF, 1, "(and Mr Geoff", "Tremayne)"),
    )
    for name, page, before, after in wraps:
        lines = pdf_lines(name, page)
        if not any(a.endswith(before) and b.startswith(after)
                   for a, b in zip(lines, lines[1:], strict=False)):
            problems.append(f"{name} page {page}: {before!r} / {after!r} no longer wraps")
    assert not problems, "layout changed:\n  " + "\n  ".join(problems)


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
    pages = {IA_PDF: build_ia(corpus), RR_PDF: build_rr(corpus), LAC_PDF: build_lac(corpus),
             CAMHS_PDF: build_camhs(corpus), HEALTH_PDF: build_health(corpus),
             SP_PDF: build_sp(corpus)}
    build_letter(corpus)
    build_fcr(corpus)
    build_email(corpus)
    (CASE_DIR / "case.toml").write_text(case_toml(), encoding="utf-8")
    (CASE_DIR / ".lifestoryignore").write_text(IGNORE_CASE_TOML, encoding="utf-8")
    truth = ground_truth()
    check(truth, corpus)
    check_pdfs(pages)
    check_layout()
    expected = {IA_PDF: (3, 3), RR_PDF: (4, 5), LAC_PDF: (3, 3), CAMHS_PDF: (2, 2),
                HEALTH_PDF: (2, 3), SP_PDF: (2, 3)}
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
