"""A content-stream interpreter that rewrites what it draws under redaction boxes.

It follows the graphics state (q/Q, cm), the text state (Tf, Tc, Tw, Tz, TL, Ts, Tr, and
fonts set through ExtGState) and the text matrices (BT, Tm, Td, TD, T*, ', "), and places
every glyph of Tj, TJ, ' and " in user space. A glyph a box takes (``areas.takes_glyph``)
is cut out of its string and its advance (width, character and word spacing) becomes a TJ
offset, so every glyph left keeps its exact place and the text after it does too.

Form XObjects are interpreted where they are drawn, with their matrix; one that changes is
written as a new XObject under a new name, so a form shared with other pages (or drawn
twice on this one) is never edited in place. Images and inline images under a box are
handed to ``images.py`` and replaced the same way. Resources are rebuilt for every stream
rewritten: only the XObjects it still draws are listed.

Text in a font that cannot be placed (``fonts.py``) is left alone where it is nowhere near
a box; only a box near it, or a glyph later on the same line, makes the page unredactable.

Anything the interpreter cannot place with certainty raises ``Unredactable``: a Type3 or
unknown font, a form that draws itself, a curved or many-sided vector drawing under a box
(text drawn as outlines, a signature), text or images inside a tiling pattern or soft
mask, clipping text with glyphs removed, a zero font size.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pikepdf
from pikepdf import Name

from redaction.pdf.areas import Areas, takes_glyph
from redaction.pdf.errors import Unredactable
from redaction.pdf.fonts import Font, FontCache
from redaction.pdf.matrix import IDENTITY, Matrix, as_matrix, multiply, transform_rect, translate

TEXT_SHOWING = frozenset({"Tj", "TJ", "'", '"'})
PAINTING = frozenset({"S", "s", "f", "F", "f*", "B", "B*", "b", "b*"})
# Marked-content properties that hold text of their own (replacement, alternate and
# expansion text): dropped from every marked-content sequence that lost a glyph, since
# they may say what the glyphs said. The structure tree that uses them is never released.
TEXT_PROPERTIES = frozenset({"/ActualText", "/Alt", "/E"})
MAX_DEPTH = 12  # forms inside forms
MAX_LINES_UNDER_BOX = 8  # straight segments of one path crossing a box: table rules, not text
CLIPPING_MODES = frozenset({4, 5, 6, 7})
UNKNOWN_REACH = 2.0  # font sizes above and below its line a font we cannot place may draw


@dataclass
class GState:
    """The parts of the graphics state that place glyphs, images and paths."""

    ctm: Matrix = IDENTITY
    font: Font | None = None
    size: float = 0.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    scale: float = 1.0  # Tz / 100
    leading: float = 0.0
    rise: float = 0.0
    render: int = 0


class PageRewriter:
    """What every stream of one page shares: its boxes, the document's fonts, the image
    painter, fresh resource names, and counts for the report."""

    def __init__(self, pdf: pikepdf.Pdf, areas: Areas, fonts: FontCache, painter) -> None:
        self.pdf = pdf
        self.areas = areas
        self.fonts = fonts
        self.painter = painter
        self.removed_glyphs = 0
        self.painted_images = 0
        self.new_bytes = 0
        self._names = 0

    def scope(self, resources, gs: GState | None = None) -> Scope:
        return Scope(self, resources, gs or GState(), 0, ())

    def fresh_name(self, taken) -> Name:
        while True:
            self._names += 1
            name = Name(f"/Lsr{self._names}")
            if name not in taken:
                return name


class Scope:
    """One content stream (the page's, or a form's) being interpreted and rewritten."""

    def __init__(self, page: PageRewriter, resources, gs: GState, depth: int,
                 forms: tuple) -> None:
        self.page = page
        self.res = resources if isinstance(resources, pikepdf.Dictionary) else pikepdf.Dictionary()
        self.gs = gs
        self.depth = depth
        self.forms = forms
        self.stack: list[GState] = []
        self.tm = self.tlm = IDENTITY
        self.in_text = False
        # Why the text matrix's x is not known (text in a font that cannot be placed, shown
        # away from every box), until the next line starts; None when it is known.
        self.x_unknown: str | None = None
        self.out: list = []
        self.changed = False
        self.xobjects: dict[Name, object] = {}  # what the rewritten stream draws, by name
        self._lines = self._curves = 0  # segments of the current path crossing a box
        self._point = self._start = (0.0, 0.0)
        self.marked: list = []  # open marked-content sequences: [index in out, lost glyphs]

    # -- running ---------------------------------------------------------------------------

    def run(self, instructions) -> None:
        handlers = HANDLERS
        for ins in instructions:
            if isinstance(ins, pikepdf.ContentStreamInlineImage):
                self._inline_image(ins)
                continue
            handler = handlers.get(str(ins.operator))
            if handler is None:
                self.out.append(ins)
                continue
            try:
                handler(self, ins, ins.operands)
            except (ValueError, TypeError, IndexError, KeyError, AttributeError):
                raise Unredactable(f"a {ins.operator} operator that cannot be read") from None

    def close(self) -> None:
        """End an unclosed text object and marked content, and restore unbalanced q, so
        what is drawn after this stream starts from a clean state."""
        if self.in_text:
            self.out.append(_instruction("ET"))
        while self.marked:
            self._end_marked(self.marked.pop())
            self.out.append(_instruction("EMC"))
        self.out.extend(_instruction("Q") for _ in self.stack)
        self.stack.clear()

    def content(self) -> bytes:
        return pikepdf.unparse_content_stream(self.out)

    def resources(self) -> pikepdf.Dictionary:
        """The stream's resources as rewritten: only the XObjects it still draws, and
        marked-content properties without their own text."""
        new = pikepdf.Dictionary()
        for key, value in self.res.items():
            if key not in ("/XObject", "/Properties"):
                new[key] = value
        if self.xobjects:
            new.XObject = pikepdf.Dictionary({str(k): v for k, v in self.xobjects.items()})
        properties = self.res.get("/Properties")
        if isinstance(properties, pikepdf.Dictionary):
            used = self._named_properties()
            new.Properties = pikepdf.Dictionary({
                key: value for key, value in properties.items() if key in used})
        return new

    def _named_properties(self) -> set[str]:
        """Property lists the rewritten stream still names (a sequence that lost glyphs
        carries its own copy, without text, instead)."""
        return {str(ins.operands[1]) for ins in self.out
                if isinstance(ins, pikepdf.ContentStreamInstruction)
                and str(ins.operator) in ("BDC", "DP") and len(ins.operands) == 2
                and isinstance(ins.operands[1], Name)}

    # -- graphics state --------------------------------------------------------------------

    def _q(self, ins, operands) -> None:
        self.stack.append(replace(self.gs))
        self.out.append(ins)

    def _Q(self, ins, operands) -> None:
        if self.stack:
            self.gs = self.stack.pop()
            self.out.append(ins)
        else:
            self.changed = True  # a Q with no q: viewers ignore it; it would pop our own

    def _cm(self, ins, operands) -> None:
        self.gs.ctm = multiply(as_matrix(operands), self.gs.ctm)
        self.out.append(ins)

    def _gs(self, ins, operands) -> None:
        ext = _lookup(self.res, "/ExtGState", operands[0])
        if isinstance(ext, pikepdf.Dictionary):
            font = ext.get("/Font")
            if isinstance(font, pikepdf.Array) and len(font) == 2:
                self.gs.font = self.page.fonts.get(font[0])
                self.gs.size = float(font[1])
            smask = ext.get("/SMask")
            if isinstance(smask, pikepdf.Dictionary) and _draws_text_or_images(
                    smask.get("/G"), self.res):
                raise Unredactable("a soft mask drawn with text or images")
        self.out.append(ins)

    def _colour(self, ins, operands) -> None:
        if operands and isinstance(operands[-1], Name):
            pattern = _lookup(self.res, "/Pattern", operands[-1])
            if (isinstance(pattern, pikepdf.Stream) and pattern.get("/PatternType") == 1
                    and _draws_text_or_images(pattern, self.res)):
                raise Unredactable("text or images drawn by a tiling pattern")
        self.out.append(ins)

    # -- text state and position -----------------------------------------------------------

    def _BT(self, ins, operands) -> None:
        self.tm = self.tlm = IDENTITY
        self.x_unknown = None
        self.in_text = True
        self.out.append(ins)

    def _ET(self, ins, operands) -> None:
        self.in_text = False
        self.out.append(ins)

    def _Tf(self, ins, operands) -> None:
        font = _lookup(self.res, "/Font", operands[0])
        if isinstance(font, pikepdf.Dictionary):
            self.gs.font = self.page.fonts.get(font)
        else:
            self.gs.font = Font(str(operands[0]), unsupported="a font missing from the page")
        self.gs.size = float(operands[1])
        self.out.append(ins)

    def _Tc(self, ins, operands) -> None:
        self.gs.char_spacing = float(operands[0])
        self.out.append(ins)

    def _Tw(self, ins, operands) -> None:
        self.gs.word_spacing = float(operands[0])
        self.out.append(ins)

    def _Tz(self, ins, operands) -> None:
        self.gs.scale = float(operands[0]) / 100
        self.out.append(ins)

    def _TL(self, ins, operands) -> None:
        self.gs.leading = float(operands[0])
        self.out.append(ins)

    def _Ts(self, ins, operands) -> None:
        self.gs.rise = float(operands[0])
        self.out.append(ins)

    def _Tr(self, ins, operands) -> None:
        self.gs.render = int(operands[0])
        self.out.append(ins)

    def _Td(self, ins, operands) -> None:
        self.tm = self.tlm = translate(float(operands[0]), float(operands[1]), self.tlm)
        self.x_unknown = None
        self.out.append(ins)

    def _TD(self, ins, operands) -> None:
        self.gs.leading = -float(operands[1])
        self._Td(ins, operands)

    def _Tm(self, ins, operands) -> None:
        self.tm = self.tlm = as_matrix(operands)
        self.x_unknown = None
        self.out.append(ins)

    def _Tstar(self, ins, operands) -> None:
        self._next_line()
        self.out.append(ins)

    def _next_line(self) -> None:
        self.tm = self.tlm = translate(0.0, -self.gs.leading, self.tlm)
        self.x_unknown = None

    # -- showing text ----------------------------------------------------------------------

    def _show(self, ins, operands) -> None:
        op = str(ins.operator)
        gs = self.gs
        if op == "'":
            self._next_line()
            items = [operands[0]]
        elif op == '"':
            gs.word_spacing, gs.char_spacing = float(operands[0]), float(operands[1])
            self._next_line()
            items = [operands[2]]
        elif op == "TJ":
            items = list(operands[0])
        else:
            items = [operands[0]]
        font = gs.font
        if font is None:
            raise Unredactable("text shown before any font is set")
        new_items, advance = self._place(font, items)
        self.tm = translate(advance, 0.0, self.tm)
        if new_items is None:
            self.out.append(ins)
            return
        if gs.render in CLIPPING_MODES:
            raise Unredactable("glyphs under a box are used as a clipping path")
        if op == '"':
            self.out.append(_instruction("Tw", operands[0]))
            self.out.append(_instruction("Tc", operands[1]))
        if op in ("'", '"'):
            self.out.append(_instruction("T*"))
        self.out.append(_instruction("TJ", pikepdf.Array(new_items)))
        self.changed = True

    def _place(self, font: Font, items) -> tuple[list | None, float]:
        """Walk the glyphs of one text-showing operator.

        Returns the new TJ array (None when no glyph is taken) and the operator's advance
        in unscaled text space, which moves the text matrix either way.
        """
        gs = self.gs
        size, scale = gs.size, gs.scale
        tc, tw = gs.char_spacing, gs.word_spacing
        low, high = font.descent / 1000 * size + gs.rise, font.ascent / 1000 * size + gs.rise
        if font.unsupported:  # its glyphs may reach further than a known font's
            low, high = low - UNKNOWN_REACH * abs(size), high + UNKNOWN_REACH * abs(size)
        m = multiply(self.tm, gs.ctm)
        areas = self.page.areas
        candidates = None
        if m[1] == 0 and m[2] == 0:
            # Text is level (the usual case): one test for the whole line's band first.
            y0, y1 = sorted((m[3] * low + m[5], m[3] * high + m[5]))
            candidates = [r for r in areas.rects if r[1] <= y1 and y0 <= r[3]]
            if not candidates:
                if font.unsupported:
                    # Nowhere near a box: left as it is. Only where the rest of this line
                    # goes is unknown now, and that only matters if it reaches a box.
                    self.x_unknown = font.unsupported
                    return None, 0.0
                return None, _advance(font, items, size, scale, tc, tw)
        if font.unsupported:
            raise Unredactable(font.unsupported)
        if self.x_unknown:
            raise Unredactable(self.x_unknown)
        boxes = candidates if candidates is not None else areas.rects
        per_unit = size * scale / 1000  # text space per glyph unit
        x = 0.0
        new_items: list = []
        run = bytearray()
        pending = 0.0  # a TJ offset not written yet, in thousandths of text space
        taken_any = False
        for item in items:
            if not isinstance(item, pikepdf.String):
                number = float(item)
                x -= number * per_unit
                pending += number
                continue
            data = bytes(item)
            two_byte = font.two_byte
            for start, end, width in font.codes(data):
                glyph_width = width * per_unit
                step = glyph_width + tc * scale
                if not two_byte and data[start] == 32:
                    step += tw * scale
                glyph = transform_rect(m, x, low, x + glyph_width, high)
                near = [r for r in boxes
                        if glyph[0] <= r[2] and r[0] <= glyph[2] and glyph[1] <= r[3]
                        and r[1] <= glyph[3]]
                taker = takes_glyph(glyph, near) if near else None
                if taker is not None:
                    areas.used.add(taker)
                    areas.changed.append(glyph)
                    if not per_unit:
                        raise Unredactable("text under a box has a font size or scaling of 0")
                    taken_any = True
                    self._taken()
                    if run:
                        new_items.append(pikepdf.String(bytes(run)))
                        run.clear()
                    pending -= step / per_unit
                else:
                    if pending:
                        if run:
                            new_items.append(pikepdf.String(bytes(run)))
                            run.clear()
                        new_items.append(_round(pending))
                        pending = 0.0
                    run += data[start:end]
                x += step
        if not taken_any:
            return None, x
        if run:
            new_items.append(pikepdf.String(bytes(run)))
        if pending:
            new_items.append(_round(pending))
        return new_items, x

    # -- marked content --------------------------------------------------------------------

    def _BDC(self, ins, operands) -> None:
        self.marked.append([len(self.out), False])
        self.out.append(ins)

    def _BMC(self, ins, operands) -> None:
        self.marked.append(None)  # no properties, nothing to strip
        self.out.append(ins)

    def _EMC(self, ins, operands) -> None:
        if self.marked:
            self._end_marked(self.marked.pop())
        self.out.append(ins)

    def _end_marked(self, entry) -> None:
        """A marked-content sequence that lost glyphs loses its own text too
        (/ActualText, /Alt, /E), which would otherwise say what the glyphs said."""
        if entry is None or not entry[1]:
            return
        index = entry[0]
        begin = self.out[index]
        tag, properties = begin.operands[0], begin.operands[1]
        if isinstance(properties, Name):
            properties = _lookup(self.res, "/Properties", properties)
        if isinstance(properties, pikepdf.Dictionary) and any(
                key in properties for key in TEXT_PROPERTIES):
            self.out[index] = _instruction("BDC", tag, _without_text(properties, direct=True))
            self.changed = True

    def _taken(self) -> None:
        """Bookkeeping for a glyph just removed."""
        self.page.removed_glyphs += 1
        self._touch_marked()

    def _touch_marked(self) -> None:
        for entry in self.marked:
            if entry is not None:
                entry[1] = True

    # -- XObjects and images ---------------------------------------------------------------

    def _Do(self, ins, operands) -> None:
        name = operands[0]
        xobject = _lookup(self.res, "/XObject", name)
        if not isinstance(xobject, pikepdf.Stream):
            self.out.append(ins)  # nothing is drawn; the name is not listed again
            return
        subtype = xobject.get("/Subtype")
        if subtype == Name.Image:
            self._image(ins, name, xobject)
        elif subtype == Name.Form:
            self._form(ins, name, xobject)
        else:  # PostScript XObjects: never rendered by PDF viewers; not released either
            self.changed = True

    def _image(self, ins, name, xobject) -> None:
        boxes = self.page.areas.under(transform_rect(self.gs.ctm, 0, 0, 1, 1))
        if not boxes:
            self.xobjects[name] = xobject
            self.out.append(ins)
            return
        painted = self.page.painter.paint(xobject, self.gs.ctm, boxes, self.res,
                                          self.page.areas.changed)
        self.page.areas.used.update(boxes)
        self._draw_new(painted)
        self.page.painted_images += 1

    def _inline_image(self, ins) -> None:
        boxes = self.page.areas.under(transform_rect(self.gs.ctm, 0, 0, 1, 1))
        if not boxes:
            self.out.append(ins)
            return
        stream = self.page.painter.from_inline(ins.iimage, self.res)
        self.page.areas.used.update(boxes)
        self._draw_new(self.page.painter.paint(stream, self.gs.ctm, boxes, self.res,
                                               self.page.areas.changed))
        self.page.painted_images += 1

    def _draw_new(self, xobject) -> None:
        taken = set(self.xobjects)
        existing = self.res.get("/XObject")
        if isinstance(existing, pikepdf.Dictionary):
            taken |= set(existing.keys())
        name = self.page.fresh_name(taken)
        self.xobjects[name] = xobject
        self.out.append(_instruction("Do", name))
        self.changed = True

    def _form(self, ins, name, form) -> None:
        key = form.objgen
        if self.depth >= MAX_DEPTH:
            raise Unredactable("form XObjects nested too deeply")
        if key != (0, 0) and key in self.forms:
            raise Unredactable("a form XObject that draws itself")
        matrix = as_matrix(form.get("/Matrix", IDENTITY))
        resources = form.get("/Resources")
        if not isinstance(resources, pikepdf.Dictionary):
            resources = self.res  # a PDF 1.1 form uses the page's resources
        gs = replace(self.gs, ctm=multiply(matrix, self.gs.ctm))
        inner = Scope(self.page, resources, gs, self.depth + 1, (*self.forms, key))
        try:
            instructions = pikepdf.parse_content_stream(form)
        except pikepdf.PdfError:
            raise Unredactable("a form XObject's content cannot be read") from None
        removed = self.page.removed_glyphs
        inner.run(instructions)
        if self.page.removed_glyphs > removed:
            self._touch_marked()
        if not inner.changed:
            self.xobjects[name] = form
            self.out.append(ins)
            return
        inner.close()
        self._draw_new(self._copy_form(form, inner))

    def _copy_form(self, form, inner: Scope) -> pikepdf.Stream:
        data = inner.content()
        copy = pikepdf.Stream(self.page.pdf, data)
        for key, value in form.items():
            if key not in ("/Length", "/Filter", "/DecodeParms", "/Resources"):
                copy[key] = value
        copy.Resources = inner.resources()
        self.page.new_bytes += len(data)
        return copy

    # -- paths -----------------------------------------------------------------------------

    def _segment(self, points, curve: bool) -> None:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        rect = (min(xs), min(ys), max(xs), max(ys))
        for x0, y0, x1, y1 in self.page.areas.rects:
            if rect[0] < x1 and x0 < rect[2] and rect[1] < y1 and y0 < rect[3]:
                if curve:
                    self._curves += 1
                else:
                    self._lines += 1
                return

    def _user(self, x, y) -> tuple[float, float]:
        a, b, c, d, e, f = self.gs.ctm
        x, y = float(x), float(y)
        return (a * x + c * y + e, b * x + d * y + f)

    def _m(self, ins, operands) -> None:
        self._point = self._start = self._user(*operands)
        self.out.append(ins)

    def _l(self, ins, operands) -> None:
        point = self._user(*operands)
        self._segment((self._point, point), False)
        self._point = point
        self.out.append(ins)

    def _c(self, ins, operands) -> None:
        p1, p2, p3 = (self._user(*operands[i:i + 2]) for i in (0, 2, 4))
        self._segment((self._point, p1, p2, p3), True)
        self._point = p3
        self.out.append(ins)

    def _v(self, ins, operands) -> None:
        p2, p3 = self._user(*operands[0:2]), self._user(*operands[2:4])
        self._segment((self._point, p2, p3), True)
        self._point = p3
        self.out.append(ins)

    def _y(self, ins, operands) -> None:
        p1, p3 = self._user(*operands[0:2]), self._user(*operands[2:4])
        self._segment((self._point, p1, p3), True)
        self._point = p3
        self.out.append(ins)

    def _h(self, ins, operands) -> None:
        self._segment((self._point, self._start), False)
        self._point = self._start
        self.out.append(ins)

    def _re(self, ins, operands) -> None:
        x, y, w, h = (float(v) for v in operands)
        corners = [self._user(x, y), self._user(x + w, y), self._user(x + w, y + h),
                   self._user(x, y + h)]
        for i in range(4):
            self._segment((corners[i], corners[(i + 1) % 4]), False)
        self._point = self._start = corners[0]
        self.out.append(ins)

    def _paint(self, ins, operands) -> None:
        if self._curves or self._lines > MAX_LINES_UNDER_BOX:
            raise Unredactable("a vector drawing under a redaction (curves or outlined text)")
        self._lines = self._curves = 0
        self.out.append(ins)

    def _n(self, ins, operands) -> None:
        self._lines = self._curves = 0
        self.out.append(ins)


HANDLERS = {
    "q": Scope._q, "Q": Scope._Q, "cm": Scope._cm, "gs": Scope._gs,
    "sc": Scope._colour, "scn": Scope._colour, "SC": Scope._colour, "SCN": Scope._colour,
    "BT": Scope._BT, "ET": Scope._ET, "Tf": Scope._Tf, "Tc": Scope._Tc, "Tw": Scope._Tw,
    "Tz": Scope._Tz, "TL": Scope._TL, "Ts": Scope._Ts, "Tr": Scope._Tr, "Td": Scope._Td,
    "TD": Scope._TD, "Tm": Scope._Tm, "T*": Scope._Tstar,
    "Tj": Scope._show, "TJ": Scope._show, "'": Scope._show, '"': Scope._show,
    "BDC": Scope._BDC, "BMC": Scope._BMC, "EMC": Scope._EMC, "Do": Scope._Do,
    "m": Scope._m, "l": Scope._l, "c": Scope._c, "v": Scope._v, "y": Scope._y,
    "h": Scope._h, "re": Scope._re, "n": Scope._n,
    **{op: Scope._paint for op in PAINTING},
}


def _advance(font: Font, items, size: float, scale: float, tc: float, tw: float) -> float:
    """A text-showing operator's advance in text space, without placing each glyph."""
    x = 0.0
    per_unit = size * scale / 1000
    for item in items:
        if isinstance(item, pikepdf.String):
            widths, count, spaces = font.advance(bytes(item))
            x += widths * per_unit + (count * tc + spaces * tw) * scale
        else:
            x -= float(item) * per_unit
    return x


