"""Time `balanceview import` against the sqlite3 shell's .import of the same file (issue #2).

    python benchmarks/bench_import.py [--rows 1000000] [--seed 1] [--repeat K] [--keep] [--strict]

The statement comes from make_statement.py and is cached in benchmarks/out/ (gitignored),
keyed by rows, seed and a hash of the generator, so a changed generator never reuses a
stale file. Each repetition imports into fresh databases in a temporary directory:

  baseline     sqlite3 bare.db 'CREATE TABLE t(...)' '.mode csv' '.import --skip 4 FILE t'
  balanceview  python -m balanceview --db bv.db import FILE

Both run as child processes; wall time includes start-up, as a user would feel it, and peak
memory is the child's ru_maxrss from os.wait4. The best time of --repeat runs is reported,
with the highest peak. Targets: balanceview time at most 2.5x the baseline, peak below
600 MiB. After the import, `balances --json` must agree with the balances the generator
ended with, so a fast but wrong import does not pass.

Exit status: 0 even when a target is missed, unless --strict; 1 when a child fails to run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import permutations
from pathlib import Path

from make_statement import HEADER, TITLE_LINES, Summary

REPO = Path(__file__).resolve().parent.parent
GENERATOR = Path(__file__).resolve().parent / "make_statement.py"
CACHE = Path(__file__).resolve().parent / "out"
SKIP_LINES = len(TITLE_LINES) + 1  # titles and header; the bare table is created beforehand
BARE_TABLE = f"CREATE TABLE t({', '.join(f'c{i}' for i in range(len(HEADER.split(','))))})"

MAX_RATIO = 2.5
MAX_PEAK_MIB = 600


@dataclass
class ChildRun:
    """One child process: how it ended, how long it took, its peak resident memory."""

    command: list[str]
    exit_code: int
    seconds: float
    peak_kib: int
    stderr: str


@dataclass
class Timing:
    """Best time and highest peak over the repetitions of one command."""

    seconds: float = float("inf")
    peak_kib: int = 0
    failure: ChildRun | None = None
    runs: list[ChildRun] = field(default_factory=list)

    def add(self, run: ChildRun) -> None:
        self.runs.append(run)
        if run.exit_code != 0:
            self.failure = self.failure or run
            return
        self.seconds = min(self.seconds, run.seconds)
        self.peak_kib = max(self.peak_kib, run.peak_kib)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="default 1000000")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--repeat", type=int, default=1, metavar="K",
                        help="run each import K times and keep the best time (default 1)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary directory with the databases and logs")
    parser.add_argument("--no-cache", action="store_true",
                        help="generate the statement in the temporary directory, "
                             "not in benchmarks/out")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 when a target is missed or the imported balances are wrong")
    parser.add_argument("--shapes", nargs="*", default=["plain", "quoted", "newest", "baddate"],
                        choices=["plain", "quoted", "newest", "baddate"],
                        help="the files to import at --rows (default: all four)")
    parser.add_argument("--scale", nargs="*", type=int, default=[], metavar="ROWS",
                        help="also plain files of these sizes, e.g. 10000 100000 3000000")
    parser.add_argument("--python", default=sys.executable,
                        help="interpreter that runs balanceview (default: this one)")
    args = parser.parse_args(argv)
    if args.rows < 1 or args.repeat < 1:
        parser.error("--rows and --repeat must be at least 1")
    return args


# --- the statement ---------------------------------------------------------------------------

def generator_hash() -> str:
    """Short hash of the generator's source: part of the cache key."""
    return hashlib.sha256(GENERATOR.read_bytes()).hexdigest()[:10]


def load_summary(path: Path) -> Summary:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Summary(rows=data["rows"], card=data["card"], counts=data["counts"],
                   closing_fen=data["closing_fen"])


