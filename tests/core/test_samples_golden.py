"""Each sample statement parses to the expected rows beside it (sample_data/expected/).

Run `pytest --regenerate-golden` after a deliberate change, and read the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from balanceview.core.dates import posted_to_iso
from balanceview.core.ledger import purse_balances
from balanceview.core.money import format_fen
from balanceview.core.samples import import_samples, sample_cards, samples_dir
from balanceview.core.statements.source import read_source
from balanceview.core.statements.statement import Statement, parse_statement

EXPECTED = samples_dir() / "expected"


def describe(statement: Statement) -> dict[str, object]:
    """What a person checking the parse would read: the card, the columns, every row."""
    texts = statement.texts.texts
    purses = {}
    for name, purse in statement.purses.items():
        rows = []
        for i in range(len(purse)):
            balance = purse.value("balance", i)
            rows.append([
                purse.line[i], posted_to_iso(purse.posted[i], bool(purse.time_known[i])),
                format_fen(purse.amount[i]), None if balance is None else format_fen(balance),
                purse.kind_name(i), texts[purse.raw_type[i]], texts[purse.description[i]],
                texts[purse.counterparty[i]],
            ])
        opening = purse.opening_balance
        purses[name] = {"opening": None if opening is None else format_fen(opening),
                        "insurance": purse.insurance, "rows": rows}
    clue = statement.clue
    return {"encoding": statement.encoding, "columns": statement.layout.names(),
            "card": clue.card, "holder": clue.holder, "id_number": clue.id_number,
            "default_purse": statement.default_purse, "purses": purses,
            "not_data": [list(s) for s in statement.skipped]}


@pytest.mark.parametrize("name", sorted(sample_cards()))
def test_sample_parses_as_expected(name: str, request: pytest.FixtureRequest) -> None:
    statement = parse_statement(read_source(samples_dir() / name))
    assert not statement.problems
    actual = describe(statement)
    golden = EXPECTED / (Path(name).stem + ".json")
    if request.config.getoption("--regenerate-golden"):
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert actual == json.loads(golden.read_text("utf-8"))


def test_samples_tell_their_stories(store) -> None:
    """The figures sample_data/README.md promises (computed there by check_stories.py)."""
    import_samples(store)
    found = {(b.card.label[-4:], b.kind): (None if b.balance_fen is None else
                                           format_fen(b.balance_fen), b.transactions)
             for b in purse_balances(store.conn)}
    assert found[("0001", "medical")] == ("0.00", 14)  # spent down
    assert found[("0002", "medical")] == ("40.14", 8)  # settlements, pooled fund
    assert found[("0003", "medical")] == ("0.00", 0)  # resident: no personal account
    assert found[("5678", "bank")] == ("0.00", 5)  # premiums paid from the bank purse
    assert found[("4321", "bank")] == ("27004.88", 28)  # emergency bill not reimbursed
    assert found[("6666", "medical")] == ("1234.56", 17)  # both purses in one file
    assert found[("6666", "bank")] == ("0.00", 3)
    assert import_samples(store)[0].total_new == 0  # the demo can be opened again
