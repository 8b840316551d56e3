"""The open database as the window sees it: core calls in, a signal out when data changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from balanceview.core import ledger
from balanceview.core.store import Store, backup_changes, open_store
from balanceview.core.store import backups as backup_store
from balanceview.core.store.backup_changes import Changes
from balanceview.core.store.backups import Backup
from balanceview.ui import tasks


@dataclass(frozen=True)
class Change:
    """What a change to the data asks the window to show: the card it touched, if one."""

    card_id: int | None = None


class Session(QObject):
    """Owns the Store. Widgets ask it, never the database; `changed` tells them to refresh.

    The store's connection belongs to the GUI thread: background work opens its own."""

    changed = Signal(object)  # Change

    def __init__(self, path: Path, *, is_demo: bool = False) -> None:
        super().__init__()
        self.store: Store = open_store(path)
        self.is_demo = is_demo
        self.closed = False

    @property
    def path(self) -> Path:
        return self.store.path

    def cards(self) -> list[ledger.CardInfo]:
        return ledger.list_cards(self.store.conn)

    def balances(self, card: ledger.CardInfo) -> list[ledger.PurseBalance]:
        return [ledger.purse_balance(self.store.conn, card, kind) for kind in ledger.PURSES]

    def explain_in_background(self, card: ledger.CardInfo, lang: str, *,
                              done: Callable[[Any], None],
                              failed: Callable[[BaseException], None]) -> tasks.Task:
        """The explanation of a card, worked out on a thread of its own with a connection of
        its own (connections do not cross threads); `done` brings it back to the GUI thread."""
        path = self.path

        def work(_task: tasks.Task):  # type: ignore[no-untyped-def]
            from balanceview.core.explain import explain_card

            store = open_store(path)
            try:
                # One read transaction: every query sees the same moment, even while the
                # window's own connection imports or undoes.
                store.conn.execute("BEGIN")
                if card.id not in {c.id for c in ledger.list_cards(store.conn)}:
                    return None  # undone meanwhile: nothing to explain
                # Each purse as of its latest statement's end, never as of today.
                return explain_card(store.conn, card, None, lang)
            finally:
                store.close()

        return tasks.start(work, done=done, failed=failed)

    def report(self, card: ledger.CardInfo, lang: str, full_history: bool = False):  # type: ignore[no-untyped-def]
        """The printed explanation of one card, as the CLI's --pdf makes it."""
        from balanceview.core.explain import explain
        from balanceview.core.report import build_report

        explanation = explain(self.store.conn, None, lang, card.id)
        return build_report(self.store.conn, explanation, full_history=full_history)

    def batches(self) -> list[ledger.Batch]:
        return ledger.batches(self.store.conn)

    def card_of_batch(self, batch_id: int | None) -> int | None:
        found = [b.card_id for b in self.batches() if b.id == batch_id]
        return found[0] if found else None

    def imported(self, batch_ids: list[int]) -> None:
        """An import finished on another connection: show the card it went to."""
        cards = [self.card_of_batch(batch_id) for batch_id in batch_ids]
        self.changed.emit(Change(next((c for c in reversed(cards) if c is not None), None)))

    def undo(self, batch_id: int) -> int:
        from balanceview.core.store.undo import undo_batch

        card_id = self.card_of_batch(batch_id)
        removed = undo_batch(self.store, batch_id)
        self.changed.emit(Change(card_id))
        return removed

    def move(self, batch_id: int, purse: str):  # type: ignore[no-untyped-def]
        """The import's rows to the other purse of its card (core's Moved comes back)."""
        from balanceview.core.store.move import move_batch

        moved = move_batch(self.store, batch_id, purse)
        self.changed.emit(Change(self.card_of_batch(batch_id)))
        return moved

    def backups(self) -> list[tuple[Backup, Changes | None]]:
        """The copies taken before each import, undo or move, newest first, each with what
        came right after it (None where the copy cannot be read)."""
        found = backup_store.backups(self.store)
        followed = backup_changes.what_followed(self.store, found)
        return [(backup, followed[backup.name]) for backup in found]

    def restoring(self, backup: Backup) -> Changes:
        """What putting `backup` back would change; UserError if it cannot be read."""
        return backup_changes.restoring(self.store, backup)

    def restore_in_background(self, name: str, *, done: Callable[[Any], None],
                              failed: Callable[[BaseException], None]) -> tasks.Task:
        """Put a backup back on a thread of its own, on a connection of its own (the database
        as it is now is backed up first: core's Backup of it comes to `done`). Then every view
        reads the data again, through a fresh connection (and migrated, if the backup is from
        an older BalanceView)."""
        path = self.path

        def work(_task: tasks.Task):  # type: ignore[no-untyped-def]
            store = open_store(path)
            try:
                return backup_store.restore(store, name)
            finally:
                store.close()

        def restored(saved: object) -> None:
            if not self.closed:
                self.reopen()
                self.changed.emit(Change())
            done(saved)

        return tasks.start(work, done=restored, failed=failed)

    def rename(self, card_id: int, name: str) -> None:
        from balanceview.core.store.cards import rename_card

        rename_card(self.store, card_id, name)
        self.changed.emit(Change(card_id))

    def reopen(self) -> None:
        """A fresh connection, after a read failed (the old one may hold a stale view)."""
        try:
            self.store.close()
        finally:
            self.store = open_store(self.path)

    def close(self) -> None:
        self.closed = True  # work still under way on another thread reports to no one
        self.store.close()
