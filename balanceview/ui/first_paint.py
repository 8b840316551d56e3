"""For the start-up benchmark: say when the main window first paints, then quit.

Used only when BALANCEVIEW_QUIT_AFTER_FIRST_PAINT is set (benchmarks/bench_startup.py).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

VARIABLE = "BALANCEVIEW_QUIT_AFTER_FIRST_PAINT"


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint is done: the window is on screen, the benchmark may stop the clock.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        sys.stdout.write("first-paint\n")
        sys.stdout.flush()
        QApplication.quit()


def watch(window: QWidget) -> None:
    if os.environ.get(VARIABLE):
        watcher = _FirstPaint(window)
        window.installEventFilter(watcher)
