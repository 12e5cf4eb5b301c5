"""Build the held-out fictional sample case for lifestory: Ffion Pritchard (North Wales).

Everything written here is invented: the council, the children's home, the people, the
addresses, the numbers. Phone numbers come only from Ofcom's drama ranges, e-mail addresses
only from reserved example domains, NHS numbers start with 999 (never issued) and National
Insurance numbers with QQ (never allocated). Run from the repository root:

    .venv/bin/python sample_records/held-out/build.py

The case is written in a style none of the other samples use: a residential children's home's
daily running record (shift entries and handovers by residential workers who sign with their
first names, "YP" for the young person, other young people by first name, initials or
nickname), key-work sessions, incident and physical-intervention forms with witness tables, a
grandmother's first-person witness statement to the Family Court, a key worker's e-mail with
the child's own typed views, and a placements spreadsheet export (CSV, UTF-8 with a BOM, as
spreadsheets save it). It has a Welsh flavour: Welsh place and house names, "Nain" and "Mam",
section 76 accommodation, CLA reviews, bilingual footers.

It was written as a residential worker would write, without looking at the redaction rules or
the detectors: it is a held-out test of them. The script is deterministic (reportlab
``invariant=1``, fixed DOCX zip timestamps and core properties, fixed e-mail date and
Message-ID). It rewrites ``case-ffion-pritchard/`` and
``../ground_truth/held-out-ffion-pritchard.json``, then checks that the ground truth agrees
with the text it wrote. It imports nothing from the other build scripts; the few helpers it
needs are repeated below.
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
CASE_DIR = HERE / "case-ffion-pritchard"
TRUTH = SAMPLES / "ground_truth" / "held-out-ffion-pritchard.json"

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
UNCLEAR = "unclear role: redacted by default and flagged for a human decision"

COUNCIL = "Bryn Alaw County Council"
COUNCIL_CY = "Cyngor Sir Bryn Alaw"
HOME = "Ty Celyn"  # PDFs are set in Helvetica, which has no w/y circumflex: staff drop it
HOME_CY = "T\u0177 Celyn"  # as written in the DOCX, the e-mail and the CSV
SUBJECT = "Ffion Pritchard"
SUBJECT_DOB = "17/10/2005"
SUBJECT_ID = "50317726"
SUBJECT_NHS = "999 241 7307"  # her own: disclosed to her
SUBJECT_NI = "QQ 52 18 30 D"  # her own: disclosed to her
SUBJECT_PHONE = "07700 900558"
SUBJECT_EMAIL = "ffion.pritchard05@example.com"
SAR = "BA-SAR-2026-0611"
KACEY_NHS = "999 583 1066"
NAIN_NI = "QQ 12 34 56 C"

LOG_PDF = "daily-record-2019-2021.pdf"
INCIDENTS_PDF = "incident-reports-2019-2021.pdf"
STATEMENT_DOCX = "statement-glenys-parry-2017.docx"
EMAIL_EML = "email-2021-03-02.eml"
PLACEMENTS_CSV = "placements-export.csv"


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
    notes: dict[str, str] = field(default_factory=dict)  # log date (ISO) -> that day's entries

    def add(self, doc: str, *texts: str) -> None:
        """Record text written into ``doc``."""
        self.docs.setdefault(doc, []).extend(texts)

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


def form_table(pairs: list[tuple[str, str]], width: float) -> Table:
    """A form's label/value block laid out two pairs to a row (label cells shaded)."""
    rows = []
    for i in range(0, len(pairs), 2):
        row = []
        for label, value in pairs[i:i + 2]:
            row += [para(label, SMALL_BOLD), para(value, SMALL)]
        while len(row) < 4:
            row.append("")
        rows.append(row)
    label_w, value_w = 27 * mm, width / 2 - 27 * mm
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
                   subject: str, top: float = 24 * mm) -> int:
    """Build a platypus document with the given page furniture; returns its page count."""
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=MARGIN_X,
                            rightMargin=MARGIN_X, topMargin=top, bottomMargin=20 * mm,
                            invariant=1, title=title, author=author, subject=subject,
                            creator="CareDirector Residential 4.1")
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


def case_toml(header: str, people: tuple[Person, ...]) -> str:
    """The text of this case's CASE.toml in the DESIGN.md format."""
    lines = [*(f"# {line}" for line in header.splitlines()), "",
             "[subject]", f"name = {toml_str(SUBJECT)}",
             f"aliases = [{', '.join(toml_str(a) for a in SUBJECT_ALIASES)}]",
             'date_of_birth = "2005-10-17"', "",
             "[request]", f"reference = {toml_str(SAR)}", 'received = "2026-10-26"']
    for person in people:
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


# --------------------------------------------------------------------------------------------
# The daily running record (PDF), January 2019 to July 2021
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LogEntry:
    """One entry of the home's daily running record for Ffion."""

    date: str  # dd/mm/yyyy
    shift: str
    staff: str
    by: str
    kind: str
    paragraphs: tuple[str, ...]

    @property
    def day(self) -> dt.date:
        """The entry's date."""
        return dt.datetime.strptime(self.date, "%d/%m/%Y").date()

    @property
    def heading(self) -> tuple[str, str, str, str]:
        """The four cells of the entry's header bar."""
        return (f"{self.day.strftime('%a')} {self.date}", self.shift, f"Staff on: {self.staff}",
                f"Entry by: {self.by}")


