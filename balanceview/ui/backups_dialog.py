"""The backups taken before each import, undo or move: when, before what, how large; Restore
puts one back after saying what will change, and the whole window then shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balanceview.core.errors import UserError
from balanceview.core.store.backup_changes import Changes, HeldImport
from balanceview.core.store.backups import Backup
from balanceview.ui import errors, tasks
from balanceview.ui.choice_table import choice_table
from balanceview.ui.geometry import resize_to_fit
from balanceview.ui.language import chosen_language, explanation_lang
from balanceview.ui.session import Session

TAKEN = "%Y-%m-%d %H:%M:%S"  # the computer's own time, as the backup's name keeps it


class BackupsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = explanation_lang(getattr(parent, "language", None) or chosen_language())
        self.task: tasks.Task | None = None  # a restore under way
        self.setWindowTitle(self.tr("Backups"))
        intro = QLabel(self.tr(
            "Before each import, undo or move, BalanceView keeps a copy of all your data; the "
            "last five are kept. Putting one back returns all your data to how it was then."))
        intro.setWordWrap(True)
        self.table = self._make_table()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.status_label, self.buttons):
            layout.addWidget(widget)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        resize_to_fit(self, 900, 360)
        self.refresh()

    def _make_table(self) -> QTableWidget:
        headers = [self.tr("Taken"), self.tr("Taken before"), self.tr("Size")]
        return choice_table(headers, self.tr("Backups"))

    def refresh(self) -> None:
        self.table.clearSelection()  # the rows shift after a restore: nothing stays chosen
        self.backups = self.session.backups()
        self.table.setRowCount(len(self.backups))
        for row, (backup, followed) in enumerate(self.backups):
            size = QTableWidgetItem(self.size_text(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, QTableWidgetItem(backup.taken.strftime(TAKEN)))
            self.table.setItem(row, 1, QTableWidgetItem(self.before_text(backup, followed)))
            self.table.setItem(row, 2, size)
        self.table.resizeColumnsToContents()
        # The reason takes the room: it names the file, and a file name can be long.
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if not self.backups:
            self.status_label.setText(self.tr(
                "No backup yet: the first one is taken before your next import, undo or move."))
        self._update_buttons()

    def size_text(self, size: int) -> str:
        if size < 1024 * 1024:
            return self.tr("%1 KB").replace("%1", f"{max(1, round(size / 1024))}")
        return self.tr("%1 MB").replace("%1", f"{size / 1024 / 1024:.1f}")

    def before_text(self, backup: Backup, followed: Changes | None) -> str:
        """What the backup was taken before, as the change it preceded did it."""
        if followed is None:
            return self.tr("(this backup cannot be read)")
        if backup.why == "import" and followed.added:
            return self.tr("importing %1").replace("%1", self.files(followed.added))
        if backup.why == "undo" and followed.removed:
            return self.tr("undoing the import of %1").replace("%1", self.files(followed.removed))
        if backup.why == "move" and followed.moved:
            return self.tr("moving %1 to the %2").replace("%1", self.files(followed.moved)) \
                .replace("%2", self.purse(followed.moved[0]))
        # Nothing came of it, or the next backup is damaged: then say only why it was taken.
        reasons = {"import": self.tr("an import that added nothing") if followed.known
                   else self.tr("an import"),
                   "undo": self.tr("an undo"), "move": self.tr("a move"),
                   "restore": self.tr("putting back an earlier backup")}
        return reasons.get(backup.why, backup.why)

    def files(self, held: tuple[HeldImport, ...]) -> str:
        return self.tr(", ").join(f"“{i.file_name}”" for i in held)

    def purse(self, held: HeldImport) -> str:
        names = {"medical": self.tr("medical account"), "bank": self.tr("bank account")}
        return " + ".join(names.get(p, p) for p in held.purses)

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()][0] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.task is None and self.selected() is not None)

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or self.task is not None:
            return
        try:
            changes = self.session.restoring(backup)
        except UserError as error:  # gone or damaged: nothing to ask about
            self._refused(error)
            return
        if not self._confirmed(backup, changes):
            return
        self.status_label.setText(self.tr("Putting the backup back…"))
        self.task = self.session.restore_in_background(
            backup.name, done=self._restored, failed=self._restore_failed)
        self._update_buttons()

    def _confirmed(self, backup: Backup, changes: Changes) -> bool:
        # The backup's reason as the list says it, so the question names the same moment.
        followed = next(f for b, f in self.backups if b.name == backup.name)
        question = self.tr("Put back the backup taken at %1, before %2?").replace(
            "%1", backup.taken.strftime(TAKEN)).replace("%2", self.before_text(backup, followed))
        question += "\n\n" + self.changes_text(changes) + "\n\n" + self.tr(
            "Your data as it is now is backed up first (it will be at the top of this list), "
            "so you can come back to it.")
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def changes_text(self, changes: Changes) -> str:
        """What putting the backup back changes, file by file."""
        if changes.none:
            return self.tr("The imported files stay as they are.")
        lines = [self.tr("After it is put back:")]
        lines += ["• " + self.tr("“%1” is taken out (%2)").replace("%1", i.file_name)
                  .replace("%2", self.rows(i.rows)) for i in changes.removed]
        lines += ["• " + self.tr("“%1” comes back (%2)").replace("%1", i.file_name)
                  .replace("%2", self.rows(i.rows)) for i in changes.added]
        lines += ["• " + self.tr("“%1” goes back to the %2").replace("%1", i.file_name)
                  .replace("%2", self.purse(i)) for i in changes.moved]
        return "\n".join(lines)

    def rows(self, count: int) -> str:
        # English wants the singular spelled out; "%n rows" alone would read "1 rows".
        return self.tr("1 row") if count == 1 else self.tr("%n rows", "", count)

    def _restored(self, saved: Backup | None) -> None:
        self.task = None
        self.refresh()
        self.status_label.setText(self.tr(
            "Done: your data is back as it was then. The data from just before is kept as the "
            "newest backup."))

    def _restore_failed(self, error: BaseException) -> None:
        self.task = None
        self.refresh()
        if isinstance(error, UserError):
            self._refused(error)
        else:  # a bug: logged, told in plain words, and the dialog stays usable
            self.status_label.clear()
            errors.handle_exception(type(error), error, error.__traceback__)

    def _refused(self, error: UserError) -> None:
        self.status_label.setText(self.tr("Nothing was changed."))
        errors.show_error(self, self.tr("The backup was not put back; your data is as it "
                                        "was.") + "\n\n" + error.text(self.lang))

    def reject(self) -> None:
        """Close waits for a restore under way: it is quick, and must be seen through."""
        if self.task is None:
            super().reject()
