"""The import dialog: each file as detected, its mapping, a preview and the outcome, then import.

Checks (a preview plus a dry run) and the import itself run in the background, one at a time,
each on its own database connection: sqlite connections must not cross threads.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balanceview.core import profiles
from balanceview.core.errors import CellProblem, UserError
from balanceview.core.importer import FileOutcome, ImportOptions
from balanceview.core.preview import (
    Check,
    Preview,
    PreviewRow,
    Refusal,
    check,
    import_mapped,
    mapping_refusal,
    refusal_of,
)
from balanceview.core.store import open_store
from balanceview.core.undo import undo_batch
from balanceview.ui import errors, tasks
from balanceview.ui.language import chosen_language, explanation_lang
from balanceview.ui.session import Session

Mapping = dict[str, list[str]]
PROBLEMS_SHOWN = 20  # problem rows woven into the preview; the outcome lists more
DETAILS_SHOWN = 200  # duplicates and errors listed under the outcome
PROGRESS_DELAY_MS = 500  # quicker imports finish without a progress dialog flashing up
# The order the roles are offered in: the common ones first.
ROLE_ORDER = ("date", "time", "amount", "income", "expense", "balance", "type", "description",
              "counterparty", "direction", "reference", "account_type", "insurance", "total",
              "personal", "pooled", "cash")


# --- the background work: no widget is touched here -------------------------------------------

@dataclass(frozen=True)
class Job:
    """One file to check or import, with the user's choices."""

    path: Path
    options: ImportOptions
    columns: Mapping | None


class ImportCancelled(Exception):
    """The user pressed Cancel; the files imported so far were taken out again."""


class FileRefused(Exception):
    def __init__(self, file_name: str, refusal: Refusal) -> None:
        super().__init__(refusal.details)
        self.file_name = file_name
        self.refusal = refusal


def check_file(database: Path, job: Job) -> Check:
    store = open_store(database)
    try:
        return check(store, job.path, job.options, job.columns)
    finally:
        store.close()


def import_all(database: Path, jobs: list[Job], task: tasks.Task) -> list[FileOutcome]:
    """Each file in its own transaction; on Cancel or a refusal, the batches of this run are
    undone, so the run is all or nothing. Cancel is checked between files: a single big file
    is finished first, then taken out again."""
    store = open_store(database)
    done: list[FileOutcome] = []
    try:
        for number, job in enumerate(jobs):
            task.progress.emit(number, len(jobs))
            if task.cancelled:
                raise ImportCancelled
            try:
                done.append(import_mapped(store, job.path, job.options, job.columns))
            except UserError as error:
                raise FileRefused(job.path.name, refusal_of(error)) from error
        if task.cancelled:
            raise ImportCancelled
    except BaseException:
        for outcome in reversed(done):
            if outcome.batch_id is not None:
                undo_batch(store, outcome.batch_id)
        raise
    finally:
        store.close()
    return done


@dataclass
class FileChoice:
    """What the user chose for one file, and what its last check found."""

    path: Path
    account: str | None = None
    card: str | None = None
    columns: Mapping | None = None  # None: as detected
    skip_bad_rows: bool = False
    result: Check | None = None
    generation: int = 0  # a check started for an older generation is thrown away

    def job(self) -> Job:
        options = ImportOptions(account=self.account, card=self.card,
                                skip_bad_rows=self.skip_bad_rows)
        return Job(self.path, options, self.columns)

    @property
    def importable(self) -> bool:
        return self.result is not None and self.result.outcome is not None

    @property
    def unreadable(self) -> bool:
        return self.result is not None and self.result.preview.refusal is not None


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


