"""Properties of any explanation: the bridge closes on every purse (in the model, the JSON and
the text), an unknown balance is never a sum of rows, and no reason contradicts the numbers.

Random card statements (both purses in one file, as both_purses.csv) go through the real
importer, some with rows missing or a balance corrupted, some with no balance column at all;
an independent walk over the generated rows is the oracle.
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

from balanceview.core.explain import CODES, explain, plain_text, to_contract
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
                ("年终结转", 1), ("结息", 1), ("退费", 1), ("长护险扣缴", -1)],
    "bank": [("存现", 1), ("养老金", 1), ("医保报销", 1), ("取款", -1), ("消费", -1),
             ("急诊 北京协和医院", -1), ("居民医保缴费", -1), ("结息", 1),
             ("灵活就业人员医疗保险费", -1)],
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


@dataclass(frozen=True)
class Drawn:
    history: list[Row]
    openings: dict[str, int]
    with_balances: bool
    broken: int | None  # a row whose balance is off by 7.77
    dropped: frozenset[int]  # rows left out of the file, their balances kept in the others


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
def drawn(draw: st.DrawFn) -> Drawn:
    openings = {p: draw(st.sampled_from((0, 0, 5000, 123456))) for p in PURSE_NAMES}
    history = draw(rows())
    for purse in PURSE_NAMES:
        if draw(st.booleans()):
            history = emptied(history, purse, openings[purse])
    with_balances = draw(st.sampled_from((True, True, True, False)))
    broken, dropped = None, frozenset[int]()
    if history and with_balances and draw(st.booleans()):
        broken = draw(st.integers(0, len(history) - 1))
    if len(history) > 2 and with_balances and draw(st.booleans()):
        dropped = frozenset(draw(st.sets(st.integers(1, len(history) - 1), max_size=3)))
    return Drawn(history, openings, with_balances, broken, dropped)


def emptied(history: list[Row], purse: str, opening: int) -> list[Row]:
    """The history with a last payment that takes the purse to exactly 0.00."""
    balance = opening + sum(r.amount for r in history if r.purse == purse)
    if balance <= 0:
        return history
    when = (history[-1].when if history else START) + timedelta(hours=1)
    words = "药店购药" if purse == "medical" else "消费"
    return [*history, Row(purse, when, words, -balance)]


@dataclass(frozen=True)
class Written:
    rows: list[Row]  # the rows in the file
    shown: dict[int, int]  # the balance each row of the file shows, by its index in `rows`


def write_file(folder: Path, case: Drawn) -> tuple[Path, Written]:
    header = "交易日期,账户类型,交易类型,摘要,金额" + (",余额" if case.with_balances else "")
    lines, kept, shown = [*TITLE, header], [], {}
    balances = dict(case.openings)
    for index, row in enumerate(case.history):
        balances[row.purse] += row.amount
        if index in case.dropped:
            continue
        balance = balances[row.purse] + (777 if index == case.broken else 0)
        cells = [row.when.strftime("%Y-%m-%d %H:%M:%S"), PURSE_NAMES[row.purse], row.words,
                 "", _money(row.amount)]
        if case.with_balances:
            cells.append(_money(balance))
        shown[len(kept)] = balance
        kept.append(row)
        lines.append(",".join(cells))
    path = folder / "card.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, Written(kept, shown)


def _money(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"


@dataclass(frozen=True)
class Oracle:
    """What the rows of one purse in the file say, as of the date, without the engine."""

    rows: list[Row]
    credits: int
    debits: int
    bookkeeping: int
    opening: int | None  # the first balance less the first amount (None: no balance column)
    closing: int | None  # the last balance shown up to the date


def oracle(written: Written, purse: str, as_of: date, with_balances: bool) -> Oracle:
    mine = [i for i, r in enumerate(written.rows) if r.purse == purse]
    dated = [i for i in mine if written.rows[i].when.date() <= as_of]
    rows_ = [written.rows[i] for i in dated]
    real = [r for r in rows_ if not r.rollover]
    opening = closing = None
    if with_balances and mine:
        opening = written.shown[mine[0]] - written.rows[mine[0]].amount
        closing = written.shown[dated[-1]] if dated else opening
    return Oracle(rows_, sum(r.amount for r in real if r.amount > 0),
                  -sum(r.amount for r in real if r.amount < 0),
                  sum(r.amount for r in rows_ if r.rollover), opening, closing)


def check_purse(p: PurseExplanation, other: PurseExplanation, facts: Oracle, as_of: date,
                chained: bool) -> None:
    codes = p.codes
    assert len(codes) == len(set(codes)) and set(codes) <= set(CODES)
    assert p.transactions == len(facts.rows)
    if facts.opening is None:  # no balance column: the balance is not known, whatever the sum
        assert p.balance_fen is None and p.bridge is None
        if facts.rows:
            assert codes[0] == "balance_unknown"
            net = facts.credits - facts.debits + facts.bookkeeping
            assert p.net_change_fen == net == p.reasons[0].amount_fen
        return
    bridge = p.bridge
    assert bridge is not None and p.balance_fen == facts.closing == bridge.closing_fen
    assert (bridge.credits_fen, bridge.debits_fen) == (facts.credits, facts.debits)
    assert bridge.opening_fen == facts.opening + facts.bookkeeping
    # The bridge closes, with the unexplained part named by statement_gap.
    assert (bridge.opening_fen + bridge.credits_fen - bridge.debits_fen + bridge.unexplained_fen
            == bridge.closing_fen)
    gap = p.reason("statement_gap")
    if bridge.unexplained_fen:
        assert gap is not None and gap.amount_fen == bridge.unexplained_fen
    if chained:
        assert gap is None and bridge.unexplained_fen == 0
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
        own = [code for code in codes if code != "other_balance_nonzero"]
        # The purse's own story first; the wrong purse leads only when it has none.
        assert codes.index("other_balance_nonzero") == (0 if set(own) <= {"no_credits"} else 1)
    elif p.balance_fen == 0 and other.balance_fen is not None and other.balance_fen > 0:
        raise AssertionError("a purse at 0.00 beside a purse with money must say so")


def check_flow_reasons(p: PurseExplanation, facts: Oracle, as_of: date) -> None:
    for reason in p.reasons:
        if reason.code in ("family_aid_out", "pooled_fund_paid", "transferred_out",
                           "closed_or_inherited", "credits_stopped", "pending_reimbursement",
                           "other_deductions"):
            assert reason.amount_fen is not None and reason.amount_fen > 0
        if reason.code in ("family_aid_out", "transferred_out", "closed_or_inherited",
                           "pending_reimbursement", "other_deductions"):
            assert reason.amount_fen <= facts.debits  # type: ignore[operator]
            assert all(row.amount_fen < 0 for row in reason.evidence)
        if reason.code == "credits_stopped":
            assert p.kind == "medical" and (as_of - reason.evidence[-1].day).days > 62
        if reason.code == "resident_no_personal_account":
            assert p.kind == "medical" and facts.credits == 0
        for row in reason.evidence:
            assert row.day <= as_of  # rows after the as-of date are ignored


def check_contract_and_text(result_json: dict, text: str, lang: str) -> None:
    """The JSON's summary adds up, and so does every bridge line of the readable text."""
    for account in result_json["cards"][0]["accounts"]:
        summary = account.get("summary")
        if summary is None:
            assert account["balance"] is None
            continue
        fen = {key: round(float(value) * 100) for key, value in summary.items()}
        assert fen["opening"] + fen["credits"] - fen["debits"] + fen["unexplained"] == fen["closing"]
    words = ("期初", "收入", "支出", "期末") if lang == "zh" else ("opening", "credits", "debits",
                                                          "closing")
    number = r"(-?[\d,]+\.\d\d)"
    line = re.compile(rf"{words[0]} {number} \+ {words[1]} {number} − {words[2]} {number}"
                      rf"(?: ([+−]) \D+ {number})? = {words[3]} {number}")
    for found in line.finditer(text):
        opening, credits, debits, op, unexplained, closing = found.groups()
        value = [round(float(x.replace(",", "")) * 100) if x and x not in "+−" else 0
                 for x in (opening, credits, debits, unexplained, closing)]
        extra = value[3] if op == "+" else -value[3]
        assert value[0] + value[1] - value[2] + extra == value[4], found.group(0)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(drawn(), st.one_of(st.none(), st.integers(0, 900)), st.sampled_from(("zh", "en")))
def test_every_bridge_closes_and_reasons_agree_with_the_numbers(
        case: Drawn, days: int | None, lang: str) -> None:
    asked = None if days is None else START.date() + timedelta(days=days)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "p.db")
        try:
            path, written = write_file(Path(folder), case)
            import_file(store, path, ImportOptions())
            result = explain(store.conn, asked, lang)
            contract = to_contract(result)
            text = plain_text(result)
        finally:
            store.close()
    assert not re.search(r"\d{12,}", json.dumps(contract, ensure_ascii=False))
    if not result.cards:
        return  # nothing was imported: an empty file names no purse
    check_contract_and_text(contract, text, lang)
    medical, bank = result.cards[0].purses
    chained = case.broken is None and not case.dropped
    for p, other in ((medical, bank), (bank, medical)):
        as_of = p.as_of or date.max
        facts = oracle(written, p.kind, as_of, case.with_balances)
        check_purse(p, other, facts, as_of, chained)
        assert all(reason.text for reason in p.reasons) and p.next_steps and p.verdict
        for code in p.codes:
            event(f"{p.kind}: {code}")
