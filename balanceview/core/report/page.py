"""The printed explanation as one HTML document: per card the header, the two balances, each
purse's reasons and next steps, the sources, then the histories; every card on a new page."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from balanceview.core.explain.model import CardExplanation, Explanation
from balanceview.core.ledger import CardInfo, list_cards
from balanceview.core.masking import scrub
from balanceview.core.report.markup import Column, heading, para, table, text
from balanceview.core.report.purse import balances, purse_section
from balanceview.core.report.sources import card_sources
from balanceview.core.report.texts import LABELS
from balanceview.core.report.transactions import histories

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
    infos = {card.id: card for card in list_cards(conn)}
    cards = [_card(conn, card, infos.get(card.card_id), explanation, full_history, when,
                   first=index == 0) for index, card in enumerate(explanation.cards)]
    title = LABELS[lang]["title"]
    footer = f"{title} · {LABELS[lang]['printed_at'].format(when=when)}"
    if len(explanation.cards) == 1:
        footer = f"{explanation.cards[0].card} · {footer}"
    body = "".join(cards) or heading(1, title, 17) + para(LABELS[lang]["sources.none"])
    # The footer is painted as plain text, not HTML: scrubbed, not escaped.
    return Report(f"<html><body>{body}</body></html>", title, scrub(footer))


def _card(conn: sqlite3.Connection, card: CardExplanation, info: CardInfo | None,
          explanation: Explanation, full: bool, printed: str, first: bool) -> str:
    lang = explanation.lang
    parts = [heading(1, LABELS[lang]["title"], 17, "" if first else NEW_PAGE),
             _facts(card, info, explanation.as_of, printed, lang),
             heading(2, LABELS[lang]["balances"], 12.5), balances(card.purses, lang)]
    parts += [purse_section(purse, lang) for purse in card.purses]
    parts.append(_sources(conn, card.card_id, lang))
    # The statements come last: they can run to many pages.
    parts += list(histories(conn, card, explanation.as_of, full, lang))
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