class PreviewTable(QTableWidget):
    """The first parsed rows, with the rows that cannot be read woven in where they are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
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
        shown.sort(key=lambda row: row.line)
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
        for column, text in enumerate((str(row.line), purse, *row.cells())):
            item = QTableWidgetItem(text)
            if column in (0, 3, 4):  # numbers line up on the right
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(index, column, item)

    def _put_problem(self, index: int, problem: CellProblem) -> None:
        line = QTableWidgetItem(warning_icon(self), str(problem.line))
        self.setItem(index, 0, line)
        where = self.tr("column %1: ").replace("%1", problem.column) if problem.column else ""
        text = self.tr("Cannot be read — %1").replace("%1", where + problem.message)
        self.setItem(index, 1, QTableWidgetItem(text))
        self.setSpan(index, 1, 1, self.columnCount() - 1)
        line.setToolTip(text)
        self.item(index, 1).setToolTip(text)


class OutcomeView(QGroupBox):
    """What importing the file would do, told before anything is stored."""

    details_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def show_refusal(self, summary: str, problems: list[CellProblem]) -> None:
        self.show_text("⚠ " + summary)
        self.details_button.show()
        self._list([(p.line, self._problem(p), True) for p in problems])

    def show_outcome(self, outcome: FileOutcome, purse_names: dict[str, str],
                     card: str) -> None:
        self.show_text(self._summary(outcome, purse_names, card))
        self._list([(line, self.tr("already imported: %1").replace("%1", why), False)
                    for line, why in outcome.duplicates]
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
        return self.tr("cannot be read: %1").replace("%1", where + problem.message)

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

class ImportDialog(QDialog):
    """One file after another (a list on the left when there are several), then Import."""

    def __init__(self, session: Session, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.files = [FileChoice(Path(p)) for p in paths]
        self.outcomes: list[FileOutcome] = []  # what the import did, once it is done
        language = getattr(parent, "language", None) or chosen_language()
        self._lang = explanation_lang(language)
        self._queue: list[FileChoice] = []
        self._check_task: tasks.Task | None = None
        self._import_task: tasks.Task | None = None
        self._progress: QProgressDialog | None = None
        self._importing: list[str] = []  # the names of the files being imported
        self.setWindowTitle(self.tr("Import statements"))
        self._make_widgets()
        self._lay_out()
        self.import_button.setDefault(True)  # Enter imports (once in the dialog); Esc cancels
        self._connect()
        self.resize(1100, 720)
        for choice in self.files:
            self._queue_check(choice)
        self.file_list.setCurrentRow(0)

    # building

    def _make_widgets(self) -> None:
        self.file_list = QListWidget()
        self.file_list.setAccessibleName(self.tr("Files to import"))
        self.file_list.setIconSize(QSize(16, 16))
        for choice in self.files:
            self.file_list.addItem(choice.path.name)
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detected_label = QLabel()
        self.detected_label.setWordWrap(True)
        self.purse_box = self._combo(self.tr("Purse"), [
            (self.tr("Automatic"), None), (self.purse_names()["medical"], "medical"),
            (self.purse_names()["bank"], "bank")])
        self.card_box = self._card_combo()
        self.profile_box = self._combo(self.tr("Saved column mapping"), [])
        self._fill_profiles()
        self.save_button = QPushButton(self.tr("&Save mapping as profile…"))
        self.mapping = ColumnMapping()
        self.mapping_area = QScrollArea()
        self.mapping_area.setWidget(self.mapping)
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.table = PreviewTable()
        self.rows_label = QLabel()
        self.skip_box = QCheckBox(self.tr("&Leave out the rows that cannot be read (marked ⚠) "
                                          "and import the rest"))
        self.outcome = OutcomeView()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.status_label = QLabel()

    def _combo(self, name: str, items: list[tuple[str, str | None]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _card_combo(self) -> QComboBox:
        """Automatic, a card the database knows, or a number typed in (a new card)."""
        combo = self._combo(self.tr("Card"), [(self.tr("Automatic (from the file)"), None)])
        for card in self.session.cards():
            label = card.label + (f" · {card.holder}" if card.holder else "")
            combo.addItem(label, str(card.id))  # the card's list number names it to the core
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.lineEdit().setPlaceholderText(self.tr("or type the card number"))
        combo.setMinimumContentsLength(24)
        return combo

    def _fill_profiles(self) -> None:
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        self.profile_box.addItem(self.tr("As detected"), None)
        for name in profiles.all_names(self.session.store.conn):
            self.profile_box.addItem(name, name)
        self.profile_box.blockSignals(False)

    def _lay_out(self) -> None:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.file_label, self.detected_label):
            column.addWidget(widget)
        column.addLayout(self._labelled([(self.tr("&Purse:"), self.purse_box),
                                         (self.tr("&Card:"), self.card_box)]))
        column.addWidget(self._make_mapping_box())
        column.addWidget(self.rows_label)
        column.addWidget(self.table, 1)
        column.addWidget(self.skip_box)
        column.addWidget(self.outcome)
        column.addStretch(0)  # takes the room only when the table is hidden
        splitter = QSplitter()
        splitter.addWidget(self.file_list)
        splitter.addWidget(panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 910])
        self.file_list.setVisible(len(self.files) > 1)
        self.panel = panel
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _labelled(self, pairs: list[tuple[str, QWidget]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, widget in pairs:
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _make_mapping_box(self) -> QGroupBox:
        """The drop-downs under the file's column names, with the saved mappings above."""
        self.mapping_box = QGroupBox(self.tr("Columns of the file"))
        self.mapping_box.setToolTip(self.tr("If a column was read wrongly, choose what it holds "
                                            "in the drop-down under its name."))
        inner = QVBoxLayout(self.mapping_box)
        saved = self._labelled([(self.tr("Saved &mapping:"), self.profile_box)])
        saved.insertWidget(2, self.save_button)
        inner.addLayout(saved)
        inner.addWidget(self.mapping_area)
        self.mapping_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        return self.mapping_box

    def _connect(self) -> None:
        self.file_list.currentRowChanged.connect(self._show_file)
        self.purse_box.currentIndexChanged.connect(self._choices_changed)
        self.card_box.currentIndexChanged.connect(self._choices_changed)
        self.card_box.lineEdit().editingFinished.connect(self._choices_changed)
        self.profile_box.currentIndexChanged.connect(self._profile_chosen)
        self.save_button.clicked.connect(self.save_profile)
        self.mapping.changed.connect(self._mapping_changed)
        self.skip_box.toggled.connect(self._choices_changed)
        self.outcome.details_requested.connect(self._show_details)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

    def purse_names(self) -> dict[str, str]:
        return {"medical": self.tr("Medical account"), "bank": self.tr("Bank account")}

    # the current file

    def current(self) -> FileChoice:
        return self.files[max(0, self.file_list.currentRow())]

    def _show_file(self, _row: int = 0) -> None:
        choice = self.current()
        self.file_label.setText(self.tr("File: %1").replace("%1", choice.path.name))
        self.file_label.setToolTip(str(choice.path))
        for box, value in ((self.purse_box, choice.account), (self.card_box, choice.card)):
            box.blockSignals(True)  # showing this file's choices is not a change by the user
            found = box.findData(value)
            if found >= 0 or value is None:
                box.setCurrentIndex(max(0, found))
            else:
                box.setEditText(value)
            box.blockSignals(False)
        self.skip_box.blockSignals(True)
        self.skip_box.setChecked(choice.skip_bad_rows)
        self.skip_box.blockSignals(False)
        self._show_result(choice)
        self._update_state()

    def _show_result(self, choice: FileChoice) -> None:
        result = choice.result
        if result is None:
            self.outcome.show_text(self.tr("Checking the file…"))
            return
        shown = result.preview
        self._show_detected(shown)
        self.mapping.show_roles(shown)
        self._set_tab_order()  # the column drop-downs are made anew for each header
        self.table.show_preview(shown)
        self.skip_box.setVisible(bool(shown.problems))
        readable = shown.refusal is None
        for widget in (self.mapping_box, self.rows_label, self.table):
            widget.setVisible(readable)  # a picture or an empty file has nothing to map
        for widget in (self.purse_box, self.card_box, self.profile_box):
            widget.setEnabled(readable)
        if result.refusal is not None:
            self.outcome.show_refusal(result.refusal.summary(self._lang), shown.problems)
        elif result.outcome is not None:
            self.outcome.show_outcome(result.outcome, self.purse_names(),
                                      self._card_text(result.outcome.card))

    def _set_tab_order(self) -> None:
        """Top to bottom, left to right, as the dialog reads; Import and Cancel last."""
        chain = [self.file_list, self.purse_box, self.card_box, self.profile_box,
                 self.save_button, *self.mapping.combos(), self.table, self.skip_box,
                 self.outcome.details_button, self.outcome.lines, self.import_button,
                 self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_detected(self, shown: Preview) -> None:
        names = self.purse_names()
        automatic = self.tr("Automatic")
        if shown.default_purse in names:
            automatic = self.tr("Automatic (%1)").replace("%1", names[shown.default_purse])
        self.purse_box.setItemText(0, automatic)
        self.purse_box.updateGeometry()  # its width follows the longer text
        if shown.refusal is not None:
            self.detected_label.setText(self.tr("This file cannot be read."))
            self.rows_label.clear()
            return
        facts = [self.tr("Text encoding: %1").replace("%1", self._encoding_name(shown.encoding)),
                 self.tr("Column names on line %1").replace("%1", str(shown.header_line))]
        for text, value in ((self.tr("Card in the file: %1"), shown.card),
                            (self.tr("Holder: %1"), shown.holder),
                            (self.tr("ID number: %1"), shown.id_number)):
            if value:
                facts.append(text.replace("%1", value))
        self.detected_label.setText(" · ".join(facts))
        counts = ", ".join(f"{names.get(p, p)} {n}" for p, n in shown.purses.items())
        self.rows_label.setText(self.tr("First rows of the file (rows read: %1)").replace(
            "%1", counts or "0"))

    def _card_text(self, label: str | None) -> str:
        """The card the rows go to: one the database knows, or a new one (the dry run's
        number for a new card was rolled back, so it is not shown)."""
        for card in self.session.cards():
            if card.label == label:
                return label + (f" · {card.holder}" if card.holder else "")
        if label and "*" in label:
            return self.tr("a new card, %1").replace("%1", label)
        return self.tr("a new card (the file does not give its number: you can type it in "
                       "the Card box)")

    def _encoding_name(self, encoding: str) -> str:
        known = {"excel": self.tr("Excel spreadsheet"), "utf-8": "UTF-8",
                 "gb18030": self.tr("GB18030 (Chinese)")}
        return known.get(encoding, encoding.upper())

    # the user's changes

    def _choices_changed(self) -> None:
        choice = self.current()
        choice.account = self.purse_box.currentData()
        choice.card = self._chosen_card()
        choice.skip_bad_rows = self.skip_box.isChecked()
        self._queue_check(choice, first=True)

    def _chosen_card(self) -> str | None:
        text = self.card_box.currentText().strip()
        found = self.card_box.findText(text)
        if found >= 0:
            return self.card_box.itemData(found)  # type: ignore[no-any-return]
        return text or None

    def _mapping_changed(self) -> None:
        choice = self.current()
        choice.columns = self.mapping.mapping()
        refused = mapping_refusal(choice.columns)
        if refused is None or choice.result is None:
            self._queue_check(choice, first=True)
            return
        # No file can be read without a date and an amount: say so at once, keep the choices.
        self._forget_check(choice)
        shown = replace(choice.result.preview, roles=self.mapping.roles(), rows=[], problems=[])
        choice.result = Check(shown, refusal=refused)
        self._show_result(choice)
        self._update_state()

    def _profile_chosen(self) -> None:
        name = self.profile_box.currentData()
        choice = self.current()
        if name is None:
            choice.columns = None
        else:
            try:
                saved = profiles.load(self.session.store.conn, name)
            except UserError as error:  # deleted meanwhile, from the command line
                errors.show_error(self, refusal_of(error).summary(self._lang), str(error))
                self._fill_profiles()
                return
            choice.columns = saved.columns
            if saved.account:
                choice.account = saved.account
                self.purse_box.setCurrentIndex(max(0, self.purse_box.findData(saved.account)))
        self._queue_check(choice, first=True)

    def save_profile(self) -> None:
        choice = self.current()
        if choice.result is None or choice.result.preview.refusal is not None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Save mapping as profile"),
            self.tr("A name for this column mapping (for example, the bank's name):"))
        name = name.strip()
        if not ok or not name or not self._may_replace(name):
            return
        profile = profiles.Profile(name, choice.result.preview.columns, choice.account)
        try:
            profiles.save(self.session.store.conn, profile)
        except sqlite3.Error as error:  # a check holding the database for longer than 3 s
            errors.show_error(self, self.tr("The profile could not be saved; try again in a "
                                            "moment."), str(error))
            return
        self._fill_profiles()
        self.profile_box.blockSignals(True)
        self.profile_box.setCurrentIndex(self.profile_box.findData(name))
        self.profile_box.blockSignals(False)

    def _may_replace(self, name: str) -> bool:
        if name not in profiles.all_names(self.session.store.conn):
            return True
        answer = QMessageBox.question(
            self, self.tr("Save mapping as profile"),
            self.tr("A profile named “%1” exists already. Replace it?").replace("%1", name))
        return answer == QMessageBox.StandardButton.Yes

    def _show_details(self) -> None:
        result = self.current().result
        if result is not None and result.refusal is not None:
            errors.show_error(self, result.refusal.summary(self._lang), result.refusal.details)

    # checking in the background, one file at a time

    def checking(self) -> bool:
        return self._check_task is not None or bool(self._queue)

    def _forget_check(self, choice: FileChoice) -> None:
        """A check queued or running for this file no longer answers the user's choices."""
        choice.generation += 1
        if choice in self._queue:
            self._queue.remove(choice)

    def _queue_check(self, choice: FileChoice, first: bool = False) -> None:
        self._forget_check(choice)
        self._queue.insert(0 if first else len(self._queue), choice)
        self._update_state()
        self._next_check()

    def _next_check(self) -> None:
        if self._check_task is not None or not self._queue:
            return
        choice = self._queue.pop(0)
        index, generation, job = self.files.index(choice), choice.generation, choice.job()
        database = self.session.path
        self._check_task = tasks.start(
            lambda _task: (index, generation, check_file(database, job)))
        # Bound methods of the dialog: Qt delivers the result on the GUI thread.
        self._check_task.done.connect(self._check_done)
        self._check_task.failed.connect(self._check_failed)

    def _check_done(self, result: tuple[int, int, Check]) -> None:
        index, generation, checked = result
        self._check_task = None
        choice = self.files[index]
        if generation == choice.generation:  # else the user changed something meanwhile
            choice.result = checked
            if choice is self.current():
                self._show_result(choice)
        self._update_state()
        self._next_check()
        if not self._queue and self._check_task is None:
            self._refuse_if_nothing_readable()

    def _check_failed(self, error: BaseException) -> None:
        self._check_task = None
        self._update_state()
        if isinstance(error, UserError):  # the database itself cannot be opened
            errors.show_error(self, self.tr("The database cannot be opened."), str(error))
            self.reject()
            return
        errors.handle_exception(type(error), error, error.__traceback__)
        self._next_check()

    def _refuse_if_nothing_readable(self) -> None:
        """A picture or an empty file leaves nothing to show: say why, and close."""
        if not self.isVisible() or not all(choice.unreadable for choice in self.files):
            return
        refusals = [(c.path.name, c.result.refusal) for c in self.files
                    if c.result and c.result.refusal]
        if len(refusals) == 1:
            message = refusals[0][1].summary(self._lang)
        else:
            message = self.tr("None of these files can be imported.") + "\n\n" + "\n".join(
                f"{name}: {refusal.summary(self._lang)}" for name, refusal in refusals)
        errors.show_error(self, message, "\n".join(r.details for _, r in refusals))
        self.reject()

    def _update_state(self) -> None:
        """The list's words and icons, and whether Import can be pressed."""
        for index, choice in enumerate(self.files):
            self._describe_item(self.file_list.item(index), choice)
        busy = self.checking()
        ready = [c for c in self.files if c.importable]
        importing = self._import_task is not None
        self.import_button.setEnabled(bool(ready) and not busy and not importing)
        self.save_button.setEnabled(self.current().result is not None
                                    and not self.current().unreadable)
        if busy:
            self.status_label.setText(self.tr("Checking…"))
        elif len(self.files) > 1:
            self.status_label.setText(self.tr("Files that will be imported: %1 of %2")
                                      .replace("%1", str(len(ready)))
                                      .replace("%2", str(len(self.files))))
        else:
            self.status_label.clear()

    def _describe_item(self, item: QListWidgetItem, choice: FileChoice) -> None:
        style = self.style()
        if choice.result is None or choice in self._queue:
            status, icon = self.tr("checking…"), QStyle.StandardPixmap.SP_BrowserReload
        elif choice.importable:
            status, icon = self.tr("ready"), QStyle.StandardPixmap.SP_DialogApplyButton
        else:
            status, icon = self.tr("cannot be imported"), QStyle.StandardPixmap.SP_MessageBoxWarning
        item.setText(f"{choice.path.name}\n{status}")  # words too: an icon alone is not enough
        item.setIcon(style.standardIcon(icon))

    # importing in the background

    def start_import(self) -> None:
        jobs = [choice.job() for choice in self.files if choice.importable]
        if not jobs or self._import_task is not None:
            return
        database = self.session.path
        self.panel.setEnabled(False)  # no new checks while the import holds the database
        self.file_list.setEnabled(False)
        self._import_task = tasks.start(lambda task: import_all(database, jobs, task))
        self._import_task.done.connect(self._import_done)
        self._import_task.failed.connect(self._import_failed)
        self._import_task.progress.connect(self._import_progress)
        self._importing = [job.path.name for job in jobs]
        self._update_state()
        self._progress = self._progress_dialog(len(jobs))

    def _progress_dialog(self, count: int) -> QProgressDialog:
        """Shown only if the import takes longer than PROGRESS_DELAY_MS."""
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0,
                                   count if count > 1 else 0, self)  # one file: just busy
        progress.setWindowTitle(self.tr("Import statements"))
        progress.setMinimumWidth(420)  # room for a long file name
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.canceled.connect(self._cancel_import)
        progress.setValue(0)  # starts the delay; it shows itself when the delay is over
        return progress

    def _import_progress(self, so_far: int, of: int) -> None:
        if self._progress is None or self._import_task is None or self._import_task.cancelled:
            return
        label = self.tr("Importing “%1”…").replace("%1", self._importing[so_far])
        if of > 1:
            label += "\n" + self.tr("File %1 of %2").replace("%1", str(so_far + 1)).replace(
                "%2", str(of))
            self._progress.setValue(so_far)
        self._progress.setLabelText(label)

    def _cancel_import(self) -> None:
        if self._import_task is None:
            return
        self._import_task.cancel()
        if self._progress is not None:
            # Shown again: QProgressDialog hides itself when Cancel is pressed.
            self._progress.setLabelText(self.tr(
                "Cancelling… The file being read is finished first, then everything this "
                "import added is taken out again."))
            self._progress.setCancelButton(None)  # type: ignore[arg-type]
            QTimer.singleShot(0, self._show_progress_again)

    def _show_progress_again(self) -> None:
        if self._progress is not None:  # the import may have ended meanwhile
            self._progress.show()

    def _import_finished(self) -> None:
        self._import_task = None
        if self._progress is not None:
            self._progress.canceled.disconnect(self._cancel_import)
            self._progress.reset()
            self._progress.hide()
            self._progress.deleteLater()
            self._progress = None
        self.panel.setEnabled(True)
        self.file_list.setEnabled(True)
        self._update_state()

    def _import_done(self, outcomes: list[FileOutcome]) -> None:
        self._import_finished()
        self.outcomes = outcomes
        self.session.changed.emit()
        self.accept()

    def _import_failed(self, error: BaseException) -> None:
        self._import_finished()
        if isinstance(error, ImportCancelled):
            self.status_label.setText(self.tr("Import cancelled: nothing was changed."))
        elif isinstance(error, FileRefused):
            message = self.tr("“%1” was not imported, and nothing was changed.").replace(
                "%1", error.file_name) + "\n\n" + error.refusal.summary(self._lang)
            errors.show_error(self, message, error.refusal.details)
        else:  # a bug: logged, told in plain words, and the dialog stays usable
            errors.handle_exception(type(error), error, error.__traceback__)

    def reject(self) -> None:
        """Esc or Cancel: while importing, cancel the import instead of leaving it running."""
        if self._import_task is not None:
            self._cancel_import()
            return
        super().reject()
