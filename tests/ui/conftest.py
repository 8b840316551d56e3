"""Fixtures of the desktop app's tests: a session on the sample statements."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from balanceview.core.ledger import CardInfo
from balanceview.core.samples import import_samples
from balanceview.ui.session import Session


@pytest.fixture
def session(qapp: object, tmp_path: Path) -> Iterator[Session]:
    """The demo: every sample statement imported into a database of its own."""
    opened = Session(tmp_path / "demo.db", is_demo=True)
    import_samples(opened.store)
    yield opened
    opened.close()


def card_ending(session: Session, digits: str) -> CardInfo:
    return next(card for card in session.cards() if (card.number or "").endswith(digits))
