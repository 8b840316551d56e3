"""What every reason detector looks at: the purse, the other purse of the card, the date."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from balanceview.core.explain.facts import PurseFacts


@dataclass(frozen=True)
class Context:
    conn: sqlite3.Connection
    as_of: date
    end: int  # the last YYYYMMDDHHMMSS counted: the as-of day's 23:59:59
    purse: PurseFacts
    other: PurseFacts

    @property
    def account_id(self) -> int:
        assert self.purse.account_id is not None, "detectors run on imported purses only"
        return self.purse.account_id

    @property
    def is_medical(self) -> bool:
        return self.purse.kind == "medical"
