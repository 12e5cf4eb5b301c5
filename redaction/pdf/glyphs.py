"""Glyph-level redaction of one page: the glyphs and pixels under each box are removed
from the page's content, everything else stays exactly where it was, and an opaque box
labelled with the exemption code is drawn over each area.

The page's content streams are interpreted and rewritten by ``content.py`` (text, forms,
images, paths), with fonts from ``fonts.py`` and image painting from ``images.py``; the
boxes and labels come from ``labels.py``. Whatever cannot be handled with certainty raises
:class:`~redaction.pdf.errors.Unredactable`, and ``redact.py`` rasterises that page instead.
``check.py`` then reads the result back with PDFium before it is released.
"""

from __future__ import annotations

from dataclasses import dataclass

import pikepdf
from pikepdf import Name

from redaction.models import Redaction
from redaction.pdf.areas import Areas
from redaction.pdf.content import PageRewriter
from redaction.pdf.errors import Unredactable
from redaction.pdf.fonts import FontCache
from redaction.pdf.frame import PageFrame, Rect
from redaction.pdf.images import ImagePainter
from redaction.pdf.labels import Labels, draw_boxes


@dataclass
class PageEdit:
    """What glyph-level redaction did to one page."""

    removed_glyphs: int
    painted_images: int
    new_bytes: int  # bytes of new content and image data held in memory
    unused_boxes: list[Rect]  # user-space boxes under which nothing was found
    changed: list[Rect]  # user space: the boxes, and removed glyphs and painted pixels


class GlyphRedactor:
    """Redacts pages of one open document; fonts, stencils and counts are shared."""

    def __init__(self, pdf: pikepdf.Pdf) -> None:
        self.pdf = pdf
        self.fonts = FontCache()
        self.painter = ImagePainter(pdf)
        self.labels = Labels(pdf)

    def redact_page(self, page: pikepdf.Dictionary, redactions: list[Redaction]) -> PageEdit:
        """Rewrite ``page`` (a page of ``pdf``, changed in place: new /Contents and
        /Resources objects; shared objects are never edited)."""
        try:
            return self._redact_page(page, redactions)
        except pikepdf.PdfError:  # a damaged stream, font or image on this page
            raise Unredactable("part of the page cannot be decoded") from None

    def _redact_page(self, page: pikepdf.Dictionary, redactions: list[Redaction]) -> PageEdit:
        frame = PageFrame.of_page(page)
        boxes = [(frame.page_to_user(r.box), r.code) for r in redactions]
        areas = Areas([rect for rect, _ in boxes])
        painted_before = self.painter.new_bytes
        rewriter = PageRewriter(self.pdf, areas, self.fonts, self.painter)
        scope = rewriter.scope(page.get("/Resources"))
        if "/Contents" in page:
            try:
                instructions = pikepdf.parse_content_stream(page)
            except pikepdf.PdfError:
                raise Unredactable("the page's content cannot be read") from None
            scope.run(instructions)
        scope.close()
        resources = scope.resources()
        xobjects = resources.get("/XObject")
        if not isinstance(xobjects, pikepdf.Dictionary):
            xobjects = resources.XObject = pikepdf.Dictionary()
        names: dict[tuple[int, int], Name] = {}

        def name_for(stencil: pikepdf.Stream) -> Name:
            if stencil.objgen not in names:
                names[stencil.objgen] = rewriter.fresh_name(set(xobjects.keys()))
                xobjects[names[stencil.objgen]] = stencil
            return names[stencil.objgen]

        overlay = draw_boxes(boxes, frame, self.labels, name_for)
        content = b"q\n" + scope.content() + b"\nQ\n" + overlay
        page.Contents = self.pdf.make_stream(content)
        page.Resources = resources
        return PageEdit(
            removed_glyphs=rewriter.removed_glyphs,
            painted_images=rewriter.painted_images,
            new_bytes=len(content) + rewriter.new_bytes + self.painter.new_bytes - painted_before,
            unused_boxes=[rect for rect in areas.rects if rect not in areas.used],
            changed=[*areas.rects, *areas.changed],
        )
