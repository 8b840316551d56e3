"""A large plain file read the bulk way (numpy, bulk.py) gives exactly what reading it row by
row gives: the same rows, texts, problems and skipped lines, whatever the file holds."""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balanceview.core import bulk, chunks, forked
from balanceview.core.statements import statement
from balanceview.core.statements.source import SourceFile
from balanceview.core.statements.statement import Statement, parse_statement

_HEADER = ["交易时间", "账户类型", "交易类型", "摘要", "收入", "支出", "余额", "机构", "流水号"]
_PLAIN_DATES = st.builds(
    "{:04d}-{:02d}-{:02d} {:02d}:{:02d}:{:02d}".format, st.integers(2015, 2025),
    st.integers(1, 12), st.integers(1, 28), st.integers(0, 23), st.integers(0, 59),
    st.integers(0, 59))
_ODD_DATES = st.sampled_from(["2024-02-30 08:00:00", "2024/1/5", "2024-01-05", "20240105",
                              "2024-01-05 24:00:00", "1899-01-01 00:00:00"])
_PLAIN_MONEY = st.builds("{}.{:02d}".format, st.integers(0, 99_999), st.integers(0, 99))
_ODD_MONEY = st.sampled_from(["-0.50", "1,000.00", "¥5.00", "abc", "-", "12.5", "007.00",
                              " 3.00", "-12.00"])
_TYPES = st.sampled_from(["存现", "取款", "药店购药", "医保划入", " 门诊 ", "期初余额"])
_TEXTS = st.sampled_from(["ATM存款", " ATM取款 ", "海王星辰", "", "--", "跨行 转账",
                          "卡号6217990012345678"])
_PURSES = st.sampled_from(["银行账户", "医保个人账户", "未知账户"])


@st.composite
def _row(draw: st.DrawFn, odd: bool) -> list[str]:
    money = st.one_of(_PLAIN_MONEY, st.just("")) if not odd else st.one_of(
        _PLAIN_MONEY, st.just(""), _ODD_MONEY)
    date = _PLAIN_DATES if not odd else st.one_of(_PLAIN_DATES, _ODD_DATES)
    income = draw(money)
    expense = draw(money) if not odd or income else draw(_PLAIN_MONEY)
    return [draw(date), draw(_PURSES if odd else _PURSES.filter(lambda p: p != "未知账户")),
            draw(_TYPES if odd else _TYPES.filter(lambda t: t != "期初余额")), draw(_TEXTS),
            income, expense if income == "" or odd else "", draw(money), draw(_TEXTS),
            draw(st.sampled_from(["", "1132762829599810", " R1 ", "0012"]))]


