"""A PDF's printed text and ruling lines, page by page, as PDFium reads them (pypdfium2)."""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from balanceview.core.errors import StatementRefused
from balanceview.core.messages import Message

# PDFium is not thread-safe: one document at a time, whichever thread asks.
_PDFIUM = threading.Lock()
_MIN_RULE = 3.0  # points: shorter strokes are ticks, glyph parts or the ends of a thin bar


@dataclass(frozen=True)
class Glyph:
    """One printed character; coordinates in points from the page's top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # the font size, for gaps measured in ems


@dataclass(frozen=True)
class Rule:
    """A straight ruling line, horizontal (top == bottom) or vertical (x0 == x1)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def vertical(self) -> bool:
        return self.x0 == self.x1


@dataclass
class PageText:
    number: int  # 1-based
    width: float
    height: float
    glyphs: list[Glyph] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    images: int = 0


def read_pages(data: bytes, name: str) -> list[PageText]:
    """Every page's glyphs and rules. Refuses (StatementRefused) a locked, damaged or
    text-less PDF with what to ask the bank for instead."""
    import pypdfium2 as pdfium  # 0.1 s to load: only when a PDF is read

    if b"%%EOF" not in data[-2048:]:  # cut short (a download that stopped): rows would be lost
        raise StatementRefused(name, reason=Message("pdf.damaged"))
    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            code = "pdf.password" if error.err_code in (4, 5) else "pdf.damaged"
            raise StatementRefused(name, reason=Message(code)) from None
        try:
            pages = [_read_page(document, index) for index in range(len(document))]
        except pdfium.PdfiumError:
            raise StatementRefused(name, reason=Message("pdf.damaged")) from None
        finally:
            document.close()
    if not any(page.glyphs for page in pages):
        raise StatementRefused(name, reason=Message("pdf.no_text"))
    return pages


def _read_page(document, index: int) -> PageText:  # type: ignore[no-untyped-def]
    page = document[index]
    try:
        width, height = page.get_size()
        found = PageText(index + 1, width, height)
        found.glyphs = list(_glyphs(page, height))
        for kind, matrix, obj in _objects(page.raw, _IDENTITY):
            if kind == _IMAGE:
                found.images += 1
            else:
                found.rules.extend(_rules(obj, matrix, height))
        return found
    finally:
        page.close()


def _glyphs(page, height: float) -> Iterator[Glyph]:  # type: ignore[no-untyped-def]
    import pypdfium2.raw as c

    textpage = page.get_textpage()
    try:
        raw = textpage.raw
        box = c.FS_RECTF()
        for i in range(c.FPDFText_CountChars(raw)):
            char = _PRINTED_AS[c.FPDFText_GetUnicode(raw, i)]
            if not char or c.FPDFText_IsGenerated(raw, i):
                continue  # spaces are told by the gaps they leave (pdf_lines.py)
            # The loose box spans the glyph's advance and the font's height: neighbours
            # touch, a space leaves a gap, and the glyphs of a line share top and bottom.
            if not c.FPDFText_GetLooseCharBox(raw, i, box):
                continue
            size = c.FPDFText_GetFontSize(raw, i) or (box.top - box.bottom)
            yield Glyph(char, box.left, box.right, height - box.top, height - box.bottom, size)
    finally:
        textpage.close()


class _Printed(dict):  # type: ignore[type-arg]
    """PDFium's code for a character to the character printed: a hyphen that ends a line
    comes as 2 (a soft hyphen to PDFium), spaces and control codes as nothing."""

    def __missing__(self, code: int) -> str:
        char = chr(code) if 0 < code < 0x110000 else ""
        return "" if not char.isprintable() or char.isspace() else char


_PRINTED_AS = _Printed({2: "-"})
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_PATH, _IMAGE, _FORM = 2, 3, 5  # FPDF_PAGEOBJ_*
Matrix = tuple[float, float, float, float, float, float]


def _objects(parent, matrix: Matrix, form: bool = False, depth: int = 0
             ) -> Iterator[tuple[int, Matrix, object]]:  # type: ignore[no-untyped-def]
    """Paths and images with the matrix to the page, forms (XObjects) opened."""
    import pypdfium2.raw as c

    count = c.FPDFFormObj_CountObjects(parent) if form else c.FPDFPage_CountObjects(parent)
    for i in range(max(count, 0)):
        obj = c.FPDFFormObj_GetObject(parent, i) if form else c.FPDFPage_GetObject(parent, i)
        kind = c.FPDFPageObj_GetType(obj)
        if kind == _PATH or kind == _IMAGE:
            yield kind, matrix, obj
        elif kind == _FORM and depth < 8:
            own = c.FS_MATRIX()
            if c.FPDFPageObj_GetMatrix(obj, own):
                inner = (own.a, own.b, own.c, own.d, own.e, own.f)
                yield from _objects(obj, _multiply(inner, matrix), True, depth + 1)


def _multiply(first: Matrix, then: Matrix) -> Matrix:
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = then
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _rules(obj, outer: Matrix, height: float) -> Iterator[Rule]:  # type: ignore[no-untyped-def]
    """The straight, axis-parallel strokes of a path (a line, a rectangle, a whole grid)."""
    import pypdfium2.raw as c

    own = c.FS_MATRIX()
    if not c.FPDFPageObj_GetMatrix(obj, own):
        return
    a, b, cc, d, e, f = _multiply((own.a, own.b, own.c, own.d, own.e, own.f), outer)
    x, y = ctypes.c_float(), ctypes.c_float()
    start = last = None
    for i in range(c.FPDFPath_CountSegments(obj)):
        segment = c.FPDFPath_GetPathSegment(obj, i)
        if not c.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        point = (a * x.value + cc * y.value + e, height - (b * x.value + d * y.value + f))
        kind = c.FPDFPathSegment_GetType(segment)
        if kind == 0 and last is not None:  # a line to the point
            yield from _straight(last, point)
        if kind == 2 or start is None:  # a move starts a new subpath
            start = point
        last = point
        if c.FPDFPathSegment_GetClose(segment) and start is not None:
            yield from _straight(last, start)
            last = start


def _straight(p: tuple[float, float], q: tuple[float, float]) -> Iterator[Rule]:
    (x0, y0), (x1, y1) = p, q
    if abs(y1 - y0) < 0.5 and abs(x1 - x0) >= _MIN_RULE:
        y = round((y0 + y1) / 2, 1)
        yield Rule(min(x0, x1), y, max(x0, x1), y)
    elif abs(x1 - x0) < 0.5 and abs(y1 - y0) >= _MIN_RULE:
        x = round((x0 + x1) / 2, 1)
        yield Rule(x, min(y0, y1), x, max(y0, y1))
