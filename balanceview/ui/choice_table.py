"""A read-only table to choose one row from, as the imports and backups lists show."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableWidget


def choice_table(headers: list[str], name: str) -> QTableWidget:
    """Whole rows, one at a time, nothing to edit; `name` is what a screen reader says."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab goes on to the buttons
    table.verticalHeader().setVisible(False)
    return table
