"""What a backup means to its user, told by the imported files: what happened right after
it was taken (the import, undo or move it was taken before), and what putting it back
would change in the database as it is now."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from balanceview.core.errors import UserError
from balanceview.core.messages import Message
from balanceview.core.store.backups import Backup, open_backup
from balanceview.core.store.database import Store


@dataclass(frozen=True)
class HeldImport:
    """One imported file as a copy of the database holds it."""

    sha256: str
    imported_at: str  # the same file imported twice (after an undo) is two imports
    file_name: str  # as stored: card and ID numbers in it are masked already
    rows: int  # new rows it brought
    purses: tuple[str, ...]  # where its rows are: 'medical', 'bank'


@dataclass(frozen=True)
class Changes:
    """From one state of the database to a later one, file by file."""

    added: tuple[HeldImport, ...] = ()
    removed: tuple[HeldImport, ...] = ()
    moved: tuple[HeldImport, ...] = ()  # as the later state holds them: in their new purse
    known: bool = True  # False: the later state could not be read (a damaged backup)

    @property
    def none(self) -> bool:
        return not (self.added or self.removed or self.moved)


def held_imports(conn: sqlite3.Connection) -> list[HeldImport]:
    """The imports a database holds, oldest first. Only the columns every schema version
    has, so that a backup from an older BalanceView reads as well."""
    rows = conn.execute(
        "SELECT sha256, imported_at, file_name, rows_new, GROUP_CONCAT(DISTINCT a.kind) "
        "FROM batches b LEFT JOIN batch_openings o ON o.batch_id = b.id "
        "LEFT JOIN accounts a ON a.id = o.account_id GROUP BY b.id ORDER BY b.id").fetchall()
    return [HeldImport(sha, at, name, new, tuple(sorted((kinds or "").split(",")))
                       if kinds else ()) for sha, at, name, new, kinds in rows]


def imports_in(backup: Backup) -> list[HeldImport]:
    """The imports a backup holds; UserError when the copy is gone or cannot be read."""
    connection = open_backup(backup)
    try:
        return held_imports(connection)
    except sqlite3.Error as error:
        raise UserError(Message("backup.damaged", name=backup.name)) from error
    finally:
        connection.close()


def compare(before: list[HeldImport], after: list[HeldImport]) -> Changes:
    earlier = {(i.sha256, i.imported_at): i for i in before}
    later = {(i.sha256, i.imported_at): i for i in after}
    return Changes(
        added=tuple(i for key, i in later.items() if key not in earlier),
        removed=tuple(i for key, i in earlier.items() if key not in later),
        moved=tuple(i for key, i in later.items()
                    if key in earlier and earlier[key].purses != i.purses))


def what_followed(store: Store, found: list[Backup]) -> dict[str, Changes | None]:
    """For each backup (newest first, as `backups` lists them), what the change it was taken
    before did: the difference to the next newer backup, or to the database now for the
    newest. None for a backup that cannot be read (gone or damaged); `known` False for one
    whose next newer backup cannot be read."""
    followed: dict[str, Changes | None] = {}
    later: list[HeldImport] | None = held_imports(store.conn)
    for backup in found:
        try:
            held: list[HeldImport] | None = imports_in(backup)
        except UserError:
            held = None
        if held is None:
            followed[backup.name] = None
        else:
            followed[backup.name] = compare(held, later) if later is not None \
                else Changes(known=False)
        later = held
    return followed


def restoring(store: Store, backup: Backup) -> Changes:
    """What putting `backup` back would change in the database as it is now."""
    return compare(held_imports(store.conn), imports_in(backup))
