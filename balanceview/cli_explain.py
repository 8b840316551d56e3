"""`balanceview explain`: why each balance is what it is, as text or as the JSON contract."""

from __future__ import annotations

import argparse
import json
import locale
import os
from datetime import date
from typing import Any

PURSE_CHOICES = ("medical", "bank")
_NOT_A_LANGUAGE = ("", "C", "POSIX")


def register(commands: Any) -> None:
    p = commands.add_parser("explain", help="why each balance is what it is, and what to do")
    p.add_argument("--card", help="which card: its number, its last four digits")
    p.add_argument("--account", choices=PURSE_CHOICES, help="only this purse")
    p.add_argument("--as-of", type=_iso_date, metavar="YYYY-MM-DD",
                   help="explain the balances as they were at the end of this day (default: today)")
    p.add_argument("--lang", choices=("zh", "en"), default=None,
                   help="language of the sentences (default: the system locale)")
    p.add_argument("--json", action="store_true", help="the JSON contract, for scripts")
    p.set_defaults(run=run_explain)


def run_explain(args: argparse.Namespace) -> int:
    from balanceview.cli_commands import store_for
    from balanceview.core.explain import explain, plain_text, to_contract
    from balanceview.core.selection import find_card

    store = store_for(args)
    card_id = find_card(store.conn, args.card) if args.card else None
    explanation = explain(store.conn, args.as_of, args.lang or default_lang(), card_id,
                          args.account)
    if args.json:
        print(json.dumps(to_contract(explanation), ensure_ascii=False, indent=2))
    else:
        print(plain_text(explanation), end="")
    return 0


def default_lang() -> str:
    """Chinese for any zh locale. The environment decides in POSIX order (LC_ALL, then
    LC_MESSAGES, then LANG); 'C' says nothing about the language, so it is passed over."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value not in _NOT_A_LANGUAGE and not value.startswith(("C.", "POSIX.")):
            return _lang_of(value)
    try:
        found = locale.getlocale()[0] or ""
    except ValueError:  # an unknown locale name in the environment
        found = ""
    return _lang_of(found)


def _lang_of(name: str) -> str:
    # zh_CN.UTF-8, zh-Hans, and Windows' Chinese (Simplified)_China all mean Chinese.
    lowered = name.lower()
    return "zh" if lowered.startswith("zh") or lowered.startswith("chinese") else "en"


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date as YYYY-MM-DD") from None
