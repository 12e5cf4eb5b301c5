"""Build the third held-out fictional sample case for lifestory: Ciarán Hanratty (Northern Ireland).

Everything written here is invented: the Health and Social Care Trust, the schools, the
residential unit, the people, the addresses, the numbers. Phone numbers come only from Ofcom's
drama ranges (``028 9649 6xxx`` is the Northern Ireland one), e-mail addresses only from
reserved example domains, Health and Care (H&C) numbers start with 999 (never issued) and
National Insurance numbers with QQ (never allocated). Run from the repository root:

    .venv/bin/python sample_records/held-out/build_ciaran_hanratty.py

The case is the file of a boy from Lurgan, County Armagh, looked after by a Northern Ireland
Health and Social Care Trust under the Children (Northern Ireland) Order 1995: police removal
under Article 65 at ten, an Interim Care Order, kinship foster care with his grandmother, a
Care Order under Article 50, a residential unit at fourteen, one brush with the youth justice
system (a diversionary youth conference), supported lodgings and his own Housing Executive
flat. His father is Polish and took part in meetings through an interpreter. Names are Irish,
with and without their fadas (Ciarán / Ciaran, Siobhán / Siobhan, Nóirín / Noirin / Noreen),
and Polish, with and without the accent (Wójcik / Wojcik). It is written as the people who
wrote his records would have written them: a social worker's case transfer summary with a
chronology, a LAC review record, a residential unit's monthly reports, an appropriate adult
record and a youth conference plan, a kinship carer assessment in Word, an e-mail from the
youth conference co-ordinator (quoted-printable, with his letter of apology attached), a
family contact log exported from a spreadsheet (CSV, ``7-Apr-18`` dates) and a leaving and
aftercare contact-records export (TXT).

It was written without looking at the redaction rules, the detectors or the benchmark: it is a
held-out test of them. The script is deterministic (reportlab ``invariant=1``, fixed DOCX zip
timestamps and core properties, fixed e-mail date, Message-ID and MIME boundary). It rewrites
``case-ciaran-hanratty/`` and ``../ground_truth/held-out-ciaran-hanratty.json``, then checks
that the ground truth agrees with the text it wrote. It imports nothing from the other build
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
SLUG = "ciaran-hanratty"
CASE_DIR = HERE / f"case-{SLUG}"
TRUTH = SAMPLES / "ground_truth" / f"held-out-{SLUG}.json"

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
UNCLEAR = "unclear role: redacted by default and flagged for a human decision"

TRUST = "Lough Shore Health and Social Care Trust"
TRUST_SHORT = "Lough Shore HSC Trust"
SUBJECT = "Ciarán Hanratty"
SUBJECT_PLAIN = "Ciaran Hanratty"  # as systems without fadas spell it
SUBJECT_FULL = "Ciarán Pádraig Hanratty"
SUBJECT_DOB = "22/06/2007"
SUBJECT_ID = "4418207"  # Trust client number
SUBJECT_HC = "999 526 0182"  # Health and Care number
SUBJECT_NI = "QQ 63 18 72 C"
SUBJECT_PHONE = "07700 900734"
SUBJECT_EMAIL = "ciaranh07@example.com"
SUBJECT_CUSTODY = "CR/23/04/1187"
SUBJECT_CAR = "SKZ 4127"
SUBJECT_FLAT = "Flat 4, 19 Castle Mews, Portadown BT62 3ZU"
CARNMEEN = "Carnmeen House, 2 Drumsallagh Road, Banbridge BT32 3ZT"
SAR = "LSHSCT-SAR-2026-0288"
SAR_RECEIVED = "2026-09-14"

NOIRIN_HC = "999 159 0838"
AOIFE_HC = "999 390 9963"
DEARBHLA_HC = "999 186 0916"
NOIRIN_NI = "QQ 31 74 58 B"
SIOBHAN_NI = "QQ 28 41 63 A"

MOTHER_HOME = "27 Glenview Crescent, Lurgan BT66 7ZQ"
GRANNY_HOME = "11 Carnbeg Park, Lurgan BT66 8ZR"
FATHER_HOME = "Apt 6, 41 Rathview Road, Dungannon BT70 1ZL"
GRACEY_HOME = "31 Derrycarne Road, Banbridge BT32 4ZP"
PHILOMENA_HOME = "2 Drumcairn Lane, Armagh BT61 9ZE"
SHOP = "Kernaghan's Hardware, 23 Corbet Street, Banbridge BT32 3ZN"

CLODAGH_EMAIL = "clodagh.brannigan@loughshore.example.gov.uk"
EOIN_EMAIL = "eoin.mackin@loughshore.example.gov.uk"
NUALA_EMAIL = "nuala.quinn@loughshore.example.gov.uk"
GRAINNE_EMAIL = "grainne.ohare@youthjustice.example.gov.uk"
NORMAN_EMAIL = "kernaghanshardware@example.com"

TRANSFER_PDF = "case-transfer-summary-2023-07-03.pdf"
REVIEW_PDF = "lac-review-2019-02-20.pdf"
MONTHLY_PDF = "carnmeen-house-monthly-reports-2022.pdf"
JUSTICE_PDF = "youth-justice-records-2023.pdf"
KINSHIP_DOCX = "kinship-assessment-2018-05-25.docx"
EMAIL_EML = "email-2023-08-29.eml"
LETTER_TXT = "letter-to-mr-kernaghan.txt"  # the e-mail's attachment
CONTACT_CSV = "family-contact-log-2018-2021.csv"
AFTERCARE_TXT = "aftercare-contact-records-2024-2026.txt"


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
    # (document, ISO date) -> the text of that dated record (chronology row, log row, record)
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
H2_LOOSE = ParagraphStyle("h2_loose", parent=H2, keepWithNext=0)
SERIF = ParagraphStyle("serif", parent=BODY, fontName="Times-Roman", fontSize=10.5, leading=13.4,
                       spaceAfter=5)
SERIF_H = ParagraphStyle("serif_h", parent=SERIF, fontName="Times-Bold", fontSize=11.5,
                         leading=14, spaceBefore=8, spaceAfter=3, keepWithNext=1)
SERIF_SMALL = ParagraphStyle("serif_small", parent=SERIF, fontSize=9.5, leading=11.6,
                             spaceAfter=0)
SERIF_SMALL_BOLD = ParagraphStyle("serif_small_bold", parent=SERIF_SMALL, fontName="Times-Bold")

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


def grid_table(rows: Iterable[Iterable[str]], widths: list[float], *, serif: bool = False,
               shade: str = "#e2e2e2") -> Table:
    """A wrapped-text table with a grid and a bold header row."""
    plain, bold = (SERIF_SMALL, SERIF_SMALL_BOLD) if serif else (SMALL, SMALL_BOLD)
    cells = [[para(cell, bold if r == 0 else plain) for cell in row]
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


def form_table(pairs: Iterable[tuple[str, str]], width: float, label_w: float = 34 * mm, *,
               serif: bool = False) -> Table:
    """A form's label/value block, one pair to a row, label cells shaded."""
    plain, bold = (SERIF_SMALL, SERIF_SMALL_BOLD) if serif else (SMALL, SMALL_BOLD)
    rows = [[para(label, bold), para(value, plain)] for label, value in pairs]
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
    label_w, value_w = 24 * mm, width / 2 - 24 * mm
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
# Case transfer summary with chronology (PDF), July 2023
# --------------------------------------------------------------------------------------------

TRANSFER_DETAILS: tuple[tuple[str, str], ...] = (
    ("Name", "Ciarán Pádraig HANRATTY (recorded on SOSCARE as Ciaran Hanratty, no fada)"),
    ("Known as", "Ciarán. His football team call him \"Hanno\"."),
    ("Date of birth", f"{SUBJECT_DOB} (16 years)"),
    ("Client No. / H&C No.", f"{SUBJECT_ID} / {SUBJECT_HC}"),
    ("Legal status", "Care Order, Article 50 Children (NI) Order 1995, made 09/01/2019"),
    ("Current address", f"{CARNMEEN} (Trust residential unit) since 10/01/2022. "
     f"Mother's address: {MOTHER_HOME}."),
    ("Religion / language", "Roman Catholic. English and Irish (Irish-medium primary). "
     "Father's first language is Polish."),
    ("Transferring worker", "Clodagh Brannigan, Social Worker, LAC Team 1 (Portadown), "
     "028 9649 6310"),
    ("Receiving team", "16+ Leaving and Aftercare Team. Personal Adviser: Eoin Mackin"),
    ("Date of transfer", "03/07/2023"),
)

TRANSFER_FAMILY: tuple[tuple[str, ...], ...] = (
    ("Name", "Relationship", "DOB", "Address / contact", "Notes"),
    ("Siobhán HANRATTY", "Mother", "14/02/1989",
     f"{MOTHER_HOME}. Mob 07700 900846",
     "Fortnightly contact, unsupervised since 2021. Has not drunk alcohol since January 2022."),
    ("Tomasz WÓJCIK (Wojcik in older records)", "Father", "03/11/1984",
     f"{FATHER_HOME}. Mob 07700 900417",
     "Polish speaker: book an interpreter for formal meetings. Monthly contact lapsed in 2021."),
    ("Nóirín HANRATTY (Noreen on her pension)", "Maternal grandmother; kinship foster carer "
     "2018-2022", "09/03/1958", f"{GRANNY_HOME}. Tel 028 9649 6552",
     "The most important adult in Ciarán's life. Sunday dinner every week."),
    ("Aoife McCOURT", "Half-sister (maternal)", "30/03/2015",
     f"Lives with her paternal grandmother, Mrs Philomena McCourt, {PHILOMENA_HOME}",
     f"Own Trust file: Client No. 4418561, H&C No. {AOIFE_HC}. Sibling contact "
     "fortnightly, facilitated by Mrs McCourt."),
    ("Martin McCOURT", "Mother's former partner; Aoife's father", "17/08/1986",
     "Not known (supervised by PBNI, ref PBNI 18/02269)",
     "No contact. A risk to Ciarán and his mother (see March 2018)."),
    ("Frank Hanratty", "Maternal uncle", "12/07/1985", "Belfast. Mob 07700 900668",
     "Takes Ciarán to county matches. Stayed with him during his granny's operation."),
)

TRANSFER_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. Reason for transfer", (
        "Ciarán turned 16 on 22 June 2023 and is now an eligible young person under the "
        "Children (Leaving Care) Act (Northern Ireland) 2002. I wrote this summary for his "
        "transfer meeting at Carnmeen House on 3 July 2023. Ciarán read a draft with me and "
        "asked for two changes, which I have made: he wanted it to say that he \"never "
        "started the fights at Granny's, only finished them\", and that Declan is to be "
        "called by his name and not \"the dog\".",
    )),
    ("2. Family and significant people", ()),
    ("3. Summary of Trust involvement", (
        "Ciarán was born in Craigavon on 22nd June 2007, the only child of Siobhán Hanratty "
        "and Tomasz Wójcik, who met in Portadown in 2005. Mr Wójcik came to Northern Ireland "
        "from Poland in 2004 to work in a meat plant; he speaks some English but his first "
        "language is Polish, and the Trust has always used an interpreter for formal meetings "
        "with him.",
        "The family first became known to the Trust on 9 May 2011, when the PSNI notified "
        "the Gateway Service of a domestic incident at 27 Glenview Crescent. Ciarán, then "
        "3, was in the house. The notification from Sergeant Wendy Gault records that Mr "
        "Wojcik was arrested and that Ms Hanratty had a cut lip. The UNOCINI initial "
        "assessment by Deirdre Fegan (Gateway SW) found a loving mother who was struggling, "
        "and the family was referred to the Family Support Hub. Mr Wójcik moved to Dungannon "
        "in the summer of 2012 and for some years saw Ciarán every few weeks, usually at a "
        "burger place in Portadown.",
        "Ciarán started P1 at Gaelscoil Bhaile an Locha in September 2011, when he was 4. "
        "The principal, Máire Ní Bhriain, remembers him as \"the boy who sang the loudest at "
        "every assembly\". He was fluent in Irish by P3 and still uses it, mostly to say "
        "things in front of staff that he does not want them to understand.",
        "In the summer of 2014 Siobhán met Martin McCourt, and Ciarán's half-sister Aoife "
        "was born on 30/03/2015. From early 2016 the school reported that Ciarán was often "
        "late, hungry and unwashed, and on 14 September 2016 he came in with a bruise on his "
        "cheek which he said Marty had caused \"by accident\". A joint protocol investigation "
        "followed (DC Karen Best, PPU, with Conor McStravick, FIT). Ciarán's name was placed "
        "on the Child Protection Register under the categories of neglect and physical abuse "
        "at an initial child protection case conference on 12/10/2016. Conor was his social "
        "worker from then until March 2018.",
        "On the night of 2-3 March 2018 Mr McCourt assaulted Ms Hanratty in front of both "
        "children. Police attended and at 01:40 on 3 March removed Ciarán and Aoife under "
        "Article 65 of the Children (NI) Order 1995. Ciarán spent thirteen nights with "
        "emergency foster carers, Heather and Ivan Gracey, outside Banbridge; Aoife went to "
        "her paternal grandmother, Philomena McCourt, in Armagh, where she has lived ever "
        "since. An Interim Care Order was made on 07/03/2018, and on 16 March 2018 Ciarán "
        "moved to his granny, Mrs Nóirín Hanratty, at 11 Carnbeg Park, first as a placement "
        "with a connected person and then, after her kinship assessment, with an approved "
        "kinship foster carer (fostering panel of 12.07.2018). A full Care Order under "
        "Article 50 was made at the Family Care Centre on 9 January 2019. I have been his "
        "social worker since March 2018.",
        "Ciarán did well at his granny's for more than three years. He started at Ardnaveigh "
        "Integrated College in September 2018, joined Ballydugan Gaels and played for their "
        "U12s, U14s and U16s, and was the club's Under-14 Player of the Year in November "
        "2021. His granny's health declined before and after a hip replacement in August "
        "2021, and at the same time Ciarán, then 14, began staying out late in Portadown "
        "with older boys. On Hallowe'en 2021 he was missing overnight and was found by police "
        "at 07:10 the next morning at the railway station; he had been drinking. Nóirín "
        "asked for a break. After a disruption meeting on 02/12/2021 the plan changed to "
        "residential care, and Ciarán moved to Carnmeen House on 10 January 2022. He was "
        "furious with everyone, his granny included, for about a month, and then settled.",
        "At Carnmeen House his key worker, Nuala Quinn, and the unit manager, Seán McVeigh, "
        "describe a boy who is first up in the morning, cooks a fry for the whole unit on a "
        "Sunday, fixes everybody's bikes and cannot walk past a younger child who is upset. "
        "He has also been angry, mostly after phone calls with his mum in the first months, "
        "and in 2022 he went missing twice with an older young person from the unit. In "
        "April 2023 he had his first and only contact with the youth justice system. On "
        "15/04/2023 he and another young person, Jordan Magee, damaged the shutter of a "
        "hardware shop in Banbridge and took drinks and sweets; the owner, Mr Norman "
        "Kernaghan, followed them and called the police. Ciarán was arrested by Constable "
        "Ruairí Devine and interviewed at Banbridge with me as his appropriate adult. He "
        "admitted everything at once, and the PPS referred him for a diversionary youth "
        "conference, which took place on 6 June 2023 (co-ordinator Gráinne O'Hare). He has "
        "written a letter of apology and is doing 20 hours of reparation at Bannside "
        "Community Garden.",
        "Education: Ciarán sat nine GCSEs in May and June 2023 (results on 24 August). He "
        "has an offer of a place on the Level 2 Motor Vehicle course at Upper Bann College "
        "from September. Irish, Maths and PE are his best subjects; he was awarded his Fáinne "
        "Óir in Year 10. The designated teacher, Ms Jill Ferguson, and his head of year, Mr "
        "Colin Patterson, have been steady people for him through every move.",
        "Health: mild asthma (brown and blue inhalers), an annual LAC health assessment with "
        "Sinéad Grimley (LAC Nurse), dental checks up to date. He saw CAMHS (Dr Ashok Menon) "
        "from May 2022 to February 2023 for anger and poor sleep, and found it \"a bit "
        "useful, the breathing stuff\". GP: Dr Fionnuala Rice, Edenmore Medical Practice, "
        "Lurgan. When he was 2, the health visitor, Róisín Hagan, described him as \"a busy, "
        "chatty wee boy\" who was meeting all his milestones; he is still both.",
    )),
    ("4. Ciarán in his own words", (
        "\"I don't want another new social worker to read my whole file and think they know "
        "me. Ask me.\"",
        "\"Granny's is still home. Carnmeen is where I live. That's different.\"",
        "\"My daddy is Polish and I'm Irish, so I'm a hundred and fifty per cent.\"",
        "\"When I'm 18 I want a flat near Granny's and a van with my name on the side.\"",
    )),
    ("5. Strengths", (
        "Loyal, funny and kind to younger children. Practical and good with his hands. Keeps "
        "going at things he finds hard (he re-sat his Essential Skills ICT twice and passed). "
        "Bilingual in English and Irish and understands more Polish than he admits. A loving "
        "relationship with his granny, his mum, his sister and his uncle. Honest when he has "
        "done wrong.",
    )),
    ("6. Risks and vulnerabilities", (
        "Peer influence: Ciarán is loyal to older boys and finds it hard to say no; both "
        "missing episodes in 2022 and the offence in April 2023 were with the same young "
        "person, who has since moved on. Alcohol: two known episodes of drinking (Hallowe'en "
        "2021 and June 2022); no drug use known. His mum's recovery is still new and he "
        "worries about her; he would drop everything to go to her if she rang. His father's "
        "silence since 2021 hurts him more than he lets anyone see. There must be no contact "
        "with Mr McCourt.",
    )),
    ("7. Plan for the transfer", (
        "Joint visits with Eoin on 10/07/2023 and 24/07/2023. Pathway assessment and plan to "
        "be completed by 22/09/2023. Ciarán stays at Carnmeen House until supported lodgings "
        "are found (he would like Portadown, near the college). Eoin will help him open a "
        "bank account and apply for his provisional licence. Sunday dinners at his granny's "
        "are to be protected in every plan. His father is to be asked, through an "
        "interpreter, whether he wants to take part in the pathway plan.",
    )),
)

