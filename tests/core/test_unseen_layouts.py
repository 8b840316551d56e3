"""The rules the second set of layouts (tests/fixtures/layouts/make_unseen.py) called for, each
as a person meets it: a direction written 进/出 or D/C, a time a spreadsheet stored as a
number, a holder's name followed by another label on its line, dated closing and totals lines,
and an old statement explained as of its own end (#8, #10)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balanceview.core import ledger
from balanceview.core.dates import parse_posted
from balanceview.core.errors import CellError
from balanceview.core.explain import explain, plain_text
from balanceview.core.importer import ImportOptions, import_file, read_statement
from balanceview.core.messages import say
from balanceview.core.statements.rows import _direction_sign
from balanceview.core.statements.title import read_clue

LAYOUTS = Path(__file__).resolve().parents[1] / "fixtures" / "layouts"


@pytest.mark.parametrize(("mark", "sign"), [("进", 1), ("出", -1), ("C", 1), ("D", -1),
                                            (" d ", -1), ("贷 Cr", 1), ("借 Dr", -1)])
def test_direction_marks_banks_write(mark: str, sign: int) -> None:
    assert _direction_sign(mark) == sign


def test_a_word_with_a_c_in_it_is_no_direction() -> None:
    with pytest.raises(CellError):
        _direction_sign("cash")


@given(st.times())
def test_a_time_stored_as_a_number_keeps_its_hour(moment) -> None:  # type: ignore[no-untyped-def]
    """A spreadsheet stores 09:15:22 as 91522: the hour is the digits before the last four."""
    number = str(moment.hour * 10_000 + moment.minute * 100 + moment.second)
    if len(number) < 5:
        return  # 0:15:22 is 1522: that many digits no longer say which is the hour
    posted, known = parse_posted("20240403", number)
    assert known and posted % 1_000_000 == int(number)


@pytest.mark.parametrize(("title", "holder"), [
    ("姓名：赵敏　社会保障号码：420106198803154421", "赵*"),
    ("户名：孙丽", "孙*"),
    ("客户名称:周强 卡号/账号:6217 0012 3456 7890 123", "周*"),
])
def test_a_holders_name_ends_where_the_next_label_begins(title: str, holder: str) -> None:
    assert read_clue(title).holder == holder


def test_an_account_balance_is_never_taken_for_a_card_number() -> None:
    assert read_clue("个人账户余额：1234.56\n账户余额：123456789012.00").card is None
    assert read_clue("账户,6228480012345678912,户名,蒋文").card == "6228 **** **** 8912"


def test_closing_and_totals_lines_are_said_and_left_out(store) -> None:
    """本期合计 (1,261.55) and 期末余额 carry a date like a row; neither is a transaction."""
    statement = read_statement(None, LAYOUTS / "bank_closing_line.csv", ImportOptions())
    said = {line: say(why, "en") for line, why in statement.skipped}
    assert said == {10: "a closing or totals line (期末余额, 合计), not a transaction",
                    11: "a closing or totals line (期末余额, 合计), not a transaction"}
    import_file(store, LAYOUTS / "bank_closing_line.csv", ImportOptions())
    assert [r.amount_fen for r in ledger.history(store.conn)] == [210000, -60000, -23845]


def test_an_old_statement_speaks_as_of_its_own_end(store) -> None:
    import_file(store, LAYOUTS / "medical_retiree_2022.csv", ImportOptions())
    medical = explain(store.conn, None, "zh").cards[0].purse("medical")
    assert medical is not None
    assert medical.as_of == date(2022, 12, 31) and medical.zero_date == date(2022, 9, 27)
    assert medical.codes == ["spent_down", "annual_credit"]
    assert "下一次划入预计在 2023 年 1 月前后" in medical.reasons[1].text
    text = plain_text(explain(store.conn, None, "zh"))
    assert "截至对账单最后一天 2022-12-31" in text
    assert "期初 0.00 + 收入 3,600.00 − 支出 3,600.00 = 期末 0.00" in text


def test_a_relative_named_in_the_remark_and_an_institution_column_read(store) -> None:
    import_file(store, LAYOUTS / "medical_hubei_period_title.csv", ImportOptions())
    zh = explain(store.conn, None, "zh").cards[0]
    assert zh.holder == "赵*"
    medical = zh.purse("medical")
    assert medical is not None and medical.codes == ["family_aid_out"]
    assert "通过家庭共济在湖北省妇幼保健院为家人支付了 80.00 元" in medical.reasons[0].text


def test_two_quarters_of_one_card_chain_into_one_purse(store) -> None:
    for name in ("psbc_debit_q1_gbk.csv", "psbc_debit_q2_bom.csv"):
        import_file(store, LAYOUTS / name, ImportOptions())
    (card,) = ledger.list_cards(store.conn)
    bank = explain(store.conn, None, "en").cards[0].purse("bank")
    assert bank is not None and bank.bridge is not None
    assert (card.number, bank.balance_fen, bank.bridge.unexplained_fen) == \
        ("6221 **** **** 0123", 1053397, 0)
    assert bank.as_of == date(2024, 6, 30)


def test_only_the_statements_rows_vote_for_a_purse() -> None:
    """A blank line and a notice below the table are no rows of the statement: the reason
    counts its three transactions, not five lines."""
    statement = read_statement(None, LAYOUTS / "bank_receipts_and_payments.csv", ImportOptions())
    assert statement.default_purse == "bank"
    assert say(statement.purse_reason, "en").startswith("the bank account (银行账户): 3 of 3 rows")
