"""Each purse's transactions for the period that matters, as a table with the running balance."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date

from balanceview.core.explain.model import CardExplanation, PurseExplanation
from balanceview.core.explain.wording import render
from balanceview.core.report.history import History, account_id, history
from balanceview.core.report.markup import Column, heading, money, para, signed, table, text
from balanceview.core.report.purse import purse_title
from balanceview.core.report.texts import LABELS

SMALL = "font-size: 8.5pt;"


def histories(conn: sqlite3.Connection, card: CardExplanation, as_of: date, full: bool,
              lang: str) -> Iterator[str]:
    """One section per purse that has rows; a purse never imported, or empty, has none."""
    for purse in card.purses:
        account = account_id(conn, card.card_id, purse.kind)
        if account is not None:
            found = history(conn, account, purse.balance_fen, as_of, full)
            if found.lines or found.earlier:
                yield _section(found, purse, as_of, lang)


def _section(found: History, purse: PurseExplanation, as_of: date, lang: str) -> str:
    words = LABELS[lang]
    facts = {"start": found.start.isoformat() if found.start else "", "end": as_of.isoformat(),
             "count": len(found.lines)}
    parts = [heading(2, words["history"].format(purse=purse_title(lang, purse.kind)), 12.5),
             para(render(words[f"period.{found.how}"], lang, purse.kind, facts)),
             para(words["signs"], SMALL)]
    if found.earlier and found.how != "full":
        facts["count"] = found.earlier
        parts.append(para(render(words["period.earlier"], lang, purse.kind, facts), SMALL))
    parts.append(_table(found, lang))
    if not found.lines:
        parts.append(para(words["period.empty"]))
    return "".join(parts)


def _table(found: History, lang: str) -> str:
    words = LABELS[lang]
    columns = (Column(words["col.date"], "12%"), Column(words["col.description"], "62%"),
               Column(words["col.amount"], "13%", numeric=True),
               Column(words["col.balance"], "13%", numeric=True))
    rows = [(text(line.day.isoformat()), text(line.description), signed(line.amount_fen),
             money(line.balance_fen)) for line in found.lines]
    if found.brought_forward_fen is not None:
        rows.insert(0, ("", text(words["brought_forward"]), "", money(found.brought_forward_fen)))
    return table(columns, rows)
