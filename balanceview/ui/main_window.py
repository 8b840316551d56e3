"""The main window: menus, the welcome page or the card page, files dropped on it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QScrollArea, QStackedWidget, QWidget

from balanceview.core.errors import UserError
from balanceview.ui import icons
from balanceview.ui.card_page import CardPage
from balanceview.ui.session import Change, Session
from balanceview.ui.welcome import WelcomePage

STATEMENT_FILTER = "*.csv *.tsv *.txt *.xls *.xlsx *.pdf"


class MainWindow(QMainWindow):
    samples_requested = Signal()
    language_changed = Signal(str)
    database_changed = Signal(object)  # Path

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.setWindowTitle(self._title())
        self.setAcceptDrops(True)
        self.welcome = WelcomePage()
        self.card_page = CardPage(session, language)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self._scrolling(self.card_page))
        self.setCentralWidget(self.pages)
        self.welcome.import_requested.connect(self.import_files)
        self.welcome.samples_requested.connect(self.samples_requested)
        self._make_menus()
        session.changed.connect(self.refresh)
        self._restore_geometry()
        self.refresh()

    def current_page(self) -> QWidget:
        """The welcome page or the card page, whichever is shown."""
        return self.card_page if self.pages.currentIndex() == 1 else self.welcome

    @staticmethod
    def _scrolling(page: QWidget) -> QScrollArea:
        """On a screen smaller than the page's least readable size (1366×768 at 200% is
        683×384 points), the page scrolls instead of squeezing its text to nothing."""
        area = QScrollArea()
        area.setWidget(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    def _title(self) -> str:
        demo = self.tr(" (demo)") if self.session.is_demo else ""
        return self.tr("BalanceView") + demo + f" — {self.session.path.name}"

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None,  # type: ignore[no-untyped-def]
                icon: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(icons.icon(icon))
        action.triggered.connect(slot)
        return action

    def _make_menus(self) -> None:
        self.import_action = self._action(self.tr("&Import statement…"), self.import_files,
                                          "Ctrl+I", "import")
        self.samples_action = self._action(self.tr("Open the sample &data"), self.samples_requested)
        # Ctrl+P prints, as everywhere; the preview has a shortcut of its own, never the same.
        self.preview_action = self._action(self.tr("Print pre&view…"), self.print_preview,
                                           "Ctrl+Shift+P", "print")
        self.print_action = self._action(self.tr("&Print…"), self.print_now,
                                         QKeySequence.StandardKey.Print)
        self.pdf_action = self._action(self.tr("&Export PDF…"), self.export_pdf, "Ctrl+E", "pdf")
        self.imports_action = self._action(self.tr("Imported &files…"), self.show_imports)
        self.rename_action = self._action(self.tr("&Rename this card…"),
                                          self.card_page.rename_card, "F2")
        self.reload_action = self._action(self.tr("Re&load"), self.reload,
                                          QKeySequence.StandardKey.Refresh)
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.help_action = self._action(self.tr("&Why is my balance zero?"), self.show_help,
                                        QKeySequence.StandardKey.HelpContents, "help")
        self.about_action = self._action(self.tr("&About BalanceView"), self.show_about)
        self._name_for_toolbar()
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent statements"))
        self._fill_recent_menu()
        for action in (self.samples_action, self.imports_action, self.rename_action,
                       self.reload_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.preview_action, self.print_action, self.pdf_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)  # words, too
        for action in (self.import_action, self.preview_action, self.pdf_action, self.help_action):
            toolbar.addAction(action)

    def _name_for_toolbar(self) -> None:
        """Short words under the toolbar's icons; the menus keep the longer ones."""
        for action, text in ((self.import_action, self.tr("Import")),
                             (self.preview_action, self.tr("Print preview")),
                             (self.pdf_action, self.tr("Export PDF")),
                             (self.help_action, self.tr("Help"))):
            action.setIconText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shortcut})" if shortcut else text)

    def refresh(self, change: Change | None = None) -> None:
        """Every view from the data as it is now; the card a change touched is shown. A read
        that fails is said in plain words, and the next refresh starts on a fresh connection."""
        try:
            self._refresh(change.card_id if change else None)
        except (sqlite3.Error, UserError) as error:
            self._refresh_failed(error)

    def reload(self) -> None:
        """View ▸ Reload (F5): everything read again, on a fresh connection."""
        try:
            self.session.reopen()
        except UserError as error:
            self._refresh_failed(error)
            return
        self.refresh()

    def _refresh(self, card_id: int | None) -> None:
        has_cards = bool(self.session.cards())
        self.pages.setCurrentIndex(1 if has_cards else 0)
        for action in (self.preview_action, self.print_action, self.pdf_action,
                       self.rename_action):
            action.setEnabled(has_cards)
        if has_cards:
            self.card_page.refresh(card_id)

    def _refresh_failed(self, error: BaseException) -> None:
        from balanceview.ui.errors import show_error

        try:
            self.session.reopen()  # the next refresh reads through a new connection
        except UserError:
            pass  # still unreadable: the next refresh says so again
        show_error(self, self.tr("The window could not read your data just now. Nothing was "
                                 "lost. Press F5 (or choose File ▸ Reload) to read it again."),
                   str(error))

    def import_files(self, paths: list[Path] | None = None) -> None:
        from balanceview.ui.import_dialog import ImportDialog

        if not paths:
            start = str(QSettings().value("last_folder", str(Path.home())))
            chosen, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Import statements"), start,
                self.tr("Statements (%1);;All files (*)").replace("%1", STATEMENT_FILTER))
            paths = [Path(p) for p in chosen]
        if not paths:
            return
        QSettings().setValue("last_folder", str(paths[0].parent))
        dialog = ImportDialog(self.session, paths, self)
        if dialog.exec():
            self._remember(paths)
        dialog.deleteLater()

    def _remember(self, paths: list[Path]) -> None:
        """The recent statements menu: newest first, at most eight."""
        recent = [str(p) for p in paths]
        recent += [p for p in self._recent() if p not in recent]
        QSettings().setValue("recent_files", recent[:8])
        self._fill_recent_menu()

    def _recent(self) -> list[str]:
        value = QSettings().value("recent_files", [])
        return [str(v) for v in (value if isinstance(value, list) else [value]) if v]

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self._recent():
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.import_files([Path(p)]))
        self.recent_menu.setEnabled(bool(self._recent()))

    def print_preview(self) -> None:
        from balanceview.ui.print_actions import print_preview
        from balanceview.ui.print_options import ask_full_history

        full = ask_full_history(self)
        if full is not None:
            print_preview(self, self.session, self.card_page.card, self.language, full)

    def print_now(self) -> None:
        from balanceview.ui.print_actions import print_now
        from balanceview.ui.print_options import ask_full_history

        full = ask_full_history(self)
        if full is not None:
            print_now(self, self.session, self.card_page.card, self.language, full)

    def export_pdf(self) -> None:
        from balanceview.ui.print_actions import export_pdf
        from balanceview.ui.print_options import ask_full_history
        from balanceview.ui.saved_file import tell_saved

        full = ask_full_history(self)
        if full is None:
            return
        written = export_pdf(self, self.session, self.card_page.card, self.language,
                             full_history=full)
        if written is not None:
            tell_saved(self, written)

    def show_imports(self) -> None:
        from balanceview.ui.imports_dialog import ImportsDialog

        ImportsDialog(self.session, self).exec()

    def show_settings(self) -> None:
        from balanceview.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.language, self.session.path, self)
        if dialog.exec():
            if dialog.language() != self.language:
                self.language_changed.emit(dialog.language())
            if dialog.database() != self.session.path:
                self.database_changed.emit(dialog.database())

    def show_help(self) -> None:
        from balanceview.ui.help import show_help

        show_help(self, self.language)

    def show_about(self) -> None:
        from balanceview.ui.help import show_about

        show_about(self, self.session.path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def _restore_geometry(self) -> None:
        from balanceview.ui.geometry import restore

        restore(self, QSettings().value("window/geometry"), 1200, 800)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
