"""The selected card: both balances side by side, the explanation, the transactions, the chart."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from balanceview.core.ledger import CardInfo, PurseBalance
from balanceview.ui.balance_panel import BalancePanel
from balanceview.ui.chart import ChartView
from balanceview.ui.explanation_pane import ExplanationPane
from balanceview.ui.language import explanation_lang
from balanceview.ui.session import Session
from balanceview.ui.transactions import TransactionsView


class CardPage(QWidget):
    card_changed = Signal(object)  # CardInfo
    details_shown = Signal(object)  # CardInfo: explanation, table and chart are filled

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.card: CardInfo | None = None
        self.explained = None
        self.purses: list[PurseBalance] = []  # the selected card's balances, read once per show
        self.cards = QListWidget()
        self.cards.setAccessibleName(self.tr("Cards"))
        self.cards.setMaximumWidth(240)
        self.cards.currentItemChanged.connect(self._card_chosen)
        self.demo_label = QLabel()
        self.panels = {kind: BalancePanel(kind) for kind in ("medical", "bank")}
        self.explanation = ExplanationPane()
        self.transactions = TransactionsView()
        self.chart = ChartView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.transactions, self.tr("Transactions"))
        self.tabs.addTab(self.chart, self.tr("Balance over time"))
        self.explanation.evidence_clicked.connect(self.show_transactions)
        self._lay_out()

    def _lay_out(self) -> None:
        panels = QHBoxLayout()
        for panel in self.panels.values():
            panels.addWidget(panel, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.explanation)
        lower.addWidget(self.tabs)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)
        right = QVBoxLayout()
        right.addWidget(self.demo_label)
        right.addLayout(panels)
        right.addWidget(lower, 1)
        outer = QHBoxLayout(self)
        outer.addWidget(self.cards)
        outer.addLayout(right, 1)

    def refresh(self) -> None:
        """Reload the card list, keeping the selected card where it still exists."""
        cards = self.session.cards()
        keep = self.card.id if self.card else None
        self.cards.blockSignals(True)
        self.cards.clear()
        for card in cards:
            item = QListWidgetItem(f"{card.holder or ''}  {card.label}".strip())
            item.setData(Qt.ItemDataRole.UserRole, card)
            self.cards.addItem(item)
        self.cards.blockSignals(False)
        self.cards.setVisible(len(cards) > 1)
        self.demo_label.setVisible(self.session.is_demo)
        self.demo_label.setText(self.tr("Demo: sample statements, not your data."))
        index = next((i for i, c in enumerate(cards) if c.id == keep), 0)
        if cards:
            self.cards.blockSignals(True)  # shown once, below, not again by the selection signal
            self.cards.setCurrentRow(index)
            self.cards.blockSignals(False)
            self._show(cards[index])

    def _card_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._show(item.data(Qt.ItemDataRole.UserRole))

    def _show(self, card: CardInfo) -> None:
        """Balances at once; the explanation, table and chart right after the window paints,
        so a million-row card opens without a wait."""
        self.card = card
        self.explained = None
        self.purses = self.session.balances(card)
        for purse in self.purses:
            self.panels[purse.kind].show_purse(purse, "")
        self.card_changed.emit(card)
        QTimer.singleShot(0, lambda: self._show_details(card))

    def _show_details(self, card: CardInfo) -> None:
        if self.card is not card:
            return  # another card was chosen meanwhile
        # A million-row card takes a moment to explain: the window stays live meanwhile.
        # Bound methods, not lambdas: Qt drops the connection if this page is destroyed first.
        self._task = self.session.explain_in_background(
            card, explanation_lang(self.language), done=self._explained,
            failed=self._explain_failed)

    def _explain_failed(self, error: BaseException) -> None:
        from balanceview.ui.errors import show_error

        if not self.session.closed:
            show_error(self, self.tr("The balances could not be explained."), str(error))

    def _explained(self, explained) -> None:  # type: ignore[no-untyped-def]
        card = self.card
        if explained is None or card is None or explained.card_id != card.id \
                or self.session.closed:
            return  # another card was chosen, or the window closed, meanwhile
        self.explained = explained
        for purse in self.purses:  # as _show read them: counting a million rows once is enough
            explained = self.explained.purse(purse.kind)
            self.panels[purse.kind].show_purse(purse, explained.headline or explained.verdict)
        self.explanation.show_explanation(self.explained)
        self.transactions.set_card(self.session, card)
        self.chart.set_card(self.session, card)
        self.details_shown.emit(card)

    def show_transactions(self, ids: list[int]) -> None:
        self.tabs.setCurrentWidget(self.transactions)
        self.transactions.select_transactions(ids)
