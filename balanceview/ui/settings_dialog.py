"""The two things a person may change: the language and where the database lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from balanceview.core.paths import default_database
from balanceview.ui.language import LANGUAGES


class SettingsDialog(QDialog):
    """Only asks; the main window decides what a new language or database means."""

    def __init__(self, language: str, database_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._original_database = database_path
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.path_edit = QLineEdit(str(database_path))
        self.path_edit.setMinimumWidth(420)
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.default_button = QPushButton(self.tr("Use the &default"))
        self.choose_button.clicked.connect(self.choose_database)
        self.default_button.clicked.connect(self.use_default)
        self._lay_out()

    def _lay_out(self) -> None:
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        path_row.addWidget(self.default_button)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("Data&base:"), path_row)
        # The label's buddy gives the path field its accessible name and Alt shortcut.
        label = form.labelForField(path_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.path_edit)
        hint = QLabel(self.tr("Another file opens the database kept there, or starts an empty "
                              "one; nothing is copied, moved or deleted."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def choose_database(self) -> None:
        # A save dialog, since the file may not exist yet: a new database is made there.
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Where to keep the database"), self.path_edit.text(),
            self.tr("BalanceView database (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.path_edit.setText(chosen)

    def use_default(self) -> None:
        self.path_edit.setText(str(default_database()))

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def database(self) -> Path:
        """The chosen path; the current one when the field was left empty."""
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else self._original_database
