"""The import dialog: each file as detected, its mapping, a preview and the outcome, then import."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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
    QVBoxLayout,
    QWidget,
)

from balanceview.core import profiles
from balanceview.core.errors import UserError
from balanceview.core.importer import FileOutcome
from balanceview.core.messages import Message
from balanceview.core.preview import (
    Check,
    Preview,
    mapping_refusal,
    refusal_of,
)
from balanceview.ui import errors, tasks
from balanceview.ui.geometry import resize_to_fit
from balanceview.ui.import_parts import ColumnMapping, OutcomeView, PreviewTable
from balanceview.ui.import_reasons import Choices
from balanceview.ui.import_report import ImportReport
from balanceview.ui.import_work import (
    FileChoice,
    FileRefused,
    ImportCancelled,
    check_file,
    import_all,
)
from balanceview.ui.language import chosen_language, explanation_lang
from balanceview.ui.session import Session

PROGRESS_DELAY_MS = 500  # quicker imports finish without a progress dialog flashing up


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
        resize_to_fit(self, 1100, 720)  # smaller where the screen is: Import stays on it
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
        self.choices = Choices(self.purse_box, self.card_box)
        self.profile_box = self._combo(self.tr("Saved column mapping"), [])
        self._fill_profiles()
        self.save_button = QPushButton(self.tr("&Save mapping as profile…"))
        self.mapping = ColumnMapping()
        self.mapping_area = QScrollArea()
        self.mapping_area.setWidget(self.mapping)
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.table = PreviewTable(lang=self._lang)
        self.rows_label = QLabel()
        self.skip_box = QCheckBox(self.tr("&Leave out the rows that cannot be read (marked ⚠) "
                                          "and import the rest"))
        self.outcome = OutcomeView(lang=self._lang)
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
            # Named for a person (never "card 1"); the list number names it to the core.
            combo.addItem(card.title(self._lang), str(card.id))
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
        column.addWidget(self.choices)
        column.addWidget(self._make_mapping_box())
        column.addWidget(self.rows_label)
        column.addWidget(self.table, 1)
        column.addWidget(self.skip_box)
        column.addWidget(self.outcome)
        column.addStretch(0)  # takes the room only when the table is hidden
        splitter = QSplitter()
        splitter.addWidget(self.file_list)
        # On a small screen (1024×700, or 200% scale) the file's part scrolls, and the
        # Import and Cancel buttons below it stay in sight.
        scrolling = QScrollArea()
        scrolling.setWidget(panel)
        scrolling.setWidgetResizable(True)
        scrolling.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter.addWidget(scrolling)
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
        self.purse_box.currentIndexChanged.connect(self._purse_changed)
        self.card_box.currentIndexChanged.connect(self._card_changed)
        self.card_box.lineEdit().editingFinished.connect(self._card_changed)
        self.profile_box.currentIndexChanged.connect(self._profile_chosen)
        self.save_button.clicked.connect(self.save_profile)
        self.mapping.changed.connect(self._mapping_changed)
        self.skip_box.toggled.connect(self._skip_changed)
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
        self.choices.show_check(result, self._lang)
        if result is None:
            self.outcome.show_text(self.tr("Checking the file…"))
            return
        shown = result.preview
        self._show_detected(choice)
        self.mapping.show_roles(shown)
        self._set_tab_order()  # the column drop-downs are made anew for each header
        self.table.show_preview(shown)
        self.skip_box.setVisible(bool(shown.problems))
        readable = shown.refusal is None
        for widget in (self.mapping_box, self.rows_label, self.table):
            widget.setVisible(readable)  # a picture or an empty file has nothing to map
        for widget in (self.purse_box, self.card_box, self.profile_box):
            widget.setEnabled(readable)
        self.purse_box.setEnabled(readable or choice.question == "which_purse")
        if choice.question is not None:  # the question is beside the box: say only what waits
            self.outcome.show_text("⚠ " + (
                self.tr("Nothing is imported until you choose the purse.")
                if choice.question == "which_purse" else
                self.tr("Nothing is imported until you choose the card.")))
        elif result.refusal is not None:
            self.outcome.show_refusal(result.refusal.summary(self._lang), shown.problems)
        elif result.outcome is not None:
            self.outcome.show_outcome(result.outcome, self.purse_names(),
                                      self._card_text(result.outcome))

    def _set_tab_order(self) -> None:
        """Top to bottom, left to right, as the dialog reads; Import and Cancel last."""
        chain = [self.file_list, self.purse_box, self.card_box, self.profile_box,
                 self.save_button, *self.mapping.combos(), self.table, self.skip_box,
                 self.outcome.details_button, self.outcome.lines, self.import_button,
                 self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_detected(self, choice: FileChoice) -> None:
        assert choice.result is not None
        shown = choice.result.preview
        self._show_purse(choice, shown)
        names = self.purse_names()
        if shown.refusal is not None:
            # A file whose purse is asked for is read again once it is chosen.
            self.detected_label.setText("" if choice.question else
                                        self.tr("This file cannot be read."))
            self.detected_label.setVisible(not choice.question)
            self.rows_label.clear()
            return
        # The card and its holder are said beside the Card box, with the reason: the
        # preview's card is the one the rows go to, not always one the file names.
        facts = [self.tr("Text encoding: %1").replace("%1", self._encoding_name(shown.encoding)),
                 self.tr("Column names on line %1").replace("%1", str(shown.header_line))]
        if shown.id_number:
            facts.append(self.tr("ID number: %1").replace("%1", shown.id_number))
        self.detected_label.setText(" · ".join(facts))
        self.detected_label.show()
        counts = ", ".join(f"{names.get(p, p)} {n}" for p, n in shown.purses.items())
        self.rows_label.setText(self.tr("First rows of the file (rows read: %1)").replace(
            "%1", counts or "0"))

    def _show_purse(self, choice: FileChoice, shown: Preview) -> None:
        """The purse the file goes to, preselected as the core decided it (the person's own
        choice stays); the first item says what it means for this file."""
        split = "account_type" in shown.columns  # each row's purse column decides
        first = self.tr("Automatic (each row's purse column)") if split else \
            self.tr("Choose the purse…") if choice.question == "which_purse" else \
            self.tr("Automatic")
        self.purse_box.blockSignals(True)  # showing the decision is not a choice by the user
        self.purse_box.setItemText(0, first)
        decided = None if split or shown.refusal is not None else shown.default_purse
        self.purse_box.setCurrentIndex(max(0, self.purse_box.findData(
            choice.account or decided)))
        self.purse_box.blockSignals(False)
        self.purse_box.updateGeometry()  # its width follows the longer text

    def _card_text(self, outcome: FileOutcome) -> str:
        """The card the rows go to, as the card list will show it: one the database knows,
        else a new one (the dry run's id for a new card was rolled back: not shown)."""
        for card in self.session.cards():
            if card.id == outcome.card_id:
                return card.title(self._lang)
        shown = outcome.card_shown
        if shown and not isinstance(shown, Message):  # holder and masked number
            return self.tr("a new card, %1").replace("%1", shown)
        return self.tr("a new card (the file does not give its number: you can type it in "
                       "the Card box)")

    def _encoding_name(self, encoding: str) -> str:
        known = {"excel": self.tr("Excel spreadsheet"), "utf-8": "UTF-8",
                 "gb18030": self.tr("GB18030 (Chinese)")}
        return known.get(encoding, encoding.upper())

    # the user's changes

    # Each box changes only its own choice: a purse shown as decided is not made "chosen"
    # by a change of the card.
    def _purse_changed(self) -> None:
        self.current().account = self.purse_box.currentData()
        self._queue_check(self.current(), first=True)

    def _card_changed(self) -> None:
        card = self._chosen_card()
        if card == self.current().card and self.current().result is not None:
            return  # Enter in the box, or focus leaving it, with nothing changed
        self.current().card = card
        self._queue_check(self.current(), first=True)

    def _skip_changed(self) -> None:
        self.current().skip_bad_rows = self.skip_box.isChecked()
        self._queue_check(self.current(), first=True)

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
            errors.show_error(self, result.refusal.summary(self._lang),
                              result.refusal.details_in(self._lang))

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
        # Bound methods of the dialog: Qt delivers the result on the GUI thread.
        self._check_task = tasks.start(
            lambda _task: (index, generation, check_file(database, job)),
            done=self._check_done, failed=self._check_failed)

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
        errors.show_error(self, message, "\n".join(r.details_in(self._lang) for _, r in refusals))
        self.reject()

    def _update_state(self) -> None:
        """The list's words and icons, and whether Import can be pressed."""
        for index, choice in enumerate(self.files):
            self._describe_item(self.file_list.item(index), choice)
        busy = self.checking()
        ready = [c for c in self.files if c.importable]
        importing = self._import_task is not None
        self.import_button.setEnabled(bool(ready) and not busy and not importing)
        result = self.current().result
        self.save_button.setEnabled(result is not None and result.preview.refusal is None)
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
        self._import_task = tasks.start(
            lambda task: import_all(database, jobs, task), done=self._import_done,
            failed=self._import_failed, progress=self._import_progress)
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
        self.session.imported([o.batch_id for o in outcomes if o.batch_id is not None])
        self._show_report(outcomes)

    def _show_report(self, outcomes: list[FileOutcome]) -> None:
        """What the import did, in place of the choices: the window behind already shows it;
        Close (Enter or Esc) leaves."""
        for widget in (self.file_list, self.file_label, self.detected_label, self.choices,
                       self.mapping_box, self.rows_label, self.table, self.skip_box):
            widget.hide()
        self.outcome.show_report(ImportReport(self._lang, self.purse_names(), self)
                                 .text(outcomes))
        self.import_button.setDefault(False)
        self.import_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
        self.status_label.setText(self.tr("Import finished."))
        # As tall as the report, no taller: the window behind shows the new balances.
        margins = self.layout().contentsMargins()
        needed = self.panel.sizeHint().height() + self.buttons.sizeHint().height() + \
            margins.top() + margins.bottom() + 2 * self.layout().spacing()
        self.resize(self.width(), min(self.height(), max(needed, 200)))

    def _import_failed(self, error: BaseException) -> None:
        self._import_finished()
        if isinstance(error, ImportCancelled):
            self.status_label.setText(self.tr("Import cancelled: nothing was changed."))
        elif isinstance(error, FileRefused):
            message = self.tr("“%1” was not imported, and nothing was changed.").replace(
                "%1", error.file_name) + "\n\n" + error.refusal.summary(self._lang)
            errors.show_error(self, message, error.refusal.details_in(self._lang))
        else:  # a bug: logged, told in plain words, and the dialog stays usable
            errors.handle_exception(type(error), error, error.__traceback__)

    def reject(self) -> None:
        """Esc or Cancel: while importing, cancel the import instead of leaving it running."""
        if self._import_task is not None:
            self._cancel_import()
            return
        if self.outcomes:  # Close after an import: the import is done, not cancelled
            self.accept()
            return
        super().reject()

