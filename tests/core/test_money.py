"""Amounts are read exactly, whatever way a statement writes them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balanceview.core.errors import CellError
from balanceview.core.money import format_fen, is_masked, parse_amount

fen_values = st.integers(min_value=-10**13, max_value=10**13)
FULL_WIDTH = str.maketrans("0123456789-.,", "０１２３４５６７８９－．，")


@given(fen_values)
def test_plain_and_grouped_round_trip(fen: int) -> None:
    assert parse_amount(format_fen(fen)) == fen
    assert parse_amount(format_fen(fen, grouping=True)) == fen


@given(fen_values)
def test_decorated_amounts_read_the_same(fen: int) -> None:
    text = format_fen(fen, grouping=True)
    assert parse_amount(f" ¥{text}元\t") == fen
    assert parse_amount(text.translate(FULL_WIDTH)) == fen
    assert parse_amount(f"\u3000{text}  ") == fen


@given(st.integers(min_value=1, max_value=10**12))
def test_parentheses_and_trailing_minus_are_negative(fen: int) -> None:
    text = format_fen(fen, grouping=True)
    assert parse_amount(f"({text})") == -fen
    assert parse_amount(f"+{text}") == fen


@pytest.mark.parametrize("text", ["", " ", "-", "--", "/", "—", "\t"])
def test_placeholders_mean_no_amount(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize("text", ["12.345", "abc", "1.2.3", "NaN", "Infinity", "12,34a"])
def test_what_is_not_money_is_refused_with_the_cell_text(text: str) -> None:
    with pytest.raises(CellError) as raised:
        parse_amount(text)
    assert text in str(raised.value)


def test_a_long_amount_is_not_rounded() -> None:
    assert parse_amount("9,876,543,210,987.54") == 987654321098754


@pytest.mark.parametrize("text", ["98,765,432,109,876.54", "184467440737095516.16", "1e5",
                                  "1_000", "٣٠٠", "12.3e2"])
def test_what_no_statement_writes_is_not_money(text: str) -> None:
    with pytest.raises(CellError):
        parse_amount(text)


def test_masked_balances_are_recognised_not_read() -> None:
    assert is_masked("xx,yyyy.zz")
    assert not is_masked("12.00")
