"""The UI holds no SQL: every query lives in balanceview/core (import-linter keeps Qt out of it)."""

from __future__ import annotations

import re

from tests.conftest import REPO

SQL = re.compile(r"""["'](?:SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|PRAGMA)\s""")  # SQL is written in capitals here


def test_no_sql_in_the_ui() -> None:
    offenders = [f"{path.relative_to(REPO)}:{number}"
                 for path in sorted((REPO / "balanceview" / "ui").rglob("*.py"))
                 for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
                 if SQL.search(line)]
    assert offenders == []
