"""Print preview, Print and Export PDF: the same document as `balanceview explain --pdf`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from balanceview.core.ledger import CardInfo
from balanceview.ui.errors import show_error
from balanceview.ui.language import explanation_lang
from balanceview.ui.printing import print_report, render_pdf, use_a4_portrait
from balanceview.ui.session import Session


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    use_a4_portrait(printer)
    return printer


def preview_dialog(parent: QWidget, session: Session, card: CardInfo,
                   language: str, full_history: bool = False) -> QPrintPreviewDialog:
    """The print preview of a card's explanation, ready to show."""
    report = session.report(card, explanation_lang(language), full_history)
    printer = _printer()
    dialog = QPrintPreviewDialog(printer, parent)
    # The dialog does not own its printer; a Python reference on the dialog keeps it alive.
    dialog.own_printer = printer  # type: ignore[attr-defined]
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview"))
    dialog.paintRequested.connect(
        lambda device: print_report(report, device)
    )
    dialog.resize(900, 1000)
    return dialog


def print_preview(parent: QWidget, session: Session, card: CardInfo | None, language: str,
                  full_history: bool = False) -> None:
    if card is not None:
        dialog = preview_dialog(parent, session, card, language, full_history)
        dialog.exec()
        dialog.deleteLater()


def print_now(parent: QWidget, session: Session, card: CardInfo | None, language: str,
              full_history: bool = False) -> None:
    if card is None:
        return
    report = session.report(card, explanation_lang(language), full_history)
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec():
        try:
            print_report(report, printer)
        except OSError as error:
            show_error(
                parent,
                QCoreApplication.translate("Printing", "The document could not be printed."),
                str(error),
            )


def export_pdf(
    parent: QWidget,
    session: Session,
    card: CardInfo | None,
    language: str,
    path: Path | None = None,
    full_history: bool = False,
) -> Path | None:
    """Ask where to save (unless `path` is given) and write the PDF; returns where it went."""
    if card is None:
        return None
    if path is None:
        folder = str(QSettings().value("last_folder", str(Path.home())))
        suggested = str(
            Path(folder) / QCoreApplication.translate("Printing", "balance-explanation.pdf")
        )
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Printing", "Export PDF"),
            suggested,
            QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    report = session.report(card, explanation_lang(language), full_history)
    try:
        render_pdf(report, path)
    except OSError as error:
        show_error(
            parent,
            QCoreApplication.translate("Printing", "The PDF could not be written."),
            str(error),
        )
        return None
    return path
