"""Reading order for pages laid out in columns side by side.

PDFium reads a page line by line across its whole width. Where a record sets its notes in
columns (a date and type at the left, the note in the middle, "Rec. 11/02/2019 / Auth. BC"
at the right), a line of the note is read with the side columns' words in the middle of its
sentence ("'pushed Mum Auth. BC TR into the wall'"). Such a page is read here column by
column within each band of lines the columns share; every other page keeps PDFium's text
exactly.

Columns come from the geometry of the words: a line is cut into pieces where the gap
between two words is a gutter, and a piece is joined to the one below it where its text
wraps (left-aligned, close below, and the next line's first word would not have fitted).
Only a wrapped paragraph read through by another column's words changes the order, so a
form's labels and values ("Name:  Jade" / "DOB:  14/09/2001") are still read row by row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from pdfplumber.utils import cluster_objects

from lifestory.models import Word

GUTTER = 1.0  # a gap between words this many line heights wide parts two columns
ALIGNED = 2.0  # points: how far apart the lines of a paragraph may start
CLOSE_BELOW = 0.6  # line heights: the most white between two lines of a paragraph
SAME_SIZE = 0.25  # of a line's height: a paragraph's lines are set in one size of type
SAME_PITCH_SIZE = 0.1  # lines this close in height are set the same distance apart
LEADING = 1.0  # points: how much further apart than the page's closest lines a paragraph's
# lines may be set (a table's next row is further, past its cell padding)
WRAP_WORDS = 4  # words a line needs to be wrapped text, not a label or a short value
SPACE = 0.25  # of a line's height: about the width of a space
EDGE = 4.0  # line heights: how short of a column's right edge a line may end (a long word)
LINE_END = " \n"  # how PDFium ends a line (its "\r" is read as a space)
INSERTED = -1  # in an order's character map: a line end added between two pieces
RUNS_ON = re.compile(r"(?:[,&/\-–]|\b(?:and|or|but|the|a|an|of|to|in|on|at|with|for|from|"
                     r"by|w/|re|that|who|which|as|is|was|her|his|their|my|your))$", re.I)


@dataclass(eq=False)
class Piece:
    """Words of one PDFium line between two gutters: a line of one column."""

    line: int
    words: list[Word] = field(default_factory=list)
    below: Piece | None = None  # the line under it, left-aligned with it
    above: Piece | None = None
    wraps: bool = False  # its text goes on in ``below``

    # The box is read once the piece is whole (``pieces`` builds it word by word).
    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    @cached_property
    def x0(self) -> float:
        return self.words[0].x0

    @cached_property
    def x1(self) -> float:
        return self.words[-1].x1

    @cached_property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @cached_property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @cached_property
    def height(self) -> float:
        return self.bottom - self.top

    @cached_property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def reading_order(text: str, words: Sequence[Word]) -> tuple[str, list[int]] | None:
    """The page text in reading order, and the index in ``text`` of each of its characters
    (``INSERTED`` for a line end added between pieces); None where PDFium's order stands."""
    found = _pieces(text, words)
    if not found or len({p.line for p in found}) == len(found):
        return None  # no line holds two columns' words: PDFium's order stands
    order = _ordered(found)
    if order == found:
        return None
    return _characters(text, found, order)


def _pieces(text: str, words: Sequence[Word]) -> list[Piece] | None:
    """The page's lines cut at gutters, in PDFium's order; None if a word has no box."""
    out: list[Piece] = []
    line = 0
    for i, word in enumerate(words):
        if word.x0 is None:
            return None
        before = words[i - 1] if i else None
        if before is not None and "\n" in text[before.end : word.start]:
            line += 1
        if (before is None or out[-1].line != line or word.x0 < before.x0
                or word.x0 - before.x1 >= GUTTER * max(_height(before), _height(word))):
            out.append(Piece(line))
        out[-1].words.append(word)
    return out


def _height(word: Word) -> float:
    return word.bottom - word.top


