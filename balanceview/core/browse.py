"""Browsing transactions: a filter, the ordered ids, and display-ready rows a page at a time."""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

from balanceview.core.dates import date_to_posted, posted_to_date, posted_to_iso
from balanceview.core.kinds import BOOKKEEPING

SHOWN = "COALESCE(t.stated_balance_fen, t.running_fen)"  # the balance the statement shows
_JOINS = {
    "a": "JOIN accounts a ON a.id = t.account_id",
    "b": "JOIN batches b ON b.id = t.batch_id",
    "rt": "LEFT JOIN texts rt ON rt.id = t.raw_type_id",
    "d": "LEFT JOIN texts d ON d.id = t.description_id",
    "c": "LEFT JOIN texts c ON c.id = t.counterparty_id",
}
# The table's columns, in order, each with its sort keys and the joins those keys need.
SORTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "date": (("t.posted",), ()),
    "purse": (("a.kind",), ("a",)),
    "kind": (("t.kind",), ()),
    # Money before the texts: in a narrow window the amounts must still show.
    "amount": (("t.amount_fen",), ()),
    "balance": ((SHOWN,), ()),
    "description": (("rt.text", "d.text"), ("rt", "d")),
    "institution": (("c.text",), ("c",)),
    "source": (("b.file_name", "t.source_line"), ("b",)),
}
COLUMNS = tuple(SORTS)
# Above this many purses, one sort beats a merge of as many index ranges (and SQLite allows
# at most 500 arms in one compound SELECT).
_MERGED_ACCOUNTS = 16
BUSY_SECONDS = 10.0  # a reader waits this long for a writer's commit before it gives up


@dataclass(frozen=True)
class BrowseFilter:
    card_id: int | None = None  # None: every card
    purse: str | None = None  # 'medical' or 'bank'; None: both
    kinds: frozenset[str] = frozenset()  # empty: every kind
    first_day: date | None = None
    last_day: date | None = None
    search: str = ""  # matched against type, description, counterparty and reference


@dataclass(frozen=True)
class DisplayRow:
    id: int
    date: str
    purse: str  # 'medical' or 'bank'
    kind: str
    description: str  # the statement's type and description, joined
    institution: str  # the counterparty
    amount_fen: int
    running_fen: int  # opening + every amount so far
    balance_fen: int  # what the statement shows (its own figure where it gave one)
    file_name: str
    source_line: int  # in a PDF: the row on its page
    source_page: int | None = None  # a PDF's page


def accounts(conn: sqlite3.Connection, flt: BrowseFilter) -> list[int]:
    where, params = ["1"], []
    if flt.card_id is not None:
        where.append("card_id = ?")
        params.append(flt.card_id)
    if flt.purse is not None:
        where.append("kind = ?")
        params.append(flt.purse)
    rows = conn.execute(f"SELECT id FROM accounts WHERE {' AND '.join(where)} ORDER BY id", params)
    return [row[0] for row in rows]


def _conditions(flt: BrowseFilter) -> tuple[str, list[object]]:
    """The filter on alias t, apart from the purse (each query picks its accounts itself)."""
    where: list[str] = []
    params: list[object] = []
    if flt.kinds:
        where.append(f"t.kind IN ({', '.join('?' * len(flt.kinds))})")
        params.extend(sorted(flt.kinds))
    if flt.first_day is not None:
        where.append("t.posted >= ?")
        params.append(date_to_posted(flt.first_day))
    if flt.last_day is not None:
        where.append("t.posted <= ?")
        params.append(date_to_posted(flt.last_day, end_of_day=True))
    if flt.search.strip():
        # texts holds each distinct text once (a few thousand at most): matching it first is
        # much cheaper than matching a million joined rows.
        texts = "(SELECT id FROM texts WHERE text LIKE ? ESCAPE '\\')"
        where.append(f"(t.raw_type_id IN {texts} OR t.description_id IN {texts} OR "
                     f"t.counterparty_id IN {texts} OR t.reference LIKE ? ESCAPE '\\')")
        params.extend([_like(flt.search.strip())] * 4)
    return " AND ".join(where) or "1", params


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def count(conn: sqlite3.Connection, flt: BrowseFilter) -> int:
    account_ids = accounts(conn, flt)
    if not account_ids:
        return 0
    where, params = _conditions(flt)
    marks = ", ".join("?" * len(account_ids))
    return int(conn.execute(f"SELECT count(*) FROM transactions t WHERE t.account_id IN "
                            f"({marks}) AND {where}", (*account_ids, *params)).fetchone()[0])


