"""The log file in the data directory, where bugs leave their tracebacks: where the code
was and what kind of error, never the error's words (they may quote a cell, a card number
or an ID number)."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from balanceview.core.dates import now_iso
from balanceview.core.paths import data_dir, private_file


def log_path() -> Path:
    return data_dir() / "balanceview.log"


def log_exception() -> Path:
    """Append the current exception's type and frames; return the log's path."""
    path = private_file(log_path())
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {now_iso()}\n{_frames()}\n")
    return path


def _frames() -> str:
    kind, _error, trace = sys.exc_info()
    frames = "".join(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
                     for frame in traceback.extract_tb(trace))
    return f"Traceback (most recent call last):\n{frames}{kind.__name__ if kind else 'Error'}"
