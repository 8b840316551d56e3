"""The transactions table: a well-behaved lazy model, search, filters, sorting and selection."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from balanceview.core import browse
from balanceview.core.browse import BrowseFilter
from balanceview.core.kinds import KINDS
from balanceview.ui.session import Session
from balanceview.ui.transactions import MINUS, TransactionsModel, TransactionsView
from tests.ui.conftest import card_ending


def arrived(qtbot, view: TransactionsView, change) -> None:  # type: ignore[no-untyped-def]
    """Make a change that asks for a new order, and wait until the rows are shown."""
    with qtbot.waitSignal(view.model.rows_ready, timeout=10_000):
        change()


@pytest.fixture
def view(qtbot, session: Session) -> TransactionsView:  # type: ignore[no-untyped-def]
    shown = TransactionsView()
    qtbot.addWidget(shown)
    shown.resize(1000, 500)
    shown.show()
    arrived(qtbot, shown, lambda: shown.set_card(session, card_ending(session, "0001")))
    return shown  # medical_spent_down.csv


AMOUNT, BALANCE = browse.COLUMNS.index("amount"), browse.COLUMNS.index("balance")


def texts(view: TransactionsView, column: int) -> list[str]:
    model = view.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, session: Session) -> None:  # type: ignore[no-untyped-def]
    model = TransactionsModel()
    card = card_ending(session, "6666")  # both purses
    with qtbot.waitSignal(model.rows_ready, timeout=10_000):
        model.set_query(session, BrowseFilter(card_id=card.id))
    assert model.rowCount() == 20
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.rows_ready, timeout=10_000):
        model.sort(AMOUNT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_the_table_shows_the_sample_rows(view: TransactionsView) -> None:
    assert view.model.rowCount() == 14
    assert view.count_label.text() == "14 transaction(s)"
    first = [view.model.data(view.model.index(0, column)) for column in range(8)]
    assert first == ["2024-01-15 08:30:12", "Medical", "Contribution", "+186.40", "698.70",
                     "划入 2024年01月职工医保个人账户划入", "", "medical_spent_down.csv:8"]
    assert texts(view, AMOUNT)[-1] == f"{MINUS}238.20"
    assert texts(view, BALANCE)[-1] == "0.00"


def test_credits_and_debits_differ_by_sign_and_colour(view: TransactionsView) -> None:
    model = view.model
    credit, debit = model.index(0, AMOUNT), model.index(1, AMOUNT)
    assert model.data(credit).startswith("+") and model.data(debit).startswith(MINUS)
    colours = (model.data(credit, Qt.ItemDataRole.ForegroundRole),
               model.data(debit, Qt.ItemDataRole.ForegroundRole))
    assert None not in colours and colours[0] != colours[1]
    right = int(model.data(credit, Qt.ItemDataRole.TextAlignmentRole))
    assert right & int(Qt.AlignmentFlag.AlignRight)


def test_search_filters_the_rows(qtbot, view: TransactionsView) -> None:  # type: ignore[no-untyped-def]
    view.search.setText("一心堂")  # set, not typed: keyClicks of Chinese can crash PySide6
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert set(texts(view, browse.COLUMNS.index("institution"))) == {"一心堂(南内环店)"}
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 14)
    qtbot.keyClicks(view.search, "NOTHING")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)


def test_purse_kind_and_date_filters(qtbot, view: TransactionsView) -> None:  # type: ignore[no-untyped-def]
    arrived(qtbot, view, lambda: view.kind.setCurrentIndex(view.kind.findData("pharmacy")))
    assert set(texts(view, 2)) == {"Pharmacy"} and view.model.rowCount() == 5
    arrived(qtbot, view, lambda: view.kind.setCurrentIndex(0))
    arrived(qtbot, view, lambda: view.purse.setCurrentIndex(view.purse.findData("bank")))
    assert view.model.rowCount() == 0
    arrived(qtbot, view, lambda: view.purse.setCurrentIndex(0))
    view.first_day.setDate(QDate(2024, 9, 1))
    arrived(qtbot, view, lambda: view.use_from.setChecked(True))
    assert texts(view, 0) == ["2024-09-14 17:36:02", "2024-10-18 19:03:45"]
    assert view.current_filter().first_day == date(2024, 9, 1)


def test_every_kind_has_a_readable_name(view: TransactionsView) -> None:
    names = view.model.kind_names
    assert set(names) == set(KINDS)
    assert all(name and "_" not in name for name in names.values())
    assert view.kind.count() == len(KINDS) + 1  # and "All kinds"


def test_sorting_by_a_header_requeries(qtbot, view: TransactionsView) -> None:  # type: ignore[no-untyped-def]
    arrived(qtbot, view, lambda: view.table.sortByColumn(AMOUNT, Qt.SortOrder.AscendingOrder))
    assert texts(view, AMOUNT)[0] == f"{MINUS}356.80"
    arrived(qtbot, view, lambda: view.table.sortByColumn(AMOUNT, Qt.SortOrder.DescendingOrder))
    assert texts(view, AMOUNT)[0] == "+186.40"


def test_the_old_rows_stay_until_the_new_order_arrives(qtbot, view: TransactionsView) -> None:  # type: ignore[no-untyped-def]
    by_date = texts(view, AMOUNT)
    with qtbot.waitSignal(view.model.rows_ready, timeout=10_000):
        view.table.sortByColumn(AMOUNT, Qt.SortOrder.AscendingOrder)
        # Asked, not yet answered: the table still shows the rows in their old order.
        assert view.model.busy and texts(view, AMOUNT) == by_date
        assert view.count_label.text() == "Updating…"
    assert not view.model.busy and texts(view, AMOUNT) == sorted(
        by_date, key=lambda text: float(text.replace(MINUS, "-").replace(",", "")))
    assert view.count_label.text() == "14 transaction(s)"


def test_only_the_latest_question_is_answered(qtbot, view: TransactionsView) -> None:  # type: ignore[no-untyped-def]
    shown: list[int] = []
    view.model.rows_ready.connect(lambda: shown.append(view.model.rowCount()))
    for kind in ("pharmacy", "contribution", "outpatient", "family_aid"):
        view.kind.setCurrentIndex(view.kind.findData(kind))
    qtbot.waitUntil(lambda: not view.model.busy, timeout=10_000)
    assert shown == [1] and set(texts(view, 2)) == {"Family aid (共济)"}


def test_the_window_connection_stays_on_the_gui_thread(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    import threading

    threads: set[str] = set()
    session.store.conn.set_trace_callback(
        lambda _sql: threads.add(threading.current_thread().name))
    shown = TransactionsView()
    qtbot.addWidget(shown)
    arrived(qtbot, shown, lambda: shown.set_card(session, card_ending(session, "6666")))
    arrived(qtbot, shown, lambda: shown.table.sortByColumn(AMOUNT, Qt.SortOrder.AscendingOrder))
    arrived(qtbot, shown, lambda: (shown.search.setText("结息"), shown._debounce.timeout.emit()))
    assert shown.model.rowCount() > 0 and texts(shown, 0)
    session.store.conn.set_trace_callback(None)
    assert threads == {threading.main_thread().name}


def selected_ids(view: TransactionsView) -> set[int]:
    rows = view.table.selectionModel().selectedRows()
    return {view.model.transaction_id(index.row()) for index in rows}


def test_select_transactions_selects_and_shows_them(view: TransactionsView) -> None:
    wanted = [view.model.transaction_id(row) for row in (2, 3, 9)]
    view.select_transactions(wanted)
    assert selected_ids(view) == set(wanted)
    assert view.table.currentIndex().row() == 2


def test_select_transactions_clears_filters_that_hide_them(qtbot, view: TransactionsView) -> None:  # type: ignore[no-untyped-def]
    wanted = [view.model.transaction_id(row) for row in (0, 13)]  # a credit and the last debit
    view.search.setText("药店")
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    arrived(qtbot, view, lambda: view.select_transactions(wanted))
    assert view.search.text() == "" and view.model.rowCount() == 14
    assert selected_ids(view) == set(wanted)


def test_refresh_keeps_filters_and_rereads(qtbot, view: TransactionsView) -> None:  # type: ignore[no-untyped-def]
    arrived(qtbot, view, lambda: view.kind.setCurrentIndex(view.kind.findData("contribution")))
    arrived(qtbot, view, view.refresh)
    assert view.model.rowCount() == 6 and set(texts(view, 2)) == {"Contribution"}
