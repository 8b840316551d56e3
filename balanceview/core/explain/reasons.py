"""The reason catalogue (shared/explanations.md) as detectors, most important first."""

from __future__ import annotations

from collections.abc import Callable

from balanceview.core.explain import (
    flows,
    gaps,
    premiums,
    reimbursement,
    rhythm,
    settlements,
    standing,
    zero,
)
from balanceview.core.explain.context import Context
from balanceview.core.explain.model import Finding

# The codes are a contract: tests and scripts depend on them. Add codes, never rename one.
CODES = (
    "no_data", "spent_down", "no_credits", "other_balance_nonzero", "credits_stopped",
    "resident_no_personal_account", "family_aid_out", "pooled_fund_paid",
    "pending_reimbursement", "statement_gap", "transferred_out", "closed_or_inherited",
    "annual_credit", "credits_reduced", "credits_paused", "enrolment_not_effective",
    "other_deductions", "balance_unknown",
)

Detector = Callable[[Context], "Finding | None"]

# Importance: first what the purse is (nothing imported, no balance known, no personal account),
# then what emptied it, then what undermines the figures, then why credits changed, then the
# rest. The wrong-purse reason is placed by rank() below.
_DETECTORS: tuple[Detector, ...] = (
    standing.no_data,
    standing.balance_unknown,
    standing.resident_no_personal_account,
    premiums.enrolment_not_effective,
    flows.closed_or_inherited,
    flows.transferred_out,
    zero.spent_down,
    lambda ctx: zero.no_credits(ctx, standing.resident_applies(ctx)),
    rhythm.annual_credit,
    gaps.statement_gap,
    rhythm.credits_stopped,
    rhythm.credits_paused,
    rhythm.credits_reduced,
    reimbursement.pending_reimbursement,
    flows.family_aid_out,
    flows.other_deductions,
    settlements.pooled_fund_paid,
)
# Reasons that are no story of the purse's own: the wrong purse leads only beside these.
_NO_STORY = frozenset({"no_data", "no_credits"})


def find_reasons(ctx: Context) -> list[Finding]:
    if not ctx.purse.imported:
        # Nothing imported: only resident insurance can still be said, from the bank purse.
        found = [standing.no_data(ctx), standing.resident_no_personal_account(ctx)]
        return [finding for finding in found if finding is not None]
    found = [detect(ctx) for detect in _DETECTORS]
    return rank([finding for finding in found if finding is not None],
                standing.other_balance_nonzero(ctx))


def rank(own: list[Finding], wrong_purse: Finding | None) -> list[Finding]:
    """The purse's own story first; "the 0 you saw is the other purse" leads only when the
    purse has no story of its own (never funded, nothing imported), else it comes second."""
    if wrong_purse is None:
        return own
    if all(finding.code in _NO_STORY for finding in own):
        return [wrong_purse, *own]
    return [own[0], wrong_purse, *own[1:]]
