"""Build the fictional sample case file of Jade Whitfield for lifestory.

Everything written here is invented: the council, the people, the addresses, the numbers.
Phone numbers come only from Ofcom's drama ranges and e-mail addresses only from reserved
example domains. Run from the repository root:

    .venv/bin/python sample_records/build.py

The script is deterministic: the same inputs give byte-identical files (reportlab runs with
``invariant=1``, the DOCX zip has fixed timestamps, the e-mail has fixed boundaries and the
scan's noise comes from a seeded generator). It rewrites every file in
``case-jade-whitfield/`` plus ``ground_truth/jade-whitfield.json``, then checks that the
ground truth agrees with the text it wrote.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import math
import random
import re
import textwrap
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Cm, Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
CASE_DIR = HERE / "case-jade-whitfield"
TRUTH_PATH = HERE / "ground_truth" / "jade-whitfield.json"
CASE_NAME = "case-jade-whitfield"

COUNCIL = "Northmoor Borough Council"
CLIENT_ID = "1048213"
SUBJECT = "Jade Whitfield"
SUBJECT_DOB = "14/09/2001"
SAR_REF = "SAR-2026-0142"

NOTES_PDF = "case-notes-2005-2019.pdf"
LAC_PDF = "lac-review-2012.pdf"
SCHOOL_PDF = "school-report-2014.pdf"
EMAIL_EML = "email-2016-03-02.eml"
ASSESSMENT_DOCX = "assessment-2010.docx"
LETTER_PDF = "scanned-letter-2008.pdf"
CONTACTS_CSV = "contacts.csv"
FILE_NOTE_TXT = "file-note-2019.txt"

# The mother's NHS number: a 999-prefixed (never issued) number with a valid mod-11 check digit.
SHARON_NHS = "999 216 4379"


# --------------------------------------------------------------------------------------------
# Collecting the text we write, so the ground truth can be checked against it
# --------------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Collapse every run of whitespace (line and page breaks included) to one space."""
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Corpus:
    """The text written into each source document, in writing order."""

    docs: dict[str, list[str]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # case-note ISO date -> note text

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
    """A reportlab Paragraph of plain text (markup characters escaped)."""
    return Paragraph(escape(text), style)


# --------------------------------------------------------------------------------------------
# Case notes: the people and what happened, 2005-2019
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Note:
    """One case note. In ``paragraphs`` a newline forces a line break, a form feed a page break."""

    date: str  # dd/mm/yyyy
    type: str
    author: str
    paragraphs: tuple[str, ...]

    @property
    def iso(self) -> str:
        """The note's date as YYYY-MM-DD."""
        return dt.datetime.strptime(self.date, "%d/%m/%Y").date().isoformat()


NOTES: tuple[Note, ...] = (
    Note(
        "11/04/2005",
        "Referral",
        "Sarah Kitson (Social Worker)",
        (
            "Telephone referral received by the duty team at 16:20 from a neighbour, Mrs Pauline "
            "Dobson of 16 Larch Close, Halifax (tel 07700 900456). Mrs Dobson reported that she "
            "had heard two young children crying at 14 Larch Close, Halifax HX3 7QP for over an "
            "hour and that no adult appeared to be at home. The children are Jade Whitfield "
            "(3 yrs) and her brother Tyler Whitfield (DOB 06.04.04). Mother is Sharon Whitfield, "
            "mobile 07700 900123. Mrs Dobson asked that her details are not shared with the "
            "family.",
            "Police informed. PC Lee Barnes attended at 17:05; Ms Whitfield returned home at "
            "17:15 and told PC Barnes she had 'only nipped to the shop' and had left the children "
            "asleep. The officer described the house as cold with very little food in the "
            "kitchen. Both children were seen and appeared well; Jade told the officer that Mum "
            "had gone out 'to see a friend'. Duty TM decision: NFA by police, initial assessment "
            "by CSC within 7 working days.",
        ),
    ),
    Note(
        "19/04/2005",
        "Home visit",
        "Sarah Kitson (Social Worker)",
        (
            "Announced visit to 14 Larch Close for the initial assessment. Present: Sharon, Jade "
            "and Tyler. Sharon was defensive at first and asked who had 'grassed' on her; I "
            "explained that I could not share who made the referral. Sharon is 21 and has lived "
            "at the address since 2003. She said she has struggled since Jade's father left and "
            "that her own mother, Mrs Hollis, helps when she can but works shifts in Leeds.",
            "Jade is a chatty, bright little girl who showed me her drawings of 'our house with a "
            "rainbow on it'. She was appropriately dressed but had a persistent cough; Sharon "
            "said Jade has asthma and has an inhaler from Dr Priya Raman at Moorside Surgery. "
            "Plan agreed with Sharon: referral to Family Support (Lisa Thornton) for routines and "
            "budgeting, health visitor Janice Moss to review Tyler's weight, and a nursery place "
            "for Jade from September 2005.",
        ),
    ),
    Note(
        "07/09/2005",
        "Family support session",
        "Lisa Thornton (Family Support Worker)",
        (
            "Sixth session with Mum (Sharon) at home. The bedtime routine chart is on the fridge "
            "and Sharon says Jade 'loves putting the stickers on'. There was food in the kitchen. "
            "Jade started in the nursery class at St Aidan's C of E Primary School on 5th Sept "
            "2005 and Sharon walks her there each morning. Jade told me she had painted 'a big "
            "yellow sun' and made a friend. She told me her Nan calls her 'JJ' and that she "
            "wants everybody to call her JJ now.",
            "Nan (Mrs Margaret Hollis) was visiting during the session. She told me she has "
            "Tyler two nights a week to give Sharon a break. Mrs Hollis gave her address as "
            "8 Ashfield Road, Leeds LS12 4PT and her phone number as 0113 496 0457, and said "
            "that CSC can ring her 'any time, day or night'.",
        ),
    ),
    Note(
        "15/03/2006",
        "Management decision",
        "Helen Marsh (Team Manager)",
        (
            "Case reviewed in supervision with Sarah Kitson. Initial assessment and six months of "
            "family support are complete. Home conditions have improved, Jade's nursery "
            "attendance is 91% and the health visitor reports that Tyler's weight is now on the "
            "25th centile. There have been no further reports of the children being left alone. "
            "Ms Whitfield has engaged well with Lisa Thornton and says she is 'in a better "
            "place'. Decision: close to Children's Social Care and step down to Early Help at the "
            "children's centre. The family have been told they can refer themselves at any time.",
        ),
    ),
    Note(
        "23/01/2007",
        "Referral",
        "Anna Price (Social Worker)",
        (
            "Referral from St Aidan's C of E Primary School (Mrs Claire Fenwick, Designated "
            "Safeguarding Lead). Jade (5, Reception) arrived this morning hungry and in the same "
            "clothes as on Friday. Staff noticed a bruise to her upper left arm about the size of "
            "a 50p coin. When asked about it Jade said 'Dean grabbed me because I spilt the "
            "juice'. School nurse Karen Lowe saw Jade and recorded the mark on a body map.",
            "Background: mum's partner Dean Carver moved into 14 Larch Close around September "
            "2006. Strategy discussion at 14:30 with PC Lee Barnes (Police) and Dr Priya Raman "
            "(GP) by telephone. Agreed that the threshold for a s47 enquiry is met and that a "
            "joint visit will take place tomorrow after school. Jade to go home today with "
            "Sharon, who has agreed that Mr Carver will stay away overnight.",
        ),
    ),
    Note(
        "24/01/2007",
        "Section 47 enquiry",
        "Anna Price (Social Worker)",
        (
            "Joint home visit with PC Barnes. Present: Ms Whitfield, Mr Carver, Jade and Tyler. "
            "Mr Carver denied grabbing Jade and said she 'bruises like a peach'. He became "
            "verbally aggressive and left the room. Sharon said Dean is 'good with the kids' and "
            "'a big help', and she did not think Jade was at risk. Jade was seen alone in her "
            "bedroom. She showed me her toy rabbit, Mr Flops, and said Dean shouts 'when Mum is "
            "sad'. She said she likes school and her teacher because 'she lets me give out the "
            "paint pots'.",
            "The child protection medical this morning found bruising consistent with a grip "
            "mark. Details for checks: Mr Carver, DOB 11/02/1979, NI number QQ 12 34 56 C. Police "
            "hold two previous call-outs to his former address for domestic incidents. Dr Raman "
            "shared, with Ms Whitfield's consent, that she is being treated for low mood (NHS "
            f"number {SHARON_NHS}). Decision with TM Helen Marsh: Initial Child Protection "
            "Conference to be convened within 15 working days.",
        ),
    ),
    Note(
        "26/02/2007",
        "Core group",
        "Lisa Thornton (Family Support Worker)",
        (
            "First core group meeting at St Aidan's. Present: Ms Whitfield, Anna Price, "
            "Mrs Fenwick, Janice Moss and myself. Sharon agreed to attend the Freedom Programme "
            "and to let the health visitor see Tyler every two weeks. Mr Carver has been invited "
            "to meet the SW and has so far declined. Jade's attendance since the conference is "
            "100% and she has breakfast club every morning; Mrs Fenwick said Jade 'lights up the "
            "classroom' and has been chosen to water the class plants.",
            "I am to continue weekly sessions on routines, meals and bedtimes. Sharon said she "
            "finds it hard to say no to Dean and that she is frightened of being on her own "
            "again.",
        ),
    ),
    Note(
        "14/02/2007",
        "Child protection conference",
        "Anna Price (Social Worker)",
        (
            "Initial Child Protection Conference at the Civic Centre, Halifax, chaired by Ruth "
            "Adeyemi. Present: Sharon Whitfield, Mrs Hollis (maternal grandmother), Anna Price, "
            "Helen Marsh, Mrs Fenwick (school), Janice Moss (health visitor) and PC Barnes. "
            "Mr Carver did not attend. Outcome: Jade and Tyler are subject to Child Protection "
            "Plans under the category of neglect. First core group within 10 working days. "
            "Written agreement: Mr Carver is not to be left alone caring for the children.",
            "Jade's views were shared through a drawing she made with me at school: a house with "
            "Mum, Tyler, Nan and Jade holding hands. She left Dean out of the picture and said "
            "'he's not allowed in my drawing'.",
        ),
    ),
    Note(
        "10/07/2007",
        "Home visit",
        "Anna Price (Social Worker)",
        (
            "Statutory CP visit. Jade was seen alone in her room, which was tidy; she has new "
            "bunk beds that she shares with Tyler when he is home. She had been on the school "
            "trip to Scarborough and talked about 'the biggest ice cream in the whole world'. "
            "Home conditions adequate today. Sharon reports that mum's partner Dean Carver is "
            "'staying at his brother's' most of the week, although his work boots were in the "
            "hallway.",
            "Core group: some progress. Sharon has missed two of four appointments at the "
            "children's centre. Tyler spends most weekends at Nan's, 8 Ashfield Road, and "
            "Mrs Hollis told me by phone that she is 'worried sick' about Sharon's drinking.",
        ),
    ),
    Note(
        "20/11/2007",
        "Child protection conference",
        "Helen Marsh (Team Manager)",
        (
            "Review Child Protection Conference, chaired by Ruth Adeyemi. Some progress on home "
            "conditions and Jade's school attendance, but two police call-outs to 14 Larch "
            "Close since July (both verbal arguments between Ms Whitfield and Mr Carver, no "
            "arrests). Sharon has not started the Freedom Programme. Both children remain "
            "subject to Child Protection Plans (neglect). I have agreed that the case is taken "
            "to a legal planning meeting if there are any further incidents.",
            "Anna Price shared Jade's wishes: she wants 'no more shouting' and to go to Nan's "
            "at the weekends with Tyler.",
        ),
    ),
    Note(
        "12/06/2008",
        "Home visit",
        "Anna Price (Social Worker)",
        (
            "Unplanned visit at 16:10 following information from school that Jade had been "
            "late on eight days this half term. Ms Whitfield was asleep upstairs and Jade (6) "
            "let me in. Jade had made herself and Tyler jam sandwiches. The kitchen smelt of "
            "alcohol and there were empty cans in the living room. Sharon came downstairs and "
            "apologised; she said she had 'a bad night'. Mr Carver was not present.",
            "I spoke with Jade in the garden. She said she 'does the breakfasts' when Mum is "
            "tired, and that she is good at it. Discussed with TM: letter before proceedings "
            "to be sent and a Public Law Outline meeting to be held with Ms Whitfield and her "
            "solicitor.",
        ),
    ),
    Note(
        "03/10/2008",
        "Accommodation (s20)",
        "Anna Price (Social Worker)",
        (
            "Police notified the Emergency Duty Team at 01:40 on 02.10.08 of a domestic incident "
            "at 14 Larch Close. PC Lee Barnes found Ms Whitfield intoxicated with a cut to her "
            "head; Mr Carver had left the address. Jade (just 7) had called 999 herself and was "
            "found in her bedroom looking after her brother. Both children stayed the night with "
            "their Nan by agreement.",
            "Following a strategy meeting and discussion with TM Helen Marsh, Sharon signed the "
            "s20 agreement at 15:30 today and Jade was accommodated under section 20 of the "
            "Children Act 1989. Jade was placed with emergency foster carer Mrs Janet Hirst in "
            "Bradford. Tyler is to remain with Mrs Hollis under a family arrangement while a "
            "kinship assessment is completed. Jade asked whether she could take Mr Flops and her "
            "swimming costume and whether she would still go to St Aidan's; I reassured her that "
            "she will stay at her school and that a taxi will take her. Jade cried when she said "
            "goodbye to Tyler and asked 'who is going to read him his story?'",
        ),
    ),
    Note(
        "10/10/2008",
        "Statutory visit",
        "Anna Price (Social Worker)",
        (
            "First statutory visit to the placement. Mrs Hirst reports that Jade is eating well "
            "but wakes in the night and comes to find her. Jade showed me her room and said it "
            "is 'nice but too quiet'. She asked when she can see Mum and Tyler; I explained that "
            "her first family time is booked for Tuesday 14 October 2008 at Halifax Family "
            "Centre. School report that Jade is tired but settled in class and has been given a "
            "'star of the week' certificate for her writing.",
        ),
    ),
    Note(
        "12/11/2008",
        "LAC review",
        "Ruth Adeyemi (Independent Reviewing Officer)",
        (
            "First Looked After Child review, held at the placement. Present: Jade (first part), "
            "Mrs Hirst, Ms Whitfield, Anna Price and Mrs Fenwick. Legal status: s20. Care plan: "
            "parenting assessment of Sharon and kinship assessment of Mrs Hollis; family time "
            "with Mum and Tyler twice weekly, supervised at Halifax Family Centre. Initial health "
            "assessment completed 21/10/2008 by Dr Priya Raman: asthma well controlled, dental "
            "check overdue. PEP completed at school.",
            "Jade told me she wants to 'go home when Mum is better' and that she misses Tyler "
            "'every single day'. I have asked the SW to make sure Jade has a photograph of Tyler "
            "for her bedroom. Next review: 10 February 2009.",
        ),
    ),
    Note(
        "15/12/2008",
        "Family time",
        "Lisa Thornton (Family Support Worker)",
        (
            "Supervised family time at Halifax Family Centre, 16:00-17:30. Mum (Sharon) arrived "
            "35 minutes late; Tyler was brought by Nan. Jade had made Christmas cards for "
            "everyone and had written 'To Mum love from JJ' in glitter. Sharon was warm with both "
            "children and brought satsumas and a selection box, but she took a call from Dean "
            "during the session and had to be reminded of the agreement.",
            "Tyler (4) clung to Jade at the end and both children were upset at goodbyes. "
            "Sharon's letter of 01/12/2008 asking for extra family time on Christmas Day has "
            "been passed to the SW, who will discuss it with the TM.",
        ),
    ),
    Note(
        "22/01/2009",
        "Family time",
        "Lisa Thornton (Family Support Worker)",
        (
            "Ms Whitfield did not attend the planned family time at Halifax Family Centre and "
            "did not answer her phone. Tyler was brought by Mrs Hollis and the children had the "
            "session together. Jade asked three times whether Mum was coming. She then made a "
            "den under the table with Tyler and read him a story in 'all the different "
            "voices'. On the way back Jade said 'Mum forgets things when she's poorly'. Mrs "
            "Hirst was told so that she could support Jade this evening.",
        ),
    ),
    Note(
        "14/03/2009",
        "Placement move",
        "Anna Price (Social Worker)",
        (
            "Jade moved to her long-term foster placement with Mr and Mrs Okafor (Grace and "
            "Emmanuel) in Halifax today, after three weeks of introductions agreed at the "
            "placement planning meeting on 10.03.09. Mrs Hirst brought Jade and her belongings; "
            "Jade carried Mr Flops and a memory box of photographs that Mrs Hirst had made "
            "for her. Grace Okafor had painted Jade's name on her bedroom door and Jade said it "
            "was 'the best door in the world'.",
            "The Okafors have two grown-up children and currently also foster a three-year-old "
            "boy. Jade can send Mrs Hirst a card and Janet is happy to hear how she is getting "
            "on.",
        ),
    ),
    Note(
        "20/04/2009",
        "Education",
        "Anna Price (Social Worker)",
        (
            "Jade started at Calder Vale Primary School (Year 2) today after the Easter holidays. "
            "It was agreed at the PEP meeting that the taxi journey to St Aidan's (50 minutes "
            "each way) was too tiring now that she lives with the Okafors. Grace took her in and "
            "she met her new class teacher, Miss Hannah Lister. Jade was nervous and asked "
            "whether the other children would 'know I'm in care'; agreed with school that Jade "
            "will choose what she shares.",
        ),
    ),
    Note(
        "02/06/2009",
        "Statutory visit",
        "Anna Price (Social Worker)",
        (
            "Visit after school. Jade was in the garden with Grace planting tomatoes. Seen alone, "
            "Jade said she wants to stay at Grace's because 'she makes pancakes on Sundays' and "
            "because 'nobody shouts'. She still wants to see Mum and Tyler but does not want to "
            "go back to Larch Close 'if Dean is there'.",
            "Jade has joined the swimming club at the leisure centre and Grace says she is 'like "
            "a fish'. Grace reports that Jade is very gentle with the three-year-old in the "
            "household and reads him his bedtime story. Jade has settled well since she moved in "
            "on 14th Mar 2009.",
        ),
    ),
    Note(
        "22/09/2009",
        "LAC review",
        "Ruth Adeyemi (Independent Reviewing Officer)",
        (
            "Third review. The parenting assessment of Ms Whitfield is negative: she has not "
            "sustained abstinence from alcohol and has resumed her relationship with Mr Carver, "
            "who has not engaged with the domestic abuse programme. The kinship assessment of "
            "Mrs Hollis is positive for Tyler only; Mrs Hollis feels she cannot care for both "
            "children given her age and health. Care plan: long-term fostering with Mr and Mrs "
            "Okafor, and the local authority will issue care proceedings.",
            "Jade (8) attended the start of the meeting with Grace and read out her own 'All "
            "About Me' sheet: she likes swimming, drawing horses and 'making people laugh'.",
        ),
    ),
    Note(
        "18/02/2010",
        "Court",
        "Anna Price (Social Worker)",
        (
            "Final hearing at Bradford Family Court. A Care Order (s31 Children Act 1989) was "
            "granted in respect of Jade and a Special Guardianship Order in respect of Tyler to "
            "his maternal grandmother, Margaret Hollis. Sharon's barrister said she accepts she "
            "'cannot give Jade what she needs right now'. Family time plan endorsed: Mum monthly "
            "(supervised), Tyler fortnightly, Nan to help arrange.",
            "I told Jade the outcome after school with Grace. Jade asked 'so I can stay at "
            "Grace's for ever?' I explained the long-term plan; she smiled and asked whether she "
            "could tell her teacher tomorrow.",
        ),
    ),
    Note(
        "28/12/2009",
        "Statutory visit",
        "Anna Price (Social Worker)",
        (
            "Christmas visit. Jade's first Christmas with the Okafors went well; she put the "
            "star on the tree and helped Grace to cook the jollof rice for Boxing Day, when "
            "Tyler and Nan came for lunch. Jade received a sketchbook and a set of watercolours "
            "and showed me a painting of Biscuit the cat. Ms Whitfield sent a card and a "
            "present via the Family Centre. Jade said this was 'the best Christmas ever, "
            "except Mum wasn't here'.",
        ),
    ),
    Note(
        "05/05/2010",
        "Direct work",
        "Ellie Shaw (Student Social Worker)",
        (
            "Second life-story session with Jade at the placement (student placement, supervised "
            "by Anna Price). We made a 'three houses' drawing: a house of worries, a house of "
            "good things and a house of dreams. Good things: Grace, swimming, Biscuit the cat, "
            "Tyler and drawing. Worries: 'that Mum is on her own' and 'that Tyler forgets me'. "
            "Dreams: 'be an artist and have a big dog'.",
            "Jade showed the drawing to Grace and asked for it to go in her file 'so when I'm big "
            "I can see it'. A copy has been scanned to the documents tab.",
        ),
    ),
    Note(
        "23/11/2010",
        "Health",
        "Anna Price (Social Worker)",
        (
            "Annual review health assessment completed at Calder Vale by school nurse Karen "
            "Lowe. Height and weight within the normal range. Asthma reviewed by Dr Priya Raman "
            "on 12.11.10: the blue inhaler is only needed after swimming in cold weather. The "
            "school eye screening led to glasses being prescribed; Jade chose purple frames and "
            "says she looks 'like a scientist'. Immunisations up to date; dentist seen in "
            "October 2010.",
        ),
    ),
    Note(
        "09/07/2011",
        "Statutory visit",
        "Anna Price (Social Worker)",
        (
            "Jade proudly showed me her medal from the Northmoor Schools Swimming Gala on 2nd "
            "July 2011: first place in the 50m backstroke (girls under 10). She has also passed "
            "her Stage 7 award at swimming club, and Grace has framed the certificate in the "
            "hall. Jade said 'I wasn't even nervous, well only a bit'.",
            "Her school report shows good progress, especially in art and reading. Her teacher "
            "says Jade is kind and patient with the younger children at lunchtime and has asked "
            "to be a playground buddy next year.",
        ),
    ),
    Note(
        "19/10/2011",
        "Family time",
        "Lisa Thornton (Family Support Worker)",
        (
            "Family time at Nan's house in Leeds with Tyler, now 7. The children played board "
            "games and Jade helped Tyler with his reading book, praising him for every page. "
            "Mrs Hollis reported that Sharon has not been in touch for six weeks and that she "
            "understands Ms Whitfield is now living with Mr Carver in Bradford. Sharon did not "
            "attend the monthly family time at the Family Centre on 4 Oct 2011.",
            "Jade said 'it's OK, I've got Grace and Tyler' but was quiet on the way home.",
        ),
    ),
    Note(
        "20/03/2012",
        "LAC review",
        "Ruth Adeyemi (Independent Reviewing Officer)",
        (
            "Review held at the placement; full record and care plan on the documents tab. "
            "Summary: the placement is stable and meeting Jade's needs three years after her "
            "move on 14 March 2009. Jade attended for the whole meeting for the first time and "
            "spoke about her swimming and art. Ms Whitfield was invited but did not attend. "
            "Actions set for the SW, school and carers. Next review: September 2012.",
        ),
    ),
    Note(
        "16/06/2012",
        "Family time",
        "Anna Price (Social Worker)",
        (
            "As agreed at Jade's review, Tyler came to watch Jade swim at the Northmoor Schools "
            "Swimming Gala with Mrs Hollis. Jade won the 100m freestyle and came second in the "
            "backstroke. Tyler made a banner saying 'GO JADE' and cheered so loudly that the "
            "starter had to ask him to sit down. Jade said it was 'the best day' because "
            "Tyler saw her win.",
        ),
    ),
    Note(
        "16/10/2012",
        "Case transfer",
        "Helen Marsh (Team Manager)",
        (
            "Case transferred from Anna Price to Tom Gallagher (Social Worker, Looked After "
            "Children Team) following Anna's move to the Fostering Team. At the joint handover "
            "visit on 11.10.12 Anna and Jade looked through Jade's memory book together, and "
            "Jade gave Anna a card she had painted with a dolphin on it. Jade told Tom she wants "
            "a social worker 'who turns up when they say'. Jade (11) is in Year 6 and her first "
            "preference for high school is Brackenholme Academy.",
        ),
    ),
    Note(
        "15/07/2013",
        "Education",
        "Tom Gallagher (Social Worker)",
        (
            "Attended the Year 6 leavers' assembly at Calder Vale Primary School with Grace. "
            "Jade received the Kindness Cup, chosen by the staff, for looking after the "
            "Reception children at lunchtime all year. Her SATs results were level 5 in "
            "reading and writing and level 4 in maths. Transition visits to Brackenholme "
            "Academy completed; Jade said she is 'scared and excited at the same time'.",
        ),
    ),
    Note(
        "03/09/2013",
        "Education",
        "Tom Gallagher (Social Worker)",
        (
            "Jade started Year 7 at Brackenholme Academy today. Spoke with Mr David Osei (Head "
            "of Year 7 and Designated Teacher for Looked After Children), who will hold Jade's "
            "PEP. Jade is excited about the art rooms and the 'proper science labs'. Her best "
            "friend from Calder Vale, Chloe Barraclough, is in the same form, which Grace says "
            "has helped a lot. PEP booked for 1 October 2013; pupil premium plus will fund art "
            "club materials and swimming squad fees.",
        ),
    ),
    Note(
        "21/05/2014",
        "Family time",
        "Tom Gallagher (Social Worker)",
        (
            "Family time with Mum and Tyler at the Family Centre, the first time Ms Whitfield "
            "has attended since January. Sharon brought a birthday cake for Tyler, who turned 10 "
            "last month. She appeared sober, engaged well and told Jade she was proud of her "
            "swimming. Sharon gave her current mobile number as 07700 900761.",
            "In the car afterwards Jade told me that 'Shaz' is what Dean calls Mum and that she "
            "doesn't like it. Jade asked whether she could have Mum's new number; discussed with "
            "Grace and agreed to consider this at the next review.",
        ),
    ),
    Note(
        "22/09/2015",
        "Direct work",
        "Amira Hussain (Student Social Worker)",
        (
            "Direct work session with Jade (14) at placement, supervised by Tom Gallagher. We "
            "used her life-story book to talk about why she came into care. Jade asked "
            "questions about the night in October 2008 and said she remembers 'the blue "
            "lights' and 'Nan's dressing gown'. She said she sometimes feels angry with Mum "
            "but still loves her. She also said she is proud of how she looked after Tyler.",
            "Jade showed me her Year 9 art sketchbook; her project is on 'Home'. She wants to do "
            "a painting of Grace's kitchen 'because that's where everyone talks'. She would "
            "like more information about her dad; Tom to check what is on file.",
        ),
    ),
    Note(
        "27/02/2016",
        "Missing from care",
        "Tom Gallagher (Social Worker)",
        (
            "Jade (14) was reported missing by Grace Okafor at 22:10 on 26.02.16 after she did "
            "not come home from school. PC Lee Barnes made enquiries overnight. Jade was found "
            "safe at 10:45 today at the home of her friend Chloe Barraclough, 22 Fernside Avenue, "
            "Halifax HX1 4RS. Chloe's mother said she believed that Grace knew where Jade was. "
            "Jade had been messaging her mum on Facebook for a month and had planned to travel "
            "to Bradford to see her. Ms Whitfield is living with Mr Carver at Flat 2, 41 Wharf "
            "Street, Bradford BD3 9LP, and Mr Carver has messaged Jade directly (07700 900588).",
            "Strategy discussion at 11:30 with the TM; CSE screening completed (medium). Jade was "
            "tired and tearful when Grace and I collected her. She apologised to Grace, who "
            "hugged her and told her she was not in trouble.",
        ),
    ),
    Note(
        "01/03/2016",
        "Return home interview",
        "Lisa Thornton (Family Support Worker)",
        (
            "Independent return home interview completed at school. Jade said: 'I just wanted to "
            "see my mum. Nobody tells me anything about her.' She had not gone to Bradford "
            "because 'Chloe said it was a stupid idea' and she got scared. Dean had sent her "
            "messages saying Mum 'misses you loads' and asking her to keep it secret, which made "
            "her feel 'weird'. Jade agreed to show Grace the messages.",
            "Jade wants family time with Mum, but 'not at the Family Centre, it's for babies', "
            "and she wants to see Tyler more. Actions: SW to review family time; safety plan for "
            "online contact; school to be informed.",
        ),
    ),
    Note(
        "11/10/2016",
        "LAC review",
        "Ruth Adeyemi (Independent Reviewing Officer)",
        (
            "Jade (15) chaired the first part of her own review with support from Grace and Tom. "
            "She presented her achievements: a place in the county swimming squad, her Year 10 "
            "art portfolio and a Year 7 reading buddy scheme she helped to start. She has not "
            "gone missing since February. The revised family time (monthly with Mum at a cafe in "
            "Halifax, supervised; Tyler every other Saturday) is working well.",
            "Jade asked to stay with Grace after she turns 18 under Staying Put; Grace and "
            "Emmanuel have agreed in principle. Pathway planning to begin at 16.",
        ),
    ),
    Note(
        "09/11/2017",
        "Pathway plan",
        "Marcus Reid (Personal Adviser)",
        (
            "First pathway plan meeting with Jade, Tom Gallagher (SW) and Grace. I was introduced "
            "as Jade's Personal Adviser from the Leaving Care Team. Jade's goals: her GCSEs next "
            "summer (predicted grade 8 in Art), the Level 3 Art and Design course at Northmoor "
            "College, and one day 'to illustrate children's books'.",
            "Practical skills: Jade cooks two evening meals a week and manages her own bus pass; "
            "she wants to learn to budget. Jade asked for a copy of her records when she is "
            "older and I explained her right to ask for them.",
        ),
    ),
    Note(
        "20/03/2018",
        "Education",
        "Tom Gallagher (Social Worker)",
        (
            "PEP meeting at Brackenholme Academy with Mr Osei, Jade and Grace. Jade is "
            "predicted grades 5 to 8 and is on track. She completed her work experience at a "
            "gallery in Leeds in February and was asked back to help with the children's "
            "workshops at Easter. Pupil premium plus agreed for revision guides and extra art "
            "materials. This is my last PEP before the case transfers to the Leaving Care Team; "
            "Jade made a joke that she will 'finally get rid of' me and then gave me a hug.",
        ),
    ),
    Note(
        "23/08/2018",
        "Education",
        "Marcus Reid (Personal Adviser)",
        (
            "GCSE results day. Jade collected her results at Brackenholme Academy with Grace: "
            "Art 8, English Language 6, English Literature 6, Religious Studies 6, Biology 5, "
            "History 5 and Maths 5. Mr Osei came out to congratulate her and said she is 'one of "
            "the kindest students I have taught'. Jade said 'I can't believe it, I actually did "
            "it'. Her place at Northmoor College is confirmed.",
        ),
    ),
    Note(
        "12/09/2018",
        "Education",
        "Marcus Reid (Personal Adviser)",
        (
            "Jade started the Level 3 Extended Diploma in Art and Design at Northmoor College on "
            "10.09.18. She has a 16-19 bursary and a travel pass. Her tutor says her portfolio "
            "interview was 'outstanding'. Jade is also volunteering on Saturday mornings teaching "
            "the beginners' swimming group at the leisure centre.",
        ),
    ),
    Note(
        "25/06/2019",
        "Visit",
        "Marcus Reid (Personal Adviser)",
        (
            "Went to the Northmoor College end of year show, where Jade's series of paintings "
            "'Kitchen Table' was displayed. One painting has been chosen for the college's "
            "permanent collection. Jade said: 'It's about all the people who fed me. That's how "
            "you know who loves you.' Grace came with her, as did Margaret\fHollis and Tyler. "
            "Nan said she had 'never been so proud'.",
        ),
    ),
    Note(
        "16/09/2019",
        "Pathway plan review",
        "Marcus Reid (Personal Adviser)",
        (
            "Jade turned 18 on Saturday 14 September 2019 and celebrated with Grace, Emmanuel "
            "and Tyler at the bowling alley. The care order ended on her 18th birthday and Jade "
            "is now a care leaver. The Staying Put arrangement with Grace Okafor is confirmed "
            "from 14/09/2019.",
            "Pathway plan reviewed: education (second year of the diploma), money (bursary, own "
            "bank account), health (registered with Dr Priya Raman's practice in her own right) "
            "and relationships (Jade now arranges family time herself). In Jade's words: "
            "'Grace's house is my home. I don't want to move out till I'm ready.'",
        ),
    ),
    Note(
        "04/12/2019",
        "Management oversight",
        "Helen Marsh (Team Manager)",
        (
            "Leaving care audit. Pathway plan is up to date and written with Jade in her own "
            "words. Staying Put agreed until at least the end of her college course. Jade is "
            "on track, has a part-time job at an art shop in Halifax and keeps in regular "
            "contact with her PA. No management actions.",
        ),
    ),
)


# Page geometry and fonts of the case-notes report
PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
TOP = PAGE_H - 30 * mm
BOTTOM = 22 * mm
BODY_FONT, BODY_SIZE, LEADING = "Helvetica", 10.5, 14.6


@dataclass
class Row:
    """One laid-out line of the case-notes report."""

    text: str = ""
    font: str = BODY_FONT
    size: float = BODY_SIZE
    height: float = LEADING
    x: float = MARGIN_X
    rule: bool = False
    page_break_after: bool = False
    keep_with_next: int = 0


def wrap(text: str, font: str, size: float, width: float) -> list[tuple[str, bool]]:
    """Greedy word wrap. Returns (line, page break after); ``\\n`` and ``\\f`` force breaks."""
    lines: list[tuple[str, bool]] = []
    for segment, sep in re.findall(r"([^\n\f]*)([\n\f]|$)", text):
        if not segment and not sep:
            continue
        current = ""
        for word in segment.split():
            trial = f"{current} {word}" if current else word
            if current and stringWidth(trial, font, size) > width:
                lines.append((current, False))
                current = word
            else:
                current = trial
        lines.append((current, sep == "\f"))
    return lines


def notes_rows() -> list[Row]:
    """The report's title block and every case note as rows ready for pagination."""
    width = PAGE_W - 2 * MARGIN_X
    rows = [
        Row("CASE NOTES REPORT", "Helvetica-Bold", 14, 20),
        Row(f"Client: {SUBJECT}     Client ID: {CLIENT_ID}     DOB: {SUBJECT_DOB}     "
            "Gender: Female", height=15),
        Row("Report parameters: all case note types, 01/01/2005 to 31/12/2019, oldest first",
            height=15),
        Row(f"Run by: Information Rights Team on 02/11/2026 09:14 for request {SAR_REF}",
            height=15),
        Row(f"Number of notes: {len(NOTES)}", height=15),
        Row(height=6),
    ]
    for note in NOTES:
        rows.append(Row(rule=True, height=8, keep_with_next=4))
        rows.append(Row(f"Date: {note.date}   Type: {note.type}", "Helvetica-Bold", 10, 14,
                        keep_with_next=3))
        rows.append(Row(f"Author: {note.author}", "Helvetica-Oblique", 9.5, 16, keep_with_next=2))
        for i, paragraph in enumerate(note.paragraphs):
            if i:
                rows.append(Row(height=5))
            for line, brk in wrap(paragraph, BODY_FONT, BODY_SIZE, width):
                rows.append(Row(line, page_break_after=brk))
        rows.append(Row(height=8))
    return rows


def paginate(rows: list[Row]) -> list[list[tuple[Row, float]]]:
    """Place rows on pages; returns each page's rows with their baseline y."""
    pages: list[list[tuple[Row, float]]] = [[]]
    y = TOP
    for i, row in enumerate(rows):
        needed = row.height + sum(r.height for r in rows[i + 1 : i + 1 + row.keep_with_next])
        if pages[-1] and y - needed < BOTTOM:
            pages.append([])
            y = TOP
        if not pages[-1] and not row.text and not row.rule:
            continue  # no blank space or rule at the top of a page
        y -= row.height
        pages[-1].append((row, y))
        if row.page_break_after:
            spare = (y - BOTTOM) / LEADING
            if spare >= 2.5:
                raise SystemExit(f"a forced page break (\\f) after {row.text!r} leaves "
                                 f"{spare:.1f} blank lines: move it to where the page ends")
            pages.append([])
            y = TOP
    return pages


def draw_header(canvas: Canvas, title: str, page: int, total: int) -> None:
    """The header of the council's PDF reports."""
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 8.5)
    canvas.drawString(MARGIN_X, PAGE_H - 13 * mm, f"{COUNCIL} \u2014 Children's Services \u2014 "
                      f"{title}")
    canvas.setFillColor(colors.HexColor("#9b1c1c"))
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 13 * mm, "OFFICIAL-SENSITIVE")
    canvas.setFillColor(colors.black)
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN_X, PAGE_H - 17.5 * mm, f"Client: {SUBJECT}   Client ID: {CLIENT_ID}")
    canvas.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 17.5 * mm, f"Page {page} of {total}")
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, PAGE_H - 20 * mm, PAGE_W - MARGIN_X, PAGE_H - 20 * mm)
    canvas.restoreState()


