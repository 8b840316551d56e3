"""The open database as the window sees it: core calls in, a signal out when data changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from balanceview.core import ledger
from balanceview.core.store import Store, open_store
from balanceview.ui import tasks


class Session(QObject):
    """Owns the Store. Widgets ask it, never the database; `changed` tells them to refresh."""

    changed = Signal()

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

    def undo(self, batch_id: int) -> int:
        from balanceview.core.store.undo import undo_batch

        removed = undo_batch(self.store, batch_id)
        self.changed.emit()
        return removed

    def close(self) -> None:
        self.closed = True  # work still under way on another thread reports to no one
        self.store.close()