def ids(conn: sqlite3.Connection, flt: BrowseFilter, sort_column: str = "date",
        descending: bool = False) -> array[int]:
    """Every matching id in display order; ties always fall back to (posted, id)."""
    account_ids = accounts(conn, flt)
    if not account_ids:
        return array("q")
    where, params = _conditions(flt)
    direction = " DESC" if descending else ""
    if sort_column == "date" and len(account_ids) <= _MERGED_ACCOUNTS:
        # One index range per purse, merged by SQLite (UNION ALL ... ORDER BY merges sorted
        # inputs): about half the time of sorting the rows of both purses afresh.
        arm = f"SELECT t.id, t.posted FROM transactions t WHERE t.account_id = ? AND {where}"
        query = " UNION ALL ".join([arm] * len(account_ids))
        query += f" ORDER BY 2{direction}, 1{direction}"
        every = [value for account in account_ids for value in (account, *params)]
        return _id_array(conn, query, every)
    if sort_column in _KEYED and len(account_ids) <= _MERGED_ACCOUNTS:
        return _sorted_by_key(conn, account_ids, where, params, sort_column, descending)
    keys, joins = SORTS[sort_column]
    order = ", ".join(f"{key}{direction}" for key in (*keys, "t.posted", "t.id"))
    marks = ", ".join("?" * len(account_ids))
    query = (f"SELECT t.id FROM transactions t {' '.join(_JOINS[j] for j in joins)} "
             f"WHERE t.account_id IN ({marks}) AND {where} ORDER BY {order}")
    return _id_array(conn, query, [*account_ids, *params])


# The common sorts, done in numpy over the date order: the merge of the purses' index ranges
# reads each row's key with its id, and a stable sort by the key keeps the date order among
# equal keys, as ORDER BY key, posted, id would. SQLite instead sorts a million rows by a
# column no index holds: 1.1 s against about 0.5 s. Texts sort by their rank among the
# distinct texts (a few thousand), NULL first, as SQLite's binary order does.
_KEYED: dict[str, tuple[str, ...]] = {
    "amount": ("t.amount_fen",),
    "balance": (SHOWN,),
    "description": ("t.raw_type_id", "t.description_id"),
    "institution": ("t.counterparty_id",),
}
_TEXT_KEYED = {"description", "institution"}
_KEY_OFFSET = 10 ** 15  # keys (fen, text ids) lie within ±10**15: all become non-negative
_KEY_WIDTH = 16


def _sorted_by_key(conn: sqlite3.Connection, account_ids: list[int], where: str,
                   params: list[object], sort_column: str, descending: bool) -> array[int]:
    import numpy as np

    keys = _KEYED[sort_column]
    direction = " DESC" if descending else ""
    columns = ", ".join(f"COALESCE({key}, -1) AS k{i}" for i, key in enumerate(keys))
    arm = f"SELECT t.id AS id, t.posted AS posted, {columns} FROM transactions t " \
          f"WHERE t.account_id = ? AND {where}"
    query = " UNION ALL ".join([arm] * len(account_ids)) + f" ORDER BY 2{direction}, 1{direction}"
    every = [value for account in account_ids for value in (account, *params)]
    row_ids, *values = _int_columns(conn, query, every, len(keys))
    if sort_column in _TEXT_KEYED:
        values = [_text_ranks(conn)[value + 1] for value in values]  # -1 (NULL) ranks first
    key = values[0]
    for more in values[1:]:
        key = key * (int(more.max(initial=0)) + 1) + more
    order = np.argsort(-key if descending else key, kind="stable")
    result = array("q")
    result.frombytes(row_ids[order].view(np.uint8))
    return result


