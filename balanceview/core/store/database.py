"""The one SQLite file: opened private, in WAL mode, migrated, and written one writer at a time."""

from __future__ import annotations

import errno
import importlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from balanceview.core.errors import UserError
from balanceview.core.store import schema

BUSY_TIMEOUT_MS = 3000


class Discard(Exception):
    """Raised inside `Store.writing()` to roll back on purpose (a dry run, nothing new)."""


class Store:
    """A connection in autocommit mode; every write goes through `writing()`."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.conn = connection

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One transaction that takes the write lock at once: all of it or none of it."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if "locked" in str(error) or "busy" in str(error):
                raise UserError(
                    f"{self.path.name}: another BalanceView is writing to this database; "
                    "try again when it has finished"
                ) from None
            raise
        try:
            yield self.conn
        except Discard:
            self.conn.execute("ROLLBACK")
            return
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def open_store(path: Path) -> Store:
    """Open (creating it private, 0600) and migrate the database at `path`. Its connection
    belongs to the thread that opened it: another thread opens its own."""
    path = path.expanduser()
    if path.is_dir():
        raise UserError(f"{path}: this is a folder; give the database a file name")
    try:
        _create_private(path)
        connection = sqlite3.connect(path, isolation_level=None)
        _configure(connection)
        _check_version(connection, path)
        _migrate(connection)
    except (sqlite3.DatabaseError, OSError) as error:
        raise _not_opened(path, error) from None
    return Store(path, connection)


def memory_store() -> Store:
    """A database in memory: what a dry run into a database not yet made compares with."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    _migrate(connection)
    return Store(Path(":memory:"), connection)


def disk_full(error: BaseException) -> bool:
    return "full" in str(error) or getattr(error, "errno", None) == errno.ENOSPC


def _not_opened(path: Path, error: BaseException) -> UserError:
    if disk_full(error):
        return UserError(f"{path}: the disk is full; free some space, then try again")
    if isinstance(error, OSError):
        return UserError(f"{path}: the database cannot be created there ({error.strerror})")
    return UserError(f"{path}: not a BalanceView database, or damaged ({error})")


def _create_private(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(descriptor)


def _configure(connection: sqlite3.Connection) -> None:
    if connection.execute("PRAGMA page_count").fetchone()[0] == 0:
        # A new database: larger pages make a large import's tables and index cheaper.
        connection.execute("PRAGMA page_size = 16384")
    _turn_wal_on(connection)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # NORMAL in WAL mode stays consistent on power loss; only the last commit may be lost.
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("PRAGMA cache_size = -65536")  # 64 MB: enough for a million-row import


def _turn_wal_on(connection: sqlite3.Connection) -> None:
    """WAL mode, always: readers (the window, an explanation on its own thread) see the
    last commit while an import writes, and never a half-written page."""
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA journal_mode = WAL")


def _check_version(connection: sqlite3.Connection, path: Path) -> None:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > schema.SCHEMA_VERSION:
        raise UserError(
            f"{path}: this database was written by a newer BalanceView (schema {version}, "
            f"this one knows {schema.SCHEMA_VERSION}); update BalanceView to open it"
        )


def _sqlite_utils() -> ModuleType:
    """sqlite_utils, imported without pandas: it would load pandas (0.2 s) only to accept
    data frames, which BalanceView never gives it. Paid only when a database is created or
    upgraded."""
    if "pandas" in sys.modules:
        return importlib.import_module("sqlite_utils")
    sys.modules["pandas"] = None  # type: ignore[assignment]  # import pandas: ImportError
    try:
        return importlib.import_module("sqlite_utils")
    finally:
        del sys.modules["pandas"]


def _migrate(connection: sqlite3.Connection) -> None:
    if connection.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION:
        return
    database = _sqlite_utils().Database(connection)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("COMMIT")
    except sqlite3.OperationalError:
        raise UserError("another BalanceView is upgrading this database; try again") from None
    schema.apply(database)
