"""How long the window stops answering while a million rows are sorted or searched (#11).

    .venv/bin/python benchmarks/bench_stall.py [--rows 1000000] [--seed 1] [--strict]

On bench_table.py's database (built once, cached in benchmarks/out/), with Qt offscreen: a
TransactionsView shows the card, then each step below is asked for as a click or typed text
would ask. Meanwhile a timer on the GUI thread ticks every millisecond; the longest gap
between two ticks, from the request until the new order is painted, is the longest time the
window could not answer a key or a click. The sorting and searching run in the background;
what stays on the GUI thread is the request, taking the answer in (a model reset), and the
repaint of the visible rows.

Target: the longest stall of every step under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_table import database, machine  # noqa: E402 - after the Qt platform
from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

STALL_TARGET_MS = 100


class Heartbeat:
    """A 1 ms timer on the GUI thread, noting the longest gap between its ticks."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self.tick)
        self.last = 0
        self.longest = 0

    def start(self) -> None:
        self.clock.start()
        self.last, self.longest = 0, 0
        self.timer.start()

    def tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> int:
        self.tick()
        self.timer.stop()
        return self.longest


def steps(view, browse) -> list[tuple[str, Callable[[], object]]]:  # type: ignore[no-untyped-def]
    def sort(column: str, descending: bool = False) -> Callable[[], object]:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return lambda: view.table.sortByColumn(browse.COLUMNS.index(column), order)

    def search(text: str) -> Callable[[], object]:
        return lambda: (view.search.setText(text), view._debounce.timeout.emit())

    return [("sort by amount", sort("amount")), ("sort by amount, descending",
            sort("amount", True)), ("sort by balance", sort("balance")),
            ("sort by description", sort("description")), ("sort by date", sort("date")),
            ("search 'ATM'", search("ATM")), ("search '药店'", search("药店")),
            ("clear the search", search(""))]


def measure(app: QApplication, rows: int, seed: int) -> list[tuple[str, int, float]]:
    from balanceview.core import browse
    from balanceview.ui.session import Session
    from balanceview.ui.transactions import TransactionsView

    session = Session(database(rows, seed))
    view = TransactionsView()
    view.resize(1100, 700)
    view.show()
    heart = Heartbeat()
    results = []
    for name, ask in [("show the card", lambda: view.set_card(session, session.cards()[0])),
                      *steps(view, browse)]:
        heart.start()
        started = time.perf_counter()
        ask()
        while view.model.busy:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        view.table.viewport().repaint()  # the new order painted, as the user sees it
        app.processEvents()
        results.append((name, heart.stop(), (time.perf_counter() - started) * 1000))
    view.deleteLater()  # gone before the QApplication is: PySide crashes otherwise
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    session.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    results = measure(app, args.rows, args.seed)  # type: ignore[arg-type]
    print(f"\n{args.rows:,} rows\n")
    print("| step | longest GUI stall ms | until the new order shows ms |\n|---|---:|---:|")
    for name, stall, total in results:
        print(f"| {name} | {stall} | {total:.0f} |")
    worst = max(stall for _, stall, _ in results)
    ok = worst < STALL_TARGET_MS
    print(f"\nlongest stall {worst} ms < {STALL_TARGET_MS} ms: {'PASS' if ok else 'FAIL'}")
    print(f"machine: {machine()}")
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
