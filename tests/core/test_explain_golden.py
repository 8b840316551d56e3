"""Each sample's explanation, in Chinese and English, as the JSON contract beside the sample
(sample_data/expected/NAME.explained.json): codes, amounts, dates, evidence and sentences.

Run `pytest --regenerate-golden` after a deliberate change, and read the diff as a clerk would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from balanceview.core.explain import explain, to_contract
from balanceview.core.samples import import_samples, sample_cards, samples_dir
from balanceview.core.selection import find_card
from balanceview.core.store import Store

EXPECTED = samples_dir() / "expected"


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from balanceview.core.store import open_store

    store = open_store(tmp_path_factory.mktemp("golden") / "samples.db")
    outcomes = {o.file_name: o for o in import_samples(store)}
    yield store, outcomes
    store.close()


@pytest.mark.parametrize("name", sorted(sample_cards()))
def test_sample_explains_as_expected(name: str, samples: tuple[Store, dict],  # type: ignore[type-arg]
                                     request: pytest.FixtureRequest) -> None:
    store, outcomes = samples
    card = outcomes[name].card
    assert card is not None
    card_id = find_card(store.conn, card[-4:])
    actual = {lang: to_contract(explain(store.conn, None, lang, card_id)) for lang in ("zh", "en")}
    golden = EXPECTED / (Path(name).stem + ".explained.json")
    if request.config.getoption("--regenerate-golden"):
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert actual == json.loads(golden.read_text("utf-8"))
