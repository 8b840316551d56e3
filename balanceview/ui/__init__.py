"""The desktop app's package: windows, models, dialogs and printing. Qt lives here."""
