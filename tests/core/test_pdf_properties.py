"""Any statement printed to PDF reads back as the rows it was printed from: the same cells in
the same order, each on the page and row it was printed on (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balanceview.core.statements.pdf import read_pdf
from balanceview.core.statements.pdf_furniture import TOTALS_WORDS
from tests.core.pdf_statements import Layout, print_statement

# The first level of GB2312 (3,755 common hanzi), all in the shipped font.
HANZI = "".join(bytes([hi, lo]).decode("gb2312") for hi in range(0xB0, 0xD8)
                for lo in range(0xA1, 0xFF) if (hi, lo) < (0xD7, 0xFA))
SIGNS = "-/*()（）：，。·"

hanzi = st.text(st.sampled_from(HANZI), min_size=1, max_size=8)
latin = st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
                min_size=1, max_size=6)
digits = st.text(st.sampled_from("0123456789"), min_size=1, max_size=12)
sign = st.sampled_from(SIGNS)


@st.composite
def free_text(draw: st.DrawFn) -> str:
    """A cell as banks fill them: hanzi, card numbers, signs, Latin words parted by spaces."""
    pieces = draw(st.lists(st.one_of(hanzi, digits, sign, latin), max_size=5))
    text = ""
    for piece in pieces:
        both_latin = text[-1:].isascii() and text[-1:].isalpha() and piece[0].isalpha() \
            and piece[0].isascii()
        text += (" " if both_latin else "") + piece
    return text


amount = st.builds(lambda yuan, fen, minus: f"{'-' if minus else ''}{yuan:,}.{fen:02d}",
                   st.integers(0, 99999), st.integers(0, 99), st.booleans())
date = st.builds(lambda m, d: f"2024-{m:02d}-{d:02d}", st.integers(1, 12), st.integers(1, 28))


@st.composite
def statements(draw: st.DrawFn) -> tuple[Layout, list[list[str]]]:
    columns = draw(st.integers(3, 7))
    widths = draw(st.lists(st.integers(64, 515 // columns), min_size=columns,
                           max_size=columns))
    label = st.text(st.sampled_from(HANZI), min_size=2, max_size=6).filter(
        lambda text: not text.startswith(TOTALS_WORDS))  # a header is not a totals line
    header = draw(st.lists(label, min_size=columns, max_size=columns))
    rows = draw(st.lists(st.tuples(date, amount, amount, st.lists(
        free_text(), min_size=columns - 3, max_size=columns - 3)), max_size=24))
    layout = Layout(
        widths=[float(w) for w in widths], header=[header], titles=["户名：张三"],
        rules=draw(st.sampled_from(["grid", "none", "frame"])), middle=draw(st.booleans()),
        repeat_header=draw(st.booleans()), rows_per_page=draw(st.integers(2, 10)),
        page_header=draw(st.sampled_from([[], ["中国农业银行"]])))
    return layout, [[d, a, b, *rest] for d, a, b, rest in rows]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statements())
def test_records_read_back_are_the_rows_printed_with_page_and_row(
        statement: tuple[Layout, list[list[str]]]) -> None:
    layout, rows = statement
    printed = print_statement(layout, rows)
    table = read_pdf(printed.data, "流水.pdf")
    assert [(r.page, r.row, r.cells) for r in table.records] == printed.records
    assert table.skipped == printed.skipped
    assert table.pages == max(1, -(-len(rows) // layout.rows_per_page))
