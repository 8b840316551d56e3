"""The imported files a card's page rests on, so that a reader can check them."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

SHA_SHOWN = 12  # hex digits of the SHA-256, in groups of four

_BATCHES = (
    "SELECT id, file_name, sha256, imported_at FROM batches WHERE id IN ("
    " SELECT t.batch_id FROM transactions t JOIN accounts a ON a.id = t.account_id"
    " WHERE a.card_id = ?"
    " UNION SELECT o.batch_id FROM batch_openings o JOIN accounts a ON a.id = o.account_id"
    " WHERE a.card_id = ?) ORDER BY id")


@dataclass(frozen=True)
class Source:
    file_name: str
    sha256: str
    imported_at: str  # ISO 8601 with its offset, as stored

    @property
    def fingerprint(self) -> str:
        """'4e38 8d99 ef08': grouped like a key fingerprint, to be read aloud or compared by eye
        (and never a run of 12 digits, which would look like a card number)."""
        head = self.sha256[:SHA_SHOWN]
        return "\u00a0".join(head[i:i + 4] for i in range(0, len(head), 4))

    @property
    def imported_local(self) -> str:
        """'2024-12-31 09:05' in this computer's time zone."""
        try:
            moment = datetime.fromisoformat(self.imported_at)
        except ValueError:
            return self.imported_at
        if moment.tzinfo is not None:
            moment = moment.astimezone()
        return moment.strftime("%Y-%m-%d %H:%M")


def card_sources(conn: sqlite3.Connection, card_id: int) -> list[Source]:
    """The files that brought rows, or an opening balance, to either purse of the card."""
    rows = conn.execute(_BATCHES, (card_id, card_id)).fetchall()
    return [Source(name, sha, when) for _, name, sha, when in rows]