def draw_footer(canvas: Canvas, page: int, total: int) -> None:
    """The footer of the council's PDF reports."""
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, 15 * mm, PAGE_W - MARGIN_X, 15 * mm)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(MARGIN_X, 10.5 * mm, f"Printed 02/11/2026 09:14  |  {SAR_REF}  |  "
                      f"Client ID {CLIENT_ID}")
    canvas.setFillColor(colors.HexColor("#9b1c1c"))
    canvas.drawCentredString(PAGE_W / 2 + 25 * mm, 10.5 * mm, "OFFICIAL-SENSITIVE")
    canvas.setFillColor(colors.black)
    canvas.drawRightString(PAGE_W - MARGIN_X, 10.5 * mm, f"Page {page} of {total}")
    canvas.restoreState()


def draw_page_furniture(canvas: Canvas, title: str, page: int, total: int) -> None:
    """Header and footer shared by the council's PDF reports."""
    draw_header(canvas, title, page, total)
    draw_footer(canvas, page, total)


def split_names(pages: list[list[tuple[Row, float]]]) -> tuple[list[str], list[str]]:
    """Third-party full names split across a line break, and across a page break."""
    names = {text for text, kind, _ in REDACT if kind == "person" and " " in text}
    lines, page_ends = [], set()
    for page in pages:
        texts = [row.text for row, _ in page if row.text]
        lines.extend(texts)
        if texts:
            page_ends.add(len(lines) - 1)
    across_lines, across_pages = [], []
    for i, (first, second) in enumerate(itertools.pairwise(lines)):
        for name in names:
            head, tail = name.rsplit(" ", 1)
            if first.endswith(f" {head}") and second.startswith(tail):
                (across_pages if i in page_ends else across_lines).append(name)
    return across_lines, across_pages


