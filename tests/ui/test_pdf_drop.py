"""A bank's PDF statement dropped on the window is imported as a CSV would be; the preview
names each row by its page and row."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from balanceview.ui import import_dialog
from balanceview.ui.main_window import MainWindow
from tests.core.pdf_statements import Layout, print_statement
from tests.ui.test_first_use import window

__all__ = ["window"]  # the fixture of the first-use tests: a shown window on an empty database

LAYOUT = Layout(widths=[70, 80, 70, 70], header=[["交易日期", "摘要", "交易金额", "余额"]],
                titles=["中国银行借记卡交易明细", "户名：王小明"], rows_per_page=2)
ROWS = [["2024-03-01", "代发工资", "3,000.00", "3,000.00"],
        ["2024-03-02", "ATM取款", "-500.00", "2,500.00"],
        ["2024-03-05", "转账", "-120.50", "2,379.50"]]


def dropped(paths: list[Path]) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def test_a_pdf_dropped_on_the_window_is_imported(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = tmp_path / "中国银行流水.pdf"
    pdf.write_bytes(print_statement(LAYOUT, ROWS).data)
    seen: dict[str, object] = {}

    def import_at_once(dialog: QDialog) -> int:  # the person presses Import, then Close
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.checking(), timeout=15_000)
        table = dialog.table
        seen["places"] = [table.item(row, 0).text() for row in range(table.rowCount())]
        seen["purse"] = dialog.purse_box.currentData()
        with qtbot.waitSignal(window.session.changed, timeout=15_000):
            dialog.import_button.click()
        dialog.reject()  # Close, after the report
        return int(dialog.result())

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", import_at_once)
    data = dropped([pdf])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.card_page.details_shown, timeout=15_000):
        QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    # Page 1 holds the header and two rows; page 2 repeats the header, then the third row.
    assert seen == {"places": ["p. 1, 2", "p. 1, 3", "p. 2, 2"], "purse": "bank"}
    assert window.current_page() is window.card_page
    assert window.card_page.panels["bank"].balance.text() == "¥ 2,379.50"
    assert pdf.name in [a.text() for a in window.recent_menu.actions()]
