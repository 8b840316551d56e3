"""The command line as a user and a script meet it: exit codes, messages, JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from balanceview.cli import main

TITLE = "卡号：6217990012345678"
HEADER = "交易日期,摘要,金额,余额,对方户名"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_then_balances_as_json(tmp_path, write_statement, capsys) -> None:
    db = str(tmp_path / "x.db")
    path = write_statement("b.csv", [TITLE, HEADER, "2024-01-05,存现,\"1,000.00\",1000.00,"])
    code, out, _ = run(capsys, "--db", db, "import", str(path))
    assert code == 0 and "1 new bank" in out
    code, out, _ = run(capsys, "--db", db, "balances", "--json")
    assert json.loads(out) == [
        {"card": "6217 **** **** 5678", "kind": "medical", "balance": None, "net_change": None,
         "transactions": 0},
        {"card": "6217 **** **** 5678", "kind": "bank", "balance": "1000.00",
         "net_change": "1000.00", "transactions": 1},
    ]


def test_reimport_exits_zero_and_says_so(tmp_path, write_statement, capsys) -> None:
    db = str(tmp_path / "x.db")
    path = write_statement("b.csv", [TITLE, HEADER, "2024-01-05,存现,10.00,10.00,"])
    run(capsys, "--db", db, "import", str(path))
    code, out, _ = run(capsys, "--db", db, "import", str(path))
    assert code == 0 and "already imported, nothing new" in out


def test_bad_file_exits_two_with_file_line_column(tmp_path, write_statement, capsys) -> None:
    path = write_statement("bad.csv", [TITLE, HEADER, "2024-13-05,存现,10.00,10.00,"])
    code, out, err = run(capsys, "--db", str(tmp_path / "x.db"), "import", str(path))
    assert code == 2 and "bad.csv, line 3, column 交易日期 (A)" in err
    assert "Traceback" not in err + out


def test_import_json_reports_duplicates_with_reasons(tmp_path, write_statement, capsys) -> None:
    db = str(tmp_path / "x.db")
    path = write_statement("b.csv", [TITLE, HEADER, "2024-01-05,存现,10.00,10.00,"])
    run(capsys, "--db", db, "import", str(path))
    code, out, _ = run(capsys, "--db", db, "import", "--json", str(path))
    report = json.loads(out)["files"][0]
    assert code == 0 and report["new"] == {"bank": 0}
    assert report["duplicates"][0]["line"] == 3 and "already imported" in report["duplicates"][0]["reason"]


def test_history_imports_and_undo(tmp_path, write_statement, capsys) -> None:
    db = str(tmp_path / "x.db")
    path = write_statement("b.csv", [TITLE, HEADER, "2024-01-05,存现,10.00,10.00,",
                                     "2024-01-06,取款,-4.00,6.00,ATM"])
    run(capsys, "--db", db, "import", str(path))
    code, out, _ = run(capsys, "--db", db, "history", "--account", "bank", "--json")
    rows = json.loads(out)
    assert [(r["amount"], r["running_balance"], r["line"]) for r in rows] == [
        ("10.00", "10.00", 3), ("-4.00", "6.00", 4)]
    code, out, _ = run(capsys, "--db", db, "imports")
    assert "#1" in out and "b.csv" in out
    code, out, _ = run(capsys, "--db", db, "undo", "1")
    assert code == 0 and "2 transaction(s)" in out
    code, out, err = run(capsys, "--db", db, "undo", "1")
    assert code == 2 and "no import #1" in err


def test_profile_save_and_use(tmp_path, write_statement, capsys) -> None:
    db = str(tmp_path / "x.db")
    code, _, _ = run(capsys, "--db", db, "profile", "save", "odd", "date=办理日", "amount=变动",
                     "--account", "medical")
    assert code == 0
    path = write_statement("odd.csv", ["办理日,变动", "2024-01-05,12.00"])
    code, out, _ = run(capsys, "--db", db, "import", "--profile", "odd", str(path))
    assert code == 0 and "1 new medical" in out
    code, out, _ = run(capsys, "--db", db, "profile", "show", "odd")
    assert "date=办理日" in out and "account=medical" in out


def test_wrong_profile_role_is_explained(tmp_path, capsys) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), "profile", "save", "p", "when=日期")
    assert code == 2 and "ROLE one of" in err


def test_python_dash_m_runs_without_traceback_for_missing_file(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "balanceview", "--db", str(tmp_path / "x.db"), "import",
         str(tmp_path / "nope.csv")], capture_output=True, text=True, check=False)
    assert result.returncode == 2 and "no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_the_commands(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    out = capsys.readouterr().out
    assert exited.value.code == 0 and "import" in out and "explain" in out


def test_dry_run_reports_but_keeps_nothing(tmp_path, write_statement, capsys) -> None:
    db = str(tmp_path / "x.db")
    path = write_statement("b.csv", [TITLE, HEADER, "2024-01-05,存现,10.00,10.00,"])
    code, out, _ = run(capsys, "--db", db, "import", "--dry-run", str(path))
    assert code == 0 and "would import" in out
    code, out, _ = run(capsys, "--db", db, "balances", "--json")
    assert json.loads(out) == []


def test_xlsx_statement_imports(tmp_path, capsys) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["中国建设银行"], ["账号：6217990012345678"], [],
                ["交易日期", "摘要", "支出", "收入", "账户余额"],
                ["20250101", "消费", 67, 0, 2176.91], ["20250102", "工资", 0, 5000.5, 7177.41]):
        sheet.append(row)
    path = Path(tmp_path / "ccb.xlsx")
    book.save(path)
    code, out, _ = run(capsys, "--db", str(tmp_path / "x.db"), "import", str(path))
    assert code == 0 and "2 new bank" in out
    code, out, _ = run(capsys, "--db", str(tmp_path / "x.db"), "balances", "--json")
    assert json.loads(out)[1]["balance"] == "7177.41"


def test_no_screen_means_a_clear_message_not_a_crash(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for variable in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(variable, raising=False)
    code, _, err = run(capsys)
    assert code == 2 and "no screen" in err and "balanceview demo" in err


def test_a_balance_no_statement_gives_is_said_to_be_unknown(tmp_path, write_statement, capsys) -> None:
    """A balance column of placeholders: the rows import, the balance is unknown, and the sum
    of the rows is given as a net change, never as money on the card."""
    db = str(tmp_path / "x.db")
    path = write_statement("icbc.csv", ["中国工商银行借记卡明细", "交易日期,摘要,收入,支出,余额",
                                        "2024-01-05,存现,100.00,,\"xx,yyyy.zz\"",
                                        "2024-01-06,消费,,1499.34,\"xx,yyyy.zz\""])
    code, out, _ = run(capsys, "--db", db, "import", str(path))
    assert code == 0 and "the balance column 余额 (E) holds no readable balance" in out
    code, out, _ = run(capsys, "--db", db, "balances")
    assert "the bank account (银行账户): balance unknown (no statement states it); net change " \
           "of the rows -1,399.34 (2 transaction(s), last row 2024-01-06)" in out
    code, out, _ = run(capsys, "--db", db, "balances", "--json")
    bank = json.loads(out)[1]
    assert (bank["balance"], bank["net_change"]) == (None, "-1399.34")


def test_a_refused_file_is_explained_in_the_reader_s_language(  # type: ignore[no-untyped-def]
        tmp_path, write_statement, capsys, monkeypatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    path = write_statement("账单.csv", ["信用卡账单", "账单周期：2024-01-01 至 2024-01-31",
                                       "交易日期,交易摘要,交易金额,可用额度",
                                       "2024-01-05,消费,-100.00,9900.00"])
    code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), "import", str(path))
    assert code == 2
    assert "这是信用卡账单" in err and "credit card" not in err
