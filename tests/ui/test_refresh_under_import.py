"""Imports in the background while the window refreshes, again and again: the window never
shows an error, never shares its connection with another thread, and ends on the new card."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer

from balanceview.core.importer import ImportOptions
from balanceview.core.samples import samples_dir
from balanceview.ui import tasks
from balanceview.ui.import_work import Job, import_all
from balanceview.ui.main_window import MainWindow
from balanceview.ui.session import Session

IMPORTS = 8
REFRESH_MS = 20


def statements(folder: Path) -> list[Path]:
    """The never-funded bank sample, once per card: each file a new card of its own."""
    text = (samples_dir() / "bank_never_funded.csv").read_text("utf-8")
    written = []
    for number in range(IMPORTS):
        path = folder / f"card-{number:02}.csv"
        path.write_text(text.replace("6217990012345678", f"62179900123456{number:02}"), "utf-8")
        written.append(path)
    return written


def test_imports_while_the_window_refreshes_never_show_an_error(
        qtbot, tmp_path: Path, no_unexpected_error_dialog: list[str]) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Session(tmp_path / "busy.db"), "en")
    qtbot.addWidget(window)
    window.show()
    threads: set[str] = set()
    window.session.store.conn.set_trace_callback(
        lambda _sql: threads.add(threading.current_thread().name))
    refresher = QTimer()
    refresher.timeout.connect(window.refresh)
    refresher.start(REFRESH_MS)
    page = window.card_page
    try:
        for path in statements(tmp_path):
            finished: list[object] = []
            running = tasks.start(  # noqa: F841 - kept until it reports
                lambda task, p=path: import_all(window.session.path,
                                                [Job(p, ImportOptions(), None)], task),
                done=finished.append, failed=finished.append)
            qtbot.waitUntil(lambda f=finished: bool(f), timeout=30_000)
            outcomes = finished[0]
            assert isinstance(outcomes, list), outcomes
            window.session.imported([o.batch_id for o in outcomes])  # as the dialog does
            ending = path.stem[-2:]
            qtbot.waitUntil(lambda e=ending: page.card is not None and page.card.number.endswith(e)
                            and page.explained is not None and not page.transactions.model.busy
                            and page.transactions.model.rowCount() == 5, timeout=30_000)
            assert page.panels["bank"].balance.text() == "¥ 0.00"
    finally:
        refresher.stop()
        window.session.store.conn.set_trace_callback(None)
    assert page.cards.count() == IMPORTS and page.cards.box.isVisible()
    assert threads == {threading.main_thread().name}
    assert no_unexpected_error_dialog == []
    window.session.close()
