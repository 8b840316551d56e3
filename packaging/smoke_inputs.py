"""Statements for the bundle's smoke test, made at build time (`./bv bundle` runs this in .venv):
a medical account statement printed to PDF as a bank prints one (two pages, a ruled grid, the
Chinese text in an embedded font: the tests' printer, tests/core/pdf_statements.py, with fpdf2)
and a bank purse CSV in GB18030 whose quoted cells hold commas and quotes. `expected.json` holds
the rows the bundle must read from them, so the smoke test itself needs no library of ours.

usage: .venv/bin/python packaging/smoke_inputs.py [FOLDER]     (default build/smoke-inputs)
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FOLDER = REPO / "build" / "smoke-inputs"
CARD = "6217990012349876"
PDF = "医保个人账户明细.pdf"
CSV = "银行流水.csv"

MEDICAL = [  # date, summary, amount, balance, where
    ("2025-01-05", "个人账户划入", "156.20", "456.20", ""),
    ("2025-01-18", "门诊统筹结算", "-38.50", "417.70", "北京市某某社区卫生服务中心"),
    ("2025-02-05", "个人账户划入", "156.20", "573.90", ""),
    ("2025-02-21", "药店购药", "-86.00", "487.90", "北京某某大药房连锁有限公司第十二分店"),
    ("2025-03-05", "个人账户划入", "156.20", "644.10", ""),
    ("2025-03-09", "住院结算", "-512.00", "132.10", "北京某某医院"),
]
ROWS_PER_PAGE = 4
BANK = [  # date, summary, amount, balance, counterparty: "1,234.50" and a comma in a name
    ("2025-04-01", "代发工资", "1,234.50", "1,334.50", "某某有限公司,北京分公司"),
    ("2025-04-03", "消费", "-34.50", "1,300.00", '超市 "好邻居"'),
]


def statement_pdf() -> bytes:
    sys.path.insert(0, str(REPO))
    from tests.core.pdf_statements import Layout, print_statement

    layout = Layout(widths=[70, 90, 60, 70, 150],
                    header=[["结算日期", "摘要", "发生额", "个人账户余额", "定点医药机构"]],
                    titles=["医疗保险个人账户明细", f"姓名：张三    社会保障卡号：{CARD}",
                            "查询区间：2025-01-01 至 2025-03-31"],
                    rows_per_page=ROWS_PER_PAGE)
    return print_statement(layout, [list(row) for row in MEDICAL]).data


def statement_csv() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # quotes only the cells that need it
    writer.writerow(["交易日期", "摘要", "交易金额", "账户余额", "对方户名"])
    writer.writerows(BANK)
    return out.getvalue().encode("gb18030")


def expected() -> dict[str, object]:
    def plain(amount: str) -> str:
        return amount.replace(",", "")

    medical = [{"kind": "medical", "file": PDF, "date": d, "amount": plain(a),
                "running_balance": plain(b), "page": 1 + i // ROWS_PER_PAGE}
               for i, (d, _, a, b, _) in enumerate(MEDICAL)]
    bank = [{"kind": "bank", "file": CSV, "date": d, "amount": plain(a),
             "running_balance": plain(b), "counterparty": c} for d, _, a, b, c in BANK]
    return {"card_last4": CARD[-4:], "files": [PDF, CSV], "rows": medical + bank}


def main(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PDF).write_bytes(statement_pdf())
    (folder / CSV).write_bytes(statement_csv())
    (folder / "expected.json").write_text(json.dumps(expected(), ensure_ascii=False, indent=1),
                                          "utf-8")
    print(f"smoke inputs: {PDF} ({(folder / PDF).stat().st_size // 1024} KiB), {CSV} in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER))
