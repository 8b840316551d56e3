"""The purse and the card a file goes to, each with the reason beside its box; where the file
does not say (which purse, which card), the question, asked in plain words.

The reasons are the core's own (Preview.purse_reason, the card decision the import uses), so
what the dialog says is what the import does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from balanceview.core.messages import say
from balanceview.core.preview import Check


class Choices(QWidget):
    """Purse: [box] why · Card: [box] why, and the question when the dialog must ask."""

    def __init__(self, purse_box: QComboBox, card_box: QComboBox,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purse_box, self.card_box = purse_box, card_box
        self.purse_why = _reason_label()
        self.card_why = _reason_label()
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question.setAccessibleName(self.tr("Question"))
        # Framed, so it reads as something to answer and not as one more fact about the file.
        self.question_frame = QFrame()
        self.question_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.question_frame.setObjectName("question")
        self.question_frame.setStyleSheet(
            "QFrame#question { border: 2px solid palette(highlight); }")
        inside = QVBoxLayout(self.question_frame)
        inside.addWidget(self.question)
        self.question_frame.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (text, box, why) in enumerate((
                (self.tr("&Purse:"), purse_box, self.purse_why),
                (self.tr("&Card:"), card_box, self.card_why))):
            label = QLabel(text)
            label.setBuddy(box)
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(why, row, 2)
        grid.addWidget(self.question_frame, 2, 0, 1, 3)
        grid.setColumnStretch(2, 1)  # the reasons take the room; the boxes keep their size

    def show_check(self, result: Check | None, lang: str) -> None:
        """The reasons of the last check, or its question; nothing while it runs."""
        if result is None:
            self._say("", "", "")
            return
        preview, outcome = result.preview, result.outcome
        card_reason = outcome.card_reason if outcome is not None else preview.card_reason
        kind = result.refusal.kind if result.refusal is not None else ""
        question = {"which_purse": self.purse_question(),
                    "which_card": self.card_question()}.get(kind, "")
        self._say(say(preview.purse_reason, lang), say(card_reason, lang), question)
        self.purse_box.setAccessibleDescription(question if kind == "which_purse" else "")
        self.card_box.setAccessibleDescription(question if kind == "which_card" else "")

    def purse_question(self) -> str:
        return "\n".join((
            self.tr("Which purse is this file? It does not say, and BalanceView does not "
                    "guess."),
            "• " + self.tr("Medical account (医保个人账户): kept by the medical insurance "
                           "agency, it moves with the contributions paid into it and with "
                           "medical spending."),
            "• " + self.tr("Bank account (银行账户): the card's ordinary bank account, for "
                           "deposits, withdrawals, transfers and pension."),
            self.tr("Choose the purse in the Purse box above; the file is then checked again "
                    "and can be imported.")))

    def card_question(self) -> str:
        return self.tr("Which card is this file of? It names no card and no holder, and the "
                       "database holds several cards. Choose the card in the Card box above "
                       "(or type its number); the file is then checked again.")

    def _say(self, purse: str, card: str, question: str) -> None:
        for label, text in ((self.purse_why, purse), (self.card_why, card)):
            label.setText(text)
            label.setToolTip(text)
        self.question.setText(question)
        self.question_frame.setVisible(bool(question))


def _reason_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
