"""The import dialog: the file as detected, the outcome before committing, import in the
background, refusals in plain words, profiles saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog, QWidget

from balanceview.core import profiles
from balanceview.core.importer import ImportOptions
from balanceview.core.ledger import batches, history
from balanceview.core.samples import samples_dir
from balanceview.ui import errors
from balanceview.ui.import_dialog import ImportDialog
from balanceview.ui.import_work import FileRefused, ImportCancelled, Job, import_all
from balanceview.ui.session import Session

MEDICAL = samples_dir() / "medical_spent_down.csv"
BAD_ROWS = ["卡号：6217990012345678", "交易日期,摘要,金额,余额,对方户名",
            "2024-01-05,存现,100.00,100.00,", "2024-01-06,消费,abc,70.00,超市"]


@pytest.fixture
def session(qapp: object, tmp_path: Path) -> Iterator[Session]:
    opened = Session(tmp_path / "x.db")
    yield opened
    QThreadPool.globalInstance().waitForDone()  # no check may outlive the database
    opened.close()


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """show_error records instead of blocking; a bug reaching the excepthook fails the test."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "show_error",
                        lambda parent, message, details="": shown.append((message, details)))

    def bug(kind, error, tb):  # type: ignore[no-untyped-def]
        raise AssertionError(f"a bug reached the user: {error!r}")

    monkeypatch.setattr(errors, "handle_exception", bug)
    return shown


def open_dialog(qtbot, session: Session, *paths: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(session, list(paths))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.checking(), timeout=10_000)
    return dialog


def combo_for(dialog: ImportDialog, column_name: str) -> QComboBox:
    return next(c for c in dialog.mapping.combos() if column_name in c.accessibleName())


def test_the_detected_mapping_and_the_first_rows_are_shown(qtbot, session, shown_errors) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, session, MEDICAL)
    assert [c.currentData() for c in dialog.mapping.combos()] == [
        "date", "type", "income", "expense", "balance", "counterparty", "description"]
    assert combo_for(dialog, "余额 (E)").currentText() == "Balance"
    assert "GB18030" in dialog.detected_label.text() and "line 6" in dialog.detected_label.text()
    assert dialog.table.rowCount() == 14
    assert [dialog.table.item(0, c).text() for c in (0, 2, 3, 4)] == [
        "8", "2024-01-15 08:30:12", "+186.40", "698.70"]
    assert "New rows to add: 14" in dialog.outcome.summary.text()
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    assert shown_errors == []


def test_changing_the_purse_updates_the_outcome(qtbot, session, shown_errors) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, session, MEDICAL)
    dialog.purse_box.setCurrentIndex(dialog.purse_box.findData("bank"))
    qtbot.waitUntil(lambda: "(Bank account 14)" in dialog.outcome.summary.text(), timeout=15_000)
    assert not dialog.checking() and dialog.import_button.isEnabled()


def test_changing_a_column_reads_the_file_again(qtbot, session, shown_errors) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, session, MEDICAL)
    balance = combo_for(dialog, "余额 (E)")
    balance.setCurrentIndex(balance.findData("description"))  # no balance column any more
    qtbot.waitUntil(lambda: not dialog.checking() and dialog.table.item(0, 4).text() == "",
                    timeout=15_000)
    assert combo_for(dialog, "余额 (E)").currentData() == "description"
    assert dialog.current().columns is not None and "余额" in dialog.current().columns["description"]


def test_a_mapping_without_a_date_says_so_at_once(qtbot, session, shown_errors) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, session, MEDICAL)
    combo_for(dialog, "交易时间 (A)").setCurrentIndex(0)  # (not used)
    assert "which column holds the date" in dialog.outcome.summary.text()
    assert not dialog.import_button.isEnabled()
    assert combo_for(dialog, "交易时间 (A)").currentIndex() == 0  # the choice stays as made


def test_import_runs_in_the_background_then_the_balance_shows(qtbot, session, shown_errors) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, session, MEDICAL)
    with qtbot.waitSignal(session.changed, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter imports
    assert [o.new_rows for o in dialog.outcomes] == [{"medical": 14}]
    assert dialog.isVisible() and "14 new rows (import #1)" in dialog.outcome.summary.text()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter closes the report
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    (card,) = session.cards()
    medical = next(b for b in session.balances(card) if b.kind == "medical")
    assert (medical.balance_fen, medical.transactions) == (0, 14)  # spent down to 0.00


def test_escape_cancels_and_imports_nothing(qtbot, session, shown_errors) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, session, MEDICAL)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and session.cards() == []


def test_bad_rows_are_marked_and_can_be_left_out(qtbot, session, shown_errors,  # type: ignore[no-untyped-def]
                                                 write_statement) -> None:
    dialog = open_dialog(qtbot, session, write_statement("bad.csv", BAD_ROWS))
    assert dialog.table.item(1, 0).text() == "4" and not dialog.table.item(1, 0).icon().isNull()
    assert "Cannot be read" in dialog.table.item(1, 1).text()
    assert "cannot be read" in dialog.outcome.summary.text()
    assert not dialog.import_button.isEnabled() and dialog.skip_box.isVisibleTo(dialog)
    dialog.outcome.details_button.click()  # the technical words, one click away
    assert "line 4" in shown_errors[-1][1]
    dialog.skip_box.setChecked(True)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=15_000)
    assert "New rows to add: 1" in dialog.outcome.summary.text()


