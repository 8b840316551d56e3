"""The explanation beside the table on a wide window, above it on a narrow one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

READABLE_EM = 24  # the explanation's narrowest width, in characters of its font
TABLE_EM = 30  # the table's: date, purse, amount and balance still show


class LowerSplit(QSplitter):
    """Side by side only while both keep a readable width; otherwise one above the other, so
    the explanation never wraps at a few characters a line."""

    def __init__(self, explanation: QWidget, tabs: QWidget, parent: QWidget | None = None
                 ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.addWidget(explanation)
        self.addWidget(tabs)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        em = self.fontMetrics().horizontalAdvance("M")
        self.explanation_width = READABLE_EM * em
        self.table_width = TABLE_EM * em

    def side_by_side_width(self) -> int:
        return self.explanation_width + self.table_width + self.handleWidth()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        wanted = Qt.Orientation.Horizontal if event.size().width() >= self.side_by_side_width() \
            else Qt.Orientation.Vertical
        if wanted != self.orientation():
            self.setOrientation(wanted)
        super().resizeEvent(event)
        # Side by side, the explanation keeps its readable width (the table the rest, which
        # is at least its own). No minimum widths: they would stop the window narrowing.
        if wanted == Qt.Orientation.Horizontal and self.sizes()[0] < self.explanation_width:
            rest = event.size().width() - self.explanation_width - self.handleWidth()
            self.setSizes([self.explanation_width, rest])