def _round(number: float) -> float:
    """TJ offsets are written with six decimals; a value that rounds to 0 is still kept
    (a zero offset is harmless, and dropping it would need another special case)."""
    return round(number, 6)


def _instruction(operator: str, *operands) -> pikepdf.ContentStreamInstruction:
    return pikepdf.ContentStreamInstruction(list(operands), pikepdf.Operator(operator))


def _lookup(resources, category: str, name):
    group = resources.get(category) if isinstance(resources, pikepdf.Dictionary) else None
    if isinstance(group, pikepdf.Dictionary) and isinstance(name, Name):
        return group.get(name)
    return None


def _without_text(properties, *, direct: bool = False) -> pikepdf.Dictionary:
    """A copy of a property list without its own text; ``direct`` keeps only direct
    values, as a property list written inline in a content stream must."""
    return pikepdf.Dictionary({
        key: value for key, value in properties.items()
        if key not in TEXT_PROPERTIES
        and not (direct and isinstance(value, pikepdf.Object) and value.is_indirect)})


def _draws_text_or_images(stream, resources, depth: int = 0) -> bool:
    """True when a pattern's or soft mask's own content shows text or draws an image:
    content the page interpreter does not follow, so it cannot be redacted here."""
    if not isinstance(stream, pikepdf.Stream):
        return False
    if depth > MAX_DEPTH:
        return True
    own = stream.get("/Resources")
    if isinstance(own, pikepdf.Dictionary):
        resources = own
    try:
        instructions = pikepdf.parse_content_stream(stream)
    except pikepdf.PdfError:
        return True
    for ins in instructions:
        if isinstance(ins, pikepdf.ContentStreamInlineImage):
            return True
        op = str(ins.operator)
        if op in TEXT_SHOWING:
            return True
        if op == "Do" and ins.operands:
            xobject = _lookup(resources, "/XObject", ins.operands[0])
            if isinstance(xobject, pikepdf.Stream):
                if xobject.get("/Subtype") != Name.Form:
                    return True
                if _draws_text_or_images(xobject, resources, depth + 1):
                    return True
    return False
