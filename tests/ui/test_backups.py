"""Backups in the desktop app: the list says when and before what each was taken; Restore
asks first, puts one back in the background, and the whole window shows the restored data.
A "No" or a damaged backup changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from balanceview.core.importer import ImportOptions
from balanceview.ui import tasks
from balanceview.ui.backups_dialog import BackupsDialog
from balanceview.ui.import_work import Job, import_all
from balanceview.ui.imports_dialog import ImportsDialog
from balanceview.ui.main_window import MainWindow
from balanceview.ui.session import Session

HEADER = "卡号：6217990012345678\n交易日期,摘要,交易金额,余额,对方户名,流水号\n"
FIRST = HEADER + "2024-01-05,存现,100.00,100.00,王五,A1\n"
SECOND = HEADER + "2024-02-06,消费,-30.00,70.00,超市,A2\n2024-02-07,消费,-20.00,50.00,超市,A3\n"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The window after two statements were imported as the app imports them: the second
    took the bank purse from 100.00 down to 50.00."""
    shown = MainWindow(Session(tmp_path / "mine.db"), "en")
    qtbot.addWidget(shown)
    shown.show()
    for name, text, balance, rows in (("first.csv", FIRST, "¥ 100.00", 1),
                                      ("second.csv", SECOND, "¥ 50.00", 3)):
        path = tmp_path / name
        path.write_text(text, "utf-8")
        import_in_background(qtbot, shown, path)
        wait_for_bank(qtbot, shown, balance, rows)
    yield shown
    shown.session.close()


def import_in_background(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    finished: list[object] = []
    running = tasks.start(  # noqa: F841 - kept until it reports
        lambda task: import_all(window.session.path,
                                [Job(path, ImportOptions(account="bank"), None)], task),
        done=finished.append, failed=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    assert isinstance(finished[0], list), finished[0]
    with qtbot.waitSignal(window.session.changed, timeout=5000):
        window.session.imported([o.batch_id for o in finished[0]])  # as the import dialog does


def wait_for_bank(qtbot, window: MainWindow, balance: str, rows: int) -> None:  # type: ignore[no-untyped-def]
    """Until the balance, the explanation and the transactions all show that state."""
    page = window.card_page
    qtbot.waitUntil(lambda: page.card is not None and page.explained is not None
                    and not page.transactions.model.busy
                    and page.transactions.model.rowCount() == rows
                    and page.panels["bank"].balance.text() == balance, timeout=30_000)


def backups_list(qtbot, window: MainWindow) -> BackupsDialog:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    return dialog


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton,
           before_answering=lambda: None) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        before_answering()
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr("balanceview.ui.errors.show_error",
                        lambda parent, message, details="": shown.append(message))
    return shown


def cell(dialog: BackupsDialog, row: int, column: int) -> str:
    return dialog.table.item(row, column).text()


def test_the_imports_list_opens_the_backups(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[BackupsDialog] = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: opened.append(self) or 0)
    imports = ImportsDialog(window.session, window)
    qtbot.addWidget(imports)
    imports.backups_button.click()
    assert len(opened) == 1 and opened[0].table.rowCount() == 1


def test_restoring_the_backup_before_the_second_import_shows_the_first_files_state(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    dialog = backups_list(qtbot, window)
    assert dialog.table.rowCount() == 1  # the first import had nothing before it to keep
    assert cell(dialog, 0, 1) == "importing “second.csv”"
    assert cell(dialog, 0, 2).endswith("KB")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        dialog.restore_button.click()
    assert "before importing “second.csv”" in asked[0]
    assert "“second.csv” is taken out (2 rows)" in asked[0]
    assert "backed up first" in asked[0]
    wait_for_bank(qtbot, window, "¥ 100.00", 1)
    assert [b.file_name for b in window.session.batches()] == ["first.csv"]
    explained = window.card_page.explanation.browser.toPlainText()
    assert "Bank purse: 100.00" in explained and "2024-01-05" in explained
    assert dialog.table.rowCount() == 2  # what was there just before is the newest backup
    assert cell(dialog, 0, 1) == "putting back an earlier backup"
    assert "Done" in dialog.status_label.text() and dialog.task is None


def test_saying_no_changes_nothing(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = backups_list(qtbot, window)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    with qtbot.assertNotEmitted(window.session.changed):
        dialog.restore_button.click()
    assert len(asked) == 1 and dialog.task is None
    assert [b.file_name for b in window.session.batches()] == ["first.csv", "second.csv"]
    assert dialog.table.rowCount() == 1  # and no backup of a restore that never happened
    wait_for_bank(qtbot, window, "¥ 50.00", 3)


def test_a_damaged_backup_says_so_and_the_data_stays(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = backups_list(qtbot, window)
    chosen = dialog.backups[0][0]
    chosen.path.write_bytes(b"this is not a database" * 200)
    shown = errors_shown(monkeypatch)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.assertNotEmitted(window.session.changed):
        dialog.restore_button.click()
    assert asked == []  # nothing to ask about: the copy cannot be put back
    assert len(shown) == 1 and "was not put back" in shown[0] and "damaged" in shown[0]
    assert [b.file_name for b in window.session.batches()] == ["first.csv", "second.csv"]
    assert dialog.status_label.text() == "Nothing was changed."
    wait_for_bank(qtbot, window, "¥ 50.00", 3)


def test_a_backup_damaged_while_asking_fails_in_the_background_and_the_data_stays(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    dialog = backups_list(qtbot, window)
    chosen = dialog.backups[0][0]
    good = chosen.path.read_bytes()
    shown = errors_shown(monkeypatch)
    answer(monkeypatch, QMessageBox.StandardButton.Yes,
           lambda: chosen.path.write_bytes(good[: len(good) // 2]))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "was not put back" in shown[0] and "damaged" in shown[0]
    assert dialog.task is None and dialog.status_label.text() == "Nothing was changed."
    assert [b.file_name for b in window.session.batches()] == ["first.csv", "second.csv"]
    wait_for_bank(qtbot, window, "¥ 50.00", 3)