def statement(rows: int, seed: int, directory: Path, shape: str = "plain"
              ) -> tuple[Path, Summary, float | None]:
    """The statement file, what it should import as, and seconds taken if it was generated now.

    The generator writes the summary after the statement, so a summary on disk means a
    complete file. It runs as a child so that this process stays small: a child's ru_maxrss
    starts from its parent's peak, and would inflate every later measurement.
    """
    stem = f"statement-{rows}rows-seed{seed}-{shape}-{generator_hash()}"
    csv, sidecar = directory / f"{stem}.csv", directory / f"{stem}.json"
    if csv.is_file() and sidecar.is_file():
        return csv, load_summary(sidecar), None
    directory.mkdir(parents=True, exist_ok=True)
    sidecar.unlink(missing_ok=True)
    start = time.perf_counter()
    generated = subprocess.run([sys.executable, str(GENERATOR), "--rows", str(rows),
                                "--seed", str(seed), "--out", str(csv), "--summary", str(sidecar),
                                "--shape", shape],
                               capture_output=True, text=True, check=False)
    if generated.returncode != 0:
        sys.exit(f"bench_import: make_statement.py failed:\n{generated.stderr}")
    return csv, load_summary(sidecar), time.perf_counter() - start


def warm_page_cache(path: Path) -> None:
    """Read the file once so neither contestant pays for the first read from disk.

    Into one small buffer: this process's peak memory becomes every child's floor.
    """
    buffer = bytearray(1 << 20)
    with open(path, "rb", buffering=0) as f:
        while f.readinto(buffer):
            pass


# --- running children ------------------------------------------------------------------------

def run_child(command: list[str], log: Path, cwd: Path = REPO) -> ChildRun:
    """Run command, measuring wall time and the child's peak RSS via os.wait4.

    Output goes to files, not pipes: nothing reads a pipe while we sit in wait4, so a
    chatty child could fill it and block forever.
    """
    out_log, err_log = log.with_suffix(".out"), log.with_suffix(".err")
    with open(out_log, "wb") as out, open(err_log, "wb") as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)  # tell Popen it has been reaped
    stderr = err_log.read_text(encoding="utf-8", errors="replace")
    return ChildRun(command, child.returncode, seconds, usage.ru_maxrss, stderr)


def memory_floor(work: Path) -> int:
    """The lowest peak this harness can report, in KiB.

    Linux starts a child's ru_maxrss at its parent's peak (fork copies the high-water mark,
    exec records it), so a child never reads below this process. /bin/true shows how low.
    """
    return run_child(["/bin/true"], work / "floor").peak_kib


def sqlite3_binary() -> str:
    found = shutil.which("sqlite3")
    if not found:
        sys.exit("bench_import: the sqlite3 command-line shell is needed for the baseline")
    return found


def import_supports_skip(sqlite3: str) -> bool:
    """`.import --skip N` came with SQLite 3.32; older shells need a headerless copy."""
    help_text = subprocess.run([sqlite3, ":memory:", ".help import"], capture_output=True,
                               text=True, check=False).stdout
    return "--skip" in help_text


def headerless_copy(source: Path, target: Path) -> Path:
    """The statement without its title and header lines, for shells without --skip."""
    with open(source, "rb") as src, open(target, "wb") as dst:
        for _ in range(SKIP_LINES):
            src.readline()
        shutil.copyfileobj(src, dst, 1 << 20)
    return target


def sqlite_command(sqlite3: str, db: Path, csv: Path, skip: bool) -> list[str]:
    # The table is created first: otherwise .import takes the first row it reads as column
    # names, and with --skip 4 that row would be a transaction, silently dropped.
    skip_option = f"--skip {SKIP_LINES} " if skip else ""
    return [sqlite3, str(db), BARE_TABLE, ".mode csv", f'.import {skip_option}"{csv}" t']


def sqlite_row_count(sqlite3: str, db: Path) -> int:
    result = subprocess.run([sqlite3, str(db), "SELECT count(*) FROM t"], capture_output=True,
                            text=True, check=True)
    return int(result.stdout.strip())


