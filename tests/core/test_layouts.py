"""Statements written the way portals and banks really write them (tests/fixtures/layouts/):
each lands in the right purse of the right card, with the right balance and period, or is
refused with a message that says why. manifest.json says what each file must do and which
real export it models; check_manifest.py recomputes its figures from the files (#8).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from itertools import combinations
from pathlib import Path

import pytest

from balanceview.core import ledger
from balanceview.core.errors import UserError
from balanceview.core.importer import ImportOptions, import_file
from balanceview.core.money import format_fen

LAYOUTS = Path(__file__).resolve().parents[1] / "fixtures" / "layouts"
MANIFEST = json.loads((LAYOUTS / "manifest.json").read_text(encoding="utf-8"))
IMPORTS = [entry for entry in MANIFEST if entry["expect"] == "import"]
REFUSALS = [entry for entry in MANIFEST if entry["expect"] == "refuse"]
LONG_NUMBER = re.compile(r"\d{12,}")  # a card, account or ID number shown whole


def each(entries: list[dict]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("entry", entries, ids=[e["file"] for e in entries])


def money(fen: int | None) -> str | None:
    return None if fen is None else format_fen(fen)


@each(IMPORTS)
def test_statement_lands_in_its_purse_of_its_card(store, entry: dict) -> None:
    outcome = import_file(store, LAYOUTS / entry["file"], ImportOptions())
    cards = ledger.list_cards(store.conn)
    card = cards[0]
    purse = ledger.purse_balance(store.conn, card, entry["purse"])
    moved = sum(row.amount_fen for row in ledger.history(store.conn, card.id, entry["purse"]))
    batch = ledger.batches(store.conn)[0]
    found = {"new_rows": outcome.new_rows, "cards": len(cards), "card": card.number,
             "holder": card.holder, "balance": money(purse.balance_fen),
             "net_change": format_fen(moved),
             "period": [str(batch.period_from), str(batch.period_to)]}
    assert found == {"new_rows": {entry["purse"]: entry["rows"]}, "cards": 1,
                     "card": entry["card"], "holder": entry["holder"],
                     "balance": entry["balance"], "net_change": entry["net_change"],
                     "period": entry["period"]}


@each(REFUSALS)
def test_statement_is_refused_saying_why(store, entry: dict) -> None:
    with pytest.raises(UserError) as refused:
        import_file(store, LAYOUTS / entry["file"], ImportOptions())
    assert entry["words"].lower() in str(refused.value).lower()
    assert ledger.batches(store.conn) == []


@each(MANIFEST)
def test_no_whole_card_account_or_id_number_is_kept_or_shown(store, entry: dict) -> None:
    """Whatever the import says or stores (its report, a refusal, every row's text, the
    card) shows no run of 12 or more digits."""
    try:
        shown = [repr(import_file(store, LAYOUTS / entry["file"], ImportOptions()))]
    except UserError as refused:
        shown = [str(refused)]
    for row in ledger.history(store.conn):
        shown += [row.card, row.raw_type, row.description, row.counterparty,
                  row.reference or "", row.file_name]
    for card in ledger.list_cards(store.conn):
        shown += [card.number or "", card.holder or "", card.id_number or ""]
    assert [text for text in shown if LONG_NUMBER.search(text)] == []


def test_one_database_keeps_each_card_and_person_apart(store) -> None:
    """Every file that names a card or a holder, imported into one database: each lands on
    the card it names, on a card of the person it names, never on a card of another card
    number or another person, and one card number is one card. (A file naming nothing is
    left out: with several cards the user must say which one it belongs to.)"""
    named = [entry for entry in IMPORTS if entry["card"] or entry["holder"]]
    landed: dict[str, int] = {}
    found: dict[str, object] = {}
    for entry in named:
        try:
            import_file(store, LAYOUTS / entry["file"], ImportOptions())
        except UserError as error:
            found[entry["file"]] = "refused: " + str(error).splitlines()[0]
            continue
        card_id = ledger.batches(store.conn)[-1].card_id
        card = next(c for c in ledger.list_cards(store.conn) if c.id == card_id)
        landed[entry["file"]] = card_id
        found[entry["file"]] = (card.number if entry["card"] else None,
                                card.holder if entry["holder"] else None)
    assert found == {e["file"]: (e["card"], e["holder"]) for e in named}
    wrong = []
    for a, b in combinations(named, 2):
        must = same_card(a, b)
        if must is None or a["file"] not in landed or b["file"] not in landed:
            continue
        if (landed[a["file"]] == landed[b["file"]]) != must:
            wrong.append((a["file"], b["file"], "must share a card" if must else "share a card"))
    assert wrong == []


def same_card(a: dict, b: dict) -> bool | None:
    """Whether two files must share a card (True), must not (False), or may (None)."""
    if a["card"] and b["card"]:
        return bool(a["card"] == b["card"])
    if a["holder"] and b["holder"] and a["holder"] != b["holder"]:
        return False
    return None


def test_manifest_figures_are_the_files_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """The expectations above were computed from the files, not typed: check_manifest.py
    recomputes them and checks every running balance chains."""
    spec = importlib.util.spec_from_file_location("check_manifest", LAYOUTS / "check_manifest.py")
    assert spec and spec.loader
    checker = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, checker)  # its dataclasses look it up there
    spec.loader.exec_module(checker)
    assert [problem for entry in MANIFEST for problem in checker.check(entry)] == []
    assert len(MANIFEST) >= 25
