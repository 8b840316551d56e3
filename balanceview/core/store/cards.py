"""Which card of the database a statement belongs to; cards and purses created on first sight."""

from __future__ import annotations

import sqlite3

from balanceview.core.errors import UserError
from balanceview.core.masking import card_matches, mask_card
from balanceview.core.selection import matching_cards
from balanceview.core.statements.title import CardClue
from balanceview.core.store.database import Store


def resolve_card(conn: sqlite3.Connection, clue: CardClue, wanted: str | None) -> int:
    """The card id for a statement: the user's --card, else the file's clue, else the only card."""
    cards = conn.execute("SELECT id, number_masked FROM cards ORDER BY id").fetchall()
    if wanted:
        return _named_by_user(conn, clue, wanted)
    if clue.card:
        found = [cid for cid, number in cards if number == clue.card]
        if found:
            return found[0]
        unnamed = [cid for cid, number in cards if number is None]
        if len(cards) == 1 and unnamed and _same_person(conn, unnamed[0], clue):
            return _adopt(conn, unnamed[0], clue.card, clue)
        return _create(conn, clue.card, clue)
    by_holder = _cards_of_holder(conn, clue)
    if len(by_holder) == 1:
        return by_holder[0]
    if clue.id_number and _all_holders_known(conn):
        return _create(conn, None, clue)  # a person the database has not seen: a new card
    if len(cards) == 1:
        _fill_holder(conn, cards[0][0], clue)
        return int(cards[0][0])
    if not cards:
        return _create(conn, None, clue)
    raise UserError(
        f"this file does not say which card it belongs to, and the database holds {len(cards)} "
        "cards: name one with --card (for example its last four digits)"
    )


def _named_by_user(conn: sqlite3.Connection, clue: CardClue, wanted: str) -> int:
    found = matching_cards(conn, wanted)
    if len(found) > 1:
        raise UserError(f"--card {wanted} matches {len(found)} cards; give more digits")
    if clue.card and not _agrees(conn, clue.card, wanted, found):
        raise UserError(f"the file is the statement of card {clue.card}, not of --card {wanted}")
    if found:
        return found[0]
    if clue.card:
        return _create(conn, clue.card, clue)
    digits = "".join(wanted.split())
    if digits.isdigit() and len(digits) >= 8:
        return _create(conn, mask_card(digits), clue)
    raise UserError(f"no card matches --card {wanted}; give the full card number to add a card")


def _agrees(conn: sqlite3.Connection, card: str, wanted: str, found: list[int]) -> bool:
    """--card must not file a statement under another card than the one it names."""
    if found:
        number = conn.execute("SELECT number_masked FROM cards WHERE id = ?",
                              (found[0],)).fetchone()[0]
        return number in (None, card)
    return card_matches(card, wanted)


def _cards_of_holder(conn: sqlite3.Connection, clue: CardClue) -> list[int]:
    if not clue.id_number:
        return []
    rows = conn.execute(
        "SELECT cards.id FROM cards JOIN holders ON holders.id = cards.holder_id "
        "WHERE holders.id_number_masked = ?", (clue.id_number,)).fetchall()
    return [row[0] for row in rows]


def _all_holders_known(conn: sqlite3.Connection) -> bool:
    unknown = conn.execute("SELECT COUNT(*) FROM holders WHERE id_number_masked IS NULL")
    return bool(unknown.fetchone()[0] == 0)


def _create(conn: sqlite3.Connection, number: str | None, clue: CardClue) -> int:
    holder = conn.execute(
        "INSERT INTO holders (name_masked, id_number_masked) VALUES (?, ?)",
        (clue.holder, clue.id_number)).lastrowid
    card = conn.execute("INSERT INTO cards (holder_id, number_masked) VALUES (?, ?)",
                        (holder, number)).lastrowid
    return int(card or 0)


def _same_person(conn: sqlite3.Connection, card_id: int, clue: CardClue) -> bool:
    """Whether nothing says the card's holder and the statement's holder differ."""
    name, id_number = conn.execute(
        "SELECT name_masked, id_number_masked FROM holders "
        "WHERE id = (SELECT holder_id FROM cards WHERE id = ?)", (card_id,)).fetchone()
    if id_number and clue.id_number:
        return bool(id_number == clue.id_number)
    return not (name and clue.holder and name != clue.holder)


def _adopt(conn: sqlite3.Connection, card_id: int, number: str, clue: CardClue) -> int:
    """The only card had no number yet: this statement names it."""
    conn.execute("UPDATE cards SET number_masked = ? WHERE id = ?", (number, card_id))
    _fill_holder(conn, card_id, clue)
    return card_id


def _fill_holder(conn: sqlite3.Connection, card_id: int, clue: CardClue) -> None:
    conn.execute(
        "UPDATE holders SET name_masked = COALESCE(name_masked, ?), "
        "id_number_masked = COALESCE(id_number_masked, ?) "
        "WHERE id = (SELECT holder_id FROM cards WHERE id = ?)",
        (clue.holder, clue.id_number, card_id))


def rename_card(store: Store, card_id: int, name: str) -> None:
    """The holder's own name for a card; an empty name shows its number again."""
    with store.writing() as conn:
        conn.execute("UPDATE cards SET name = ? WHERE id = ?", (name.strip() or None, card_id))


def ensure_account(conn: sqlite3.Connection, card_id: int, purse: str) -> int:
    row = conn.execute("SELECT id FROM accounts WHERE card_id = ? AND kind = ?",
                       (card_id, purse)).fetchone()
    if row:
        return int(row[0])
    created = conn.execute("INSERT INTO accounts (card_id, kind) VALUES (?, ?)", (card_id, purse))
    return int(created.lastrowid or 0)