def fresh(db: Path) -> Path:
    """Remove a database left by the previous repetition, journals included."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    return db


# --- checking what balanceview imported ------------------------------------------------------

def fen_candidates(value: object) -> set[int]:
    """The fen a JSON balance may stand for.

    The JSON shape of a balance is not fixed yet: "12.34" and 12.34 are yuan, while a bare
    integer could be fen or whole yuan, so both readings are allowed.
    """
    if isinstance(value, bool):
        return set()
    if isinstance(value, int):
        return {value, value * 100}
    text = str(value).replace(",", "").lstrip("¥")
    match = re.fullmatch(r"(-?)(\d+)(?:\.(\d{1,2}))?", text)
    if not match:
        return set()
    sign, yuan, cents = match.groups()
    fen = int(yuan) * 100 + int((cents or "0").ljust(2, "0"))
    return {-fen if sign else fen}


def balances_agree(summary: Summary, entries: list[dict[str, object]]) -> bool:
    """Every purse's transaction count and closing balance, in some pairing with the entries.

    Purses are paired by content, not by name, because the importer's "kind" names are its
    own choice; the database is fresh, so every entry comes from this statement.
    """
    expected = [(summary.counts[p], summary.closing_fen[p]) for p in summary.counts]
    actual = [(e.get("transactions"), fen_candidates(e.get("balance"))) for e in entries]
    if len(expected) != len(actual):
        return False
    return any(
        all(count == want_count and want_fen in fens
            for (want_count, want_fen), (count, fens) in zip(expected, pairing, strict=True))
        for pairing in permutations(actual)
    )


def check_balances(python: str, db: Path, summary: Summary, log: Path) -> tuple[bool, str]:
    run = run_child([python, "-m", "balanceview", "--db", str(db), "balances", "--json"], log)
    if run.exit_code != 0:
        return False, f"`balances --json` exited {run.exit_code}: {tail(run.stderr)}"
    text = log.with_suffix(".out").read_text(encoding="utf-8")
    try:
        entries = json.loads(text, parse_float=Decimal)  # keep yuan exact: no floats
    except json.JSONDecodeError as e:
        return False, f"`balances --json` printed no JSON ({e}): {text[:300]!r}"
    if isinstance(entries, list) and balances_agree(summary, entries):
        return True, f"balances and counts of {len(entries)} purses match the generator"
    want = {p: f"{summary.counts[p]} rows, {summary.closing_fen[p]} fen" for p in summary.counts}
    return False, f"balances differ: want {want} (card {summary.card}), got {text.strip()[:600]}"


# --- the report ------------------------------------------------------------------------------

def tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine(python: str, sqlite3: str) -> str:
    version = "import platform; print(platform.python_version())"
    child_python = subprocess.run([python, "-c", version], capture_output=True, text=True,
                                  check=False).stdout.strip()
    sqlite_version = subprocess.run([sqlite3, "--version"], capture_output=True, text=True,
                                    check=False).stdout.split(" ")[0]
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"nproc {cpus}, {cpu_model()}, Python {child_python or '?'}, "
            f"sqlite3 {sqlite_version}, {platform.system()} {platform.release()}")


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def mib(kib: int) -> float:
    return kib / 1024


def peak_text(kib: int, floor_kib: int) -> str:
    """A peak at the harness's floor only says the child used no more than that."""
    return f"≤ {mib(floor_kib):.0f}" if kib <= floor_kib else f"{mib(kib):.0f}"


def print_header() -> None:
    print()
    print("| file | rows | file MB | sqlite3 .import s | balanceview s | ratio | peak MB "
          "| ratio ≤ 2.5 | peak < 600 MB | balances |")
    print("|---|---:|---:|---:|---:|---:|---:|:-:|:-:|:-:|")


def print_row(shape: str, rows: int, csv: Path, baseline: Timing, bv: Timing,
              correct: tuple[bool, str], floor_kib: int) -> list[bool]:
    """One Markdown row (pasteable into docs/performance.md); whether each target was met:
    ratio, peak memory, correctness."""
    size_mb = csv.stat().st_size / 1e6
    ratio = bv.seconds / baseline.seconds
    met = [ratio <= MAX_RATIO, mib(bv.peak_kib) < MAX_PEAK_MIB, correct[0]]
    print(f"| {shape} | {rows:,} | {size_mb:.1f} | {baseline.seconds:.2f} | {bv.seconds:.2f} "
          f"| {ratio:.2f} | {peak_text(bv.peak_kib, floor_kib)} | {verdict(met[0])} "
          f"| {verdict(met[1])} | {verdict(met[2])} |")
    return met


