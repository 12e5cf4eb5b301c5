"""Build the fourth held-out fictional sample case for lifestory: Eilidh McFadyen (Scotland).

Everything written here is invented: Kelvinmuir Council, Forthside Council, Strathcalder
Council, the schools, Millbrae House, Cartside College, the people, the streets, the postcodes
and the numbers. Phone numbers come only from Ofcom's drama ranges (``0141 496 0xxx``,
``0131 496 0xxx``, ``07700 900xxx``), e-mail addresses only from reserved example domains,
National Insurance numbers have the never-allocated QQ prefix. CHI numbers (Scotland's
10-digit health number: date of birth, two digits, a sex digit and a mod-11 check digit) are
made up; they pass the check but belong to nobody. Run from the repository root:

    .venv/bin/python sample_records/held-out/build_eilidh_mcfadyen.py

The case is the file of a girl from Johnstone, Renfrewshire way, in the Scottish system: a
neighbour's referral at three, the Child Protection Register at six, a Compulsory Supervision
Order at home (looked after at home), an urgent move at eight to her aunt and uncle in
Kirkcaldy (kinship care, looked after away from home), a Child's Plan with the GIRFEC
wellbeing indicators, a missing overnight with an adult man at twelve, a children's house
(Millbrae House) from thirteen, her own "My View" form, the order ended at sixteen with
Continuing Care, college, Throughcare and Aftercare and her own tenancy. It is written as the
people who wrote her records would have written them: a child protection case conference
minute, the Children's Reporter's letter and hearing decisions, a Child's Plan in Word, the
children's house running record, a college progress report, an e-mail from her throughcare
worker (quoted-printable, her own typed views attached in base64), a significant events
chronology exported to CSV and a Police Scotland concern report saved as text.

It was written without looking at the redaction rules, the detectors or the benchmark: it is a
held-out test of them. The script is deterministic (reportlab ``invariant=1``, fixed DOCX zip
timestamps and core properties, fixed e-mail date, Message-ID and MIME boundary). It rewrites
``case-eilidh-mcfadyen/`` and ``../ground_truth/held-out-eilidh-mcfadyen.json``, then checks
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
SLUG = "eilidh-mcfadyen"
CASE_DIR = HERE / f"case-{SLUG}"
TRUTH = SAMPLES / "ground_truth" / f"held-out-{SLUG}.json"

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
UNCLEAR = "unclear role: redacted by default and flagged for a human decision"

COUNCIL = "Kelvinmuir Council"
SUBJECT = "Eilidh McFadyen"
SUBJECT_FULL = "Eilidh Catriona McFadyen"
SUBJECT_DOB = "11/02/2008"
SUBJECT_ID = "3051277"  # the council's client ID
SUBJECT_CHI = "1102083666"
SUBJECT_CHI_SPACED = "110208 3666"
SUBJECT_SCRA = "2014/PA/08761"
SUBJECT_NI = "QQ 40 21 16 D"
SUBJECT_PHONE = "07700 900481"
SUBJECT_OLD_PHONE = "07700 900137"
SUBJECT_EMAIL = "eilidh.mcf08@example.com"
SUBJECT_STUDENT = "CC2409187"
SUBJECT_FLAT = "Flat 3/1, 22 Causeyburn Court, Paisley PA2 6ZT"
MILLBRAE = "Millbrae House, 3 Millbrae Road, Johnstone PA5 8ZS"
SAR = "KC-SAR-2026-0419"
SAR_RECEIVED = "2026-10-05"

KAI_ID = "3051278"
KAI_CHI = "0509124135"
KAI_CHI_SPACED = "050912 4135"
KAI_SCRA = "2014/PA/08762"
LORNA_CHI = "2307895744"
SHONA_CHI = "1403842264"
TEGAN_CHI = "1906076820"
SHONA_NI = "QQ 71 35 08 B"
LORNA_NI = "QQ 62 19 84 A"

FAMILY_HOME = "2/1, 47 Glenbrochan Road, Johnstone PA5 9ZQ"
KINSHIP_HOME = "17 Hunter's Wynd, Kirkcaldy KY1 2ZE"
PAPA_HOME = "4 Abbotsinch View, Renfrew PA4 8ZN"
MUM_FLAT = "0/2, 18 Garthland Brae, Paisley PA1 2ZX"
DAD_HOME = "14 Ruchill Vale, Glasgow G20 9ZX"
HOSIE_HOME = "5 Fernlea Gardens, Johnstone PA5 0ZH"

RUARIDH_EMAIL = "ruaridh.maclean@kelvinmuir.example.gov.uk"
GORDON_EMAIL = "gordon.imrie@kelvinmuir.example.gov.uk"
REPORTER_EMAIL = "elaine.dalgleish@scra.example.gov.uk"
LYNSEY_EMAIL = "lynsey.gourlay@example.org"
SHONA_EMAIL = "shona.brodie84@example.com"
LORNA_EMAIL = "l.mcfadyen89@example.com"

CPCC_PDF = "cp-case-conference-2014-08-12.pdf"
HEARINGS_PDF = "reporter-and-hearing-papers-2014-2024.pdf"
PLAN_DOCX = "childs-plan-2019-05-21.docx"
MILLBRAE_PDF = "millbrae-house-running-record-2021-2023.pdf"
COLLEGE_PDF = "college-progress-report-2025-05-23.pdf"
EMAIL_EML = "email-2025-06-12.eml"
VIEWS_TXT = "my-views-pathway-review-june-2025.txt"  # the e-mail's attachment
CHRONOLOGY_CSV = "significant-events-chronology.csv"
POLICE_TXT = "police-concern-report-2021-01-09.txt"


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
    # (document, ISO date) -> the text of that dated record (chronology row, entry, decision)
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
ENTRY = ParagraphStyle("entry", fontName="Helvetica-Bold", fontSize=9.5, leading=12.4,
                       spaceBefore=7, spaceAfter=2, textColor=colors.HexColor("#23415f"))
LOG = ParagraphStyle("log", parent=BODY, fontSize=10, leading=13.6, leftIndent=7 * mm,
                     spaceAfter=3)
SERIF = ParagraphStyle("serif", parent=BODY, fontName="Times-Roman", fontSize=11, leading=14,
                       spaceAfter=7)
SERIF_BOLD = ParagraphStyle("serif_bold", parent=SERIF, fontName="Times-Bold")
SERIF_RIGHT = ParagraphStyle("serif_right", parent=SERIF, alignment=2, spaceAfter=2)

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
               shade: str = "#e2e2e2") -> Table:
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


def form_table(pairs: Iterable[tuple[str, str]], width: float, label_w: float = 36 * mm, *,
               shade: str = "#eeeeee") -> Table:
    """A form's label/value block, one pair to a row, label cells shaded."""
    rows = [[para(label, SMALL_BOLD), para(value, SMALL)] for label, value in pairs]
    table = Table(rows, colWidths=[label_w, width - label_w])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6b6b6b")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(shade)),
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
# Initial child protection case conference minute (PDF), 12 August 2014
# --------------------------------------------------------------------------------------------

CPCC_DETAILS: list[tuple[str, str]] = [
    ("Conference", "Initial Child Protection Case Conference (ICPCC)"),
    ("Date / time", "Tuesday 12th August 2014, 13:30"),
    ("Venue", "Johnstone Area Social Work Office, interview room 3"),
    ("Chair", "Rhona Galbraith, Child Protection Reviewing Officer"),
    ("Minute", "Carol Munro, clerical officer"),
    ("Lead worker", "Gillian Tennant, Social Worker"),
    ("IRD", "Mon 04/08/2014 (police, social work, health)"),
    ("Review", "Tuesday 3 February 2015"),
]

CPCC_CHILDREN: tuple[tuple[str, ...], ...] = (
    ("Name", "DOB", "CHI", "Client ID", "School / nursery"),
    ("EILIDH CATRIONA McFADYEN", SUBJECT_DOB, SUBJECT_CHI_SPACED, SUBJECT_ID,
     "Auchenlodge Primary School, Johnstone (P3 from 20/08/2014)"),
    ("KAI McFADYEN", "05/09/2012", KAI_CHI_SPACED, KAI_ID,
     "At home. Nursery place offered from January 2015"),
)

CPCC_FAMILY: tuple[tuple[str, ...], ...] = (
    ("Name", "Relationship", "DOB", "Address", "Contact / notes"),
    ("LORNA McFADYEN", "Mother (both children)", "23/07/1989", FAMILY_HOME,
     f"Mob 07700 900652. NI {LORNA_NI}. Present at conference"),
    ("STEVEN GALLACHER", "Father (both children)", "02/12/1986",
     "In custody (SPS no. 0871342). Earliest liberation date 2017",
     "Written views taken by SW at the prison"),
    ("RYAN KINNEAR", "Mother's partner since late 2013", "30/04/1985",
     "Stays at the family home most nights; own address not known",
     "Mob 07700 900346. Car SF09 KNV (silver Ford Focus). Not invited (para 2)"),
    ("ALEXANDER (SANDY) McFADYEN", "Maternal grandfather", "17/05/1958", PAPA_HOME,
     "Tel 0141 496 0918. Attended to support Lorna"),
    ("SHONA BRODIE", "Maternal aunt", "", "Kirkcaldy",
     "Mob 07700 900563. Sent apologies; offers support in the holidays"),
)

CPCC_ATTENDANCE: tuple[tuple[str, ...], ...] = (
    ("Name", "Designation", "Agency"),
    ("Rhona Galbraith", "Chair, Child Protection Reviewing Officer (CPRO)", COUNCIL),
    ("Lorna McFadyen", "Mother", ""),
    ("Sandy McFadyen", "Maternal grandfather (supporting Lorna)", ""),
    ("Gillian Tennant", "Social Worker (SW), Children and Families, Johnstone", COUNCIL),
    ("Anne-Marie Docherty", "Team Leader (TL)", COUNCIL),
    ("Senga Muir", "Health Visitor (HV), Named Person for Kai", "NHS, Johnstone Health Centre"),
    ("Mrs Patricia Boyle", "Head Teacher (HT), Named Person for Eilidh",
     "Auchenlodge Primary School"),
    ("DC Alison Gray", "Detective Constable, Public Protection Unit", "Police Scotland"),
    ("Carol Munro", "Minute taker", COUNCIL),
    ("Apologies", "Dr Farah Siddiqui, GP (report received); Steven Gallacher (in custody; "
     "written views)", ""),
)

CPCC_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1. Introductions and purpose", (
        "The Chair welcomed everyone and explained the purpose of the conference: to decide "
        "whether Eilidh and Kai are at risk of significant harm and, if so, whether their "
        "names should be placed on the Child Protection Register and what plan is needed to "
        "keep them safe. Ms McFadyen confirmed that she had received the social work report on "
        "Friday 8 August and that Gillian had gone through it with her. She was supported by "
        "her father, Mr McFadyen, whom everybody calls Sandy.",
    )),
    ("2. Exclusion", (
        "Before the conference the Chair decided that Mr Kinnear would not be invited, because "
        "of the police information below and because Ms McFadyen asked that he should not be "
        "there. He was told by letter on 07/08/14 and invited to send written views. None "
        "have been received. Ms McFadyen said that he is known to everyone as \"Kinno\".",
    )),
    ("3. Reason for the conference", (
        "At about 23:40 on Friday 1st August 2014 police were called to the family's flat at "
        "2/1, 47 Glenbrochan Road by the neighbour across the landing, Mrs Agnes Lafferty "
        "(2/2), who heard screaming and a child crying. Officers found Ms McFadyen with a cut "
        "to her head, heavily intoxicated, and Mr Kinnear in the living room. Eilidh (6) had "
        "locked herself in the bathroom with Kai (23 months) and would not open the door until "
        "she heard her grandfather's voice on an officer's phone. Mr Kinnear was arrested "
        "(police ref PS-20140801-2231) and released on bail on 04/08/2014 with a condition not "
        "to enter Glenbrochan Road. The children spent the rest of the night with their "
        "grandfather in Renfrew.",
        "An inter-agency referral discussion (IRD) took place on Monday 4 August 2014 between "
        "DC Gray, Gillian Tennant and Senga Muir. Both children were seen that day, and "
        "Gillian spoke to Eilidh at school on 6 August.",
        "The family has been known to social work since 19 May 2011, when Mrs Lafferty phoned "
        "because Eilidh, then 3, had been crying alone in the flat for more than two hours; "
        "Ms McFadyen was found asleep on the couch after drinking. The family then had a "
        "year's support from Johnstone Family Centre and the case closed in October 2012.",
    )),
    ("4. Police information", (
        "DC Gray reported three earlier domestic incidents at the address since March 2014 "
        "(14.03.14, 22.05.14 and 19.06.14), all involving Mr Kinnear and alcohol; the children "
        "were in the flat in June. Mr Kinnear has previous convictions for assaulting a "
        "former partner in Glasgow and is due to appear at Paisley Sheriff Court on the "
        "current charge. Police Scotland will share any further incident at the address with "
        "social work the same day.",
    )),
    ("5. Health", (
        "Senga Muir (HV) said that Kai has twice missed his 12-13 month immunisations and has "
        "not had his 27-30 month review. His speech is delayed (about ten words) and he had "
        "severe nappy rash when she saw him on 4 August. He is a smiley, sturdy wee boy who "
        "clearly adores his big sister. Eilidh had two teeth taken out under general "
        "anaesthetic in May 2014 because of decay, and more treatment is planned. The GP, "
        "Dr Farah Siddiqui, reported (letter of 08/08/2014) that Ms McFadyen (CHI "
        f"{LORNA_CHI}) has attended with low mood and has been advised about her drinking; "
        "she did not attend her referral to the community addictions team.",
    )),
    ("6. Education", (
        "Mrs Boyle reported that Eilidh's attendance in P2 was 81%, with 14 late comings, "
        "mostly on Mondays. She often arrives without breakfast or a piece and goes to the "
        "breakfast club, which she loves. She is a bright, chatty girl who reads well above "
        "her age and sang the solo in the P2 nativity. Staff have noticed that she talks a "
        "lot about \"keeping Kai right\" and sometimes falls asleep in class after a weekend. "
        "As her Named Person, Mrs Boyle will make sure that a member of staff checks in with "
        "her every morning.",
    )),
    ("7. Social work assessment", (
        "Gillian Tennant summarised her assessment. Ms McFadyen loves her children and they "
        "love her; the flat is warm and the children have toys and clothes. But her drinking "
        "has increased since Mr Kinnear moved in, and the children have been exposed to "
        "repeated violence. Eilidh is taking on far too much responsibility for her brother. "
        "Strengths: Ms McFadyen's honesty today; the children's close bond; their grandfather, "
        "who has them most weekends; and their aunt, Shona Brodie, in Kirkcaldy, who has "
        "offered to have them in the school holidays. Their father, Mr Gallacher, is in "
        "custody and has had no contact since 2013.",
    )),
    ("8. Eilidh's views", (
        "Gillian used the Three Houses with Eilidh at school on 06/08/2014. In her house of "
        "worries Eilidh drew and wrote: \"When Mum is sleeping on the couch and I can't wake "
        "her up.\" \"When Ryan shouts and the door bangs.\" \"When Kai is greeting and there's "
        "no milk.\" In her house of good things: \"Papa Sandy's caravan at Irvine.\" \"My seal "
        "Morag.\" \"Dancing in the living room with Mum.\" In her house of dreams: \"Ryan goes "
        "away for ever and ever.\" \"I want to be a dancer with a sparkly dress.\" \"Mum stops "
        "drinking the wine.\" Eilidh asked Gillian to tell the meeting that \"Mum is a good "
        "mum when she's not drinking\". Kai is too young to give his views; he was relaxed "
        "and affectionate with his mother and his sister.",
    )),
    ("9. Parents' and family views", (
        "Ms McFadyen said that she has ended the relationship with Mr Kinnear and will not let "
        "him back. \"I know I've let them down. I'm not a bad mum, I just need help.\" She "
        "agreed to attend the community addictions team and to accept a family support "
        "worker, and asked that the children not be taken away from her.",
        "Mr Gallacher's written views (born 2nd December 1986; taken by Gillian at the "
        "prison on 07/08/2014) were "
        "read out: \"I want my weans kept safe. Keep that guy away from them. I want letters "
        "and photos of them.\" Mr McFadyen said that he will have the children every "
        "weekend and will stay at the flat whenever he is needed.",
    )),
    ("10. Decision", (
        "All agencies agreed that Eilidh and Kai are at risk of significant harm from domestic "
        "abuse and parental alcohol misuse, and that their health needs have been neglected. "
        "The Chair decided that both children's names are to be placed on the Child "
        "Protection Register under the categories of domestic abuse, parental alcohol misuse "
        "and neglect, from 12/08/2014. Lead Professional: Gillian Tennant. Named Persons: "
        "Mrs Boyle (Eilidh) and Senga Muir (Kai). Gillian referred both children to the "
        "Children's Reporter on 06.08.14 and will send the Reporter this minute.",
    )),
)