def _text_ranks(conn: sqlite3.Connection):  # type: ignore[no-untyped-def]
    """For each text id + 1, its place in the texts' sorted order (index 0: NULL, first)."""
    import numpy as np

    texts = conn.execute("SELECT id, text FROM texts").fetchall()
    top = max((text_id for text_id, _ in texts), default=0)
    ranks = np.zeros(top + 2, np.int64)
    # Python orders str by code point, as SQLite's BINARY collation orders UTF-8 bytes.
    for rank, (text_id, _text) in enumerate(sorted(texts, key=lambda row: row[1]), 1):
        ranks[text_id + 1] = rank
    return ranks


def _int_columns(conn: sqlite3.Connection, query: str, params: Sequence[object],
                 keys: int) -> list:  # type: ignore[type-arg]
    """The id and the `keys` integer columns k0, k1... of `query`, in its order, as int64
    arrays: each column one blob of fixed-width decimals, read by numpy as in _id_array."""
    import numpy as np

    top = conn.execute("SELECT max(id) FROM transactions").fetchone()[0] or 0
    width = len(str(top))
    # A leading 1 gives every number the same length: id + 10**width, key + 10**16 + offset.
    lead = 10 ** _KEY_WIDTH + _KEY_OFFSET
    parts = [f"CAST(group_concat(id + {10 ** width}, '') AS BLOB)"] + [
        f"CAST(group_concat(k{i} + {lead}, '') AS BLOB)" for i in range(keys)]
    blobs = conn.execute(f"SELECT {', '.join(parts)} FROM ({query})", params).fetchone()
    if not blobs[0]:
        return [np.zeros(0, np.int64) for _ in range(keys + 1)]
    columns = [_fixed_width(blobs[0], width)]
    columns += [_fixed_width(blob, _KEY_WIDTH) - _KEY_OFFSET for blob in blobs[1:]]
    return columns


def _fixed_width(blob: bytes, width: int):  # type: ignore[no-untyped-def]
    """Numbers written as a 1 and `width` digits each, back to back, as int64s."""
    import numpy as np

    chars = np.frombuffer(blob, np.uint8).reshape(-1, width + 1)
    values = np.zeros(len(chars), np.int64)
    for place in range(1, width + 1):  # column 0 is the leading 1
        values *= 10
        values += chars[:, place]
    return values - 48 * (10 ** width - 1) // 9  # each digit was added as its code ('0' is 48)


def _id_array(conn: sqlite3.Connection, query: str, params: Sequence[object]) -> array[int]:
    """The first column of `query` as int64s, in its order.

    Fetching a million rows through the cursor costs about 0.25 s of Python objects. Instead
    SQLite writes the ids as one blob of fixed-width decimals (id + 10**width, so every one
    has the same length) and numpy reads the digits in a few milliseconds. group_concat sees
    the rows in the subquery's order because SQLite does not flatten an ordered subquery into
    an aggregate (rule 16 of its query flattener); the tests hold it to that.
    """
    import numpy as np  # already loaded by sqlite_utils with the store; imported lazily anyway

    top = conn.execute("SELECT max(id) FROM transactions").fetchone()[0] or 0
    width = len(str(top))
    blob = conn.execute(f"SELECT CAST(group_concat(id + {10 ** width}, '') AS BLOB) "
                        f"FROM ({query})", params).fetchone()[0]
    result = array("q")
    if blob:
        chars = np.frombuffer(blob, np.uint8).reshape(-1, width + 1)
        values = np.zeros(len(chars), np.int64)
        for place in range(1, width + 1):  # column 0 is the leading 1 of the offset
            values *= 10
            values += chars[:, place]
        values -= 48 * (10 ** width - 1) // 9  # each digit was added as its code, '0' is 48
        result.frombytes(values.view(np.uint8))  # no intermediate bytes copy
    return result


