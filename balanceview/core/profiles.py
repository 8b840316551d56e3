"""Named column mappings a user saved, to read the same bank's files the same way again."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from balanceview.core.dates import now_iso
from balanceview.core.errors import UserError
from balanceview.core.statements.layout import ROLES


@dataclass(frozen=True)
class Profile:
    name: str
    columns: dict[str, list[str]]  # role -> header names
    account: str | None = None


def parse_assignments(assignments: list[str]) -> dict[str, list[str]]:
    """'date=记账日期' and 'income=收入|存入' (several columns, first non-empty wins)."""
    columns: dict[str, list[str]] = {}
    for text in assignments:
        role, sep, names = text.partition("=")
        role = role.strip()
        if not sep or role not in ROLES or not names.strip():
            raise UserError(f"'{text}': write ROLE=HEADER, ROLE one of {', '.join(ROLES)}")
        columns[role] = [n.strip() for n in names.split("|") if n.strip()]
    return columns


def save(conn: sqlite3.Connection, profile: Profile) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO profiles (name, columns, account, saved_at) VALUES (?, ?, ?, ?)",
        (profile.name, json.dumps(profile.columns, ensure_ascii=False), profile.account, now_iso()))


def load(conn: sqlite3.Connection, name: str) -> Profile:
    row = conn.execute("SELECT columns, account FROM profiles WHERE name = ?", (name,)).fetchone()
    if row is None:
        known = ", ".join(all_names(conn)) or "none yet"
        raise UserError(f"no saved profile named '{name}' (saved profiles: {known})")
    return Profile(name, json.loads(row[0]), row[1])


def all_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM profiles ORDER BY name")]


def delete(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("DELETE FROM profiles WHERE name = ?", (name,)).rowcount > 0
