"""One way to run work in the background: the function touches no widget, and its result
comes back on the GUI thread through a signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Task(QObject):
    """A running piece of work. `done` or `failed` is emitted once, on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)  # the exception
    progress = Signal(int, int)  # (so far, of)

    def __init__(self, work: Callable[..., Any]) -> None:
        super().__init__()
        self._work = work
        self.cancelled = False

    def cancel(self) -> None:
        """Asks the work to stop at its next check; it raises and rolls back."""
        self.cancelled = True


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        try:
            result = self.task._work(self.task)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread to show
            self.task.failed.emit(error)
        else:
            self.task.done.emit(result)


def start(work: Callable[[Task], Any], *, done: Callable[[Any], None],
          failed: Callable[[BaseException], None],
          progress: Callable[[int, int], None] | None = None) -> Task:
    """Run `work(task)` on the thread pool and hear back through `done` or `failed`.

    The handlers are connected before the work is queued: a task that finishes at once
    (a file refused in a millisecond) would otherwise emit before anyone listens, and the
    caller would wait for ever. Keep the task until it reports (a task collected early
    reports nothing); pass bound methods: Qt drops the connection if their object is
    destroyed first."""
    task = Task(work)
    task.done.connect(done)
    task.failed.connect(failed)
    if progress is not None:
        task.progress.connect(progress)
    QThreadPool.globalInstance().start(_Runner(task))
    return task

