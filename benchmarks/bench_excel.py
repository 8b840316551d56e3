"""Time `balanceview import` of an .xlsx statement against the same rows as CSV (issue #9).

    python benchmarks/bench_excel.py [--rows 200000] [--repeat 3]

The CSV comes from make_statement.py (cached in benchmarks/out/ like bench_import.py's); the
.xlsx holds the same title lines, header and rows, written once with openpyxl (a test
dependency) and cached beside it: dates and texts as text cells, amounts and balances as
number cells, as banks' spreadsheets give them. Both are imported by `python -m balanceview
import` as child processes into fresh databases; wall time includes start-up, peak memory
is the child's ru_maxrss. Target: the .xlsx within 3x the CSV's time. Both imports must give
the balances the generator ended with.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import sqlite3
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from bench_import import (
    CACHE,
    REPO,
    Timing,
    check_balances,
    cpu_model,
    fresh,
    run_child,
    statement,
    warm_page_cache,
)
from make_statement import ENCODING

MAX_RATIO = 3.0
_MONEY = {"收入", "支出", "余额"}


def workbook(source: Path) -> Path:
    """The statement as an .xlsx, written once (openpyxl's write-only mode, row by row)."""
    target = source.with_suffix(".xlsx")
    if target.is_file():
        return target
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    with open(source, encoding=ENCODING, newline="") as text:
        reader = csv.reader(text)
        money: set[int] = set()
        for cells in reader:
            if len(cells) > 3 and "余额" in cells:
                money = {i for i, name in enumerate(cells) if name in _MONEY}
                sheet.append(cells)
                continue
            sheet.append([Decimal(c) if i in money and c else c for i, c in enumerate(cells)])
    partial = target.with_suffix(".partial.xlsx")
    book.save(partial)
    partial.rename(target)
    return target


def timed(python: str, path: Path, work: Path, repeat: int) -> Timing:
    timing = Timing()
    for run in range(repeat):
        db = fresh(work / f"{path.suffix[1:]}.db")
        timing.add(run_child([python, "-m", "balanceview", "--db", str(db), "import",
                              str(path)], work / f"{path.suffix[1:]}-{run}"))
    return timing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3, metavar="K")
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args(argv)
    source, summary, _ = statement(args.rows, 1, CACHE)
    start = time.perf_counter()
    sheet = workbook(source)
    print(f"machine: nproc {os.cpu_count()}, {cpu_model()}, Python {platform.python_version()}, "
          f"sqlite3 {sqlite3.sqlite_version}")
    ready = time.perf_counter() - start
    print(f"statement: {args.rows:,} rows; .xlsx {sheet.stat().st_size / 1e6:.1f} MB (ready in "
          f"{ready:.1f} s), CSV {source.stat().st_size / 1e6:.1f} MB")
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for path in (source, sheet):
            warm_page_cache(path)
            results[path.suffix] = timing = timed(args.python, path, work, args.repeat)
            if timing.failure:
                print(timing.failure.stderr, file=sys.stderr)
                return 1
            db = work / f"{path.suffix[1:]}.db"
            ok, why = check_balances(args.python, db, summary, work / f"{path.suffix[1:]}-check")
            verdict = "PASS" if ok else f"FAIL ({why})"
            print(f"  {path.suffix}: best {timing.seconds:.2f} s of "
                  f"{', '.join(f'{r.seconds:.2f}' for r in timing.runs)}; peak "
                  f"{timing.peak_kib // 1024} MiB; balances: {verdict}")
    ratio = results[".xlsx"].seconds / results[".csv"].seconds
    print(f"\n.xlsx / CSV: {ratio:.2f} (target at most {MAX_RATIO}: "
          f"{'PASS' if ratio <= MAX_RATIO else 'FAIL'})")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "benchmarks"))
    sys.exit(main())