def positions(id_order: array[int], wanted: Iterable[int]) -> list[int]:
    """Where each wanted id sits in `id_order` (those absent are left out), in row order."""
    import numpy as np

    found = np.isin(np.frombuffer(id_order, np.int64), np.fromiter(wanted, np.int64))
    return [int(row) for row in np.flatnonzero(found)]


_ROWS = (
    "SELECT t.id, t.posted, t.time_known, a.kind, t.kind, COALESCE(rt.text, ''), "
    "COALESCE(d.text, ''), COALESCE(c.text, ''), t.amount_fen, t.running_fen, "
    f"{SHOWN}, b.file_name, t.source_line, t.source_page FROM transactions t "
    + " ".join(_JOINS.values())
)


def rows_for(conn: sqlite3.Connection, row_ids: Sequence[int]) -> dict[int, DisplayRow]:
    """Display rows for one page of ids (a few hundred at most); ids gone are left out."""
    result: dict[int, DisplayRow] = {}
    for start in range(0, len(row_ids), 500):  # well inside SQLite's limit on parameters
        chunk = list(row_ids[start:start + 500])
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(f"{_ROWS} WHERE t.id IN ({marks})", chunk):
            result[row[0]] = _display(row)
    return result


def _display(row: tuple[Any, ...]) -> DisplayRow:
    (row_id, posted, time_known, purse, kind, raw_type, description, counterparty,
     amount, running, shown, file_name, line, page) = row
    words = " ".join(dict.fromkeys(w for w in (raw_type, description) if w))  # no repeats
    return DisplayRow(row_id, posted_to_iso(posted, bool(time_known)), purse, kind, words,
                      counterparty, amount, running, shown, file_name, line, page)


def date_span(conn: sqlite3.Connection, flt: BrowseFilter) -> tuple[date, date] | None:
    """The first and last day of the filter's purses, whatever the other filters say."""
    ends = [_first_last(conn, account) for account in accounts(conn, flt)]
    firsts = [first for first, _ in ends if first is not None]
    lasts = [last for _, last in ends if last is not None]
    if not firsts:
        return None
    return posted_to_date(min(firsts)), posted_to_date(max(lasts))


def _first_last(conn: sqlite3.Connection, account_id: int) -> tuple[int | None, int | None]:
    # Two subqueries: SQLite reads a lone min() or max() straight off the index.
    row = conn.execute("SELECT (SELECT min(posted) FROM transactions WHERE account_id = ?1), "
                       "(SELECT max(posted) FROM transactions WHERE account_id = ?1)",
                       (account_id,)).fetchone()
    return row[0], row[1]


# --- a purse's balance over time, for a chart -------------------------------------------------

@dataclass(frozen=True)
class Bucket:
    """The rows of one slice of time, reduced to what a line through them needs."""

    first_posted: int
    last_posted: int
    open_fen: int  # the balance after the slice's first row
    low_fen: int
    high_fen: int
    close_fen: int  # the balance after its last row
    rows: int
    credits: int  # money in (book-keeping roll-overs are not)
    credit_fen: int
    first_credit: int | None  # when the first of those credits was posted


@dataclass(frozen=True)
class BalanceSeries:
    account_id: int
    opening_fen: int | None  # what the purse held before its first row, where a statement said
    buckets: tuple[Bucket, ...]
    zero_posted: int | None  # the first row of the final run at 0.00, if the purse ends there


# Money in; a book-keeping roll-over (年终结转) is not.
_BOOKS = ", ".join(f"'{kind}'" for kind in sorted(BOOKKEEPING))
_CREDIT = f"t.amount_fen > 0 AND t.kind NOT IN ({_BOOKS})"
_RANGE = "t.account_id = ? AND t.posted >= ? AND t.posted < ?"
_BUCKET = (f"SELECT count(*), min({SHOWN}), max({SHOWN}), sum({_CREDIT}), "
           f"COALESCE(sum(CASE WHEN {_CREDIT} THEN t.amount_fen END), 0), "
           f"min(CASE WHEN {_CREDIT} THEN t.posted END) FROM transactions t WHERE {_RANGE}")