@pytest.mark.parametrize(("name", "data", "words"), [
    ("empty.csv", b"", "The file is empty"),
    ("photo.png", b"\x89PNG\r\n\x1a\nrest", "This is a picture, not a statement"),
])
def test_a_refused_file_says_why_in_plain_words(qtbot, session, shown_errors, tmp_path,  # type: ignore[no-untyped-def]
                                                name: str, data: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    dialog = ImportDialog(session, [path])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=15_000)
    (message, details), = shown_errors
    assert message.startswith(words) and name in details
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_several_files_import_the_readable_ones(qtbot, session, shown_errors, tmp_path) -> None:  # type: ignore[no-untyped-def]
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\nrest")
    dialog = open_dialog(qtbot, session, MEDICAL, picture, samples_dir() / "both_purses.csv")
    # The medical export names no card: its number is typed in, as samples.json gives it.
    dialog.card_box.setEditText("6217990012340001")
    dialog.card_box.lineEdit().editingFinished.emit()
    qtbot.waitUntil(lambda: not dialog.checking(), timeout=15_000)
    assert "6217 **** **** 0001" in dialog.outcome.summary.text()
    assert dialog.file_list.isVisibleTo(dialog)
    assert "cannot be imported" in dialog.file_list.item(1).text()
    assert "Files that will be imported: 2 of 3" == dialog.status_label.text()
    dialog.file_list.setCurrentRow(1)
    assert "picture" in dialog.outcome.summary.text() and not dialog.table.isVisibleTo(dialog)
    with qtbot.waitSignal(session.changed, timeout=10_000):
        dialog.import_button.click()
    assert [o.file_name for o in dialog.outcomes] == ["medical_spent_down.csv", "both_purses.csv"]
    assert len(session.cards()) == 2 and shown_errors == []


def test_a_mapping_saved_as_a_profile_is_offered_again(qtbot, session, shown_errors,  # type: ignore[no-untyped-def]
                                                      monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("My clinic", True))
    dialog = open_dialog(qtbot, session, MEDICAL)
    dialog.save_button.click()
    assert "My clinic" in profiles.all_names(session.store.conn)
    assert profiles.load(session.store.conn, "My clinic").columns["balance"] == ["余额"]
    assert dialog.profile_box.currentText() == "My clinic"


def test_the_drop_downs_have_names_a_screen_reader_says(qtbot, session, shown_errors) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, session, MEDICAL)
    names = [c.accessibleName() for c in dialog.mapping.combos()]
    assert names[0] == "Role of column 交易时间 (A)"
    assert dialog.purse_box.accessibleName() and dialog.card_box.accessibleName()


def next_tab_stop(widget: QWidget, dialog: QDialog) -> QWidget:
    """Where Tab goes from `widget`: the next in the focus chain that takes Tab and shows."""
    found = widget.nextInFocusChain()
    while not (found.focusPolicy() & Qt.FocusPolicy.TabFocus and found.isVisibleTo(dialog)
               and found.isEnabled()):
        found = found.nextInFocusChain()
    return found


def test_tab_goes_top_to_bottom(qtbot, session, shown_errors) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, session, MEDICAL)
    combos = dialog.mapping.combos()
    assert next_tab_stop(dialog.purse_box, dialog) is dialog.card_box
    assert next_tab_stop(dialog.card_box.lineEdit(), dialog) is dialog.profile_box
    assert next_tab_stop(dialog.save_button, dialog) is combos[0]
    assert next_tab_stop(combos[-1], dialog) is dialog.table
    assert next_tab_stop(dialog.table, dialog) is dialog.import_button  # nothing to skip here


class FakeTask(QObject):
    """Stands in for tasks.Task: Cancel is pressed after the first file."""

    progress = Signal(int, int)

    def __init__(self, cancel_after: int | None = None) -> None:
        super().__init__()
        self.cancelled = False
        self.progress.connect(lambda so_far, of: self._maybe_cancel(so_far, cancel_after))

    def _maybe_cancel(self, so_far: int, cancel_after: int | None) -> None:
        if cancel_after is not None and so_far >= cancel_after:
            self.cancelled = True


def test_cancel_between_files_takes_the_whole_import_back(session) -> None:  # type: ignore[no-untyped-def]
    jobs = [Job(MEDICAL, ImportOptions(), None),
            Job(samples_dir() / "both_purses.csv", ImportOptions(), None)]
    with pytest.raises(ImportCancelled):
        import_all(session.path, jobs, FakeTask(cancel_after=1))  # type: ignore[arg-type]
    # Cards and purses may stay behind: undo_batch leaves them (see core.undo); no row does.
    assert batches(session.store.conn) == [] and list(history(session.store.conn)) == []


def test_a_refusal_during_import_takes_the_whole_import_back(session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "moved.csv"
    jobs = [Job(MEDICAL, ImportOptions(), None), Job(gone, ImportOptions(), None)]
    with pytest.raises(FileRefused) as refused:
        import_all(session.path, jobs, FakeTask())  # type: ignore[arg-type]
    assert refused.value.refusal.kind == "missing" and refused.value.file_name == "moved.csv"
    assert batches(session.store.conn) == [] and list(history(session.store.conn)) == []
