"""Every imported file: which card and purse it went to, its period and counts; Undo import,
Move to the other purse for a file that went to the wrong one, and the Backups taken before
each such change."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balanceview.core.errors import UserError
from balanceview.core.ledger import Batch
from balanceview.ui.choice_table import choice_table
from balanceview.ui.geometry import resize_to_fit
from balanceview.ui.language import chosen_language, explanation_lang
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
        self.lang = explanation_lang(getattr(parent, "language", None) or chosen_language())
        self.setWindowTitle(self.tr("Imported files"))
        self.table = self._make_table()
        self.undo_button = QPushButton(self.tr("&Undo import…"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.move_button = QPushButton(self.tr("&Move to the other purse…"))
        self.move_button.clicked.connect(self.move_selected)
        self.backups_button = QPushButton(self.tr("&Backups…"))
        self.backups_button.clicked.connect(self.show_backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.undo_button, self.move_button, self.backups_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        resize_to_fit(self, 1180, 420)
        self.refresh()

    def purse_names(self) -> dict[str, str]:
        return {"medical": self.tr("Medical account"), "bank": self.tr("Bank account")}

    def _make_table(self) -> QTableWidget:
        headers = [self.tr("File"), self.tr("Card"), self.tr("Purse"), self.tr("Period"),
                   self.tr("New rows"), self.tr("Duplicates"), self.tr("Bad rows"),
                   self.tr("Imported"), self.tr("Fingerprint (SHA-256)")]
        table = choice_table(headers, self.tr("Imported files"))
        table.horizontalHeader().setStretchLastSection(True)  # the file name shows whole
        return table

    def refresh(self) -> None:
        # Nothing stays selected: after an undo the rows move, and a second Undo must not
        # quietly hit the file that slid into the old place.
        self.table.clearSelection()
        self.batches: list[Batch] = self.session.batches()
        cards = {card.id: card.title(self.lang) for card in self.session.cards()}
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            cells = [batch.file_name, cards.get(batch.card_id, "") if batch.card_id else "",
                     self._purses(batch), self._period(batch), batch.rows_new,
                     batch.rows_duplicate, batch.rows_bad, local_time(batch.imported_at),
                     batch.sha256[:SHA_SHOWN]]
            for column, value in enumerate(cells):
                self.table.setItem(row, column, self._cell(value))
        self.table.resizeColumnsToContents()
        for column in range(1, self.table.columnCount()):  # room between the headings
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 16)
        self._update_buttons()

    def _purses(self, batch: Batch) -> str:
        names = self.purse_names()
        return " + ".join(names.get(p, p) for p in batch.purses) or self.tr("none (no rows)")

    def _period(self, batch: Batch) -> str:
        if batch.period_from is None or batch.period_to is None:
            return ""
        return f"{batch.period_from.isoformat()} – {batch.period_to.isoformat()}"

    @staticmethod
    def _cell(value: str | int) -> QTableWidgetItem:
        item = QTableWidgetItem(str(value))
        if isinstance(value, int):  # counts line up on the right, like numbers do
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def selected_batch(self) -> Batch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None)
        # Only a file whose rows all went to one purse can move to the other one.
        self.move_button.setEnabled(batch is not None and len(batch.purses) == 1)

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

    def move_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or len(batch.purses) != 1:
            return
        names = self.purse_names()
        target = "bank" if batch.purses[0] == "medical" else "medical"
        question = self.tr("Move the %1 rows of “%2” from the %3 to the %4?").replace(
            "%1", str(batch.rows_new)).replace("%2", batch.file_name).replace(
            "%3", names[batch.purses[0]]).replace("%4", names[target])
        question += "\n\n" + self.tr("Rows the other purse holds already are not doubled.")
        answer = QMessageBox.question(
            self, self.tr("Move to the other purse"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.move(batch.id, target)
        except UserError as error:  # e.g. the file filled both purses
            from balanceview.ui.errors import show_error

            show_error(self, self.tr("The rows could not be moved."), str(error))
        self.refresh()

    def show_backups(self) -> None:
        from balanceview.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.session, self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()  # a backup put back brings other files back, or takes some out

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
