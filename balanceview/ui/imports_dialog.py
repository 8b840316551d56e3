"""Every imported file, with the way to take one back out (Undo import)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balanceview.core.errors import UserError
from balanceview.core.ledger import Batch
from balanceview.ui.session import Session

SHA_SHOWN = 12  # enough of the fingerprint to tell two files apart at a glance


def local_time(imported_at: str) -> str:
    """'2024-11-23 21:14' in the computer's time zone; the stored text if it does not parse."""
    try:
        return datetime.fromisoformat(imported_at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return imported_at


class ImportsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Imported files"))
        self.table = self._make_table()
        self.undo_button = QPushButton(self.tr("&Undo import…"))
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.resize(860, 420)
        self.refresh()

    def _make_table(self) -> QTableWidget:
        headers = [self.tr("File"), self.tr("Imported"), self.tr("New rows"),
                   self.tr("Duplicates"), self.tr("Bad rows"), self.tr("Fingerprint (SHA-256)")]
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(self.tr("Imported files"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def refresh(self) -> None:
        # Nothing stays selected: after an undo the rows move, and a second Undo must not
        # quietly hit the file that slid into the old place.
        self.table.clearSelection()
        self.batches: list[Batch] = self.session.batches()
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            cells = [batch.file_name, local_time(batch.imported_at), batch.rows_new,
                     batch.rows_duplicate, batch.rows_bad, batch.sha256[:SHA_SHOWN]]
            for column, value in enumerate(cells):
                self.table.setItem(row, column, self._cell(value))
        self.table.resizeColumnsToContents()
        for column in range(1, self.table.columnCount()):  # room between the headings
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 16)
        self._update_button()

    @staticmethod
    def _cell(value: str | int) -> QTableWidgetItem:
        item = QTableWidgetItem(str(value))
        if isinstance(value, int):  # counts line up on the right, like numbers do
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def selected_batch(self) -> Batch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        self.undo_button.setEnabled(self.selected_batch() is not None)

    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or not self._confirmed(batch):
            return
        try:
            self.session.undo(batch.id)
        except UserError as error:  # e.g. the batch went away meanwhile: say so, then refresh
            from balanceview.ui.errors import show_error

            show_error(self, str(error))
        self.refresh()

    def _confirmed(self, batch: Batch) -> bool:
        # English wants the singular spelled out; "%n rows" alone would read "1 rows".
        if batch.rows_new == 1:
            question = self.tr("Remove the 1 row imported from “%1”?")
        else:
            question = self.tr("Remove the %n rows imported from “%1”?", "", batch.rows_new)
        question += "\n\n" + self.tr("The file itself is not touched; you can import it again.")
        answer = QMessageBox.question(
            self, self.tr("Undo import"), question.replace("%1", batch.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