# (ISO date, date as typed, event, source)
TRANSFER_CHRONOLOGY: tuple[tuple[str, str, str, str], ...] = (
    ("2007-06-22", SUBJECT_DOB, "Born in Craigavon. Mother Siobhán Hanratty (18), father Tomasz "
     "Wójcik.", "Birth notification"),
    ("2009-06-24", "24/06/2009", "Two-year developmental review by the health visitor "
     "(Róisín Hagan): all milestones met.", "HV record"),
    ("2011-05-09", "09/05/2011", "PSNI domestic incident notification (Sgt Wendy Gault, "
     "ref CC2011050900214). Father arrested; mother injured; C present.", "Gateway"),
    ("2011-05-23", "23/05/2011", "UNOCINI initial assessment completed (D. Fegan). Referral "
     "to the Family Support Hub.", "Gateway"),
    ("2011-09-01", "01/09/2011", "Started P1 at Gaelscoil Bhaile an Locha.", "School"),
    ("2012-01-01", "Summer 2012", "Father moved to Dungannon; contact every few weeks.",
     "FIT closing summary"),
    ("2015-03-30", "30/03/2015", "Birth of half-sister (Aoife).", "Birth notification"),
    ("2016-09-14", "14/09/2016", "School referral: bruise to left cheek. C said \"Marty done "
     "it by accident\".", "School / Gateway"),
    ("2016-09-15", "15/09/2016", "Joint protocol interview (DC Karen Best, PPU, and "
     "C. McStravick, FIT).", "FIT"),
    ("2016-10-12", "12/10/2016", "Initial child protection case conference: name placed on "
     "the Child Protection Register (neglect, physical abuse).", "CP conference"),
    ("2017-04-20", "20/04/2017", "Review child protection case conference: remains on the "
     "Register.", "CP conference"),
    ("2018-03-03", "03/03/2018", "Police removal (Article 65) after a domestic incident. "
     f"Emergency foster care with Heather and Ivan Gracey, {GRACEY_HOME} (tel 028 9649 "
     "6224).", "Out of hours"),
    ("2018-03-07", "07/03/2018", "Interim Care Order (Article 57).", "Court"),
    ("2018-03-16", "16/03/2018", "Moved to maternal grandmother (connected person placement).",
     "LAC Team"),
    ("2018-07-12", "12/07/2018", "Fostering panel: kinship foster carer approval (named "
     "child).", "Panel minutes"),
    ("2018-09-03", "03/09/2018", "Started Year 8 at Ardnaveigh Integrated College.",
     "School"),
    ("2019-01-09", "09/01/2019", "Care Order (Article 50) made at the Family Care Centre.",
     "Court"),
    ("2019-02-20", "20/02/2019", "LAC review, with a Polish interpreter for father.",
     "LAC review"),
    ("2019-08-21", "21/08/2019", "LAC review: permanence in kinship care confirmed; mother's "
     "contact moved to her home.", "LAC review"),
    ("2020-03-23", "23/03/2020", "Lockdown: face-to-face family contact replaced by video "
     "calls.", "LAC Team"),
    ("2021-06-04", "04/06/2021", "Awarded his Fáinne Óir at school.", "School"),
    ("2021-08-23", "23/08/2021", "Granny's hip replacement. C stayed with his uncle in "
     "Belfast for ten days.", "LAC Team"),
    ("2021-10-31", "31/10/2021", "Missing overnight (Hallowe'en). Found by police at "
     "Portadown railway station, 07:10 on 01/11/2021.", "PSNI / LAC Team"),
    ("2021-11-27", "27/11/2021", "Ballydugan Gaels U14 Player of the Year.", "Kinship carer"),
    ("2021-12-02", "02/12/2021", "Disruption meeting: plan changed to residential care.",
     "LAC Team"),
    ("2022-01-10", "10/01/2022", "Moved to Carnmeen House, Banbridge.", "LAC Team"),
    ("2022-05-16", "16/05/2022", "First CAMHS appointment (Dr Menon).", "CAMHS"),
    ("2022-06-18", "18/06/2022", "Missing from Carnmeen House overnight with another young "
     "person; found by police in Portadown at 02:15.", "Carnmeen House"),
    ("2022-10-13", "13/10/2022", "PEP meeting. Made captain of the school Gaelic team.",
     "School"),
    ("2023-02-01", "Feb 2023", "Discharged from CAMHS after nine sessions.", "CAMHS"),
    ("2023-04-15", "15/04/2023", "Arrested with another young person (criminal damage, "
     "theft). Interviewed with SW as appropriate adult.", "PSNI / Out of hours"),
    ("2023-04-19", "19/04/2023", "Interview at Upper Bann College: conditional offer, Level 2 "
     "Motor Vehicle.", "Carnmeen House"),
    ("2023-06-06", "06/06/2023", "Diversionary youth conference; plan agreed.", "YJA"),
    ("2023-06-22", "22/06/2023", "16th birthday: an eligible young person.", "LAC Team"),
    ("2023-07-03", "03/07/2023", "Transfer to the 16+ Leaving and Aftercare Team.",
     "LAC Team"),
)

TRANSFER_SIGNED = (
    "Clodagh Brannigan, Social Worker, LAC Team 1, 03/07/2023",
    "Countersigned: Maeve Lennon, Senior Social Work Practitioner (SSWP), 05/07/2023",
)