CPCC_PLAN: tuple[tuple[str, ...], ...] = (
    ("What needs to happen", "Who", "By when"),
    ("No contact between the children and Mr Kinnear; Lorna to phone the police if he comes "
     "to the flat", "Lorna / Police Scotland", "Immediately"),
    ("Weekly home visits, at least one unannounced; Eilidh and Kai seen alone where possible",
     "Gillian Tennant (SW)", "From 13/08/2014"),
    ("Referral to the community addictions team; Lorna to attend her first appointment",
     "Lorna / Dr Siddiqui", "29/08/2014"),
    ("Kai's immunisations and 27-30 month review; speech and language referral",
     "Senga Muir (HV)", "30/09/2014"),
    ("Eilidh's dental treatment to be finished", "Lorna / HV", "31/10/2014"),
    ("Daily check-in with Eilidh at school; breakfast club; attendance reported weekly",
     "Mrs Boyle (HT)", "From 20/08/2014"),
    ("Family support worker: routines, meals and bedtimes, two evenings a week",
     "Johnstone Family Centre", "From 01/09/2014"),
    ("Papa Sandy to have the children every second weekend, as agreed", "Sandy McFadyen",
     "Ongoing"),
)

CPCC_END = (
    "11. Core group and review: the first core group meeting will be held on Tuesday 26 August "
    "2014 at 10:00 at Auchenlodge Primary School. The review conference will be held on "
    "Tuesday 3 February 2015.",
    "Rhona Galbraith, Chair. Minute agreed 19/08/2014.",
    "Distribution: Ms L. McFadyen; Mr S. Gallacher (c/o SPS); everyone present; the "
    "Children's Reporter.",
)


