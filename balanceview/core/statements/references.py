"""Reference numbers (流水号) as stored: trimmed, and any run of 12 or more digits masked,
since a reference cell may hold a card or ID number."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from balanceview.core.masking import scrub
from balanceview.core.statements import kernels

_LONG_RUN = r"[0-9]{12}"


def references(cells, indices: list[int]) -> pa.Array:  # type: ignore[no-untyped-def]
    """The first non-empty reference cell of each row, "" where all are empty."""
    found: pa.Array | None = None
    for index in indices:
        column = _masked(_text(cells, index))
        found = column if found is None else pc.if_else(pc.equal(found, ""), column, found)
    if found is None:
        return pa.array([""] * len(cells.table), pa.string())
    return found


def _text(cells, index: int) -> pa.Array:  # type: ignore[no-untyped-def]
    """The cells as text: ASCII ones straight away, others decoded one by one."""
    column = kernels.trimmed(cells.table.columns[index])
    ascii_only = pc.string_is_ascii(column).to_numpy(zero_copy_only=False)
    if ascii_only.all():
        return column
    values = column.to_pylist()
    for row in np.flatnonzero(~ascii_only).tolist():
        raw = cells.table.columns[index][row].as_py()
        values[row] = cells.text(raw, row).strip()
    return pa.array(values, pa.string())


def _masked(column: pa.Array) -> pa.Array:
    """Long digit runs hidden as masking.scrub hides them: the common all-digit reference
    at C speed, any other text with a long run one by one."""
    digits_only = pc.ascii_is_decimal(column)
    long = pc.and_(digits_only, pc.greater_equal(pc.binary_length(column), 12))
    others = pc.invert(digits_only)
    if pc.any(others).as_py():  # a regular expression only for cells not all digits
        long = pc.or_(long, pc.and_(others, pc.match_substring_regex(column, _LONG_RUN)))
    if not pc.any(long).as_py():
        return column
    hidden = pc.binary_join_element_wise(
        pc.utf8_slice_codeunits(column, 0, 4),
        pc.binary_repeat(pa.array(["*"] * len(column), pa.string()),
                         pc.max_element_wise(pc.subtract(pc.binary_length(column), 8), 0)),
        pc.utf8_slice_codeunits(column, -4), "")
    column = pc.if_else(pc.and_(long, digits_only), hidden, column)
    rest = pc.and_(long, pc.invert(digits_only)).to_numpy(zero_copy_only=False)
    if not rest.any():
        return column
    values = column.to_pylist()
    for row in np.flatnonzero(rest).tolist():
        values[row] = scrub(values[row])
    return pa.array(values, pa.string())