def transfer_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the case transfer summary."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#004b6e"))
    canvas.rect(0, PAGE_H - 19 * mm, PAGE_W, 19 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(MARGIN_X, PAGE_H - 10 * mm, TRUST)
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 14.5 * mm, "Children's Community Services")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 10 * mm, "CONFIDENTIAL")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 14.5 * mm, f"Client No. {SUBJECT_ID}")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm,
                      f"Transfer summary - HANRATTY, Ciarán - printed 21/09/2026 for {SAR}")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def transfer_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the transfer summary."""
    return (f"{TRUST} Children's Community Services CONFIDENTIAL Client No. {SUBJECT_ID} "
            f"Transfer summary - HANRATTY, Ciarán - printed 21/09/2026 for {SAR} "
            f"Page {page} of {total}")


def build_transfer(corpus: Corpus) -> int:
    """Write the case transfer summary and chronology; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "CASE TRANSFER SUMMARY: LAC TEAM 1 TO 16+ LEAVING AND AFTERCARE TEAM"
    story: list = [para(title, H1), form_table(TRANSFER_DETAILS, w)]
    text = [title, rows_text(TRANSFER_DETAILS)]
    for heading, paragraphs in TRANSFER_SECTIONS:
        story.append(para(heading, H2))
        text.append(heading)
        if heading.startswith("2."):
            story.append(grid_table(TRANSFER_FAMILY, [30 * mm, 26 * mm, 22 * mm, 50 * mm,
                                                      w - 128 * mm]))
            text.append(rows_text(TRANSFER_FAMILY))
        for paragraph in paragraphs:
            story.append(para(paragraph, BODY))
            text.append(paragraph)
    heading = "8. Chronology of significant events"
    rows = [("Date", "Event", "Source")]
    rows += [(typed, event, source) for _, typed, event, source in TRANSFER_CHRONOLOGY]
    story += [para(heading, H2_LOOSE), grid_table(rows, [24 * mm, w - 60 * mm, 36 * mm])]
    text += [heading, rows_text(rows)]
    for iso, typed, event, source in TRANSFER_CHRONOLOGY:
        corpus.note(TRANSFER_PDF, iso, f"{typed} {event} {source}")
    story.append(Spacer(1, 5 * mm))
    story += [para(line, BODY) for line in TRANSFER_SIGNED]
    text += list(TRANSFER_SIGNED)
    pages = build_platypus(CASE_DIR / TRANSFER_PDF, transfer_furniture, story,
                           "Case transfer summary", "Clodagh Brannigan")
    corpus.add(TRANSFER_PDF, *(transfer_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# LAC review record (PDF), 20 February 2019
# --------------------------------------------------------------------------------------------

REVIEW_DETAILS: list[tuple[str, str]] = [
    ("Child", "Ciarán HANRATTY"), ("DOB", "22.06.2007"),
    ("Client No.", SUBJECT_ID), ("H&C No.", SUBJECT_HC),
    ("Review no.", "4 (first since the final order)"), ("Date", "Wed 20th Feb 2019, 10:00"),
    ("Venue", "Bann House, Lurgan (Trust offices), room 2"), ("Chair", "Hilary Boyd"),
    ("Legal status", "Care Order (Article 50), 09/01/2019"),
    ("Placement", "Kinship foster care with maternal grandmother since 16/03/2018"),
]

REVIEW_ATTENDANCE: tuple[tuple[str, ...], ...] = (
    ("Name", "Role / agency", "Present"),
    ("Ciarán Hanratty", "Young person", "10:30-10:50"),
    ("Nóirín Hanratty", "Kinship foster carer (maternal grandmother)", "Throughout"),
    ("Siobhán Hanratty", "Mother", "10:00-10:45"),
    ("Tomasz Wójcik", "Father", "11:00-11:40"),
    ("Agnieszka Kowalczyk", "Polish interpreter, Lagan Language Services", "11:00-11:40"),
    ("Clodagh Brannigan", "Social Worker, LAC Team 1", "Throughout"),
    ("Alison McKee", "Kinship link worker, Fostering and Kinship Team", "Throughout"),
    ("Jill Ferguson", "Designated Teacher, Ardnaveigh Integrated College", "10:00-11:00"),
    ("Hilary Boyd", "Chair, LAC Reviews", "Throughout"),
    ("Apologies", "Sinéad Grimley (LAC Nurse), written report; Maeve Lennon (SSWP)", ""),
)

REVIEW_SECTIONS: tuple[tuple[str, str], ...] = (
    ("1. Introductions and arrangements",
     "The Chair welcomed everyone and explained that this is Ciarán's first review since the "
     "Care Order was made on 9 January. At Ms Hanratty's request the parents attended "
     "separately: Ms Hanratty for the first part and Mr Wójcik for the second. Mr Wójcik's "
     "part was interpreted by Ms Agnieszka Kowalczyk (Lagan Language Services, booking "
     "LLS-88412), who confirmed that she has no personal connection with the family. It is "
     "mid-term break, so Ciarán was able to join for twenty minutes."),
    ("2. Ciarán's views",
     "Ciarán brought his \"My Views\" form, which he had filled in at home with his granny, "
     "and read some of it out himself. \"I like living with Granny and Declan. Declan is "
     "Granny's dog but he sleeps on my bed so he is half mine.\" \"I want to see Mummy every "
     "week and Aoife more. I want Daddy to come to my matches.\" \"I don't like the social "
     "worker coming to school, everybody knows then.\" He asked the Chair whether the judge "
     "could \"un-make the order\" when he is older. The Chair explained that the order "
     "lasts until he is 18 unless a court ends it sooner, and that the review will always "
     "ask what he wants. Clodagh agreed to see him at home or at football and not at "
     "school. Ciarán then left to go to the shop with his uncle, Frank, who had driven him "
     "down."),
    ("3. Social worker's report",
     "Clodagh reported that the placement is stable and warm. Statutory visits have been "
     "completed (last 12/02/2019, seen alone in his bedroom, which has a new Armagh "
     "GAA duvet cover). Ciarán has his own room at 11 Carnbeg Park now that his uncle has "
     "moved to Belfast. He has had no nightmares since Christmas. His granny's neighbour, "
     "Mrs Eileen Toal at 9 Carnbeg Park, minds him for an hour after school on Tuesdays, "
     "when his granny goes to her hip physio. The Trust has agreed this as a babysitting "
     "arrangement; Mrs Toal was a referee in the kinship assessment."),
    ("4. Health (from the LAC Nurse's written report)",
     "LAC health assessment on 29.01.2019: height and weight on the 50th centile; mild "
     "asthma, blue inhaler as needed, asthma review at the GP surgery (Dr Fionnuala Rice) "
     "due in April. Dental check 14th Jan 2019, no treatment needed. Immunisations up to "
     "date. Sinéad Grimley notes that Ciarán talks easily about his feelings and that his "
     "granny \"knows every detail of his health\"."),
    ("5. Education",
     "Ms Ferguson reported that Ciarán has settled well in Year 8. His PEP meeting was "
     "held on 28/01/2019. His reading age is above his age and Irish and Maths are his "
     "strongest subjects; he has joined the school Gaelic team and the choir. He has had "
     "two detentions this term, both for talking. \"He is a lovely boy who needs to learn "
     "when to stop being funny.\""),
    ("6. Contact (Article 53)", ""),
    ("7. Mother's views",
     "Ms Hanratty said that Mr McCourt has left and that she is attending the community "
     "addictions team. \"I know I let him down. I'm trying.\" She asked for contact to move "
     "from her mother's house to her own home. The Chair said this will be considered at "
     "the next review if her progress continues. She gave her new mobile, 07700 900846, for "
     "the contact rota; the old number, 07700 900281, is no longer in use."),
    ("8. Kinship carer's views",
     "Mrs Hanratty asked for her note to be read out and recorded as she wrote it: \"I "
     "would like it wrote down that Ciaran is a good boy and he is no bother to me. His "
     "daddy Tommy Wojick is welcome at my house any time for a cup of tea if the Trust says "
     "it is allright, the child needs his daddy. I would like help with the school uniform "
     "and the taxi to football on a Tuesday. Noreen Hanratty.\" Alison McKee said that the "
     "uniform grant and the taxi can both be arranged."),
    ("9. Father's views (through the interpreter)",
     "Mr Wójcik said through Ms Kowalczyk that he loves his son (\"mój syn\") and that he "
     "works shifts at a poultry plant in Dungannon, which is why he missed two contacts in "
     "December. He thanked Mrs Hanratty for looking after Ciarán. He would like Ciarán to "
     "learn some Polish and to visit his grandmother in Poland; Ciarán calls her Babcia and "
     "has only met her once, when he was 2. The Chair explained that a holiday abroad "
     "needs the Trust's agreement and a passport; Mr Wójcik said he would pay for both. He "
     "confirmed his address, Apt 6, 41 Rathview Road, Dungannon BT70 1ZL, and his mobile, "
     "07700 900417. Mr Wojcik asked for letters to come in Polish as well as English; "
     "Clodagh agreed to have the review decisions translated. Ms Kowalczyk read the "
     "decisions back to him in Polish at the end and he signed the attendance sheet."),
)

REVIEW_CONTACT: tuple[tuple[str, ...], ...] = (
    ("Who", "How often", "Where", "Supervision / notes"),
    ("Mother (Siobhán)", "Weekly, Wednesday 4-6pm", "Grandmother's home",
     "Supervised by kinship carer; going well"),
    ("Aoife (half-sister)", "Fortnightly, Saturday", "Mrs McCourt's home, Armagh",
     "Facilitated by Mrs Philomena McCourt"),
    ("Father (Tomasz)", "Monthly, Saturday 2 hours", "Oakleigh Family Centre, Dungannon",
     "Supervised (C. Brannigan); Polish interpreter booked each time"),
    ("Uncle (Frank)", "Informal, most weekends", "Grandmother's home, matches",
     "No concerns"),
)

REVIEW_DECISIONS: tuple[tuple[str, ...], ...] = (
    ("No.", "Decision / recommendation", "Who", "By"),
    ("1", "Ciarán to remain with his grandmother under the Care Order; the plan is "
     "permanence in kinship foster care.", "Trust", "Ongoing"),
    ("2", "Mother's contact: consider moving to her home at the next review.", "CB / Chair",
     "Next review"),
    ("3", "Explore Polish lessons for Ciarán (Saturday school, Dungannon) with father.",
     "CB / father", "30/04/2019"),
    ("4", "Taxi to GAA training on Tuesdays; school uniform grant.", "Alison McKee",
     "31/03/2019"),
    ("5", "Passport application and consent for a visit to Poland to be discussed with "
     "the Senior Social Work Practitioner.", "CB", "30/06/2019"),
    ("6", "Review decisions to be translated into Polish and sent to father.", "CB",
     "08/03/2019"),
    ("7", "Next review: 21/08/2019 at 10:00, at the grandmother's home if she agrees.",
     "Chair", "21/08/2019"),
)

REVIEW_CHECKS: tuple[tuple[str, ...], ...] = (
    ("Requirement", "Status at this review"),
    ("Care plan", "Updated 30/01/2019 following the final order; copy given to carer"),
    ("Placement agreement", "Kinship foster care agreement signed 13/07/2018"),
    ("Statutory visits", "Met: 6-weekly; last visit 12/02/2019, seen alone"),
    ("LAC health assessment", "29.01.2019 (annual); dental 14th Jan 2019"),
    ("Personal Education Plan", "28/01/2019; next due June 2019"),
    ("Life story work", "Started with Clodagh in January: a memory box, Polish and Irish "
     "pages"),
    ("Views of the young person", "\"My Views\" form completed; attended in person"),
    ("Independent visitor / advocacy", "Offered; Ciarán does not want one at present"),
    ("Permanence plan", "Kinship foster care under the Care Order; to be reviewed at 12"),
)

REVIEW_CHAIR = (
    "Chair's summary: Ciarán is a cheerful, bright, football-mad 11-year-old who is safe, "
    "well cared for and clearly loved. His granny has given him the stability he needed and "
    "both his parents, in their different ways, want the best for him. I was struck that "
    "he describes himself as \"Irish, Polish and a Lurgan boy\". The plan is working and "
    "should continue.",
    "Hilary Boyd, Chair, LAC Reviews. Record completed 26/02/2019.",
    "Distribution: Ciarán (child-friendly letter); Mrs N. Hanratty; Ms S. Hanratty; "
    "Mr T. Wójcik (with Polish translation); Clodagh Brannigan; Alison McKee; Ardnaveigh "
    "Integrated College (education section only); LAC Nurse (health section only).",
)


def review_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the LAC review record."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(MARGIN_X, PAGE_H - 11 * mm, f"{TRUST_SHORT.upper()} - LOOKED AFTER "
                      "CHILDREN REVIEWS")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 15 * mm, "Record of LAC Review (form LAC 7)")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 11 * mm, "RESTRICTED - PERSONAL")
    canvas.setStrokeColor(colors.HexColor("#2f6f3e"))
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN_X, PAGE_H - 17.5 * mm, PAGE_W - MARGIN_X, PAGE_H - 17.5 * mm)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm,
                      f"LAC Review 20.02.19 - Ciarán Hanratty - Client No {SUBJECT_ID}")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def review_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the LAC review record."""
    return (f"{TRUST_SHORT.upper()} - LOOKED AFTER CHILDREN REVIEWS Record of LAC Review "
            f"(form LAC 7) RESTRICTED - PERSONAL LAC Review 20.02.19 - Ciarán Hanratty - "
            f"Client No {SUBJECT_ID} Page {page} of {total}")


def build_review(corpus: Corpus) -> int:
    """Write the LAC review record; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "LOOKED AFTER CHILDREN (LAC) REVIEW"
    story: list = [para(title, H1), pair_table(REVIEW_DETAILS, w), para("Attendance", H2),
                   grid_table(REVIEW_ATTENDANCE, [42 * mm, w - 72 * mm, 30 * mm])]
    text = [title, rows_text(REVIEW_DETAILS), "Attendance", rows_text(REVIEW_ATTENDANCE)]
    for heading, body in REVIEW_SECTIONS:
        story.append(para(heading, H2))
        text.append(heading)
        if body:
            story.append(para(body, BODY))
            text.append(body)
        else:
            story.append(grid_table(REVIEW_CONTACT, [32 * mm, 38 * mm, 46 * mm, w - 116 * mm]))
            text.append(rows_text(REVIEW_CONTACT))
    story += [para("Statutory requirements", H2),
              grid_table(REVIEW_CHECKS, [52 * mm, w - 52 * mm])]
    text += ["Statutory requirements", rows_text(REVIEW_CHECKS)]
    story += [para("10. Decisions and recommendations", H2),
              grid_table(REVIEW_DECISIONS, [10 * mm, w - 68 * mm, 32 * mm, 26 * mm]),
              Spacer(1, 4 * mm)]
    text += ["10. Decisions and recommendations", rows_text(REVIEW_DECISIONS)]
    story += [para(line, BODY) for line in REVIEW_CHAIR]
    text += list(REVIEW_CHAIR)
    pages = build_platypus(CASE_DIR / REVIEW_PDF, review_furniture, story, "LAC review",
                           "Hilary Boyd", creator="SOSCARE Reports 4.1")
    corpus.add(REVIEW_PDF, *(review_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# Carnmeen House monthly reports to the social worker (PDF), 2022
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthlyReport:
    """One monthly report from the residential unit to the field social worker."""

    period: str
    details: tuple[tuple[str, str], ...]
    sections: tuple[tuple[str, str], ...]
    incidents: tuple[tuple[str, ...], ...]
    views: str
    signed: str


MONTHLY_REPORTS: tuple[MonthlyReport, ...] = (
    MonthlyReport(
        "10/01/2022 - 10/02/2022",
        (("Young person", "Ciarán Hanratty (CH)"), ("DOB", "22/06/2007"),
         ("Admitted", "Mon 10th January 2022"), ("Report no.", "1"),
         ("Key worker", "Nuala Quinn"), ("Social worker", "Clodagh Brannigan (LAC Team 1)"),
         ("Legal status", "Care Order (Art. 50)"), ("Date of report", "10/02/2022")),
        (
            ("Settling in",
             "CH arrived on Monday 10th January with Clodagh, two black bags and his "
             "football boots. He would not get out of the car for forty minutes. Davy sat on "
             "the wall and talked about the Armagh minors with him until he did. For the "
             "first week he stayed in his room, ate in his room and called staff \"screws\". "
             "By the third week he was in the kitchen making a fry for everybody on the "
             "Sunday, and Bronagh says it is better than hers. He has his own room on the "
             "boys' corridor and has put up a Poland flag his daddy gave him beside his "
             "Armagh flag."),
            ("Other young people",
             "There are four other young people in the unit. CH has become close to Jordan "
             "Magee (JM), who is 16 and whom CH looks up to; staff are keeping an eye on "
             "this, as JM has been missing several times this year. CH and Dearbhla (DT) "
             "have had words over the TV remote but get on otherwise. He is very good with "
             "Tiernan, who is 11 and homesick, and reads him the football results at night."),
            ("Education",
             "Taxi to Ardnaveigh every morning; attendance 94% this month. Mr Patterson (Head "
             "of Year) rang to say \"he's back to himself\". Homework club in the unit on "
             "Tuesdays and Thursdays; he does his Irish homework at the kitchen table and "
             "corrects the staff's pronunciation."),
            ("Health",
             "CH stays with Dr Rice at Edenmore (agreed with the Trust, as it is near his "
             "granny's). Uses his blue inhaler after training. Sleeping badly: up until "
             "2am most nights in the first fortnight, better now. LAC Nurse told."),
            ("Family time",
             "Granny visited on 16/01 and 30/01, the second time with Declan (the manager "
             "agreed: dog in the garden only). CH cried when they left and then went for a "
             "run. Mum (Siobhán) rang three times; one call ended early as staff felt she was "
             "not in a good way, and CH was very upset afterwards (see 28/01). Sibling "
             "contact at the unit on 05/02 with Aoife and Mrs McCourt: CH gave Aoife his "
             "old teddy, Barney, \"to mind till I go home\". Uncle Frank rang every Sunday."),
            ("Achievements",
             "Picked for the Ballydugan Gaels U16 panel. Cooked Sunday dinner for the unit. "
             "Helped Ryan (night staff) fix the unit's bike and then fixed Tiernan's."),
        ),
        (
            ("Date", "Time", "Type", "What happened", "Police"),
            ("15/01/22", "23:40", "Absent (whereabouts known)",
             "Left the unit after he was told no to a late visit to Lurgan. Went to his "
             "granny's (Mrs Hanratty rang us). His uncle brought him back at 00:30.", "No"),
            ("28/01/22", "19:15", "Damage to property",
             "Punched the door of the games room after a phone call with Mum. Knuckles "
             "grazed; first aid from Bronagh. Talked it through with Davy afterwards.", "No"),
            ("02/02/22", "08:10", "Medication error (no harm)",
             "CH used a blue inhaler from DT's box (both prescribed salbutamol). DT's "
             f"medication sheet (Dearbhla Toner, DOB 04/12/2006, H&C No. {DEARBHLA_HC}, "
             "placed by Foyle and Sperrin HSC Trust, their ref FS/CC/48213) had been filed "
             "in CH's folder. Moved, and reported to Seán as a data breach.", "No"),
            ("06/02/22", "21:00", "Verbal abuse",
             "Shouting match with DT over the remote. Both apologised the next day.", "No"),
        ),
        "\"It's not as bad as I thought. The food is rotten but Davy's sound.\" \"I want "
        "to go back to Granny's when her hip's better. Write that down.\"",
        "Nuala Quinn (Key Worker) / Seán McVeigh (Unit Manager)",
    ),
    MonthlyReport(
        "01/06/2022 - 30/06/2022",
        (("Young person", "Ciarán Hanratty (CH)"), ("DOB", "22/06/2007"),
         ("Admitted", "10/01/2022"), ("Report no.", "6"),
         ("Key worker", "Nuala Quinn"), ("Social worker", "Clodagh Brannigan (LAC Team 1)"),
         ("Legal status", "Care Order (Art. 50)"), ("Date of report", "04/07/2022")),
        (
            ("Placement",
             "A mixed month. CH has been in good form in the house, but there was one "
             "serious missing episode with JM (below), which followed several weeks of CH "
             "spending more time with Jordan and less with the staff he trusts. Seán and "
             "Nuala have talked to him about it and he was honest: \"Jordy's grand in here "
             "but he's different out there.\""),
            ("Education",
             "End of Year 11. His Irish teacher predicts an A in GCSE Irish next year. Work "
             "experience week at a garage in Portadown went well: \"they let me change a "
             "tyre on my own\". PEP to be held in October."),
            ("Health",
             "CAMHS appointments with Dr Menon continue (third on 13/06/2022). CH says the "
             "breathing exercises help him at night. Asthma fine."),
            ("Family time",
             "15th birthday on 22/06/2022: Granny and Uncle Frank came for tea with a cake in "
             "Armagh colours and Declan in a party hat. His daddy sent a card in Polish and "
             "English (\"Wszystkiego najlepszego, synu - Tata\"), which CH has put on his "
             "wall. Mum (Shiv, as she asked staff to call her) came for an hour, sober and "
             "warm. Dervla moved on to a placement in Derry on 24/06 and CH made her a card."),
            ("Achievements",
             "U16s reached the county semi-final; CH scored 1-3 against Gilford. Kept his "
             "room tidy for a whole month (staff have a bet on whether it lasts)."),
        ),
        (
            ("Date", "Time", "Type", "What happened", "Police"),
            ("18/06/22", "22:00", "Missing from care",
             "CH and JM did not return from the town centre. Reported missing at 23:00 "
             "(PSNI ref 1402 of 18/06/22). Found by police at 02:15 at a house party in "
             "Portadown and brought back. CH had been drinking cider; sick in the night, "
             "checked every 15 minutes. Return interview with Nuala on 19/06.", "Yes"),
            ("26/06/22", "16:30", "Verbal abuse",
             "Swore at Davy when told he could not go to Portadown with JM. Apologised "
             "within the hour and made Davy a cup of tea.", "No"),
        ),
        "\"I miss Declan more than I miss Granny. Don't tell her that.\" \"I went because "
        "Jordy asked me. Next time I'll say no. Probably.\"",
        "Nuala Quinn (Key Worker) / Seán McVeigh (Unit Manager)",
    ),
    MonthlyReport(
        "01/10/2022 - 31/10/2022",
        (("Young person", "Ciarán Hanratty (CH)"), ("DOB", "22/06/2007"),
         ("Admitted", "10/01/2022"), ("Report no.", "10"),
         ("Key worker", "Nuala Quinn"), ("Social worker", "Clodagh Brannigan (LAC Team 1)"),
         ("Legal status", "Care Order (Art. 50)"), ("Date of report", "03/11/2022")),
        (
            ("Placement",
             "CH's best month since he came. No incidents. He has asked to stay at Carnmeen "
             "until he is 16 \"and then we'll see\". He now helps new young people settle: "
             "he showed a new girl round on her first night and made her a hot chocolate."),
            ("Education",
             "Year 12. PEP meeting on 13/10/2022 with Ms Ferguson and Clodagh: targets are "
             "GCSE Maths grade C, a college application for Motor Vehicle and a mock "
             "interview. He has been made captain of the school Gaelic team."),
            ("Health",
             "LAC health assessment with Sinead Grimley on 11/10/2022: all fine. Sleeping "
             "better. Dentist 20/10/2022."),
            ("Family time",
             "Mum's contact is now at her home and unsupervised; she has been sober since "
             "January. CH stayed over at 27 Glenview Crescent on 22/10 for the first time "
             "since 2018 and came back \"buzzing\". No contact from his father since March; "
             "Clodagh has written to him again, with a Polish translation. Sunday dinners "
             "at Granny's continue. His school friend Odhrán Lavery came for tea on 15/10 "
             "(Odhrán's mum dropped him off and collected him)."),
            ("Achievements",
             "Helped run the Hallowe'en party for the children at Bannside Community "
             "Centre on 29/10/2022 (face painting and the ghost train). Received a Carnmeen "
             "House \"Star of the Month\" certificate from Seán at the house meeting."),
        ),
        (
            ("Date", "Time", "Type", "What happened", "Police"),
            ("-", "-", "None this month", "-", "-"),
        ),
        "\"I'm captain, so I have to behave now. It's a pain.\" \"Tell Daddy I'm captain.\"",
        "Nuala Quinn (Key Worker) / Seán McVeigh (Unit Manager)",
    ),
)


MONTHLY_REPORTS += (
    MonthlyReport(
        "01/04/2023 - 30/04/2023",
        (("Young person", "Ciarán Hanratty (CH)"), ("DOB", "22/06/2007"),
         ("Admitted", "10/01/2022"), ("Report no.", "16"),
         ("Key worker", "Nuala Quinn"), ("Social worker", "Clodagh Brannigan (LAC Team 1)"),
         ("Legal status", "Care Order (Art. 50)"), ("Date of report", "03/05/2023")),
        (
            ("Placement",
             "A hard month. On Saturday 15/04 CH and JM were arrested in Banbridge (see "
             "below). CH was ashamed and very quiet for days, and stayed close to staff. "
             "Seán moved JM to the other corridor the next morning, and JM moved on to "
             "another placement on 28/04. CH did not say goodbye to him."),
            ("Education",
             "GCSE study leave starts in May. He has a revision timetable on his wall and "
             "does Maths past papers with Davy in the evenings. Interview at Upper Bann "
             "College on 19/04/2023: offered a place on Level 2 Motor Vehicle from "
             "September, conditional on his GCSE Maths. Passed Essential Skills ICT at the "
             "third attempt."),
            ("Health",
             "Sleeping badly again after the arrest. He was discharged from CAMHS in "
             "February but is using the breathing exercises without being reminded. Asthma "
             "fine; new inhaler collected from the pharmacy on 24/04."),
            ("Family time",
             "Granny came on Easter Sunday (09/04) with Declan and an Easter egg the size of "
             "his head. After the arrest she told him she was disappointed and he cried. Mum "
             "visited twice and was the one who calmed him down (\"Mum says she's done worse "
             "and look at her now\"). He bought Aoife a bell for her new bike for her 8th "
             "birthday."),
            ("Achievements",
             "Coached the U10s at Ballydugan Gaels for the first time on 25/04, and came "
             "home talking about nothing else. Cooked the Easter Sunday dinner for the unit "
             "with Bronagh."),
        ),
        (
            ("Date", "Time", "Type", "What happened", "Police"),
            ("15/04/23", "17:25", "Arrest",
             "CH and JM arrested in Banbridge after damage to a shop shutter and the theft "
             "of drinks and sweets. Clodagh attended as appropriate adult. CH returned to "
             "the unit at 23:15 and went to bed without being asked.", "Yes"),
            ("22/04/23", "20:30", "Verbal abuse",
             "Argument in the hall with JM, who called him a \"grass\". Staff separated "
             "them; no physical contact. Both spoken to.", "No"),
        ),
        "\"I'm not a bad person. I did a bad thing. Nuala says that's different.\" \"I "
        "want to ring the shop man and say sorry but Clodagh says wait for the conference.\"",
        "Nuala Quinn (Key Worker) / Seán McVeigh (Unit Manager)",
    ),
)


def monthly_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the residential unit's monthly reports."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 11)
    canvas.setFillColor(colors.HexColor("#7a3b00"))
    canvas.drawString(MARGIN_X, PAGE_H - 11 * mm, "CARNMEEN HOUSE")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 15 * mm,
                      f"{TRUST_SHORT} - Residential Child Care - Monthly report to social "
                      "worker")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 11 * mm, "IN CONFIDENCE")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, f"{CARNMEEN} | Tel 028 9649 6400")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def monthly_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the monthly reports."""
    return (f"CARNMEEN HOUSE {TRUST_SHORT} - Residential Child Care - Monthly report to social "
            f"worker IN CONFIDENCE {CARNMEEN} | Tel 028 9649 6400 Page {page} of {total}")


def build_monthly(corpus: Corpus) -> int:
    """Write the residential unit's monthly reports; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    story: list = []
    text: list[str] = []
    for report in MONTHLY_REPORTS:
        heading = f"MONTHLY REPORT: {report.period}"
        story += [KeepTogether([para(heading, H1), pair_table(list(report.details), w)])]
        text += [heading, rows_text(report.details)]
        for label, body in report.sections:
            story += [para(label, H2), para(body, BODY)]
            text += [label, body]
        story += [para("Incidents and significant events", H2),
                  grid_table(report.incidents,
                             [17 * mm, 12 * mm, 28 * mm, w - 71 * mm, 14 * mm])]
        text += ["Incidents and significant events", rows_text(report.incidents)]
        story += [para("Ciarán's views", H2), para(report.views, BODY),
                  para(f"Signed: {report.signed}", SMALL), Spacer(1, 8 * mm)]
        text += ["Ciarán's views", report.views, f"Signed: {report.signed}"]
    pages = build_platypus(CASE_DIR / MONTHLY_PDF, monthly_furniture, story,
                           "Monthly reports 2022", "Carnmeen House", creator="Microsoft Word")
    corpus.add(MONTHLY_PDF, *(monthly_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# Youth justice records on the Trust file (PDF), April-June 2023
# --------------------------------------------------------------------------------------------

AA_DETAILS: tuple[tuple[str, str], ...] = (
    ("Young person", "CIARAN HANRATTY   DOB 22.06.07   Client No. " + SUBJECT_ID),
    ("Address given", CARNMEEN),
    ("Custody record no.", SUBJECT_CUSTODY),
    ("Station", "Banbridge PSNI Station, custody suite"),
    ("Arresting officer / OIC", "Constable Ruairí Devine"),
    ("Arrested / arrived", "Saturday 15th April 2023, 17:25 / 17:50"),
    ("AA requested", "By the custody sergeant through the Regional Emergency Social Work "
     "Service, 18:10"),
    ("Appropriate adult", "Clodagh Brannigan, Social Worker, LAC Team 1 (arrived 19:05)"),
    ("Legal advice", "Duty solicitor, by telephone, 19:20-19:35"),
    ("Alleged offences", "Criminal damage (shop shutter); theft (drinks and sweets, "
     "value \u00a314.60)"),
    ("Complainant", f"Mr Norman Kernaghan, {SHOP}"),
    ("Also arrested", "Jordan MAGEE, DOB 21/01/2006, custody record CR/23/04/1188 (his "
     "appropriate adult was provided by his placing Trust)"),
)

AA_ACCOUNT = (
    "I was rung at home by the Regional Emergency Social Work Service at 18:10. When I "
    "arrived at 19:05 Ciarán was in a cell. He was calm and pale and had been crying. His "
    "first words to me were \"Does Granny know?\" Constable Devine explained the "
    "allegations, and the custody sergeant went through his rights again with me there. "
    "Ciarán spoke to the duty solicitor on the phone in private and then said he wanted to "
    "\"just tell them what happened\".",
    "Interview 20:15-20:52, with Constable Devine and a second officer. Ciarán answered "
    "every question. He said that he and Jordan had been \"messing about\" on Corbet Street "
    "after the shops shut, that Jordan had said the shutter was already broken, and then: "
    "\"It wasn't. I kicked it. I'm not blaming him.\" He took two cans of energy drink and "
    "a bag of sweets from the display at the door. The owner, Mr Kernaghan, came out "
    "shouting and followed them down to the bus station, where police stopped them. "
    "Ciarán said: \"He looked scared. I didn't think an old man would be scared of me.\" "
    "He was not asked about and did not talk about what Magee had done.",
    "Released at 22:40 with no bail, pending a report to the PPS. The officer told him "
    "that, because he admitted the offences and has no record, a diversionary youth "
    "conference was likely. I brought him back to Carnmeen House at 23:15, where Nuala "
    "was waiting up with tea and toast. At his request I rang his granny at 23:30; she "
    "said to tell him \"I'm not angry, I'm disappointed, which is worse\". He went to bed "
    "without being asked.",
    "C. Brannigan, SW, 16/04/2023. Copy to Sean McVeigh (Carnmeen House) and Maeve Lennon "
    "(SSWP).",
)

YC_DETAILS: tuple[tuple[str, str], ...] = (
    ("Young person", "Ciaran Hanratty (DOB 22/06/2007)"),
    ("YJA reference", "YC/S/23/0611"),
    ("Referral", "Public Prosecution Service, diversionary (section 10A, Justice (NI) "
     "Act 2002), 09/05/2023"),
    ("Conference", "Tuesday 6 June 2023, 14:00, Youth Justice Agency, Portadown"),
    ("Co-ordinator", "Grainne O'Hare"),
)

YC_PARTICIPANTS: tuple[tuple[str, ...], ...] = (
    ("Name", "Taking part as"),
    ("Ciarán Hanratty", "Young person"),
    ("Nuala Quinn", "Young person's supporter (key worker, Carnmeen House)"),
    ("Clodagh Brannigan", "Social worker"),
    ("Constable Ruairi Devine", "Police officer"),
    ("Norman Kernaghan", "Victim (owner of the shop)"),
    ("Gillian Kernaghan", "Victim's supporter (his daughter)"),
    ("Stuart Gibson", "Youth justice worker"),
    ("Gráinne O'Hare", "Co-ordinator"),
)

YC_SECTIONS: tuple[tuple[str, str], ...] = (
    ("What happened",
     "Ciarán told the conference in his own words what he did on 15 April: he kicked the "
     "shop's shutter until it bent and took drinks and sweets from the display outside. He "
     "did not try to share the blame."),
    ("How people were affected",
     "Mr Kernaghan told Ciarán that he has had the shop for 31 years, that his wife, "
     "Maureen, has not slept properly since, and that he paid \u00a360 to have the shutter "
     "straightened. Gillian said that her father \"is not the kind of man who calls the "
     "police\" and that he had been shaking when she arrived. Nuala said that Ciarán was "
     "quiet for days afterwards and asked her more than once whether Mr Kernaghan was "
     "all right."),
    ("What Ciarán said",
     "\"I'm sorry I made you scared in your own shop. You didn't do anything to me.\" "
     "\"I want to be a mechanic. I don't want a record following me about.\" When Mr "
     "Kernaghan asked him what he was good at, he said fixing bikes, and Mr Kernaghan said "
     "\"well then\". They shook hands at the end; Ciarán asked if he could write to him."),
)

YC_PLAN: tuple[tuple[str, ...], ...] = (
    ("No.", "Action", "Details", "By"),
    ("1", "Letter of apology", "Written by Ciarán himself (help with spelling only if he "
     "asks), given to the co-ordinator to pass on to Mr Kernaghan.", "20/06/2023"),
    ("2", "Reparation", "20 hours at Bannside Community Garden, Saturday mornings, "
     "supervised by Stuart Gibson.", "31/08/2023"),
    ("3", "Repair cost", "\u00a360 towards the repair of the shutter, \u00a310 a week from "
     "his pocket money.", "31/07/2023"),
    ("4", "Victim awareness", "Three sessions with Stuart Gibson.", "31/07/2023"),
    ("5", "Giving something back", "Help to coach the U10s at Ballydugan Gaels on "
     "Tuesdays, arranged with the club's coach, Mickey Loughran.", "31/08/2023"),
    ("6", "Keeping away", "Not to go into Kernaghan's Hardware while the plan lasts, "
     "unless Mr Kernaghan invites him.", "31/08/2023"),
)

YC_SIGNED: tuple[tuple[str, ...], ...] = (
    ("Young person", "Victim", "Police", "Co-ordinator"),
    ("Ciarán Hanratty", "N. Kernaghan", "Cst R. Devine", "G. O'Hare"),
)

YC_MONITOR: tuple[tuple[str, ...], ...] = (
    ("Date", "Progress", "Recorded by"),
    ("19/06/2023", "Letter of apology handed in (written by Ciarán on his own, dated 18th "
     "June). Passed to Mr Kernaghan by the co-ordinator on 21/06.", "G. O'Hare"),
    ("24/06/2023", "First Saturday at Bannside Community Garden: on time, worked hard, asked "
     "to come back the next week for an extra hour.", "S. Gibson"),
    ("11/07/2023", "Third victim awareness session completed. Good reflection on how "
     "the shop owner's wife was affected.", "S. Gibson"),
    ("31/07/2023", "\u00a360 repair money paid in full (key worker confirmed).", "S. Gibson"),
    ("08/08/2023", "Club confirms he has coached the U10s every Tuesday since April.",
     "S. Gibson"),
    ("25/08/2023", "Last Saturday at the garden: 22 hours in all. Raised beds finished.",
     "S. Gibson"),
)

YC_END = (
    "Agreed by everyone who took part. Mr Kernaghan asked to be told how Ciarán gets on. "
    "The plan will be monitored by Stuart Gibson and its completion reported to the PPS.",
    "Completion recorded 25/08/2023: all six actions met (S. Gibson).",
)


def justice_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the youth justice documents held on the Trust file."""
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, PAGE_H - 10 * mm,
                      f"{TRUST_SHORT} - documents held on file - Client No. {SUBJECT_ID}")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 10 * mm, "OFFICIAL-SENSITIVE")
    canvas.drawString(MARGIN_X, 10 * mm, f"Youth justice 2023 - disclosed under {SAR}")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def justice_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the youth justice documents."""
    return (f"{TRUST_SHORT} - documents held on file - Client No. {SUBJECT_ID} "
            f"OFFICIAL-SENSITIVE Youth justice 2023 - disclosed under {SAR} "
            f"Page {page} of {total}")


def build_justice(corpus: Corpus) -> int:
    """Write the appropriate adult record and the youth conference plan; returns pages."""
    w = PAGE_W - 2 * MARGIN_X
    title = "RECORD OF ATTENDANCE AS APPROPRIATE ADULT (PACE NI)"
    story: list = [para(TRUST, SERIF_H), para(title, H1), form_table(AA_DETAILS, w, 40 * mm),
                   para("Account", H2)]
    story += [para(p, BODY) for p in AA_ACCOUNT]
    text = [TRUST, title, rows_text(AA_DETAILS), "Account", *AA_ACCOUNT]
    plan_title = "YOUTH CONFERENCE PLAN"
    agency = "Youth Justice Agency - Southern Area - Youth Conference Service"
    story += [PageBreak(), para(agency, SERIF_H), para(plan_title, H1),
              form_table(YC_DETAILS, w, 40 * mm), para("Who took part", H2),
              grid_table(YC_PARTICIPANTS, [60 * mm, w - 60 * mm], shade="#dfe8f0")]
    text += [agency, plan_title, rows_text(YC_DETAILS), "Who took part",
             rows_text(YC_PARTICIPANTS)]
    for heading, body in YC_SECTIONS:
        story += [para(heading, H2), para(body, BODY)]
        text += [heading, body]
    story += [para("The plan", H2),
              grid_table(YC_PLAN, [10 * mm, 34 * mm, w - 70 * mm, 26 * mm], shade="#dfe8f0"),
              Spacer(1, 4 * mm), para(YC_END[0], BODY),
              grid_table(YC_SIGNED, [w / 4] * 4, shade="#dfe8f0"), Spacer(1, 4 * mm),
              para("Monitoring", H2),
              grid_table(YC_MONITOR, [24 * mm, w - 50 * mm, 26 * mm], shade="#dfe8f0"),
              Spacer(1, 4 * mm), para(YC_END[1], SMALL_BOLD)]
    text += ["The plan", rows_text(YC_PLAN), YC_END[0], rows_text(YC_SIGNED), "Monitoring",
             rows_text(YC_MONITOR), YC_END[1]]
    pages = build_platypus(CASE_DIR / JUSTICE_PDF, justice_furniture, story,
                           "Youth justice 2023", TRUST_SHORT, top=18 * mm)
    corpus.add(JUSTICE_PDF, *(justice_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# Kinship foster carer assessment (DOCX), May 2018
# --------------------------------------------------------------------------------------------

KINSHIP_APPLICANT: tuple[tuple[str, str], ...] = (
    ("Applicant", "Mrs Nóirín Hanratty (Noreen Hanratty on her pension, bank and Housing "
     "Executive tenancy)"),
    ("Date of birth", "9th March 1958"),
    ("Address", GRANNY_HOME),
    ("Telephone", "028 9649 6552 (home); 07700 900593 (mobile)"),
    ("National Insurance No.", NOIRIN_NI),
    ("H&C No.", NOIRIN_HC),
    ("GP", "Dr Fionnuala Rice, Edenmore Medical Practice, Lurgan"),
    ("Religion", "Roman Catholic"),
    ("Relationship to child", "Maternal grandmother of Ciarán Hanratty (DOB 22/06/2007)"),
    ("Type of approval sought", "Kinship foster carer, named child"),
)

KINSHIP_HOUSEHOLD: tuple[tuple[str, ...], ...] = (
    ("Name", "Relationship", "DOB", "Notes"),
    ("Nóirín Hanratty", "Applicant", "09/03/1958", "Retired school cook (28 years)"),
    ("Frank Hanratty", "Son", "12/07/1985", "Bus driver. Lives with his mother until he "
     "moves to a flat in Belfast in June 2018; will visit most weekends"),
    ("Ciarán Hanratty", "Grandson, placed 16/03/2018", "22/06/2007",
     "P7 at Gaelscoil Bhaile an Locha"),
    ("Declan", "Jack Russell terrier, aged 6", "-",
     "Friendly; pet assessment completed. Ciarán calls him his best friend"),
)

KINSHIP_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. How the placement came about", (
        "Ciarán was removed from his mother's care by police on 3 March 2018 and spent "
        "thirteen nights with emergency foster carers. His grandmother came forward on the "
        "first morning and rang the out of hours service four times. Ciarán moved to her on "
        "16/03/2018 under the connected person regulations, pending this assessment. I "
        "visited Mrs Hanratty six times between 22 March and 18 May 2018, twice with Frank "
        "present, and saw Ciarán on his own on 9 May.",
    )),
    ("2. Mrs Hanratty's own story", (
        "Mrs Hanratty was born in Lurgan, the eldest of seven, and has lived in Carnbeg Park "
        "for 36 years. She married in 1982 and was widowed in 2015. Frank is her elder "
        "child and Siobhán her younger. She worked as a school cook until 2016 and is proud "
        "that \"half of Lurgan ate my stew\". She describes her own childhood as poor but "
        "happy, and her parenting as \"strict about manners, soft about everything else\".",
        "She has been open about her worries. She blames herself in part for Siobhán's "
        "drinking and says she \"should have seen Martin for what he was\". She has not "
        "allowed Mr McCourt in her house since 2016 and will not.",
    )),
    ("3. Health", (
        "Type 2 diabetes, well controlled with tablets. Arthritis in the right hip; she may "
        "need a replacement \"in a few years\". The GP's report from Dr Rice (04/05/2018) "
        "supports the application and raises no concern about her ability to care for a "
        "child of Ciarán's age, provided she has support as she gets older.",
    )),
    ("4. Checks", ()),
    ("5. Ciarán's views", (
        "I spoke to Ciarán alone on 9 May 2018 in the back garden, with Declan. He said: "
        "\"Granny makes the best stew in Lurgan.\" \"I want to stay here till I'm old.\" "
        "\"Mummy can come to the house but not Marty.\" \"Can Declan come to the panel?\" "
        "He knows that his granny \"has to be checked\" and thought it was funny that the "
        "police had to check her too.",
    )),
    ("6. Parents' views", (
        "Ms Siobhán Hanratty (DOB 14.02.89) supports the placement and told me: \"Mammy's "
        "the only one I trust with him.\" She signed the consent for the Child Benefit to "
        f"transfer to her mother (her NI number, {SIOBHAN_NI}, was needed for the form).",
        "Mr Tomasz Wójcik (born 3 November 1984 in Poland) was spoken to by telephone on "
        "11/05/2018 through a Polish interpreter (Agnieszka Kowalczyk, Lagan Language "
        "Services, three-way call). He supports the placement: he said the boy should be "
        "with family and that \"Noreen is a good woman, she always gave me dinner\". He "
        "asked that Ciarán keep his surname and his Polish name-day card from his "
        "grandmother in Poland.",
    )),
    ("7. Strengths and vulnerabilities", (
        "Strengths: a deep, long-standing and loving relationship with Ciarán; a settled home "
        "near his school, club and friends; the support of her son and her neighbours; "
        "openness with the Trust; a clear understanding of the risk from Mr McCourt.",
        "Vulnerabilities: her age and health; her loyalty to her daughter, which may make "
        "boundaries around contact hard; a limited income (State Pension and a small work "
        "pension).",
    )),
    ("8. Recommendation", (
        "I recommend that Mrs Nóirín Hanratty is approved as a kinship foster carer for "
        "Ciarán, and that a fostering allowance, a uniform grant and help with transport to "
        "football are provided. I would ask the panel to note how clearly Ciarán wants to "
        "live with her.",
    )),
)

KINSHIP_CHECKS: tuple[tuple[str, ...], ...] = (
    ("Check", "Date", "Result"),
    ("AccessNI enhanced (Mrs Hanratty)", "10/04/2018", "No trace"),
    ("AccessNI enhanced (Frank Hanratty)", "10/04/2018",
     "One caution, 2006, disorderly behaviour; discussed with him and not relevant"),
    ("Trust records (both adults)", "12/04/2018", "Known only in relation to Ciarán"),
    ("GP medical report (Mrs Hanratty)", "04/05/2018", "Supportive"),
    ("Referee 1: Mrs Eileen Toal, neighbour, 9 Carnbeg Park, tel 028 9649 6573",
     "30/04/2018", "Visited; very positive (\"she'd give you her last penny\")"),
    ("Referee 2: Fr Eamon Murtagh, parish priest", "02/05/2018",
     "Written reference; positive"),
    ("Home and pet safety (Declan)", "18/05/2018", "Satisfactory; stair gate not needed"),
)

KINSHIP_SIGNED: tuple[tuple[str, ...], ...] = (
    ("", "Name", "Signature", "Date"),
    ("Assessing social worker", "Alison McKee, Fostering and Kinship Team", "A. McKee",
     "25/05/2018"),
    ("Senior Social Work Practitioner", "Maeve Lennon", "M. Lennon", "28/05/2018"),
    ("Applicant", "Nóirín Hanratty", "N. Hanratty", "25/05/2018"),
)


def build_kinship(corpus: Corpus) -> None:
    """Write the kinship foster carer assessment as a Word document."""
    doc = Document()
    text: list[str] = []
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)

    def add(line: str, *, bold: bool = False, style: str | None = None) -> None:
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
        section.left_margin = section.right_margin = Cm(2.2)
        head = section.header.paragraphs[0]
        head.text = (f"{TRUST_SHORT} | Fostering and Kinship Team | CONFIDENTIAL | "
                     f"Child's Client No. {SUBJECT_ID}")
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        text.append(head.text)
        foot = section.footer.paragraphs[0]
        foot.text = "Form KC1 (kinship carer assessment) - version 3, 2017"
        text.append(foot.text)

    add("Kinship Foster Carer Assessment", style="Title")
    add("Named child: Ciarán Pádraig Hanratty. Assessor: Alison McKee. Completed 25 May 2018 for "
        "the Fostering Panel of 12 July 2018.")
    add("Applicant details", style="Heading 1")
    table(KINSHIP_APPLICANT, (5.0, 11.6), header=False)
    add("Household", style="Heading 1")
    table(KINSHIP_HOUSEHOLD, (3.4, 3.6, 2.4, 7.2))
    for heading, paragraphs in KINSHIP_SECTIONS:
        add(heading, style="Heading 1")
        if heading.startswith("4."):
            table(KINSHIP_CHECKS, (7.0, 2.6, 7.0))
        for paragraph in paragraphs:
            add(paragraph)
    add("Signatures", style="Heading 1")
    table(KINSHIP_SIGNED, (4.6, 5.6, 3.2, 3.2))

    props = doc.core_properties
    props.title = "Kinship Foster Carer Assessment"
    props.author = "Alison McKee"
    props.last_modified_by = "Alison McKee"
    props.subject = "Form KC1"
    props.keywords = ""
    props.comments = ""
    props.created = dt.datetime(2018, 5, 21, 9, 40, 0)
    props.modified = dt.datetime(2018, 5, 25, 16, 2, 0)
    props.revision = 5
    buffer = io.BytesIO()
    doc.save(buffer)
    data = fixed_zip(buffer.getvalue(), (2018, 5, 25, 16, 2, 0))
    (CASE_DIR / KINSHIP_DOCX).write_bytes(data)
    corpus.add(KINSHIP_DOCX, *text)