def furniture_text(title: str, page: int, total: int) -> str:
    """The header and footer text of one page, as recorded in the corpus."""
    return (f"{COUNCIL} \u2014 Children's Services \u2014 {title} OFFICIAL-SENSITIVE "
            f"Client: {SUBJECT} Client ID: {CLIENT_ID} Page {page} of {total} "
            f"Printed 02/11/2026 09:14 | {SAR_REF} | Client ID {CLIENT_ID}")


def build_case_notes(corpus: Corpus) -> int:
    """Write the case-notes report; returns its page count."""
    title = "Case Notes Report"
    pages = paginate(notes_rows())
    canvas = Canvas(str(CASE_DIR / NOTES_PDF), pagesize=A4, invariant=1)
    canvas.setTitle(f"Case Notes Report - {SUBJECT} ({CLIENT_ID})")
    canvas.setAuthor(f"{COUNCIL} Children's Services")
    canvas.setSubject(SAR_REF)
    canvas.setCreator("LCS Reporting Services 8.4")
    for number, page in enumerate(pages, start=1):
        draw_header(canvas, title, number, len(pages))
        for row, y in page:
            if row.rule:
                canvas.setStrokeColor(colors.HexColor("#888888"))
                canvas.setLineWidth(0.4)
                canvas.line(MARGIN_X, y + 4, PAGE_W - MARGIN_X, y + 4)
                canvas.setStrokeColor(colors.black)
            elif row.text:
                canvas.setFont(row.font, row.size)
                canvas.drawString(row.x, y, row.text)
        draw_footer(canvas, number, len(pages))
        canvas.showPage()
    canvas.save()
    across_lines, across_pages = split_names(pages)
    assert across_lines and across_pages, "want a name split by a line and by a page break"
    corpus.add(NOTES_PDF, *(furniture_text(title, n, len(pages)) for n in range(1, len(pages) + 1)))
    corpus.add(NOTES_PDF, *(row.text for row in notes_rows()[:5]))
    for note in NOTES:
        text = "\n".join((f"Date: {note.date}   Type: {note.type}", f"Author: {note.author}",
                          *note.paragraphs))
        corpus.add(NOTES_PDF, text)
        corpus.notes[note.iso] = normalise(text)
    return len(pages)


