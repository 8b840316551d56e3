"""An explanation as readable text: for the terminal, and for anyone who wants plain lines."""

from __future__ import annotations

from collections.abc import Iterator

from balanceview.core.dates import posted_to_iso
from balanceview.core.explain import texts
from balanceview.core.explain.model import Bridge, CardExplanation, Explanation, PurseExplanation
from balanceview.core.explain.wording import label
from balanceview.core.money import format_fen


def plain_text(explanation: Explanation, evidence: bool = True) -> str:
    return "\n".join(_lines(explanation, evidence)) + "\n"


def _lines(explanation: Explanation, evidence: bool) -> Iterator[str]:
    lang = explanation.lang
    for card in explanation.cards:
        yield heading(card, explanation)
        for purse in card.purses:
            yield from _purse(purse, lang, evidence)
        yield ""


def heading(card: CardExplanation, explanation: Explanation) -> str:
    """'社保卡：孙* 6217 **** **** 6666', with the day when one was asked for."""
    lang = explanation.lang
    title = card.title or card.card
    named = title.startswith(("社保卡", "Card"))
    return label(lang, "heading.named" if named else "heading", card=title,
                 as_of=explanation.as_of)


def _purse(purse: PurseExplanation, lang: str, evidence: bool) -> Iterator[str]:
    yield f"  {purse.verdict}"
    if shows_bridge(purse):
        yield f"    {bridge_line(purse.bridge, lang)}"  # type: ignore[arg-type]
    yield f"    {label(lang, 'reasons')}{'：' if lang == 'zh' else ':'}"
    if not purse.reasons:
        yield f"      {label(lang, 'no_reasons')}"
    for reason in purse.reasons:
        amount = "" if reason.amount_fen is None else f" {format_fen(reason.amount_fen, True)}"
        yield f"    - [{reason.code}{amount}] {reason.text}"
        for row in reason.evidence if evidence else ():
            yield (f"        #{row.id}  {posted_to_iso(row.posted, with_time=False)}  "
                   f"{format_fen(row.amount_fen, True):>12}  {row.description}")
    yield f"    {label(lang, 'steps')}{'：' if lang == 'zh' else ':'}"
    for step in purse.next_steps:
        yield f"    - {step}"


def shows_bridge(purse: PurseExplanation) -> bool:
    """A bridge with something in it: not 0.00 + 0.00 − 0.00 = 0.00 of a purse 0 by rule."""
    return purse.bridge is not None and purse.bridge.opening_how != "rule"


def bridge_line(bridge: Bridge, lang: str) -> str:
    """opening + credits − debits ± unexplained = closing: it always adds up."""
    unexplained = bridge.unexplained_fen
    note = texts.LABELS[lang].get(f"note.{bridge.opening_how}")
    return label(lang, "bridge", opening=format_fen(bridge.opening_fen, True),
                 credits=format_fen(bridge.credits_fen, True),
                 debits=format_fen(bridge.debits_fen, True),
                 u_op=("+" if unexplained > 0 else "−") if unexplained else None,
                 u_abs=format_fen(abs(unexplained), True) if unexplained else None,
                 closing=format_fen(bridge.closing_fen, True), note=note)
