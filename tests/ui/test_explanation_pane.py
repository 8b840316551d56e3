"""The explanation pane: the reasons read as the engine wrote them; evidence links pick rows."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from balanceview.core.explain import CardExplanation, explain_card
from balanceview.ui.explanation_pane import ExplanationPane
from balanceview.ui.session import Session

AS_OF = date(2024, 12, 31)



def spent_down_card(session: Session, lang: str) -> CardExplanation:
    card = next(c for c in session.cards() if (c.number or "").endswith("0001"))
    return explain_card(session.store.conn, card, AS_OF, lang)


@pytest.fixture
def pane(qtbot, session: Session) -> ExplanationPane:  # type: ignore[no-untyped-def]
    shown = ExplanationPane()
    qtbot.addWidget(shown)
    shown.resize(520, 900)
    shown.show_explanation(spent_down_card(session, "en"))
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def link_point(pane: ExplanationPane, text: str) -> QPoint:
    """Where `text` (a link) is drawn in the browser's viewport, scrolled into view."""
    found = pane.browser.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 2)
    pane.browser.setTextCursor(cursor)
    pane.browser.ensureCursorVisible()
    return pane.browser.cursorRect(cursor).center()


def test_the_pane_shows_the_spent_down_reason_bridge_and_steps(
        pane: ExplanationPane, session: Session) -> None:
    medical = spent_down_card(session, "en").purse("medical")
    assert medical is not None
    text = pane.browser.toPlainText()
    spent_down = medical.reason("spent_down")
    assert spent_down is not None
    assert spent_down.text in text
    assert "At zero" in text  # the purse at zero is marked in words, not by colour alone
    for amount in ("512.30", "1,118.40", "1,630.70"):  # opening + credits - debits, grouped
        assert amount in text
    assert medical.next_steps[0] in text
    assert "一心堂(南内环店)" in text  # an evidence row's description


def test_clicking_the_evidence_link_emits_its_transaction_ids(
        qtbot, pane: ExplanationPane, session: Session) -> None:  # type: ignore[no-untyped-def]
    medical = spent_down_card(session, "en").purse("medical")
    assert medical is not None
    spent_down = medical.reason("spent_down")
    assert spent_down is not None
    wanted = [row.id for row in spent_down.evidence]
    point = link_point(pane, f"Show these {len(wanted)} transactions in the table")
    with qtbot.waitSignal(pane.evidence_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(pane.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [wanted]


def test_a_single_transaction_link_says_so(pane: ExplanationPane) -> None:
    assert "Show this transaction in the table" in pane.browser.toPlainText()
    assert "these 1 transactions" not in pane.browser.toPlainText()


def test_the_sentences_come_in_the_engine_language(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    pane = ExplanationPane()
    qtbot.addWidget(pane)
    pane.show_explanation(spent_down_card(session, "zh"))
    assert "一心堂（南内环店）的购药用完了余额" in pane.browser.toPlainText()


def test_an_empty_pane_invites_a_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = ExplanationPane()
    qtbot.addWidget(pane)
    assert "Choose a card" in pane.browser.toPlainText()