# --------------------------------------------------------------------------------------------
# E-mail from the youth conference co-ordinator (EML), August 2023, letter attached
# --------------------------------------------------------------------------------------------

EMAIL_HEADERS = {
    "From": f"Gráinne O'Hare <{GRAINNE_EMAIL}>",
    "To": f"Clodagh Brannigan <{CLODAGH_EMAIL}>",
    "Cc": f"Eoin Mackin <{EOIN_EMAIL}>, Nuala Quinn <{NUALA_EMAIL}>",
    "Subject": "RE: Ciarán Hanratty - youth conference plan completed",
}

# Outlook writes each paragraph as one long line; quoted-printable then breaks it with soft
# line breaks (``=`` at the end of a line), often in the middle of a word.
EMAIL_PARAGRAPHS = (
    "Hi Clodagh,",
    "Good news: Ciarán has completed every part of his youth conference plan. Stuart signed "
    "off his last Saturday at Bannside Community Garden on Friday 25th August: 22 hours in "
    "all, two more than he had to do, because he wanted to finish the raised beds he had "
    "started. The \u00a360 for the shutter was paid in full in July out of his pocket money, "
    "and he did all three victim awareness sessions.",
    "I've attached the letter he wrote to Mr Kernaghan, which Ciarán asked me to keep on file "
    "\"so the next social worker knows I said sorry properly\". Mr Kernaghan's reply to me is "
    "below; he was happy for me to share it with you and with Ciarán, and I read it to "
    "Ciarán on the phone this morning. I'll send the completion report to the PPS today. A "
    "completed diversionary youth conference is not a conviction.",
    "He also told me his GCSE results came out last Thursday: 7 GCSEs, including an A* in "
    "Irish and a C in Maths! He asked me to \"tell the whole Trust\", so consider the Trust "
    "told. Eoin, he says you owe him a fry.",
    "Go raibh maith agat,\nGráinne",
    "Gráinne O'Hare | Youth Conference Co-ordinator | Youth Justice Agency, Southern Area\n"
    f"Tel 028 9649 6911 | Mob 07700 900126 | {GRAINNE_EMAIL}",
    "-----Original Message-----\n"
    f"From: Norman Kernaghan <{NORMAN_EMAIL}>\n"
    "Sent: 28 August 2023 16:52\n"
    f"To: Gráinne O'Hare <{GRAINNE_EMAIL}>\n"
    "Subject: Re: letter from the young lad",
    "Gráinne,",
    "Thank you for sending on the lad's letter, and for the phone call. I have read it three "
    "times and Maureen has read it twice. It took a bit of doing to write that and I can see "
    "he wrote it himself. You can tell him from me that he can come in and buy his bolts and "
    "his bike chains here like anybody else, and that if he wants a few hours on a Saturday "
    "next summer he knows where we are.",
    f"Norman Kernaghan\n{SHOP}\nTel 028 9649 6805",
)
EMAIL_BODY = "\n\n".join(EMAIL_PARAGRAPHS) + "\n"

