"""The database schema, built by numbered migrations; a newer database is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from balanceview.core.store import kind_days

if TYPE_CHECKING:  # sqlite_utils imports pandas: loaded only when a database needs migrating
    from sqlite_utils import Database

_V1 = """
CREATE TABLE holders (
    id INTEGER PRIMARY KEY,
    name_masked TEXT,
    id_number_masked TEXT
);
CREATE TABLE cards (
    id INTEGER PRIMARY KEY,
    holder_id INTEGER NOT NULL REFERENCES holders(id),
    number_masked TEXT UNIQUE
);
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    card_id INTEGER NOT NULL REFERENCES cards(id),
    kind TEXT NOT NULL CHECK (kind IN ('medical', 'bank')),
    opening_fen INTEGER,          -- from the earliest file (batch_openings); NULL: never said
    opening_posted INTEGER,       -- that file's first row, YYYYMMDDHHMMSS
    insurance TEXT,               -- 'resident' or 'employee' where a statement named it
    UNIQUE (card_id, kind)
);
CREATE TABLE batches (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    encoding TEXT NOT NULL,
    columns TEXT NOT NULL,        -- JSON: role -> header names, as detected or chosen
    rows_read INTEGER NOT NULL,
    rows_new INTEGER NOT NULL,
    rows_duplicate INTEGER NOT NULL,
    rows_bad INTEGER NOT NULL
);
CREATE TABLE batch_openings (
    batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    opening_fen INTEGER,          -- what this file says the purse held before its first row
    first_posted INTEGER          -- NULL: the file had no rows for this purse
);
CREATE TABLE batch_notes (
    batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    note TEXT NOT NULL
);
CREATE TABLE texts (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE     -- descriptions repeat thousands of times: stored once
);
CREATE TABLE transactions (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    batch_id INTEGER NOT NULL REFERENCES batches(id),
    source_line INTEGER NOT NULL,
    posted INTEGER NOT NULL,      -- YYYYMMDDHHMMSS, local time as the statement gives it
    time_known INTEGER NOT NULL,
    amount_fen INTEGER NOT NULL,
    stated_balance_fen INTEGER,   -- the statement's own balance after this row
    running_fen INTEGER NOT NULL, -- opening + every amount up to this row
    kind TEXT NOT NULL,
    raw_type_id INTEGER REFERENCES texts(id),
    description_id INTEGER REFERENCES texts(id),
    counterparty_id INTEGER REFERENCES texts(id),
    reference TEXT,
    total_fen INTEGER,
    pooled_fen INTEGER,
    cash_fen INTEGER,
    twin INTEGER NOT NULL DEFAULT 0  -- the n-th identical row of its file (two ATM 100.00s)
);
CREATE INDEX transactions_by_account ON transactions (account_id, posted, id);
CREATE INDEX transactions_by_batch ON transactions (batch_id);
CREATE TABLE balance_breaks (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    before_id INTEGER NOT NULL REFERENCES transactions(id),
    after_id INTEGER NOT NULL REFERENCES transactions(id),
    difference_fen INTEGER NOT NULL  -- stated after - (stated before + amount)
);
CREATE INDEX balance_breaks_by_account ON balance_breaks (account_id);
CREATE TABLE profiles (
    name TEXT PRIMARY KEY,
    columns TEXT NOT NULL,        -- JSON: role -> header names
    account TEXT,
    saved_at TEXT NOT NULL
);
CREATE VIEW transactions_readable AS
SELECT t.*, rt.text AS raw_type, d.text AS description, c.text AS counterparty
FROM transactions t
LEFT JOIN texts rt ON rt.id = t.raw_type_id
LEFT JOIN texts d ON d.id = t.description_id
LEFT JOIN texts c ON c.id = t.counterparty_id;
"""


def m001_statements(db: Database) -> None:
    for statement in _V1.split(";\n"):
        if statement.strip():
            db.execute(statement)


def m002_totals_by_kind(db: Database) -> None:
    # Explanations sum a purse's rows by kind up to a date: this index answers that by itself,
    # so a million-row purse is explained without reading the table.
    db.execute("CREATE INDEX transactions_by_kind "
               "ON transactions (account_id, kind, posted, amount_fen)")


def m003_kind_days(db: Database) -> None:
    # Sums per kind and day replace the index of m002, which cost an import a third of its
    # time; undo finds a batch's rows by reading the table, as rarely as undo is done.
    db.execute("""CREATE TABLE kind_days (
        batch_id INTEGER NOT NULL REFERENCES batches(id),
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        kind TEXT NOT NULL,
        day INTEGER NOT NULL,             -- YYYYMMDD
        settled INTEGER NOT NULL,         -- 1: settlement records (a cost total or pooled fund)
        rows INTEGER NOT NULL,
        credit_rows INTEGER NOT NULL,
        debit_rows INTEGER NOT NULL,
        credits_fen INTEGER NOT NULL,
        debits_fen INTEGER NOT NULL,      -- positive: money out
        total_fen INTEGER,                -- the settlements' medical cost totals
        pooled_rows INTEGER NOT NULL,
        pooled_fen INTEGER NOT NULL,
        top_pooled_fen INTEGER            -- the largest pooled-fund payment of one row
    )""")
    db.execute("CREATE INDEX kind_days_by_account ON kind_days (account_id, day)")
    db.execute(kind_days.FROM_TRANSACTIONS)
    db.execute("DROP INDEX transactions_by_kind")
    db.execute("DROP INDEX transactions_by_batch")


def m004_periods_and_names(db: Database) -> None:
    # Each statement's own period (its title's 查询期间, else its first and last rows) is
    # what an explanation speaks of; a card may be given a name its holder recognises.
    db.execute("ALTER TABLE batches ADD COLUMN period_from INTEGER")  # YYYYMMDD
    db.execute("ALTER TABLE batches ADD COLUMN period_to INTEGER")
    db.execute("ALTER TABLE batches ADD COLUMN period_stated INTEGER NOT NULL DEFAULT 0")
    db.execute("UPDATE batches SET period_from = (SELECT MIN(posted) / 1000000 FROM "
               "transactions t WHERE t.batch_id = batches.id), period_to = (SELECT "
               "MAX(posted) / 1000000 FROM transactions t WHERE t.batch_id = batches.id)")
    db.execute("ALTER TABLE cards ADD COLUMN name TEXT")


def m005_holders_told_apart(db: Database) -> None:
    # Masked numbers and names collide (6217 **** **** 5678 of two people, 张* for 张三 and
    # 张伟): cards and holders are told apart by keyed hashes of the full values, which are
    # never stored. A masked number is no longer unique.
    from balanceview.core.store.cards import new_salt

    db.execute("CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO secrets (name, value) VALUES ('holder_salt', ?)", [new_salt()])
    db.execute("ALTER TABLE holders ADD COLUMN name_key TEXT")
    # Whether an opening line (期初余额) gave the opening, or the first row's balance did.
    db.execute("ALTER TABLE batch_openings ADD COLUMN opening_stated INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE accounts ADD COLUMN opening_stated INTEGER NOT NULL DEFAULT 0")
    db.execute("""CREATE TABLE cards_new (
        id INTEGER PRIMARY KEY,
        holder_id INTEGER NOT NULL REFERENCES holders(id),
        number_masked TEXT,
        number_key TEXT,
        name TEXT
    )""")
    db.execute("INSERT INTO cards_new (id, holder_id, number_masked, name) "
               "SELECT id, holder_id, number_masked, name FROM cards")
    db.execute("DROP TABLE cards")
    db.execute("ALTER TABLE cards_new RENAME TO cards")


def m006_pdf_pages(db: Database) -> None:
    # A row of a PDF statement is found by its page and its row on that page.
    db.execute("ALTER TABLE transactions ADD COLUMN source_page INTEGER")


STEPS: list[Callable[[Database], None]] = [m001_statements, m002_totals_by_kind, m003_kind_days,
                                           m004_periods_and_names, m005_holders_told_apart,
                                           m006_pdf_pages]
SCHEMA_VERSION = len(STEPS)  # also PRAGMA user_version: a quick check that needs no import


def apply(db: Database) -> None:
    from sqlite_utils.migrations import Migrations

    migrations = Migrations("balanceview")
    for step in STEPS:
        migrations()(step)
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
