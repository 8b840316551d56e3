"""Typed rows split by purse, each purse oldest first, its opening balance taken out."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from balanceview.core.statements.columns import NONE, PurseColumns
from balanceview.core.statements.rows import PURSES, TypedRows

_ORDER = ("line", "posted", "time_known", "amount", "balance", "kind", "raw_type",
          "description", "counterparty", "total", "pooled", "cash", "opening", "page")


def split_purses(rows: TypedRows, insurance: str | None) -> dict[str, PurseColumns]:
    """Each purse's rows in file order, then put in time order, opening lines taken out."""
    keep = True if rows.keep is None else rows.keep  # footers and bad rows left out
    chosen = {name: np.flatnonzero((rows.purse == code) & keep)
              for code, name in enumerate(PURSES)}
    found = {name: PurseColumns(name, insurance=insurance)
             for name, index in chosen.items() if len(index)}
    everything = len(rows)
    for column in _ORDER:  # a column at a time, each let go once copied: memory stays flat
        values = getattr(rows, column)
        setattr(rows, column, None)
        for name, purse in found.items():
            index = chosen[name]
            part = values if len(index) == everything else values[index]
            target = getattr(purse, column)
            target.frombytes(memoryview(part.astype(target.typecode, copy=False)).cast("B"))
    for name, purse in found.items():
        index = chosen[name]
        purse.reference = rows.reference if len(index) == everything else \
            rows.reference.take(pa.array(index))
        put_in_order(purse)
        take_opening(purse)
    return found


def put_in_order(purse: PurseColumns) -> None:
    """Oldest first. Newest-first files (ICBC, BOC) are reversed before a stable sort, so
    rows of one day keep the order the bank gave them."""
    if len(purse) < 2:
        return
    posted = np.frombuffer(purse.posted, dtype=np.int64)
    if (posted[1:] >= posted[:-1]).all():
        return  # already oldest first: nothing to move
    order = np.arange(len(posted))
    if posted[0] > posted[-1]:
        order = order[::-1]
    if (posted[order][1:] < posted[order][:-1]).any():
        order = order[np.argsort(posted[order], kind="stable")]
    purse.select(order)


def take_opening(purse: PurseColumns) -> None:
    """期初余额 and its kin set the opening balance and are not transactions; without one the
    opening is the first stated balance less the first amount."""
    opening, amount, balance = purse.opening, purse.amount, purse.balance
    start = 0
    while start < len(purse) and opening[start]:
        if purse.opening_balance is None:
            purse.opening_balance = purse.value("balance", start) if balance[start] != NONE \
                else amount[start]
            purse.opening_stated = True
        start += 1
    # Later carry-forward lines (承前余额 at a page top) move no money: not transactions.
    keep = np.frombuffer(opening, dtype=np.int8) == 0
    keep |= np.frombuffer(amount, dtype=np.int64) != 0
    keep[:start] = False
    if not keep.all():
        purse.select(np.flatnonzero(keep))
    if purse.opening_balance is None and len(purse) and purse.balance[0] != NONE:
        purse.opening_balance = purse.balance[0] - purse.amount[0]