# Typed up by the key worker exactly as Ciarán wrote it, one line to a paragraph.
LETTER_PARAGRAPHS = (
    "Carnmeen House\n18th June 2023",
    "Dear Mr Kernaghan,",
    "I am writing to say sorry for what I done at your shop on the 15th April. I kicked your "
    "shutter till it bent and I took 2 cans and sweets. It was wrong. I was showing off for "
    "Jordan but that is not a excuse because I am the one that done it.",
    "At the conference you said your wife couldnt sleep and you were scared to lock up. I "
    "never thought about that at the time. I think about it now. My granny says her daddy "
    "bought all his nails in your shop years ago and she was ashamed of me and that was the "
    "worst bit.",
    "I am doing 20 hours at the garden in Bannside and I am paying for the shutter out of my "
    "pocket money. I coach the under 10s at the club on a Tuesday as well. I want to be a "
    "mechanic and have my own garage some day. If you ever need a bike fixed I will do it "
    "for nothing.",
    "I am sorry.",
    "From\nCiarán Hanratty",
)
LETTER = "\n\n".join(LETTER_PARAGRAPHS) + "\n"


def build_email(corpus: Corpus) -> None:
    """Write the co-ordinator's e-mail, quoted-printable, with the letter of apology attached."""
    msg = EmailMessage()
    for name, value in EMAIL_HEADERS.items():
        msg[name] = value
    bst = dt.timezone(dt.timedelta(hours=1))
    msg["Date"] = format_datetime(dt.datetime(2023, 8, 29, 11, 4, 27, tzinfo=bst))
    msg["Message-ID"] = "<AM0PR09MB4471C2E8B1F0D3A9E6B7C1D2A0229@AM0PR09MB4471.eurprd09.prod>"
    msg["In-Reply-To"] = "<AM0PR09MB4471B7D0C3E15A2F9D86E4C1A0228@AM0PR09MB4471.eurprd09.prod>"
    msg["Thread-Topic"] = "Ciarán Hanratty - youth conference plan completed"
    msg["X-MS-Has-Attach"] = "yes"
    msg["Content-Language"] = "en-GB"
    msg.set_content(EMAIL_BODY, cte="quoted-printable")
    msg.add_attachment(LETTER, subtype="plain", filename=LETTER_TXT, cte="quoted-printable")
    msg.set_boundary("_002_AM0PR09MB4471C2E8B1F0D3A9E6B7C1D2A0229AM0PR09MB4471eurp_")
    data = msg.as_bytes(policy=default_policy)
    parsed = message_from_bytes(data, policy=default_policy)
    parts = [part.get_content() for part in parsed.iter_parts()]
    assert normalise(parts[0]) == normalise(EMAIL_BODY), "e-mail body does not round-trip"
    assert normalise(parts[1]) == normalise(LETTER), "attachment does not round-trip"
    assert b"Gr=C3=A1inne" in data, "e-mail body is not quoted-printable"
    (CASE_DIR / EMAIL_EML).write_bytes(data)
    corpus.add(EMAIL_EML, *EMAIL_HEADERS.values(), EMAIL_BODY, LETTER)


