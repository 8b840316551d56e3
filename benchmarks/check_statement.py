"""Check that a generated statement is what the benchmark claims it is.

    python benchmarks/check_statement.py FILE [--summary FILE.json]

Decodes strictly as GB18030, checks the title lines and header, that times strictly increase,
that each row has exactly one of 收入/支出 with two decimals, that each purse's 余额 chains
from its previous row and never goes below zero, and that every 流水号 is a unique 16-digit
number. Exits 1 listing the first problems if anything is wrong. Stdlib only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from make_statement import ENCODING, HEADER, PURSES, TITLE_LINES

MONEY = re.compile(r"\d+\.\d\d")
TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
REFERENCE = re.compile(r"\d{16}")
MAX_PROBLEMS = 20


@dataclass
class Report:
    rows: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    kinds: Counter[tuple[str, str]] = field(default_factory=Counter)
    closing_fen: dict[str, int] = field(default_factory=dict)
    max_fen: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def problem(self, line: int, message: str) -> None:
        self.problems.append(f"line {line}: {message}")


def to_fen(text: str) -> int:
    """'23.45' -> 2345 without floats; the caller has checked the shape."""
    yuan, cents = text.split(".")
    return int(yuan) * 100 + int(cents)


def check_row(number: int, cells: list[str], previous_time: str, report: Report,
              references: set[str]) -> None:
    """Check one data row, updating the running balances in report."""
    if len(cells) != 9:
        report.problem(number, f"{len(cells)} cells, want 9")
        return
    time, purse, kind, _summary, income, expense, balance, _institution, reference = cells
    if not TIME.fullmatch(time) or time <= previous_time:
        report.problem(number, f"time {time!r} not after {previous_time!r}")
    if purse not in PURSES:
        report.problem(number, f"unknown purse {purse!r}")
        return
    if bool(income) == bool(expense):
        report.problem(number, "want exactly one of 收入 and 支出")
        return
    amount = income or expense
    if not MONEY.fullmatch(amount) or not MONEY.fullmatch(balance):
        report.problem(number, f"amount {amount!r} or balance {balance!r} is not 0.00 form")
        return
    delta = to_fen(income) if income else -to_fen(expense)
    fen = to_fen(balance)
    if purse in report.closing_fen and report.closing_fen[purse] + delta != fen:
        report.problem(number, f"{purse} balance {balance} does not follow from "
                               f"{report.closing_fen[purse]} fen {delta:+} fen")
    if not REFERENCE.fullmatch(reference) or reference in references:
        report.problem(number, f"流水号 {reference!r} is not a new 16-digit number")
    references.add(reference)
    report.closing_fen[purse] = fen
    report.max_fen[purse] = max(fen, report.max_fen.get(purse, 0))
    report.counts[purse] += 1
    report.kinds[(purse, kind)] += 1


def check_file(path: Path) -> Report:
    report = Report()
    data = path.read_bytes()
    try:
        text = data.decode(ENCODING)  # strict: one bad byte raises
    except UnicodeDecodeError as e:
        report.problems.append(f"not {ENCODING}: {e}")
        return report
    try:
        data.decode("utf-8")
        report.problems.append("also decodes as UTF-8; expected GB18030 bytes for Chinese text")
    except UnicodeDecodeError:
        pass  # good: the Chinese text really is in GB18030, not UTF-8
    lines = text.splitlines()
    if tuple(lines[:3]) != TITLE_LINES or lines[3:4] != [HEADER]:
        report.problems.append("title lines or header differ from make_statement.py")
    references: set[str] = set()
    previous_time = ""
    for number, line in enumerate(lines[4:], start=5):
        cells = line.split(",")
        check_row(number, cells, previous_time, report, references)
        previous_time = cells[0]
        report.rows += 1
        if len(report.problems) >= MAX_PROBLEMS:
            break
    return report


def compare_summary(report: Report, summary_path: Path) -> None:
    """The generator's own account of the file must match what was read back."""
    summary = json.loads(summary_path.read_text(encoding="utf-8"))
    if summary["rows"] != report.rows:
        report.problems.append(f"summary says {summary['rows']} rows, file has {report.rows}")
    if summary["counts"] != dict(report.counts):
        report.problems.append(f"summary counts {summary['counts']} != {dict(report.counts)}")
    if summary["closing_fen"] != report.closing_fen:
        report.problems.append(f"summary closing {summary['closing_fen']} != "
                               f"{report.closing_fen}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--summary", type=Path, help="JSON written by make_statement --summary")
    args = parser.parse_args(argv)
    report = check_file(args.file)
    if args.summary and not report.problems:
        compare_summary(report, args.summary)
    print(f"rows {report.rows}; per purse {dict(report.counts)}")
    print(f"closing fen {report.closing_fen}; highest fen {report.max_fen}")
    for (purse, kind), count in sorted(report.kinds.items()):
        print(f"  {purse} {kind}: {count}")
    for problem in report.problems:
        print("PROBLEM", problem)
    print("OK" if not report.problems else "FAILED")
    return 0 if not report.problems else 1


if __name__ == "__main__":
    sys.exit(main())
