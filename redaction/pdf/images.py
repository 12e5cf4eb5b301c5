"""Paint over, in the image data itself, the pixels of an image that lie under a box.

An image is drawn in the unit square through the CTM, so each user-space box goes back
through the inverse CTM to a rectangle of whole pixels (rounded outwards: a pixel the box
only touches is painted too). Those samples are set to zero, every component, so the area
holds no trace of what was there; the opaque box drawn over the page hides the colour.

* Images under general filters (Flate, LZW, run length, ASCII) are decoded to samples,
  painted at their own bit depth and written back with Flate; nothing else changes.
* JPEG (DCT) images are decoded with Pillow, painted and encoded again as JPEG, with the
  source's own quantisation tables.
* CCITT fax images (scans) are decoded through pikepdf and written back as 1-bit Flate.
* A soft mask or stencil mask of the image is painted the same way.

JPEG 2000, JBIG2 and anything that does not decode raise ``Unredactable``, and the page
is rasterised instead.
"""

from __future__ import annotations

import io
import math
import zlib

import numpy as np
import pikepdf
from pikepdf import Name
from PIL import Image, ImageDraw

from redaction.pdf.errors import Unredactable
from redaction.pdf.matrix import Matrix, Rect, apply, invert, transform_rect

GENERAL_FILTERS = {"/FlateDecode", "/LZWDecode", "/RunLengthDecode", "/ASCII85Decode",
                   "/ASCIIHexDecode"}
ABBREVIATED = {"/Fl": "/FlateDecode", "/LZW": "/LZWDecode", "/RL": "/RunLengthDecode",
               "/A85": "/ASCII85Decode", "/AHx": "/ASCIIHexDecode", "/DCT": "/DCTDecode",
               "/CCF": "/CCITTFaxDecode"}
COMPONENTS = {"/DeviceGray": 1, "/CalGray": 1, "/G": 1, "/DeviceRGB": 3, "/CalRGB": 3,
              "/RGB": 3, "/Lab": 3, "/DeviceCMYK": 4, "/CMYK": 4, "/Indexed": 1, "/I": 1,
              "/Separation": 1}
JPEG_QUALITY = 90
FLATE_LEVEL = 6
MAX_PIXELS = 200_000_000  # larger images are not decoded here (a decompression bomb, or
#                           a poster): rasterising the page costs only the page's pixels

PixelRect = tuple[int, int, int, int]  # columns c0:c1, rows r0:r1; row 0 is the image top


