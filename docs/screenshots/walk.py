"""The first-use walk of issue #11, on a real screen, with a picture of each step.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/walk.py OUT
    xvfb-run -s "-screen 0 1024x700x24" .venv/bin/python docs/screenshots/walk.py OUT --small
    QT_SCALE_FACTOR=2 xvfb-run -s "-screen 0 1366x768x24" \\
        .venv/bin/python docs/screenshots/walk.py OUT --small

The whole walk runs the app as a person does, in Chinese, from an empty database: import a
medical export without title lines and a bank statement, read the explanation, click its
evidence, print preview, export PDF, switch the language both ways, open the demo. With
--small it only opens the demo and the import dialog, for the layout on small or scaled
screens. Its own settings and data live in a temporary folder; pictures go to OUT (the whole
screen, dialogs included: what the person sees). The README's pictures come from this walk.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

_home = Path(tempfile.mkdtemp(prefix="balanceview-walk-"))
atexit.register(shutil.rmtree, _home, ignore_errors=True)
os.environ["XDG_CONFIG_HOME"] = str(_home / "config")
os.environ["XDG_DATA_HOME"] = str(_home / "data")

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl  # noqa: E402 - after the environment
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog  # noqa: E402

from balanceview.core.samples import samples_dir  # noqa: E402
from balanceview.ui.app import Controller, make_app  # noqa: E402

Step = Iterator[Callable[[], bool] | None]  # yield a condition to wait for, or None: a moment


class Walk:
    def __init__(self, app: QApplication, out: Path) -> None:
        self.app, self.out = app, out
        self.controller: Controller | None = None
        self.shots: list[str] = []

    @property
    def window(self):  # type: ignore[no-untyped-def]
        assert self.controller is not None and self.controller.window is not None
        return self.controller.window

    def shot(self, name: str) -> None:
        self.app.processEvents()
        picture = self.app.primaryScreen().grabWindow(0)
        picture.save(str(self.out / f"{name}.png"))
        self.shots.append(name)
        print("shot", name, flush=True)

    def later(self, action: Callable[[], object]) -> None:
        """From the event loop, so that a modal dialog it opens does not hold the walk."""
        QTimer.singleShot(0, action)

    def modal(self, kind: str) -> Callable[[], bool]:
        return lambda: type(QApplication.activeModalWidget()).__name__ == kind

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
            ) -> None:
        target = QApplication.activeModalWidget() or QApplication.activePopupWidget() \
            or self.window
        QTest.keyClick(target.focusWidget() or target, key, modifier)

    def run(self, steps: Step) -> None:
        """Resume the walk each 150 ms, once what it waits for has come."""
        waiting: list[Callable[[], bool] | None] = [None]
        deadline = [time.monotonic() + 60]

        def tick() -> None:
            condition = waiting[0]
            if condition is not None and not condition():
                if time.monotonic() > deadline[0]:
                    print("gave up waiting", flush=True)
                    self.app.exit(1)
                    return
                QTimer.singleShot(150, tick)
                return
            try:
                waiting[0] = next(steps)
                deadline[0] = time.monotonic() + 60
            except StopIteration:
                self.app.exit(0)
                return
            QTimer.singleShot(150 if waiting[0] is None else 50, tick)

        QTimer.singleShot(300, tick)


def title_less_medical(folder: Path) -> Path:
    """The medical sample as some apps export it: the header on the first line, no titles."""
    lines = (samples_dir() / "medical_spent_down.csv").read_bytes().split(b"\r\n")
    first = "交易时间".encode("gb18030")
    header = next(i for i, line in enumerate(lines) if line.startswith(first))
    path = folder / "医保个人账户明细.csv"
    path.write_bytes(b"\r\n".join(lines[header:]))
    return path


def import_by_keyboard(walk: Walk, path: Path, name: str, report: str | None = None,
                       answer: Callable[[], object] | None = None) -> Step:
    """Ctrl+I, the file, a picture of the dialog, Enter imports; the dialog then tells what the
    import did (a picture named `report`), and Enter closes it. `answer` answers the
    dialog's question (which purse, which card) before the import."""
    QFileDialog.getOpenFileNames = staticmethod(  # type: ignore[method-assign]
        lambda *a, **k: ([str(path)], ""))
    walk.window.activateWindow()
    yield None
    walk.later(lambda: walk.key(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier))
    yield lambda: walk.modal("ImportDialog")() and not QApplication.activeModalWidget().checking()
    walk.shot(name)
    if answer is not None:
        answer()
        yield lambda: QApplication.activeModalWidget().import_button.isEnabled()
        walk.shot(f"{name}-answered")
    walk.key(Qt.Key.Key_Return)  # Import is the default button
    yield lambda: bool(getattr(QApplication.activeModalWidget(), "outcomes", None))
    if report:
        walk.shot(report)
    walk.key(Qt.Key.Key_Return)  # Close, the default button of the report
    yield lambda: QApplication.activeModalWidget() is None
    page = walk.window.card_page
    yield lambda: page.explained is not None and not page.transactions.model.busy


