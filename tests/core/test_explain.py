"""Explaining the sample statements: each story told with its codes, amounts, dates, evidence."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from balanceview.core.explain import CODES, explain, plain_text, to_contract
from balanceview.core.explain.model import Explanation, PurseExplanation
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.store import Store, open_store

SAMPLES = Path(__file__).resolve().parents[2] / "balanceview" / "sample_data"
AS_OF = date(2024, 12, 31)
# The medical exports name a person, not a card: each sample gets a made-up card number.
MADE_UP_CARD = "6217990000001111"


def imported(tmp_path: Path, name: str) -> Store:
    store = open_store(tmp_path / "explain.db")
    card = None if name.startswith(("bank_", "both_")) else MADE_UP_CARD
    import_file(store, SAMPLES / name, ImportOptions(card=card))
    return store


def explained(tmp_path: Path, name: str, lang: str = "zh", as_of: date = AS_OF) -> Explanation:
    return explain(imported(tmp_path, name).conn, as_of, lang)


def purse(explanation: Explanation, kind: str) -> PurseExplanation:
    found = explanation.cards[0].purse(kind)
    assert found is not None
    return found


def bridge_of(p: PurseExplanation) -> tuple[int, int, int, int]:
    assert p.bridge is not None
    return p.bridge.opening_fen, p.bridge.credits_fen, p.bridge.debits_fen, p.bridge.closing_fen


def evidence_of(p: PurseExplanation, code: str) -> list[tuple[str, int]]:
    reason = p.reason(code)
    assert reason is not None
    return [(row.day.isoformat(), row.amount_fen) for row in reason.evidence]


def amount_of(p: PurseExplanation, code: str) -> int | None:
    reason = p.reason(code)
    assert reason is not None
    return reason.amount_fen


def test_spent_down_story(tmp_path: Path) -> None:
    result = explained(tmp_path, "medical_spent_down.csv")
    medical = purse(result, "medical")
    assert medical.codes == ["spent_down", "credits_stopped", "family_aid_out"]
    assert medical.balance_fen == 0 and medical.balance_source == "statement"
    assert medical.transactions == 14
    assert bridge_of(medical) == (51230, 111840, 163070, 0)
    assert medical.zero_date == date(2024, 10, 18)
    assert amount_of(medical, "spent_down") == 114780
    assert evidence_of(medical, "spent_down") == [
        ("2024-06-15", 18640), ("2024-07-12", -35680), ("2024-08-20", -31240),
        ("2024-09-14", -24040), ("2024-10-18", -23820)]
    assert amount_of(medical, "credits_stopped") == 18640
    assert evidence_of(medical, "credits_stopped") == [("2024-06-15", 18640)]
    assert amount_of(medical, "family_aid_out") == 35680
    assert evidence_of(medical, "family_aid_out") == [("2024-07-12", -35680)]
    aid = medical.reason("family_aid_out")
    assert aid is not None and "为父亲张建国支付了 356.80 元" in aid.text  # as the row names him
    assert purse(result, "bank").codes == ["no_data"]


def test_spent_down_reads_as_the_catalogue_example(tmp_path: Path) -> None:
    store = imported(tmp_path, "medical_spent_down.csv")
    zh = purse(explain(store.conn, AS_OF, "zh"), "medical")
    en = purse(explain(store.conn, AS_OF, "en"), "medical")
    assert zh.reasons[0].text == (
        "医保个人账户余额为 0.00 元：最后一笔划入是 2024-06-15 的 186.40 元，此后 4 笔消费共 "
        "1,147.80 元，2024-10-18 在一心堂（南内环店）的购药用完了余额。")
    assert en.reasons[0].text.startswith(
        "Medical account at 0.00: the last credit was 186.40 on 2024-06-15; 4 payments since "
        "then, 1,147.80 in all; a pharmacy purchase")
    assert "199 天" in zh.reasons[1].text and "199 days" in en.reasons[1].text
    assert any("12393" in step for step in zh.next_steps)
    assert any("12366" in step for step in en.next_steps)  # was the registration transmitted?


def test_settlements_story(tmp_path: Path) -> None:
    result = explained(tmp_path, "medical_settlements.csv", "en")
    medical = purse(result, "medical")
    assert medical.codes == ["pooled_fund_paid"]
    assert bridge_of(medical) == (321560, 0, 317546, 4014)
    assert (medical.transactions, medical.zero_date) == (8, None)
    assert amount_of(medical, "pooled_fund_paid") == 2363812
    # The settlements the pooled fund paid for, and the personal account's largest payments.
    assert evidence_of(medical, "pooled_fund_paid") == [
        ("2024-01-09", -26800), ("2024-03-14", -27408), ("2024-04-03", 0),
        ("2024-06-27", -221438), ("2024-10-22", -11160)]
    text = medical.reasons[0].text
    for figure in ("23,638.12", "30,291.35", "8 settlements", "山西白求恩医院", "22,768.60"):
        assert figure in text
    # What drained the account: the personal-account shares, largest first, with the hospital.
    assert ("Only the personal account's share lowers the balance: 3,175.46 in all, the largest "
            "2,214.38 for an inpatient stay at 山西白求恩医院 on 2024-06-27, 274.08 for an "
            "outpatient visit at 山西医科大学第一医院 on 2024-03-14 and 268.00") in text
    assert "Chronic-disease outpatient care (门诊慢特病) at 山西省人民医院 on 2024-04-03, 612.40, was settled directly" in text
    assert any("settled directly at designated hospitals" in step for step in medical.next_steps)
    assert purse(result, "bank").codes == ["no_data"]


def test_bank_never_funded_story(tmp_path: Path) -> None:
    result = explained(tmp_path, "bank_never_funded.csv")
    bank = purse(result, "bank")
    assert bank.codes == ["spent_down"]
    assert bridge_of(bank) == (0, 78000, 78000, 0)
    assert (bank.transactions, bank.zero_date) == (5, date(2024, 10, 15))
    assert amount_of(bank, "spent_down") == 40000
    assert evidence_of(bank, "spent_down") == [("2024-10-15", 40000), ("2024-10-15", -40000)]
    medical = purse(result, "medical")
    assert medical.codes == ["no_data", "resident_no_personal_account"]
    assert medical.balance_fen is None
    assert evidence_of(medical, "resident_no_personal_account") == [
        ("2023-11-08", -38000), ("2024-10-15", -40000)]
    said = medical.reasons[1].text
    assert "780.00" in said and "如果您参加的是居民医保" in said
    assert "没有划入" not in said  # nothing imported for it: its credits are not known
    assert any("无有效参保信息" in step for step in medical.next_steps)  # the seed's question


def test_emergency_advance_story(tmp_path: Path) -> None:
    result = explained(tmp_path, "bank_emergency_advance.csv", "en")
    bank = purse(result, "bank")
    assert bank.codes == ["pending_reimbursement"]
    assert bridge_of(bank) == (542018, 4246160, 2087690, 2700488)
    assert (bank.transactions, bank.zero_date) == (28, None)
    assert amount_of(bank, "pending_reimbursement") == 435680
    reason = bank.reason("pending_reimbursement")
    assert reason is not None and len(reason.evidence) == 1
    assert reason.evidence[0].day == date(2024, 9, 14)
    assert "北京协和医院" in reason.evidence[0].description
    assert "marked \"急诊\"" in reason.text  # the word that makes it an advance payment
    assert "2,144.00" in reason.text  # the one that was reimbursed is named too
    step = bank.next_steps[0]
    for thing in ("emergency records", "lab reports", "invoices", "itemised list"):
        assert thing in step
    assert purse(result, "medical").codes == ["no_data"]


def test_reimbursement_after_the_as_of_date_does_not_count(tmp_path: Path) -> None:
    result = explained(tmp_path, "bank_emergency_advance.csv", as_of=date(2024, 4, 30))
    bank = purse(result, "bank")
    assert amount_of(bank, "pending_reimbursement") == 268000
    assert bank.transactions == 10


def test_both_purses_story(tmp_path: Path) -> None:
    result = explained(tmp_path, "both_purses.csv", "en")
    medical, bank = purse(result, "medical"), purse(result, "bank")
    assert medical.codes == []
    assert bridge_of(medical) == (6414, 182832, 65790, 123456)
    assert medical.transactions == 17 and medical.next_steps
    assert set(bank.codes) == {"no_credits", "other_balance_nonzero"}
    assert bank.codes[0] == "other_balance_nonzero"  # the point of the story: the wrong purse
    assert amount_of(bank, "other_balance_nonzero") == 123456
    assert bridge_of(bank) == (0, 0, 0, 0)
    assert (bank.transactions, bank.zero_date) == (3, date(2023, 3, 2))
    assert bank.reasons[0].text == ("The 0.00 you saw is the card's bank purse; the medical "
                                    "account holds 1,234.56. The two never net against each other.")
    assert any("ID card" in step for step in bank.next_steps)


def test_both_purses_reads_as_the_catalogue_example_in_chinese(tmp_path: Path) -> None:
    bank = purse(explained(tmp_path, "both_purses.csv", "zh"), "bank")
    assert bank.reasons[0].text.startswith(
        "您看到的 0.00 元是社保卡银行账户（金融功能）的余额；医保个人账户余额为 1,234.56 元。")


def test_resident_story(tmp_path: Path) -> None:
    result = explained(tmp_path, "medical_resident_empty.csv")
    medical = purse(result, "medical")
    assert medical.codes == ["resident_no_personal_account"]
    assert (medical.balance_fen, medical.transactions, medical.zero_date) == (0, 0, None)
    assert "城乡居民医保" in medical.reasons[0].text
    assert purse(result, "bank").codes == ["no_data"]


def test_rows_after_the_as_of_date_are_ignored(tmp_path: Path) -> None:
    medical = purse(explained(tmp_path, "medical_spent_down.csv", as_of=date(2024, 6, 30)),
                    "medical")
    assert (medical.balance_fen, medical.transactions, medical.codes) == (114780, 10, [])
    assert medical.zero_date is None


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.csv")))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_contract_shape_and_no_long_numbers(tmp_path: Path, name: str, lang: str) -> None:
    contract = to_contract(explained(tmp_path, name, lang))
    text = json.dumps(contract, ensure_ascii=False)
    assert not re.search(r"\d{12,}", text), "an unmasked card or ID number"
    assert not re.search(r"\d{12,}", text.replace(" ", "").replace("-", ""))
    assert list(contract) == ["as_of", "cards"] and contract["as_of"] == "2024-12-31"
    (card,) = contract["cards"]
    assert list(card) == ["card", "holder", "accounts"] and "****" in card["card"]
    assert [a["kind"] for a in card["accounts"]] == ["medical", "bank"]
    for account in card["accounts"]:
        _check_account(account)


def _check_account(account: dict[str, object]) -> None:
    money = re.compile(r"-?\d+\.\d\d")
    if account["balance"] is None:
        dated = ["as_of", "period"] if account["transactions"] else []
        assert list(account) == ["kind", "balance", "transactions", "zero_date", *dated,
                                 "reasons", "next_steps"]
    else:
        assert list(account) == ["kind", "balance", "balance_source", "transactions",
                                 "zero_date", "as_of", "period", "summary", "reasons",
                                 "next_steps"]
        assert money.fullmatch(str(account["balance"]))
        assert account["balance_source"] in ("statement", "computed")
        summary = account["summary"]
        assert isinstance(summary, dict) and list(summary) == [
            "opening", "credits", "debits", "unexplained", "closing"]
        assert all(money.fullmatch(v) for v in summary.values())
        fen = {k: round(float(v) * 100) for k, v in summary.items()}
        assert fen["opening"] + fen["credits"] - fen["debits"] + fen["unexplained"] == fen["closing"]
        assert summary["closing"] == account["balance"]
    reasons = account["reasons"]
    assert isinstance(reasons, list) and account["next_steps"]
    for reason in reasons:
        assert list(reason) == ["code", "amount", "evidence", "text"]
        assert reason["code"] in CODES and reason["text"]
        assert reason["amount"] is None or money.fullmatch(reason["amount"])
        for row in reason["evidence"]:
            assert list(row) == ["id", "date", "amount", "description"]
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", row["date"]) and money.fullmatch(row["amount"])


def test_account_and_card_filters(tmp_path: Path) -> None:
    store = imported(tmp_path, "both_purses.csv")
    import_file(store, SAMPLES / "medical_spent_down.csv", ImportOptions(card=MADE_UP_CARD))
    everything = explain(store.conn, AS_OF, "en")
    assert len(everything.cards) == 2
    only = explain(store.conn, AS_OF, "en", card_id=everything.cards[1].card_id, account="medical")
    assert len(only.cards) == 1 and [p.kind for p in only.cards[0].purses] == ["medical"]
    assert only.cards[0].purses[0].codes == ["spent_down", "credits_stopped", "family_aid_out"]
    bank_only = explain(store.conn, AS_OF, "en", account="bank").cards[0].purses
    # The other purse is still read: the wrong-purse reason needs it.
    assert [p.kind for p in bank_only] == ["bank"] and "other_balance_nonzero" in bank_only[0].codes


def test_unknown_language_or_purse_is_refused(tmp_path: Path) -> None:
    store = imported(tmp_path, "both_purses.csv")
    with pytest.raises(ValueError):
        explain(store.conn, AS_OF, "fr")
    with pytest.raises(ValueError):
        explain(store.conn, AS_OF, "en", account="cash")


def test_plain_text_has_verdict_bridge_reasons_and_steps(tmp_path: Path) -> None:
    text = plain_text(explained(tmp_path, "medical_spent_down.csv", "zh"))
    assert "医保个人账户：0.00 元（对账单余额），自 2024-10-18 起为 0" in text
    assert "期初 512.30 + 收入 1,118.40 − 支出 1,630.70 = 期末 0.00" in text
    assert "[spent_down 1,147.80]" in text and "下一步" in text
    assert "社保卡银行账户（金融功能）：没有导入数据。" in text


def test_empty_database_explains_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path / "empty.db")
    assert explain(store.conn, AS_OF).cards == ()
    assert to_contract(explain(store.conn, AS_OF)) == {"as_of": "2024-12-31", "cards": []}


# The command line (balanceview/cli/explain.py).

@pytest.fixture
def cli_with_explain():  # type: ignore[no-untyped-def]
    from balanceview import cli

    return cli.main


def test_cli_json_is_the_contract(tmp_path: Path, cli_with_explain, capsys) -> None:  # type: ignore[no-untyped-def]
    imported(tmp_path, "medical_spent_down.csv").close()
    db = str(tmp_path / "explain.db")
    code = cli_with_explain(["--db", db, "explain", "--card", "1111", "--account", "medical",
                             "--as-of", "2024-12-31", "--lang", "en", "--json"])
    assert code == 0
    contract = json.loads(capsys.readouterr().out)
    (account,) = contract["cards"][0]["accounts"]
    assert account["summary"] == {"opening": "512.30", "credits": "1118.40", "debits": "1630.70",
                                  "unexplained": "0.00", "closing": "0.00"}
    assert contract["as_of"] == account["as_of"] == "2024-12-31"
    assert [r["code"] for r in account["reasons"]] == ["spent_down", "credits_stopped",
                                                       "family_aid_out"]
    assert account["reasons"][0]["amount"] == "1147.80" and account["zero_date"] == "2024-10-18"


def test_cli_text_and_bad_input(tmp_path: Path, cli_with_explain, capsys) -> None:  # type: ignore[no-untyped-def]
    imported(tmp_path, "both_purses.csv").close()
    db = str(tmp_path / "explain.db")
    assert cli_with_explain(["--db", db, "explain", "--as-of", "2024-12-31", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "您看到的 0.00 元是社保卡银行账户（金融功能）的余额" in out
    assert cli_with_explain(["--db", db, "explain", "--card", "9999"]) == 2  # no such card
    with pytest.raises(SystemExit):
        cli_with_explain(["--db", db, "explain", "--as-of", "31/12/2024"])


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "zh_CN.UTF-8"}, "zh"), ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
    ({"LC_ALL": "C", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh"),
    ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
])
def test_default_language_follows_the_locale(monkeypatch: pytest.MonkeyPatch,
                                             env: dict[str, str], expected: str) -> None:
    from balanceview.cli.lang import default_lang

    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    assert default_lang() == expected


# Small made-up statements for the rules' edges: (date, purse, words, amount, balance).

HEADER = ["社会保障卡交易明细", "卡号：6217990055556666", "姓名：孙七",
          "交易日期,账户类型,交易类型,摘要,金额,余额"]
PURSE_WORDS = {"medical": "医保个人账户", "bank": "银行账户"}


def statement(tmp_path: Path, rows: list[tuple[str, str, str, str, str]], name: str = "s.csv"
              ) -> Store:
    lines = [*HEADER, *(f"{day},{PURSE_WORDS[p]},{words},,{amount},{balance}"
                       for day, p, words, amount, balance in rows)]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = open_store(tmp_path / "edges.db")
    import_file(store, path, ImportOptions())
    return store


def monthly_credits(months: int, amount: str = "100.00") -> list[tuple[str, str, str, str, str]]:
    rows, balance = [], 0
    for month in range(1, months + 1):
        balance += 10000
        rows.append((f"2024-{month:02d}-15", "medical", "划入", amount, f"{balance // 100}.00"))
    return rows


@pytest.mark.parametrize(("as_of", "stopped"), [(date(2024, 8, 16), False),
                                                (date(2024, 8, 17), True)])
def test_credits_stop_after_two_months_of_silence(tmp_path: Path, as_of: date,
                                                  stopped: bool) -> None:
    # Last credit 2024-06-15, usually every 31 days: stopped after max(62, 2 x 31) days.
    store = statement(tmp_path, monthly_credits(6))
    medical = purse(explain(store.conn, as_of, "en"), "medical")
    assert ("credits_stopped" in medical.codes) is stopped


def test_yearly_credits_are_not_stopped_within_two_years(tmp_path: Path) -> None:
    rows = [(f"{year}-01-10", "medical", "划入", "1000.00", f"{(year - 2020) * 1000}.00")
            for year in range(2021, 2025)]
    store = statement(tmp_path, rows)
    medical = purse(explain(store.conn, date(2024, 12, 31), "en"), "medical")
    assert medical.codes == ["annual_credit"]
    assert "the next is expected around January 2025" in medical.reasons[0].text
    late = purse(explain(store.conn, date(2025, 6, 30), "en"), "medical")
    assert late.codes == ["annual_credit"]  # late, but not two years late
    assert "none had come by 2025-06-30" in late.reasons[0].text
    later = purse(explain(store.conn, date(2026, 1, 11), "en"), "medical")
    assert later.codes == ["annual_credit", "credits_stopped"]
    assert "none had come by 2026-01-11" in later.reasons[0].text


def test_a_doubled_row_is_a_statement_gap(tmp_path: Path) -> None:
    store = statement(tmp_path, [
        ("2024-01-05", "bank", "存现", "100.00", "100.00"),
        ("2024-01-06", "bank", "消费", "-30.00", "70.00"),
        ("2024-01-07", "bank", "消费", "-30.00", "70.00"),  # the same payment listed twice
        ("2024-01-08", "bank", "存现", "10.00", "80.00")])
    bank = purse(explain(store.conn, AS_OF, "en"), "bank")
    assert bank.codes == ["statement_gap"]
    assert bank.bridge is not None and bank.bridge.gap_fen == 3000
    assert amount_of(bank, "statement_gap") == 3000
    assert evidence_of(bank, "statement_gap") == [("2024-01-06", -3000), ("2024-01-07", -3000)]
    assert "the balance shown is 30.00 more than the transactions add up to" in bank.reasons[0].text


def test_transfer_out_explains_the_zero_instead_of_spending(tmp_path: Path) -> None:
    store = statement(tmp_path, [*monthly_credits(3),
                                 ("2024-04-01", "medical", "账户转出", "-300.00", "0.00")])
    medical = purse(explain(store.conn, date(2024, 4, 30), "zh"), "medical")
    assert medical.codes == ["transferred_out"]
    assert amount_of(medical, "transferred_out") == 30000 and medical.zero_date == date(2024, 4, 1)
    assert "可能" in medical.reasons[0].text


def test_cleared_account(tmp_path: Path) -> None:
    store = statement(tmp_path, [*monthly_credits(2),
                                 ("2024-03-01", "medical", "账户清退", "-200.00", "0.00")])
    medical = purse(explain(store.conn, date(2024, 3, 31), "en"), "medical")
    assert medical.codes == ["closed_or_inherited"]
    assert amount_of(medical, "closed_or_inherited") == 20000


def test_roll_overs_count_in_neither_total(tmp_path: Path) -> None:
    store = statement(tmp_path, [
        ("2024-01-15", "medical", "划入", "100.00", "100.00"),
        ("2024-12-31", "medical", "年终结转", "-100.00", "0.00"),
        ("2025-01-01", "medical", "跨年结转", "100.00", "100.00")])
    medical = purse(explain(store.conn, date(2025, 1, 31), "en"), "medical")
    assert bridge_of(medical) == (0, 10000, 0, 10000)
    # As of the year's end only the first half of the pair is there: it moves the opening.
    year_end = purse(explain(store.conn, date(2024, 12, 31), "en"), "medical")
    assert bridge_of(year_end) == (-10000, 10000, 0, 0)
    assert "spent_down" not in year_end.codes  # a roll-over is not spending


def test_spent_down_from_the_opening_balance(tmp_path: Path) -> None:
    store = statement(tmp_path, [("2024-02-01", "medical", "药店购药", "-20.00", "30.00"),
                                 ("2024-03-01", "medical", "药店购药", "-30.00", "0.00")])
    medical = purse(explain(store.conn, AS_OF, "en"), "medical")
    assert medical.codes == ["spent_down"] and amount_of(medical, "spent_down") == 5000
    assert "it held 50.00 when the statement began" in medical.reasons[0].text


def test_evidence_is_bounded_but_the_amount_is_whole(tmp_path: Path) -> None:
    rows = [("2024-01-01", "bank", "存现", "100.00", "100.00")]
    rows += [(f"2024-02-{day:02d}", "bank", "消费", "-2.00", f"{100 - 2 * day}.00")
             for day in range(1, 29)]
    rows += [(f"2024-03-{day:02d}", "bank", "消费", "-2.00", f"{44 - 2 * day}.00")
             for day in range(1, 23)]
    store = statement(tmp_path, rows)
    bank = purse(explain(store.conn, AS_OF, "en"), "bank")
    reason = bank.reason("spent_down")
    assert reason is not None and reason.amount_fen == 10000
    assert len(reason.evidence) == 20 and reason.evidence[0].amount_fen == 10000
    assert reason.evidence[-1].day == date(2024, 3, 22) == bank.zero_date
    assert "50 payments since then, 100.00 in all" in reason.text


def test_reimbursement_matches_within_a_year_only(tmp_path: Path) -> None:
    store = statement(tmp_path, [
        ("2022-01-05", "bank", "存现", "1000.00", "1000.00"),
        ("2022-02-01", "bank", "急诊 北京协和医院", "-300.00", "700.00"),
        ("2023-03-01", "bank", "急诊 北京协和医院", "-200.00", "500.00"),
        ("2023-04-01", "bank", "医保报销", "150.00", "650.00")])
    bank = purse(explain(store.conn, AS_OF, "en"), "bank")
    # The 2023-04-01 reimbursement is too late for the 2022 bill: it pays back the 2023 one.
    assert amount_of(bank, "pending_reimbursement") == 30000
    assert evidence_of(bank, "pending_reimbursement") == [("2022-02-01", -30000)]
