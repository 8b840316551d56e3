"""The two balances side by side, and each purse's verdict, reasons with evidence, next steps."""

from __future__ import annotations

from collections.abc import Sequence

from balanceview.core.dates import posted_to_iso
from balanceview.core.explain import texts as explain_texts
from balanceview.core.explain.model import EvidenceRow, PurseExplanation, Reason
from balanceview.core.explain.plain import bridge_line, shows_bridge
from balanceview.core.money import format_fen
from balanceview.core.report.markup import Column, bullets, heading, para, signed, table, text
from balanceview.core.report.texts import LABELS

ZERO_CELL = "background-color: #e4e4e4;"  # a purse at zero also says so in words and in bold


def purse_title(lang: str, kind: str) -> str:
    return explain_texts.PURSES[lang][kind][2]


def balances(purses: Sequence[PurseExplanation], lang: str) -> str:
    """One column per purse, so that the two figures are read together and never confused."""
    width = f"{100 // max(1, len(purses))}%"
    cells = "".join(f"<td width='{width}' valign='top' style='padding: 6px; "
                    f"{ZERO_CELL if p.balance_fen == 0 else ''}'>{_balance_cell(p, lang)}</td>"
                    for p in purses)
    return (f"<table width='100%' cellspacing='0' cellpadding='6' border='1' "
            f"style='border-collapse: collapse; border-color: #666;'><tr>{cells}</tr></table>"
            + para(LABELS[lang]["apart"], "font-size: 8.5pt;"))


def _balance_cell(purse: PurseExplanation, lang: str) -> str:
    words = LABELS[lang]
    if purse.balance_fen is not None:
        figure = words["balance"].format(amount=format_fen(purse.balance_fen, True))
    else:
        figure = words["balance.unknown" if purse.transactions else "balance.none"]
    parts = [para(purse_title(lang, purse.kind), "font-size: 11pt; font-weight: bold;"),
             para(figure, "font-size: 16pt; font-weight: bold;")]
    if purse.balance_fen == 0:
        parts.append(para(words["zero_mark"], "font-size: 10pt; font-weight: bold;"))
    if purse.detail:
        weight = "font-weight: bold;" if purse.balance_fen == 0 else ""
        parts.append(para(purse.detail, f"font-size: 9pt; {weight}"))
    parts.append(para(words[f"about.{purse.kind}"], "font-size: 8.5pt; color: #333;"))
    return "".join(parts)


def purse_section(purse: PurseExplanation, lang: str) -> str:
    """The bridge, the reasons each with its evidence rows, then the next steps."""
    words = LABELS[lang]
    parts = [heading(2, purse_title(lang, purse.kind), 12.5)]
    if shows_bridge(purse):
        parts.append(para(words["bridge"].format(line=bridge_line(purse.bridge, lang))))  # type: ignore[arg-type]
    parts.append(heading(3, words["reasons"], 10.5))
    if not purse.reasons:
        parts.append(para(words["no_reasons"]))
    for number, reason in enumerate(purse.reasons, start=1):
        parts.append(_reason(number, reason, lang))
    parts.append(heading(3, words["steps"], 10.5))
    parts.append(bullets(purse.next_steps))
    return "".join(parts)


def _reason(number: int, reason: Reason, lang: str) -> str:
    sentence = para(f"{number}. {text(reason.text)}", escaped=True)
    if not reason.evidence:
        return sentence
    return sentence + evidence_table(reason.evidence, lang)


def evidence_table(rows: Sequence[EvidenceRow], lang: str) -> str:
    words = LABELS[lang]
    columns = (Column(words["col.date"], 16), Column(words["col.description"], 64),
               Column(words["col.amount"], 20, numeric=True))
    return table(columns, ((text(posted_to_iso(r.posted, with_time=False)), text(r.description),
                            signed(r.amount_fen)) for r in rows))
