"""The selected card explained: each purse's verdict, bridge, reasons with evidence, next steps."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from balanceview.core.dates import posted_to_iso
from balanceview.core.explain.model import Bridge, CardExplanation, PurseExplanation, Reason
from balanceview.core.money import format_fen

EVIDENCE_SCHEME = "evidence"
SHOWN_ROWS = 12  # rows printed under one reason; its link still selects every one of them
TABLE = "border='1' cellspacing='0' cellpadding='5'"


def money(fen: int, signed: bool = False) -> str:
    """1,234.56; with `signed`, credits carry a + so the sign, not colour, tells them apart."""
    text = format_fen(fen, grouping=True)
    return f"+{text}" if signed and fen > 0 else text


class ExplanationPane(QWidget):
    evidence_clicked = Signal(list)  # transaction ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # our links select rows in the table, they go nowhere
        self.browser.setAccessibleName(self.tr("Explanation"))
        self.browser.anchorClicked.connect(self._anchor_clicked)
        font = self.browser.font()
        font.setPointSizeF(max(font.pointSizeF() * 1.1, 10.5))  # read by older eyes too
        self.browser.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._shown: CardExplanation | None = None
        self._evidence: list[list[int]] = []  # a link's number -> the ids it selects
        self.show_explanation(None)

    def show_explanation(self, card: CardExplanation | None) -> None:
        self._shown = card
        self._evidence = []
        self.browser.document().setDefaultStyleSheet(self._style())
        if card is None:
            empty = self.tr("Choose a card to see why its balances are what they are.")
            html = f"<p>{escape(empty)}</p>"
        else:
            html = "<hr/>".join(self._purse_html(purse) for purse in card.purses)
        self.browser.setHtml(html)

    def _style(self) -> str:
        # Colours from the palette, so the table lines suit a dark theme as well as a light one.
        lines = self.palette().color(QPalette.ColorRole.Mid).name()
        return (f"table {{ border-color: {lines}; border-style: solid; }}"
                "td.amount, th.amount { text-align: right; white-space: nowrap; }"
                "td.date { white-space: nowrap; } th { text-align: left; }"
                "p.reason { margin-top: 18px; }")

    def _purse_html(self, purse: PurseExplanation) -> str:
        parts = [f"<h2>{escape(self._purse_name(purse.kind))}</h2>", self._verdict_html(purse)]
        if purse.bridge is not None:
            parts.append(self._bridge_html(purse.bridge))
        if purse.reasons:
            why = self.tr("Why")  # outside the f-string, where lupdate can find it
            parts.append(f"<h3>{escape(why)}</h3>")
            parts.extend(self._reason_html(reason) for reason in purse.reasons)
        if purse.next_steps:
            steps = "".join(f"<li>{escape(step)}</li>" for step in purse.next_steps)
            todo = self.tr("What you can do")
            parts.append(f"<h3>{escape(todo)}</h3><ol>{steps}</ol>")
        return "".join(parts)

    def _purse_name(self, kind: str) -> str:
        if kind == "medical":
            return self.tr("Medical insurance personal account (医保个人账户)")
        return self.tr("Bank account (银行账户 / 金融功能)")

    def _verdict_html(self, purse: PurseExplanation) -> str:
        verdict = escape(purse.verdict)
        if purse.balance_fen != 0:
            return f"<p>{verdict}</p>"
        # At zero: a framed box, a word and bold type, so it stands out without colour.
        marker = escape(self.tr("At zero"))
        return (f"<table border='2' cellspacing='0' cellpadding='8' width='100%'><tr><td>"
                f"<b>■ {marker}</b><br/><b>{verdict}</b></td></tr></table>")

    def _bridge_html(self, bridge: Bridge) -> str:
        lines = [(self.tr("Opening balance"), money(bridge.opening_fen)),
                 (self.tr("+ Money in"), money(bridge.credits_fen)),
                 (self.tr("− Money out"), money(bridge.debits_fen))]
        if bridge.gap_fen:
            lines.append((self.tr("± Not explained by the statement"), money(bridge.gap_fen, True)))
        rows = "".join(f"<tr><td>{escape(label)}</td><td class='amount'>{amount}</td></tr>"
                       for label, amount in lines)
        closing_label = self.tr("= Closing balance")
        closing = (f"<tr><td><b>{escape(closing_label)}</b></td>"
                   f"<td class='amount'><b>{money(bridge.closing_fen)}</b></td></tr>")
        heading = escape(self.tr("How the balance came about"))
        return f"<h3>{heading}</h3><table {TABLE}>{rows}{closing}</table>"

    def _reason_html(self, reason: Reason) -> str:
        html = f"<p class='reason'>{escape(reason.text)}</p>"
        if not reason.evidence:
            return html
        return html + self._evidence_table(reason) + self._evidence_link(reason)

    def _evidence_table(self, reason: Reason) -> str:
        date, amount, description = self.tr("Date"), self.tr("Amount"), self.tr("Description")
        head = (f"<th>{escape(date)}</th><th class='amount'>{escape(amount)}</th>"
                f"<th>{escape(description)}</th>")
        rows = "".join(
            f"<tr><td class='date'>{posted_to_iso(row.posted, False)}</td>"
            f"<td class='amount'>{money(row.amount_fen, True)}</td>"
            f"<td>{escape(row.description)}</td></tr>" for row in reason.evidence[:SHOWN_ROWS])
        hidden = len(reason.evidence) - SHOWN_ROWS
        more_text = self.tr("… and %n more", "", hidden)
        more = f"<p>{escape(more_text)}</p>" if hidden > 0 else ""
        return f"<table {TABLE} width='100%'><tr>{head}</tr>{rows}</table>{more}"

    def _evidence_link(self, reason: Reason) -> str:
        self._evidence.append([row.id for row in reason.evidence])
        count = len(reason.evidence)
        # English needs the singular spelled out; %n alone would read "these 1 transactions".
        text = (self.tr("Show this transaction in the table") if count == 1
                else self.tr("Show these %n transactions in the table", "", count))
        href = f"{EVIDENCE_SCHEME}:{len(self._evidence) - 1}"
        return f"<p><a href='{href}'>{escape(text)}</a></p>"

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == EVIDENCE_SCHEME and url.path().isdigit():
            index = int(url.path())
            if index < len(self._evidence):
                self.evidence_clicked.emit(list(self._evidence[index]))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # A switch between light and dark redraws the tables in the new palette's colours.
        if event.type() == QEvent.Type.PaletteChange:
            self.show_explanation(self._shown)
        super().changeEvent(event)
