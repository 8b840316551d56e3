"""Real bank exports (../shared/realworld-fixtures) import with the balance they state."""

from __future__ import annotations

from pathlib import Path

import pytest

from balanceview.core.errors import UserError
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.ledger import purse_balances
from balanceview.core.money import format_fen
from tests.conftest import SHARED_FIXTURES

pytestmark = pytest.mark.skipif(not SHARED_FIXTURES.is_dir(),
                                reason="../shared/realworld-fixtures is not beside this clone")

# file -> (rows, the last balance the statement itself states, oldest first)
CARD_STATEMENTS = {
    "double-entry-generator__example-abc_debit-records.csv": (5, "123.35"),
    "double-entry-generator__example-boc-records.csv": (17, "3240.28"),  # newest first
    "double-entry-generator__example-cmb-records.csv": (5, "81.22"),  # rows out of date order
    "double-entry-generator__交易明细_xxxx_2025xxxx_2025xxxx.xls": (6, "1494.65"),
}


@pytest.mark.parametrize("name", sorted(CARD_STATEMENTS))
def test_card_statement_balance_is_the_last_stated(store, name: str) -> None:
    rows, last_stated = CARD_STATEMENTS[name]
    outcome = import_file(store, SHARED_FIXTURES / name, ImportOptions())
    assert outcome.new_rows == {"bank": rows} and not outcome.bad_rows
    bank = [b for b in purse_balances(store.conn) if b.kind == "bank"][0]
    assert (format_fen(bank.balance_fen), bank.source) == (last_stated, "statement")


def test_icbc_hides_its_balance_so_it_is_unknown(store) -> None:
    """ICBC writes every balance as xx,yyyy.zz: the rows import, the report says the balance
    column is unreadable, and with no opening the balance is unknown: the net change of the
    rows is given beside it, never as money on the card."""
    name = "double-entry-generator__example-icbc-debit-v2-records.csv"
    outcome = import_file(store, SHARED_FIXTURES / name, ImportOptions())
    assert outcome.new_rows == {"bank": 11} and outcome.card == "1234 **** **** 9876"
    assert outcome.not_data == [(20, "a footer (totals or a notice)")]
    assert [n.code for n in outcome.notes] == ["note.balance_unreadable"]
    bank = [b for b in purse_balances(store.conn) if b.kind == "bank"][0]
    income, expense = 123456 + 123456 + 34158 + 3000 + 104, 1340 + 123456 * 3 + 50000 + 2400
    assert bank.balance_fen is None and bank.net_change_fen == income - expense


@pytest.mark.parametrize("name, app", [
    ("double-entry-generator__example-alipay-records.csv", "Alipay"),
    ("double-entry-generator__example-wechat-records.csv", "WeChat Pay"),
])
def test_payment_app_bills_are_refused_with_a_reason(store, name: str, app: str) -> None:
    with pytest.raises(UserError, match=f"bill from {app}, a payment-app record"):
        import_file(store, SHARED_FIXTURES / name, ImportOptions())
    assert purse_balances(store.conn) == []


def test_every_fixture_is_covered() -> None:
    covered = set(CARD_STATEMENTS) | {
        "double-entry-generator__example-icbc-debit-v2-records.csv",
        "double-entry-generator__example-alipay-records.csv",
        "double-entry-generator__example-wechat-records.csv"}
    present = {p.name for p in Path(SHARED_FIXTURES).iterdir() if p.name != "README.md"}
    assert present <= covered
