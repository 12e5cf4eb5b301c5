"""Build a held-out fictional sample case for lifestory: Skye Bramwell (Bristol, 2017-2025).

Everything written here is invented: Severnside City Council, Merchants Vale Academy, Avonbank
College, Kestrel House, Waypoint Young People's Service, the Safe Routes Team, Redcatch ABC,
the Sound Yard, Filwood Green Surgery, the people, the streets, the postcodes and the numbers.
Bristol and the places around it (Knowle West, Bedminster, Hartcliffe, Keynsham,
Weston-super-Mare) are real only at town level. Phone numbers come only from Ofcom's drama
ranges (``0117 496 0xxx``, ``07700 900xxx``, also ``+44``), e-mail addresses only from reserved
example domains, NHS numbers start with 999 (never issued; valid mod-11 check digit) and the
National Insurance numbers have the never-allocated QQ prefix. Run from the repository root:

    .venv/bin/python sample_records/held-out/build_skye_bramwell.py

The case is a modern electronic file: neglect at home from 2017, a child protection plan,
going missing from thirteen, child sexual and criminal exploitation by older men, police
involvement, a short foster placement, her nan's, semi-independent supported accommodation at
sixteen and leaving care with a personal adviser. It is strongly e-mail based: two e-mail
chains (one Outlook-style with pasted From/Sent/To blocks, one with "On ... wrote:" quoting),
return home interview forms, multi-agency child exploitation (MACE) minutes, a pathway plan in
Word partly in her own words, a WhatsApp export between Skye and her PA, a case note export in
CSV (with a police notification pasted in) and the first assessment.

It was written without looking at the redaction rules, the detectors or the benchmark: it is a
held-out test of them. The script is deterministic (reportlab ``invariant=1``, fixed DOCX zip
timestamps and core properties, fixed e-mail dates, Message-IDs and MIME boundaries). It
rewrites ``case-skye-bramwell/`` and ``../ground_truth/held-out-skye-bramwell.json``, then
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
SLUG = "skye-bramwell"
CASE_DIR = HERE / f"case-{SLUG}"
TRUTH = SAMPLES / "ground_truth" / f"held-out-{SLUG}.json"

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
UNCLEAR = "unclear role: redacted by default and flagged for a human decision"

COUNCIL = "Severnside City Council"
SUBJECT = "Skye Bramwell"
SUBJECT_FULL = "Skye Louise Bramwell"
SUBJECT_DOB = "23/05/2006"
SUBJECT_ID = "2210457"  # LCS person ID
SUBJECT_NHS = "999 284 6178"
SUBJECT_NI = "QQ 64 18 27 C"
SUBJECT_PHONE = "07700 900415"
SUBJECT_NEW_PHONE = "07700 900588"
SUBJECT_EMAIL = "skyebramwell06@example.com"
SUBJECT_ULN = "AVC-22-04418"  # college student number
KESTREL = "Flat 3, Kestrel House, 41 Ashgrove Road, Bedminster, Bristol BS3 4ZR"
OWN_FLAT = "Flat 7, Causeway Court, Hartcliffe, Bristol BS13 0ZT"
SAR = "SCC-SAR-2026-0917"
SAR_RECEIVED = "2026-11-09"

FAMILY_HOME = "22 Nutgrove Walk"
FAMILY_POSTCODE = "BS4 1ZH"
KERRY_FLAT = "Flat 2, Dunkery House, Quantock Road"
KERRY_FLAT_POSTCODE = "BS13 9ZD"
KERRY_DOB = "14/02/1984"
KERRY_MOBILE = "07700 900162"
KERRY_EMAIL = "k.hallett84@example.com"
SHANE_DOB = "03/09/1979"
SHANE_MOBILE = "07700 900733"
RYAN_DOB = "11/11/1990"
KADEN_DOB = "19/08/2002"
KADEN_MOBILE = "07700 900847"
GAVIN_DOB = "30/06/1981"
GAVIN_HOME = "18 Stanmore Crescent, Weston-super-Mare BS23 3ZP"
NAN_HOME = "6 Tarrant Close"
NAN_POSTCODE = "BS3 5ZL"
NAN_DOB = "09/07/1961"
NAN_LANDLINE = "0117 496 0238"
NAN_MOBILE = "07700 900354"
GILLARD_HOME = "9 Wellsway Gardens, Keynsham BS31 1ZX"
GILLARD_LANDLINE = "0117 496 0571"
SANDRA_MOBILE = "07700 900305"
AARON_DOB = "15/04/1998"
AARON_MOBILE = "07700 900921"
AARON_CAR = "WU17 HZE"
REECE_DOB = "21/10/1995"
REECE_MOBILE = "07700 900963"
TRAP_FLAT = "Flat 9, Bournville House, Carlton Street"
TRAP_POSTCODE = "BS23 1ZU"
TAYLA_DOB = "07/01/2006"

TOM_EMAIL = "tom.kenwright@severnside.example.gov.uk"
TOM_PHONE = "0117 496 0412"
TOM_MOBILE = "07700 900241"
JESS_EMAIL = "jess.lyddon@severnside.example.gov.uk"
JESS_MOBILE = "07700 900266"
LEANNE_EMAIL = "leanne.baptiste@severnside.example.gov.uk"
LEANNE_PHONE = "0117 496 0466"
TILLEY_EMAIL = "k.tilley.dsl@example.org"
TILLEY_PHONE = "0117 496 0790"
NADIA_EMAIL = "nadia.ferris@example.org"
DOM_EMAIL = "dom.venn@example.org"
DOM_PHONE = "0117 496 0655"
JAZ_EMAIL = "jaz.ahmed@example.org"
JAZ_MOBILE = "07700 900287"
RUDD_EMAIL = "claire.rudd@asp.example.gov.uk"

ASSESSMENT_PDF = "child-and-family-assessment-2017-10-20.pdf"
NOTES_CSV = "case-note-export-2017-2025.csv"
EMAIL_2019 = "email-2019-11-26.eml"
RHI_PDF = "return-home-interviews-2019-2022.pdf"
MACE_PDF = "mace-meeting-2021-03-17.pdf"
PLAN_DOCX = "pathway-plan-2022-09-14.docx"
EMAIL_2023 = "email-2023-03-08.eml"
CHAT_TXT = "whatsapp-skye-and-jess-2024-2025.txt"



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
# Child and Family Assessment (PDF), 20 October 2017
# --------------------------------------------------------------------------------------------

CFA_DETAILS: list[tuple[str, str]] = [
    ("Child", "Skye Louise BRAMWELL"),
    ("DOB / age", f"{SUBJECT_DOB} (11 yrs)"),
    ("LCS ID", SUBJECT_ID),
    ("NHS no.", SUBJECT_NHS),
    ("Address", f"{FAMILY_HOME}, Knowle West, Bristol {FAMILY_POSTCODE} (mother's tenancy)"),
    ("School", "Merchants Vale Academy, Year 7"),
    ("GP", "Dr Naomi Fry, Filwood Green Surgery"),
    ("Ethnicity / religion", "White British / none"),
    ("Referral received", "04/09/2017 (Front Door ref FD-17-20931)"),
    ("Assessment started", "05/09/2017"),
    ("Social worker", "Rebecca Stanton"),
    ("Team manager", "Sian Maddox"),
]

CFA_HOUSEHOLD: tuple[tuple[str, ...], ...] = (
    ("Name", "Relationship to Skye", "DOB", "Address / contact", "In household?"),
    ("Skye Louise BRAMWELL", "Subject", SUBJECT_DOB, "as above", "Yes"),
    ("Kerry Anne HALLETT", "Mother", KERRY_DOB,
     f"as above. Mob {KERRY_MOBILE}", "Yes"),
    ("Shane VOWLES", "Mother's partner (since 2016)", SHANE_DOB,
     f"Stays most nights. Own flat in Hengrove. Mob {SHANE_MOBILE}", "Most nights"),
    ("Kaden BRAMWELL", "Brother (full)", KADEN_DOB,
     "With father in Weston-super-Mare since 2016", "No"),
    ("Gavin BRAMWELL", "Father", GAVIN_DOB, GAVIN_HOME, "No"),
    ("Pauline HALLETT", "Maternal grandmother (\"Nan\")", NAN_DOB,
     f"{NAN_HOME}, Bedminster, Bristol {NAN_POSTCODE}. Tel {NAN_LANDLINE}", "No"),
    ("Gemma HALLETT", "Maternal aunt", "not known", f"Lives with Nan at {NAN_HOME}", "No"),
)

CFA_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. Reason for referral", (
        "Anonymous referral to the Front Door on 04/09/2017 from a neighbour (known to the "
        "service as Mrs Janice Sperring of 24 Nutgrove Walk, who asked that her name is not "
        "given to the family). She reported that Skye, 11, had been seen going through the "
        "bins at the back of the parade for food over the summer holidays, that there is "
        "shouting at the house most nights, and that \"the man who stops there\" was drunk in "
        "the front garden on Saturday with Skye sat on the step until gone midnight. The "
        "school (Mrs Karen Tilley, DSL at Merchants Vale Academy) made a second referral on "
        "06/09/2017: Skye came to the first day of Year 7 in summer uniform that was too "
        "small, with head lice, and ate three breakfasts at the breakfast club.",
    )),
    ("2. Skye's developmental needs", (
        "Health: Skye is small for her age. She has not been to a dentist since 2014 and has "
        "toothache on the left side (two decayed molars). Head lice, untreated, for some "
        "months. She missed an eye test and two asthma reviews this year. Immunisations up to "
        "date until the pre-school booster, then nothing. Her inhaler at home was empty.",
        "Education: attendance in Year 6 was 81.4%, with 23 lates. Her Year 6 teacher says "
        "she is bright, funny and quick with words, but often too tired to work after "
        "9am. She has started at Merchants Vale Academy and says she likes PE and drama.",
        "Emotional and behavioural: Skye is chatty and warm once she knows you, and very "
        "protective of her mum. She gets into arguments with other girls and said she has "
        "\"anger\". She sleeps badly because of the noise downstairs.",
        "Self-care: Skye is doing a lot for herself: getting up for school, making toast or "
        "noodles, washing her own PE kit in the sink. She is proud of this. It is too much for "
        "an eleven-year-old.",
    )),
    ("3. Parenting capacity", (
        "Basic care: on both home visits (12/09/2017 and 28/09/2017) there was little food in "
        "the house (a loaf, some cereal, no milk), the fridge was not working, there was dog "
        "mess in the kitchen and the back bedroom, and Skye's mattress had no sheet and was "
        "damp from the mould on the outside wall. Ms Hallett said she is \"on top of it\" and "
        "that the dog (Bruno, a Staffie) belongs to Shane.",
        "Ensuring safety: Ms Hallett's partner, Shane Vowles, drinks heavily. Police were "
        "called to the house twice in 2017 (domestic incidents, 19/03/2017 and 30/07/2017; "
        "PPNs shared with the Front Door). On 30/07/2017 Skye rang 999 herself. Mr Vowles "
        "was arrested and released without charge. Ms Hallett does not see him as a risk: "
        "\"he's all mouth\". Skye told me he \"throws stuff but not at me\".",
        "Emotional warmth: there is real love between Skye and her mum. Ms Hallett talks "
        "about Skye with pride (\"she's a right little character, she can sing anything\"). "
        "But Ms Hallett's own low mood and drinking mean she is often in bed when Skye gets "
        "home. Kerry said she was on antidepressants but stopped them in the spring.",
        "Guidance and boundaries: there is no bedtime. Skye is out on the estate until late "
        "and walks to Nan's in Bedminster on her own, including after dark.",
        "Stability: Skye has lived at 22 Nutgrove Walk since 2012. Her brother Kaden went to "
        "live with their father in Weston-super-Mare in 2016 after Kaden and Mr Vowles "
        "fought; Skye misses him and sees him about once a month. Skye has no contact with "
        "her father, Gavin Bramwell, who Kaden says \"doesn't want to know\".",
    )),
    ("4. Family and environmental factors", (
        "Housing: council tenancy (Severnside Homes). Rent arrears of about £900; a notice "
        "seeking possession was served in August. Mould and a broken back door reported but "
        "not fixed. Income: Universal Credit; the electricity is on a key meter and ran out "
        "twice in September.",
        "Wider family: Skye's maternal grandmother, Pauline Hallett, lives in Bedminster with "
        "Skye's aunt Gemma. Mrs Hallett (\"Nanny Pauline\") is Skye's safe place: Skye goes "
        "there most weekends, has her own drawer of clothes there, and Nan takes her to the "
        "dentist when she can. Mrs Hallett told me on the phone: \"I've been worried sick for "
        "a year. Kerry won't have it said.\" She would have Skye at weekends and in the "
        "holidays but works shifts at the hospital laundry.",
    )),
    ("5. What Skye says", (
        "Seen alone at school on 12/09/2017 and 03/10/2017. Skye drew her house with a big "
        "black cloud over it and a sun over Nan's. In her own words: \"Mum's nice when Shane's "
        "not there. When he's drinking I go in my room and put my music on loud.\" \"I want "
        "my mum to get better and Shane to go and live somewhere else and I want a dog that "
        "is MINE.\" \"Don't tell Mum I said about the food.\"",
        "Asked what she is good at: \"rapping, making people laugh, and looking after "
        "babies\". Her three wishes: a phone, to live at Nan's \"sometimes\", and to go to "
        "boxing like Kaden used to.",
    )),
    ("6. What Skye's mother says", (
        "Ms Hallett was angry about the referral and wanted to know who made it; I did not "
        "tell her. At the second visit she cried and said she had been struggling since her "
        "own dad died in 2016. She agreed to see her GP about her mood, to let me make a "
        "referral to the drug and alcohol service for herself, and to ask Mr Vowles not to "
        "stay at the house while he is drinking. She does not want Skye to go into care "
        "(\"over my dead body\"). Mr Vowles would not speak to me.",
    )),
    ("7. Analysis and outcome", (
        "Skye is a lively, clever and loving girl who has been neglected for some time: she "
        "is hungry, her health needs are not met, her home is unsafe and dirty, and she is "
        "exposed to domestic abuse and her mother's drinking. Her strengths are her humour, "
        "her nan, her school and her own determination. Ms Hallett loves her and has shown "
        "some willingness to change.",
        "Outcome: Child in Need plan (s17), with a review in three months. If things do not "
        "improve, or if there is another domestic incident, a strategy discussion will be "
        "held. Referrals: Early Help family worker, dentist, school nurse (Gail Pym) for the "
        "head lice and asthma, breakfast club paid by the school, Nan to be part of the plan.",
    )),
)

CFA_AGENCIES: tuple[tuple[str, ...], ...] = (
    ("Agency", "Who", "What they told me"),
    ("School", "Mrs Karen Tilley (DSL), Merchants Vale Academy",
     "Skye is hungry most mornings and is often in the same uniform all week. Warm, funny, "
     "good at drama. \"She mothers the younger ones at breakfast club.\""),
    ("Primary school", "Mr Carl Jefferies (Year 6 teacher, by phone)",
     "Bright, a brilliant reader when she is awake; writes songs in the back of her books."),
    ("GP", "Dr Naomi Fry, Filwood Green Surgery",
     "Missed asthma reviews; mother registered with low mood, did not attend in June."),
    ("Police", "Public Protection Notifications",
     "Two domestic incidents in 2017; Skye present both times and the 999 caller once."),
    ("Health visiting / school nursing", "Gail Pym (school nurse)",
     "Will see Skye for head lice, hygiene and her asthma plan; can refer to the dentist."),
    ("Housing", "Severnside Homes, tenancy officer",
     "Arrears; notice served; repairs outstanding since spring."),
)

CFA_PLAN: tuple[tuple[str, ...], ...] = (
    ("What needs to change", "What will happen", "Who", "By when"),
    ("Skye is hungry and the house has little food",
     "Food bank vouchers; breakfast club; budgeting help; fridge from the welfare fund",
     "Rebecca Stanton; school; Early Help", "Now, then weekly"),
    ("Skye's health needs are missed",
     "Dentist, asthma review, head lice treatment; Nan to take her if Mum cannot",
     "Ms Hallett; Gail Pym; Nan", "30/11/2017"),
    ("Domestic abuse and drinking in the home",
     "Mum to see her GP and the drug and alcohol service; Mr Vowles not to stay when drinking; "
     "Skye's safety plan (who to ring, where to go)",
     "Ms Hallett; Rebecca Stanton", "From 23/10/2017"),
    ("The house is dirty and damp",
     "Repairs chased with Severnside Homes; Early Help family worker for two months",
     "Rebecca Stanton", "December 2017"),
    ("Skye needs fun and somewhere to belong", "Look for a boxing club or drama group near "
     "home", "Rebecca Stanton; Skye", "January 2018"),
)

CFA_SIGNED: tuple[tuple[str, ...], ...] = (
    ("Role", "Name", "Signed", "Date"),
    ("Social worker", "Rebecca Stanton", "R. Stanton", "20/10/2017"),
    ("Team manager", "Sian Maddox", "S Maddox (authorised on LCS)", "24/10/2017"),
)


def cfa_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the Child and Family Assessment."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#0b5563"))
    canvas.rect(0, PAGE_H - 17 * mm, PAGE_W, 17 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(MARGIN_X, PAGE_H - 10 * mm, f"{COUNCIL} - People Directorate")
    canvas.setFont("Helvetica", 8)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 10 * mm,
                           "Child and Family Assessment (CFA1)")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm,
                      f"OFFICIAL-SENSITIVE | LCS {SUBJECT_ID} | Printed for {SAR}")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def cfa_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the assessment."""
    return (f"{COUNCIL} - People Directorate Child and Family Assessment (CFA1) "
            f"OFFICIAL-SENSITIVE | LCS {SUBJECT_ID} | Printed for {SAR} Page {page} of {total}")


