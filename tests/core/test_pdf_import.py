"""A person with only the bank's PDF gets the same purse, rows and balance as from the CSV
the PDF was printed from; each row keeps its page and row."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balanceview.core.errors import StatementRefused
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.ledger import history, purse_balances
from balanceview.core.money import format_fen
from balanceview.core.store import open_store
from tests.core.pdf_statements import Layout, print_statement
from tests.core.test_pdf_layouts import BOC, BOC_ROWS, CMB, CMB_ROWS, ICBC, icbc_rows

ICBC_ROWS = icbc_rows()


def as_csv(layout: Layout, rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for title in layout.titles:
        out.write(title + "\n")
    writer.writerow(layout.header[0])
    writer.writerows(rows)
    return out.getvalue().encode("gb18030")


def imported(tmp_path: Path, name: str, data: bytes):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data)
    store = open_store(tmp_path / f"{name}.db")
    outcome = import_file(store, path, ImportOptions())
    rows = [(r.kind, r.posted, r.amount_fen, r.running_fen, r.description, r.counterparty)
            for r in history(store.conn)]
    balances = {(b.kind, b.balance_fen) for b in purse_balances(store.conn)}
    pages = [r.source_page for r in history(store.conn)]
    return outcome, rows, balances, pages


@pytest.mark.parametrize("layout, rows", [(BOC, BOC_ROWS), (CMB, CMB_ROWS), (ICBC, ICBC_ROWS)],
                         ids=["boc", "cmb", "icbc"])
def test_a_pdf_imports_as_the_csv_it_was_printed_from(tmp_path: Path, layout, rows) -> None:  # type: ignore[no-untyped-def]
    pdf = imported(tmp_path, "流水.pdf", print_statement(layout, rows).data)
    text = imported(tmp_path, "流水.csv", as_csv(layout, rows))
    assert pdf[1] == text[1] and pdf[2] == text[2]
    assert pdf[0].new_rows == text[0].new_rows and pdf[0].card == text[0].card
    assert all(page and page >= 1 for page in pdf[3]) and not any(text[3])


def test_a_bad_cell_in_a_pdf_is_named_by_page_row_and_column(tmp_path: Path) -> None:
    rows = [list(r) for r in ICBC_ROWS]
    rows[-1][0] = "2024-02-30"
    path = tmp_path / "流水.pdf"
    path.write_bytes(print_statement(ICBC, rows).data)
    with pytest.raises(StatementRefused) as refused:
        import_file(open_store(tmp_path / "db"), path, ImportOptions())
    problem = refused.value.problems[0]
    assert problem.page == 3 and problem.column.startswith(ICBC.header[0][0])
    assert f"流水.pdf，第 3 页第 {problem.line} 行，“{problem.column}”列" in refused.value.text("zh")


amounts = st.lists(st.integers(-500_000, 500_000).filter(bool), min_size=1, max_size=45)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(amounts=amounts, opening=st.integers(600_000, 10**7))
def test_random_statements_import_alike_from_pdf_and_csv(tmp_path_factory, amounts, opening) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("pdf")
    layout = Layout(widths=[70, 60, 70, 70, 120], header=[["交易日期", "摘要", "交易金额", "账户余额", "对方户名"]],
                    titles=["某某银行借记卡交易明细", "卡号：6217990012345678"], rows_per_page=18)
    rows, balance = [], opening
    for day, fen in enumerate(amounts):
        balance += fen
        rows.append([f"2024-{1 + day // 28:02d}-{1 + day % 28:02d}", "存款" if fen > 0 else "消费",
                     format_fen(fen, grouping=True), format_fen(balance, grouping=True),
                     "益丰大药房(五一店)" if fen < 0 else ""])
    pdf = imported(folder, "p.pdf", print_statement(layout, rows).data)
    text = imported(folder, "p.csv", as_csv(layout, rows))
    assert pdf[1] == text[1] and pdf[2] == text[2] == {("bank", balance), ("medical", None)}