_END = f"SELECT t.posted, {SHOWN} FROM transactions t WHERE {_RANGE} ORDER BY t.posted{{0}}, " \
       "t.id{0} LIMIT 1"


def balance_series(conn: sqlite3.Connection, account_id: int, max_points: int = 1000
                   ) -> BalanceSeries:
    """At most `max_points` slices of equal time, each with its low and high, so that spikes
    and a run at zero survive however many rows there are.

    Each slice is an index range read by one small query. GROUP BY over a computed slice
    number makes SQLite sort every row first: 0.47 s against 0.15 s for 500,000 rows.
    """
    opening = conn.execute("SELECT opening_fen FROM accounts WHERE id = ?",
                           (account_id,)).fetchone()
    first, last = _first_last(conn, account_id)
    buckets: list[Bucket] = []
    if first is not None and last is not None:
        edges = _edges(first, last, max(1, max_points))
        for low, high in pairwise(edges):
            bucket = _bucket(conn, account_id, low, high)
            if bucket is not None:
                buckets.append(bucket)
    return BalanceSeries(account_id, opening[0] if opening else None, tuple(buckets),
                         zero_posted(conn, account_id))


def _bucket(conn: sqlite3.Connection, account_id: int, low: int, high: int) -> Bucket | None:
    rows, least, most, credits, credit_fen, first_credit = conn.execute(
        _BUCKET, (account_id, low, high)).fetchone()
    if not rows:
        return None
    first = conn.execute(_END.format(""), (account_id, low, high)).fetchone()
    last = conn.execute(_END.format(" DESC"), (account_id, low, high)).fetchone()
    return Bucket(first[0], last[0], first[1], least, most, last[1], rows, credits,
                  credit_fen, first_credit)


def _edges(first: int, last: int, slices: int) -> list[int]:
    """Posted values cutting [first, last] into equal spans of real time; the last edge is
    just past `last`."""
    def moment(posted: int) -> datetime:
        return datetime.strptime(str(posted), "%Y%m%d%H%M%S")

    start, step = moment(first), (moment(last) - moment(first)) / slices
    inner = (int((start + step * i).strftime("%Y%m%d%H%M%S")) for i in range(1, slices))
    return sorted({first, *inner, last + 1})  # a set: short spans give repeated edges


def zero_posted(conn: sqlite3.Connection, account_id: int) -> int | None:
    """When the final run of 0.00 balances began, as explain's zero_row finds it."""
    query = f"SELECT t.posted, t.id, {SHOWN} FROM transactions t WHERE t.account_id = ? "
    last = conn.execute(f"{query} ORDER BY t.posted DESC, t.id DESC LIMIT 1",
                        (account_id,)).fetchone()
    if last is None or last[2] != 0:
        return None
    nonzero = conn.execute(f"{query} AND {SHOWN} != 0 ORDER BY t.posted DESC, t.id DESC "
                           "LIMIT 1", (account_id,)).fetchone()
    if nonzero is None:
        first = conn.execute(f"{query} ORDER BY t.posted, t.id LIMIT 1", (account_id,))
    else:
        first = conn.execute(f"{query} AND (t.posted, t.id) > (?, ?) ORDER BY t.posted, t.id "
                             "LIMIT 1", (account_id, nonzero[0], nonzero[1]))
    return int(first.fetchone()[0])


def card_accounts(conn: sqlite3.Connection, card_id: int) -> dict[str, int]:
    """The card's purses that have an account: kind -> account id."""
    rows = conn.execute("SELECT kind, id FROM accounts WHERE card_id = ?", (card_id,))
    return {kind: account_id for kind, account_id in rows}


def open_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection for one background question (sort, search): it belongs to the
    thread that opens it, never to the window's, and waits while an import commits."""
    conn = sqlite3.connect(path, timeout=BUSY_SECONDS)
    conn.execute("PRAGMA query_only = ON")
    return conn
