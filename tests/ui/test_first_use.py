"""The window as a first-time user meets it: keys, printing, saving, cards, refreshes."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from balanceview.core.samples import import_samples, samples_dir
from balanceview.ui import print_actions, saved_file
from balanceview.ui.language import install_translators
from balanceview.ui.main_window import MainWindow
from balanceview.ui.print_options import PrintOptionsDialog
from balanceview.ui.session import Change, Session

MEDICAL = samples_dir() / "medical_spent_down.csv"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    shown = MainWindow(Session(tmp_path / "mine.db"), "en")
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.session.close()


def activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Offscreen, closing a dialog leaves no window active; a desktop gives the focus back."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def answer_dialogs(answers: list[Callable[[QWidget], bool]]) -> list[str]:
    """Each modal dialog that comes up is handed to the next answer, by keys; an answer
    returning False is asked again a moment later (its dialog is not ready yet)."""
    seen: list[str] = []

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and answers and answers[0](modal):
            seen.append(type(modal).__name__)
            answers.pop(0)
        if answers:
            QTimer.singleShot(30, poll)

    QTimer.singleShot(30, poll)
    return seen


def press(key: Qt.Key) -> Callable[[QWidget], bool]:
    def answer(modal: QWidget) -> bool:
        QTest.keyClick(modal.focusWidget() or modal, key)
        return True

    return answer


def all_actions(window: MainWindow) -> list[QAction]:
    return [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_shortcut_is_bound_twice(qtbot, tmp_path: Path, qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, language)
    try:
        shown = MainWindow(Session(tmp_path / "x.db"), language)
        qtbot.addWidget(shown)
        keys = [a.shortcut().toString() for a in all_actions(shown)]
        assert len(keys) == len(set(keys)), keys
        assert "Ctrl+P" in keys and "Ctrl+I" in keys
        # Alt+letter of a menu is never also the key of a field in the window.
        menus = {QKeySequence.mnemonic(a.text()).toString() for a in shown.menuBar().actions()}
        fields = {QKeySequence.mnemonic(w.text()).toString()
                  for w in shown.card_page.findChildren(QWidget) if hasattr(w, "text")
                  and isinstance(getattr(w, "text", None), Callable)  # type: ignore[arg-type]
                  and isinstance(w.text(), str)}
        assert menus and not (menus - {""}) & fields
        shown.session.close()
    finally:
        install_translators(qapp, "en")


def test_ctrl_p_prints_and_preview_has_a_key_of_its_own(window: MainWindow) -> None:
    assert window.print_action.shortcut() == QKeySequence("Ctrl+P")
    assert window.preview_action.shortcut() == QKeySequence("Ctrl+Shift+P")


# Offscreen, a menu cannot raise itself or grab the keyboard: that says nothing about ours.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_alt_f_opens_the_file_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    file_menu = window.menuBar().actions()[0].menu()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(file_menu.isVisible, timeout=5000)
    file_menu.close()


def test_toolbar_buttons_have_words_under_their_icons(window: MainWindow) -> None:
    from PySide6.QtWidgets import QToolBar

    toolbar = window.findChild(QToolBar)
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    assert [a.iconText() for a in toolbar.actions()] == ["Import", "Print preview",
                                                         "Export PDF", "Help"]


def test_from_ctrl_i_to_a_printed_page_by_keyboard(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    # The file dialog stands in for typing the file's name; everything else is keys.
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(MEDICAL)], ""))
    printed = tmp_path / "printed.pdf"
    make_printer = print_actions._printer
    monkeypatch.setattr(print_actions, "_printer", lambda: _to_file(make_printer(), printed))
    activate(qtbot, window)
    # Enter imports; Enter again closes the report of what the import did.
    seen = answer_dialogs([lambda modal: not modal.checking() and press(Qt.Key.Key_Return)(modal),
                           lambda modal: bool(modal.outcomes) and press(Qt.Key.Key_Return)(modal)])
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["ImportDialog", "ImportDialog"] and window.current_page() is window.card_page
    activate(qtbot, window)
    seen = answer_dialogs([press(Qt.Key.Key_Return), press(Qt.Key.Key_Return)])
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["PrintOptionsDialog", "QPrintDialog"]
    text = subprocess.run(["pdftotext", str(printed), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "1,147.80" in "".join(text.split())


def _to_file(printer, path: Path):  # type: ignore[no-untyped-def]
    printer.setOutputFileName(str(path))
    return printer


def test_print_options_offer_the_whole_history(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PrintOptionsDialog()
    qtbot.addWidget(dialog)
    assert dialog.period.isChecked() and not dialog.full_history()
    dialog.full.click()
    dialog.accept()
    again = PrintOptionsDialog()  # the last choice is offered first next time
    qtbot.addWidget(again)
    assert again.full_history()


def test_the_whole_history_prints_rows_the_period_leaves_out(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    from balanceview.core.importer import ImportOptions, import_file

    session = Session(tmp_path / "two.db")
    for name, year, balance in (("old.csv", 2023, "100.00"), ("new.csv", 2024, "150.00")):
        path = tmp_path / name
        path.write_text(f"银行账户交易明细\n卡号：6217990012340001\n查询期间：{year}-01-01 至 "
                        f"{year}-12-31\n交易日期,摘要,金额,余额\n{year}-03-05,存款,50.00,{balance}\n",
                        "utf-8")
        import_file(session.store, path, ImportOptions())
    card = session.cards()[0]
    texts = {}
    for full in (False, True):
        target = tmp_path / f"full-{full}.pdf"
        print_actions.export_pdf(None, session, card, "en", path=target,  # type: ignore[arg-type]
                                 full_history=full)
        texts[full] = subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                                     text=True, check=True).stdout
    session.close()
    assert "The full history (to" in texts[True] and "The full history (to" not in texts[False]
    assert "Not listed here" in texts[False] and "Not listed here" not in texts[True]
    assert "2023-03-05" in texts[True] and "2023-03-05" not in texts[False]


def test_export_pdf_says_where_the_file_went_and_opens_it(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import_samples(window.session.store)
    window.refresh()
    target = tmp_path / "explained.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(PrintOptionsDialog, "exec", lambda self: 1)
    told: list[QMessageBox] = []

    def click_open(box: QMessageBox) -> int:
        told.append(box)
        box.open_button.click()  # type: ignore[attr-defined]
        return 0

    opened: list[Path] = []
    monkeypatch.setattr(QMessageBox, "exec", click_open)
    monkeypatch.setattr(saved_file, "open_file", opened.append)
    window.pdf_action.trigger()
    assert target.stat().st_size > 0 and opened == [target]
    assert "explained.pdf" in told[0].text() and str(tmp_path) in told[0].informativeText()
    assert told[0].folder_button.text() == "Show in &folder"  # type: ignore[attr-defined]


def test_the_card_list_has_a_heading_balances_and_selects_the_card_imported(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from balanceview.core.importer import ImportOptions, import_file

    page = window.card_page
    import_file(window.session.store, samples_dir() / "both_purses.csv", ImportOptions())
    window.refresh()
    assert not page.cards.box.isVisible()  # one card: nothing to choose between
    outcome = import_file(window.session.store, MEDICAL,
                          ImportOptions(card="6217990012340001"))
    with qtbot.waitSignal(page.details_shown, timeout=10_000):
        window.session.imported([outcome.batch_id])
    assert page.cards.box.isVisible() and page.cards.heading.text() == "&Cards"
    assert page.card.number.endswith("0001")  # the card just imported is shown
    items = [page.cards.item(i).text() for i in range(page.cards.count())]
    assert any("Medical: ¥ 0.00" in text and "Bank: not imported" in text for text in items)
    assert any("Medical: ¥ 1,234.56" in text and "Bank: ¥ 0.00" in text for text in items)
    assert "card 1" not in " ".join(items)


def test_renaming_a_card_shows_the_new_name_everywhere(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    import_samples(window.session.store)
    window.refresh()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mother's card", True))
    shown = window.card_page.card
    with qtbot.waitSignal(window.session.changed):
        window.rename_action.trigger()
    page = window.card_page
    assert page.card.id == shown.id and page.card.name == "Mother's card"
    assert page.cards.currentItem().text().startswith("Mother's card")


def test_a_failed_refresh_says_so_and_the_next_one_recovers(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        no_unexpected_error_dialog: list[str]) -> None:
    import sqlite3

    import_samples(window.session.store)
    broken = window.session.store.conn
    calls = {"n": 0}
    real_cards = Session.cards

    def failing_once(self: Session):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real_cards(self)

    monkeypatch.setattr(Session, "cards", failing_once)
    window.refresh(Change())
    assert len(no_unexpected_error_dialog) == 1 and "F5" in no_unexpected_error_dialog[0]
    no_unexpected_error_dialog.clear()
    assert window.session.store.conn is not broken  # a fresh connection for the next one
    with qtbot.waitSignal(window.card_page.details_shown, timeout=10_000):
        window.reload_action.trigger()
    assert window.current_page() is window.card_page


def test_the_imports_list_names_card_purse_and_period_and_moves(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from balanceview.ui.imports_dialog import ImportsDialog

    import_samples(window.session.store)
    dialog = ImportsDialog(window.session, window)
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text()
               for c in range(dialog.table.columnCount())]
    row = next(i for i, b in enumerate(dialog.batches) if b.file_name == MEDICAL.name)
    cells = dict(zip(headers, (dialog.table.item(row, c).text()
                               for c in range(len(headers))), strict=True))
    assert cells["Purse"] == "Medical account" and cells["Card"].endswith("0001")
    batch = dialog.batches[row]
    assert cells["Period"] == f"{batch.period_from} – {batch.period_to}" and cells["New rows"] == "14"
    assert cells["Period"].startswith("2024-01-")
    both = next(i for i, b in enumerate(dialog.batches) if b.file_name == "both_purses.csv")
    dialog.table.selectRow(both)
    assert not dialog.move_button.isEnabled()  # it filled both purses
    dialog.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.session.changed):
        dialog.move_button.click()
    moved = next(b for b in window.session.batches() if b.file_name == MEDICAL.name)
    assert moved.purses == ("bank",)
    row = next(i for i, b in enumerate(dialog.batches) if b.file_name == MEDICAL.name)
    assert dialog.table.item(row, headers.index("Purse")).text() == "Bank account"
    qtbot.waitUntil(lambda: window.card_page.card.number.endswith("0001"), timeout=5000)
    assert window.card_page.panels["medical"].balance.text() == "Not imported"


def test_the_language_switches_both_ways(qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from balanceview.ui.app import Controller

    controller = Controller(qapp, tmp_path / "x.db")
    try:
        for language, file_menu in (("zh_CN", "文件(&F)"), ("en", "&File"), ("zh_CN", "文件(&F)")):
            controller.change_language(language)
            assert controller.window is not None
            qtbot.addWidget(controller.window)
            assert controller.window.menuBar().actions()[0].text() == file_menu
            assert (QDialog.tr("Cancel") is not None)
    finally:
        install_translators(qapp, "en")
        if controller.window is not None:
            controller.window.session.close()


def test_the_window_fits_a_small_screen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """At 1024×700 (or 1366×768 at 200%: 683×384 points) nothing is wider than the screen."""
    import_samples(window.session.store)
    window.refresh()
    hint = window.minimumSizeHint()
    assert hint.width() <= 683 and hint.height() <= 384, hint
    window.resize(1000, 640)
    qtbot.waitUntil(lambda: window.card_page.lower.width() > 0)
    lower = window.card_page.lower
    qtbot.waitUntil(lambda: lower.orientation() == Qt.Orientation.Horizontal)
    assert window.card_page.explanation.width() >= lower.explanation_width
    window.resize(660, 380)  # 1366×768 at 200%: one above the other, not three characters wide
    qtbot.waitUntil(lambda: lower.orientation() == Qt.Orientation.Vertical)
    assert window.card_page.explanation.width() >= lower.explanation_width
    window.resize(1000, 640)  # and back again
    qtbot.waitUntil(lambda: lower.orientation() == Qt.Orientation.Horizontal)


def test_a_window_saved_on_a_bigger_screen_opens_inside_this_one(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from balanceview.ui.geometry import available

    first = MainWindow(Session(tmp_path / "x.db"), "en")
    qtbot.addWidget(first)
    first.setGeometry(1500, 900, 2400, 1600)  # as on a large monitor, since unplugged
    first.close()
    assert QSettings().value("window/geometry") is not None
    again = MainWindow(Session(tmp_path / "x.db"), "en")
    qtbot.addWidget(again)
    room = available(again)
    assert room.contains(again.geometry()), (room, again.geometry())
    first.session.close()
    again.session.close()


def test_the_import_dialog_fits_the_screen_with_its_buttons(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from balanceview.ui.geometry import available
    from balanceview.ui.import_dialog import ImportDialog

    session = Session(tmp_path / "x.db")
    dialog = ImportDialog(session, [MEDICAL])
    qtbot.addWidget(dialog)
    room = available(dialog)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.minimumSizeHint().height() <= 384  # 768 points at 200%, less a task bar
    qtbot.waitUntil(lambda: not dialog.checking(), timeout=10_000)
    session.close()


@pytest.mark.parametrize("dialog_class", ["QFileDialog", "QMessageBox", "QPrintDialog"])
def test_qt_s_own_dialogs_speak_chinese(qtbot, qapp, dialog_class: str) -> None:  # type: ignore[no-untyped-def]
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    install_translators(qapp, "zh_CN")
    try:
        if dialog_class == "QFileDialog":
            dialog = QFileDialog(None, "导入对账单")
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        elif dialog_class == "QPrintDialog":
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            printer = QPrinter()
            dialog = QPrintDialog(printer)
            dialog.own_printer = printer  # type: ignore[attr-defined]
        else:
            dialog = QMessageBox(QMessageBox.Icon.Warning, "BalanceView", "出错了",
                                 QMessageBox.StandardButton.Close)
            dialog.setDetailedText("details")
        qtbot.addWidget(dialog)
        from PySide6.QtWidgets import QGroupBox

        words = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(
            QAbstractButton) if w.text() and re.search("[A-Za-z]{3}", w.text())]
        words += [g.title() for g in dialog.findChildren(QGroupBox)
                  if re.search("[A-Za-z]{3}", g.title())]
        assert words == [] or all(re.search("[\u4e00-\u9fff]", w) for w in words), words
        if dialog_class == "QMessageBox":
            assert any("显示详细信息" in b.text() for b in dialog.findChildren(QAbstractButton))
    finally:
        install_translators(qapp, "en")
