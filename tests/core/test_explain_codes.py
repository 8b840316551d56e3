"""The newer codes fire on statements made for them and stay silent otherwise; reasons come in
the right order; a balance no statement gives is said to be unknown, never summed up."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from balanceview.core.explain import explain, plain_text, to_contract
from balanceview.core.explain.model import PurseExplanation
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.ledger import purse_balances
from balanceview.core.store import Store, open_store

TITLE = ["社会保障卡交易明细", "卡号：6217990055556666", "姓名：孙七"]
HEADER = "交易日期,账户类型,交易类型,摘要,金额,余额,机构"
PURSE_WORDS = {"medical": "医保个人账户", "bank": "银行账户"}
Row = tuple[str, str, str, str, str]  # date, purse, words, amount, counterparty


def card(tmp_path: Path, rows: list[Row]) -> Store:
    """Both purses in one file, each with its running balance (as both_purses.csv)."""
    balances = {"medical": 0, "bank": 0}
    lines = [*TITLE, HEADER]
    for day, purse, words, amount, counterparty in sorted(rows, key=lambda row: row[0]):
        balances[purse] += round(float(amount) * 100)
        balance = balances[purse]
        lines.append(f"{day},{PURSE_WORDS[purse]},{words},,{amount},"
                     f"{balance // 100}.{balance % 100:02d},{counterparty}")
    path = tmp_path / "card.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = open_store(tmp_path / "codes.db")
    import_file(store, path, ImportOptions())
    return store


def purse(store: Store, kind: str, as_of: date | None = None, lang: str = "en"
          ) -> PurseExplanation:
    found = explain(store.conn, as_of, lang).cards[0].purse(kind)
    assert found is not None
    return found


def monthly(amounts: list[str], start_month: int = 1, year: int = 2023) -> list[Row]:
    rows = []
    for index, amount in enumerate(amounts):
        month = start_month + index
        rows.append((f"{year + (month - 1) // 12}-{(month - 1) % 12 + 1:02d}-15", "medical",
                     "个人账户划入", amount, "太原市医疗保险管理服务中心"))
    return rows


def test_credits_reduced_fires_on_a_step_that_stays(tmp_path: Path) -> None:
    store = card(tmp_path, monthly(["300.00"] * 6 + ["210.00"] * 4))
    medical = purse(store, "medical")
    assert medical.codes == ["credits_reduced"]
    reason = medical.reasons[0]
    assert reason.amount_fen == 9000  # 90.00 less each time
    assert [r.day.isoformat() for r in reason.evidence] == ["2023-06-15", "2023-07-15"]
    assert "fell from 300.00 to 210.00 each (from 2023-07-15, 90.00 less" in reason.text
    assert "2021" in reason.text and "contribution base" in reason.text
    zh = purse(store, "medical", lang="zh").reasons[0].text
    assert "从 300.00 元降到了 210.00 元" in zh and "可能" in zh


@pytest.mark.parametrize("amounts", [
    ["300.00"] * 10,  # steady
    ["300.00"] * 9 + ["200.00"],  # one low credit: it has not stayed down
    ["300.00"] * 6 + ["260.00"] * 4,  # less than a fifth
    ["300.00"] * 6 + ["200.00", "300.00", "300.00", "200.00"],  # came back up after one
])
def test_credits_reduced_stays_silent_otherwise(tmp_path: Path, amounts: list[str]) -> None:
    assert "credits_reduced" not in purse(card(tmp_path, monthly(amounts)), "medical").codes


def test_credits_paused_and_resumed(tmp_path: Path) -> None:
    rows = monthly(["200.00"] * 5) + monthly(["800.00", "200.00", "200.00"], start_month=10)
    medical = purse(card(tmp_path, rows), "medical")
    assert medical.codes == ["credits_paused"]
    reason = medical.reasons[0]
    assert [r.day.isoformat() for r in reason.evidence] == ["2023-05-15", "2023-10-15"]
    assert "stopped after 2023-05-15 for 153 days and came again on 2023-10-15" in reason.text
    assert "about 4 credits are missing" in reason.text
    assert "several months paid late at once" in reason.text  # 800.00 after the pause
    assert any("2023-05-15 to 2023-10-15" in step for step in medical.next_steps)


def test_credits_paused_is_silent_when_they_never_paused(tmp_path: Path) -> None:
    medical = purse(card(tmp_path, monthly(["200.00"] * 12)), "medical")
    assert medical.codes == []


def test_a_pause_that_has_not_ended_is_a_stop(tmp_path: Path) -> None:
    store = card(tmp_path, monthly(["200.00"] * 5))
    assert purse(store, "medical", date(2023, 12, 31)).codes == ["credits_stopped"]


def test_annual_allocation_by_its_words(tmp_path: Path) -> None:
    store = card(tmp_path, [
        ("2024-01-05", "medical", "2024年度个人账户定额划入", "2400.00", ""),
        ("2024-03-01", "medical", "药店购药", "-1200.00", "一心堂(长风街店)"),
        ("2024-09-18", "medical", "药店购药", "-1200.00", "一心堂(长风街店)")])
    medical = purse(store, "medical", lang="zh")
    assert medical.codes == ["spent_down", "annual_credit"]
    annual = medical.reasons[1]
    assert annual.amount_fen == 240000
    assert "年内后几个月余额为 0 是常见的" in annual.text
    assert "下一次划入预计在 2025 年 1 月前后" in annual.text


def test_a_monthly_credit_is_not_annual(tmp_path: Path) -> None:
    rows = [(r[0], r[1], "2024年度01月个人账户划入", r[3], r[4])
            for r in monthly(["200.00"] * 3, year=2024)]
    assert "annual_credit" not in purse(card(tmp_path, rows), "medical").codes


def test_enrolment_not_effective(tmp_path: Path) -> None:
    store = card(tmp_path, [
        ("2024-01-10", "bank", "存现", "1000.00", "冯三"),
        ("2024-01-12", "bank", "灵活就业人员医疗保险费", "-460.00", "国家税务总局太原市税务局"),
        ("2024-01-20", "medical", "药店购药", "0.00", "一心堂(长风街店)"),
        ("2024-06-30", "medical", "结息", "0.00", "")])
    medical = purse(store, "medical", lang="zh")
    assert medical.codes[0] == "enrolment_not_effective"
    reason = medical.reasons[0]
    assert reason.amount_fen == 46000 and reason.evidence[0].day == date(2024, 1, 12)
    assert "无有效参保信息" in reason.text and "可能" in reason.text
    steps = "".join(medical.next_steps)
    for place in ("社区", "参保登记", "税务部门（12366）", "12393", "档次"):
        assert place in steps
    en = purse(store, "medical").reasons[0].text
    assert "no valid insurance information" in en


def test_enrolment_is_effective_when_a_credit_follows(tmp_path: Path) -> None:
    store = card(tmp_path, [
        ("2024-01-10", "bank", "存现", "1000.00", "冯三"),
        ("2024-01-12", "bank", "灵活就业人员医疗保险费", "-460.00", "国家税务总局太原市税务局"),
        ("2024-02-15", "medical", "个人账户划入", "92.00", ""),
        ("2024-06-30", "medical", "结息", "0.00", "")])
    assert "enrolment_not_effective" not in purse(store, "medical").codes


def test_enrolment_is_not_judged_without_the_medical_rows(tmp_path: Path) -> None:
    store = card(tmp_path, [
        ("2024-01-10", "bank", "存现", "1000.00", "冯三"),
        ("2024-01-12", "bank", "灵活就业人员医疗保险费", "-460.00", "国家税务总局太原市税务局")])
    assert purse(store, "medical").codes == ["no_data"]


def test_other_deductions(tmp_path: Path) -> None:
    rows = monthly(["300.00"] * 3, year=2024) + [
        ("2024-02-01", "medical", "长护险扣缴", "-10.00", ""),
        ("2024-03-01", "medical", "长护险扣缴", "-10.00", "")]
    medical = purse(card(tmp_path, rows), "medical", lang="zh")
    assert medical.codes == ["other_deductions"]
    assert medical.reasons[0].amount_fen == 2000
    assert "长护险" in medical.reasons[0].text and "不是看病买药的钱" in medical.reasons[0].text


def test_no_deduction_among_medical_spending(tmp_path: Path) -> None:
    rows = monthly(["300.00"] * 3, year=2024) + [
        ("2024-02-01", "medical", "药店购药", "-10.00", "一心堂(长风街店)")]
    assert purse(card(tmp_path, rows), "medical").codes == []


@pytest.mark.parametrize(("words", "counterparty", "pending"), [
    ("消费", "太原市第二人民医院", False),  # a local hospital, paid as usual
    ("异地跨行消费", "网上国网", False),  # 异地 in banking: an electricity bill
    ("消费", "北京协和医院急诊收费处", True),
    ("异地就医垫付", "西安交通大学第一附属医院", True),
])
def test_only_marked_medical_payments_wait_for_reimbursement(
        tmp_path: Path, words: str, counterparty: str, pending: bool) -> None:
    store = card(tmp_path, [("2024-03-01", "bank", "存现", "500.00", "冯三"),
                            ("2024-03-05", "bank", words, "-35.50", counterparty)])
    bank = purse(store, "bank", lang="zh")
    assert ("pending_reimbursement" in bank.codes) is pending
    assert ("急诊病历" in "".join(bank.next_steps)) is pending


def test_the_wrong_purse_comes_after_the_purse_s_own_story(tmp_path: Path) -> None:
    store = card(tmp_path, [
        *monthly(["300.00"] * 2, year=2024),
        ("2024-03-01", "medical", "药店购药", "-600.00", "一心堂(长风街店)"),
        ("2024-03-02", "bank", "存现", "140.00", "冯三")])
    medical = purse(store, "medical")
    assert medical.codes[:2] == ["spent_down", "other_balance_nonzero"]


def test_the_wrong_purse_leads_when_the_purse_has_no_story(tmp_path: Path) -> None:
    store = card(tmp_path, [("2024-03-01", "medical", "开户", "0.00", ""),
                            ("2024-03-02", "bank", "存现", "140.00", "冯三")])
    assert purse(store, "medical").codes == ["other_balance_nonzero", "no_credits"]


def test_a_balance_no_statement_gives_is_unknown(tmp_path: Path) -> None:
    path = tmp_path / "bank.csv"
    path.write_text("卡号：6217990011112222\n交易日期,摘要,收入,支出,对方户名\n"
                    "2024-03-01,转账,,1399.34,李四\n2024-04-01,工资,500.00,,太原某公司\n",
                    encoding="utf-8")
    store = open_store(tmp_path / "unknown.db")
    import_file(store, path, ImportOptions())
    (balance,) = [b for b in purse_balances(store.conn) if b.kind == "bank"]
    assert balance.balance_fen is None and balance.source is None and balance.unknown
    assert balance.net_change_fen == -89934 and balance.transactions == 2
    bank = purse(store, "bank")
    assert bank.balance_fen is None and bank.bridge is None and bank.codes == ["balance_unknown"]
    assert bank.net_change_fen == -89934 and bank.reasons[0].amount_fen == -89934
    account = to_contract(explain(store.conn, None, "en"))["cards"][0]["accounts"][1]
    assert account["balance"] is None and "summary" not in account
    assert account["reasons"][0]["amount"] == "-899.34"
    for lang in ("zh", "en"):
        text = plain_text(explain(store.conn, None, lang))
        assert "-899.34" in text and "1,399.34" in text  # the net change and the debit
        assert "余额不详" in text if lang == "zh" else "balance unknown" in text
    assert "余额”列" in json.dumps(to_contract(explain(store.conn, None, "zh")),
                                 ensure_ascii=False)  # which statement would settle it
