"""Properties of any explanation: the bridge balances and no reason contradicts the numbers.

Random card statements (both purses in one file, as both_purses.csv) go through the real
importer; an independent walk over the generated rows is the oracle.
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from balanceview.core.explain import CODES, explain, to_contract
from balanceview.core.explain.model import PurseExplanation
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.store import open_store

START = datetime(2023, 1, 1, 8, 0)
TITLE = ["社会保障卡交易明细", "卡号：6217990055556666", "姓名：孙七"]
PURSE_NAMES = {"medical": "医保个人账户", "bank": "银行账户"}
# (words, sign) per purse: words that make the importer pick the kinds the reasons look at.
WORDS = {
    "medical": [("划入", 1), ("划入", 1), ("划入", 1), ("药店购药", -1), ("门诊", -1),
                ("家庭共济支付", -1), ("账户转出", -1), ("清退", -1), ("年终结转", -1),
                ("年终结转", 1), ("结息", 1), ("退费", 1)],
    "bank": [("存现", 1), ("养老金", 1), ("医保报销", 1), ("取款", -1), ("消费", -1),
             ("急诊 北京协和医院", -1), ("居民医保缴费", -1), ("结息", 1)],
}


@dataclass(frozen=True)
class Row:
    purse: str
    when: datetime
    words: str
    amount: int  # fen, signed

    @property
    def rollover(self) -> bool:
        return "结转" in self.words


@st.composite
def rows(draw: st.DrawFn) -> list[Row]:
    count = draw(st.integers(0, 30))
    result, when = [], START
    for _ in range(count):
        when += timedelta(days=draw(st.integers(0, 40)), minutes=draw(st.integers(1, 600)))
        purse = draw(st.sampled_from(("medical", "bank")))
        words, sign = draw(st.sampled_from(WORDS[purse]))
        # Zero amounts and amounts that empty the purse are the interesting cases.
        amount = draw(st.one_of(st.just(0), st.integers(1, 300_000)))
        result.append(Row(purse, when, words, sign * amount))
    return result


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[Row], dict[str, int], bool, int | None]:
    openings = {p: draw(st.sampled_from((0, 0, 5000, 123456))) for p in PURSE_NAMES}
    history = draw(rows())
    for purse in PURSE_NAMES:
        if draw(st.booleans()):
            history = emptied(history, purse, openings[purse])
    with_balances = draw(st.booleans())
    # A corrupted balance makes a statement gap.
    broken = None
    if history and with_balances and draw(st.booleans()):
        broken = draw(st.integers(0, len(history) - 1))
    return history, openings, with_balances, broken


def emptied(history: list[Row], purse: str, opening: int) -> list[Row]:
    """The history with a last payment that takes the purse to exactly 0.00."""
    balance = opening + sum(r.amount for r in history if r.purse == purse)
    if balance <= 0:
        return history
    when = (history[-1].when if history else START) + timedelta(hours=1)
    words = "药店购药" if purse == "medical" else "消费"
    return [*history, Row(purse, when, words, -balance)]


def write_file(folder: Path, history: list[Row], openings: dict[str, int], with_balances: bool,
               broken: int | None) -> Path:
    header = "交易日期,账户类型,交易类型,摘要,金额" + (",余额" if with_balances else "")
    lines = [*TITLE, header]
    balances = dict(openings)
    for index, row in enumerate(history):
        balances[row.purse] += row.amount
        shown = balances[row.purse] + (777 if index == broken else 0)
        cells = [row.when.strftime("%Y-%m-%d %H:%M:%S"), PURSE_NAMES[row.purse], row.words,
                 "", _money(row.amount)]
        if with_balances:
            cells.append(_money(shown))
        lines.append(",".join(cells))
    path = folder / "card.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _money(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"


@dataclass(frozen=True)
class Oracle:
    """What the generated rows of one purse say, as of the date, computed without the engine."""

    rows: list[Row]
    credits: int
    debits: int
    bookkeeping: int


def oracle(history: list[Row], purse: str, as_of: date) -> Oracle:
    mine = [r for r in history if r.purse == purse and r.when.date() <= as_of]
    real = [r for r in mine if not r.rollover]
    return Oracle(mine, sum(r.amount for r in real if r.amount > 0),
                  -sum(r.amount for r in real if r.amount < 0),
                  sum(r.amount for r in mine if r.rollover))


def check_purse(p: PurseExplanation, other: PurseExplanation, facts: Oracle,
                opening: int, as_of: date, chained: bool) -> None:
    codes = p.codes
    assert len(codes) == len(set(codes)) and set(codes) <= set(CODES)
    assert p.transactions == len(facts.rows)
    assert ("no_data" in codes) == (p.balance_fen is None)
    if p.bridge is None:
        assert p.balance_fen is None and p.transactions == 0
        return
    bridge = p.bridge
    assert (bridge.credits_fen, bridge.debits_fen) == (facts.credits, facts.debits)
    assert bridge.opening_fen == opening + facts.bookkeeping
    # The bridge balances, with the unexplained difference named by statement_gap.
    gap = p.reason("statement_gap")
    assert bridge.opening_fen + bridge.credits_fen - bridge.debits_fen + (
        bridge.gap_fen) == bridge.closing_fen == p.balance_fen
    if bridge.gap_fen:
        assert gap is not None and gap.amount_fen == bridge.gap_fen
    if chained:
        assert gap is None and bridge.gap_fen == 0
    check_zero_reasons(p, other, facts)
    check_flow_reasons(p, facts, as_of)


def check_zero_reasons(p: PurseExplanation, other: PurseExplanation, facts: Oracle) -> None:
    codes = p.codes
    if p.balance_fen != 0:
        assert not {"spent_down", "no_credits", "other_balance_nonzero"} & set(codes)
        assert p.zero_date is None
    if p.zero_date is not None:
        assert p.balance_fen == 0 and p.transactions > 0
    if "spent_down" in codes:
        reason = p.reason("spent_down")
        assert reason is not None and reason.evidence
        assert reason.evidence[-1].amount_fen < 0  # ends with the row that made it 0
        assert reason.evidence[-1].day == p.zero_date
        debits = [r.amount_fen for r in reason.evidence if r.amount_fen < 0]
        if len(reason.evidence) < 20:  # complete evidence: the amount is its debits
            assert reason.amount_fen == -sum(debits)
        assert "no_credits" not in codes
    if "no_credits" in codes:
        assert facts.credits == 0 and p.bridge is not None and p.bridge.credits_fen == 0
    if "other_balance_nonzero" in codes:
        assert other.balance_fen is not None and other.balance_fen > 0
        reason = p.reason("other_balance_nonzero")
        assert reason is not None and reason.amount_fen == other.balance_fen
    elif p.balance_fen == 0 and other.balance_fen is not None and other.balance_fen > 0:
        raise AssertionError("a purse at 0.00 beside a purse with money must say so")


def check_flow_reasons(p: PurseExplanation, facts: Oracle, as_of: date) -> None:
    for reason in p.reasons:
        if reason.code in ("family_aid_out", "pooled_fund_paid", "transferred_out",
                           "closed_or_inherited", "credits_stopped", "pending_reimbursement"):
            assert reason.amount_fen is not None and reason.amount_fen > 0
        if reason.code in ("family_aid_out", "transferred_out", "closed_or_inherited",
                           "pending_reimbursement"):
            assert reason.amount_fen <= facts.debits  # type: ignore[operator]
            assert all(row.amount_fen < 0 for row in reason.evidence)
        if reason.code == "credits_stopped":
            (last,) = reason.evidence
            assert p.kind == "medical" and (as_of - last.day).days > 62
            assert reason.amount_fen == last.amount_fen
        if reason.code == "resident_no_personal_account":
            assert p.kind == "medical" and facts.credits == 0
        for row in reason.evidence:
            assert row.day <= as_of  # rows after the as-of date are ignored


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(histories(), st.integers(0, 900), st.sampled_from(("zh", "en")))
def test_bridge_balances_and_reasons_agree_with_the_numbers(
        drawn: tuple[list[Row], dict[str, int], bool, int | None], days: int, lang: str) -> None:
    history, openings, with_balances, broken = drawn
    as_of = START.date() + timedelta(days=days)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "p.db")
        try:
            path = write_file(Path(folder), history, openings, with_balances, broken)
            import_file(store, path, ImportOptions())
            result = explain(store.conn, as_of, lang)
            text = json.dumps(to_contract(result), ensure_ascii=False)
        finally:
            store.close()
    assert not re.search(r"\d{12,}", text)
    if not result.cards:
        return  # nothing was imported: an empty file names no purse
    medical, bank = result.cards[0].purses
    for p, other in ((medical, bank), (bank, medical)):
        opening = _opening(history, p.kind, openings, with_balances, broken)
        check_purse(p, other, oracle(history, p.kind, as_of), opening, as_of, broken is None)
        assert all(reason.text for reason in p.reasons) and p.next_steps and p.verdict
        for code in p.codes:
            event(f"{p.kind}: {code}")


def _opening(history: list[Row], purse: str, openings: dict[str, int], with_balances: bool,
             broken: int | None) -> int:
    """The importer implies the opening from the first balance, or starts at 0 without one
    (a corrupted first balance moves the implied opening with it)."""
    mine = [index for index, row in enumerate(history) if row.purse == purse]
    if not with_balances or not mine:
        return 0
    return openings[purse] + (777 if broken == mine[0] else 0)
