"""Help ▸ "Why is my balance zero?" and Help ▸ About."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import balanceview
from balanceview.core.logfile import log_path
from balanceview.ui import icons
from balanceview.ui.help_texts import why_zero


def help_dialog(parent: QWidget | None, language: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Help", "Why is my balance zero?"))
    browser = QTextBrowser()
    browser.setOpenLinks(False)  # the text has no links to follow: BalanceView stays offline
    browser.setAccessibleName(QCoreApplication.translate("Help", "Help text"))
    font = browser.font()
    font.setPointSizeF(max(font.pointSizeF() * 1.15, 11.0))  # many readers are older
    browser.setFont(font)
    browser.setHtml(why_zero(language))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(760, 720)
    return dialog


def show_help(parent: QWidget | None, language: str) -> None:
    help_dialog(parent, language).exec()


def about_html(database_path: Path) -> str:
    # Spelled out as QCoreApplication.translate("About", ...) so lupdate finds every string.
    purpose = QCoreApplication.translate(
        "About", "The two balances of a Chinese social security card, explained from your own "
                 "statements.")
    licence = QCoreApplication.translate(
        "About", "Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).")
    data = QCoreApplication.translate("About", "Where your data lives")
    database = QCoreApplication.translate("About", "Database:")
    log = QCoreApplication.translate("About", "Log file:")
    offline = QCoreApplication.translate(
        "About", "BalanceView never uses the network: your statements stay on this computer.")
    font = QCoreApplication.translate(
        "About", "Chinese font: Noto Sans CJK SC (a subset), © Adobe, under the SIL Open Font "
                 "License 1.1.")
    return (f"<h2>BalanceView {escape(balanceview.__version__)}</h2>"
            f"<p>{escape(purpose)}</p><p>{escape(licence)}</p>"
            f"<p><b>{escape(data)}</b><br/>{escape(database)} {escape(str(database_path))}"
            f"<br/>{escape(log)} {escape(str(log_path()))}</p>"
            f"<p>{escape(offline)}</p><p>{escape(font)}</p>")


def about_box(parent: QWidget | None, database_path: Path) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About BalanceView"))
    box.setIconPixmap(icons.icon("app").pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html(database_path))
    # Selectable, so the database and log paths can be copied into a file manager.
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def show_about(parent: QWidget | None, database_path: Path) -> None:
    about_box(parent, database_path).exec()
