"""Each purse is explained as of the end of its own latest statement, and says so; never today."""

from __future__ import annotations

import json
from datetime import date

from balanceview.core.explain import explain, plain_text, to_contract
from balanceview.core.ledger import statement_period
from balanceview.core.samples import import_samples
from balanceview.core.selection import find_card
from balanceview.core.store import Store


def _purses(store: Store, card: str, lang: str = "zh"):  # type: ignore[no-untyped-def]
    return explain(store.conn, None, lang, find_card(store.conn, card)).cards[0]


def _end(store: Store, card: str, kind: str) -> date:
    account = store.conn.execute(
        "SELECT a.id FROM accounts a WHERE a.card_id = ? AND a.kind = ?",
        (find_card(store.conn, card), kind)).fetchone()[0]
    period = statement_period(store.conn, account)
    assert period is not None
    return period[1]


def test_each_purse_speaks_of_its_own_statement(store: Store) -> None:
    import_samples(store)
    card = _purses(store, "6666")
    medical, bank = card.purses
    assert medical.as_of == bank.as_of == date(2024, 12, 21)  # the file's last row
    assert medical.period == (date(2023, 3, 2), date(2024, 12, 21))
    assert "截至对账单最后一天 2024-12-21" in medical.verdict
    emergency = _purses(store, "4321").purse("bank")
    assert emergency is not None and emergency.as_of == date(2024, 12, 18)
    pending = emergency.reason("pending_reimbursement")
    assert pending is not None and "到对账单最后一天 2024-12-18 已 95 天" in pending.text


def test_days_without_a_credit_run_to_the_statement_end(store: Store) -> None:
    import_samples(store)
    end = _end(store, "0001", "medical")
    medical = _purses(store, "0001", "en").purse("medical")
    assert medical is not None and medical.as_of == end
    stopped = medical.reason("credits_stopped")
    days = (end - date(2024, 6, 15)).days
    assert stopped is not None and f"{days} days before the statement's last day, {end}" in stopped.text


def test_the_json_says_each_account_s_day(store: Store) -> None:
    import_samples(store)
    contract = to_contract(explain(store.conn, None, "en", find_card(store.conn, "4321")))
    assert contract["as_of"] is None  # no day was asked for
    bank = contract["cards"][0]["accounts"][1]
    assert bank["as_of"] == "2024-12-18"
    assert bank["period"] == {"from": "2024-01-10", "to": "2024-12-18"}
    never = contract["cards"][0]["accounts"][0]  # the medical purse: nothing imported
    assert "as_of" not in never and never["reasons"][0]["code"] == "no_data"


def test_a_day_asked_for_is_everyone_s_day(store: Store) -> None:
    import_samples(store)
    asked = explain(store.conn, date(2024, 6, 30), "zh", find_card(store.conn, "6666"))
    assert asked.as_of == date(2024, 6, 30)
    assert all(p.as_of == date(2024, 6, 30) for p in asked.cards[0].purses)
    text = plain_text(asked)
    assert "截至 2024-06-30" in text and "对账单最后一天" not in text
    assert json.loads(json.dumps(to_contract(asked)))["as_of"] == "2024-06-30"


def test_nothing_counts_from_today(store: Store) -> None:
    """An export that ended in 2024 is not said to show years without a credit."""
    import_samples(store)
    for lang in ("zh", "en"):
        result = explain(store.conn, None, lang)
        assert str(date.today()) not in plain_text(result)
        for card in result.cards:
            assert all(p.as_of is None or p.as_of.year == 2024 for p in card.purses)