# --------------------------------------------------------------------------------------------
# Shared platypus helpers (LAC review, school report, contact arrangements)
# --------------------------------------------------------------------------------------------

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
SMALL_BOLD = ParagraphStyle("small_bold", parent=SMALL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8,
                    spaceAfter=4, textColor=colors.HexColor("#1f3a5f"))

GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
])
GREEN = colors.HexColor("#14532d")
KEY_VALUE = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f5")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
])


Furniture = Callable[[Canvas, int, int], None]


def council_furniture(title: str) -> Furniture:
    """The council's header and footer for a report called ``title``."""
    return lambda canvas, page, total: draw_page_furniture(canvas, title, page, total)


def numbered_canvas(furniture: Furniture) -> type[Canvas]:
    """A canvas class that draws page furniture with 'Page x of y' once the total is known."""

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


def table(rows: list[list[str]], widths: list[float], style: TableStyle = GRID,
          header: bool = True) -> Table:
    """A wrapped-text table; the first row is bold when ``header``."""
    cells = [[para(cell, SMALL_BOLD if (header and r == 0) else SMALL) for cell in row]
             for r, row in enumerate(rows)]
    result = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    result.setStyle(style)
    return result


def key_values(pairs: list[tuple[str, str]], widths: tuple[float, float]) -> Table:
    """A two-column label/value table."""
    cells = [[para(k, SMALL_BOLD), para(v, SMALL)] for k, v in pairs]
    result = Table(cells, colWidths=list(widths))
    result.setStyle(KEY_VALUE)
    return result


def table_text(rows: list[list[str]] | list[tuple[str, str]]) -> str:
    """The text of a table, row by row, for the corpus."""
    return "\n".join(" ".join(row) for row in rows)


