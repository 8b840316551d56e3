"""Write a synthetic social security card statement for the import benchmark.

    python benchmarks/make_statement.py --rows 1000000 --out statement.csv [--seed 1]

The file looks like a bank's CSV export of one card holding both purses: three title lines,
a header, then rows in time order. Each row's 余额 is the running balance of that row's purse,
so an importer can be checked against the balances the generator ends with.

Money is integer fen throughout; a float never touches an amount. Stdlib only, so the
benchmark runs before the project's dependencies are installed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CARD_NUMBER = "6217990012345678"
TITLE_LINES = ("社会保障卡交易明细", f"卡号：{CARD_NUMBER}", "姓名：张三")
HEADER = "交易时间,账户类型,交易类型,摘要,收入,支出,余额,机构,流水号"
ENCODING = "gb18030"

MEDICAL = "医保个人账户"
BANK = "银行账户"
PURSES = (MEDICAL, BANK)  # a row's purse is an index into this tuple

# Statements start here; rows are spread over about ten years whatever their number,
# so a small file still spans several years like a real one.
START = dt.datetime(2014, 1, 1)
SPAN_SECONDS = 10 * 365 * 86400

CHUNK_ROWS = 20_000  # rows joined and encoded at a time: big enough to be fast, small in memory

_MEDICAL_CENTRES = ("太原市医疗保障事务中心", "山西省医疗保障事务中心")
_BANK_BRANCHES = ("中国建设银行太原迎泽支行", "中国建设银行太原平阳路支行",
                  "中国建设银行太原亲贤支行")
_HOSPITALS = ("山西省人民医院", "山西医科大学第一医院", "山西医科大学第二医院", "山西白求恩医院",
              "太原市中心医院")


@dataclass(frozen=True)
class Kind:
    """One 交易类型 of one purse: how often it happens and what it looks like."""

    purse: int
    name: str
    income: bool
    low_fen: int
    high_fen: int  # inclusive
    weight: int  # relative frequency within the whole statement
    summaries: tuple[str, ...]
    institutions: tuple[str, ...]


# Weights add to 20 per purse, so the two purses get about half the rows each. Expenses
# slightly outweigh income on average, so balances hover at realistic levels instead of
# growing without bound; an expense that would overdraw its purse becomes FALLBACK income.
KINDS = (
    Kind(0, "划入", True, 20_000, 60_000, 6,
         ("单位缴费划入", "个人缴费划入", "医保个人账户月度划入"), _MEDICAL_CENTRES),
    Kind(0, "利息", True, 100, 5_000, 1, ("个人账户年度计息",), _MEDICAL_CENTRES),
    Kind(0, "药店购药", False, 500, 30_000, 6,
         ("一心堂(南内环店)", "老百姓大药房", "老百姓大药房(亲贤北街店)", "大参林(长风街店)",
          "益丰大药房(体育路店)", "漱玉平民大药房(并州路店)", "国大药房(平阳路店)",
          "同仁堂(柳巷店)", "海王星辰(学府街店)", "华佗药房(迎泽大街店)"), _MEDICAL_CENTRES),
    Kind(0, "门诊", False, 1_000, 40_000, 4,
         (*_HOSPITALS, "山西省中医院", "太原市第二人民医院", "迎泽区桥东社区卫生服务中心"),
         _MEDICAL_CENTRES),
    Kind(0, "住院", False, 20_000, 200_000, 1, _HOSPITALS, _MEDICAL_CENTRES),
    Kind(0, "家庭共济支付", False, 2_000, 60_000, 2,
         ("家庭共济-配偶门诊", "家庭共济-子女购药", "家庭共济-父母住院"), _MEDICAL_CENTRES),
    Kind(1, "存现", True, 10_000, 300_000, 3, ("ATM存款", "柜面现金存入"), _BANK_BRANCHES),
    Kind(1, "取款", False, 10_000, 300_000, 4,
         ("ATM取款", "柜面取款", "跨行ATM取款"), _BANK_BRANCHES),
    Kind(1, "养老金", True, 250_000, 450_000, 2,
         ("城镇职工基本养老金", "养老金发放"), _BANK_BRANCHES),
    Kind(1, "消费", False, 100, 80_000, 8,
         ("美特好超市(平阳店)", "华联超市(五一路店)", "美宜佳便利店", "唐久便利店",
          "王府井百货(太原店)", "国美电器(解放路店)", "中国石化加油站", "太原地铁",
          "支付宝-饿了么", "财付通-美团", "山西移动话费", "太原市自来水公司", "国网太原供电公司"),
         _BANK_BRANCHES),
    Kind(1, "转账", False, 5_000, 500_000, 2,
         ("网银转账", "手机银行转账", "跨行转账"), _BANK_BRANCHES),
    Kind(1, "医保报销", True, 5_000, 300_000, 1,
         ("大病保险二次报销", "门诊慢特病报销", "异地就医报销"), _BANK_BRANCHES),
)
FALLBACK = ("划入", "养老金")  # per purse: the income that replaces an overdrawing expense


@dataclass(frozen=True)
class Template:
    """Everything about a row except its time, amount, balance and reference, pre-rendered."""

    purse: int
    income: bool
    low_fen: int
    span_fen: int
    head: str  # "账户类型,交易类型,摘要"
    institution: str


@dataclass
class Summary:
    """What the statement should import as: per purse, its row count and closing balance."""

    rows: int
    card: str
    counts: dict[str, int]
    closing_fen: dict[str, int]
    skipped_purse: int | None = None  # the purse of the bad row of a 'baddate' file


def fen_text(fen: int) -> str:
    """2345 -> '23.45'; integer maths so no amount is ever rounded."""
    yuan, cents = divmod(fen, 100)
    return f"{yuan}.{cents:02d}"


def templates_for(kind: Kind) -> list[Template]:
    """One template per (摘要, 机构) pair of a kind."""
    return [
        Template(kind.purse, kind.income, kind.low_fen, kind.high_fen - kind.low_fen + 1,
                 f"{PURSES[kind.purse]},{kind.name},{summary}", institution)
        for summary in kind.summaries
        for institution in kind.institutions
    ]


def draw_table(kinds: tuple[Kind, ...]) -> list[Template]:
    """A list to draw rows from uniformly, each kind filling a share equal to its weight.

    One rng.choice per row is faster than choosing a kind then a summary, and repeating
    entries keeps the frequencies exact with integers only.
    """
    per_kind = [templates_for(kind) for kind in kinds]
    common = math.lcm(*(len(t) for t in per_kind))
    table: list[Template] = []
    for kind, templates in zip(kinds, per_kind, strict=True):
        table.extend(templates * (kind.weight * common // len(templates)))
    return table


def fallbacks(kinds: tuple[Kind, ...]) -> tuple[Template, ...]:
    """Per purse, the first template of its fallback income kind."""
    by_name = {(kind.purse, kind.name): kind for kind in kinds}
    return tuple(templates_for(by_name[(purse, name)])[0] for purse, name in enumerate(FALLBACK))


def times_of_day() -> list[str]:
    """'HH:MM:SS' for every second of a day; a lookup beats strftime a million times."""
    return [f"{h:02d}:{m:02d}:{s:02d}" for h in range(24) for m in range(60) for s in range(60)]


SHAPES = ("plain", "quoted", "newest", "baddate")
QUOTED_EVERY = 1000  # 0.1% of the rows carry a quoted cell with a comma, as real exports do
QUOTED_SUMMARY = '"个人账户余额不足,差额自付"'


def shaped(lines: Iterator[str], rows: int, shape: str, summary: Summary) -> Iterator[str]:
    """The rows as one of the benchmark's four files: plain; 0.1% with a quoted cell; newest
    first; one impossible date in the middle (imported with --skip-bad-rows)."""
    if shape == "newest":
        yield from reversed(list(lines))
        return
    for index, line in enumerate(lines):
        if shape == "quoted" and index % QUOTED_EVERY == QUOTED_EVERY // 2:
            parts = line.split(",")
            parts[3] = QUOTED_SUMMARY
            line = ",".join(parts)
        elif shape == "baddate" and index == rows // 2:
            summary.skipped_purse = PURSES.index(line.split(",")[1])
            line = "2023-02-30" + line[10:]
        yield line


def generate_lines(rows: int, rng: random.Random, summary: Summary) -> Iterator[str]:
    """Yield the data rows, updating summary's counts and closing balances as it goes."""
    table = draw_table(KINDS)
    fallback = fallbacks(KINDS)
    clock = times_of_day()
    choice, randrange, getrandbits = rng.choice, rng.randrange, rng.getrandbits

    # Opening balances are not in the file, as in a statement cut from a longer history.
    balances = [randrange(50_000, 500_000), randrange(100_000, 2_000_000)]
    counts = [0, 0]
    max_step = max(2, 2 * SPAN_SECONDS // max(rows, 1))  # mean step of max_step / 2 seconds
    seconds = randrange(86400)
    day_end, day = -1, ""
    reference = randrange(10**15, 2 * 10**15)  # 16 digits; +8 per row at most stays 16 digits

    for _ in range(rows):
        seconds += 1 + randrange(max_step)  # at least 1: times strictly increase
        if seconds >= day_end:
            day_index = seconds // 86400
            day = (START + dt.timedelta(days=day_index)).date().isoformat()
            day_end = (day_index + 1) * 86400
        template = choice(table)
        amount = template.low_fen + randrange(template.span_fen)
        purse = template.purse
        if not template.income and amount > balances[purse]:
            template = fallback[purse]
            amount = template.low_fen + randrange(template.span_fen)
        if template.income:
            balances[purse] += amount
            money = f"{fen_text(amount)},"
        else:
            balances[purse] -= amount
            money = f",{fen_text(amount)}"
        counts[purse] += 1
        reference += 1 + getrandbits(3)  # strictly increasing, hence unique
        yield (f"{day} {clock[seconds % 86400]},{template.head},{money},"
               f"{fen_text(balances[purse])},{template.institution},{reference}")

    summary.counts = dict(zip(PURSES, counts, strict=True))
    summary.closing_fen = dict(zip(PURSES, balances, strict=True))


def chunks(lines: Iterator[str], size: int) -> Iterator[list[str]]:
    """Group lines so each write encodes and writes many rows at once."""
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_statement(out: Path, rows: int, seed: int = 1, newline: str = "\r\n",
                    shape: str = "plain") -> Summary:
    """Write the statement to out and return what it should import as.

    A regular file is written under a temporary name and renamed, so an interrupted run
    never leaves a truncated file that a cache would take for a good one. Anything else
    (/dev/stdout, a pipe) is written in place: renaming onto it would replace it.
    """
    summary = Summary(rows=rows, card=CARD_NUMBER, counts={}, closing_fen={})
    rng = random.Random(seed)
    in_place = out.exists() and not out.is_file()
    target = out if in_place else out.with_name(out.name + ".partial")
    with open(target, "wb", buffering=1 << 20) as f:
        f.write(newline.join([*TITLE_LINES, HEADER, ""]).encode(ENCODING))
        lines = shaped(generate_lines(rows, rng, summary), rows, shape, summary)
        for chunk in chunks(lines, CHUNK_ROWS):
            chunk.append("")  # so the join ends the last row with a newline too
            f.write(newline.join(chunk).encode(ENCODING))
    if not in_place:
        os.replace(target, out)
    if summary.skipped_purse is not None:  # the bad row is not imported
        summary.counts[PURSES[summary.skipped_purse]] -= 1
        summary.skipped_purse = None
    return summary


def summary_json(summary: Summary) -> str:
    return json.dumps(summary.__dict__, ensure_ascii=False, indent=2)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, required=True, help="number of transaction rows")
    parser.add_argument("--out", type=Path, required=True, help="file to write")
    parser.add_argument("--seed", type=int, default=1, help="same seed, same file (default 1)")
    parser.add_argument("--newline", choices=("crlf", "lf"), default="crlf",
                        help="line ending; bank exports are usually CRLF (default)")
    parser.add_argument("--shape", choices=SHAPES, default="plain",
                        help="plain; quoted (0.1%% of rows with a quoted cell); newest (newest "
                        "first); baddate (one impossible date in the middle)")
    parser.add_argument("--summary", type=Path,
                        help="also write the expected row counts and closing balances as JSON")
    args = parser.parse_args(argv)
    if args.rows < 0:
        parser.error("--rows must not be negative")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    newline = "\r\n" if args.newline == "crlf" else "\n"
    summary = write_statement(args.out, args.rows, args.seed, newline, args.shape)
    if args.summary:
        args.summary.write_text(summary_json(summary) + "\n", encoding="utf-8")
    print(summary_json(summary), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
