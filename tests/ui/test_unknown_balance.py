"""A statement whose balance column holds no balance (ICBC writes xx,yyyy.zz): the window says
the balance is unknown and gives the net change of the rows, never their sum as money on the
card; the import report says the balance column could not be read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt

from balanceview.core.browse import COLUMNS
from balanceview.ui.language import install_translators
from balanceview.ui.main_window import MainWindow
from tests.ui.test_import_dialog import open_dialog, session, shown_errors

__all__ = ["session", "shown_errors"]  # fixtures shared with the dialog's own tests

ICBC = ["中国工商银行 借记卡明细", "交易日期,摘要,收入,支出,余额",
        '2024-05-02,工资,"3,000.00",,"xx,yyyy.zz"',
        '2024-05-05,消费,,"4,399.34","xx,yyyy.zz"',
        '2024-05-08,消费,,"0.00","xx,yyyy.zz"']
WORDS = {"en": ("Balance unknown", "as of 2024-05-08, net change \u22121,399.34",
                "the balance column 余额 (E) holds no readable balance"),
         "zh": ("余额不详", "截至 2024-05-08，净变化 \u22121,399.34", "余额列“余额 (E)”里没有可读的余额")}


@pytest.fixture(params=["en", "zh"])
def lang(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    QSettings().setValue("language", "zh_CN" if request.param == "zh" else "en")
    install_translators(qapp, "zh_CN" if request.param == "zh" else "en")
    yield request.param
    install_translators(qapp, "en")


def test_an_unreadable_balance_column_shows_an_unknown_balance(  # type: ignore[no-untyped-def]
        qtbot, session, shown_errors, write_statement, lang: str) -> None:
    unknown, as_of, note = WORDS[lang]
    dialog = open_dialog(qtbot, session, write_statement("工行.csv", ICBC))
    with qtbot.waitSignal(session.changed, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert note in dialog.outcome.summary.text()  # the report says what the file lacks
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    window = MainWindow(session, "zh_CN" if lang == "zh" else "en")
    qtbot.addWidget(window)
    page = window.card_page
    with qtbot.waitSignal(page.details_shown, timeout=10_000):
        window.show()
    bank = page.panels["bank"]
    assert bank.balance.text() == unknown
    assert bank.as_of.text() == as_of
    shown = " ".join(label.text() for label in (bank.balance, bank.as_of, bank.verdict))
    assert "¥" not in shown  # no figure is shown as money on the card
    # Nor as a balance in the table (its running sum: -1,399.34), nor as a line in the chart.
    model = page.transactions.model
    qtbot.waitUntil(lambda: not model.busy and model.rowCount() == 3, timeout=10_000)
    column = COLUMNS.index("balance")
    assert [model.data(model.index(row, column)) for row in range(3)] == ["", "", ""]
    assert [model.data(model.index(row, COLUMNS.index("amount"))) for row in range(3)] == [
        "+3,000.00", "\u22124,399.34", "0.00"]
    assert page.chart.lines() == []
