"""Background tasks: a result is never lost, however fast the work finishes."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from balanceview.ui import tasks


def test_work_that_ends_at_once_still_reports_its_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    results: list[object] = []
    task = tasks.start(lambda _task: 42, done=results.append, failed=results.append)
    # The work is over before the GUI thread looks again: the handlers were listening already.
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert not task.cancelled


def test_work_that_fails_at_once_still_reports_why(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def refuse(_task: tasks.Task) -> None:
        raise ValueError("refused")

    task = tasks.start(refuse, done=errors.append, failed=errors.append)
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert not task.cancelled
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "refused"


def test_progress_reaches_its_listener(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []
    done: list[object] = []

    def work(task: tasks.Task) -> str:
        task.progress.emit(1, 2)
        task.progress.emit(2, 2)
        return "ok"

    task = tasks.start(work, done=done.append, failed=done.append,
                progress=lambda so_far, of: seen.append((so_far, of)))
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: done == ["ok"], timeout=5000)
    assert not task.cancelled
    assert seen == [(1, 2), (2, 2)]


def test_cycles_are_collected_on_the_gui_thread_only(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    import gc
    import threading

    from balanceview.ui import collector

    collector.install(qapp)
    assert not gc.isenabled()  # a worker's allocations never trigger a collection
    seen: list[str] = []

    class Cycle:
        def __del__(self) -> None:
            seen.append(threading.current_thread().name)

    for _ in range(3):
        cycle = Cycle()
        cycle.me = cycle  # type: ignore[attr-defined]
    del cycle
    allocations = [[] for _ in range(2 * gc.get_threshold()[0])]  # past the first threshold
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=10_000)
    assert set(seen) == {threading.main_thread().name} and allocations


def test_qt_keeps_python_s_references_through_signals_and_slots(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 took a reference to None at every slot called from Qt and one to True
    at every emit from Python, never giving them back: after some thousands of clicks,
    sorts and background tasks Python freed None or True and aborted (at the latest at
    exit). pyproject keeps that release out; this holds whichever PySide6 is installed."""
    import sys

    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import QPushButton

    class Ping(QObject):
        ping = Signal(object)

    heard: list[object] = []
    shots: list[int] = []
    sender, button = Ping(), QPushButton()
    sender.ping.connect(heard.append)
    button.clicked.connect(lambda: None)
    before = [sys.getrefcount(value) for value in (None, True, False)]
    for number in range(200):
        sender.ping.emit(number)
        button.click()
        QTimer.singleShot(0, lambda: shots.append(1))
    qtbot.waitUntil(lambda: len(shots) == 200, timeout=5000)
    after = [sys.getrefcount(value) for value in (None, True, False)]
    assert len(heard) == 200
    # None, True and False are never 200 references short (a little more is only garbage).
    assert all(now > then - 50 for now, then in zip(after, before, strict=True)), (before, after)
