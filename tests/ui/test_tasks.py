"""Background tasks: a result is never lost, however fast the work finishes."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from balanceview.ui import tasks
from balanceview.ui.signals import emit


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
        emit(task.progress, 1, 2)
        emit(task.progress, 2, 2)
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


def test_emitting_many_signals_never_frees_true(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12's emit takes a reference to True it never gave: thousands of sorts and
    searches later Python freed True and aborted. Our emits give it back."""
    import sys

    results: list[object] = []
    before = sys.getrefcount(True), sys.getrefcount(False)
    running = [tasks.start(lambda _task, n=number: n, done=results.append,
                           failed=results.append) for number in range(300)]
    qtbot.waitUntil(lambda: len(results) == 300, timeout=20_000)
    assert sorted(results) == list(range(300)) and len(running) == 300  # type: ignore[type-var]
    # 300 emits: with PySide's fault uncorrected, True would be 300 references short.
    assert sys.getrefcount(True) >= before[0] and sys.getrefcount(False) >= before[1]


def test_every_emit_of_ours_goes_through_the_helper() -> None:
    import re
    from pathlib import Path

    package = Path(tasks.__file__).resolve().parent
    raw = [f"{path.name}:{number}" for path in package.rglob("*.py") if path.name != "signals.py"
           for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
           if re.search(r"\.emit\(", line)]
    assert raw == [], "emit through balanceview.ui.signals.emit"
