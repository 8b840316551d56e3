"""The transactions table: a lazy model over browse.ids, and the view with search and filters."""

from __future__ import annotations

import sqlite3
from array import array
from collections import OrderedDict
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


class TransactionsModel(QAbstractTableModel):
    """Ids for every row, display rows only for the pages the view has asked for."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conn: sqlite3.Connection | None = None
        self._filter = BrowseFilter(card_id=-1)
        self._sort = ("date", False)
        self._ids: array[int] = array("q")
        self._cache: OrderedDict[int, DisplayRow] = OrderedDict()
        self._headers = (self.tr("Date"), self.tr("Purse"), self.tr("Kind"),
                         self.tr("Amount (¥)"), self.tr("Balance (¥)"), self.tr("Description"),
                         self.tr("Institution"), self.tr("Source"))
        self.kind_names = self._kind_names()
        self.purse_names = {"medical": self.tr("Medical"), "bank": self.tr("Bank")}

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

    def set_query(self, conn: sqlite3.Connection | None, flt: BrowseFilter) -> None:
        self._conn, self._filter = conn, flt
        self.requery()

    def requery(self) -> None:
        """Ids afresh for the filter and sort; rows are fetched again as they are shown."""
        self.beginResetModel()
        self._cache.clear()
        self._ids = browse.ids(self._conn, self._filter, *self._sort) if self._conn else array("q")
        self.endResetModel()

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
            "balance": format_fen(row.balance_fen, True),
            "source": f"{row.file_name}:{row.source_line}",
        }
        return texts[column]

    def _row(self, row: int) -> DisplayRow | None:
        """The row from the cache, or its whole page from the database (the view scrolled)."""
        row_id = self._ids[row]
        found = self._cache.get(row_id)
        if found is not None:
            self._cache.move_to_end(row_id)  # least recently shown pages are dropped first
        elif self._conn is not None:
            start = row - row % PAGE
            self._cache.update(browse.rows_for(self._conn, self._ids[start:start + PAGE]))
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
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)  # filter when typing pauses, not at every key
        self._debounce.timeout.connect(self._apply)
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
            combo.currentIndexChanged.connect(self._apply)
        self.use_from, self.first_day = self._date_filter(self.tr("&From"), self.tr("From date"))
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
        check.toggled.connect(self._apply)
        edit.dateChanged.connect(lambda _day: check.isChecked() and self._apply())
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

    def set_card(self, session: Session, card: CardInfo) -> None:
        self.session, self.card = session, card
        span = browse.date_span(session.store.conn, BrowseFilter(card_id=card.id))
        if span is not None:
            for check, edit, day in ((self.use_from, self.first_day, span[0]),
                                     (self.use_to, self.last_day, span[1])):
                if not check.isChecked():  # a range the user chose stays as it is
                    edit.blockSignals(True)
                    edit.setDate(QDate(day.year, day.month, day.day))
                    edit.blockSignals(False)
        self._apply()

    def refresh(self) -> None:
        """Read the rows again (after an import or an undo), keeping filters and sort."""
        if self.session is not None and self.card is not None:
            self.set_card(self.session, self.card)

    def select_transactions(self, ids: list[int]) -> None:
        """Select these rows and show the first; filters that hide some are cleared."""
        rows = self.model.rows_of(ids)
        if len(rows) < len(set(ids)) and self._filtered():
            self._clear_filters()
            rows = self.model.rows_of(ids)
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

    def _apply(self) -> None:
        self._debounce.stop()
        conn = self.session.store.conn if self.session else None
        self.model.set_query(conn, self.current_filter())
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("%n transaction(s)", "", shown))

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
