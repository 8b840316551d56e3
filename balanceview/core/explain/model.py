"""What an explanation is made of: plain values the CLI, the GUI and printing all read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from balanceview.core.dates import posted_to_date


class Money(int):
    """An amount in fen that a sentence shows as 1,234.56 (a plain int there is a count)."""


@dataclass(frozen=True)
class Deed:
    """What a row was (its kind) and where or to whom (its place: "" when it names none)."""

    kind: str
    place: str = ""


@dataclass(frozen=True)
class Relative:
    """A person a payment was for, as the row names them; either part may be missing."""

    name: str
    relation: str  # as the row writes it: 父亲, 配偶 ...


@dataclass(frozen=True)
class Who:
    """The relatives some payments were for (none named: "家人", "a relative")."""

    relatives: tuple[Relative, ...]
    many: bool = False  # several payments: "relatives" when none is named


@dataclass(frozen=True)
class Share:
    """What the personal account paid of one settlement."""

    day: date
    deed: Deed
    amount: Money


@dataclass(frozen=True)
class EvidenceRow:
    """One transaction a reason rests on, as the person will recognise it."""

    id: int
    posted: int  # YYYYMMDDHHMMSS
    amount_fen: int
    description: str  # type, description and counterparty joined, as the statement wrote them
    kind: str  # the transaction kind (balanceview.core.kinds)
    place: str  # the institution or counterparty the row names; "" when it names none
    raw_type: str = ""
    note: str = ""  # the description (摘要, 备注) apart from the type and the counterparty
    counterparty: str = ""

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
    """opening + credits - debits + unexplained = closing, always: the unexplained part is what
    the rows do not account for (rows missing or doubled, an opening no statement gave)."""

    opening_fen: int
    credits_fen: int
    debits_fen: int
    closing_fen: int
    # 'stated': an opening line gave it; 'first_row': the first row's balance less its amount
    # (an opening line would say the same: the database cannot tell the two apart);
    # 'unknown': no statement gave one, and 0.00 is counted; 'rule': no rows and no statement
    # balance, 0.00 by rule (resident insurance has no personal account).
    opening_how: str = "stated"

    @property
    def unexplained_fen(self) -> int:
        return self.closing_fen - (self.opening_fen + self.credits_fen - self.debits_fen)

    @property
    def gap_fen(self) -> int:  # the name the desktop app reads
        return self.unexplained_fen


@dataclass(frozen=True)
class PurseExplanation:
    kind: str  # 'medical' or 'bank'
    balance_fen: int | None  # None: not known (nothing imported, or no balance stated)
    balance_source: str | None  # 'statement', 'computed', or None
    transactions: int
    zero_date: date | None
    bridge: Bridge | None
    reasons: tuple[Reason, ...]
    next_steps: tuple[str, ...]
    verdict: str  # one line: the purse, its balance and where the figure comes from
    headline: str = ""  # a few words: the most important reason, and since when it is 0
    as_of: date | None = None  # the day explained: the statement's last, or the day asked for
    period: tuple[date, date] | None = None  # the statements' own period
    imported: bool = False  # a statement was imported for it (perhaps with no rows)
    net_change_fen: int | None = None  # what its rows add up to; None without rows
    detail: str = ""  # the verdict without the purse's name and figure (a balance panel's line)

    @property
    def codes(self) -> list[str]:
        return [reason.code for reason in self.reasons]

    def reason(self, code: str) -> Reason | None:
        return next((r for r in self.reasons if r.code == code), None)


@dataclass(frozen=True)
class CardExplanation:
    card_id: int
    card: str  # the masked number (scripts name a card by it), or 'card N' when none is known
    holder: str | None  # masked
    purses: tuple[PurseExplanation, ...]
    title: str = ""  # how a person is shown the card, in the explanation's language

    def purse(self, kind: str) -> PurseExplanation | None:
        return next((p for p in self.purses if p.kind == kind), None)


@dataclass(frozen=True)
class Explanation:
    as_of: date | None  # the day asked for; None: each purse as of its own statement's end
    lang: str
    cards: tuple[CardExplanation, ...]
