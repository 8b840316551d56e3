"""The log file in the data directory, where bugs leave their tracebacks."""

from __future__ import annotations

import traceback
from pathlib import Path

from balanceview.core.dates import now_iso
from balanceview.core.masking import scrub
from balanceview.core.paths import data_dir


def log_path() -> Path:
    return data_dir() / "balanceview.log"


def log_exception() -> Path:
    """Append the current exception, with card numbers scrubbed, and return the log's path."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {now_iso()}\n{scrub(traceback.format_exc())}\n")
    return path
