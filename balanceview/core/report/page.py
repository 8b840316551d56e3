"""The printed explanation: per card the header, the two balances, each purse's reasons and
next steps, the sources, then the histories; every card on a new page."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from balanceview.core.explain.model import CardExplanation, Explanation
from balanceview.core.ledger import CardInfo, list_cards
from balanceview.core.masking import scrub
from balanceview.core.report.document import Block, Html, Report
from balanceview.core.report.markup import Column, heading, para, table, text
from balanceview.core.report.purse import balances, purse_section
from balanceview.core.report.sources import card_sources
from balanceview.core.report.texts import LABELS
from balanceview.core.report.transactions import histories


def build_report(conn: sqlite3.Connection, explanation: Explanation, *,
                 full_history: bool = False, printed_at: datetime | None = None) -> Report:
    """The page(s) for every card of `explanation`, in its language (zh or en). A history is
    not read here: the printer reads it row by row as it makes the pages."""
    lang, when = explanation.lang, (printed_at or datetime.now()).strftime("%Y-%m-%d %H:%M")
    words = LABELS[lang]
    infos = {card.id: card for card in list_cards(conn)}
    blocks: list[Block] = []
    for index, card in enumerate(explanation.cards):
        front = _front(conn, card, infos.get(card.card_id), explanation, when)
        blocks.append(Html(front, new_page=index > 0))
        blocks += histories(conn, card, full_history, lang)
    if not blocks:
        blocks.append(Html(heading(1, words["title"], 17) + para(words["sources.none"])))
    footer = f"{words['title']} · {words['printed_at'].format(when=when)}"
    if len(explanation.cards) == 1:
        card = explanation.cards[0]
        footer = f"{card.title or card.card} · {footer}"
    # The footer is painted as plain text, not HTML: scrubbed, not escaped.
    return Report(words["title"], scrub(footer), words["page"], tuple(blocks))


def _front(conn: sqlite3.Connection, card: CardExplanation, info: CardInfo | None,
           explanation: Explanation, printed: str) -> str:
    lang = explanation.lang
    parts = [heading(1, LABELS[lang]["title"], 17),
             _facts(card, info, explanation.as_of, printed, lang),
             heading(2, LABELS[lang]["balances"], 12.5), balances(card.purses, lang)]
    parts += [purse_section(purse, lang) for purse in card.purses]
    parts.append(_sources(conn, card.card_id, lang))
    return "".join(parts)


def _facts(card: CardExplanation, info: CardInfo | None, as_of: date | None, printed: str,
           lang: str) -> str:
    words = LABELS[lang]
    pairs = [(words["holder"], card.holder or "—")]
    if info is not None and info.name:
        pairs.append((words["card"], info.name))
    pairs.append((words["card_number"], info.number if info and info.number else "—"))
    if info is not None and info.id_number:
        pairs.append((words["id_number"], info.id_number))
    periods = [p.period for p in card.purses if p.period is not None]
    if as_of is not None:
        pairs.append((words["as_of"], as_of.isoformat()))
    elif periods:
        start, end = min(p[0] for p in periods), max(p[1] for p in periods)
        pairs.append((words["period"], f"{start.isoformat()} – {end.isoformat()}"))
    pairs.append((words["printed"], printed))
    colon = "：" if lang == "zh" else ": "
    rows = "".join("<tr>" + "".join(
        f"<td style='padding-right: 16px;'>{text(name)}{colon}<b>{text(value)}</b></td>"
        for name, value in pairs[i:i + 3]) + "</tr>" for i in range(0, len(pairs), 3))
    return f"<table cellspacing='0' cellpadding='2' style='font-size: 9.5pt;'>{rows}</table>"


def _sources(conn: sqlite3.Connection, card_id: int, lang: str) -> str:
    words = LABELS[lang]
    found = card_sources(conn, card_id)
    parts = [heading(2, words["sources"], 12.5)]
    if not found:
        return "".join([*parts, para(words["sources.none"])])
    columns = (Column(words["col.file"], 52), Column(words["col.sha"], 26, numeric=True),
               Column(words["col.imported"], 22, numeric=True))
    parts.append(table(columns, ((text(s.file_name), text(s.fingerprint), text(s.imported_local))
                                 for s in found)))
    parts.append(para(words["sources.note"], "font-size: 8.5pt;"))
    return "".join(parts)
