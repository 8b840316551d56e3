"""The import dialog tells duplicates and bad cells in the app's language, with the file's
exact dates, amounts and cells."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from balanceview.core.importer import ImportOptions, import_file
from tests.ui.test_import_dialog import BAD_ROWS, open_dialog, session, shown_errors

__all__ = ["session", "shown_errors"]  # fixtures shared with the dialog's own tests

TITLE, HEADER = BAD_ROWS[:2]
FIRST = "2024-01-05,存现,100.00,100.00,"
LATER = ["2024-01-06,消费,-30.00,70.00,超市", "合计,,70.00,,"]


def listed(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    lines = dialog.outcome.lines
    return [lines.item(i).text() for i in range(lines.count())]


def test_duplicates_are_told_in_chinese(qtbot, session, shown_errors,  # type: ignore[no-untyped-def]
                                                    write_statement) -> None:
    import_file(session.store, write_statement("jan.csv", [TITLE, HEADER, FIRST]), ImportOptions())
    QSettings().setValue("language", "zh_CN")
    dialog = open_dialog(qtbot, session, write_statement("all.csv", [TITLE, HEADER, FIRST, *LATER]))
    shown = "\n".join(listed(dialog))
    assert "已经导入过（第 1 次导入，第 3 行）：2024-01-05 100.00" in shown
    assert "already imported" not in shown
    assert shown_errors == []


def test_bad_cells_are_told_in_chinese(qtbot, session, shown_errors, write_statement) -> None:  # type: ignore[no-untyped-def]
    QSettings().setValue("language", "zh_CN")
    dialog = open_dialog(qtbot, session, write_statement("bad.csv", BAD_ROWS))
    assert "“abc”不是金额" in dialog.table.item(1, 1).text()
    assert any("“abc”不是金额" in text for text in listed(dialog))
    dialog.outcome.details_button.click()
    assert "bad.csv，第 4 行" in shown_errors[-1][1]


def test_in_english_the_reasons_read_as_before(qtbot, session, shown_errors,  # type: ignore[no-untyped-def]
                                               write_statement) -> None:
    import_file(session.store, write_statement("jan.csv", [TITLE, HEADER, FIRST]), ImportOptions())
    QSettings().setValue("language", "en")
    dialog = open_dialog(qtbot, session, write_statement("all.csv", [TITLE, HEADER, FIRST, *LATER]))
    assert "Line 3 — already imported (import #1, line 3): 2024-01-05 100.00" in listed(dialog)
