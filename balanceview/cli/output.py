"""How the command line prints results: plain text for people, JSON for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date

from balanceview.cli.lang import default_lang
from balanceview.core.dates import posted_to_iso
from balanceview.core.errors import StatementRefused, UserError
from balanceview.core.importer import FileOutcome
from balanceview.core.ledger import Batch, HistoryRow, PurseBalance
from balanceview.core.messages import Message, template
from balanceview.core.money import format_fen
from balanceview.core.profiles import Profile


def _json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _money(fen: int | None) -> str | None:
    return None if fen is None else format_fen(fen)


def report_imports(outcomes: list[FileOutcome], refused: list[tuple[str, UserError]],
                   as_json: bool) -> None:
    """People read the report in the locale's language; the JSON contract stays English."""
    lang = default_lang()
    if as_json:
        _json({"files": [_outcome_json(o) for o in outcomes],
               "refused": [_refusal_json(name, e) for name, e in refused]})
    else:
        for outcome in outcomes:
            _print_outcome(outcome, lang)
    for _, error in refused:
        print(error.text(lang), file=sys.stderr)  # every refusal in the reader's language


def _outcome_json(o: FileOutcome) -> dict[str, object]:
    return {
        "file": o.file_name, "batch": o.batch_id, "card": o.card, "card_id": o.card_id,
        "card_reason": str(o.card_reason), "purse": o.purses[0] if len(o.purses) == 1 else
        o.purses, "purse_reason": str(o.purse_reason), "notes": [str(n) for n in o.notes],
        "encoding": o.encoding,
        "columns": o.columns, "new": o.new_rows, "dry_run": o.dry_run,
        "purses_created": o.purses_created,
        "duplicates": [{"line": line, "reason": why} for line, why in o.duplicates],
        "bad_rows": [asdict(p) for p in o.bad_rows],
        "not_data": [{"line": line, "reason": why} for line, why in o.not_data],
    }


def _refusal_json(name: str, error: UserError) -> dict[str, object]:
    problems = error.problems if isinstance(error, StatementRefused) else []
    return {"file": name, "message": str(error), "problems": [asdict(p) for p in problems]}


def _print_outcome(o: FileOutcome, lang: str = "en") -> None:
    print(_headline(o, lang))
    for code, reason in (("report.purse", o.purse_reason), ("report.card", o.card_reason)):
        if reason:
            print(Message(code, reason=reason).text(lang))
    for note in o.notes:
        print(Message("report.note", note=note).text(lang))
    for line, why in o.duplicates[:20]:
        print(Message("report.duplicate", line=line, why=why).text(lang))
    if len(o.duplicates) > 20:
        print(Message("report.more_duplicates", count=len(o.duplicates) - 20).text(lang))
    for problem in o.bad_rows:
        print(Message("report.bad_row", problem=problem.describe(o.file_name, lang)).text(lang))


def _headline(o: FileOutcome, lang: str) -> str:
    duplicates = len(o.duplicates)
    if o.total_new == 0 and not o.purses_created:
        code = "report.nothing_new" if duplicates else "report.no_rows"
        return Message(code, file=o.file_name, duplicates=duplicates).text(lang)
    parts = template("report.separator", lang).join(
        Message("report.new_rows", count=n, purse=Message(f"report.{purse}")).text(lang)
        for purse, n in o.new_rows.items())
    code = "report.would_import" if o.dry_run else "report.imported"  # a kept import has a batch
    return Message(code, file=o.file_name, batch=o.batch_id, card=o.card_shown, parts=parts,
                   duplicates=duplicates).text(lang)


def report_balances(balances: list[PurseBalance], as_json: bool) -> None:
    """Both purses of every card; a balance no statement gives is said to be unknown, with
    the net change of its rows beside it, never as money on the card."""
    if as_json:
        _json([{"card": b.card.label, "kind": b.kind, "balance": _money(b.balance_fen),
                "net_change": _money(b.net_change_fen), "transactions": b.transactions}
               for b in balances])
        return
    lang = default_lang()
    if not balances:
        print(Message("balances.none").text(lang))
    for b in balances:
        if b.balance_fen is not None:
            shown = format_fen(b.balance_fen, True)
        elif b.transactions:
            shown = Message("balances.unknown", net=format_fen(b.net_change_fen or 0, True))
        else:
            shown = Message("balances.not_imported")
        as_of = Message("balances.last_row", day=posted_to_iso(b.last_posted, False)) \
            if b.last_posted else ""
        print(Message("balances.line", card=b.card.title(lang), purse=Message(
            f"purse.name.{b.kind}"), shown=shown, count=b.transactions, as_of=as_of).text(lang))


def report_history(rows: Iterable[HistoryRow], as_json: bool) -> None:
    if as_json:
        _json([_history_json(r) for r in rows])
        return
    for r in rows:
        print(f"{r.card}  {r.kind:<7} {posted_to_iso(r.posted, r.time_known):<19} "
              f"{format_fen(r.amount_fen, True):>12} {format_fen(r.running_fen, True):>12}  "
              f"{r.tx_kind:<16} {r.raw_type} {r.description} {r.counterparty}".rstrip())


def _history_json(r: HistoryRow) -> dict[str, object]:
    return {
        "id": r.id, "card": r.card, "kind": r.kind,
        "date": posted_to_iso(r.posted, False),
        "time": posted_to_iso(r.posted)[11:] if r.time_known else None,
        "amount": format_fen(r.amount_fen), "running_balance": format_fen(r.running_fen),
        "stated_balance": _money(r.stated_balance_fen), "transaction_kind": r.tx_kind,
        "type": r.raw_type, "description": r.description, "counterparty": r.counterparty,
        "reference": r.reference, "file": r.file_name, "line": r.source_line,
        "page": r.source_page,
    }


def report_batches(batches: list[Batch], as_json: bool) -> None:
    if as_json:
        _json([{**asdict(b), "period_from": _iso(b.period_from), "period_to": _iso(b.period_to),
                "purses": list(b.purses)} for b in batches])
        return
    if not batches:
        print("No imports yet.")
    for b in batches:
        print(f"#{b.id}  {b.imported_at}  {b.file_name}  sha256 {b.sha256[:12]}  "
              f"{b.rows_new} new, {b.rows_duplicate} duplicate, {b.rows_bad} bad")


def report_profile(profile: Profile) -> None:
    for role, names in profile.columns.items():
        print(f"{role}={'|'.join(names)}")
    if profile.account:
        print(f"account={profile.account}")


def report_backups(found: list, as_json: bool) -> None:  # type: ignore[type-arg]
    """Newest first: name, when, why, size."""
    if as_json:
        _json([{"name": b.name, "taken": b.taken.isoformat(timespec="seconds"), "why": b.why,
                "bytes": b.size} for b in found])
        return
    for b in found:
        print(f"{b.name}  {b.taken:%Y-%m-%d %H:%M:%S}  {b.why:<8} {b.size / 2**20:8.1f} MB")
