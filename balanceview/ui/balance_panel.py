"""One purse at a glance: what it is, where it is used, its balance and the verdict."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from balanceview.core.dates import posted_to_iso
from balanceview.core.ledger import PurseBalance
from balanceview.core.money import format_fen
from balanceview.ui.transactions import signed_money


class BalancePanel(QFrame):
    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"panel_{kind}")
        self.name = QLabel()
        self.use = QLabel()
        self.balance = QLabel()
        self.as_of = QLabel()
        self.verdict = QLabel()
        for label in (self.name, self.use, self.verdict):  # narrow screens: lines, not width
            label.setWordWrap(True)
        big = self.balance.font()
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.balance.setFont(big)
        heading = self.name.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.2)
        self.name.setFont(heading)
        layout = QVBoxLayout(self)
        for widget in (self.name, self.use, self.balance, self.as_of, self.verdict):
            layout.addWidget(widget)
        self.balance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._describe()

    def _describe(self) -> None:
        if self.kind == "medical":
            self.name.setText(self.tr("Medical insurance personal account (医保个人账户)"))
            self.use.setText(self.tr("Kept by the medical insurance agency; spent at designated "
                                     "hospitals and pharmacies."))
        else:
            self.name.setText(self.tr("Bank account (银行账户 / 金融功能)"))
            self.use.setText(self.tr("Kept by the card's bank: deposits, withdrawals, pension "
                                     "and reimbursements."))

    def show_purse(self, purse: PurseBalance, verdict: str) -> None:
        if purse.unknown:
            # Rows, but no statement says what the purse holds: their sum is a change, never
            # money on the card.
            self.balance.setText(self.tr("Balance unknown"))
        elif purse.balance_fen is None:
            self.balance.setText(self.tr("Not imported"))
        else:
            self.balance.setText(self.tr("¥ %1").replace("%1", format_fen(purse.balance_fen, True)))
        when = posted_to_iso(purse.last_posted, False) if purse.last_posted else ""
        facts = [self.tr("as of %1").replace("%1", when)] if when else []
        if purse.unknown and purse.net_change_fen is not None:
            facts.append(self.tr("net change %1").replace(
                "%1", signed_money(purse.net_change_fen)))  # as the table signs
        self.as_of.setText(self.tr(", ").join(facts))
        self.verdict.setText(verdict)
        at_zero = purse.balance_fen == 0
        # A purse at zero stands out by weight and a border, not by colour alone.
        self.setProperty("atZero", at_zero)
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ border: 2px solid palette(highlight); }}"
                           if at_zero else "")
        font = self.verdict.font()
        font.setBold(at_zero)
        self.verdict.setFont(font)
        self.balance.setAccessibleName(f"{self.name.text()}: {self.balance.text()}")
