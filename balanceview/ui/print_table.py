"""A history table painted row by row: measured, broken across pages, its header on each.

Qt's rich text lays out a whole document at once, which for a history of 100,000 rows takes
gigabytes; these rows are measured and painted one at a time, as the pages are filled.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter

from balanceview.core.report.markup import Column

POINT_SIZE = 8.5  # as the HTML tables of the page
PADDING_PX = 3  # CSS pixels (1/96 inch), as cellpadding='3'
HEAD = QColor("#dcdcdc")
SHADED = QColor("#f0f0f0")
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
_WORDS = int(_LEFT | Qt.TextFlag.TextWordWrap)
_ANYWHERE = int(_LEFT | Qt.TextFlag.TextWrapAnywhere)  # a long number with no place to break
_SINGLE = int(_RIGHT | Qt.TextFlag.TextSingleLine)
_MEASURED = 8192  # distinct cell texts whose heights are kept: statements repeat them


class TablePainter:
    """Column geometry, fonts and row heights of one table on one device."""

    def __init__(self, device: QPagedPaintDevice, family: str, width: float,
                 columns: Sequence[Column]) -> None:
        self.font = QFont(family)
        self.font.setPointSizeF(POINT_SIZE)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.metrics = QFontMetricsF(self.font, device)
        self.bold_metrics = QFontMetricsF(self.bold, device)
        self.pad = PADDING_PX / 96 * device.logicalDpiX()
        self.width = width
        self.columns = tuple(columns)
        self.lefts: list[float] = []
        self.widths: list[float] = []
        left = 0.0
        for column in columns:
            self.lefts.append(left)
            self.widths.append(width * column.percent / 100)
            left += self.widths[-1]
        self._text_height = lru_cache(maxsize=_MEASURED)(self._measure)

    @property
    def header_height(self) -> float:
        return max(self._cell(self.bold_metrics, c.title, i)[0]
                   for i, c in enumerate(self.columns)) + 2 * self.pad

    def row_height(self, cells: Sequence[str]) -> float:
        inner = max(self.metrics.lineSpacing(),
                    *(self._text_height(text, index)[0] for index, text in enumerate(cells)
                      if text and not self.columns[index].numeric))
        return inner + 2 * self.pad

    def _measure(self, text: str, index: int) -> tuple[float, int]:
        return self._cell(self.metrics, text, index)

    def _cell(self, metrics: QFontMetricsF, text: str, index: int) -> tuple[float, int]:
        """(height, flags) of a cell's text wrapped in its column."""
        room = self.widths[index] - 2 * self.pad
        if self.columns[index].numeric or metrics.horizontalAdvance(text) <= room:
            return metrics.lineSpacing(), _SINGLE if self.columns[index].numeric else _WORDS
        box = QRectF(0, 0, room, 1e6)
        found = metrics.boundingRect(box, _WORDS, text)
        flags = _WORDS if found.width() <= room + 0.5 else _ANYWHERE
        if flags == _ANYWHERE:
            found = metrics.boundingRect(box, flags, text)
        return found.height(), flags

    def paint_header(self, painter: QPainter, top: float) -> float:
        height = self.header_height
        painter.fillRect(QRectF(0, top, self.width, height), HEAD)
        painter.setFont(self.bold)
        for index, column in enumerate(self.columns):
            flags = _SINGLE if column.numeric else self._cell(self.bold_metrics, column.title,
                                                              index)[1]
            painter.drawText(self._box(index, top, height), flags, column.title)
        painter.setFont(self.font)
        return height

    def paint_row(self, painter: QPainter, top: float, height: float, cells: Sequence[str],
                  shaded: bool) -> None:
        if shaded:
            painter.fillRect(QRectF(0, top, self.width, height), SHADED)
        for index, text in enumerate(cells):
            if text:
                numeric = self.columns[index].numeric
                flags = _SINGLE if numeric else self._text_height(text, index)[1]
                painter.drawText(self._box(index, top, height), flags, text)

    def _box(self, index: int, top: float, height: float) -> QRectF:
        return QRectF(self.lefts[index] + self.pad, top + self.pad,
                      self.widths[index] - 2 * self.pad, height - 2 * self.pad)
