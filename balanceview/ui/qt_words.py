"""Qt's own words that BalanceView says differently in Chinese, or that Qt leaves English.

qtbase_zh_CN translates Qt's dialogs; a few of its words are not the ones our readers know,
and a few it does not have at all.
Naming them here puts them in our .ts (lupdate reads these calls), and our translator,
installed after Qt's, answers first. Never called: it exists to be read by lupdate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def overridden() -> list[str]:
    return [
        # QMessageBox's details button: “显示详细信息…” rather than “显示详情...”
        QCoreApplication.translate("QMessageBox", "Show Details..."),
        QCoreApplication.translate("QMessageBox", "Hide Details..."),
        # The file dialog's labels carry accelerators that qtbase_zh_CN has no entry for,
        # so without these it says "Look in:" and "Files of type:" in Chinese mode.
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        # The print dialog's, likewise (qtbase_zh_CN knows only "Page Set:").
        QCoreApplication.translate("QPrintSettingsOutput", "Page &Set:"),
    ]
