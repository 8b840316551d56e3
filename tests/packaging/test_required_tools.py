"""A promised tool that is missing fails the run; other skips stay skips."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

TESTS = """
import pytest

def test_reads_the_pdf():
    pytest.skip("pdftotext is not installed (Debian: apt-get install poppler-utils)")

def test_needs_fixtures():
    pytest.skip("../shared/realworld-fixtures is not beside this clone")
"""


def test_a_skip_for_pdftotext_fails(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(TESTS)
    result = pytester.runpytest("-p", "tests.required_tools", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1, skipped=1)
    result.stdout.fnmatch_lines(["*The README promises pdftotext: install poppler-utils*"])


def test_allow_missing_tools_lets_it_skip(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(TESTS)
    result = pytester.runpytest("-p", "tests.required_tools", "--allow-missing-tools")
    result.assert_outcomes(skipped=2)