def build_assessment(corpus: Corpus) -> int:
    """Write the Child and Family Assessment; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "CHILD AND FAMILY ASSESSMENT"
    story: list = [para(title, H1), pair_table(CFA_DETAILS, w, label_w=28 * mm),
                   para("Household and significant family", H2),
                   grid_table(CFA_HOUSEHOLD, [36 * mm, 33 * mm, 19 * mm, w - 108 * mm,
                                              20 * mm], shade="#cfe3e6")]
    text = [title, rows_text(CFA_DETAILS), "Household and significant family",
            rows_text(CFA_HOUSEHOLD)]
    for heading, paragraphs in CFA_SECTIONS:
        story.append(para(heading, H2))
        text.append(heading)
        for body in paragraphs:
            story.append(para(body, BODY))
            text.append(body)
        if heading.startswith("4."):
            story += [para("Information from other agencies", H2),
                      grid_table(CFA_AGENCIES, [30 * mm, 52 * mm, w - 82 * mm],
                                 shade="#cfe3e6")]
            text += ["Information from other agencies", rows_text(CFA_AGENCIES)]
    story += [para("8. Child in Need plan", H2),
              grid_table(CFA_PLAN, [42 * mm, w - 118 * mm, 44 * mm, 32 * mm],
                         shade="#cfe3e6"),
              para("Authorisation", H2),
              grid_table(CFA_SIGNED, [34 * mm, 44 * mm, 60 * mm, w - 138 * mm],
                         shade="#cfe3e6")]
    text += ["8. Child in Need plan", rows_text(CFA_PLAN), "Authorisation",
             rows_text(CFA_SIGNED)]
    pages = build_platypus(CASE_DIR / ASSESSMENT_PDF, cfa_furniture, story,
                           "Child and Family Assessment", "Rebecca Stanton", top=24 * mm,
                           creator="LCS Document Generator")
    corpus.add(ASSESSMENT_PDF, *(cfa_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# Case note export (CSV) from LCS, 2017 to 2025, one police notification pasted in
# --------------------------------------------------------------------------------------------

NOTES_HEADER = ("Note Date", "Note Type", "Worker", "Team", "Note", "Entered On")

PPN_2019 = """---- pasted from PPN ----
AVON AND SOMERSET CONSTABULARY - PUBLIC PROTECTION NOTIFICATION
PPN TYPE: MISSING CHILD (HIGH RISK)      LOG: 0512 05/10/19
SUBJECT: BRAMWELL, Skye Louise  DOB 23/05/2006  F  13 yrs
HOME ADDRESS: 22 Nutgrove Walk, Knowle West, Bristol BS4 1ZH
REPORTED BY: HALLETT, Kerry Anne (mother) 07700 900162
CIRCS: Subject left home address approx 1600 hrs 04/10/19
following argument with mother. Not returned. Phone off. Mother
rang 2340 hrs. Subject located 0215 hrs 05/10/19 at 18 Stanmore
Crescent, Weston-super-Mare (father's address) with brother
BRAMWELL, Kaden (DOB 19/08/2002) known locally as "GHOST". States
she got a lift to Weston from "a mate". Would not name driver.
Believed to be male 20s, silver Audi. Returned to mother by
patrol. Safe and well check completed PC 2719 HAINES.
RISK FACTORS: age, first episode, unknown adult male, brother
known to police (possession w/intent, Weston).
---- end ----"""

NOTES_ROWS: tuple[tuple[str, ...], ...] = (
    ("04/09/2017 10:42", "Contact - referral", "Kim Harte", "Front Door",
     "Anonymous referral by phone from a neighbour: Skye (11) seen going through bins "
     "for food over the summer, shouting most nights, mum's partner drunk in the garden "
     "with Skye on the step until after midnight Sat. Referrer is Mrs Janice Sperring, 24 "
     "Nutgrove Walk - she does NOT want the family to know. Previous: two PPNs (DA) this "
     "year. Passed to Assessment Team South for a CFA.", "04/09/2017"),
    ("12/09/2017 16:05", "Home visit", "Rebecca Stanton", "Assessment Team South",
     "Unannounced HV with Skye's consent (seen at school first). Kerry Hallett at home, "
     "Shane Vowles asleep upstairs. House in poor state: no milk, fridge broken, dog mess "
     "in kitchen. Skye showed me her room - mattress on the floor, damp. Kerry cried and "
     "said \"I know, I know\". Skye made me a cup of tea without being asked. Agreed: food "
     "bank voucher today, fridge via the welfare fund, second visit in 2 weeks.",
     "13/09/2017"),
    ("20/10/2017 14:00", "Assessment completed", "Rebecca Stanton", "Assessment Team South",
     "CFA completed and authorised. Outcome: Child in Need plan. See the CFA document. "
     "Skye's wish list: a phone, weekends at Nan's, boxing.", "24/10/2017"),
    ("15/02/2018 13:30", "Meeting - ICPC", "Rebecca Stanton", "Assessment Team South",
     "Initial child protection conference held at Filwood Community Hub (chair Alison "
     "Greaves). Since the CIN plan: another DA incident on 28/12/2017 (Mr Vowles smashed "
     "the front window; Skye hid at a neighbour's). Skye's attendance down to 74%. Decision: "
     "child protection plan, category NEGLECT. Kerry attended with Nan; Mr Vowles did not. "
     "Skye's views were read out from her \"three houses\": her worry is \"Shane hurting mum\", "
     "her good thing is \"Nan and my music\".", "16/02/2018"),
    ("10/07/2018 18:20", "Direct work", "Rebecca Stanton", "Assessment Team South",
     "Took Skye to her first session at Redcatch ABC (boxing club) in Knowle - paid for from "
     "the CIN budget. Coach Dave Rossiter let her hit the pads for half an hour. She was "
     "buzzing in the car: \"I'm gonna be a champion, write that down\". So I have.",
     "11/07/2018"),
    ("03/12/2018 11:15", "Home visit", "Rebecca Stanton", "Assessment Team South",
     "Shane has moved out (Kerry says for good; his stuff is gone). House much better - "
     "food in the cupboards, the back room cleared. Kerry's sister Gemma had a baby girl, "
     "Lacey, yesterday. Skye has been to the hospital with Nan and is \"obsessed\": \"I'm "
     "going to be the best cousin in the world\".", "03/12/2018"),
    ("21/03/2019 10:00", "Meeting - RCPC", "Rebecca Stanton", "Assessment Team South",
     "Review conference: CP plan ended, stepped down to CIN. Attendance 92%, dentist done, "
     "Shane not in the household since Nov. Skye: \"I want social services to stop coming "
     "to school, people ask\".", "21/03/2019"),
    ("28/06/2019 15:40", "Case transfer", "Rebecca Stanton", "Assessment Team South",
     "I am leaving the team. Case transferred to Tom Kenwright (Family Support and "
     "Safeguarding South). Joint visit done; Skye said Tom \"looks like a PE teacher\". "
     "Goodbye card from Skye (\"thanks for not being a snake Bex\").", "28/06/2019"),
    ("05/10/2019 09:10", "Police notification", "Tom Kenwright",
     "Family Support and Safeguarding South",
     "First missing episode. PPN received this morning, pasted below. Spoke to Kerry: they "
     "argued about Skye's phone and Skye walked out. Kerry thinks Kaden arranged the lift. "
     "RHI requested from Waypoint (Nadia Ferris).\n" + PPN_2019, "05/10/2019"),
    ("27/11/2019 14:00", "Meeting - strategy", "Tom Kenwright",
     "Family Support and Safeguarding South",
     "Strategy meeting following school's concern (e-mail 25/11 from Mrs Tilley, DSL): an "
     "adult male in a silver Audi collecting Skye from school. Police (DC Claire Rudd, Child "
     "Exploitation Team) say the car is registered to Aaron Tuckett, 21, of Hartcliffe, "
     "known for supplying cannabis and for being with younger girls. Section 47 (CSE) "
     "agreed. Skye to be referred to the Safe Routes Team (Leanne Baptiste).", "27/11/2019"),
    ("06/02/2020 21:45", "Placement", "Graham Lusty", "EDT",
     "Police called EDT: Skye (13) found by PC Haines at home alone with no electricity and "
     "no food, Kerry had not been home since Tuesday (later found at a friend's, drunk). "
     "Section 20 agreed with Kerry by phone. Nan could not take her tonight (night shift, "
     "and Lacey staying). Emergency placement with Sandra and Phil Gillard, foster carers, "
     f"{GILLARD_HOME} (landline {GILLARD_LANDLINE}, Sandra's mobile {SANDRA_MOBILE}). "
     "Skye arrived 23:10 with one carrier bag.", "07/02/2020"),
    ("25/03/2020 16:30", "Statutory visit (virtual)", "Tom Kenwright",
     "Children in Care South",
     "Lockdown. Video visit on WhatsApp. Skye bored but OK. Sandra has her doing school "
     "work in the mornings and Phil taught her to make bread. Skye: \"I'm like a prisoner "
     "but with snacks\". Family time with Kerry and Nan by video every day at 6.",
     "25/03/2020"),
    ("14/08/2020 02:30", "Incident - missing", "Graham Lusty", "EDT",
     "Sandra Gillard reported Skye missing at 23:00 (13/08). Found 01:50 by PC Haines in a "
     "silver Audi in a car park in Hengrove with Aaron Tuckett and another male. Smelled "
     "of cannabis. Mr Tuckett was given words of advice. Returned to the Gillards. RHI "
     "requested. Tom informed by e-mail.", "14/08/2020"),
    ("24/09/2020 10:00", "Meeting - CLA review", "Tom Kenwright", "Children in Care South",
     "Second CLA review (IRO Alison Greaves). Five missing episodes since June. Skye wants "
     "to live with Nan: \"I'll stop going missing if I can be at Nan's\". Nan will be "
     "assessed as a connected person. The Gillards are tired but willing to carry on until "
     "Christmas.", "24/09/2020"),
    ("11/12/2020 15:00", "Placement", "Tom Kenwright", "Children in Care South",
     "Moved to Nan's (Pauline Hallett, 6 Tarrant Close, Bedminster) under Reg 24 as a "
     "connected person placement. The Gillards gave Skye a leaving box with photos and her "
     "boxing gloves. Sandra said \"she's a lovely girl, it was the world out there we "
     "couldn't compete with\".", "11/12/2020"),
    ("20/02/2021 13:20", "Incident - missing / exploitation", "Leanne Baptiste", "Safe Routes",
     "Skye missing 3 days. Found by police in a flat in Weston-super-Mare (Flat 9, "
     "Bournville House, Carlton Street) with two adult men and a 15-year-old boy; cash, "
     "burner phones and crack cocaine in the flat. One man is Reece Ollis, 25, known as "
     "\"Bones\". Skye had £200 and a phone that is not hers. Not arrested; treated as a "
     "victim. NRM referral to be made (CCE and CSE). MACE meeting to be called.",
     "22/02/2021"),
    ("17/03/2021 12:30", "Meeting - MACE", "Leanne Baptiste", "Safe Routes",
     "MACE held. Minutes on file. Risk: CSE high, CCE high. CAWN to be served on Aaron "
     "Tuckett and Reece Ollis. Skye's mum came for the first part.", "18/03/2021"),
    ("19/05/2021 16:00", "Telephone", "Tom Kenwright", "Children in Care South",
     "Nan rang: Kaden Bramwell (brother, 18) has been remanded to HMP Bristol (supply, "
     "Weston). Skye is upset and wants to visit. Will ask the prison about a visit with "
     "Nan.", "19/05/2021"),
    ("10/07/2021 19:00", "Achievement", "Tom Kenwright", "Children in Care South",
     "Went to watch Skye's first skills bout at Redcatch ABC. She won on points and Dave "
     "gave her the club's Most Improved trophy. Nan, Gemma and little Lacey were there "
     "with a banner. Skye: \"I didn't even go missing once this month, I was too tired from "
     "training\".", "12/07/2021"),
    ("01/11/2021 11:00", "Statutory visit", "Tom Kenwright", "Children in Care South",
     "At Nan's. Skye now goes to the Sound Yard on Tuesdays with Jaz Ahmed (youth worker) "
     "and has recorded her first track as \"Skyline\". She played it to me - it is about "
     "her mum. Year 11 going OK; she wants to do hair and beauty at Avonbank College.",
     "01/11/2021"),
    ("16/02/2022 09:30", "Family time", "Tom Kenwright", "Children in Care South",
     "Kerry now living in Hartcliffe (Flat 2, Dunkery House, Quantock Road) with a new "
     "partner, Ryan Gingell. Kerry says she has been sober since Christmas. Skye has tea "
     f"there on Sundays; no concerns raised about Mr Gingell (DOB {RYAN_DOB}: police and "
     "LCS checks done, nothing known).",
     "16/02/2022"),
    ("06/06/2022 14:00", "Placement", "Tom Kenwright", "Children in Care South",
     f"Moved to Kestrel House (semi-independent, 16+): {KESTREL}. Nan's health (COPD) means "
     "she cannot manage the stairs and two of them, and Skye asked to try living \"on my "
     "own but not on my own\". Key worker Dom Venn. Nan cried, Skye didn't - then did in "
     "the car.", "06/06/2022"),
    ("25/08/2022 12:00", "Education", "Tom Kenwright", "Children in Care South",
     "GCSE results: English Language 5, Drama 6, Maths 3 (resit at college), Science 4-4. "
     "Skye is made up about English. Place confirmed on Level 1 Hair and Beauty at "
     "Avonbank College.", "25/08/2022"),
    ("05/09/2022 17:00", "Education", "Jess Lyddon", "Leaving Care (Next Steps)",
     "Skye's first day at Avonbank College (Level 1 Hair and Beauty, tutor Stacey Bennett). "
     "I'm her new PA alongside Tom until she's 18. She did my nails as \"practice\".",
     "05/09/2022"),
    ("14/09/2022 10:00", "Meeting - pathway plan", "Jess Lyddon", "Leaving Care (Next Steps)",
     "Pathway plan written with Skye at Kestrel House, with Tom and Dom. See plan.",
     "15/09/2022"),
    ("19/11/2022 23:55", "Incident - missing", "Dom Venn (Kestrel House)",
     "External - provider",
     "Skye not back by curfew (22:00), phone off. Reported missing to police 23:30. "
     "Returned 04:10 by taxi from Tayla Mahoney's house in Knowle. RHI requested.",
     "20/11/2022"),
    ("09/03/2023 15:30", "Meeting - strategy", "Tom Kenwright", "Children in Care South",
     "Strategy meeting after Skye went missing overnight 7-8/3 and was seen getting out of "
     "Aaron Tuckett's Audi. Breach of the CAWN. Police arrested Mr Tuckett on 08/03 (child "
     "abduction warning notice breach, and sexual activity with a child - 2020 "
     "offences, now disclosed by Skye). Skye gave a video interview on 08/03 (ABE). "
     "Safety plan at Kestrel House reviewed.", "09/03/2023"),
    ("30/06/2023 16:00", "Achievement", "Jess Lyddon", "Leaving Care (Next Steps)",
     "Level 1 Hair and Beauty passed - distinction in the practical. Performed \"Nan's "
     "Kitchen\" at the Sound Yard summer showcase; Jaz filmed it. No missing episodes since "
     "March.", "30/06/2023"),
    ("14/10/2023 12:00", "Family time", "Jess Lyddon", "Leaving Care (Next Steps)",
     "Skye now looks after Lacey (4) every Saturday morning so Gemma can work. Gemma "
     "says Skye is \"the only one Lacey listens to\". Skye wants to do a childcare "
     "course one day as well.", "16/10/2023"),
    ("23/05/2024 13:00", "Transition", "Jess Lyddon", "Leaving Care (Next Steps)",
     "Skye is 18 today. Care leaver (former relevant child); Tom's involvement ends and I "
     "stay as her PA. Cake at Kestrel House. Setting up home grant explained (£3,000). "
     "She is staying at Kestrel House until a flat comes through.", "23/05/2024"),
    ("12/07/2024 10:00", "Education", "Jess Lyddon", "Leaving Care (Next Steps)",
     "Level 2 Hair and Beauty passed (merit). Skye has a Saturday job at a salon in "
     "Bedminster and has been offered an apprenticeship from September 2025 if she wants "
     "it.", "12/07/2024"),
    ("04/11/2024 11:30", "Accommodation", "Jess Lyddon", "Leaving Care (Next Steps)",
     f"Skye moved into her own flat today: {OWN_FLAT} (Severnside Homes tenancy, care "
     "leaver priority). Grant spent on a bed, sofa and a washing machine. Nan sent a plant. "
     f"New mobile number: {SUBJECT_NEW_PHONE}.",
     "05/11/2024"),
    ("18/03/2025 09:00", "Family", "Jess Lyddon", "Leaving Care (Next Steps)",
     "Nan (Pauline Hallett) admitted to the BRI with a chest infection. Skye has been there "
     "every day. Jess to check her rent is paid while she's at the hospital so much.",
     "18/03/2025"),
    ("02/04/2025 15:00", "Achievement", "Jess Lyddon", "Leaving Care (Next Steps)",
     "Skye is now a volunteer junior coach at Redcatch ABC on Wednesdays (DBS done). "
     "\"I'm the one shouting at the little ones now.\"", "02/04/2025"),
    ("08/09/2025 12:00", "Education / employment", "Jess Lyddon", "Leaving Care (Next Steps)",
     "Started her Level 2 Hairdressing apprenticeship at Studio Nine in Bedminster. "
     "Kerry and Nan both messaged me a photo of her in her tunic.", "08/09/2025"),
)


def build_notes(corpus: Corpus) -> None:
    """Write the case note export as LCS does (CRLF between rows, LF inside cells)."""
    footer = (f"Exported from LCS 10/11/2026 for {SAR} - {len(NOTES_ROWS)} notes - "
              f"BRAMWELL, Skye ({SUBJECT_ID})",)
    rows = [NOTES_HEADER, *NOTES_ROWS, footer]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(rows)
    (CASE_DIR / NOTES_CSV).write_text(buffer.getvalue(), encoding="utf-8", newline="")
    with (CASE_DIR / NOTES_CSV).open(encoding="utf-8", newline="") as handle:
        assert [tuple(row) for row in csv.reader(handle)] == [tuple(r) for r in rows], \
            "the CSV does not round-trip"
    corpus.add(NOTES_CSV, *(" ".join(row) for row in rows))
    for row in NOTES_ROWS:
        day = dt.datetime.strptime(row[0][:10], "%d/%m/%Y").date()
        corpus.note(NOTES_CSV, day.isoformat(), " ".join(row))


# --------------------------------------------------------------------------------------------
# E-mail chain (EML), 26 November 2019: Outlook, quoted-printable, pasted header blocks
# --------------------------------------------------------------------------------------------

SCC_FOOTER = (
    "This e-mail and any attachments are confidential and may contain personal or "
    "sensitive information. It is intended only for the person(s) named above. If you have "
    "received it in error, please tell the sender and delete it; do not copy, forward or "
    "rely on it. Severnside City Council may monitor e-mails to and from its systems. "
    "OFFICIAL-SENSITIVE."
)
TRUST_FOOTER = (
    "CONFIDENTIALITY: this email and any files sent with it are confidential and intended "
    "solely for the use of the individual or organisation to whom they are addressed. "
    "Avon Vale Learning Trust is a charitable company limited by guarantee. Views expressed "
    "are those of the author and not necessarily those of the Trust."
)
TOM_SIGNATURE = (
    "Tom Kenwright\n"
    "Social Worker | Family Support and Safeguarding South\n"
    f"{COUNCIL} | People Directorate\n"
    f"T: {TOM_PHONE} | M: {TOM_MOBILE}\n"
    "Pronouns: he/him\n"
    "My working days are Monday to Thursday."
)

EMAIL_2019_HEADERS = {
    "From": f"Tom Kenwright <{TOM_EMAIL}>",
    "To": f"Karen Tilley <{TILLEY_EMAIL}>",
    "Cc": f"Leanne Baptiste <{LEANNE_EMAIL}>, Nadia Ferris <{NADIA_EMAIL}>",
    "Subject": "RE: Skye B (Y8) - older male at the school gate",
}

EMAIL_2019_PARAGRAPHS = (
    "Hi Karen,",
    "Thank you for this, and for acting so quickly yesterday. I have spoken to DC Claire "
    "Rudd in the Child Exploitation Team this morning and there will be a strategy meeting "
    "tomorrow (Wed 27/11) at 2pm on Teams - invite to follow. Could you or Gail attend for "
    "the school please?",
    "Police have confirmed the registration WU17 HZE is a silver Audi A3 registered to an "
    "Aaron Tuckett, 21, from Hartcliffe. I don't want this shared with Skye or with other "
    "pupils yet, including Tayla, until we have agreed a plan tomorrow. Please ask the site "
    "team to note the car and ring 999 if it comes back and Skye goes near it.",
    "I've also spoken to Skye's mum, Kerry, who says she has \"never heard of him\". Her nan "
    "Pauline thinks Skye has had a new phone for about a month. Kaden (her brother, 17) may "
    "know him: Nadia, please see below - your RHI note from October mentions \"Tucks\" and "
    "I think it's the same person. Can you send me your full RHI form for the strategy?",
    "Leanne - could we talk about a referral to Safe Routes after the strategy?",
    "Many thanks,\nTom",
    TOM_SIGNATURE,
    SCC_FOOTER,
    "________________________________\n"
    "From: Karen Tilley <" + TILLEY_EMAIL + ">\n"
    "Sent: 25 November 2019 16:48\n"
    f"To: Tom Kenwright <{TOM_EMAIL}>\n"
    "Cc: Gail Pym <gail.pym@example.org>\n"
    "Subject: Skye B (Y8) - older male at the school gate\n"
    "Importance: High",
    "Dear Tom,",
    "I'm writing to share a concern about Skye (Year 8, DOB 23/05/2006) from this afternoon.",
    "At 15:10 today our site manager saw Skye get into a silver Audi parked on the zig-zags "
    "outside the main gate. He took the registration (WU17HZE). The driver was a white man "
    "who looked in his early twenties, with a tattoo on his neck. Skye waved at the site "
    "manager and shouted \"it's my cousin\". Skye does not have a cousin that age as far as "
    "we know.",
    "Afterwards her friend Tayla Mahoney (Year 8) came to her form tutor upset. Tayla said "
    "that Skye is \"going out with\" a man called Aaron, who is \"21 or 22\", that everyone "
    "calls him Tucks, and that he gives Skye weed and buys her nails and food. Tayla said she "
    "has been in the car once and didn't like it. Tayla's mum, Mrs Donna Mahoney, also rang "
    "the office at 16:20 (07700 900718) - she has told Tayla she is not allowed to see Skye "
    "outside school for now.",
    "Over the last month staff have noticed Skye is more tired, has a new iPhone and has "
    "had her nails done professionally. Her attendance this half term is 86%. She has been "
    "sent out of two lessons for swearing, which is not like her this year.",
    f"I rang mum (Ms Hallett) on {KERRY_MOBILE} at 15:30 and 16:00 with no answer. Skye's "
    "nan, Mrs Pauline Hallett, came to the office at 16:30 because Skye had texted her to "
    "say she was \"at Tay's\". Mrs Hallett was very worried and said she'd ring you.",
    "I've logged this on CPOMS. Skye is in tomorrow and I'll see her first thing with Gail "
    "(school nurse).",
    "Kind regards,\nKaren",
    "Mrs Karen Tilley\nDesignated Safeguarding Lead / Assistant Head (Inclusion)\n"
    f"Merchants Vale Academy | Avon Vale Learning Trust\nT: {TILLEY_PHONE}\n"
    "Pronouns: she/her",
    TRUST_FOOTER,
    "________________________________\n"
    "From: Nadia Ferris <" + NADIA_EMAIL + ">\n"
    "Sent: 08 October 2019 17:20\n"
    f"To: Tom Kenwright <{TOM_EMAIL}>\n"
    "Subject: RHI - Skye Bramwell - episode 04/10/19",
    "Hi Tom, RHI done today at school, form to follow. Short version: Skye says the lift to "
    "Weston was from \"Tucks, he's Kaden's mate\". She wouldn't give a surname. He bought "
    "her McDonald's and let her smoke in the car. She wanted to see Kaden because he'd "
    "sent her a Snap saying he missed her. No sign she was harmed but I don't like the sound "
    "of Tucks. She liked the idea of boxing again. Thanks, Nadia",
    "Nadia Ferris | Return Home Interview Worker | Waypoint Young People's Service\n"
    "Commissioned by Severnside City Council | she/her",
)
EMAIL_2019_BODY = "\n\n".join(EMAIL_2019_PARAGRAPHS) + "\n"


def build_email_2019(corpus: Corpus) -> None:
    """Write the 2019 chain: one quoted-printable body, Outlook's pasted header blocks."""
    msg = EmailMessage()
    for name, value in EMAIL_2019_HEADERS.items():
        msg[name] = value
    msg["Date"] = format_datetime(dt.datetime(2019, 11, 26, 9, 52, 31, tzinfo=dt.UTC))
    msg["Message-ID"] = "<DB7PR03MB4921A6C1E0F2B3D4C5E6F7A8B9C0D1@DB7PR03MB4921.eurprd03.prod>"
    msg["In-Reply-To"] = "<LO2P265MB3307F1E2D3C4B5A6978899AABBCCDDEE@LO2P265MB3307.GBRP265.PROD>"
    msg["Thread-Topic"] = "Skye B (Y8) - older male at the school gate"
    msg["X-MS-Has-Attach"] = ""
    msg["X-Classification"] = "OFFICIAL-SENSITIVE"
    msg.set_content(EMAIL_2019_BODY, cte="quoted-printable")
    data = msg.as_bytes(policy=default_policy)
    parsed = message_from_bytes(data, policy=default_policy)
    assert normalise(parsed.get_content()) == normalise(EMAIL_2019_BODY), \
        "2019 e-mail body does not round-trip"
    assert b"=\n" in data.replace(b"\r\n", b"\n"), "2019 e-mail has no soft line breaks"
    (CASE_DIR / EMAIL_2019).write_bytes(data)
    corpus.add(EMAIL_2019, *EMAIL_2019_HEADERS.values(), EMAIL_2019_BODY)


# --------------------------------------------------------------------------------------------
# E-mail chain (EML), 8 March 2023: "On ... wrote:" replies, quoted with ">" and hard-wrapped
# --------------------------------------------------------------------------------------------

JESS_SIGNATURE = (
    "Jess Lyddon\n"
    "Personal Adviser | Next Steps (Leaving Care)\n"
    f"{COUNCIL}\n"
    f"M: {JESS_MOBILE}\n"
    "Pronouns: she/her\n"
    "I work Monday to Friday 9-5. Out of hours, ring EDT on 0117 496 0999."
)
JAZ_SIGNATURE = (
    "Jaz Ahmed (they/them)\n"
    "Youth Worker - The Sound Yard\n"
    f"{JAZ_MOBILE} | {JAZ_EMAIL}\n"
    "The Sound Yard is a project of Rise Up Youth CIO."
)
DOM_SIGNATURE = (
    "Dom Venn\n"
    "Senior Support Worker | Kestrel House (16+ supported accommodation)\n"
    f"Kestrel Housing Support Ltd | {DOM_PHONE}\n"
    "Pronouns: he/him"
)
KESTREL_FOOTER = (
    "Kestrel Housing Support Ltd. This message is confidential and may contain personal "
    "information about young people. If you are not the intended recipient please delete "
    "it and let us know."
)

EMAIL_2023_HEADERS = {
    "From": f"Jess Lyddon <{JESS_EMAIL}>",
    "To": f"Dom Venn <{DOM_EMAIL}>, Jaz Ahmed <{JAZ_EMAIL}>",
    "Cc": (f"Tom Kenwright <{TOM_EMAIL}>, Leanne Baptiste <{LEANNE_EMAIL}>, "
           f"\"Rudd, Claire (DC 3368)\" <{RUDD_EMAIL}>"),
    "Subject": "Re: Skye B - missing overnight 07/03 - returned",
}

JESS_2023 = (
    "Hi both,",
    "Quick update from me. Skye did her video interview (ABE) with DC Rudd this afternoon "
    "at the police station in Keynsham. I sat in as her supporter. She was so brave - she "
    "talked about 2020 as well, which she has never done before. DC Rudd will update on "
    "the arrest separately but Aaron Tuckett was arrested this morning for breaching the "
    "CAWN, and more.",
    "Dom - Skye is back at Kestrel now and asleep. She asked for the new phone to go to the "
    "police, which it has. Please can staff do the 30 min checks tonight and the safety "
    "plan as agreed. Her mum Kerry is allowed to visit tomorrow, but not Ryan for now (Skye's "
    "wish, not a concern about him).",
    "Jaz - she asked me to tell you she's still coming Tuesday and she wants to write about "
    "this \"but not yet\". Thank you for what you did at 1am, honestly.",
    "Strategy meeting tomorrow at 15:30 (Tom is sending the invite).",
    "Jess",
)
JAZ_2023 = (
    "Hi Dom, Jess,",
    "Adding what I know. Skye messaged me on Insta at 01:04 from a number I didn't know "
    f"({AARON_MOBILE}) - she said \"im ok dont tell nobody\" and that she was at Tucks's "
    "cousin's in Withywood. I told her she could ring me or 999 any time and that I'd have "
    "to pass it on, which I did (rang the police at 01:10, log 0098, and messaged Dom). "
    "Screenshots sent to DC Rudd this morning.",
    "She has been doing so well at the Yard. She wrote a verse last week about her Nan's "
    "kitchen that made everyone cry. I really don't want her to lose that.",
    "Jaz",
)
DOM_2023 = (
    "Morning all,",
    "Skye left Kestrel at 19:40 last night (07/03) saying she was going to her nan's "
    f"({NAN_HOME}). At 22:00 I rang her nan, Mrs Hallett ({NAN_LANDLINE}), who said Skye "
    "had never arrived. Reported missing to police at 22:30 (log 1187 of 07/03).",
    "Maddie Pillinger (Flat 5) told night staff she saw Skye get into a silver Audi at the "
    "end of Ashgrove Road at about 19:45 and that \"it was the one with the older lad\". "
    "Maddie does not want to be named to Skye.",
    "Skye came back at 06:50 this morning in a taxi. She was tired and quiet, has a new "
    "phone (not hers) and a love bite on her neck. She said \"he's changed, he's not like "
    "before\" and then wouldn't talk. Skye's mum Kerry rang at 08:00 very angry with us. "
    "Precious is with Skye now and she has had breakfast.",
    "Dom",
)


def quote(lines: Iterable[str], depth: int, width: int = 72) -> list[str]:
    """Hard-wrap paragraphs and prefix them with ``>`` marks, as mail clients do."""
    mark = ">" * depth + " "
    out: list[str] = []
    for line in lines:
        if not line:
            out.append(mark.rstrip())
            continue
        for raw in line.split("\n"):
            wrapped = textwrap.wrap(raw, width=width - len(mark), break_on_hyphens=False) or [""]
            out += [mark + piece for piece in wrapped]
    return out


def paragraphs(blocks: Iterable[str], width: int = 72) -> list[str]:
    """Hard-wrap unquoted paragraphs, a blank line between them."""
    out: list[str] = []
    for block in blocks:
        for raw in block.split("\n"):
            out += textwrap.wrap(raw, width=width, break_on_hyphens=False) or [""]
        out.append("")
    return out


def email_2023_body() -> str:
    """The body of the 2023 chain as the newest reply shows it."""
    lines = paragraphs((*JESS_2023, JESS_SIGNATURE, SCC_FOOTER))
    lines.append("On Wed, 8 Mar 2023 at 12:31, Jaz Ahmed <" + JAZ_EMAIL + "> wrote:")
    jaz_block = [p for block in (*JAZ_2023, JAZ_SIGNATURE)
                 for p in (*block.split("\n"), "")]
    lines += quote(jaz_block, 1)
    lines.append("> On 8 Mar 2023, at 09:12, Dom Venn <" + DOM_EMAIL + "> wrote:")
    lines.append(">")
    dom_block = [p for block in (*DOM_2023, DOM_SIGNATURE, KESTREL_FOOTER)
                 for p in (*block.split("\n"), "")]
    lines += quote(dom_block, 2)
    return "\n".join(lines).rstrip() + "\n"


EMAIL_2023_BODY = email_2023_body()


def build_email_2023(corpus: Corpus) -> None:
    """Write the 2023 chain: plain 8-bit text with quoted replies."""
    msg = EmailMessage()
    for name, value in EMAIL_2023_HEADERS.items():
        msg[name] = value
    msg["Date"] = format_datetime(dt.datetime(2023, 3, 8, 16, 5, 44, tzinfo=dt.UTC))
    msg["Message-ID"] = ("<CAF7q2Vn3x0p9Lk4mT8sYw1eR6uJ5hGz2bN0cQ4dX8fE"
                         "@mail.severnside.example.gov.uk>")
    msg["In-Reply-To"] = "<CAJ8mYt4Rq2sW9kP0vL6nH3xZ1bG7fD5cE2aQ8uT@mail.example.org>"
    msg["References"] = ("<5E2D9A71-0B3C-4F8E-A1D2-6C7B8E9F0A1B@example.org> "
                         "<CAJ8mYt4Rq2sW9kP0vL6nH3xZ1bG7fD5cE2aQ8uT@mail.example.org>")
    msg.set_content(EMAIL_2023_BODY, cte="8bit")
    data = msg.as_bytes(policy=default_policy)
    parsed = message_from_bytes(data, policy=default_policy)
    assert parsed.get_content() == EMAIL_2023_BODY, "2023 e-mail body does not round-trip"
    (CASE_DIR / EMAIL_2023).write_bytes(data)
    corpus.add(EMAIL_2023, *EMAIL_2023_HEADERS.values(), EMAIL_2023_BODY)


# --------------------------------------------------------------------------------------------
# Return home interviews (PDF): three forms, 2019, 2020, 2022
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RHIForm:
    """One return home interview form."""

    iso: str  # date of the interview
    details: list[tuple[str, str]]
    ticks: str
    boxes: tuple[tuple[str, str], ...]
    signed: str


RHI_FORMS: tuple[RHIForm, ...] = (
    RHIForm(
        "2019-10-08",
        [("Young person", "Skye BRAMWELL"), ("DOB", SUBJECT_DOB),
         ("LCS ID", SUBJECT_ID), ("Legal status", "Child in Need (s17)"),
         ("Living at", f"Home with mother, {FAMILY_HOME}, {FAMILY_POSTCODE}"),
         ("Missing from", "Home"),
         ("Reported missing", "Fri 04/10/19 23:40 by mother (Kerry Hallett)"),
         ("Found / returned", "Sat 05/10/19 02:15, found by police"),
         ("Where found", "Father's address, Weston-super-Mare"),
         ("Police log / PPN", "Log 0512 05/10/19"),
         ("Episode no.", "1 (first known)"),
         ("Interview date", "Tue 8th October 2019, 11:00"),
         ("Where", "Merchants Vale Academy (pastoral room)"),
         ("Interviewer", "Nadia Ferris, Waypoint"),
         ("Within 72 hrs?", "Yes"), ("Seen alone?", "Yes")],
        "[X] Unknown adult   [ ] CSE   [ ] CCE   [ ] Substance misuse   [X] Family conflict   "
        "[ ] Self-harm   [ ] Gangs   [ ] Trafficking",
        (("Where did you go and who were you with?",
          "Skye went to Weston to see her brother Kaden, who lives with their dad. She said "
          "Kaden had sent her a Snap saying he missed her and to \"come down\". She got a "
          "lift from \"Tucks, he's Kaden's mate\", who picked her up outside the Co-op on "
          "the estate. She would not give his surname or phone number and laughed when I "
          "asked how old he is (\"old enough to drive, duh\"). At the flat were Kaden, her "
          "dad (Gavin Bramwell) and \"some of Kaden's friends\". Her dad was asleep."),
         ("What happened while you were away?",
          "They went to McDonald's, then to the seafront in Tucks's car, and she was allowed "
          "to smoke in the car (\"just normal cigs\"). She says nobody touched her or asked "
          "her to do anything. Kaden told her to ring Mum but her phone had died. Police came "
          "at 2am and she was \"well embarrassed\"."),
         ("Why did you go? (push and pull)",
          "Push: row with Mum about her phone; Mum had been drinking again; Skye says the "
          "house is \"better since Shane went but Mum's sad all the time\". Pull: she misses "
          "Kaden (\"he's the only one who gets it\"); the lift made it easy."),
         ("In Skye's words",
          "\"I wasn't missing, I knew where I was.\" \"I just wanted to see my brother, is "
          "that a crime now?\" \"Tell Mum I'm sorry about the phone thing.\""),
         ("What would help / what Skye wants",
          "To see Kaden every fortnight, planned, so she doesn't have to \"sneak\". To go "
          "back to boxing (she stopped when the bus money ran out). For Mum to stop "
          "drinking. She agreed to save my number and to ring Nan if she wants to go "
          "somewhere."),
         ("Information shared / actions",
          "Shared with Tom Kenwright (SW) the same day, and with the school DSL. Concern "
          "about \"Tucks\": unknown adult male with a car giving a 13-year-old lifts and "
          "cigarettes. Suggest SW asks police about him. Bus pass for boxing: SW to arrange. "
          "Nan (Mrs Hallett) to be told about the plan for Kaden."),
         ),
        "Completed by Nadia Ferris (RHI worker) 08/10/2019. Seen by manager: O. Clatworthy "
        "09/10/2019."),
    RHIForm(
        "2020-08-17",
        [("Young person", "Skye BRAMWELL"), ("DOB", SUBJECT_DOB),
         ("LCS ID", SUBJECT_ID), ("Legal status", "Looked after (s20)"),
         ("Living at", "Foster placement (Mr and Mrs Gillard), Keynsham"),
         ("Missing from", "Foster placement"),
         ("Reported missing", "Thu 13/08/20 23:00 by foster carer (Sandra Gillard)"),
         ("Found / returned", "Fri 14/08/20 01:50, found by police"),
         ("Where found", "Car park, Hengrove Promenade, in a car"),
         ("Police log / PPN", "Log 0064 14/08/20"),
         ("Episode no.", "7 (3rd from this placement)"),
         ("Interview date", "17.08.20, 14:00"),
         ("Where", "Foster carers' garden (Covid rules)"),
         ("Interviewer", "Nadia Ferris, Waypoint"),
         ("Within 72 hrs?", "Yes (just)"), ("Seen alone?", "Yes")],
        "[X] Unknown adult   [X] CSE   [X] CCE   [X] Substance misuse   [ ] Family conflict   "
        "[ ] Self-harm   [ ] Gangs   [ ] Trafficking",
        (("Where did you go and who were you with?",
          "Skye got the bus into Bristol and met Aaron (Tucks) and his mate Reece, who she "
          "calls Bones, at the Hengrove retail park. They drove around and parked up. Police "
          "found them at 1:50am. Skye says Aaron is her boyfriend and that he is 19 (police "
          "say 22)."),
         ("What happened while you were away?",
          "They smoked weed in the car. Bones asked her to \"hold\" a bag for him in her "
          "bra because \"feds don't search girls\"; she said no and Aaron told him to leave "
          "her alone. Aaron gave her £20 for a taxi home that she didn't use. She says "
          "nothing sexual happened tonight. She would not answer whether anything had "
          "happened before."),
         ("Why did you go? (push and pull)",
          "Push: she is bored in Keynsham, \"it's old people and fields\"; she doesn't like "
          "the Gillards' rules on phones at night; she misses Nan and Lacey. Pull: Aaron, "
          "who she says \"actually listens\"; weed; being in the car with the music loud."),
         ("In Skye's words",
          "\"Sandra's alright, she just don't get it.\" \"Tucks looks after me. Bones is a "
          "weirdo though.\" \"If I could live at Nan's I wouldn't need to go nowhere.\""),
         ("What would help / what Skye wants",
          "To live with Nan. To have her phone overnight. To see Lacey. Boxing twice a week "
          "(the Gillards can drive her on Tuesdays)."),
         ("Information shared / actions",
          "High concern. Shared with Tom Kenwright (SW), Leanne Baptiste (Safe Routes) and DC "
          "Rudd. Pattern of grooming by Aaron Tuckett; Reece Ollis asking her to carry. "
          "Recommend MACE referral and an exploitation risk assessment. Skye agreed to "
          "sessions with Jaz at the Sound Yard (music)."),
         ),
        "Completed by Nadia Ferris (RHI worker) 17/08/2020. Seen by manager: O. Clatworthy "
        "18/08/2020."),
    RHIForm(
        "2021-02-23",
        [("Young person", "Skye BRAMWELL"), ("DOB", SUBJECT_DOB),
         ("LCS ID", SUBJECT_ID), ("Legal status", "Looked after (s20), Reg 24"),
         ("Living at", f"Connected person placement with Nan, {NAN_HOME}"),
         ("Missing from", "Connected person placement"),
         ("Reported missing", "Wed 17/02/21 21:00 by grandmother (Mrs Hallett)"),
         ("Found / returned", "Sat 20/02/21 11:40, found by police"),
         ("Where found", "A flat in Weston-super-Mare (address with police)"),
         ("Police log / PPN", "Log 0377 20/02/21; PPN to Front Door"),
         ("Episode no.", "18 (1st from Nan's)"),
         ("Interview date", "23/2/21, 10:30"),
         ("Where", "Nan's kitchen (Nan in the garden)"),
         ("Interviewer", "Nadia Ferris, Waypoint"),
         ("Within 72 hrs?", "Yes"), ("Seen alone?", "Yes")],
        "[X] Unknown adult   [X] CSE   [X] CCE   [X] Substance misuse   [ ] Family conflict   "
        "[ ] Self-harm   [X] Gangs   [X] Trafficking",
        (("Where did you go and who were you with?",
          "Skye says Kaden messaged her on Snapchat that Reece (\"Bones\") could \"sort her "
          "out\" with money before Lacey's birthday. Bones picked her up from the end of "
          "Nan's road in a grey car she did not know, with a driver she did not know. She "
          "went to a flat in Weston and stayed three nights. Kaden was there the first night "
          "only. There was another boy there, about 15, from London, who \"never went out\"."),
         ("What happened while you were away?",
          "At first she was \"just chilling\". On the second day Bones took her phone and "
          "gave her a different one, and she had to answer it and walk \"packages\" to cars "
          "on the seafront and outside the station. She was given £200 and weed. She slept on "
          "a sofa. She says she was not hurt but that Bones shouted at the other boy and "
          "\"slapped him about\" and she was scared to leave. She has not said whether "
          "anything sexual happened and I did not push. She cried when she talked about Nan."),
         ("Why did you go? (push and pull)",
          "Pull: money for Lacey's present and for nails; Kaden asking; wanting to be "
          "\"someone\". Push: she says there isn't any push at Nan's, \"that's the mad bit\"."),
         ("In Skye's words",
          "\"I thought I was clever. I wasn't clever.\" \"Don't tell Nan about the packages, "
          "it'll kill her.\" \"Kaden's my brother, he wouldn't set me up. Would he?\""),
         ("What would help / what Skye wants",
          "To stay at Nan's. A new phone number (done by Nan today). Boxing again. For "
          "Kaden not to get in trouble because of her. She agreed to speak to Leanne at "
          "Safe Routes."),
         ("Information shared / actions",
          "Very high concern: criminal exploitation (county line), possible trafficking, "
          "CSE not ruled out. Shared on the day with Tom Kenwright, Leanne Baptiste and the "
          "police Child Exploitation Team. Skye does not want to speak to police now. "
          "Recommend NRM referral and an urgent MACE. Nan told only what Skye agreed."),
         ),
        "Completed by Nadia Ferris (RHI worker) 23/02/2021. Seen by manager: O. Clatworthy "
        "23/02/2021 (urgent)."),
    RHIForm(
        "2022-11-22",
        [("Young person", "Skye BRAMWELL"), ("DOB", SUBJECT_DOB),
         ("LCS ID", SUBJECT_ID), ("Legal status", "Looked after (s20), 16+"),
         ("Living at", "Kestrel House (supported accommodation), Flat 3"),
         ("Missing from", "Supported accommodation"),
         ("Reported missing", "Sat 19/11/22 23:30 by Kestrel House staff"),
         ("Found / returned", "Sun 20/11/22 04:10, returned by taxi"),
         ("Where found", "A friend's house, 31 Broadoak Walk, Knowle"),
         ("Police log / PPN", "Log 1290 19/11/22"),
         ("Episode no.", "19 (first since Feb 2021)"),
         ("Interview date", "Tue 22nd Nov 2022, 12:30"),
         ("Where", "Avonbank College cafe"),
         ("Interviewer", "Owen Clatworthy, Waypoint"),
         ("Within 72 hrs?", "Yes"), ("Seen alone?", "Yes")],
        "[ ] Unknown adult   [ ] CSE   [ ] CCE   [X] Substance misuse   [ ] Family conflict   "
        "[ ] Self-harm   [ ] Gangs   [ ] Trafficking",
        (("Where did you go and who were you with?",
          "Skye was at her friend Tayla Mahoney's 16th birthday party at Tayla's house in "
          "Knowle. She says she told Kestrel she'd be late (staff say she didn't). Her phone "
          "died. She got a taxi back at 4am with money from Tayla's mum."),
         ("What happened while you were away?",
          "A party: about 15 people, vodka and a bit of weed. She says no older men were "
          "there and Aaron was not there. She was sick in the garden and Tayla looked after "
          "her."),
         ("Why did you go? (push and pull)",
          "Pull only, she says: her best mate's 16th. Push: the curfew at Kestrel is 10pm "
          "and \"everyone else my age gets to stay out\"."),
         ("In Skye's words",
          "\"This is not like before. I was at a party like a normal person.\" \"I'm not "
          "going back to how it was with Tucks, I'm done with all that.\" \"Can you tell Dom "
          "I'm sorry I didn't ring.\""),
         ("What would help / what Skye wants",
          "A later curfew at weekends if she lets staff know where she is. A phone charger "
          "that works. To keep her college place (she was worried this would \"go on her "
          "record\")."),
         ("Information shared / actions",
          "Low concern; no exploitation indicators this episode. Shared with Tom Kenwright "
          "and Jess Lyddon (PA) and Dom Venn (Kestrel House). Suggest Kestrel consider a "
          "weekend curfew plan. Tayla's address and her mum's details held by Kestrel House "
          f"for any future episode (Tayla Mahoney, DOB {TAYLA_DOB}; mum Donna)."),
         ),
        "Completed by Owen Clatworthy (RHI senior worker) 22/11/2022."),
)


def rhi_box(label: str, body: str, width: float) -> Table:
    """A labelled box of the form: a shaded label row over a text row."""
    table = Table([[para(label, SMALL_BOLD)], [para(body, BODY)]], colWidths=[width])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2f4f2f")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.HexColor("#2f4f2f")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfeadf")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def rhi_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the RHI forms."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 11)
    canvas.setFillColor(colors.HexColor("#2f4f2f"))
    canvas.drawString(MARGIN_X, PAGE_H - 12 * mm, "Waypoint Young People's Service")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 16 * mm,
                      "Missing Children: Return Home Interview (RHI) record - form WP-RHI-02")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 12 * mm,
                           f"On behalf of {COUNCIL}")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm,
                      "OFFICIAL-SENSITIVE. Share only with the young person's social worker "
                      "and the missing co-ordinator.")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"{page}/{total}")
    canvas.restoreState()


