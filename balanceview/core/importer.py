"""Importing statement files: each file read whole, then stored in one transaction, all of
it or none of it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from balanceview.core import profiles
from balanceview.core.errors import StatementRefused, UserError
from balanceview.core.statements.source import read_source
from balanceview.core.statements.statement import Statement, parse_statement
from balanceview.core.store import Discard, Store
from balanceview.core.store.backups import backup_before
from balanceview.core.store.batch import FileOutcome, store_statement
from balanceview.core.store.database import disk_full

__all__ = ["FileOutcome", "ImportOptions", "import_file", "import_statement", "read_statement"]


@dataclass
class ImportOptions:
    account: str | None = None  # 'medical' or 'bank': the user says which purse
    card: str | None = None
    profile: str | None = None
    dry_run: bool = False
    skip_bad_rows: bool = False
    columns: dict[str, list[str]] | None = None  # a mapping chosen for this import, unsaved


def import_file(store: Store, path: Path, options: ImportOptions) -> FileOutcome:
    """Read, check and store one file. Raises UserError (database untouched) if refused."""
    return import_statement(store, read_statement(store, path, options), options)


def read_statement(store: Store | None, path: Path, options: ImportOptions) -> Statement:
    """Read a file as the options say: their columns, else the saved profile's, else
    detected. `store` (for the profiles) may be None where there is no database yet."""
    chosen = profiles.load(store.conn, options.profile) if options.profile and store else None
    account = options.account or (chosen.account if chosen else None)
    columns = options.columns or (chosen.columns if chosen else None)
    return parse_statement(read_source(path), account, columns)


def import_statement(store: Store, statement: Statement, options: ImportOptions) -> FileOutcome:
    """Store a statement already read, in one transaction; a dry run or a file with nothing
    new leaves the database as it was."""
    if statement.problems and not options.skip_bad_rows:
        raise StatementRefused(statement.file_name, statement.problems)
    if not options.dry_run:
        backup_before(store, "import")
    outcome = None
    try:
        with store.writing() as conn:
            outcome = store_statement(conn, statement, options.card, options.dry_run)
            if options.dry_run or _nothing_new(outcome):
                outcome.batch_id = None
                raise Discard
    except sqlite3.Error as error:
        if disk_full(error):
            raise UserError(f"{statement.file_name}: the disk is full; nothing was imported. "
                            "Free some space, then import the file again") from None
        raise UserError(f"{statement.file_name}: the database refused the import "
                        f"({error})") from None
    assert outcome is not None
    return outcome


def _nothing_new(outcome: FileOutcome) -> bool:
    return outcome.total_new == 0 and not outcome.purses_created
