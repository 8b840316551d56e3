"""Each purse's transactions for its statement's period, as a table with the balance, read
row by row while it is printed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

from balanceview.core.explain.model import CardExplanation, PurseExplanation
from balanceview.core.explain.wording import render
from balanceview.core.masking import scrub
from balanceview.core.money import format_fen
from balanceview.core.report.document import Table
from balanceview.core.report.history import History, account_id, history
from balanceview.core.report.markup import Column, heading, para
from balanceview.core.report.purse import purse_title
from balanceview.core.report.texts import LABELS

SMALL = "font-size: 8.5pt;"


def histories(conn: sqlite3.Connection, card: CardExplanation, full: bool, lang: str
              ) -> Iterator[Table]:
    """One table per purse that has rows; a purse never imported, or empty, has none."""
    for purse in card.purses:
        account = account_id(conn, card.card_id, purse.kind)
        if account is not None and purse.transactions:
            found = history(conn, account, purse.as_of, purse.balance_fen, full)
            if found.count or found.earlier:
                yield _table(found, purse, lang)


def _table(found: History, purse: PurseExplanation, lang: str) -> Table:
    words = LABELS[lang]
    facts = {"start": found.start, "end": found.end, "count": found.count}
    intro = [heading(2, words["history"].format(purse=purse_title(lang, purse.kind)), 12.5),
             para(render(words[f"period.{found.how}"], lang, purse.kind, facts)),
             para(words["signs"], SMALL)]
    if found.earlier and found.how != "full":
        facts["count"] = found.earlier
        intro.append(para(render(words["period.earlier"], lang, purse.kind, facts), SMALL))
    if purse.balance_fen is None:
        intro.append(para(words["no_balance"], SMALL))
    if not found.count:
        intro.append(para(words["period.empty"]))
    columns = (Column(words["col.date"], 12), Column(words["col.description"], 62),
               Column(words["col.amount"], 13, numeric=True),
               Column(words["col.balance"], 13, numeric=True))
    return Table("".join(intro), columns, lambda: _rows(found, purse, lang))


def _rows(found: History, purse: PurseExplanation, lang: str) -> Iterator[Sequence[str]]:
    """Plain cells, scrubbed of long digit runs: the printer and the HTML writer escape them."""
    if found.brought_forward_fen is not None:
        yield "", _carried(found, purse, lang), "", format_fen(found.brought_forward_fen, True)
    for line in found.lines():
        if line.break_fen is not None:  # the table's own arithmetic would not close: say so
            more = "more" if line.break_fen > 0 else "less"
            gap = LABELS[lang][f"balance_break.{more}"].format(
                amount=format_fen(abs(line.break_fen), grouping=True))
            yield "", gap, "", ""
        balance = "" if line.balance_fen is None else format_fen(line.balance_fen, True)
        yield (line.day.isoformat(), scrub(line.description), _signed(line.amount_fen), balance)


def _carried(found: History, purse: PurseExplanation, lang: str) -> str:
    """承前余额 after earlier rows; at the start, the opening, said as what it is."""
    words = LABELS[lang]
    if found.earlier:
        return words["brought_forward"]
    how = purse.bridge.opening_how if purse.bridge is not None else "stated"
    return words["opening.first_row" if how == "first_row" else "opening.stated"]


def _signed(fen: int) -> str:
    """+1,234.56 or -1,234.56: credits and debits told apart by the sign, not by colour."""
    return ("+" if fen > 0 else "") + format_fen(fen, grouping=True)
