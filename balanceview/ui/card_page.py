"""The selected card: both balances side by side, the explanation, the transactions, the chart."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from balanceview.core.ledger import CardInfo, PurseBalance
from balanceview.ui.balance_panel import BalancePanel
from balanceview.ui.card_list import CardList
from balanceview.ui.chart import ChartView
from balanceview.ui.explanation_pane import ExplanationPane
from balanceview.ui.language import explanation_lang
from balanceview.ui.lower_split import LowerSplit
from balanceview.ui.session import Session
from balanceview.ui.transactions import TransactionsView

RETRIES = 5  # an explanation that cannot see the card yet is asked again, this many times
RETRY_MS = 200


class CardPage(QWidget):
    card_changed = Signal(object)  # CardInfo
    details_shown = Signal(object)  # CardInfo: the explanation is filled

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.card: CardInfo | None = None
        self.explained = None
        self.purses: list[PurseBalance] = []  # the selected card's balances, read once per show
        self._task = None
        self._attempts = 0
        self.cards = CardList(explanation_lang(language))
        self.cards.currentItemChanged.connect(self._card_chosen)
        self.cards.rename_requested.connect(self.rename_card)
        self.demo_label = QLabel()
        self.demo_label.setWordWrap(True)
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
        self.lower = LowerSplit(self.explanation, self.tabs)
        right = QVBoxLayout()
        right.addWidget(self.demo_label)
        right.addLayout(panels)
        right.addWidget(self.lower, 1)
        outer = QHBoxLayout(self)
        outer.addWidget(self.cards.box)
        outer.addLayout(right, 1)

    def refresh(self, select: int | None = None) -> None:
        """Read everything again: the card list, and the card `select` (the one an import just
        touched), else the one shown, else the first."""
        cards = self.session.cards()
        keep = select if select is not None else (self.card.id if self.card else None)
        balances = {card.id: self.session.balances(card) for card in cards} \
            if len(cards) > 1 else {}
        self.cards.show_cards(cards, balances, keep)
        self.demo_label.setVisible(self.session.is_demo)
        self.demo_label.setText(self.tr("Demo: sample statements, not your data."))
        if cards:
            self._show(cards[max(0, self.cards.currentRow())])

    def _card_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._show(item.data(Qt.ItemDataRole.UserRole))

    def _show(self, card: CardInfo) -> None:
        """Balances at once; the explanation, table and chart right after the window paints,
        so a million-row card opens without a wait."""
        self.card = card
        self.explained = None
        self._attempts = 0
        self.purses = self.session.balances(card)
        for purse in self.purses:
            self.panels[purse.kind].show_purse(purse, "")
        self.card_changed.emit(card)
        # The page as context: a window closed meanwhile (a test, a change of language)
        # takes the pending call with it.
        QTimer.singleShot(0, self, lambda: self._show_details(card))

    def _show_details(self, card: CardInfo) -> None:
        if self.card is not card or self.session.closed:
            return  # another card was chosen (or the data changed) meanwhile
        # A purse whose balance no statement states: its rows' running sum is no balance.
        unknown = frozenset(purse.kind for purse in self.purses if purse.unknown)
        self.transactions.set_card(self.session, card, unknown)  # rows come in the background
        self.chart.set_card(self.session, card, unknown)
        self._explain(card)

    def _explain(self, card: CardInfo) -> None:
        # A million-row card takes a moment to explain: the window stays live meanwhile.
        # Bound methods, not lambdas: Qt drops the connection if this page is destroyed first.
        self._task = self.session.explain_in_background(
            card, explanation_lang(self.language), done=self._explained,
            failed=self._explain_failed)

    def _explain_failed(self, error: BaseException) -> None:
        from balanceview.ui.errors import show_error

        if not self.session.closed:
            show_error(self, self.tr("The explanation could not be worked out just now. "
                                     "Choose the card again, or press F5 to read the data "
                                     "again."), str(error))

    def _explained(self, explained) -> None:  # type: ignore[no-untyped-def]
        card = self.card
        if card is None or self.session.closed:
            return
        if explained is None:  # its own connection did not see the card (yet): ask again
            if self._attempts < RETRIES:
                self._attempts += 1
                QTimer.singleShot(RETRY_MS, self,
                                  lambda: self.card is card and self._explain(card))
            return
        if explained.card_id != card.id:
            return  # another card was chosen meanwhile
        self.explained = explained
        for purse in self.purses:  # as _show read them: counting a million rows once is enough
            said = self.explained.purse(purse.kind)
            self.panels[purse.kind].show_purse(purse, said.headline or said.verdict)
        self.explanation.show_explanation(self.explained)
        self.details_shown.emit(card)

    def show_transactions(self, ids: list[int]) -> None:
        self.tabs.setCurrentWidget(self.transactions)
        self.transactions.select_transactions(ids)

    def rename_card(self) -> None:
        """The holder's own name for the card shown (empty: its number again)."""
        card = self.card
        if card is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename card"),
            self.tr("A name for this card (for example, “Mother's card”). Leave it empty to "
                    "show the card's number again."), QLineEdit.EchoMode.Normal, card.name or "")
        if ok:
            self.session.rename(card.id, name)
