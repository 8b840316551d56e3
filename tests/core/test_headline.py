"""The few words a balance panel shows: the main reason and since when the purse is at zero."""

from __future__ import annotations

from datetime import date

import pytest

from balanceview.core.explain import explain
from balanceview.core.samples import import_samples


@pytest.mark.parametrize("lang, card, kind, expected", [
    ("zh", "0001", "medical", "消费用完了余额；自 2024-10-18 起为 0"),
    ("en", "0001", "medical", "spending used it up; zero since 2024-10-18"),
    ("en", "6666", "bank", "the money is in the other purse; zero since 2023-03-02"),
    ("en", "4321", "bank", "a bill paid in advance is not reimbursed yet"),
    ("zh", "0003", "medical", "居民医保没有个人账户，余额为 0 属正常"),
])
def test_headline_names_the_main_reason(store, lang, card, kind, expected) -> None:
    import_samples(store)
    cards = explain(store.conn, date(2024, 12, 31), lang).cards
    purse = next(c for c in cards if c.card.endswith(card)).purse(kind)
    assert purse.headline == expected
