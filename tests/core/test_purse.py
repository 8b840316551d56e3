"""The purse a file goes to, from all it says, with the reason in plain words."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balanceview.core.errors import UserError
from balanceview.core.statements.source import SourceFile
from balanceview.core.statements.statement import parse_statement

MEDICAL = ["个人账户划入", "药店购药", "家庭共济支付", "门诊", "住院"]
BANK = ["存款", "ATM取款", "转账", "代发工资", "养老金", "快捷支付"]
NEUTRAL = ["其他", "调整", "业务"]


def read(lines: list[str]):  # type: ignore[no-untyped-def]
    data = "\n".join(lines).encode("gb18030")
    return parse_statement(SourceFile("明细.csv", data, hashlib.sha256(data).hexdigest()))


def rows(types: list[str]) -> list[str]:
    found, balance = ["交易日期,交易类型,交易金额,账户余额"], 0
    for day, kind in enumerate(types, start=1):
        amount = 32000 if kind in ("个人账户划入", "存款", "代发工资", "养老金") else -1050
        balance += amount
        found.append(f"2024-{1 + day // 28:02d}-{1 + day % 28:02d},{kind},{amount / 100:.2f},"
                     f"{balance / 100:.2f}")
    return found


def test_a_medical_export_with_no_title_is_the_medical_account() -> None:
    statement = read(rows(["个人账户划入", "药店购药", "药店购药", "家庭共济支付"] * 3 + ["其他"] * 2))
    assert statement.default_purse == "medical" and list(statement.purses) == ["medical"]
    assert statement.purse_reason.text("zh") == "医保个人账户：14 行中有 12 行是“药店购药”、“个人账户划入”"
    assert str(statement.purse_reason).startswith("the medical account (医保个人账户): 12 of 14 rows")


def test_a_title_that_says_bank_decides_even_with_premium_rows() -> None:
    statement = read(["社会保障卡银行账户交易明细", *rows(["医保缴费", "存款", "门诊"])])
    assert statement.default_purse == "bank"
    assert statement.purse_reason.text("zh") == "银行账户：标题写着“银行”、“银行账户”"


def test_settlement_columns_say_medical() -> None:
    statement = read(["结算时间,医疗类别,定点医药机构,医疗费总额,统筹基金支付,个人账户支付,个人账户余额",
                      "2024-01-09 09:42:17,门诊,山西省人民医院,268.00,0.00,268.00,2947.60"])
    assert statement.default_purse == "medical"
    assert "表头有“个人账户余额”、“个人账户支付”、“统筹基金支付”、“定点医药机构”" in statement.purse_reason.text("zh")


def test_mixed_evidence_is_never_guessed() -> None:
    with pytest.raises(UserError) as refused:
        read(rows(["个人账户划入", "存款", "药店购药", "ATM取款"]))
    english, chinese = str(refused.value), refused.value.text("zh")
    assert "--account medical or --account bank" in english and "medical insurance agency" in english
    assert "医保个人账户由医保经办机构管理" in chinese and "--account bank（银行账户）" in chinese


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(MEDICAL), min_size=1, max_size=12),
       st.lists(st.sampled_from(NEUTRAL), max_size=6), st.randoms())
def test_a_purse_s_words_decide_whatever_the_order_of_the_rows(medical, neutral, shuffle) -> None:  # type: ignore[no-untyped-def]
    types = medical + neutral
    decided = []
    for _ in range(3):
        shuffle.shuffle(types)
        try:
            decided.append(read(rows(types)).default_purse)
        except UserError:
            decided.append(None)
    assert len(set(decided)) == 1
    expected = "medical" if 3 * len(medical) >= len(types) else None
    assert decided[0] == expected
