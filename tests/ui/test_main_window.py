"""The main window as a person meets it: welcome, samples, a card at zero, evidence, print."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from balanceview.core.samples import import_samples
from balanceview.ui.main_window import MainWindow
from balanceview.ui.session import Session


@pytest.fixture
def empty_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(Session(tmp_path / "empty.db"), "en")
    qtbot.addWidget(window)
    yield window
    window.session.close()


@pytest.fixture
def sample_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    session = Session(tmp_path / "demo.db", is_demo=True)
    import_samples(session.store)
    window = MainWindow(session, "en")
    qtbot.addWidget(window)
    yield window
    session.close()


def choose_card(window: MainWindow, last_four: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Pick a card and wait until its explanation, table and chart are filled."""
    page = window.card_page
    row = next(i for i in range(page.cards.count()) if last_four in page.cards.item(i).text())
    if page.card is not None and last_four in page.card.label and page.explained is not None:
        return
    with qtbot.waitSignal(page.details_shown, timeout=10_000):
        page.cards.setCurrentRow(row)


def test_an_empty_database_shows_the_welcome_page(empty_window: MainWindow) -> None:
    assert empty_window.current_page() is empty_window.welcome
    assert not empty_window.preview_action.isEnabled()
    assert empty_window.welcome.import_button.text() == "Import a statement…"


def test_the_welcome_page_asks_for_the_samples(empty_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(empty_window.samples_requested):
        empty_window.welcome.samples_button.click()


def test_a_card_at_zero_shows_both_purses_and_the_reason(sample_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    choose_card(sample_window, "0001", qtbot)
    page = sample_window.card_page
    assert sample_window.current_page() is page
    assert page.panels["medical"].balance.text() == "¥ 0.00"
    assert page.panels["medical"].property("atZero") is True
    assert page.panels["bank"].balance.text() == "Not imported"
    assert "used up what was left" in page.explanation.browser.toPlainText()
    assert page.demo_label.isVisible() or not sample_window.isVisible()


def test_clicking_evidence_selects_those_rows(sample_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    choose_card(sample_window, "0001", qtbot)
    page = sample_window.card_page
    spent = page.explained.purse("medical").reason("spent_down")
    ids = [row.id for row in spent.evidence]
    page.explanation.evidence_clicked.emit(ids)
    view = page.transactions
    qtbot.waitUntil(lambda: len(view.table.selectionModel().selectedRows()) == len(ids))
    chosen = sorted(view.model.transaction_id(i.row())
                    for i in view.table.selectionModel().selectedRows())
    assert chosen == sorted(ids)
    assert page.tabs.currentWidget() is view


def test_undo_removes_the_batch_and_the_window_follows(sample_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = sample_window.session
    first = session.batches()[0]
    with qtbot.waitSignal(session.changed):
        session.undo(first.id)
    assert first.id not in [b.id for b in session.batches()]
    labels = [sample_window.card_page.cards.item(i).text()
              for i in range(sample_window.card_page.cards.count())]
    assert not any("0001" in label for label in labels)


def test_export_pdf_writes_the_verdict(sample_window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("shutil").which("pdftotext") or pytest.skip("pdftotext is not installed")
    import subprocess

    from balanceview.ui.print_actions import export_pdf

    choose_card(sample_window, "0001", qtbot)
    target = tmp_path / "out.pdf"
    written = export_pdf(sample_window, sample_window.session, sample_window.card_page.card,
                         "zh_CN", path=target)
    assert written == target and target.stat().st_size > 0
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    compact = "".join(text.split())
    assert "1,147.80" in compact and "医保个人账户余额为0.00元" in compact


def test_import_through_the_dialog_shows_the_balance(empty_window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog, QFileDialog

    from balanceview.core.samples import samples_dir
    from balanceview.ui import import_dialog

    sample = samples_dir() / "medical_spent_down.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(sample)], ""))

    def import_at_once(dialog: QDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.checking(), timeout=10_000)
        with qtbot.waitSignal(empty_window.session.changed, timeout=10_000):
            dialog.import_button.click()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", import_at_once)
    empty_window.import_action.trigger()
    page = empty_window.card_page
    assert empty_window.current_page() is page
    assert page.panels["medical"].balance.text() == "¥ 0.00"
    assert sample.name in [a.text() for a in empty_window.recent_menu.actions()]


def test_print_preview_paints_the_explanation(sample_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    import gc

    from balanceview.ui.print_actions import preview_dialog

    choose_card(sample_window, "0001", qtbot)
    preview = preview_dialog(sample_window, sample_window.session, sample_window.card_page.card,
                             "en")
    qtbot.addWidget(preview)
    gc.collect()  # the printer must outlive any Python reference but the dialog's own
    with qtbot.waitSignal(preview.paintRequested, timeout=10_000):
        preview.show()
    assert preview.own_printer.pageLayout().pageSize().id().name == "A4"
    preview.reject()
