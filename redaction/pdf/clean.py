"""Build release pages from an allow-list, so anything not named here is left behind.

Kept pages are rebuilt from a few known keys under a brand-new catalogue and trailer, so
the old catalogue (outlines, forms, attachments, JavaScript, actions, page labels,
structure tree, optional content, XMP) is never written at all. An allow-list fails safe:
a key nobody thought of stays out.
"""

from __future__ import annotations

import pikepdf
from pikepdf import Name

from redaction.pdf.frame import inherited
from redaction.pdf.raster import EncodedImage

# Keys a page keeps; everything else (/Annots, /AA, /Thumb, /Metadata, /PieceInfo, /AF,
# /StructParents, /B, /Trans, ...) is dropped.
PAGE_KEYS = ("/MediaBox", "/CropBox", "/Rotate", "/Resources", "/Contents", "/Group",
             "/UserUnit")
INHERITABLE = ("/MediaBox", "/CropBox", "/Rotate", "/Resources")

# Keys removed anywhere under a kept page's resources and contents: they carry data that is
# not page content (metadata, private application data, attached files, links to the
# structure tree, optional-content membership, external references).
SCRUB_KEYS = frozenset({
    "/Metadata", "/PieceInfo", "/AF", "/StructParent", "/StructParents", "/OC", "/OPI",
    "/Ref", "/Alternates", "/Thumb",
})

# What the source had that the release does not: (label, catalogue key).
CATALOGUE_PARTS = (
    ("xmp metadata", "/Metadata"),
    ("outlines", "/Outlines"),
    ("form fields", "/AcroForm"),
    ("actions", "/OpenAction"),
    ("actions", "/AA"),
    ("page labels", "/PageLabels"),
    ("structure tree", "/StructTreeRoot"),
    ("optional content", "/OCProperties"),
    ("associated files", "/AF"),
    ("threads", "/Threads"),
)
NAME_TREES = (("attachments", "/EmbeddedFiles"), ("javascript", "/JavaScript"))
PAGE_PARTS = (
    ("annotations", "/Annots"),
    ("actions", "/AA"),
    ("thumbnails", "/Thumb"),
    ("page metadata", "/Metadata"),
    ("page metadata", "/PieceInfo"),
    ("associated files", "/AF"),
)


def catalogue_removals(pdf: pikepdf.Pdf) -> set[str]:
    """Names of the document-level parts present in ``pdf`` that a release leaves out."""
    found: set[str] = set()
    if "/Info" in pdf.trailer and len(pdf.trailer.Info.keys()):
        found.add("document info")
    root = pdf.Root
    for label, key in CATALOGUE_PARTS:
        if key in root:
            found.add(label)
    names = root.get("/Names")
    if isinstance(names, pikepdf.Dictionary):
        for label, key in NAME_TREES:
            if key in names:
                found.add(label)
    return found


def page_removals(page: pikepdf.Dictionary) -> set[str]:
    """Names of the page-level parts present on one source page."""
    found = {label for label, key in PAGE_PARTS if key in page}
    for annot in page.get("/Annots", []):
        if isinstance(annot, pikepdf.Dictionary) and annot.get("/Subtype") == Name.FileAttachment:
            found.add("attachments")
    return found


def scrub(obj, seen: set[tuple[int, int]]) -> None:
    """Remove SCRUB_KEYS from every dictionary reachable from ``obj`` (in place).

    ``seen`` holds indirect objects already done, so shared fonts and images are walked
    once per document, and loops (a form that draws itself) end.
    """
    stack = [obj]
    while stack:
        item = stack.pop()
        if not isinstance(item, pikepdf.Object):
            continue
        if item.is_indirect:
            if item.objgen in seen:
                continue
            seen.add(item.objgen)
        if isinstance(item, pikepdf.Dictionary | pikepdf.Stream):
            for key in list(item.keys()):
                value = item[key]
                if key in SCRUB_KEYS or _is_document_node(value):
                    del item[key]
                elif key not in ("/Parent", "/P"):
                    stack.append(value)
        elif isinstance(item, pikepdf.Array):
            stack.extend(item)


def _is_document_node(value) -> bool:
    """A link from a resource back to a page or the catalogue, which would bring the whole
    old document (annotations, other pages' content) along with it."""
    return isinstance(value, pikepdf.Dictionary) and value.get("/Type") in (
        Name.Page, Name.Pages, Name.Catalog)


def clean_page(source: pikepdf.Pdf, page: pikepdf.Dictionary, seen: set) -> pikepdf.Dictionary:
    """A new page in ``source`` holding only allowed keys, with inherited ones resolved.

    It is made in the source so that copying it into the release brings only what it
    references; the source file itself is never saved.
    """
    clean = pikepdf.Dictionary(Type=Name.Page)
    for key in PAGE_KEYS:
        value = inherited(page, key) if key in INHERITABLE else page.get(key)
        if value is not None:
            clean[key] = value
    if "/MediaBox" not in clean:
        clean.MediaBox = [0, 0, 612, 792]  # PDF's default when a broken file has none
    scrub(clean.get("/Resources"), seen)
    scrub(clean.get("/Contents"), seen)
    return source.make_indirect(clean)


def image_page(pdf: pikepdf.Pdf, image: EncodedImage, size: tuple[float, float]):
    """A page of ``size`` points whose only content is ``image`` drawn over all of it."""
    width, height = size
    xobject = pikepdf.Stream(pdf, b"")
    xobject.write(image.data, filter=Name("/" + image.filter))
    xobject.Type = Name.XObject
    xobject.Subtype = Name.Image
    xobject.Width = image.width
    xobject.Height = image.height
    xobject.ColorSpace = Name("/" + image.colour_space)
    xobject.BitsPerComponent = 8
    draw = f"q {width:.4f} 0 0 {height:.4f} 0 0 cm /Im0 Do Q".encode()
    page = pikepdf.Dictionary(
        Type=Name.Page,
        MediaBox=[0, 0, width, height],
        Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobject)),
        Contents=pikepdf.Stream(pdf, draw),
    )
    return pdf.make_indirect(page)