def build_flowables(path: Path, furniture: Furniture, story: list, meta_title: str,
                    author: str = f"{COUNCIL} Children's Services") -> int:
    """Build a platypus document with the given page furniture; returns its page count."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                            topMargin=26 * mm, bottomMargin=22 * mm, invariant=1,
                            title=meta_title, author=author, subject=SAR_REF,
                            creator="LCS Reporting Services 8.4")
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    return doc.page


# --------------------------------------------------------------------------------------------
# LAC review record and care plan, March 2012
# --------------------------------------------------------------------------------------------


def build_lac_review(corpus: Corpus) -> int:
    """Write the 2012 Looked After Child review record with its tables; returns pages."""
    title = "Looked After Child Review Record"
    w = PAGE_W - 2 * MARGIN_X
    story: list = []
    text: list[str] = []

    def heading(t: str, style: ParagraphStyle = H2) -> None:
        story.append(para(t, style))
        text.append(t)

    def paragraph(t: str) -> None:
        story.append(para(t, BODY))
        text.append(t)

    def add_table(rows: list[list[str]], widths: list[float]) -> None:
        story.append(table(rows, widths))
        story.append(Spacer(1, 6))
        text.append(table_text(rows))

    heading("Looked After Child Review: Record and Care Plan", H1)
    details = [
        ("Child", f"{SUBJECT} (known as Jade or JJ)"),
        ("Date of birth", SUBJECT_DOB),
        ("Client ID", CLIENT_ID),
        ("Review", "Review 8, held 20/03/2012 at the foster home, 16:00-17:15"),
        ("Chair", "Ruth Adeyemi, Independent Reviewing Officer"),
        ("Legal status", "Care Order (s31 Children Act 1989) made 18/02/2010"),
        ("Allocated social worker", "Anna Price, Looked After Children Team"),
        ("Previous review", "27/09/2011"),
    ]
    story.append(key_values(details, (45 * mm, w - 45 * mm)))
    text.append(table_text(details))

    heading("1. Attendance")
    add_table([
        ["Name", "Role", "Attended"],
        ["Jade Whitfield", "Young person", "Yes (whole meeting)"],
        ["Grace Okafor", "Foster carer", "Yes"],
        ["Emmanuel Okafor", "Foster carer", "Apologies (work)"],
        ["Anna Price", "Social Worker", "Yes"],
        ["Sarah Lumb", "Supervising Social Worker, Fostering Team", "Yes"],
        ["Hannah Lister", "Class teacher, Calder Vale Primary School", "Report sent"],
        ["Karen Lowe", "School Nurse", "Report sent"],
        ["Sharon Whitfield", "Mother", "Invited; did not attend"],
        ["Margaret Hollis", "Maternal grandmother (Special Guardian of Tyler)",
         "Consulted by phone before the review"],
        ["Ruth Adeyemi", "Independent Reviewing Officer (chair)", "Yes"],
    ], [50 * mm, 75 * mm, w - 125 * mm])

    heading("2. Placement")
    add_table([
        ["Placement", "Type", "Since", "Stability"],
        ["Grace and Emmanuel Okafor, Halifax", "Long-term foster care (in-house carers)",
         "14/03/2009", "Stable. Matched as Jade's permanent placement at panel on 05/07/2010."],
    ], [50 * mm, 45 * mm, 25 * mm, w - 120 * mm])

    heading("3. Jade's views")
    paragraph("Jade filled in her consultation booklet with Grace and talked to me on her own "
              "before the meeting. She said: 'I like living with Grace because it's calm and we "
              "do fun stuff like baking and swimming on Saturdays.' She would like more time "
              "with Tyler and asked if he could come to her swimming gala in June. She said she "
              "sometimes worries about her mum 'because nobody knows where she is'. Jade wants "
              "to carry on with art club and would like a sketchbook of her own for her room.")
    paragraph("Jade read out a poem she wrote at school called 'My Two Homes' and agreed that a "
              "copy can be kept with this record.")

    heading("4. Health, education and family time")
    paragraph("Health: review health assessment due November 2012; asthma well controlled; "
              "glasses worn for reading; dental check 02/02/2012, no treatment needed. "
              "Education: Year 5 at Calder Vale Primary School; attendance 98.1%; working at the "
              "expected level in reading and writing and above it in art; PEP updated "
              "06/03/2012. Miss Lister describes Jade as 'a kind, thoughtful girl who always "
              "looks after the younger ones'.")
    family = [
        ["Family member", "Arrangement", "Notes"],
        ["Mother, Sharon Whitfield (14 Larch Close, Halifax HX3 7QP; mobile 07700 900123)",
         "Monthly, supervised, Halifax Family Centre",
         "Ms Whitfield attended 3 of the last 6 sessions. Mr Carver is not to attend."],
        ["Brother, Tyler Whitfield (DOB 06/04/2004)",
         "Fortnightly on Saturdays at 8 Ashfield Road, Leeds LS12 4PT",
         "Arranged by Mrs Hollis (tel 0113 496 0457). Going very well."],
        ["Maternal grandmother, Mrs Hollis", "Alongside Tyler's family time; phone calls",
         "Nan sends a card on birthdays and at Christmas."],
    ]
    add_table(family, [62 * mm, 52 * mm, w - 114 * mm])

    heading("5. Actions")
    add_table([
        ["Action", "Who", "By when"],
        ["Invite Tyler to Jade's swimming gala and arrange transport", "Anna Price / Mrs Hollis",
         "15/06/2012"],
        ["Life-story book: add photographs from St Aidan's and from Mrs Hirst", "Anna Price",
         "30/06/2012"],
        ["Buy a sketchbook and art materials from the pupil premium plus budget",
         "Calder Vale PEP / Grace Okafor", "30/04/2012"],
        ["Write to Ms Whitfield with the review outcome and next family time dates",
         "Anna Price", "03/04/2012"],
        ["Review health assessment", "Karen Lowe (School Nurse)", "30/11/2012"],
        ["Begin planning for secondary school transfer with Jade", "Anna Price / school",
         "Next review"],
    ], [95 * mm, 45 * mm, w - 140 * mm])

    heading("6. Decisions and IRO comment")
    paragraph("The care plan of long-term foster care with Mr and Mrs Okafor continues to meet "
              "Jade's needs and is endorsed. Family time to continue as above. Jade's progress "
              "in the three years since she moved to the Okafors is a credit to her and to her "
              "carers: she is settled, doing well at school, swims for the club and is known "
              "for her kindness to younger children.")
    paragraph("Next review: 18/09/2012 at the foster home, after school so that Jade can attend.")
    closing = [
        ("Chair", "Ruth Adeyemi, Independent Reviewing Officer"),
        ("Record completed", "27/03/2012"),
        ("Distribution", "Jade (child-friendly letter), foster carers, SW, school, mother"),
    ]
    story.append(KeepTogether([Spacer(1, 6), key_values(closing, (45 * mm, w - 45 * mm))]))
    text.append(table_text(closing))

    pages = build_flowables(CASE_DIR / LAC_PDF, council_furniture(title), story,
                            f"LAC Review Record - {SUBJECT} - 20/03/2012")
    corpus.add(LAC_PDF, *text, *(furniture_text(title, n, pages) for n in range(1, pages + 1)))
    return pages


# --------------------------------------------------------------------------------------------
# School end-of-year report, July 2014
# --------------------------------------------------------------------------------------------


def build_school_report(corpus: Corpus) -> int:
    """Write Brackenholme Academy's Year 7 report; returns pages."""
    w = PAGE_W - 2 * MARGIN_X
    text: list[str] = []
    letterhead = [
        "Brackenholme Academy",
        "Brackenholme Lane, Halifax  |  Tel 0113 496 0712  |  brackenholme.office@example.com",
        "Headteacher: Mrs Joanne Pearce",
    ]
    title_style = ParagraphStyle("school", fontName="Times-Bold", fontSize=22, leading=26,
                                 textColor=GREEN)
    sub = ParagraphStyle("sub", parent=SMALL, textColor=GREEN)
    story: list = [para(letterhead[0], title_style), para(letterhead[1], sub),
                   para(letterhead[2], sub), Spacer(1, 8)]
    text.extend(letterhead)

    heading = "End of Year Report 2013-2014: Year 7"
    story.append(para(heading, H1))
    text.append(heading)
    details = [
        ("Student", SUBJECT),
        ("Form", "7OS (tutor: Mr David Osei)"),
        ("Date of report", "18 July 2014"),
        ("Attendance", "97.2% (punctuality 100%)"),
        ("Report sent to", "Mrs G Okafor (carer); Tom Gallagher, Northmoor Children's Services"),
    ]
    story.append(key_values(details, (40 * mm, w - 40 * mm)))
    text.append(table_text(details))
    story.append(Spacer(1, 8))

    subjects = [
        ["Subject", "Teacher", "Level", "Effort", "Comment"],
        ["English", "Mrs R Ahmed", "5a", "1",
         "Jade writes with real imagination; her story 'The Girl Who Swam to the Moon' was "
         "read out in assembly."],
        ["Mathematics", "Mr P Kowalski", "5b", "2",
         "Secure in number work. Jade should ask for help sooner when she is stuck."],
        ["Science", "Dr L Fairbairn", "5b", "2",
         "Careful and safe in practical work; enjoyed the microscopes unit."],
        ["Art and Design", "Ms N Greenwood", "6a", "1",
         "Outstanding. Jade has a natural eye for colour and her animal studies are the best "
         "in the year group. Selected for the Year 7 exhibition."],
        ["History", "Mr T Fletcher", "5a", "1", "Thoughtful contributions in class discussion."],
        ["Geography", "Miss K Duffy", "5c", "2", "Good fieldwork booklet on the River Calder."],
        ["French", "Mme S Laurent", "4a", "2", "Growing in confidence when speaking."],
        ["Physical Education", "Mr S Haigh", "6b", "1",
         "An excellent swimmer who represented the school at the district gala. Always "
         "encourages others."],
        ["Music", "Mrs E Dunne", "5c", "2", "Enjoys singing in the choir."],
        ["Computing", "Mr A Chaudhry", "5b", "2", "Made a lovely animation in Scratch."],
    ]
    story.append(table(subjects, [31 * mm, 27 * mm, 12 * mm, 14 * mm, w - 84 * mm]))
    text.append(table_text(subjects))
    story.append(Spacer(1, 6))
    story.append(para("Levels are National Curriculum levels. Effort: 1 excellent, 2 good, "
                      "3 inconsistent, 4 a concern.", SMALL))
    text.append("Levels are National Curriculum levels. Effort: 1 excellent, 2 good, "
                "3 inconsistent, 4 a concern.")

    comments = [
        ("Form tutor and Head of Year 7 (Mr David Osei)",
         "Jade has had a super first year at Brackenholme. She is polite, hard-working and "
         "kind, and she has been a reading buddy for younger pupils from our partner primary "
         "schools every Thursday lunchtime. She is a talented artist and swimmer and is well "
         "liked by staff and students. Next year I would like Jade to put her hand up more in "
         "lessons: her ideas are worth hearing."),
        ("Student's own comment (Jade)",
         "My best thing this year was the art exhibition and winning the 100m backstroke for "
         "the school. I want to get better at French and maths. I like that teachers here "
         "don't treat me differently."),
        ("Headteacher (Mrs Joanne Pearce)",
         "A report to be proud of, Jade. Well done."),
    ]
    for who, what in comments:
        story.append(para(who, H2))
        story.append(para(what, BODY))
        text.extend((who, what))

    footer = f"Brackenholme Academy  |  End of Year Report 2013-2014  |  {SUBJECT} (7OS)"

    def furniture(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(GREEN)
        canvas.setLineWidth(2)
        canvas.line(MARGIN_X, PAGE_H - 12 * mm, PAGE_W - MARGIN_X, PAGE_H - 12 * mm)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, 15 * mm, PAGE_W - MARGIN_X, 15 * mm)
        canvas.setFont("Times-Italic", 8.5)
        canvas.drawString(MARGIN_X, 10.5 * mm, footer)
        canvas.drawRightString(PAGE_W - MARGIN_X, 10.5 * mm, f"Page {page} of {total}")
        canvas.restoreState()

    pages = build_flowables(CASE_DIR / SCHOOL_PDF, furniture, story,
                            f"End of Year Report 2014 - {SUBJECT}", author="Brackenholme Academy")
    corpus.add(SCHOOL_PDF, *text, *(f"{footer} Page {n} of {pages}" for n in range(1, pages + 1)))
    return pages