def report_failure(name: str, timing: Timing) -> None:
    assert timing.failure is not None
    run = timing.failure
    print(f"\n{name} failed (exit {run.exit_code}): {' '.join(run.command)}", file=sys.stderr)
    print(tail(run.stderr) or "(no stderr)", file=sys.stderr)


# --- main ------------------------------------------------------------------------------------

def measure(args: argparse.Namespace, work: Path) -> int:
    sqlite3 = sqlite3_binary()
    print(f"machine: {machine(args.python, sqlite3)}")
    floor_kib = memory_floor(work)
    plan = [(shape, args.rows) for shape in args.shapes] + \
        [("plain", rows) for rows in args.scale if ("plain", rows) not in
         [(shape, args.rows) for shape in args.shapes]]
    results = [measure_one(args, work, sqlite3, shape, rows, floor_kib) for shape, rows in plan]
    if any(r is None for r in results):
        return 1
    print_header()
    met: list[bool] = []
    for (shape, rows), result in zip(plan, results, strict=True):
        assert result is not None
        met += print_row(shape, rows, *result, floor_kib)
    print(f"\nbest of {args.repeat} run(s); memory MB are MiB (ru_maxrss / 1024), file MB are "
          f"10^6 bytes; no peak reads below this harness's floor of {mib(floor_kib):.0f} MB")
    for (shape, rows), result in zip(plan, results, strict=True):
        print(f"balances, {shape} {rows:,}: {result[3][1]}")  # type: ignore[index]
    return 1 if args.strict and not all(met) else 0


def measure_one(args: argparse.Namespace, work: Path, sqlite3: str, shape: str, rows: int,
                floor_kib: int) -> tuple[Path, Timing, Timing, tuple[bool, str]] | None:
    csv, summary, generated = statement(rows, args.seed, work if args.no_cache else CACHE, shape)
    how = "reused from cache" if generated is None else f"generated in {generated:.2f} s"
    print(f"statement ({shape}): {csv} ({rows:,} rows, {csv.stat().st_size / 1e6:.1f} MB, {how})")
    skip = import_supports_skip(sqlite3)
    # Outside the timing: the baseline should not pay for a copy balanceview does not make.
    baseline_csv = csv if skip else headerless_copy(csv, work / "headerless.csv")
    warm_page_cache(csv)
    baseline, bv = Timing(), Timing()
    bare_db, bv_db = work / "bare.db", work / "bv.db"
    extra = ["--skip-bad-rows"] if shape == "baddate" else []
    for i in range(args.repeat):
        baseline.add(run_child(sqlite_command(sqlite3, fresh(bare_db), baseline_csv, skip),
                               work / f"sqlite3-{i}"))
        bv.add(run_child([args.python, "-m", "balanceview", "--db", str(fresh(bv_db)),
                          "import", *extra, str(csv)], work / f"balanceview-{i}"))
        print(f"  run {i + 1}/{args.repeat}: sqlite3 {baseline.runs[-1].seconds:.2f} s, "
              f"balanceview {bv.runs[-1].seconds:.2f} s")
    if baseline.failure:
        report_failure("sqlite3 .import", baseline)
        return None
    imported = sqlite_row_count(sqlite3, bare_db)
    if imported != rows:
        print(f"sqlite3 .import loaded {imported} of {rows} rows: "
              f"{tail(baseline.runs[-1].stderr)}", file=sys.stderr)
        return None
    if bv.failure:
        report_failure("balanceview import", bv)
        return None
    return csv, baseline, bv, check_balances(args.python, bv_db, summary, work / "balances")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="balanceview-bench-"))
    try:
        return measure(args, work)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