LOG: tuple[LogEntry, ...] = (
    LogEntry("11/01/2019", "LATE 14:30-22:30", "Bethan, Kev", "Bethan R (RCW)", "Admission", (
        "ADMISSION. YP arrived at 16:20 with her social worker Catrin Evans. Two bin bags, a "
        "holdall and a framed photo of her and Nain outside 7 Bryn Teg. Quiet and polite, kept "
        "her coat on for the first hour. Kev showed her round and she chose room 4 at the end "
        "of the landing 'because it looks at the field'.",
        "Catrin explained to YP (with me present) that Nain, Glenys Parry, had a stroke on "
        "02/01/2019 and is on the stroke ward at Wrexham Maelor Hospital, and that Ty Celyn is "
        "the plan 'for now'. Ffion asked three times when she can visit Nain. Catrin to arrange "
        "for next week.",
        "Met Kacey and Rhys at tea. Rhys explained the Xbox rota to her in great detail. Ffion "
        "ate a bit of pasta and offered to wash up. Rang Nain's mobile (07700 900605) at 20:00 "
        "to say goodnight, no answer; YP left a voicemail: 'It's me. Nos da, Nain, I'm OK, "
        "don't worry.' In bed 22:10 with the landing light on and her door open a crack.",
    )),
    LogEntry("12/01/2019", "WAKING NIGHT 22:00-08:00", "Osian", "Osian (RCW, nights)",
             "Night", (
        "01:30 YP up and sitting on the landing in her dressing gown. Said she could not sleep "
        "in 'a place that smells of someone else's washing powder'. Made her a hot chocolate "
        "and we sat in the kitchen. She talked about horses: at Nain's she used to ride a grey "
        "pony called Dewi at Cae Glas stables and she asked if she will still be able to. Told "
        "her I would pass it on to her key worker. Back to bed 02:15. Checks 03:00, 04:00, "
        "05:30: asleep, hugging a cushion.",
    )),
    LogEntry("18/01/2019", "KEY-WORK", "Bethan", "Bethan R (key worker)",
             "Key-work session 1: all about me", (
        "First key-work session, in the art room. We made a one-page profile together. Things "
        "Ffion likes: horses (Dewi most of all), singing, baking Welsh cakes with Nain, maths "
        "'because there's only one right answer', the colour purple, Little Mix. Things she "
        "doesn't like: being talked about in meetings, mushrooms, people shouting, the smell "
        "of lager.",
        "In her words: 'I'm not a bad kid, I just have bad days. When I go quiet, leave me ten "
        "minutes then bring me a brew. Don't make me talk in front of the others.' She worries "
        "about Nain and about her little brother Mason, who lives with his dad's family in "
        "Flint. She would like to see Mam, 'but only if she's sober'.",
        "Actions: Bethan to ask Catrin about family time and about Cae Glas. One-page profile "
        "on YP's file and a copy for the staff room (YP agreed).",
    )),
    LogEntry("25/01/2019", "LATE 14:30-22:30", "Bethan, Huw", "Huw J (Deputy Manager)",
             "Family time", (
        "Took YP to family time with Mam (Donna Pritchard) at the Family Centre in Wrexham, "
        "16:00-17:00, supervised by the contact worker. Ffion spent an hour getting ready and "
        "did her hair twice. Ms Pritchard arrived 25 minutes late and smelt strongly of "
        "mints. Hugged Ffion for a long time. They talked about Nain and about Mason; Donna "
        "showed her photos of Mason on her phone.",
        "Back at Ty Celyn YP went straight to her room. Kacey knocked and took her a brew and a "
        "packet of Hobnobs without being asked - kind. Ffion came down at 20:30 and watched "
        "Bake Off with the others. Said to me 'she was trying, I could tell'. Summary emailed "
        "to Catrin.",
    )),
    LogEntry("06/02/2019", "EARLY 07:30-15:00", "Si\u00f4n, Leanne", "Si\u00f4n D (RCW)",
             "School", (
        "YP up first call, showered, ate toast. Off in the school taxi at 08:05. Mrs Sian "
        "Hughes (Head of Year 8, Ysgol Glan Clywedog) rang at 12:30: Ffion has settled back "
        "well after the move and is 'a different girl in maths'. Mr Dafydd Lewis (music) heard "
        "her singing in the corridor and has asked her to join the school choir. YP pretended "
        "to be embarrassed in the car home but told everyone at tea.",
    )),
    LogEntry("19/02/2019", "HANDOVER TO NIGHTS", "Huw, Leanne > Osian",
             "Huw J (Deputy Manager)", "Handover", (
        "House: unsettled evening. Rhys (Bevs) on a no-Xbox evening after the broken door, "
        "sulked until 21:00 then fine. Kacey out with her SW, back 20:45. Laundry all done.",
        "Ffion: good evening overall, baked Welsh cakes with Leanne for the staff room. On her "
        "phone a lot from 20:00, giggling. Told Leanne she is talking to 'a lad called Kieran "
        "from Rhyl' (she calls him Lloydy) on Snapchat who is '16, nearly 17'. Reminded YP "
        "about online safety; she rolled her eyes but showed me his profile. Photos look a "
        "lot older than 16 - a man with a car. Logged, emailed Catrin and the on-call. Osian "
        "please keep an eye on phone use (phone goes on charge in the office at 22:30 as per "
        "her plan).",
    )),
    LogEntry("12/03/2019", "DAY", "Bethan, Mared", "Bethan R (key worker)", "CLA review", (
        "First CLA review at Ty Celyn (LAC review on the old forms), chaired by Gwilym Thomas "
        "(IRO). Present: Ffion (for all of it), Catrin Evans (SW), Mared Ellis (Registered "
        "Manager), Mrs Hughes (school) and me. Mam did not come but texted Ffion 'good luck "
        "babe xx'. Dad (Gareth Pritchard) joined by phone from Manchester for ten minutes, "
        "from 0161 496 0532.",
        "Ffion read out her own views: she wants to go back to Nain 'when Nain's better', wants "
        "to ride Dewi again, and wants 'my friend Kieran' to be allowed to visit. Mr Thomas "
        "thanked her and said she had made her points 'better than most barristers'. "
        "Decisions: placement at Ty Celyn to continue; Catrin to ask Cae Glas about "
        "volunteering; SERAF screening (CSE) to be done by Catrin and me because of the "
        "contact with Kieran.",
    )),
    LogEntry("02/04/2019", "LATE 14:30-22:30", "Kev, Leanne", "Kev P (RCW)", "Late back", (
        "YP not on the school taxi at 15:35. Rang school: she left at the bell with her best "
        "friend Lili. Tried YP's mobile (07700 900558) three times, no answer. 17:40 YP walked "
        "in the front door, said she had been at the park in Coedpoeth with Lili and 'forgot "
        "the time'. Lili's mum rang the office to confirm. Talked to Ffion about the missing "
        "protocol and why we worry. She said sorry and 'I'm not used to people checking'.",
    )),
    LogEntry("20/04/2019", "DAY", "Bethan", "Bethan R (key worker)", "Family time: Nain", (
        "Took Ffion to see Nain at Plas Hafod, the care home in Rhos where Nain moved from the "
        "hospital on Monday. Nain's speech is slow and her right hand is not working properly "
        "yet, but she knew Ffion straight away and cried. Ffion brushed Nain's hair, painted "
        "her nails purple and sang Calon L\u00e2n to her very quietly; one of the carers stopped "
        "in the doorway to listen. In the car Ffion said: 'Best day since I came to this "
        "place.' She asked to go every Saturday. The nurse in charge says Mrs Parry is making slow "
        "but steady progress. Will put the visits in Ffion's plan.",
    )),
    LogEntry("16/05/2019", "LATE 14:30-22:30", "Si\u00f4n, Kev", "Si\u00f4n D (RCW)",
             "Concern", (
        "21:50 a black Corsa, reg CU15XNL, parked on the lane opposite the gate with its lights "
        "off for about 20 minutes. Ffion at her bedroom window the whole time. Driver male, "
        "young, hood up. Rang 101 (incident number given to Huw); car left 22:12. YP said she "
        "didn't know whose car it was. Phone to the office at 22:30 as usual; it buzzed "
        "constantly until 23:00. Handed over to Osian.",
    )),
    LogEntry("18/05/2019", "LATE 14:30-22:30", "Si\u00f4n, Kev", "Si\u00f4n D (RCW)",
             "Incident", (
        "Please see Incident Report IR-19-031. At 22:40 YP tried to leave by the front door to "
        "get into the same car. Si\u00f4n and Kev held her in the porch (two-person standing "
        "hold, about 3 minutes). Police attended. Afterwards Ffion cried for a long time on "
        "the sofa and said sorry to Kev for kicking him. Kev said 'no harm done, cariad'. "
        "15-minute checks overnight (Osian). Catrin and Mared informed.",
    )),
    LogEntry("19/05/2019", "KEY-WORK", "Bethan", "Bethan R (key worker)",
             "Key-work session: Kieran", (
        "Debrief after last night. Ffion told me Kieran is not 16: 'He's eighteen. He's got a "
        "flat in Rhyl and a car. He buys me stuff and says I'm mature for my age.' He has "
        "asked her for photos 'in my underwear'; she says she said no. He told her the staff "
        "at Ty Celyn 'don't care, they're paid to'.",
        "We talked about grooming and how it can feel like love. Ffion went very quiet, then "
        "said 'so he's not my boyfriend then'. She agreed that Kieran's number (07700 900219) "
        "and his Snapchat name can go to the police. She wants to keep her phone and we agreed "
        "she can, with him blocked, which she did with me there. Catrin informed; strategy "
        "meeting tomorrow.",
    )),
    LogEntry("28/05/2019", "DAY", "Bethan, Huw", "Huw J (Deputy Manager)", "Police visit", (
        "DC Aled Rees (North Wales Police, CSE team) visited with Catrin. Ffion chose to talk "
        "to him in the art room with Bethan there. DC Rees said afterwards that she was "
        "'articulate and brave' and that Kieran Lloyd is known to them. Ffion asked whether "
        "Kieran would go to prison because of her; DC Rees told her that nothing that happens "
        "to Kieran is her fault. She baked scones afterwards and gave DC Rees two for the car.",
    )),
    LogEntry("06/07/2019", "LATE 14:30-22:30", "Bethan, Huw", "Bethan R (key worker)",
             "Achievement", (
        "School summer concert. Ffion sang a solo, the first verse of Calon L\u00e2n, in front "
        "of the whole school and the parents. Huw, Kacey and I went. Mrs Hughes said afterwards "
        "that she had the hall in tears. Mr Lewis has asked her to do Grade 3 singing next "
        "year. I filmed it (with permission) so Nain can watch it on Saturday. Kacey said "
        "'that was class' and Ffion went bright red. Ffion: 'I nearly ran off the stage but "
        "then I just looked at the back wall like Mr Lewis said.'",
    )),
    LogEntry("14/09/2019", "EARLY 07:30-15:00", "Leanne, Si\u00f4n", "Leanne M (RCW)",
             "Cae Glas", (
        "First Saturday volunteering at Cae Glas stables, arranged through Catrin. Rhian "
        "Owens, who owns the yard, met us at 09:00 and gave YP a list of jobs: mucking out, "
        "haynets, sweeping the yard. Ffion groomed Dewi for an hour and did not want to leave. "
        "Came home filthy and happy and talked all through lunch. Rhian said Ffion is welcome "
        "every Saturday and that 'she's got a way with the nervous ones'.",
    )),
    LogEntry("08/10/2019", "DAY", "Bethan", "Bethan R (key worker)", "Health", (
        "First CAMHS appointment at the clinic in Wrexham with Dr Nia Prosser (clinical "
        "psychologist). I drove and waited outside. Ffion said afterwards: 'She's alright. She "
        "didn't make me talk about Mam. We did a thing with buttons.' Dr Prosser is offering "
        "10 sessions on Tuesday afternoons; school agreed to let her miss PE. Next appointment "
        "15/10/2019.",
    )),
    LogEntry("17/10/2019", "LATE 14:30-22:30", "Kev, Leanne", "Kev P (RCW)", "Birthday", (
        "Ffion's 14th birthday. Chocolate cake from the staff and a tray of Welsh cakes she "
        "made herself 'because Nain always did'. Kacey did her nails. Rhys gave her a card he "
        "had drawn with a horse on it that 'looks a bit like a dog'. Dad sent a card and \u00a320 "
        "by post. Mam rang at 19:00 and sang happy birthday down the phone; Ffion put her on "
        "speaker. Ffion at bedtime: 'Best birthday in this place. Well, the only one in this "
        "place.'",
    )),
    LogEntry("23/03/2020", "DAY", "Leanne, Huw", "Leanne M (RCW)", "Lockdown", (
        "First day of lockdown: schools closed. Ffion made a timetable for the house ('maths "
        "10-11, walk 11-12, baking 2-3') and stuck it on the fridge; Rhys crossed out maths. "
        "She did an hour of work on Google Classroom and then made Welsh cakes for the staff "
        "going home. Plas Hafod is closed to visitors; Ffion was upset and went quiet, then "
        "asked if she could video call Nain instead. Set up through the care home's iPad for "
        "Sundays at 3pm.",
    )),
    LogEntry("27/06/2020", "LATE 14:30-22:30", "Leanne, Huw", "Leanne M (RCW)", "Incident", (
        "See Incident Report IR-20-017. Argument in the kitchen with KJ over a phone charger. "
        "KJ said something about Mam, there was hair pulling and Ffion slapped KJ. Both went "
        "to the Minor Injuries Unit at Chirk with Huw. Both settled by 20:00. Ffion apologised "
        "to me for 'kicking off in your kitchen'.",
    )),
    LogEntry("29/06/2020", "DAY", "Huw, Bethan", "Huw J (Deputy Manager)",
             "Restorative meeting", (
        "Restorative meeting in the lounge between Ffion and Kacey, led by me. Each said what "
        "happened and how it made them feel. Kacey said sorry for what she said about Mam: "
        "'Your mam's alright actually, I was just being nasty.' Ffion said sorry for the slap "
        "and that Kacey has 'had it worse than me'. They agreed a charger each and a knock "
        "before going into each other's rooms. Afterwards they made a Victoria sponge together "
        "and argued about the jam.",
    )),
    LogEntry("15/08/2020", "DAY", "Bethan", "Bethan R (key worker)", "Family time", (
        "Family time with Mam in the garden at Ty Celyn (distanced, Covid rules). Donna told "
        "Ffion she has been sober for four months and goes to a group in Wrexham. She brought a "
        "bag of photos of Ffion as a baby and one of Ffion and Mason on the beach at Rhyl. "
        "Donna's new mobile is 07700 900913 (the old number no longer works): contacts sheet "
        "updated. After: Ffion said 'She actually listened this time,' and asked for family "
        "time every week.",
    )),
    LogEntry("03/09/2020", "EARLY 07:30-15:00", "Si\u00f4n, Leanne", "Si\u00f4n D (RCW)",
             "School", (
        "Back to school for Year 10 after lockdown. YP very nervous, ate no breakfast. GCSE "
        "options: maths, music, Welsh, history and the Welsh Bacc. Mrs Hughes rang at 14:00: "
        "Ffion has been made a peer mentor for Year 7. YP said it was 'alright I suppose' and "
        "then told everybody at tea twice.",
    )),
    LogEntry("14/11/2020", "LATE 14:30-22:30", "Huw, Kev", "Huw J (Deputy Manager)",
             "Neighbour", (
        "Mr Alun Jenkins from next door (Bryn Awel) rang the office at 16:10 from 07700 900764 "
        "to complain about a football hitting his fence and 'language' from the garden. Rhys "
        "and Ffion. Talked to both. Ffion asked to go round and apologise; I went with her. She "
        "took a tub of Welsh cakes. Mr Jenkins told her she was 'a credit to the place' and "
        "that he used to keep horses himself. Rhys apologised with a card the next morning.",
    )),
    LogEntry("20/12/2020", "HANDOVER TO NIGHTS", "Leanne, Kev > Osian", "Leanne M (RCW)",
             "Handover", (
        "House: settled. KJ at her nan's overnight (authorised by her SW). Bevs on the Xbox "
        "until 22:00 then bed, no issues.",
        "Ffion: Christmas card production line in the kitchen all evening; made one for every "
        "member of staff and one for Mr Jenkins next door. Video call with Nain at 15:00 went "
        "well: Nain said 'Nadolig Llawen' clearly for the first time since the stroke and "
        "Ffion cried happy tears. Phones in the office 22:30.",
    )),
    LogEntry("05/02/2021", "LATE 14:30-22:30", "Kev, Leanne", "Kev P (RCW)", "Missing", (
        "See Incident Report IR-21-004. YP did not come home from school. Reported missing to "
        "police at 18:00. Found by police at Mam's flat in Wrexham at 21:15 and brought back "
        "at 22:00. Calm, tired, ate beans on toast. Said 'Mam texted me she was poorly. I had "
        "to check.' Checks every 30 minutes overnight. Catrin to do the return interview on "
        "Monday.",
    )),
    LogEntry("22/02/2021", "LATE 14:30-22:30", "Bethan, Si\u00f4n", "Bethan R (key worker)",
             "New YP / post", (
        "New YP arrived today: Thomas Moran, 12, known as Tommo. Very scared, would not take "
        "his shoes off. Ffion made him a hot chocolate, showed him how the washing machine "
        "works and told him 'it's alright here, the food's decent'. Tommo sat next to her at "
        "tea. Lovely to see.",
        f"Post for Ffion: her National Insurance number letter ({SUBJECT_NI}). Went through "
        "it with her and copied it for her file; the original is in her memory box in her "
        "room.",
    )),
    LogEntry("09/03/2021", "DAY", "Bethan, Mared", "Bethan R (key worker)", "CLA review", (
        "CLA review on Teams (Covid), chaired by Gwilym Thomas (IRO). Ffion joined from the "
        "office with me, with her written views in front of her (sent to Mr Thomas last "
        "week). Catrin, Mared, Mrs Hughes and Dr Prosser joined. Decisions: a step-down to a "
        "foster family, with animals if possible, once a match is found; family time with Mam "
        "weekly at the Family Centre; Ffion to visit Nain as soon as Plas Hafod opens again. "
        "Ffion said: 'I'm not leaving because I hate it here. I'm leaving because I'm ready.'",
    )),
    LogEntry("22/04/2021", "KEY-WORK", "Bethan", "Bethan R (key worker)",
             "Key-work session: memories", (
        "Life-story work. Ffion made a memory box out of a boot box: the photo of her and "
        "Nain, her first Cae Glas rosette ('Best Turned Out', March 2021), her concert "
        "programme, a Welsh cake recipe in Nain's handwriting and a photo of Mason. She asked "
        "me to write down three things she wants to remember about Ty Celyn: 'Osian's hot "
        "chocolate at 2am. Kacey doing my nails. Tommo trusting me.'",
    )),
    LogEntry("17/07/2021", "DAY", "Bethan", "Bethan R (key worker)", "Introductions", (
        "Introductory visit to the foster carers, Anwen and Dylan Tudor, at their farm near "
        "Llangollen, with Catrin. Two sheepdogs, hens and an old pony. Ffion was shy for the "
        "first half hour, then went to see the pony and did not come back for forty minutes. "
        "In the car: 'She's got a pony, Bethan. A PONY.' Second visit and an overnight agreed "
        "for next weekend.",
    )),
    LogEntry("23/07/2021", "LATE 14:30-22:30", "Bethan, Huw, Kev, Si\u00f4n",
             "Bethan R (key worker)", "Leaving", (
        "Ffion's last night at Ty Celyn. Tea party: the staff made a banner, Kacey came back to "
        "visit and Rhys made a playlist. Tommo cried and Ffion gave him her purple cushion. "
        "She gave every member of staff a card she had made. She asked us not to change her "
        "room 'in case'. Mared told her she is always welcome to visit. I will take her to "
        "Llangollen at 10:00 tomorrow. Nos da, Ffi.",
    )),
)

