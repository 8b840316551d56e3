"""A large import shares its work with a forked child (reading half the rows, binding half of
each insert): the database it leaves is the one a single process leaves, and a child that
fails costs only time."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from balanceview.core import bulk, forked, spare
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.statements import statement
from balanceview.core.store import database as store
from balanceview.core.store import open_store

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux")


@pytest.fixture(autouse=True)
def _forking_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "_allowed", [True])


@pytest.fixture(scope="module")
def big_statement(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "statement.csv"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "make_statement.py"),
                    "--rows", "3000", "--out", str(path)], check=True)
    return path


def _import(path: Path, database: Path, parallel: bool,
            monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    with monkeypatch.context() as patched:
        patched.setattr(statement, "bulk_min_rows", 100)
        patched.setattr(store, "BULK_ROWS", 100)
        patched.setattr(spare, "SPLIT_FROM", 100 if parallel else 10**9)
        patched.setattr(bulk, "SPLIT_FROM_BYTES", 1000 if parallel else 10**12)
        opened = open_store(database)
        import_file(opened, path, ImportOptions())
        found = opened.conn.execute(
            "SELECT * FROM transactions ORDER BY id").fetchall() + opened.conn.execute(
            "SELECT * FROM kind_days ORDER BY account_id, day, kind, settled").fetchall()
        assert opened.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert opened.conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        opened.close()
    return found


def _counting_children(monkeypatch: pytest.MonkeyPatch) -> list[forked.Child]:
    started: list[forked.Child] = []
    real = forked.Child.__init__

    def counting(self: forked.Child, work: object) -> None:
        real(self, work)  # type: ignore[arg-type]
        started.append(self)

    monkeypatch.setattr(forked.Child, "__init__", counting)
    return started


def test_two_processes_store_what_one_stores(big_statement: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    children = _counting_children(monkeypatch)
    alone = _import(big_statement, tmp_path / "alone.db", False, monkeypatch)
    assert children == []
    shared = _import(big_statement, tmp_path / "shared.db", True, monkeypatch)
    assert len(children) == 2  # one read half the rows, one bound half of the inserts
    assert len(alone) > 3000 and shared == alone


def test_a_failing_child_costs_only_time(big_statement: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _import(big_statement, tmp_path / "alone.db", False, monkeypatch)

    def fail(*_: object) -> None:
        raise RuntimeError("the child's share fails")

    monkeypatch.setattr(spare, "_write_spare", fail)
    monkeypatch.setattr(bulk, "_read_part", _fails_in_child(bulk._read_part))
    assert _import(big_statement, tmp_path / "shared.db", True, monkeypatch) == alone


def _fails_in_child(read: object) -> object:
    """The bulk reader, failing in the child process only."""
    import os

    parent = os.getpid()

    def reading(*args: object) -> object:
        if os.getpid() != parent:
            raise RuntimeError("the child's share fails")
        return read(*args)  # type: ignore[operator]

    return reading


def test_the_scratch_database_is_gone_after_the_import(big_statement: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    used: list[Path] = []
    real = spare.attached

    def watching(conn: sqlite3.Connection, wanted: bool):  # type: ignore[no-untyped-def]
        manager = real(conn, wanted)
        path = manager.__enter__()
        used.append(path)
        return _Exiting(manager, path)

    monkeypatch.setattr(spare, "attached", watching)
    _import(big_statement, tmp_path / "shared.db", True, monkeypatch)
    assert used and used[0] is not None and not used[0].exists()


class _Exiting:
    def __init__(self, manager, path):  # type: ignore[no-untyped-def]
        self.manager, self.path = manager, path

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self.path

    def __exit__(self, *exc):  # type: ignore[no-untyped-def]
        return self.manager.__exit__(*exc)


def test_a_reader_keeps_the_large_import_in_wal_mode(big_statement: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The rollback journal is only for a database nobody else has open: with the desktop
    app reading it, a large import still goes through, in WAL mode, and the reader's view
    holds until it looks again."""
    database = tmp_path / "shared.db"
    open_store(database).close()
    reader = sqlite3.connect(database)
    reader.execute("BEGIN")
    assert reader.execute("SELECT COUNT(*) FROM transactions").fetchone() == (0,)
    found = _import(big_statement, database, True, monkeypatch)
    assert reader.execute("SELECT COUNT(*) FROM transactions").fetchone() == (0,)
    reader.execute("COMMIT")
    assert reader.execute("SELECT COUNT(*) FROM transactions").fetchone()[0] == 3000
    assert found
    reader.close()


def test_opening_the_database_during_a_large_import(tmp_path: Path) -> None:
    """While a large import writes with a rollback journal, the desktop app can still open
    the database (it waits for WAL mode until the import turns it back on)."""
    database = tmp_path / "busy.db"
    open_store(database).close()
    importing = sqlite3.connect(database, isolation_level=None)
    assert importing.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    importing.execute("BEGIN IMMEDIATE")
    importing.execute("INSERT INTO holders (name_masked) VALUES ('张*')")
    opened = open_store(database)
    assert opened.conn.execute("SELECT COUNT(*) FROM holders").fetchone() == (0,)
    importing.execute("COMMIT")
    importing.execute("PRAGMA journal_mode = WAL")
    assert opened.conn.execute("SELECT COUNT(*) FROM holders").fetchone() == (1,)
    assert opened.conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    opened.close()
    importing.close()
