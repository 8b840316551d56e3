"""Which database a command opens: --db, else the user's own."""

from __future__ import annotations

import argparse

from balanceview.core.paths import default_database
from balanceview.core.store import Store, open_store


def store_for(args: argparse.Namespace) -> Store:
    return open_store(args.db or default_database())
