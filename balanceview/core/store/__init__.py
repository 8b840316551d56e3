"""The database: opened private, migrated, and written one batch at a time."""

from balanceview.core.store.database import BUSY_TIMEOUT_MS, Discard, Store, open_store

__all__ = ["BUSY_TIMEOUT_MS", "Discard", "Store", "open_store"]