LOG_HEAD = ParagraphStyle("loghead", parent=SMALL_BOLD, fontSize=8.3, leading=10)
LOG_KIND = ParagraphStyle("logkind", parent=BODY, fontName="Helvetica-Bold", spaceAfter=2)
HEAD_BAR = TableStyle([
    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#dfe9dc")),
    ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor("#3d6b35")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
])


def log_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the home's daily running record."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 9.5)
    canvas.drawString(MARGIN_X, PAGE_H - 11 * mm, f"{COUNCIL_CY} / {COUNCIL}")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 15 * mm,
                      f"{HOME} Children's Home - Young Person's Daily Running Record")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 11 * mm, "OFFICIAL - SENSITIVE")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 15 * mm,
                           f"YP: {SUBJECT} | ID {SUBJECT_ID}")
    canvas.setStrokeColor(colors.HexColor("#3d6b35"))
    canvas.line(MARGIN_X, PAGE_H - 17.5 * mm, PAGE_W - MARGIN_X, PAGE_H - 17.5 * mm)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, f"Printed 02/11/2026 for {SAR}")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm,
                           f"Page {page} of {total} / Tudalen {page} o {total}")
    canvas.restoreState()


def log_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the running record."""
    return (f"{COUNCIL_CY} / {COUNCIL} {HOME} Children's Home - Young Person's Daily Running "
            f"Record OFFICIAL - SENSITIVE YP: {SUBJECT} | ID {SUBJECT_ID} Printed 02/11/2026 "
            f"for {SAR} Page {page} of {total} / Tudalen {page} o {total}")


def build_log(corpus: Corpus) -> int:
    """Write the daily running record; returns its page count."""
    w = PAGE_W - 2 * MARGIN_X
    title = f"Daily running record: {SUBJECT} ('Ffi')"
    intro = [
        ("Young person", f"{SUBJECT}, known as Ffion or Ffi. DOB {SUBJECT_DOB}. Room 4. "
                         f"Own mobile {SUBJECT_PHONE}, e-mail {SUBJECT_EMAIL}."),
        ("Placement", f"{HOME} Children's Home, Coedpoeth (4 beds). Admitted 11/01/2019. Care "
                      "Order (s31 Children Act 1989), placing authority Bryn Alaw."),
        ("Key worker", "Bethan Rowlands (RCW). Registered Manager: Mared Ellis. Deputy: Huw "
                       "Jones."),
        ("Social worker", "Catrin Evans, Children Looked After Team, 07700 900134, "
                          "catrin.evans@brynalaw.example.gov.uk"),
        ("About this export", "Entries selected for the subject access request: admission, "
         "key-work sessions, handovers and significant events, 11/01/2019 to 23/07/2021. "
         "Other young people's own records are not included."),
    ]
    story: list = [para(title, H1)]
    info = Table([[para(k, SMALL_BOLD), para(v, SMALL)] for k, v in intro],
                 colWidths=[30 * mm, w - 30 * mm])
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#b5c4b1"))]))
    story += [info, Spacer(1, 5 * mm)]
    text = [title, rows_text(intro)]
    widths = [27 * mm, 38 * mm, w - 27 * mm - 38 * mm - 42 * mm, 42 * mm]
    for entry in LOG:
        bar = Table([[para(cell, LOG_HEAD) for cell in entry.heading]], colWidths=widths)
        bar.setStyle(HEAD_BAR)
        block = [bar, Spacer(1, 2), para(entry.kind, LOG_KIND)]
        block += [para(p, BODY) for p in entry.paragraphs]
        story += [KeepTogether(block[:4]), *block[4:], Spacer(1, 3 * mm)]
        note = "\n".join((*entry.heading, entry.kind, *entry.paragraphs))
        text.append(note)
        iso = entry.day.isoformat()
        corpus.notes[iso] = normalise(f"{corpus.notes.get(iso, '')} {note}")
    end = f"End of export: {len(LOG)} entries."
    story.append(para(end, SMALL))
    text.append(end)
    pages = build_platypus(CASE_DIR / LOG_PDF, log_furniture, story,
                           f"Daily running record - {SUBJECT}", f"{HOME} Children's Home", SAR)
    corpus.add(LOG_PDF, *(log_furniture_text(n, pages) for n in range(1, pages + 1)), *text)
    return pages


# --------------------------------------------------------------------------------------------
# Incident and physical-intervention reports (PDF)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Incident:
    """One incident form: a header block, narrative sections, a witness table, sign-off."""

    ref: str
    title: str
    header: tuple[tuple[str, str], ...]
    sections: tuple[tuple[str, str], ...]
    witnesses: tuple[tuple[str, str, str, str], ...]
    signoff: tuple[tuple[str, str], ...]


INCIDENTS: tuple[Incident, ...] = (
    Incident(
        "IR-19-031", "INCIDENT REPORT AND PHYSICAL INTERVENTION RECORD",
        (
            ("Ref.", "IR-19-031"), ("Date / time", "Sat 18/05/2019, 22:40-22:46"),
            ("Young person", f"{SUBJECT} (DOB {SUBJECT_DOB})"),
            ("NHS no.", SUBJECT_NHS),
            ("Location", "Front hallway and porch"),
            ("Category", "Attempt to leave (CSE risk); physical intervention"),
            ("Staff involved", "Si\u00f4n Davies (RCW, shift lead); Kevin Platt (RCW)"),
            ("Other YP present", "KJ (lounge); Rhys Bevan (upstairs)"),
        ),
        (
            ("Antecedents", "From 21:30 YP on her phone in the lounge, agitated, pacing. At "
             "22:35 a black Vauxhall Corsa, registration CU15 XNL, pulled up on the lane and "
             "flashed its lights. The same car was seen on 16/05/2019. The neighbour at Bryn "
             "Awel, Mr Alun Jenkins, rang the office to say a young man in a dark hoodie was "
             "sitting in it with the engine running."),
            ("Behaviour", "YP took her bag and ran to the front door. Si\u00f4n stood in the "
             "doorway and asked her to stop and talk. YP pushed past him into the porch and "
             "kicked Kevin on the shin when he put his arm out. As she reached for the outer "
             "door, Si\u00f4n and Kevin used a two-person standing hold (approved technique) for "
             "about 3 minutes, talking to her throughout, then walked her to the lounge and "
             "released her. She sat on the sofa and cried."),
            ("Consequences", "The car drove off at 22:46. Police called at 22:48, as the CSE "
             "risk plan says. PC Mark Hibbert (North Wales Police) attended at 23:20 and spoke to "
             "YP with Si\u00f4n present. PC Hibbert confirmed that the car is linked to Kieran "
             "Lloyd, DOB 04/02/2001, of Rhyl, who is known to police. YP kept her phone; "
             "15-minute checks overnight."),
            ("Injuries / medical", "YP: red mark on left wrist, no treatment needed, body map "
             "done. Kevin Platt: bruise to right shin."),
            ("Young person's view", "At the debrief on 19/05/2019 with her key worker, "
             "Bethan Rowlands, Ffion said: 'I wasn't running away. I was going to see him for "
             "ten minutes. You didn't have to grab me. But I know why you did.' She said the "
             "hold hurt her wrist but that Si\u00f4n 'kept saying my name and that helped'."),
            ("Notifications", "On-call manager Huw Jones 22:50. Mother (Donna Pritchard) "
             "23:30 on 07700 900846, no answer, message left. Social worker Catrin Evans by "
             "email 23:55. Care Inspectorate Wales notified 20/05/2019."),
        ),
        (
            ("Si\u00f4n Davies", "RCW, shift lead", "Hallway and porch", "Yes, written"),
            ("Kevin Platt", "RCW", "Hallway and porch", "Yes, written"),
            ("Kacey Jardine", "YP (15)", "Lounge doorway", "Verbal only, declined to write"),
            ("Rhys Bevan", "YP (13)", "Upstairs landing", "Heard shouting only"),
            ("Alun Jenkins, Bryn Awel", "Neighbour", "Own driveway next door",
             "By phone 23:05, 07700 900764"),
        ),
        (
            ("Manager's review", "Hold was a last resort, in line with the CSE risk plan, and "
             "proportionate. Risk assessment updated; strategy meeting requested. Mared Ellis "
             "(Registered Manager), 20/05/2019."),
        ),
    ),
    Incident(
        "IR-20-017", "INCIDENT REPORT",
        (
            ("Ref.", "IR-20-017"), ("Date / time", "Sat 27/06/2020, 16:15"),
            ("Young people", f"1. {SUBJECT}, NHS no. {SUBJECT_NHS}. 2. KJ: Kacey Jardine, "
             f"DOB 30/04/2004, NHS no. {KACEY_NHS}, placed by Denbighshire (their ref. "
             "D-88213)."),
            ("Location", "Kitchen"),
            ("Category", "Assault between young people (both)"),
            ("Staff involved", "Leanne Morris (RCW); Huw Jones (Deputy Manager)"),
        ),
        (
            ("What happened", "Argument between Ffion and KJ over a phone charger. KJ said "
             "'your mam's a drunk, that's why you're in here'. Ffion threw a mug into the sink. "
             "KJ pulled Ffion's hair; Ffion slapped KJ across the face, splitting her lip. "
             "Leanne stepped between them and guided Ffion into the garden (no hold). Huw "
             "stayed with KJ."),
            ("Medical", "Huw took both young people to the Minor Injuries Unit at Chirk "
             "Community Hospital at 17:10, in separate rows of the car. KJ: lip cleaned and "
             "closed with steri-strips. Ffion: scratch to the neck cleaned. Back 19:05."),
            ("Young people's views", "Ffion: 'She called Mam a drunk. I'm not having that. But "
             "I shouldn't have hit her, she's had it worse than me.' KJ: 'I was out of order "
             "but she didn't have to slap me.' Neither wanted the police involved."),
            ("Notifications", "Catrin Evans (Ffion's SW) by phone 17:00; KJ's social worker "
             "at Denbighshire by email; on-call manager. Police not called (both declined, "
             "manager agreed)."),
            ("Follow-up", "Restorative meeting 29/06/2020 (Huw). A charger each bought from "
             "petty cash."),
        ),
        (
            ("Leanne Morris", "RCW", "Kitchen", "Yes, written"),
            ("Huw Jones", "Deputy Manager", "Arrived 16:17", "Yes, written"),
            ("Rhys Bevan ('Bevs')", "YP (14)", "Kitchen table",
             "Verbal: 'KJ started it and Ffion finished it'"),
        ),
        (
            ("Manager's review", "Both young people hurt; no staff hold. Shared kitchen rules "
             "reviewed at the house meeting. Mared Ellis, 30/06/2020."),
        ),
    ),
    Incident(
        "IR-21-004", "INCIDENT REPORT - MISSING FROM CARE",
        (
            ("Ref.", "IR-21-004"), ("Date / time", "Fri 05/02/2021, 15:35-22:00"),
            ("Young person", f"{SUBJECT} (DOB {SUBJECT_DOB}), mobile {SUBJECT_PHONE}"),
            ("Category", "Missing from care (reported to police)"),
            ("Staff involved", "Kevin Platt (RCW); Leanne Morris (RCW)"),
            ("Police ref.", "NWP-21-0205-1187"),
        ),
        (
            ("Circumstances", "YP was not on the school taxi at 15:35. The driver said she got "
             "off at Wrexham bus station saying she was meeting a friend. No answer on her "
             "mobile. Places checked: the park in Coedpoeth, Cae Glas, the bus station. "
             "Reported missing to police at 18:00 as the missing protocol says."),
            ("Located", "PC Mark Hibbert found YP at 21:15 at her mother's flat, Flat 2, 41 "
             "Ffordd Derwen, Wrexham LL13 7XN. Mother (Donna Pritchard, DOB 23/06/1987) was "
             "intoxicated. Her former partner, Darren Bithell, was also at the flat; he would "
             "not give PC Hibbert his details and left. YP was safe and well and was brought "
             "back to Ty Celyn by police at 22:00."),
            ("Young person's view", "Return interview by Catrin Evans on 08/02/2021. Ffion: "
             "'Mam texted me she was poorly. I had to check on her. I'd do it again.' She said "
             "Darren 'turned up after, I didn't know he'd be there'. She agreed to ring Bethan "
             "next time instead of going."),
        ),
        (
            ("Donna Pritchard", "Mother", "At the flat, 07700 900913",
             "By police: said she had not asked Ffion to come"),
            ("Darren Bithell", "Mother's former partner", "At the flat",
             "Refused to speak to police"),
            ("Mark Hibbert", "PC, North Wales Police", "Located YP", "Police log"),
        ),
        (
            ("Manager's review", "Missing protocol followed. Safety plan updated: Mam's flat "
             "added as a place to check first; Catrin to discuss contact with Darren Bithell "
             "with Mam. Mared Ellis, 08/02/2021."),
        ),
    ),
)


def incidents_furniture(canvas: Canvas, page: int, total: int) -> None:
    """Header and footer of the incident forms."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(MARGIN_X, PAGE_H - 12 * mm, f"{COUNCIL} - Residential Services")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 12 * mm, "OFFICIAL - SENSITIVE")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10 * mm, f"{HOME} Children's Home | Form RS-07 (rev. 2018)")
    canvas.drawRightString(PAGE_W - MARGIN_X, 10 * mm,
                           f"Page {page} of {total} / Tudalen {page} o {total}")
    canvas.restoreState()


