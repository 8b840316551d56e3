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
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "BalanceView"))
    box.setText(message)
    if details:
        box.setDetailedText(details)  # behind "Show Details…", for whoever helps them
    box.exec()


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
        _show_once(where, scrub(text), (kind, error, tb))


def _log_or_none(text: str) -> Path | None:
    try:
        return log_traceback(text)
    except OSError:  # a full disk or a read-only home must not hide the message as well
        return None


def _show_once(where: Path | None, details: str,
               raised: tuple[type[BaseException], BaseException, TracebackType | None]) -> None:
    global _showing
    _showing = True
    try:
        show_error(QApplication.activeWindow(), _plain_message(where), details)
    except Exception:  # the dialog itself failed: fall back to the terminal, never recurse
        sys.__excepthook__(*raised)
    finally:
        _showing = False


def _plain_message(where: Path | None) -> str:
    message = QCoreApplication.translate(
        "Errors", "Something went wrong, and BalanceView could not finish what it was doing.")
    if where is None:
        return message + " " + QCoreApplication.translate(
            "Errors", "The details could not be saved; they are shown below.")
    saved = QCoreApplication.translate("Errors", "The details were saved to %1")
    return message + " " + saved.replace("%1", str(where))


def install_excepthook() -> None:
    sys.excepthook = handle_exception
