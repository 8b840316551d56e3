"""The cards in the database, each with its two balances; shown when there is more than one."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMenu, QVBoxLayout, QWidget

from balanceview.core.ledger import CardInfo, PurseBalance
from balanceview.core.money import format_fen


class CardList(QListWidget):
    rename_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setAccessibleName(self.tr("Cards"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 22)
        self.setWordWrap(True)
        self.setSpacing(3)  # each card's three lines stand apart from the next card's
        self.setAlternatingRowColors(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.heading = QLabel(self.tr("&Cards"))
        self.heading.setBuddy(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.box = QWidget()  # the heading and the list, shown and hidden together
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self, 1)

    def show_cards(self, cards: list[CardInfo], balances: dict[int, list[PurseBalance]],
                   keep: int | None) -> None:
        """The list afresh, `keep` selected where it still exists (else the first card);
        selecting it here emits nothing: the page shows it itself."""
        self.blockSignals(True)
        self.clear()
        for card in cards:
            item = QListWidgetItem(self._text(card, balances.get(card.id, [])))
            item.setData(Qt.ItemDataRole.UserRole, card)
            if card.number:
                item.setToolTip(card.number)
            self.addItem(item)
        index = next((i for i, c in enumerate(cards) if c.id == keep), 0)
        if cards:
            self.setCurrentRow(index)
        self.blockSignals(False)
        self.box.setVisible(len(cards) > 1)

    def _text(self, card: CardInfo, purses: list[PurseBalance]) -> str:
        names = {"medical": self.tr("Medical"), "bank": self.tr("Bank")}
        lines = [card.title(self.lang)]
        for purse in purses:
            shown = self.tr("balance unknown") if purse.unknown else \
                self.tr("not imported") if purse.balance_fen is None else \
                "¥ " + format_fen(purse.balance_fen, True)
            lines.append(f"{names[purse.kind]}: {shown}")
        return "\n".join(lines)

    def _menu(self, where: QPoint) -> None:
        if self.itemAt(where) is None:
            return
        menu = QMenu(self)
        rename = QAction(self.tr("&Rename this card…"), menu)
        rename.triggered.connect(self.rename_requested)
        menu.addAction(rename)
        menu.exec(self.viewport().mapToGlobal(where))
