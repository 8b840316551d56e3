"""What an explanation is made of: plain values the CLI, the GUI and printing all read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from balanceview.core.dates import posted_to_date


class Money(int):
    """An amount in fen that a sentence shows as 1,234.56 (a plain int there is a count)."""


@dataclass(frozen=True)
class EvidenceRow:
    """One transaction a reason rests on, as the person will recognise it."""

    id: int
    posted: int  # YYYYMMDDHHMMSS
    amount_fen: int
    description: str  # type, description and counterparty joined, as the statement wrote them
    kind: str  # the transaction kind (balanceview.core.kinds)
    place: str  # the institution or counterparty, else the description

    @property
    def day(self) -> date:
        return posted_to_date(self.posted)


@dataclass(frozen=True)
class Finding:
    """A reason before it is put into words: the code, its amount, its evidence, and the
    facts its sentence is built from (`variant` picks one of the code's templates)."""

    code: str
    amount_fen: int | None = None
    evidence: tuple[EvidenceRow, ...] = ()
    variant: str = ""
    facts: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Reason:
    code: str
    amount_fen: int | None
    evidence: tuple[EvidenceRow, ...]
    text: str


@dataclass(frozen=True)
class Bridge:
    """opening + credits - debits + gap = closing; gap is non-zero only when the statement's
    own balance does not chain (see the statement_gap reason)."""

    opening_fen: int
    credits_fen: int
    debits_fen: int
    closing_fen: int

    @property
    def gap_fen(self) -> int:
        return self.closing_fen - (self.opening_fen + self.credits_fen - self.debits_fen)


@dataclass(frozen=True)
class PurseExplanation:
    kind: str  # 'medical' or 'bank'
    balance_fen: int | None  # None: nothing is known
    balance_source: str | None  # 'statement', 'computed', or None
    transactions: int
    zero_date: date | None
    bridge: Bridge | None
    reasons: tuple[Reason, ...]
    next_steps: tuple[str, ...]
    verdict: str  # one line: the purse, its balance and where the figure comes from
    headline: str = ""  # a few words: the most important reason, and since when it is 0

    @property
    def codes(self) -> list[str]:
        return [reason.code for reason in self.reasons]

    def reason(self, code: str) -> Reason | None:
        return next((r for r in self.reasons if r.code == code), None)


@dataclass(frozen=True)
class CardExplanation:
    card_id: int
    card: str  # masked number, or 'card N' when no statement named it
    holder: str | None  # masked
    purses: tuple[PurseExplanation, ...]

    def purse(self, kind: str) -> PurseExplanation | None:
        return next((p for p in self.purses if p.kind == kind), None)


@dataclass(frozen=True)
class Explanation:
    as_of: date
    lang: str
    cards: tuple[CardExplanation, ...]