def rhi_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the RHI forms."""
    return ("Waypoint Young People's Service Missing Children: Return Home Interview (RHI) "
            f"record - form WP-RHI-02 On behalf of {COUNCIL} OFFICIAL-SENSITIVE. Share only "
            "with the young person's social worker and the missing co-ordinator. "
            f"{page}/{total}")


def build_rhi(corpus: Corpus) -> int:
    """Write the three RHI forms, each starting on a new page; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    story: list = []
    text: list[str] = []
    for number, form in enumerate(RHI_FORMS):
        if number:
            story.append(PageBreak())
        title = "RETURN HOME INTERVIEW"
        story += [para(title, H1), pair_table(form.details, w, label_w=28 * mm),
                  Spacer(1, 2 * mm), rhi_box("Risks identified this episode", form.ticks, w)]
        text += [title, rows_text(form.details), "Risks identified this episode", form.ticks]
        for label, body in form.boxes:
            story += [Spacer(1, 2 * mm), rhi_box(label, body, w)]
            text += [label, body]
        story += [Spacer(1, 2 * mm), para(form.signed, SMALL)]
        text.append(form.signed)
        corpus.note(RHI_PDF, form.iso, "\n".join(
            [rows_text(form.details), *(f"{a} {b}" for a, b in form.boxes), form.signed]))
    pages = build_platypus(CASE_DIR / RHI_PDF, rhi_furniture, story,
                           "Return home interviews", "Waypoint", top=22 * mm)
    corpus.add(RHI_PDF, *(rhi_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# MACE minutes (PDF), 17 March 2021: multi-agency child exploitation meeting
# --------------------------------------------------------------------------------------------

MACE_DETAILS: list[tuple[str, str]] = [
    ("Young person", "Skye BRAMWELL (14)"),
    ("DOB", "23.05.2006"),
    ("LCS ID", SUBJECT_ID),
    ("Legal status", "Looked after (s20), connected person placement (Reg 24)"),
    ("Placement", "With maternal grandmother, Bedminster"),
    ("Meeting", "MACE (individual), MS Teams"),
    ("Date / time", "Wednesday 17th March 2021, 10:00-12:10"),
    ("Chair", "Mike Denning, Service Manager (Safeguarding)"),
    ("Minutes", "Leanne Baptiste"),
    ("Previous MACE", "None (first for Skye)"),
]

MACE_PRESENT: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Agency", "Attended"),
    ("Mike Denning", "Service Manager (chair)", "SCC Children's Services", "Yes"),
    ("Tom Kenwright", "Social Worker", "SCC Children in Care South", "Yes"),
    ("Leanne Baptiste", "Exploitation and Missing Co-ordinator", "SCC Safe Routes Team",
     "Yes (minutes)"),
    ("DC 3368 Claire Rudd", "Child Exploitation Team", "Avon and Somerset Police", "Yes"),
    ("PS 1442 Andy Coombes", "Neighbourhood Sergeant, Bedminster", "Avon and Somerset Police",
     "Items 3-6"),
    ("Mrs Karen Tilley", "DSL", "Merchants Vale Academy", "Yes"),
    ("Gail Pym", "School Nurse", "Severn Community Health", "Yes"),
    ("Nadia Ferris", "RHI Worker", "Waypoint", "Yes"),
    ("Jaz Ahmed", "Youth Worker", "The Sound Yard / Rise Up Youth", "Yes"),
    ("Kerry Hallett", "Mother", "-", "Item 1 only"),
    ("Pauline Hallett", "Maternal grandmother, connected person carer", "-", "Items 1-2"),
    ("Alison Greaves", "IRO", "SCC", "Apologies (report sent)"),
)

MACE_CONCERN: tuple[tuple[str, ...], ...] = (
    ("Person of concern", "Information (police: not to be shared with the family or Skye)"),
    ("TUCKETT, Aaron James (\"Tucks\")",
     f"DOB {AARON_DOB}. 12 Harrowdene Road, Hartcliffe, Bristol BS13 7ZA (mother's address). "
     f"Mobile {AARON_MOBILE}. Silver Audi A3 {AARON_CAR}. Known for cannabis supply. "
     "Intelligence links him to two other girls aged 14-15 in 2019-2020."),
    ("OLLIS, Reece (\"Bones\")",
     f"DOB {REECE_DOB}. No fixed abode; uses {TRAP_FLAT}, Weston-super-Mare {TRAP_POSTCODE}. "
     f"Mobile {REECE_MOBILE} (the \"Bones line\"). Linked to a county line running crack "
     "cocaine and heroin from Bristol to Weston. Charged with possession with intent "
     "(February 2021), on bail."),
    ("BRAMWELL, Kaden (\"Ghost\")",
     f"DOB {KADEN_DOB}. Brother. {GAVIN_HOME} (father's address). Mobile {KADEN_MOBILE}. "
     "Believed to run for the same line. Police view: he is both a risk to Skye and "
     "exploited himself."),
)

MACE_EPISODES: tuple[tuple[str, ...], ...] = (
    ("No.", "Dates", "Missing from", "Found / returned", "Known to be with", "RHI"),
    ("1", "04-05/10/2019", "Home", "Father's address, Weston (police)",
     "Kaden; lift from \"Tucks\"", "08/10/19"),
    ("2", "13/12/2019", "Home", "Hengrove retail park (police)", "Aaron Tuckett", "Declined"),
    ("3", "10/01/2020", "Home", "Returned herself 01:30", "Not known", "Declined"),
    ("4", "24/01/2020", "Home", "Tayla Mahoney's house, Knowle", "Tayla", "27/01/20"),
    ("5", "30/05/2020", "Foster placement", "Bedminster, by taxi", "Tayla and an older boy",
     "02/06/20"),
    ("6", "22/06/2020", "Foster placement", "Car in a lay-by, Whitchurch (police)",
     "Aaron Tuckett",
     "25/06/20"),
    ("7", "13-14/08/2020", "Foster placement", "Car park, Hengrove Promenade (police)",
     "Aaron Tuckett and Reece Ollis", "17/08/20"),
    ("8-16", "Aug to Nov 2020", "Foster placement",
     "Nine short episodes (under 6 hours); mostly back by taxi paid by someone else",
     "Aaron's car seen twice", "4 of 9"),
    ("17", "05/12/2020", "Foster placement", "Weston, with her brother (police)",
     "Kaden, Reece", "08/12/20"),
    ("18", "17-20/02/2021", "Nan's", "Flat 9, Bournville House, Weston (police)",
     "Reece Ollis (\"Bones\"), Kaden (first night)", "23/02/21"),
)

MACE_ITEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. Introductions, purpose and family's views", (
        "The chair explained the purpose of the MACE meeting: the risks to Skye outside the "
        "home, and how to disrupt the adults harming her. Kerry Hallett said she feels blamed "
        "and that \"nobody did nothing when she was twelve and getting in cars\". Nan (Mrs "
        "Hallett) said Skye has been \"so much calmer\" since she moved in on 11 December.",
    )),
    ("2. Skye's views (from Jaz Ahmed and Nadia Ferris)", (
        "Skye did not want to come but wrote a message for the meeting with Jaz: \"I know "
        "you all think I'm stupid. I'm not. I know what Bones is. Tucks is different but I "
        "get that you lot don't think so. I want to stay at Nan's. I want to do boxing and "
        "music. I don't want the police at Nan's door every week, the neighbours talk.\"",
        "Nadia: Skye has had 18 missing episodes since October 2019 (13 from the foster "
        "placement). The pattern changed in January: from nights in Aaron's car to days away "
        "in Weston. The February episode (3 days, with Reece Ollis in Weston) is the most "
        "serious. Skye says she went because Kaden told her Reece would \"sort her out with "
        "money\" and she wanted to buy Lacey's Christmas present she couldn't afford.",
    )),
    ("3. Information shared", (
        "Police (DC Rudd): see persons of concern. Skye was found on 20/02/2021 in the flat "
        "with £200 and a phone registered to a dead number. She was treated as a victim and "
        "not arrested. A CAWN was served on Aaron Tuckett on 15/03/2021 and one will be "
        "served on Reece Ollis this week. PS Coombes: the flat (Bournville House) is subject "
        "to a closure order application; patrols near 6 Tarrant Close have been asked to "
        "call in, discreetly, as Nan requested.",
        "School (Mrs Tilley): attendance 71% this term, better since she moved to Nan's. "
        "Skye is doing well in drama and English, and has asked to take GCSE Drama. School "
        "nurse (Gail Pym): sexual health advice given and Skye has a C-card. She "
        "says she is not sexually active \"now\". Emergency contraception was given in "
        "September 2020 at the clinic (recorded in the health record, not shared further).",
        "Youth work (Jaz): Skye comes to the Sound Yard every Tuesday and has written 12 "
        "verses. She uses music to talk about her mum, Shane and her brother. She performed "
        "once, and the room went silent. Jaz thinks she is \"the most talented young person "
        "we've had\".",
    )),
    ("4. Analysis of risk", (
        "Child sexual exploitation: HIGH. Grooming by Aaron Tuckett since at least "
        "autumn 2019, when she was 13 (gifts, lifts, cannabis, being her \"boyfriend\", the "
        "age gap of eight years). Child criminal exploitation: HIGH. Reece Ollis and the "
        "Weston line, with her brother as a route in. Protective factors: Nan, boxing, "
        "music, Jaz, school, Lacey, and Skye's own growing understanding.",
    )),
    ("5. Disruption", (
        "CAWNs (above). NRM referral submitted by Leanne Baptiste on 01/03/2021 as First "
        "Responder. Police to consider an ABE interview if Skye is willing (not yet). The car "
        "WU17 HZE to be flagged on ANPR. Kaden's bail conditions to include no contact with "
        "Skye unless supervised (police to ask CPS).",
    )),
)

