"""Importing statement files: each file in one transaction, all of it or none of it."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from balanceview.core import profiles
from balanceview.core.dates import now_iso
from balanceview.core.errors import CellProblem, StatementRefused, UserError
from balanceview.core.spare import SplitInserts
from balanceview.core.statements.columns import PurseColumns
from balanceview.core.statements.source import read_source
from balanceview.core.statements.statement import Statement, parse_statement
from balanceview.core.store import Discard, Store, cards, merge


@dataclass
class ImportOptions:
    account: str | None = None  # 'medical' or 'bank': the user says which purse
    card: str | None = None
    profile: str | None = None
    dry_run: bool = False
    skip_bad_rows: bool = False
    columns: dict[str, list[str]] | None = None  # a mapping chosen for this import, unsaved


@dataclass
class FileOutcome:
    """What one file did to the database: the UI and the CLI both report from this."""

    file_name: str
    batch_id: int | None = None
    card: str | None = None
    encoding: str = ""
    columns: dict[str, list[str]] = field(default_factory=dict)
    new_rows: dict[str, int] = field(default_factory=dict)  # purse -> rows added
    # Reasons are messages.Message: a str of the English, and .text('zh') for Chinese.
    duplicates: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    bad_rows: list[CellProblem] = field(default_factory=list)
    not_data: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    purses_created: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def total_new(self) -> int:
        return sum(self.new_rows.values())



def import_file(store: Store, path: Path, options: ImportOptions) -> FileOutcome:
    """Read, check and store one file. Raises UserError (database untouched) if refused."""
    return import_statement(store, read_statement(store, path, options), options)


def read_statement(store: Store, path: Path, options: ImportOptions) -> Statement:
    """Read a file as the options say: their columns, else the saved profile's, else detected."""
    chosen = profiles.load(store.conn, options.profile) if options.profile else None
    account = options.account or (chosen.account if chosen else None)
    columns = options.columns or (chosen.columns if chosen else None)
    return parse_statement(read_source(path), account, columns)


def import_statement(store: Store, statement: Statement, options: ImportOptions) -> FileOutcome:
    """Store a statement already read, in one transaction; a dry run or a file with nothing
    new leaves the database as it was."""
    if statement.problems and not options.skip_bad_rows:
        raise StatementRefused(statement.file_name, statement.problems)
    outcome = None
    try:
        with store.writing(statement.row_count) as conn:
            outcome = _store_statement(conn, statement, options, SplitInserts(store.spare))
            if options.dry_run or _nothing_new(outcome):
                outcome.batch_id = None
                raise Discard
    except sqlite3.Error as error:
        raise UserError(f"{statement.file_name}: the database refused the import "
                        f"({error})") from None
    assert outcome is not None
    return outcome


def _nothing_new(outcome: FileOutcome) -> bool:
    return outcome.total_new == 0 and not outcome.purses_created


def _store_statement(conn: sqlite3.Connection, statement: Statement,
                     options: ImportOptions, split: SplitInserts) -> FileOutcome:
    try:
        card_id = cards.resolve_card(conn, statement.clue, options.card)
    except UserError as error:
        raise UserError(f"{statement.file_name}: {error}") from None
    batch_id = _new_batch(conn, statement)
    outcome = FileOutcome(statement.file_name, batch_id, _card_label(conn, card_id),
                          statement.encoding, statement.layout.names(),
                          bad_rows=statement.problems, not_data=statement.skipped,
                          dry_run=options.dry_run)
    text_ids = merge.store_texts(conn, statement.texts.texts)
    with merge.indexes_rebuilt_after(conn, statement.row_count):
        for purse in _purses(statement):
            account_id, is_new = _account(conn, card_id, purse)
            if is_new:
                outcome.purses_created.append(purse.purse)
            added, duplicates = merge.merge_rows(conn, account_id, purse, batch_id, text_ids,
                                                 split)
            outcome.new_rows[purse.purse] = added
            outcome.duplicates.extend(duplicates)
        split.write(conn)
    _finish_batch(conn, batch_id, statement, outcome)
    return outcome


def _purses(statement: Statement) -> list[PurseColumns]:
    """A statement with a header and no rows still names its purse."""
    if statement.purses:
        return list(statement.purses.values())
    return [PurseColumns(statement.default_purse, insurance=statement.clue.insurance)]


def _account(conn: sqlite3.Connection, card_id: int, purse: PurseColumns) -> tuple[int, bool]:
    existed = conn.execute("SELECT id FROM accounts WHERE card_id = ? AND kind = ?",
                           (card_id, purse.purse)).fetchone()
    account_id = cards.ensure_account(conn, card_id, purse.purse)
    if purse.insurance:
        conn.execute("UPDATE accounts SET insurance = ? WHERE id = ?",
                     (purse.insurance, account_id))
    return account_id, existed is None


def _new_batch(conn: sqlite3.Connection, statement: Statement) -> int:
    cursor = conn.execute(
        "INSERT INTO batches (file_name, sha256, imported_at, encoding, columns, rows_read, "
        "rows_new, rows_duplicate, rows_bad) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0)",
        (statement.file_name, statement.sha256, now_iso(), statement.encoding,
         json.dumps(statement.layout.names(), ensure_ascii=False)))
    return int(cursor.lastrowid or 0)


def _finish_batch(conn: sqlite3.Connection, batch_id: int, statement: Statement,
                  outcome: FileOutcome) -> None:
    first, last = _period(statement)
    conn.execute(
        "UPDATE batches SET rows_read = ?, rows_new = ?, rows_duplicate = ?, rows_bad = ?, "
        "period_from = ?, period_to = ? WHERE id = ?",
        (statement.row_count + len(statement.problems), outcome.total_new,
         len(outcome.duplicates), len(statement.problems), first, last, batch_id))
    conn.executemany(
        "INSERT INTO batch_notes (batch_id, line, note) VALUES (?, ?, ?)",
        [(batch_id, p.line, f"skipped: column {p.column}: {p.message}")
         for p in statement.problems])


def _period(statement: Statement) -> tuple[int | None, int | None]:
    """The first and last day (YYYYMMDD) of the statement's rows."""
    days = [p.posted[i] // 1_000_000 for p in statement.purses.values() if len(p)
            for i in (0, -1)]
    days = [d for d in days if d]  # an undated opening line is day 0
    return (min(days), max(days)) if days else (None, None)


def _card_label(conn: sqlite3.Connection, card_id: int) -> str:
    number = conn.execute("SELECT number_masked FROM cards WHERE id = ?", (card_id,)).fetchone()[0]
    return str(number) if number else f"card {card_id}"
