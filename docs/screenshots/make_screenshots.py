"""Pictures of the real app for the README, in Chinese and English.

Run: `.venv/bin/python docs/screenshots/make_screenshots.py`

Runs offscreen with its own settings and a demo database in a temporary folder, so a user's
settings and data are never touched. Writes PNGs beside this script.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = Path(tempfile.mkdtemp(prefix="balanceview-shots-"))
atexit.register(shutil.rmtree, _home, ignore_errors=True)
os.environ["XDG_CONFIG_HOME"] = str(_home / "config")
os.environ["XDG_DATA_HOME"] = str(_home / "data")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402 - after the environment

from balanceview.core.samples import import_samples, samples_dir  # noqa: E402
from balanceview.ui.app import make_app  # noqa: E402
from balanceview.ui.import_dialog import ImportDialog  # noqa: E402
from balanceview.ui.language import install_translators  # noqa: E402
from balanceview.ui.main_window import MainWindow  # noqa: E402
from balanceview.ui.print_actions import preview_dialog  # noqa: E402
from balanceview.ui.session import Session  # noqa: E402

SIZE = (1360, 860)


def settle(app: QApplication, until=lambda: True, seconds: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """Let queued work (details after the first paint, background checks) finish."""
    deadline = time.monotonic() + seconds
    app.processEvents()
    while not until() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)  # a script waiting on the app, not a test
    app.processEvents()


def save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(HERE / name))
    print("wrote", HERE / name)


def shoot(app: QApplication, language: str) -> None:
    install_translators(app, language)
    suffix = "zh" if language.startswith("zh") else "en"
    empty = MainWindow(Session(_home / f"empty-{suffix}.db"), language)
    empty.resize(*SIZE)
    empty.show()
    settle(app)
    save(empty, f"welcome-{suffix}.png")
    demo = Session(_home / f"demo-{suffix}.db", is_demo=True)
    import_samples(demo.store)
    window = MainWindow(demo, language)
    window.resize(*SIZE)
    window.show()
    page = window.card_page
    settle(app, lambda: page.explained is not None)
    save(window, f"card-at-zero-{suffix}.png")
    _import_dialog(app, window, suffix)
    _print_preview(app, window, language, suffix)
    for closing in (empty, window):
        closing.close()


def _import_dialog(app: QApplication, window: MainWindow, suffix: str) -> None:
    dialog = ImportDialog(Session(_home / f"import-{suffix}.db"),
                          [samples_dir() / "medical_spent_down.csv"], window)
    dialog.resize(1180, 820)
    dialog.show()
    settle(app, lambda: not dialog.checking())
    save(dialog, f"import-dialog-{suffix}.png")
    dialog.reject()


def _print_preview(app: QApplication, window: MainWindow, language: str, suffix: str) -> None:
    preview = preview_dialog(window, window.session, window.card_page.card, language)
    preview.show()
    settle(app)
    save(preview, f"print-preview-{suffix}.png")
    preview.reject()


def main() -> int:
    app = make_app(sys.argv[:1])
    for language in ("zh_CN", "en"):
        shoot(app, language)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