MACE_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("No.", "Action", "Owner", "By"),
    ("1", "Serve CAWN on Reece Ollis; flag WU17HZE on ANPR", "DC Rudd", "24/03/2021"),
    ("2", "Exploitation risk assessment and safety plan, with Skye and Nan", "Tom Kenwright",
     "31/03/2021"),
    ("3", "Weekly one-to-one sessions (Safe Routes) on healthy relationships", "Leanne Baptiste",
     "from 22/03/2021"),
    ("4", "Keep Tuesday sessions at the Sound Yard; add a Thursday studio slot", "Jaz Ahmed",
     "ongoing"),
    ("5", "Pay for boxing (Redcatch ABC) twice a week and a bus pass", "Tom Kenwright",
     "19/03/2021"),
    ("6", "Support Nan: Reg 24 assessment, respite, a smoke alarm and door chain",
     "Tom Kenwright / PS Coombes", "14/04/2021"),
    ("7", "RHI within 72 hours after every missing episode", "Nadia Ferris", "ongoing"),
    ("8", "Review MACE", "Mike Denning", "12/05/2021"),
)

MACE_CLOSE = (
    "Outcome: Skye remains open to MACE, risk HIGH (CSE and CCE). Next meeting 12/05/2021. "
    "Minutes agreed by the chair on 19/03/2021. These minutes include police intelligence: "
    "they must not be shared with family members or with Skye without the chair's "
    "agreement."
)


