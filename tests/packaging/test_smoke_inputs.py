"""The smoke test's statements (a PDF printed as a bank prints one, a CSV with quoted cells)
read as their expected.json says, and the smoke test's check refuses a row read otherwise.
Here the checkout's own command line stands in for the bundle's."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import smoke_bundle
import smoke_inputs


class Checkout(smoke_bundle.Bundle):
    def run(self, *args: str, program: Path | None = None, timeout: int = 120) -> str:
        done = subprocess.run([sys.executable, "-m", "balanceview", *args], cwd=self.home,
                              env=self.env, capture_output=True, timeout=timeout, check=False)
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        return done.stdout.decode("utf-8")


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    smoke_inputs.main(tmp_path / "inputs")
    return tmp_path / "inputs"


def test_the_pdf_and_the_quoted_csv_give_the_rows_expected(inputs: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    smoke_bundle.statements(Checkout(tmp_path, tmp_path), inputs)
    said = capsys.readouterr().out
    assert "6 rows from 2 pages of the PDF, 2 from the CSV" in said
    assert "某某有限公司,北京分公司" in said


def test_a_row_read_otherwise_fails_the_smoke_test(inputs: Path, tmp_path: Path) -> None:
    expected = json.loads((inputs / "expected.json").read_text("utf-8"))
    expected["rows"][-1]["counterparty"] = "超市"  # as if the quoted cell were cut at its quote
    (inputs / "expected.json").write_text(json.dumps(expected), "utf-8")
    with pytest.raises(SystemExit, match="smoke test FAILED: the bundle did not read"):
        smoke_bundle.statements(Checkout(tmp_path, tmp_path), inputs)
