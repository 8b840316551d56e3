"""Python's cycle collector runs on the GUI thread only.

Left to itself, the collector runs on whichever thread happens to allocate when a threshold
is passed, often a background task's. A cycle that holds a Qt widget (a closed dialog and a
lambda connected to it) is then deleted off the GUI thread, which crashes Qt. So automatic
collection is switched off and a timer on the GUI thread collects instead, generation by
generation as the thresholds say, as the automatic collector would."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 200


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(INTERVAL_MS)

    def collect_due(self) -> None:
        """The oldest generation whose count passed its threshold, as gc itself would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


    def stop(self) -> None:
        """Collect everything while Qt is still alive, then leave collecting to Python:
        at exit, a collection after the application is gone would delete Qt objects
        Qt no longer knows how to delete."""
        self._timer.stop()
        gc.collect()
        gc.enable()


def install(app: QObject) -> GuiThreadCollector:
    """Once per application; later calls return the same collector."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