def mace_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the MACE minutes."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(MARGIN_X, PAGE_H - 11 * mm,
                      f"{COUNCIL} - Multi-Agency Child Exploitation (MACE) meeting - minutes")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 15 * mm,
                           "OFFICIAL-SENSITIVE - contains police information")
    canvas.line(MARGIN_X, PAGE_H - 17 * mm, PAGE_W - MARGIN_X, PAGE_H - 17 * mm)
    canvas.drawString(MARGIN_X, 10 * mm, f"LCS {SUBJECT_ID} | MACE 17/03/2021")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def mace_furniture_text(page: int, total: int) -> str:
    """The furniture text of one page of the MACE minutes."""
    return (f"{COUNCIL} - Multi-Agency Child Exploitation (MACE) meeting - minutes "
            "OFFICIAL-SENSITIVE - contains police information "
            f"LCS {SUBJECT_ID} | MACE 17/03/2021 Page {page} of {total}")


def build_mace(corpus: Corpus) -> int:
    """Write the MACE minutes; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "MACE MEETING - INDIVIDUAL YOUNG PERSON"
    story: list = [para(title, H1), pair_table(MACE_DETAILS, w, label_w=25 * mm),
                   para("Attendees", H2),
                   grid_table(MACE_PRESENT, [38 * mm, 50 * mm, w - 113 * mm, 25 * mm],
                              shade="#f2dede"),
                   para("Persons of concern", H2),
                   grid_table(MACE_CONCERN, [44 * mm, w - 44 * mm], shade="#f2dede")]
    text = [title, rows_text(MACE_DETAILS), "Attendees", rows_text(MACE_PRESENT),
            "Persons of concern", rows_text(MACE_CONCERN)]
    for heading, paragraphs_ in MACE_ITEMS:
        story.append(para(heading, H2))
        text.append(heading)
        for body in paragraphs_:
            story.append(para(body, BODY))
            text.append(body)
        if heading.startswith("2."):
            story += [para("Missing episodes since October 2019 (from Waypoint and police)",
                           SMALL_BOLD),
                      grid_table(MACE_EPISODES, [10 * mm, 24 * mm, 26 * mm, 52 * mm,
                                                 w - 130 * mm, 18 * mm], shade="#f2dede")]
            text += ["Missing episodes since October 2019 (from Waypoint and police)",
                     rows_text(MACE_EPISODES)]
    story += [para("6. Actions", H2),
              grid_table(MACE_ACTIONS, [10 * mm, 95 * mm, 42 * mm, w - 147 * mm],
                         shade="#f2dede"),
              Spacer(1, 3 * mm), para(MACE_CLOSE, SMALL)]
    text += ["6. Actions", rows_text(MACE_ACTIONS), MACE_CLOSE]
    pages = build_platypus(CASE_DIR / MACE_PDF, mace_furniture, story, "MACE minutes",
                           "Leanne Baptiste", top=22 * mm)
    corpus.add(MACE_PDF, *(mace_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Pathway plan (DOCX), 14 September 2022, partly in Skye's own words
# --------------------------------------------------------------------------------------------

PLAN_ABOUT: tuple[tuple[str, ...], ...] = (
    ("Name", "Skye Louise Bramwell"),
    ("Likes to be called", "Skye. Skyline when I'm on the mic."),
    ("Date of birth", "23rd May 2006 (16)"),
    ("LCS ID", SUBJECT_ID),
    ("NHS number", SUBJECT_NHS),
    ("National Insurance number", f"{SUBJECT_NI} (card came in July)"),
    ("Legal status", "Looked after (s20), eligible child"),
    ("Address", KESTREL),
    ("Phone / e-mail", f"{SUBJECT_PHONE} / {SUBJECT_EMAIL}"),
    ("College", f"Avonbank College, Level 1 Hair and Beauty (student no. {SUBJECT_ULN})"),
    ("GP", "Dr Naomi Fry, Filwood Green Surgery"),
    ("Social worker", f"Tom Kenwright, {TOM_PHONE}"),
    ("Personal adviser", f"Jess Lyddon, {JESS_MOBILE}, {JESS_EMAIL}"),
    ("IRO", "Alison Greaves"),
)

PLAN_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("Where I live",
     "Skye moved to Kestrel House on 06/06/2022. It is 16+ supported accommodation with "
     "six flats, staff on site 24 hours, and a key worker (Dom Venn) who sees her twice a "
     "week for key work: cooking, budgeting, bills, safety. Curfew 10pm on weekdays and "
     "11pm at weekends, to be reviewed at Christmas. She has settled well and keeps her "
     "flat tidy. She visits Nan in Bedminster most days after college.",
     "In my own words: I like having my own door. I don't like the fire alarm going off "
     "every time someone makes toast (Maddie). I want my own council flat when I'm 18, "
     "near Nan but not too near Mum's. Please don't put me in a hostel with old men."),
    ("Education, training and work",
     "Level 1 Hair and Beauty at Avonbank College, three days a week, plus Maths GCSE "
     "resit. Her tutor Stacey Bennett says she has \"good hands and great chat with "
     "clients\". The 16-19 bursary is in place. She wants to go on to Level 2 and then an "
     "apprenticeship in a salon.",
     "In my own words: One day I'm having my own salon and it's going to be called Skye's "
     "the Limit. Maths is long but I'll do it. Stacey says I'm a natural with nails."),
    ("Health and how I feel",
     "Registered with Dr Fry. Asthma is well controlled; she has a blue and a brown inhaler "
     "and uses them. Dentist up to date. She smokes some cannabis at weekends and has "
     "agreed to see the young people's drug and alcohol worker. Her sleep is better. "
     "She has had some low times around anniversaries (her brother's sentencing, her "
     "birthday) and uses boxing and music to cope. She knows how to get sexual health "
     "advice and where the clinic is.",
     "In my own words: Boxing is my therapy, that's it. When I'm angry I go bag work and "
     "when I'm sad I write bars. I don't want a counsellor right now, I've had enough "
     "people asking how I feel."),
    ("Family and friends",
     "Skye's nan is the most important person in her life and they talk every day. She "
     "sees her mum on Sundays at her mum's flat in Hartcliffe; her mum has been sober "
     "since Christmas and they are getting on better. Her brother is in prison and they "
     "write. She looks after her little cousin on Saturdays when she can. Her best friend "
     "is a girl from school who is now at college with her.",
     "In my own words: Nan is my rock. Mum is trying and I'm proud of her but I'm not "
     "going back to live there. Kaden is my brother and I love him but he made bad "
     "choices and I've made mine. Lacey is my baby, I'd do anything for her."),
    ("Identity",
     "Skye is White British and describes herself as \"Knowle West born and bred\". She is "
     "proud of where she comes from. Music is a big part of who she is: she writes and "
     "records at the Sound Yard with Jaz Ahmed and performs as Skyline.",
     "In my own words: I'm a Bristol girl. I rap about real life. Some people think a girl "
     "from the estate can't do nothing. Watch me."),
    ("Money",
     "Kestrel House allowance £67 a week including food. Bursary £30 a week. She has a "
     "bank account and a savings account (£250 from her Junior ISA statement). Setting up "
     "home grant to be used when she moves on. She is learning to budget with Dom; she "
     "spends a lot on her nails and on Lacey.",
     "In my own words: I'm good with money when it's MY money. I want to save for a car."),
    ("Staying safe",
     "Skye was sexually and criminally exploited by adult men between 2019 and 2021. Both "
     "men have Child Abduction Warning Notices. She has had no missing episodes since "
     "February 2021. She knows the safety plan: she tells staff where she is going, keeps "
     "her phone charged, rings Jess, Dom or EDT if she feels unsafe, and does not get into "
     "cars with people she does not know well. Leanne Baptiste (Safe Routes) will keep "
     "seeing her every month until Christmas.",
     "In my own words: I know what grooming is now. Back then I thought he was my "
     "boyfriend. I was 13. I'm not stupid, I was a kid. If anyone starts on me now I "
     "will tell someone, I promise."),
)

PLAN_PEOPLE: tuple[tuple[str, ...], ...] = (
    ("Who", "Who they are to me", "Contact", "Details"),
    ("Nan (Pauline Hallett)", "My nan, my rock", "Every day",
     f"{NAN_HOME}, Bedminster {NAN_POSTCODE}. {NAN_LANDLINE} / {NAN_MOBILE}"),
    ("Mum (Kerry)", "My mum", "Sundays for tea",
     f"{KERRY_FLAT}, {KERRY_MOBILE}, {KERRY_EMAIL}"),
    ("Kaden", "My brother", "Letters and prison visits with Nan", "HMP Bristol"),
    ("Lacey and Gemma", "My cousin (3) and my auntie", "Saturdays", "Live with Nan"),
    ("Tayla", "Best friend", "Every day", "Avonbank College (Childcare)"),
    ("Dave Rossiter", "Boxing coach", "Tue and Thu training",
     "Redcatch ABC, 07700 900774"),
    ("Jaz Ahmed", "Youth worker", "Tuesdays at the Sound Yard", JAZ_MOBILE),
    ("Dom Venn", "Key worker", "Twice a week", "Kestrel House"),
)

PLAN_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("No.", "What will happen", "Who", "By when"),
    ("1", "Review curfew at weekends", "Dom Venn, Skye", "December 2022"),
    ("2", "Apply to the housing register (care leaver priority) at 17.5", "Jess Lyddon",
     "November 2023"),
    ("3", "Referral to the young people's drug and alcohol service", "Tom Kenwright",
     "30/09/2022"),
    ("4", "Provisional driving licence and savings plan", "Skye, Jess", "May 2023"),
    ("5", "Monthly Safe Routes sessions", "Leanne Baptiste", "to December 2022"),
    ("6", "Next pathway plan review", "Jess Lyddon, Alison Greaves (IRO)", "March 2023"),
)

PLAN_SIGNED: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Signed", "Date"),
    ("Skye Bramwell", "Me", "Skye B", "14/09/22"),
    ("Jess Lyddon", "Personal Adviser", "J. Lyddon", "14/09/22"),
    ("Tom Kenwright", "Social Worker", "T. Kenwright", "14/09/22"),
    ("Sian Maddox", "Team Manager", "S. Maddox", "19/09/22"),
)


def build_plan(corpus: Corpus) -> None:
    """Write the pathway plan as a Word document."""
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
        head.text = f"{COUNCIL} | Next Steps (Leaving Care) | Pathway Plan | LCS {SUBJECT_ID}"
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        text.append(head.text)
        foot = section.footer.paragraphs[0]
        foot.text = ("OFFICIAL-SENSITIVE - Pathway Plan PP2 (v6) - Children (Leaving Care) "
                     "Act 2000")
        text.append(foot.text)

    add("My Pathway Plan", style="Title")
    add("Skye's first pathway plan, written with her at Kestrel House on Wednesday 14 "
        "September 2022 with Tom Kenwright (SW), Jess Lyddon (PA) and Dom Venn (key worker). "
        "Skye wrote the \"In my own words\" parts herself on Jess's laptop.")
    add("About me", style="Heading 1")
    table(PLAN_ABOUT, (4.5, 12.5), header=False)
    for heading, now, words in PLAN_SECTIONS:
        add(heading, style="Heading 1")
        add(now)
        add(words, italic=True)
    add("People who matter to me", style="Heading 1")
    table(PLAN_PEOPLE, (3.8, 3.8, 3.6, 5.8))
    add("If things go wrong (contingency)", style="Heading 1")
    add("If Kestrel House ends, Skye would go back to Nan's for a short time while another "
        "16+ placement is found. If Skye goes missing, staff follow the missing protocol and "
        "Waypoint offer a return home interview. Skye has said: \"If I go quiet, ring Nan "
        "first, she always knows.\"")
    add("What I am proud of", style="Heading 1")
    add("In my own words: Passing English. Winning Most Improved at boxing. Doing my first "
        "show at the Yard. Getting into college. Being there for Lacey. Not going missing "
        "for a whole year.", italic=True)
    add("Actions", style="Heading 1")
    table(PLAN_ACTIONS, (1.2, 8.8, 4.2, 2.8))
    add("Signatures", style="Heading 1")
    table(PLAN_SIGNED, (4.4, 4.6, 4.2, 3.8))

    props = doc.core_properties
    props.title = "Pathway Plan"
    props.author = "Jess Lyddon"
    props.last_modified_by = "Jess Lyddon"
    props.subject = "Pathway Plan 16+"
    props.keywords = ""
    props.comments = ""
    props.created = dt.datetime(2022, 9, 13, 15, 2, 0)
    props.modified = dt.datetime(2022, 9, 19, 10, 47, 0)
    props.revision = 7
    buffer = io.BytesIO()
    doc.save(buffer)
    data = fixed_zip(buffer.getvalue(), (2022, 9, 19, 10, 47, 0))
    (CASE_DIR / PLAN_DOCX).write_bytes(data)
    corpus.add(PLAN_DOCX, *text)


# --------------------------------------------------------------------------------------------
# WhatsApp export (TXT) between Skye and her PA, May 2024 to October 2025
# --------------------------------------------------------------------------------------------

CHAT_INTRO = (
    "Messages and calls are end-to-end encrypted. Only people in this chat can read, "
    "listen to, or share them. Learn more."
)
SKYE = "Skye B"
JESS = "Jess Lyddon"

# (date, time, sender, message); emojis written as words, as the export was cleaned
CHAT: tuple[tuple[str, str, str, str], ...] = (
    ("23/05/2024", "08:01", JESS, "Happy 18th Skye!!! (party popper emoji) have the best day, "
     "see you at 1 for cake x"),
    ("23/05/2024", "08:14", SKYE, "omg thank uuuu (crying laughing emoji) im old now"),
    ("23/05/2024", "08:15", SKYE, "nan already rang me at 7 singing down the phone lol"),
    ("23/05/2024", "08:16", JESS, "of course she did (heart emoji)"),
    ("11/06/2024", "21:37", SKYE, "jess did u hear about tucks"),
    ("11/06/2024", "21:40", JESS, "Hi Skye, yes DC Rudd rang me this afternoon. 4 years. How "
     "are you feeling? I can come round tomorrow"),
    ("11/06/2024", "21:43", SKYE, "idk. weird. like happy but sick at the same time"),
    ("11/06/2024", "21:44", SKYE, "tayla came round we got a chinese"),
    ("11/06/2024", "21:45", JESS, "Good, I'm glad you're not on your own. What you did took "
     "so much courage. 11am tomorrow?"),
    ("11/06/2024", "21:45", SKYE, "ye ok (thumbs up emoji)"),
    ("12/07/2024", "15:02", SKYE, "PASSED MY LEVEL 2!!!!! (fire emoji x3)"),
    ("12/07/2024", "15:03", SKYE, "merit!!! stacey cried"),
    ("12/07/2024", "15:05", JESS, "SKYE!!!! I'm so proud of you (clapping emoji x5)"),
    ("12/07/2024", "15:06", SKYE, "and the salon said i can do saturdays"),
    ("29/08/2024", "10:20", SKYE, "can u ring me when ur free its about the flat"),
    ("29/08/2024", "10:48", JESS, "Ringing now"),
    ("29/08/2024", "10:49", JESS, "Missed voice call"),
    ("29/08/2024", "11:02", SKYE, "sorry was in the shower lol. they offered me one in "
     "hartcliffe!!"),
    ("29/08/2024", "11:03", SKYE, "causeway court, flat 7, 1 bed. nans gonna be 2 buses away "
     "(crying emoji)"),
    ("29/08/2024", "11:05", JESS, "That's brilliant news. 2 buses isn't too bad and your "
     "mum's round the corner. Shall we go and view it Tuesday?"),
    ("29/08/2024", "11:05", SKYE, "ye. dont tell mum yet i wanna tell her"),
    ("04/11/2024", "19:12", SKYE, "<Media omitted>"),
    ("04/11/2024", "19:12", SKYE, "LOOK AT MY SOFA"),
    ("04/11/2024", "19:15", JESS, "It's gorgeous!! Your first night in your own place (house "
     "emoji) (heart emoji)"),
    ("04/11/2024", "19:16", SKYE, "lacey already put her sticky hands on it lmao"),
    ("04/11/2024", "19:16", SKYE, "gemma brought her round with a plant from nan"),
    ("16/12/2024", "23:48", SKYE, "u awake"),
    ("16/12/2024", "23:49", SKYE, "This message was deleted"),
    ("17/12/2024", "08:30", JESS, "Morning Skye, just seen this. You ok? I'm about all day"),
    ("17/12/2024", "09:15", SKYE, "ye sorry. had a bad night. mum and ryan were screaming at "
     "each other on facetime and i just felt 12 again"),
    ("17/12/2024", "09:16", SKYE, "went boxing at 7 tho. dave made me do 10 rounds on the bag "
     "lol im dead"),
    ("17/12/2024", "09:20", JESS, "That sounds like a really hard night, and you did the "
     "right thing looking after yourself. Want me to pop round after work? I can bring "
     "biscuits"),
    ("17/12/2024", "09:21", SKYE, "custard creams pls (prayer hands emoji)"),
    ("18/03/2025", "07:55", SKYE, "nan got took in last night, shes on the chest ward at the "
     "BRI"),
    ("18/03/2025", "07:56", SKYE, "i cant lose her jess"),
    ("18/03/2025", "08:02", JESS, "Oh Skye. I'm so sorry. Go and be with her. Don't worry "
     "about college today, I'll let Stacey know. I'll check your rent's paid too. Ring me "
     "anytime x"),
    ("20/03/2025", "18:40", SKYE, "shes sitting up!! eating toast and moaning about the tea "
     "(laughing emoji)"),
    ("02/04/2025", "20:11", SKYE, "first session coaching the little ones tonight"),
    ("02/04/2025", "20:11", SKYE, "one of them called me miss (crying laughing emoji x3)"),
    ("02/04/2025", "20:13", JESS, "Coach Skye!! They're lucky to have you"),
    ("26/06/2025", "16:30", SKYE, "jess whats a subject access request"),
    ("26/06/2025", "16:34", JESS, "It's how you ask the council for a copy of your records. "
     "Why?"),
    ("26/06/2025", "16:36", SKYE, "jaz said i should write about my life for my album and i "
     "dont remember loads of it. like when i was little. i want to read what they wrote about "
     "me"),
    ("26/06/2025", "16:40", JESS, "That's a really good idea. Some of it might be hard to "
     "read, so I can sit with you when it comes. I'll send you the link"),
    ("26/06/2025", "16:41", SKYE, "ok. not yet tho. after my apprenticeship starts"),
    ("08/09/2025", "08:44", SKYE, "<Media omitted>"),
    ("08/09/2025", "08:44", SKYE, "first day in my tunic (nail polish emoji) studio nine "
     "baby"),
    ("08/09/2025", "08:50", JESS, "Look at you!!! Go and smash it x"),
    ("08/09/2025", "08:51", SKYE, "mum cried when i showed her lol. maddie says hi btw shes "
     "doing childcare now"),
    ("21/10/2025", "17:05", SKYE, "my pathway review is thursday yeah"),
    ("21/10/2025", "17:06", JESS, "Yes, 4pm at yours. Alison can't come so it's just me"),
    ("21/10/2025", "17:08", SKYE, "sound. i want to put in it that im gonna do my level 3 "
     "and save for a car and that i want to keep doing the coaching"),
    ("21/10/2025", "17:09", SKYE, "and that im ok. actually ok. not just saying it"),
    ("21/10/2025", "17:10", JESS, "I'll write it exactly like that (heart emoji)"),
)


def build_chat(corpus: Corpus) -> None:
    """Write the WhatsApp export (Android format, LF line ends)."""
    first = CHAT[0]
    lines = [f"{first[0]}, {first[1]} - {CHAT_INTRO}",
             f"{first[0]}, {first[1]} - Skye B is a contact."]
    for day, time, sender, message in CHAT:
        line = f"{day}, {time} - {sender}: {message}"
        lines.append(line)
        iso = dt.datetime.strptime(day, "%d/%m/%Y").date().isoformat()
        corpus.note(CHAT_TXT, iso, line)
    text = "\n".join(lines) + "\n"
    (CASE_DIR / CHAT_TXT).write_text(text, encoding="utf-8", newline="\n")
    corpus.add(CHAT_TXT, text)


# --------------------------------------------------------------------------------------------
# case.toml and ground truth
# --------------------------------------------------------------------------------------------

SUBJECT_ALIASES = ("Skye", "Skye Louise Bramwell", "Skye B", "Skyline")

PEOPLE: tuple[Person, ...] = (
    Person("Kerry Hallett", ("Kerry", "Ms Hallett"), "redact",
           "no consent: asked on 2026-11-12, she said no", relationship="mother"),
    Person("Pauline Hallett", ("Nanny Pauline", "Mrs Hallett"), "redact",
           "not asked yet (in hospital)", relationship="grandmother"),
    Person("Kaden Bramwell", ("Kaden", "Ghost"), "redact", "third party, no consent",
           relationship="brother"),
    Person("Aaron Tuckett", ("Tucks",), "redact",
           "adult who harmed her: third party, police information", relationship="other"),
    Person("Tom Kenwright", ("Tom",), "disclose", "acting as her social worker",
           role="social worker"),
    Person("Jess Lyddon", ("Jess",), "disclose", "acting as her personal adviser",
           role="personal adviser"),
    Person("Jaz Ahmed", ("Jaz",), "disclose",
           "acting as a commissioned youth worker (a professional)", role="youth worker"),
)


def case_toml() -> str:
    """The text of this case's CASE.toml in the DESIGN.md format."""
    lines = ["# Case file for a held-out fictional sample case in this folder (see",
             "# ../README.md). Everyone named here is invented.", "",
             "[subject]", f"name = {toml_str(SUBJECT)}",
             f"aliases = [{', '.join(toml_str(a) for a in SUBJECT_ALIASES)}]",
             'date_of_birth = "2006-05-23"', "",
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


KERRY, SHANE, RYAN = "Kerry Hallett", "Shane Vowles", "Ryan Gingell"
KADEN, GAVIN = "Kaden Bramwell", "Gavin Bramwell"
PAULINE, GEMMA, LACEY = "Pauline Hallett", "Gemma Hallett", "Lacey Hallett"
TAYLA, DONNA, MADDIE = "Tayla Mahoney", "Donna Mahoney", "Maddie Pillinger"
AARON, REECE = "Aaron Tuckett", "Reece Ollis"
SANDRA, PHIL = "Sandra Gillard", "Phil Gillard"
DAVE, SPERRING = "Dave Rossiter", "Janice Sperring"
HAINES, RUDD, COOMBES = "Josh Haines", "Claire Rudd", "Andy Coombes"

REDACT: tuple[tuple[str, str, str], ...] = (
    # Mother: a different surname from Skye's
    ("Kerry Hallett", "person", KERRY),
    ("Kerry Anne HALLETT", "person", KERRY),
    ("HALLETT, Kerry Anne", "person", KERRY),
    ("Kerry", "person", KERRY),
    ("Kerry's", "person", KERRY),
    ("Ms Hallett", "person", KERRY),
    ("Ms Hallett's", "person", KERRY),
    (KERRY_DOB, "dob", KERRY),
    (KERRY_MOBILE, "phone", KERRY),
    (KERRY_EMAIL, "email", KERRY),
    (FAMILY_HOME, "address", KERRY),
    ("24 Nutgrove Walk", "address", SPERRING),
    (FAMILY_POSTCODE, "postcode", KERRY),
    (KERRY_FLAT, "address", KERRY),
    # Mother's partners
    ("Shane Vowles", "person", SHANE),
    ("Shane VOWLES", "person", SHANE),
    ("Shane", "person", SHANE),
    ("Shane's", "person", SHANE),
    ("Mr Vowles", "person", SHANE),
    (SHANE_DOB, "dob", SHANE),
    (SHANE_MOBILE, "phone", SHANE),
    ("Ryan Gingell", "person", RYAN),
    ("Ryan", "person", RYAN),
    ("ryan", "person", RYAN),
    ("Mr Gingell", "person", RYAN),
    (RYAN_DOB, "dob", RYAN),
    # Brother (street name "Ghost") and father share Skye's surname
    ("Kaden BRAMWELL", "person", KADEN),
    ("BRAMWELL, Kaden", "person", KADEN),
    ("Kaden Bramwell", "person", KADEN),
    ("Kaden", "person", KADEN),
    ("Kaden's", "person", KADEN),
    ("Ghost", "person", KADEN),
    ("GHOST", "person", KADEN),
    (KADEN_DOB, "dob", KADEN),
    (KADEN_MOBILE, "phone", KADEN),
    ("Gavin BRAMWELL", "person", GAVIN),
    ("Gavin Bramwell", "person", GAVIN),
    (GAVIN_DOB, "dob", GAVIN),
    ("18 Stanmore Crescent", "address", GAVIN),
    ("BS23 3ZP", "postcode", GAVIN),
    # Nan, aunt and little cousin
    ("Pauline Hallett", "person", PAULINE),
    ("Pauline HALLETT", "person", PAULINE),
    ("Mrs Pauline Hallett", "person", PAULINE),
    ("Mrs Hallett", "person", PAULINE),
    ("Nanny Pauline", "person", PAULINE),
    ("Pauline", "person", PAULINE),
    (NAN_DOB, "dob", PAULINE),
    (NAN_HOME, "address", PAULINE),
    (NAN_POSTCODE, "postcode", PAULINE),
    (NAN_LANDLINE, "phone", PAULINE),
    (NAN_MOBILE, "phone", PAULINE),
    ("Gemma HALLETT", "person", GEMMA),
    ("Gemma", "person", GEMMA),
    ("gemma", "person", GEMMA),
    ("Lacey", "person", LACEY),
    ("Lacey's", "person", LACEY),
    ("lacey", "person", LACEY),
    # Friends and other young people
    ("Tayla Mahoney", "person", TAYLA),
    ("Tayla", "person", TAYLA),
    ("Tayla's", "person", TAYLA),
    ("tayla", "person", TAYLA),
    ("Tay's", "person", TAYLA),
    ("Mrs Donna Mahoney", "person", DONNA),
    ("Donna", "person", DONNA),
    ("31 Broadoak Walk", "address", DONNA),
    (TAYLA_DOB, "dob", TAYLA),
    ("07700 900718", "phone", DONNA),
    ("Maddie Pillinger", "person", MADDIE),
    ("Maddie", "person", MADDIE),
    ("maddie", "person", MADDIE),
    # The adults who exploited her
    ("Aaron Tuckett", "person", AARON),
    ("TUCKETT, Aaron James", "person", AARON),
    ("Aaron", "person", AARON),
    ("Aaron's", "person", AARON),
    ("Mr Tuckett", "person", AARON),
    ("Tucks", "person", AARON),
    ("Tucks's", "person", AARON),
    ("tucks", "person", AARON),
    (AARON_DOB, "dob", AARON),
    (AARON_MOBILE, "phone", AARON),
    (AARON_CAR, "vehicle", AARON),
    ("WU17HZE", "vehicle", AARON),
    ("12 Harrowdene Road", "address", AARON),
    ("BS13 7ZA", "postcode", AARON),
    ("Reece Ollis", "person", REECE),
    ("OLLIS, Reece", "person", REECE),
    ("Reece", "person", REECE),
    ("Bones", "person", REECE),
    (REECE_DOB, "dob", REECE),
    (REECE_MOBILE, "phone", REECE),
    (TRAP_FLAT, "address", REECE),
    ("Bournville House", "address", REECE),
    (TRAP_POSTCODE, "postcode", REECE),
    # Foster carers (unclear role)
    ("Sandra Gillard", "person", SANDRA),
    ("Sandra", "person", SANDRA),
    ("Sandra's", "person", SANDRA),
    ("Gillards", "person", SANDRA),
    ("9 Wellsway Gardens", "address", SANDRA),
    ("BS31 1ZX", "postcode", SANDRA),
    (GILLARD_LANDLINE, "phone", SANDRA),
    (SANDRA_MOBILE, "phone", SANDRA),
    ("Phil Gillard", "person", PHIL),
    ("Phil", "person", PHIL),
    ("Mr and Mrs Gillard", "person", PHIL),
    # Members of the public
    ("Dave Rossiter", "person", DAVE),
    ("Dave", "person", DAVE),
    ("dave", "person", DAVE),
    ("07700 900774", "phone", DAVE),
    ("Mrs Janice Sperring", "person", SPERRING),
    # Police officers (unclear role)
    ("PC 2719 HAINES", "person", HAINES),
    ("PC Haines", "person", HAINES),
    ("DC Claire Rudd", "person", RUDD),
    ("DC 3368 Claire Rudd", "person", RUDD),
    ("Rudd, Claire (DC 3368)", "person", RUDD),
    ("DC Rudd", "person", RUDD),
    (RUDD_EMAIL, "email", RUDD),
    ("PS 1442 Andy Coombes", "person", COOMBES),
    ("PS Coombes", "person", COOMBES),
)
# Foster carers and police officers: unclear roles.
UNCLEAR_PEOPLE = {SANDRA, PHIL, HAINES, RUDD, COOMBES}

KEEP: tuple[tuple[str, str], ...] = (
    # The subject: every form of her name and her own identifiers
    (SUBJECT, "subject"),
    ("Skye", "subject"),
    ("Skye's", "subject"),
    (SUBJECT_FULL, "subject"),
    ("Skye Louise BRAMWELL", "subject"),
    ("BRAMWELL, Skye Louise", "subject"),
    ("Skye BRAMWELL", "subject"),
    ("BRAMWELL, Skye", "subject"),
    ("Skye B", "subject"),
    ("Skyline", "subject"),
    (SUBJECT_DOB, "subject"),
    ("23.05.2006", "subject"),
    ("23rd May 2006", "subject"),
    (SUBJECT_ID, "subject"),
    (SUBJECT_NHS, "subject"),
    (SUBJECT_NI, "subject"),
    (SUBJECT_PHONE, "subject"),
    (SUBJECT_NEW_PHONE, "subject"),
    (SUBJECT_EMAIL, "subject"),
    (SUBJECT_ULN, "subject"),
    ("FD-17-20931", "subject"),
    (KESTREL, "subject"),
    ("Flat 3, Kestrel House", "subject"),
    ("Kestrel House", "subject"),
    ("Kestrel", "subject"),
    (OWN_FLAT, "subject"),
    ("causeway court, flat 7", "subject"),
    # Professionals: names in every form, work phones and e-mails
    ("Rebecca Stanton", "professional"),
    ("R. Stanton", "professional"),
    ("Bex", "professional"),
    ("Tom Kenwright", "professional"),
    ("Tom", "professional"),
    ("T. Kenwright", "professional"),
    (TOM_EMAIL, "professional"),
    (TOM_PHONE, "professional"),
    (TOM_MOBILE, "professional"),
    ("Sian Maddox", "professional"),
    ("S Maddox", "professional"),
    ("S. Maddox", "professional"),
    ("Alison Greaves", "professional"),
    ("Alison", "professional"),
    ("Leanne Baptiste", "professional"),
    ("Leanne", "professional"),
    (LEANNE_EMAIL, "professional"),
    ("Nadia Ferris", "professional"),
    ("Nadia", "professional"),
    (NADIA_EMAIL, "professional"),
    ("Owen Clatworthy", "professional"),
    ("O. Clatworthy", "professional"),
    ("Jess Lyddon", "professional"),
    ("Jess", "professional"),
    ("jess", "professional"),
    ("J. Lyddon", "professional"),
    (JESS_EMAIL, "professional"),
    (JESS_MOBILE, "professional"),
    ("Dom Venn", "professional"),
    ("Dom", "professional"),
    (DOM_EMAIL, "professional"),
    (DOM_PHONE, "professional"),
    ("Precious", "professional"),
    ("Jaz Ahmed", "professional"),
    ("Jaz", "professional"),
    ("jaz", "professional"),
    (JAZ_EMAIL, "professional"),
    (JAZ_MOBILE, "professional"),
    ("Mrs Karen Tilley", "professional"),
    ("Karen Tilley", "professional"),
    ("Mrs Tilley", "professional"),
    ("Karen", "professional"),
    (TILLEY_EMAIL, "professional"),
    (TILLEY_PHONE, "professional"),
    ("Gail Pym", "professional"),
    ("Gail", "professional"),
    ("gail.pym@example.org", "professional"),
    ("Dr Naomi Fry", "professional"),
    ("Dr Fry", "professional"),
    ("Stacey Bennett", "professional"),
    ("Stacey", "professional"),
    ("stacey", "professional"),
    ("Mike Denning", "professional"),
    ("Kim Harte", "professional"),
    ("Graham Lusty", "professional"),
    ("Mr Carl Jefferies", "professional"),
    ("0117 496 0999", "professional"),
    # Places, services and organisations
    (COUNCIL, "place"),
    ("Bristol", "place"),
    ("Knowle West", "place"),
    ("Knowle", "place"),
    ("Bedminster", "place"),
    ("Hartcliffe", "place"),
    ("hartcliffe", "place"),
    ("Hengrove", "place"),
    ("Keynsham", "place"),
    ("Weston-super-Mare", "place"),
    ("Weston", "place"),
    ("Withywood", "place"),
    ("Ashgrove Road", "place"),
    ("Merchants Vale Academy", "place"),
    ("Avon Vale Learning Trust", "place"),
    ("Avonbank College", "place"),
    ("Filwood Green Surgery", "place"),
    ("Filwood Community Hub", "place"),
    ("Redcatch ABC", "place"),
    ("the Sound Yard", "place"),
    ("Sound Yard", "place"),
    ("Next Steps", "place"),
    ("Whitchurch", "place"),
    ("London", "place"),
    ("studio nine", "place"),
    ("Rise Up Youth", "place"),
    ("Waypoint Young People's Service", "place"),
    ("Waypoint", "place"),
    ("Safe Routes Team", "place"),
    ("Safe Routes", "place"),
    ("Avon and Somerset Police", "place"),
    ("Kestrel Housing Support Ltd", "place"),
    ("Severnside Homes", "place"),
    ("Severn Community Health", "place"),
    ("HMP Bristol", "place"),
    ("BRI", "place"),
    ("Studio Nine", "place"),
    ("Hengrove Promenade", "place"),
    # Ordinary content and jargon
    ("Bruno", "content"),
    ("Staffie", "content"),
    ("Skye's the Limit", "content"),
    ("Nan's Kitchen", "content"),
    ("Most Improved", "content"),
    ("CAWN", "content"),
    ("Child Abduction Warning Notices", "content"),
    ("MACE", "content"),
    ("RHI", "content"),
    ("PPN", "content"),
    ("ABE", "content"),
    ("NRM", "content"),
    ("First Responder", "content"),
    ("CSE", "content"),
    ("CCE", "content"),
    ("Reg 24", "content"),
    ("s20", "content"),
    ("s17", "content"),
    ("ICPC", "content"),
    ("RCPC", "content"),
    ("CPOMS", "content"),
    ("C-card", "content"),
    ("county line", "content"),
    ("eligible child", "content"),
    ("former relevant child", "content"),
    ("Child in Need", "content"),
    ("EDT", "content"),
    ("custard creams", "content"),
    ("Junior ISA", "content"),
    # Relationship words, which stay
    ("Nan", "relationship"),
    ("Nan's", "relationship"),
    ("nan", "relationship"),
    ("Mum", "relationship"),
    ("her brother", "relationship"),
    ("her dad", "relationship"),
    ("my auntie", "relationship"),
    # Dates as written
    ("04/09/2017", "date"),
    ("Tue 8th October 2019", "date"),
    ("17.08.20", "date"),
    ("Tue 22nd Nov 2022", "date"),
    ("Wednesday 17th March 2021", "date"),
    ("Wed, 8 Mar 2023", "date"),
    ("25 November 2019", "date"),
    ("08 October 2019", "date"),
    ("14/09/22", "date"),
    ("23/05/2024", "date"),
)

# (ISO date, precision, category, phrase the record contains, document)
EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("2017-07-30", "day", "concern", "Skye rang 999 herself", ASSESSMENT_PDF),
    ("2017-09-04", "day", "concern", "Anonymous referral by phone from a neighbour", NOTES_CSV),
    ("2017-09-12", "day", "concern", "House in poor state", NOTES_CSV),
    ("2017-10-20", "day", "meeting", "Outcome: Child in Need plan", NOTES_CSV),
    ("2017-10-20", "day", "voice", "I want my mum to get better", ASSESSMENT_PDF),
    ("2018-02-15", "day", "meeting", "child protection plan, category NEGLECT", NOTES_CSV),
    ("2018-07-10", "day", "achievement", "first session at Redcatch ABC", NOTES_CSV),
    ("2018-12-03", "day", "family", "had a baby girl", NOTES_CSV),
    ("2018-12-03", "day", "voice", "going to be the best cousin in the world", NOTES_CSV),
    ("2019-03-21", "day", "meeting", "CP plan ended, stepped down to CIN", NOTES_CSV),
    ("2019-06-28", "day", "voice", "thanks for not being a snake", NOTES_CSV),
    ("2019-10-05", "day", "concern", "First missing episode", NOTES_CSV),
    ("2019-10-08", "day", "voice", "I just wanted to see my brother", RHI_PDF),
    ("2019-11-25", "day", "concern", "get into a silver Audi", EMAIL_2019),
    ("2019-11-27", "day", "meeting", "Section 47 (CSE) agreed", NOTES_CSV),
    ("2020-02-06", "day", "concern", "at home alone with no electricity", NOTES_CSV),
    ("2020-02-06", "day", "placement", "Emergency placement with", NOTES_CSV),
    ("2020-03-25", "day", "voice", "like a prisoner but with snacks", NOTES_CSV),
    ("2020-08-14", "day", "concern", "in a car park in Hengrove", NOTES_CSV),
    ("2020-08-17", "day", "voice", "I wouldn't need to go nowhere", RHI_PDF),
    ("2020-09-24", "day", "meeting", "Second CLA review", NOTES_CSV),
    ("2020-12-11", "day", "placement", "Moved to Nan's", NOTES_CSV),
    ("2021-02-20", "day", "concern", "Skye missing 3 days", NOTES_CSV),
    ("2021-03-01", "day", "meeting", "NRM referral submitted", MACE_PDF),
    ("2021-03-15", "day", "concern", "A CAWN was served on", MACE_PDF),
    ("2021-03-17", "day", "meeting", "MACE held", NOTES_CSV),
    ("2021-03-17", "day", "voice", "I know you all think I'm stupid", MACE_PDF),
    ("2021-05-19", "day", "family", "remanded to HMP Bristol", NOTES_CSV),
    ("2021-07-10", "day", "achievement", "She won on points", NOTES_CSV),
    ("2021-11-01", "day", "achievement", "recorded her first track", NOTES_CSV),
    ("2022-02-16", "day", "family", "Skye has tea there on Sundays", NOTES_CSV),
    ("2022-06-06", "day", "placement", "Moved to Kestrel House", NOTES_CSV),
    ("2022-08-25", "day", "education", "GCSE results", NOTES_CSV),
    ("2022-09-05", "day", "education", "first day at Avonbank College", NOTES_CSV),
    ("2022-09-14", "day", "meeting", "Pathway plan written with Skye", NOTES_CSV),
    ("2022-09-14", "day", "voice", "One day I'm having my own salon", PLAN_DOCX),
    ("2022-09-14", "day", "voice", "I know what grooming is now", PLAN_DOCX),
    ("2022-11-19", "day", "concern", "Skye not back by curfew", NOTES_CSV),
    ("2022-11-22", "day", "voice", "I was at a party like a normal person", RHI_PDF),
    ("2023-03-07", "day", "concern", "Skye left Kestrel at 19:40", EMAIL_2023),
    ("2023-03-08", "day", "meeting", "did her video interview (ABE)", EMAIL_2023),
    ("2023-03-09", "day", "meeting", "Strategy meeting after Skye went missing", NOTES_CSV),
    ("2023-06-30", "day", "achievement", "Level 1 Hair and Beauty passed", NOTES_CSV),
    ("2023-10-14", "day", "family", "every Saturday morning", NOTES_CSV),
    ("2024-05-23", "day", "placement", "Care leaver (former relevant child)", NOTES_CSV),
    ("2024-05-23", "day", "voice", "im old now", CHAT_TXT),
    ("2024-06-11", "day", "voice", "like happy but sick at the same time", CHAT_TXT),
    ("2024-07-12", "day", "achievement", "Level 2 Hair and Beauty passed", NOTES_CSV),
    ("2024-08-29", "day", "placement", "they offered me one in", CHAT_TXT),
    ("2024-11-04", "day", "placement", "moved into her own flat today", NOTES_CSV),
    ("2024-12-17", "day", "voice", "i just felt 12 again", CHAT_TXT),
    ("2025-03-18", "day", "family", "admitted to the BRI with a chest infection", NOTES_CSV),
    ("2025-04-02", "day", "achievement", "volunteer junior coach at Redcatch ABC", NOTES_CSV),
    ("2025-06-26", "day", "voice", "i want to read what they wrote about", CHAT_TXT),
    ("2025-09-08", "day", "education", "Level 2 Hairdressing apprenticeship", NOTES_CSV),
    ("2025-10-21", "day", "voice", "actually ok. not just saying it", CHAT_TXT),
)