# --------------------------------------------------------------------------------------------
# Family contact log (CSV), spreadsheet export, March 2018 to November 2021
# --------------------------------------------------------------------------------------------

CONTACT_LOG: tuple[tuple[str, ...], ...] = (
    ("Date", "Contact with", "Type", "Venue", "Supervised by", "Interpreter", "Mins", "Notes",
     "Entered by"),
    ("10-Mar-18", "Mother (Siobhan)", "Supervised", "Hilltop Family Centre, Lurgan",
     "C. McStravick", "", "60", "C ran to Mum and they both cried. Bruising round mother's "
     "left eye. C asked \"Is Marty still there?\" Mother said no. Mrs Gracey brought C and "
     "waited in the car.", "CMcStravick"),
    ("24-Mar-18", "Aoife (half-sister)", "Sibling", "Paternal gran's home, Armagh",
     "C. Brannigan", "", "90", "First time C has seen his sister since 3/3. Played in the "
     "garden. Mrs Philomena McCourt warm and welcoming; happy to host every 2 weeks.",
     "CBrannigan"),
    ("07-Apr-18", "Father (Tomasz)", "Supervised", "Oakleigh Family Centre, Dungannon",
     "C. Brannigan", "A. Kowalczyk (Polish)", "120", "Mr Wójcik brought a football and a "
     "Poland shirt. C spoke English, father Polish through the interpreter, then they gave "
     "up and played football in the yard. C after: \"Daddy's English is better than he "
     "lets on.\" Father asked us to call him Tomek.", "CBrannigan"),
    ("12-May-18", "Father (Tomasz)", "Supervised", "Oakleigh Family Centre, Dungannon",
     "C. Brannigan", "A. Kowalczyk (Polish)", "85", "Father 35 mins late: his car (RFZ "
     "6190) broke down on the M1 and he got a lift. C waited at the window. Good once he "
     "arrived.", "CBrannigan"),
    ("16-Jun-18", "Father (Tomasz)", "Supervised", "Oakleigh Family Centre, Dungannon",
     "C. Brannigan", "None - father declined", "120", "C called him Tata for the first "
     "time and Mr Wojcik was visibly moved. They did a Lego kit together.", "CBrannigan"),
    ("22-Jun-18", "Mother, Aoife, uncle", "Birthday", "Grandmother's home",
     "Noirin Hanratty (kinship carer)", "", "180", "11th birthday. Mum, Granny, Uncle Frank and "
     "Aoife. C got an Armagh jersey from Frank. Mum sober and on time.", "CBrannigan"),
    ("13-Oct-18", "Father (Tomasz)", "Did not happen", "", "", "", "0", "Father texted "
     "from 07700 900417 at 09:12 to cancel (work). C upset, went to training instead.",
     "CBrannigan"),
    ("08-Dec-18", "Father (Tomasz)", "Supervised", "Oakleigh Family Centre, Dungannon",
     "C. Brannigan", "A. Kowalczyk (Polish)", "120", "Christmas contact. Gift: Lego "
     "Technic car and a card from Babcia in Poland. C: \"Can I go to Poland some day?\"",
     "CBrannigan"),
    ("27-Apr-19", "Father (Tomasz)", "Supervised", "Oakleigh Family Centre, Dungannon",
     "C. Brannigan", "A. Kowalczyk (Polish)", "120", "First contact since Christmas (father "
     "was in Poland for 6 weeks). He showed photos of Babcia's farm. Polish Saturday "
     "school discussed: C not keen (\"I already do Irish\").", "CBrannigan"),
    ("17-Aug-19", "Mother (Siobhan)", "Unsupervised", "Mother's home, 27 Glenview "
     "Crescent", "", "", "240", "First unsupervised contact at Mum's. C returned on time "
     "and said Mum \"was normal, like a normal mum\".", "CBrannigan"),
    ("21-Dec-19", "Mother and Aoife", "Christmas", "Grandmother's home",
     "N. Hanratty (kinship carer)", "", "300", "Christmas dinner early. Aoife and C did a "
     "nativity play for Granny with Declan as the donkey.", "CBrannigan"),
    ("28-Mar-20", "Father (Tomasz)", "Video call", "WhatsApp", "C. Brannigan",
     "Telephone interpreter", "30", "Lockdown. Father showed his new flat in Dungannon "
     "and his cat. C shy on camera.", "CBrannigan"),
    ("25-Apr-20", "Mother (Siobhan)", "Video call", "WhatsApp", "", "", "45", "Mum sang "
     "happy birthday to Granny with C on the call. Mum's new email for invites: "
     "shiv.hanratty89@example.com", "CBrannigan"),
    ("18-Jul-20", "Aoife (half-sister)", "Outdoor", "Lurgan Park",
     "N. Hanratty (kinship carer)", "", "90", "First in-person since March. Socially "
     "distanced picnic; C pushed Aoife on the swings the whole time. His friend Odhran "
     "came over on his bike to say hello.", "CBrannigan"),
    ("19-Dec-20", "Father (Tomasz)", "Supervised", "Oakleigh Family Centre, Dungannon",
     "C. Brannigan", "A. Kowalczyk (Polish)", "120", "C asked his father to help with a "
     "Polish passport. Father agreed. C: \"I want to see Babcia before she dies.\"",
     "CBrannigan"),
    ("13-Mar-21", "Father (Tomasz)", "Supervised", "Oakleigh Family Centre, Dungannon",
     "C. Brannigan", "A. Kowalczyk (Polish)", "100", "Father said he may move back to "
     "Wrocław for work. C quiet. Last contact with father on record.", "CBrannigan"),
    ("10-Apr-21", "Mother (Siobhan)", "Overnight", "Mother's home", "", "", "",
     "First overnight stay with Mum. C: \"It was class. She made pancakes.\"",
     "CBrannigan"),
    ("12-Jun-21", "Father (Tomasz)", "Did not happen", "", "", "", "0", "No reply to "
     "texts or calls. Letter sent to father, translated into Polish.", "CBrannigan"),
    ("27-Nov-21", "Uncle (Frank)", "Informal", "Ballydugan Gaels clubhouse",
     "", "", "", "Frank took C to the club dinner dance. C won U14 Player of the Year; "
     "Frank sent Granny a video of the speech.", "CBrannigan"),
)