def incidents_furniture_text(page: int, total: int) -> str:
    """The header and footer text of one page of the incident forms."""
    return (f"{COUNCIL} - Residential Services OFFICIAL - SENSITIVE {HOME} Children's Home | "
            f"Form RS-07 (rev. 2018) Page {page} of {total} / Tudalen {page} o {total}")


def build_incidents(corpus: Corpus) -> int:
    """Write the three incident forms, one to a page at least; returns the page count."""
    w = PAGE_W - 2 * MARGIN_X
    story: list = []
    text: list[str] = []
    for n, form in enumerate(INCIDENTS):
        if n:
            story.append(PageBreak())
        story += [para(form.title, H1), form_table(list(form.header), w), Spacer(1, 3)]
        text += [form.title, rows_text(form.header)]
        for heading, body in form.sections:
            story += [para(heading, H2), para(body, BODY)]
            text += [heading, body]
        rows = [("Witness", "Role", "Where", "Account obtained"), *form.witnesses]
        story += [para("Witnesses", H2),
                  grid_table(rows, [45 * mm, 35 * mm, 40 * mm, w - 120 * mm])]
        text += ["Witnesses", rows_text(rows)]
        for heading, body in form.signoff:
            story += [para(heading, H2), para(body, BODY)]
            text += [heading, body]
    pages = build_platypus(CASE_DIR / INCIDENTS_PDF, incidents_furniture, story,
                           f"Incident reports - {SUBJECT}", f"{COUNCIL} Residential Services",
                           SAR, top=20 * mm)
    corpus.add(INCIDENTS_PDF, *(incidents_furniture_text(n, pages) for n in range(1, pages + 1)),
               *text)
    return pages


