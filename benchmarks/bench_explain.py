"""Explain a card of 1,000,000 transactions: `python benchmarks/bench_explain.py [--rows N]`.

Builds the database once (benchmarks/out/, gitignored) by importing make_statement.py's file
with BalanceView itself, then times explain() of the whole card (each purse as of its
statement's end, as `balanceview explain` does by default), best of --repeat runs.
Target (issue #3): under 0.5 s.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"


def database(rows: int) -> Path:
    path = OUT / f"explain-{rows}rows.db"
    if path.exists():
        return path
    OUT.mkdir(exist_ok=True)
    statement = OUT / f"explain-{rows}rows.csv"
    subprocess.run([sys.executable, str(HERE / "make_statement.py"), "--rows", str(rows),
                    "--out", str(statement)], check=True)
    subprocess.run([sys.executable, "-m", "balanceview", "--db", str(path), "import",
                    str(statement)], check=True, stdout=subprocess.DEVNULL)
    statement.unlink()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from balanceview.core.explain import explain
    from balanceview.core.store import open_store

    store = open_store(database(args.rows))
    timings = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        explain(store.conn, None, "zh")
        timings.append(time.perf_counter() - start)
    best = min(timings)
    machine = platform.processor() or platform.machine()
    print(f"machine: {machine}, Python {platform.python_version()}")
    print(f"explain {args.rows:,} rows: best {best:.3f} s of {args.repeat} "
          f"(all: {', '.join(f'{t:.3f}' for t in timings)}); target < 0.5 s: "
          f"{'PASS' if best < 0.5 else 'FAIL'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