# --------------------------------------------------------------------------------------------
# E-mail of 2 March 2016 with its contact-arrangements attachment
# --------------------------------------------------------------------------------------------


def contact_arrangements_pdf(corpus: Corpus) -> bytes:
    """The e-mail's attachment: proposed family-time arrangements after the missing episode."""
    title = "Family Time Arrangements"
    w = PAGE_W - 2 * MARGIN_X
    text: list[str] = []
    story: list = []
    head = f"Family Time Arrangements: {SUBJECT} ({CLIENT_ID})"
    intro = ("Proposed on 02/03/2016 by Tom Gallagher (Social Worker) following Jade's missing "
             "episode of 26.02.16 and her return home interview on 01/03/2016. For agreement "
             "at Jade's review. Jade has been consulted and agrees with this plan.")
    story += [para(head, H1), para(intro, BODY)]
    text += [head, intro]
    rows = [
        ["Family member", "Frequency and venue", "Supervision", "Contact details"],
        ["Sharon Whitfield (mother)", "Monthly, 2 hours, a cafe in Halifax town centre chosen "
         "with Jade", "Supervised by Lisa Thornton (FSW) for three months, then review",
         "07700 900761; shaz.whitfield83@example.com"],
        ["Tyler Whitfield (brother, DOB 06/04/2004)", "Every other Saturday, 10:00-16:00, at "
         "8 Ashfield Road, Leeds LS12 4PT", "Mrs Hollis (Special Guardian)",
         "Through Mrs Hollis, 0113 496 0457"],
        ["Margaret Hollis (maternal grandmother)", "With Tyler; phone calls whenever Jade "
         "wishes", "None needed", "0113 496 0457"],
        ["Dean Carver (mother's partner)", "No family time", "Not to attend any family time",
         "Any messages from Mr Carver to Jade (07700 900588) to be passed to the SW"],
    ]
    story.append(table(rows, [38 * mm, 48 * mm, 42 * mm, w - 128 * mm]))
    text.append(table_text(rows))
    notes = [
        "Online contact: Jade will not use Facebook to message her mum for now; Grace Okafor "
        "will help Jade to ring her mum on Sunday evenings instead.",
        "If Jade goes missing again the missing protocol applies and Grace will ring the police "
        "and the Emergency Duty Team straight away.",
        "Agreed by: Tom Gallagher (SW), Grace Okafor (foster carer). To be endorsed by Ruth "
        "Adeyemi (IRO) and Helen Marsh (TM).",
    ]
    story.append(Spacer(1, 8))
    for line in notes:
        story.append(para(line, BODY))
        text.append(line)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                            topMargin=26 * mm, bottomMargin=22 * mm, invariant=1,
                            title="Family time arrangements", author=f"{COUNCIL}")
    doc.build(story, canvasmaker=numbered_canvas(council_furniture(title)))
    corpus.add(EMAIL_EML, *text, furniture_text(title, 1, doc.page))
    return buffer.getvalue()


def build_email(corpus: Corpus) -> None:
    """Write the 2016 e-mail between professionals, with its PDF attachment."""
    headers = {
        "From": "Tom Gallagher <tom.gallagher@northmoor.example.gov.uk>",
        "To": "Ruth Adeyemi <ruth.adeyemi@northmoor.example.gov.uk>",
        "Cc": "Helen Marsh <helen.marsh@northmoor.example.gov.uk>, "
              "Lisa Thornton <lisa.thornton@northmoor.example.gov.uk>",
        "Subject": f"OFFICIAL-SENSITIVE: Jade Whitfield ({CLIENT_ID}) - missing episode 26/02 "
                   "and family time",
    }
    prose = (
        "Hi Ruth,",
        "As promised, an update on Jade before her review is brought forward.",
        "Jade went missing from placement after school on Friday 26/02/2016. Grace reported her "
        "missing at 22:10 and she was found safe on Saturday morning at her friend Chloe's "
        "house (22 Fernside Avenue). She was not harmed. In her return home interview with "
        "Lisa on Tuesday she said she \"just wanted to see my mum\".",
        "It has come out that Jade has been messaging her mum Sharon on Facebook for about a "
        "month. Sharon is now living with Dean Carver at Flat 2, 41 Wharf Street, Bradford "
        "BD3 9LP, and Mr Carver has also been messaging Jade directly, asking her to keep it "
        "secret. Jade has shown Grace the messages and I have passed them to PC Lee Barnes. A "
        "CSE screening has been done (medium) and a safety plan for online contact is in "
        "place.",
        "Jade is clear that she wants to see her mum, just not at the Family Centre, and that "
        "she wants to see Tyler more. I've attached proposed new family time arrangements "
        "(contact-arrangements.pdf): monthly with Mum in a cafe in Halifax, supervised by Lisa "
        "for three months, and Tyler every other Saturday at Nan's. Grace is on board. Could "
        "you let me know if you're happy with this so that I can take it to Helen for "
        "sign-off?",
        "Thanks,\nTom",
    )
    signature = f"""Tom Gallagher | Social Worker | Looked After Children Team
{COUNCIL} Children's Services
Civic Centre, Halifax | 0113 496 0214 | tom.gallagher@northmoor.example.gov.uk

-----Original Message-----
From: Ruth Adeyemi
Sent: 29 February 2016 09:12
To: Tom Gallagher
Subject: Jade W - review

Tom - could you send me an update on Jade before Friday? Grace rang me about
the weekend. Thanks, Ruth

This e-mail and any attachments are confidential and intended only for the
addressee. If you have received it in error please tell the sender and delete
it. {COUNCIL} may monitor e-mail traffic.
"""
    body = "\n\n".join(textwrap.fill(p, 76, break_on_hyphens=False) if "\n" not in p else p
                       for p in prose) + "\n\n" + signature
    msg = EmailMessage()
    for name, value in headers.items():
        msg[name] = value
    msg["Date"] = format_datetime(dt.datetime(2016, 3, 2, 14, 37, 12, tzinfo=dt.UTC))
    msg["Message-ID"] = "<20160302143712.7D41A2@mail.northmoor.example.gov.uk>"
    msg["X-Mailer"] = "Microsoft Outlook 14.0"
    msg["Content-Language"] = "en-GB"
    msg.set_content(body)
    msg.add_attachment(contact_arrangements_pdf(corpus), maintype="application",
                       subtype="pdf", filename="contact-arrangements.pdf")
    msg.set_boundary("----=_NextPart_000_0042_01D1749B.5C3B2F80")
    (CASE_DIR / EMAIL_EML).write_bytes(msg.as_bytes(policy=default_policy))
    corpus.add(EMAIL_EML, *headers.values(), body)


# --------------------------------------------------------------------------------------------
# Child and Family Assessment, January 2010 (DOCX)
# --------------------------------------------------------------------------------------------

DOCX_TIME = (2010, 1, 18, 12, 0, 0)


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


def build_assessment(corpus: Corpus) -> None:
    """Write the 2010 Child and Family Assessment as a Word document."""
    doc = Document()
    text: list[str] = []
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2.2)
        header = section.header.paragraphs[0]
        header.text = f"OFFICIAL-SENSITIVE    {COUNCIL} Children's Services    ID {CLIENT_ID}"
        text.append(header.text)

    def heading(t: str, level: int) -> None:
        doc.add_heading(t, level=level)
        text.append(t)

    def paragraph(t: str) -> None:
        doc.add_paragraph(t)
        text.append(t)

    heading("Child and Family Assessment", 0)
    summary = [
        ("Child", f"{SUBJECT} (DOB {SUBJECT_DOB}), Client ID {CLIENT_ID}"),
        ("Assessment started / completed", "04/01/2010 / 18/01/2010"),
        ("Social worker", "Anna Price, Looked After Children Team"),
        ("Team manager", "Helen Marsh"),
        ("Purpose", "Updating assessment for the final hearing in care proceedings"),
    ]
    for label, value in summary:
        p = doc.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)
        text.append(f"{label}: {value}")

    heading("1. Reason for assessment", 1)
    paragraph("Jade has been looked after since 3 October 2008, first under section 20 and from "
              "November 2009 under an interim care order. This assessment updates the parenting "
              "and kinship assessments of 2009 and sets out the local authority's plan for Jade "
              "for the court.")

    heading("2. Family composition", 1)
    family = [
        ("Name", "Relationship", "DOB", "Address"),
        ("Jade Whitfield", "Subject", SUBJECT_DOB, "In foster care (address withheld)"),
        ("Sharon Whitfield", "Mother", "22/07/1983", "14 Larch Close, Halifax HX3 7QP"),
        ("Tyler Whitfield", "Brother", "06/04/2004", "8 Ashfield Road, Leeds LS12 4PT"),
        ("Margaret Hollis", "Maternal grandmother", "03/10/1958",
         "8 Ashfield Road, Leeds LS12 4PT"),
        ("Dean Carver", "Mother's partner", "11/02/1979", "14 Larch Close, Halifax HX3 7QP"),
        ("Not known", "Father", "Not known", "Not named on the birth certificate"),
    ]
    grid = doc.add_table(rows=len(family), cols=4)
    grid.style = "Table Grid"
    for r, row in enumerate(family):
        for c, value in enumerate(row):
            cell = grid.cell(r, c)
            cell.text = value
            if r == 0:
                cell.paragraphs[0].runs[0].bold = True
    text.append(table_text([list(row) for row in family]))
    paragraph(f"Contact details held: Ms Whitfield, mobile 07700 900123 and e-mail "
              f"shaz.whitfield83@example.com; NHS number {SHARON_NHS} (shared by her GP with "
              "consent). Mrs Hollis, 0113 496 0457.")

    heading("3. Jade's developmental needs", 1)
    heading("Health", 2)
    paragraph("Jade is a healthy eight-year-old. Her asthma is managed by her GP, Dr Priya "
              "Raman, with a preventer and a reliever inhaler. Her initial and review health "
              "assessments are up to date and she has seen the dentist.")
    heading("Education", 2)
    paragraph("Jade started Reception at St Aidan's C of E Primary School in September 2006 and "
              "moved to Calder Vale Primary School in April 2009. She is in Year 3, reads above "
              "her age and loves art. Her teacher says she is 'the first to help a child who is "
              "upset'.")
    heading("Emotional and behavioural development", 2)
    paragraph("Jade can be anxious at times of change and still sleeps with her toy rabbit, "
              "Mr Flops. She is much calmer than when she first came into care. She has a warm, "
              "trusting relationship with her foster carer Grace Okafor and is beginning to "
              "talk about her feelings.")
    heading("Identity and relationships", 2)
    paragraph("Jade is proud of being a big sister and asks about Tyler often. She knows she is "
              "'in care' and has begun life-story work. She enjoys swimming club, where she has "
              "made friends outside school.")

    heading("4. Parenting capacity", 1)
    paragraph("Ms Whitfield loves Jade and has shown she can be warm and playful in family time. "
              "However, she has not been able to stay away from alcohol for more than a few "
              "weeks and has resumed her relationship with Mr Carver, despite the domestic "
              "abuse Jade witnessed. Sharon has missed 9 of 31 family time sessions since "
              "October 2008. Mrs Hollis provides excellent care to Tyler but has said clearly "
              "that she cannot care for both children.")

    heading("5. Family and environmental factors", 1)
    paragraph("14 Larch Close is a two-bedroom council house. Rent arrears have built up and "
              "Ms Whitfield has little support apart from her mother. Police have attended the "
              "address on five occasions since 2005.")

    heading("6. Jade's views", 1)
    paragraph("Jade said: 'I want to live with Grace and see Mummy and Tyler. I don't want to "
              "move again.' She asked for her worker to 'tell the judge that I'm good at "
              "swimming'.")

    heading("7. Analysis and recommendation", 1)
    paragraph("Jade has made very good progress in a stable foster home. Her mother is not able "
              "to offer her safe and consistent care within Jade's timescales. The local "
              "authority recommends a Care Order with a plan of long-term foster care with "
              "Mr and Mrs Okafor, monthly supervised family time with her mother and "
              "fortnightly family time with Tyler.")

    for line in ("Social worker: Anna Price    Date: 18/01/2010",
                 "Team manager: Helen Marsh    Date: 19/01/2010"):
        p = doc.add_paragraph(line)
        p.paragraph_format.space_before = Pt(12)
        text.append(line)

    props = doc.core_properties
    props.title = f"Child and Family Assessment - {SUBJECT}"
    props.author = "Anna Price"
    props.last_modified_by = "Helen Marsh"
    props.subject = f"Client ID {CLIENT_ID}"
    props.created = dt.datetime(2010, 1, 4, 9, 30, 0)
    props.modified = dt.datetime(2010, 1, 19, 16, 5, 0)
    props.revision = 4
    buffer = io.BytesIO()
    doc.save(buffer)
    (CASE_DIR / ASSESSMENT_DOCX).write_bytes(fixed_zip(buffer.getvalue(), DOCX_TIME))
    corpus.add(ASSESSMENT_DOCX, *text)


