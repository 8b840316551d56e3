"""How the transactions table and the chart feel on a database of 1,000,000 rows (issue #4).

    .venv/bin/python benchmarks/bench_table.py [--rows 1000000] [--seed 1] [--repeat 3] [--strict]

The database is the import of make_statement.py's statement, cached in benchmarks/out/
(gitignored) beside the statement and keyed the same way, so it is built once. Then, in this
process, with Qt offscreen:

  set-up      TransactionsView.set_card until its rows are shown: the ids in order
              (browse.ids, in the background since #11) and the count
  jump        scrollToBottom and a synchronous repaint: data() for every visible row,
              the last page fetched cold (target < 100 ms)
  sort, search  from the click (or the typed text) to the new order on screen; the GUI
              thread stays free meanwhile (benchmarks/bench_stall.py measures that)
  chart       browse.balance_series for both purses, then one paint of the ChartView

Each figure is the best of --repeat runs; the machine is printed with them.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_import import CACHE, REPO, cpu_model, statement  # noqa: E402 - after the Qt platform
from PySide6.QtCore import QEvent, QEventLoop, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

JUMP_TARGET_MS = 100


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    return parser.parse_args(argv)


def database(rows: int, seed: int) -> Path:
    """The imported statement, built once: importing a million rows takes about ten seconds."""
    csv, _summary, _seconds = statement(rows, seed, CACHE)
    db = csv.with_suffix(".db")
    if not db.is_file():
        print(f"building {db.name} (once) ...", flush=True)
        partial = db.with_suffix(".partial.db")
        partial.unlink(missing_ok=True)
        subprocess.run([sys.executable, "-m", "balanceview", "--db", str(partial), "import",
                        str(csv)], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
        partial.rename(db)
    return db


def best_ms(runs: int, work: Callable[[], object], before: Callable[[], object] = lambda: None
            ) -> float:
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def measure(app: QApplication, db: Path, runs: int) -> dict[str, float]:
    from balanceview.core import browse
    from balanceview.ui.chart import ChartView
    from balanceview.ui.session import Session
    from balanceview.ui.transactions import TransactionsView

    session = Session(db)
    card = session.cards()[0]
    view = TransactionsView()
    view.resize(1100, 700)
    view.show()
    app.processEvents()
    def until_shown(change: Callable[[], object]) -> Callable[[], None]:
        """The change, then the event loop until its new order is on screen."""
        def run() -> None:
            change()
            while view.model.busy:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return run

    figures = {"set-up (ids + count)": best_ms(
        runs, until_shown(lambda: view.set_card(session, card)))}

    def jump() -> None:
        view.table.scrollToBottom()
        view.table.viewport().repaint()  # paints now: data() for each visible cell

    def back_to_top() -> None:
        until_shown(lambda: view.set_card(session, card))()  # the last page fetched cold
        view.table.scrollToTop()
        view.table.viewport().repaint()

    figures["jump to the last row"] = best_ms(runs, jump, back_to_top)
    amount = browse.COLUMNS.index("amount")  # column 5 is the description
    figures["sort by amount"] = best_ms(1, until_shown(
        lambda: view.table.sortByColumn(amount, Qt.SortOrder.AscendingOrder)))
    figures["search 'ATM'"] = best_ms(1, until_shown(
        lambda: (view.search.setText("ATM"), view._debounce.timeout.emit())))
    accounts = browse.card_accounts(session.store.conn, card.id)
    conn = session.store.conn
    figures["chart series (both purses)"] = best_ms(runs, lambda: [
        browse.balance_series(conn, account, 1000) for account in accounts.values()])
    chart = ChartView()
    chart.resize(1100, 500)
    chart.set_card(session, card)
    chart.lines()
    figures["chart paint"] = best_ms(runs, lambda: chart.grab())
    for widget in (view, chart):  # gone before the QApplication is: PySide crashes otherwise
        widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    session.close()
    return figures


def machine() -> str:
    import sqlite3

    from PySide6 import __version__ as pyside

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"nproc {cpus}, {cpu_model()}, Python {platform.python_version()}, "
            f"sqlite3 {sqlite3.sqlite_version}, PySide6 {pyside}, "
            f"{platform.system()} {platform.release()}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    db = database(args.rows, args.seed)
    app = QApplication.instance() or QApplication([])
    figures = measure(app, db, max(1, args.repeat))
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{args.rows:,} rows, {db.stat().st_size / 2**20:.0f} MiB database, best of "
          f"{args.repeat}\n")
    print("| measure | ms |\n|---|---:|")
    for name, value in figures.items():
        print(f"| {name} | {value:.1f} |")
    jump_ok = figures["jump to the last row"] < JUMP_TARGET_MS
    print(f"\njump to the last row < {JUMP_TARGET_MS} ms: {'PASS' if jump_ok else 'FAIL'}")
    print(f"peak memory of this process: {peak_mib:.0f} MiB")
    print(f"machine: {machine()}")
    return 1 if args.strict and not jump_ok else 0


if __name__ == "__main__":
    sys.exit(main())
