"""The parts of the import dialog: the column mapping, the preview table, the outcome."""

from __future__ import annotations

import functools

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balanceview.core.errors import CellProblem
from balanceview.core.importer import FileOutcome
from balanceview.core.messages import say
from balanceview.core.preview import (
    Preview,
    PreviewRow,
)

Mapping = dict[str, list[str]]
PROBLEMS_SHOWN = 20  # problem rows woven into the preview; the outcome lists more
DETAILS_SHOWN = 200  # duplicates and errors listed under the outcome
# The order the roles are offered in: the common ones first.
ROLE_ORDER = ("date", "time", "amount", "income", "expense", "balance", "type", "description",
              "counterparty", "direction", "reference", "account_type", "insurance", "total",
              "personal", "pooled", "cash")

# --- the parts of the dialog ----------------------------------------------------------------

def warning_icon(widget: QWidget):  # type: ignore[no-untyped-def]
    return widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class ColumnMapping(QWidget):
    """Under each column name of the file, a drop-down: which role the column plays."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._combos: list[QComboBox] = []
        self._header: list[str] = []

    def role_names(self) -> dict[str, str]:
        return {
            "date": self.tr("Date"), "time": self.tr("Time"), "amount": self.tr("Amount"),
            "income": self.tr("Income"), "expense": self.tr("Expense"),
            "balance": self.tr("Balance"), "type": self.tr("Type"),
            "description": self.tr("Description"), "counterparty": self.tr("Other party"),
            "direction": self.tr("In or out"), "reference": self.tr("Reference"),
            "account_type": self.tr("Purse"), "insurance": self.tr("Insurance"),
            "total": self.tr("Total cost"), "personal": self.tr("Personal account"),
            "pooled": self.tr("Pooled fund"), "cash": self.tr("Cash"),
        }

    def show_roles(self, preview: Preview) -> None:
        if preview.header != self._header:
            self._rebuild(preview.column_names)
            self._header = list(preview.header)
        for combo, role in zip(self._combos, preview.roles, strict=True):
            combo.blockSignals(True)  # showing what the core found is not a change by the user
            combo.setCurrentIndex(max(0, combo.findData(role or "")))
            combo.blockSignals(False)

    def roles(self) -> list[str | None]:
        return [combo.currentData() or None for combo in self._combos]

    def mapping(self) -> Mapping:
        columns: Mapping = {}
        for name, combo in zip(self._header, self._combos, strict=True):
            if combo.currentData():
                columns.setdefault(combo.currentData(), []).append(name.strip())
        return columns

    def combos(self) -> list[QComboBox]:
        return list(self._combos)

    def _rebuild(self, column_names: list[str]) -> None:
        while self._grid.count():
            old = self._grid.takeAt(0).widget()
            old.hide()  # at once: deleteLater waits for the event loop
            old.deleteLater()
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        names = self.role_names()
        self._combos = []
        for index, column_name in enumerate(column_names):
            label = QLabel(column_name)
            combo = QComboBox()
            combo.addItem(self.tr("(not used)"), "")
            for role in ROLE_ORDER:
                combo.addItem(names[role], role)
            # As narrow as the column's name allows, so most files' columns fit side by side;
            # the open list is as wide as its longest role.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)  # about "Description": seven columns fit side by side
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.setAccessibleName(self.tr("Role of column %1").replace("%1", column_name))
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self.changed)
            self._grid.addWidget(label, 0, index)
            self._grid.addWidget(combo, 1, index)
            label.show()  # now, not when the layout gets round to it: Tab must find them
            combo.show()
            self._combos.append(combo)
        self._grid.setColumnStretch(len(column_names), 1)  # spare room goes to the right


@functools.cache
def _kind_names() -> dict[str, str]:
    """The kinds' names as the transactions table shows them (one translation for both)."""
    from balanceview.ui.transactions import TransactionsModel

    return TransactionsModel().kind_names