# --------------------------------------------------------------------------------------------
# Scanned letter from the mother, December 2008 (image only, no text layer)
# --------------------------------------------------------------------------------------------

LETTER_LINES = (
    ("14 Larch Close", "right"),
    ("Halifax", "right"),
    ("HX3 7QP", "right"),
    ("Tel: 07700 900123", "right"),
    ("", ""),
    ("1st December 2008", "right"),
    ("", ""),
    ("Anna Price", ""),
    ("Social Worker", ""),
    ("Northmoor Children's Services", ""),
    ("Civic Centre, Halifax", ""),
    ("", ""),
    ("Dear Anna,", ""),
    ("", ""),
    ("Re: Jade and Tyler at Christmas", "bold"),
    ("", ""),
    ("I am writing to ask if I can see Jade and Tyler on Christmas Day.", ""),
    ("I know family time is meant to be at the family centre but it", ""),
    ("won't feel like Christmas there. My mum Margaret Hollis says we", ""),
    ("can all have dinner at hers in Leeds and she will be there the", ""),
    ("whole time.", ""),
    ("", ""),
    ("I have been going to the alcohol service every week since October", ""),
    ("and I have not had a drink for 5 weeks. Dean has moved out and is", ""),
    ("staying at his brother's so it would only be me, my mum and the kids.", ""),
    ("", ""),
    ("Jade always puts the star on the tree. Please can she do it this", ""),
    ("year. I have bought her a swimming bag with her name on it.", ""),
    ("", ""),
    ("Please ring me on my mobile if you need to talk about it.", ""),
    ("", ""),
    ("Yours sincerely,", ""),
    ("", ""),
    ("", ""),
    ("Sharon Whitfield", ""),
)

SCAN_DPI = 200


def render_letter() -> Image.Image:
    """Render the typed letter as a slightly noisy, slightly skewed greyscale scan."""
    width, height = round(8.27 * SCAN_DPI), round(11.69 * SCAN_DPI)
    page = Image.new("L", (width, height), 246)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=34)
    margin, y, line_height = 190, 200, 50
    for text, how in LETTER_LINES:
        if text:
            x = width - margin - draw.textlength(text, font=font) if how == "right" else margin
            draw.text((x, y), text, fill=28, font=font)
            if how == "bold":
                draw.text((x + 1, y), text, fill=28, font=font)
        y += line_height
    # signature scribble above the typed name
    sig_y = y - 2 * line_height - 6
    points = [(margin + t * 2.2, sig_y + 14 * math.sin(t / 3.1) * (1 + (t % 23) / 30) - t / 9)
              for t in range(110)]
    draw.line(points, fill=45, width=3, joint="curve")
    # the council's received stamp, in fainter ink, a little askew
    stamp = Image.new("L", (600, 150), 0)
    sdraw = ImageDraw.Draw(stamp)
    sdraw.rectangle((4, 4, 595, 145), outline=170, width=5)
    sdraw.text((26, 24), "NORTHMOOR CHILDREN'S SERVICES", fill=170,
               font=ImageFont.load_default(size=30))
    sdraw.text((120, 80), "RECEIVED 04 DEC 2008", fill=170, font=ImageFont.load_default(size=36))
    ink = stamp.rotate(5, expand=True, fillcolor=0)
    page.paste(70, (width - 790, 545, width - 790 + ink.width, 545 + ink.height), ink)
    # scanner noise: sparse specks, a faint shadow at the binding edge
    rng = random.Random(20081201)
    pixels = page.load()
    for _ in range(2500):
        px, py = rng.randrange(width), rng.randrange(height)
        pixels[px, py] = rng.randrange(120, 210)
    for px in range(18):
        for py in range(height):
            pixels[px, py] = min(pixels[px, py], 200 + px * 2)
    page = page.rotate(-0.4, resample=Image.Resampling.BICUBIC, fillcolor=246)
    return page.filter(ImageFilter.GaussianBlur(0.6))


def build_scanned_letter(corpus: Corpus) -> None:
    """Write the letter as a one-page, image-only PDF (a JPEG, as scanners produce)."""
    jpeg = io.BytesIO()
    render_letter().save(jpeg, format="JPEG", quality=60, optimize=True, dpi=(SCAN_DPI,) * 2)
    jpeg.seek(0)
    canvas = Canvas(str(CASE_DIR / LETTER_PDF), pagesize=A4, invariant=1)
    canvas.setCreator("Northmoor MFD Scan-to-File")
    canvas.setTitle("Scan 2008-12-04 09-41")
    canvas.drawImage(ImageReader(jpeg), 0, 0, width=PAGE_W, height=PAGE_H)
    canvas.showPage()
    canvas.save()
    corpus.add(LETTER_PDF, *(text for text, _ in LETTER_LINES), "NORTHMOOR CHILDREN'S SERVICES",
               "RECEIVED 04 DEC 2008")


# --------------------------------------------------------------------------------------------
# Contact list export and file note
# --------------------------------------------------------------------------------------------

CONTACTS = (
    ("Anna Price", "Social Worker (2007-2012)", "0113 496 0211",
     "anna.price@northmoor.example.gov.uk"),
    ("Tom Gallagher", "Social Worker (2012-2017)", "0113 496 0214",
     "tom.gallagher@northmoor.example.gov.uk"),
    ("Helen Marsh", "Team Manager", "0113 496 0200", "helen.marsh@northmoor.example.gov.uk"),
    ("Ruth Adeyemi", "Independent Reviewing Officer", "0161 496 0330",
     "ruth.adeyemi@northmoor.example.gov.uk"),
    ("Marcus Reid", "Personal Adviser, Leaving Care Team", "07700 900902",
     "marcus.reid@northmoor.example.gov.uk"),
    ("Lisa Thornton", "Family Support Worker", "0113 496 0233",
     "lisa.thornton@northmoor.example.gov.uk"),
    ("David Osei", "Designated Teacher, Brackenholme Academy", "0113 496 0712",
     "d.osei@example.org"),
    ("Dr Priya Raman", "GP, Moorside Surgery", "0113 496 0645", "moorside.surgery@example.org"),
    ("Karen Lowe", "School Nurse", "0113 496 0650", "karen.lowe@example.org"),
    ("Grace Okafor", "Foster carer", "07700 900234", "grace.okafor@example.com"),
    ("Sharon Whitfield", "Mother", "07700 900761", "shaz.whitfield83@example.com"),
    ("Margaret Hollis", "Maternal grandmother (Special Guardian of brother)", "0113 496 0457", ""),
    ("Dean Carver", "Mother's partner - no contact", "07700 900588", ""),
)


def build_contacts(corpus: Corpus) -> None:
    """Write the contact-list export as CSV."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(("Name", "Role", "Phone", "Email"))
    writer.writerows(CONTACTS)
    (CASE_DIR / CONTACTS_CSV).write_text(buffer.getvalue(), encoding="utf-8", newline="")
    corpus.add(CONTACTS_CSV, *(" ".join(row) for row in CONTACTS))


FILE_NOTE = f"""NORTHMOOR BOROUGH COUNCIL - CHILDREN'S SERVICES                 OFFICIAL-SENSITIVE
FILE NOTE
Client: {SUBJECT}   Client ID: {CLIENT_ID}   DOB: {SUBJECT_DOB}
=====================================================================================
Date: 02/12/2019   Type: Telephone call
Author: Marcus Reid (Personal Adviser)

