"""The reason catalogue (shared/explanations.md) as detectors, most important first."""

from __future__ import annotations

from collections.abc import Callable

from balanceview.core.explain import flows, gaps, reimbursement, standing, zero
from balanceview.core.explain.context import Context
from balanceview.core.explain.model import Finding

# The codes are a contract: tests and scripts depend on them. Add codes, never rename one.
CODES = (
    "no_data", "spent_down", "no_credits", "other_balance_nonzero", "credits_stopped",
    "resident_no_personal_account", "family_aid_out", "pooled_fund_paid",
    "pending_reimbursement", "statement_gap", "transferred_out", "closed_or_inherited",
)

Detector = Callable[[Context], "Finding | None"]

# Importance: first what the person is looking at (no data, the wrong purse, no account at
# all), then what emptied the purse, then what undermines the figures, then the rest.
_AFTER_DATA: tuple[Detector, ...] = (
    standing.other_balance_nonzero,
    standing.resident_no_personal_account,
    flows.closed_or_inherited,
    flows.transferred_out,
    zero.spent_down,
    lambda ctx: zero.no_credits(ctx, standing.resident_applies(ctx)),
    gaps.statement_gap,
    flows.credits_stopped,
    reimbursement.pending_reimbursement,
    flows.family_aid_out,
    flows.pooled_fund_paid,
)


def find_reasons(ctx: Context) -> list[Finding]:
    if ctx.purse.balance_fen is None:
        # Nothing imported: only resident insurance can still be said, from the bank purse.
        found = [standing.no_data(ctx), standing.resident_no_personal_account(ctx)]
    else:
        found = [detect(ctx) for detect in _AFTER_DATA]
    return [finding for finding in found if finding is not None]
