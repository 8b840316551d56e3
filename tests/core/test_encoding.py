"""Statement bytes are read in the encoding they were written in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from balanceview.core.errors import UserError
from balanceview.core.statements.encoding import decode_statement

# Text a statement holds: Chinese, ASCII, full-width forms; all encodable in GB18030.
statement_text = st.text(
    alphabet=st.sampled_from(list("交易日期余额医保个人账户划入药店购药一心堂（）：，元¥0123456789-.,ab \n")),
    min_size=1, max_size=200,
).filter(lambda t: any("\u4e00" <= c <= "\u9fff" for c in t))


@given(statement_text)
def test_utf8_with_and_without_bom_and_gb18030(text: str) -> None:
    assert decode_statement(text.encode("utf-8"), "f.csv")[0] == text
    assert decode_statement(text.encode("utf-8-sig"), "f.csv")[0] == text
    assert decode_statement(text.encode("gb18030"), "f.csv") == (text, "gb18030")


@given(statement_text)
def test_utf16_with_bom(text: str) -> None:
    assert decode_statement(text.encode("utf-16"), "f.csv")[0] == text


def test_utf16_without_bom_is_found_by_its_zero_bytes() -> None:
    text = "记账日期,金额,余额\n2024-01-05,12.00,12.00\n"
    assert decode_statement(text.encode("utf-16-le"), "f.csv")[0] == text


def test_binary_data_is_refused() -> None:
    with pytest.raises(UserError, match="binary"):
        decode_statement(b"\x01\x02\x00\x00\x05" * 100, "f.csv")
