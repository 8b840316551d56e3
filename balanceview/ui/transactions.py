"""The transactions table: a lazy model over browse.ids, and the view with search and filters."""

from __future__ import annotations

import sqlite3
from array import array
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from balanceview.core import browse
from balanceview.core.browse import BrowseFilter, DisplayRow
from balanceview.core.kinds import KINDS
from balanceview.core.ledger import CardInfo
from balanceview.core.money import format_fen
from balanceview.ui import tasks
from balanceview.ui.session import Session

PAGE = 200  # rows fetched at once: a screenful or two, one small query
CACHE_ROWS = 20 * PAGE  # rows kept; the oldest pages go first
MINUS = "\N{MINUS SIGN}"  # wider than a hyphen: the sign must be seen, not just the colour
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def signed_money(fen: int) -> str:
    text = format_fen(abs(fen), grouping=True)
    return f"+{text}" if fen > 0 else f"{MINUS}{text}" if fen < 0 else text


def amount_colour(fen: int) -> QColor | None:
    """Green in, red out, in shades that stay readable on the palette's base colour."""
    if fen == 0:
        return None
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    if fen > 0:
        return QColor("#81c995" if dark else "#1e7b34")
    return QColor("#f28b82" if dark else "#b3261e")


class Query:
    """One background question for the ids in order; a newer one stops it."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.running = number > 0
        self.task: tasks.Task | None = None
        self._reader: sqlite3.Connection | None = None  # its connection, while it asks

    def work(self, database: Path, flt: BrowseFilter, order: tuple[str, bool]
             ) -> Callable[[tasks.Task], tuple[int, array[int] | None]]:
        number = self.number

        def ids(_task: tasks.Task) -> tuple[int, array[int] | None]:
            if not self.running:
                return number, None  # a newer question came before this one started
            reader = browse.open_reader(database)
            self._reader = reader
            try:
                return number, browse.ids(reader, flt, *order)
            except sqlite3.OperationalError:
                if not self.running:
                    return number, None  # interrupted by a newer question: no answer wanted
                raise
            finally:
                self._reader = None
                reader.close()

        return ids

    def stop(self) -> None:
        """The answer is no longer wanted: its query is interrupted where it runs."""
        self.running = False
        reader = self._reader
        if reader is not None:
            try:
                reader.interrupt()  # thread-safe, and harmless if the query just ended
            except sqlite3.ProgrammingError:
                pass  # closed meanwhile


class TransactionsModel(QAbstractTableModel):
    """Ids for every row, display rows only for the pages the view has asked for.

    The ids in order (a sort or a search over a million rows takes a second or more) are
    worked out in the background on a connection of their own; the rows shown stay until
    the new order arrives, then `rows_ready` is emitted. Pages of display rows are read on
    the GUI thread through the session's own connection: a few hundred rows by id."""

    query_started = Signal()  # a new order is on its way; the rows shown stay until it comes
    rows_ready = Signal()
    query_failed = Signal(object)  # the exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._filter = BrowseFilter(card_id=-1)
        self._sort = ("date", False)
        self._ids: array[int] = array("q")
        self._cache: OrderedDict[int, DisplayRow] = OrderedDict()
        self._query = Query(0)  # the latest asked; older answers are thrown away
        self._stale_cache = False  # the data changed: cached rows go when the new ids come
        self._headers = (self.tr("Date"), self.tr("Purse"), self.tr("Kind"),
                         self.tr("Amount (¥)"), self.tr("Balance (¥)"), self.tr("Description"),
                         self.tr("Institution"), self.tr("Source"))
        self.kind_names = self._kind_names()
        self.purse_names = {"medical": self.tr("Medical"), "bank": self.tr("Bank")}
        # Purses whose balance no statement states: their balance cells stay empty.
        self.unknown_balance: frozenset[str] = frozenset()

    def _kind_names(self) -> dict[str, str]:
        names = {
            "contribution": self.tr("Contribution"), "interest": self.tr("Interest"),
            "refund": self.tr("Refund"), "transfer_in": self.tr("Transfer in"),
            "transfer_out": self.tr("Transfer out"), "pharmacy": self.tr("Pharmacy"),
            "outpatient": self.tr("Outpatient"), "inpatient": self.tr("Inpatient"),
            "medical": self.tr("Medical care"), "family_aid": self.tr("Family aid (共济)"),
            "resident_premium": self.tr("Resident premium"),
            "medical_premium": self.tr("Medical insurance payment"),
            "reimbursement": self.tr("Reimbursement"),
            "advance_payment": self.tr("Advance payment"), "deposit": self.tr("Deposit"),
            "withdrawal": self.tr("Withdrawal"), "pension_salary": self.tr("Pension or salary"),
            "fee": self.tr("Fee"), "rollover": self.tr("Year-end roll-over"),
            "closed_or_inherited": self.tr("Closed or inherited"),
            "inherited": self.tr("Inherited"), "spending": self.tr("Spending"),
            "other": self.tr("Other"),
        }
        return {kind: names.get(kind, kind) for kind in KINDS}  # a new kind still shows

    # --- what is shown ---------------------------------------------------------------------

    def set_query(self, session: Session | None, flt: BrowseFilter, *,
                  data_changed: bool = False) -> None:
        self._session, self._filter = session, flt
        self._stale_cache = self._stale_cache or data_changed
        self.requery()

    @property
    def busy(self) -> bool:
        """A new order is being worked out; the rows shown are the previous ones."""
        return self._query.running

    def requery(self) -> None:
        """Ids afresh for the filter and sort, in the background; rows are fetched again
        as they are shown."""
        self._query.stop()
        self._query = Query(self._query.number + 1)
        self.query_started.emit()
        if self._session is None or self._session.closed:
            self._show_ids(self._query.number, array("q"))
            return
        self._query.task = tasks.start(
            self._query.work(self._session.path, self._filter, self._sort),
            done=self._arrived, failed=self._failed)

    def _arrived(self, result: tuple[int, array[int] | None]) -> None:
        number, ids = result
        if number == self._query.number and ids is not None:
            self._show_ids(number, ids)

    def _failed(self, error: BaseException) -> None:
        if self._query.running:
            self._query.running = False
            self.query_failed.emit(error)

    def _show_ids(self, number: int, ids: array[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        if self._stale_cache:
            self._cache.clear()
            self._stale_cache = False
        self.endResetModel()
        self._query.running = False
        self.rows_ready.emit()

    @property
    def filter(self) -> BrowseFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = (browse.COLUMNS[column], order == Qt.SortOrder.DescendingOrder) \
            if 0 <= column < len(browse.COLUMNS) else self._sort
        if wanted != self._sort:  # QTableView.sortByColumn asks twice; a million rows, once
            self._sort = wanted
            self.requery()

    def transaction_id(self, row: int) -> int:
        return self._ids[row]

    def rows_of(self, ids: list[int]) -> list[int]:
        return browse.positions(self._ids, ids)

    # --- the Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(browse.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (5, 6):
                return _RIGHT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = browse.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("amount", "balance"):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == "amount":
            return amount_colour(row.amount_fen)
        if role == Qt.ItemDataRole.ToolTipRole and column == "balance" and \
                row.purse in self.unknown_balance:
            return self.tr("No statement gives this purse's balance, so none is shown.")
        if role == Qt.ItemDataRole.ToolTipRole and column == "balance" and \
                row.balance_fen != row.running_fen:
            return self.tr("The statement says %1; its rows add up to %2.").replace(
                "%1", format_fen(row.balance_fen, True)).replace(
                "%2", format_fen(row.running_fen, True))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _text(self, row: DisplayRow, column: str) -> str:
        texts = {
            "date": row.date, "purse": self.purse_names.get(row.purse, row.purse),
            "kind": self.kind_names.get(row.kind, row.kind), "description": row.description,
            "institution": row.institution, "amount": signed_money(row.amount_fen),
            "balance": "" if row.purse in self.unknown_balance else
                       format_fen(row.balance_fen, True),
            "source": self._source(row),
        }
        return texts[column]

    def _source(self, row: DisplayRow) -> str:
        """'流水.csv:14', or for a PDF '流水.pdf 第 2 页第 14 行'."""
        if row.source_page:
            return self.tr("%1, page %2, row %3").replace("%1", row.file_name).replace(
                "%2", str(row.source_page)).replace("%3", str(row.source_line))
        return f"{row.file_name}:{row.source_line}"

    def _row(self, row: int) -> DisplayRow | None:
        """The row from the cache, or its whole page from the database (the view scrolled)."""
        row_id = self._ids[row]
        found = self._cache.get(row_id)
        if found is not None:
            self._cache.move_to_end(row_id)  # least recently shown pages are dropped first
        elif self._session is not None and not self._session.closed:
            start = row - row % PAGE
            conn = self._session.store.conn  # the GUI thread's own
            self._cache.update(browse.rows_for(conn, self._ids[start:start + PAGE]))
            while len(self._cache) > CACHE_ROWS:
                self._cache.popitem(last=False)
            found = self._cache.get(row_id)
        return found


class TransactionsView(QWidget):
    """The table with its search box and filters; CardPage drives it through set_card,
    select_transactions and refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.card: CardInfo | None = None
        self.model = TransactionsModel(self)
        self.model.rows_ready.connect(self._rows_ready)
        self.model.query_started.connect(self._updating)
        self.model.query_failed.connect(self._query_failed)
        self._pending_selection: list[int] | None = None  # evidence to select once rows come
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)  # filter when typing pauses, not at every key
        self._debounce.timeout.connect(self._filters_changed)
        self._make_filters()
        self._make_table()
        self._lay_out()

    def _make_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type, description, counterparty or reference"))
        self.search.setAccessibleName(self.tr("Search transactions"))
        self.search.textChanged.connect(self._debounce.start)
        self.purse = QComboBox()
        self.purse.setAccessibleName(self.tr("Purse"))
        self.purse.addItem(self.tr("Both purses"), None)
        for kind, name in self.model.purse_names.items():
            self.purse.addItem(name, kind)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of transaction"))
        self.kind.addItem(self.tr("All kinds"), None)
        for kind, name in sorted(self.model.kind_names.items(), key=lambda item: item[1]):
            self.kind.addItem(name, kind)
        for combo in (self.purse, self.kind):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.use_from, self.first_day = self._date_filter(self.tr("Fro&m"), self.tr("From date"))
        self.use_to, self.last_day = self._date_filter(self.tr("&To"), self.tr("To date"))
        self.count_label = QLabel()

    def _date_filter(self, label: str, accessible: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(label)
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(accessible)
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(self._filters_changed)
        edit.dateChanged.connect(lambda _day: self._date_changed(check))
        return check, edit

    def _make_table(self) -> None:
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Transactions"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        # Fixed heights: with a million rows the view must never measure them one by one.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.setStretchLastSection(True)
        # Typical widths, not the longest: amounts must fit beside the explanation pane.
        samples = ("2024-10-18 19:03:45", self.model.purse_names["medical"],
                   self.model.kind_names["pharmacy"], f"{MINUS}12,345.67", "123,456.78",
                   "药店购药 2024年01月", "老百姓大药房(府西街)")
        for column, sample in enumerate(samples):
            header.resizeSection(column, self.fontMetrics().horizontalAdvance(sample) + 24)

    def _lay_out(self) -> None:
        first = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        first.addWidget(search_label)
        first.addWidget(self.search, 1)
        first.addWidget(self.purse)
        first.addWidget(self.kind)
        second = QHBoxLayout()
        for widget in (self.use_from, self.first_day, self.use_to, self.last_day):
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.table, 1)

    # --- what CardPage calls -----------------------------------------------------------------

    def set_card(self, session: Session, card: CardInfo,
                 unknown: frozenset[str] | None = None) -> None:
        """Show this card's rows, read afresh (after an import, an undo or a move too);
        `unknown`: its purses whose balance no statement states (None: as before)."""
        same = self.session is session and self.card is not None and self.card.id == card.id
        self.session, self.card = session, card
        if unknown is not None:
            self.model.unknown_balance = unknown
        span = browse.date_span(session.store.conn, BrowseFilter(card_id=card.id))
        if span is not None:
            for check, edit, day in ((self.use_from, self.first_day, span[0]),
                                     (self.use_to, self.last_day, span[1])):
                if not check.isChecked():  # a range the user chose stays as it is
                    edit.blockSignals(True)
                    edit.setDate(QDate(day.year, day.month, day.day))
                    edit.blockSignals(False)
        self._apply(data_changed=True, keep_selection=same)

    def refresh(self) -> None:
        """Read the rows again (after an import or an undo), keeping filters and sort."""
        if self.session is not None and self.card is not None:
            self.set_card(self.session, self.card)

    def select_transactions(self, ids: list[int]) -> None:
        """Select these rows and show the first; filters that hide some are cleared. While a
        new order is on its way, the selection waits for it."""
        if self.model.busy:
            self._pending_selection = list(ids)
            return
        rows = self.model.rows_of(ids)
        if len(rows) < len(set(ids)) and self._filtered():
            self._pending_selection = list(ids)
            self._clear_filters()
            return
        if not rows:
            return
        last_column = self.model.columnCount() - 1
        selection = QItemSelection()
        for first, last in _runs(rows):
            selection.select(self.model.index(first, 0), self.model.index(last, last_column))
        chosen = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        chosen.select(selection, flags.ClearAndSelect | flags.Rows)
        first_index = self.model.index(rows[0], 0)
        chosen.setCurrentIndex(first_index, flags.NoUpdate)
        self.table.scrollTo(first_index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def selected_ids(self) -> list[int]:
        return [self.model.transaction_id(index.row())
                for index in self.table.selectionModel().selectedRows()]

    def _updating(self) -> None:
        self.count_label.setText(self.tr("Updating…"))

    def _rows_ready(self) -> None:
        self.count_label.setText(self.tr("%n transaction(s)", "", self.model.rowCount()))
        pending, self._pending_selection = self._pending_selection, None
        if pending:
            self.select_transactions(pending)

    def _query_failed(self, error: BaseException) -> None:
        from balanceview.ui.errors import show_error

        self.count_label.setText("")
        show_error(self, self.tr("The transactions could not be read just now. Nothing was "
                                 "lost. Press F5 to read them again."), str(error))

    # --- filtering -------------------------------------------------------------------------

    def current_filter(self) -> BrowseFilter:
        kind = self.kind.currentData()
        return BrowseFilter(
            card_id=self.card.id if self.card else -1,
            purse=self.purse.currentData(),
            kinds=frozenset({kind}) if kind else frozenset(),
            first_day=self.first_day.date().toPython() if self.use_from.isChecked() else None,
            last_day=self.last_day.date().toPython() if self.use_to.isChecked() else None,
            search=self.search.text())

    # Slots of no arguments: PySide6 mishandles a slot whose signature it cannot match to the
    # signal's (a keyword-only parameter, a lambda returning a bool): at exit it crashed.
    def _filters_changed(self) -> None:
        self._apply()

    def _date_changed(self, check: QCheckBox) -> None:
        if check.isChecked():
            self._apply()

    def _apply(self, *, data_changed: bool = False, keep_selection: bool = False) -> None:
        self._debounce.stop()
        if keep_selection and self._pending_selection is None:
            self._pending_selection = self.selected_ids() or None  # selected again after
        self.model.set_query(self.session, self.current_filter(), data_changed=data_changed)

    def _filtered(self) -> bool:
        return bool(self.search.text() or self.purse.currentIndex() or self.kind.currentIndex()
                    or self.use_from.isChecked() or self.use_to.isChecked())

    def _clear_filters(self) -> None:
        widgets = (self.search, self.purse, self.kind, self.use_from, self.use_to)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.purse.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        for check, edit in ((self.use_from, self.first_day), (self.use_to, self.last_day)):
            check.setChecked(False)
            edit.setEnabled(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._apply()


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs: one selection range per run, not one per row."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
