"""Work handed to a forked child process, so that a large import uses the second core.

Python holds one interpreter lock: parsing and binding a million rows keep one core busy
while the other idles. A forked child starts with this process's memory as it is (the file,
the parsed columns), does its share and hands back a pickled result through a private file.

Only on Linux (macOS frameworks are not safe to use after a fork, Windows has none), only
once the command line has said so (the desktop app runs Qt threads, which a fork would leave
half-copied, and Python does not see them), and only while Python runs a single thread.
Callers always have a way on without the child: if it fails, they do its share themselves.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any


class ChildFailed(Exception):
    """The child died or raised: its share is to be done again here."""


_allowed = [False]


def allow() -> None:
    """Called by the command line, a single-threaded process."""
    _allowed[0] = sys.platform.startswith("linux")


def can_fork() -> bool:
    return _allowed[0] and threading.current_thread() is threading.main_thread() \
        and threading.active_count() == 1


def start(work: Callable[[], Any]) -> Child | None:
    """work() in a child process, or None where none can be had (no fork, no temporary file,
    too many processes): the caller then does the work itself."""
    if not can_fork():
        return None
    try:
        return Child(work)
    except OSError:
        return None


class Child:
    """work() run in a child process; result() waits for it and returns what it returned."""

    def __init__(self, work: Callable[[], Any]) -> None:
        descriptor, name = tempfile.mkstemp(prefix="balanceview-", suffix=".pickle")  # 0600
        os.close(descriptor)
        self.path = Path(name)
        self.pid = os.fork()
        if self.pid == 0:
            _run(work, self.path)  # never returns

    def cancel(self) -> None:
        """Its work is not wanted after all."""
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        self.path.unlink(missing_ok=True)

    def result(self) -> Any:
        try:
            _, status = os.waitpid(self.pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                raise ChildFailed
            with open(self.path, "rb") as handed:
                return pickle.load(handed)
        finally:
            self.path.unlink(missing_ok=True)


def _run(work: Callable[[], Any], path: Path) -> None:
    """In the child: do the work, hand back its result, and leave at once, running nothing
    the parent owns (its database connections, its buffered output, its exit handlers)."""
    code = 1
    try:
        result = work()
        with open(path, "wb") as handed:
            pickle.dump(result, handed, protocol=pickle.HIGHEST_PROTOCOL)
        code = 0
    finally:
        os._exit(code)