def _link_lines(found: list[Piece]) -> None:
    """Each piece's line below in its column, and whether its text wraps onto it: the line
    below is as close as the page sets a paragraph's lines (a table's next row sits lower,
    past its cell padding), and its first word would have gone past the column's right
    edge."""
    columns = cluster_objects(found, lambda p: p.x0, ALIGNED)
    for column in columns:
        column.sort(key=lambda p: p.top)
        for upper, lower in zip(column, column[1:], strict=False):
            gap = lower.top - upper.bottom
            if (lower.line > upper.line and _same_size(lower, upper)
                    and -0.5 * upper.height <= gap <= CLOSE_BELOW * upper.height):
                upper.below, lower.above = lower, upper
    pitches = [(p.height, p.below.top - p.top) for p in found if p.below is not None]
    closest: dict[float, float] = {}  # by height: how close the page sets such lines
    for column in columns:
        right = _right_edge(column)
        for piece in column:
            under = piece.below
            if right is None or under is None or len(piece.words) < WRAP_WORDS:
                continue
            if piece.height not in closest:
                closest[piece.height] = min(
                    pitch for height, pitch in pitches
                    if abs(height - piece.height) <= SAME_PITCH_SIZE * piece.height)
            next_word = under.words[0].x1 - under.words[0].x0
            piece.wraps = (under.top - piece.top <= closest[piece.height] + LEADING
                           and piece.x1 + SPACE * piece.height + next_word > right)


def _same_size(a: Piece, b: Piece) -> bool:
    return abs(a.height - b.height) <= SAME_SIZE * b.height


def _right_edge(column: list[Piece]) -> float | None:
    """How far a column's lines reach, if two or more come close to it (a heading over a
    line of another length is not a column)."""
    lines = [p for p in column if len(p.words) >= WRAP_WORDS]
    if not lines:
        return None
    right = max(p.x1 for p in lines)
    near = [p for p in lines if p.x1 >= right - EDGE * p.height]
    return right if len(near) >= 2 else None


def _paragraphs(found: list[Piece], at: dict[int, int]) -> list[list[Piece]]:
    """Runs of two or more lines joined by wrapping text, where the text shows it runs on
    across a line end somewhere, or where it stands in a column whose other paragraphs do
    and are read through. A form's values one under another ("Review 8, held at the foster
    home" / "Ruth Adeyemi, Independent Reviewing Officer") look as wrapped, but no sentence
    goes on from one to the next: a run without that keeps its lines apart."""
    runs = []
    for piece in found:
        if piece.wraps and not (piece.above is not None and piece.above.wraps):
            run = [piece]
            while run[-1].wraps:
                run.append(run[-1].below)
            runs.append(run)
    shown = [r for r in runs if any(_runs_on(a, b) for a, b in zip(r, r[1:], strict=False))]
    columns = [r[0].x0 for r in shown if _read_through(r, at)]
    out = []
    for run in runs:
        if run in shown or any(abs(run[0].x0 - x0) <= ALIGNED for x0 in columns):
            out.append(run)
        else:
            for line in run:
                line.wraps = False
    return out


def _runs_on(upper: Piece, lower: Piece) -> bool:
    """Whether a sentence goes on from one line to the next: the next starts in lower case
    ("'pushed Mum" / "into the wall'") or a sign ("+ restraining order"), or the line ends
    on a comma or a word that needs more ("played football at" / "break")."""
    first = lower.words[0].text.lstrip("'‘“\"([")
    return (first[:1].islower() or not first[:1].isalnum()
            or bool(RUNS_ON.search(upper.words[-1].text)))


def _read_through(paragraph: list[Piece], at: dict[int, int]) -> bool:
    """Whether PDFium reads other words between the paragraph's lines (another column's,
    on the same lines); ``at``: each piece's place in PDFium's order."""
    return at[id(paragraph[-1])] - at[id(paragraph[0])] + 1 != len(paragraph)