def full_walk(walk: Walk, pdf: Path) -> Step:
    yield None
    walk.shot("01-welcome-empty")
    # Qt's own file dialog, in Chinese (the walk then names its files without it).
    dialog = QFileDialog(walk.window, "导入对账单", str(_home))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    walk.later(dialog.exec)
    yield walk.modal("QFileDialog")
    walk.shot("02-qt-file-dialog")
    dialog.reject()
    yield None
    yield from import_by_keyboard(walk, title_less_medical(_home), "03-import-medical")
    walk.shot("04-medical-imported")
    yield from import_by_keyboard(walk, samples_dir() / "bank_emergency_advance.csv",
                                  "05-import-bank")
    walk.shot("06-bank-imported")
    page = walk.window.card_page
    at_zero = [i for i in range(page.cards.count()) if "医保: ¥ 0.00" in page.cards.item(i).text()]
    if at_zero and page.cards.count() > 1:  # both files may have gone to one card
        page.cards.setCurrentRow(at_zero[0])
    yield lambda: page.explained is not None and not page.transactions.model.busy
    walk.shot("07-explanation")
    page.explanation.browser.anchorClicked.emit(QUrl("evidence:0"))
    yield lambda: bool(page.transactions.table.selectionModel().selectedRows())
    walk.shot("08-evidence-selected")
    yield from print_and_save(walk, pdf)
    yield from switch_language(walk)
    walk.later(walk.window.show_imports)
    yield walk.modal("ImportsDialog")
    walk.shot("16-imports-list")
    QApplication.activeModalWidget().reject()
    yield None
    walk.later(walk.window.samples_action.trigger)
    yield lambda: walk.window.session.is_demo and walk.window.card_page.explained is not None
    yield lambda: not walk.window.card_page.transactions.model.busy
    walk.shot("17-demo")


def print_and_save(walk: Walk, pdf: Path) -> Step:
    walk.window.activateWindow()
    yield None
    walk.later(lambda: walk.key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                                | Qt.KeyboardModifier.ShiftModifier))
    yield walk.modal("PrintOptionsDialog")
    walk.shot("09-print-options")
    walk.key(Qt.Key.Key_Return)
    yield walk.modal("QPrintPreviewDialog")
    yield None
    walk.shot("10-print-preview")
    QApplication.activeModalWidget().reject()
    yield lambda: QApplication.activeModalWidget() is None
    QFileDialog.getSaveFileName = staticmethod(  # type: ignore[method-assign]
        lambda *a, **k: (str(pdf), ""))
    walk.later(walk.window.pdf_action.trigger)
    yield walk.modal("PrintOptionsDialog")
    walk.key(Qt.Key.Key_Return)
    yield walk.modal("QMessageBox")
    walk.shot("11-pdf-saved")
    QApplication.activeModalWidget().reject()
    yield lambda: QApplication.activeModalWidget() is None


def switch_language(walk: Walk) -> Step:
    for language, name in (("en", "13-english"), ("zh_CN", "14-chinese-again")):
        walk.later(walk.window.show_settings)
        yield walk.modal("SettingsDialog")
        settings = QApplication.activeModalWidget()
        settings.language_combo.setCurrentIndex(settings.language_combo.findData(language))
        if language == "en":
            walk.shot("12-settings")
        walk.key(Qt.Key.Key_Return)
        yield lambda lang=language: walk.window.language == lang
        yield lambda: walk.window.card_page.explained is not None
        yield lambda: not walk.window.card_page.transactions.model.busy
        walk.shot(name)


def small_walk(walk: Walk, suffix: str) -> Step:
    walk.later(walk.window.samples_action.trigger)
    yield lambda: walk.window.session.is_demo and walk.window.card_page.explained is not None
    yield lambda: not walk.window.card_page.transactions.model.busy
    walk.shot(f"window-{suffix}")
    yield from import_by_keyboard(walk, samples_dir() / "both_purses.csv", f"import-{suffix}")


def walk_in_chinese(steps: Callable[[Walk], Step]) -> int:
    """A walk from an empty database on the whole screen, in Chinese; pictures to argv[1]."""
    from PySide6.QtCore import QThreadPool

    out = Path(sys.argv[1]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = make_app(sys.argv[:1])
    QSettings().setValue("language", "zh_CN")
    walk = Walk(app, out)
    walk.controller = Controller(app, _home / "data" / "mine.db")
    walk.window.setGeometry(app.primaryScreen().availableGeometry())  # no window manager
    walk.run(steps(walk))
    code = int(app.exec())
    QThreadPool.globalInstance().waitForDone()
    return code


def main() -> int:
    out = Path(sys.argv[1]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    small = "--small" in sys.argv
    app = make_app(sys.argv[:1])
    QSettings().setValue("language", "zh_CN")
    walk = Walk(app, out)
    walk.controller = Controller(app, _home / "data" / "mine.db")
    screen = app.primaryScreen().availableGeometry()
    walk.window.setGeometry(screen)  # no window manager here to maximise it
    if small:
        scale = os.environ.get("QT_SCALE_FACTOR", "1")
        suffix = f"{screen.width()}x{screen.height()}pt-scale{scale}"
        walk.run(small_walk(walk, suffix))
    else:
        walk.run(full_walk(walk, _home / "explained.pdf"))
    code = int(app.exec())
    if not small and (_home / "explained.pdf").is_file():  # its first page, as printed
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                        str(_home / "explained.pdf"), str(out / "15-pdf-page-1")], check=False)
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