# Documents whose events are checked against the record of that date, not the whole file.
DATED_RECORDS = {NOTES_CSV, RHI_PDF, CHAT_TXT}


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


PHONE_RANGES = (r"07700 900\d{3}", r"0117 496 0\d{3}")
EMAIL_DOMAINS = re.compile(r"@(example\.com|example\.org|[a-z]+\.example\.gov\.uk)$")
CATEGORIES = {"placement", "education", "health", "family", "achievement", "voice", "meeting",
              "concern"}


def check(truth: dict, corpus: Corpus) -> list[str]:
    """Every disagreement between the ground truth and the text written."""
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
    expect(40 <= counts["events"] <= 60 and counts["redact"] >= 100 and counts["keep"] >= 150,
           f"too few (or too many) items: {counts}")
    # NHS numbers: 999 and a valid mod-11 check digit.
    for nhs in re.findall(r"(?<![\d-])\d{3} \d{3} \d{4}(?![\d-])", everything):
        digits = nhs.replace(" ", "")
        expect(digits.startswith("999"), f"NHS number outside the 999 range: {nhs}")
        expect(mod11_check_digit(digits[:9]) == int(digits[9]), f"NHS checksum fails: {nhs}")
    expect(SUBJECT_NHS in everything, "the NHS number is missing from the records")
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
    expect(SUBJECT_NI in everything, "the NI number is missing from the records")
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
    return problems


