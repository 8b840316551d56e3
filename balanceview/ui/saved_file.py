"""After a file is written: say where it went, and offer to open it or show its folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def saved_box(parent: QWidget | None, path: Path) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("SavedFile", "PDF saved"))
    box.setText(QCoreApplication.translate("SavedFile", "The PDF was saved as “%1”.").replace(
        "%1", path.name))
    box.setInformativeText(QCoreApplication.translate("SavedFile", "In the folder: %1").replace(
        "%1", str(path.parent)))
    box.open_button = box.addButton(  # type: ignore[attr-defined]
        QCoreApplication.translate("SavedFile", "&Open the PDF"),
        QMessageBox.ButtonRole.AcceptRole)
    box.folder_button = box.addButton(  # type: ignore[attr-defined]
        QCoreApplication.translate("SavedFile", "Show in &folder"),
        QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(box.open_button)  # type: ignore[attr-defined]
    return box


def tell_saved(parent: QWidget | None, path: Path) -> None:
    box = saved_box(parent, path)
    box.exec()
    clicked = box.clickedButton()
    if clicked is box.open_button:  # type: ignore[attr-defined]
        open_file(path)
    elif clicked is box.folder_button:  # type: ignore[attr-defined]
        show_in_folder(path)


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """The file selected in the system's file manager where it can say so, else its folder."""
    if sys.platform == "win32":
        subprocess.Popen(["explorer", "/select,", str(path)])  # noqa: S603,S607 - our own path
        return True
    if sys.platform == "darwin":
        subprocess.Popen(["open", "-R", str(path)])  # noqa: S603,S607 - our own path
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
