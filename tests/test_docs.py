"""The documents promise what the program does: every command and every column name is there."""

from __future__ import annotations

import json

from balanceview.cli import build_parser
from tests.conftest import REPO


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        assert f"`{name}" in readme, f"README does not document `{name}`"


def test_every_column_name_is_in_the_formats_doc() -> None:
    doc = (REPO / "docs" / "formats.md").read_text("utf-8")
    columns = json.loads((REPO / "balanceview/core/data/columns.json").read_text("utf-8"))
    columns.pop("_comment")
    for role, names in columns.items():
        row = next(line for line in doc.splitlines() if line.startswith(f"| `{role}` |"))
        for name in names:
            assert name in row, f"docs/formats.md does not list {name} for {role}"
