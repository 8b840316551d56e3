"""Which card of the database a statement belongs to. One function decides, for the
preview and for the import alike; a file never joins another person's card."""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from dataclasses import dataclass

from balanceview.core.errors import UserError
from balanceview.core.masking import card_matches, mask_card
from balanceview.core.messages import Message
from balanceview.core.selection import matching_cards
from balanceview.core.statements.title import CardClue
from balanceview.core.store.database import Store


@dataclass(frozen=True)
class CardDecision:
    card_id: int | None  # None: a new card is made
    number: str | None  # masked, as shown
    holder: str | None  # masked
    reason: Message  # said to the person in the import report and the dialog
    adopt_number: bool = False  # the card had no number: this file names it


@dataclass(frozen=True)
class _Card:
    id: int
    number: str | None
    holder: str | None
    id_number: str | None
    name_key: str | None
    number_key: str | None


def decide_card(conn: sqlite3.Connection, clue: CardClue, wanted: str | None) -> CardDecision:
    """The card a statement goes to (`wanted`: the user's --card). Writes nothing; raises
    UserError when the file does not say and the database holds several cards."""
    cards = _cards(conn)
    key = keyed(conn, clue.holder_name)
    if wanted:
        return _named_by_user(conn, cards, clue, wanted)
    if clue.card:
        return _by_number(cards, clue, key, keyed(conn, clue.card_full))
    if clue.id_number or clue.holder:
        found = _same_person(cards, clue, key)
        if found is not None:
            return _join(found, "card.by_holder", clue)
        return _new(clue, "card.new_person" if cards else "card.first")
    if len(cards) == 1:
        return _join(cards[0], "card.only", clue)
    if not cards:
        return _new(clue, "card.first")
    raise UserError(Message("card.which", count=len(cards)))


def apply_card(conn: sqlite3.Connection, decision: CardDecision, clue: CardClue) -> int:
    """The decision carried out: the card's id, made or completed as decided."""
    key = keyed(conn, clue.holder_name)
    number_key = keyed(conn, clue.card_full) if decision.number == clue.card else None
    if decision.card_id is None:
        holder = conn.execute(
            "INSERT INTO holders (name_masked, id_number_masked, name_key) VALUES (?, ?, ?)",
            (clue.holder, clue.id_number, key)).lastrowid
        card = conn.execute(
            "INSERT INTO cards (holder_id, number_masked, number_key) VALUES (?, ?, ?)",
            (holder, decision.number, number_key)).lastrowid
        return int(card or 0)
    if decision.adopt_number:
        conn.execute("UPDATE cards SET number_masked = ?, number_key = ? WHERE id = ?",
                     (decision.number, number_key, decision.card_id))
    elif number_key:
        conn.execute("UPDATE cards SET number_key = COALESCE(number_key, ?) WHERE id = ?",
                     (number_key, decision.card_id))
    conn.execute(
        "UPDATE holders SET name_masked = COALESCE(name_masked, ?), "
        "id_number_masked = COALESCE(id_number_masked, ?), name_key = COALESCE(name_key, ?) "
        "WHERE id = (SELECT holder_id FROM cards WHERE id = ?)",
        (clue.holder, clue.id_number, key, decision.card_id))
    return decision.card_id


def keyed(conn: sqlite3.Connection, text: str | None) -> str | None:
    """A full name or card number as a keyed hash: two files of one person match, two
    people who share a surname (张三, 张伟: both 张* masked) or a masked number (6217 ****
    **** 5678) do not, and the name or number itself is never stored."""
    if not text:
        return None
    salt = conn.execute("SELECT value FROM secrets WHERE name = 'holder_salt'").fetchone()
    if salt is None:
        return None
    return hashlib.sha256((salt[0] + text).encode()).hexdigest()[:32]


def new_salt() -> str:
    return secrets.token_hex(16)


def _cards(conn: sqlite3.Connection) -> list[_Card]:
    rows = conn.execute(
        "SELECT cards.id, number_masked, name_masked, id_number_masked, name_key, number_key "
        "FROM cards "
        "JOIN holders ON holders.id = cards.holder_id ORDER BY cards.id")
    return [_Card(*row) for row in rows]


def _by_number(cards: list[_Card], clue: CardClue, key: str | None,
               number_key: str | None) -> CardDecision:
    for card in cards:
        same_number = card.number == clue.card and not (
            card.number_key and number_key and card.number_key != number_key)
        if same_number and not _differs(card, clue, key):
            return _join(card, "card.by_number", clue)
    unnumbered = [c for c in cards if c.number is None]
    if len(cards) == 1 and unnumbered and not _differs(unnumbered[0], clue, key):
        card = unnumbered[0]
        return CardDecision(card.id, clue.card, card.holder or clue.holder,
                            Message("card.named_now", card=clue.card), adopt_number=True)
    return _new(clue, "card.new_number" if cards else "card.first")


def _same_person(cards: list[_Card], clue: CardClue, key: str | None) -> _Card | None:
    """The one card whose holder the file names (ID number, else full name), if any."""
    if clue.id_number:
        found = [c for c in cards if c.id_number == clue.id_number]
        if found:
            return found[0] if len(found) == 1 else None
    if key:
        found = [c for c in cards if c.name_key == key and not _differs(c, clue, key)]
        if len(found) == 1:
            return found[0]
    if len(cards) == 1 and not _differs(cards[0], clue, key) and cards[0].name_key is None \
            and cards[0].id_number is None:
        return cards[0]  # the only card, of nobody yet: the file names its holder
    return None


def _differs(card: _Card, clue: CardClue, key: str | None) -> bool:
    """Whether anything says the card's holder and the file's holder are two people."""
    if card.id_number and clue.id_number:
        return card.id_number != clue.id_number
    if card.name_key and key:
        return card.name_key != key
    return bool(card.holder and clue.holder and card.holder != clue.holder)


def _join(card: _Card, code: str, clue: CardClue) -> CardDecision:
    shown = " ".join(p for p in (card.number, card.holder) if p) or f"#{card.id}"
    return CardDecision(card.id, card.number, card.holder or clue.holder,
                        Message(code, card=shown))


def _new(clue: CardClue, code: str) -> CardDecision:
    shown = " ".join(p for p in (clue.card, clue.holder) if p)
    if not shown and code == "card.first":  # a file naming nobody: no empty place in the words
        code = "card.first_unnamed"
    return CardDecision(None, clue.card, clue.holder, Message(code, card=shown))


def _named_by_user(conn: sqlite3.Connection, cards: list[_Card], clue: CardClue,
                   wanted: str) -> CardDecision:
    found = matching_cards(conn, wanted)
    if len(found) > 1:
        raise UserError(Message("card.ambiguous", wanted=wanted, count=len(found)))
    if found:
        card = next(c for c in cards if c.id == found[0])
        if clue.card and card.number not in (None, clue.card):
            raise UserError(Message("card.not_this", card=clue.card, wanted=wanted))
        return CardDecision(card.id, card.number or clue.card, card.holder or clue.holder,
                            Message("card.chosen", card=card.number or f"#{card.id}"),
                            adopt_number=card.number is None and clue.card is not None)
    if clue.card and not card_matches(clue.card, wanted):
        raise UserError(Message("card.not_this", card=clue.card, wanted=wanted))
    digits = "".join(wanted.split())
    number = clue.card or (mask_card(digits) if digits.isdigit() and len(digits) >= 8 else None)
    if number is None:
        raise UserError(Message("card.no_match", wanted=wanted))
    return CardDecision(None, number, clue.holder, Message("card.new_number", card=number))


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
