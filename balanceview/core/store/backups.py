"""Copies of the database taken before each import, undo or move (SQLite's online backup),
the last five kept in the data directory; any of them can be put back."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from balanceview.core.errors import UserError
from balanceview.core.paths import data_dir, private_dir, private_file
from balanceview.core.store.database import Store, disk_full

KEEP = 5


@dataclass(frozen=True)
class Backup:
    name: str  # what `restore` takes
    path: Path
    taken: datetime
    why: str  # 'import', 'undo', 'move', 'restore'
    size: int


def backup_before(store: Store, why: str) -> Backup | None:
    """A copy of the database as it is now; None when it holds nothing to lose yet."""
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
    _forget_old(store)
    return _describe(path)


def backups(store: Store) -> list[Backup]:
    """The backups of this database, newest first."""
    found = [_describe(p) for p in _folder(store).glob("*.db")]
    return sorted(found, key=lambda b: b.name, reverse=True)


def restore(store: Store, name: str) -> Backup | None:
    """Put a backup back, whole; the database as it was is backed up first (returned)."""
    chosen = next((b for b in backups(store) if b.name == name), None)
    if chosen is None:
        raise UserError(f"there is no backup named {name} (see `balanceview backups`)")
    saved = backup_before(store, "restore")
    source = sqlite3.connect(f"file:{chosen.path}?mode=ro", uri=True)
    try:
        source.backup(store.conn)
    finally:
        source.close()
    return saved


def _folder(store: Store) -> Path:
    """One folder per database, named after it (and told apart from another database of
    the same name elsewhere), in the data directory."""
    where = hashlib.sha256(str(store.path.resolve()).encode()).hexdigest()[:8]
    return private_dir(data_dir() / "backups" / f"{store.path.stem}-{where}")


def _describe(path: Path) -> Backup:
    day, clock, fraction, why = path.stem.split("-", 3)
    taken = datetime.strptime(f"{day}{clock}{fraction}", "%Y%m%d%H%M%S%f")
    return Backup(path.stem, path, taken, why, path.stat().st_size)


def _forget_old(store: Store) -> None:
    for old in backups(store)[KEEP:]:
        old.path.unlink(missing_ok=True)
