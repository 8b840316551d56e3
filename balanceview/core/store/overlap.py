"""Where a statement's rows of one time meet rows stored before: statements are cut at any
moment (查询时间 2024-03-09 14:00), so two files may each hold part of one day's rows.

The rows of a time, in the bank's order, are lined up against the stored ones: the part
they share is already stored, and what lies before or after it is new and goes before or
after the stored rows. Two equal withdrawals on one day stay two, and the day keeps the
bank's order, wherever the statements were cut."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Lined:
    """How incoming rows of one time line up with the stored ones: incoming[i] is stored
    row i + offset; rows before the stored ones and after them are new."""

    offset: int
    stored: int
    incoming: int

    def place(self, index: int) -> int:
        """-1: new, before the stored rows; 0: stored already; 1: new, after them."""
        at = index + self.offset
        return -1 if at < 0 else 0 if at < self.stored else 1

    def stored_row(self, index: int) -> int:
        return index + self.offset


def line_up(stored: Sequence[Hashable], incoming: Sequence[Hashable], earlier: bool) -> Lined:
    """The offset where the rows they share agree, sharing as many as possible. Rows that
    agree nowhere share none: the incoming ones go before the stored ones when they come
    earlier (`earlier`: their balances lead into the stored ones, or their statement
    starts earlier), else after them."""
    best: tuple[int, int, int] | None = None  # (shared, preference, offset)
    for offset in range(-len(incoming) + 1, len(stored)):
        first, last = max(0, -offset), min(len(incoming), len(stored) - offset)
        if all(incoming[i] == stored[i + offset] for i in range(first, last)):
            # Equal sharing: the incoming rows extend the stored ones on their own side.
            preference = -offset if earlier else offset
            candidate = (last - first, preference, offset)
            best = candidate if best is None or candidate > best else best
    if best is None:
        offset = -len(incoming) if earlier else len(stored)
    else:
        offset = best[2]
    return Lined(offset, len(stored), len(incoming))
