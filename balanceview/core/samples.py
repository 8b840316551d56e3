"""The sample statements: where they are and how they go into a demo database."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

from balanceview.core.importer import FileOutcome, ImportOptions, import_file
from balanceview.core.paths import data_dir
from balanceview.core.store import Store


def samples_dir() -> Path:
    """The package's own sample_data/: installed with it as package data, so the demo opens
    in an installed copy as in a source checkout."""
    return Path(str(files("balanceview").joinpath("sample_data")))


def demo_database() -> Path:
    """Kept apart from the user's own database, so the demo never mixes with real data."""
    return data_dir() / "demo.db"


def sample_cards() -> dict[str, str | None]:
    manifest = json.loads((samples_dir() / "samples.json").read_text("utf-8"))
    manifest.pop("_comment", None)
    cards: dict[str, str | None] = manifest
    return cards


def import_samples(store: Store) -> list[FileOutcome]:
    """Import every sample (again is harmless: duplicates are skipped)."""
    outcomes = []
    for name, card in sample_cards().items():
        outcomes.append(import_file(store, samples_dir() / name, ImportOptions(card=card)))
    return outcomes
