"""The import dialog's background work and the user's choices per file; no widget here.

Checks (a preview plus a dry run) and the import itself run in the background, one at a time,
each on its own database connection: sqlite connections must not cross threads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from balanceview.core.errors import UserError
from balanceview.core.importer import FileOutcome, ImportOptions
from balanceview.core.preview import (
    Check,
    Refusal,
    check,
    import_mapped,
    refusal_of,
)
from balanceview.core.store import open_store
from balanceview.core.store.undo import undo_batch
from balanceview.ui import tasks

Mapping = dict[str, list[str]]
# Refusals the dialog answers by asking: the file does not say, the person does.
ASKED = ("which_purse", "which_card")

# --- the background work: no widget is touched here -------------------------------------------

@dataclass(frozen=True)
class Job:
    """One file to check or import, with the user's choices."""

    path: Path
    options: ImportOptions
    columns: Mapping | None


class ImportCancelled(Exception):
    """The user pressed Cancel; the files imported so far were taken out again."""


class FileRefused(Exception):
    def __init__(self, file_name: str, refusal: Refusal) -> None:
        super().__init__(refusal.details)
        self.file_name = file_name
        self.refusal = refusal


def check_file(database: Path, job: Job) -> Check:
    store = open_store(database)
    try:
        return check(store, job.path, job.options, job.columns)
    finally:
        store.close()


def import_all(database: Path, jobs: list[Job], task: tasks.Task) -> list[FileOutcome]:
    """Each file in its own transaction; on Cancel or a refusal, the batches of this run are
    undone, so the run is all or nothing. Cancel is checked between files: a single big file
    is finished first, then taken out again."""
    store = open_store(database)
    done: list[FileOutcome] = []
    try:
        for number, job in enumerate(jobs):
            task.progress.emit(number, len(jobs))
            if task.cancelled:
                raise ImportCancelled
            try:
                done.append(import_mapped(store, job.path, job.options, job.columns))
            except UserError as error:
                raise FileRefused(job.path.name, refusal_of(error)) from error
        if task.cancelled:
            raise ImportCancelled
    except BaseException:
        for outcome in reversed(done):
            if outcome.batch_id is not None:
                undo_batch(store, outcome.batch_id)
        raise
    finally:
        store.close()
    return done


@dataclass
class FileChoice:
    """What the user chose for one file, and what its last check found."""

    path: Path
    account: str | None = None
    card: str | None = None
    columns: Mapping | None = None  # None: as detected
    skip_bad_rows: bool = False
    result: Check | None = None
    generation: int = 0  # a check started for an older generation is thrown away

    def job(self) -> Job:
        options = ImportOptions(account=self.account, card=self.card,
                                skip_bad_rows=self.skip_bad_rows)
        return Job(self.path, options, self.columns)

    @property
    def importable(self) -> bool:
        return self.result is not None and self.result.outcome is not None

    @property
    def unreadable(self) -> bool:
        """Nothing in the file can be shown (a picture, an empty file), and no choice in the
        dialog would change that."""
        refusal = None if self.result is None else self.result.preview.refusal
        return refusal is not None and refusal.kind not in ASKED

    @property
    def question(self) -> str | None:
        """'which_purse' or 'which_card' while the dialog must ask; else None."""
        refusal = None if self.result is None else self.result.refusal
        return refusal.kind if refusal is not None and refusal.kind in ASKED else None


