"""The first page of an empty database: two big ways in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    import_requested = Signal()
    samples_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(self.tr("Why is my balance 0.00?"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(self.tr(
            "A social security card has two separate purses: the medical insurance personal "
            "account and the card's bank account. Import a statement downloaded from your bank "
            "or from the medical insurance app, and BalanceView explains each balance, "
            "transaction by transaction."))
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = QPushButton(self.tr("Import a statement…"))
        self.samples_button = QPushButton(self.tr("Open the sample data"))
        for button in (self.import_button, self.samples_button):
            button.setMinimumHeight(44)
            button.setMinimumWidth(280)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_requested)
        self.samples_button.clicked.connect(self.samples_requested)
        for widget in (self.title, self.intro):
            layout.addWidget(widget)
        layout.addSpacing(24)
        for button in (self.import_button, self.samples_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.setContentsMargins(80, 40, 80, 40)
