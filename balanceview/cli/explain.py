"""`balanceview explain`: why each balance is what it is, as text, the JSON contract, or a
printable page (HTML, or an A4 PDF through Qt)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from balanceview.cli.database import store_for
from balanceview.cli.lang import default_lang
from balanceview.core.errors import UserError

if TYPE_CHECKING:
    from balanceview.core.report import Report

PURSE_CHOICES = ("medical", "bank")


def register(commands: Any) -> None:
    p = commands.add_parser("explain", help="why each balance is what it is, and what to do")
    p.add_argument("--card", help="which card: its number, its last four digits")
    p.add_argument("--account", choices=PURSE_CHOICES, help="only this purse")
    p.add_argument("--as-of", type=_iso_date, metavar="YYYY-MM-DD",
                   help="explain the balances as they were at the end of this day (default: "
                   "each purse as of the last day of its latest statement)")
    p.add_argument("--lang", choices=("zh", "en"), default=None,
                   help="language of the sentences (default: the system locale)")
    p.add_argument("--json", action="store_true", help="the JSON contract, for scripts")
    p.add_argument("--html", type=Path, metavar="FILE", help="write the printable page as HTML")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="write the printable page as A4 PDF")
    p.add_argument("--full-history", action="store_true",
                   help="with --html or --pdf: every transaction, not only the latest "
                   "statement's period")
    p.set_defaults(run=run_explain)


def run_explain(args: argparse.Namespace) -> int:
    from balanceview.core.explain import explain, plain_text, to_contract
    from balanceview.core.selection import find_card

    store = store_for(args)
    card_id = find_card(store.conn, args.card) if args.card else None
    explanation = explain(store.conn, args.as_of, args.lang or default_lang(), card_id,
                          args.account)
    if args.json:
        print(json.dumps(to_contract(explanation), ensure_ascii=False, indent=2))
    elif not (args.html or args.pdf):
        print(plain_text(explanation), end="")
    if args.html or args.pdf:
        from balanceview.core.report import build_report

        report = build_report(store.conn, explanation, full_history=args.full_history)
        # With --json, stdout holds only the JSON; where the files went is said on stderr.
        _write_files(report, args.html, args.pdf, sys.stderr if args.json else sys.stdout)
    return 0


def _write_files(report: Report, html_path: Path | None, pdf_path: Path | None,
                 say: Any) -> None:
    if html_path is not None:
        try:
            with html_path.open("w", encoding="utf-8") as out:
                report.write_html(out)  # a long history is written as it is read
        except OSError as error:
            raise UserError(f"cannot write {html_path}: {error.strerror or error}") from None
        print(f"wrote {html_path}", file=say)
    if pdf_path is not None:
        pages = _write_pdf(report, pdf_path)
        print(f"wrote {pdf_path} ({pages} page{'s' if pages != 1 else ''})", file=say)


def _write_pdf(report: Report, path: Path) -> int:
    # Said before Qt tries: a failed QPainter.begin() only warns, without the reason.
    if path.is_dir():
        raise UserError(f"cannot write {path}: it is a folder")
    if not path.parent.is_dir():
        raise UserError(f"cannot write {path}: the folder {path.parent} does not exist")
    try:
        from balanceview.ui.printing import render_pdf  # Qt: loaded only when a PDF is asked for
    except ImportError as error:
        raise UserError(f"cannot write a PDF: Qt (PySide6) is not available ({error})") from None
    try:
        return render_pdf(report, path)
    except OSError:
        raise UserError(f"cannot write {path}: the file could not be opened for writing") from None


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date as YYYY-MM-DD") from None
