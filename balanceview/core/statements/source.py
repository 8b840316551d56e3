"""Reading a statement file's bytes into rows of text cells, whatever its format."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from balanceview.core.errors import UserError

MAX_BYTES = 400 * 1024 * 1024  # a million-row statement is about 100 MB
EXCEL_SUFFIXES = (".xls", ".xlsx", ".xlsm")
_DELIMITERS = (",", "\t", ";", "|")
_SIGNATURES = {
    b"\x89PNG": "a PNG picture",
    b"\xff\xd8\xff": "a JPEG picture",
    b"GIF8": "a GIF picture",
    b"%PDF": "a PDF document (export the statement as Excel or CSV instead)",
    b"PK\x03\x04": "a ZIP archive",
}
_OLE = b"\xd0\xcf\x11\xe0"  # the container of .xls files
_ZIP = b"PK\x03\x04"  # the container of .xlsx files

Record = tuple[int, list[str]]  # (line as an editor numbers it, cells)


@dataclass
class SourceFile:
    """A statement file read into memory, with what was detected about its bytes."""

    name: str
    data: bytes
    sha256: str

    @property
    def is_excel(self) -> bool:
        return self.data.startswith(_OLE) or (
            self.data.startswith(_ZIP) and self.name.lower().endswith(EXCEL_SUFFIXES)
        )


def read_source(path: Path) -> SourceFile:
    """Read a file's bytes ourselves, refusing what cannot be a statement."""
    import hashlib

    name = path.name
    if path.is_dir():
        raise UserError(f"{name}: this is a folder; choose a statement file")
    if not path.exists():
        raise UserError(f"{name}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise UserError(f"{name}: the file is empty")
    if size > MAX_BYTES:
        raise UserError(f"{name}: the file is {size // 2**20} MB, more than a statement can be")
    data = path.read_bytes()
    source = SourceFile(name, data, hashlib.sha256(data).hexdigest())
    if not source.is_excel:
        _refuse_known_binary(source)
    return source


def _refuse_known_binary(source: SourceFile) -> None:
    for signature, what in _SIGNATURES.items():
        if source.data.startswith(signature):
            raise UserError(f"{source.name}: this is {what}, not a statement")


def records(lines: Iterable[str], delimiter: str) -> Iterator[Record]:
    """Records of a delimited text, each with the line it starts on."""
    reader = csv.reader(lines, delimiter=delimiter)
    previous_end = 0
    for cells in reader:
        yield previous_end + 1, cells
        previous_end = reader.line_num


def text_stream(source: SourceFile, encoding: str, offset: int = 0) -> io.TextIOWrapper:
    """The text from byte `offset` on, decoded as it is read: a second copy of a 100 MB file
    never exists."""
    raw = io.BytesIO(source.data)
    raw.seek(offset)
    return io.TextIOWrapper(raw, encoding=encoding, newline="")


def head_lines(source: SourceFile, encoding: str, count: int = 40) -> list[str]:
    """The first lines, where title lines and the header are."""
    stream = text_stream(source, encoding)
    return [line for _, line in zip(range(count), stream, strict=False)]


def delimiters() -> tuple[str, ...]:
    return _DELIMITERS


def excel_records(source: SourceFile) -> Iterator[Record]:
    """Rows of the first sheet, every cell as text (pandas' type guessing rounds long numbers)."""
    import pandas as pd

    try:
        frame = pd.read_excel(
            io.BytesIO(source.data), sheet_name=0, header=None, dtype=str,
            keep_default_na=False, na_filter=False, engine="calamine",
        )
    except Exception as error:  # xlrd and openpyxl raise many types for a damaged file
        raise UserError(f"{source.name}: the spreadsheet cannot be read ({error})") from None
    for index, values in enumerate(frame.itertuples(index=False, name=None)):
        yield index + 1, [_excel_text(v) for v in values]


def _excel_text(value: object) -> str:
    text = str(value)
    # Numeric cells arrive as '2176.91' or '67.0'; dates as '2025-01-01 00:00:00'.
    return text[:-9] if text.endswith(" 00:00:00") else text
