"""The subcommands of `balanceview`: each parses its arguments and calls the core."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from balanceview.cli import output as out
from balanceview.cli.database import store_for
from balanceview.cli.lang import default_lang
from balanceview.core.paths import default_database
from balanceview.core.store import open_store
from balanceview.core.store.database import memory_store

PURSE_CHOICES = ("medical", "bank")


def register(commands: Any) -> None:
    _import_command(commands)
    _balances_command(commands)
    _history_command(commands)
    imports = commands.add_parser("imports", help="list the imported files (batches)")
    imports.add_argument("--json", action="store_true")
    imports.set_defaults(run=run_imports)
    undo = commands.add_parser("undo", help="remove one import as a whole")
    undo.add_argument("batch", type=int, help="the import's number, from `imports`")
    undo.set_defaults(run=run_undo)
    move = commands.add_parser("move", help="put an import into the other purse of its card")
    move.add_argument("batch", type=int, help="the import's number, from `imports`")
    move.add_argument("--account", choices=PURSE_CHOICES, required=True,
                      help="the purse the file really is")
    move.set_defaults(run=run_move)
    _card_command(commands)
    listed = commands.add_parser("backups", help="the copies taken before each import, "
                                 "undo or move (the last five)")
    listed.add_argument("--json", action="store_true")
    listed.set_defaults(run=run_backups)
    restore = commands.add_parser("restore", help="put a backup back (the database as it is "
                                  "now is backed up first)")
    restore.add_argument("name", help="the backup's name, from `backups`")
    restore.add_argument("--yes", action="store_true", help="do not ask for a confirmation")
    restore.set_defaults(run=run_restore)
    _profile_command(commands)
    from balanceview.cli import explain

    explain.register(commands)
    demo = commands.add_parser("demo", help="import the sample statements into the demo "
                               "database and show their balances")
    demo.set_defaults(run=run_demo)


def _import_command(commands: Any) -> None:
    p = commands.add_parser("import", help="import statement files (CSV, TSV, TXT, XLS, XLSX, PDF)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--account", choices=PURSE_CHOICES,
                   help="which purse the file is: medical (医保个人账户) or bank (银行账户)")
    p.add_argument("--card", help="which card: its number, its last four digits")
    p.add_argument("--profile", help="read the columns as a saved profile says")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="import the good rows of a file with bad rows, and list the bad ones")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_import)


def _balances_command(commands: Any) -> None:
    p = commands.add_parser("balances", help="both balances of every card")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_balances)


def _history_command(commands: Any) -> None:
    p = commands.add_parser("history", help="transactions with their running balance")
    p.add_argument("--card")
    p.add_argument("--account", choices=PURSE_CHOICES)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_history)


def _card_command(commands: Any) -> None:
    p = commands.add_parser("card", help="name a card as you know it")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    rename = actions.add_parser("rename", help="give a card a name (empty: back to its number)")
    rename.add_argument("card", help="its number, its last four digits, or its list number")
    rename.add_argument("name")
    p.set_defaults(run=run_card)


def _profile_command(commands: Any) -> None:
    p = commands.add_parser("profile", help="save, list, show or delete column mappings")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    save = actions.add_parser("save", help="save a mapping: ROLE=HEADER ...")
    save.add_argument("name")
    save.add_argument("columns", nargs="+", metavar="ROLE=HEADER",
                      help="for example date=记账日期 amount=金额 balance=余额")
    save.add_argument("--account", choices=PURSE_CHOICES)
    actions.add_parser("list", help="the saved profiles")
    show = actions.add_parser("show", help="one profile's mapping")
    show.add_argument("name")
    delete = actions.add_parser("delete", help="forget a profile")
    delete.add_argument("name")
    p.set_defaults(run=run_profile)


def run_import(args: argparse.Namespace) -> int:
    from balanceview.core.errors import UserError
    from balanceview.core.importer import ImportOptions, import_statement, read_statement

    options = ImportOptions(args.account, args.card, args.profile, args.dry_run,
                            args.skip_bad_rows)
    database = args.db or default_database()
    # A database that does not exist yet is made only for a file that is imported.
    store = open_store(database) if database.exists() or args.profile else None
    outcomes, refused = [], []
    for path in args.files:
        try:
            statement = read_statement(store, path, options)
            store = store or (memory_store() if args.dry_run else open_store(database))
            outcomes.append(import_statement(store, statement, options))
        except UserError as error:
            refused.append((path.name, error))
    out.report_imports(outcomes, refused, args.json)
    return 2 if refused else 0


def run_balances(args: argparse.Namespace) -> int:
    from balanceview.core.ledger import purse_balances

    out.report_balances(purse_balances(store_for(args).conn), args.json)
    return 0


def run_history(args: argparse.Namespace) -> int:
    from balanceview.core.ledger import history
    from balanceview.core.selection import find_card

    store = store_for(args)
    card_id = find_card(store.conn, args.card) if args.card else None
    out.report_history(history(store.conn, card_id, args.account), args.json)
    return 0


def run_imports(args: argparse.Namespace) -> int:
    from balanceview.core.ledger import batches

    out.report_batches(batches(store_for(args).conn), args.json)
    return 0


def run_undo(args: argparse.Namespace) -> int:
    from balanceview.core.store.undo import undo_batch

    removed = undo_batch(store_for(args), args.batch)
    print(f"Import #{args.batch} removed: {removed} transaction(s).")
    return 0


def run_move(args: argparse.Namespace) -> int:
    from balanceview.core.messages import Message
    from balanceview.core.store.move import move_batch

    moved = move_batch(store_for(args), args.batch, args.account)
    print(Message("report.moved", batch=moved.batch_id, rows=moved.rows,
                  purse=Message(f"report.{moved.purse}"),
                  duplicates=moved.duplicates).text(default_lang()))
    return 0


def run_card(args: argparse.Namespace) -> int:
    from balanceview.core.selection import find_card
    from balanceview.core.store.cards import rename_card

    store = store_for(args)
    rename_card(store, find_card(store.conn, args.card), args.name)
    return 0


def run_backups(args: argparse.Namespace) -> int:
    from balanceview.core.store.backups import backups

    out.report_backups(backups(store_for(args)), args.json)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from balanceview.core.messages import Message
    from balanceview.core.store.backups import restore

    store = store_for(args)
    lang = default_lang()
    if not args.yes:
        answer = input(Message("ask.restore", name=args.name).text(lang) + " ")
        if answer.strip().lower() not in ("y", "yes", "是", "好"):
            print(Message("report.not_restored").text(lang))
            return 0
    saved = restore(store, args.name)
    print(Message("report.restored", name=args.name,
                  saved=saved.name if saved else "-").text(lang))
    return 0


def run_profile(args: argparse.Namespace) -> int:
    from balanceview.core import profiles

    store = store_for(args)
    if args.action == "save":
        profile = profiles.Profile(args.name, profiles.parse_assignments(args.columns),
                                   args.account)
        with store.writing() as conn:
            profiles.save(conn, profile)
        print(f"Profile '{args.name}' saved; use it with: balanceview import --profile "
              f"{args.name} FILE")
    elif args.action == "list":
        for name in profiles.all_names(store.conn):
            print(name)
    elif args.action == "show":
        out.report_profile(profiles.load(store.conn, args.name))
    elif args.action == "delete":
        with store.writing() as conn:
            found = profiles.delete(conn, args.name)
        print(f"Profile '{args.name}' deleted." if found else f"No profile '{args.name}'.",
              file=sys.stdout if found else sys.stderr)
        return 0 if found else 2
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from balanceview.core.ledger import purse_balances
    from balanceview.core.samples import demo_database, import_samples

    store = open_store(args.db or demo_database())
    print(f"Demo database (sample data, not yours): {store.path}")
    out.report_imports(import_samples(store), [], as_json=False)
    print()
    out.report_balances(purse_balances(store.conn), as_json=False)
    return 0
