"""Starting the desktop app: settings, language, the database, and the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from balanceview.core.errors import UserError
from balanceview.core.paths import default_database
from balanceview.ui import collector, first_paint, icons
from balanceview.ui.language import chosen_language, install_translators
from balanceview.ui.main_window import MainWindow
from balanceview.ui.session import Session


class Controller:
    """Owns the window; makes a new one when the database or the language changes."""

    def __init__(self, app: QApplication, path: Path) -> None:
        self.app = app
        self.language = chosen_language()
        install_translators(app, self.language)
        self.window: MainWindow | None = None
        self.open(Session(path))

    def open(self, session: Session) -> None:
        old = self.window
        self.window = MainWindow(session, self.language)
        self.window.samples_requested.connect(self.open_samples)
        self.window.language_changed.connect(self.change_language)
        self.window.database_changed.connect(lambda path: self.open(Session(path)))
        first_paint.watch(self.window)
        if old is not None:  # a new language or database: the same place on the screen
            self.window.restoreGeometry(old.saveGeometry())
        self.window.show()
        if old is not None:
            old.close()
            old.session.close()

    def open_samples(self) -> None:
        from balanceview.core.samples import demo_database, import_samples

        session = Session(demo_database(), is_demo=True)
        import_samples(session.store)
        self.open(session)

    def change_language(self, language: str) -> None:
        from PySide6.QtCore import QSettings

        QSettings().setValue("language", language)
        self.language = language
        install_translators(self.app, language)
        assert self.window is not None
        self.open(Session(self.window.session.path, is_demo=self.window.session.is_demo))


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("BalanceView")
    app.setApplicationName("BalanceView")
    app.setWindowIcon(icons.icon("app"))
    collector.install(app)
    _ensure_chinese_font()
    _follow_dark_mode(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def _ensure_chinese_font() -> None:
    """Where the system has no Chinese font (a bare Linux), the shipped one draws Chinese;
    elsewhere it is not loaded, to keep start-up short."""
    from PySide6.QtGui import QFontDatabase

    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        from balanceview.ui.printing import app_font_family

        app_font_family()


def _follow_dark_mode(app: QApplication) -> None:
    """The native style follows the system's colours; the old Windows style cannot draw dark,
    so on a dark Windows desktop Fusion (which can) takes its place."""
    from PySide6.QtCore import Qt

    dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    if dark and app.style().name().lower() == "windowsvista":
        app.setStyle("fusion")


def run(database: Path | None = None) -> int:
    """The desktop app, until its window closes; 2 if the database cannot be opened."""
    from balanceview.ui.errors import install_excepthook, show_error

    app = make_app()
    install_excepthook()
    try:
        controller = Controller(app, database or default_database())
    except UserError as error:
        show_error(None, str(error))
        return 2
    exit_code = int(app.exec())
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()  # a Qt thread running Python must end first
    del controller  # lived as long as the loop: it owns the window
    collector.install(app).stop()
    return exit_code