def check_pdfs(pages: dict[str, int]) -> list[str]:
    """Every PDF has a text layer on every page and the page count reportlab reported."""
    problems = []
    for name, count in pages.items():
        reader = PdfReader(CASE_DIR / name)
        if len(reader.pages) != count:
            problems.append(f"{name}: {len(reader.pages)} pages, not {count}")
        for number, page in enumerate(reader.pages, start=1):
            if len(page.extract_text() or "") <= 400:
                problems.append(f"{name} page {number} has almost no text layer")
    return problems


def check_layout() -> list[str]:
    """The wraps the README promises. In the MACE minutes Nadia's paragraph runs over the page
    break inside a name ("with Reece" at the foot of page 1, "Ollis in Weston)" at the top of
    page 2); in the PDFs some names wrap across lines; in the 2019 e-mail, soft line breaks of
    the quoted-printable body fall inside "Tayla" ("Ta=" / "yla") and "Tayla's" ("Tayla=" /
    "'s"), so only the decoded body reads as written. If an edit moves any of them, change
    the text above until it is back."""
    problems: list[str] = []

    def page_texts(name: str) -> list[str]:
        return [page.extract_text() or "" for page in PdfReader(CASE_DIR / name).pages]

    mace = page_texts(MACE_PDF)
    foot = mace[0].split(f"{COUNCIL} - Multi-Agency")[0].rstrip()
    if not foot.endswith("(3 days, with Reece"):
        problems.append("MACE: 'with Reece' is no longer the last line of page 1")
    if not mace[1].startswith("Ollis in Weston)"):
        problems.append("MACE: 'Ollis in Weston)' no longer opens page 2")
    wraps = {
        ASSESSMENT_PDF: ((0, "Mrs Janice\nSperring"), (1, "Mrs\nHallett")),
        MACE_PDF: ((2, "PS\nCoombes"),),
        RHI_PDF: ((0, "Kerry\nHallett"), (3, "Dom\nVenn")),
    }
    for name, expected in wraps.items():
        pages = page_texts(name)
        for index, wrapped in expected:
            if wrapped not in pages[index]:
                problems.append(f"{name} page {index + 1}: {wrapped!r} no longer wraps")
    raw = (CASE_DIR / EMAIL_2019).read_bytes().replace(b"\r\n", b"\n")
    for soft in (b"Ta=\nyla", b"Tayla=\n's"):
        if soft not in raw:
            problems.append(f"2019 e-mail: the soft break {soft!r} moved")
    return problems


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

