"""Statements written by hand the way portals write them (tests/core/layouts/), explained
with the right codes, amounts, dates and evidence, in order, in words a clerk would use."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from balanceview.core.explain import explain, plain_text
from balanceview.core.explain.model import Explanation, PurseExplanation
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.store import Store, open_store

LAYOUTS = Path(__file__).parent / "layouts"
CARD = "6217990000004444"


def imported(tmp_path: Path, *files: str, account: str | None = None) -> Store:
    store = open_store(tmp_path / "layouts.db")
    for name in files:
        named = "卡号" in (LAYOUTS / name).read_text("utf-8")
        import_file(store, LAYOUTS / name,
                    ImportOptions(account=account, card=None if named else CARD))
    return store


def purse(result: Explanation, kind: str) -> PurseExplanation:
    found = result.cards[0].purse(kind)
    assert found is not None
    return found


def evidence(p: PurseExplanation, code: str) -> list[tuple[str, int]]:
    reason = p.reason(code)
    assert reason is not None
    return [(row.day.isoformat(), row.amount_fen) for row in reason.evidence]


def test_medical_export_without_a_title(tmp_path: Path) -> None:
    store = imported(tmp_path, "medical_untitled.csv", account="medical")
    zh, en = (purse(explain(store.conn, None, lang), "medical") for lang in ("zh", "en"))
    assert zh.codes == ["family_aid_out"] and zh.balance_fen == 56400
    assert zh.as_of == date(2024, 5, 8)
    assert evidence(zh, "family_aid_out") == [("2024-04-02", -15000)]
    # The label 共济人：李娜（配偶） is parsed, never pasted or taken for a place.
    assert "通过家庭共济为配偶李娜支付了 150.00 元" in zh.reasons[0].text
    assert "共济人：" not in zh.reasons[0].text and "在共济人" not in zh.reasons[0].text
    assert "for 李娜 (spouse) through family mutual aid" in en.reasons[0].text


def test_medical_export_with_rows_missing(tmp_path: Path) -> None:
    store = imported(tmp_path, "medical_rows_missing.csv", account="medical")
    zh = purse(explain(store.conn, None, "zh"), "medical")
    assert zh.codes == ["statement_gap"]
    assert zh.bridge is not None and zh.bridge.unexplained_fen == -24500
    assert evidence(zh, "statement_gap") == [("2024-02-15", 48000), ("2024-03-02", -8060)]
    text = plain_text(explain(store.conn, None, "zh"))
    assert ("期初 0.00 + 收入 960.00 − 支出 80.60 − 无法说明的差额 245.00 = 期末 634.40"
            in text)  # the bridge closes: 0.00 + 960.00 − 80.60 − 245.00 = 634.40
    assert "比流水算出的少 245.00 元" in zh.reasons[0].text
    # A medical account's gap goes to the medical insurance side, not to a bank.
    assert "医保经办机构" in zh.next_steps[0] and "银行" not in zh.next_steps[0]


def test_resident_with_money_in_the_bank_purse(tmp_path: Path) -> None:
    store = open_store(tmp_path / "resident.db")
    import_file(store, LAYOUTS / "resident_bank.csv", ImportOptions())
    import_file(store, LAYOUTS / "resident_medical.csv", ImportOptions(card="6217990077778888"))
    medical = purse(explain(store.conn, None, "zh"), "medical")
    # Its own story first: 0 is normal; the 140.00 in the bank purse is not the missing money.
    assert medical.codes == ["resident_no_personal_account", "other_balance_nonzero"]
    assert medical.reasons[1].amount_fen == 14000
    assert "居民医保没有个人账户" in medical.verdict


def test_retiree_yearly_allocation(tmp_path: Path) -> None:
    store = imported(tmp_path, "retiree_yearly.csv")
    medical = purse(explain(store.conn, None, "en"), "medical")
    assert medical.codes == ["spent_down", "annual_credit"]
    assert medical.zero_date == date(2024, 9, 18)
    assert medical.reason("annual_credit").amount_fen == 240000  # type: ignore[union-attr]
    assert "the next is expected around January 2025" in medical.reasons[1].text
    assert "credits_stopped" not in medical.codes  # a yearly credit has not stopped by autumn


def test_settlements_without_an_institution_column(tmp_path: Path) -> None:
    store = imported(tmp_path, "settlements_no_institution.csv")
    zh = purse(explain(store.conn, None, "zh"), "medical")
    assert zh.codes == ["spent_down", "pooled_fund_paid"]
    pooled = zh.reason("pooled_fund_paid")
    assert pooled is not None and pooled.amount_fen == 972000
    for text in (r.text for r in zh.reasons):
        assert "住院的住院" not in text and "在住院" not in text and "门诊的门诊" not in text
    assert "2024-04-10 的住院用完了余额" in zh.reasons[0].text
    assert "最多的是 2024-04-10 的住院 1,820.00 元、2024-03-10 的门诊 180.00 元" in pooled.text


def test_bank_statement_without_a_balance_column(tmp_path: Path) -> None:
    store = imported(tmp_path, "bank_no_balance.csv")
    bank = purse(explain(store.conn, None, "zh"), "bank")
    assert bank.codes == ["balance_unknown"] and bank.balance_fen is None
    assert bank.net_change_fen == -102104
    assert "余额不详" in bank.verdict and "-1,021.04" in bank.verdict
    # 35.50 at a local hospital and an electricity bill "异地跨行消费" wait for nothing.
    assert "pending_reimbursement" not in bank.codes