# --------------------------------------------------------------------------------------------
# Nain's witness statement to the Family Court (DOCX), June 2017
# --------------------------------------------------------------------------------------------

STATEMENT_HEAD = (
    "IN THE FAMILY COURT SITTING AT WREXHAM",
    "Case No: WR17C00214",
    "IN THE MATTER OF THE CHILDREN ACT 1989",
    "AND IN THE MATTER OF FFION PRITCHARD (born 17.10.2005)",
)

STATEMENT_PARTIES = (
    ("Applicant", COUNCIL),
    ("First Respondent", "DONNA PRITCHARD (mother)"),
    ("Second Respondent", "GARETH PRITCHARD (father)"),
    ("Third Respondent", "the child, through her Children's Guardian, Eirlys Vaughan "
                         "(Cafcass Cymru)"),
)

STATEMENT_META = (
    "Statement of: Glenys Parry",
    "Statement no: 1",
    "On behalf of: the Applicant (proposed connected person carer)",
    "Date: 12 June 2017",
)

STATEMENT = (
    "My name is Glenys Parry. I live at 7 Bryn Teg, Cefn Mawr, Wrexham LL14 3ZD, and my "
    "telephone number is 07700 900605. I was born on 5th January 1961. I am retired; I was a "
    "school cook for twenty-two years.",
    "I am Ffion's grandmother on her mother's side. Ffion calls me Nain, and so does everyone "
    "else in the family now. I make this statement to support the Local Authority's plan that "
    "Ffion lives with me under a Care Order, and to tell the court who Ffion is.",
    "My daughter, Donna Pritchard, was born on 23 June 1987. She is my only child. She married "
    "Gareth Pritchard in 2004, and Ffion was born on 17th October 2005 at Wrexham Maelor "
    "Hospital. I was there. She had a full head of black hair and she did not stop crying for "
    "three days, and then she did not stop smiling.",
    "Gareth left when Ffion was four and now lives in Manchester. I believe his date of birth "
    "is 9 February 1983. He rings Ffion on her birthday and at Christmas. Ffion would like to "
    "see more of him and I would welcome that.",
    "In 2012 Donna met Darren Bithell, and he moved in with her and Ffion at Flat 2, 41 Ffordd "
    "Derwen. Their son Mason was born on 2 November 2013. Mason is a lovely little boy and "
    "Ffion adores him. She taught him to walk by holding his hands and walking backwards in "
    "front of him all the way down the hall.",
    "I knew that Darren drank and that Donna had started drinking with him. In the summer of "
    "2016 I saw bruises on Donna's arm and she told me she had walked into a door. I should "
    "have done more. I was frightened of losing her.",
    "On the night of 13th March 2017, at about eleven o'clock, Ffion rang me from the bathroom "
    "at Ffordd Derwen. She was whispering. She said that Darren was 'smashing the kitchen' and "
    "that Mam was on the floor. She had Mason in the bath with her, in his pyjamas, with the "
    "door locked. I told her to ring 999 and I drove straight there. The police were already "
    "there when I arrived. I will never forget Ffion's face at that window. She was eleven "
    "years old and she was holding her brother the way a mother would.",
    "The police took the children into police protection that night. I could not take them "
    "because I had not been assessed. Ffion stayed with a foster carer in Gresford for two "
    "weeks. I have nothing but praise for the foster carer, Mrs Corbett, who let Ffion ring "
    "me every night. Mason went to Darren's sister in Flint, and he is still there.",
    "Ffion has lived with me since 28 March 2017. She has her own room, which she has painted "
    "purple. She goes to Ysgol Glan Clywedog and gets the bus with the other children from "
    "Cefn Mawr. Her teachers tell me she is bright, especially at maths, and that she has a "
    "lovely voice. She sang Calon L\u00e2n at the school Eisteddfod in March and came second, "
    "and she was cross about it for a week because she wanted to win.",
    "Ffion loves horses more than anything. On Saturdays she helps at Cae Glas stables down "
    "the road and rides a grey pony called Dewi. She comes home smelling of horse and she is "
    "happier than I have seen her in years. She also loves baking. We make Welsh cakes on a "
    "Sunday and she takes them round to the neighbours.",
    "Ffion can be stubborn. When she is upset she goes very quiet and then she explodes, "
    "usually about something small. She worries about her Mam all the time and checks her "
    "phone to see whether Donna has read her messages. I think she feels that she has to look "
    "after everybody. I want her to be allowed to be a child.",
    "Ffion sees her Mam every Wednesday at the Family Centre. I would like to help with this. "
    "I will not allow Darren into my house and I have told Donna so. If Donna stops drinking I "
    "will support her to spend more time with Ffion, but only if the social worker agrees.",
    "I am 56 and in good health, although I take tablets for my blood pressure. My GP, Dr "
    "Owain Pugh, has written a letter for the assessment. My sister lives nearby in Rhos and "
    "would help if I were ever ill.",
    "I love Ffion very much. I want her to grow up knowing where she comes from, to speak "
    "Welsh with me, and to know that none of this was her fault.",
)

