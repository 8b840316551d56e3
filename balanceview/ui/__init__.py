"""The desktop app's package: windows, models, dialogs and printing. Qt lives here."""

from balanceview.ui.none_guard import keep_none_alive

# Before any Qt call: PySide6 6.12 takes a reference from None on every void call (none_guard).
keep_none_alive()
