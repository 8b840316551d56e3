"""Which purse a file is, from all it says: the user's choice, an account-type column, the
title, the header, and the rows themselves. The decision carries its reason in words the
person understands; where the evidence is mixed or absent, nothing is guessed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from balanceview.core.errors import UserError
from balanceview.core.messages import Message
from balanceview.core.statements.columns import TextTable
from balanceview.core.statements.layout import Layout
from balanceview.core.statements.title import plain
from balanceview.core.vocabulary import load, normalise_header

PURSES = ("medical", "bank")
_SHOWN = 2  # row words named in a reason


@dataclass(frozen=True)
class PurseChoice:
    purse: str | None  # None: each row's account-type cell says
    reason: Message


def choose_purse(name: str, title: str, layout: Layout, raw_type: np.ndarray,
                 description: np.ndarray, texts: TextTable, chosen: str | None) -> PurseChoice:
    """The purse of a file; raises UserError when the file does not say."""
    if chosen:
        return PurseChoice(chosen, Message("purse.chosen", purse=_name(chosen)))
    if "account_type" in layout.columns:
        column = layout.header[layout.columns["account_type"][0]].strip()
        return PurseChoice(None, Message("purse.column", column=column))
    for found in (_by_title(title), _by_header(layout)):
        if found:
            return found
    by_rows = _by_rows(raw_type, description, texts)
    if by_rows:
        return by_rows
    raise UserError(Message("purse.unknown", file=name))


def _evidence() -> dict[str, dict[str, list[str]]]:
    data = load("evidence.json")
    return {purse: data[purse] for purse in PURSES}


def _name(purse: str) -> Message:
    return Message(f"purse.name.{purse}")


def _by_title(title: str) -> PurseChoice | None:
    text = plain(title)
    found = {p: [w for w in words["title"] if w in text] for p, words in _evidence().items()}
    return _one_side(found, "purse.title")


def _by_header(layout: Layout) -> PurseChoice | None:
    names = {normalise_header(h): h.strip() for h in layout.header}
    found = {p: [names[normalise_header(w)] for w in words["header"]
                 if normalise_header(w) in names] for p, words in _evidence().items()}
    if layout.is_settlement and not found["medical"]:
        found["medical"] = [layout.header[layout.columns.get("personal", layout.columns.get(
            "pooled", [0]))[0]].strip()]
    return _one_side(found, "purse.header")


def _one_side(found: dict[str, list[str]], code: str) -> PurseChoice | None:
    """A purse when only its words are there."""
    sides = [p for p in PURSES if found[p]]
    if len(sides) != 1:
        return None
    purse = sides[0]
    shown = "、".join(f"“{w}”" for w in dict.fromkeys(found[purse]))
    return PurseChoice(purse, Message(code, purse=_name(purse), words=shown))


def _by_rows(raw_type: np.ndarray, description: np.ndarray, texts: TextTable
             ) -> PurseChoice | None:
    """A purse when at least a third of the rows use its words, twice as many as use the
    other's."""
    evidence = _evidence()
    votes: Counter[str] = Counter()
    examples: dict[str, Counter[str]] = {p: Counter() for p in PURSES}
    pairs = Counter(zip(raw_type.tolist(), description.tolist(), strict=True))
    for (type_id, description_id), count in pairs.items():
        text = texts.texts[type_id] + " " + texts.texts[description_id]
        hits = {p: [w for w in evidence[p]["rows"] if w in text] for p in PURSES}
        sides = [p for p in PURSES if hits[p]]
        if len(sides) == 1:
            votes[sides[0]] += count
            examples[sides[0]][texts.texts[type_id] or hits[sides[0]][0]] += count
    total = len(raw_type)
    for purse, other in (PURSES, PURSES[::-1]):
        if votes[purse] and votes[purse] >= 2 * votes[other] and 3 * votes[purse] >= total:
            shown = "、".join(f"“{w}”" for w, _ in examples[purse].most_common(_SHOWN))
            return PurseChoice(purse, Message("purse.rows", purse=_name(purse),
                                              count=votes[purse], total=total, words=shown))
    return None
