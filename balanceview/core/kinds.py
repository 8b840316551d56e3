"""What kind of transaction a row is, from its words, its sign and its purse."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from balanceview.core.vocabulary import load

KINDS = (
    "contribution", "interest", "refund", "transfer_in", "transfer_out", "pharmacy",
    "outpatient", "inpatient", "medical", "family_aid", "resident_premium", "reimbursement",
    "advance_payment", "deposit", "withdrawal", "pension_salary", "fee", "rollover",
    "closed_or_inherited", "inherited", "spending", "other",
    # Added after the first release: codes are indexes into this tuple, so only at the end.
    "medical_premium",
)
# Kinds that are book-keeping, not money in or out (the 113/206 roll-over pair).
BOOKKEEPING = frozenset({"rollover"})


@dataclass(frozen=True)
class _Rule:
    kind: str
    sign: str
    purse: str
    words: tuple[str, ...]
    also: tuple[str, ...] = ()  # when given, the row must hold one of these words too

    def matches(self, lowered: str) -> bool:
        if not any(word in lowered for word in self.words):
            return False
        return not self.also or any(word in lowered for word in self.also)

    def applies(self, purse: str, credit: bool | None) -> bool:
        """`credit` None is a row of 0.00, which either kind of rule may name (结息 0.00)."""
        if self.purse not in ("any", purse):
            return False
        return self.sign == "any" or credit is None or (self.sign == "credit") == credit


@cache
def _rules() -> tuple[_Rule, ...]:
    rules = load("kinds.json")["rules"]
    return tuple(
        _Rule(r["kind"], r["sign"], r["purse"], tuple(w.lower() for w in r["words"]),
              tuple(w.lower() for w in r.get("with", ())))
        for r in rules
    )


@cache
def classify(purse: str, credit: bool | None, text: str) -> str:
    """The kind of a row; `text` is its type, description and counterparty joined.

    Cached: statements repeat the same few descriptions thousands of times.
    """
    lowered = text.lower()
    for rule in _rules():
        if rule.applies(purse, credit) and rule.matches(lowered):
            return rule.kind
    return "other"


def marks_of(kind: str) -> tuple[str, ...]:
    """The words that make a row this kind (not the 'with' words), in the order listed."""
    found: list[str] = []
    for rule in _rules():
        found += [w for w in rule.words if rule.kind == kind and w not in found]
    return tuple(found)
