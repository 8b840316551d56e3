"""The walk of issue #8, on a real screen in Chinese: statements that name their purse and
card in different ways, each imported through the dialog, with a picture of the dialog, of
its report and of the window after each.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/purse_walk.py OUT

赵六's bank statement; a medical export with no title (it joins the only card); 李四's bank
statement (a new card); a medical export whose rows point both ways (the dialog asks which
purse); 王五's ICBC statement whose balances are all xx,yyyy.zz (balance unknown); 李四's
statement as a PDF (page and row in the preview). Pictures go to OUT; the README takes the
best from it by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests.core.pdf_statements

from walk import Step, Walk, _home, import_by_keyboard, title_less_medical, walk_in_chinese  # noqa: E402

from balanceview.core.samples import samples_dir  # noqa: E402
from tests.core.pdf_statements import Layout, print_statement  # noqa: E402

LI = ["中国银行借记卡交易明细", "卡号：6217990022225678", "户名：李四",
      "交易日期,摘要,金额,余额,对方户名",
      '2024-03-01,代发工资,"4,200.00","5,310.20",太原市某某公司',
      '2024-03-06,ATM取款,-800.00,"4,510.20",',
      '2024-03-18,快捷支付,-126.80,"4,383.40",美团']
MIXED = ["户名：李四", "交易日期,交易类型,交易金额,账户余额",
         "2024-03-01,个人账户划入,320.00,820.00", "2024-03-04,存款,-45.60,774.40",
         "2024-03-09,药店购药,-20.00,754.40", "2024-03-15,ATM取款,-38.00,716.40"]
ICBC = ["中国工商银行 借记卡明细", "卡号：6222020000001234", "户名：王五",
        "交易日期,摘要,收入,支出,余额",
        '2024-05-02,工资,"3,000.00",,"xx,yyyy.zz"',
        '2024-05-05,消费,,"4,399.34","xx,yyyy.zz"',
        '2024-05-08,网转,,"1,000.00","xx,yyyy.zz"',
        '2024-05-20,他行汇入,"1,000.00",,"xx,yyyy.zz"']
PDF = Layout(widths=[70, 90, 70, 70], header=[["交易日期", "摘要", "交易金额", "余额"]],
             titles=["中国银行借记卡交易明细", "卡号：6217990022225678    户名：李四"],
             rows_per_page=3)
PDF_ROWS = [["2024-04-01", "代发工资", "4,200.00", "8,583.40"],
            ["2024-04-03", "转账", "-1,500.00", "7,083.40"],
            ["2024-04-12", "ATM取款", "-600.00", "6,483.40"],
            ["2024-04-20", "消费", "-83.40", "6,400.00"]]


def written(name: str, lines: list[str]) -> Path:
    path = _home / name
    path.write_bytes(("\n".join(lines) + "\n").encode("gb18030"))
    return path


def choose_medical(walk: Walk) -> None:
    from PySide6.QtWidgets import QApplication

    box = QApplication.activeModalWidget().purse_box
    box.setFocus()
    box.setCurrentIndex(box.findData("medical"))  # as the person picks it from the list


def settled(page) -> bool:  # type: ignore[no-untyped-def]
    return page.explained is not None and not page.transactions.model.busy


def purse_walk(walk: Walk) -> Step:
    pdf = _home / "李四流水.pdf"
    pdf.write_bytes(print_statement(PDF, PDF_ROWS).data)
    steps = [("1-zhao", samples_dir() / "bank_emergency_advance.csv", None),
             ("2-medical-no-title", title_less_medical(_home), None),
             ("3-li-new-card", written("李四银行流水.csv", LI), None),
             ("4-which-purse", written("李四医保明细.csv", MIXED), lambda: choose_medical(walk)),
             ("5-icbc-unknown-balance", written("工行明细.csv", ICBC), None),
             ("6-pdf", pdf, None)]
    for name, path, answer in steps:
        yield from import_by_keyboard(walk, path, f"{name}-dialog", f"{name}-report", answer)
        yield lambda: settled(walk.window.card_page)
        walk.shot(f"{name}-window")


def main() -> int:
    return walk_in_chinese(purse_walk)


if __name__ == "__main__":
    raise SystemExit(main())
