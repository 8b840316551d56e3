"""Moving an import to the other purse: rows, kinds, balances and sums follow it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from balanceview.core.errors import UserError
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.ledger import list_cards, purse_balance
from balanceview.core.store import kind_days, open_store
from balanceview.core.store.move import move_batch
from balanceview.core.store.undo import undo_batch

MEDICAL_ROWS = [
    "交易日期,交易类型,交易金额,账户余额",
    "2024-01-15,个人账户划入,320.00,320.00",
    "2024-02-03,药店购药,-45.50,274.50",
    "2024-02-15,个人账户划入,320.00,594.50",
    "2024-03-09,家庭共济支付,-120.00,474.50",
]


def kinds_and_days(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute(f"SELECT {kind_days.COLUMNS} FROM kind_days ORDER BY 1, 2, 3, 4, 5"
                        ).fetchall()


def kinds_and_days_from_rows(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """What SQL sums from the rows as stored: the kept sums must always equal it."""
    conn.execute("BEGIN")
    conn.execute("DELETE FROM kind_days")
    conn.execute(kind_days.FROM_TRANSACTIONS)
    found = kinds_and_days(conn)
    conn.execute("ROLLBACK")
    return found


def test_an_import_put_in_the_bank_purse_moves_to_the_medical_one(write_statement, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "db.sqlite")
    path = write_statement("明细.csv", MEDICAL_ROWS)
    batch = import_file(store, path, ImportOptions(account="bank")).batch_id
    assert batch is not None
    moved = move_batch(store, batch, "medical")
    assert (moved.rows, moved.duplicates, moved.purse) == (4, 0, "medical")
    card = list_cards(store.conn)[0]
    medical = purse_balance(store.conn, card, "medical")
    assert (medical.balance_fen, medical.transactions) == (47450, 4)
    assert purse_balance(store.conn, card, "bank").account_id is None  # nothing left there
    kinds = [k for (k,) in store.conn.execute("SELECT kind FROM transactions ORDER BY posted")]
    assert kinds == ["contribution", "pharmacy", "contribution", "family_aid"]
    assert kinds_and_days(store.conn) == kinds_and_days_from_rows(store.conn)
    undo_batch(store, batch)  # a moved import can still be taken back whole
    assert store.conn.execute("SELECT COUNT(*) FROM transactions").fetchone() == (0,)
    assert kinds_and_days(store.conn) == []


def test_a_move_onto_rows_held_already_does_not_double_them(write_statement, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "db.sqlite")
    right = import_file(store, write_statement("a.csv", MEDICAL_ROWS), ImportOptions(account="medical"))
    wrong = import_file(store, write_statement("b.csv", MEDICAL_ROWS[:3]),
                        ImportOptions(account="bank")).batch_id
    assert right.total_new == 4 and wrong is not None
    moved = move_batch(store, wrong, "medical")
    assert (moved.rows, moved.duplicates) == (0, 2)
    medical = purse_balance(store.conn, list_cards(store.conn)[0], "medical")
    assert (medical.balance_fen, medical.transactions) == (47450, 4)
    assert store.conn.execute("SELECT COUNT(*) FROM balance_breaks").fetchone() == (0,)
    assert kinds_and_days(store.conn) == kinds_and_days_from_rows(store.conn)


def test_moving_back_and_forth_leaves_the_purse_as_it_was(write_statement, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "db.sqlite")
    batch = import_file(store, write_statement("a.csv", MEDICAL_ROWS),
                        ImportOptions(account="medical")).batch_id
    assert batch is not None
    before = store.conn.execute("SELECT id, kind, running_fen FROM transactions").fetchall()
    move_batch(store, batch, "bank")
    move_batch(store, batch, "medical")
    assert store.conn.execute("SELECT id, kind, running_fen FROM transactions").fetchall() == before
    assert kinds_and_days(store.conn) == kinds_and_days_from_rows(store.conn)


def test_a_move_that_cannot_be_made_changes_nothing(write_statement, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "db.sqlite")
    both = ["交易日期,账户类型,交易类型,金额,余额",
            "2024-01-02,医保个人账户,个人账户划入,100.00,100.00",
            "2024-01-03,银行账户,存款,50.00,50.00"]
    batch = import_file(store, write_statement("both.csv", both), ImportOptions()).batch_id
    assert batch is not None
    with pytest.raises(UserError, match="both purses"):
        move_batch(store, batch, "bank")
    with pytest.raises(UserError, match="no import #99"):
        move_batch(store, 99, "bank")
    assert store.conn.execute("SELECT COUNT(*) FROM transactions").fetchone() == (2,)


def test_move_and_rename_from_the_command_line(write_statement, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from balanceview.cli import main

    db = str(tmp_path / "db.sqlite")
    path = write_statement("明细.csv", MEDICAL_ROWS)
    assert main(["--db", db, "import", "--account", "bank", str(path)]) == 0
    assert main(["--db", db, "move", "1", "--account", "medical"]) == 0
    assert "Import #1 moved to the medical purse: 4 row(s)" in capsys.readouterr().out
    assert main(["--db", db, "card", "rename", "1", "妈妈的社保卡"]) == 0
    store = open_store(Path(db))
    card = list_cards(store.conn)[0]
    assert card.title("zh") == "妈妈的社保卡"
    assert purse_balance(store.conn, card, "medical").balance_fen == 47450
