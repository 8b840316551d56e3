"""Files that are no statement of the card (a payment app's bill, a credit card's, another
currency, a table without amounts, a scanned PDF) and a full disk: each refused in the plain
words of its kind, in the dialog's language."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from balanceview.core import importer
from balanceview.core.preview import REFUSALS
from balanceview.ui.import_dialog import ImportDialog
from tests.core.test_pdf_refusals import scanned_pdf
from tests.ui.test_import_dialog import open_dialog, session, shown_errors

__all__ = ["session", "shown_errors"]  # fixtures shared with the dialog's own tests

LAYOUTS = Path(__file__).resolve().parents[1] / "fixtures" / "layouts"


def no_amount(folder: Path) -> Path:
    path = folder / "余额表.csv"
    path.write_text("交易日期,摘要,余额\n2024-01-01,存款,100.00\n", "utf-8")
    return path


def scan(folder: Path) -> Path:
    path = folder / "扫描件.pdf"
    path.write_bytes(scanned_pdf())
    return path


FILES = {
    "jd": (lambda _: LAYOUTS / "jd_payment_record.csv", "payment_app"),
    "meituan": (lambda _: LAYOUTS / "meituan_payment_record.csv", "payment_app"),
    "credit card": (lambda _: LAYOUTS / "cmb_credit_card.csv", "credit_card"),
    "dollars": (lambda _: LAYOUTS / "cib_debit_usd.xlsx", "foreign_currency"),
    "no amount": (no_amount, "no_amount"),
    "scanned pdf": (scan, "pdf"),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", list(FILES))
def test_each_refusal_shows_its_plain_summary(qtbot, session, shown_errors, tmp_path,  # type: ignore[no-untyped-def]
                                              name: str, lang: str) -> None:
    QSettings().setValue("language", "zh_CN" if lang == "zh" else "en")
    make, kind = FILES[name]
    path = make(tmp_path)
    dialog = ImportDialog(session, [path])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=15_000)
    (message, details), = shown_errors
    assert message == REFUSALS[lang][kind]
    assert path.name in details  # the core's own words, one click away
    assert dialog.result() == QDialog.DialogCode.Rejected and session.cards() == []


def test_a_full_disk_is_said_plainly_and_nothing_changes(qtbot, session, shown_errors,  # type: ignore[no-untyped-def]
                                                         write_statement, monkeypatch) -> None:
    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    dialog = open_dialog(qtbot, session, write_statement("流水.csv", [
        "银行账户交易明细", "交易日期,摘要,金额,余额", "2024-01-05,存现,100.00,100.00"]))
    monkeypatch.setattr(importer, "store_statement", full)  # the disk fills before the import
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=15_000)
    (message, details), = shown_errors
    assert message.endswith(REFUSALS["en"]["disk_full"]) and "流水.csv" in message
    assert "the disk is full" in details
    assert session.cards() == [] and dialog.isVisible() and dialog.import_button.isEnabled()
