"""The printed explanation: an Explanation laid out for Qt's printing (ui/printing.py), as
blocks of HTML and histories read row by row."""

from balanceview.core.report.document import Html, Report, Table
from balanceview.core.report.page import build_report

__all__ = ["Html", "Report", "Table", "build_report"]
