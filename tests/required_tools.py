"""A test skipped for want of a tool the README promises fails instead: no green run without it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

# The tool, and the Debian package that brings it (`./bv test` installs it).
PROMISED = {"pdftotext": "poppler-utils", "pdfinfo": "poppler-utils", "pdffonts": "poppler-utils"}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--allow-missing-tools", action="store_true",
                     help="let tests skip when a tool the README promises (pdftotext) is missing")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    if not report.skipped or item.config.getoption("allow_missing_tools"):
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    tool = next((tool for tool in PROMISED if f"{tool} is not installed" in reason), None)
    if tool is not None:
        report.outcome = "failed"
        report.longrepr = (f"{reason}\nThe README promises {tool}: install {PROMISED[tool]} "
                           "(`./bv test` does), or pass --allow-missing-tools to skip.")
