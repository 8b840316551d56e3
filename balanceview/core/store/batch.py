"""Writing one statement as one import batch: its card, its purses, its new rows, its notes.
Called inside the import's transaction (Store.writing)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from balanceview.core.dates import now_iso
from balanceview.core.errors import CellProblem, UserError
from balanceview.core.messages import Message
from balanceview.core.statements.columns import PurseColumns
from balanceview.core.statements.statement import Statement
from balanceview.core.store import cards, merge


@dataclass
class FileOutcome:
    """What one file did to the database: the UI and the CLI both report from this."""

    file_name: str
    batch_id: int | None = None
    card: str | None = None  # masked number
    card_id: int | None = None
    card_shown: str = ""  # holder and masked number, as a person is shown the card
    card_reason: str = ""  # a Message: why this card
    purse_reason: str = ""  # a Message: why this purse
    notes: list[str] = field(default_factory=list)  # Messages: what else the reader must know
    purses: list[str] = field(default_factory=list)  # where the rows went
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


def store_statement(conn: sqlite3.Connection, statement: Statement, card: str | None,
                    dry_run: bool = False) -> FileOutcome:
    """The statement's rows that are new, under the card it belongs to (`card`: the user's
    choice, else the file's clue)."""
    try:
        decision = cards.decide_card(conn, statement.clue, card)
    except UserError as error:
        raise UserError(Message("refused.reason", file=statement.file_name,
                                reason=error.args[0])) from None
    card_id = cards.apply_card(conn, decision, statement.clue)
    batch_id = _new_batch(conn, statement)
    outcome = FileOutcome(statement.file_name, batch_id, decision.number, card_id,
                          card_shown(conn, card_id), decision.reason, statement.purse_reason,
                          list(statement.notes), statement.encoding, statement.layout.names(),
                          bad_rows=statement.problems, not_data=statement.skipped,
                          dry_run=dry_run)
    text_ids = merge.store_texts(conn, statement.texts.texts)
    outcome.purses = [purse.purse for purse in _purses(statement)]
    inserted = []
    with merge.indexes_rebuilt_after(conn, statement.row_count):
        for purse in _purses(statement):
            account_id, is_new = _account(conn, card_id, purse)
            if is_new:
                outcome.purses_created.append(purse.purse)
            added, duplicates, went_in = merge.merge_rows(conn, account_id, purse, batch_id,
                                                          text_ids, is_new)
            outcome.new_rows[purse.purse] = added
            outcome.duplicates.extend(duplicates)
            inserted += [went_in] if went_in else []
    for went_in in inserted:
        merge.follow_first_row(conn, went_in)
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
        "period_from = ?, period_to = ?, period_stated = ? WHERE id = ?",
        (statement.row_count + len(statement.problems), outcome.total_new,
         len(outcome.duplicates), len(statement.problems), first, last,
         statement.period is not None, batch_id))
    conn.executemany(
        "INSERT INTO batch_notes (batch_id, line, note) VALUES (?, ?, ?)",
        [(batch_id, p.line, f"skipped: column {p.column}: {p.message}")
         for p in statement.problems])


def _period(statement: Statement) -> tuple[int | None, int | None]:
    """The first and last day (YYYYMMDD) the statement covers: its title's period, widened
    to its rows should a row fall outside it; else its first and last rows."""
    days = [p.posted[i] // 1_000_000 for p in statement.purses.values() if len(p)
            for i in (0, -1)]
    days = [d for d in days if d]  # an undated opening line is day 0
    if statement.period:
        days += [int(day.strftime("%Y%m%d")) for day in statement.period]
    return (min(days), max(days)) if days else (None, None)


def card_shown(conn: sqlite3.Connection, card_id: int) -> str:
    """'张* 6217 **** **** 5678', or a Message naming the card by number in the reader's
    language (社保卡 2 / Card 2) where the files give neither."""
    from balanceview.core.ledger import list_cards

    card = next(c for c in list_cards(conn) if c.id == card_id)
    return card.name or " ".join(p for p in (card.holder, card.number) if p) or \
        Message("card.unnamed", id=card.id)
