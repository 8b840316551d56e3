"""Start-up: process start to the first painted main window, on a database of N rows.

`python benchmarks/bench_startup.py [--rows 1000000] [--repeat 5]`. Runs the real app
(`python -m balanceview --db DB`) under QT_QPA_PLATFORM=offscreen with
BALANCEVIEW_QUIT_AFTER_FIRST_PAINT=1, which prints a line once the window has painted and quits.
Measures the wall time from spawning the process to that line, and the process's peak memory.
Targets (issue #4): under 1 s, under 200 MB. The database is the one bench_explain.py builds.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def first_paint(database: Path) -> tuple[float, float]:
    """(seconds to the first paint, peak MB) of one start."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BALANCEVIEW_QUIT_AFTER_FIRST_PAINT="1")
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "balanceview", "--db", str(database)],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "first-paint":
            break
    painted = time.perf_counter() - start
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise SystemExit(f"the app exited with status {status}")
    return painted, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from bench_explain import database

    path = database(args.rows)
    runs = [first_paint(path) for _ in range(args.repeat)]
    best = min(seconds for seconds, _ in runs)
    peak = max(mb for _, mb in runs)
    python = platform.python_version()
    print(f"machine: nproc {os.cpu_count()}, {platform.machine()}, Python {python}")
    print(f"first paint on {args.rows:,} rows: best {best:.3f} s of {args.repeat} "
          f"({', '.join(f'{s:.3f}' for s, _ in runs)}); peak {peak:.0f} MB; "
          f"targets < 1 s: {'PASS' if best < 1 else 'FAIL'}, < 200 MB: "
          f"{'PASS' if peak < 200 else 'FAIL'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
