"""The JSON contract of `balanceview explain --json` (shared/explanations.md), field for field."""

from __future__ import annotations

from datetime import date
from typing import Any

from balanceview.core.dates import posted_to_iso
from balanceview.core.explain.model import (
    Bridge,
    CardExplanation,
    EvidenceRow,
    Explanation,
    PurseExplanation,
    Reason,
)
from balanceview.core.masking import scrub
from balanceview.core.money import format_fen


def to_contract(explanation: Explanation) -> dict[str, Any]:
    """Amounts as decimal strings with two places, dates ISO, masked numbers only. The top
    `as_of` is the day asked for, or null: then each account's own says which day it is."""
    return {"as_of": _day(explanation.as_of),
            "cards": [_card(card) for card in explanation.cards]}


def _card(card: CardExplanation) -> dict[str, Any]:
    return {"card": card.card, "holder": card.holder,
            "accounts": [_purse(purse) for purse in card.purses]}


def _purse(purse: PurseExplanation) -> dict[str, Any]:
    result: dict[str, Any] = {"kind": purse.kind, "balance": _money(purse.balance_fen)}
    if purse.balance_fen is not None:  # the contract leaves these out where none is known
        result["balance_source"] = purse.balance_source
    result["transactions"] = purse.transactions
    result["zero_date"] = _day(purse.zero_date)
    if purse.imported:  # a purse never imported has no statement to date it by
        result["as_of"] = _day(purse.as_of)
        result["period"] = None if purse.period is None else {
            "from": purse.period[0].isoformat(), "to": purse.period[1].isoformat()}
    if purse.bridge is not None:
        result["summary"] = _summary(purse.bridge)
    result["reasons"] = [_reason(reason) for reason in purse.reasons]
    result["next_steps"] = list(purse.next_steps)
    return result


def _summary(bridge: Bridge) -> dict[str, str]:
    """opening + credits - debits + unexplained = closing, to the fen."""
    return {"opening": format_fen(bridge.opening_fen), "credits": format_fen(bridge.credits_fen),
            "debits": format_fen(bridge.debits_fen),
            "unexplained": format_fen(bridge.unexplained_fen),
            "closing": format_fen(bridge.closing_fen)}


def _reason(reason: Reason) -> dict[str, Any]:
    return {"code": reason.code, "amount": _money(reason.amount_fen),
            "evidence": [_evidence(row) for row in reason.evidence], "text": reason.text}


def _evidence(row: EvidenceRow) -> dict[str, Any]:
    # Descriptions were scrubbed on import; scrubbing again keeps the contract's promise even
    # for rows stored by an older version.
    return {"id": row.id, "date": posted_to_iso(row.posted, with_time=False),
            "amount": format_fen(row.amount_fen), "description": scrub(row.description)}


def _money(fen: int | None) -> str | None:
    return None if fen is None else format_fen(fen)


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()
