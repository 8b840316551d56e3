"""The printed explanation of each card as one HTML document: header, balances, reasons, steps,
history and sources, every card starting on a new page."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from balanceview.core.explain.model import CardExplanation, Explanation, PurseExplanation
from balanceview.core.ledger import CardInfo, list_cards
from balanceview.core.masking import scrub
from balanceview.core.report.history import History, account_id, history
from balanceview.core.report.markup import Column, heading, money, para, signed, table, text
from balanceview.core.report.purse import balances, purse_section, purse_title
from balanceview.core.report.sources import card_sources
from balanceview.core.report.texts import LABELS

NEW_PAGE = "page-break-before: always;"


@dataclass(frozen=True)
class Report:
    """What a printer needs: the HTML, the document's title, the footer's left text."""

    html: str
    title: str
    footer_left: str


def build_report(conn: sqlite3.Connection, explanation: Explanation, *,
                 full_history: bool = False, printed_at: datetime | None = None) -> Report:
    """The page(s) for every card of `explanation`, in its language (zh or en)."""
    lang, when = explanation.lang, (printed_at or datetime.now()).strftime("%Y-%m-%d %H:%M")
    holders = {card.id: card for card in list_cards(conn)}
    cards = [_card(conn, card, holders.get(card.card_id), explanation, full_history, when,
                   first=index == 0) for index, card in enumerate(explanation.cards)]
    title = LABELS[lang]["title"]
    footer = f"{title} · {LABELS[lang]['printed_at'].format(when=when)}"
    if len(explanation.cards) == 1:
        footer = f"{explanation.cards[0].card} · {footer}"
    body = "".join(cards) or para(LABELS[lang]["sources.none"])
    # The footer is painted as plain text, not HTML: scrubbed, not escaped.
    return Report(f"<html><body>{body}</body></html>", title, scrub(footer))


def _card(conn: sqlite3.Connection, card: CardExplanation, info: CardInfo | None,
          explanation: Explanation, full: bool, printed: str, first: bool) -> str:
    lang = explanation.lang
    parts = [heading(1, LABELS[lang]["title"], 17, "" if first else NEW_PAGE),
             _facts(card, info, explanation.as_of, printed, lang),
             heading(2, LABELS[lang]["balances"], 12.5), balances(card.purses, lang)]
    parts += [purse_section(purse, lang) for purse in card.purses]
    parts += list(_histories(conn, card, explanation.as_of, full, lang))
    parts.append(_sources(conn, card.card_id, lang))
    return "".join(parts)


def _facts(card: CardExplanation, info: CardInfo | None, as_of: date, printed: str,
           lang: str) -> str:
    words = LABELS[lang]
    pairs = [(words["holder"], card.holder or "—"), (words["card"], card.card)]
    if info is not None and info.id_number:
        pairs.append((words["id_number"], info.id_number))
    pairs += [(words["as_of"], as_of.isoformat()), (words["printed"], printed)]
    rows = "".join("<tr>" + "".join(
        f"<td style='padding-right: 16px;'>{text(name)}: <b>{text(value)}</b></td>"
        for name, value in pairs[i:i + 3]) + "</tr>" for i in range(0, len(pairs), 3))
    return f"<table cellspacing='0' cellpadding='2' style='font-size: 9.5pt;'>{rows}</table>"


def _histories(conn: sqlite3.Connection, card: CardExplanation, as_of: date, full: bool,
               lang: str) -> Iterator[str]:
    for purse in card.purses:
        account = account_id(conn, card.card_id, purse.kind)
        if account is not None:
            found = history(conn, account, purse.balance_fen, as_of, full)
            yield _history(found, purse, as_of, lang)


def _history(found: History, purse: PurseExplanation, as_of: date, lang: str) -> str:
    words = LABELS[lang]
    parts = [heading(2, words["history"].format(purse=purse_title(lang, purse.kind)), 12.5),
             para(_caption(found, as_of, lang)), para(words["signs"], "font-size: 8.5pt;")]
    if found.earlier and found.how != "full":
        parts.append(para(words["period.earlier"].format(count=found.earlier), "font-size: 8.5pt;"))
    columns = (Column(words["col.date"], "13%"), Column(words["col.description"], "53%"),
               Column(words["col.amount"], "17%", numeric=True),
               Column(words["col.balance"], "17%", numeric=True))
    rows = [(text(line.day.isoformat()), text(line.description), signed(line.amount_fen),
             money(line.balance_fen)) for line in found.lines]
    if found.brought_forward_fen is not None:
        rows.insert(0, ("", text(words["brought_forward"]), "", money(found.brought_forward_fen)))
    parts.append(table(columns, rows))
    if not found.lines:
        parts.append(para(words["period.empty"]))
    return "".join(parts)


def _caption(found: History, as_of: date, lang: str) -> str:
    start = found.start.isoformat() if found.start else ""
    return LABELS[lang][f"period.{found.how}"].format(start=start, end=as_of.isoformat(),
                                                      count=len(found.lines))


def _sources(conn: sqlite3.Connection, card_id: int, lang: str) -> str:
    words = LABELS[lang]
    found = card_sources(conn, card_id)
    parts = [heading(2, words["sources"], 12.5)]
    if not found:
        return "".join([*parts, para(words["sources.none"])])
    columns = (Column(words["col.file"], "52%"), Column(words["col.sha"], "26%", numeric=True),
               Column(words["col.imported"], "22%", numeric=True))
    parts.append(table(columns, ((text(s.file_name), text(s.fingerprint), text(s.imported_local))
                                 for s in found)))
    parts.append(para(words["sources.note"], "font-size: 8.5pt;"))
    return "".join(parts)