def build_contact_log(corpus: Corpus) -> None:
    """Write the contact log as a spreadsheet exports it (UTF-8, CRLF, minimal quoting)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(CONTACT_LOG)
    (CASE_DIR / CONTACT_CSV).write_text(buffer.getvalue(), encoding="utf-8", newline="")
    with (CASE_DIR / CONTACT_CSV).open(encoding="utf-8", newline="") as handle:
        assert tuple(tuple(row) for row in csv.reader(handle)) == CONTACT_LOG
    corpus.add(CONTACT_CSV, *(" ".join(row) for row in CONTACT_LOG))
    for row in CONTACT_LOG[1:]:
        day = dt.datetime.strptime(row[0], "%d-%b-%y").date()
        corpus.note(CONTACT_CSV, day.isoformat(), " ".join(row))


# --------------------------------------------------------------------------------------------
# Leaving and aftercare contact records export (TXT), January 2024 to September 2026
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactRecord:
    """One contact record of the aftercare export."""

    number: str
    when: str  # as the system prints it
    iso: str
    kind: str
    present: str
    body: str


AFTERCARE: tuple[ContactRecord, ...] = (
    ContactRecord(
        "81266", "15-Jan-2024 14:00", "2024-01-15", "Placement move",
        "Ciarán; Rosaleen (SL provider); Paula Hamill (SL co-ordinator)",
        "Moved from Carnmeen House to supported lodgings in Portadown with Rosaleen Mackle "
        "(Bann Valley Supported Lodgings scheme). Seán and Nuala came out to wave him off "
        "and the unit gave him a toolbox with his name engraved on the lid. House rules "
        "agreed with Mrs Mackle: in by 11pm on weeknights, visitors in the kitchen not the "
        "bedroom, his own shelf in the fridge. C: \"Rosaleen's dinners are as good as "
        "Granny's. Don't tell Granny.\" Rosaleen's mobile for emergencies: 07700 900388."),
    ContactRecord(
        "81903", "07-Mar-2024 16:30", "2024-03-07", "Home visit",
        "Ciarán",
        "Level 2 Motor Vehicle going well: his tutor, Mrs Lynda Stewart, calls him \"first "
        "in, last out\". He has his provisional licence. Still goes to his granny's for "
        "Sunday dinner and to his mum's on Thursday evenings; she has not had a drink for "
        "over two years. Aoife (8) comes to Mum's with Mrs McCourt once a month. C asked "
        "me to write down that he is \"proud of Mummy\"."),
    ContactRecord(
        "82617", "22-Jun-2024 10:00", "2024-06-22", "Birthday / pathway plan",
        "Ciarán",
        "17th birthday breakfast in Portadown and pathway plan review. Driving lessons "
        "booked (the instructor takes him out on the back roads round Moira). His father "
        "sent him a Facebook message for the first time in three years, from a new number, "
        "+44 7700 900952. C replied in Polish with the help of a translation app: \"My "
        "Polish is rubbish but he got it.\" C will decide himself whether to meet. He knows "
        "he can ask for an interpreter if he does."),
    ContactRecord(
        "83340", "09-Nov-2024 23:40", "2024-11-09", "Out of hours (phone)",
        "Ciarán; Gavin Ross (RESWS)",
        "Logged by Gavin Ross, RESWS: C rang at 23:35 from his mum's house. Mum had been "
        "drinking for the first time since 2022 and had fallen on the stairs; C had called "
        "an ambulance, stayed with her in A&E and rang his uncle. He was calm and clear on "
        "the phone. Aoife was not there (she was at Mrs McCourt's). C returned to "
        "Rosaleen's at 03:00 with Frank. PA informed for the morning. (E. Mackin, 11/11: "
        "visited; C tired but OK; he said \"I'm not going back to being the wee boy who "
        "minds her. But I'll always ring the ambulance.\")"),
    ContactRecord(
        "84012", "18-Feb-2025 11:00", "2025-02-18", "Office",
        "Ciarán; Jenny Crawford (NIHE Housing Adviser)",
        "Housing Executive application completed with Jenny Crawford. C wants Portadown, "
        "\"near the college and not too near Lurgan, but not too far from Granny\". His "
        "girlfriend, Shauna, waited outside in her car."),
    ContactRecord(
        "85129", "22-Jun-2025 15:00", "2025-06-22", "18th birthday",
        "Ciarán; Nóirín Hanratty; others",
        "Care Order ended today. Granny had a party in Carnbeg Park: half the street came, "
        "Mrs Toal baked the cake, and Declan (now 13 and grey) wore a bow tie. Mum came, "
        "sober, with Aoife. C stays with Rosaleen until his flat is ready. He said: \"I'm "
        "not in care any more. I'm still in Granny's care though.\""),
    ContactRecord(
        "85511", "04-Aug-2025 09:30", "2025-08-04", "Accommodation",
        "Ciarán; Frank Hanratty; Mickey Loughran",
        f"Signed his NIHE tenancy for {SUBJECT_FLAT}. Setting up home grant paid. Uncle "
        "Frank and Mickey from the club carried the sofa up two flights. Granny sent holy "
        "water and a Sacred Heart picture; C hung it up \"for her\". New mobile number "
        f"recorded: {SUBJECT_PHONE}. Email for college and housing: {SUBJECT_EMAIL}."),
    ContactRecord(
        "85874", "01-Sep-2025 13:00", "2025-09-01", "Education",
        "Ciarán",
        "Started the Level 3 Motor Vehicle course at Upper Bann College and a two-day-a-"
        "week placement at Bannside Autos. Higher education and training bursary in place. "
        "C: \"First day I got my hands dirty and nobody shouted.\""),
    ContactRecord(
        "87402", "12-Mar-2026 17:20", "2026-03-12", "Phone",
        "Ciarán",
        f"Passed his driving test first time. Bought a 2012 Corsa ({SUBJECT_CAR}) with his "
        "savings and Frank's help. First drive: to his granny's. Second drive: to Armagh to "
        "take Aoife for chips."),
    ContactRecord(
        "88915", "03-Sep-2026 11:15", "2026-09-03", "Office",
        "Ciarán",
        "C asked how to see his file. Explained the subject access request and that other "
        "people's information will be taken out. He said: \"I want to know what they "
        "wrote about Daddy, and about me when I was wee. And I want to see what I said.\" "
        "Helped him fill in the form; he wants me with him when he reads it. He also asked "
        "whether the file still spells his name without the fada (it does, on SOSCARE)."),
)

AFTERCARE_HEADER = "\n".join((
    TRUST.upper(),
    "16+ LEAVING AND AFTERCARE TEAM - CONTACT RECORDS",
    f"{'Client':<11}: {'HANRATTY, Ciarán Pádraig':<34}{'Client No':<10}: {SUBJECT_ID}",
    f"{'DOB':<11}: {'22-Jun-2007':<34}{'H&C No':<10}: {SUBJECT_HC}",
    f"{'NI No':<11}: {SUBJECT_NI:<34}{'Tel':<10}: +44 7700 900734",
    f"{'Address':<11}: {SUBJECT_FLAT}",
    f"{'Worker':<11}: MACKIN, Eoin (Personal Adviser)",
    f"{'Report run':<11}: 21-Sep-2026 10:14   For: {SAR}   Records: {len(AFTERCARE)}",
)) + "\n"


def build_aftercare(corpus: Corpus) -> None:
    """Write the aftercare contact-records export, wrapped at 74 columns, CRLF."""
    rule = "-" * 74
    blocks = [AFTERCARE_HEADER]
    for record in AFTERCARE:
        body = textwrap.fill(record.body, 74, break_on_hyphens=False)
        block = (f"{rule}\nCONTACT RECORD {record.number}\n"
                 f"Contact date    : {record.when}\n"
                 f"Contact type    : {record.kind}\n"
                 f"Worker          : MACKIN, Eoin (Personal Adviser)\n"
                 f"Persons present : {record.present}\n\n{body}\n")
        blocks.append(block)
        corpus.note(AFTERCARE_TXT, record.iso, block)
    text = "\n".join(blocks) + f"{rule}\n*** END OF REPORT ***\n"
    (CASE_DIR / AFTERCARE_TXT).write_text(text, encoding="utf-8", newline="\r\n")
    corpus.add(AFTERCARE_TXT, text)


# --------------------------------------------------------------------------------------------
# case.toml and ground truth
# --------------------------------------------------------------------------------------------

SUBJECT_ALIASES = ("Ciarán", "Ciaran", "Ciaran Hanratty", "Ciarán Pádraig Hanratty", "Hanno")

PEOPLE: tuple[Person, ...] = (
    Person("Siobhán Hanratty", ("Siobhán", "Siobhan", "Ms Hanratty", "Shiv"), "redact",
           "no consent", relationship="mother"),
    Person("Tomasz Wójcik", ("Tomasz", "Mr Wójcik", "Mr Wojcik", "Tomek"), "redact",
           "no reply to the consent request of 2026-09-18 (sent in English and Polish)",
           relationship="father"),
    Person("Nóirín Hanratty", ("Nóirín", "Noreen Hanratty", "Mrs Hanratty"), "redact",
           "asked on 2026-09-18: she would rather her details were not shared",
           relationship="maternal grandmother, former kinship foster carer"),
    Person("Martin McCourt", ("Martin", "Marty", "Mr McCourt"), "redact",
           "not asked: a risk to the subject and his mother", relationship="mother's former "
           "partner"),
    Person("Clodagh Brannigan", ("Clodagh",), "disclose", "acting as his social worker",
           role="social worker"),
    Person("Eoin Mackin", ("Eoin",), "disclose", "acting as his personal adviser",
           role="personal adviser"),
)


def case_toml() -> str:
    """The text of this case's CASE.toml in the DESIGN.md format."""
    lines = ["# Case file for the third held-out fictional sample case in this folder (see",
             "# ../README.md). Everyone named here is invented.", "",
             "[subject]", f"name = {toml_str(SUBJECT)}",
             f"aliases = [{', '.join(toml_str(a) for a in SUBJECT_ALIASES)}]",
             'date_of_birth = "2007-06-22"', "",
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


SIOBHAN, TOMASZ, NOIRIN, FRANK = ("Siobhán Hanratty", "Tomasz Wójcik", "Nóirín Hanratty",
                                  "Frank Hanratty")
AOIFE, MARTIN, PHILOMENA = "Aoife McCourt", "Martin McCourt", "Philomena McCourt"
EILEEN, ODHRAN, DEARBHLA, JORDAN = ("Eileen Toal", "Odhrán Lavery", "Dearbhla Toner",
                                    "Jordan Magee")
NORMAN, GILLIAN, MAUREEN = "Norman Kernaghan", "Gillian Kernaghan", "Maureen Kernaghan"
MICKEY, MURTAGH = "Mickey Loughran", "Eamon Murtagh"
HEATHER, IVAN, ROSALEEN = "Heather Gracey", "Ivan Gracey", "Rosaleen Mackle"
GAULT, BEST, DEVINE = "Wendy Gault", "Karen Best", "Ruairí Devine"

REDACT: tuple[tuple[str, str, str], ...] = (
    # Mother
    ("Siobhán Hanratty", "person", SIOBHAN),
    ("Siobhán HANRATTY", "person", SIOBHAN),
    ("Ms Siobhán Hanratty", "person", SIOBHAN),
    ("Siobhán", "person", SIOBHAN),
    ("Siobhan", "person", SIOBHAN),
    ("Siobhán's", "person", SIOBHAN),
    ("Ms Hanratty", "person", SIOBHAN),
    ("Ms Hanratty's", "person", SIOBHAN),
    ("Ms S. Hanratty", "person", SIOBHAN),
    ("Shiv", "person", SIOBHAN),
    ("14/02/1989", "dob", SIOBHAN),
    ("14.02.89", "dob", SIOBHAN),
    ("27 Glenview Crescent", "address", SIOBHAN),
    ("Glenview Crescent", "address", SIOBHAN),
    ("BT66 7ZQ", "postcode", SIOBHAN),
    ("07700 900846", "phone", SIOBHAN),
    ("07700 900281", "phone", SIOBHAN),
    ("shiv.hanratty89@example.com", "email", SIOBHAN),
    (SIOBHAN_NI, "ni", SIOBHAN),
    # Father
    ("Tomasz Wójcik", "person", TOMASZ),
    ("Tomasz WÓJCIK", "person", TOMASZ),
    ("Mr Tomasz Wójcik", "person", TOMASZ),
    ("Tomasz", "person", TOMASZ),
    ("Mr Wójcik", "person", TOMASZ),
    ("Mr Wójcik's", "person", TOMASZ),
    ("Mr Wojcik", "person", TOMASZ),
    ("Wojcik", "person", TOMASZ),
    ("Mr T. Wójcik", "person", TOMASZ),
    ("Tommy Wojick", "person", TOMASZ),
    ("Tommy", "person", TOMASZ),
    ("Tomek", "person", TOMASZ),
    ("03/11/1984", "dob", TOMASZ),
    ("3 November 1984", "dob", TOMASZ),
    ("Apt 6, 41 Rathview Road", "address", TOMASZ),
    ("Rathview Road", "address", TOMASZ),
    ("BT70 1ZL", "postcode", TOMASZ),
    ("07700 900417", "phone", TOMASZ),
    ("+44 7700 900952", "phone", TOMASZ),
    ("RFZ 6190", "vehicle", TOMASZ),
    ("CC2011050900214", "case_ref", TOMASZ),
    # Grandmother
    ("Nóirín Hanratty", "person", NOIRIN),
    ("Nóirín HANRATTY", "person", NOIRIN),
    ("Mrs Nóirín Hanratty", "person", NOIRIN),
    ("Nóirín", "person", NOIRIN),
    ("Noirin Hanratty", "person", NOIRIN),
    ("Noirin", "person", NOIRIN),
    ("Noreen Hanratty", "person", NOIRIN),
    ("Noreen", "person", NOIRIN),
    ("Mrs Hanratty", "person", NOIRIN),
    ("Mrs Hanratty's", "person", NOIRIN),
    ("Mrs N. Hanratty", "person", NOIRIN),
    ("N. Hanratty", "person", NOIRIN),
    ("09/03/1958", "dob", NOIRIN),
    ("9th March 1958", "dob", NOIRIN),
    ("11 Carnbeg Park", "address", NOIRIN),
    ("Carnbeg Park", "address", NOIRIN),
    ("BT66 8ZR", "postcode", NOIRIN),
    ("028 9649 6552", "phone", NOIRIN),
    ("07700 900593", "phone", NOIRIN),
    (NOIRIN_NI, "ni", NOIRIN),
    (NOIRIN_HC, "nhs", NOIRIN),
    # Uncle
    ("Frank Hanratty", "person", FRANK),
    ("Uncle Frank", "person", FRANK),
    ("Frank", "person", FRANK),
    ("Frank's", "person", FRANK),
    ("12/07/1985", "dob", FRANK),
    ("07700 900668", "phone", FRANK),
    # Half-sister
    ("Aoife McCOURT", "person", AOIFE),
    ("Aoife", "person", AOIFE),
    ("30/03/2015", "dob", AOIFE),
    ("4418561", "case_ref", AOIFE),
    (AOIFE_HC, "nhs", AOIFE),
    # Mother's former partner
    ("Martin McCOURT", "person", MARTIN),
    ("Martin McCourt", "person", MARTIN),
    ("Martin", "person", MARTIN),
    ("Marty", "person", MARTIN),
    ("Mr McCourt", "person", MARTIN),
    ("17/08/1986", "dob", MARTIN),
    ("PBNI 18/02269", "case_ref", MARTIN),
    # Aoife's paternal grandmother
    ("Philomena McCourt", "person", PHILOMENA),
    ("Mrs Philomena McCourt", "person", PHILOMENA),
    ("Mrs McCourt", "person", PHILOMENA),
    ("Mrs McCourt's", "person", PHILOMENA),
    ("2 Drumcairn Lane", "address", PHILOMENA),
    ("BT61 9ZE", "postcode", PHILOMENA),
    # Grandmother's neighbour
    ("Mrs Eileen Toal", "person", EILEEN),
    ("Eileen Toal", "person", EILEEN),
    ("Mrs Toal", "person", EILEEN),
    ("9 Carnbeg Park", "address", EILEEN),
    ("028 9649 6573", "phone", EILEEN),
    # School friend
    ("Odhrán Lavery", "person", ODHRAN),
    ("Odhrán", "person", ODHRAN),
    ("Odhrán's", "person", ODHRAN),
    ("Odhran", "person", ODHRAN),
    # Young people in the residential unit
    ("Dearbhla Toner", "person", DEARBHLA),
    ("Dearbhla", "person", DEARBHLA),
    ("Dervla", "person", DEARBHLA),
    ("DT", "person", DEARBHLA),
    ("DT's", "person", DEARBHLA),
    ("04/12/2006", "dob", DEARBHLA),
    (DEARBHLA_HC, "nhs", DEARBHLA),
    ("FS/CC/48213", "case_ref", DEARBHLA),
    ("Jordan Magee", "person", JORDAN),
    ("Jordan MAGEE", "person", JORDAN),
    ("Jordan", "person", JORDAN),
    ("Jordy", "person", JORDAN),
    ("Jordy's", "person", JORDAN),
    ("JM", "person", JORDAN),
    ("Magee", "person", JORDAN),
    ("21/01/2006", "dob", JORDAN),
    ("CR/23/04/1188", "case_ref", JORDAN),
    ("Tiernan", "person", "Tiernan"),
    ("Tiernan's", "person", "Tiernan"),
    # The shop owner and his family
    ("Norman Kernaghan", "person", NORMAN),
    ("Mr Norman Kernaghan", "person", NORMAN),
    ("Mr Kernaghan", "person", NORMAN),
    ("Mr Kernaghan's", "person", NORMAN),
    ("N. Kernaghan", "person", NORMAN),
    ("Kernaghan's Hardware", "person", NORMAN),
    ("Kernaghan's", "person", NORMAN),
    ("23 Corbet Street", "address", NORMAN),
    ("Corbet Street", "address", NORMAN),
    ("BT32 3ZN", "postcode", NORMAN),
    ("028 9649 6805", "phone", NORMAN),
    (NORMAN_EMAIL, "email", NORMAN),
    ("Gillian Kernaghan", "person", GILLIAN),
    ("Gillian", "person", GILLIAN),
    ("Maureen", "person", MAUREEN),
    # Others
    ("Mickey Loughran", "person", MICKEY),
    ("Mickey", "person", MICKEY),
    ("Shauna", "person", "Shauna"),
    ("Fr Eamon Murtagh", "person", MURTAGH),
    # Foster carers and supported lodgings provider (unclear role)
    ("Heather", "person", HEATHER),
    ("Ivan Gracey", "person", IVAN),
    ("Ivan", "person", IVAN),
    ("Mrs Gracey", "person", HEATHER),
    ("31 Derrycarne Road", "address", HEATHER),
    ("Derrycarne Road", "address", HEATHER),
    ("BT32 4ZP", "postcode", HEATHER),
    ("028 9649 6224", "phone", HEATHER),
    ("Rosaleen Mackle", "person", ROSALEEN),
    ("Rosaleen", "person", ROSALEEN),
    ("Rosaleen's", "person", ROSALEEN),
    ("Mrs Mackle", "person", ROSALEEN),
    ("07700 900388", "phone", ROSALEEN),
    # Police officers (unclear role)
    ("Wendy Gault", "person", GAULT),
    ("Sergeant Wendy Gault", "person", GAULT),
    ("Sgt Wendy Gault", "person", GAULT),
    ("Karen Best", "person", BEST),
    ("DC Karen Best", "person", BEST),
    ("Ruairí Devine", "person", DEVINE),
    ("Constable Ruairí Devine", "person", DEVINE),
    ("Ruairi Devine", "person", DEVINE),
    ("Constable Ruairi Devine", "person", DEVINE),
    ("Constable Devine", "person", DEVINE),
    ("Cst R. Devine", "person", DEVINE),
)
# Foster carers, the supported lodgings provider and police officers: unclear roles.
UNCLEAR_PEOPLE = {HEATHER, IVAN, ROSALEEN, GAULT, BEST, DEVINE}

KEEP: tuple[tuple[str, str], ...] = (
    # The subject, with and without fadas, and his own identifiers
    (SUBJECT, "subject"),
    (SUBJECT_PLAIN, "subject"),
    (SUBJECT_FULL, "subject"),
    ("Ciarán Pádraig HANRATTY", "subject"),
    ("HANRATTY, Ciarán Pádraig", "subject"),
    ("HANRATTY, Ciarán", "subject"),
    ("Ciarán HANRATTY", "subject"),
    ("CIARAN HANRATTY", "subject"),
    ("Ciarán", "subject"),
    ("Ciaran", "subject"),
    ("Ciarán's", "subject"),
    ("Hanno", "subject"),
    ("CH", "subject"),
    ("CH's", "subject"),
    (SUBJECT_DOB, "subject"),
    ("22.06.2007", "subject"),
    ("22.06.07", "subject"),
    ("22nd June 2007", "subject"),
    ("22-Jun-2007", "subject"),
    (SUBJECT_ID, "subject"),
    (SUBJECT_HC, "subject"),
    (SUBJECT_NI, "subject"),
    (SUBJECT_PHONE, "subject"),
    ("+44 7700 900734", "subject"),
    (SUBJECT_EMAIL, "subject"),
    (SUBJECT_CUSTODY, "subject"),
    ("YC/S/23/0611", "subject"),
    (SUBJECT_CAR, "subject"),
    (SUBJECT_FLAT, "subject"),
    ("Flat 4, 19 Castle Mews", "subject"),
    (CARNMEEN, "subject"),
    ("Carnmeen House", "subject"),
    # Professionals: names with and without titles and fadas, initials, work details
    ("Clodagh Brannigan", "professional"),
    ("Clodagh", "professional"),
    ("C. Brannigan", "professional"),
    ("CB", "professional"),
    ("CBrannigan", "professional"),
    (CLODAGH_EMAIL, "professional"),
    ("028 9649 6310", "professional"),
    ("Maeve Lennon", "professional"),
    ("M. Lennon", "professional"),
    ("Hilary Boyd", "professional"),
    ("Agnieszka Kowalczyk", "professional"),
    ("Ms Agnieszka Kowalczyk", "professional"),
    ("Ms Kowalczyk", "professional"),
    ("A. Kowalczyk", "professional"),
    ("Alison McKee", "professional"),
    ("A. McKee", "professional"),
    ("Dr Fionnuala Rice", "professional"),
    ("Dr Rice", "professional"),
    ("Sinéad Grimley", "professional"),
    ("Sinead Grimley", "professional"),
    ("Róisín Hagan", "professional"),
    ("Deirdre Fegan", "professional"),
    ("D. Fegan", "professional"),
    ("Conor McStravick", "professional"),
    ("C. McStravick", "professional"),
    ("CMcStravick", "professional"),
    ("Conor", "professional"),
    ("Máire Ní Bhriain", "professional"),
    ("Jill Ferguson", "professional"),
    ("Ms Jill Ferguson", "professional"),
    ("Ms Ferguson", "professional"),
    ("Mr Colin Patterson", "professional"),
    ("Mr Patterson", "professional"),
    ("Seán McVeigh", "professional"),
    ("Sean McVeigh", "professional"),
    ("Seán", "professional"),
    ("Nuala Quinn", "professional"),
    ("Nuala", "professional"),
    (NUALA_EMAIL, "professional"),
    ("Davy", "professional"),
    ("Bronagh", "professional"),
    ("Ryan", "professional"),
    ("Eoin Mackin", "professional"),
    ("MACKIN, Eoin", "professional"),
    ("E. Mackin", "professional"),
    ("Eoin", "professional"),
    (EOIN_EMAIL, "professional"),
    ("Gráinne O'Hare", "professional"),
    ("Grainne O'Hare", "professional"),
    ("Gráinne", "professional"),
    ("G. O'Hare", "professional"),
    (GRAINNE_EMAIL, "professional"),
    ("028 9649 6911", "professional"),
    ("07700 900126", "professional"),
    ("Stuart Gibson", "professional"),
    ("S. Gibson", "professional"),
    ("Stuart", "professional"),
    ("Dr Ashok Menon", "professional"),
    ("Dr Menon", "professional"),
    ("Mrs Lynda Stewart", "professional"),
    ("Paula Hamill", "professional"),
    ("Jenny Crawford", "professional"),
    ("Gavin Ross", "professional"),
    ("028 9649 6400", "professional"),
    # Places, services and organisations
    (TRUST, "place"),
    (TRUST_SHORT, "place"),
    ("Lurgan", "place"),
    ("Portadown", "place"),
    ("Banbridge", "place"),
    ("Craigavon", "place"),
    ("Dungannon", "place"),
    ("Armagh", "place"),
    ("Belfast", "place"),
    ("Moira", "place"),
    ("Derry", "place"),
    ("Gilford", "place"),
    ("Poland", "place"),
    ("Wrocław", "place"),
    ("Gaelscoil Bhaile an Locha", "place"),
    ("Ardnaveigh Integrated College", "place"),
    ("Upper Bann College", "place"),
    ("Ballydugan Gaels", "place"),
    ("Bannside Community Garden", "place"),
    ("Bannside Community Centre", "place"),
    ("Oakleigh Family Centre, Dungannon", "place"),
    ("Hilltop Family Centre, Lurgan", "place"),
    ("Edenmore Medical Practice", "place"),
    ("Bann House, Lurgan", "place"),
    ("Bannside Autos", "place"),
    ("Lurgan Park", "place"),
    ("Portadown railway station", "place"),
    ("Banbridge PSNI Station", "place"),
    ("Family Care Centre", "place"),
    ("Bann Valley Supported Lodgings", "place"),
    ("Lagan Language Services", "place"),
    ("Youth Justice Agency", "place"),
    ("Foyle and Sperrin HSC Trust", "place"),
    # Ordinary content: pets, toys, law, jargon, Irish and Polish words
    ("Declan", "content"),
    ("Barney", "content"),
    ("Article 50", "content"),
    ("Article 65", "content"),
    ("Article 57", "content"),
    ("Article 53", "content"),
    ("Children (NI) Order 1995", "content"),
    ("Child Protection Register", "content"),
    ("UNOCINI", "content"),
    ("LAC review", "content"),
    ("Fáinne Óir", "content"),
    ("Go raibh maith agat", "content"),
    ("mój syn", "content"),
    ("Wszystkiego najlepszego, synu", "content"),
    ("AccessNI", "content"),
    ("LLS-88412", "content"),
    ("PSNI ref 1402 of 18/06/22", "content"),
    ("diversionary youth conference", "content"),
    ("appropriate adult", "content"),
    ("Player of the Year", "content"),
    ("Star of the Month", "content"),
    ("Sacred Heart", "content"),
    ("Hallowe'en", "content"),
    # Relationships, which stay
    ("Granny", "relationship"),
    ("Granny's", "relationship"),
    ("Mum", "relationship"),
    ("Mummy", "relationship"),
    ("Mammy", "relationship"),
    ("Daddy", "relationship"),
    ("Tata", "relationship"),
    ("Babcia", "relationship"),
    ("his uncle", "relationship"),
    # Dates as written
    ("Wed 20th Feb 2019", "date"),
    ("Mon 10th January 2022", "date"),
    ("summer of 2012", "date"),
    ("Hallowe'en 2021", "date"),
    ("07-Apr-18", "date"),
    ("15-Jan-2024 14:00", "date"),
    ("12.07.2018", "date"),
    ("29.01.2019", "date"),
    ("14th Jan 2019", "date"),
    ("9 January 2019", "date"),
    ("Saturday 15th April 2023", "date"),
    ("Tuesday 6 June 2023", "date"),
    ("LAC Review 20.02.19", "date"),
)

# (ISO date, precision, category, phrase the record contains, document)
EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("2007-06-22", "day", "family", "Born in Craigavon", TRANSFER_PDF),
    ("2009-06-24", "day", "health", "Two-year developmental review", TRANSFER_PDF),
    ("2011-05-09", "day", "concern", "PSNI domestic incident notification", TRANSFER_PDF),
    ("2011-05-23", "day", "meeting", "UNOCINI initial assessment completed", TRANSFER_PDF),
    ("2011-09-01", "day", "education", "Started P1 at Gaelscoil Bhaile an Locha",
     TRANSFER_PDF),
    ("2012-01-01", "year", "family", "moved to Dungannon", TRANSFER_PDF),
    ("2015-03-30", "day", "family", "Birth of half-sister", TRANSFER_PDF),
    ("2016-09-14", "day", "concern", "bruise to left cheek", TRANSFER_PDF),
    ("2016-09-15", "day", "concern", "Joint protocol interview", TRANSFER_PDF),
    ("2016-10-12", "day", "meeting", "placed on the Child Protection Register", TRANSFER_PDF),
    ("2017-04-20", "day", "meeting", "Review child protection case conference", TRANSFER_PDF),
    ("2018-03-03", "day", "placement", "Police removal (Article 65)", TRANSFER_PDF),
    ("2018-03-07", "day", "meeting", "Interim Care Order (Article 57)", TRANSFER_PDF),
    ("2018-03-10", "day", "family", "C ran to Mum and they both cried", CONTACT_CSV),
    ("2018-03-16", "day", "placement", "Moved to maternal grandmother", TRANSFER_PDF),
    ("2018-03-24", "day", "family", "First time C has seen his sister", CONTACT_CSV),
    ("2018-04-07", "day", "family", "played football in the yard", CONTACT_CSV),
    ("2018-05-09", "day", "voice", "I want to stay here till I'm old", KINSHIP_DOCX),
    ("2018-06-16", "day", "family", "C called him Tata for the first time", CONTACT_CSV),
    ("2018-07-12", "day", "meeting", "kinship foster carer approval", TRANSFER_PDF),
    ("2018-09-03", "day", "education", "Started Year 8 at Ardnaveigh Integrated College",
     TRANSFER_PDF),
    ("2019-01-09", "day", "meeting", "Care Order (Article 50) made", TRANSFER_PDF),
    ("2019-02-20", "day", "meeting", "LOOKED AFTER CHILDREN (LAC) REVIEW", REVIEW_PDF),
    ("2019-02-20", "day", "voice", "he sleeps on my bed so he is half mine", REVIEW_PDF),
    ("2019-08-17", "day", "family", "First unsupervised contact", CONTACT_CSV),
    ("2020-03-23", "day", "family", "replaced by video calls", TRANSFER_PDF),
    ("2020-12-19", "day", "voice", "I want to see Babcia before she dies", CONTACT_CSV),
    ("2021-03-13", "day", "family", "Last contact with father on record", CONTACT_CSV),
    ("2021-04-10", "day", "family", "First overnight stay with Mum", CONTACT_CSV),
    ("2021-06-04", "day", "achievement", "Fáinne Óir", TRANSFER_PDF),
    ("2021-08-23", "day", "family", "stayed with his uncle in Belfast", TRANSFER_PDF),
    ("2021-10-31", "day", "concern", "Missing overnight", TRANSFER_PDF),
    ("2021-11-27", "day", "achievement", "U14 Player of the Year", TRANSFER_PDF),
    ("2021-12-02", "day", "meeting", "Disruption meeting", TRANSFER_PDF),
    ("2022-01-10", "day", "placement", "Moved to Carnmeen House", TRANSFER_PDF),
    ("2022-01-28", "day", "concern", "Punched the door of the games room", MONTHLY_PDF),
    ("2022-02-10", "day", "voice", "It's not as bad as I thought", MONTHLY_PDF),
    ("2022-05-16", "day", "health", "First CAMHS appointment", TRANSFER_PDF),
    ("2022-06-18", "day", "concern", "Found by police at 02:15", MONTHLY_PDF),
    ("2022-06-22", "day", "family", "15th birthday", MONTHLY_PDF),
    ("2022-10-13", "day", "education", "PEP meeting on 13/10/2022", MONTHLY_PDF),
    ("2022-10-29", "day", "achievement", "Helped run the Hallowe'en party", MONTHLY_PDF),
    ("2023-04-09", "day", "family", "Granny came on Easter Sunday", MONTHLY_PDF),
    ("2023-04-19", "day", "education", "offered a place on Level 2 Motor Vehicle",
     MONTHLY_PDF),
    ("2023-04-25", "day", "achievement", "Coached the U10s at Ballydugan Gaels for the first "
     "time", MONTHLY_PDF),
    ("2023-02-01", "month", "health", "Discharged from CAMHS", TRANSFER_PDF),
    ("2023-04-15", "day", "concern", "Arrested with another young person", TRANSFER_PDF),
    ("2023-04-15", "day", "voice", "I'm not blaming him", JUSTICE_PDF),
    ("2023-06-06", "day", "meeting", "Diversionary youth conference", TRANSFER_PDF),
    ("2023-06-06", "day", "voice", "I'm sorry I made you scared in your own shop",
     JUSTICE_PDF),
    ("2023-06-18", "day", "voice", "I am writing to say sorry", EMAIL_EML),
    ("2023-07-03", "day", "meeting", "Transfer to the 16+ Leaving and Aftercare Team",
     TRANSFER_PDF),
    ("2023-08-24", "day", "achievement", "7 GCSEs, including an A* in Irish", EMAIL_EML),
    ("2023-08-25", "day", "achievement", "completed every part of his youth conference plan",
     EMAIL_EML),
    ("2024-01-15", "day", "placement", "supported lodgings in Portadown", AFTERCARE_TXT),
    ("2024-06-22", "day", "family", "Facebook message for the first time in three years",
     AFTERCARE_TXT),
    ("2024-11-09", "day", "concern", "had called an ambulance", AFTERCARE_TXT),
    ("2025-02-18", "day", "placement", "Housing Executive application", AFTERCARE_TXT),
    ("2025-06-22", "day", "meeting", "Care Order ended today", AFTERCARE_TXT),
    ("2025-06-22", "day", "voice", "I'm still in Granny's care though", AFTERCARE_TXT),
    ("2025-08-04", "day", "placement", "Signed his NIHE tenancy", AFTERCARE_TXT),
    ("2025-09-01", "day", "education", "Started the Level 3 Motor Vehicle course",
     AFTERCARE_TXT),
    ("2026-03-12", "day", "achievement", "Passed his driving test first time", AFTERCARE_TXT),
    ("2026-09-03", "day", "voice", "I want to see what I said", AFTERCARE_TXT),
)

