"""Filling pages with a report's blocks: HTML laid out by Qt, histories row by row.

The same walk runs twice: once to count the pages (the footer says "第 1 页 / 共 n 页" from the
first page on), once to paint them. Nothing of a history is kept between its rows, so a
100,000-row history prints in the memory of a few pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QTextDocument,
)

from balanceview.core.report import Html, Report, Table
from balanceview.ui.print_table import TablePainter

FOOTER_POINT_SIZE = 8.0
FOOTER_COLOUR = QColor(85, 85, 85)
BLOCK_GAP_MM = 4.0  # between a table and what precedes it on the same page
KEEP_ROWS = 3  # a history's heading starts a page unless this many of its rows fit below it


@dataclass(frozen=True)
class Frame:
    """Where the text and the footer go on every page, in device pixels."""

    body: QRectF
    footer: QRectF
    dpi: float


class Pages:
    """The page being filled and how far down it is; paints only when it has a painter."""

    def __init__(self, device: QPagedPaintDevice, frame: Frame, family: str,
                 painter: QPainter | None = None, footer: Callable[[int], str] | None = None,
                 footer_left: str = "") -> None:
        self.device, self.frame, self.family, self.painter = device, frame, family, painter
        self.footer, self.footer_left = footer, footer_left
        self.count = 0  # pages begun
        self.y = 0.0  # used height of the page being filled

    @property
    def height(self) -> float:
        return self.frame.body.height()

    def begin_page(self) -> None:
        if self.painter is not None:
            if self.count:
                self.device.newPage()
            if self.footer is not None:
                self._paint_footer(self.footer(self.count + 1))
        self.count += 1
        self.y = 0.0

    def html(self, document: QTextDocument) -> None:
        """A block of rich text, Qt-paginated to the body's size, starting a page."""
        pages = document.pageCount()
        for index in range(pages):
            self.begin_page()
            if self.painter is not None:
                self._paint_slice(document, index)
        self.y = document.size().height() - (pages - 1) * self.height

    def table(self, intro: QTextDocument, rows: Iterator[list[str] | tuple[str, ...]],
              cells: TablePainter) -> None:
        """A history: its introduction kept with its first rows, then row after row."""
        first = next(rows, None)
        need = intro.size().height() + (cells.header_height + KEEP_ROWS * cells.metrics
                                        .lineSpacing() if first is not None else 0)
        gap = BLOCK_GAP_MM / 25.4 * self.frame.dpi
        if not self.count or self.y + gap + need > self.height:
            self.begin_page()
        elif self.y:
            self.y += gap
        self._paint_at(intro)
        self.y += intro.size().height()
        if first is None:
            return
        self._header(cells)
        for index, row in enumerate(chain([first], rows)):
            height = min(cells.row_height(row), self.height - cells.header_height)
            if self.y + height > self.height:
                self.begin_page()
                self._header(cells)
            if self.painter is not None:
                cells.paint_row(self.painter, self.y, height, row, bool(index % 2))
            self.y += height

    def _header(self, cells: TablePainter) -> None:
        if self.painter is not None:
            cells.paint_header(self.painter, self.y)
        self.y += cells.header_height

    def _paint_at(self, document: QTextDocument) -> None:
        """Draw a one-page document at the current height."""
        if self.painter is not None:
            self._draw(document, QRectF(0, 0, self.frame.body.width(), document.size().height()),
                       self.y)

    def _paint_slice(self, document: QTextDocument, index: int) -> None:
        """Draw the slice of a laid-out document that falls on its page `index`."""
        body = self.frame.body
        view = QRectF(0, index * body.height(), body.width(), body.height())
        self._draw(document, view, body.top() - view.top())

    def _draw(self, document: QTextDocument, view: QRectF, shift: float) -> None:
        painter = self.painter
        assert painter is not None
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = view
        # Black on paper whatever the desktop's theme.
        context.palette.setColor(QPalette.ColorRole.Text, QColor(Qt.GlobalColor.black))
        painter.save()
        painter.translate(self.frame.body.left(), shift)
        painter.setClipRect(view)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def _paint_footer(self, right: str) -> None:
        painter, footer = self.painter, self.frame.footer
        assert painter is not None
        painter.save()
        painter.setFont(QFont(self.family, FOOTER_POINT_SIZE))
        painter.setPen(FOOTER_COLOUR)
        rule_y = footer.top() + footer.height() * 0.3
        painter.drawLine(QPointF(footer.left(), rule_y), QPointF(footer.right(), rule_y))
        text = footer.adjusted(0, footer.height() * 0.3, 0, 0)
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.footer_left)
        painter.drawText(text, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
        painter.restore()


def walk(report: Report, pages: Pages, layout: Callable[[str, bool], QTextDocument]) -> int:
    """Put every block of the report on the pages; returns how many pages it took."""
    width = pages.frame.body.width()
    for block in report.blocks:
        if isinstance(block, Html):
            pages.html(layout(block.html, True))
        elif isinstance(block, Table):
            cells = TablePainter(pages.device, pages.family, width, block.columns)
            pages.table(layout(block.intro_html, False), iter(block.rows()), cells)
    return pages.count