class ImagePainter:
    """Paints images for one document; counts the bytes it adds, for batching."""

    def __init__(self, pdf: pikepdf.Pdf) -> None:
        self.pdf = pdf
        self.new_bytes = 0

    def paint(self, image: pikepdf.Stream, ctm: Matrix, boxes: list[Rect], resources,
              changed: list[Rect] | None = None) -> pikepdf.Stream:
        """A new image XObject: ``image`` with the pixels under ``boxes`` painted.

        The user-space extent of every painted rectangle is added to ``changed``.
        """
        inverse = invert(ctm)
        if inverse is None:
            raise Unredactable("an image under a redaction is drawn with a flat matrix")
        width, height = _size(image)
        rects = pixel_rects(inverse, boxes, width, height)
        if changed is not None:
            for c0, r0, c1, r1 in rects:
                changed.append(transform_rect(
                    ctm, c0 / width, 1 - r1 / height, c1 / width, 1 - r0 / height))
        new = self._painted(image, rects, resources)
        for key in ("/SMask", "/Mask"):
            mask = image.get(key)
            if isinstance(mask, pikepdf.Stream):
                mask_width, mask_height = _size(mask)
                new[key] = self._painted(
                    mask, pixel_rects(inverse, boxes, mask_width, mask_height), resources)
        return new

    def from_inline(self, inline, resources) -> pikepdf.Stream:
        """An inline image as an image XObject of this document (drawn the same way)."""
        stream = pikepdf.Stream(self.pdf, inline.read_raw_bytes())
        for key, value in inline.obj.items():
            if key == "/Filter":
                value = _expand_filters(value)
            stream[key] = value
        stream.Type, stream.Subtype = Name.XObject, Name.Image
        colour_space = stream.get("/ColorSpace")
        if isinstance(colour_space, Name) and str(colour_space) not in COMPONENTS:
            named = resources.get("/ColorSpace", {}).get(colour_space)
            if named is None:
                raise Unredactable("an inline image's colour space is missing")
            stream.ColorSpace = named
        return stream

    def _painted(self, image: pikepdf.Stream, rects: list[PixelRect],
                 resources) -> pikepdf.Stream:
        filters = _filters(image)
        special = [f for f in filters if f not in GENERAL_FILTERS]
        if not special:
            return self._samples(image, rects, resources)
        if special == ["/DCTDecode"] and filters[-1] == "/DCTDecode":
            return self._jpeg(image, rects)
        if special == ["/CCITTFaxDecode"] and filters[-1] == "/CCITTFaxDecode":
            return self._fax(image, rects)
        raise Unredactable(f"an image compressed with {special[0][1:]} under a redaction")

    def _samples(self, image, rects, resources) -> pikepdf.Stream:
        width, height = _size(image)
        components = _components(image, resources)
        bits = _bits(image)
        stride = (width * components * bits + 7) // 8
        try:
            data = image.read_bytes()
        except pikepdf.PdfError:
            raise Unredactable("an image under a redaction does not decode") from None
        need = stride * height
        data = data[:need].ljust(need, b"\0")  # viewers pad short data the same way
        samples = np.frombuffer(data, np.uint8).reshape(height, stride).copy()
        for rect in rects:
            _clear(samples, rect, components * bits)
        return self._stream_like(image, samples.tobytes())

    def _jpeg(self, image, rects) -> pikepdf.Stream:
        data = self._undo_general_filters(image)
        try:
            picture = Image.open(io.BytesIO(data))
            picture.load()
        except (OSError, ValueError):
            raise Unredactable("a JPEG image under a redaction does not decode") from None
        if picture.size != _size(image):
            raise Unredactable("a JPEG image's size differs from its dictionary")
        if picture.mode in ("L", "RGB"):
            _paint_picture(picture, rects)
            out = io.BytesIO()
            try:  # the source's own quantisation: the same quality, about the same size
                picture.save(out, "JPEG", quality="keep", subsampling="keep")
            except (OSError, ValueError):
                out = io.BytesIO()
                picture.save(out, "JPEG", quality=JPEG_QUALITY)
            return self._stream_like(image, out.getvalue(), Name.DCTDecode, compress=False)
        if picture.mode == "CMYK":
            _paint_picture(picture, rects)
            return self._stream_like(image, picture.tobytes())
        raise Unredactable(f"a JPEG image in {picture.mode} under a redaction")

    def _undo_general_filters(self, image) -> bytes:
        """The data under the last filter (DCT): the general filters before it undone."""
        filters = _filters(image)
        if len(filters) == 1:
            return image.read_raw_bytes()
        parms = image.get("/DecodeParms")
        outer = pikepdf.Stream(self.pdf, image.read_raw_bytes())
        outer.Filter = pikepdf.Array([Name(f) for f in filters[:-1]])
        if isinstance(parms, pikepdf.Array):
            outer.DecodeParms = pikepdf.Array(list(parms)[:-1])
        try:
            return outer.read_bytes()
        except pikepdf.PdfError:
            raise Unredactable("an image under a redaction does not decode") from None

    def _fax(self, image, rects) -> pikepdf.Stream:
        try:
            picture = pikepdf.PdfImage(image).as_pil_image(
                apply_decode_array=False, apply_mask=False)
        except Exception:  # pikepdf and Pillow raise many types for a bad fax image
            raise Unredactable("a fax image under a redaction does not decode") from None
        if picture.mode != "1" or picture.size != _size(image):
            raise Unredactable("a fax image that does not decode to one bit a pixel")
        # pikepdf has undone the fax coding, /BlackIs1 included: a set bit is a sample of
        # 1, as the image's colour space and /Decode read it (white in DeviceGray).
        samples = np.array(picture, dtype=bool)
        for c0, r0, c1, r1 in rects:
            samples[r0:r1, c0:c1] = False
        packed = np.packbits(samples, axis=1)
        return self._stream_like(image, packed.tobytes(), drop=("/BitsPerComponent",),
                                 extra={"/BitsPerComponent": 1})

    def _stream_like(self, image, data: bytes, filter_: Name = Name.FlateDecode, *,
                     compress: bool = True, drop=(), extra=None) -> pikepdf.Stream:
        """A new stream with ``image``'s dictionary and ``data`` as its samples."""
        encoded = zlib.compress(data, FLATE_LEVEL) if compress else data
        new = pikepdf.Stream(self.pdf, b"")
        new.write(encoded, filter=filter_)
        for key, value in image.items():
            if key not in ("/Length", "/Filter", "/DecodeParms", *drop):
                new[key] = value
        for key, value in (extra or {}).items():
            new[key] = value
        self.new_bytes += len(encoded)
        return new