def cpcc_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the case conference minute."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(MARGIN_X, PAGE_H - 11 * mm, "KELVINMUIR CHILD PROTECTION COMMITTEE")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 15 * mm,
                      "Initial Child Protection Case Conference - Minute")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 11 * mm, "RESTRICTED")
    canvas.setStrokeColor(colors.HexColor("#7b1f3a"))
    canvas.setLineWidth(1.4)
    canvas.line(MARGIN_X, PAGE_H - 17.5 * mm, PAGE_W - MARGIN_X, PAGE_H - 17.5 * mm)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, f"ICPCC 12.08.14 | McFADYEN, Eilidh ({SUBJECT_ID}) "
                      f"and Kai ({KAI_ID})")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def cpcc_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the minute."""
    return ("KELVINMUIR CHILD PROTECTION COMMITTEE Initial Child Protection Case Conference - "
            f"Minute RESTRICTED ICPCC 12.08.14 | McFADYEN, Eilidh ({SUBJECT_ID}) and Kai "
            f"({KAI_ID}) Page {page} of {total}")


def build_cpcc(corpus: Corpus) -> int:
    """Write the case conference minute; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "MINUTE OF INITIAL CHILD PROTECTION CASE CONFERENCE"
    story: list = [para(title, H1), pair_table(CPCC_DETAILS, w), para("Children", H2),
                   grid_table(CPCC_CHILDREN, [50 * mm, 20 * mm, 23 * mm, 18 * mm, w - 111 * mm]),
                   para("Family and household", H2),
                   grid_table(CPCC_FAMILY, [33 * mm, 26 * mm, 20 * mm, 47 * mm, w - 126 * mm]),
                   para("Present", H2),
                   grid_table(CPCC_ATTENDANCE, [38 * mm, w - 88 * mm, 50 * mm])]
    text = [title, rows_text(CPCC_DETAILS), "Children", rows_text(CPCC_CHILDREN),
            "Family and household", rows_text(CPCC_FAMILY), "Present",
            rows_text(CPCC_ATTENDANCE)]
    for heading, paragraphs in CPCC_SECTIONS:
        story.append(para(heading, H2))
        story += [para(p, BODY) for p in paragraphs]
        text += [heading, *paragraphs]
    story += [para("Child Protection Plan", H2),
              grid_table(CPCC_PLAN, [w - 76 * mm, 44 * mm, 32 * mm]), Spacer(1, 4 * mm)]
    text += ["Child Protection Plan", rows_text(CPCC_PLAN)]
    story += [para(line, BODY) for line in CPCC_END]
    text += list(CPCC_END)
    pages = build_platypus(CASE_DIR / CPCC_PDF, cpcc_furniture, story, "ICPCC minute",
                           "Carol Munro")
    corpus.add(CPCC_PDF, *(cpcc_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# The Reporter's letter, hearing decisions and Eilidh's "My View" form (PDF), 2014-2024
# --------------------------------------------------------------------------------------------

REPORTER_LETTER: tuple[tuple[str, str], ...] = (
    # (style, text); "right" lines are the letterhead
    ("bold", "Scottish Children's Reporter Administration"),
    ("plain", "Paisley Locality Office, 3 Causeyside Wynd, Paisley PA1 1ZA. Tel 0141 496 0750"),
    ("right", f"Our refs: {SUBJECT_SCRA} (Eilidh) and {KAI_SCRA} (Kai)"),
    ("right", "18 September 2014"),
    ("plain", "Ms Lorna McFadyen\n2/1, 47 Glenbrochan Road\nJohnstone\nPA5 9ZQ"),
    ("plain", "Dear Ms McFadyen"),
    ("bold", "CHILDREN'S HEARING: EILIDH McFADYEN (11.02.08) AND KAI McFADYEN (05.09.12)"),
    ("plain", "I have received a referral from Kelvinmuir Council social work services about "
     "Eilidh and Kai. Having looked into it, I have decided that the children may need a "
     "compulsory supervision order, and I have arranged a Children's Hearing for both of "
     "them. The hearing will be on Thursday 16 October 2014 at 10.00am at Paisley Hearings "
     "Centre, 3 Causeyside Wynd, Paisley. Please arrive at 9.45am."),
    ("plain", "You are a relevant person for Eilidh and Kai and you have a legal duty to "
     "attend. Mr Steven Gallacher is also a relevant person and has been sent the papers. "
     "Eilidh is also expected to attend, but you can ask the hearing to excuse her from all "
     "or part of it; at her age the panel will usually be happy to see her briefly at the "
     "start or the end."),
    ("plain", "I enclose a Statement of Grounds. It says that the children are likely to "
     "suffer unnecessarily, or their health or development be seriously impaired, due to a "
     "lack of parental care (section 67(2)(a) of the Children's Hearings (Scotland) Act "
     "2011), and that they have, or are likely to have, a close connection with a person who "
     "has carried out domestic abuse (section 67(2)(f)). The supporting facts include the "
     "incident on 1 August 2014, the three earlier police attendances, Kai's missed health "
     "appointments and Eilidh's school attendance. At the hearing the chair will ask you "
     "whether you accept each statement. You are entitled to bring a legal representative "
     "and may be able to get legal aid; a leaflet is enclosed."),
    ("plain", "I also enclose a My View form and a leaflet for Eilidh called \"Your Hearing\". "
     "If she would like to, she can fill it in with you, her grandfather or her social "
     "worker and send it to me before the hearing."),
    ("plain", "If you have any questions, please phone me on 0141 496 0750 or e-mail "
     f"{REPORTER_EMAIL}."),
    ("plain", "Yours sincerely"),
    ("plain", "Elaine Dalgleish\nChildren's Reporter"),
    ("plain", "cc Gillian Tennant, Social Worker, Kelvinmuir Council (with papers)"),
)


@dataclass(frozen=True)
class Decision:
    """One Children's Hearing decision as the Reporter's office sends it out."""

    iso: str
    details: tuple[tuple[str, str], ...]
    sections: tuple[tuple[str, str], ...]
    signed: str


HEARING_DECISIONS: tuple[Decision, ...] = (
    Decision(
        "2014-11-27",
        (("Child", f"Eilidh Catriona McFADYEN   DOB {SUBJECT_DOB}"),
         ("SCRA reference", SUBJECT_SCRA),
         ("Date of hearing", "Thursday 27th November 2014, 10:00, Paisley Hearings Centre"),
         ("Type of hearing", "Hearing following the sheriff's finding (grounds established "
          "10/11/2014)"),
         ("Panel members", "Mrs Janice Lyle (Chair), Mr Graham Tosh, Ms Anjali Mehta"),
         ("Reporter", "Elaine Dalgleish"),
         ("Present", "Eilidh (for the last 15 minutes); Ms Lorna McFadyen (mother, relevant "
          "person); Mr Sandy McFadyen (grandfather, her supporter); Gillian Tennant (SW)"),
         ("Not present", "Mr Steven Gallacher (relevant person), in custody; written views "
          "received")),
        (
            ("Background",
             "At the grounds hearing on 16/10/2014 Ms McFadyen accepted the statement of "
             "grounds. Eilidh, then six, could not understand the grounds, so the hearing "
             "directed the Reporter to apply to the sheriff and made an interim compulsory "
             "supervision order. The sheriff found the grounds established at Paisley Sheriff "
             "Court on 10 November 2014. Kai's hearing took place just before Eilidh's, with "
             "the same panel; his decision is recorded separately."),
            ("Reports considered",
             "Social work report (G. Tennant, 20/11/2014); school report (Mrs P. Boyle, Head "
             "Teacher); minute of the ICPCC of 12/08/2014; letter from Mr Gallacher."),
            ("Decision",
             "The hearing made a Compulsory Supervision Order under section 83 of the "
             "Children's Hearings (Scotland) Act 2011, with these measures: (a) no measure is "
             "made about where Eilidh lives: she continues to live at home with her mother "
             "and is looked after at home by the local authority; (b) Eilidh is not to have "
             "contact with Ryan Kinnear; (c) the implementation authority is Kelvinmuir "
             "Council. The order is to be reviewed within a year."),
            ("Reasons",
             "The panel agreed with the social worker that Eilidh needs the support and "
             "protection of an order. Since the case conference Ms McFadyen has ended her "
             "relationship with Mr Kinnear, has kept four appointments with the addictions "
             "team and has accepted a family support worker, and the school reports that "
             "Eilidh's attendance is up to 93% and that she is \"brighter and less tired\". The "
             "panel decided that Eilidh should stay at home, where she wants to be, but the "
             "progress is recent, the risks are high and a voluntary arrangement would not "
             "protect her enough. The contact measure was made because of the police "
             "information and because Eilidh says she is frightened of Mr Kinnear."),
            ("Eilidh's views",
             "Eilidh came in at the end with her grandfather and sat on his knee. She told "
             "the panel that she likes her new class and her teacher, that she is \"in the "
             "top group for reading\" and that \"Ryan's away now\". She asked if she could "
             "\"still go to Papa Sandy's every weekend\". She drew the panel a picture of "
             "Morag, her toy seal, and left it with the Chair."),
            ("Rights",
             "The Chair explained to Ms McFadyen and to Eilidh the right to appeal to the "
             "sheriff within 21 days and to ask for a review after three months."),
        ),
        "Janice Lyle (Chair of the hearing). Decision sent 28/11/2014.",
    ),
    Decision(
        "2016-03-15",
        (("Child", "Eilidh McFADYEN (DOB 11.02.2008)"),
         ("SCRA reference", SUBJECT_SCRA),
         ("Date of hearing", "Tuesday 15 March 2016, 14:00, Paisley Hearings Centre"),
         ("Type of hearing", "Review of an urgent transfer (section 143), within three "
          "working days"),
         ("Panel members", "Ms Frances Lennox (Chair), Mr Ishaq Bashir, Mr Peter Haddow"),
         ("Reporter", "Elaine Dalgleish"),
         ("Present", "Ms McFadyen; Mrs Shona Brodie (aunt); Ruaridh Maclean (SW). Eilidh was "
          "excused: the journey from Kirkcaldy was thought too much for her this week")),
        (
            ("What happened",
             "On the evening of Saturday 12th March 2016 Eilidh, aged 8, dialled 999 when she "
             "could not wake her mother. Police (PC Kevin Loudon) and paramedics attended, "
             "Ms McFadyen was taken to hospital, and the out of hours social work service "
             "placed Eilidh and Kai overnight with emergency foster carers, Mr and Mrs Hosie, "
             "in Johnstone. On Monday 14/03/2016 the local authority moved both children, in "
             "urgent necessity, to their maternal aunt and uncle, Mr and Mrs Brodie, in "
             "Kirkcaldy. PC Loudon told the social worker that Eilidh had given the call "
             "handler her address \"like a grown-up\" and had put Kai back in his bed."),
            ("Decision",
             "The hearing confirmed the transfer and made an interim variation of the "
             f"compulsory supervision order: Eilidh is to live at {KINSHIP_HOME} with her "
             "kinship carers, and is to have contact with her mother at least weekly, "
             "supervised. The hearing appointed a Safeguarder, Mr Alasdair Cowie."),
            ("Reasons",
             "Eilidh cannot safely go home while her mother is unwell, and her aunt and uncle "
             "are family she knows and trusts. Ms McFadyen agreed. She said: \"My wee lassie "
             "saved my life.\""),
        ),
        "Frances Lennox (Chair of the hearing).",
    ),
    Decision(
        "2016-05-26",
        (("Child", "Eilidh McFADYEN (DOB 11.02.2008)"),
         ("SCRA reference", SUBJECT_SCRA),
         ("Date of hearing", "Thursday 26th May 2016, 10:00, Paisley Hearings Centre"),
         ("Type of hearing", "Review of compulsory supervision order (interim variations "
          "made on 15/03, 05/04 and 26/04/2016)"),
         ("Panel members", "Mr Peter Haddow (Chair), Ms Karen Sloan, Ms Frances Lennox"),
         ("Reporter", "Elaine Dalgleish"),
         ("Safeguarder", "Mr Alasdair Cowie"),
         ("Present", "Eilidh; Ms McFadyen; Mr and Mrs Brodie (kinship carers); Mr McFadyen "
          "(grandfather); Ruaridh Maclean (SW); Mr Cowie (Safeguarder)")),
        (
            ("Reports considered",
             "Social work report (R. Maclean, 19/05/2016); Safeguarder's report (A. Cowie, "
             "20/05/2016); school report, Whinnyburn Primary School; letter from Mr "
             "Gallacher."),
            ("Safeguarder's report",
             "Mr Cowie visited Eilidh twice at her aunt's and once at school, and met Ms "
             "McFadyen twice. He recommends that Eilidh stays with her aunt and uncle \"for "
             "the foreseeable future\", with generous contact with her mother. He described "
             "her as \"a remarkably composed and funny eight-year-old who has carried far "
             "too much\"."),
            ("Decision",
             "The hearing varied the Compulsory Supervision Order. Measures: (a) Eilidh is to "
             f"reside at {KINSHIP_HOME}, the home of her aunt and uncle, Mr and Mrs Brodie "
             "(kinship care: looked after away from home); (b) contact with her mother at "
             "least fortnightly, supervised by the local authority or a person it approves; "
             "(c) no contact with Ryan Kinnear. The local authority is to ask Forthside "
             "Council for courtesy visits. Review within a year."),
            ("Reasons",
             "Ms McFadyen is in residential rehab and agrees that she is not ready to "
             "care for the children. Eilidh is settled, happy and safe with her aunt and "
             "uncle, is attending school every day and has kept her brother with her."),
            ("Eilidh's views",
             "Eilidh told the panel: \"I like it at Auntie Shona's because there's always "
             "food and Hamish sleeps on my bed.\" Hamish is the family's West Highland "
             "terrier. She misses her mum \"but not the drinking\" and wants to see her "
             "\"every Saturday and not just some\". She asked if she can keep going to the "
             "dancing with her cousin, and said the panel were \"nicer than the last ones\"."),
            ("Mother's views",
             "Ms McFadyen said: \"Shona's been brilliant. I need to get myself right first.\" "
             "She asked for photographs of Eilidh's school concert."),
        ),
        "Peter Haddow (Chair of the hearing). Decision sent 27/05/2016.",
    ),
)

MY_VIEW: tuple[tuple[str, str], ...] = (
    ("My name", "Eilidh McFadyen (Eils)"),
    ("My hearing is on", "Monday 22nd Feb 2021"),
    ("Who helped me fill this in", "Mhairi (my key worker) sat with me but I typed it myself. "
     "These are my words."),
    ("What is happening for me just now", "I moved to Millbrae on the 14th of January. I "
     "didnt want to but Auntie Shona said she cant keep me safe and keep the weans safe as "
     "well. I get it now kind of. The staff are alright. Mhairi is sound and Tam makes the "
     "best pancakes. Tegan is my pal here."),
    ("What is going well", "School. I started at Glenkerr on the 1st of Feb and I'm in the "
     "top set for maths which nobody expected lol. Swimming on Thursdays. I haven't hurt "
     "myself since I came here."),
    ("What is not going well, or what worries me", "Connor. Everyone says he's bad for me. He "
     "was the only one that listened when Papa Sandy died. I know he's 22 and I'm 13, I'm "
     "not stupid. I just miss having someone. Also I worry about kai because he thinks I "
     "left him."),
    ("What I want the panel to know", "I want to see Kai every week not every 2 weeks. He is "
     "only 8. I want to go back to Auntie Shona's in the summer if I'm doing good. I don't "
     "want to see Mum if she's drinking but I want her to phone me on a Sunday night. I "
     "don't want to go to secure. Please."),
    ("Who I want at my hearing", "Mhairi and Ruaridh. Auntie Shona on the phone. Mum if "
     "she's OK."),
    ("Anything else", "Please don't read out the bit about Connor in front of everyone. And "
     "tell Hamish I said hi (joke)."),
    ("Signed / date", "Eilidh   17/2/21"),
)

LATER_DECISIONS: tuple[Decision, ...] = (
    Decision(
        "2021-02-22",
        (("Child", f"Eilidh Catriona McFADYEN   DOB {SUBJECT_DOB}"),
         ("SCRA reference", SUBJECT_SCRA),
         ("Date of hearing", "Monday 22nd February 2021, 10:30 (virtual hearing by video)"),
         ("Type of hearing", "Review hearing (after the interim variation of 18/01/2021)"),
         ("Panel members", "Ms Morven Kerr (Chair), Mrs Janice Lyle, Mr Ishaq Bashir"),
         ("Reporter", "Elaine Dalgleish"),
         ("Present", "Eilidh, with Mhairi Sinclair (key worker, Millbrae House); Ms McFadyen "
          "(by phone, first part); Mrs Brodie (by phone); Ruaridh Maclean (SW)"),
         ("Not present", "Mr Gallacher (relevant person): notified, did not attend")),
        (
            ("Background",
             "Eilidh lived with her aunt and uncle in Kirkcaldy from March 2016. In late 2020 "
             "there were worries about self-harm and about an adult man she had met online. "
             "On Saturday 9 January 2021 she was missing overnight and was found by police in "
             "Glasgow in a car driven by Connor Baird (born 03/11/1998). An IRD was held on "
             "11/01/2021. Mrs Brodie said she could no longer keep Eilidh safe alongside her "
             "own daughter and Eilidh's brother. Eilidh moved to Millbrae House, a Kelvinmuir "
             "Council children's house in Johnstone, on 14/01/2021, and the hearing on Monday "
             "18 January 2021 varied the order on an interim basis."),
            ("Decision",
             "The hearing varied the Compulsory Supervision Order. Measures: (a) Eilidh is to "
             f"reside at {MILLBRAE}; (b) contact with her brother Kai at least weekly, "
             "including a visit in person every fortnight; (c) contact with her mother by "
             "phone at least weekly, and in person at the discretion of the local authority; "
             "(d) Eilidh is not to have contact with Connor Baird. The hearing considered but "
             "did not make a movement restriction condition or a secure accommodation "
             "authorisation."),
            ("Reasons",
             "Eilidh is at real risk of sexual exploitation and cannot at present be kept "
             "safe in a family home. Since she moved to Millbrae House she has not been "
             "missing, has started school and has engaged with CAMHS and with her key worker. "
             "Secure care is not needed and would not be in her interests. Her relationship "
             "with her brother is the most important thing in her life and must be kept up."),
            ("Eilidh's views",
             "The panel read Eilidh's My View form before the hearing and did not read it "
             "aloud, as she asked. Eilidh spoke for herself: \"I know why I'm here. I don't "
             "like it but I'm not daft.\" She asked the panel to write down that she wants to "
             "go back to her aunt's \"when it's safe\". The Chair told her that the panel had "
             "noticed how much she does for Kai, and that looking after herself is allowed "
             "too."),
        ),
        "Morven Kerr (Chair of the hearing). Decision sent 23/02/2021.",
    ),
    Decision(
        "2024-02-20",
        (("Child", "Eilidh Catriona McFadyen   DOB 11.02.2008 (16)"),
         ("SCRA reference", SUBJECT_SCRA),
         ("Date of hearing", "Tuesday 20th February 2024, 14:00, Paisley Hearings Centre"),
         ("Type of hearing", "Review hearing (requested by the local authority)"),
         ("Panel members", "Mr Alan Crichton (Chair), Ms Karen Sloan, Mr Ishaq Bashir"),
         ("Reporter", "Elaine Dalgleish"),
         ("Present", "Eilidh; Ms McFadyen (by phone); Ruaridh Maclean (SW); Mhairi Sinclair "
          "(key worker); Gordon Imrie (Throughcare and Aftercare)")),
        (
            ("Decision",
             "The hearing terminated the Compulsory Supervision Order. Eilidh will remain at "
             "Millbrae House under Continuing Care (Part 11 of the Children and Young People "
             "(Scotland) Act 2014) and is entitled to aftercare support."),
            ("Reasons",
             "Eilidh turned 16 on 11 February and asked for the order to end. She has not "
             "been missing since March 2021, passed five National 5s in August 2023 and is "
             "studying for two Highers. She has a warm relationship with her key worker and "
             "sees her brother every second weekend. Compulsory measures are no longer "
             "needed; the support she wants can carry on without an order."),
            ("Eilidh's views",
             "\"I've been on an order since I was six. I want to see what I'm like without "
             "one.\" She thanked the panel and said: \"Tell the next wean that it does get "
             "better.\""),
        ),
        "Alan Crichton (Chair of the hearing). Decision sent 21/02/2024.",
    ),
)


def hearings_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the bundle of Reporter and hearing papers on the file."""
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, PAGE_H - 10 * mm,
                      f"{COUNCIL} - Children's Hearing papers held on the social work file")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 10 * mm, "CONFIDENTIAL")
    canvas.drawString(MARGIN_X, 10 * mm, f"McFADYEN, Eilidh - Client ID {SUBJECT_ID} - "
                      f"SCRA ref {SUBJECT_SCRA}")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def hearings_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the hearing papers."""
    return (f"{COUNCIL} - Children's Hearing papers held on the social work file CONFIDENTIAL "
            f"McFADYEN, Eilidh - Client ID {SUBJECT_ID} - SCRA ref {SUBJECT_SCRA} "
            f"Page {page} of {total}")


def decision_story(decision: Decision, w: float) -> tuple[list, list[str]]:
    """The flowables and text of one hearing decision."""
    title = "CHILDREN'S HEARING - DECISION AND REASONS"
    story: list = [para(title, H1), form_table(decision.details, w, shade="#e4ecf4")]
    text = [title, rows_text(decision.details)]
    for heading, body in decision.sections:
        story += [para(heading, H2), para(body, BODY)]
        text += [heading, body]
    story.append(para(f"Signed: {decision.signed}", SMALL_BOLD))
    text.append(f"Signed: {decision.signed}")
    return story, text


def build_hearings(corpus: Corpus) -> int:
    """Write the Reporter's letter, the hearing decisions and the My View form."""
    w = PAGE_W - 2 * MARGIN_X
    story: list = []
    text: list[str] = []
    styles = {"bold": SERIF_BOLD, "plain": SERIF, "right": SERIF_RIGHT}
    letter = [line for _, line in REPORTER_LETTER]
    story += [para(line, styles[kind]) for kind, line in REPORTER_LETTER]
    text += letter
    corpus.note(HEARINGS_PDF, "2014-09-18", "\n".join(letter))
    for decision in HEARING_DECISIONS:
        part, part_text = decision_story(decision, w)
        story += [PageBreak(), *part]
        text += part_text
        corpus.note(HEARINGS_PDF, decision.iso, "\n".join(part_text))
    view_title = "MY VIEW - for my Children's Hearing"
    view_intro = ("This is your form. You can write as much or as little as you like. The "
                  "panel members will read it before your hearing.")
    story += [PageBreak(), para(view_title, H1), para(view_intro, BODY),
              form_table(MY_VIEW, w, 52 * mm, shade="#f6e7c8")]
    view_text = [view_title, view_intro, rows_text(MY_VIEW)]
    text += view_text
    corpus.note(HEARINGS_PDF, "2021-02-17", "\n".join(view_text))
    for decision in LATER_DECISIONS:
        part, part_text = decision_story(decision, w)
        story += [PageBreak(), *part]
        text += part_text
        corpus.note(HEARINGS_PDF, decision.iso, "\n".join(part_text))
    pages = build_platypus(CASE_DIR / HEARINGS_PDF, hearings_furniture, story,
                           "Children's Hearing papers", "Elaine Dalgleish", top=18 * mm,
                           creator="SCRA CSAS")
    corpus.add(HEARINGS_PDF,
               *(hearings_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Child's Plan (Looked After), GIRFEC, kinship care (DOCX), 21 May 2019
# --------------------------------------------------------------------------------------------

PLAN_ABOUT: tuple[tuple[str, str], ...] = (
    ("Name", "Eilidh Catriona McFADYEN"),
    ("Known as", "Eilidh. Her aunt and her cousin call her Eils. Some teachers at Whinnyburn "
     "wrote her name as Eilidh MacFadyen until she put them right."),
    ("Date of birth", "11th February 2008 (age 11)"),
    ("CHI", SUBJECT_CHI),
    ("Client ID", SUBJECT_ID),
    ("Where I live", "With my mum's sister and her husband (kinship carers) in Kirkcaldy, since "
     "14 March 2016, when I was 8"),
    ("Legal status", "Compulsory Supervision Order (section 83, Children's Hearings (Scotland) "
     "Act 2011) with a measure that Eilidh lives with her kinship carers. Continued at a "
     "review hearing on 09/05/2019"),
    ("School", "P7, Whinnyburn Primary School, Kirkcaldy. Starts S1 at Strathmuir High School "
     "in August 2019"),
    ("Named Person", "Mrs Yvonne Rankin, Head Teacher, Whinnyburn Primary School"),
    ("Lead Professional", f"Ruaridh Maclean, Social Worker (SW), {COUNCIL}, 0141 496 0233, "
     f"{RUARIDH_EMAIL}"),
    ("Host authority", "Forthside Council, kinship courtesy visits (their ref FC/KIN/16/0448; "
     "worker Lesley Wishart, 0131 496 0362)"),
    ("Reviewing officer", "Kirsten Baillie, Independent Reviewing Officer (IRO)"),
)

PLAN_HOUSEHOLD: tuple[tuple[str, ...], ...] = (
    ("Name", "Who they are", "DOB", "Contact", "Notes"),
    ("Shona Brodie", "Aunt (mum's sister), kinship carer", "14/03/1984",
     f"07700 900563; {SHONA_EMAIL}",
     f"NI no. {SHONA_NI} (kinship care allowance); CHI {SHONA_CHI} (carer's medical). "
     "Works part time in a nursery."),
    ("Iain Brodie", "Uncle, kinship carer", "08/10/1981", "07700 900719",
     "Shift manager at a distribution centre in Livingston. Drives Eilidh to dancing in his "
     "van (SN66 WDB)."),
    ("Skye Brodie", "Cousin", "27/06/2009", "",
     "P5 at Whinnyburn. \"She's my cousin but she's more like my sister.\""),
    ("Kai McFadyen", "Brother", "05.09.2012", "",
     "P2. Also placed with Mr and Mrs Brodie; has his own Child's Plan."),
    ("Hamish", "West Highland terrier", "", "", "\"The best dog in Fife.\" Eilidh walks him "
     "before school."),
)

PLAN_WELLBEING: tuple[tuple[str, ...], ...] = (
    ("Wellbeing indicator", "What is going well", "What we are worried about / what needs to "
     "happen", "Who will help, and when"),
    ("Safe", "Eilidh has lived safely with her aunt and uncle for over three years. There has "
     "been no contact with Ryan Kinnear since 2014. She knows what to do if her mum phones "
     "when she has been drinking (hand the phone to Shona).",
     "Mum's calls are sometimes late at night and upsetting. Eilidh worries about her mum's "
     "safety.", "Phone kept downstairs after 9pm (Shona). Ruaridh to agree call times with "
     "Lorna."),
    ("Healthy", "LAC health assessment 02/04/2019 (Jacqueline Forbes, LAC Nurse): healthy "
     "weight, growing well, immunisations up to date, dental treatment finished, glasses "
     "since 2018. She stopped wetting the bed when she was 9. GP: Dr Neil Petrie, Kirkcaldy.",
     "Headaches on school days; she says she \"thinks too much at night\".",
     "Eye test in October. Shona to keep a headache diary. LAC Nurse to review in a year."),
    ("Achieving", "Reading and writing above the expected level; very good at maths problem "
     "solving. Highland dancing: a bronze medal at the Fife Coast Highland Games in June "
     "2018, and her Primary and Beginners medal tests passed.",
     "Moving to high school: she is anxious about \"people finding out I'm in care\".",
     "Enhanced transition: four extra visits to Strathmuir High in June; meet the PT "
     "Guidance, Mrs Ailsa Pringle. Mrs Rankin to lead."),
    ("Nurtured", "Eilidh is loved and feels it. She has her own room for the first time. Papa "
     "Sandy visits every month and phones on a Wednesday. She is close to her cousin and "
     "protective of Kai.", "She misses her mum and sometimes feels guilty for being happy "
     "here. Her dad's letters stopped in January.", "Life story work with Ruaridh (started "
     "April): a memory book with photos from Papa Sandy. Ruaridh to contact Mr Gallacher."),
    ("Active", "Highland dancing twice a week at the Lang Toun School of Highland Dance; "
     "swimming; cycling along the prom with Iain at weekends.", "Nothing of concern.",
     "Dance fees and kit from the kinship allowance, plus a grant of \u00a3150 agreed today."),
    ("Respected", "Eilidh chooses who at school knows she is looked after. She asked for her "
     "views to be written as she said them, and they are.", "She dislikes meetings in school "
     "time (\"everybody knows when I go out\").", "Reviews and visits after school or at "
     "home."),
    ("Responsible", "Helps with Kai, walks Hamish, and was made a house captain in P7.",
     "She can be bossy with Kai and Skye and finds it hard to let the adults do the looking "
     "after.", "Shona and Iain to give Eilidh time off from Kai: Saturday mornings are hers."),
    ("Included", "Lots of friends; her best friend is Freya Ritchie. Went on the P7 "
     "residential trip in May.", "Money for trips and dance competitions is tight.",
     "Kinship allowance reviewed; Ruaridh to apply to a charitable trust for a dance dress."),
)

PLAN_FAMILY_TIME: tuple[tuple[str, ...], ...] = (
    ("Who", "How often", "Where", "Supervised?", "Notes"),
    ("Mum (Lorna)", "Fortnightly, Saturday 11:00-13:00", "Links Family Centre, Kirkcaldy",
     "Yes: Forthside Council family support", "Comes from Paisley by train. Missed 3 of 10 "
     f"since January; Eilidh waits at the window. Invitations by e-mail: {LORNA_EMAIL}"),
    ("Dad (Steven Gallacher)", "Letters, monthly (when he writes)", "-", "-",
     "Released in August 2017; lives in Glasgow. Phone 07700 900274, held by SW only. "
     "Letters stopped in January 2019. He signs them Stevie."),
    ("Papa Sandy", "Monthly visit; phone every Wednesday", "Kirkcaldy; his house in Renfrew "
     "in the holidays; his caravan at Irvine in the summer", "No",
     "Her favourite person. \"Papa Sandy's caravan is the best place in the world.\""),
    ("Respite", "One weekend a month", "Mrs Isobel Gilchrist, Burnside Cottage, Kinghorn "
     "(07700 900447)", "-", "Approved foster carer with Forthside Council. Eilidh likes it "
     "(\"she has hens\")."),
)

PLAN_VIEWS = (
    "Eilidh filled in her My Views form at the kitchen table with Skye, and asked for it to go "
    "into the plan word for word:",
    "\"I like living here. I want to stay till I'm a grown up and then live next door.\"",
    "\"I want Mum to come every time she says she's coming.\"",
    "\"I don't want to be the only one in my class with a social worker.\"",
    "\"Can Papa Sandy come and see me dance at the nationals?\"",
    "\"Please can I get a phone for my 12th birthday. Skye is getting one.\"",
)

PLAN_OTHER_VIEWS = (
    "Kinship carers: Shona said: \"She's a wee mother hen with Kai. We're trying to let her "
    "just be eleven.\" Iain said that Eilidh is \"the organised one in this house\". Both want "
    "Eilidh and Kai to stay until they are grown up and asked about a Kinship Care Order; "
    "Ruaridh explained the options and will bring information to the next review.",
    "Mother (by phone, 20/05/2019): Lorna said she is \"four months off the drink\" and going "
    "to the addictions team in Paisley. \"Tell Eilidh I'm proud of her dancing. I want to see "
    "her at a competition.\"",
)

PLAN_ACTIONS: tuple[tuple[str, ...], ...] = (
    ("No.", "Action", "Who", "By"),
    ("1", "Kinship placement to continue; explore a Kinship Care Order and permanence",
     "Ruaridh Maclean", "Next review"),
    ("2", "Enhanced transition to Strathmuir High School", "Mrs Rankin / Mrs Pringle",
     "30/06/2019"),
    ("3", "Write to Mr Gallacher about his letters; offer a meeting", "Ruaridh Maclean",
     "30/06/2019"),
    ("4", "Grant application for a competition dance dress", "Ruaridh Maclean", "31/07/2019"),
    ("5", "LAC health review and eye test", "Jacqueline Forbes / Shona", "April 2020"),
    ("6", "Next Looked After Review", "Kirsten Baillie (IRO)", "19/11/2019"),
)

PLAN_SIGNED: tuple[tuple[str, ...], ...] = (
    ("Name", "Role", "Signed", "Date"),
    ("Ruaridh Maclean", "Lead Professional (SW)", "R. Maclean", "21/05/2019"),
    ("Shona Brodie", "Kinship carer", "S. Brodie", "21/05/2019"),
    ("Eilidh McFadyen", "Me", "Eilidh McF", "21/05/2019"),
    ("Kirsten Baillie", "Independent Reviewing Officer", "K. Baillie", "23/05/2019"),
)


def build_plan(corpus: Corpus) -> None:
    """Write the Child's Plan as a Word document."""
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
        head.text = (f"{COUNCIL} | Children and Families | OFFICIAL-SENSITIVE | "
                     f"Client ID {SUBJECT_ID}")
        head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        text.append(head.text)
        foot = section.footer.paragraphs[0]
        foot.text = "Child's Plan (Looked After) - GIRFEC practice model - form CP-LA v2.3"
        text.append(foot.text)

    add("Child's Plan: Looked After Child", style="Title")
    add("Getting it right for every child (GIRFEC). This plan was agreed at Eilidh's Looked "
        "After Review on Tuesday 21 May 2019 at her aunt's house, chaired by Kirsten Baillie.")
    add("About me", style="Heading 1")
    table(PLAN_ABOUT, (4.2, 12.8), header=False)
    add("The people I live with", style="Heading 1")
    table(PLAN_HOUSEHOLD, (2.8, 3.2, 2.2, 3.8, 5.0))
    add("My wellbeing (SHANARRI)", style="Heading 1")
    add("The eight wellbeing indicators: Safe, Healthy, Achieving, Nurtured, Active, "
        "Respected, Responsible and Included.", italic=True)
    table(PLAN_WELLBEING, (2.6, 5.2, 4.8, 4.4))
    add("Family time", style="Heading 1")
    table(PLAN_FAMILY_TIME, (2.8, 3.0, 4.0, 2.4, 4.8))
    add("Eilidh's views", style="Heading 1")
    for line in PLAN_VIEWS:
        add(line)
    add("Other views", style="Heading 1")
    for line in PLAN_OTHER_VIEWS:
        add(line)
    add("What will happen next", style="Heading 1")
    table(PLAN_ACTIONS, (1.2, 9.0, 4.0, 2.8))
    add("Signatures", style="Heading 1")
    table(PLAN_SIGNED, (4.4, 5.0, 3.8, 3.8))

    props = doc.core_properties
    props.title = "Child's Plan - Looked After"
    props.author = "Ruaridh Maclean"
    props.last_modified_by = "Ruaridh Maclean"
    props.subject = "GIRFEC Child's Plan"
    props.keywords = ""
    props.comments = ""
    props.created = dt.datetime(2019, 5, 16, 10, 5, 0)
    props.modified = dt.datetime(2019, 5, 23, 15, 48, 0)
    props.revision = 7
    buffer = io.BytesIO()
    doc.save(buffer)
    data = fixed_zip(buffer.getvalue(), (2019, 5, 23, 15, 48, 0))
    (CASE_DIR / PLAN_DOCX).write_bytes(data)
    corpus.add(PLAN_DOCX, *text)


# --------------------------------------------------------------------------------------------
# Millbrae House running record, extract (PDF), January 2021 to November 2023
# --------------------------------------------------------------------------------------------

MILLBRAE_DETAILS: list[tuple[str, str]] = [
    ("Young person", "Eilidh McFADYEN (EMcF)"), ("DOB", SUBJECT_DOB),
    ("CHI", SUBJECT_CHI_SPACED), ("Admitted", "14/01/2021 (from kinship care, Kirkcaldy)"),
    ("Key worker", "Mhairi Sinclair (RCW)"), ("Co-worker", "Tam Cairns (RCW)"),
    ("Unit manager", "Fiona Laird"), ("Social worker", "Ruaridh Maclean (SW)"),
]

MILLBRAE_INTRO = (
    "Extract of the running record printed for the subject access request. Entries about "
    "other young people have been left out; where another young person is mentioned in "
    "Eilidh's entries, staff use initials as they do in the house. At admission the house had "
    "four other young people: TQ (Tegan Quigley, 13, placed by Strathcalder Council), JD "
    "(Jake Donnachie, 14), Aimee (11) and a boy who moved on in February."
)


@dataclass(frozen=True)
class Entry:
    """One entry of the running record."""

    iso: str
    heading: str  # date and time as typed, and the kind of entry
    by: str
    body: str


MILLBRAE_ENTRIES: tuple[Entry, ...] = (
    Entry("2021-01-14", "Thu 14/01/21 16:20 - Admission", "Mhairi S (RCW)",
          "EMcF arrived with Ruaridh (SW) and her aunt, Shona, who drove her through from "
          "Kirkcaldy. Two holdalls, a bin bag of clothes, a box of dance medals she \"doesn't "
          "need any more\" and Morag, a very worn toy seal (\"Don't wash her, she'll fall "
          "apart\"). Room 4. Shona cried in the car park and Eilidh told her off for it, then "
          "hugged her for a long time. Ruaridh went through the placement plan with her. "
          f"Eilidh handed in her mobile ({SUBJECT_OLD_PHONE}) at 22:00 as agreed and asked "
          "if Kai can visit on Saturday. Quiet at tea; ate a bit of pasta. TQ showed her the "
          "garden and the trampoline."),
    Entry("2021-01-15", "15.01.21 - Night and morning", "Jacqui (night RCW)",
          "Slept 01:30 to 07:00, checked two-hourly, no concerns. Up before anyone else and "
          "found in the kitchen making toast for JD and Aimee. Ate two rolls with square "
          "sausage. Told Gav she \"might stay a week\"."),
    Entry("2021-01-23", "Sat 23rd Jan 2021 - Key work", "Mhairi S (RCW)",
          "First proper key work session, walking round the park. Eilidh talked about her "
          "papa, Sandy, who died on 24 October 2019 when she was 11. \"He used to take me "
          "and Kai to his caravan at Irvine every summer. He called me his wee dancer.\" She "
          "said that after Papa died everything went wrong: she stopped dancing, fell out "
          "with Skye, and started talking to Connor online \"because he got it\". She asked "
          "if she can visit Papa's grave in Paisley with me. Agreed; we will go on the "
          "anniversary in October if not before."),
    Entry("2021-02-01", "01/02/2021 - Education", "Gav (SRCW)",
          "First day at Glenkerr Academy (S2). I drove her. Met Mr Kenneth Nicol (PT Pupil "
          "Support), who is her Named Person at the school, and her buddy. Eilidh came home "
          "and said: \"It's a dump but the maths teacher is class.\" Homework done at the "
          "kitchen table without being asked."),
    Entry("2021-02-11", "Thursday 11 February 2021 - Birthday", "Tam C (RCW)",
          "Eilidh's 13th. Cake from the whole house: TQ iced it with EILIDH 13 and a seal. "
          "Lorna phoned at 19:00 and was sober; they talked for 25 minutes and Eilidh came "
          "off the phone smiling. Shona, Iain, Skye and Kai are coming on Saturday (garden "
          "visit only, COVID rules). A card came from her dad, the first in two years, "
          "signed \"Dad (Stevie)\". Eilidh read it twice and put it in Morag's box and did "
          "not want to talk about it."),
    Entry("2021-02-22", "22/02/21 - Children's Hearing", "Mhairi S (RCW)",
          "Virtual hearing at 10:30, Eilidh and me on the laptop in the meeting room. She was "
          "nervous and picked at her sleeves the whole time but spoke up for herself. The "
          "panel kept her at Millbrae and made weekly contact with Kai part of the order. "
          "Afterwards she said: \"They actually read it. The lady said she could tell I wrote "
          "it myself.\" Chips for lunch, as promised."),
    Entry("2021-03-27", "27/03/21 19:10 to 28/03/21 00:50 - Missing from care", "Gav (SRCW)",
          "EMcF and TQ went out at 19:10 saying they were going to the Co-op. Not back for "
          "the 21:00 curfew; both phones off. Staff searched the town centre and the park and "
          "reported them missing to Police Scotland at 21:25 under the joint missing "
          "protocol. At 00:40 police (PC Lisa Moffat) found both girls at the bus station in "
          "Paisley, cold and tearful; they had been trying to get a bus to Glasgow \"to see a "
          "pal\". Back at 00:50. Eilidh said Connor was not involved and that she has not "
          "been in touch with him, and gave me her phone to check. Return discussion with "
          "Mhairi the next day. Strathcalder Council (TQ's placing authority, their ref "
          "SCC/LAC/55731) informed by the manager."),
    Entry("2021-05-12", "12.05.21 - Health", "Mhairi S (RCW)",
          "COVID: TQ (Tegan Quigley, DOB 19/06/2007) tested positive on a lateral flow this "
          f"morning and the PCR booked under her CHI {TEGAN_CHI} confirmed it. Eilidh is a "
          "close contact and isolating in the house with everyone else; negative LFDs on "
          "days 1 and 3. She organised a quiz night and a pamper evening for the others. "
          "Jacqueline Forbes (LAC Nurse) phoned and did Eilidh's annual health assessment by "
          "phone. CAMHS (Dr Niamh Corr) carrying on by video every fortnight."),
    Entry("2021-06-14", "Mon 14/06/21 - Looked After Review", "Fiona L (Unit Manager)",
          "Eilidh's first review at Millbrae, chaired by Kirsten Baillie (IRO), with Ruaridh, "
          "Mhairi and Mr Nicol in the room and Shona on Teams. Eilidh ran the first ten "
          "minutes herself from a list she had written: school, Kai, her phone, swimming. "
          "Agreed: her phone back at weekends, swimming club on Tuesdays and Thursdays, and "
          "overnight stays at her aunt's in the summer if things stay settled. Kirsten said "
          "it was the best-prepared review she had chaired this year."),
    Entry("2021-07-03", "03.07.21 21:15 - Incident", "Tam C (RCW)",
          "After a phone call from Lorna, who staff could hear had been drinking, Eilidh "
          "punched the wall in the upstairs corridor and shut herself in her room. Knuckles "
          "grazed; first aid given. I sat outside her door and talked to her through it for "
          "forty minutes until she opened it. She said: \"I'm not angry at her. I'm angry "
          "that I still care.\" Ruaridh informed; Lorna's calls to come through the house "
          "phone for now."),
    Entry("2021-08-07", "Sat 7th August 2021 - Outing", "Mhairi S (RCW)",
          "Day trip to Irvine, Eilidh's choice. She showed me where Papa's caravan used to be "
          "(the site is still there, all new caravans) and the bit of beach where he taught "
          "her to swim \"when I was five and freezing\". She swam, properly, for the first "
          "time since 2019. Ice cream at the harbour. On the way home she asked if she could "
          "get back into swimming seriously; a trial at the swimming club is booked."),
    Entry("2021-09-05", "Sun 5th Sept 2021 - Family time", "Mhairi S (RCW)",
          "Kai's 9th birthday. Mhairi took Eilidh by train to Kirkcaldy. Bowling with Kai, "
          "Skye, Shona and Iain, then chips on the prom. Kai: \"You're my best sister.\" "
          "Eilidh: \"I'm your only sister, ya numpty.\" She was quiet on the train home, then "
          "said: \"I'm glad he's there. Auntie Shona's is the right place for him.\""),
    Entry("2021-10-30", "30/10/2021 - Achievement", "Tam C (RCW)",
          "Eilidh received her Saltire Ascent Award at the Johnstone Community Larder for 25 "
          "hours of volunteering (Saturday mornings since June). Fiona and I went. The "
          "larder's co-ordinator said she is \"the best at the tins and the kindest with the "
          "old folk\". She wants to go for the Summit award next."),
    Entry("2021-10-24", "24/10/21 - Key work", "Mhairi S (RCW)",
          "Two years since Papa died. We went to his grave in Paisley and Eilidh left her "
          "first dancing medal on it, \"because he paid for the lessons\". She cried, then "
          "laughed about the time he fell asleep at one of her competitions. In the car she "
          "said it had been \"a good sad\"."),
    Entry("2022-01-26", "26/01/2022 - Health", "Mhairi S (RCW)",
          "Last CAMHS session with Dr Niamh Corr, who discharged her by agreement. Eilidh has "
          "not self-harmed since last February and uses her box (ice, an elastic band, her "
          "music and Morag) on bad nights. Dr Corr's letter says she can refer herself back "
          "until she is 18. Eilidh: \"I don't need her now but I'm glad she's there.\""),
    Entry("2022-03-17", "17/03/2022 21:40 - Incident (police attended)", "Gav (SRCW)",
          "At 21:40 JD told staff that a black car was parked at the bottom of the drive with "
          "its lights off. Staff recognised the registration, SK15 YTR, from the police "
          "information in Eilidh's safety plan: Connor Baird's car. Eilidh had gone out to "
          "the garden minutes before and was at the gate talking to the driver. I went out "
          "and asked her to come in, which after a few minutes she did, and the car left at "
          "speed. Police were called at 21:48 as the safety plan says. Two officers from "
          "Johnstone, PC Lisa Moffat and Sergeant Tom Yuill, came at 22:30, took a "
          "statement from me and spoke to Eilidh with Mhairi present. Eilidh said that "
          "Connor had messaged her on a new account the week before and that she had told "
          "him where she lived; she said she \"wanted to tell him to leave me alone, to his "
          "face\". She showed the officers the messages and agreed they could take "
          "screenshots. The sergeant said that Mr Baird would be spoken to again. Eilidh "
          "cried and said: \"I'm raging at myself. I thought I was past this.\" Mhairi "
          "stayed with her until she fell asleep. Ruaridh and the Reporter informed in the "
          "morning. Her phone went back to her on 21/03/22 after she blocked the account "
          "with Mhairi."),
    Entry("2022-04-09", "Sat 9 April 2022 - Group living", "Gav (SRCW)",
          "TQ moved on today to foster carers in her own council's area. Eilidh made her a "
          "card and a playlist and was very flat afterwards. She said the house \"feels "
          "wrong without her\" and asked if they can keep in touch by phone; I said I would "
          "ask TQ's social worker."),
    Entry("2022-06-25", "Sat 25/06/22 - Achievement", "Tam C (RCW)",
          "Duke of Edinburgh's Award: Bronze qualifying expedition completed, two days "
          "walking in the Campsie Fells with the school group. Blisters, midges and \"the "
          "best night ever\". The group leader said she kept everyone going and cooked the "
          "pasta for her whole tent."),
    Entry("2022-07-19", "19/07/2022 - Family time", "Mhairi S (RCW)",
          "Family time with Lorna at a cafe in Paisley, Mhairi supervising: their first "
          "time face to face in over a year. Lorna has been in recovery since March and "
          "looked well. She gave Eilidh a silver bracelet that had been her own gran's. They "
          "laughed a lot. Eilidh: \"That's the mum I remember from when I was wee.\" Lorna's "
          "new mobile for the contact rota: 07700 900839."),
    Entry("2022-12-24", "24/12/22 - Christmas Eve", "Tam C (RCW)",
          "JD and EMcF made the trifle for tomorrow and argued about whether it has jelly in "
          "it (it does now). Aimee went to her gran's for Christmas. Eilidh wrapped a present "
          "for every member of staff on shift tomorrow, bought with her larder vouchers."),
    Entry("2023-02-11", "11/02/23 - Birthday", "Tam C (RCW)",
          "Eilidh's 15th. Lorna came to the house for tea for the first time, with a cake she "
          "had made herself (lopsided \"on purpose\"). Shona phoned from Kirkcaldy and put "
          "Kai on, who sang very badly. Eilidh said it was her \"best birthday since "
          "Papa\"."),
    Entry("2023-08-08", "08/08/2023 - Education", "Mhairi S (RCW)",
          "SQA results: Eilidh passed five National 5s: PE (A), English (B), Biology (B), "
          "Maths (C) and Hospitality (C). She screamed, then phoned Auntie Shona, then her "
          "mum, then Kai. Mr Nicol e-mailed: \"Please tell Miss McFadyen the whole PE "
          "department is delighted.\" Fiona took the whole house out for pizza. She is "
          "doing Higher PE and Higher English in S5."),
    Entry("2023-11-30", "30/11/2023 - Pathway planning", "Mhairi S (RCW)",
          "Gordon Imrie (Throughcare and Aftercare) came for the first pathway meeting. "
          "Continuing Care explained: Eilidh can stay at Millbrae after her order ends, up "
          "to 21. She said: \"I want to stay till I'm ready. Not put out at 16 like they "
          "used to do to folk.\" She wants to go to college for sport and be a PE teacher "
          "or a lifeguard."),
)


# The gap under the details block. With it the incident of 17/03/2022 runs across the page
# break from page 2 to page 3 and splits a police sergeant's name ("Sergeant Tom" at the foot
# of page 2, "Yuill" at the top of page 3); check_layout() stops the build if it no longer does.
MILLBRAE_GAP = 3.75  # points


def millbrae_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the children's house running record."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#23415f"))
    canvas.rect(0, PAGE_H - 16 * mm, PAGE_W, 16 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(MARGIN_X, PAGE_H - 9.5 * mm, "MILLBRAE HOUSE")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 13.5 * mm,
                      f"{COUNCIL} Children's Houses - Running record (extract)")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 9.5 * mm, "OFFICIAL-SENSITIVE")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 13.5 * mm, f"YP: EMcF / {SUBJECT_ID}")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, f"{MILLBRAE} | Tel 0141 496 0417 | printed "
                      f"12/10/2026 for {SAR}")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def millbrae_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the running record."""
    return (f"MILLBRAE HOUSE {COUNCIL} Children's Houses - Running record (extract) "
            f"OFFICIAL-SENSITIVE YP: EMcF / {SUBJECT_ID} {MILLBRAE} | Tel 0141 496 0417 | "
            f"printed 12/10/2026 for {SAR} Page {page} of {total}")


def build_millbrae(corpus: Corpus) -> int:
    """Write the running record extract; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "RUNNING RECORD - EILIDH McFADYEN - 2021 TO 2023"
    story: list = [para(title, H1), pair_table(MILLBRAE_DETAILS, w), Spacer(1, MILLBRAE_GAP),
                   para(MILLBRAE_INTRO, BODY)]
    text = [title, rows_text(MILLBRAE_DETAILS), MILLBRAE_INTRO]
    for entry in MILLBRAE_ENTRIES:
        head = f"{entry.heading}   (recorded by {entry.by})"
        story += [para(head, ENTRY), para(entry.body, LOG)]
        text += [head, entry.body]
        corpus.note(MILLBRAE_PDF, entry.iso, f"{head}\n{entry.body}")
    pages = build_platypus(CASE_DIR / MILLBRAE_PDF, millbrae_furniture, story,
                           "Running record extract", "Millbrae House", top=22 * mm,
                           creator="CareRecord Residential 7")
    corpus.add(MILLBRAE_PDF,
               *(millbrae_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# College progress report (PDF), 23 May 2025
# --------------------------------------------------------------------------------------------

COLLEGE_DETAILS: tuple[tuple[str, str], ...] = (
    ("Student", "McFADYEN, Eilidh C"),
    ("Preferred name", "Eilidh"),
    ("Student ID", SUBJECT_STUDENT),
    ("Date of birth", "2008-02-11"),
    ("Course", "NC Sport and Fitness (SCQF level 6), full time, Paisley campus"),
    ("Start date", "19/08/2024"),
    ("Personal tutor", "Craig Dunsmore"),
    ("Care-experienced", "Yes (declared on application). Care-Experienced Student Adviser: "
     "Lynsey Gourlay"),
    ("Term-time address", f"{MILLBRAE} (continuing care)"),
    ("Mobile / e-mail", f"{SUBJECT_PHONE} / {SUBJECT_EMAIL}"),
    ("Emergency contact", "Mrs Shona Brodie (aunt), +44 7700 900563 (changed from Millbrae House "
     "at the student's request, 14/01/2025)"),
    ("Attendance", "91.4% (course target 85%)"),
)

COLLEGE_UNITS: tuple[tuple[str, ...], ...] = (
    ("Unit", "Code", "Result", "Tutor comment"),
    ("Anatomy and Physiology for Sport", "SF601", "Achieved",
     "Strong on the skeletal and muscular systems; revise energy systems before the HNC."),
    ("Fitness Training Programmes", "SF602", "Achieved",
     "Designed an excellent eight-week circuit programme for a client over 60."),
    ("Sports Coaching: Team Games", "SF603", "Achieved",
     "Coached P6 netball at a primary school in Linwood on placement; the class teacher asked "
     "for her back."),
    ("Emergency First Aid at Work", "SF604", "Achieved", "Certificate issued 28/10/2024."),
    ("Nutrition for Sport and Exercise", "SF605", "Achieved",
     "Practical and thorough; made good use of her National 5 Hospitality."),
    ("Communication (Core Skill)", "CS5", "Achieved",
     "Presentation: \"Swimming as a life-saving skill\"."),
    ("Numeracy (Core Skill)", "CS6", "In progress", "Resit booked for 03/06/2025."),
)

COLLEGE_ATTENDANCE: tuple[tuple[str, ...], ...] = (
    ("Block", "Dates", "Attendance", "Punctuality", "Note"),
    ("1", "19/08/2024 - 11/10/2024", "93.1%", "98%", ""),
    ("2", "21/10/2024 - 20/12/2024", "86.9%", "95%", "Five days' authorised absence "
     "(family), November"),
    ("3", "06/01/2025 - 28/03/2025", "94.0%", "99%", "Student of the Month, February"),
    ("4", "31/03/2025 - 23/05/2025", "92.1%", "97%", "Two days' absence: NPLQ assessment "
     "and a housing appointment (both authorised)"),
)

COLLEGE_SECTIONS: tuple[tuple[str, str], ...] = (
    ("Personal tutor's comments",
     "Eilidh is one of the most reliable students in the group. She arrived in August quiet "
     "and wary, sat at the back and told me \"I'm not a college person\". By October she was "
     "leading the warm-ups. In February she was the Sport department's Student of the Month "
     "after she stayed with a student who collapsed in the sports hall, kept him calm and "
     "talked to the ambulance crew. She swam for the college at the colleges' gala in "
     "Hamilton in March. She passed her National Pool Lifeguard Qualification (NPLQ) on "
     "15/03/2025 and now works eight hours a week as a casual lifeguard at the leisure "
     "centre in Johnstone. She has a conditional place on the HNC Fitness, Health and "
     "Exercise for 2025/26, subject to Numeracy. - Craig Dunsmore, Personal Tutor"),
    ("Student support",
     "Eilidh receives the Care Experienced Bursary and a travel pass. We meet every second "
     "week. In November 2024 she asked for help during a stressful family time and was given "
     "an extension on one unit. She is working with her Throughcare worker, Gordon Imrie, on "
     "a move to her own tenancy over the summer, and we have agreed that the college will "
     "keep her bursary paid over the holidays so that she is not short during the move. "
     "- Lynsey Gourlay, Care-Experienced Student Adviser"),
    ("Student's own comment",
     "I didn't think I'd last a month. I thought everyone would know I was in care and I'd "
     "be the girl with the social worker again. Nobody cares here, in a good way. The best "
     "thing was getting my lifeguard. My Papa Sandy taught me to swim at Irvine when I was "
     "five and I think he'd be proud. Next year the HNC, then maybe uni to be a PE teacher. "
     "- Eilidh"),
    ("Extra-curricular",
     "College swimming team (gala in Hamilton, March 2025: second in the 100m freestyle); "
     "volunteer at the college's Wednesday walking football session for older adults; "
     "class representative in Block 3 and Block 4."),
    ("Targets for next session",
     "1. Pass Numeracy at SCQF level 5 (resit 03/06/2025). 2. Keep attendance above 90% "
     "over the move to her own flat. 3. Build her coaching hours towards the SQA coaching "
     "award. 4. Ask for help early if money or housing gets on top of her; her adviser and "
     "her throughcare worker both offered."),
    ("Progression",
     "Recommended for progression to HNC Fitness, Health and Exercise (SCQF level 7), "
     "August 2025, subject to Numeracy at SCQF level 5."),
)

COLLEGE_SIGNED = ("Craig Dunsmore, Personal Tutor. Andy Kilpatrick, Curriculum Manager, Sport "
                  "and Fitness. 23 May 2025.")


def college_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Letterhead and footer of the college report."""
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#0d6b4f"))
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(MARGIN_X, PAGE_H - 13 * mm, "Cartside College")
    canvas.setFont("Helvetica", 8.5)
    canvas.drawString(MARGIN_X, PAGE_H - 17.5 * mm, "Student Progress Report - Session 2024/25")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 13 * mm, "Paisley campus")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 17.5 * mm, "Tel 0141 496 0871")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, f"Cartside College | Student Records | {SUBJECT_STUDENT}")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def college_furniture_text(page: int, total: int) -> str:
    """The letterhead and footer text of one page of the college report."""
    return ("Cartside College Student Progress Report - Session 2024/25 Paisley campus Tel 0141 "
            f"496 0871 Cartside College | Student Records | {SUBJECT_STUDENT} "
            f"Page {page} of {total}")


def build_college(corpus: Corpus) -> int:
    """Write the college progress report; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = "STUDENT PROGRESS REPORT"
    story: list = [para(title, H1), form_table(COLLEGE_DETAILS, w, 38 * mm, shade="#e3f1ea"),
                   para("Units", H2),
                   grid_table(COLLEGE_UNITS, [52 * mm, 16 * mm, 20 * mm, w - 88 * mm],
                              shade="#cfe6da")]
    story += [para("Attendance by block", H2),
              grid_table(COLLEGE_ATTENDANCE, [14 * mm, 40 * mm, 22 * mm, 22 * mm,
                                              w - 98 * mm], shade="#cfe6da")]
    text = [title, rows_text(COLLEGE_DETAILS), "Units", rows_text(COLLEGE_UNITS),
            "Attendance by block", rows_text(COLLEGE_ATTENDANCE)]
    for heading, body in COLLEGE_SECTIONS:
        story += [para(heading, H2), para(body, BODY)]
        text += [heading, body]
    story += [Spacer(1, 3 * mm), para(COLLEGE_SIGNED, SMALL_BOLD)]
    text.append(COLLEGE_SIGNED)
    pages = build_platypus(CASE_DIR / COLLEGE_PDF, college_furniture, story,
                           "Student progress report", "Craig Dunsmore", top=24 * mm,
                           creator="Cartside College SITS reports")
    corpus.add(COLLEGE_PDF, *(college_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# E-mail from the throughcare worker (EML), June 2025: quoted-printable body, her views
# attached in base64
# --------------------------------------------------------------------------------------------

EMAIL_HEADERS = {
    "From": f"Gordon Imrie <{GORDON_EMAIL}>",
    "To": f"Eilidh McFadyen <{SUBJECT_EMAIL}>",
    "Cc": f"Shona Brodie <{SHONA_EMAIL}>, Lynsey Gourlay <{LYNSEY_EMAIL}>",
    "Subject": "RE: college report + flat!!",
}

# Outlook writes each paragraph as one long line; quoted-printable then breaks it with soft
# line breaks (``=`` at the end of a line), often in the middle of a word.
EMAIL_PARAGRAPHS = (
    "Hi Eilidh,",
    "Yes I saw it, Lynsey sent it over on the 23rd, and it's brilliant: 91% attendance and "
    "every unit but one passed. I've put a copy on your file like you asked. The HNC place is "
    "confirmed as soon as the Numeracy resit you sat on the 3rd comes back as a pass, and "
    "Lynsey says you walked it.",
    "As you asked, I've copied in your Auntie Shona. Shona, hello, and thanks for all the "
    "lifts.",
    f"The flat is {SUBJECT_FLAT}. Two bedrooms (the second one is tiny), top floor, five "
    "minutes from the college and ten from the pool. It is nowhere near your mum's: Garthland "
    "Brae is the other side of the town centre, about 25 minutes' walk. The viewing is on "
    "Tuesday 17th June at 2pm with Jamie Auld, the housing officer. I'll pick you up from "
    "Millbrae at 1.30. If you like it the tenancy could start at the beginning of September, "
    "you'll get the Setting Up Home grant (\u00a31,500) and I'll help you with the gas and "
    "electric.",
    "Your Continuing Care at Millbrae carries on until you move, and Mhairi says she's "
    "already planning the leaving tea. Your aftercare doesn't stop when you move: you've got "
    "me until you're 26 whether you want me or not :)",
    "I've attached the notes you typed for Monday's pathway review, so they're on your file "
    "in your own words.",
    "Speak soon,\nGordon",
    "Gordon Imrie | Throughcare and Aftercare Worker | Kelvinmuir Council\n"
    f"Tel 0141 496 0588 | Mob 07700 900215 | {GORDON_EMAIL}",
    "-----Original Message-----\n"
    f"From: Eilidh McFadyen <{SUBJECT_EMAIL}>\n"
    "Sent: 11 June 2025 22:47\n"
    f"To: Gordon Imrie <{GORDON_EMAIL}>\n"
    "Subject: college report + flat!!",
    "gordon!!! did you see my report?? 91% attendance, that's better than I ever did at "
    "school lol. Lynsey says I'm through to the HNC if numeracy comes back ok.",
    "Can you cc Auntie Shona into the next email please, she wants to know everything. Her "
    f"email is {SHONA_EMAIL}",
    "Also I've got a new number because I dropped my phone in the pool at work (don't ask). "
    f"It's {SUBJECT_PHONE}.",
    "Is the flat near my mum's? I love her but not on my doorstep. She's at 18 Garthland "
    "Brae now. Kai says he'll come and paint my living room if he "
    "gets to pick the colour so it'll be bright yellow probably.",
    "Eils x",
)
EMAIL_BODY = "\n\n".join(EMAIL_PARAGRAPHS) + "\n"

# Typed by Eilidh on her phone for her pathway review and sent to her worker.
VIEWS_LINES = (
    "MY VIEWS - pathway review, Monday 16 June 2025",
    "Eilidh McFadyen",
    "",
    "Where I want to live:",
    "My own flat in Paisley. Not Johnstone, too many memories. Near the college and the "
    "pool. Not on the same street as Mum.",
    "",
    "What I'm proud of:",
    "- NC Sport and Fitness passed (just waiting on my numeracy resit)",
    "- my lifeguard qualification (NPLQ) in March",
    "- not been missing since I was 13",
    "- seeing Kai every second weekend and he actually wants to see me",
    "- I still have Morag lol",
    "",
    "Money:",
    "Bursary and my lifeguard shifts. I want to save for driving lessons. Gordon is helping "
    "me with a budget sheet.",
    "",
    "Who's in my corner:",
    "Auntie Shona and Uncle Iain, Mhairi (still!), Gordon, Lynsey, Courtney, Mum when she's "
    "well.",
    "",
    "What I'm worried about:",
    "Being on my own at night. Bills. Mum turning up when she's had a drink.",
    "",
    "What I want people to know:",
    "I'm not my file. Read it if you want but ask me as well.",
)
VIEWS = "\n".join(VIEWS_LINES) + "\n"


def build_email(corpus: Corpus) -> None:
    """Write the throughcare worker's e-mail (quoted-printable) with Eilidh's views attached."""
    msg = EmailMessage()
    for name, value in EMAIL_HEADERS.items():
        msg[name] = value
    bst = dt.timezone(dt.timedelta(hours=1))
    msg["Date"] = format_datetime(dt.datetime(2025, 6, 12, 9, 17, 42, tzinfo=bst))
    msg["Message-ID"] = "<LO2P265MB5208E1C7A93F04D2B6E8A1F3C0612@LO2P265MB5208.GBRP265.PROD>"
    msg["In-Reply-To"] = "<CAF3kq9Zr0x8vT2b1YpN7e5Lm4QwU6sJ@mail.example.com>"
    msg["Thread-Topic"] = "college report + flat!!"
    msg["X-MS-Has-Attach"] = "yes"
    msg.set_content(EMAIL_BODY, cte="quoted-printable")
    msg.add_attachment(VIEWS, subtype="plain", filename=VIEWS_TXT, cte="base64")
    msg.set_boundary("_005_LO2P265MB5208E1C7A93F04D2B6E8A1F3C0612LO2P265MB5208GBRP_")
    data = msg.as_bytes(policy=default_policy)
    parsed = message_from_bytes(data, policy=default_policy)
    parts = [part.get_content() for part in parsed.iter_parts()]
    assert normalise(parts[0]) == normalise(EMAIL_BODY), "e-mail body does not round-trip"
    assert normalise(parts[1]) == normalise(VIEWS), "attachment does not round-trip"
    assert b"=C2=A31,500" in data, "e-mail body is not quoted-printable"
    assert b"Morag" not in data, "the attachment is not base64"
    (CASE_DIR / EMAIL_EML).write_bytes(data)
    corpus.add(EMAIL_EML, *EMAIL_HEADERS.values(), EMAIL_BODY, VIEWS)


# --------------------------------------------------------------------------------------------
# Significant events chronology (CSV), exported from the social work system
# --------------------------------------------------------------------------------------------

CHRONOLOGY_PREAMBLE: tuple[tuple[str, ...], ...] = (
    ("Significant Events Chronology", "McFADYEN, Eilidh Catriona", f"Client ID {SUBJECT_ID}",
     f"DOB {SUBJECT_DOB}"),
    (f"Exported 12/10/2026 09:42 by Records Management for {SAR}",),
    (),
)
CHRONOLOGY_HEADER = ("Event date", "Date accuracy", "Event type", "Event", "Source",
                     "Impact on child", "Recorded by")

# (event date as typed, accuracy, type, event, source, impact, recorded by)
CHRONOLOGY: tuple[tuple[str, ...], ...] = (
    ("11/02/2008", "Exact", "Birth", "Eilidh born in Paisley. Mother Lorna McFadyen (18); "
     "father Steven Gallacher, named on the birth certificate.", "Birth notification",
     "", "Records Mgt"),
    ("19/05/2011", "Exact", "Referral", "Neighbour, Mrs Agnes Lafferty (2/2, 47 Glenbrochan "
     "Road, tel 0141 496 0127), reported Eilidh (3) crying alone in the flat for over two "
     "hours. Duty visit: mother asleep after drinking. Referred to Johnstone Family Centre.",
     "Duty SW", "Negative", "G Tennant"),
    ("20/08/2012", "Exact", "Education", "Started P1 at Auchenlodge Primary School, "
     "Johnstone.", "School", "Positive", "G Tennant"),
    ("01/09/2012", "Month", "Family", "Birth of her brother, Kai (September 2012).",
     "Health visitor",
     "Neutral", "G Tennant"),
    ("01/10/2012", "Month", "Closure", "Family Centre support ended; case closed to social "
     "work.", "Duty SW", "Neutral", "G Tennant"),
    ("01/03/2013", "Month", "Family", "Father remanded, later sentenced to four years (SPS "
     "no. 0871342). No contact with the children after this.", "SW", "Negative",
     "G Tennant"),
    ("01/08/2014", "Exact", "Incident", "Domestic incident at the family home: mother "
     "(DOB 23.07.89) assaulted by her partner, Ryan Kinnear (DOB 30/04/1985), who was "
     "arrested "
     "(PS-20140801-2231). Eilidh (6) found locked in the bathroom holding her brother.",
     "Police Scotland", "Negative", "G Tennant"),
    ("04/08/2014", "Exact", "IRD", "Inter-agency referral discussion (DC Alison Gray, "
     "G. Tennant SW, S. Muir HV). Both children seen.", "IRD", "Protective", "G Tennant"),
    ("06/08/2014", "Exact", "Referral", "Referral to the Children's Reporter.", "SW",
     "Protective", "G Tennant"),
    ("12/08/2014", "Exact", "Child protection", "Initial child protection case conference: "
     "both children's names placed on the Child Protection Register (domestic abuse, "
     "parental alcohol misuse, neglect).", "ICPCC minute", "Protective", "G Tennant"),
    ("16/10/2014", "Exact", "Hearing", "Grounds hearing: mother accepted the grounds; Eilidh "
     "too young to understand them, so application to the sheriff; interim CSO.", "SCRA",
     "Protective", "G Tennant"),
    ("10/11/2014", "Exact", "Court", "Sheriff found the grounds established (Paisley Sheriff "
     "Court).", "SCRA", "Neutral", "G Tennant"),
    ("27/11/2014", "Exact", "Hearing", "Compulsory Supervision Order made: looked after at "
     "home with her mother; no contact with Ryan Kinnear.", "SCRA", "Protective",
     "G Tennant"),
    ("03/02/2015", "Exact", "Child protection", "Review child protection case conference: "
     "names remain on the Register.", "RCPCC minute", "Neutral", "G Tennant"),
    ("23/06/2015", "Exact", "Child protection", "Review CPCC: both names removed from the "
     "Child Protection Register. Mother working with the addictions team; Mr Kinnear "
     "convicted on 04/05/2015 and no longer in the household.", "RCPCC minute", "Positive",
     "G Tennant"),
    ("12/03/2016", "Exact", "Incident", "Eilidh (8) dialled 999 when she could not wake her "
     "mother. Police (PC Kevin Loudon) and ambulance attended. The children spent two nights "
     f"with emergency foster carers, Brian and Margaret Hosie, {HOSIE_HOME} (tel 0141 496 "
     "0684).", "Standby SW", "Negative", "R Maclean"),
    ("14/03/2016", "Exact", "Placement", "Moved, with her brother, to her maternal aunt and "
     "uncle in Kirkcaldy (kinship care): Shona and Iain Brodie, 17 Hunter's Wynd, Kirkcaldy "
     "KY1 2ZE.", "SW", "Positive", "R Maclean"),
    ("15/03/2016", "Exact", "Hearing", "Hearing reviewed the urgent transfer: interim "
     "variation, to live with her kinship carers. Safeguarder appointed (Alasdair Cowie).",
     "SCRA", "Protective", "R Maclean"),
    ("04/04/2016", "Exact", "Education", "Started P4 at Whinnyburn Primary School, "
     "Kirkcaldy.", "School", "Positive", "R Maclean"),
    ("26/05/2016", "Exact", "Hearing", "CSO varied: measure to live with her kinship carers; "
     "contact with her mother fortnightly, supervised.", "SCRA", "Protective", "R Maclean"),
    ("01/07/2016", "Approximate", "Activity", "Summer 2016: started Highland dancing at the "
     "Lang Toun School of Highland Dance with her cousin Skye.", "Kinship carer", "Positive",
     "R Maclean"),
    ("01/08/2017", "Month", "Family", "Father released from custody; monthly letters via SW. "
     f"His address: {DAD_HOME}.", "SW", "Neutral", "R Maclean"),
    ("16/06/2018", "Exact", "Achievement", "Bronze medal (Highland Fling, under 12) at the "
     "Fife Coast Highland Games.", "Kinship carer", "Positive", "R Maclean"),
    ("21/05/2019", "Exact", "Review", "Looked After Review and Child's Plan: kinship "
     "placement to continue; Kinship Care Order to be explored.", "IRO", "Positive",
     "R Maclean"),
    ("13/08/2019", "Exact", "Education", "Started S1 at Strathmuir High School, Kirkcaldy.",
     "School", "Positive", "R Maclean"),
    ("24/10/2019", "Exact", "Family", "Death of her maternal grandfather, Sandy McFadyen. "
     "Eilidh (11) went to the funeral in Paisley with her aunt.", "SW", "Negative",
     "R Maclean"),
    ("23/03/2020", "Exact", "Other", "COVID-19 lockdown: school closed; family time moved "
     "to video calls.", "SW", "Negative", "R Maclean"),
    ("01/11/2020", "Month", "Health", "Self-harm (cutting) disclosed to her PT Guidance, Mrs "
     "Ailsa Pringle. Referred to CAMHS.", "School", "Negative", "R Maclean"),
    ("09/01/2021", "Exact", "Missing", "Missing overnight from her kinship placement. Found "
     "by police at 23:40 in Glasgow in a car driven by Connor Baird (22). Police Scotland "
     "concern report (PS-20210109-0354).", "Police Scotland", "Negative", "R Maclean"),
    ("11/01/2021", "Exact", "IRD", "IRD (risk of child sexual exploitation). Not registered: "
     "risks managed through her Child's Plan and a safety plan. Aunt asks for Eilidh to "
     "move.", "IRD", "Protective", "R Maclean"),
    ("14/01/2021", "Exact", "Placement", "Moved to Millbrae House (Kelvinmuir Council "
     "children's house), Johnstone.", "SW", "Negative", "R Maclean"),
    ("18/01/2021", "Exact", "Hearing", "Interim variation of the CSO: to live at Millbrae "
     "House.", "SCRA", "Protective", "R Maclean"),
    ("01/02/2021", "Exact", "Education", "Started S2 at Glenkerr Academy. Named Person: Mr "
     "Kenneth Nicol (PT Pupil Support).", "School", "Positive", "R Maclean"),
    ("22/02/2021", "Exact", "Hearing", "CSO varied: to live at Millbrae House; weekly "
     "contact with her brother; no contact with Connor Baird.", "SCRA", "Protective",
     "R Maclean"),
    ("27/03/2021", "Exact", "Missing", "Missing from Millbrae House with another young "
     "person; found by police at the bus station in Paisley at 00:40.", "Millbrae House",
     "Negative", "R Maclean"),
    ("30/10/2021", "Exact", "Achievement", "Saltire Ascent Award for 25 hours' volunteering "
     "at the Johnstone Community Larder.", "Millbrae House", "Positive", "R Maclean"),
    ("17/03/2022", "Exact", "Incident", "Connor Baird came to Millbrae House in his car "
     "(SK15YTR); Eilidh spoke to him at the gate. Police attended.", "Millbrae House",
     "Negative", "R Maclean"),
    ("25/06/2022", "Exact", "Achievement", "Duke of Edinburgh's Bronze expedition completed "
     "(Campsie Fells).", "Millbrae House", "Positive", "R Maclean"),
    ("19/07/2022", "Exact", "Family", "First family time with her mother in over a year; "
     f"mother in recovery since March. Mother's new address: {MUM_FLAT}.",
     "Millbrae House", "Positive", "R Maclean"),
    ("08/08/2023", "Exact", "Education", "SQA results: five National 5s, including an A in "
     "PE.", "Millbrae House", "Positive", "R Maclean"),
    ("30/11/2023", "Exact", "Throughcare", "First pathway meeting with Throughcare and "
     "Aftercare (Gordon Imrie). Continuing Care agreed in principle.", "TCAC", "Positive",
     "G Imrie"),
    ("11/02/2024", "Exact", "Other", f"16th birthday. NI number letter received: {SUBJECT_NI} "
     "(copy on file).", "TCAC", "Neutral", "G Imrie"),
    ("20/02/2024", "Exact", "Hearing", "Children's Hearing terminated the Compulsory "
     "Supervision Order at Eilidh's request. Continuing Care at Millbrae House.", "SCRA",
     "Positive", "R Maclean"),
    ("31/05/2024", "Exact", "Education", "Left Glenkerr Academy after S5 (Higher PE, B; "
     "Higher English, C).", "School", "Positive", "G Imrie"),
    ("19/08/2024", "Exact", "Education", "Started NC Sport and Fitness at Cartside College, "
     "Paisley.", "TCAC", "Positive", "G Imrie"),
    ("15/03/2025", "Exact", "Achievement", "Passed her National Pool Lifeguard "
     "Qualification (NPLQ).", "College", "Positive", "G Imrie"),
    ("23/05/2025", "Exact", "Education", "College progress report: NC units achieved; HNC "
     "place offered.", "College", "Positive", "G Imrie"),
    ("08/09/2025", "Exact", "Placement", f"Tenancy start, {SUBJECT_FLAT}. Continuing Care at "
     "Millbrae House ended; aftercare continues.", "TCAC", "Positive", "G Imrie"),
    ("02/12/2025", "Exact", "Other", "Her boiler in Flat 3/1 failed; the neighbour across the "
     "landing in Flat 3/2, 22 Causeyburn Court (Mr Derek Moodie, 07700 900808) let her use "
     "his shower until it was fixed. Eilidh: \"He's like a wee grandpa.\"", "TCAC",
     "Positive", "G Imrie"),
    ("11/02/2026", "Exact", "Other", "18th birthday. Aftercare continues (eligible to 26). "
     "Tea at Auntie Shona's with Kai and Skye.", "TCAC", "Positive", "G Imrie"),
    ("05/10/2026", "Exact", "Other", f"Subject access request received ({SAR}). Eilidh "
     "said she wants to see what they wrote about Papa and about her when she was wee.",
     "TCAC", "Neutral", "G Imrie"),
)


def build_chronology(corpus: Corpus) -> None:
    """Write the chronology as the system exports it (title rows, CRLF, minimal quoting)."""
    rows = [*CHRONOLOGY_PREAMBLE, CHRONOLOGY_HEADER, *CHRONOLOGY]
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
# Police Scotland concern report (TXT), 9 January 2021, as received by secure e-mail
# --------------------------------------------------------------------------------------------

POLICE_FIELDS: tuple[tuple[str, str], ...] = (
    ("Concern ref", "CR/P/2021/004417"),
    ("Incident no", "PS-20210109-0354"),
    ("Date/time", "09/01/2021 23:58"),
    ("Division", "P Division (Fife)"),
    ("Reporting officer", "PC 2207 STRACHAN, MARC"),
    ("Second officer", "PC 3318 K. DRYSDALE"),
    ("Supervisor", "PS 1204 KEDDIE, WILLIAM"),
)
POLICE_PERSONS: tuple[tuple[str, str], ...] = (
    ("Child", "McFADYEN, EILIDH CATRIONA   DOB 11/02/2008   F   Age 12"),
    ("Home address", "17 HUNTER'S WYND, KIRKCALDY KY1 2ZE (kinship placement)"),
    ("Looked after", "YES - CSO (Kelvinmuir Council). SW: Ruaridh MACLEAN"),
    ("Child's mobile", SUBJECT_OLD_PHONE),
    ("Parent/carer", "BRODIE, SHONA (maternal aunt)   DOB 14/03/1984   Tel 07700 900563"),
    ("Other children", "BRODIE, SKYE (11); McFADYEN, KAI (8) - same address"),
    ("Person of concern", "BAIRD, CONNOR JAMES   DOB 03/11/1998"),
    ("", "FLAT 1/2, 90 BRIGSIDE STREET, GLASGOW G40 9ZF   Tel 07700 900995"),
    ("Vehicle", "SK15YTR   VAUXHALL ASTRA   BLACK   (RK: BAIRD, C J)"),
    ("Concern type", "CHILD - MISSING / CHILD SEXUAL EXPLOITATION (RISK)"),
    ("Risk (officer)", "HIGH"),
)
POLICE_CIRCUMSTANCES = (
    "At 2015 hours on Saturday 9th January 2021 Mrs Shona BRODIE reported her niece, Eilidh "
    "McFADYEN (12), missing from the family home. Eilidh left the house at about 1630 hours "
    "saying she was going to her friend Freya's. Enquiry with the friend's mother established "
    "that Eilidh had not been there. Her mobile was switched off. Her cousin, Skye BRODIE "
    "(11), showed officers Snapchat messages between Eilidh and a male using the name "
    "'Connor' arranging to meet at Kirkcaldy railway station.",
    "CCTV at the station showed Eilidh getting into a black Vauxhall Astra at 1702 hours. "
    "The vehicle was circulated and at 2340 hours was stopped by officers of G Division in "
    "Glasgow city centre. Eilidh was in the front passenger seat and smelled of alcohol; a "
    "half-empty bottle of vodka was found in the footwell. The driver, Connor BAIRD (22), "
    "stated that he believed Eilidh was 16 and that he was 'just giving her a lift home'. "
    "He was detained and later released pending further enquiry. CID (Public Protection "
    "Unit) informed.",
    "Eilidh was conveyed to Kirkcaldy by PC STRACHAN and PC DRYSDALE and handed over to Mrs "
    "BRODIE at 0150 hours on 10/01/2021. On the way she said: 'He's my boyfriend. He's the "
    "only one that listens to me.' She did not disclose any sexual contact and declined to "
    "be seen by a doctor. She has cuts to her left forearm which she said were 'old'.",
    "Mrs BRODIE told officers that she is 'at the end of her tether' and no longer feels able "
    "to keep Eilidh safe alongside her own daughter and Eilidh's brother, Kai McFADYEN (8). "
    "She has asked social work for an urgent meeting.",
)
POLICE_ASSESSMENT = (
    "Looked after child at high risk of sexual exploitation by an adult male. Second missing "
    "episode in six weeks (first: 28/11/2020, returned herself). Request IRD. Officer's "
    "view: Eilidh is articulate and was polite throughout; she was more worried about her "
    "aunt being angry than about herself."
)
POLICE_SHARED = (
    ("Shared with", "Kelvinmuir Council Social Work (Standby); Forthside Council Social Work; "
     "Education (Named Person, Strathmuir High School); NHS (school nursing)"),
    ("Received", "Kelvinmuir Council Standby Social Work 10/01/2021 07:12. Passed to "
     "R. Maclean (SW) and A-M. Docherty (TL) 11/01/2021 08:30."),
)


def build_police(corpus: Corpus) -> None:
    """Write the concern report as the secure e-mail's text body was saved (80 columns)."""
    rule = "=" * 80
    thin = "-" * 80

    def fields(pairs: tuple[tuple[str, str], ...]) -> list[str]:
        lines = []
        for label, value in pairs:
            lead = f"{label:<18}: " if label else " " * 20
            wrapped = textwrap.wrap(value, 80 - 20, break_on_hyphens=False)
            lines.append(lead + wrapped[0])
            lines += [" " * 20 + more for more in wrapped[1:]]
        return lines

    lines = ["POLICE SCOTLAND",
             f"{'CONCERN REPORT - CHILD (iVPD EXTRACT)':<60}{'OFFICIAL - SENSITIVE':>20}",
             rule, *fields(POLICE_FIELDS), thin, *fields(POLICE_PERSONS), thin,
             "CIRCUMSTANCES", ""]
    for paragraph in POLICE_CIRCUMSTANCES:
        lines += [*textwrap.wrap(paragraph, 80, break_on_hyphens=False), ""]
    lines += ["OFFICER'S ASSESSMENT", *textwrap.wrap(POLICE_ASSESSMENT, 80), "", thin,
              *fields(POLICE_SHARED), rule, "*** END OF REPORT ***"]
    text = "\n".join(lines) + "\n"
    (CASE_DIR / POLICE_TXT).write_text(text, encoding="utf-8", newline="\r\n")
    corpus.add(POLICE_TXT, text)


# --------------------------------------------------------------------------------------------
# case.toml and ground truth
# --------------------------------------------------------------------------------------------

SUBJECT_ALIASES = ("Eilidh", "Eils", "Eilidh Catriona McFadyen", "Eilidh MacFadyen", "EMcF")

PEOPLE: tuple[Person, ...] = (
    Person("Lorna McFadyen", ("Lorna", "Ms McFadyen"), "redact", "no consent",
           relationship="mother"),
    Person("Steven Gallacher", ("Mr Gallacher", "Stevie"), "redact",
           "no reply to the consent request of 2026-10-09", relationship="father"),
    Person("Shona Brodie", ("Shona", "Mrs Brodie"), "redact",
           "asked on 2026-10-09: she would rather her details were not shared",
           relationship="maternal aunt, former kinship carer"),
    Person("Ryan Kinnear", ("Ryan", "Mr Kinnear", "Kinno"), "redact",
           "not asked: a risk to the subject and her mother",
           relationship="mother's former partner"),
    Person("Ruaridh Maclean", ("Ruaridh",), "disclose", "acting as her social worker",
           role="social worker"),
    Person("Gordon Imrie", ("Gordon",), "disclose", "acting as her throughcare worker",
           role="throughcare and aftercare worker"),
)


def case_toml() -> str:
    """The text of this case's CASE.toml in the DESIGN.md format."""
    lines = ["# Case file for the fourth held-out fictional sample case in this folder (see",
             "# ../README.md). Everyone named here is invented.", "",
             "[subject]", f"name = {toml_str(SUBJECT)}",
             f"aliases = [{', '.join(toml_str(a) for a in SUBJECT_ALIASES)}]",
             'date_of_birth = "2008-02-11"', "",
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


LORNA, STEVEN, KAI, SANDY = ("Lorna McFadyen", "Steven Gallacher", "Kai McFadyen",
                             "Alexander McFadyen")
SHONA, IAIN, SKYE, RYAN = "Shona Brodie", "Iain Brodie", "Skye Brodie", "Ryan Kinnear"
AGNES, CONNOR, DEREK = "Agnes Lafferty", "Connor Baird", "Derek Moodie"
TEGAN, JAKE, FREYA = "Tegan Quigley", "Jake Donnachie", "Freya Ritchie"
BRIAN, MARGARET, ISOBEL = "Brian Hosie", "Margaret Hosie", "Isobel Gilchrist"
GRAY, LOUDON, MOFFAT, YUILL = "Alison Gray", "Kevin Loudon", "Lisa Moffat", "Tom Yuill"
STRACHAN, DRYSDALE, KEDDIE = "Marc Strachan", "K. Drysdale", "William Keddie"
LYLE, TOSH, MEHTA, LENNOX = "Janice Lyle", "Graham Tosh", "Anjali Mehta", "Frances Lennox"
BASHIR, HADDOW, SLOAN = "Ishaq Bashir", "Peter Haddow", "Karen Sloan"
KERR, CRICHTON = "Morven Kerr", "Alan Crichton"

REDACT: tuple[tuple[str, str, str], ...] = (
    # Mother (shares the subject's surname)
    ("Lorna McFadyen", "person", LORNA),
    ("LORNA McFADYEN", "person", LORNA),
    ("Ms Lorna McFadyen", "person", LORNA),
    ("Lorna", "person", LORNA),
    ("Lorna's", "person", LORNA),
    ("Ms McFadyen", "person", LORNA),
    ("Ms McFadyen's", "person", LORNA),
    ("Ms L. McFadyen", "person", LORNA),
    ("23/07/1989", "dob", LORNA),
    ("23.07.89", "dob", LORNA),
    ("2/1, 47 Glenbrochan Road", "address", LORNA),
    ("47 Glenbrochan Road", "address", LORNA),
    ("Glenbrochan Road", "address", LORNA),
    ("PA5 9ZQ", "postcode", LORNA),
    ("0/2, 18 Garthland Brae", "address", LORNA),
    ("18 Garthland Brae", "address", LORNA),
    ("Garthland Brae", "address", LORNA),
    ("PA1 2ZX", "postcode", LORNA),
    ("07700 900652", "phone", LORNA),
    ("07700 900839", "phone", LORNA),
    (LORNA_EMAIL, "email", LORNA),
    (LORNA_CHI, "nhs", LORNA),
    (LORNA_NI, "ni", LORNA),
    # Father
    ("Steven Gallacher", "person", STEVEN),
    ("STEVEN GALLACHER", "person", STEVEN),
    ("Mr Steven Gallacher", "person", STEVEN),
    ("Mr Gallacher", "person", STEVEN),
    ("Mr Gallacher's", "person", STEVEN),
    ("Mr S. Gallacher", "person", STEVEN),
    ("Stevie", "person", STEVEN),
    ("02/12/1986", "dob", STEVEN),
    ("2nd December 1986", "dob", STEVEN),
    ("0871342", "case_ref", STEVEN),
    ("14 Ruchill Vale", "address", STEVEN),
    ("Ruchill Vale", "address", STEVEN),
    ("G20 9ZX", "postcode", STEVEN),
    ("07700 900274", "phone", STEVEN),
    # Brother (shares the subject's surname)
    ("Kai McFadyen", "person", KAI),
    ("KAI McFADYEN", "person", KAI),
    ("Kai McFADYEN", "person", KAI),
    ("McFADYEN, KAI", "person", KAI),
    ("Kai", "person", KAI),
    ("Kai's", "person", KAI),
    ("kai", "person", KAI),
    ("05/09/2012", "dob", KAI),
    ("05.09.2012", "dob", KAI),
    ("05.09.12", "dob", KAI),
    (KAI_CHI_SPACED, "nhs", KAI),
    (KAI_ID, "case_ref", KAI),
    (KAI_SCRA, "case_ref", KAI),
    # Maternal grandfather ("Papa" stays: a relationship)
    ("ALEXANDER (SANDY) McFADYEN", "person", SANDY),
    ("Sandy McFadyen", "person", SANDY),
    ("Mr Sandy McFadyen", "person", SANDY),
    ("Mr McFadyen", "person", SANDY),
    ("Sandy", "person", SANDY),
    ("Papa Sandy", "person", SANDY),
    ("Papa Sandy's", "person", SANDY),
    ("17/05/1958", "dob", SANDY),
    ("4 Abbotsinch View", "address", SANDY),
    ("Abbotsinch View", "address", SANDY),
    ("PA4 8ZN", "postcode", SANDY),
    ("0141 496 0918", "phone", SANDY),
    # Aunt, kinship carer
    ("Shona Brodie", "person", SHONA),
    ("SHONA BRODIE", "person", SHONA),
    ("Mrs Shona Brodie", "person", SHONA),
    ("Shona BRODIE", "person", SHONA),
    ("BRODIE, SHONA", "person", SHONA),
    ("Mrs Brodie", "person", SHONA),
    ("Mrs BRODIE", "person", SHONA),
    ("Shona", "person", SHONA),
    ("Shona's", "person", SHONA),
    ("S. Brodie", "person", SHONA),
    ("14/03/1984", "dob", SHONA),
    ("07700 900563", "phone", SHONA),
    ("+44 7700 900563", "phone", SHONA),
    (SHONA_EMAIL, "email", SHONA),
    (SHONA_NI, "ni", SHONA),
    (SHONA_CHI, "nhs", SHONA),
    ("17 Hunter's Wynd", "address", SHONA),
    ("17 HUNTER'S WYND", "address", SHONA),
    ("Hunter's Wynd", "address", SHONA),
    ("KY1 2ZE", "postcode", SHONA),
    ("FC/KIN/16/0448", "case_ref", SHONA),
    # Uncle, kinship carer
    ("Iain Brodie", "person", IAIN),
    ("Iain", "person", IAIN),
    ("08/10/1981", "dob", IAIN),
    ("07700 900719", "phone", IAIN),
    ("SN66 WDB", "vehicle", IAIN),
    # Cousin (a name that is also a place)
    ("Skye Brodie", "person", SKYE),
    ("Skye BRODIE", "person", SKYE),
    ("BRODIE, SKYE", "person", SKYE),
    ("Skye", "person", SKYE),
    ("27/06/2009", "dob", SKYE),
    # Mother's former partner
    ("Ryan Kinnear", "person", RYAN),
    ("RYAN KINNEAR", "person", RYAN),
    ("Ryan", "person", RYAN),
    ("Ryan's", "person", RYAN),
    ("Mr Kinnear", "person", RYAN),
    ("Kinno", "person", RYAN),
    ("30/04/1985", "dob", RYAN),
    ("07700 900346", "phone", RYAN),
    ("SF09 KNV", "vehicle", RYAN),
    ("PS-20140801-2231", "case_ref", RYAN),
    # Neighbour in 2011 and 2014
    ("Mrs Agnes Lafferty", "person", AGNES),
    ("Agnes Lafferty", "person", AGNES),
    ("Mrs Lafferty", "person", AGNES),
    ("2/2, 47 Glenbrochan Road", "address", AGNES),
    ("0141 496 0127", "phone", AGNES),
    # Neighbour in 2025, across the landing from her own flat
    ("Mr Derek Moodie", "person", DEREK),
    ("Flat 3/2, 22 Causeyburn Court", "address", DEREK),
    ("07700 900808", "phone", DEREK),
    # The adult man
    ("Connor Baird", "person", CONNOR),
    ("Connor Baird's", "person", CONNOR),
    ("Connor BAIRD", "person", CONNOR),
    ("BAIRD, CONNOR JAMES", "person", CONNOR),
    ("BAIRD, C J", "person", CONNOR),
    ("Connor", "person", CONNOR),
    ("Mr Baird", "person", CONNOR),
    ("03/11/1998", "dob", CONNOR),
    ("FLAT 1/2, 90 BRIGSIDE STREET", "address", CONNOR),
    ("90 BRIGSIDE STREET", "address", CONNOR),
    ("G40 9ZF", "postcode", CONNOR),
    ("07700 900995", "phone", CONNOR),
    ("SK15 YTR", "vehicle", CONNOR),
    ("SK15YTR", "vehicle", CONNOR),
    # Other young people and friends
    ("Tegan Quigley", "person", TEGAN),
    ("Tegan", "person", TEGAN),
    ("TQ", "person", TEGAN),
    ("TQ's", "person", TEGAN),
    ("19/06/2007", "dob", TEGAN),
    (TEGAN_CHI, "nhs", TEGAN),
    ("SCC/LAC/55731", "case_ref", TEGAN),
    ("Jake Donnachie", "person", JAKE),
    ("JD", "person", JAKE),
    ("Aimee", "person", "Aimee"),
    ("Freya Ritchie", "person", FREYA),
    ("Freya's", "person", FREYA),
    ("Courtney", "person", "Courtney"),
    # Foster carers (unclear role)
    ("Brian", "person", BRIAN),
    ("Margaret Hosie", "person", MARGARET),
    ("Mrs Hosie", "person", MARGARET),
    ("5 Fernlea Gardens", "address", MARGARET),
    ("Fernlea Gardens", "address", MARGARET),
    ("PA5 0ZH", "postcode", MARGARET),
    ("0141 496 0684", "phone", MARGARET),
    ("Mrs Isobel Gilchrist", "person", ISOBEL),
    ("Isobel Gilchrist", "person", ISOBEL),
    ("Burnside Cottage", "address", ISOBEL),
    ("07700 900447", "phone", ISOBEL),
    # Police officers (unclear role)
    ("DC Alison Gray", "person", GRAY),
    ("Alison Gray", "person", GRAY),
    ("DC Gray", "person", GRAY),
    ("PC Kevin Loudon", "person", LOUDON),
    ("Kevin Loudon", "person", LOUDON),
    ("PC Loudon", "person", LOUDON),
    ("PC Lisa Moffat", "person", MOFFAT),
    ("Lisa Moffat", "person", MOFFAT),
    ("Sergeant Tom Yuill", "person", YUILL),
    ("Tom Yuill", "person", YUILL),
    ("PC 2207 STRACHAN, MARC", "person", STRACHAN),
    ("STRACHAN, MARC", "person", STRACHAN),
    ("PC STRACHAN", "person", STRACHAN),
    ("PC 3318 K. DRYSDALE", "person", DRYSDALE),
    ("K. DRYSDALE", "person", DRYSDALE),
    ("PC DRYSDALE", "person", DRYSDALE),
    ("PS 1204 KEDDIE, WILLIAM", "person", KEDDIE),
    ("KEDDIE, WILLIAM", "person", KEDDIE),
    # Children's panel members: volunteers (unclear role)
    ("Mrs Janice Lyle", "person", LYLE),
    ("Janice Lyle", "person", LYLE),
    ("Mr Graham Tosh", "person", TOSH),
    ("Graham Tosh", "person", TOSH),
    ("Ms Anjali Mehta", "person", MEHTA),
    ("Anjali Mehta", "person", MEHTA),
    ("Ms Frances Lennox", "person", LENNOX),
    ("Frances Lennox", "person", LENNOX),
    ("Mr Ishaq Bashir", "person", BASHIR),
    ("Ishaq Bashir", "person", BASHIR),
    ("Mr Peter Haddow", "person", HADDOW),
    ("Peter Haddow", "person", HADDOW),
    ("Ms Karen Sloan", "person", SLOAN),
    ("Karen Sloan", "person", SLOAN),
    ("Ms Morven Kerr", "person", KERR),
    ("Morven Kerr", "person", KERR),
    ("Mr Alan Crichton", "person", CRICHTON),
    ("Alan Crichton", "person", CRICHTON),
)
# Foster carers, police officers and children's panel members: unclear roles.
UNCLEAR_PEOPLE = {BRIAN, MARGARET, ISOBEL, GRAY, LOUDON, MOFFAT, YUILL, STRACHAN, DRYSDALE,
                  KEDDIE, LYLE, TOSH, MEHTA, LENNOX, BASHIR, HADDOW, SLOAN, KERR, CRICHTON}

KEEP: tuple[tuple[str, str], ...] = (
    # The subject and her own identifiers
    (SUBJECT, "subject"),
    (SUBJECT_FULL, "subject"),
    ("EILIDH CATRIONA McFADYEN", "subject"),
    ("Eilidh Catriona McFADYEN", "subject"),
    ("McFADYEN, EILIDH CATRIONA", "subject"),
    ("McFADYEN, Eilidh Catriona", "subject"),
    ("McFADYEN, Eilidh C", "subject"),
    ("McFADYEN, Eilidh", "subject"),
    ("Eilidh McFADYEN", "subject"),
    ("EILIDH McFADYEN", "subject"),
    ("Eilidh MacFadyen", "subject"),
    ("Miss McFadyen", "subject"),
    ("Eilidh", "subject"),
    ("Eilidh's", "subject"),
    ("Eils", "subject"),
    ("EMcF", "subject"),
    ("Eilidh McF", "subject"),
    (SUBJECT_DOB, "subject"),
    ("11.02.08", "subject"),
    ("11.02.2008", "subject"),
    ("11th February 2008", "subject"),
    ("2008-02-11", "subject"),
    (SUBJECT_CHI, "subject"),
    (SUBJECT_CHI_SPACED, "subject"),
    (SUBJECT_ID, "subject"),
    (SUBJECT_SCRA, "subject"),
    (SUBJECT_NI, "subject"),
    (SUBJECT_PHONE, "subject"),
    (SUBJECT_OLD_PHONE, "subject"),
    (SUBJECT_EMAIL, "subject"),
    (SUBJECT_STUDENT, "subject"),
    (SUBJECT_FLAT, "subject"),
    ("Flat 3/1, 22 Causeyburn Court", "subject"),
    (MILLBRAE, "subject"),
    ("Millbrae House", "subject"),
    ("PS-20210109-0354", "subject"),
    ("CR/P/2021/004417", "subject"),
    # Professionals: names with and without titles, initials, role abbreviations, work details
    ("Rhona Galbraith", "professional"),
    ("Carol Munro", "professional"),
    ("Gillian Tennant", "professional"),
    ("Gillian", "professional"),
    ("G. Tennant", "professional"),
    ("G Tennant", "professional"),
    ("Anne-Marie Docherty", "professional"),
    ("A-M. Docherty", "professional"),
    ("Senga Muir", "professional"),
    ("S. Muir", "professional"),
    ("Mrs Patricia Boyle", "professional"),
    ("Mrs P. Boyle", "professional"),
    ("Mrs Boyle", "professional"),
    ("Dr Farah Siddiqui", "professional"),
    ("Dr Siddiqui", "professional"),
    ("Elaine Dalgleish", "professional"),
    (REPORTER_EMAIL, "professional"),
    ("0141 496 0750", "professional"),
    ("Mr Alasdair Cowie", "professional"),
    ("Alasdair Cowie", "professional"),
    ("Mr Cowie", "professional"),
    ("A. Cowie", "professional"),
    ("Ruaridh Maclean", "professional"),
    ("Ruaridh MACLEAN", "professional"),
    ("Ruaridh", "professional"),
    ("R. Maclean", "professional"),
    ("R Maclean", "professional"),
    (RUARIDH_EMAIL, "professional"),
    ("0141 496 0233", "professional"),
    ("Mrs Yvonne Rankin", "professional"),
    ("Mrs Rankin", "professional"),
    ("Lesley Wishart", "professional"),
    ("0131 496 0362", "professional"),
    ("Kirsten Baillie", "professional"),
    ("K. Baillie", "professional"),
    ("Jacqueline Forbes", "professional"),
    ("Dr Neil Petrie", "professional"),
    ("Mrs Ailsa Pringle", "professional"),
    ("Mrs Pringle", "professional"),
    ("Mhairi Sinclair", "professional"),
    ("Mhairi S", "professional"),
    ("Mhairi", "professional"),
    ("Tam Cairns", "professional"),
    ("Tam C", "professional"),
    ("Tam", "professional"),
    ("Fiona Laird", "professional"),
    ("Fiona", "professional"),
    ("Gav", "professional"),
    ("Jacqui", "professional"),
    ("Mr Kenneth Nicol", "professional"),
    ("Mr Nicol", "professional"),
    ("Dr Niamh Corr", "professional"),
    ("Gordon Imrie", "professional"),
    ("G Imrie", "professional"),
    ("Gordon", "professional"),
    (GORDON_EMAIL, "professional"),
    ("0141 496 0588", "professional"),
    ("07700 900215", "professional"),
    ("Lynsey Gourlay", "professional"),
    ("Lynsey", "professional"),
    (LYNSEY_EMAIL, "professional"),
    ("Craig Dunsmore", "professional"),
    ("Andy Kilpatrick", "professional"),
    ("Jamie Auld", "professional"),
    ("0141 496 0417", "professional"),
    ("0141 496 0871", "professional"),
    # Places, services and organisations (towns that look like surnames among them)
    ("Paisley", "place"),
    ("Johnstone", "place"),
    ("Renfrew", "place"),
    ("Kirkcaldy", "place"),
    ("Glasgow", "place"),
    ("Irvine", "place"),
    ("Livingston", "place"),
    ("Hamilton", "place"),
    ("Linwood", "place"),
    ("Kinghorn", "place"),
    ("Fife", "place"),
    ("Campsie Fells", "place"),
    (COUNCIL, "place"),
    ("Forthside Council", "place"),
    ("Strathcalder Council", "place"),
    ("Police Scotland", "place"),
    ("P Division", "place"),
    ("Scottish Children's Reporter Administration", "place"),
    ("3 Causeyside Wynd, Paisley PA1 1ZA", "place"),
    ("Paisley Hearings Centre", "place"),
    ("Paisley Sheriff Court", "place"),
    ("Auchenlodge Primary School", "place"),
    ("Whinnyburn Primary School", "place"),
    ("Strathmuir High School", "place"),
    ("Glenkerr Academy", "place"),
    ("Cartside College", "place"),
    ("Johnstone Family Centre", "place"),
    ("Johnstone Health Centre", "place"),
    ("Links Family Centre, Kirkcaldy", "place"),
    ("Johnstone Community Larder", "place"),
    ("Lang Toun School of Highland Dance", "place"),
    ("Fife Coast Highland Games", "place"),
    ("Kirkcaldy railway station", "place"),
    # Ordinary content: a pet and a toy with people's names, law, jargon, Scots
    ("Hamish", "content"),
    ("Morag", "content"),
    ("Compulsory Supervision Order", "content"),
    ("Child Protection Register", "content"),
    ("Children's Hearings (Scotland) Act 2011", "content"),
    ("section 67(2)(a)", "content"),
    ("section 143", "content"),
    ("Children and Young People (Scotland) Act 2014", "content"),
    ("Continuing Care", "content"),
    ("looked after at home", "content"),
    ("looked after away from home", "content"),
    ("Kinship Care Order", "content"),
    ("Three Houses", "content"),
    ("house of worries", "content"),
    ("GIRFEC", "content"),
    ("SHANARRI", "content"),
    ("Named Person", "content"),
    ("Lead Professional", "content"),
    ("Safeguarder", "content"),
    ("My View", "content"),
    ("Saltire Ascent Award", "content"),
    ("National 5s", "content"),
    ("NPLQ", "content"),
    ("HNC Fitness, Health and Exercise", "content"),
    ("square sausage", "content"),
    ("numpty", "content"),
    ("weans", "content"),
    ("iVPD", "content"),
    ("IRD", "content"),
    # Relationships, which stay
    ("Mum", "relationship"),
    ("Papa", "relationship"),
    ("Auntie", "relationship"),
    ("Dad", "relationship"),
    ("her aunt", "relationship"),
    # Dates as written
    ("Tuesday 12th August 2014", "date"),
    ("14.03.14", "date"),
    ("06.08.14", "date"),
    ("18 September 2014", "date"),
    ("Thursday 27th November 2014", "date"),
    ("Summer 2016", "date"),
    ("when she was 9", "date"),
    ("when I was 8", "date"),
    ("24 October 2019", "date"),
    ("Saturday 9th January 2021", "date"),
    ("15.01.21", "date"),
    ("Sat 23rd Jan 2021", "date"),
    ("Thursday 11 February 2021", "date"),
    ("Monday 22nd Feb 2021", "date"),
    ("17/2/21", "date"),
    ("Sun 5th Sept 2021", "date"),
    ("Tuesday 20th February 2024", "date"),
    ("23 May 2025", "date"),
    ("Tuesday 17th June", "date"),
)

# (ISO date, precision, category, phrase the record contains, document)
EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("2008-02-11", "day", "family", "Eilidh born in Paisley", CHRONOLOGY_CSV),
    ("2011-05-19", "day", "concern", "crying alone in the flat for over two hours",
     CHRONOLOGY_CSV),
    ("2012-08-20", "day", "education", "Started P1 at Auchenlodge Primary School",
     CHRONOLOGY_CSV),
    ("2012-09-01", "month", "family", "Birth of her brother", CHRONOLOGY_CSV),
    ("2013-03-01", "month", "family", "Father remanded", CHRONOLOGY_CSV),
    ("2014-08-01", "day", "concern", "Domestic incident at the family home", CHRONOLOGY_CSV),
    ("2014-08-04", "day", "meeting", "Inter-agency referral discussion", CHRONOLOGY_CSV),
    ("2014-08-06", "day", "voice", "Mum is a good mum when she's not drinking", CPCC_PDF),
    ("2014-08-12", "day", "meeting", "placed on the Child Protection Register",
     CHRONOLOGY_CSV),
    ("2014-09-18", "day", "meeting", "I have arranged a Children's Hearing", HEARINGS_PDF),
    ("2014-10-16", "day", "meeting", "Grounds hearing", CHRONOLOGY_CSV),
    ("2014-11-10", "day", "meeting", "Sheriff found the grounds established", CHRONOLOGY_CSV),
    ("2014-11-27", "day", "meeting", "made a Compulsory Supervision Order", HEARINGS_PDF),
    ("2014-11-27", "day", "voice", "in the top group for reading", HEARINGS_PDF),
    ("2015-06-23", "day", "meeting", "removed from the Child Protection Register",
     CHRONOLOGY_CSV),
    ("2016-03-12", "day", "concern", "dialled 999 when she could not wake her mother",
     CHRONOLOGY_CSV),
    ("2016-03-14", "day", "placement", "to her maternal aunt and uncle in Kirkcaldy",
     CHRONOLOGY_CSV),
    ("2016-03-15", "day", "meeting", "The hearing confirmed the transfer", HEARINGS_PDF),
    ("2016-04-04", "day", "education", "Started P4 at Whinnyburn Primary School",
     CHRONOLOGY_CSV),
    ("2016-05-26", "day", "meeting", "The hearing varied the Compulsory Supervision Order",
     HEARINGS_PDF),
    ("2016-05-26", "day", "voice", "there's always food", HEARINGS_PDF),
    ("2016-07-01", "month", "achievement", "started Highland dancing", CHRONOLOGY_CSV),
    ("2017-08-01", "month", "family", "Father released from custody", CHRONOLOGY_CSV),
    ("2018-06-16", "day", "achievement", "Bronze medal", CHRONOLOGY_CSV),
    ("2019-05-21", "day", "meeting", "Looked After Review and Child's Plan", CHRONOLOGY_CSV),
    ("2019-05-21", "day", "voice", "I want to stay till I'm a grown up", PLAN_DOCX),
    ("2019-08-13", "day", "education", "Started S1 at Strathmuir High School",
     CHRONOLOGY_CSV),
    ("2019-10-24", "day", "family", "Death of her maternal grandfather", CHRONOLOGY_CSV),
    ("2020-03-23", "day", "family", "family time moved to video calls", CHRONOLOGY_CSV),
    ("2020-11-01", "month", "health", "Referred to CAMHS", CHRONOLOGY_CSV),
    ("2021-01-09", "day", "concern", "Missing overnight from her kinship placement",
     CHRONOLOGY_CSV),
    ("2021-01-09", "day", "voice", "the only one that listens to me", POLICE_TXT),
    ("2021-01-11", "day", "meeting", "IRD (risk of child sexual exploitation)",
     CHRONOLOGY_CSV),
    ("2021-01-14", "day", "placement", "Moved to Millbrae House", CHRONOLOGY_CSV),
    ("2021-01-18", "day", "meeting", "Interim variation of the CSO", CHRONOLOGY_CSV),
    ("2021-01-23", "day", "voice", "He called me his wee dancer", MILLBRAE_PDF),
    ("2021-02-01", "day", "education", "Started S2 at Glenkerr Academy", CHRONOLOGY_CSV),
    ("2021-02-11", "day", "family", "A card came from her dad", MILLBRAE_PDF),
    ("2021-02-17", "day", "voice", "I'm in the top set for maths", HEARINGS_PDF),
    ("2021-02-22", "day", "meeting", "Eilidh is to reside at Millbrae House", HEARINGS_PDF),
    ("2021-03-27", "day", "concern", "Missing from care", MILLBRAE_PDF),
    ("2021-05-12", "day", "health", "annual health assessment by phone", MILLBRAE_PDF),
    ("2021-09-05", "day", "voice", "I'm your only sister, ya numpty", MILLBRAE_PDF),
    ("2021-10-30", "day", "achievement", "Saltire Ascent Award", MILLBRAE_PDF),
    ("2022-03-17", "day", "concern", "a black car was parked at the bottom of the drive",
     MILLBRAE_PDF),
    ("2022-06-25", "day", "achievement", "Bronze qualifying expedition completed",
     MILLBRAE_PDF),
    ("2022-07-19", "day", "family", "That's the mum I remember", MILLBRAE_PDF),
    ("2023-08-08", "day", "achievement", "passed five National 5s", MILLBRAE_PDF),
    ("2023-11-30", "day", "meeting", "the first pathway meeting", MILLBRAE_PDF),
    ("2024-02-20", "day", "meeting", "terminated the Compulsory Supervision Order",
     HEARINGS_PDF),
    ("2024-02-20", "day", "voice", "I want to see what I'm like without one", HEARINGS_PDF),
    ("2024-08-19", "day", "education", "Started NC Sport and Fitness at Cartside College",
     CHRONOLOGY_CSV),
    ("2025-03-15", "day", "achievement", "National Pool Lifeguard Qualification",
     CHRONOLOGY_CSV),
    ("2025-05-23", "day", "education", "STUDENT PROGRESS REPORT", COLLEGE_PDF),
    ("2025-05-23", "day", "voice", "I didn't think I'd last a month", COLLEGE_PDF),
    ("2025-06-12", "day", "placement", "The viewing is on Tuesday 17th June", EMAIL_EML),
    ("2025-06-16", "day", "voice", "I'm not my file", EMAIL_EML),
    ("2025-09-08", "day", "placement", "Tenancy start", CHRONOLOGY_CSV),
    ("2026-02-11", "day", "family", "18th birthday", CHRONOLOGY_CSV),
    ("2026-10-05", "day", "voice", "see what they wrote about Papa", CHRONOLOGY_CSV),
)

# Documents whose events are checked against the record of that date, not the whole file.
DATED_RECORDS = {HEARINGS_PDF, MILLBRAE_PDF, CHRONOLOGY_CSV}


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
    """The CHI (and NHS) mod-11 check digit of nine digits (None when none is valid)."""
    total = sum(int(d) * w for d, w in zip(digits, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return None if check == 10 else check % 11


PHONE_RANGES = (r"07700 900\d{3}", r"0141 496 0\d{3}", r"0131 496 0\d{3}")
EMAIL_DOMAINS = re.compile(r"@(example\.com|example\.org|[a-z]+\.example\.gov\.uk)$")
CATEGORIES = {"placement", "education", "health", "family", "achievement", "voice", "meeting",
              "concern"}
CHI_NUMBERS = {SUBJECT_CHI: "F", KAI_CHI: "M", LORNA_CHI: "F", SHONA_CHI: "F", TEGAN_CHI: "F"}


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
    # CHI numbers: every one in the records is a known invented one, with a valid date of
    # birth, sex digit and mod-11 check digit. Then mask them before looking for phones.
    numbers = everything
    for chi in re.findall(r"(?<![\d/-])\d{6} ?\d{4}(?![\d/-])", everything):
        digits = chi.replace(" ", "")
        expect(digits in CHI_NUMBERS, f"unexpected 10-digit number (a CHI?): {chi}")
        if digits not in CHI_NUMBERS:
            continue
        born = dt.datetime.strptime(digits[:6], "%d%m%y").date()
        expect(born.year < 2026, f"CHI with an impossible date: {chi}")
        sex = "M" if int(digits[8]) % 2 else "F"
        expect(sex == CHI_NUMBERS[digits], f"CHI sex digit wrong: {chi}")
        expect(mod11_check_digit(digits[:9]) == int(digits[9]), f"CHI checksum fails: {chi}")
        numbers = numbers.replace(chi, " ")
    # Phones: drama ranges only (+44 ones too); e-mail domains reserved; NI numbers QQ.
    for number in re.findall(r"(?<![\w/-])0\d{3,4} ?\d{3} ?\d{3,4}(?![\w/-])", numbers):
        expect(any(re.fullmatch(p, number) for p in PHONE_RANGES),
               f"not a drama number: {number}")
    for number in re.findall(r"\+44 \d{2,4} \d{3,6}(?: \d{4})?\b", numbers):
        national = "0" + number[4:]
        expect(any(re.fullmatch(p, national) for p in PHONE_RANGES), f"not drama: {number}")
    for address in re.findall(r"[\w.+-]+@[\w.-]+\w", everything):
        expect(EMAIL_DOMAINS.search(address), f"not a reserved e-mail domain: {address}")
    for ni in re.findall(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", everything):
        expect(ni.startswith("QQ"), f"NI number could be real: {ni}")
    expect({SUBJECT_NI, SHONA_NI, LORNA_NI} <= set(re.findall(r"QQ \d\d \d\d \d\d [A-D]",
                                                                everything)),
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
    """Every PDF has a text layer and the page count reportlab reported."""
    for name, count in pages.items():
        reader = PdfReader(CASE_DIR / name)
        assert len(reader.pages) == count, f"{name}: {len(reader.pages)} pages, not {count}"
        for number, page in enumerate(reader.pages, start=1):
            assert len(page.extract_text() or "") > 400, f"{name} page {number} is nearly empty"


def check_layout() -> None:
    """The running record's incident of 17/03/2022 runs across the page break from page 2 to
    page 3 and splits a police sergeant's name ("Sergeant Tom" at the foot of page 2, "Yuill"
    at the top of page 3); in the e-mail a soft line break of the quoted-printable body falls
    inside the mother's street ("18 Gar=" / "thland Brae"). If an edit moves either, change
    MILLBRAE_GAP or the text above the break until it is back."""
    reader = PdfReader(CASE_DIR / MILLBRAE_PDF)
    assert len(reader.pages) >= 3, "the running record has fewer than three pages"
    foot = normalise(reader.pages[1].extract_text())
    top = normalise(reader.pages[2].extract_text())
    assert "PC Lisa Moffat and Sergeant Tom" in foot and "Tom Yuill" not in foot, (
        "the page break no longer falls inside the sergeant's name (foot of page 2)")
    assert top.startswith("Yuill, came at 22:30"), (
        "the page break no longer falls inside the sergeant's name (top of page 3)")
    raw = (CASE_DIR / EMAIL_EML).read_bytes().replace(b"\r\n", b"\n")
    assert b"She's at 18 Gar=\nthland Brae now." in raw, (
        "the soft line break inside 'Garthland Brae' moved")


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
    pages = {CPCC_PDF: build_cpcc(corpus), HEARINGS_PDF: build_hearings(corpus),
             MILLBRAE_PDF: build_millbrae(corpus), COLLEGE_PDF: build_college(corpus)}
    build_plan(corpus)
    build_email(corpus)
    build_chronology(corpus)
    build_police(corpus)
    (CASE_DIR / "case.toml").write_text(case_toml(), encoding="utf-8")
    (CASE_DIR / ".lifestoryignore").write_text(IGNORE_CASE_TOML, encoding="utf-8")
    truth = ground_truth()
    check(truth, corpus)
    check_pdfs(pages)
    check_layout()
    expected = {CPCC_PDF: (3, 3), HEARINGS_PDF: (7, 7), MILLBRAE_PDF: (3, 4),
                COLLEGE_PDF: (2, 2)}
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
