"""A spreadsheet's cells are turned into text a column at a time; each must read as the
sheet shows it, exactly as cell by cell."""

from __future__ import annotations

from datetime import datetime

from hypothesis import example, given, settings
from hypothesis import strategies as st

from balanceview.core.statements.excel import _column, cell_text

cells = st.one_of(
    st.none(),
    st.sampled_from(["", "药店购药", "2024-03-05", "1,234.56", "-"]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.decimals(min_value=-10**9, max_value=10**9, places=2).map(float),
    st.integers(-10**18, 10**19),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(cells, max_size=30), st.booleans())
@example([10_000_000_000.0, 12_345_678_901.5, 2176.91, None], True)  # Arrow writes 1e+10
def test_a_column_reads_as_its_cells_one_by_one(values: list[object], numbers_only: bool) -> None:
    if numbers_only:  # the fast path of a column of amounts
        values = [v for v in values if v is None or type(v) is float]
    assert [c.decode() for c in _column(values).to_pylist()] == [cell_text(v) for v in values]