def _bands(found: list[Piece]) -> list[tuple[float, float]]:
    """Stretches of the page, top to bottom, to be read column by column: each paragraph
    read through by another column, widened to every paragraph reaching into it."""
    at = {id(p): i for i, p in enumerate(found)}
    paragraphs = [(p[0].top, p[-1].bottom, _read_through(p, at))
                  for p in _paragraphs(found, at)]
    spans = _merged([(top, bottom) for top, bottom, through in paragraphs if through])
    while True:
        reaching = [(top, bottom) for top, bottom, _ in paragraphs
                    if any(top < s_bottom and s_top < bottom for s_top, s_bottom in spans)]
        widened = _merged(spans + reaching)
        if widened == spans:
            return spans
        spans = widened


def _merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Overlapping stretches as one, top to bottom."""
    out: list[tuple[float, float]] = []
    for top, bottom in sorted(spans):
        if out and top < out[-1][1]:
            out[-1] = (out[-1][0], max(bottom, out[-1][1]))
        else:
            out.append((top, bottom))
    return out


def _columns(units: list[list[Piece]]) -> list[list[list[Piece]]]:
    """Units (a paragraph, or a line alone) in columns: those whose widths overlap share
    one. Columns left to right, each top to bottom."""
    columns: list[tuple[float, list[list[Piece]]]] = []
    for unit in sorted(units, key=lambda u: min(p.x0 for p in u)):
        x0, x1 = min(p.x0 for p in unit), max(p.x1 for p in unit)
        if columns and x0 < columns[-1][0]:
            reach, members = columns[-1]
            columns[-1] = (max(reach, x1), [*members, unit])
        else:
            columns.append((x1, [unit]))
    return [sorted(members, key=lambda u: (u[0].top, u[0].x0)) for _, members in columns]


def _ordered(found: list[Piece]) -> list[Piece]:
    """The pieces in reading order: PDFium's, but each band column by column."""
    _link_lines(found)
    bands = _bands(found)
    if not bands:
        return found
    band_of = {id(p): i for p in found for i, (top, bottom) in enumerate(bands)
               if top <= p.middle <= bottom}
    for piece in found:  # a column's lines under the band go with it (a note's author)
        if id(piece) in band_of:
            below = piece.below
            while below is not None and id(below) not in band_of:
                band_of[id(below)] = band_of[id(piece)]
                below = below.below
    order: list[Piece] = []
    done: set[int] = set()
    for piece in found:
        band = band_of.get(id(piece))
        if band is None:
            order.append(piece)
        elif band not in done:
            done.add(band)
            order += _band_order([p for p in found if band_of.get(id(p)) == band])
    return order


def _band_order(members: list[Piece]) -> list[Piece]:
    """A band's pieces column by column, each paragraph whole."""
    units: list[list[Piece]] = []
    taken: set[int] = set()
    for piece in members:
        if id(piece) in taken:
            continue
        unit = [piece]
        while unit[-1].wraps and unit[-1].below in members:
            unit.append(unit[-1].below)
        taken.update(map(id, unit))
        units.append(unit)
    return [p for column in _columns(units) for unit in column for p in unit]


def _characters(text: str, found: list[Piece], order: list[Piece]) -> tuple[str, list[int]]:
    """The reordered text and where each of its characters is in ``text``: the pieces' own
    characters, PDFium's spacing between pieces it read one after the other, and a line end
    between pieces brought together."""
    after = {id(a): b for a, b in zip(found, found[1:], strict=False)}
    parts, where = [text[: found[0].start]], list(range(found[0].start))
    for i, piece in enumerate(order):
        parts.append(text[piece.start : piece.end])
        where += range(piece.start, piece.end)
        if i + 1 == len(order):
            break
        if after.get(id(piece)) is order[i + 1]:
            parts.append(text[piece.end : order[i + 1].start])
            where += range(piece.end, order[i + 1].start)
        else:
            parts.append(LINE_END)
            where += [INSERTED] * len(LINE_END)
    parts.append(text[found[-1].end :])
    where += range(found[-1].end, len(text))
    return "".join(parts), where
