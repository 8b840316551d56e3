"""Errors a person can read: a plain message, the details one click away, bugs logged, no crash."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from balanceview.core.dates import now_iso
from balanceview.core.logfile import log_path
from balanceview.core.masking import scrub

_showing = False  # set while the hook's own dialog is up: a failure there must not loop


def show_error(parent: QWidget | None, message: str, details: str = "") -> None:
    error_box(parent, message, details).exec()


def error_box(parent: QWidget | None, message: str, details: str = "") -> QMessageBox:
    """What happened and what to do, in plain words; the technical details (and where the log
    is) stay behind “Show Details…” for whoever helps."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "BalanceView"))
    box.setText(message)
    if details:
        box.setDetailedText(details)
    return box


def log_traceback(text: str) -> Path:
    """Append a traceback, card numbers scrubbed, to the log file; returns the log's path."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {now_iso()}\n{scrub(text)}\n")
    return path


def handle_exception(kind: type[BaseException], error: BaseException,
                     tb: TracebackType | None) -> None:
    """sys.excepthook: log the bug, tell the person in plain words, keep the app running."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    text = "".join(traceback.format_exception(kind, error, tb))
    where = _log_or_none(text)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
    elif not _showing:  # while one message is up, later bugs only go to the log
        _show_once(_plain_message(), _details(where, scrub(text)), (kind, error, tb))


def _log_or_none(text: str) -> Path | None:
    try:
        return log_traceback(text)
    except OSError:  # a full disk or a read-only home must not hide the message as well
        return None


def _show_once(message: str, details: str,
               raised: tuple[type[BaseException], BaseException, TracebackType | None]) -> None:
    global _showing
    _showing = True
    try:
        show_error(QApplication.activeWindow(), message, details)
    except Exception:  # the dialog itself failed: fall back to the terminal, never recurse
        sys.__excepthook__(*raised)
    finally:
        _showing = False


def _plain_message() -> str:
    return QCoreApplication.translate(
        "Errors", "BalanceView could not finish what it was doing. Your data is safe: "
                  "nothing that was imported has been lost.\n\nPlease try again. If it "
                  "happens again, close BalanceView and open it again; if it still happens, "
                  "show the details to whoever helps you with the computer.")


def _details(where: Path | None, traceback_text: str) -> str:
    """The log's path first (for whoever helps), then the traceback, card numbers scrubbed."""
    if where is None:
        saved = QCoreApplication.translate("Errors", "The details could not be saved to the "
                                                     "log file.")
    else:
        saved = QCoreApplication.translate("Errors", "Saved in the log file: %1").replace(
            "%1", str(where))
    return f"{saved}\n\n{traceback_text}"


def install_excepthook() -> None:
    sys.excepthook = handle_exception