IGNORE_CASE_TOML = """# The case file sits beside the records but is not one of them.
case.toml
"""

EXPECTED_PAGES = {ASSESSMENT_PDF: (3, 4), RHI_PDF: (4, 6), MACE_PDF: (3, 4)}


def main() -> None:
    """Regenerate the held-out case folder and its ground truth, and check them."""
    CASE_DIR.mkdir(parents=True, exist_ok=True)
    corpus = Corpus()
    pages = {ASSESSMENT_PDF: build_assessment(corpus), RHI_PDF: build_rhi(corpus),
             MACE_PDF: build_mace(corpus)}
    build_notes(corpus)
    build_email_2019(corpus)
    build_email_2023(corpus)
    build_plan(corpus)
    build_chat(corpus)
    (CASE_DIR / "case.toml").write_text(case_toml(), encoding="utf-8")
    (CASE_DIR / ".lifestoryignore").write_text(IGNORE_CASE_TOML, encoding="utf-8")
    truth = ground_truth()
    problems = check(truth, corpus) + check_pdfs(pages) + check_layout()
    for name, (low, high) in EXPECTED_PAGES.items():
        if not low <= pages[name] <= high:
            problems.append(f"{name} has {pages[name]} pages, expected {low}-{high}")
    if problems:
        raise SystemExit("ground truth check failed:\n  " + "\n  ".join(problems))
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