@st.composite
def _files(draw: st.DrawFn) -> SourceFile:
    odd = draw(st.booleans())
    rows = draw(st.lists(_row(odd), min_size=1, max_size=40))
    delimiter = draw(st.sampled_from([",", "\t"]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    footer = draw(st.sampled_from([[], ["合计,,,,100.00,,,,"], ["", "以上数据仅供参考"]]))
    lines = ["卡号：6217990012345678", delimiter.join(_HEADER)]
    body = [delimiter.join(r) for r in rows]
    middle = draw(st.sampled_from([None, "", "# 第2页", "-----", delimiter.join(_HEADER)]))
    if middle is not None:  # a page break: the bulk stretch ends there, rows follow it
        body.insert(draw(st.integers(0, len(body))), middle)
    lines += body + footer
    encoding = draw(st.sampled_from(["gb18030", "utf-8"]))
    ending = draw(st.sampled_from(["", newline]))
    data = (newline.join(lines) + ending).encode(encoding)
    return SourceFile("s.csv", data, "0" * 64)


def _read(monkeypatch: pytest.MonkeyPatch, source: SourceFile, bulk_way: bool,
          in_two: bool = False) -> Statement:
    with monkeypatch.context() as patched:
        patched.setattr(statement, "bulk_min_rows", 1 if bulk_way else 10**9)
        patched.setattr(bulk, "SPLIT_FROM_BYTES", 1 if in_two else 10**12)
        patched.setattr(forked, "_allowed", [sys.platform.startswith("linux")])
        if not bulk_way:  # the column-wise chunk reader too: only the row reader is left
            patched.setattr(chunks.ChunkReader, "read", _not_plain)
        return parse_statement(source)


def _not_plain(*_: object) -> None:
    raise chunks.NotPlain


def _columns(found: Statement) -> dict[str, list[list[object]]]:
    names = ("line", "posted", "time_known", "amount", "balance", "kind", "raw_type",
             "description", "counterparty", "total", "pooled", "cash", "opening", "reference")
    return {p: [list(getattr(c, n)) for n in names] for p, c in found.purses.items()}


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(source=_files())
def test_bulk_reads_what_the_row_reader_reads(monkeypatch: pytest.MonkeyPatch,
                                              source: SourceFile) -> None:
    slow = _read(monkeypatch, source, False)
    for fast in (_read(monkeypatch, source, True), _read(monkeypatch, source, True, True)):
        assert _columns(fast) == _columns(slow)
        assert list(fast.purses) == list(slow.purses)
        assert fast.texts.texts == slow.texts.texts
        assert fast.problems == slow.problems
        assert fast.skipped == slow.skipped


def test_a_plain_file_is_read_the_bulk_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a test that cannot fail: the equivalence above means something only if the
    plain files really take the bulk way."""
    rows = [f"2024-01-{d % 28 + 1:02d} 08:00:{d % 60:02d},银行账户,存现,ATM存款,{d}.00,,"
            f"{d}.00,建设银行,R{d}" for d in range(50)]
    data = "\r\n".join(["卡号：6217990012345678", ",".join(_HEADER), *rows, "合计,,,,,,,,"])
    taken: list[bulk.Stretch | None] = []
    real = bulk.read_stretch

    def spy(*args: object, **kwargs: object) -> bulk.Stretch | None:
        taken.append(real(*args, **kwargs))  # type: ignore[arg-type]
        return taken[-1]

    monkeypatch.setattr(bulk, "read_stretch", spy)
    monkeypatch.setattr(statement, "bulk_min_rows", 10)
    found = parse_statement(SourceFile("s.csv", data.encode("gb18030"), "0" * 64))
    assert taken and taken[0] is not None and taken[0].count == 50
    assert len(found.purses["bank"]) == 50
    assert found.purses["bank"].line[0] == 3 and found.skipped[-1][0] == 53  # the footer


def test_an_opening_line_on_top_leaves_the_rest_to_the_bulk_way(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """期初余额 first, then a million plain rows: the opening line is read row by row and
    the rows after it still the bulk way, with the same result."""
    rows = [f"2024-01-{d % 28 + 1:02d} 08:00:{d % 60:02d},医保个人账户,医保划入,单位缴费,{d}.00,,"
            f"{d}.00,医保中心,R{d}" for d in range(60)]
    opening = "2023-12-31 00:00:00,医保个人账户,期初余额,期初余额,,,12.00,,"
    data = "\n".join(["卡号：6217990012345678", ",".join(_HEADER), opening, *rows])
    source = SourceFile("s.csv", data.encode("gb18030"), "0" * 64)
    taken: list[bulk.Stretch | None] = []
    real = bulk.read_stretch
    monkeypatch.setattr(bulk, "read_stretch",
                        lambda *a, **k: taken.append(real(*a, **k)) or taken[-1])
    fast, slow = _read(monkeypatch, source, True), _read(monkeypatch, source, False)
    assert taken[0] is not None and taken[0].count == 60
    assert fast.purses["medical"].opening_balance == 1200
    assert _columns(fast) == _columns(slow) and fast.texts.texts == slow.texts.texts


def test_wide_text_cells_are_told_apart_by_a_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text cells too wide to hash as a matrix are keyed one by one, with the same result."""
    long_texts = ["备注" * 80 + str(n % 3) for n in range(40)]
    rows = [f"2024-02-{d % 28 + 1:02d} 09:00:00,银行账户,取款,{long_texts[d]},,{d}.00,,银行,R{d}"
            for d in range(40)]
    data = "\n".join(["卡号：6217990012345678", ",".join(_HEADER), *rows])
    source = SourceFile("s.csv", data.encode("utf-8"), "0" * 64)
    fast, slow = _read(monkeypatch, source, True), _read(monkeypatch, source, False)
    assert len(fast.purses["bank"]) == 40
    assert _columns(fast) == _columns(slow) and fast.texts.texts == slow.texts.texts
    assert len({t for t in fast.texts.texts if t.startswith("备注")}) == 3
