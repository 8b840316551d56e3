"""Where BalanceView keeps its files on each system, kept private to the user: the data
directory 0700 and every file written in it 0600, whatever the umask."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "BalanceView"


def data_dir() -> Path:
    return private_dir(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def default_database() -> Path:
    return data_dir() / "balanceview.db"


def private_dir(path: Path) -> Path:
    """The folder, made if need be, readable by its owner alone."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and path.stat().st_mode & 0o077:
        path.chmod(0o700)
    return path


def private_file(path: Path) -> Path:
    """The file, made empty if need be, readable by its owner alone."""
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(descriptor, 0o600)  # an older file, or one made under another umask
    finally:
        os.close(descriptor)
    return path