STATEMENT_TRUTH = (
    "Statement of truth: I believe that the facts stated in this witness statement are true. "
    "I understand that proceedings for contempt of court may be brought against anyone who "
    "makes, or causes to be made, a false statement in a document verified by a statement of "
    "truth without an honest belief in its truth."
)
STATEMENT_SIGNED = ("Signed: G. Parry", "Dated: 12 June 2017")


def build_statement(corpus: Corpus) -> None:
    """Write Glenys Parry's witness statement as a Word document."""
    doc = Document()
    text: list[str] = []
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2.5)
        header = section.header.paragraphs[0]
        header.text = "Case No: WR17C00214 - Statement of Glenys Parry - Applicant - No 1"
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        text.append(header.text)

    for line in STATEMENT_HEAD:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True
        text.append(line)
    grid = doc.add_table(rows=len(STATEMENT_PARTIES), cols=2)
    for r, (role, name) in enumerate(STATEMENT_PARTIES):
        grid.cell(r, 0).text = role
        grid.cell(r, 1).text = name
    text.append(rows_text(STATEMENT_PARTIES))
    for line in STATEMENT_META:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
        text.append(line)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(12)
    title.add_run("WITNESS STATEMENT OF GLENYS PARRY").bold = True
    text.append("WITNESS STATEMENT OF GLENYS PARRY")
    for number, paragraph in enumerate(STATEMENT, start=1):
        p = doc.add_paragraph(f"{number}.\t{paragraph}")
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        p.paragraph_format.space_after = Pt(8)
        text.append(f"{number}. {paragraph}")
    doc.add_paragraph(STATEMENT_TRUTH).paragraph_format.space_before = Pt(12)
    text.append(STATEMENT_TRUTH)
    for line in STATEMENT_SIGNED:
        doc.add_paragraph(line)
        text.append(line)

    props = doc.core_properties
    props.title = "Statement of Glenys Parry"
    props.author = "Bryn Alaw Legal Services"
    props.last_modified_by = "Bryn Alaw Legal Services"
    props.subject = "WR17C00214"
    props.created = dt.datetime(2017, 6, 9, 14, 30, 0)
    props.modified = dt.datetime(2017, 6, 12, 11, 5, 0)
    props.revision = 4
    buffer = io.BytesIO()
    doc.save(buffer)
    data = fixed_zip(buffer.getvalue(), (2017, 6, 12, 11, 5, 0))
    (CASE_DIR / STATEMENT_DOCX).write_bytes(data)
    corpus.add(STATEMENT_DOCX, *text)


# --------------------------------------------------------------------------------------------
# Key worker's e-mail with Ffion's views (EML), March 2021
# --------------------------------------------------------------------------------------------

EMAIL_HEADERS = {
    "From": "Bethan Rowlands <bethan.rowlands@brynalaw.example.gov.uk>",
    "To": "Catrin Evans <catrin.evans@brynalaw.example.gov.uk>",
    "Cc": "Gwilym Thomas <gwilym.thomas@brynalaw.example.gov.uk>, "
          "Mared Ellis <mared.ellis@brynalaw.example.gov.uk>",
    "Subject": "Ffion P - her views for the CLA review on 09/03",
}

EMAIL_PROSE = (
    "Hi Catrin (and Gwilym, Mared),",
    "Ahead of Ffion's CLA review next Tuesday, here is a quick update from Tŷ Celyn and, "
    "below, Ffion's views, which she typed herself in key-work on Sunday. She asked me to "
    "send them exactly as she wrote them, so I have not changed anything.",
    "School: attendance 96% this term. Mocks in maths and music went well. Mrs Hughes says "
    "she is still an excellent peer mentor.",
    "Cae Glas: back every Saturday since the yard reopened. She won her first rosette last "
    "weekend ('Best Turned Out', on Dewi) and has not taken it off her wall since.",
    "Family: Mam's number is now 07700 900913 (the old 07700 900846 is dead). Family time is "
    "going well apart from 5 February (see IR-21-004). Nain is still at Plas Hafod; video "
    "calls every Sunday. Gareth emailed the office from g.pritchard83@example.org asking for "
    "a copy of her school photo; Ffion is happy for her dad to have it, so I have posted it to "
    "his new address, Flat 6, Calder Court, Manchester M18 8QW. He is working in Dublin until "
    "Easter and gave +44 7700 900377 as his mobile.",
    "Kieran Lloyd: no contact that we know of since the summer of 2019, and the car has not "
    "been seen.",
    "Thanks,\nBethan",
)

EMAIL_VIEWS = """---------- Ffion's views (typed by Ffion) ----------
MY VIEWS - by Ffion (not Bethan!!)

1. where I want to live: with a family, a proper one, with animals if poss.
not because Ty Celyn is bad. Bethan and Huw are sound. I just want to be normal.
2. school: I want to do music and maths at A level. Mrs Hughes says I can.
3. Mam: I want to see her every week but not at hers. she is trying.
4. Nain: I want to see Nain in real life not on the ipad. can someone take me
to Plas Hafod when its allowed
5. Mason: I miss him. he is 7 now. can I have a photo of him please
6. what im proud of: my rosette. Tommo trusts me. I havent gone missing since
Feb (well, once)
7. please dont talk about me like im a file.

love Ffi x
"""

EMAIL_SIGNATURE = f"""--
Bethan Rowlands | Gweithiwr Gofal Preswyl / Residential Care Worker (key worker)
{HOME_CY} Children's Home | {COUNCIL_CY} / {COUNCIL}
Office 07700 900120 | bethan.rowlands@brynalaw.example.gov.uk
Rwy'n croesawu gohebiaeth yn Gymraeg / I welcome correspondence in Welsh
"""


def build_email(corpus: Corpus) -> None:
    """Write the key worker's e-mail to the social worker with Ffion's typed views."""
    prose = "\n\n".join(textwrap.fill(p, 76, break_on_hyphens=False) if "\n" not in p else p
                        for p in EMAIL_PROSE)
    body = f"{prose}\n\n{EMAIL_VIEWS}\n{EMAIL_SIGNATURE}"
    msg = EmailMessage()
    for name, value in EMAIL_HEADERS.items():
        msg[name] = value
    msg["Date"] = format_datetime(dt.datetime(2021, 3, 2, 16, 48, 11, tzinfo=dt.UTC))
    msg["Message-ID"] = "<7f3a2c19e4b0$0210164811@mail.brynalaw.example.gov.uk>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Content-Language"] = "en-GB"
    msg.set_content(body)
    data = msg.as_bytes(policy=default_policy)
    parsed = message_from_bytes(data, policy=default_policy)
    assert normalise(parsed.get_content()) == normalise(body), "e-mail body does not round-trip"
    (CASE_DIR / EMAIL_EML).write_bytes(data)
    corpus.add(EMAIL_EML, *EMAIL_HEADERS.values(), body)


# --------------------------------------------------------------------------------------------
# Placements spreadsheet export (CSV)
# --------------------------------------------------------------------------------------------

PLACEMENTS: tuple[tuple[str, ...], ...] = (
    ("Placement no.", "Start date", "End date", "Placement type", "Carer / provider",
     "Address", "Legal status", "Reason for end", "Notes", "Entered by"),
    ("0", "17/10/2005", "13/03/2017", "Living with parent (not a placement)",
     "Donna Pritchard (mother)", "Flat 2, 41 Ffordd Derwen, Wrexham, LL13 7XN", "",
     "Police protection 13/03/2017", "Mother's partner Darren Bithell in household", "C.Evans"),
    ("1", "14/03/2017", "28/03/2017", "Emergency foster care (in-house)",
     "Gail Corbett & Steve Corbett", "12 Llys y Nant, Gresford, LL12 8ZR",
     "s76 SSWBA 2014", "Moved to connected person", "Mrs Corbett: F settled quickly, loved "
     "the dogs. Brother placed separately with paternal aunt (Flint)", "C.Evans"),
    ("2", "28/03/2017", "11/01/2019", "Connected person foster care (kinship)",
     "Glenys Parry (maternal grandmother - \"Nain\")", "7 Bryn Teg, Cefn Mawr, LL14 3ZD",
     "ICO 30/03/2017; Care Order s31 02/11/2017", "Carer ill health (stroke 02/01/2019)",
     f"Allowance paid to carer, NI {NAIN_NI}, DOB 05/01/1961", "C.Evans"),
    ("3", "11/01/2019", "24/07/2021", "Residential children's home (LA)",
     f"{HOME_CY} Children's Home", "Coedpoeth", "Care Order s31",
     "Planned step-down to family placement", "Key worker Bethan Rowlands. Registered "
     "manager Mared Ellis", "C.Evans"),
    ("4", "24/07/2021", "", "Foster care (IFA: Seren Fostering)",
     "Anwen Tudor & Dylan Tudor", "Tan y Graig, Pentre Lane, Llangollen, LL20 8ZB",
     "Care Order s31", "", "Matched at panel 08/07/2021. Ffion's wish: 'a family with "
     "animals'", "C.Evans"),
)


