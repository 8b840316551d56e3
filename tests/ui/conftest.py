"""Fixtures of the desktop app's tests: a session on the sample statements."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from balanceview.core.ledger import CardInfo
from balanceview.core.samples import import_samples
from balanceview.ui.session import Session


@pytest.fixture(scope="session", autouse=True)
def collect_on_gui_thread(qapp: object) -> Iterator[None]:
    """As in the app: no Qt object is ever deleted by a collection on a worker thread, and
    everything is collected before the application goes."""
    from balanceview.ui import collector

    installed = collector.install(qapp)  # type: ignore[arg-type]
    yield
    installed.stop()


@pytest.fixture(autouse=True)
def background_work_finishes(qapp: object) -> Iterator[None]:
    """No test leaves work running on the thread pool for the next test (or for Python's exit,
    where a Qt thread still running Python would hang the interpreter)."""
    yield
    from PySide6.QtCore import QCoreApplication, QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)
    QCoreApplication.processEvents()


@pytest.fixture(autouse=True)
def no_unexpected_error_dialog(monkeypatch: pytest.MonkeyPatch,
                               request: pytest.FixtureRequest) -> Iterator[list[str]]:
    """An error dialog would wait for a click that never comes: record it and fail instead.
    Tests that expect one patch show_error themselves (their patch wins); the tests of the
    error dialog itself keep the real one."""
    shown: list[str] = []
    if request.module.__name__.endswith("test_dialogs"):
        yield shown
        return
    monkeypatch.setattr("balanceview.ui.errors.show_error",
                        lambda parent, message, details="": shown.append(f"{message} {details}"))
    yield shown
    assert shown == [], f"an error dialog was shown: {shown}"


@pytest.fixture
def session(qapp: object, tmp_path: Path) -> Iterator[Session]:
    """The demo: every sample statement imported into a database of its own."""
    opened = Session(tmp_path / "demo.db", is_demo=True)
    import_samples(opened.store)
    yield opened
    opened.close()


def card_ending(session: Session, digits: str) -> CardInfo:
    return next(card for card in session.cards() if (card.number or "").endswith(digits))
