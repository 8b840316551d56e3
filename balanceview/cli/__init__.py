"""The command line: the same core as the desktop app, for power users, scripts and tests."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from balanceview import __version__
from balanceview.core.errors import StatementRefused, UserError
from balanceview.core.paths import default_database

EXIT_OK, EXIT_BUG, EXIT_REFUSED = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="balanceview",
        description="Explains the two balances of a social security card (社会保障卡): the "
                    "medical insurance personal account (医保个人账户) and the bank account "
                    "(金融账户), from your own statements.")
    parser.add_argument("--version", action="version", version=f"BalanceView {__version__}")
    parser.add_argument("--db", type=Path, default=None,
                        help=f"database file (default: {default_database()})")
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    from balanceview.cli import commands

    commands.register(subcommands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _no_command(args)
    try:
        code: int = args.run(args)
        return code
    except StatementRefused as refused:
        from balanceview.cli.lang import default_lang

        print(refused.text(default_lang()), file=sys.stderr)
        return EXIT_REFUSED
    except UserError as error:
        from balanceview.cli.lang import default_lang

        print(f"balanceview: {error.text(default_lang())}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:  # `balanceview history | head`: the reader left, nothing is wrong
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stdout must stay open at exit
        return EXIT_OK
    except KeyboardInterrupt:
        print("balanceview: stopped; nothing half-written was kept", file=sys.stderr)
        return EXIT_REFUSED
    except Exception:  # a bug: logged with its traceback, told in one line
        from balanceview.core.logfile import log_exception

        where = log_exception()
        print(f"balanceview: an internal error happened; details are in {where}", file=sys.stderr)
        return EXIT_BUG


def _no_command(args: argparse.Namespace) -> int:
    """With no subcommand the desktop app opens, where there is a screen to open it on."""
    if not _has_display():
        print("balanceview: there is no screen to show the window on (no DISPLAY or "
              "WAYLAND_DISPLAY); run it from a desktop session, or use the commands "
              "(see balanceview --help; `balanceview demo` shows the sample data)",
              file=sys.stderr)
        return EXIT_REFUSED
    from balanceview.ui.app import run

    return run(args.db)


def _has_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True  # Windows and macOS always have one; a chosen Qt platform knows best
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))

