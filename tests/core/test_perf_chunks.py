"""The fast paths of a large import read and store exactly what the row-by-row paths do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from balanceview.core import chunks
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.statements.source import SourceFile
from balanceview.core.statements.statement import Statement, parse_statement
from balanceview.core.store import kind_days, merge, open_store
from balanceview.core.store.undo import undo_batch

_HEADER = "交易时间,账户类型,交易类型,摘要,收入,支出,余额,机构,流水号\n"
_ROWS = [
    "2024-01-0{d} 08:1{d}:00,银行账户,存现,ATM存款,100.00,,{b}.00,建设银行,R{d}\n",
    "2024-01-0{d} 09:00:00,医保个人账户,药店购药,海王星辰,,12.50,{b}.50,医保中心,\n",
    "2024/1/{d},银行账户,取款, ATM取款 ,,\"1,000.00\",{b}.00,建设银行,R9{d}\n",
    "2024-01-0{d} 09:00:00,医保个人账户,药店购药,海王星辰,,12.50,{b}.50,医保中心,\n",
]


def _statement(rows: list[str]) -> SourceFile:
    data = ("卡号：6217990012345678\n" + _HEADER + "".join(rows)).encode("gb18030")
    return SourceFile("s.csv", data, "0" * 64)


def _row_by_row(monkeypatch: pytest.MonkeyPatch, source: SourceFile) -> Statement:
    def refuse(*_: object) -> None:
        raise chunks.NotPlain

    with monkeypatch.context() as patched:
        patched.setattr(chunks.ChunkReader, "read", refuse)
        return parse_statement(source)


def _columns(statement: Statement) -> dict[str, list[list[object]]]:
    names = ("line", "posted", "time_known", "amount", "balance", "kind", "raw_type",
             "description", "counterparty", "total", "pooled", "cash", "opening", "reference")
    return {p: [list(getattr(c, n)) for n in names] for p, c in statement.purses.items()}


@pytest.mark.parametrize("bad", [
    "", "2024-02-30 08:00:00,银行账户,取款,x,,1.00,1.00,b,\n",
    ",医保个人账户,,期初余额,,,88.00,,\n", "2024-01-05 10:00:00,银行账户,取款,x,,,1.00,b,\n",
])
def test_chunks_read_what_rows_read(monkeypatch: pytest.MonkeyPatch, bad: str) -> None:
    rows = [t.format(d=d % 9 + 1, b=1000 + d) for d in range(300) for t in _ROWS]
    rows.insert(123, bad)
    source = _statement(rows)
    fast, slow = parse_statement(source), _row_by_row(monkeypatch, source)
    assert _columns(fast) == _columns(slow)
    assert fast.texts.texts == slow.texts.texts
    assert fast.problems == slow.problems


def test_bulk_insert_rebuilds_the_indexes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(merge, "_REBUILD_FROM", 10)
    rows = [t.format(d=d % 9 + 1, b=1000 + d) for d in range(30) for t in _ROWS]
    path = tmp_path / "s.csv"
    path.write_bytes(_statement(rows).data)
    store = open_store(tmp_path / "db.sqlite")
    outcome = import_file(store, path, ImportOptions())
    assert outcome.total_new == len(rows)
    again = import_file(store, path, ImportOptions())
    assert again.total_new == 0 and len(again.duplicates) == len(rows)
    names = {r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transactions'")}
    assert names == {"transactions_by_account"}  # the one index the explanations still need
    twins = store.conn.execute("SELECT max(twin) FROM transactions").fetchone()[0]
    assert twins >= 1  # the two identical pharmacy rows of each day are both kept
    assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert _kind_days(store.conn) == _kind_days_from_rows(store.conn)
    store.close()
    assert isinstance(sqlite3.connect(tmp_path / "db.sqlite"), sqlite3.Connection)


def _kind_days(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute(f"SELECT {kind_days.COLUMNS} FROM kind_days ORDER BY 1, 2, 3, 4, 5"
                        ).fetchall()


def _kind_days_from_rows(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """The sums kept at import, as SQL works them out from the stored rows."""
    conn.execute("BEGIN")
    conn.execute("DELETE FROM kind_days")
    conn.execute(kind_days.FROM_TRANSACTIONS)
    found = _kind_days(conn)
    conn.execute("ROLLBACK")
    return found


def test_sums_per_kind_and_day_follow_imports_and_undo(tmp_path: Path) -> None:
    """Kept by numpy at import, removed with their import: always what SQL would sum."""
    store = open_store(tmp_path / "db.sqlite")
    batches = []
    for days, name in ((range(0, 200), "a.csv"), (range(150, 400), "b.csv")):
        rows = [t.format(d=d % 9 + 1, b=1000 + d) for d in days for t in _ROWS]
        path = tmp_path / name
        path.write_bytes(_statement(rows).data)
        batches.append(import_file(store, path, ImportOptions()).batch_id)
        assert _kind_days(store.conn) == _kind_days_from_rows(store.conn)
    undo_batch(store, batches[0])
    assert _kind_days(store.conn) == _kind_days_from_rows(store.conn)
    assert _kind_days(store.conn)
    store.close()
