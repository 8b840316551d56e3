"""Print a report on paged devices (PDF file or printer) with our CJK font and footers."""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRectF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from balanceview.core.report import Report
from balanceview.ui.print_pages import Frame, Pages, walk

FONT_FILE = "NotoSansSC-BalanceView.otf"
PDF_DPI = 300
MARGINS_MM = QMarginsF(18, 16, 18, 10)  # left, top, right, bottom; the footer sits above bottom
FOOTER_BAND_MM = 9.0  # taken from the bottom of the printable area for the footer
BODY_POINT_SIZE = 10.0
KEEP_WITH_NEXT_MM = 30.0  # a heading with less room than this below it starts the next page

_app: QGuiApplication | None = None  # a Python reference keeps the app we made alive


def ensure_app() -> QGuiApplication:
    """The running QGuiApplication (the desktop app's), or a new windowless one."""
    global _app
    app = QGuiApplication.instance()
    if app is None:
        # Made only to lay out text and print: no window, so no display is needed (CLI, CI).
        _app = app = QGuiApplication(["balanceview", "-platform", "offscreen"])
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("printing needs a QGuiApplication; a QCoreApplication has no fonts")
    return app


@functools.cache
def app_font_family() -> str:
    """Load the shipped font once; its family draws Chinese without any system CJK font.

    Call it first on the GUI thread (adding a font is not thread-safe); later calls only read.
    """
    ensure_app()
    font_path = files("balanceview").joinpath("resources").joinpath("fonts").joinpath(FONT_FILE)
    # From bytes, not a path, so it also loads from a zipped or frozen install.
    font_id = QFontDatabase.addApplicationFontFromData(QByteArray(font_path.read_bytes()))
    if font_id < 0:
        raise RuntimeError(f"Qt could not load the shipped font {FONT_FILE}")
    return QFontDatabase.applicationFontFamilies(font_id)[0]


def use_a4_portrait(device: QPagedPaintDevice) -> bool:
    """A4 portrait with our margins. False when a printer refuses the margins (it keeps its own).

    The desktop app calls this on its QPrinter before the print dialog, so the dialog starts
    from A4 and the user may still choose another paper.
    """
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         MARGINS_MM, QPageLayout.Unit.Millimeter)
    return device.setPageLayout(layout)


def render_pdf(report: Report, path: Path) -> int:
    """Write the report as an A4 PDF at `path`; returns the number of pages."""
    ensure_app()
    writer = QPdfWriter(str(path))
    writer.setTitle(report.title)
    writer.setCreator("BalanceView")
    writer.setResolution(PDF_DPI)
    use_a4_portrait(writer)
    try:
        return print_report(report, writer)
    except OSError as error:
        raise OSError(f"cannot write the PDF {path}") from error


def print_report(report: Report, printer: QPagedPaintDevice) -> int:
    """Paint the report onto a QPrinter (or any paged device) in its page layout.

    For the HTML of its blocks: leave font-family alone (ours comes first); give font sizes in
    pt, since a px font size is one device pixel (1/300 inch here), while px lengths such as
    cellpadding count as 1/96 inch. Returns the number of pages.
    """
    ensure_app()
    family = app_font_family()
    frame = _frame(printer)
    documents: dict[tuple[str, bool], QTextDocument] = {}

    def layout(html: str, paged: bool) -> QTextDocument:
        # Laid out once for both walks: the pages counted are the pages painted.
        key = (html, paged)
        if key not in documents:
            documents[key] = _laid_out(html, printer, frame, family, paged)
        return documents[key]

    total = walk(report, Pages(printer, frame, family), layout)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer (or PDF file) could not be opened for printing")
    try:
        label = _label(report.page_label, total)
        pages = Pages(printer, frame, family, painter, label, report.footer_left)
        return walk(report, pages, layout)
    finally:
        painter.end()


def _label(template: str, count: int) -> Callable[[int], str]:
    return lambda number: template.format(number=number, count=count)


def _frame(device: QPagedPaintDevice) -> Frame:
    # Painter coordinates start at the top left of the printable area (inside the margins).
    band = FOOTER_BAND_MM / 25.4 * device.logicalDpiY()
    width, height = device.width(), device.height()
    return Frame(QRectF(0, 0, width, height - band), QRectF(0, height - band, width, band),
                 device.logicalDpiY())


def _laid_out(html: str, device: QPagedPaintDevice, frame: Frame, family: str,
              paged: bool) -> QTextDocument:
    document = QTextDocument()
    # Metrics from the device itself, so line breaks on paper equal those measured here.
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(QFont(family, BODY_POINT_SIZE))
    document.setDefaultStyleSheet(f'body {{ font-family: "{family}", sans-serif; }}')
    document.setDocumentMargin(0)  # the page margins are the device's
    document.setHtml(html)
    if paged:
        document.setPageSize(frame.body.size())  # Qt paginates: lines move to the next page
        _keep_headings_with_next(document, KEEP_WITH_NEXT_MM / 25.4 * device.logicalDpiY())
    else:
        document.setTextWidth(frame.body.width())  # one flow, placed by the table it heads
    return document


def _keep_headings_with_next(document: QTextDocument, room: float) -> None:
    """Move a heading that would end a page (with less than `room` below it) to the next page.

    Qt's rich text has no keep-with-next; headings (h1-h6) are few, so each is checked against
    the layout as it stands after the moves before it.
    """
    page, layout = document.pageSize().height(), document.documentLayout()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and QTextCursor(block).currentTable() is None:
            rect = layout.blockBoundingRect(block)
            offset = rect.top() % page  # from the top of its page
            if offset > 0 and page - offset < rect.height() + room:
                moved = QTextBlockFormat(block.blockFormat())
                moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(moved)
                # Qt leaves some blocks after the change without lines (they would not be
                # painted) unless the rest of the document is laid out again.
                start = block.position()
                document.markContentsDirty(start, document.characterCount() - start)
        block = block.next()
