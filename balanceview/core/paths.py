"""Where BalanceView keeps its files on each system."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "BalanceView"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_dir() / "balanceview.db"
