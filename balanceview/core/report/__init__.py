"""The printed explanation: an Explanation laid out as HTML for Qt's printing (ui/printing.py)."""

from balanceview.core.report.page import Report, build_report

__all__ = ["Report", "build_report"]
