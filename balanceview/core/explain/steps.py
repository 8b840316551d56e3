"""Next steps: what the person can do about each reason, and where to go (shared/domain.md)."""

from __future__ import annotations

from balanceview.core.explain import texts
from balanceview.core.explain.model import Finding
from balanceview.core.explain.wording import lookup, render

# Reason code -> the steps it calls for, by purse; a step's sentence uses the reason's facts.
# A code not listed has one step of its own name.
_STEPS: dict[str, dict[str, tuple[str, ...]]] = {
    "no_credits": {"medical": ("enrol_first", "ask_tax"), "bank": ("bank_counter",)},
    "credits_stopped": {"medical": ("resume", "ask_tax")},
    "resident_no_personal_account": {"medical": ("resident", "enrol_first", "ask_tax")},
    "enrolment_not_effective": {"medical": ("enrol_first", "ask_tax", "tier")},
}


def next_steps(lang: str, purse: str, findings: list[Finding]) -> tuple[str, ...]:
    """The steps of every reason in order, each once; a purse with nothing to explain still
    says where its balance can be checked."""
    table = texts.STEPS[lang]
    result: list[str] = []
    for finding in findings or [Finding("all_clear")]:
        for key in _keys(finding, purse):
            template = lookup(table, key, finding.variant, purse)
            if template is None:
                continue
            sentence = render(template, lang, purse, finding.facts)
            if sentence not in result:
                result.append(sentence)
    return tuple(result)


def _keys(finding: Finding, purse: str) -> tuple[str, ...]:
    keys = _STEPS.get(finding.code, {}).get(purse, (finding.code,))
    if "+chronic" in finding.variant:  # chronic-disease care is settled directly: say so
        keys = (*keys, "chronic")
    return keys
