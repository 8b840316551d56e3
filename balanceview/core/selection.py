"""Finding the card a user names on the command line or in a filter."""

from __future__ import annotations

import sqlite3

from balanceview.core.errors import UserError
from balanceview.core.masking import card_matches


def matching_cards(conn: sqlite3.Connection, wanted: str) -> list[int]:
    """Cards a user's words name: a card's list number (1-999), its last four digits,
    its full number or its masked form."""
    cards = conn.execute("SELECT id, number_masked FROM cards ORDER BY id").fetchall()
    if wanted.isdigit() and len(wanted) < 4:
        return [cid for cid, _ in cards if cid == int(wanted)]
    return [cid for cid, number in cards if number and card_matches(number, wanted)]


def find_card(conn: sqlite3.Connection, wanted: str) -> int:
    found = matching_cards(conn, wanted)
    if len(found) != 1:
        how = "no card" if not found else f"{len(found)} cards"
        raise UserError(f"--card {wanted} matches {how}; see `balanceview balances`")
    return found[0]