class PreviewTable(QTableWidget):
    """The first parsed rows, with the rows that cannot be read woven in where they are."""

    def __init__(self, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(0, 7, parent)
        self.lang = lang  # the core's messages speak 'zh' or 'en'
        self.setHorizontalHeaderLabels([
            self.tr("Line"), self.tr("Purse"), self.tr("Date"), self.tr("Amount"),
            self.tr("Balance"), self.tr("Type"), self.tr("Description")])
        self.setAccessibleName(self.tr("Preview of the first rows"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the dialog
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setStretchLastSection(True)  # the description takes the room left

    def show_preview(self, preview: Preview) -> None:
        shown: list[PreviewRow | CellProblem] = [*preview.rows, *preview.problems[:PROBLEMS_SHOWN]]
        shown.sort(key=lambda row: (row.page or 0, row.line))
        self.clearSpans()
        self.setRowCount(len(shown))
        for index, row in enumerate(shown):
            if isinstance(row, PreviewRow):
                self._put_row(index, row)
            else:
                self._put_problem(index, row)
        # Not the last column: resizing it would undo its stretch to the table's width.
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)

    def _put_row(self, index: int, row: PreviewRow) -> None:
        purse = self.tr("Medical") if row.purse == "medical" else self.tr("Bank")
        date, amount, balance, kind, description = row.cells()
        kind = _kind_names().get(kind, kind)  # our kind's name when the file has no type column
        for column, text in enumerate((self._place(row.page, row.line), purse, date, amount,
                                       balance, kind, description)):
            item = QTableWidgetItem(text)
            if column in (0, 3, 4):  # numbers line up on the right
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(index, column, item)

    def _place(self, page: int | None, line: int) -> str:
        """'14', or in a PDF '2/14': page 2, row 14."""
        return self.tr("p. %1, %2").replace("%1", str(page)).replace("%2", str(line)) \
            if page else str(line)

    def _put_problem(self, index: int, problem: CellProblem) -> None:
        line = QTableWidgetItem(warning_icon(self), self._place(problem.page, problem.line))
        self.setItem(index, 0, line)
        where = self.tr("column %1: ").replace("%1", problem.column) if problem.column else ""
        text = self.tr("Cannot be read — %1").replace("%1", where + problem.text(self.lang))
        self.setItem(index, 1, QTableWidgetItem(text))
        self.setSpan(index, 1, 1, self.columnCount() - 1)
        line.setToolTip(text)
        self.item(index, 1).setToolTip(text)


class OutcomeView(QGroupBox):
    """What importing the file would do, told before anything is stored."""

    details_requested = Signal()

    def __init__(self, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang  # the core's messages speak 'zh' or 'en'
        self.setTitle(self.tr("What importing will do"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton(self.tr("&Details…"))
        self.details_button.clicked.connect(self.details_requested)
        self.lines = QListWidget()
        self.lines.setAccessibleName(self.tr("Duplicates and rows that cannot be read"))
        self.lines.setMaximumHeight(110)
        self.lines.setIconSize(QSize(16, 16))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lines)

    def show_text(self, text: str) -> None:
        self.summary.setText(text)
        self.details_button.hide()
        self.lines.clear()
        self.lines.hide()

    def show_report(self, text: str) -> None:
        """After the import: what it did (import_report.ImportReport)."""
        self.setTitle(self.tr("What the import did"))
        self.show_text(text)

    def show_refusal(self, summary: str, problems: list[CellProblem]) -> None:
        self.show_text("⚠ " + summary)
        self.details_button.show()
        self._list([(p.line, self._problem(p), True) for p in problems])

    def show_outcome(self, outcome: FileOutcome, purse_names: dict[str, str],
                     card: str) -> None:
        self.show_text(self._summary(outcome, purse_names, card))
        # A duplicate's reason begins "already imported", so it is shown as it is.
        self._list([(line, say(why, self.lang), False) for line, why in outcome.duplicates]
                   + [(p.line, self._problem(p), True) for p in outcome.bad_rows])

    def _summary(self, outcome: FileOutcome, purse_names: dict[str, str], card: str) -> str:
        if outcome.total_new == 0 and not outcome.purses_created:
            return self.tr("Nothing new: everything in this file is already in the database.")
        per_purse = ", ".join(f"{purse_names.get(p, p)} {n}" for p, n in outcome.new_rows.items())
        lines = [self.tr("New rows to add: %1 (%2)").replace("%1", str(outcome.total_new))
                 .replace("%2", per_purse)]
        facts = [(self.tr("Already in the database, left out: %1"), len(outcome.duplicates)),
                 (self.tr("Rows that cannot be read, left out: %1"), len(outcome.bad_rows)),
                 (self.tr("Lines that are not transactions, left out: %1"), len(outcome.not_data))]
        lines += [text.replace("%1", str(count)) for text, count in facts if count]
        lines.append(self.tr("Card: %1").replace("%1", card))
        for purse in outcome.purses_created:
            lines.append(self.tr("A new purse will be added: %1").replace(
                "%1", purse_names.get(purse, purse)))
        return "\n".join(lines)

    def _problem(self, problem: CellProblem) -> str:
        where = self.tr("column %1: ").replace("%1", problem.column) if problem.column else ""
        return self.tr("cannot be read: %1").replace("%1", where + problem.text(self.lang))

    def _list(self, entries: list[tuple[int, str, bool]]) -> None:
        self.lines.clear()
        for line, text, is_problem in sorted(entries)[:DETAILS_SHOWN]:
            item = QListWidgetItem(self.tr("Line %1 — %2").replace("%1", str(line))
                                   .replace("%2", text))
            if is_problem:
                item.setIcon(warning_icon(self))
            self.lines.addItem(item)
        self.lines.setVisible(bool(entries))


# --- the dialog -------------------------------------------------------------------------------

