"""Why each balance is what it is: the reason catalogue of shared/explanations.md, in words."""

from balanceview.core.explain.contract import to_contract
from balanceview.core.explain.engine import explain, explain_card
from balanceview.core.explain.model import (
    Bridge,
    CardExplanation,
    EvidenceRow,
    Explanation,
    PurseExplanation,
    Reason,
)
from balanceview.core.explain.plain import plain_text
from balanceview.core.explain.reasons import CODES

__all__ = [
    "CODES", "Bridge", "CardExplanation", "EvidenceRow", "Explanation", "PurseExplanation",
    "Reason", "explain", "explain_card", "plain_text", "to_contract",
]
