"""The README promises two commands, the same in both languages, and CI runs the second."""

from __future__ import annotations

import re

from tests.conftest import REPO


def quick_start_blocks() -> list[list[str]]:
    readme = (REPO / "README.md").read_text("utf-8")
    sections = re.split(r"^#+ ", readme, flags=re.MULTILINE)
    chosen = [s for s in sections if s.startswith(("快速开始", "Quick start"))]
    return [[line.split("#")[0].strip() for line in block.strip().splitlines()]
            for section in chosen for block in re.findall(r"```sh\n(.*?)```", section, re.DOTALL)]


def test_the_readme_has_exactly_two_commands() -> None:
    assert quick_start_blocks() == [["./bv run", "./bv test"], ["./bv run", "./bv test"]]


def test_ci_runs_the_readmes_test_command() -> None:
    lines = (REPO / ".ci" / "run").read_text("utf-8").splitlines()
    assert lines[-1] == "exec ./bv test"
    assert all(not line.strip() or line.startswith(("#", "set ", "cd ")) for line in lines[:-1])
