"""The core's messages in Chinese or English: the reader's language, the exact data, and the
English text the CLI's scripts and the golden files have always read."""

from __future__ import annotations

import copy
import json
import string
from dataclasses import asdict

import pytest

from balanceview.cli import main
from balanceview.core.dates import parse_posted
from balanceview.core.errors import CellError, CellProblem, StatementRefused
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.messages import CATALOGUE, Message
from balanceview.core.money import parse_amount
from balanceview.core.preview import preview, refusal_of

TITLE = "卡号：6217990012345678"
HEADER = "交易日期,摘要,金额,余额,对方户名"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_code_speaks_both_languages_with_the_same_facts(code: str) -> None:
    texts = CATALOGUE[code]
    assert set(texts) == {"zh", "en"} and all(texts.values())
    assert placeholders(texts["zh"]) == placeholders(texts["en"])


def cell_error(parse, *args: str) -> Message:  # type: ignore[no-untyped-def]
    with pytest.raises(CellError) as raised:
        parse(*args)
    message = raised.value.message
    assert isinstance(message, Message)
    return message


def test_a_bad_date_in_chinese_keeps_the_cell_text() -> None:
    message = cell_error(parse_posted, " 2024-02-30 ")
    assert message == "'2024-02-30' is not a real date" == str(message)
    assert message.text("zh") == "“2024-02-30”不是真实的日期"
    assert cell_error(parse_posted, "1890-01-01").text("zh") == "“1890-01-01”的年份不合常理"
    assert cell_error(parse_posted, "2024-01-05", "25:00").text("zh") == "“25:00”不是真实的时间"


def test_a_bad_amount_in_chinese_keeps_the_cell_text() -> None:
    assert cell_error(parse_amount, "abc").text("zh") == "“abc”不是金额"
    too_fine = cell_error(parse_amount, "12.345")
    assert (str(too_fine), too_fine.text("zh")) == (
        "'12.345' has more than two decimal places", "“12.345”的小数超过两位")


def test_an_unknown_language_is_told_in_english() -> None:
    assert Message("row.no_amount").text("fr") == "the row has no amount"


def test_a_message_survives_copies_and_json() -> None:
    problem = CellProblem(4, "金额 (C)", Message("amount.not_money", text="abc"))
    copied = asdict(problem)["message"]
    assert copied.text("zh") == "“abc”不是金额" and copy.deepcopy(copied).code == "amount.not_money"
    assert json.loads(json.dumps(asdict(problem)))["message"] == "'abc' is not an amount of money"


def test_a_duplicate_says_where_it_was_imported_in_chinese(store, write_statement) -> None:  # type: ignore[no-untyped-def]
    path = write_statement("bank.csv", [TITLE, HEADER, "2024-01-05,存现,\"1,000.00\",1000.00,"])
    import_file(store, path, ImportOptions())
    line, why = import_file(store, path, ImportOptions()).duplicates[0]
    assert line == 3 and why == "already imported (import #1, line 3): 2024-01-05 1000.00"
    assert why.text("zh") == "已经导入过（第 1 次导入，第 3 行）：2024-01-05 1000.00"


def test_a_footer_is_named_in_chinese(write_statement) -> None:  # type: ignore[no-untyped-def]
    path = write_statement("bank.csv", [TITLE, HEADER, "2024-01-05,存现,10.00,10.00,",
                                        "合计,,10.00,,"])
    (line, why), = preview(path).skipped
    assert (line, why, why.text("zh")) == (4, "a footer (totals or a notice)", "页脚（合计或说明）")


def test_bad_rows_refused_in_chinese_name_file_line_column_and_cell(write_statement) -> None:  # type: ignore[no-untyped-def]
    path = write_statement("bad.csv", [TITLE, HEADER, "2024-01-05,存现,abc,10.00,"])
    problems = preview(path).problems
    refused = StatementRefused("bad.csv", problems)
    assert str(refused) == (
        "bad.csv was not imported: 1 bad row(s). Nothing was changed. Fix the file, or use "
        "--skip-bad-rows to import the rest.\nbad.csv, line 3, column 金额 (C): "
        "'abc' is not an amount of money")
    assert refused.text("zh") == (
        "bad.csv 没有导入：有 1 行读不懂，数据库没有任何改动。请修改文件，或用 --skip-bad-rows "
        "导入其余各行。\nbad.csv，第 3 行，“金额 (C)”列：“abc”不是金额")
    assert refusal_of(refused).details_in("zh") == refused.text("zh")


def test_the_command_line_speaks_chinese_in_a_chinese_locale(  # type: ignore[no-untyped-def]
        tmp_path, write_statement, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    db = str(tmp_path / "x.db")
    path = write_statement("b.csv", [TITLE, HEADER, "2024-01-05,存现,10.00,10.00,"])
    assert main(["--db", db, "import", str(path)]) == 0
    printed = capsys.readouterr().out
    assert "b.csv：已导入（第 1 次导入）到 6217 **** **** 5678：银行账户新增 1 行" in printed
    assert "  银行账户：表头有“对方户名”\n  卡：新建一张卡 6217 **** **** 5678：数据库里还没有卡" in printed
    bad = write_statement("bad.csv", [TITLE, HEADER, "2024-13-05,存现,10.00,10.00,"])
    assert main(["--db", db, "import", str(bad)]) == 2
    assert "bad.csv，第 3 行，“交易日期 (A)”列：“2024-13-05”不是真实的日期" in capsys.readouterr().err