def pixel_rects(inverse: Matrix, boxes: list[Rect], width: int, height: int) -> list[PixelRect]:
    """Each box as the whole pixels of a ``width`` x ``height`` image it covers, rounded
    outwards and clipped to the image (boxes that miss it are left out)."""
    rects = []
    for x0, y0, x1, y1 in boxes:
        corners = [apply(inverse, x, y) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
        u0, u1 = min(p[0] for p in corners), max(p[0] for p in corners)
        v0, v1 = min(p[1] for p in corners), max(p[1] for p in corners)
        c0, c1 = max(0, math.floor(u0 * width)), min(width, math.ceil(u1 * width))
        r0, r1 = max(0, math.floor((1 - v1) * height)), min(height, math.ceil((1 - v0) * height))
        if c0 < c1 and r0 < r1:
            rects.append((c0, r0, c1, r1))
    return rects


def _clear(samples: np.ndarray, rect: PixelRect, bits_per_pixel: int) -> None:
    c0, r0, c1, r1 = rect
    if bits_per_pixel % 8 == 0:
        step = bits_per_pixel // 8
        samples[r0:r1, c0 * step:c1 * step] = 0
        return
    rows = np.unpackbits(samples[r0:r1], axis=1)
    rows[:, c0 * bits_per_pixel:c1 * bits_per_pixel] = 0
    samples[r0:r1] = np.packbits(rows, axis=1)[:, :samples.shape[1]]


def _paint_picture(picture: Image.Image, rects: list[PixelRect]) -> None:
    draw = ImageDraw.Draw(picture)
    fill = 0 if picture.mode == "L" else (0,) * len(picture.getbands())
    for c0, r0, c1, r1 in rects:
        draw.rectangle((c0, r0, c1 - 1, r1 - 1), fill=fill)


def _size(image) -> tuple[int, int]:
    try:
        width, height = int(image.Width), int(image.Height)
    except (AttributeError, KeyError, TypeError, ValueError):
        raise Unredactable("an image under a redaction has no size") from None
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        raise Unredactable(f"an image under a redaction is {width} x {height} pixels")
    return width, height


def _bits(image) -> int:
    if image.get("/ImageMask", False):
        return 1
    bits = int(image.get("/BitsPerComponent", 8))
    if bits not in (1, 2, 4, 8, 16):
        raise Unredactable(f"an image with {bits} bits a component")
    return bits


def _components(image, resources) -> int:
    if image.get("/ImageMask", False):
        return 1
    space = image.get("/ColorSpace")
    if isinstance(space, Name) and str(space) not in COMPONENTS:
        space = resources.get("/ColorSpace", {}).get(space)
    if isinstance(space, Name):
        return COMPONENTS[str(space)]
    if isinstance(space, pikepdf.Array) and len(space):
        family = str(space[0])
        if family == "/ICCBased":
            return int(space[1].get("/N", 0)) or _unknown(family)
        if family == "/DeviceN":
            return len(space[1])
        if family in COMPONENTS:
            return COMPONENTS[family]
        return _unknown(family)
    return _unknown(str(space))


def _unknown(space: str) -> int:
    raise Unredactable("an image in an unknown colour space under a redaction")


def _filters(image) -> list[str]:
    value = image.get("/Filter")
    if value is None:
        return []
    items = list(value) if isinstance(value, pikepdf.Array) else [value]
    return [ABBREVIATED.get(str(f), str(f)) for f in items]


def _expand_filters(value):
    if isinstance(value, pikepdf.Array):
        return pikepdf.Array([Name(ABBREVIATED.get(str(f), str(f))) for f in value])
    return Name(ABBREVIATED.get(str(value), str(value)))
