"""Copies of the database taken before each import, undo or move (SQLite's online backup),
the last five kept in the data directory; any of them can be put back."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from balanceview.core.errors import UserError
from balanceview.core.messages import Message
from balanceview.core.paths import data_dir, private_dir, private_file
from balanceview.core.store import schema
from balanceview.core.store.database import Store, disk_full

KEEP = 5


@dataclass(frozen=True)
class Backup:
    name: str  # what `restore` takes
    path: Path
    taken: datetime
    why: str  # 'import', 'undo', 'move', 'restore'
    size: int


def backup_before(store: Store, why: str, spare: str | None = None) -> Backup | None:
    """A copy of the database as it is now; None when it holds nothing to lose yet. The
    oldest copies beyond the last five go, except `spare` (the one about to be put back)."""
    if store.conn.execute("SELECT COUNT(*) FROM batches").fetchone()[0] == 0:
        return None
    stamp = datetime.now()
    path = _folder(store) / f"{stamp:%Y%m%d-%H%M%S-%f}-{why}.db"
    try:
        target = sqlite3.connect(private_file(path))
        with target:
            store.conn.backup(target)
        target.close()
    except (sqlite3.Error, OSError) as error:
        path.unlink(missing_ok=True)
        if disk_full(error):
            raise UserError("the disk is full: no backup could be taken before changing "
                            "the database, so nothing was changed; free some space") from None
        raise UserError(f"no backup could be taken ({error}); nothing was changed") from None
    _forget_old(store, spare)
    return Backup(path.stem, path, stamp, why, path.stat().st_size)


def backups(store: Store) -> list[Backup]:
    """The backups of this database, newest first."""
    found = [_describe(p) for p in _folder(store).glob("*.db")]
    return sorted((b for b in found if b is not None), key=lambda b: b.name, reverse=True)


def restore(store: Store, name: str) -> Backup | None:
    """Put a backup back, whole; the database as it was is backed up first (returned).
    A backup gone or damaged is refused before anything is touched."""
    chosen = next((b for b in backups(store) if b.name == name), None)
    if chosen is None:
        raise UserError(Message("backup.missing", name=name))
    source = _checked(chosen)
    try:
        saved = backup_before(store, "restore", spare=chosen.name)
        source.backup(store.conn)
    except sqlite3.Error as error:  # SQLite rolls the copy back: the database is as it was
        raise UserError(_copy_failed(error, name)) from error
    finally:
        source.close()
    return saved


def _copy_failed(error: sqlite3.Error, name: str) -> Message:
    if disk_full(error):
        return Message("backup.disk_full", name=name)
    if "locked" in str(error) or "busy" in str(error):
        return Message("backup.busy", name=name)
    return Message("backup.damaged", name=name)  # it changed after the check


def open_backup(backup: Backup) -> sqlite3.Connection:
    """The copy, read only: immutable, so reading it leaves no -wal or -shm file beside it."""
    if not backup.path.is_file():
        raise UserError(Message("backup.missing", name=backup.name))
    try:
        return sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro&immutable=1",
                               uri=True)
    except sqlite3.Error as error:
        raise UserError(Message("backup.missing", name=backup.name)) from error


def _checked(backup: Backup) -> sqlite3.Connection:
    """The copy opened, once SQLite has found every page whole and it is a database this
    BalanceView can read: a half-written or damaged file is never copied over good data."""
    source = open_backup(backup)
    try:
        version = _version_if_whole(source)
    except BaseException:
        source.close()
        raise
    if version is None:
        source.close()
        raise UserError(Message("backup.damaged", name=backup.name))
    if version > schema.SCHEMA_VERSION:
        source.close()
        raise UserError(Message("backup.newer", name=backup.name))
    return source


def _version_if_whole(source: sqlite3.Connection) -> int | None:
    """The copy's schema version; None when it is damaged or not a BalanceView database."""
    try:
        if source.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            return None
        if source.execute("SELECT 1 FROM sqlite_master WHERE name = 'batches'").fetchone() is None:
            return None
        return int(source.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        return None


def _folder(store: Store) -> Path:
    """One folder per database, named after it (and told apart from another database of
    the same name elsewhere), in the data directory."""
    where = hashlib.sha256(str(store.path.resolve()).encode()).hexdigest()[:8]
    return private_dir(private_dir(data_dir() / "backups") / f"{store.path.stem}-{where}")


def _describe(path: Path) -> Backup | None:
    """None for a file not named as a backup, or gone while the folder was read."""
    try:
        day, clock, fraction, why = path.stem.split("-", 3)
        taken = datetime.strptime(f"{day}{clock}{fraction}", "%Y%m%d%H%M%S%f")
        return Backup(path.stem, path, taken, why, path.stat().st_size)
    except (ValueError, OSError):
        return None


def _forget_old(store: Store, spare: str | None) -> None:
    for old in backups(store)[KEEP:]:
        if old.name != spare:
            old.path.unlink(missing_ok=True)