Telephone call from Mrs Hollis (Jade's Nan) at 11:05. She has a new mobile number,
07700 900845, and asked for it to be passed to Jade. She said Tyler (15) has been
asking to spend Christmas Day with Jade at Grace's this year. Mrs Hollis also told
me that Sharon has moved back to Halifax and is "doing better"; she did not want to
give Sharon's new address without asking her first.

I spoke to Jade by phone at 16:30. Jade was pleased to hear from her Nan and has
already planned to see Tyler on 21/12/2019 for their annual trip to the Christmas
market in Leeds. She said she will think about meeting her mum in the new year
"on my own terms, maybe with Grace". Jade asked me to thank Mrs Hollis for the
drawing pencils she sent for her birthday.

Action: new number passed to Jade with Mrs Hollis's agreement. Contact list updated.
Next PA visit 10/12/2019.

Marcus Reid, Personal Adviser, Leaving Care Team, 0113 496 0260
"""


def build_file_note(corpus: Corpus) -> None:
    """Write the 2019 file note as plain text."""
    (CASE_DIR / FILE_NOTE_TXT).write_text(FILE_NOTE, encoding="utf-8", newline="\n")
    corpus.add(FILE_NOTE_TXT, FILE_NOTE)


# --------------------------------------------------------------------------------------------
# Ground truth
# --------------------------------------------------------------------------------------------

UNCLEAR = "unclear role: redacted by default and flagged for a human decision"

REDACT: tuple[tuple[str, str, str], ...] = (
    # (text, kind, person)
    ("Sharon Whitfield", "person", "Sharon Whitfield"),
    ("Sharon", "person", "Sharon Whitfield"),
    ("Ms Whitfield", "person", "Sharon Whitfield"),
    ("Shaz", "person", "Sharon Whitfield"),
    ("14 Larch Close", "address", "Sharon Whitfield"),
    ("Larch Close", "address", "Sharon Whitfield"),
    ("HX3 7QP", "postcode", "Sharon Whitfield"),
    ("07700 900123", "phone", "Sharon Whitfield"),
    ("07700 900761", "phone", "Sharon Whitfield"),
    ("shaz.whitfield83@example.com", "email", "Sharon Whitfield"),
    ("22/07/1983", "dob", "Sharon Whitfield"),
    (SHARON_NHS, "nhs", "Sharon Whitfield"),
    ("Tyler Whitfield", "person", "Tyler Whitfield"),
    ("Tyler", "person", "Tyler Whitfield"),
    ("06/04/2004", "dob", "Tyler Whitfield"),
    ("06.04.04", "dob", "Tyler Whitfield"),
    ("Dean Carver", "person", "Dean Carver"),
    ("Dean", "person", "Dean Carver"),
    ("Mr Carver", "person", "Dean Carver"),
    ("Carver", "person", "Dean Carver"),
    ("11/02/1979", "dob", "Dean Carver"),
    ("QQ 12 34 56 C", "ni", "Dean Carver"),
    ("07700 900588", "phone", "Dean Carver"),
    ("Flat 2, 41 Wharf Street", "address", "Dean Carver"),
    ("BD3 9LP", "postcode", "Dean Carver"),
    ("Margaret Hollis", "person", "Margaret Hollis"),
    ("Mrs Hollis", "person", "Margaret Hollis"),
    ("8 Ashfield Road", "address", "Margaret Hollis"),
    ("LS12 4PT", "postcode", "Margaret Hollis"),
    ("0113 496 0457", "phone", "Margaret Hollis"),
    ("07700 900845", "phone", "Margaret Hollis"),
    ("03/10/1958", "dob", "Margaret Hollis"),
    ("Pauline Dobson", "person", "Pauline Dobson"),
    ("Mrs Dobson", "person", "Pauline Dobson"),
    ("16 Larch Close", "address", "Pauline Dobson"),
    ("07700 900456", "phone", "Pauline Dobson"),
    ("Chloe Barraclough", "person", "Chloe Barraclough"),
    ("Chloe", "person", "Chloe Barraclough"),
    ("22 Fernside Avenue", "address", "Chloe Barraclough"),
    ("HX1 4RS", "postcode", "Chloe Barraclough"),
    ("Janet Hirst", "person", "Janet Hirst"),
    ("Mrs Hirst", "person", "Janet Hirst"),
    ("Janet", "person", "Janet Hirst"),
    ("Emmanuel Okafor", "person", "Emmanuel Okafor"),
    ("Emmanuel", "person", "Emmanuel Okafor"),
    ("Lee Barnes", "person", "Lee Barnes"),
    ("PC Barnes", "person", "Lee Barnes"),
)
# People whose role is unclear under the default decisions (foster carers without consent,
# police): the ground truth expects the default, redaction.
UNCLEAR_PEOPLE = {"Janet Hirst", "Emmanuel Okafor", "Lee Barnes"}

KEEP: tuple[tuple[str, str], ...] = (
    # A relationship word on its own is the story ("Jade went to Nan's"), not a name.
    ("Nan", "relationship"),
    ("Jade Whitfield", "subject"),
    ("Jade", "subject"),
    ("JJ", "subject"),
    (SUBJECT_DOB, "subject"),
    (CLIENT_ID, "subject"),
    ("Grace Okafor", "disclosed"),
    ("Grace", "disclosed"),
    ("Anna Price", "professional"),
    ("Helen Marsh", "professional"),
    ("Ruth Adeyemi", "professional"),
    ("Tom Gallagher", "professional"),
    ("Marcus Reid", "professional"),
    ("Lisa Thornton", "professional"),
    ("Ellie Shaw", "professional"),
    ("Sarah Kitson", "professional"),
    ("David Osei", "professional"),
    ("Priya Raman", "professional"),
    ("Karen Lowe", "professional"),
    ("Janice Moss", "professional"),
    ("Claire Fenwick", "professional"),
    ("tom.gallagher@northmoor.example.gov.uk", "professional"),
    ("0113 496 0214", "professional"),
    ("Halifax", "place"),
    ("Bradford", "place"),
    ("Leeds", "place"),
    ("Northmoor Borough Council", "place"),
    ("Brackenholme Academy", "place"),
    ("Calder Vale Primary School", "place"),
    ("St Aidan's", "place"),
    ("Northmoor College", "place"),
    ("swimming", "content"),
    ("pancakes on Sundays", "content"),
    ("backstroke", "content"),
    ("Mr Flops", "content"),
    ("artist", "content"),
    ("Staying Put", "content"),
    ("pathway plan", "content"),
    ("family time", "content"),
    ("foster", "content"),
    ("GCSE", "content"),
    ("14/03/2009", "date"),
    ("14th Mar 2009", "date"),
    ("14 March 2009", "date"),
    ("10.03.09", "date"),
    ("2nd July 2011", "date"),
    ("26.02.16", "date"),
)

# (ISO date, precision, category, phrase the entry text contains, document)
EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("2005-04-11", "day", "concern", "crying", NOTES_PDF),
    ("2005-09-07", "day", "education", "nursery class", NOTES_PDF),
    ("2006-09-01", "month", "education", "started Reception", ASSESSMENT_DOCX),
    ("2007-01-23", "day", "concern", "bruise", NOTES_PDF),
    ("2007-02-14", "day", "meeting", "Child Protection", NOTES_PDF),
    ("2008-10-03", "day", "placement", "accommodated under section 20", NOTES_PDF),
    ("2008-11-12", "day", "meeting", "Looked After Child review", NOTES_PDF),
    ("2008-12-01", "day", "family", "Christmas Day", LETTER_PDF),
    ("2008-12-15", "day", "family", "Christmas cards", NOTES_PDF),
    ("2009-03-14", "day", "placement", "moved to", NOTES_PDF),
    ("2009-04-20", "day", "education", "Calder Vale Primary School", NOTES_PDF),
    ("2009-06-02", "day", "voice", "pancakes on Sundays", NOTES_PDF),
    ("2010-02-18", "day", "meeting", "Care Order", NOTES_PDF),
    ("2010-05-05", "day", "voice", "be an artist", NOTES_PDF),
    ("2010-11-23", "day", "health", "glasses", NOTES_PDF),
    ("2011-07-09", "day", "achievement", "50m backstroke", NOTES_PDF),
    ("2012-03-20", "day", "meeting", "Review 8", LAC_PDF),
    ("2013-09-03", "day", "education", "Brackenholme Academy", NOTES_PDF),
    ("2014-05-21", "day", "family", "birthday cake", NOTES_PDF),
    ("2014-07-18", "day", "education", "Year 7", SCHOOL_PDF),
    ("2016-02-27", "day", "concern", "missing", NOTES_PDF),
    ("2016-03-01", "day", "voice", "just wanted to see my mum", NOTES_PDF),
    ("2016-03-02", "day", "family", "family time", EMAIL_EML),
    ("2016-10-11", "day", "meeting", "chaired the first part of her own review", NOTES_PDF),
    ("2017-11-09", "day", "meeting", "pathway plan", NOTES_PDF),
    ("2018-08-23", "day", "achievement", "GCSE results", NOTES_PDF),
    ("2018-09-12", "day", "education", "Northmoor College", NOTES_PDF),
    ("2019-09-16", "day", "placement", "Staying Put", NOTES_PDF),
    ("2019-12-02", "day", "family", "Christmas market", FILE_NOTE_TXT),
)


def ground_truth() -> dict:
    """The ground truth as written to ``ground_truth/jade-whitfield.json``."""
    redact = []
    for text, kind, person in REDACT:
        item = {"text": text, "kind": kind, "person": person}
        if person in UNCLEAR_PEOPLE:
            item["note"] = UNCLEAR
        redact.append(item)
    return {
        "case": CASE_NAME,
        "subject": SUBJECT,
        "redact": redact,
        "keep": [{"text": text, "kind": kind} for text, kind in KEEP],
        "events": [
            {"date": date, "date_precision": precision, "category": category,
             "contains": contains, "document": document}
            for date, precision, category, contains, document in EVENTS
        ],
    }


def nhs_check_digit(digits: str) -> int | None:
    """The NHS number mod-11 check digit of nine digits (None when no valid digit exists)."""
    total = sum(int(d) * w for d, w in zip(digits, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return None if check == 10 else check % 11


PHONE_RANGES = (r"07700 900\d{3}", r"0113 496 0\d{3}", r"0161 496 0\d{3}", r"020 7946 0\d{3}")
EMAIL_DOMAINS = re.compile(r"@(example\.com|example\.org|[a-z.]+\.example\.gov\.uk)$")


def check(truth: dict, corpus: Corpus) -> None:
    """Assert that the ground truth agrees with the text written into the sources."""
    everything = corpus.all_text()
    lower = everything.lower()
    redacts = [normalise(item["text"]) for item in truth["redact"]]
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
    for item in truth["keep"]:
        keep = normalise(item["text"])
        assert keep in masked, f"keep string not present outside redactions: {keep!r}"
        clash = [r for r in redacts if r.lower() in keep.lower()]
        assert not clash, f"keep string {keep!r} contains redact strings {clash}"
    for event in truth["events"]:
        doc, phrase = event["document"], event["contains"]
        text = corpus.notes.get(event["date"], "") if doc == NOTES_PDF else corpus.text(doc)
        assert phrase in text, f"event {event['date']}: {phrase!r} not in {doc}"
        assert not any(re.search(rf"\b{re.escape(r)}\b", phrase, re.IGNORECASE)
                       for r in redacts), f"event phrase {phrase!r} holds redacted text"
    for number in re.findall(r"\b0\d{2,4} \d{3,6}(?: \d{4})?\b", everything):
        assert any(re.fullmatch(p, number) for p in PHONE_RANGES), f"not a drama number: {number}"
    for address in re.findall(r"[\w.+-]+@[\w.-]+\w", everything):
        assert EMAIL_DOMAINS.search(address), f"not a reserved e-mail domain: {address}"
    digits = SHARON_NHS.replace(" ", "")
    assert nhs_check_digit(digits[:9]) == int(digits[9]), "NHS number fails its checksum"
    assert len(truth["events"]) >= 20
    assert len(NOTES) >= 24


# --------------------------------------------------------------------------------------------


def main() -> None:
    """Regenerate every sample source, the ground truth, and check them."""
    CASE_DIR.mkdir(parents=True, exist_ok=True)
    TRUTH_PATH.parent.mkdir(parents=True, exist_ok=True)
    corpus = Corpus()
    pages = {
        NOTES_PDF: build_case_notes(corpus),
        LAC_PDF: build_lac_review(corpus),
        SCHOOL_PDF: build_school_report(corpus),
    }
    build_email(corpus)
    build_assessment(corpus)
    build_scanned_letter(corpus)
    pages[LETTER_PDF] = 1
    build_contacts(corpus)
    build_file_note(corpus)
    truth = ground_truth()
    check(truth, corpus)
    TRUTH_PATH.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                          encoding="utf-8")
    for name in sorted(p.name for p in CASE_DIR.iterdir()):
        size = (CASE_DIR / name).stat().st_size
        extra = f", {pages[name]} page(s)" if name in pages else ""
        print(f"{name}: {size / 1024:.0f} KB{extra}")
    print(f"ground truth: {len(truth['redact'])} redact, {len(truth['keep'])} keep, "
          f"{len(truth['events'])} events -> {TRUTH_PATH.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
