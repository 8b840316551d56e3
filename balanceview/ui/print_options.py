"""Before printing: the statement's period (what the explanation speaks of) or every row."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

SETTING = "print/full_history"


class PrintOptionsDialog(QDialog):
    """Two choices, the last one used chosen; Enter takes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What to print"))
        intro = QLabel(self.tr("Which transactions should the printed pages list?"))
        intro.setWordWrap(True)
        self.period = QRadioButton(self.tr("The statement's &period: the transactions "
                                           "that explain the balance"))
        self.full = QRadioButton(self.tr("The &whole history: every transaction "
                                         "imported (may be many pages)"))
        group = QButtonGroup(self)
        for button in (self.period, self.full):
            group.addButton(button)
        full = QSettings().value(SETTING, False, type=bool)
        (self.full if full else self.period).setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.period, self.full, buttons):
            layout.addWidget(widget)

    def full_history(self) -> bool:
        return self.full.isChecked()

    def accept(self) -> None:
        QSettings().setValue(SETTING, self.full_history())
        super().accept()


def ask_full_history(parent: QWidget | None) -> bool | None:
    """True for the whole history, False for the statement's period, None if cancelled."""
    dialog = PrintOptionsDialog(parent)
    try:
        return dialog.full_history() if dialog.exec() else None
    finally:
        dialog.deleteLater()
