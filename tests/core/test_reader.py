"""The statement reader on the files real exports make: quotes, line breaks inside cells,
footers, odd rows, both encodings, every line ending; each row at the line an editor shows."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balanceview.core.errors import UserError
from balanceview.core.money import format_fen
from balanceview.core.statements.source import SourceFile
from balanceview.core.statements.statement import parse_statement

HEADER = ["交易日期", "摘要", "金额", "余额", "备注"]


def source(name: str, data: bytes) -> SourceFile:
    return SourceFile(name, data, hashlib.sha256(data).hexdigest())


def rows_of(statement) -> list[tuple[int, str, str, str]]:  # type: ignore[no-untyped-def]
    """(line, amount, balance, remark) of every transaction, in file order."""
    texts = statement.texts.texts
    found = []
    for purse in statement.purses.values():
        for i in range(len(purse)):
            balance = purse.value("balance", i)
            found.append((purse.line[i], format_fen(purse.amount[i]),
                          "" if balance is None else format_fen(balance),
                          texts[purse.description[i]]))
    return sorted(found)


def csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n\r') else text


remarks = st.text(alphabet="药店购药益丰大药房, \"\n-ab1", max_size=12)


@st.composite
def statements(draw):  # type: ignore[no-untyped-def]
    """A statement written as banks write them, with the rows it must read back."""
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    encoding = draw(st.sampled_from(["utf-8", "gb18030"]))
    lines = ["银行账户交易明细", "卡号：6217990012345678", ",".join(HEADER)]
    expected, balance = [], 0
    for day in range(1, draw(st.integers(1, 25)) + 1):
        if draw(st.booleans()) and draw(st.booleans()):
            lines.append("")  # a blank line between rows
        amount = draw(st.integers(-50_000, 50_000))
        balance += amount
        remark = draw(remarks)
        trailing = "," if draw(st.booleans()) and "\n" not in remark else ""
        line = sum(piece.count("\n") + 1 for piece in lines) + 1
        cells = [f"2024-01-{day:02d}", "存现" if amount > 0 else "消费",
                 format_fen(amount), format_fen(balance),
                 csv_cell(remark)]
        lines.append(",".join(cells) + trailing)
        cleaned = " ".join(remark.strip().strip("-").strip().split())
        expected.append((line, format_fen(amount), format_fen(balance), cleaned))
    if draw(st.booleans()):
        lines.append("合计")  # a footer of one cell: an odd row
    text = ending.join(piece.replace("\n", ending) for piece in lines) + ending
    return text.encode(encoding), expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statements())
def test_every_row_is_read_at_the_line_an_editor_shows(written) -> None:  # type: ignore[no-untyped-def]
    data, expected = written
    statement = parse_statement(source("s.csv", data))
    assert not statement.problems
    assert rows_of(statement) == expected


def test_a_bad_date_after_a_quoted_line_break_is_named_at_its_own_line() -> None:
    data = "\n".join(["交易日期,摘要,金额,余额,备注", '2024-01-05,存现,100.00,100.00,"两行\n备注"',
                      "2024-02-30,消费,-5.00,95.00,"]).encode("gb18030")
    statement = parse_statement(source("s.csv", data))
    assert [(p.line, p.column) for p in statement.problems] == [(4, "交易日期 (A)")]


def test_footers_of_one_cell_in_gb18030_are_skipped_with_their_reason() -> None:
    data = "\r\n".join(["交易日期,摘要,金额,余额", "2024-01-05,存现,100.00,100.00",
                        "人民币合计", "以上数据仅供参考", ""]).encode("gb18030")
    statement = parse_statement(source("s.csv", data))
    assert rows_of(statement) == [(2, "100.00", "100.00", "")]
    assert [(line, str(why)) for line, why in statement.skipped] == [
        (3, "a footer (totals or a notice)"), (4, "a footer (totals or a notice)")]


def test_rows_that_leave_out_their_last_empty_cells_are_read() -> None:
    data = "交易日期,摘要,金额,余额,备注\n2024-01-05,存现,100.00,100.00,x\n2024-01-06,消费,-20.00\n"
    statement = parse_statement(source("s.csv", data.encode()))
    assert rows_of(statement) == [(2, "100.00", "100.00", "x"), (3, "-20.00", "", "")]


def test_quoted_cells_with_commas_read_as_unquoted_ones() -> None:
    plain = "交易日期,摘要,金额,余额,备注\n" + "".join(
        f"2024-01-{d:02d},消费,-1.00,{100 - d}.00,个人账户余额不足 差额自付\n" for d in range(1, 29))
    quoted = plain.replace("个人账户余额不足 差额自付", '"个人账户余额不足,差额自付"')
    read = [rows_of(parse_statement(source("s.csv", text.encode("gb18030"))))
            for text in (plain, quoted)]
    assert [r[:3] for r in read[0]] == [r[:3] for r in read[1]]
    assert read[1][0][3] == "个人账户余额不足,差额自付"


def test_a_cell_longer_than_any_statement_writes_is_refused_naming_its_line() -> None:
    data = "交易日期,摘要,金额,余额,备注\n2024-01-05,存现,100.00,100.00,ok\n" \
           f"2024-01-06,存现,1.00,101.00,{'x' * 100_000}\n"
    with pytest.raises(UserError, match="line 3: a cell of 100,000 bytes"):
        parse_statement(source("s.csv", data.encode()))


def test_a_utf8_file_damaged_in_one_byte_is_refused_at_that_line() -> None:
    good = "交易日期,摘要,金额,余额,备注\n" + "".join(
        f"2024-01-{d:02d},消费,-1.00,{100 - d}.00,益丰大药房\n" for d in range(1, 29))
    data = bytearray(good.encode())
    data[data.index("益丰".encode(), 400) + 1] = 0xFF  # line 12's pharmacy, broken
    with pytest.raises(UserError, match=r"line \d+: the text cannot be read as utf-8"):
        parse_statement(source("s.csv", bytes(data)))


def test_utf16_and_pipe_delimited_gb18030_files_are_read() -> None:
    text = "交易日期|摘要|金额|余额\n2024-01-05|存现|100.00|100.00\n2024-01-06|取款|-40.00|60.00\n"
    for data in (text.encode("gb18030"), text.replace("|", "\t").encode("utf-16")):
        statement = parse_statement(source("s.csv", data))
        assert rows_of(statement) == [(2, "100.00", "100.00", ""), (3, "-40.00", "60.00", "")]


@pytest.mark.parametrize("amount", ["1e5", "1_000", "٣٠٠", "184467440737095516.16", "１２３４５６７８９０１２３４５６７"])
def test_only_amounts_a_statement_writes_are_accepted(amount: str) -> None:
    data = f"交易日期,摘要,金额,余额\n2024-01-05,存现,{amount},\n".encode()
    statement = parse_statement(source("s.csv", data))
    assert [p.column for p in statement.problems] == ["金额 (C)"]


def test_a_statement_in_a_folder_path_keeps_its_name(tmp_path: Path) -> None:
    from balanceview.core.statements.source import read_source

    path = tmp_path / "流水.csv"
    path.write_bytes("银行账户交易明细\n交易日期,金额,余额\n2024-01-05,1.00,1.00\n".encode())
    assert parse_statement(read_source(path)).file_name == "流水.csv"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='"\n\r,a药', max_size=40))
def test_both_ways_of_finding_a_line_break_in_quotes_agree(text: str) -> None:
    """Quote marks looked between one by one (the usual file) and each line's quote marks
    counted (a file that quotes every cell) find the same files."""
    import numpy as np

    from balanceview.core.statements import table

    data = text.encode()
    quotes = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 34)
    odd = table._odd_quotes_on_a_line(data, 0, quotes) if len(quotes) else False
    assert table._breaks_in_quotes(data, 0) == odd
    few, table._FEW_QUOTES = table._FEW_QUOTES, 2  # the way of a file quoting every cell
    try:
        assert table._breaks_in_quotes(data, 0) == odd
    finally:
        table._FEW_QUOTES = few