def build_placements(corpus: Corpus) -> None:
    """Write the placements export as a spreadsheet would save it (UTF-8 with BOM, CRLF)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(PLACEMENTS)
    (CASE_DIR / PLACEMENTS_CSV).write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    with (CASE_DIR / PLACEMENTS_CSV).open(encoding="utf-8-sig", newline="") as handle:
        assert tuple(tuple(row) for row in csv.reader(handle)) == PLACEMENTS
    corpus.add(PLACEMENTS_CSV, *(" ".join(row) for row in PLACEMENTS))


# --------------------------------------------------------------------------------------------
# case.toml and ground truth
# --------------------------------------------------------------------------------------------

SUBJECT_ALIASES = ("Ffion", "Ffi")

PEOPLE: tuple[Person, ...] = (
    Person("Donna Pritchard", ("Donna", "Ms Pritchard"), "redact", "no consent",
           relationship="mother"),
    Person("Gareth Pritchard", ("Gareth",), "redact",
           "no reply to the consent request of 2026-10-28", relationship="father"),
    Person("Glenys Parry", ("Glenys", "Mrs Parry"), "redact",
           "not asked: in residential care after a stroke, no attorney",
           relationship="maternal grandmother"),
    Person("Kieran Lloyd", ("Kieran", "Lloydy"), "redact",
           "adult who posed a risk of sexual exploitation", relationship="former boyfriend"),
    Person("Catrin Evans", ("Catrin",), "disclose", "acting as her social worker",
           role="social worker"),
    Person("Bethan Rowlands", ("Bethan",), "disclose", "acting as her key worker",
           role="residential care worker (key worker)"),
)

REDACT: tuple[tuple[str, str, str], ...] = (
    ("Donna Pritchard", "person", "Donna Pritchard"),
    ("DONNA PRITCHARD", "person", "Donna Pritchard"),
    ("Donna", "person", "Donna Pritchard"),
    ("Ms Pritchard", "person", "Donna Pritchard"),
    ("Flat 2, 41 Ffordd Derwen", "address", "Donna Pritchard"),
    ("Ffordd Derwen", "address", "Donna Pritchard"),
    ("LL13 7XN", "postcode", "Donna Pritchard"),
    ("07700 900846", "phone", "Donna Pritchard"),
    ("07700 900913", "phone", "Donna Pritchard"),
    ("23/06/1987", "dob", "Donna Pritchard"),
    ("23 June 1987", "dob", "Donna Pritchard"),
    ("Gareth Pritchard", "person", "Gareth Pritchard"),
    ("GARETH PRITCHARD", "person", "Gareth Pritchard"),
    ("Gareth", "person", "Gareth Pritchard"),
    ("0161 496 0532", "phone", "Gareth Pritchard"),
    ("+44 7700 900377", "phone", "Gareth Pritchard"),
    ("g.pritchard83@example.org", "email", "Gareth Pritchard"),
    ("9 February 1983", "dob", "Gareth Pritchard"),
    ("Flat 6, Calder Court", "address", "Gareth Pritchard"),
    ("M18 8QW", "postcode", "Gareth Pritchard"),
    ("Glenys Parry", "person", "Glenys Parry"),
    ("GLENYS PARRY", "person", "Glenys Parry"),
    ("Glenys", "person", "Glenys Parry"),
    ("Mrs Parry", "person", "Glenys Parry"),
    ("G. Parry", "person", "Glenys Parry"),
    ("7 Bryn Teg", "address", "Glenys Parry"),
    ("LL14 3ZD", "postcode", "Glenys Parry"),
    ("Plas Hafod", "address", "Glenys Parry"),
    ("07700 900605", "phone", "Glenys Parry"),
    ("5th January 1961", "dob", "Glenys Parry"),
    ("05/01/1961", "dob", "Glenys Parry"),
    (NAIN_NI, "ni", "Glenys Parry"),
    ("Darren Bithell", "person", "Darren Bithell"),
    ("Darren", "person", "Darren Bithell"),
    ("Mason", "person", "Mason Bithell"),
    ("2 November 2013", "dob", "Mason Bithell"),
    ("Kieran Lloyd", "person", "Kieran Lloyd"),
    ("Kieran", "person", "Kieran Lloyd"),
    ("Lloydy", "person", "Kieran Lloyd"),
    ("04/02/2001", "dob", "Kieran Lloyd"),
    ("07700 900219", "phone", "Kieran Lloyd"),
    ("CU15 XNL", "vehicle", "Kieran Lloyd"),
    ("CU15XNL", "vehicle", "Kieran Lloyd"),
    ("Kacey Jardine", "person", "Kacey Jardine"),
    ("Kacey", "person", "Kacey Jardine"),
    ("KJ", "person", "Kacey Jardine"),
    ("30/04/2004", "dob", "Kacey Jardine"),
    (KACEY_NHS, "nhs", "Kacey Jardine"),
    ("D-88213", "case_ref", "Kacey Jardine"),
    ("Rhys Bevan", "person", "Rhys Bevan"),
    ("Rhys", "person", "Rhys Bevan"),
    ("Bevs", "person", "Rhys Bevan"),
    ("Thomas Moran", "person", "Thomas Moran"),
    ("Tommo", "person", "Thomas Moran"),
    ("Lili", "person", "Lili"),
    ("Alun Jenkins", "person", "Alun Jenkins"),
    ("Mr Jenkins", "person", "Alun Jenkins"),
    ("Bryn Awel", "address", "Alun Jenkins"),
    ("07700 900764", "phone", "Alun Jenkins"),
    ("Rhian Owens", "person", "Rhian Owens"),
    ("Rhian", "person", "Rhian Owens"),
    ("Mark Hibbert", "person", "Mark Hibbert"),
    ("PC Hibbert", "person", "Mark Hibbert"),
    ("Aled Rees", "person", "Aled Rees"),
    ("DC Rees", "person", "Aled Rees"),
    ("Gail Corbett", "person", "Gail Corbett"),
    ("Mrs Corbett", "person", "Gail Corbett"),
    ("Steve Corbett", "person", "Steve Corbett"),
    ("12 Llys y Nant", "address", "Gail Corbett"),
    ("LL12 8ZR", "postcode", "Gail Corbett"),
    ("Anwen Tudor", "person", "Anwen Tudor"),
    ("Anwen", "person", "Anwen Tudor"),
    ("Dylan Tudor", "person", "Dylan Tudor"),
    ("Tan y Graig, Pentre Lane", "address", "Anwen Tudor"),
    ("LL20 8ZB", "postcode", "Anwen Tudor"),
)
# Police officers, foster carers and the stables owner who supervised Ffion's volunteering
# (a private individual, arranged through the council): unclear roles under DESIGN.md.
UNCLEAR_PEOPLE = {"Mark Hibbert", "Aled Rees", "Gail Corbett", "Steve Corbett", "Anwen Tudor",
                  "Dylan Tudor", "Rhian Owens"}

KEEP: tuple[tuple[str, str], ...] = (
    ("Ffion Pritchard", "subject"),
    ("FFION PRITCHARD", "subject"),
    ("Ffion", "subject"),
    ("Ffi", "subject"),
    (SUBJECT_DOB, "subject"),
    ("17.10.2005", "subject"),
    ("17th October 2005", "subject"),
    (SUBJECT_ID, "subject"),
    (SUBJECT_NHS, "subject"),
    (SUBJECT_NI, "subject"),
    (SUBJECT_PHONE, "subject"),
    (SUBJECT_EMAIL, "subject"),
    ("Catrin Evans", "professional"),
    ("Catrin", "professional"),
    ("catrin.evans@brynalaw.example.gov.uk", "professional"),
    ("07700 900134", "professional"),
    ("Bethan Rowlands", "professional"),
    ("Bethan", "professional"),
    ("Bethan R", "professional"),
    ("bethan.rowlands@brynalaw.example.gov.uk", "professional"),
    ("07700 900120", "professional"),
    ("Mared Ellis", "professional"),
    ("Mared", "professional"),
    ("Huw Jones", "professional"),
    ("Huw", "professional"),
    ("Si\u00f4n Davies", "professional"),
    ("Si\u00f4n", "professional"),
    ("Kevin Platt", "professional"),
    ("Kev", "professional"),
    ("Leanne Morris", "professional"),
    ("Leanne", "professional"),
    ("Osian", "professional"),
    ("Gwilym Thomas", "professional"),
    ("Mr Thomas", "professional"),
    ("Sian Hughes", "professional"),
    ("Mrs Hughes", "professional"),
    ("Dafydd Lewis", "professional"),
    ("Mr Lewis", "professional"),
    ("Nia Prosser", "professional"),
    ("Dr Prosser", "professional"),
    ("Owain Pugh", "professional"),
    ("Eirlys Vaughan", "professional"),
    ("Wrexham", "place"),
    ("Coedpoeth", "place"),
    ("Cefn Mawr", "place"),
    ("Gresford", "place"),
    ("Rhos", "place"),
    ("Rhyl", "place"),
    ("Flint", "place"),
    ("Chirk", "place"),
    ("Llangollen", "place"),
    ("Manchester", "place"),
    (HOME, "place"),
    (HOME_CY, "place"),
    (COUNCIL, "place"),
    (COUNCIL_CY, "place"),
    ("Wrexham Maelor Hospital", "place"),
    ("Ysgol Glan Clywedog", "place"),
    ("Cae Glas", "place"),
    ("North Wales Police", "place"),
    ("Seren Fostering", "place"),
    ("Nain", "relationship"),
    ("Mam", "relationship"),
    ("her dad", "relationship"),
    ("YP", "content"),
    ("RCW", "content"),
    ("CLA review", "content"),
    ("LAC review", "content"),
    ("s76 SSWBA 2014", "content"),
    ("CSE", "content"),
    ("SERAF", "content"),
    ("key-work", "content"),
    ("standing hold", "content"),
    ("family time", "content"),
    ("Dewi", "content"),
    ("Welsh cakes", "content"),
    ("Calon L\u00e2n", "content"),
    ("cariad", "content"),
    ("Nos da", "content"),
    ("Nadolig Llawen", "content"),
    ("Best Turned Out", "content"),
    ("peer mentor", "content"),
    ("IR-19-031", "content"),
    ("12/03/2019", "date"),
    ("13th March 2017", "date"),
    ("12 June 2017", "date"),
)

# (ISO date, precision, category, phrase the entry text contains, document)
EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("2005-10-17", "day", "family", "Ffion was born", STATEMENT_DOCX),
    ("2017-03-13", "day", "concern", "rang me from the bathroom", STATEMENT_DOCX),
    ("2017-03-14", "day", "placement", "Emergency foster care", PLACEMENTS_CSV),
    ("2017-03-28", "day", "placement", "Connected person foster care", PLACEMENTS_CSV),
    ("2017-03-01", "month", "achievement", "came second", STATEMENT_DOCX),
    ("2017-11-02", "day", "meeting", "Care Order s31 02/11/2017", PLACEMENTS_CSV),
    ("2019-01-11", "day", "placement", "arrived at 16:20", LOG_PDF),
    ("2019-01-18", "day", "voice", "I just have bad days", LOG_PDF),
    ("2019-03-12", "day", "meeting", "CLA review", LOG_PDF),
    ("2019-04-20", "day", "family", "sang Calon L\u00e2n to her", LOG_PDF),
    ("2019-05-18", "day", "concern", "two-person standing hold", INCIDENTS_PDF),
    ("2019-05-19", "day", "voice", "so he's not my boyfriend then", LOG_PDF),
    ("2019-07-06", "day", "achievement", "sang a solo", LOG_PDF),
    ("2019-09-14", "day", "achievement", "First Saturday volunteering", LOG_PDF),
    ("2019-10-08", "day", "health", "First CAMHS appointment", LOG_PDF),
    ("2020-03-23", "day", "education", "schools closed", LOG_PDF),
    ("2020-06-27", "day", "concern", "Minor Injuries Unit", INCIDENTS_PDF),
    ("2020-08-15", "day", "family", "Family time with Mam", LOG_PDF),
    ("2020-09-03", "day", "achievement", "peer mentor", LOG_PDF),
    ("2021-02-05", "day", "concern", "Missing from care", INCIDENTS_PDF),
    ("2021-03-02", "day", "voice", "I just want to be normal", EMAIL_EML),
    ("2021-03-09", "day", "meeting", "step-down to a foster family", LOG_PDF),
    ("2021-07-23", "day", "placement", "last night at Ty Celyn", LOG_PDF),
    ("2021-07-24", "day", "placement", "Seren Fostering", PLACEMENTS_CSV),
)


def ground_truth() -> dict:
    """The ground truth in the format of ``ground_truth/kyle-brennan.json``."""
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


PHONE_RANGES = (r"07700 900\d{3}", r"0113 496 0\d{3}", r"0161 496 0\d{3}", r"020 7946 0\d{3}")
EMAIL_DOMAINS = re.compile(r"@(example\.com|example\.org|[a-z.]+\.example\.gov\.uk)$")
CATEGORIES = {"placement", "education", "health", "family", "achievement", "voice", "meeting",
              "concern"}


def check(truth: dict, corpus: Corpus) -> None:
    """Assert that the ground truth agrees with the text written into the sources."""
    everything = corpus.all_text()
    lower = everything.lower()
    redacts = [normalise(item["text"]) for item in truth["redact"]]
    assert len(set(redacts)) == len(redacts), "a redact string is listed twice"
    for text in redacts:
        assert text in everything, f"redact string not in any source: {text!r}"
        for match in re.finditer(re.escape(text.lower()), lower):
            before = lower[match.start() - 1] if match.start() else " "
            after = lower[match.end()] if match.end() < len(lower) else " "
            assert not (before.isalnum() or after.isalnum()), (
                f"redact string {text!r} occurs inside a longer word: "
                f"{everything[max(0, match.start() - 20) : match.end() + 20]!r}")
    masked = everything
    for text in sorted(redacts, key=len, reverse=True):
        masked = re.sub(re.escape(text), "\u2588", masked, flags=re.IGNORECASE)
    keeps = [normalise(item["text"]) for item in truth["keep"]]
    assert len(set(keeps)) == len(keeps), "a keep string is listed twice"
    for keep in keeps:
        assert keep in masked, f"keep string not present outside redactions: {keep!r}"
        clash = [r for r in redacts if r.lower() in keep.lower()]
        assert not clash, f"keep string {keep!r} contains redact strings {clash}"
    for event in truth["events"]:
        doc, phrase = event["document"], event["contains"]
        assert event["category"] in CATEGORIES, event
        dt.date.fromisoformat(event["date"])
        if event["date_precision"] != "day":
            assert event["date"].endswith("-01"), event
        text = corpus.notes.get(event["date"], "") if doc == LOG_PDF else corpus.text(doc)
        assert phrase in text, f"event {event['date']}: {phrase!r} not in {doc}"
        assert not any(re.search(rf"\b{re.escape(r)}\b", phrase, re.IGNORECASE)
                       for r in redacts), f"event phrase {phrase!r} holds redacted text"
    assert len(truth["events"]) >= 15
    # Numbers: drama phone ranges, reserved e-mail domains, valid NHS, never-issued NI.
    for number in re.findall(r"(?<![\d+])0\d{2,4} \d{3,6}(?: \d{4})?\b", everything):
        assert any(re.fullmatch(p, number) for p in PHONE_RANGES), f"not a drama number: {number}"
    for number in re.findall(r"\+44 \d{2,4} \d{3,6}(?: \d{4})?\b", everything):
        national = "0" + number[4:]
        assert any(re.fullmatch(p, national) for p in PHONE_RANGES), f"not drama: {number}"
    for address in re.findall(r"[\w.+-]+@[\w.-]+\w", everything):
        assert EMAIL_DOMAINS.search(address), f"not a reserved e-mail domain: {address}"
    nhs = re.findall(r"\b\d{3} \d{3} \d{4}\b", everything)
    assert KACEY_NHS in nhs and SUBJECT_NHS in nhs
    for number in nhs:
        digits = number.replace(" ", "")
        assert digits.startswith("999"), f"NHS number could be real: {number}"
        assert nhs_check_digit(digits[:9]) == int(digits[9]), f"NHS checksum fails: {number}"
    for ni in re.findall(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", everything):
        assert ni.startswith("QQ"), f"NI number could be real: {ni}"
    # case.toml: every person the officer knows is named in the records and decided as truth.
    for person in PEOPLE:
        for name in (person.name, *person.aliases):
            assert name in everything, f"case.toml name not in the records: {name!r}"
            wanted = redacts if person.decision == "redact" else keeps
            assert name in wanted, f"case.toml {name!r} ({person.decision}) not in the truth"
    for alias in (SUBJECT, *SUBJECT_ALIASES):
        assert alias in keeps, f"subject name {alias!r} not kept"
    # Every unclear-role person is flagged on every one of their items, and nobody else is.
    for item in truth["redact"]:
        assert ("note" in item) == (item["person"] in UNCLEAR_PEOPLE), item


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
    pages = {LOG_PDF: build_log(corpus), INCIDENTS_PDF: build_incidents(corpus)}
    build_statement(corpus)
    build_email(corpus)
    build_placements(corpus)
    toml = case_toml("Case file for the held-out fictional sample records in this folder (see "
                     "../README.md).\nEveryone named here is invented.", PEOPLE)
    (CASE_DIR / "case.toml").write_text(toml, encoding="utf-8")
    (CASE_DIR / ".lifestoryignore").write_text(IGNORE_CASE_TOML, encoding="utf-8")
    truth = ground_truth()
    check(truth, corpus)
    assert len(LOG) >= 25
    assert 5 <= pages[LOG_PDF] <= 9, f"daily record has {pages[LOG_PDF]} pages"
    assert pages[INCIDENTS_PDF] >= 3, f"incident reports have {pages[INCIDENTS_PDF]} pages"
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
