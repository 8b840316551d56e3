"""What every reason detector looks at: the purse, the other purse of the card, the date."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from balanceview.core.explain.facts import PurseFacts

if TYPE_CHECKING:
    from balanceview.core.explain.credits import Credits


@dataclass(frozen=True)
class Context:
    conn: sqlite3.Connection
    purse: PurseFacts
    other: PurseFacts  # read as of its own day: each purse speaks of its own statement

    @property
    def as_of(self) -> date:
        """The day explained. Detectors that count days run on purses with rows, which always
        have one; `date.max` only keeps the type plain for the rest."""
        return self.purse.as_of or date.max

    @property
    def end(self) -> int:
        """The last YYYYMMDDHHMMSS counted: the as-of day's 23:59:59."""
        return self.purse.end

    @property
    def account_id(self) -> int:
        assert self.purse.account_id is not None, "detectors run on imported purses only"
        return self.purse.account_id

    @property
    def is_medical(self) -> bool:
        return self.purse.kind == "medical"

    @cached_property
    def credits(self) -> Credits:
        """The medical purse's credits per day, read once for all the detectors."""
        from balanceview.core.explain.credits import credits_of  # credits.py needs Context

        return credits_of(self)