# Documents whose events are checked against the record of that date, not the whole file.
DATED_RECORDS = {TRANSFER_PDF, CONTACT_CSV, AFTERCARE_TXT}


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
    """The NHS / H&C number mod-11 check digit of nine digits (None when none is valid)."""
    total = sum(int(d) * w for d, w in zip(digits, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return None if check == 10 else check % 11


PHONE_RANGES = (r"07700 900\d{3}", r"028 9649 6\d{3}")
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
    # Numbers: drama phone ranges, reserved e-mail domains, valid H&C, never-issued NI.
    for number in re.findall(r"(?<![\d+])0\d{2,4} ?\d{3,6}(?: \d{4})?\b", everything):
        expect(any(re.fullmatch(p, number) for p in PHONE_RANGES),
               f"not a drama number: {number}")
    for number in re.findall(r"\+44 \d{2,4} \d{3,6}(?: \d{4})?\b", everything):
        national = "0" + number[4:]
        expect(any(re.fullmatch(p, national) for p in PHONE_RANGES), f"not drama: {number}")
    for address in re.findall(r"[\w.+-]+@[\w.-]+\w", everything):
        expect(EMAIL_DOMAINS.search(address), f"not a reserved e-mail domain: {address}")
    health_numbers = re.findall(r"\b\d{3} \d{3} \d{4}\b", everything)
    expect({SUBJECT_HC, NOIRIN_HC, AOIFE_HC, DEARBHLA_HC} <= set(health_numbers),
           f"an H&C number is missing from the records: {sorted(set(health_numbers))}")
    for number in health_numbers:
        digits = number.replace(" ", "")
        expect(digits.startswith("999"), f"H&C number could be real: {number}")
        expect(nhs_check_digit(digits[:9]) == int(digits[9]), f"checksum fails: {number}")
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
    """Every PDF has a text layer and the page count reportlab reported."""
    for name, count in pages.items():
        reader = PdfReader(CASE_DIR / name)
        assert len(reader.pages) == count, f"{name}: {len(reader.pages)} pages, not {count}"
        for number, page in enumerate(reader.pages, start=1):
            assert len(page.extract_text() or "") > 600, f"{name} page {number} is nearly empty"


def check_layout() -> None:
    """The transfer summary's second paragraph of section 3 runs across the first page break,
    splitting a police officer's name: "Sergeant" at the foot of page 1, "Wendy Gault" at the
    top of page 2. If an edit moves the break, change the text above it until it is back."""
    reader = PdfReader(CASE_DIR / TRANSFER_PDF)
    first, second = (normalise(reader.pages[n].extract_text()) for n in (0, 1))
    assert "The notification from Sergeant" in first and "Wendy Gault" not in first, (
        "the page break no longer falls inside the officer's name (foot of page 1)")
    assert second.startswith("Wendy Gault records"), (
        "the page break no longer falls inside the officer's name (top of page 2)")
    raw = (CASE_DIR / EMAIL_EML).read_text(encoding="ascii")
    assert "Mr =\nKernaghan's" in raw, "the soft line break inside 'Mr Kernaghan' moved"


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
    pages = {TRANSFER_PDF: build_transfer(corpus), REVIEW_PDF: build_review(corpus),
             MONTHLY_PDF: build_monthly(corpus), JUSTICE_PDF: build_justice(corpus)}
    build_kinship(corpus)
    build_email(corpus)
    build_contact_log(corpus)
    build_aftercare(corpus)
    (CASE_DIR / "case.toml").write_text(case_toml(), encoding="utf-8")
    (CASE_DIR / ".lifestoryignore").write_text(IGNORE_CASE_TOML, encoding="utf-8")
    truth = ground_truth()
    check(truth, corpus)
    check_pdfs(pages)
    check_layout()
    expected = {TRANSFER_PDF: (4, 5), REVIEW_PDF: (3, 4), MONTHLY_PDF: (4, 5),
                JUSTICE_PDF: (3, 3)}
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
