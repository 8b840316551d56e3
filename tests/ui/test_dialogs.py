"""The small dialogs: imports and undo, settings, help and about, and the error handler."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QTextBrowser

import balanceview
from balanceview.core.logfile import log_path
from balanceview.core.paths import default_database
from balanceview.ui import errors
from balanceview.ui.help import about_html, help_dialog, show_help
from balanceview.ui.imports_dialog import ImportsDialog
from balanceview.ui.session import Session
from balanceview.ui.settings_dialog import SettingsDialog

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No



def answer_questions(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
                     ) -> list[str]:
    """QMessageBox.question answers at once with `answer`; returns the questions asked."""
    asked: list[str] = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def imports_dialog(qtbot, session: Session, file_name: str) -> ImportsDialog:  # type: ignore[no-untyped-def]
    dialog = ImportsDialog(session)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(next(i for i, b in enumerate(dialog.batches) if b.file_name == file_name))
    return dialog


def test_undo_asks_naming_the_file_and_rows_then_removes_the_batch(
        qtbot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    asked = answer_questions(monkeypatch, Yes)
    dialog = imports_dialog(qtbot, session, "medical_spent_down.csv")
    assert dialog.table.rowCount() == 6
    with qtbot.waitSignal(session.changed, timeout=2000):
        dialog.undo_button.click()
    assert len(asked) == 1 and "medical_spent_down.csv" in asked[0] and "14 rows" in asked[0]
    assert "medical_spent_down.csv" not in [b.file_name for b in session.batches()]
    assert dialog.table.rowCount() == 5
    assert not dialog.undo_button.isEnabled()  # nothing selected any more


def test_saying_no_keeps_the_batch(qtbot, session: Session,  # type: ignore[no-untyped-def]
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    answer_questions(monkeypatch, No)
    dialog = imports_dialog(qtbot, session, "both_purses.csv")
    dialog.undo_button.click()
    assert len(session.batches()) == 6


def test_settings_return_the_chosen_language_and_database(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    chosen = tmp_path / "elsewhere" / "mine.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    dialog = SettingsDialog("en", tmp_path / "x.db")
    qtbot.addWidget(dialog)
    assert dialog.language() == "en" and dialog.database() == tmp_path / "x.db"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    dialog.choose_button.click()
    assert dialog.language() == "zh_CN" and dialog.database() == chosen
    dialog.default_button.click()
    assert dialog.database() == default_database()


def help_text(qtbot, language: str) -> str:  # type: ignore[no-untyped-def]
    dialog = help_dialog(None, language)
    qtbot.addWidget(dialog)
    browser = dialog.findChild(QTextBrowser)
    assert browser is not None
    return browser.toPlainText()


def test_help_speaks_the_app_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    chinese = help_text(qtbot, "zh_CN")
    assert "为什么我的余额是 0" in chinese and "城乡居民医保没有个人账户" in chinese
    assert "Why is my balance zero?" not in chinese
    english = help_text(qtbot, "en")
    assert "Why is my balance zero?" in english and "12393" in english
    assert "为什么" not in english


def test_show_help_opens_a_dialog(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    show_help(None, "en")
    assert opened == ["Why is my balance zero?"]


def test_about_says_version_licence_and_where_the_data_lives(qapp: object, tmp_path: Path) -> None:
    html = about_html(tmp_path / "x.db")
    for part in (balanceview.__version__, "GPL-3.0-or-later", str(tmp_path / "x.db"),
                 str(log_path()), "Open Font License", "never uses the network"):
        assert part in html


def test_show_error_puts_the_details_one_click_away(
        qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    errors.show_error(None, "The file could not be read.", "line 3: no date")
    box = shown[0]
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "The file could not be read." and box.detailedText() == "line 3: no date"


def raised() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ValueError("card 6217990012340001 broke")
    except ValueError:
        return sys.exc_info()  # type: ignore[return-value]


def test_the_excepthook_logs_scrubbed_and_tells_the_person(
        qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.install_excepthook()
    assert sys.excepthook is errors.handle_exception
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, m, d="": shown.append((m, d)))
    sys.excepthook(*raised())  # type: ignore[arg-type]
    logged = log_path().read_text("utf-8")
    assert "ValueError" in logged and "6217990012340001" not in logged and "6217" in logged
    message, details = shown[0]
    # Plain words up front; the log's path and the traceback only behind "Show Details…".
    assert "try again" in message and "safe" in message
    assert str(log_path()) not in message and "Error" not in message
    assert str(log_path()) in details and "ValueError" in details


def test_a_failing_error_dialog_does_not_recurse_or_raise(
        qapp: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("the dialog broke")

    monkeypatch.setattr(errors, "show_error", broken)
    errors.handle_exception(*raised())  # type: ignore[arg-type]
    assert "ValueError" in capsys.readouterr().err  # fell back to Python's own hook
    assert not errors._showing


def test_a_bug_while_the_message_is_up_only_goes_to_the_log(
        qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, m, d="": shown.append(m))
    monkeypatch.setattr(errors, "_showing", True)
    errors.handle_exception(*raised())  # type: ignore[arg-type]
    assert shown == [] and "ValueError" in log_path().read_text("utf-8")
